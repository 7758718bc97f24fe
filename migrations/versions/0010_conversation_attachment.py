"""a draft's photo as bytes beside the conversation state

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('conversation_states') as batch:
        batch.add_column(sa.Column('attachment', sa.LargeBinary(), nullable=True))
    # Drafts written before flows were named "<flow>.<step>" (with the photo in the JSON)
    # cannot be read by the new flow: the owner starts that draft again.
    op.execute("DELETE FROM conversation_states WHERE step LIKE 'compose:%'")


def downgrade() -> None:
    op.execute("DELETE FROM conversation_states WHERE step LIKE 'compose.%'")
    with op.batch_alter_table('conversation_states') as batch:
        batch.drop_column('attachment')
