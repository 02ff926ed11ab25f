"""Editing records: what each record type's form holds, and the use cases behind Save, Delete,
Restore, bulk changes and History.

Values travel as plain dicts of Python values (str, enums, dates, Decimal, UUIDs of referenced rows,
lists of UUIDs for many-to-many fields). Every write checks ``row_version`` so that an edit made
elsewhere since the form was opened is never silently overwritten.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from decimal import InvalidOperation
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tvet_alliance.domain import (
    Agreement,
    ChangeLog,
    CheckIn,
    Competition,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    catalog,
    codes,
    rules,
)
from tvet_alliance.domain.base import Tracked, utcnow
from tvet_alliance.domain.catalog import Field as FieldSpec
from tvet_alliance.domain.enums import ChangeOp, Medal
from tvet_alliance.domain.errors import DomainError, FieldError, ValidationFailed
from tvet_alliance.domain.events import serialize
from tvet_alliance.domain.models import agreement_parties
from tvet_alliance.domain.validation import search_words, unassigned
from tvet_alliance.domain.values import (
    LocalName,
    Translate,
    ValueKind,
    display,
    display_stored,
    english,
    ids_in,
    is_list,
    parse,
)
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import marking, search


@dataclass(frozen=True)
class Dependent:
    label: str  # "{count} people" style English, "Fields" context
    model: type[Any]
    column: str  # the foreign key column pointing at the record
    via: Any = None  # an association table, for many-to-many


@dataclass(frozen=True)
class RecordType:
    """A record type as the forms edit it: its catalog entry, and what still points at a record."""

    record: catalog.Record
    dependents: tuple[Dependent, ...] = ()

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def model(self) -> type[Any]:
        return self.record.model

    @property
    def label(self) -> str:
        return self.record.label

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.record.fields

    @property
    def title_field(self) -> str:
        return self.record.title_field

    def field(self, name: str) -> FieldSpec:
        for f in self.record.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> list[str]:
        return self.record.field_names


_DEPENDENTS: dict[str, tuple[Dependent, ...]] = {
    "partner": (
        Dependent(QT_TRANSLATE_NOOP("Fields", "people"), Person, "organization_id"),
        Dependent(QT_TRANSLATE_NOOP("Fields", "competition entries"), Entry, "organization_id"),
    ),
    "person": (Dependent(QT_TRANSLATE_NOOP("Fields", "event registrations"), Participation, "person_id"),),
    "event": (Dependent(QT_TRANSLATE_NOOP("Fields", "delegates"), Participation, "event_id"),),
    "delegate": (Dependent(QT_TRANSLATE_NOOP("Fields", "check-ins"), CheckIn, "participation_id"),),
    "competition": (Dependent(QT_TRANSLATE_NOOP("Fields", "skill tracks"), SkillTrack, "competition_id"),),
    "track": (Dependent(QT_TRANSLATE_NOOP("Fields", "entries"), Entry, "track_id"),),
}

RECORD_TYPES: dict[str, RecordType] = {
    key: RecordType(rec, _DEPENDENTS.get(key, ())) for key, rec in catalog.RECORDS.items()
}


def record_type(key: str) -> RecordType:
    return RECORD_TYPES[key]


# --- errors -------------------------------------------------------------------------------------


class RecordNotFound(DomainError):
    pass


@dataclass
class RecordValues:
    """A record as a form shows it."""

    type_key: str
    id: uuid.UUID | None
    version: int | None
    values: dict[str, Any]
    deleted: bool = False
    title: str = ""
    #: What the form shows but nobody types: (key, English label in the "Fields" context, text),
    #: e.g. a delegate's ticket code, grouped for reading (re-issued from the delegates list).
    shown: tuple[tuple[str, str, str], ...] = ()


class EditConflict(DomainError):
    """The record changed (or was deleted) since the form was opened. ``current`` is what it is now."""

    def __init__(self, current: RecordValues, mine: dict[str, Any]) -> None:
        self.current = current
        self.mine = mine
        changed = [k for k in mine if serialize(mine[k]) != serialize(current.values.get(k))]
        self.changed_fields = changed
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this record after you opened it (now version {version}). "
                "Reload their version, or overwrite it with yours?",
            ),
            version=current.version,
        )


class DuplicateRecord(DomainError):
    pass


# --- reading ------------------------------------------------------------------------------------


def _get(session: Session, rtype: RecordType, record_id: uuid.UUID) -> Any:
    obj = session.get(rtype.model, record_id, execution_options={"include_deleted": True})
    if obj is None:
        raise RecordNotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
    return obj


def _read_value(obj: Any, spec: FieldSpec) -> Any:
    value = getattr(obj, spec.name)
    if spec.kind is ValueKind.REFS:
        return [item.id for item in value]
    if is_list(spec.kind):
        return list(value or [])
    return value


def title_of(session: Session, rtype: RecordType, obj: Any) -> str:
    if rtype.key == "delegate":
        return f"{obj.person.full_name} — {obj.event.name}"
    if rtype.key == "entry":
        base = obj.team_name or ", ".join(m.full_name for m in obj.members) or "?"
        return f"{base} — {obj.track.name}"
    if rtype.key == "partner":
        return str(obj.display_name)
    return str(getattr(obj, rtype.title_field) or "")


def load(session: Session, type_key: str, record_id: uuid.UUID) -> RecordValues:
    rtype = record_type(type_key)
    obj = _get(session, rtype, record_id)
    return RecordValues(
        type_key=type_key,
        id=obj.id,
        version=obj.row_version,
        values={spec.name: _read_value(obj, spec) for spec in rtype.fields},
        deleted=obj.deleted_at is not None,
        title=title_of(session, rtype, obj),
        shown=_shown(rtype, obj),
    )


TICKET_CODE = QT_TRANSLATE_NOOP("Fields", "Ticket code")


def _shown(rtype: RecordType, obj: Any) -> tuple[tuple[str, str, str], ...]:
    if rtype.key == "delegate" and obj.ticket_code:
        return (("ticket_code", TICKET_CODE, codes.grouped(obj.ticket_code)),)
    return ()


def defaults(type_key: str, **given: Any) -> dict[str, Any]:
    rtype = record_type(type_key)
    values: dict[str, Any] = {}
    for spec in rtype.fields:
        if is_list(spec.kind):
            values[spec.name] = []
        else:
            values[spec.name] = spec.default
    values.update(given)
    return values


# --- writing ------------------------------------------------------------------------------------


def _coerce(spec: FieldSpec, value: Any) -> Any:
    """Form values to model values, by the field's value kind."""
    return parse(spec.kind, value, spec.enum)


