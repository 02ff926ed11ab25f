"""The ``search_key`` table: one row per search key of a person or a partner, on both databases.

Both write paths compute a record's keys into its ``search_keys`` column (``changelog.DERIVED``,
:mod:`tvet_alliance.domain.search_keys`); triggers copy that column into ``search_key`` on every
insert, update of the column and delete, whoever writes (the window, the bulk writer, an offline
copy's row copy). The table's primary key ``(key, row_id)`` answers a prefix search as a range of
its index: ``key >= :prefix AND key < :next``.

The keys depend on rules and data tables (``resources/search/*.tsv``): the fingerprint of the rules
they were made with is kept as one row of the table (``row_id`` nil, ``kind`` -1). When it differs
from this release's, :func:`ensure` (run on every open) computes every record's keys again. It also
creates the SQLite triggers again when a migration that copied a table has lost them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from tvet_alliance.domain import Base
from tvet_alliance.domain import search_keys as rules
from tvet_alliance.domain.changelog import DERIVED

TABLE = "search_key"
#: The tables whose ``search_keys`` column is copied into ``search_key``.
SOURCES = ("person", "organization")
RULES_ROW = uuid.UUID(int=0)
RULES_KIND = -1
_RULES_PREFIX = "\x01rules "
_CHUNK = 2000


def _sqlite_triggers(source: str) -> dict[str, str]:
    copy = (
        f"INSERT OR IGNORE INTO {TABLE}(key, row_id, kind) "
        "SELECT json_extract(value, '$[1]'), new.id, json_extract(value, '$[0]') "
        "FROM json_each(coalesce(new.search_keys, '[]'));"
    )
    return {
        f"{TABLE}_{source}_ai": f"AFTER INSERT ON {source} BEGIN {copy} END",
        f"{TABLE}_{source}_au": (
            f"AFTER UPDATE OF search_keys ON {source} BEGIN "
            f"DELETE FROM {TABLE} WHERE row_id = old.id; {copy} END"
        ),
        f"{TABLE}_{source}_ad": f"AFTER DELETE ON {source} BEGIN DELETE FROM {TABLE} WHERE row_id = old.id; END",
    }


_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {TABLE}_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {TABLE} WHERE row_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO {TABLE}(key, row_id, kind)
        SELECT e->>1, NEW.id, (e->>0)::integer
        FROM jsonb_array_elements(coalesce(NEW.search_keys, '[]')::jsonb) AS e
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$
"""


def _names(conn: Connection, kind: str) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,)).fetchall()
    return {str(r[0]) for r in rows}


def create_triggers(conn: Connection) -> bool:
    """Create the triggers that are missing; returns whether any was."""
    if conn.dialect.name == "postgresql":
        wanted = {f"{TABLE}_{source}" for source in SOURCES}
        names = ", ".join(f"'{name}'" for name in sorted(wanted))
        present = {
            str(r[0])
            for r in conn.exec_driver_sql(f"SELECT tgname FROM pg_trigger WHERE tgname IN ({names})")
        }
        if wanted <= present:
            return False
        conn.exec_driver_sql(_PG_FUNCTION)
        for source in SOURCES:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{source} ON {source}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {TABLE}_{source} AFTER INSERT OR DELETE OR UPDATE OF search_keys ON {source} "
                f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_copy()"
            )
        return True
    present = _names(conn, "trigger")
    made = False
    for source in SOURCES:
        for name, body in _sqlite_triggers(source).items():
            if name not in present:
                conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
                made = True
    return made


def drop_triggers(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for source in SOURCES:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{source} ON {source}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {TABLE}_copy()")
        return
    for source in SOURCES:
        for name in _sqlite_triggers(source):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def stored_fingerprint(conn: Connection) -> str | None:
    table = Base.metadata.tables[TABLE]
    found = conn.execute(
        select(table.c.key).where(table.c.row_id == RULES_ROW, table.c.kind == RULES_KIND)
    ).scalar_one_or_none()
    return None if found is None else str(found)[len(_RULES_PREFIX) :]


def _compute(source: str) -> Callable[[Mapping[str, Any]], Any]:
    return DERIVED[source][0].compute


def rebuild(conn: Connection) -> int:
    """Compute every person's and partner's keys again (the triggers copy them); returns how many
    records. Ends by recording this release's rules fingerprint."""
    table = Base.metadata.tables[TABLE]
    done = 0
    for source in SOURCES:
        t: Table = Base.metadata.tables[source]
        key = DERIVED[source][0]
        compute = _compute(source)
        rows = conn.execute(select(t.c.id, *(t.c[s] for s in key.sources))).mappings().all()
        # Derived data: the record's time stamp and version stay as they are.
        stmt = (
            update(t)
            .where(t.c.id == bindparam("row_key"))
            .values(search_keys=bindparam("keys"), updated_at=t.c.updated_at)
        )
        for start in range(0, len(rows), _CHUNK):
            part = rows[start : start + _CHUNK]
            conn.execute(stmt, [{"row_key": r["id"], "keys": compute(dict(r))} for r in part])
        done += len(rows)
    conn.execute(delete(table).where(table.c.row_id == RULES_ROW))
    conn.execute(
        insert(table).values(key=_RULES_PREFIX + rules.fingerprint(), row_id=RULES_ROW, kind=RULES_KIND)
    )
    return done


def ensure(conn: Connection) -> None:
    """Create missing triggers; compute every record's keys again when they were made with other
    rules, or when the triggers were missing (a migration that copied a table drops them, and a
    change made meanwhile went uncopied). Derived data: repaired silently, as the people index."""
    if not conn.dialect.has_table(conn, TABLE):
        return
    made = create_triggers(conn)
    if made or stored_fingerprint(conn) != rules.fingerprint():
        rebuild(conn)


def problems(conn: Connection) -> list[str]:
    """What is wrong with the search keys (for ``check``): records whose keys in the table are not
    the keys of their column."""
    table = Base.metadata.tables[TABLE]
    found: list[str] = []
    for source in SOURCES:
        t = Base.metadata.tables[source]
        stored = conn.execute(select(t.c.id, t.c.search_keys)).all()
        rows: dict[Any, set[tuple[int, str]]] = {}
        for row_id, key, kind in conn.execute(
            select(table.c.row_id, table.c.key, table.c.kind).where(table.c.row_id.in_(select(t.c.id)))
        ):
            rows.setdefault(row_id, set()).add((int(kind), str(key)))
        wrong = sum(1 for row_id, text in stored if set(rules.decode(text)) != rows.get(row_id, set()))
        if wrong:
            found.append(f"search keys: {wrong} {source} rows are out of step")
    return found
