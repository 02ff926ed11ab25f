"""indexes for the name-sorted lists of people and partners

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "deleted_at IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_person_live_name",
        "person",
        [sa.text("lower(full_name)"), "id"],
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    op.create_index(
        "ix_organization_live_name",
        "organization",
        [sa.text("lower(name_en)"), "id"],
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )


def downgrade() -> None:
    op.drop_index("ix_organization_live_name", table_name="organization")
    op.drop_index("ix_person_live_name", table_name="person")
