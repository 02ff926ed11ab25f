"""Alembic, driven from code: the schema is upgraded to head whenever a database is opened."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


class SchemaError(DomainError):
    """The database's schema is not one this version can work with."""


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


def current_revision(engine_or_conn: Engine | Connection) -> str | None:
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return MigrationContext.configure(engine_or_conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def upgrade_on_open(engine: Engine, *, backup: bool = True) -> None:
    """Bring the database to head. Empty database: create the schema. Older revision: back up, then
    upgrade. Unknown revision (a newer release made it) or foreign tables: refuse, change nothing."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database has tables but was not made by TVET Alliance Manager; it was left unchanged.",
                )
            )
        upgrade(engine)
        return
    if current not in all_revisions():
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was made by a newer version of TVET Alliance Manager (schema {revision}); "
                "please update the program.",
            ),
            revision=current,
        )
    if backup and engine.url.get_backend_name() == "sqlite":
        from tvet_alliance.persistence.backup import automatic_backup

        made = automatic_backup(engine, reason=f"before-upgrade-{current}")
        log.info("backed up to %s before upgrading from %s", made, current)
    upgrade(engine)
