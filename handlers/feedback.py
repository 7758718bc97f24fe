"""Rating a visit: a button on the "+points" message, 1 to 5 stars, then an optional comment."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.loyalty.feedback import LOW_RATING
from bot.numbers import whole_number
from bot.state import State
from handlers.callbacks import encode
from handlers.feature import Action, Feature, Step
from handlers.menu import main_menu
from handlers.request import Request

ASK, RATE, SKIP = "fb", "fbr", "fbskip"

COMMENT_STEP = "feedback.comment"


def rate_button(label: str, entry_id: int) -> Button:
    return Button(encode(ASK, str(entry_id)), label)


async def ask_rating(req: Request, entry_id: str) -> list[Reply]:
    if whole_number(entry_id) is None:
        return [main_menu(req, req.speak("button-stale"))]
    stars = tuple(Button(encode(RATE, f"{entry_id}-{n}"), "⭐" * n) for n in range(1, 6))
    return [
        Reply(
            req.speak("feedback-ask-rating"),
            (stars[:3], stars[3:]),
            edit=bool(req.incoming.callback),
        )
    ]


async def rate(req: Request, arg: str) -> list[Reply]:
    entry, _, stars = arg.partition("-")
    entry_id, rating = whole_number(entry), whole_number(stars, maximum=5)
    if entry_id is None or rating is None:
        return [main_menu(req, req.speak("button-stale"))]
    feedback_id = await req.loyalty.feedback.rate(req.customer_id, entry_id, rating)
    await req.deps.states.set(*req.identity, State(COMMENT_STEP, {"feedback_id": feedback_id}))
    skip = ((Button(encode(SKIP), req.speak("feedback-skip")),),)
    text = req.speak("feedback-ask-comment")
    review = req.program.feedback.review_url
    if review and rating > LOW_RATING:
        text += "\n\n" + req.speak("feedback-review", link=review)
    return [Reply(text, skip, edit=bool(req.incoming.callback))]


async def skip_comment(req: Request, _: str = "") -> list[Reply]:
    await req.deps.states.clear(*req.identity)
    return [main_menu(req, req.speak("feedback-thanks"), edit=bool(req.incoming.callback))]


async def on_comment(req: Request, state: State) -> list[Reply]:
    await req.deps.states.clear(*req.identity)
    feedback_id = state.data.get("feedback_id")
    if isinstance(feedback_id, int):
        await req.loyalty.feedback.comment(req.customer_id, feedback_id, req.incoming.text or "")
    return [main_menu(req, req.speak("feedback-thanks"))]


FEATURE = Feature(
    actions=(Action(ASK, ask_rating), Action(RATE, rate), Action(SKIP, skip_comment)),
    steps=(Step(COMMENT_STEP, on_comment),),
)
