"""/balance: points, tier, progress to the next tier (in words and as a bar), stamps, and
the prepaid bundles the customer holds."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.stamps import CardState
from bot.rendering import card_name
from handlers.bundles import held_lines
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.memberships import member_lines
from handlers.menu import with_back
from handlers.request import Request

SHOW = "bal"

BAR_CELLS = 10


def progress_bar(fraction: float) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * BAR_CELLS)
    return "▓" * filled + "░" * (BAR_CELLS - filled)


def stamp_line(req: Request, state: CardState) -> str:
    """One card's stamps: by the card's name where the shop runs several."""
    speak, program = req.speak, req.program
    if program.cards:
        name = card_name(program, speak, state.card)
        return speak("balance-card", card=name, stamps=state.stamps, slots=state.slots)
    return speak("balance-stamps", stamps=state.stamps, slots=state.slots)


async def show_balance(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    speak, program = req.speak, req.program
    lines = [
        speak("balance-points", points=s.balance),
        speak("balance-tier", tier=program.tier(s.tier_key).name.get(speak.language)),
    ]
    if s.next_tier_key is None:
        lines.append(speak("balance-top-tier"))
    else:
        lines.append(
            speak(
                "balance-next-tier",
                missing=s.points_to_next_tier,
                next=program.tier(s.next_tier_key).name.get(speak.language),
            )
        )
        lines.append(f"{progress_bar(s.tier_progress)} {round(s.tier_progress * 100)}%")
    if program.cards:  # each card by its name; asked only where the shop runs several
        lines += [
            stamp_line(req, state) for state in await req.loyalty.stamps.cards(req.customer_id)
        ]
    else:
        lines.append(speak("balance-stamps", stamps=s.stamps, slots=s.stamp_slots))
    if s.expiring is not None and s.expiring.expires_on is not None:
        lines.append(
            speak(
                "balance-expiring", points=s.expiring.points, date=speak.date(s.expiring.expires_on)
            )
        )
    if program.memberships:  # asked only where the programme sells memberships
        lines += member_lines(req, await req.loyalty.memberships.current(req.customer_id))
    if program.bundles:  # asked only where the programme sells bundles
        lines += held_lines(req, await req.loyalty.bundles.held(req.customer_id))
    return [with_back(speak, "\n".join(lines), edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("balance", show_balance, listed=True),),
    actions=(Action(SHOW, show_balance),),
    menu=(MenuItem(SHOW, "menu-balance"),),
)
