"""Queries behind the record tables: one :class:`ListSpec` per area.

A table asks for the ordered ids first (one indexed query), then fetches the rows it shows in small
blocks by id. Sorting happens in SQL. Nothing here loads whole tables of objects into Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import column as sql_column
from sqlalchemy.sql import literal_column, table
from sqlalchemy.sql.functions import FunctionElement

from tvet_alliance.domain import (
    Agreement,
    Competition,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    catalog,
    rules,
)
from tvet_alliance.domain.models import agreement_parties, entry_members
from tvet_alliance.domain.validation import search_words
from tvet_alliance.domain.values import TEXT_KINDS, LocalName, ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import checkin, search


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # English, marked for translation in the "Fields" context
    expr: Any  # SQL expression; None for columns filled by ListSpec.extras
    kind: ValueKind = ValueKind.TEXT  # the kind of the value shown (a reference shows a name: TEXT)
    enum: type[StrEnum] | None = None
    sortable: bool = True


def field_column(rec: catalog.Record, name: str, expr: Any, *, sortable: bool = True) -> Column:
    """The list column of a catalog field: its key, column label, value kind and enum. A reference
    is shown by the referenced record's name."""
    f = rec.field(name)
    kind = ValueKind.TEXT if f.kind is ValueKind.REF else f.kind
    return Column(f.io_key, f.column_label, expr, kind, f.enum, sortable)


Extras = Callable[[Session, Sequence[uuid.UUID]], dict[uuid.UUID, dict[str, Any]]]


@dataclass(frozen=True)
class Filter:
    """One choice in a list's filter bar: a member of ``enum``, a country, a province, the id of a
    record of type ``ref`` (or text: the records of that type whose names contain it, see
    :func:`named`), or (DATE) a date falling between today and today + N days."""

    key: str
    label: str  # English, "Fields" context
    expr: Any
    kind: ValueKind
    enum: type[StrEnum] | None = None
    ref: str | None = None

    def clause(self, value: Any) -> ColumnElement[bool]:
        if self.kind is ValueKind.DATE:
            today = date.today()
            return and_(
                self.expr.is_not(None), self.expr >= today, self.expr <= today + timedelta(days=int(value))
            )
        if self.kind is ValueKind.BOOL:  # a condition: the rows meeting it (True) or not (False)
            return cast(ColumnElement[bool], self.expr if value else ~self.expr)
        if self.kind is ValueKind.ENUM and self.enum is not None and not isinstance(value, self.enum):
            value = self.enum(value)
        if self.ref is not None and isinstance(value, str):
            return cast(ColumnElement[bool], self.expr.in_(named(self.ref, value)))
        return cast(ColumnElement[bool], self.expr == value)


def _ref_names() -> dict[str, tuple[Any, ...]]:
    return {
        "partner": (
            Organization.name_en,
            Organization.name_native,
            Organization.short_name,
            Organization.aliases,
        ),
        "person": (Person.full_name, Person.name_native),
        "event": (Event.name,),
        "competition": (Competition.name,),
        "track": (SkillTrack.name,),
    }


def named(ref: str, text: str) -> Select[Any]:
    """The ids of the records of type *ref* whose names contain every word of *text* (any script,
    any case; a partner's English, native and short names and aliases), for a filter typed rather
    than picked."""
    columns = _ref_names()[ref]
    model = columns[0].class_
    words = search_words(text)
    stmt = select(model.id).where(model.deleted_at.is_(None))
    for word in words:
        pattern = f"%{escape_like(word)}%"
        stmt = stmt.where(or_(*(_like(c, pattern) for c in columns)))
    return stmt


def field_filter(rec: catalog.Record, name: str, expr: Any) -> Filter:
    """The filter on a catalog field: its key, label, value kind, enum and referenced record type."""
    f = rec.field(name)
    return Filter(f.io_key, f.column_label, expr, f.kind, f.enum, f.ref)