def _coerce_all(rtype: RecordType, values: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    out: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, value in values.items():
        spec = rtype.field(name)
        try:
            out[name] = _coerce(spec, value)
        except (ValueError, InvalidOperation):
            message = {
                ValueKind.INT: QT_TRANSLATE_NOOP("Validation", "Enter a whole number."),
                ValueKind.DECIMAL: QT_TRANSLATE_NOOP("Validation", "Enter a number, e.g. 87.5."),
                ValueKind.DATE: QT_TRANSLATE_NOOP("Validation", "Enter a date as YYYY-MM-DD."),
            }.get(spec.kind, QT_TRANSLATE_NOOP("Validation", "This value is not allowed here."))
            errors.append(FieldError(rtype.model.__name__, name, "format", message, {}))
    return out, errors


def _apply(session: Session, rtype: RecordType, obj: Any, values: dict[str, Any]) -> None:
    with session.no_autoflush:  # a half-set record must not be flushed by the look-ups below
        _apply_values(session, rtype, obj, values)


def _apply_values(session: Session, rtype: RecordType, obj: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        spec = rtype.field(name)
        if spec.kind is ValueKind.REFS:
            target = record_type(spec.ref or "").model
            items = [session.get(target, i, execution_options={"include_deleted": True}) for i in value]
            setattr(obj, name, [item for item in items if item is not None])
        elif spec.kind is ValueKind.REF:
            setattr(obj, name, value)
            relationship = name.removesuffix("_id")
            if value is not None and hasattr(type(obj), relationship):
                target = record_type(spec.ref or "").model
                setattr(
                    obj, relationship, session.get(target, value, execution_options={"include_deleted": True})
                )
            elif value is None and hasattr(type(obj), relationship):
                setattr(obj, relationship, None)
        else:
            setattr(obj, name, value)


def _required_errors(rtype: RecordType, values: dict[str, Any], partial: bool) -> list[FieldError]:
    errors = []
    for spec in rtype.fields:
        if not spec.required or (partial and spec.name not in values):
            continue
        value = values.get(spec.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors.append(
                FieldError(
                    rtype.model.__name__,
                    spec.name,
                    "required",
                    QT_TRANSLATE_NOOP("Validation", "This field is required."),
                    {},
                )
            )
    return errors


def validate(session: Session, type_key: str, values: dict[str, Any]) -> list[FieldError]:
    """Every problem with *values*, as the form shows them next to their fields. Writes nothing."""
    return check(session, type_key, values)[0]


def check(
    session: Session, type_key: str, values: dict[str, Any]
) -> tuple[list[FieldError], list[FieldError]]:
    """The problems with *values* (as :func:`validate`) and the warnings a form shows without
    refusing the record: a phone number of the right length in no range in use. Writes nothing."""
    errors, obj = _checked(session, type_key, values)
    warnings = []
    refused = {e.field for e in errors}
    for name in ("phone", "whatsapp"):
        if name not in refused and (note := unassigned(getattr(obj, name, None))) is not None:
            warnings.append(FieldError(type(obj).__name__, name, note.code, note.message, note.params))
    return errors, warnings


def _checked(session: Session, type_key: str, values: dict[str, Any]) -> tuple[list[FieldError], Any]:
    rtype = record_type(type_key)
    coerced, errors = _coerce_all(rtype, values)
    errors += [
        e for e in _required_errors(rtype, coerced, partial=False) if e.field not in {x.field for x in errors}
    ]
    obj = rtype.model()
    with session.no_autoflush:
        _apply(session, rtype, obj, {k: v for k, v in coerced.items()})
        seen = {e.field for e in errors}
        # Confirmed results lock changes, which a form's values alone cannot tell: saving checks it.
        errors += [e for e in obj.validate() if e.field not in seen and e.code != "results_locked"]
    if obj in session:
        session.expunge(obj)
    return errors, obj


def _flush(session: Session, rtype: RecordType, obj: Any) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        # The caller's transaction rolls back when this error leaves it (rolling back here would
        # close the transaction under the caller's ``with session.begin()``).
        if rtype.key == "delegate":
            raise DuplicateRecord(
                QT_TRANSLATE_NOOP("Errors", "This person is already registered for this event.")
            ) from exc
        raise DuplicateRecord(
            QT_TRANSLATE_NOOP("Errors", "The record clashes with another one: {reason}"), reason=str(exc.orig)
        ) from exc


def _check_unique(
    session: Session, rtype: RecordType, values: dict[str, Any], record_id: uuid.UUID | None
) -> None:
    if rtype.key != "delegate":
        return
    stmt = select(Participation.id, Participation.deleted_at).where(
        Participation.event_id == values.get("event_id"), Participation.person_id == values.get("person_id")
    )
    for other_id, deleted_at in session.execute(stmt.execution_options(include_deleted=True)):
        if other_id != record_id:
            if deleted_at is not None:
                raise DuplicateRecord(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This person was registered for this event and deleted; restore that registration "
                        "(Show deleted) instead.",
                    )
                )
            raise DuplicateRecord(
                QT_TRANSLATE_NOOP("Errors", "This person is already registered for this event.")
            )


def organisation_country(session: Session, organisation_id: uuid.UUID | None) -> str | None:
    """The country of an organisation (what an entry's form fills in when it is picked)."""
    if organisation_id is None:
        return None
    org = session.get(Organization, organisation_id, execution_options={"include_deleted": True})
    return org.country if org is not None else None


def _fill_country(
    session: Session, rtype: RecordType, merged: dict[str, Any], coerced: dict[str, Any]
) -> None:
    """An entry saved without a country takes its organisation's (:func:`rules.entry_country`);
    a country the person chose stays."""
    if rtype.key != "entry" or merged.get("country") or not merged.get("organization_id"):
        return
    country = rules.entry_country(None, organisation_country(session, merged["organization_id"]))
    if country:
        coerced["country"] = country


def create(
    session: Session, type_key: str, values: dict[str, Any], record_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a record; the caller commits. Raises ValidationFailed with every problem."""
    rtype = record_type(type_key)
    coerced, errors = _coerce_all(rtype, values)
    errors += _required_errors(rtype, coerced, partial=False)
    if errors:
        raise ValidationFailed(errors)
    _check_unique(session, rtype, {**defaults(type_key), **coerced}, None)
    _fill_country(session, rtype, coerced, coerced)
    obj = rtype.model()
    if record_id is not None:
        obj.id = record_id
    session.add(obj)
    _apply(
        session, rtype, obj, {**{k: v for k, v in defaults(type_key).items() if k not in coerced}, **coerced}
    )
    _flush(session, rtype, obj)
    return uuid.UUID(str(obj.id))


def update(
    session: Session,
    type_key: str,
    record_id: uuid.UUID,
    values: dict[str, Any],
    expected_version: int | None,
) -> int:
    """Change the given fields of a record; returns its new version. The caller commits.

    With *expected_version* set, refuses with :class:`EditConflict` if the record was changed (or
    deleted) since that version was read. ``None`` overwrites whatever is there (after a person chose to).
    """
    rtype = record_type(type_key)
    coerced, errors = _coerce_all(rtype, values)
    errors += _required_errors(rtype, coerced, partial=True)
    if errors:
        raise ValidationFailed(errors)
    obj = _get(session, rtype, record_id)
    if expected_version is not None and obj.row_version != expected_version:
        raise EditConflict(load(session, type_key, record_id), coerced)
    merged = {name: _read_value(obj, rtype.field(name)) for name in rtype.field_names}
    merged.update(coerced)
    _check_unique(session, rtype, merged, record_id)
    _fill_country(session, rtype, merged, coerced)
    _apply(session, rtype, obj, coerced)
    try:
        _flush(session, rtype, obj)
    except StaleDataError as exc:
        # Someone saved it between our read and our write: the record as it is now, read outside
        # this (failed) transaction, which the caller rolls back.
        raise EditConflict(load_committed(session, type_key, record_id), coerced) from exc
    _scores_follow_marks(session, type_key, obj, coerced)
    return int(obj.row_version)


def _scores_follow_marks(session: Session, type_key: str, obj: Any, changed: dict[str, Any]) -> None:
    """On a track with a marking scheme an entry's score is its judges' marks' (services.marking):
    a typed score, a new track or a track's new maximum is followed by the computed score."""
    if type_key == "track" and "max_score" in changed:
        marking.recompute_scores(
            session, list(session.scalars(select(Entry.id).where(Entry.track_id == obj.id)))
        )
    elif type_key == "entry" and {"score", "track_id"} & set(changed):
        marking.recompute_scores(session, [obj.id])


def load_committed(session: Session, type_key: str, record_id: uuid.UUID) -> RecordValues:
    """The record as committed, read in a session of its own (*session*'s transaction may have
    failed and be waiting for its rollback)."""
    with Session(bind=session.get_bind(), info=dict(session.info)) as fresh:
        return load(fresh, type_key, record_id)


def set_deleted(session: Session, type_key: str, ids: Sequence[uuid.UUID], deleted: bool) -> list[uuid.UUID]:
    """Tombstone (or restore) the records; returns the ids that actually changed."""
    rtype = record_type(type_key)
    changed = []
    for record_id in ids:
        obj = _get(session, rtype, record_id)
        if (obj.deleted_at is not None) == deleted:
            continue
        obj.deleted_at = utcnow() if deleted else None
        changed.append(record_id)
    session.flush()
    return changed


def dependents(session: Session, type_key: str, record_id: uuid.UUID) -> list[tuple[str, int]]:
    """What still points at the record: (English label in the Fields context, count), non-zero only."""
    rtype = record_type(type_key)
    out = []
    for dep in rtype.dependents:
        column = getattr(dep.model, dep.column)
        stmt = select(func.count()).select_from(dep.model).where(column == record_id)
        if issubclass(dep.model, Tracked):
            stmt = stmt.where(dep.model.deleted_at.is_(None))
        count = int(session.scalar(stmt) or 0)
        if count:
            out.append((dep.label, count))
    if rtype.key == "partner":
        n = session.scalar(
            select(func.count())
            .select_from(agreement_parties)
            .join(Agreement, Agreement.id == agreement_parties.c.agreement_id)
            .where(agreement_parties.c.organization_id == record_id, Agreement.deleted_at.is_(None))
        )
        if n:
            out.append((QT_TRANSLATE_NOOP("Fields", "agreements"), int(n)))
    return out


def bulk_set(
    session: Session, type_key: str, ids: Sequence[uuid.UUID], name: str, value: Any
) -> dict[uuid.UUID, Any]:
    """Set one field on several records (e.g. mark the selected delegates as attended).

    Returns each record's previous value, for undo. The caller commits.
    """
    rtype = record_type(type_key)
    spec = rtype.field(name)
    coerced = _coerce(spec, value)
    before: dict[uuid.UUID, Any] = {}
    for record_id in ids:
        obj = _get(session, rtype, record_id)
        before[record_id] = _read_value(obj, spec)
        _apply(session, rtype, obj, {name: coerced})
    session.flush()
    return before


def versions(session: Session, type_key: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Each record's version now (what an undo of a change just made expects to find)."""
    rtype = record_type(type_key)
    return {record_id: int(_get(session, rtype, record_id).row_version) for record_id in ids}


def set_values(
    session: Session,
    type_key: str,
    name: str,
    values: dict[uuid.UUID, Any],
    expected: dict[uuid.UUID, int] | None,
) -> tuple[dict[uuid.UUID, int], list[RecordValues]]:
    """Set field *name* of each record of *values* to its value there (undo and redo of
    :func:`bulk_set`); the caller commits.

    With *expected* (record -> the version the change left), a record someone else changed since is
    left as they made it and returned among the conflicts, as it is now; ``None`` overwrites (after
    a person chose to). Returns (the new version of each record set, the conflicts). A save of the
    same record between our read and our write is an :class:`EditConflict` (nothing is written)."""
    rtype = record_type(type_key)
    spec = rtype.field(name)
    done: dict[uuid.UUID, int] = {}
    conflicts: list[RecordValues] = []
    for record_id, value in values.items():
        obj = _get(session, rtype, record_id)
        if expected is not None and obj.row_version != expected.get(record_id):
            conflicts.append(load(session, type_key, record_id))
            continue
        coerced = _coerce(spec, value)
        _apply(session, rtype, obj, {name: coerced})
        try:
            session.flush()
        except StaleDataError as exc:
            raise EditConflict(load_committed(session, type_key, record_id), {name: coerced}) from exc
        done[record_id] = int(obj.row_version)
    return done, conflicts


# --- history ------------------------------------------------------------------------------------


@dataclass
class HistoryEntry:
    at: datetime
    user: str
    op: ChangeOp
    field: str | None
    label: str
    old: str  # the value before, as a person reads it (in English): names, not ids or codes
    new: str
    site_id: uuid.UUID
    batch_id: uuid.UUID | None = None
    stored_old: str | None = None  # as stored in the change log
    stored_new: str | None = None
    spec: FieldSpec | None = None
    names: dict[uuid.UUID, str] = dataclass_field(default_factory=dict)  # of the records referred to

    def old_text(self, translate: Translate = english, language: str = "en") -> str:
        """The value before in the reader's language (labels translated, countries named)."""
        return self._text(self.stored_old, translate, language)

    def new_text(self, translate: Translate = english, language: str = "en") -> str:
        return self._text(self.stored_new, translate, language)

    def _text(self, stored: str | None, translate: Translate, language: str) -> str:
        if self.spec is None and stored and self.field in LOG_ONLY_TIMES:
            try:  # "2026-12-01 16:07" as in the When column, not "2026-12-01T16:07:36.061722+00:00"
                return display(ValueKind.TEXT, datetime.fromisoformat(stored), translate, language=language)
            except ValueError:
                return stored
        if self.spec is None:
            return stored or ""
        return display_stored(
            self.spec.kind, stored, translate, language=language, enum=self.spec.enum, names=self.names
        )


#: Labels of logged fields that no form shows (confirmed results: services/results.py).
LOG_ONLY_LABELS = {
    "results_confirmed_at": QT_TRANSLATE_NOOP("Fields", "Results confirmed"),
    "results_confirmed_by": QT_TRANSLATE_NOOP("Fields", "Results confirmed by"),
    "unlock_reason": QT_TRANSLATE_NOOP("Fields", "Reason for unlocking the results"),
    "standard_score": QT_TRANSLATE_NOOP("Fields", "Standard score"),
}


#: Logged fields no form shows that hold a moment (shown like the When column).
LOG_ONLY_TIMES = frozenset({"results_confirmed_at"})


def history(session: Session, type_key: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    """The record's changes, newest first, from the change log."""
    rtype = record_type(type_key)
    table = rtype.model.__table__.name
    specs = {spec.name: spec for spec in rtype.fields}
    rows = list(
        session.scalars(
            select(ChangeLog)
            .where(ChangeLog.table_name == table, ChangeLog.row_id == record_id)
            .order_by(ChangeLog.at.desc(), ChangeLog.seq.desc())
        )
    )
    wanted: dict[str, set[uuid.UUID]] = {}
    for row in rows:
        spec = specs.get(row.field or "")
        if spec is not None and spec.ref is not None:
            for value in (row.old_value, row.new_value):
                wanted.setdefault(spec.ref, set()).update(ids_in(spec.kind, value))
    names = {
        choice.id: choice.label
        for ref, ids in wanted.items()
        if ids
        for choice in choices(session, ref, ids=sorted(ids))
    }
    entries = [
        HistoryEntry(
            at=row.at,
            user=row.user_name or "",
            op=row.op,
            field=row.field,
            label=specs[row.field].label
            if row.field in specs
            else QT_TRANSLATE_NOOP("Fields", "Deleted")
            if row.field == "deleted_at"
            else LOG_ONLY_LABELS.get(row.field or "", row.field or ""),
            old="",
            new="",
            site_id=row.site_id,
            batch_id=row.batch_id,
            stored_old=row.old_value,
            stored_new=row.new_value,
            spec=specs.get(row.field or ""),
            names=names,
        )
        for row in rows
    ]
    for entry in entries:
        entry.old, entry.new = entry.old_text(), entry.new_text()
    return entries


# --- pickers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """A record to pick: its name, and what tells it apart from a namesake. A partner's detail is
    its native name and city, a person's their native name and organisation; *country* (a code,
    shown by name in the reader's language) is a partner's country, a person's organisation's."""

    id: uuid.UUID
    label: str  # a track's is a values.LocalName: shown with text.format_value, in Chinese to Chinese
    detail: str = ""
    country: str = ""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def choices(
    session: Session,
    type_key: str,
    text: str = "",
    limit: int = 50,
    ids: Sequence[uuid.UUID] = (),
    **scope: Any,
) -> list[Choice]:
    """Records to pick from, matching *text* in any name (type-ahead). *scope* limits them, e.g.
    ``competition_id=...`` for tracks. With *ids*, exactly those records (for showing a current value)."""
    # The words as every search reads them (no control characters, bounded), matched as one phrase.
    text = " ".join(search_words(text))
    if text and not ids and type_key in ("person", "partner"):
        # Names in any script, pinyin, initials, Urdu consonants, spelling variants: best first.
        if type_key == "person":
            matches = search.find_people(
                session, text, limit=limit, organization_id=scope.get("organization_id")
            )
        else:
            matches = search.find_partners(session, text, limit=limit)
        # Best first, each with the detail that tells namesakes apart.
        return _with_details(session, type_key, [Choice(m.id, m.name, m.native) for m in matches])
    pattern = f"%{_escape_like(text.lower())}%"
    stmt: Select[*tuple[Any, ...]]  # the type's id, name and detail (a track's Chinese name)
    if type_key == "partner":
        stmt = select(Organization.id, Organization.display_name, Organization.name_native).order_by(
            func.lower(Organization.display_name)
        )
        if text:
            stmt = stmt.where(
                or_(
                    *(
                        func.lower(c).like(pattern, escape="\\")
                        for c in (
                            Organization.name_en,
                            Organization.name_native,
                            Organization.short_name,
                            Organization.aliases,
                        )
                    )
                )
            )
    elif type_key == "person":
        stmt = select(Person.id, Person.full_name, Person.name_native).order_by(func.lower(Person.full_name))
        if text:
            stmt = stmt.where(
                or_(
                    *(
                        func.lower(c).like(pattern, escape="\\")
                        for c in (Person.full_name, Person.name_native, Person.email)
                    )
                )
            )
    elif type_key == "event":
        stmt = select(Event.id, Event.name, Event.city).order_by(Event.start_date.desc())
        if text:
            stmt = stmt.where(func.lower(Event.name).like(pattern, escape="\\"))
    elif type_key == "competition":
        stmt = select(Competition.id, Competition.name, Competition.host_city).order_by(
            Competition.start_date.desc()
        )
        if text:
            stmt = stmt.where(func.lower(Competition.name).like(pattern, escape="\\"))
    elif type_key == "track":
        stmt = (
            select(SkillTrack.id, SkillTrack.name, Competition.name, SkillTrack.name_zh)
            .join(Competition)
            .order_by(SkillTrack.name)
        )
        if text:
            names = (SkillTrack.name, SkillTrack.name_zh)
            stmt = stmt.where(or_(*(func.lower(c).like(pattern, escape="\\") for c in names)))
        if scope.get("competition_id"):
            stmt = stmt.where(SkillTrack.competition_id == scope["competition_id"])
    else:
        raise KeyError(type_key)
    model = record_type(type_key).model
    if ids:
        stmt = stmt.where(model.id.in_(list(ids))).execution_options(include_deleted=True)
    else:
        stmt = stmt.where(model.deleted_at.is_(None)).limit(limit)
    found = [
        Choice(row[0], LocalName(row[1], row[3]) if type_key == "track" else str(row[1]), str(row[2] or ""))
        for row in session.execute(stmt)
    ]
    return _with_details(session, type_key, found)


def _with_details(session: Session, type_key: str, found: list[Choice]) -> list[Choice]:
    """The detail that tells namesakes apart, for the picked records: a partner's city and country,
    a person's organisation (one query for the page of choices)."""
    if not found or type_key not in ("partner", "person"):
        return found
    ids = [c.id for c in found]
    if type_key == "partner":
        rows = session.execute(
            select(Organization.id, Organization.name_native, Organization.city, Organization.country)
            .where(Organization.id.in_(ids))
            .execution_options(include_deleted=True)
        )
    else:
        rows = session.execute(
            select(Person.id, Person.name_native, Organization.display_name, Organization.country)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_(ids))
            .execution_options(include_deleted=True)
        )
    details = {
        row_id: (" · ".join(p for p in (native, place) if p), country or "")
        for row_id, native, place, country in rows
    }
    return [Choice(c.id, c.label, *details[c.id]) if c.id in details else c for c in found]


@dataclass(frozen=True)
class Related:
    """Records that belong with one record, as its form lists them in a tab."""

    heading: str  # English, in the Fields context
    record: str  # the catalog key of the listed records' type
    #: Each line's values as they are (texts, enum members, dates, decimals): the form shows them in
    #: the person's language (an agreement's status, a medal), as a list's cells are.
    rows: list[tuple[Any, ...]]
    ids: list[uuid.UUID]  # the listed records, line by line

    def lines(self, show: Callable[[Any], str] | None = None) -> list[str]:
        """The lines, each value shown by *show* (in English by default), joined by " · "."""
        shown = show or (lambda value: display(ValueKind.TEXT, value))
        return [" · ".join(part for part in map(shown, row) if part) for row in self.rows]


def related(session: Session, type_key: str, record_id: uuid.UUID) -> list[Related]:
    """The records that belong with this one, for showing in its form (a partner's people,
    agreements and competition entries)."""
    if type_key != "partner":
        return []
    people = session.execute(
        select(Person.id, Person.full_name, Person.name_native, Person.position)
        .where(Person.organization_id == record_id)
        .order_by(func.lower(Person.full_name), Person.id)
    ).all()
    agreements = session.execute(
        select(Agreement.id, Agreement.title, Agreement.status, Agreement.expires_on)
        .join(agreement_parties, agreement_parties.c.agreement_id == Agreement.id)
        .where(agreement_parties.c.organization_id == record_id)
        .order_by(Agreement.signed_on)
    ).all()
    entries = session.execute(
        select(Entry.id, SkillTrack.name, SkillTrack.name_zh, Entry.team_name, Entry.score, Entry.medal)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(Entry.organization_id == record_id)
        .order_by(SkillTrack.name)
    ).all()
    return [
        Related(
            QT_TRANSLATE_NOOP("Fields", "People"),
            "person",
            [(name, native, position) for _id, name, native, position in people],
            [row[0] for row in people],
        ),
        Related(
            QT_TRANSLATE_NOOP("Fields", "Agreements"),
            "agreement",
            [(title, status, expires) for _id, title, status, expires in agreements],
            [row[0] for row in agreements],
        ),
        Related(
            QT_TRANSLATE_NOOP("Fields", "Competition entries"),
            "entry",
            [
                (LocalName(track, track_zh), team, score, None if medal is Medal.NONE else medal)
                for _id, track, track_zh, team, score, medal in entries
            ],
            [row[0] for row in entries],
        ),
    ]
