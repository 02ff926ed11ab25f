"""Engine, session factory and opening a database (creating and upgrading it as needed)."""

from __future__ import annotations

import os
import platform
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tvet_alliance import paths
from tvet_alliance.domain import Site
from tvet_alliance.domain.enums import SiteKind
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.events import INFO_SITE, INFO_USER
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import search_index, search_keys

SQLITE_BUSY_TIMEOUT_MS = 10_000
INFO_FULL_TEXT = "full_text"


class DatabaseOpenError(DomainError):
    """The database cannot be opened, created or upgraded; the message says why in plain words."""


class DatabaseDamaged(DatabaseOpenError):
    """The file's storage is damaged (corrupted pages): only a restore from a backup helps."""


def damaged(path: Path, exc: BaseException | None = None) -> DatabaseDamaged:
    """The error saying *path* is damaged, naming its newest automatic backup."""
    from tvet_alliance.persistence.backup import list_automatic_backups

    backups = list_automatic_backups(path.stem)
    reason = str(getattr(exc, "orig", None) or exc) if exc is not None else "integrity check failed"
    if backups:
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged ({reason}). The newest automatic backup is {backup}; "
                "put it back with “restore” on the command line.",
            ),
            path=str(path),
            reason=reason,
            backup=str(backups[0]),
        )
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors", "The database {path} is damaged ({reason}), and there is no automatic backup of it."
        ),
        path=str(path),
        reason=reason,
    )


class DatabaseBusy(DomainError):
    """Another program kept the database locked for longer than we wait (the busy timeout); nothing
    was written, and trying again later works."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database is busy with another change (an import, a merge or someone else's save). "
                "Nothing was saved; try again in a moment.",
            )
        )


#: SQLite's "busy" and "locked" result codes (the primary code, without extended bits).
_SQLITE_BUSY_CODES = frozenset({5, 6})
#: PostgreSQL: deadlock detected, lock not available, serialization failure.
_PG_BUSY_CODES = frozenset({"40P01", "55P03", "40001"})


def is_busy_error(orig: BaseException | None) -> bool:
    """Whether a driver error means "another writer holds the database" (not a broken database)."""
    if orig is None:
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _SQLITE_BUSY_CODES
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(sqlstate, str):
        return sqlstate in _PG_BUSY_CODES
    text = str(orig).lower()
    return "database is locked" in text or "database table is locked" in text


def _busy_to_domain(context: Any) -> DomainError | None:
    """``handle_error`` listener: a busy database becomes :class:`DatabaseBusy` (one clear sentence)
    instead of a driver error whose message may quote the statement and its values."""
    if is_busy_error(context.original_exception):
        return DatabaseBusy()
    return None


def resolve_url(target: str | os.PathLike[str] | URL | None = None) -> URL:
    """``--db`` value, else ``TVET_ALLIANCE_DB``, else the default file in the user data dir.

    A value containing ``://`` is an SQLAlchemy URL (``postgresql+psycopg://...``); anything else
    is a path to a SQLite file.
    """
    if isinstance(target, URL):
        return target
    value = os.fspath(target) if target is not None else os.environ.get(paths.DB_ENV) or None
    if value is None:
        return URL.create("sqlite+pysqlite", database=str(paths.default_database_path()))
    if "://" in value:
        try:
            return make_url(value)
        except ArgumentError as exc:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a database address."), value=value
            ) from exc
    return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve()))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "handle_error", _busy_to_domain)
    return engine


def describe(url: URL) -> str:
    """What to show people: the file path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


@dataclass
class Database:
    """An open database: its engine, a session factory and this site's id.

    Sessions come from :meth:`session`; the caller owns each one (one per user action).
    """

    url: URL
    engine: Engine
    site_id: uuid.UUID
    user: str | None = None
    #: Whether the SQLite full-text index of people is there (searches use it instead of scans).
    full_text: bool = False
    #: What opening found broken and repaired (a search index out of step), for ``check`` to report.
    repairs: list[str] = field(default_factory=list)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(bind=self.engine)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | URL | None = None,
        *,
        create: bool = True,
        backup_before_upgrade: bool = True,
        user: str | None = None,
    ) -> Database:
        """Open (or create) the database, upgrade it to the current schema and ensure its site row.

        A SQLite file with data is backed up before any schema upgrade.
        """
        from tvet_alliance.persistence import migrate

        url = resolve_url(target)
        path = sqlite_path(url)
        if path is not None:
            if not path.exists() and not create:
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(path)
                )
            if path.exists() and path.is_dir():
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=str(path)
                )
            if path.exists() and path.stat().st_size > 0 and not _looks_like_sqlite(path):
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP("Errors", "{path} is not a database file (it is not SQLite)."),
                    path=str(path),
                )
            if path.exists() and path.stat().st_size == 0 and not create:
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is an empty file, not a database; make a new one with “init” or File → New database…",
                    ),
                    path=str(path),
                )
            path.parent.mkdir(parents=True, exist_ok=True)
            from tvet_alliance.persistence.backup import remove_stale_partials

            remove_stale_partials(path.parent, path.name)
            remove_stale_partials(paths.backups_dir(), f"{path.stem}.")
            try:
                # a copy is upgraded (or made) beside and swapped in: never a file between revisions
                migrate.upgrade_file(path, backup=backup_before_upgrade)
            except (DatabaseError, sqlite3.DatabaseError) as exc:
                if migrate.is_damage(exc):
                    raise damaged(path, exc) from exc
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP("Errors", "Cannot open the database {name}: {reason}"),
                    name=describe(url),
                    reason=str(getattr(exc, "orig", None) or exc),
                ) from exc
        engine = make_engine(url)
        repairs: list[str] = []
        try:
            migrate.upgrade_on_open(engine, backup=backup_before_upgrade)
            with engine.begin() as conn:
                fts = search_index.ensure(conn, repairs)
                search_keys.ensure(conn)
            site_id = ensure_local_site(engine, url)
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            if path is not None and migrate.is_damage(exc):
                raise damaged(path, exc) from exc
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "Cannot open the database {name}: {reason}"),
                name=describe(url),
                reason=str(exc.orig) if exc.orig is not None else str(exc),
            ) from exc
        except Exception:
            engine.dispose()
            raise
        return cls(url=url, engine=engine, site_id=site_id, user=user, full_text=fts, repairs=repairs)

    @property
    def name(self) -> str:
        return describe(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def session(self) -> Session:
        s = self._factory()
        s.info[INFO_SITE] = self.site_id
        s.info[INFO_FULL_TEXT] = self.full_text
        if self.user:
            s.info[INFO_USER] = self.user
        return s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back on any error."""
        with self.session() as s, s.begin():
            yield s

    def local_site(self, session: Session) -> Site:
        return session.get_one(Site, self.site_id)

    def close(self) -> None:
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def ensure_local_site(engine: Engine, url: URL) -> uuid.UUID:
    with Session(engine) as s, s.begin():
        site_id = s.scalar(select(Site.id).where(Site.is_local.is_(True)))
        if site_id is None:
            site = Site(name=platform.node() or "office", kind=SiteKind.HUB, is_local=True)
            s.add(site)
            s.flush()
            site_id = site.id
        return site_id