@dataclass(frozen=True)
class ListSpec:
    key: str
    record: str  # the catalog's key of the record type the list shows
    title: str
    model: type[Any]
    columns: tuple[Column, ...]
    joins: Callable[[Select[Any]], Select[Any]] = lambda stmt: stmt
    parent: Callable[[uuid.UUID], ColumnElement[bool]] | None = None
    default_order: str = ""
    extras: Extras | None = None
    # Orderings applied after the chosen column, before the id (e.g. rank within a track).
    then_by: tuple[Any, ...] = ()
    # Text columns the search box looks in (or functions of the LIKE pattern giving a clause, for
    # related rows), and phone columns it matches by digits.
    search: tuple[Any, ...] = ()
    phones: tuple[Any, ...] = ()
    filters: tuple[Filter, ...] = ()
    # The parent clause reads a joined table (entries of a competition go through their track).
    parent_needs_joins: bool = False
    # On SQLite with the full-text index: its name, and the columns a one- or two-character word is
    # matched against by prefix (through NOCASE indexes). See persistence.search_index.
    full_text: str | None = None
    prefix_columns: tuple[Any, ...] = ()
    # The partial index on the default order of live rows (``lower(name), id``). A full-text search
    # sorted that way walks it and stops at the page's last row: a word found in half the rows fills
    # a page after a few thousand index entries instead of sorting every match.
    name_index: str | None = None
    # Whether the records have cross-script search keys (people, partners: services/search.py): a
    # search then also finds a record one of whose keys starts with the text or with each word.
    keys: bool = False

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def index_of(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def filter(self, key: str) -> Filter:
        for f in self.filters:
            if f.key == key:
                return f
        raise KeyError(key)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_PHONE_CHARS = set("0123456789+-() ")


class _CaseInsensitiveLike(FunctionElement[bool]):
    """``column LIKE pattern`` ignoring case: ILIKE on PostgreSQL; plain LIKE on SQLite, which already
    ignores ASCII case (wrapping the column in lower() would only cost time on every row)."""

    name = "ci_like"
    inherit_cache = True
    type = Boolean()


@compiles(_CaseInsensitiveLike)
def _ci_like(element: _CaseInsensitiveLike, compiler: Any, **kw: Any) -> str:
    column, pattern = list(element.clauses)
    return f"{compiler.process(column, **kw)} ILIKE {compiler.process(pattern, **kw)} ESCAPE '\\'"


@compiles(_CaseInsensitiveLike, "sqlite")
def _ci_like_sqlite(element: _CaseInsensitiveLike, compiler: Any, **kw: Any) -> str:
    column, pattern = list(element.clauses)
    return f"{compiler.process(column, **kw)} LIKE {compiler.process(pattern, **kw)} ESCAPE '\\'"


def _like(column: Any, pattern: str) -> ColumnElement[bool]:
    return cast(ColumnElement[bool], _CaseInsensitiveLike(column, literal(pattern)))


class _AnyLike(FunctionElement[bool]):
    """Any of the columns of one table ``LIKE`` the pattern, ignoring case (as :func:`_like`).

    On SQLite, each column is scanned through its own index (``rowid IN (… UNION ALL …)``): a
    row's later columns may sit on overflow pages behind a long one (the search keys), and reading
    them for every row of the table costs far more than three scans of small indexes."""

    name = "any_like"
    inherit_cache = True
    # No boolean type: SQLite would compare the IN with 1 and no longer look the rowids up.


@compiles(_AnyLike)
def _any_like_default(element: _AnyLike, compiler: Any, **kw: Any) -> str:
    *columns, pattern = list(element.clauses)
    return f"({compiler.process(or_(*(_like(c, pattern.value) for c in columns)), **kw)})"


@compiles(_AnyLike, "sqlite")
def _any_like_sqlite(element: _AnyLike, compiler: Any, **kw: Any) -> str:
    *columns, pattern = list(element.clauses)
    name = columns[0].table.name
    scans = " UNION ALL ".join(
        f"SELECT rowid FROM {name} WHERE {compiler.process(_like(c, pattern.value), **kw)}" for c in columns
    )
    return f"{name}.rowid IN ({scans})"


def _any_like(columns: Sequence[Any], pattern: str) -> ColumnElement[bool]:
    """Any of *columns* (of one table, each with an index) contains the LIKE *pattern*."""
    return cast(ColumnElement[bool], _AnyLike(*columns, literal(pattern)))


def search_clause(
    spec: ListSpec, text: str, *, full_text: bool = False, walk: bool = False
) -> ColumnElement[bool] | None:
    """Every word of *text* must appear in one of the searched columns (any script, any case);
    a number with three or more digits also matches phone numbers, whatever their punctuation.
    The words are :func:`validation.search_words` of *text* (bounded, without control characters).

    On a list with name prefixes (People), a word of one or two characters matches the start of a
    word of a name ("Ali R" finds Ali Raza; 王 finds 王伟), on every database alike; longer words and
    every word of the other lists match anywhere in the searched columns.

    With *full_text* (SQLite with the people's trigram index), words of three or more characters are
    looked up in that index and shorter ones through the name indexes; otherwise each word is a LIKE
    over every searched column. With *walk*, the full-text matches are tested row by row
    (``+rowid``), so that the query reads the name index in order instead of looking every match up
    and sorting them.

    On a list with search keys (People, Partners: ``spec.keys``), each word also finds the records
    one of whose cross-script keys starts with it (pinyin, initials, Urdu consonants, spelling
    variants: :func:`services.search.key_rows`), in the same set of rows.
    """
    words = search_words(text)
    if not words or not (spec.search or spec.phones):
        return None
    # Sorting the matches of a search with a longer word, that word's matches are looked up and a
    # short word's keys are tested row by row: "zhang w" reads the few thousand Zhangs, not every
    # key starting with "w".
    probe = full_text and not walk and any(len(w) >= 3 for w in words)
    return and_(*(_word_clause(spec, word, full_text=full_text, walk=walk, probe=probe) for word in words))


def _word_clause(
    spec: ListSpec, word: str, *, full_text: bool, walk: bool, probe: bool = False
) -> ColumnElement[bool]:
    """One word of a search, in the searched columns (see :func:`search_clause`)."""
    digits = "".join(ch for ch in word if ch.isdigit())
    phone_like = len(digits) >= 3 and set(word) <= _PHONE_CHARS
    pattern = f"%{escape_like(word.lower())}%"
    related = [column(pattern) for column in spec.search if callable(column)]
    keyed = search.key_clause(spec.model, word) if spec.keys else None
    if full_text and spec.full_text and len(word) >= 3:
        terms = {word, digits} if phone_like else {word}
        if spec.keys:  # one set of rows: the index's matches, the related rows', the keys'
            # (the trigram index finds the names themselves: only the other keys are added)
            keys = search.key_rows(word, names=False)
            if keys is not None:
                related.append(cast(ColumnElement[bool], spec.model.id.in_(keys)))
        return _full_text_match(spec, [t for t in sorted(terms) if len(t) >= 3], related, walk)
    if spec.prefix_columns and len(word) < 3:
        if keyed is not None:
            # The keys hold the start of every word of every name, in every script: a range of
            # their index instead of a LIKE over every row. Walking the name index in order, each
            # row is tested against that set (``+id``: not looked up through the set).
            keys = search.key_rows(word)
            assert keys is not None
            if probe:
                return keys.where(keys.selected_columns[0] == spec.model.id).exists()
            target: Any = literal_column(f"+{spec.model.__tablename__}.id") if walk else spec.model.id
            return cast(ColumnElement[bool], target.in_(keys))
        own = _prefix_match(spec, word)
    else:
        alternatives = [
            column(pattern) if callable(column) else _like(column, pattern) for column in spec.search
        ]
        if phone_like:
            alternatives += [column.like(f"%{digits}%") for column in spec.phones]
        own = or_(*alternatives)
    if keyed is None:
        return own
    # The rows matching by their columns or by a key, as one set of ids: each part reads its own
    # index (the name index's range, the keys' range) instead of every row testing both.
    keys = search.key_rows(word)
    assert keys is not None
    return cast(ColumnElement[bool], spec.model.id.in_(union_all(select(spec.model.id).where(own), keys)))


def _prefix_match(spec: ListSpec, word: str) -> ColumnElement[bool]:
    """A word of one or two characters matches the start of a word of every name field, in any
    script (黄海 stored as the main name; "Li" stored as the Chinese name's Latin spelling): for
    Latin letters a range of the lower-cased main name (read in order from the name index), else a
    prefix through the NOCASE indexes; or the start of a later word. The same SQL on SQLite and
    PostgreSQL."""
    latin, native = spec.prefix_columns
    later = f"% {escape_like(word.lower())}%"
    start = f"{escape_like(word)}%"
    if word.isascii():
        low = word.lower()
        high = low[:-1] + chr(ord(low[-1]) + 1)
        first: ColumnElement[bool] = and_(func.lower(latin) >= low, func.lower(latin) < high)
    else:
        first = _like(latin, start)
    return or_(first, _like(latin, later), _like(native, start), _like(native, later))


def _prefix_only(spec: ListSpec, search: str, full_text: bool) -> bool:
    """Whether every word is a short Latin prefix: the name index then gives the rows in order
    (not on a list with search keys: a key match may sort anywhere)."""
    words = search_words(search)
    return bool(
        full_text
        and spec.prefix_columns
        and not spec.keys
        and words
        and all(len(w) < 3 and w.isascii() for w in words)
    )


def _walks_name_index(
    spec: ListSpec,
    key: str,
    *,
    full_text: bool,
    search: str,
    parent_id: uuid.UUID | None,
    include_deleted: bool,
    filters: Mapping[str, Any] | None,
    session: Session | None = None,
) -> bool:
    """Whether a full-text search in the default order should read the live-name index in order
    (only the search narrows the rows, so the index holds every candidate). On a list with keys,
    the search walks when each word finds many rows (starts many keys, or is in many names): the
    page then fills after a short walk, where sorting every match would read tens of thousands of
    rows; a search with a rarer word ("zw", "王", "zhang wei") is looked up and sorted instead, since
    its matches may sit anywhere in the index (Chinese surnames at its end)."""
    words = search_words(search)
    if not (
        full_text
        and spec.name_index
        and spec.full_text
        and key == (spec.default_order or spec.columns[0].key)
        and not include_deleted
        and parent_id is None
        and not filters
        and words
    ):
        return False
    if not spec.keys or session is None:
        return any(len(word) >= 3 for word in words)
    return all(_many_matches(session, spec, w) for w in words)


#: A word starting at least this many keys, or in this many names, is found by walking the name
#: index (measured on 100,000 people: below it, sorting the matches is faster).
WALK_KEYS = 15000


def _many_matches(session: Session, spec: ListSpec, word: str) -> bool:
    """Whether *word* (three or more characters) is in at least :data:`WALK_KEYS` rows of the
    full-text index, or starts as many keys; each count stops there (the index's first: it is the
    cheaper), so the probe costs a few milliseconds."""
    from tvet_alliance.persistence.search_index import fts_query

    if len(word) >= 3 and spec.full_text is not None:
        index = table(spec.full_text, sql_column("rowid"))
        matches = (
            select(index.c.rowid)
            .where(literal_column(spec.full_text).op("MATCH")(literal(fts_query(word))))
            .limit(WALK_KEYS)
        )
        if int(session.scalar(select(func.count()).select_from(matches.subquery())) or 0) >= WALK_KEYS:
            return True
    keys = search.key_rows(word)
    if keys is None:
        return False
    probe = select(func.count()).select_from(keys.limit(WALK_KEYS).subquery())
    return int(session.scalar(probe) or 0) >= WALK_KEYS


def _full_text_match(
    spec: ListSpec, terms: Sequence[str], related: Sequence[ColumnElement[bool]], walk: bool = False
) -> ColumnElement[bool]:
    """The row's rowid is among the index's matches for any of *terms*, or among the rows whose
    related records (a person's organisation) contain the word: one set, so that the query can
    either look the matches up or walk the name index and test each row against it."""
    from tvet_alliance.persistence.search_index import fts_query

    assert spec.full_text is not None
    own = spec.model.__table__
    index = table(spec.full_text, sql_column("rowid"))
    parts: list[Select[Any]] = [
        select(index.c.rowid).where(literal_column(spec.full_text).op("MATCH")(literal(fts_query(t))))
        for t in terms
    ]
    parts += [
        select(literal_column(f"{own.name}.rowid")).select_from(own).where(clause).correlate(None)
        for clause in related
    ]
    # A unary plus keeps SQLite from looking the rowids up through the primary key.
    rowid: ColumnElement[Any] = literal_column(f"+{own.name}.rowid" if walk else f"{own.name}.rowid")
    return cast(ColumnElement[bool], rowid.in_(union_all(*parts)))


def _where(
    spec: ListSpec,
    parent_id: uuid.UUID | None,
    include_deleted: bool,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    full_text: bool = False,
    walk: bool = False,
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if not include_deleted:
        clauses.append(spec.model.deleted_at.is_(None))
    if spec.parent is not None and parent_id is not None:
        clauses.append(spec.parent(parent_id))
    found = search_clause(spec, search, full_text=full_text, walk=walk)
    if found is not None:
        clauses.append(found)
    for key, value in (filters or {}).items():
        if value is not None and value != "":
            clauses.append(spec.filter(key).clause(value))
    return clauses


def _full_text(session: Session) -> bool:
    """Whether the database behind *session* has the full-text search index (set by Database)."""
    return bool(session.info.get("full_text"))


def _reads_joined(expr: Any, model: type[Any]) -> bool:
    """Whether *expr* is a column of a joined (aliased) table rather than of *model* itself.
    Correlated subqueries (counts, ranks) and search functions read only what they select."""
    owner = getattr(expr, "class_", None)
    return owner is not None and owner is not model


def _needs_joins(spec: ListSpec, order: Column, search: str, filters: Mapping[str, Any] | None) -> bool:
    if spec.parent is not None and spec.parent_needs_joins:
        return True
    if order.expr is not None and order.sortable and _reads_joined(order.expr, spec.model):
        return True
    if search_words(search) and any(_reads_joined(c, spec.model) for c in (*spec.search, *spec.phones)):
        return True
    return any(
        value not in (None, "") and _reads_joined(spec.filter(k).expr, spec.model)
        for k, value in (filters or {}).items()
    )


def list_ids(
    session: Session,
    spec: ListSpec,
    *,
    order_by: str | None = None,
    descending: bool = False,
    parent_id: uuid.UUID | None = None,
    include_deleted: bool = False,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
) -> list[uuid.UUID]:
    """Ids of all the rows to show, in display order (ties broken by id, so the order is stable)."""
    ids, _matched = list_page(
        session,
        spec,
        order_by=order_by,
        descending=descending,
        parent_id=parent_id,
        include_deleted=include_deleted,
        search=search,
        filters=filters,
    )
    return ids


def ordered_select(
    session: Session,
    spec: ListSpec,
    *,
    order_by: str | None = None,
    descending: bool = False,
    parent_id: uuid.UUID | None = None,
    include_deleted: bool = False,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
) -> Select[Any]:
    """The ids of the rows to show, in display order, as a statement (to page through, or to add
    columns to: an export of what a list shows reads it in one pass)."""
    key = order_by or spec.default_order or spec.columns[0].key
    column = spec.column(key)
    prefix_only = _prefix_only(spec, search, _full_text(session))
    walk = _walks_name_index(
        spec,
        key,
        full_text=_full_text(session),
        search=search,
        parent_id=parent_id,
        include_deleted=include_deleted,
        filters=filters,
        session=session,
    )
    stmt: Select[Any] = select(spec.model.id).select_from(spec.model)
    if _needs_joins(spec, column, search, filters):
        stmt = spec.joins(stmt)
    stmt = stmt.where(
        *_where(spec, parent_id, include_deleted, search, filters, _full_text(session), walk=walk)
    )
    if column.expr is not None and column.sortable:
        expr = column.expr
        if column.kind in TEXT_KINDS:
            expr = func.lower(expr)
            if search_words(search) and not prefix_only and not walk:
                # With a search, few rows match: sorting them beats walking the whole name index.
                expr = expr.concat("")
        nullable = getattr(getattr(column.expr, "expression", None), "nullable", True)
        if nullable:
            stmt = stmt.order_by(column.expr.is_(None))
        stmt = stmt.order_by(expr.desc() if descending else expr.asc())
    stmt = stmt.order_by(*spec.then_by, spec.model.id)
    return stmt


def list_page(
    session: Session,
    spec: ListSpec,
    *,
    order_by: str | None = None,
    descending: bool = False,
    parent_id: uuid.UUID | None = None,
    include_deleted: bool = False,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    limit: int | None = None,
    offset: int = 0,
    with_count: bool = False,
) -> tuple[list[uuid.UUID], int | None]:
    """One page of ids in display order and, with *with_count*, how many rows match in all
    (counted in the same scan with ``count(*) OVER ()``).

    Joins are added only when the order, the search or a filter reads a joined table, so the
    common case (a table sorted by its own name) walks one index.
    """
    stmt = ordered_select(
        session,
        spec,
        order_by=order_by,
        descending=descending,
        parent_id=parent_id,
        include_deleted=include_deleted,
        search=search,
        filters=filters,
    )
    prefix_only = _prefix_only(spec, search, _full_text(session))
    if with_count and not prefix_only:
        stmt = stmt.add_columns(func.count().over().label("matched"))
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = session.execute(stmt.execution_options(include_deleted=True)).all()
    ids = [row[0] for row in rows]
    if not with_count:
        return ids, None
    if prefix_only:  # counting a range of the name index is cheaper than a window over it
        return ids, count(
            session,
            spec,
            parent_id=parent_id,
            include_deleted=include_deleted,
            search=search,
            filters=filters,
        )
    if rows:
        return ids, int(rows[0][1])
    if offset == 0:
        return ids, 0
    return ids, count(
        session, spec, parent_id=parent_id, include_deleted=include_deleted, search=search, filters=filters
    )


def count(
    session: Session,
    spec: ListSpec,
    *,
    parent_id: uuid.UUID | None = None,
    include_deleted: bool = False,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
) -> int:
    stmt = select(func.count(spec.model.id)).select_from(spec.model)
    if _needs_joins(spec, Column("", "", None), search, filters):
        stmt = spec.joins(stmt)
    stmt = stmt.where(*_where(spec, parent_id, include_deleted, search, filters, _full_text(session)))
    return int(session.scalar(stmt.execution_options(include_deleted=True)) or 0)


def fetch_rows(session: Session, spec: ListSpec, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The shown values of the given rows, keyed by id; each row also has ``_deleted``."""
    if not ids:
        return {}
    exprs = [c.expr.label(c.key) for c in spec.columns if c.expr is not None]
    stmt = spec.joins(select(spec.model.id, spec.model.deleted_at, *exprs).select_from(spec.model))
    stmt = stmt.where(spec.model.id.in_(list(ids)))
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for row in session.execute(stmt.execution_options(include_deleted=True)).mappings():
        values = dict(row)
        row_id = values.pop("id")
        values["_deleted"] = values.pop("deleted_at") is not None
        rows[row_id] = values
    if spec.extras is not None:
        for row_id, more in spec.extras(session, list(rows)).items():
            rows[row_id].update(more)
    return rows


# --- the areas ------------------------------------------------------------------------------------
# Columns and filters of record fields take their key, label and kind from the catalog; the columns
# below that are not fields (counts, rank, checked in) are declared here.

_P, _PE, _EV, _DE = catalog.PARTNER, catalog.PERSON, catalog.EVENT, catalog.DELEGATE
_CO, _TR, _EN, _AG = catalog.COMPETITION, catalog.TRACK, catalog.ENTRY, catalog.AGREEMENT
ENTRIES_LABEL = QT_TRANSLATE_NOOP("Fields", "Entries")

_org_of_person = aliased(Organization)
PARTNERS = ListSpec(
    key="partners",
    record=_P.key,
    title=QT_TRANSLATE_NOOP("Areas", "Partners"),
    model=Organization,
    default_order="name_en",
    search=(
        Organization.name_en,
        Organization.name_native,
        Organization.short_name,
        Organization.aliases,
        Organization.email,
        Organization.city,
    ),
    phones=(Organization.phone,),
    keys=True,
    filters=(
        field_filter(_P, "country", Organization.country),
        field_filter(_P, "province", Organization.province),
        field_filter(_P, "org_type", Organization.org_type),
        field_filter(_P, "alliance_role", Organization.alliance_role),
        field_filter(_P, "membership_status", Organization.membership_status),
    ),
    columns=(
        field_column(_P, "name_en", Organization.display_name),
        field_column(_P, "name_native", Organization.name_native),
        field_column(_P, "short_name", Organization.short_name),
        field_column(_P, "country", Organization.country),
        field_column(_P, "province", Organization.province),
        field_column(_P, "city", Organization.city),
        field_column(_P, "org_type", Organization.org_type),
        field_column(_P, "alliance_role", Organization.alliance_role),
        field_column(_P, "membership_status", Organization.membership_status),
        field_column(_P, "joined_on", Organization.joined_on),
        field_column(_P, "email", Organization.email),
        field_column(_P, "phone", Organization.phone),
    ),
)

PEOPLE = ListSpec(
    key="people",
    record=_PE.key,
    title=QT_TRANSLATE_NOOP("Areas", "People"),
    model=Person,
    default_order="full_name",
    joins=lambda stmt: stmt.outerjoin(_org_of_person, Person.organization_id == _org_of_person.id),
    search=(
        Person.full_name,
        Person.name_native,
        Person.email,
        Person.position,
        Person.wechat_id,
        lambda pattern: Person.organization_id.in_(
            select(Organization.id).where(
                _any_like((Organization.name_en, Organization.name_native, Organization.short_name), pattern)
            )
        ),
    ),
    phones=(Person.phone, Person.whatsapp),
    full_text="person_search",
    prefix_columns=(Person.full_name, Person.name_native),
    name_index="ix_person_live_name",
    keys=True,
    filters=(
        field_filter(_PE, "organization_id", Person.organization_id),
        field_filter(_PE, "nationality", Person.nationality),
        field_filter(_PE, "contact_consent", Person.contact_consent),
    ),
    columns=(
        field_column(_PE, "full_name", Person.full_name),
        field_column(_PE, "name_native", Person.name_native),
        field_column(_PE, "organization_id", _org_of_person.display_name),
        field_column(_PE, "position", Person.position),
        field_column(_PE, "nationality", Person.nationality),
        field_column(_PE, "email", Person.email),
        field_column(_PE, "phone", Person.phone),
        field_column(_PE, "wechat_id", Person.wechat_id),
        field_column(_PE, "whatsapp", Person.whatsapp),
        field_column(_PE, "contact_consent", Person.contact_consent),
    ),
)


def _live_count(child: Any, key: Any, parent: Any) -> Any:
    """A correlated count of the live *child* rows whose *key* points at the *parent* row."""
    return (
        select(func.count(child.id))
        .where(key == parent.id, child.deleted_at.is_(None))
        .correlate(parent)
        .scalar_subquery()
    )


_delegate_count = _live_count(Participation, Participation.event_id, Event)
EVENTS = ListSpec(
    key="events",
    record=_EV.key,
    title=QT_TRANSLATE_NOOP("Areas", "Events"),
    model=Event,
    default_order="start_date",
    search=(Event.name, Event.city, Event.venue),
    filters=(field_filter(_EV, "kind", Event.kind), field_filter(_EV, "mode", Event.mode)),
    columns=(
        field_column(_EV, "name", Event.name),
        field_column(_EV, "kind", Event.kind),
        field_column(_EV, "start_date", Event.start_date),
        field_column(_EV, "end_date", Event.end_date),
        field_column(_EV, "city", Event.city),
        field_column(_EV, "country", Event.country),
        field_column(_EV, "mode", Event.mode),
        Column("delegates", QT_TRANSLATE_NOOP("Fields", "Delegates"), _delegate_count, ValueKind.INT),
    ),
)

_delegate_person = aliased(Person)
_delegate_org = aliased(Organization)
_checked_in = checkin.checked_in_sql(Participation.id).correlate(Participation)
#: A delegate's ticket code as people read it (codes.grouped: abcd-efgh-jkmn), in SQL.
_ticket = (
    func.substr(Participation.ticket_code, 1, 4)
    .concat("-")
    .concat(func.substr(Participation.ticket_code, 5, 4))
    .concat("-")
    .concat(func.substr(Participation.ticket_code, 9))
)
DELEGATES = ListSpec(
    key="delegates",
    record=_DE.key,
    title=QT_TRANSLATE_NOOP("Areas", "Delegates"),
    model=Participation,
    default_order="full_name",
    joins=lambda stmt: stmt.join(_delegate_person, Participation.person_id == _delegate_person.id).outerjoin(
        _delegate_org, _delegate_person.organization_id == _delegate_org.id
    ),
    parent=lambda event_id: Participation.event_id == event_id,
    search=(
        _delegate_person.full_name,
        _delegate_person.name_native,
        _delegate_person.email,
        _delegate_org.name_en,
        _delegate_org.name_native,
        _delegate_org.short_name,
    ),
    phones=(_delegate_person.phone, _delegate_person.whatsapp),
    filters=(
        field_filter(_DE, "role", Participation.role),
        field_filter(_DE, "attendance_mode", Participation.attendance_mode),
        field_filter(_DE, "status", Participation.status),
    ),
    columns=(
        field_column(_PE, "full_name", _delegate_person.full_name),
        field_column(_PE, "name_native", _delegate_person.name_native),
        field_column(_PE, "organization_id", _delegate_org.display_name),
        field_column(_DE, "role", Participation.role),
        field_column(_DE, "attendance_mode", Participation.attendance_mode),
        field_column(_DE, "status", Participation.status),
        Column("checked_in", QT_TRANSLATE_NOOP("Fields", "Checked in"), _checked_in, ValueKind.BOOL),
        Column("ticket_code", QT_TRANSLATE_NOOP("Fields", "Ticket code"), _ticket),
    ),
)

_track_count = _live_count(SkillTrack, SkillTrack.competition_id, Competition)
_entry_count = (
    select(func.count(Entry.id))
    .join(SkillTrack, Entry.track_id == SkillTrack.id)
    .where(
        SkillTrack.competition_id == Competition.id,
        Entry.deleted_at.is_(None),
        SkillTrack.deleted_at.is_(None),
    )
    .correlate(Competition)
    .scalar_subquery()
)
COMPETITIONS = ListSpec(
    key="competitions",
    record=_CO.key,
    title=QT_TRANSLATE_NOOP("Areas", "Competitions"),
    model=Competition,
    default_order="start_date",
    columns=(
        field_column(_CO, "name", Competition.name),
        field_column(_CO, "edition", Competition.edition),
        field_column(_CO, "start_date", Competition.start_date),
        field_column(_CO, "end_date", Competition.end_date),
        field_column(_CO, "host_city", Competition.host_city),
        Column("tracks", QT_TRANSLATE_NOOP("Fields", "Tracks"), _track_count, ValueKind.INT),
        Column("entries", ENTRIES_LABEL, _entry_count, ValueKind.INT),
    ),
)

_entries_in_track = _live_count(Entry, Entry.track_id, SkillTrack)
# Marking progress at a glance (services.marking.progress counts alike): the live entries with a
# mark (their judges' marks all given, or a score typed on a track without a scheme).
_entries_marked = (
    select(func.count(Entry.id))
    .where(Entry.track_id == SkillTrack.id, Entry.deleted_at.is_(None), Entry.score.is_not(None))
    .correlate(SkillTrack)
    .scalar_subquery()
)
TRACKS = ListSpec(
    key="tracks",
    record=_TR.key,
    title=QT_TRANSLATE_NOOP("Areas", "Skill tracks"),
    model=SkillTrack,
    default_order="name",
    parent=lambda competition_id: SkillTrack.competition_id == competition_id,
    columns=(
        field_column(_TR, "name", SkillTrack.name),
        field_column(_TR, "name_zh", SkillTrack.name_zh),
        field_column(_TR, "team_size", SkillTrack.team_size),
        field_column(_TR, "max_score", SkillTrack.max_score),
        Column("entries", ENTRIES_LABEL, _entries_in_track, ValueKind.INT),
        Column("marked", QT_TRANSLATE_NOOP("Fields", "Marked"), _entries_marked, ValueKind.INT),
        Column(
            "confirmed",
            QT_TRANSLATE_NOOP("Fields", "Results confirmed"),
            SkillTrack.results_confirmed_at.is_not(None),
            ValueKind.BOOL,
        ),
    ),
)

# Rank is derived from scores (domain.rules): withdrawn, disqualified and unscored entries have none.
_ranked = rules.rank_sql()
_entry_track = aliased(SkillTrack)
_entry_org = aliased(Organization)


# Searching an entry by any member's name, or an agreement by any party's name.
_member = aliased(Person)
_party = aliased(Organization)


def _member_names(pattern: str) -> ColumnElement[bool]:
    return (
        exists()
        .where(
            entry_members.c.entry_id == Entry.id,
            entry_members.c.person_id == _member.id,
            or_(
                _like(_member.full_name, pattern),
                _like(_member.name_native, pattern),
            ),
        )
        .correlate(Entry)
    )


def _party_names(pattern: str) -> ColumnElement[bool]:
    return (
        exists()
        .where(
            agreement_parties.c.agreement_id == Agreement.id,
            agreement_parties.c.organization_id == _party.id,
            or_(
                _like(_party.name_en, pattern),
                _like(_party.name_native, pattern),
                _like(_party.short_name, pattern),
            ),
        )
        .correlate(Agreement)
    )


def _linked_names(own_key: Any, other_key: Any, name: Any, field: str) -> Extras:
    """Extras filling *field* with the sorted names of the records linked through an association
    table (*own_key* and *other_key* are its two columns; *name* the linked model's name column)."""

    def extras(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        other = name.class_
        stmt = (
            select(own_key, name)
            .join(other, other.id == other_key)
            .where(own_key.in_(list(ids)))
            .order_by(name)
        )
        out: dict[uuid.UUID, dict[str, Any]] = {i: {field: []} for i in ids}
        for row_id, linked in session.execute(stmt):
            out[row_id][field].append(linked)
        return out

    return extras


_entry_members = _linked_names(
    entry_members.c.entry_id, entry_members.c.person_id, Person.full_name, "members"
)

#: The key of an entry row's medal check (domain.rules.medal_conflicts): a MedalConflict, or absent.
MEDAL_CONFLICT = "_medal_conflict"


def _medal_conflicts(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The medal check of the given entries, against every live entry of their tracks."""
    tracks = select(Entry.track_id).where(Entry.id.in_(list(ids))).distinct()
    rows = session.execute(
        select(Entry.id, Entry.track_id, Entry.status, Entry.score, Entry.medal).where(
            Entry.track_id.in_(tracks), Entry.deleted_at.is_(None)
        )
    )
    found = rules.medal_conflicts(rules.Medalled(*row) for row in rows)
    wanted = set(ids)
    return {i: {MEDAL_CONFLICT: c} for i, c in found.items() if i in wanted}  # type: ignore[misc]


def _entry_extras(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    out = _entry_members(session, ids)
    for row_id, more in _medal_conflicts(session, ids).items():
        out.setdefault(row_id, {}).update(more)
    # The track's name with its Chinese form (values.LocalName: shown in Chinese to a Chinese reader).
    for row_id, name, name_zh in session.execute(
        select(Entry.id, SkillTrack.name, SkillTrack.name_zh)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(Entry.id.in_(list(ids)))
    ):
        if name_zh:
            out.setdefault(row_id, {})[_EN.field("track_id").io_key] = LocalName(name, name_zh)
    return out


ENTRIES = ListSpec(
    key="entries",
    record=_EN.key,
    title=QT_TRANSLATE_NOOP("Areas", "Entries"),
    model=Entry,
    default_order="track",
    joins=lambda stmt: stmt.join(_entry_track, Entry.track_id == _entry_track.id).outerjoin(
        _entry_org, Entry.organization_id == _entry_org.id
    ),
    parent=lambda competition_id: _entry_track.competition_id == competition_id,
    parent_needs_joins=True,
    extras=_entry_extras,
    then_by=(_ranked.is_(None), _ranked),
    search=(Entry.team_name, _entry_track.name, _entry_org.name_en, _entry_org.name_native, _member_names),
    filters=(
        field_filter(_EN, "track_id", Entry.track_id),
        field_filter(_EN, "medal", Entry.medal),
        field_filter(_EN, "status", Entry.status),
        Filter(
            "medal_check",
            QT_TRANSLATE_NOOP("Fields", "Medal check"),
            rules.medal_conflict_sql(),
            ValueKind.BOOL,
        ),
    ),
    columns=(
        field_column(_EN, "track_id", _entry_track.name),
        Column("rank", QT_TRANSLATE_NOOP("Fields", "Rank"), _ranked, ValueKind.INT),
        field_column(_EN, "organization_id", _entry_org.display_name),
        field_column(_EN, "country", Entry.country),
        field_column(_EN, "team_name", Entry.team_name),
        field_column(_EN, "members", None, sortable=False),
        field_column(_EN, "status", Entry.status),
        field_column(_EN, "score", Entry.score),
        field_column(_EN, "medal", Entry.medal),
    ),
)


_agreement_parties = _linked_names(
    agreement_parties.c.agreement_id,
    agreement_parties.c.organization_id,
    Organization.display_name,
    "parties",
)


AGREEMENTS = ListSpec(
    key="agreements",
    record=_AG.key,
    title=QT_TRANSLATE_NOOP("Areas", "Agreements"),
    model=Agreement,
    default_order="signed_on",
    extras=_agreement_parties,
    search=(Agreement.title, Agreement.notes, _party_names),
    filters=(
        field_filter(_AG, "status", Agreement.status),
        field_filter(_AG, "kind", Agreement.kind),
        Filter(
            "expiring", QT_TRANSLATE_NOOP("Fields", "Expiring within"), Agreement.expires_on, ValueKind.DATE
        ),
    ),
    columns=(
        field_column(_AG, "title", Agreement.title),
        field_column(_AG, "kind", Agreement.kind),
        field_column(_AG, "status", Agreement.status),
        field_column(_AG, "signed_on", Agreement.signed_on),
        field_column(_AG, "expires_on", Agreement.expires_on),
        field_column(_AG, "parties", None, sortable=False),
        field_column(_AG, "areas", Agreement.areas, sortable=False),
    ),
)

ALL_SPECS = (PARTNERS, PEOPLE, EVENTS, DELEGATES, COMPETITIONS, TRACKS, ENTRIES, AGREEMENTS)
