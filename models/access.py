"""Getting into the dashboard: one-time links (a login, the first owner's setup, a staff
invitation) and the sessions they open. Only SHA-256 hashes of the secrets are stored, so a
copy of the database opens nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import StaffRole, str_enum


class AccessLink(Base):
    __tablename__ = "access_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # "login" (opens a session for staff_id), "setup" (whoever opens it in the bot becomes
    # the first owner), "invite" (whoever opens it becomes staff, or owner, as `role` says).
    purpose: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    role: Mapped[StaffRole | None] = mapped_column(str_enum(StaffRole))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class DashboardSession(Base):
    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"))
    # The form token of this session: every change must carry it (CSRF).
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
