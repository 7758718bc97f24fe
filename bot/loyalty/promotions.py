"""Happy hours and the best promotion for a purchase or a stamp visit.

A happy hour comes back every week at the same local times (the shop's time zone, summer
time included): double points on Tuesdays 16:00-18:00, a bonus stamp on Mondays of the
rainy months. At most one promotion applies to a purchase: the running happy hour or offer
with the largest points multiplier (a happy hour when they tie: staff can name it). A stamp
visit gets the running happy hour with the most bonus stamps. A limit per customer per
period ("once a day") counts the uses recorded here, under the customer's row lock, so two
tills racing for the last use give it once; a purchase or stamp taken back gives its use
back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.loyalty.context import EngineContext
from bot.program import WEEKDAYS, HappyHour, Program
from models import LedgerEntry, Offer, OfferBonus, PromotionUse, StampEvent


@dataclass(frozen=True, slots=True)
class Applied:
    """The promotion a purchase or a stamp visit got: a happy hour by its key, or a running
    offer by its title (offers are written in the owner's words, in one language)."""

    happy_hour: str | None
    offer_title: str | None
    multiplier: Decimal = Decimal(1)
    bonus_stamps: int = 0
    period: date | None = None  # the limit's period the use counts in


@dataclass(frozen=True, slots=True)
class Window:
    """One occurrence of a happy hour, in the shop's time zone."""

    happy_hour: HappyHour
    starts: datetime
    ends: datetime


def _occurrence(hh: HappyHour, day: date, tz: ZoneInfo) -> Window | None:
    if WEEKDAYS[day.weekday()] not in hh.days or (hh.months and day.month not in hh.months):
        return None
    ends_on = day if hh.end > hh.start else day + timedelta(days=1)
    return Window(
        hh,
        datetime.combine(day, hh.start, tzinfo=tz),
        datetime.combine(ends_on, hh.end, tzinfo=tz),
    )


def window_at(hh: HappyHour, moment: datetime, tz: ZoneInfo) -> Window | None:
    """The occurrence of `hh` running at `moment`, if one is."""
    if not hh.active:
        return None
    local = moment.astimezone(tz)
    # Yesterday's window may still run past midnight.
    for day in (local.date(), local.date() - timedelta(days=1)):
        window = _occurrence(hh, day, tz)
        # Same tzinfo on both sides: compared as wall-clock times, as the owner wrote them.
        if window is not None and window.starts <= local < window.ends:
            return window
    return None


def running(program: Program, moment: datetime) -> list[Window]:
    tz = program.shop.tz
    return [w for hh in program.happy_hours if (w := window_at(hh, moment, tz)) is not None]


def period_of(hh: HappyHour, window: Window) -> date:
    """The first day of the limit's period the window counts in."""
    day = window.starts.date()
    if hh.period == "week":
        return day - timedelta(days=day.weekday())
    if hh.period == "month":
        return day.replace(day=1)
    return day


def _kept() -> ColumnElement[bool]:
    """A use whose purchase or stamps were not taken back (undo gives the use back)."""
    undone_entry = aliased(LedgerEntry)
    undone_stamp = aliased(StampEvent)
    return ~exists().where(undone_entry.reverses_id == PromotionUse.entry_id) & ~exists().where(
        undone_stamp.reverses_id == PromotionUse.stamp_event_id
    )


async def uses(session: AsyncSession, customer_id: int, key: str, period: date) -> int:
    """Uses of a happy hour by a customer in one period."""
    count = await session.scalar(
        select(func.count(PromotionUse.id)).where(
            PromotionUse.customer_id == customer_id,
            PromotionUse.promotion == key,
            PromotionUse.period == period,
            _kept(),
        )
    )
    return int(count or 0)


async def _open(
    session: AsyncSession, customer_id: int, windows: Iterable[Window]
) -> list[tuple[Window, date]]:
    """The windows this customer may still use, with the period each use would count in."""
    found = []
    for window in windows:
        hh = window.happy_hour
        period = period_of(hh, window)
        if hh.limit and await uses(session, customer_id, hh.key, period) >= hh.limit:
            continue
        found.append((window, period))
    return found


async def _best_happy_hour(
    session: AsyncSession,
    program: Program,
    customer_id: int,
    now: datetime,
    gain: Callable[[HappyHour], Decimal | int],
) -> tuple[HappyHour, date] | None:
    """The running happy hour with the largest `gain` (0: gives nothing here) that this
    customer may still use, the first in the programme on a tie, and its period."""
    windows = [w for w in running(program, now) if gain(w.happy_hour) > 0]
    usable = await _open(session, customer_id, windows)
    if not usable:
        return None
    window, period = max(usable, key=lambda found: gain(found[0].happy_hour))
    return window.happy_hour, period


async def for_purchase(
    session: AsyncSession, program: Program, customer_id: int, now: datetime
) -> Applied | None:
    """The best promotion for a purchase now: the largest multiplier, or None."""
    found = await _best_happy_hour(session, program, customer_id, now, lambda h: h.multiplier - 1)
    best = (
        None if found is None else Applied(found[0].key, None, found[0].multiplier, period=found[1])
    )
    offer = await _best_offer(session, now)
    if offer is not None and (best is None or offer.multiplier > best.multiplier):
        return offer
    return best


async def for_stamps(
    session: AsyncSession, program: Program, customer_id: int, now: datetime
) -> Applied | None:
    """The running happy hour with the most bonus stamps for this customer, or None."""
    found = await _best_happy_hour(session, program, customer_id, now, lambda h: h.bonus_stamps)
    if found is None:
        return None
    happy, period = found
    return Applied(happy.key, None, bonus_stamps=happy.bonus_stamps, period=period)


def _running_offer(now: datetime) -> ColumnElement[bool]:
    return (
        (Offer.bonus == OfferBonus.MULTIPLIER)
        & Offer.withdrawn_at.is_(None)
        & (Offer.starts_at <= now)
        & or_(Offer.ends_at.is_(None), Offer.ends_at > now)
    )


async def _best_offer(session: AsyncSession, now: datetime) -> Applied | None:
    row = (
        await session.execute(
            select(Offer.title, Offer.bonus_value)
            .where(_running_offer(now))
            .order_by(Offer.bonus_value.desc(), Offer.id)
            .limit(1)
        )
    ).first()
    if row is None or row.bonus_value <= 1:
        return None
    return Applied(None, row.title, Decimal(row.bonus_value))


def named(applied: Applied | None) -> dict[str, str]:
    """A notice's extra value naming the happy hour it got (rendered in the reader's
    language), or nothing for none or an offer."""
    return {"happy_hour": applied.happy_hour} if applied and applied.happy_hour else {}


def record(
    session: AsyncSession,
    customer_id: int,
    applied: Applied,
    now: datetime,
    *,
    entry_id: int | None = None,
    stamp_event_id: int | None = None,
    bonus_points: int = 0,
) -> None:
    """Count a happy hour's use, in the transaction of the purchase or stamps it gave."""
    if applied.happy_hour is None or applied.period is None:
        return  # an offer: it has no limit per customer to count
    session.add(
        PromotionUse(
            customer_id=customer_id,
            promotion=applied.happy_hour,
            entry_id=entry_id,
            stamp_event_id=stamp_event_id,
            multiplier=applied.multiplier,
            bonus_points=bonus_points,
            bonus_stamps=applied.bonus_stamps,
            period=applied.period,
            created_at=now,
        )
    )


@dataclass(frozen=True, slots=True)
class Usage:
    """What one happy hour gave over the last days, for the owner to weigh it."""

    uses: int
    customers: int
    bonus_points: int
    bonus_stamps: int


class PromotionService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def usage(self, days: int = 30) -> dict[str, Usage]:
        """Each happy hour's uses in the last `days`, by its key; what was taken back is
        left out."""
        since = self._ctx.clock.now() - timedelta(days=days)
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(
                    PromotionUse.promotion,
                    func.count(PromotionUse.id),
                    func.count(PromotionUse.customer_id.distinct()),
                    func.coalesce(func.sum(PromotionUse.bonus_points), 0),
                    func.coalesce(func.sum(PromotionUse.bonus_stamps), 0),
                )
                .where(PromotionUse.created_at >= since, _kept())
                .group_by(PromotionUse.promotion)
            )
            return {
                key: Usage(int(uses), int(people), int(points), int(stamps))
                for key, uses, people, points, stamps in rows
            }
