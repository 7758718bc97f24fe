"""The buttons a chat was last shown, by their words. A customer who types "Kiswahili" or
"✅ Ndiyo, nipe" instead of tapping (on WhatsApp, on an app that shows no buttons, or out of
habit) has pressed that button. Only the latest answer's buttons count, so a word from an
older message never presses something the customer no longer sees.

Kept in this process's memory for the most recent chats: a convenience, not state. Another
process, or a restart, simply asks again, as it did before."""

from __future__ import annotations

from collections import OrderedDict

from bot.chat_types import Reply
from handlers.words import label_word

Identity = tuple[str, str]


class ShownButtons:
    def __init__(self, chats: int = 10_000) -> None:
        self._chats = chats
        self._shown: OrderedDict[Identity, dict[str, str]] = OrderedDict()

    def remember(self, identity: Identity, replies: list[Reply]) -> None:
        buttons: dict[str, str] = {}
        for reply in replies:
            for row in reply.buttons:
                for button in row:
                    if button.data and button.url is None:
                        buttons.setdefault(label_word(button.label), button.data)
        buttons.pop("", None)  # a label of symbols only reads as no word
        if not buttons:
            self._shown.pop(identity, None)
            return
        self._shown[identity] = buttons
        self._shown.move_to_end(identity)
        while len(self._shown) > self._chats:
            self._shown.popitem(last=False)

    def pressed(self, identity: Identity, text: str) -> str | None:
        """The data of the shown button whose label `text` says, if any."""
        shown = self._shown.get(identity)
        return shown.get(label_word(text)) if shown else None
