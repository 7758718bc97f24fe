"""webhooks told of erasure

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-01 21:20:00.000000

A webhook that is told of joinings (whose record carries the member's name) is told of
erasures too: the shop's own system is asked to forget what it was told. An owner can
remove the webhook and add it again with other events.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0033'
down_revision: str | None = '0032'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE webhook_endpoints SET events = events || 'member.erased ' "
            "WHERE events LIKE '% member.joined %' AND events NOT LIKE '% member.erased %'"
        )
    )


def downgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE webhook_endpoints SET events = REPLACE(events, ' member.erased ', ' ') "
            "WHERE events LIKE '% member.erased %'"
        )
    )
