"""Schema upgrades through Alembic, callable from the CLI and from tests."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from bot.settings import PROJECT_DIR


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    # Percent signs in passwords would otherwise be read as ini interpolation.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Blocking (Alembic runs its own event loop): call from sync code or a worker thread."""
    command.upgrade(alembic_config(database_url), revision)
