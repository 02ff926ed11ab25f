"""The bulk writer: import, sync merge and loading a full export write through it.

It writes rows with SQLAlchemy Core statements, many rows each (``executemany``, in chunks), and
does the same bookkeeping as the ORM flush listener (:mod:`tvet_alliance.domain.events`), by the
same rules (:mod:`tvet_alliance.domain.changelog`):

* a new row gets its key, defaults, ``created_at``/``updated_at`` and ``row_version`` 1 where the
  caller gives none; an update sets ``updated_at`` and ``row_version + 1``;
* derived keys are computed from the fields written (:func:`changelog.derive`);
* with ``log=True`` every insert of a logged table is logged (as one whole-row image, or one row per
  field with ``whole_rows=False``, as the ORM does), every update one row per changed field, each
  many-to-many change as an id list, under this site's next sequence numbers, one transaction id,
  the session's user and the import batch; a merge gives the laptop's own rows instead
  (:meth:`BulkWriter.add_log_rows`);
* the people search index follows, through its triggers, or with ``index_in_bulk=True`` a chunk at
  a time (the insert trigger is suspended until :meth:`BulkWriter.finish`);
* the tables written are noted for the window (:func:`tvet_alliance.domain.changes.note`).

Rows wait in memory until :meth:`BulkWriter.flush` (parents first, then links, updates and the
log). The caller owns the session and commits; call :meth:`BulkWriter.finish` before.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from tvet_alliance.domain import Base, ChangeLog, changelog
from tvet_alliance.domain import changes as changed_tables
from tvet_alliance.domain.base import utcnow
from tvet_alliance.persistence import search_index

#: Rows per INSERT statement (executemany) and ids per ``IN`` test.
CHUNK = 2000

#: SQLite's page cache while a bulk write runs, in KiB (SQLite's default is 2,000): a person's row
#: goes into a dozen indexes and the search-key table, and with 2 MB each chunk read their pages
#: again (a quarter of an import's time in SQL). :meth:`BulkWriter.finish` sets it back.
BULK_CACHE_KIB = 16_384

_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
_PEOPLE = "person"


def table_of(name: str | Table) -> Table:
    return name if isinstance(name, Table) else Base.metadata.tables[name]


class BulkWriter:
    """Rows to write in one transaction of *session* (see the module's text)."""

    def __init__(
        self,
        session: Session,
        *,
        log: bool = True,
        whole_rows: bool = True,
        batch_id: uuid.UUID | None = None,
        index_in_bulk: bool = False,
    ) -> None:
        self.session = session
        self.conn = session.connection()
        self.now = utcnow()
        self.log = log
        self.whole_rows = whole_rows
        self.context = changelog.log_context(session, batch_id=batch_id) if log else None
        self._inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._pending: dict[uuid.UUID, tuple[str, dict[str, Any]]] = {}
        #: many-to-many values of pending inserts: row id -> key -> ids (part of the insert's image)
        self._pending_many: dict[uuid.UUID, dict[str, list[Any]]] = defaultdict(dict)
        #: link table -> row id -> the link rows it will have
        self._links: dict[str, dict[uuid.UUID, list[dict[str, Any]]]] = defaultdict(dict)
        self._unlink: dict[tuple[str, uuid.UUID], Any] = {}
        self._written: set[str] = set()
        #: (table, columns changed) -> parameter rows, so each shape of update is one executemany
        self._updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        self._updated: set[uuid.UUID] = set()
        #: the change log, in write order: (table, row id, entry); an entry of None is the insert of
        #: a pending row, logged at flush time with the row as it is then
        self._log: list[tuple[str, uuid.UUID, changelog.Entry | None]] = []
        self._given_log: list[dict[str, Any]] = []
        self._indexed = search_index.suspend_insert_trigger(self.conn) if index_in_bulk else None
        self._cache_size: int | None = None
        if self.conn.dialect.name == "sqlite":
            current = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            page = int(self.conn.exec_driver_sql("PRAGMA page_size").scalar_one())
            kib = -current if current < 0 else current * page // 1024  # negative: KiB; else pages
            if kib < BULK_CACHE_KIB:
                self._cache_size = current
                self.conn.exec_driver_sql(f"PRAGMA cache_size={-BULK_CACHE_KIB}")

    # --- what to write ---

    def insert(self, table: str | Table, values: Mapping[str, Any]) -> dict[str, Any]:
        """A new row: *values* plus what the bookkeeping fills. Returns the row, which the caller
        may still change until the next :meth:`flush` (an import's later row for the same record)."""
        t = table_of(table)
        row = changelog.fill_insert(t, dict(values), self.now)
        changelog.derive(t.name, row)
        self._inserts[t.name].append(row)
        if "id" in row and isinstance(row["id"], uuid.UUID):
            self._pending[row["id"]] = (t.name, row)
            if self.log and changelog.logged_model(t.name) is not None:
                self._log.append((t.name, row["id"], None))
        return row

    def pending(self, row_id: uuid.UUID) -> dict[str, Any] | None:
        """The row *row_id* when it is inserted by this writer and not yet written."""
        found = self._pending.get(row_id)
        return None if found is None else found[1]

    def update(
        self,
        table: str | Table,
        row_id: uuid.UUID,
        changes: Mapping[str, Any],
        old: Mapping[str, Any] | None = None,
    ) -> None:
        """Set *changes* on the row *row_id*; *old* holds the values they replace (for the log).
        A row inserted by this writer and not yet written takes them into its insert. With no
        *changes* the row only gets a new version (its many-to-many fields changed)."""
        t = table_of(table)
        if not changes and not changelog.update_bookkeeping(t, self.now):
            return
        row = self.pending(row_id)
        if row is not None:
            row.update(changes)
            changelog.derive(t.name, row)
            return
        if row_id in self._updated:  # a second update of a row: keep the order of the two
            self.flush()
        values = dict(changes)
        sources = changelog.derived_sources(t.name)
        if sources & set(values):
            missing = [t.c[s] for s in sources if s not in values]
            current = (
                dict(self.conn.execute(select(*missing).where(t.c.id == row_id)).one()._mapping)
                if missing
                else {}
            )
            changelog.derive(t.name, values, current)
        params = {f"v_{k}": v for k, v in values.items()}
        params["row_key"] = row_id
        self._updates[(t.name, tuple(sorted(values)))].append(params)
        self._updated.add(row_id)
        self._written.add(t.name)
        if self.log and changelog.logged_model(t.name) is not None:
            before = old or {}
            entries = changelog.update_entries(
                t.name,
                ((k, changelog.serialize(before.get(k)), changelog.serialize(v)) for k, v in changes.items()),
            )
            self._log.extend((t.name, row_id, e) for e in entries)

    def set_many(self, table: str | Table, row_id: uuid.UUID, key: str, ids: Iterable[Any]) -> None:
        """Make the many-to-many field *key* of the row *row_id* exactly *ids*."""
        t = table_of(table)
        model = changelog.logged_model(t.name)
        assert model is not None, f"{t.name} has no logged many-to-many fields"
        link, own, other = changelog.many_to_many(model)[key]
        wanted = sorted(set(ids))
        if row_id in self._pending:
            self._pending_many[row_id][key] = wanted
        else:
            if (link.name, row_id) not in self._unlink:
                before = sorted(self.conn.execute(select(other).where(own == row_id)).scalars())
                if before == wanted:
                    return
                if self.log and changelog.logged_model(t.name) is not None:
                    entries = changelog.update_entries(
                        t.name, [(key, changelog.id_list(before), changelog.id_list(wanted))]
                    )
                    self._log.extend((t.name, row_id, e) for e in entries)
            self._unlink[(link.name, row_id)] = own
            self._written.add(t.name)
        self._written.add(link.name)
        self._links[link.name][row_id] = [{own.name: row_id, other.name: i} for i in wanted]

    def add_log_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Change-log rows written as they are (a laptop's, with its site and sequence numbers)."""
        self._given_log.extend(dict(r) for r in rows)

    # --- writing ---

    def flush(self) -> None:
        """Write everything waiting: inserts (parents first), links, updates, then the log."""
        log = self._log_rows()
        changed_tables.note(self.session.info, (*self._inserts, *self._written))
        self._written.clear()
        for name in sorted(self._inserts, key=_ORDER.__getitem__):
            rows = self._inserts[name]
            table = table_of(name)
            for start in range(0, len(rows), CHUNK):
                _insert_many(self.conn, table, _shaped(rows[start : start + CHUNK]))
            if name == _PEOPLE and self._indexed is not None:
                self._indexed = search_index.index_new_people(self.conn, self._indexed)
        for (name, row_id), own in self._unlink.items():
            self.conn.execute(delete(table_of(name)).where(own == row_id))
        for name, by_row in self._links.items():
            rows = [r for part in by_row.values() for r in part]
            if rows:
                self.conn.execute(insert(table_of(name)), rows)
        self._flush_updates()
        if log:
            _insert_many(self.conn, table_of(ChangeLog.__tablename__), _shaped(log))
        if self._given_log:
            self.conn.execute(insert(ChangeLog), self._given_log)
        self._inserts.clear()
        self._pending.clear()
        self._pending_many.clear()
        self._links.clear()
        self._unlink.clear()
        self._given_log = []

    def finish(self) -> None:
        """Flush, and index for search what the bulk inserts left (before the caller commits)."""
        self.flush()
        if self._indexed is not None:
            search_index.resume_insert_trigger(self.conn)
            self._indexed = None
        if self._cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={self._cache_size}")
            self._cache_size = None

    def _flush_updates(self) -> None:
        for (name, keys), rows in self._updates.items():
            table = table_of(name)
            values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in keys}
            values.update(changelog.update_bookkeeping(table, self.now))
            self.conn.execute(update(table).where(table.c.id == bindparam("row_key")).values(values), rows)
        self._updates.clear()
        self._updated.clear()

    def _log_rows(self) -> list[dict[str, Any]]:
        if not self._log or self.context is None:
            self._log = []
            return []
        items: list[tuple[str, uuid.UUID, changelog.Entry]] = []
        for name, row_id, entry in self._log:
            if entry is not None:
                items.append((name, row_id, entry))
                continue
            _name, row = self._pending[row_id]
            fields = changelog.insert_fields(name, row, self._pending_many.get(row_id, {}))
            items.extend(
                (name, row_id, e) for e in changelog.insert_entries(fields, whole_row=self.whole_rows)
            )
        self._log = []
        return changelog.log_rows(self.conn, self.context, items, self.now)


def _shaped(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of one INSERT need the same keys: a row lacking a column another has gets None."""
    keys = set(rows[0])
    if all(len(r) == len(keys) and keys.issuperset(r) for r in rows):
        return rows
    every: set[str] = set().union(*rows)
    return [{k: r.get(k) for k in every} for r in rows]


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``INSERT`` *rows* (all with the same keys) in one executemany. On SQLite the statement is
    compiled once per table and set of columns and the rows go to the DB-API's ``executemany`` as
    tuples, each value through its type's bind processor — what Core does per row, without its
    per-row parameter bookkeeping (a tenth of an import). Elsewhere (PostgreSQL batches an
    executemany into multi-row INSERTs itself) and for a statement that would need column
    defaults computed, Core runs it."""
    if conn.dialect.name == "sqlite":
        plan = _insert_plan(conn.dialect, table, tuple(rows[0]))
        if plan is not None:
            sql, keys, processors = plan
            # Column by column (one comprehension each), then into rows: no generator per value.
            columns = [
                [row[k] for row in rows] if p is None else [p(row[k]) for row in rows]
                for k, p in zip(keys, processors, strict=True)
            ]
            conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
            return
    conn.execute(insert(table), rows)


@functools.lru_cache(maxsize=256)
def _insert_plan(
    dialect: Dialect, table: Table, keys: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Any, ...]] | None:
    """The compiled INSERT of *keys* into *table*: its SQL, the keys in parameter order and each
    one's bind processor (None: the value as it is); None when Core must run it."""
    compiled: Any = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = compiled.positiontup
    if order is None or compiled.insert_prefetch or compiled.postfetch:
        return None
    columns = tuple(compiled.binds[name].key for name in order)
    if sorted(columns) != sorted(keys):
        return None
    processors = compiled._bind_processors
    return str(compiled), columns, tuple(processors.get(name) for name in order)
