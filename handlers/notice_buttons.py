"""The buttons under a notice: the engine queues what happened (a Fluent id and its values)
in the outbox, and the outbox asks here what a reader can press under it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.chat_types import Button
from bot.i18n import Speaker
from bot.rendering import SURVEY_QUESTION
from handlers.callbacks import encode
from handlers.draws import SHOW as SHOW_DRAWS
from handlers.feedback import rate_button
from handlers.surveys import answer_buttons

POINTS_NOTICES = frozenset({"notice-points", "notice-points-happy-hour"})
# Under a ticket, a win or a result: the draw itself, with its record to check.
DRAW_NOTICES = frozenset({"notice-draw-ticket", "notice-draw-won", "notice-draw-result"})


def notice_buttons(
    message: str, args: Mapping[str, Any], speak: Speaker
) -> tuple[tuple[Button, ...], ...]:
    if message in POINTS_NOTICES and isinstance(args.get("entry_id"), int):
        # "Rate this visit" under "+45 points": a purchase is rated by its own customer.
        return ((rate_button(speak("feedback-rate-visit"), int(args["entry_id"])),),)
    if message == SURVEY_QUESTION:
        return answer_buttons(int(args["survey"]), list(args["choices"]))
    if message in DRAW_NOTICES:
        return ((Button(encode(SHOW_DRAWS), speak("draw-show-button")),),)
    return ()
