"""Every timestamp is timezone-aware on the way in and on the way out, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from bot.app import App
from models import Customer


async def test_times_come_back_aware_and_in_utc(app: App) -> None:
    nairobi_noon = datetime(2026, 3, 2, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    reg = await app.loyalty.customers.register("t", "1", language="en")
    async with app.db.write() as s:
        customer = await s.get_one(Customer, reg.customer_id)
        customer.last_activity_at = nairobi_noon
    async with app.db.read() as s:
        stored = await s.get_one(Customer, reg.customer_id)
    assert stored.last_activity_at == nairobi_noon
    assert stored.last_activity_at is not None and stored.last_activity_at.tzinfo == UTC


async def test_a_naive_datetime_is_refused(app: App) -> None:
    reg = await app.loyalty.customers.register("t", "1", language="en")
    async with app.db.write() as s:
        customer = await s.get_one(Customer, reg.customer_id)
        customer.last_activity_at = datetime(2026, 3, 2, 12, 0)  # noqa: DTZ001
        with pytest.raises(StatementError, match="naive datetime"):
            await s.flush()
        await s.rollback()
