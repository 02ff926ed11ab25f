"""person, organization: cross-script search keys (the search_keys column and the search_key table)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from tvet_alliance.persistence import search_keys

    # Plain ADD COLUMN (no batch copy: that would lose the people search index's triggers).
    op.add_column("person", sa.Column("search_keys", sa.Text(), nullable=True))
    op.add_column("organization", sa.Column("search_keys", sa.Text(), nullable=True))
    op.create_table(
        "search_key",
        sa.Column(
            "key",
            sa.String(length=120).with_variant(sa.String(length=120, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "row_id", name=op.f("pk_search_key")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_search_key_row_id"), "search_key", ["row_id"], unique=False)
    conn = op.get_bind()
    search_keys.create_triggers(conn)
    search_keys.rebuild(conn)  # the people and partners already stored get their keys


def downgrade() -> None:
    from tvet_alliance.persistence import search_keys

    search_keys.drop_triggers(op.get_bind())
    op.drop_index(op.f("ix_search_key_row_id"), table_name="search_key")
    op.drop_table("search_key")
    op.drop_column("organization", "search_keys")
    op.drop_column("person", "search_keys")
