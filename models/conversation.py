"""Conversation state and the seen-updates guard, in the database so both survive restarts
and work the same with several web workers and on every channel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ConversationState(Base):
    """Where one chat identity is in a multi-step flow (joining, confirming a deletion)."""

    __tablename__ = "conversation_states"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # A photo in a draft (an offer's picture): bytes here, not base64 in the JSON.
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """An update id the bot has handled; a platform's redelivery of it is dropped."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime]


Index("ix_processed_updates_received_at", ProcessedUpdate.received_at)
