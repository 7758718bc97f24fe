"""/member at the till: the memberships on sale, and selling (or renewing) one. The till
takes the payment and gives the discount; the bot records the sale, earns at the
membership's tier while it runs, and shows staff the discount."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.loyalty.memberships import Period, on_sale
from bot.program import Program
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


def membership_name(speak: Speaker, program: Program, key: str) -> str:
    membership = program.membership(key)
    return membership.name.get(speak.language) if membership else key


async def member(req: Request, args: str) -> list[Reply]:
    parts = args.split(maxsplit=2)
    if parts[:1] == ["sell"] and len(parts) == 3:
        return await _sell(req, parts[1], parts[2])
    return [Reply(_on_sale(req))]


def _gives(speak: Speaker, program: Program, key: str) -> str:
    """What a membership gives, in words: its tier's earning and/or its discount."""
    membership = program.membership(key)
    if membership is None:
        return ""
    given = []
    if membership.tier is not None:
        tier = program.tier(membership.tier).name.get(speak.language)
        given.append(speak("member-gives-tier", tier=tier))
    if membership.discount_percent:
        given.append(speak("member-gives-discount", percent=membership.discount_percent))
    return " · ".join(given)


def _on_sale(req: Request) -> str:
    speak = req.speak
    selling = [m for m in req.program.memberships if m.active]
    if not selling:
        return speak("member-none-on-sale")
    lines = [speak("member-list-title")]
    for number, item in enumerate(selling, start=1):
        name = item.name.get(speak.language)
        lines.append(speak("member-list-line", number=number, name=name, months=item.months))
        lines.append("   " + _gives(speak, req.program, item.key))
        if item.price is not None:
            lines.append(speak("bundle-list-price", price=speak.money(item.price)))
    lines.append(speak("member-usage"))
    return "\n".join(lines)


async def _sell(req: Request, code: str, typed: str) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    item = on_sale(req.program, typed)
    period, again = await req.loyalty.memberships.sell(
        customer.customer_id, item, actor=req.staff, idempotency_key=req.update_key()
    )
    speak = req.speak
    text = speak(
        "member-sold",
        name=customer.called,
        membership=item.name.get(speak.language),
        start=speak.date(period.starts_at),
        end=speak.date(period.ends_at),
    )
    if item.price is not None and not again:
        text += "\n" + speak("bundle-charge", price=speak.money(item.price))
    return [Reply(text)]


def member_lines(req: Request, periods: list[Period]) -> list[str]:
    """A customer's memberships, running or bought to follow, as /balance and the QR panel
    show them: each with its end and what it gives."""
    return period_lines(req.speak, req.program, periods)


def period_lines(speak: Speaker, program: Program, periods: list[Period]) -> list[str]:
    """The same lines, for a page too (the dashboard's customer page)."""
    return [
        speak(
            "member-held",
            membership=membership_name(speak, program, p.key),
            end=speak.date(p.ends_at),
            gives=_gives(speak, program, p.key),
        )
        for p in periods
    ]


def discount_line(req: Request, key: str | None) -> str | None:
    """Under a purchase at the till: the discount a running membership gives, if any."""
    membership = req.program.membership(key) if key else None
    if membership is None or not membership.discount_percent:
        return None
    return req.speak(
        "member-discount",
        membership=membership.name.get(req.speak.language),
        percent=membership.discount_percent,
    )


FEATURE = Feature(commands=(Command("member", member, role=StaffRole.STAFF),))
