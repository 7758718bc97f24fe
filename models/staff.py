"""Branches of the shop and the people who run the programme."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import StaffRole, str_enum


class Branch(Base):
    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(default=True)


class StaffMember(Base):
    """A customer record with powers: staff reach the bot through the same identities."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]
