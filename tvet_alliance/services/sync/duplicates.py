"""Possible duplicates found by merges (the same person registered on two laptops): review them,
merge one record into the other, or mark them as different.

Merging keeps both records' histories: the merged-away record is tombstoned, not removed, and a
``record_alias`` row sends every later change to it (from a laptop that still has it) to the record
that was kept. Its delegates, team places and people move to the kept record, through the ORM, so
each move is a logged change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    Agreement,
    CheckIn,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    RecordAlias,
    SyncDuplicate,
)
from tvet_alliance.domain.base import utcnow
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services.sync.common import SyncError

REASONS = {
    "email": QT_TRANSLATE_NOOP("Sync", "Same e-mail"),
    "phone": QT_TRANSLATE_NOOP("Sync", "Same phone"),
    "name": QT_TRANSLATE_NOOP("Sync", "Same name and organisation"),
}

#: Fields shown side by side, per table: (attribute, English label in the "Fields" context).
SHOWN = {
    "person": (
        ("full_name", QT_TRANSLATE_NOOP("Fields", "Full name")),
        ("name_native", QT_TRANSLATE_NOOP("Fields", "Name (Chinese or Urdu)")),
        ("organization", QT_TRANSLATE_NOOP("Fields", "Organisation")),
        ("position", QT_TRANSLATE_NOOP("Fields", "Position")),
        ("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        ("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
    ),
    "organization": (
        ("name_en", QT_TRANSLATE_NOOP("Fields", "Name (English)")),
        ("name_native", QT_TRANSLATE_NOOP("Fields", "Name (Chinese or Urdu)")),
        ("country", QT_TRANSLATE_NOOP("Fields", "Country")),
        ("city", QT_TRANSLATE_NOOP("Fields", "City")),
        ("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
    ),
}

_MODELS: dict[str, type[Any]] = {"person": Person, "organization": Organization}
#: Not filled from the merged-away record: bookkeeping, and the search keys (derived from the names,
#: computed again when a name is filled).
_NOT_COPIED = frozenset({"id", "created_at", "updated_at", "row_version", "deleted_at", "search_keys"})


@dataclass(frozen=True)
class DuplicateView:
    id: uuid.UUID
    table_name: str
    reason: str
    new_id: uuid.UUID  # added by a laptop
    existing_id: uuid.UUID
    #: (English label, value of the added record, value of the existing record)
    rows: list[tuple[str, str, str]]


def _get(session: Session, table: str, row_id: uuid.UUID) -> Any:
    return session.get(_MODELS[table], row_id, execution_options={"include_deleted": True})


def _shown(obj: Any, attr: str) -> str:
    if obj is None:
        return ""
    value = getattr(obj, attr)
    if isinstance(value, Organization):
        return str(value.display_name)
    return "" if value is None else str(value)


def open_duplicates(session: Session) -> list[DuplicateView]:
    out = []
    for d in session.scalars(
        select(SyncDuplicate).where(SyncDuplicate.resolved_at.is_(None)).order_by(SyncDuplicate.created_at)
    ):
        new, existing = _get(session, d.table_name, d.new_id), _get(session, d.table_name, d.existing_id)
        if new is None or existing is None or new.deleted_at is not None or existing.deleted_at is not None:
            continue  # one of them is gone (merged or deleted since): nothing to review
        rows = [(label, _shown(new, attr), _shown(existing, attr)) for attr, label in SHOWN[d.table_name]]
        out.append(DuplicateView(d.id, d.table_name, d.reason, d.new_id, d.existing_id, rows))
    return out


def dismiss_duplicate(session: Session, duplicate_id: uuid.UUID, *, user: str | None = None) -> None:
    """Mark the pair as two different records."""
    d = _open(session, duplicate_id)
    d.resolved_at, d.resolution, d.resolved_by = utcnow(), "distinct", user or session.info.get("user")
    session.flush()


def _open(session: Session, duplicate_id: uuid.UUID) -> SyncDuplicate:
    d = session.get(SyncDuplicate, duplicate_id)
    if d is None or d.resolved_at is not None:
        raise SyncError("resolved", QT_TRANSLATE_NOOP("Sync", "This pair has been reviewed already."))
    return d


def merge_duplicate(
    session: Session, duplicate_id: uuid.UUID, *, keep: str = "existing", user: str | None = None
) -> uuid.UUID:
    """Merge the pair into one record: ``keep="existing"`` keeps the office's record (the laptop's
    is merged into it), ``keep="new"`` the other way round. Returns the id of the kept record."""
    d = _open(session, duplicate_id)
    keep_id, drop_id = (d.existing_id, d.new_id) if keep == "existing" else (d.new_id, d.existing_id)
    merge_records(session, d.table_name, keep_id, drop_id, user=user)
    d.resolved_at, d.resolution, d.resolved_by = utcnow(), "merged", user or session.info.get("user")
    session.flush()
    return keep_id


def merge_records(
    session: Session, table: str, keep_id: uuid.UUID, drop_id: uuid.UUID, *, user: str | None = None
) -> None:
    """Merge record *drop_id* into *keep_id* (people or partners)."""
    keep, drop = _get(session, table, keep_id), _get(session, table, drop_id)
    if keep is None or drop is None or keep_id == drop_id:
        raise SyncError("missing", QT_TRANSLATE_NOOP("Sync", "One of the two records is no longer there."))
    mapper = type(keep).__mapper__
    for prop in mapper.column_attrs:  # fill what the kept record lacks
        if prop.key in _NOT_COPIED:
            continue
        if getattr(keep, prop.key) in (None, "", []) and getattr(drop, prop.key) not in (None, "", []):
            setattr(keep, prop.key, getattr(drop, prop.key))
    if table == "person":
        _move_person(session, keep, drop)
    else:
        _move_organization(session, keep, drop)
    drop.soft_delete()
    session.flush()
    session.execute(
        update(RecordAlias)
        .where(RecordAlias.table_name == table, RecordAlias.new_id == drop_id)
        .values(new_id=keep_id)
    )
    session.add(
        RecordAlias(
            table_name=table, old_id=drop_id, new_id=keep_id, user_name=user or session.info.get("user")
        )
    )
    for other in session.scalars(
        select(SyncDuplicate).where(
            SyncDuplicate.table_name == table,
            SyncDuplicate.resolved_at.is_(None),
            (SyncDuplicate.new_id == drop_id) | (SyncDuplicate.existing_id == drop_id),
        )
    ):
        if other.id != getattr(session, "_merging", None):
            other.new_id = keep_id if other.new_id == drop_id else other.new_id
            other.existing_id = keep_id if other.existing_id == drop_id else other.existing_id
    session.flush()


def _move_person(session: Session, keep: Person, drop: Person) -> None:
    mine = {
        p.event_id: p
        for p in session.scalars(select(Participation).where(Participation.person_id == keep.id))
    }
    for p in list(session.scalars(select(Participation).where(Participation.person_id == drop.id))):
        same = mine.get(p.event_id)
        if same is None:
            p.person_id = keep.id
            continue
        for check_in in session.scalars(select(CheckIn).where(CheckIn.participation_id == p.id)):
            check_in.participation_id = same.id
        if not same.notes and p.notes:
            same.notes = p.notes
        if p.deleted_at is None:
            p.soft_delete()
        session.add(RecordAlias(table_name="participation", old_id=p.id, new_id=same.id))
    for entry in session.scalars(select(Entry).where(Entry.members.any(Person.id == drop.id))):
        members = [m for m in entry.members if m.id != drop.id]
        if keep not in members:
            members.append(keep)
        entry.members = members


def _move_organization(session: Session, keep: Organization, drop: Organization) -> None:
    for person in session.scalars(select(Person).where(Person.organization_id == drop.id)):
        person.organization_id = keep.id
    for entry in session.scalars(select(Entry).where(Entry.organization_id == drop.id)):
        entry.organization_id = keep.id
    for event in session.scalars(select(Event).where(Event.organizers.any(Organization.id == drop.id))):
        event.organizers = [o for o in event.organizers if o.id != drop.id] + (
            [keep] if keep not in event.organizers else []
        )
    for agreement in session.scalars(
        select(Agreement).where(Agreement.parties.any(Organization.id == drop.id))
    ):
        agreement.parties = [o for o in agreement.parties if o.id != drop.id] + (
            [keep] if keep not in agreement.parties else []
        )
