"""/bundle at the till: the bundles on sale, selling one to a customer, using one per visit
(by command or by the QR panel's button). The till takes the payment; the bot records it."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.loyalty.bundles import Held, Used, on_sale
from bot.loyalty.customers import CustomerRef
from bot.loyalty.errors import WhichBundle
from bot.numbers import whole_number
from bot.program import Program
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.request import Request
from models import StaffRole

USE = "tbund"  # a button: one use of a held bundle, "<member code>_<holding id>"


def bundle_name(speak: Speaker, program: Program, key: str) -> str:
    bundle = program.bundle(key)
    return bundle.name.get(speak.language) if bundle else key


async def bundle(req: Request, args: str) -> list[Reply]:
    parts = args.split(maxsplit=2)
    if parts[:1] == ["sell"] and len(parts) == 3:
        return await _sell(req, parts[1], parts[2])
    if parts[:1] == ["use"] and len(parts) in (2, 3):
        return await _use(req, parts[1], parts[2] if len(parts) == 3 else None)
    return [Reply(_on_sale(req))]


def _on_sale(req: Request) -> str:
    speak = req.speak
    selling = [b for b in req.program.bundles if b.active]
    if not selling:
        return speak("bundle-none-on-sale")
    lines = [speak("bundle-list-title")]
    for number, item in enumerate(selling, start=1):
        lines.append(
            speak(
                "bundle-list-line",
                number=number,
                name=item.name.get(speak.language),
                uses=item.uses,
                days=item.valid_days,
            )
        )
        if item.price is not None:
            lines.append(speak("bundle-list-price", price=speak.money(item.price)))
    lines.append(speak("bundle-usage"))
    return "\n".join(lines)


async def _sell(req: Request, code: str, typed: str) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    item = on_sale(req.program, typed)
    sold = await req.loyalty.bundles.sell(
        customer.customer_id, item, actor=req.staff, idempotency_key=req.update_key()
    )
    speak = req.speak
    text = speak(
        "bundle-sold",
        name=customer.called,
        bundle=item.name.get(speak.language),
        uses=sold.held.uses_total,
        date=speak.date(sold.held.expires_at),
    )
    if item.price is not None and not sold.duplicate:
        text += "\n" + speak("bundle-charge", price=speak.money(item.price))
    return [Reply(text)]


async def _use(req: Request, code: str, typed: str | None) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    key = None
    if typed is not None:
        bundle = req.program.bundle(typed.strip().casefold()) or on_sale(req.program, typed)
        key = bundle.key
    try:
        used = await req.loyalty.bundles.use(
            customer.customer_id, key, actor=req.staff, idempotency_key=req.update_key()
        )
    except WhichBundle as which:
        held = await req.loyalty.bundles.held(customer.customer_id)
        buttons = use_buttons(req, customer, [h for h in held if h.key in which.keys])
        return [Reply(req.speak("bundle-which", name=customer.called), buttons)]
    return [Reply(_used_text(req, customer, used))]


def _used_text(req: Request, customer: CustomerRef, used: Used) -> str:
    speak = req.speak
    return speak(
        "bundle-used-again" if used.duplicate else "bundle-used",
        name=customer.called,
        bundle=bundle_name(req.speak, req.program, used.held.key),
        left=used.held.uses_left,
        date=speak.date(used.held.expires_at),
    )


def _use_button(customer: CustomerRef, holding_id: int) -> str:
    return encode(USE, f"{customer.member_code.lower()}_{holding_id}")


def held_lines(req: Request, held: list[Held]) -> list[str]:
    """A customer's bundles as /balance and the QR panel show them."""
    return bundle_lines(req.speak, req.program, held)


def bundle_lines(speak: Speaker, program: Program, held: list[Held]) -> list[str]:
    """The same lines, for a page too (the dashboard's customer page)."""
    return [
        speak(
            "bundle-held",
            bundle=bundle_name(speak, program, h.key),
            left=h.uses_left,
            total=h.uses_total,
            date=speak.date(h.expires_at),
        )
        for h in held
    ]


def use_buttons(
    req: Request, customer: CustomerRef, held: list[Held]
) -> tuple[tuple[Button, ...], ...]:
    """One button per kind of bundle held, using the one that ends soonest (`held` comes
    soonest first): under the QR panel and under "which one?"."""
    soonest: dict[str, int] = {}
    for h in held:
        soonest.setdefault(h.key, h.id)
    return tuple(
        (
            Button(
                _use_button(customer, holding),
                req.speak("bundle-use-button", bundle=bundle_name(req.speak, req.program, key)),
            ),
        )
        for key, holding in soonest.items()
    )


async def use_button(req: Request, arg: str) -> list[Reply]:
    code, _, holding = arg.partition("_")
    holding_id = whole_number(holding)
    if holding_id is None:
        return [Reply(req.speak("button-stale"))]
    customer = await req.loyalty.customers.find_by_member_code(code)
    used = await req.loyalty.bundles.use(
        customer.customer_id,
        None,
        actor=req.staff,
        idempotency_key=req.update_key(),
        holding=holding_id,
    )
    return [Reply(_used_text(req, customer, used))]


FEATURE = Feature(
    commands=(Command("bundle", bundle, role=StaffRole.STAFF),),
    actions=(Action(USE, use_button, role=StaffRole.STAFF),),
)
