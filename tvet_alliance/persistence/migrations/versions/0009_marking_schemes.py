"""competition day: marking schemes (aspects per skill track) and judges' marks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 15:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "marking_aspect",
        sa.Column("track_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("description_zh", sa.String(length=500), nullable=True),
        sa.Column("kind", sa.Enum("measurement", "judgement", native_enum=False, length=32), nullable=False),
        sa.Column("max_mark", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("criterion", sa.String(length=20), nullable=True),
        sa.Column("criterion_name", sa.String(length=200), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["skill_track.id"],
            name=op.f("fk_marking_aspect_track_id_skill_track"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marking_aspect")),
    )
    op.create_index(op.f("ix_marking_aspect_track_id"), "marking_aspect", ["track_id"], unique=False)
    op.create_index(op.f("ix_marking_aspect_deleted_at"), "marking_aspect", ["deleted_at"], unique=False)

    op.create_table(
        "judge_mark",
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("aspect_id", sa.Uuid(), nullable=False),
        sa.Column("judge", sa.Integer(), nullable=False),
        sa.Column("mark", sa.Numeric(precision=8, scale=2), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_judge_mark_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["aspect_id"],
            ["marking_aspect.id"],
            name=op.f("fk_judge_mark_aspect_id_marking_aspect"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judge_mark")),
        sa.UniqueConstraint(
            "entry_id", "aspect_id", "judge", name=op.f("uq_judge_mark_entry_id_aspect_id_judge")
        ),
    )
    op.create_index(op.f("ix_judge_mark_entry_id"), "judge_mark", ["entry_id"], unique=False)
    op.create_index(op.f("ix_judge_mark_aspect_id"), "judge_mark", ["aspect_id"], unique=False)
    op.create_index(op.f("ix_judge_mark_deleted_at"), "judge_mark", ["deleted_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_judge_mark_deleted_at"), table_name="judge_mark")
    op.drop_index(op.f("ix_judge_mark_aspect_id"), table_name="judge_mark")
    op.drop_index(op.f("ix_judge_mark_entry_id"), table_name="judge_mark")
    op.drop_table("judge_mark")
    op.drop_index(op.f("ix_marking_aspect_deleted_at"), table_name="marking_aspect")
    op.drop_index(op.f("ix_marking_aspect_track_id"), table_name="marking_aspect")
    op.drop_table("marking_aspect")
