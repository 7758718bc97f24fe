"""Invitations: linked when the friend joins, paid once after the friend's first purchase."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import ledger
from bot.loyalty.codes import normalize_code
from bot.loyalty.events import ReferralRewarded, TierUpgraded
from bot.loyalty.tiers import evaluate
from bot.program import Program
from models import Customer, LedgerKind, Referral, ReferralStatus


async def link(
    session: AsyncSession, referee: Customer, referral_code: str, now: datetime
) -> Referral | None:
    """Record who invited the new customer; an unknown or own code is ignored, not an error,
    so a mistyped link never stops anyone from joining."""
    code = normalize_code(referral_code)
    referrer = await session.scalar(
        select(Customer).where(Customer.referral_code == code, Customer.erased_at.is_(None))
    )
    if referrer is None or referrer.id == referee.id:
        return None
    referee.referred_by_id = referrer.id
    referral = Referral(
        referrer_id=referrer.id,
        referee_id=referee.id,
        status=ReferralStatus.PENDING,
        created_at=now,
    )
    session.add(referral)
    await session.flush()
    return referral


async def pay_if_due(
    session: AsyncSession, program: Program, referee: Customer, now: datetime
) -> tuple[ReferralRewarded | None, TierUpgraded | None]:
    """Pay both sides of a pending referral; returns the event and any referrer upgrade.

    The status flip is a conditional UPDATE, so a referral is paid at most once however
    many purchases race for it.
    """
    if referee.referred_by_id is None:
        return None, None  # nobody invited them: nothing can be pending
    referral_id = await session.scalar(
        update(Referral)
        .where(Referral.referee_id == referee.id, Referral.status == ReferralStatus.PENDING)
        .values(status=ReferralStatus.PAID, paid_at=now)
        .returning(Referral.id)
        .execution_options(synchronize_session=False)
    )
    if referral_id is None:
        return None, None
    referral = await session.get_one(Referral, referral_id)
    rules = program.referrals
    if rules.referee_points:
        await ledger.post(
            session,
            referee,
            kind=LedgerKind.REFERRAL,
            amount=rules.referee_points,
            now=now,
            key=f"referral:{referral_id}:referee",
        )
    referrer = await session.scalar(
        select(Customer)
        .where(Customer.id == referral.referrer_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    upgrade = None
    paid_referrer = 0
    # A referrer who erased their account meanwhile is not paid: nobody to pay.
    if referrer is not None and referrer.erased_at is None and rules.referrer_points:
        await ledger.post(
            session,
            referrer,
            kind=LedgerKind.REFERRAL,
            amount=rules.referrer_points,
            now=now,
            key=f"referral:{referral_id}:referrer",
        )
        paid_referrer = rules.referrer_points
        upgrade = await evaluate(session, program, referrer, now)
    event = ReferralRewarded(
        referral_id=referral_id,
        referrer_id=referral.referrer_id,
        referee_id=referee.id,
        referrer_points=paid_referrer,
        referee_points=rules.referee_points,
    )
    return event, upgrade
