"""skill_track: the track's name in Chinese (赛项中文名称), beside its English name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 12:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Tracks already in the database have no Chinese name yet.
    with op.batch_alter_table("skill_track", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_zh", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("skill_track", schema=None) as batch_op:
        batch_op.drop_column("name_zh")
