"""Alembic, driven from code: the schema is upgraded to head whenever a database is opened.

Opening a current database costs no Alembic: the revision is read with plain SQL (is there a version
table, then its row) and compared with :data:`HEAD_REVISION`. Alembic (and Mako, which it brings) is imported only when an
upgrade is due, a revision is not this release's, or a caller asks for the migration scripts.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import SAWarning

from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in ``migrations/versions``: change it in the same commit as a new migration
#: (tests/core/test_migrations.py asserts it is Alembic's head, so it cannot drift unnoticed).
HEAD_REVISION = "0005"
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
