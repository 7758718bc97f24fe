"""Receipt codes: a purchase's points printed on its receipt, collected once by the first
customer who sends the code, within the programme's days; the till's award of the same
receipt and the code never both count; guessing is slowed down. On whichever database the
run targets."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import (
    InvalidReceipt,
    PurchaseBelowMinimum,
    ReceiptCodeExpired,
    ReceiptCodeTaken,
    ReceiptCodeUnknown,
    ReceiptReused,
    TooManyAttempts,
)
from models import LedgerEntry
from tests.conftest import Shop
from tests.helpers.databases import balance


async def test_a_receipt_has_one_code_for_its_amount(app: App) -> None:
    receipts = app.loyalty.receipts
    first = await receipts.issue("450", "r-1032")
    again = await receipts.issue("450.00", "R-1032")  # the till asks twice
    assert (again.code, again.receipt, len(first.code)) == (first.code, "R-1032", 10)
    with pytest.raises(ReceiptReused):
        await receipts.issue("500", "R-1032")
    other_branch = await receipts.issue("500", "R-1032", branch_key="cbd")
    assert other_branch.code != first.code  # receipt numbers are per branch
    for amount, receipt, branch, refusal in (
        ("450", "  ", None, InvalidReceipt),
        ("450", "R-1", "nowhere", InvalidReceipt),
        ("10", "R-2", None, PurchaseBelowMinimum),
    ):
        with pytest.raises(refusal):
            await receipts.issue(amount, receipt, branch_key=branch)


async def test_the_first_customer_collects_once_and_nobody_else(app: App, shop: Shop) -> None:
    amina, joe = await shop.customer("Amina"), await shop.customer("Joe")
    issued = await app.loyalty.receipts.issue("450", "R-7")
    got = await app.loyalty.receipts.collect(amina, issued.code.lower(), who="chat:a")
    assert (got.receipt, got.result.points, got.result.duplicate) == ("R-7", 45, False)
    again = await app.loyalty.receipts.collect(amina, issued.code, who="chat:a")
    assert again.result.duplicate and await balance(app, amina) == 45
    with pytest.raises(ReceiptCodeTaken):
        await app.loyalty.receipts.collect(joe, issued.code, who="chat:j")
    assert await balance(app, joe) == 0


async def test_a_code_expires_after_the_programmes_days(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    issued = await app.loyalty.receipts.issue("450", "R-8")
    clock.advance(days=7, seconds=1)
    with pytest.raises(ReceiptCodeExpired) as refused:
        await app.loyalty.receipts.collect(amina, issued.code, who="chat:a")
    assert refused.value.params["days"] == 7
    assert await balance(app, amina) == 0


async def test_the_tills_award_and_the_code_count_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff(branch="cbd")
    issued = await app.loyalty.receipts.issue("450", "R-9", branch_key="cbd")
    # The barista had typed it at the till already, as /award does.
    await app.loyalty.purchases.record(
        amina, "450", idempotency_key=f"receipt:{barista.branch_id}:R-9", actor=barista
    )
    got = await app.loyalty.receipts.collect(amina, issued.code, who="chat:a")
    assert got.result.duplicate and await balance(app, amina) == 45


async def test_guessing_codes_is_slowed_down(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    issued = await app.loyalty.receipts.issue("450", "R-10")
    for n in range(10):
        with pytest.raises(ReceiptCodeUnknown):
            await app.loyalty.receipts.collect(amina, f"WRONGCODE{n}", who="chat:guesser")
    with pytest.raises(TooManyAttempts):  # even the right one, while the pause lasts
        await app.loyalty.receipts.collect(amina, issued.code, who="chat:guesser")
    assert await balance(app, amina) == 0


async def test_twenty_opens_from_two_chats_at_once_pay_one_customer_once(
    app: App, shop: Shop
) -> None:
    amina, joe = await shop.customer("Amina"), await shop.customer("Joe")
    issued = await app.loyalty.receipts.issue("450", "R-11")
    results = await asyncio.gather(
        *(
            app.loyalty.receipts.collect(who_id, issued.code, who=f"chat:{who_id}")
            for _ in range(10)
            for who_id in (amina, joe)
        ),
        return_exceptions=True,
    )
    assert not [
        r for r in results if isinstance(r, BaseException) and not isinstance(r, ReceiptCodeTaken)
    ]
    paid = {await balance(app, amina), await balance(app, joe)}
    assert paid == {0, 45}
    async with app.db.read() as session:
        entries = await session.scalar(select(func.count(LedgerEntry.id)))
    assert entries == 1
