"""The bookkeeping rules of every write, in one place.

Two write paths use them: the ORM flush listener (:mod:`tvet_alliance.domain.events`, for the
window's edits) and the bulk writer (:mod:`tvet_alliance.persistence.bulk`, for import, sync merge
and loading a full export). What one path does the other does the same way:

* a new row gets its key, its column defaults, ``created_at``/``updated_at`` and ``row_version`` 1
  (:func:`insert_plan`); a changed row gets ``updated_at`` and ``row_version + 1``
  (:func:`update_bookkeeping`);
* derived keys (:data:`DERIVED`) are computed from the fields they come from (:func:`derive`) and
  never logged;
* the change log: which fields an insert logs (:func:`insert_fields`), in one row per field or as
  one whole-row image (:func:`insert_entries`), one row per changed field on update
  (:func:`update_entries`), and the rows themselves (:func:`log_rows`) with the site, the sequence
  numbers (:func:`allocate_seqs`, the only place that hands them out), the transaction id, the
  user and the import batch (:func:`log_context`).
"""

from __future__ import annotations

import getpass
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Table, func, inspect, select
from sqlalchemy.orm import Session

from tvet_alliance.domain import search_keys
from tvet_alliance.domain.base import Base, StrList, Tracked, UTCDateTime, uuid7
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.domain.models import ChangeLog, Site

#: Columns that describe a row's bookkeeping rather than its content: never logged as changes.
SKIPPED_FIELDS = frozenset({"id", "created_at", "updated_at", "row_version"})

#: Keys of a session's ``info`` the write paths read.
INFO_SITE = "site_id"
INFO_USER = "user"
INFO_BATCH = "batch_id"
INFO_SKIP_CHANGELOG = "skip_changelog"

#: Whole-row insert images hold a many-to-many field as the JSON text of its sorted id list.
EMPTY_LIST = "[]"


# --- values as logged ----------------------------------------------------------------------------------


def serialize(value: Any) -> str | None:
    """A field value as the text stored in ChangeLog.old_value/new_value (and in sync packages)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return json.dumps([serialize(v) if not isinstance(v, str) else v for v in value], ensure_ascii=False)
    return str(value)


def deserialize(column: Any, text: str | None) -> Any:
    """The inverse of :func:`serialize` for a value of *column* (a change-log value, a cell of a
    full export)."""
    if text is None:
        return None
    sql_type = column.type
    if isinstance(sql_type, StrList):  # its python_type is the str of the underlying Text
        return [str(item) for item in json.loads(text)]
    kind = getattr(sql_type, "enum_class", None)
    if kind is not None:
        return kind(text)
    if isinstance(sql_type, UTCDateTime):
        return datetime.fromisoformat(text)
    try:
        python_type = sql_type.python_type
    except NotImplementedError:
        return text
    if python_type is uuid.UUID:
        return uuid.UUID(text)
    if python_type is datetime:
        return datetime.fromisoformat(text)
    if python_type is date:
        return date.fromisoformat(text)
    if python_type is Decimal:
        return Decimal(text)
    if python_type is int:
        return int(text)
    if python_type is bool:
        return text == "1"
    return text


def id_list(ids: Iterable[Any]) -> str:
    """A many-to-many field's value as logged: the JSON list of its sorted ids."""
    return json.dumps(sorted(str(i) for i in ids))


# --- which tables are logged ---------------------------------------------------------------------------


def is_logged_model(model: type[Any]) -> bool:
    return issubclass(model, Tracked) or bool(getattr(model, "__changelog__", False))


def _logged() -> dict[str, type[Any]]:
    out = {}
    for mapper in Base.registry.mappers:
        if is_logged_model(mapper.class_):
            out[str(getattr(mapper.local_table, "name", ""))] = mapper.class_
    return out


_LOGGED: dict[str, type[Any]] | None = None


def logged_model(table: str) -> type[Any] | None:
    """The model of *table* when its changes are logged, else None."""
    global _LOGGED
    if _LOGGED is None:
        _LOGGED = _logged()
    return _LOGGED.get(table)


# --- derived keys ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DerivedKey:
    """A column computed from other columns of the same row (a search key): both write paths
    compute it whenever one of its sources is written, and it is never logged (each database
    derives it again from the logged sources)."""

    column: str
    sources: tuple[str, ...]
    compute: Callable[[Mapping[str, Any]], Any]


#: Table name -> its derived keys: the cross-script search keys of people and partners (issue 17;
#: the database's triggers copy them into the ``search_key`` table, persistence/search_keys.py).
DERIVED: dict[str, list[DerivedKey]] = {
    "person": [DerivedKey("search_keys", search_keys.PERSON_SOURCES, search_keys.person_column)],
    "organization": [DerivedKey("search_keys", search_keys.PARTNER_SOURCES, search_keys.partner_column)],
}


def derived_columns(table: str) -> frozenset[str]:
    return frozenset(k.column for k in DERIVED.get(table, ()))


