"""Conversations the business opened on WhatsApp: one row per template message sent
outside a customer's 24-hour window, counted against the number's messaging limit (unique
people in any rolling 24 hours)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class WhatsAppOpening(Base):
    __tablename__ = "whatsapp_openings"

    id: Mapped[int] = mapped_column(primary_key=True)
    wa_id: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[datetime]


Index("ix_whatsapp_openings_opened", WhatsAppOpening.opened_at, WhatsAppOpening.wa_id)
Index("ix_whatsapp_openings_person", WhatsAppOpening.wa_id, WhatsAppOpening.opened_at)
