"""Alembic, driven from code: the schema is upgraded to head whenever a database is opened.

Opening a current database costs no Alembic: the revision is read with plain SQL (is there a version
table, then its row) and compared with :data:`HEAD_REVISION`. Alembic (and Mako, which it brings) is imported only when an
upgrade is due, a revision is not this release's, or a caller asks for the migration scripts.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.exc import DBAPIError, SAWarning

from tvet_alliance.domain.errors import DomainError
from tvet_alliance.faults import fault_point
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in ``migrations/versions``: change it in the same commit as a new migration
#: (tests/core/test_migrations.py asserts it is Alembic's head, so it cannot drift unnoticed).
HEAD_REVISION = "0012"
VERSION_TABLE = "alembic_version"
log = logging.getLogger(__name__)


class SchemaError(DomainError):
    """The database's schema is not one this version can work with."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """This release's schema revision (no Alembic: see :data:`HEAD_REVISION`)."""
    return HEAD_REVISION


def script_head() -> str:
    """The head revision of the migration scripts, as Alembic reads them (imports Alembic)."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first (imports Alembic)."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


def current_revision(engine_or_conn: Engine | Connection) -> str | None:
    """The database's revision, read with plain SQL; None when it has none (a new database).

    Several rows (branches this program never makes) read as one revision no release knows.
    """
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as conn:
            return current_revision(conn)
    conn = engine_or_conn
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalars().all()
    return ",".join(sorted(str(r) for r in rows)) or None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to *revision*.

    On SQLite, foreign keys are off while the schema changes: batch migrations copy a table and drop
    the old one, and dropping a parent table with foreign keys on would cascade-delete (or set to NULL)
    every reference to it. The references are checked once the migrations have run
    (the procedure of https://www.sqlite.org/lang_altertable.html#otheralter).
    """
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction: set it first
            conn.commit()
        try:
            with conn.begin():
                with warnings.catch_warnings():
                    # Batch migrations copy a table by reflecting it; SQLAlchemy cannot reflect the
                    # expression indexes (lower(name)) and says so. They are re-created just below.
                    warnings.filterwarnings(
                        "ignore",
                        message="Skipped unsupported reflection of expression-based index",
                        category=SAWarning,
                    )
                    command.upgrade(alembic_config(conn), revision)
                if revision == "head":
                    _recreate_missing_indexes(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The schema upgrade would break {count} references (first in table {table}).",
                            ),
                            count=len(broken),
                            table=broken[0][0],
                        )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _recreate_missing_indexes(conn: Connection) -> None:
    """Create any index the models declare that a batch migration dropped on the way (expression
    indexes do not survive SQLite's copy-and-move of a table)."""
    from tvet_alliance.domain.base import Base

    present = set(_index_names(conn))
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            if (table.name, index.name) not in present:
                index.create(conn)


def _index_names(conn: Connection) -> list[tuple[str, str]]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'"
        ).fetchall()
    else:
        rows = conn.exec_driver_sql("SELECT tablename, indexname FROM pg_indexes").fetchall()
    return [(str(t), str(n)) for t, n in rows]


def refuse_unknown(engine: Engine) -> str | None:
    """Raise :class:`SchemaError` if the database is not one this version can open: tables but no
    revision (another program's database), or a revision this release does not know (a newer
    release made it). Only reads; returns the current revision. Imports Alembic only for a revision
    other than this release's."""
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {VERSION_TABLE}:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database has tables but was not made by TVET Alliance Manager; it was left unchanged.",
                )
            )
    elif current != HEAD_REVISION and current not in all_revisions():
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was made by a newer version of TVET Alliance Manager (schema {revision}); "
                "please update the program.",
            ),
            revision=current,
        )
    return current


def upgrade_on_open(engine: Engine, *, backup: bool = True) -> None:
    """Bring the database to head. Empty database: create the schema. Older revision: back up, then
    upgrade. Unknown revision (a newer release made it) or foreign tables: refuse, change nothing.
    A current database costs a plain read of its revision and no Alembic."""
    current = refuse_unknown(engine)
    if current == HEAD_REVISION or (current is not None and current == script_head()):
        return  # the second test: should HEAD_REVISION lag the scripts, a current file is still left alone
    if current is None:
        upgrade(engine)
        return
    if backup and engine.url.get_backend_name() == "sqlite":
        from tvet_alliance.persistence.backup import automatic_backup

        made = automatic_backup(engine, reason=f"before-upgrade-{current}")
        log.info("backed up to %s before upgrading from %s", made, current)
    upgrade(engine)


