"""points are 64-bit on every database

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

SQLite's integers were always 64-bit; PostgreSQL's INTEGER is 32-bit, so the two databases
disagreed on how many points an account could hold. Points and money columns are BIGINT now,
and the engine keeps every balance under a ceiling far below either limit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    'customers': [('points_balance', False)],
    'ledger_entries': [('amount', False), ('balance_after', False), ('purchase_minor', True)],
    'rewards': [('cost_points', False)],
    'redemptions': [('points_cost', False)],
}


def _change(to: type[sa.types.TypeEngine[int]], start: type[sa.types.TypeEngine[int]]) -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, nullable in columns:
                batch_op.alter_column(
                    name, existing_type=start(), type_=to(), existing_nullable=nullable
                )


def upgrade() -> None:
    _change(sa.BigInteger, sa.Integer)


def downgrade() -> None:
    _change(sa.Integer, sa.BigInteger)
