"""offline sync: merged packages, conflicts, duplicates to review, record aliases

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tvet_alliance.domain.base import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conflict_id", sa.Uuid(), nullable=True))

    op.create_table(
        "sync_package",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=True),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("merged_at", UTCDateTime(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_package")),
    )
    with op.batch_alter_table("sync_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_package_site_id"), ["site_id"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("office_value", sa.Text(), nullable=True),
        sa.Column("laptop_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("laptop_user", sa.String(length=100), nullable=True),
        sa.Column("laptop_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_value", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_open", ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_package_id"), ["package_id"], unique=False)

    op.create_table(
        "sync_duplicate",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("new_id", sa.Uuid(), nullable=False),
        sa.Column("existing_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_duplicate")),
    )
    with op.batch_alter_table("sync_duplicate", schema=None) as batch_op:
        batch_op.create_index("ix_sync_duplicate_open", ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_duplicate_package_id"), ["package_id"], unique=False)

    op.create_table(
        "record_alias",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("old_id", sa.Uuid(), nullable=False),
        sa.Column("new_id", sa.Uuid(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "old_id", name=op.f("pk_record_alias")),
    )


def downgrade() -> None:
    op.drop_table("record_alias")
    op.drop_table("sync_duplicate")
    op.drop_table("sync_conflict")
    op.drop_table("sync_package")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_column("conflict_id")
