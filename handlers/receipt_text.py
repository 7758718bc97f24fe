"""A receipt's points collected, said: shared by /receipt and by joining through the link
printed on a receipt."""

from __future__ import annotations

from bot.i18n import Speaker
from bot.loyalty.attempts import chat_who
from handlers.request import Request


async def collected_text(req: Request, customer_id: int, code: str, speak: Speaker) -> str:
    """The points of the receipt with `code` for `customer_id`, said (a refusal is raised)."""
    who = chat_who(req.incoming.channel, req.incoming.user_id)
    collected = await req.loyalty.receipts.collect(customer_id, code, who=who)
    result = collected.result
    if result.duplicate:
        return speak("receipt-already", receipt=collected.receipt, balance=result.balance)
    return speak(
        "receipt-collected",
        receipt=collected.receipt,
        points=result.points,
        balance=result.balance,
    )
