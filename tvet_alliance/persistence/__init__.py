"""Persistence layer: engines, sessions, migrations, backups. Imports no Qt."""

from tvet_alliance.persistence.database import Database, DatabaseOpenError, resolve_url

__all__ = ["Database", "DatabaseOpenError", "resolve_url"]
