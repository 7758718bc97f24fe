"""The owner's desk: /lookup a customer, /adjust their points."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.numbers import signed_number
from handlers.feature import Command, Feature
from handlers.history import history_lines
from handlers.request import Request
from models import StaffRole

SHOWN_HISTORY = 5


async def lookup(req: Request, args: str) -> list[Reply]:
    speak = req.speak
    if not args.strip():
        return [Reply(speak("staff-usage-lookup"))]
    found = await req.loyalty.customers.search(args, actor=req.staff)
    if not found:
        return [Reply(speak("staff-lookup-none", query=args.strip()[:60]))]
    lines = []
    for customer in found:
        s = await req.loyalty.summary.summary(
            customer.customer_id, history=SHOWN_HISTORY if len(found) == 1 else 0
        )
        lines.append(
            speak(
                "staff-lookup-line",
                name=customer.name or "-",
                code=customer.member_code,
                tier=req.program.tier(s.tier_key).name.get(speak.language),
                points=s.balance,
                stamps=s.stamps,
                slots=s.stamp_slots,
            )
        )
        lines += ["  " + line for line in history_lines(speak, s.history)]
    return [Reply("\n".join(lines))]


async def adjust(req: Request, args: str) -> list[Reply]:
    parts = args.split(maxsplit=2)
    speak = req.speak
    points = signed_number(parts[1]) if len(parts) == 3 else None
    if not points:
        return [Reply(speak("staff-usage-adjust"))]
    code, reason = parts[0], parts[2]
    customer = await req.loyalty.customers.find_by_member_code(code)
    change = await req.loyalty.points.adjust(customer.customer_id, points, reason, actor=req.staff)
    signed = f"+{points}" if points > 0 else f"−{-points}"
    text = speak(
        "staff-adjusted",
        name=customer.name or code,
        change=signed,
        reason=reason,
        balance=change.balance,
    )
    return [Reply(text)]


FEATURE = Feature(
    commands=(
        Command("lookup", lookup, role=StaffRole.STAFF),
        Command("adjust", adjust, role=StaffRole.OWNER),
    ),
)
