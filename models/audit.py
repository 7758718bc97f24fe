"""Every staff action: who, what, when, where, and the details to reconstruct it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for actions by the system (a scheduled job, an integration).
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    # The till system's key behind an action through the API (staff_id is None then).
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    action: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]


Index("ix_audit_log_created_at", AuditEntry.created_at)
Index("ix_audit_log_staff_created", AuditEntry.staff_id, AuditEntry.created_at)
