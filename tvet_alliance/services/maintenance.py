"""Integrity checks, backups and restores of an open database."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tvet_alliance import paths
from tvet_alliance.domain import TRACKED_MODELS
from tvet_alliance.domain.base import Tracked
from tvet_alliance.domain.models import Validatable
from tvet_alliance.files import failure_reason
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database, search_index, search_keys
from tvet_alliance.persistence import backup as backup_mod
from tvet_alliance.persistence import restore as restore_mod
from tvet_alliance.persistence.database import ensure_local_site
from tvet_alliance.persistence.migrate import current_revision, head_revision
from tvet_alliance.progress import Progress


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database, session: Session) -> CheckReport:
    """Storage integrity (SQLite), foreign keys, schema revision, and every live record's rules."""
    report = CheckReport()
    conn = session.connection()
    report.problems.extend(db.repairs)  # found broken when the database was opened, and repaired
    db.repairs = []
    if db.is_sqlite:
        for (line,) in conn.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                report.problems.append(f"integrity_check: {line}")
        if report.problems and any(p.startswith("integrity_check") for p in report.problems):
            session.rollback()
            return report  # damaged storage: reading every record would only fail on the bad pages
        report.problems.extend(search_index.problems(conn))
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            report.problems.append(
                f"foreign key: table {row[0]} row {row[1]} points to a missing {row[2]} row"
            )
    report.problems.extend(search_keys.problems(conn))
    revision = current_revision(conn)
    if revision != head_revision():
        report.problems.append(f"schema revision {revision} is not the current {head_revision()}")
    models: tuple[type[Any], ...] = TRACKED_MODELS
    for model in models:
        if not issubclass(model, Validatable):
            continue
        stmt = select(model)
        if issubclass(model, Tracked):
            stmt = stmt.where(model.deleted_at.is_(None))
        table = model.__table__.name  # type: ignore[attr-defined]
        with session.no_autoflush:
            obj: Any
            for obj in session.scalars(stmt):
                report.checked_rows += 1
                for error in obj.validate():
                    report.problems.append(f"{table} {obj.id}: {error.field}: {error.text()}")
    session.rollback()  # validate() normalises in place; a check never writes
    return report


def backup(
    db: Database, destination: str | os.PathLike[str] | None = None, progress: Progress | None = None
) -> Path:
    """Back up to *destination*, or as an automatic timestamped backup when none is given."""
    if destination is None:
        return backup_mod.automatic_backup(db.engine, reason="manual")
    return backup_mod.backup_to(db.engine, destination, progress)


def backup_before(db: Database, reason: str) -> Path | None:
    """The automatic backup the command line takes before writing (an import, a merge), for a
    SQLite database; None for PostgreSQL, which is backed up with pg_dump. Raises BackupError
    when it cannot be written: the work must not start then."""
    if db.engine.dialect.name != "sqlite":
        return None
    try:
        folder = paths.backups_dir()
    except OSError as exc:  # the backups folder cannot be made (a file in its place, no permission)
        folder = paths.user_data_dir() / "backups"
        raise backup_mod.BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
            path=str(folder),
            reason=failure_reason(exc),
        ) from exc
    return backup_mod.automatic_backup(db.engine, reason, folder)


def restore(db: Database, source: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Replace the database's content with a backup; returns the safety backup of what was there."""
    safety = restore_mod.restore_from(db.engine, source, progress)
    db.site_id = ensure_local_site(db.engine, db.url)
    with db.engine.begin() as conn:
        db.full_text = search_index.ensure(conn)
        search_keys.ensure(conn)
    return safety
