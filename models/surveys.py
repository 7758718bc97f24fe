"""Surveys (bot/loyalty/surveys.py): one question with a few choices, sent to a segment as
a campaign, and each recipient's answer (one per person; a later press changes it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Survey(Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The campaign that carries the question: its segment, its sending and its report.
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), unique=True)
    question: Mapped[str] = mapped_column(String(300))
    choices: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime]


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"

    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    choice: Mapped[int]  # index into Survey.choices
    answered_at: Mapped[datetime]