def derive(table: str, values: MutableMapping[str, Any], row: Mapping[str, Any] | None = None) -> bool:
    """Set in *values* (the columns being written) each derived key of *table* one of whose sources
    is written; *row* gives the sources not written (the row as it is). Returns whether any was set."""
    keys = DERIVED.get(table)
    if not keys:
        return False
    done = False
    for key in keys:
        if not any(s in values for s in key.sources):
            continue
        sources = {s: values[s] if s in values else (row or {}).get(s) for s in key.sources}
        values[key.column] = key.compute(sources)
        done = True
    return done


def derived_sources(table: str) -> frozenset[str]:
    return frozenset(s for k in DERIVED.get(table, ()) for s in k.sources)


# --- defaults and timestamps ----------------------------------------------------------------------------

_NOW = object()
_PLANS: dict[tuple[str, frozenset[str]], list[tuple[str, Any]]] = {}


def insert_plan(table: Table, skip: Iterable[str] = ()) -> list[tuple[str, Any]]:
    """(column, value) for the columns of a new row of *table* that the writer does not give: the
    key and the column defaults, "now" for ``created_at``/``updated_at``, 1 for ``row_version``.
    A value is a constant, a function of no argument, or :data:`_NOW` (see :func:`fill_insert`)."""
    skipped = frozenset(skip)
    plan = _PLANS.get((table.name, skipped))
    if plan is None:
        plan = []
        for column in table.columns:
            name = column.name
            if name in skipped:
                continue
            if name in ("created_at", "updated_at"):
                plan.append((name, _NOW))
            elif name == "row_version":
                plan.append((name, 1))
            elif column.default is not None and column.default.is_scalar:
                plan.append((name, getattr(column.default, "arg", None)))
            elif column.default is not None and column.default.is_callable:
                fn = getattr(column.default, "arg", None)
                plan.append((name, _call(fn)))
        _PLANS[(table.name, skipped)] = plan
    return plan


def _call(fn: Any) -> Callable[[], Any]:
    return lambda: fn(None)


def fill_insert(
    table: Table, values: dict[str, Any], now: datetime, skip: Iterable[str] = ()
) -> dict[str, Any]:
    """Give *values* (a new row of *table*) every planned column it lacks (:func:`insert_plan`).
    A column given, even as None, keeps its value."""
    for name, make in insert_plan(table, skip):
        if name in values:
            continue
        if make is _NOW:
            values[name] = now
        elif callable(make):
            values[name] = make()
        else:
            values[name] = make
    return values


def update_bookkeeping(table: Table, now: datetime) -> dict[str, Any]:
    """The bookkeeping columns an UPDATE of *table* sets besides the changed fields."""
    out: dict[str, Any] = {}
    if "updated_at" in table.c:
        out["updated_at"] = now
    if "row_version" in table.c:
        out["row_version"] = table.c.row_version + 1
    return out


# --- change-log entries --------------------------------------------------------------------------------

#: (op, field, old value, new value), as logged.
Entry = tuple[ChangeOp, str | None, str | None, str | None]


def insert_fields(
    table: str, values: Mapping[str, Any], many: Mapping[str, Iterable[Any]] = {}
) -> list[tuple[str, str]]:
    """(field, new value as text) of every field an insert logs: the set columns (defaults
    included; bookkeeping and derived columns left out) and the non-empty many-to-many fields."""
    skipped = SKIPPED_FIELDS | derived_columns(table)
    out: list[tuple[str, str]] = []
    for key in _column_order(table, values):  # the same order whoever writes
        if key in skipped:
            continue
        text = serialize(values[key])
        if text is not None and text != EMPTY_LIST:
            out.append((key, text))
    for key in sorted(many):
        text = id_list(many[key])
        if text != EMPTY_LIST:
            out.append((key, text))
    return out


_COLUMNS: dict[str, tuple[str, ...]] = {}


def _column_order(table: str, values: Mapping[str, Any]) -> list[str]:
    """The keys of *values* in the order of the table's columns (other keys after them)."""
    columns = _COLUMNS.get(table)
    if columns is None:
        columns = _COLUMNS[table] = tuple(c.name for c in Base.metadata.tables[table].c)
    ordered = [name for name in columns if name in values]
    if len(ordered) < len(values):
        ordered += [k for k in values if k not in columns]
    return ordered


def insert_entries(fields: Sequence[tuple[str, str]], *, whole_row: bool) -> list[Entry]:
    """The change-log entries of an insert: one per field (the window's edits, so that history shows
    each), or one whole-row image (``field`` NULL, ``new_value`` the JSON object of the fields: an
    import's thousands of rows). A row with no field set is one entry with no field."""
    if whole_row:
        image = json.dumps(dict(fields), ensure_ascii=False)
        return [(ChangeOp.INSERT, None, None, image)]
    if not fields:
        return [(ChangeOp.INSERT, None, None, None)]
    return [(ChangeOp.INSERT, f, None, new) for f, new in fields]


