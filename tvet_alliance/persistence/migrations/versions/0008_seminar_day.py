"""seminar day: a ticket code per delegate, walk-ins, minutes attended online, check-ins with a nonce and reversals

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# domain.codes, copied: a migration keeps working when the code it was written with changes.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def _code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(12))


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX: copying the tables in batch mode would reflect the people
    # table, whose search triggers and expression-based name index a copy would lose.
    op.add_column("participation", sa.Column("ticket_code", sa.String(length=20), nullable=True))
    op.add_column("participation", sa.Column("online_minutes", sa.Integer(), nullable=True))
    op.add_column(
        "participation", sa.Column("walk_in", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    # Every delegate already registered gets a ticket code (not logged: each copy of the database
    # upgraded on its own gives its own codes; a merge keeps the office's, see sync.merge).
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM participation"))]
    used: set[str] = set()
    for row_id in ids:
        code = _code()
        while code in used:
            code = _code()
        used.add(code)
        conn.execute(
            sa.text("UPDATE participation SET ticket_code = :code WHERE id = :id"),
            {"code": code, "id": row_id},
        )
    op.create_index(op.f("ix_participation_ticket_code"), "participation", ["ticket_code"], unique=True)

    op.add_column("check_in", sa.Column("nonce", sa.String(length=40), nullable=True))
    op.add_column("check_in", sa.Column("reverses_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_check_in_nonce"), "check_in", ["nonce"], unique=True)
    op.create_index(op.f("ix_check_in_reverses_id"), "check_in", ["reverses_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_check_in_reverses_id"), table_name="check_in")
    op.drop_index(op.f("ix_check_in_nonce"), table_name="check_in")
    op.drop_column("check_in", "reverses_id")
    op.drop_column("check_in", "nonce")
    op.drop_index(op.f("ix_participation_ticket_code"), table_name="participation")
    op.drop_column("participation", "walk_in")
    op.drop_column("participation", "online_minutes")
    op.drop_column("participation", "ticket_code")
