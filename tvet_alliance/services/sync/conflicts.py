"""Conflicts held by merges: list them side by side and record a person's choice.

A resolution is a change like any other: taking the laptop's (or an edited) value writes the record
through the ORM, so the change log records it under the office's site, and the conflict row keeps
who chose what and when. Choosing the office value changes no record; the conflict row records it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tvet_alliance.domain import Site, SyncConflict, values
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.events import deserialize
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import marking, records
from tvet_alliance.services.sync.common import TABLES, SyncError, parse_ids, row_images
from tvet_alliance.services.sync.duplicates import open_duplicates

OFFICE, LAPTOP, EDITED = "office", "laptop", "edited"

#: Why a field is in conflict, in English for the "Sync" context.
REASONS = {
    "edited": QT_TRANSLATE_NOOP("Sync", "Changed at the office and on the laptop"),
    "deleted": QT_TRANSLATE_NOOP("Sync", "Changed on the laptop, deleted at the office"),
    "delete": QT_TRANSLATE_NOOP("Sync", "Deleted on the laptop, changed at the office"),
    "missing": QT_TRANSLATE_NOOP("Sync", "The record is not in the office database"),
    "clash": QT_TRANSLATE_NOOP("Sync", "That person is already a delegate of that event at the office"),
}


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table_name: str
    type_key: str | None
    row_id: uuid.UUID
    record: str  # the record's title
    field: str
    field_label: str  # English, "Fields" context
    reason: str
    base: str | None
    office: str | None  # the office value now (it stands until someone chooses)
    laptop: str | None
    base_text: str
    office_text: str
    laptop_text: str
    site_name: str
    laptop_user: str | None
    laptop_at: datetime | None
    enum: type[Any] | None = None


def _model_type(table_name: str) -> records.RecordType | None:
    model = TABLES[table_name].model
    return next((t for t in records.RECORD_TYPES.values() if t.model is model), None)


def _title(session: Session, table_name: str, row_id: uuid.UUID) -> str:
    info = TABLES.get(table_name)
    if info is None:
        return str(row_id)
    obj = session.get(info.model, row_id, options=None, execution_options={"include_deleted": True})
    rtype = _model_type(table_name)
    if obj is not None and rtype is None and hasattr(obj, "title"):  # a record without a form: a mark
        return str(obj.title)
    if obj is None or rtype is None:
        return str(row_id)
    try:
        return records.title_of(session, rtype, obj)
    except AttributeError:  # pragma: no cover - a reference missing on a half-merged record
        return str(row_id)


def display(session: Session, table_name: str, field: str, text: str | None) -> str:
    """A value as a person reads it: referenced records by their titles, lists joined."""
    if text is None:
        return ""
    info = TABLES[table_name]
    if field == "deleted_at":
        return QT_TRANSLATE_NOOP("Sync", "(deleted)")
    if field in info.foreign:
        return _title(session, info.foreign[field], uuid.UUID(text))
    if field in info.many:
        target = info.many[field].target
        return ", ".join(sorted(_title(session, target, i) for i in parse_ids(text)))
    rtype = _model_type(table_name)
    spec = next((f for f in rtype.fields if f.name == field), None) if rtype is not None else None
    if spec is not None:  # labels, country names, lists by the field's value kind (in English)
        return values.display_stored(spec.kind, text, enum=spec.enum)
    if text.startswith("["):
        try:
            return ", ".join(str(v) for v in json.loads(text))
        except ValueError:
            return text
    return text


def _current(session: Session, table_name: str, row_id: uuid.UUID, field: str) -> str | None:
    info = TABLES[table_name]
    image = row_images(session.connection(), info, [row_id]).get(row_id)
    return None if image is None else image.get(field)


def open_conflicts(session: Session) -> list[ConflictView]:
    """The conflicts nobody has chosen for yet, oldest first."""
    sites: dict[uuid.UUID, str] = {i: n for i, n in session.execute(select(Site.id, Site.name))}
    out = []
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field)
    )
    for c in rows:
        rtype = _model_type(c.table_name) if c.table_name in TABLES else None
        label, enum = c.field, None
        if rtype is not None:
            spec = next((f for f in rtype.fields if f.name == c.field), None)
            if spec is None and c.field.endswith("_id"):
                spec = next((f for f in rtype.fields if f.name == c.field[:-3]), None)
            if spec is not None:
                label, enum = spec.label, spec.enum
        elif c.table_name in TABLES:  # a record without a form names its fields itself (a mark)
            label = getattr(TABLES[c.table_name].model, "field_labels", {}).get(c.field, label)
        if c.field == "deleted_at":
            label = QT_TRANSLATE_NOOP("Fields", "Deleted")
        office = _current(session, c.table_name, c.row_id, c.field)
        out.append(
            ConflictView(
                id=c.id,
                table_name=c.table_name,
                type_key=rtype.key if rtype else None,
                row_id=c.row_id,
                record=_title(session, c.table_name, c.row_id),
                field=c.field,
                field_label=label,
                reason=c.reason,
                base=c.base_value,
                office=office,
                laptop=c.laptop_value,
                base_text=display(session, c.table_name, c.field, c.base_value),
                office_text=display(session, c.table_name, c.field, office),
                laptop_text=display(session, c.table_name, c.field, c.laptop_value),
                site_name=sites.get(c.site_id, str(c.site_id)),
                laptop_user=c.laptop_user,
                laptop_at=c.laptop_at,
                enum=enum,
            )
        )
    return out


def resolve_conflict(
    session: Session,
    conflict_id: uuid.UUID,
    choice: str,
    value: str | None = None,
    *,
    user: str | None = None,
) -> None:
    """Record a person's choice for one conflict: ``office`` (keep), ``laptop`` (take the laptop's
    value) or ``edited`` (*value*, as text). Raises ValidationFailed if the value breaks a rule."""
    c = session.get(SyncConflict, conflict_id)
    if c is None or c.resolved_at is not None:
        raise SyncError("resolved", QT_TRANSLATE_NOOP("Sync", "This conflict has been resolved already."))
    if choice not in (OFFICE, LAPTOP, EDITED):
        raise ValueError(choice)
    info = TABLES[c.table_name]
    chosen = _current(session, c.table_name, c.row_id, c.field)
    if choice != OFFICE:
        chosen = c.laptop_value if choice == LAPTOP else value
        obj = session.get(info.model, c.row_id, execution_options={"include_deleted": True})
        if obj is None:
            raise SyncError(
                "missing",
                QT_TRANSLATE_NOOP("Sync", "The record is not in this database; keep the office value."),
            )
        if c.field == "deleted_at":
            if chosen is None:
                obj.restore()
            else:
                obj.soft_delete()
        else:
            if c.reason == "deleted" and getattr(obj, "deleted_at", None) is not None:
                obj.restore()  # taking the laptop's edit brings the record back
            _set(session, info, obj, c.field, chosen)
        if c.table_name == "judge_mark":  # the entry's score follows its marks
            session.flush()
            marking.recompute_scores(session, [obj.entry_id])
    c.resolved_at = utcnow()
    c.resolution = choice
    c.resolved_value = chosen
    c.resolved_by = user or session.info.get("user")
    try:
        session.flush()
    except IntegrityError as exc:  # e.g. the person is a delegate of that event already
        raise SyncError(
            "integrity",
            QT_TRANSLATE_NOOP(
                "Sync", "This value cannot be taken: it would break a rule of the database ({reason})."
            ),
            reason=str(exc.orig) if exc.orig is not None else str(exc),
        ) from exc


def open_counts(session: Session) -> tuple[int, int]:
    """How many conflicts and possible duplicates wait for a person (conflicts counted in SQL;
    duplicate pairs are few, and those with a side gone since are not counted)."""
    conflicts = session.scalar(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    )
    return int(conflicts or 0), len(open_duplicates(session))


def _set(session: Session, info: Any, obj: Any, field: str, text: str | None) -> None:
    if field in info.many:
        target = TABLES[info.many[field].target].model
        items = [session.get(target, i, execution_options={"include_deleted": True}) for i in parse_ids(text)]
        setattr(obj, field, [i for i in items if i is not None])
        return
    column = info.table.c[field]
    try:
        value = deserialize(column, text if text != "" else None)
    except (ValueError, TypeError, KeyError) as exc:
        raise SyncError(
            "bad_value",
            QT_TRANSLATE_NOOP("Sync", "“{value}” is not a valid value for this field."),
            value=text,
        ) from exc
    setattr(obj, field, value)
