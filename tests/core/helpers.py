"""Small helpers shared by the core tests: read a database the way a person would check it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tvet_alliance.domain import ChangeLog
from tvet_alliance.persistence import Database

#: Table name -> every row of the table, sorted.
Dump = dict[str, list[tuple[Any, ...]]]


def dump_sqlite(path: Path) -> Dump:
    """Every row of every table of a SQLite file, sorted, read with plain sqlite3 (no ORM filters)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def change_log_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def change_log_rows(session: Session, row_id: Any = None) -> list[ChangeLog]:
    stmt = select(ChangeLog).order_by(ChangeLog.seq)
    if row_id is not None:
        stmt = stmt.where(ChangeLog.row_id == row_id)
    return list(session.scalars(stmt))
