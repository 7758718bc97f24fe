"""Customers brought in from a CSV file: the upload, its column mapping, its progress, and
which line became which customer (so an import resumed after a crash creates nobody twice)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class CustomerImport(Base):
    __tablename__ = "customer_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    filename: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    # Our field -> the file's column header (name, phone, language, points, stamps, joined,
    # birthday), as the owner mapped them.
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts_for_tiers: Mapped[bool] = mapped_column(default=False)
    # "uploaded", "running", "done"
    status: Mapped[str] = mapped_column(String(16), default="uploaded")
    total: Mapped[int] = mapped_column(default=0)
    done: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class ImportedLine(Base):
    __tablename__ = "imported_lines"

    import_id: Mapped[int] = mapped_column(ForeignKey("customer_imports.id"), primary_key=True)
    line: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
