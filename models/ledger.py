"""The append-only points ledger: every balance is the sum of a customer's rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base
from models.enums import LedgerKind, str_enum


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[LedgerKind] = mapped_column(str_enum(LedgerKind))
    amount: Mapped[int] = mapped_column(POINTS_TYPE)
    balance_after: Mapped[int] = mapped_column(POINTS_TYPE)
    # Anything that may be retried from outside (a till, a webhook) carries a key; unique,
    # so the same key can never award twice even under concurrent retries.
    idempotency_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    # Purchase value in the currency's minor units (cents); the basis of spend statistics.
    purchase_minor: Mapped[int | None] = mapped_column(POINTS_TYPE)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    redemption_id: Mapped[int | None] = mapped_column(ForeignKey("redemptions.id"))
    # A correction points at the row it reverses; unique, so nothing is reversed twice.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


Index("ix_ledger_entries_customer_created", LedgerEntry.customer_id, LedgerEntry.created_at)
Index("ix_ledger_entries_created_at", LedgerEntry.created_at)
