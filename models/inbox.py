"""Webhook bodies kept before they are answered: a platform's update is written here, the
webhook is answered at once, and the update is handled after (again after a crash)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class InboundUpdate(Base):
    __tablename__ = "inbound_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime]
    handled_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)


Index("ix_inbound_updates_waiting", InboundUpdate.handled_at, InboundUpdate.received_at)
