"""certificates: of attendance, of a medal, of taking part; each with a verification code

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-01 15:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("participation_id", sa.Uuid(), nullable=True),
        sa.Column("entry_id", sa.Uuid(), nullable=True),
        sa.Column("medal", sa.String(length=32), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column("printed_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_certificate_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_certificate_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_certificate_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
    )
    op.create_index(op.f("ix_certificate_code"), "certificate", ["code"], unique=True)
    op.create_index(op.f("ix_certificate_kind"), "certificate", ["kind"], unique=False)
    op.create_index(op.f("ix_certificate_person_id"), "certificate", ["person_id"], unique=False)
    op.create_index(
        op.f("ix_certificate_participation_id"), "certificate", ["participation_id"], unique=False
    )
    op.create_index(op.f("ix_certificate_entry_id"), "certificate", ["entry_id"], unique=False)
    op.create_index(op.f("ix_certificate_deleted_at"), "certificate", ["deleted_at"], unique=False)


def downgrade() -> None:
    for column in ("deleted_at", "entry_id", "participation_id", "person_id", "kind", "code"):
        op.drop_index(op.f(f"ix_certificate_{column}"), table_name="certificate")
    op.drop_table("certificate")
