"""Online backups of SQLite databases (the SQLite backup API), rotation, and restore.

A backup is a consistent copy taken while the database is open and in use. It is written to a
temporary file beside the destination and renamed into place, so a failed backup leaves no half file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from tvet_alliance import paths
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

#: How many automatic backups of one database are kept.
KEEP_AUTOMATIC = 10

Progress = Callable[[int, int], None]


class BackupError(DomainError):
    pass


def _require_sqlite(engine: Engine) -> Path:
    if (
        engine.url.get_backend_name() != "sqlite"
        or not engine.url.database
        or engine.url.database == ":memory:"
    ):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.",
            )
        )
    return Path(engine.url.database)


def _copy(source: sqlite3.Connection, dest: sqlite3.Connection, progress: Progress | None) -> None:
    def _report(status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.backup(dest, pages=256, progress=_report)


def backup_to(engine: Engine, destination: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Write a consistent copy of the open database to *destination* (replaced if it exists)."""
    source_path = _require_sqlite(engine)
    dest = Path(destination).expanduser().resolve()
    if dest == source_path.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "A backup cannot overwrite the database it copies."))
    if not dest.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(dest.parent)
        )
    tmp = dest.with_name(f".{dest.name}.partial")
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(tmp)
        try:
            _copy(raw.driver_connection, target, progress)  # type: ignore[arg-type]
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
            path=str(dest),
            reason=exc.strerror or str(exc),
        ) from exc
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
            path=str(dest),
            reason=str(exc),
        ) from exc
    except BaseException:  # cancelled from the progress callback, or anything else: no half file
        tmp.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    return dest


def automatic_backup(engine: Engine, reason: str, folder: Path | None = None) -> Path:
    """A timestamped backup in the user data dir's ``backups/``, keeping the newest few per database."""
    source = _require_sqlite(engine)
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_to(engine, folder / f"{source.stem}.{stamp}.{reason}.sqlite3")
    rotate(folder, source.stem)
    return dest


def list_automatic_backups(stem: str, folder: Path | None = None) -> list[Path]:
    folder = folder or paths.backups_dir()
    return sorted(folder.glob(f"{stem}.*.sqlite3"), reverse=True)


def rotate(folder: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> None:
    for old in list_automatic_backups(stem, folder)[keep:]:
        old.unlink(missing_ok=True)


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening *path* read-only; ``?``, ``#`` and ``%`` in the path are escaped."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def validate_backup_file(path: Path) -> str:
    """Check *path* is a SQLite database made by this program; return its schema revision."""
    from tvet_alliance.persistence.migrate import all_revisions

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
    from tvet_alliance.persistence.migrate import upgrade_on_open

    _require_sqlite(engine)
    src = Path(source).expanduser().resolve()
    validate_backup_file(src)
    safety = automatic_backup(engine, reason="before-restore")
    engine.dispose()
    raw = engine.raw_connection()
    try:
        target: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        # The backup API cannot change the page size of a database in WAL mode, and a backup made
        # elsewhere may have another page size; the engine's connections turn WAL on again.
        target.execute("PRAGMA journal_mode=DELETE")
        backup_conn = sqlite3.connect(read_only_uri(src), uri=True)
        try:
            _copy(backup_conn, target, progress)
        finally:
            backup_conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot restore from {path}: {reason}"),
            path=str(src),
            reason=str(exc),
        ) from exc
    finally:
        raw.close()
    engine.dispose()
    upgrade_on_open(engine, backup=False)
    return safety
