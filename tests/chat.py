"""A test user talking to the handlers: type text, press buttons by label, share a contact."""

from __future__ import annotations

import itertools

from bot.app import App
from handlers.types import Button, Incoming, Reply

_updates = itertools.count(1)


class Chat:
    def __init__(
        self,
        app: App,
        user_id: str = "1001",
        *,
        language_hint: str | None = None,
        display_name: str | None = "Amina",
        channel: str = "test",
    ) -> None:
        self.app = app
        self.user_id = user_id
        self.language_hint = language_hint
        self.display_name = display_name
        self.channel = channel
        self.last: list[Reply] = []

    async def _send(self, **kw: object) -> list[Reply]:
        incoming = Incoming(
            channel=self.channel,
            user_id=self.user_id,
            language_hint=self.language_hint,
            display_name=self.display_name,
            update_id=str(next(_updates)),
            **kw,  # type: ignore[arg-type]
        )
        self.last = await self.app.conversation.handle(incoming)
        assert self.last, "the bot must always answer"
        return self.last

    async def say(self, text: str) -> list[Reply]:
        return await self._send(text=text)

    async def press_data(self, data: str) -> list[Reply]:
        return await self._send(callback=data)

    async def press(self, label_part: str) -> list[Reply]:
        """Press the button whose label contains `label_part` in the last replies."""
        return await self.press_data(self.button(label_part).data)

    async def share_contact(self, phone: str) -> list[Reply]:
        return await self._send(contact_phone=phone)

    def button(self, label_part: str) -> Button:
        for reply in self.last:
            for row in reply.buttons:
                for button in row:
                    if label_part in button.label:
                        return button
        raise AssertionError(f"no button with {label_part!r} in {self.labels()}")

    def labels(self) -> list[str]:
        return [b.label for r in self.last for row in r.buttons for b in row]

    @property
    def text(self) -> str:
        """What the sender sees (messages for other people are left out)."""
        return "\n".join(r.text for r in self.last if r.to_customer is None)

    def told(self, customer_id: int) -> str:
        """What the last step sent to another customer (a notice, an owner's note)."""
        return "\n".join(r.text for r in self.last if r.to_customer == customer_id)

    async def join(self, language: str = "en", name: str = "Amina", consent: bool = True) -> int:
        t = self.app.translator
        await self.say("/start")
        await self.press(t(language, "language-name"))  # type: ignore[arg-type]
        await self.say(name)
        await self.press(t(language, "join-skip-phone"))  # type: ignore[arg-type]
        await self.press(t(language, "join-consent-yes" if consent else "join-consent-no"))  # type: ignore[arg-type]
        customer = await self.app.loyalty.customers.find_by_identity(self.channel, self.user_id)
        assert customer is not None
        return customer.customer_id
