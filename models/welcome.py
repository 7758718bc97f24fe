"""Who has had the programme's welcome gift: a one-way fingerprint of a chat identity or a
phone number, nothing else, kept after erasure so that erasing and joining again does not
give the gift twice (bot/loyalty/welcome.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class WelcomeGiven(Base):
    __tablename__ = "welcome_given"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    given_at: Mapped[datetime]
