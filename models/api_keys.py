"""Keys a shop's till system uses to reach the API: one per till or integration, per branch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    # The key's visible start ("lk_7QK2M9XD"), shown in lists so an owner can tell keys apart.
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    # SHA-256 of the whole key: the key itself is shown once and never stored.
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    scopes: Mapped[str] = mapped_column(String(40))  # "award redeem read", space-separated
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
