"""customer search words

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 11:30:00

A search by part of a name or the end of a number read every customer (`name ILIKE
'%…%'`); it now reads a range of this table's index. Existing customers' words are written
here, in batches.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.loyalty.search_words import words_of

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def upgrade() -> None:
    word = sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql")
    op.create_table(
        "customer_search_words",
        sa.Column("word", word, nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_words_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("word", "customer_id", name=op.f("pk_customer_search_words")),
    )
    op.create_index(
        op.f("ix_customer_search_words_customer_id"),
        "customer_search_words",
        ["customer_id"],
        unique=False,
    )
    bind = op.get_bind()
    words = sa.table(
        "customer_search_words", sa.column("word", sa.String), sa.column("customer_id", sa.Integer)
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, name, phone FROM customers WHERE id > :last AND erased_at IS NULL "
                "ORDER BY id LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            break
        found = [
            {"word": w, "customer_id": row.id} for row in rows for w in words_of(row.name, row.phone)
        ]
        if found:
            bind.execute(sa.insert(words), found)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_search_words_customer_id"), table_name="customer_search_words")
    op.drop_table("customer_search_words")
