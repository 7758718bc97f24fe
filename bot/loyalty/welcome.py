"""The programme's welcome gift ([welcome]: points, and stamps already on the first card),
given in the joining's own transaction, once per person.

A person is recognised by a one-way fingerprint of their chat identity and of their phone
number's last nine digits: those fingerprints (and nothing else) stay after an erasure, so
erasing the account and joining again, from the same chat or with the same number, brings
no second gift. The points are a bonus in the ledger and the stamps a stamp event, each
under its own idempotency key."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import ledger
from bot.loyalty.stamps import active_card
from bot.loyalty.tiers import evaluate
from bot.program import Program
from models import Customer, LedgerKind, StampEvent, WelcomeGiven

# Fingerprints are of this application's own making: not comparable with another system's
# hashes of the same numbers.
_PURPOSE = b"loyalty-bot welcome gift v1"


@dataclass(frozen=True, slots=True)
class WelcomeGift:
    points: int
    stamps: int


def fingerprints(channel: str, external_id: str, phone_key: str | None) -> list[str]:
    people = [f"chat:{channel}:{external_id}"]
    if phone_key:
        people.append(f"phone:{phone_key}")
    return [hashlib.sha256(_PURPOSE + b"\0" + p.encode()).hexdigest() for p in people]


async def give(
    session: AsyncSession,
    program: Program,
    customer: Customer,
    *,
    channel: str,
    external_id: str,
    now: datetime,
) -> WelcomeGift | None:
    """The gift for a customer who just joined, unless this person had it before."""
    gift = program.welcome
    if not gift.points and not gift.stamps:
        return None
    prints = fingerprints(channel, external_id, customer.phone_key)
    known = await session.scalar(
        select(WelcomeGiven.fingerprint).where(WelcomeGiven.fingerprint.in_(prints)).limit(1)
    )
    if known is not None:
        return None
    session.add_all(WelcomeGiven(fingerprint=p, given_at=now) for p in prints)
    if gift.points:
        await ledger.post(
            session,
            customer,
            kind=LedgerKind.BONUS,
            amount=gift.points,
            now=now,
            key=f"bonus:welcome:{customer.id}",
            note="welcome",
        )
        await evaluate(session, program, customer, now)
    if gift.stamps:
        card = await active_card(session, customer.id, program.stamps.slots, now)
        card.stamps = gift.stamps
        session.add(
            StampEvent(
                customer_id=customer.id,
                card_id=card.id,
                count=gift.stamps,
                idempotency_key=f"stamp:welcome:{customer.id}",
                created_at=now,
            )
        )
    await session.flush()
    return WelcomeGift(gift.points, gift.stamps)
