"""RFM scores, worked out every night (and when missing): ranking every buyer of the year
takes seconds at a million customers, so segments read the scores instead of ranking again
for each send or count."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RfmScore(Base):
    __tablename__ = "rfm_scores"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    r: Mapped[int] = mapped_column(SmallInteger)  # recency, 1-5 (5: most recent)
    f: Mapped[int] = mapped_column(SmallInteger)  # frequency, 1-5
    m: Mapped[int] = mapped_column(SmallInteger)  # monetary, 1-5


class RfmRun(Base):
    """When the scores were last worked out, and over how many buyers."""

    __tablename__ = "rfm_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    computed_at: Mapped[datetime]
    buyers: Mapped[int]
