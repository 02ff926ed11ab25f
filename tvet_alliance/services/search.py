"""Finding people and partners by name in any script: one service for every place a name is looked
up (the lists' search boxes, the type-ahead pickers, import and sync duplicate matching, the
command line, and the forms' duplicate warning).

A query is folded and read in several ways (:func:`search_keys.query_forms`: as typed, without
spaces, as a pinyin reading, as a Latin consonant skeleton, with canonical spellings), each looked up
by prefix in the ``search_key`` table (a range of its primary key, the same SQL on SQLite and
PostgreSQL). Matches are ranked: the whole name exactly, then a name (in its own script) by prefix,
then pinyin / initials / skeleton keys, then spelling variants, then names, e-mail addresses (and
for partners aliases) merely containing the text.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import column as sql_column
from sqlalchemy.sql import table

from tvet_alliance.domain import Organization, Person, SearchKey
from tvet_alliance.domain import search_keys as rules
from tvet_alliance.domain.validation import search_words
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

#: Why a record matched when no key took the whole text: each word starts a key; or a name or
#: address contains the text.
WORDS = QT_TRANSLATE_NOOP("Search", "every word")
CONTAINS = QT_TRANSLATE_NOOP("Search", "contains")
#: Key rows read per form of the query, in key order (exact keys come first in that order).
_FETCH = 120


@dataclass(frozen=True)
class Match:
    """A person or partner found: its id, names, the disambiguating detail (a person's organisation;
    a partner's city and country), why it matched (the kind of key, see
    :data:`search_keys.WHY`, or ``"contains"``), the key matched and the rank (0 best)."""

    id: uuid.UUID
    name: str
    native: str
    detail: str
    why: str
    key: str
    rank: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "name_native": self.native,
            "detail": self.detail,
            "why": self.why,
            "key": self.key,
            "rank": self.rank,
        }


def query_text(text: str | None) -> str:
    """The query as every search reads it (:func:`validation.search_words`: bounded, no control
    characters), words joined by one space."""
    return " ".join(search_words(text))


def _ranges(forms: Sequence[rules.Form]) -> list[ColumnElement[bool]]:
    out = []
    for form in forms:
        clause = and_(SearchKey.key >= form.prefix, SearchKey.key < rules.upper_bound(form.prefix))
        if form.kinds is not None:
            clause = and_(clause, SearchKey.kind.in_(form.kinds))
        out.append(clause)
    return out


_NOT_NAMES = tuple(int(k) for k in rules.Kind if k != rules.Kind.NAME)


def key_rows(text: str, *, names: bool = True) -> Select[Any] | None:
    """The ids of the records one of whose keys starts with a form of *text*. Without *names*,
    only the keys that are not the names themselves (pinyin, initials, skeletons, variants): for a
    caller that finds the names by another index, unless folding changes the text (ي typed for ی)."""
    forms = rules.query_forms(text)
    if not forms:
        return None
    if not names and rules.fold(text) == " ".join(text.casefold().split()):
        forms = [f if f.kinds is not None else rules.Form(f.prefix, _NOT_NAMES, f.rank) for f in forms]
    return select(SearchKey.row_id).where(or_(*_ranges(forms)))


def key_clause(model: type[Any], text: str) -> ColumnElement[bool] | None:
    """``model.id`` is the id of a record one of whose keys starts with a form of *text* (for the
    lists: every match, to sort and count as the list does)."""
    forms = rules.query_forms(text)
    if not forms:
        return None
    found = select(SearchKey.row_id).where(or_(*_ranges(forms)))
    return cast(ColumnElement[bool], model.id.in_(found))


def _key_matches(
    session: Session,
    model: type[Any],
    text: str,
    scope: Sequence[ColumnElement[bool]],
    exclude: set[uuid.UUID],
) -> dict[uuid.UUID, tuple[int, int, str]]:
    """Record id -> (rank, kind, key) of its best key matching a form of *text*."""
    best: dict[uuid.UUID, tuple[int, int, str]] = {}
    for form, clause in zip(forms := rules.query_forms(text), _ranges(forms), strict=True):
        stmt = (
            select(SearchKey.row_id, SearchKey.kind, SearchKey.key)
            .join(model, model.id == SearchKey.row_id)
            .where(clause, model.deleted_at.is_(None), *scope)
            .order_by(SearchKey.key)
            .limit(_FETCH)
        )
        for row_id, kind, key in session.execute(stmt):
            if row_id in exclude:
                continue
            found = (rules.rank_of(form, int(kind), str(key)), int(kind), str(key))
            if row_id not in best or found[0] < best[row_id][0]:  # ties: the earlier form, key order
                best[row_id] = found
    return best


def _like(column: Any, text: str) -> ColumnElement[bool]:
    pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return cast(ColumnElement[bool], func.lower(column).like(pattern, escape="\\"))


def _contains(
    session: Session,
    model: type[Any],
    columns: Sequence[Any],
    text: str,
    scope: Sequence[ColumnElement[bool]],
    limit: int,
) -> list[uuid.UUID]:
    """Records a name or address of which contains each word of three or more characters of *text*
    (shorter words are word prefixes: the keys have them), when the keys found too few. People on
    SQLite are looked up in the full-text (trigram) index instead of read one by one."""
    words = [w for w in search_words(text) if len(w) >= 3]
    if not words:
        return []
    clauses: list[ColumnElement[bool]]
    if model is Person and session.info.get("full_text"):
        from tvet_alliance.persistence.search_index import FTS_TABLE, fts_query

        index = table(FTS_TABLE, sql_column("rowid"))
        clauses = [
            literal_column("person.rowid").in_(
                select(index.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(literal(fts_query(w))))
            )
            for w in words
        ]
    else:
        clauses = [or_(*(_like(c, w) for c in columns)) for w in words]
    stmt: Select[Any] = select(model.id).where(model.deleted_at.is_(None), *scope, *clauses).limit(limit)
    return list(session.scalars(stmt))


def _find(
    session: Session,
    model: type[Any],
    text: str,
    *,
    limit: int,
    scope: Sequence[ColumnElement[bool]],
    contains: Sequence[Any],
    exclude: Sequence[uuid.UUID] = (),
) -> list[tuple[uuid.UUID, int, str, str]]:
    text = query_text(text)
    if not text or limit <= 0:
        return []
    skip = set(exclude)
    best = _key_matches(session, model, text, scope, skip)
    found = [(row_id, rank, rules.WHY[rules.Kind(kind)], key) for row_id, (rank, kind, key) in best.items()]
    seen = set(best) | skip
    words = text.split()
    if len(found) < limit and len(words) > 1:  # "fatima jinnah", "wei zhang": each word starts a key
        clauses = [c for c in (key_clause(model, w) for w in words) if c is not None]
        stmt = select(model.id).where(model.deleted_at.is_(None), *scope, *clauses).limit(limit + len(seen))
        for row_id in session.scalars(stmt):
            if row_id not in seen:
                seen.add(row_id)
                found.append((row_id, rules.WORDS_RANK, WORDS, text))
    if len(found) < limit:
        for row_id in _contains(session, model, contains, text, scope, limit + len(seen)):
            if row_id not in seen:
                seen.add(row_id)
                found.append((row_id, rules.CONTAINS_RANK, CONTAINS, text))
    return found


def find_people(
    session: Session,
    text: str,
    *,
    limit: int = 20,
    organization_id: uuid.UUID | None = None,
    exclude: Sequence[uuid.UUID] = (),
    among: ColumnElement[bool] | None = None,
) -> list[Match]:
    """People whose name (in any script, by pinyin, initials, Urdu consonants or spelling variant)
    starts with *text*, or whose name, e-mail or position contains it; best first. With
    *organization_id*, only that organisation's people; *exclude* leaves out the given ids;
    *among* (a condition on ``Person``: an event's delegates, for the check-in desk, as a correlated
    EXISTS checked by index for each candidate) keeps only those."""
    scope: list[ColumnElement[bool]] = (
        [Person.organization_id == organization_id] if organization_id is not None else []
    )
    if among is not None:
        scope.append(among)
    found = _find(
        session,
        Person,
        text,
        limit=limit,
        scope=scope,
        contains=(Person.full_name, Person.name_native, Person.email),
        exclude=exclude,
    )
    if not found:
        return []
    ids = [f[0] for f in found]
    rows = {
        r[0]: r[1:]
        for r in session.execute(
            select(Person.id, Person.full_name, Person.name_native, Organization.display_name)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_(ids))
        )
    }
    names = {
        row_id: (name, native, organisation or "") for row_id, (name, native, organisation) in rows.items()
    }
    return _ranked(found, names, limit)


def find_partners(
    session: Session, text: str, *, limit: int = 20, exclude: Sequence[uuid.UUID] = ()
) -> list[Match]:
    """Partners whose name, Chinese or Urdu name, short name or alias (in any script, by pinyin,
    initials, Urdu consonants or spelling variant) starts with *text*, or contains it; best first."""
    found = _find(
        session,
        Organization,
        text,
        limit=limit,
        scope=[],
        contains=(
            Organization.name_en,
            Organization.name_native,
            Organization.short_name,
            Organization.aliases,
            Organization.email,
        ),
        exclude=exclude,
    )
    if not found:
        return []
    ids = [f[0] for f in found]
    rows = {
        r[0]: r[1:]
        for r in session.execute(
            select(
                Organization.id,
                Organization.display_name,
                Organization.name_native,
                Organization.city,
                Organization.country,
            ).where(Organization.id.in_(ids))
        )
    }
    names = {
        row_id: (name, native, ", ".join(str(p) for p in (city, country) if p))
        for row_id, (name, native, city, country) in rows.items()
    }
    return _ranked(found, names, limit)


def _ranked(found: Sequence[Any], names: dict[uuid.UUID, tuple[Any, Any, str]], limit: int) -> list[Match]:
    """The found (id, rank, why, key) as matches with their (name, native name, detail), best first:
    by rank, then name, so the same query lists the same order on every database."""
    matches = [
        Match(row_id, str(names[row_id][0]), str(names[row_id][1] or ""), names[row_id][2], why, key, rank)
        for row_id, rank, why, key in found
        if row_id in names
    ]
    matches.sort(key=lambda m: (m.rank, m.name.casefold(), m.native, str(m.id)))
    return matches[:limit]
