"""results by rule: a competition's Medallion threshold and tie margin, a track's confirmed results
(when, by whom, the reason it was last unlocked) and an entry's stored standard score

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01 15:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tvet_alliance.domain.base import UTCDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: no batch copy of a table (a copy of a table loses its triggers).
    op.add_column(
        "competition",
        sa.Column("excellence_threshold", sa.Integer(), server_default="700", nullable=False),
    )
    op.add_column(
        "competition",
        sa.Column("tie_margin", sa.Numeric(precision=8, scale=2), server_default="0", nullable=False),
    )
    op.add_column("skill_track", sa.Column("results_confirmed_at", UTCDateTime(), nullable=True))
    op.add_column("skill_track", sa.Column("results_confirmed_by", sa.String(length=100), nullable=True))
    op.add_column("skill_track", sa.Column("unlock_reason", sa.Text(), nullable=True))
    op.add_column("entry", sa.Column("standard_score", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("entry", "standard_score")
    op.drop_column("skill_track", "unlock_reason")
    op.drop_column("skill_track", "results_confirmed_by")
    op.drop_column("skill_track", "results_confirmed_at")
    op.drop_column("competition", "tie_margin")
    op.drop_column("competition", "excellence_threshold")
