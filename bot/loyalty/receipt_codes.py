"""Receipt codes: a purchase's points as a code printed on its receipt, for the customer
the staff never met (a takeaway, a delivery note) to collect once.

A code is asked for a receipt (`bot.py claim-code`, or a till) and is the same however
often it is asked for that receipt; the purchase is recorded when a customer collects it,
under the same key as the till's `/award <code> <amount> <receipt>` would use, so one
receipt never earns twice. Collecting is one conditional UPDATE: of twenty opens from two
chats at once, one customer gets it. If recording the purchase fails after that, the same
customer's next try records it (the key makes it once). Codes are ten characters of a
31-letter alphabet (about 8·10^14), and a chat that tries ten wrong ones in 15 minutes
waits: guessing is useless.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.loyalty import audit
from bot.loyalty.attempts import CodeKind, code_attempt
from bot.loyalty.codes import new_code, normalize_code
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import (
    AwardLimitExceeded,
    BranchNotStarted,
    InvalidReceipt,
    ReceiptCodeExpired,
    ReceiptCodeTaken,
    ReceiptCodeUnknown,
    ReceiptReused,
)
from bot.loyalty.purchases import PurchaseResult, PurchaseService, receipt_purchase
from bot.text import receipt_key
from models import Branch, ReceiptCode

CODE_LENGTH = 10
_ATTEMPTS = 5  # fresh codes drawn when one is taken (as likely as winning a lottery twice)
START_PREFIX = "c_"  # /start c_<code>: the link printed on the receipt


@dataclass(frozen=True, slots=True)
class IssuedReceipt:
    code: str
    receipt: str
    amount: Decimal
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Collected:
    receipt: str
    result: PurchaseResult


class ReceiptCodeService:
    def __init__(self, ctx: EngineContext, purchases: PurchaseService) -> None:
        self._ctx = ctx
        self._purchases = purchases

    async def issue(
        self,
        amount: Decimal | str,
        receipt: str,
        *,
        branch_key: str | None = None,
        actor: Actor | None = None,
    ) -> IssuedReceipt:
        """The receipt's code: a new one, or the one it already has for this amount."""
        value = self._purchases.validate(amount)
        program = self._ctx.program
        if actor is not None and not actor.is_owner:
            # A code is an award made in advance: the staff member's award limit holds, at
            # the highest tier's multiplier (whoever collects it).
            points = self._purchases.points_for(value, program.tiers.levels[-1].key)
            limit = program.limits.max_staff_award_points
            if points > limit:
                raise AwardLimitExceeded(points=points, limit=limit)
        minor = self._minor(value)
        number = receipt_key(receipt)[:64]
        if branch_key is None and actor is not None and actor.branch_id is not None:
            branch_key = await self._branch_key(actor.branch_id)  # the staff member's own
        branch = branch_key or ""
        if not number or (branch and all(b.key != branch for b in self._ctx.program.branches)):
            raise InvalidReceipt()
        if branch in program.not_started():
            raise BranchNotStarted(branch=program.not_started()[branch])
        for _ in range(_ATTEMPTS):
            now = self._ctx.clock.now()
            try:
                async with self._ctx.db.write() as session:
                    existing = await session.scalar(
                        select(ReceiptCode).where(
                            ReceiptCode.branch_key == branch, ReceiptCode.receipt == number
                        )
                    )
                    if existing is not None:
                        if existing.amount_minor != minor:
                            raise ReceiptReused(receipt=number)
                        return self._issued(existing)
                    row = ReceiptCode(
                        code=new_code(CODE_LENGTH),
                        branch_key=branch,
                        receipt=number,
                        amount_minor=minor,
                        created_at=now,
                        expires_at=now + timedelta(days=self._ctx.program.receipts.claim_days),
                    )
                    session.add(row)
                    audit.record(
                        session, actor=actor, action="receipt_code", now=now, receipt=number
                    )
                    await session.flush()
                    return self._issued(row)
            except IntegrityError:
                continue  # the same receipt asked for at once elsewhere, or a drawn code taken
        raise RuntimeError("could not issue a receipt code")

    async def collect(self, customer_id: int, code: str, *, who: str | None) -> Collected:
        """The receipt's points for `customer_id`, once; `who` (the chat) is slowed down
        after ten wrong codes."""
        async with code_attempt(self._ctx, who, CodeKind.RECEIPT, (ReceiptCodeUnknown,)):
            row = await self._claim(customer_id, normalize_code(code)[:16])
        amount = Decimal(row.amount_minor).scaleb(-self._ctx.program.shop.currency_digits)
        branch_id = await self._branch_id(row.branch_key)
        result = await self._purchases.record(
            customer_id,
            amount,
            # The till's own key for this receipt: awarded at the counter or collected
            # from the code, it earns once.
            idempotency_key=receipt_purchase(branch_id, row.receipt),
            note=f"receipt code {row.code}",
        )
        return Collected(row.receipt, result)

    async def _claim(self, customer_id: int, code: str) -> ReceiptCode:
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            row = await session.scalar(select(ReceiptCode).where(ReceiptCode.code == code))
            if row is None:
                raise ReceiptCodeUnknown(receipt_code=code)
            if row.claimed_by_id is None:
                if row.expires_at <= now:
                    raise ReceiptCodeExpired(
                        day=row.expires_at.astimezone(self._ctx.program.shop.tz).date(),
                        days=self._ctx.program.receipts.claim_days,
                    )
                taken = await session.execute(
                    update(ReceiptCode)
                    .where(ReceiptCode.id == row.id, ReceiptCode.claimed_by_id.is_(None))
                    .values(claimed_by_id=customer_id, claimed_at=now)
                    .execution_options(synchronize_session=False)
                )
                if taken.rowcount == 1:  # type: ignore[attr-defined]
                    row.claimed_by_id = customer_id
            if row.claimed_by_id != customer_id:
                await session.refresh(row)
            if row.claimed_by_id != customer_id:
                raise ReceiptCodeTaken()
            return row

    async def _branch_key(self, branch_id: int) -> str | None:
        async with self._ctx.db.read() as session:
            return await session.scalar(select(Branch.key).where(Branch.id == branch_id))

    async def _branch_id(self, key: str) -> int | None:
        if not key:
            return None
        async with self._ctx.db.read() as session:
            return await session.scalar(select(Branch.id).where(Branch.key == key))

    def _minor(self, value: Decimal) -> int:
        digits = self._ctx.program.shop.currency_digits
        return int(value.scaleb(digits).to_integral_value())

    def _issued(self, row: ReceiptCode) -> IssuedReceipt:
        digits = self._ctx.program.shop.currency_digits
        amount = Decimal(row.amount_minor).scaleb(-digits)
        return IssuedReceipt(row.code, row.receipt, amount, row.expires_at)
