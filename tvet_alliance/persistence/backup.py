"""Online backups of SQLite databases (the SQLite backup API) and their rotation.

A backup is a consistent copy taken while the database is open and in use. It is written through
:func:`tvet_alliance.files.atomic_write`, so a failed or cancelled backup leaves no half file.
Checking and restoring a backup (which needs the migrations) is :mod:`.restore`'s; this module sits
below the migrations, which take a backup before an upgrade.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from tvet_alliance import paths
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.faults import fault_point
from tvet_alliance.files import SQLITE_SIDE_FILES, atomic_write, failure_reason, is_partial, remove_partial
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.progress import Progress

#: How many automatic backups of one database are kept.
KEEP_AUTOMATIC = 10


class BackupError(DomainError):
    pass


def require_sqlite(engine: Engine) -> Path:
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


def copy_database(source: sqlite3.Connection, dest: sqlite3.Connection, progress: Progress | None) -> None:
    def _report(status: int, remaining: int, total: int) -> None:
        if remaining:
            fault_point("copy-step")  # part-way through a copy (for the crash-safety tests)
        if progress is not None:
            progress(total - remaining, total)

    source.backup(dest, pages=256, progress=_report)


def backup_to(engine: Engine, destination: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Write a consistent copy of the open database to *destination* (replaced if it exists)."""
    source_path = require_sqlite(engine)
    dest = Path(destination).expanduser().resolve()
    if dest == source_path.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "A backup cannot overwrite the database it copies."))
    if not dest.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(dest.parent)
        )
    raw = engine.raw_connection()
    try:
        with atomic_write(dest) as tmp:
            target = sqlite3.connect(tmp)
            try:
                copy_database(raw.driver_connection, target, progress)  # type: ignore[arg-type]
                target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                target.close()
            fault_point("backup-written")
    except (OSError, sqlite3.Error) as exc:
        reason = failure_reason(exc)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
            path=str(dest),
            reason=reason,
        ) from exc
    finally:
        raw.close()
    return dest


def automatic_backup(engine: Engine, reason: str, folder: Path | None = None) -> Path:
    """A timestamped backup in the user data dir's ``backups/``, keeping the newest few per database."""
    source = require_sqlite(engine)
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
    """Keep the newest *keep* automatic backups of *stem*; half-written ones left by a killed backup
    are removed too (they would otherwise fill the disk unseen)."""
    remove_stale_partials(folder, f"{stem}.")
    for old in list_automatic_backups(stem, folder)[keep:]:
        old.unlink(missing_ok=True)


def _in_use(path: Path) -> bool:
    """Whether a live SQLite connection holds a lock on *path* (a copy being written right now)."""
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc)
    except sqlite3.Error:
        return False  # not a database at all: nobody's SQLite copy
    finally:
        conn.close()


def remove_stale_partials(folder: Path, prefix: str) -> list[Path]:
    """Remove the temporary files (:func:`tvet_alliance.files.is_partial`) that a killed write left
    in *folder*: only ours (named ``.<prefix>…partial``, with their ``-journal``/``-wal``/``-shm``),
    and only those no live connection is writing. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        for side in SQLITE_SIDE_FILES:
            if name.endswith(side):
                name = name[: -len(side)]
        base = entry.with_name(name)
        if not (is_partial(base) and name.lstrip(".").startswith(prefix)):  # a copy's copy too
            continue
        if base.exists() and (base in removed or _in_use(base)):
            continue
        try:
            remove_partial(base)
        except OSError:
            continue  # open elsewhere (Windows): a later start removes it
        removed.append(base)
    return removed
