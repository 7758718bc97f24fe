"""Owner-only operations refuse everyone else and change nothing; what staff do is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.loyalty.errors import InsufficientPoints, InvalidAmount, NotAllowed
from bot.loyalty.ledger import ledger_sum
from models import AuditEntry, LedgerEntry, StaffRole
from tests.conftest import Shop


async def test_only_owners_adjust_points_and_it_is_audited(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff(StaffRole.STAFF)
    owner = await shop.staff(StaffRole.OWNER)
    with pytest.raises(NotAllowed):
        await app.loyalty.points.adjust(amina, 500, "gift", actor=barista)
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(LedgerEntry.id))) == 0
    change = await app.loyalty.points.adjust(amina, 500, "  broken machine, sorry ", actor=owner)
    assert change.balance == 500
    async with app.db.read() as s:
        entry = await s.scalar(select(AuditEntry).where(AuditEntry.action == "adjust"))
    assert entry is not None
    assert (entry.staff_id, entry.customer_id) == (owner.staff_id, amina)
    assert entry.details == {
        "amount": 500,
        "reason": "broken machine, sorry",
        "entry_id": change.entry_id,
    }


async def test_adjustments_cannot_overdraw_or_be_empty(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    owner = await shop.staff(StaffRole.OWNER)
    await app.loyalty.points.adjust(amina, 100, "welcome", actor=owner)
    with pytest.raises(InsufficientPoints):
        await app.loyalty.points.adjust(amina, -101, "too much", actor=owner)
    with pytest.raises(InvalidAmount):
        await app.loyalty.points.adjust(amina, 0, "nothing", actor=owner)
    with pytest.raises(InvalidAmount):
        await app.loyalty.points.adjust(amina, 50, "   ", actor=owner)
    async with app.db.read() as s:
        assert await ledger_sum(s, amina) == 100


async def test_only_owners_appoint_and_dismiss(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff(StaffRole.STAFF)
    owner = await shop.staff(StaffRole.OWNER)
    with pytest.raises(NotAllowed):
        await app.loyalty.staff.appoint(amina, StaffRole.OWNER, by=barista)
    assert await app.loyalty.staff.actor_for(amina) is None
    appointed = await app.loyalty.staff.appoint(amina, StaffRole.STAFF, by=owner, branch_key="cbd")
    assert await app.loyalty.staff.actor_for(amina) == appointed
    with pytest.raises(NotAllowed):
        await app.loyalty.staff.dismiss(amina, by=barista)
    assert await app.loyalty.staff.dismiss(amina, by=owner)
    assert await app.loyalty.staff.actor_for(amina) is None  # takes effect at once
    async with app.db.read() as s:
        actions = list(await s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["staff.appoint", "staff.dismiss"]


async def test_the_role_is_found_from_the_chat_identity(app: App) -> None:
    reg = await app.loyalty.customers.register("telegram", "1001", language="en", name="Owner")
    await app.loyalty.staff.appoint(reg.customer_id, StaffRole.OWNER, by=None)
    actor = await app.loyalty.staff.actor_for_identity("telegram", "1001")
    assert actor is not None and actor.is_owner
    assert await app.loyalty.staff.actor_for_identity("telegram", "1002") is None
