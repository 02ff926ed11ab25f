"""Possible duplicates of a record a person is about to save in a form.

The rules are the import's (``domain/names.py``): an organisation is the same when one of its names
(English, native, short name, an alias) is another's name or abbreviation (:class:`OrgIndex`); a
person is the same by e-mail (any case), by phone (normalised as it would be stored), or by name at
the same organisation — any organisation when the new person has none (:func:`person_keys`). A form
also compares the names in every script: "张伟" typed for a person of an organisation that has
"Zhang Wei / 张伟" is the same person.

Names are compared by their identity keys (:func:`search_keys.identity_keys`, the import's and the
sync merge's rule): 张伟 and "Zhang Wei" are the same name, spelling variants are not; people of any
organisation are looked up by those keys in the stored search keys.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tvet_alliance.domain import Organization, Person, SearchKey
from tvet_alliance.domain.names import OrgIndex, partner_name, person_keys, person_name_keys
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

#: Why a record may be the same, English in the "Duplicates" translation context.
REASONS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same e-mail"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone"),
}
#: At most this many candidates are shown.
LIMIT = 10


@dataclass(frozen=True)
class Candidate:
    """An existing record that may be the one being typed."""

    type_key: str
    id: uuid.UUID
    label: str  # the record's name (both scripts when it has both)
    detail: str  # what tells namesakes apart: a person's organisation; a partner's city
    country: str | None  # and its country (a code, shown by name in the reader's language)
    reason: str  # a key of REASONS


def possible_duplicates(
    session: Session, type_key: str, values: dict[str, Any], record_id: uuid.UUID | None = None
) -> list[Candidate]:
    """The live records of *type_key* that may be the record with *values* (a form's values, as
    ``records.validate`` accepts them); *record_id* is the record being edited, never its own
    duplicate. Only partners and people are checked; other types give ``[]``."""
    if type_key == "partner":
        return _partners(session, values, record_id)[:LIMIT]
    if type_key == "person":
        return _people(session, values, record_id)[:LIMIT]
    return []


def needs_check(type_key: str, changed: dict[str, Any]) -> bool:
    """Whether an edit changing the fields *changed* can make a record a duplicate (its names,
    e-mail, phone or organisation)."""
    watched = _WATCHED.get(type_key, frozenset())
    return bool(watched & set(changed))


_WATCHED = {
    "partner": frozenset({"name_en", "name_native", "short_name", "aliases"}),
    "person": frozenset({"full_name", "name_native", "email", "phone", "organization_id"}),
}


def _text(value: Any) -> str:
    return str(value).strip() if value else ""


# --- partners -----------------------------------------------------------------------------------


def _partners(session: Session, values: dict[str, Any], record_id: uuid.UUID | None) -> list[Candidate]:
    typed = [
        _text(values.get("name_en")),
        _text(values.get("name_native")),
        _text(values.get("short_name")),
        *(_text(a) for a in values.get("aliases") or []),
    ]
    typed = [t for t in typed if t]
    if not typed:
        return []
    index: OrgIndex[uuid.UUID] = OrgIndex()
    rows: dict[uuid.UUID, Any] = {}
    stmt = select(
        Organization.id,
        Organization.name_en,
        Organization.name_native,
        Organization.short_name,
        Organization.aliases,
        Organization.city,
        Organization.country,
    ).where(Organization.deleted_at.is_(None))
    if record_id is not None:
        stmt = stmt.where(Organization.id != record_id)
    for row in session.execute(stmt.order_by(Organization.id)):  # uuid7: the oldest first
        rows[row.id] = row
        index.add((row.name_en, row.name_native, row.short_name, *(row.aliases or [])), row.id)
    found: list[uuid.UUID] = []
    for name in typed:
        for oid in index.find_all(name):
            if oid not in found:
                found.append(oid)
    return [
        Candidate(
            "partner",
            oid,
            _both(partner_name(rows[oid].name_en, rows[oid].name_native), rows[oid].name_native),
            rows[oid].city or "",
            rows[oid].country,
            "name",
        )
        for oid in found
    ]


def _both(name: str, native: str | None) -> str:
    return f"{name} / {native}" if native and native != name else name


# --- people -------------------------------------------------------------------------------------


def _people(session: Session, values: dict[str, Any], record_id: uuid.UUID | None) -> list[Candidate]:
    full_name = _text(values.get("full_name"))
    native = _text(values.get("name_native"))
    org = values.get("organization_id")
    org_id = org if isinstance(org, uuid.UUID) else None
    email, phone = _contact(session, values, org_id)
    reasons: dict[uuid.UUID, str] = {}
    # E-mail and phone first, by the import's keys (one indexed query each).
    wanted = {key: reason for key, reason in person_keys(email, phone, full_name, org_id) if reason != "name"}
    clauses = []
    if email:
        clauses.append(Person.email == email)
    if phone:
        clauses.append(Person.phone == phone)
    columns = (Person.id, Person.full_name, Person.name_native, Person.email, Person.phone)
    if clauses:
        for pid, name, _native, other_email, other_phone in session.execute(
            _live(select(*columns).where(or_(*clauses)), record_id).limit(LIMIT * 5)
        ):
            other = person_keys(other_email, other_phone, name, None)
            for key, _reason in other:
                if key in wanted:
                    reasons.setdefault(pid, wanted[key])
    # Names: at the same organisation (any when the new person has none), in every script.
    typed = person_name_keys(full_name, native)
    if typed:
        stmt = select(*columns)
        if org_id is not None:
            stmt = _live(stmt.where(Person.organization_id == org_id), record_id)
        else:
            sqlite = session.get_bind().dialect.name == "sqlite"
            stmt = _live(stmt.where(or_(*_name_prefixes(sqlite, full_name, native))), record_id).limit(2000)
        for pid, name, other_native, _e, _p in session.execute(stmt):
            if _same_name(typed, person_name_keys(name, other_native)):
                reasons.setdefault(pid, "name")
    if not reasons:
        return []
    details = _people_details(session, list(reasons))
    return [
        Candidate("person", pid, *details[pid], reason) for pid, reason in reasons.items() if pid in details
    ]


def _same_name(typed: set[str], other: set[str]) -> bool:
    """Whether two people's names (name keys of every script) are the same name. The one place
    names of people are compared: a cross-script matcher (pinyin, transliterations) goes here."""
    return bool(typed & other)


def _live(stmt: Any, record_id: uuid.UUID | None) -> Any:
    stmt = stmt.where(Person.deleted_at.is_(None))
    if record_id is not None:
        stmt = stmt.where(Person.id != record_id)
    return stmt.order_by(Person.id)


def _name_prefixes(sqlite: bool, *names: str) -> list[Any]:
    """People of any organisation who may have one of *names*: those with one of the names' identity
    keys among their stored search keys (:func:`search_keys.identity_keys` — "Zhang Wei" and 张伟
    share "zhangwei"), found by equality in the ``search_key`` index; the name keys then decide."""
    del sqlite  # the same indexed look-up on every database
    keys = sorted(person_name_keys(*names))
    if not keys:
        return [Person.id.is_(None)]
    return [Person.id.in_(select(SearchKey.row_id).where(SearchKey.key.in_(keys)))]


def _contact(
    session: Session, values: dict[str, Any], org_id: uuid.UUID | None
) -> tuple[str | None, str | None]:
    """The e-mail and phone as they would be stored (the phone read in the person's country)."""
    region = _text(values.get("nationality")).upper() or None
    if region is None and org_id is not None:
        region = session.scalar(select(Organization.country).where(Organization.id == org_id))
    plain = {k: _text(values.get(k)) or None for k in ("full_name", "email", "phone")}
    plain["full_name"] = plain["full_name"] or "?"
    clean, problems = Person.check_values(plain, region)
    bad = {p.field for p in problems}
    email = None if "email" in bad else clean.get("email")
    phone = None if "phone" in bad else clean.get("phone")
    return email, phone


def _people_details(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str | None]]:
    rows = session.execute(
        select(
            Person.id, Person.full_name, Person.name_native, Organization.display_name, Organization.country
        )
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Person.id.in_(ids))
    )
    return {
        pid: (_both(name, native), org_name or "", country) for pid, name, native, org_name, country in rows
    }