_DAMAGE = ("malformed", "not a database", "corrupt")


def is_damage(exc: BaseException) -> bool:
    """Whether *exc* (SQLAlchemy's or sqlite3's) says a file's storage is damaged."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return isinstance(exc, (DBAPIError, sqlite3.DatabaseError)) and any(w in text for w in _DAMAGE)


def _read_only_engine(path: Path) -> Engine:
    """An engine on *path* that can only read it (its URL still names the file, for the backups)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True))


def recover(path: Path) -> None:
    """Finish what a killed writer left beside *path*: roll back a hot ``-journal`` (a read-only
    connection cannot) and move what a WAL file holds into the file itself, so that the file alone
    is the whole database (a copy swapped in must not meet an old WAL, which SQLite would replay
    onto it). Touches nothing when there is no such side file."""
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal and not Path(f"{path}-journal").exists():
        return
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls a hot journal back
        if has_wal:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def upgrade_file(path: Path, *, backup: bool = True) -> str | None:
    """Upgrade (or create) the SQLite file *path* to head without ever leaving it between revisions.

    SQLite commits DDL statement by statement, so an upgrade in place killed or failing half-way
    would leave a file no release can open. Instead the database is copied beside (the backup API,
    under the temporary naming of :mod:`tvet_alliance.files`), the copy is upgraded and checked
    (integrity, foreign keys, the search index), and only then renamed over the file. Until that
    rename the file is untouched, byte for byte. Returns the revision the file had (None: new).
    Does nothing for a file already at head.
    """
    from tvet_alliance.files import partial_path, remove_partial

    exists = path.exists() and path.stat().st_size > 0
    current = None
    if exists:
        recover(path)
        probe = _read_only_engine(path)
        try:
            current = refuse_unknown(probe)
        finally:
            probe.dispose()
        if current == HEAD_REVISION or (current is not None and current == script_head()):
            return current
        if backup and current is not None:
            from tvet_alliance.persistence.backup import automatic_backup

            source = _read_only_engine(path)
            try:
                made = automatic_backup(source, reason=f"before-upgrade-{current}")
            finally:
                source.dispose()
            log.info("backed up to %s before upgrading from %s", made, current)
    tmp = partial_path(path)
    try:
        upgraded_copy(path if exists else None, tmp)
        os.chmod(tmp, 0o644 if not exists else path.stat().st_mode & 0o777)
        for side in ("-wal", "-shm"):  # empty after the checkpoint; they belong to the old file
            Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(tmp, path)
        fault_point("upgrade-swapped")
    except (DBAPIError, sqlite3.Error) as exc:
        remove_partial(tmp)
        if is_damage(exc):
            raise
        orig = getattr(exc, "orig", None) or exc
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The schema upgrade from {revision} failed ({reason}); the database was left as it was.",
            ),
            revision=current or "-",
            reason=str(orig),
        ) from exc
    except BaseException:
        remove_partial(tmp)
        raise
    return current


def upgraded_copy(source: Path | None, dest: Path) -> None:
    """Write to *dest* (a new file) a copy of the SQLite file *source* (None: an empty database)
    brought to head and checked; raises what failed. *dest* is the caller's to remove on failure."""
    if source is not None:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(dest)
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
            src.close()
    fault_point("upgrade-copied")
    engine = create_engine(f"sqlite:///{dest}")
    try:
        upgrade(engine)
        fault_point("upgrade-upgraded")
        _check_copy(engine)
    finally:
        engine.dispose()


def _check_copy(engine: Engine) -> None:
    """What an upgraded copy must pass before it replaces the file: storage integrity, foreign keys,
    and a search index that holds every person."""
    from tvet_alliance.persistence import search_index

    with engine.begin() as conn:
        search_index.ensure(conn)
        problems = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r[0]}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        problems += search_index.problems(conn)
    if problems:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The upgraded database failed its checks ({reason}); the database was left as it was.",
            ),
            reason=problems[0],
        )
