"""Checking a backup file and restoring the open database from it.

Above :mod:`.backup` (the safety copy taken first) and :mod:`.migrate` (a backup is known by its
schema revision, and an older one is upgraded after the restore). The migrations (and Alembic)
are imported only when a backup is checked, not when the program starts.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from tvet_alliance.files import atomic_write, failure_reason, partial_path, remove_partial
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence.backup import BackupError, automatic_backup, copy_database, require_sqlite
from tvet_alliance.progress import Progress


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening *path* read-only; ``?``, ``#`` and ``%`` in the path are escaped."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def validate_backup_file(path: Path) -> str:
    """Check *path* is a SQLite database made by this program; return its schema revision."""
    from tvet_alliance.persistence.migrate import all_revisions, is_damage

    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{path} is not a backup (it is not a SQLite file)."),
                path=str(path),
            )
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            check = conn.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise BackupError(
                    QT_TRANSLATE_NOOP("Errors", "{path} is damaged: {reason}"),
                    path=str(path),
                    reason=str(exc),
                ) from exc
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{path} is not a TVET Alliance Manager backup ({reason})."),
                path=str(path),
                reason=str(exc),
            ) from exc
    finally:
        conn.close()
    if row is None or row[0] not in all_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a backup of this program, or is from a newer version."
            ),
            path=str(path),
        )
    if check is None or check[0] != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged: {reason}"),
            path=str(path),
            reason=str(check[0] if check else "?"),
        )
    return str(row[0])


def restore_from(engine: Engine, source: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Replace the open database's content with the backup *source*.

    The current content is first saved as an automatic backup, so a restore can itself be undone.
    Returns the path of that safety backup. The schema is upgraded afterwards if the backup is older.
    """
    from sqlalchemy.exc import DBAPIError

    from tvet_alliance.persistence.migrate import HEAD_REVISION, SchemaError, upgraded_copy

    live = require_sqlite(engine)
    src = Path(source).expanduser().resolve()
    revision = validate_backup_file(src)
    safety = automatic_backup(engine, reason="before-restore")
    # An older backup is upgraded on a copy first: the live file only ever takes a whole database
    # at head, in one transaction of the backup API (a kill part-way rolls back on the next open).
    upgraded = partial_path(live) if revision != HEAD_REVISION else None
    engine.dispose()
    try:
        if upgraded is not None:
            upgraded_copy(src, upgraded)
        raw = engine.raw_connection()
        try:
            target: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            # The backup API cannot change the page size of a database in WAL mode, and a backup made
            # elsewhere may have another page size; the engine's connections turn WAL on again.
            target.execute("PRAGMA journal_mode=DELETE")
            backup_conn = sqlite3.connect(read_only_uri(upgraded or src), uri=True)
            try:
                copy_database(backup_conn, target, progress)
            finally:
                backup_conn.close()
        finally:
            raw.close()
    except (sqlite3.Error, DBAPIError, SchemaError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot restore from {path}: {reason}"),
            path=str(src),
            reason=exc.text() if isinstance(exc, SchemaError) else str(getattr(exc, "orig", None) or exc),
        ) from exc
    finally:
        if upgraded is not None:
            remove_partial(upgraded)
    engine.dispose()
    return safety


def restore_damaged_file(path: Path, source: str | os.PathLike[str]) -> Path:
    """Put the backup *source* in place of the SQLite file *path*, which is too damaged to open.

    The damaged file is first kept, byte for byte, as an automatic backup named ``damaged`` (what
    it still holds may be wanted); the backup is copied beside, brought to head and checked, then
    renamed over *path*. Returns the path of the kept damaged file.
    """
    from datetime import datetime

    from sqlalchemy.exc import DBAPIError

    from tvet_alliance import paths
    from tvet_alliance.persistence.backup import rotate
    from tvet_alliance.persistence.migrate import SchemaError, upgraded_copy

    src = Path(source).expanduser().resolve()
    validate_backup_file(src)
    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{path.stem}.{datetime.now():%Y%m%d-%H%M%S-%f}.damaged.sqlite3"
    tmp = partial_path(path)
    try:
        with atomic_write(kept) as part:
            shutil.copyfile(path, part)
        rotate(folder, path.stem)
        upgraded_copy(src, tmp)
        for side in ("-journal", "-wal", "-shm"):  # they belong to the damaged file
            Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error, DBAPIError, SchemaError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot restore from {path}: {reason}"),
            path=str(src),
            reason=exc.text() if isinstance(exc, SchemaError) else failure_reason(exc),
        ) from exc
    finally:
        remove_partial(tmp)
    return kept
