"""organization: the partner's contact person (contact_name)

A partner with no English name keeps ``name_en`` NOT NULL and stores "" there (no table copy: see
docs/architecture.md); ``domain.rules.partner_name`` names it by its native name.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 17:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would copy the table and lose its search-key triggers.
    op.add_column("organization", sa.Column("contact_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("organization", "contact_name")
