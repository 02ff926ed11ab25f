"""Search structures for the People list on SQLite (derived data, rebuilt from the person table).

* ``person_search``: an FTS5 table with the trigram tokenizer over the person's names, e-mail,
  phones, position and WeChat id, kept in step by triggers. It answers "contains this text" for
  words of three or more characters from an index instead of a scan of every row.
* ``ix_person_*_prefix``: NOCASE indexes, so a word of one or two characters (a surname such as 王)
  is found by prefix through an index.

Nothing here is needed for correctness: without them the same searches run as LIKE scans (as on
PostgreSQL). They are created, or repaired after a migration that copied the person table, each
time a database is opened.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

FTS_TABLE = "person_search"
FTS_COLUMNS = ("full_name", "name_native", "email", "phone", "whatsapp", "position", "wechat_id")
PREFIX_INDEXES = {
    "ix_person_full_name_prefix": "full_name",
    "ix_person_name_native_prefix": "name_native",
}
_TRIGGERS = ("person_search_ai", "person_search_ad", "person_search_au")


def _names(conn: Connection, kind: str) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,)).fetchall()
    return {str(r[0]) for r in rows}


def supported(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    try:
        conn.exec_driver_sql("SELECT fts5_source_id()")
    except Exception:  # SQLite built without FTS5: searches stay LIKE scans
        return False
    version = tuple(int(p) for p in conn.exec_driver_sql("SELECT sqlite_version()").scalar_one().split("."))
    return version >= (3, 34, 0)  # the trigram tokenizer


def ensure(conn: Connection, repaired: list[str] | None = None) -> bool:
    """Create or repair the search structures; returns whether the full-text index is usable.
    What had to be repaired in an index that was there is added to *repaired* (for ``check``)."""
    if conn.dialect.name != "sqlite":
        return False
    indexes = _names(conn, "index")
    for name, column in PREFIX_INDEXES.items():
        if name not in indexes:
            conn.exec_driver_sql(f"CREATE INDEX {name} ON person ({column} COLLATE NOCASE)")
    if not supported(conn):
        return False
    columns = ", ".join(FTS_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    tables = _names(conn, "table")
    triggers = _names(conn, "trigger")
    rebuild = False
    if FTS_TABLE not in tables:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='person', content_rowid='rowid', "
            "tokenize='trigram')"
        )
        rebuild = True
    if not set(_TRIGGERS) <= triggers:
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        _create_insert_trigger(conn)
        conn.exec_driver_sql(
            f"CREATE TRIGGER person_search_ad AFTER DELETE ON person BEGIN "
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.rowid, {old_values}); END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER person_search_au AFTER UPDATE ON person BEGIN "
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.rowid, {old_values}); "
            f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
        )
        rebuild = True  # whatever changed while the triggers were missing is indexed again
    counted = None if rebuild else _count_problem(conn)
    if counted:  # emptied or cut short (a killed rebuild, a hand-made change): index it again
        rebuild = True
        if repaired is not None:
            repaired.append(f"{counted}; it was rebuilt")
    if rebuild:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True


def _count_problem(conn: Connection) -> str | None:
    """Whether the index holds another number of people than the person table (cheap: one count
    of each; the index's ``_docsize`` shadow table has one row per indexed person)."""
    people = int(conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one())
    indexed = int(conn.exec_driver_sql(f"SELECT count(*) FROM {FTS_TABLE}_docsize").scalar_one())
    if people == indexed:
        return None
    return f"search index: it holds {indexed} of {people} people"


def problems(conn: Connection) -> list[str]:
    """What is wrong with the search structures (for ``check``): missing parts, another number of
    people than the person table, or content that FTS5's own integrity check finds out of step."""
    if not supported(conn):
        return []
    found = [
        f"search index: index {name} is missing"
        for name in PREFIX_INDEXES
        if name not in _names(conn, "index")
    ]
    if FTS_TABLE not in _names(conn, "table"):
        return [*found, f"search index: table {FTS_TABLE} is missing"]
    missing = sorted(set(_TRIGGERS) - _names(conn, "trigger"))
    found += [f"search index: trigger {name} is missing" for name in missing]
    counted = _count_problem(conn)
    if counted:
        return [*found, counted]
    try:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    except DBAPIError as exc:
        found.append(f"search index: out of step with the person table ({exc.orig})")
    return found


def _create_insert_trigger(conn: Connection) -> None:
    columns = ", ".join(FTS_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    conn.exec_driver_sql(
        f"CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
    )


def suspend_insert_trigger(conn: Connection) -> int | None:
    """For a bulk load inside a transaction: stop indexing people row by row (the trigger costs
    three quarters of an insert) and return the last rowid indexed so far; None when there is no
    index. Index the new rows with :func:`index_new_people` before anything updates them, and end
    with :func:`resume_insert_trigger`. A rollback brings the trigger back by itself."""
    if conn.dialect.name != "sqlite" or "person_search_ai" not in _names(conn, "trigger"):
        return None
    raw = conn.connection.dbapi_connection
    if raw is not None and not getattr(raw, "in_transaction", True):
        # pysqlite begins a transaction only before a DML statement: without this, the DROP
        # would commit at once, and a rollback would not bring the trigger back.
        conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("DROP TRIGGER person_search_ai")
    return int(conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM person").scalar_one())


def index_new_people(conn: Connection, after: int) -> int:
    """Index the people inserted since rowid *after*, in one statement; returns the new last rowid."""
    columns = ", ".join(FTS_COLUMNS)
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) SELECT rowid, {columns} FROM person WHERE rowid > ?",
        (after,),
    )
    return int(conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM person").scalar_one())


def resume_insert_trigger(conn: Connection) -> None:
    if "person_search_ai" not in _names(conn, "trigger"):
        _create_insert_trigger(conn)


def fts_query(word: str) -> str:
    """An FTS5 query matching *word* anywhere (a quoted string; quotes inside are doubled)."""
    return '"' + word.replace('"', '""') + '"'
