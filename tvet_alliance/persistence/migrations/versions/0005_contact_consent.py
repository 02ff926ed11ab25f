"""person: consent to share contact details with partners (yes / no / not asked)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every person already in the database was never asked.
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("contact_consent", sa.String(length=32), server_default="not_asked", nullable=False)
        )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): copying the table in batch mode would lose the people
    # search index's triggers and its expression-based name index.
    op.drop_column("person", "contact_consent")
