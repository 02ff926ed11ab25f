"""Values that come from a file (a sync package, a full export), checked before they are written.

A file can be edited by hand or crafted: every value is read strictly for its column (ids, dates,
numbers, enums, lists), must fit the column, and must pass the field's rule of the catalog (e-mail,
country, web address, a required text) -- the rules forms and imports apply. A problem is a
:class:`BadValue` naming the table, the column and the value.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Column, Table
from sqlalchemy import inspect as sa_inspect

from tvet_alliance.domain import catalog
from tvet_alliance.domain import validation as v
from tvet_alliance.domain.base import StrList
from tvet_alliance.domain.changelog import deserialize
from tvet_alliance.domain.models import (
    Agreement,
    Competition,
    Entry,
    Event,
    JudgeMark,
    MarkingAspect,
    Organization,
    Participation,
    Person,
    SkillTrack,
)
from tvet_alliance.domain.values import ValueKind

#: The longest text a file may hold in one value (a note of a million characters is no note).
CELL_LIMIT = 1_000_000


class BadValue(ValueError):
    """A value a file may not bring in; ``str()`` is one line in English naming where it is."""


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")


def value_of(column: Column[Any], text: Any) -> Any:
    """The Python value of *text* (serialized, as logged or exported) for *column*; None stays None."""
    where = f"{column.table.name}.{column.name}"
    if text is None:
        if not column.nullable and not column.primary_key:
            raise BadValue(f"{where} is empty")
        return None
    if not isinstance(text, str):
        raise BadValue(f"{where} holds a {type(text).__name__}, not text")
    if len(text) > CELL_LIMIT:
        raise BadValue(f"{where} holds {len(text):,} characters (at most {CELL_LIMIT:,})")
    if "\x00" in text:
        raise BadValue(f"{where} holds a NUL character")
    if isinstance(column.type, StrList):
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise BadValue(f"{where}: {_show(text)} is not a list") from exc
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise BadValue(f"{where}: {_show(text)} is not a list of texts")
        return items
    try:
        value = deserialize(column, text)
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise BadValue(f"{where}: {_show(text)} is not a valid value") from exc
    length = getattr(column.type, "length", None)
    if isinstance(value, str) and length is not None and len(value) > length:
        raise BadValue(f"{where} holds {len(value)} characters (at most {length})")
    return value


def check_field(table: str, name: str, value: Any) -> None:
    """The catalog's rule for the field *name* of a record of *table* (nothing for other columns)."""
    rec = catalog.record_of_table(table)
    f = catalog.field_of_column(rec, name) if rec is not None else None
    if f is None:
        return
    try:
        if f.kind is ValueKind.EMAIL:
            v.email(value)
        elif f.kind is ValueKind.COUNTRY:
            v.country(value, required=f.required)
        elif f.kind is ValueKind.URL:
            v.url(value)
        elif f.required and f.kind in (ValueKind.TEXT, ValueKind.NATIVE, ValueKind.MULTILINE):
            v.required_text(value)
    except v.Invalid as exc:
        raise BadValue(f"{table}.{name}: {_show(str(value))} is refused ({exc.code})") from exc


def row_values(table: Table, texts: Mapping[str, Any], *, whole: bool = True) -> dict[str, Any]:
    """The checked values of one row of *table* from its serialized *texts*. With *whole* every
    column must be there (an inserted row); unknown columns are refused either way."""
    unknown = [k for k in texts if k not in table.c]
    if unknown:
        raise BadValue(f"{table.name} has no column {unknown[0]!r}")
    if whole:
        missing = [c.name for c in table.c if c.name not in texts]
        if missing:
            raise BadValue(f"a row of {table.name} has no {missing[0]}")
    out: dict[str, Any] = {}
    for name, text in texts.items():
        value = value_of(table.c[name], text)
        check_field(table.name, name, value)
        out[name] = value
    return out


def check_changed(table: str, name: str, value: Any) -> None:
    """The rules a changed field can be held to without the rest of its record: a phone number
    (in E.164, as stored) and a province code."""
    try:
        if name in ("phone", "whatsapp") and table in ("person", "organization"):
            v.phone(value, None)
        elif name == "province" and table == "organization":
            v.province(value, None)
    except v.Invalid as exc:
        raise BadValue(f"{table}.{name}: {_show(str(value))} is refused ({exc.code})") from exc


#: A parent record's checked values by table and id (an organization for a person's phone region, a
#: skill track for an entry's score), or None when it is not known to the caller.
Parents = Callable[[str, Any], "Mapping[str, Any] | None"]


def _no_parents(table: str, row_id: Any) -> Mapping[str, Any] | None:
    return None


def check_row(
    table: str,
    values: Mapping[str, Any],
    parents: Parents = _no_parents,
    many: Mapping[str, list[Any]] | None = None,
    fields: frozenset[str] | None = None,
) -> None:
    """The rules of the model's ``validate()`` (phone numbers, a province of the row's country, end
    dates after start dates, a score within the track's maximum, team sizes...) run on the checked
    *values* of a whole row, without an ORM object or a session. *many* holds the row's many-to-many
    id lists (an entry's members); with *fields* only problems of those fields count (a change of
    them). Raises :class:`BadValue` with the first rule broken."""
    model = _MODELS.get(table)
    if model is None:
        return
    plain = SimpleNamespace(**{c.key: None for c in model.__table__.columns})
    for rel in sa_inspect(model).relationships:
        setattr(plain, rel.key, [] if rel.uselist else None)
    for key, ids in (many or {}).items():
        setattr(plain, key, list(ids))
    for key, value in values.items():
        setattr(plain, key, value)
    if model is Person:
        org = (
            parents("organization", values.get("organization_id")) if values.get("organization_id") else None
        )
        region = values.get("nationality") or (org or {}).get("country")
        plain.phone_region = lambda: str(region).upper() if region else None
    elif model is Entry:  # an unknown track: its limits are checked where it is known
        track = parents("skill_track", values.get("track_id")) if values.get("track_id") else None
        plain.track = SimpleNamespace(
            **{
                "max_score": None,
                "team_size": None,
                "results_confirmed_at": None,
                "name": "",
                **(track or {}),
            }
        )
        plain.results_lock_check = fields is not None  # a change of a row: confirmed results lock it
    elif model is JudgeMark:  # a mark within its aspect's range (0-3 for a judgement)
        aspect = parents("marking_aspect", values.get("aspect_id")) if values.get("aspect_id") else None
        plain.aspect = SimpleNamespace(**{"kind": None, "max_mark": None, "code": None, **(aspect or {})})
    errors = [e for e in model.validate(cast(Any, plain)) if fields is None or e.field in fields]
    if errors:
        e = errors[0]
        raise BadValue(f"{table}.{e.field}: {e.text()}")


_MODELS: dict[str, type[Any]] = {
    m.__tablename__: m
    for m in (
        Organization,
        Person,
        Event,
        Participation,
        Competition,
        SkillTrack,
        Entry,
        MarkingAspect,
        JudgeMark,
        Agreement,
    )
}
