"""Property: under any sequence of earns, redemptions, confirmations, cancellations,
adjustments and expiries, the balance equals the ledger sum and never goes negative."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import InsufficientPoints, LoyaltyError
from bot.loyalty.ledger import ledger_sum
from models import Customer, LedgerEntry, StaffRole
from tests.conftest import Shop

operations = st.lists(
    st.one_of(
        st.tuples(st.just("earn"), st.integers(min_value=50, max_value=4000)),
        st.tuples(
            st.just("redeem"), st.sampled_from(["espresso", "cappuccino", "pastry", "breakfast"])
        ),
        st.tuples(st.just("confirm"), st.integers(min_value=0, max_value=5)),
        st.tuples(st.just("cancel"), st.integers(min_value=0, max_value=5)),
        st.tuples(st.just("adjust"), st.integers(min_value=-500, max_value=500).filter(bool)),
        st.tuples(st.just("wait"), st.integers(min_value=0, max_value=200)),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40,
    deadline=None,
    # One database for all examples; each example works on a customer of its own.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=operations)
async def test_balance_always_equals_ledger_sum_and_is_never_negative(
    app: App, shop: Shop, clock: ManualClock, ops: list[tuple[str, Any]]
) -> None:
    loyalty = app.loyalty
    owner = await shop.staff(StaffRole.OWNER)
    customer = await shop.customer()
    codes: list[str] = []
    refusals: list[str] = []
    for op, arg in ops:
        try:
            if op == "earn":
                await shop.earn(customer, str(arg), actor=owner)
            elif op == "redeem":
                codes.append((await loyalty.redemptions.redeem_points(customer, arg)).code)
            elif op == "confirm" and codes:
                await loyalty.redemptions.confirm(codes[arg % len(codes)], actor=owner)
            elif op == "cancel" and codes:
                await loyalty.redemptions.cancel(customer, codes[arg % len(codes)])
            elif op == "adjust":
                await loyalty.points.adjust(customer, arg, "correction", actor=owner)
            elif op == "wait":
                clock.advance(days=arg)
                await loyalty.redemptions.expire_stale()
                await loyalty.expiry.expire_due()
        except InsufficientPoints:
            pass
        except LoyaltyError as refused:  # used/cancelled/expired codes: refused, not broken
            refusals.append(refused.code)
        async with app.db.read() as s:
            cached = await s.scalar(select(Customer.points_balance).where(Customer.id == customer))
            total = await ledger_sum(s, customer)
            lowest = await s.scalar(
                select(func.min(LedgerEntry.balance_after)).where(
                    LedgerEntry.customer_id == customer
                )
            )
        assert cached == total >= 0
        assert lowest is None or lowest >= 0
    assert all(code.startswith("redemption-") for code in refusals), refusals
