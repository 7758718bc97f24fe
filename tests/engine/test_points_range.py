"""One range for points on every database: 64-bit columns, a per-operation limit from the
programme and a ceiling on any balance, so the books can never overflow or disagree."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.loyalty import ledger
from bot.loyalty.context import lock_customer
from bot.loyalty.errors import BalanceLimitReached, PointsOutOfRange
from bot.loyalty.ledger import MAX_BALANCE, ledger_sum
from models import Customer, LedgerEntry, LedgerKind, StaffRole
from tests.conftest import Shop
from tests.helpers.chat import Chat
from tests.helpers.databases import balance


async def _books(app: App, customer_id: int) -> tuple[int, int]:
    """(the cached balance, the ledger's sum): equal whenever the books are right."""
    async with app.db.read() as session:
        cached = await session.scalar(
            select(Customer.points_balance).where(Customer.id == customer_id)
        )
        return int(cached or 0), await ledger_sum(session, customer_id)


async def test_adjust_is_limited_per_operation_by_the_programme(app: App, shop: Shop) -> None:
    owner = await shop.staff(StaffRole.OWNER)
    amina = await shop.customer()
    limit = app.program.limits.max_adjust_points
    await app.loyalty.points.adjust(amina, limit, "move from the paper card", actor=owner)
    for amount in (limit + 1, -(limit + 1)):
        with pytest.raises(PointsOutOfRange):
            await app.loyalty.points.adjust(amina, amount, "typo", actor=owner)
    assert await _books(app, amina) == (limit, limit)


async def test_the_owner_hears_the_limit_in_the_chat(app: App) -> None:
    owner = Chat(app, "1")
    eleni = await owner.join("el", name="Ελένη")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    amina = await Chat(app, "2").join("sw")
    code = (await app.loyalty.customers.get(amina)).member_code
    await owner.say(f"/adjust {code} +9999999999999 gift")
    limit = app.program.limits.max_adjust_points
    assert owner.text.startswith(app.translator("el", "error-points-out-of-range", limit=limit))
    assert await balance(app, amina) == 0


async def test_a_balance_stops_at_the_ceiling_and_the_ledger_still_adds_up(
    app: App, shop: Shop
) -> None:
    """A balance near 2^63 once turned into a float on SQLite and overflowed the ledger's
    sum; PostgreSQL's 32-bit columns refused far less. Both now hold the same range."""
    owner = await shop.staff(StaffRole.OWNER)
    amina = await shop.customer()
    async with app.db.write() as session:
        customer = await lock_customer(session, amina)
        await ledger.post(
            session, customer, kind=LedgerKind.ADJUST, amount=MAX_BALANCE - 10, now=app.clock.now()
        )
    await app.loyalty.points.adjust(amina, 10, "to the very top", actor=owner)
    assert await _books(app, amina) == (MAX_BALANCE, MAX_BALANCE)
    with pytest.raises(BalanceLimitReached):
        await app.loyalty.points.adjust(amina, 1, "one more", actor=owner)
    with pytest.raises(BalanceLimitReached):
        await shop.earn(amina, "1000")
    async with app.db.write() as session:
        customer = await lock_customer(session, amina)
        with pytest.raises(BalanceLimitReached):
            await ledger.post(
                session, customer, kind=LedgerKind.ADJUST, amount=2**63, now=app.clock.now()
            )
    assert await _books(app, amina) == (MAX_BALANCE, MAX_BALANCE)
    # A second account at the top: the sum over both is still an exact integer.
    zawadi = await shop.customer("Zawadi")
    async with app.db.write() as session:
        customer = await lock_customer(session, zawadi)
        await ledger.post(
            session, customer, kind=LedgerKind.ADJUST, amount=MAX_BALANCE, now=app.clock.now()
        )
    async with app.db.read() as session:
        total = await session.scalar(select(func.sum(LedgerEntry.amount)))
        cached = await session.scalar(select(func.sum(Customer.points_balance)))
    assert (int(total or 0), int(cached or 0)) == (2 * MAX_BALANCE, 2 * MAX_BALANCE)
    assert isinstance(await balance(app, amina), int)
    # Spending from the top works and the books agree.
    await app.loyalty.points.adjust(amina, -100_000, "correction", actor=owner)
    assert await _books(app, amina) == (MAX_BALANCE - 100_000,) * 2
