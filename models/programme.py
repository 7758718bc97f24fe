"""The programme as versions: every saved change is a new row, so the owner sees who
changed what and when, and can bring an earlier version back (as a new version)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ProgramVersion(Base):
    __tablename__ = "program_versions"

    # The version number: the highest is the programme in force.
    id: Mapped[int] = mapped_column(primary_key=True)
    # The programme as its schema dumps it (bot/program.py), validated before it is stored.
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    # "file" (the first version, from program.toml), "import", "dashboard", "restore".
    source: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    # A file's SHA-256, so start-up can tell a programme file edited since it was imported.
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
