"""What customers (and owners) are told when something happens to them, in their language."""

from __future__ import annotations

from bot.i18n import Speaker
from bot.loyalty.events import Event, ReferralRewarded, StampCardCompleted
from handlers.context import Request
from handlers.types import Reply


async def speaker_for(req: Request, customer_id: int) -> Speaker:
    customer = await req.loyalty.customers.get(customer_id)
    return req.deps.speaker(customer.language)


async def tell(req: Request, customer_id: int, message_id: str, **args: object) -> Reply:
    speak = await speaker_for(req, customer_id)
    return Reply(speak(message_id, **args), to_customer=customer_id)


async def event_notices(req: Request, events: tuple[Event, ...] | list[Event]) -> list[Reply]:
    replies = []
    program = req.program
    for event in events:
        # A tier upgrade is not told from here: the engine queued its message in the outbox
        # in the same transaction, so it goes once even if this process dies now.
        if isinstance(event, ReferralRewarded) and event.referrer_points:
            replies.append(
                await tell(req, event.referrer_id, "notice-referral", points=event.referrer_points)
            )
        elif isinstance(event, StampCardCompleted):
            speak = await speaker_for(req, event.customer_id)
            reward = program.stamps.reward.get(speak.language)
            replies.append(
                Reply(speak("notice-card-full", reward=reward), to_customer=event.customer_id)
            )
    return replies


async def note_owners(req: Request, message_id: str, **args: object) -> list[Reply]:
    """A note to every owner except the one acting (who sees the answer already)."""
    me = req.customer.customer_id if req.customer else None
    return [
        await tell(req, owner, message_id, **args)
        for owner in await req.loyalty.staff.owners()
        if owner != me
    ]