def image_fields(entry: Entry) -> list[tuple[str, str]]:
    """The fields of a whole-row insert image (the inverse of ``insert_entries(whole_row=True)``)."""
    return list(json.loads(entry[3] or "{}").items())


def update_entries(table: str, changes: Iterable[tuple[str, str | None, str | None]]) -> list[Entry]:
    """The change-log entries of an update: one per field whose text changed (bookkeeping and
    derived columns left out); setting ``deleted_at`` is a DELETE."""
    skipped = SKIPPED_FIELDS | derived_columns(table)
    out: list[Entry] = []
    by_field = {field: (old, new) for field, old, new in changes}
    for field in _column_order(table, by_field):  # the same order whoever writes
        old, new = by_field[field]
        if field in skipped or old == new:
            continue
        op = ChangeOp.DELETE if field == "deleted_at" and new is not None else ChangeOp.UPDATE
        out.append((op, field, old, new))
    return out


DELETE_ENTRY: Entry = (ChangeOp.DELETE, None, None, None)  # a hard delete


# --- change-log rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogContext:
    """Who writes, where, in which transaction and import."""

    site_id: uuid.UUID
    tx_id: uuid.UUID
    user: str
    batch_id: uuid.UUID | None


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on some Windows services
        return "unknown"


def local_site_id(session: Session) -> uuid.UUID:
    """This database's site id (remembered in the session)."""
    site = session.info.get(INFO_SITE)
    if site is None:
        conn = session.connection()
        site = conn.execute(select(Site.id).where(Site.is_local.is_(True))).scalar_one_or_none()
        if site is None:
            raise RuntimeError("This database has no local site; open it through persistence.Database.")
        session.info[INFO_SITE] = site
    return site if isinstance(site, uuid.UUID) else uuid.UUID(str(site))


def log_context(session: Session, *, batch_id: uuid.UUID | None = None) -> LogContext:
    """The site, a new transaction id, the session's user (else the login name) and the import
    batch (given, else the session's)."""
    user = session.info.get(INFO_USER) or current_user()
    batch = batch_id if batch_id is not None else session.info.get(INFO_BATCH)
    return LogContext(local_site_id(session), uuid7(), str(user), batch)


def lock_log(conn: Connection, site_id: uuid.UUID) -> None:
    """Make this transaction the only writer of *site_id*'s change log until it ends, so that two
    transactions never read the same last sequence number.

    SQLite: take the database's write lock now (``BEGIN IMMEDIATE``, waiting up to the busy timeout)
    unless this transaction holds it already; the driver reads outside a transaction until the first
    write, so nothing read before is stale. PostgreSQL: a transaction-scoped advisory lock on the
    site (released by commit or rollback)."""
    name = conn.dialect.name
    if name == "sqlite":
        driver = conn.connection.driver_connection
        if driver is not None and not getattr(driver, "in_transaction", True):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif name == "postgresql":
        key = int.from_bytes(site_id.bytes[:8], "big", signed=True)
        conn.execute(select(func.pg_advisory_xact_lock(key)))


def allocate_seqs(conn: Connection, site_id: uuid.UUID, count: int) -> int:
    """Hand out *count* sequence numbers of *site_id*'s change log; returns the first. Every writer
    of the log asks here, at the moment it writes; the log stays locked (:func:`lock_log`) until the
    transaction ends, so concurrent writers wait for each other instead of colliding."""
    lock_log(conn, site_id)
    last = conn.execute(select(func.max(ChangeLog.seq)).where(ChangeLog.site_id == site_id)).scalar()
    return int(last or 0) + 1


def log_rows(
    conn: Connection,
    context: LogContext,
    items: Sequence[tuple[str, uuid.UUID, Entry]],
    at: datetime,
) -> list[dict[str, Any]]:
    """ChangeLog rows (column -> value) of *items* ((table, row id, entry), in write order), with
    consecutive sequence numbers."""
    if not items:
        return []
    seq = allocate_seqs(conn, context.site_id, len(items))
    return [
        {
            "site_id": context.site_id,
            "seq": seq + i,
            "tx_id": context.tx_id,
            "table_name": table,
            "row_id": row_id,
            "op": op,
            "field": field,
            "old_value": old,
            "new_value": new,
            "user_name": context.user,
            "at": at,
            "batch_id": context.batch_id,
        }
        for i, (table, row_id, (op, field, old, new)) in enumerate(items)
    ]


def many_to_many(model: type[Any]) -> dict[str, tuple[Table, Column[Any], Column[Any]]]:
    """The logged many-to-many fields of *model*: key -> (link table, own column, other column)."""
    mapper = inspect(model)
    table = mapper.local_table
    skip = getattr(model, "__changelog_skip__", ())
    out = {}
    for rel in mapper.relationships:
        if rel.secondary is None or rel.key in skip:
            continue
        secondary = rel.secondary
        assert isinstance(secondary, Table)
        own = next(c for c in secondary.c if any(fk.column.table is table for fk in c.foreign_keys))
        other = next(c for c in secondary.c if c is not own)
        out[rel.key] = (secondary, own, other)
    return out
