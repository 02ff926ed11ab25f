"""The check-in desk of a seminar day (issue 15): find a delegate by ticket code or by any search,
check them in, undo a mistake, register a walk-in, count who is in. No Qt.

Rules:

* **a delegate attended = status attended.** In person it follows an un-reversed check-in: a
  check-in sets the registration's status to attended; undoing the last un-reversed one sets it
  back to registered. (Online attendance, from a meeting report, sets it from minutes, without a
  check-in row.)
* A check-in row is never changed nor deleted. A mistaken one is undone by a *reversal*: a new row
  whose ``reverses_id`` names it. An *un-reversed* check-in is one that is not a reversal and that no
  reversal names.
* At the desk, someone already in is not checked in again: the result says when and where they were
  checked in first. Two laptops offline can still both check one person in; the merge keeps both
  rows (one attendance: counters count delegates) and :func:`double_check_ins` lists the later ones
  for review.
* A cancelled registration is refused; a walk-in can register them again.
* Names are found by :func:`services.search.find_people` (every script, pinyin, initials, Urdu
  consonants), among the event's delegates; also by organisation
  (:func:`services.search.find_partners`), e-mail and phone digits.

Every function that writes returns what it changed (:class:`domain.changes.Changes`) after the
caller's commit through :func:`changes.take`; the functions here only flush.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from tvet_alliance.domain import (
    ChangeLog,
    CheckIn,
    Event,
    Organization,
    Participation,
    Person,
    Site,
    changelog,
    codes,
)
from tvet_alliance.domain import search_keys as rules
from tvet_alliance.domain.enums import AttendanceMode, ParticipationRole, ParticipationStatus
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import duplicates, search

#: At most this many matches are listed for a search with several.
MATCH_LIMIT = 20


class Kind(StrEnum):
    """What the desk shows after Enter."""

    CHECKED_IN = "checked_in"  # green
    ALREADY = "already_checked_in"  # amber: with the first time and desk
    NOT_REGISTERED = "not_registered"  # red
    CANCELLED = "cancelled"  # red
    AMBIGUOUS = "ambiguous"  # several matches: pick one


class CheckInError(DomainError):
    """A check-in that cannot be undone, a delegate that is not there, a walk-in without a name."""

    context = "CheckIn"


@dataclass(frozen=True)
class Delegate:
    """One registration as the desk shows it: the person's names in both scripts, organisation
    (both scripts), role, attendance mode, status, ticket code and what else tells namesakes apart."""

    participation_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    native: str
    organization: str
    organization_native: str
    role: ParticipationRole
    mode: AttendanceMode
    status: ParticipationStatus
    ticket_code: str
    email: str
    walk_in: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "participation_id": str(self.participation_id),
            "person_id": str(self.person_id),
            "name": self.name,
            "name_native": self.native,
            "organization": self.organization,
            "organization_native": self.organization_native,
            "role": self.role.value,
            "attendance_mode": self.mode.value,
            "status": self.status.value,
            "ticket_code": self.ticket_code,
            "walk_in": self.walk_in,
        }


@dataclass(frozen=True)
class Result:
    """What one scan (or pick) gave. *first_at* / *first_desk*: the delegate's first un-reversed
    check-in (now, for checked_in; earlier, for already_checked_in). *replaced*: the text was a
    ticket code that was re-issued since (not_registered). *check_in_id*: the row added."""

    kind: Kind
    person: Delegate | None = None
    first_at: datetime | None = None
    first_desk: str | None = None
    matches: tuple[Delegate, ...] = ()
    check_in_id: uuid.UUID | None = None
    replaced: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "result": self.kind.value,
            "person": self.person.as_json() if self.person else None,
            "first_at": self.first_at.isoformat() if self.first_at else None,
            "first_desk": self.first_desk,
            "matches": [m.as_json() for m in self.matches],
            "replaced": self.replaced,
        }


@dataclass(frozen=True)
class WalkIn:
    """A walk-in registered and checked in: *existing* when the person was already on record (found
    by the duplicate rules of the forms), *registered_before* when they had a registration for this
    event (cancelled, or just not found at the desk)."""

    result: Result
    person_id: uuid.UUID
    existing: bool
    registered_before: bool


@dataclass(frozen=True)
class Counters:
    """The desk's live counters for one event. *registered*: registrations not cancelled;
    *checked_in*: distinct delegates with an un-reversed check-in; *in_person* / *online*:
    registrations (not cancelled) by attendance mode; *walk_ins*: registered at the desk."""

    registered: int = 0
    checked_in: int = 0
    in_person: int = 0
    online: int = 0
    walk_ins: int = 0

    def as_json(self) -> dict[str, int]:
        return {
            "registered": self.registered,
            "checked_in": self.checked_in,
            "in_person": self.in_person,
            "online": self.online,
            "walk_ins": self.walk_ins,
        }


@dataclass(frozen=True)
class DoubleCheckIn:
    """A later un-reversed check-in of a delegate already checked in (two laptops offline): kept,
    listed for review. Undoing it (:func:`undo`) settles it."""

    check_in_id: uuid.UUID
    person: Delegate
    at: datetime
    desk: str | None
    first_at: datetime
    first_desk: str | None


@dataclass
class _Scan:
    found: list[uuid.UUID] = field(default_factory=list)
    replaced: bool = False


# --- check-ins that count -------------------------------------------------------------------------


def live_check_ins() -> ColumnElement[bool]:
    """``CheckIn`` rows that count: not a reversal, and undone by none."""
    undoing = aliased(CheckIn)
    return and_(
        CheckIn.reverses_id.is_(None),
        ~exists().where(undoing.reverses_id == CheckIn.id),
    )


def checked_in_sql(participation_id: Any = Participation.id) -> ColumnElement[bool]:
    """The registration *participation_id* has an un-reversed check-in (a correlated EXISTS, for
    the delegates list and export)."""
    return exists().where(CheckIn.participation_id == participation_id, live_check_ins())


def _first_check_in(session: Session, participation_id: uuid.UUID) -> CheckIn | None:
    return session.scalars(
        select(CheckIn)
        .where(CheckIn.participation_id == participation_id, live_check_ins())
        .order_by(CheckIn.at, CheckIn.id)
        .limit(1)
    ).first()


# --- reading delegates --------------------------------------------------------------------------


def _delegate_query() -> Any:
    return (
        select(
            Participation.id,
            Person.id,
            Person.full_name,
            Person.name_native,
            Organization.display_name,
            Organization.name_native,
            Participation.role,
            Participation.attendance_mode,
            Participation.status,
            Participation.ticket_code,
            Person.email,
            Participation.walk_in,
        )
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Participation.deleted_at.is_(None), Person.deleted_at.is_(None))
    )


def _delegate(row: Any) -> Delegate:
    return Delegate(
        participation_id=row[0],
        person_id=row[1],
        name=row[2],
        native=row[3] or "",
        organization=row[4] or "",
        organization_native=row[5] or "",
        role=row[6],
        mode=row[7],
        status=row[8],
        ticket_code=row[9] or "",
        email=row[10] or "",
        walk_in=bool(row[11]),
    )


def delegates(session: Session, ids: Sequence[uuid.UUID]) -> list[Delegate]:
    """The registrations *ids*, in that order (those still live)."""
    if not ids:
        return []
    rows = {r[0]: _delegate(r) for r in session.execute(_delegate_query().where(Participation.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def delegate(session: Session, participation_id: uuid.UUID) -> Delegate | None:
    found = delegates(session, [participation_id])
    return found[0] if found else None


# --- finding ------------------------------------------------------------------------------------

_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")


def _find(session: Session, event_id: uuid.UUID, text: str) -> _Scan:
    scan = _Scan()
    code = codes.normalize_code(text)
    if codes.looks_like_code(text, codes.TICKET_LENGTH):
        row = session.execute(
            select(Participation.id, Participation.event_id).where(
                Participation.ticket_code == code, Participation.deleted_at.is_(None)
            )
        ).first()
        if row is not None:
            if row[1] == event_id:
                scan.found.append(row[0])
            return scan  # a ticket of another event is not registered here
        scan.replaced = _was_replaced(session, event_id, code)
        if scan.replaced:
            return scan
    # A correlated EXISTS: each candidate is checked through the (event, person) unique index.
    in_event = exists().where(
        Participation.person_id == Person.id,
        Participation.event_id == event_id,
        Participation.deleted_at.is_(None),
    )
    people: list[uuid.UUID] = []
    stripped = text.strip()
    if "@" in stripped:
        people += session.scalars(
            select(Person.id).where(
                func.lower(Person.email) == stripped.casefold(),
                Person.deleted_at.is_(None),
                in_event,
            )
        ).all()
    if _PHONE.match(stripped):
        digits = re.sub(r"\D", "", stripped).lstrip("0")
        if len(digits) >= 6:
            people += session.scalars(
                select(Person.id).where(
                    Person.phone.like(f"%{digits}"), Person.deleted_at.is_(None), in_event
                )
            ).all()
    if not people and search.query_text(text):
        found = search.find_people(session, text, limit=MATCH_LIMIT, among=in_event)
        people = [m.id for m in found]
        # An organisation's delegates too, unless the text is plainly a delegate's name (the whole
        # name or its start in some script): one search less on each name typed.
        named = any(m.rank <= rules.NAME_PREFIX for m in found)
        if len(people) < MATCH_LIMIT and not named:
            orgs = [m.id for m in search.find_partners(session, text, limit=5)]
            if orgs:
                people += [
                    p
                    for p in session.scalars(
                        select(Person.id)
                        .where(
                            Person.organization_id.in_(orgs),
                            Person.deleted_at.is_(None),
                            in_event,
                        )
                        .order_by(Person.full_name)
                        .limit(MATCH_LIMIT)
                    )
                    if p not in people
                ]
    if people:
        order = {pid: i for i, pid in enumerate(dict.fromkeys(people))}
        rows = sorted(
            session.execute(
                select(Participation.id, Participation.person_id).where(
                    Participation.event_id == event_id,
                    Participation.deleted_at.is_(None),
                    Participation.person_id.in_(list(order)),
                )
            ).all(),
            key=lambda r: order[r[1]],
        )
        scan.found = [r[0] for r in rows][:MATCH_LIMIT]
    return scan


def _was_replaced(session: Session, event_id: uuid.UUID, code: str) -> bool:
    """Whether *code* was the ticket code of a registration of this event before a re-issue (the
    change log keeps the old value; read only when a code is not found)."""
    row_id = session.scalar(
        select(ChangeLog.row_id)
        .where(
            ChangeLog.table_name == Participation.__tablename__,
            ChangeLog.field == "ticket_code",
            ChangeLog.old_value == code,
        )
        .limit(1)
    )
    if row_id is None:
        return False
    return session.scalar(select(Participation.event_id).where(Participation.id == row_id)) == event_id


def find(session: Session, event_id: uuid.UUID, text: str) -> list[Delegate]:
    """The event's registrations *text* finds (a ticket code, or a search), best first; no writes."""
    return delegates(session, _find(session, event_id, text).found)


# --- checking in ----------------------------------------------------------------------------------


def _site_id(session: Session) -> uuid.UUID | None:
    return session.scalar(select(Site.id).where(Site.is_local.is_(True)))


def lookup(
    session: Session,
    event_id: uuid.UUID,
    text: str,
    *,
    desk: str | None = None,
    check: bool = True,
) -> Result:
    """One scan at the desk: *text* is a ticket code (exact, after :func:`codes.normalize_code`) or
    a search. One registration found is checked in (:func:`check_in`) unless *check* is false;
    several give ``ambiguous`` with the matches; none gives ``not_registered`` (``replaced`` when it
    was a ticket code re-issued since)."""
    scan = _find(session, event_id, text)
    if not scan.found:
        return Result(Kind.NOT_REGISTERED, replaced=scan.replaced)
    if len(scan.found) > 1:
        return Result(Kind.AMBIGUOUS, matches=tuple(delegates(session, scan.found)))
    if not check:
        person = delegate(session, scan.found[0])
        return Result(Kind.CHECKED_IN, person=person, matches=(person,) if person else ())
    return check_in(session, scan.found[0], desk)


def check_in(
    session: Session,
    participation_id: uuid.UUID,
    desk: str | None = None,
    *,
    at: datetime | None = None,
) -> Result:
    """Check the registration in at *desk*: a :class:`CheckIn` (desk, this site, a fresh nonce) and
    the status attended. Someone in already is not checked in again (``already_checked_in``, with
    the first time and desk); a cancelled registration is refused (``cancelled``)."""
    changelog.lock_log(session.connection(), _site_id(session) or uuid.UUID(int=0))
    person = delegate(session, participation_id)
    if person is None:
        return Result(Kind.NOT_REGISTERED)
    if person.status is ParticipationStatus.CANCELLED:
        return Result(Kind.CANCELLED, person=person)
    first = _first_check_in(session, participation_id)
    if first is not None:
        return Result(Kind.ALREADY, person=person, first_at=first.at, first_desk=first.desk)
    row = CheckIn(participation_id=participation_id, desk=desk or None, site_id=_site_id(session))
    if at is not None:
        row.at = at
    session.add(row)
    part = session.get(Participation, participation_id)
    assert part is not None
    if part.status is not ParticipationStatus.ATTENDED:
        part.status = ParticipationStatus.ATTENDED
    session.flush()
    person = delegate(session, participation_id)
    assert person is not None
    return Result(Kind.CHECKED_IN, person=person, first_at=row.at, first_desk=row.desk, check_in_id=row.id)


NOT_A_CHECK_IN = QT_TRANSLATE_NOOP("CheckIn", "There is no such check-in.")
UNDONE_BEFORE = QT_TRANSLATE_NOOP("CheckIn", "This check-in was undone already.")


def undo(session: Session, check_in_id: uuid.UUID, desk: str | None = None) -> Delegate:
    """Undo the check-in *check_in_id* by adding its reversal (nothing is deleted); when no
    un-reversed check-in of the delegate is left, their status goes back to registered. Returns the
    delegate. A reversal, or a check-in undone before, cannot be undone."""
    changelog.lock_log(session.connection(), _site_id(session) or uuid.UUID(int=0))
    row = session.get(CheckIn, check_in_id)
    if row is None or row.reverses_id is not None:
        raise CheckInError(NOT_A_CHECK_IN)
    if session.scalar(select(CheckIn.id).where(CheckIn.reverses_id == check_in_id).limit(1)) is not None:
        raise CheckInError(UNDONE_BEFORE)
    session.add(
        CheckIn(
            participation_id=row.participation_id,
            desk=desk or None,
            site_id=_site_id(session),
            reverses_id=row.id,
        )
    )
    session.flush()
    if _first_check_in(session, row.participation_id) is None:
        part = session.get(Participation, row.participation_id)
        if part is not None and part.status is ParticipationStatus.ATTENDED:
            part.status = ParticipationStatus.REGISTERED
            session.flush()
    person = delegate(session, row.participation_id)
    if person is None:
        raise CheckInError(NOT_A_CHECK_IN)
    return person


def last_check_in(
    session: Session, event_id: uuid.UUID, desk: str | None = None
) -> tuple[uuid.UUID, Delegate] | None:
    """The latest un-reversed check-in of the event (at *desk* when given) and its delegate: what
    "Undo last check-in" undoes."""
    stmt = (
        select(CheckIn.id, CheckIn.participation_id)
        .join(Participation, Participation.id == CheckIn.participation_id)
        .where(Participation.event_id == event_id, live_check_ins())
        .order_by(CheckIn.created_at.desc(), CheckIn.id.desc())
        .limit(1)
    )
    if desk:
        stmt = stmt.where(CheckIn.desk == desk)
    row = session.execute(stmt).first()
    if row is None:
        return None
    person = delegate(session, row[1])
    return (row[0], person) if person is not None else None


# --- walk-ins -----------------------------------------------------------------------------------

NAME_REQUIRED = QT_TRANSLATE_NOOP("CheckIn", "A walk-in needs a name.")
NO_EVENT = QT_TRANSLATE_NOOP("CheckIn", "The event is not there any more.")


def walk_in(
    session: Session,
    event_id: uuid.UUID,
    name: str,
    organization_id: uuid.UUID | None,
    mode: AttendanceMode = AttendanceMode.IN_PERSON,
    desk: str | None = None,
    *,
    name_native: str | None = None,
) -> WalkIn:
    """Register someone at the desk and check them in. The person is the one already on record when
    the forms' duplicate rules find them (:func:`services.duplicates.possible_duplicates`: same name
    in any script at the organisation), else a new person. Their registration is marked
    ``walk_in``; one that existed (cancelled) is registered again."""
    name = (name or "").strip()
    native = (name_native or "").strip() or None
    if not name and not native:
        raise CheckInError(NAME_REQUIRED)
    if session.get(Event, event_id) is None:
        raise CheckInError(NO_EVENT)
    full_name = name or native or ""
    candidates = duplicates.possible_duplicates(
        session,
        "person",
        {"full_name": full_name, "name_native": native, "organization_id": organization_id},
    )
    existing = next((c.id for c in candidates if c.reason == "name"), None)
    if existing is not None:
        person_id = existing
    else:
        person = Person(full_name=full_name, name_native=native, organization_id=organization_id)
        session.add(person)
        session.flush()
        person_id = person.id
    part = session.scalars(
        select(Participation).where(Participation.event_id == event_id, Participation.person_id == person_id)
    ).first()
    registered_before = part is not None
    if part is None:
        part = Participation(event_id=event_id, person_id=person_id, attendance_mode=mode, walk_in=True)
        session.add(part)
    elif part.status is ParticipationStatus.CANCELLED:
        part.status = ParticipationStatus.REGISTERED
        part.walk_in = True
        part.attendance_mode = mode
    session.flush()
    result = check_in(session, part.id, desk)
    return WalkIn(result, person_id, existing is not None, registered_before)


# --- counters and review ------------------------------------------------------------------------


def counters(session: Session, event_id: uuid.UUID) -> Counters:
    """The desk's counters for the event (see :class:`Counters`); three indexed queries."""
    live = and_(
        Participation.event_id == event_id,
        Participation.deleted_at.is_(None),
        Participation.status != ParticipationStatus.CANCELLED,
    )
    rows = session.execute(
        select(Participation.attendance_mode, Participation.walk_in, func.count())
        .where(live)
        .group_by(Participation.attendance_mode, Participation.walk_in)
    ).all()
    registered = sum(n for _m, _w, n in rows)
    in_person = sum(n for m, _w, n in rows if m is AttendanceMode.IN_PERSON)
    online = sum(n for m, _w, n in rows if m is AttendanceMode.ONLINE)
    walk_ins = sum(n for _m, w, n in rows if w)
    checked_in = session.scalar(
        select(func.count(func.distinct(CheckIn.participation_id)))
        .join(Participation, Participation.id == CheckIn.participation_id)
        .where(live, live_check_ins())
    )
    return Counters(registered, int(checked_in or 0), in_person, online, walk_ins)


def double_check_ins(session: Session, event_id: uuid.UUID) -> list[DoubleCheckIn]:
    """Un-reversed check-ins of a delegate who had one already (two laptops checked them in
    offline): every one but the first, oldest first. Both rows stay; undoing one settles it."""
    rows = session.execute(
        select(CheckIn.id, CheckIn.participation_id, CheckIn.at, CheckIn.desk)
        .join(Participation, Participation.id == CheckIn.participation_id)
        .where(
            Participation.event_id == event_id,
            Participation.deleted_at.is_(None),
            live_check_ins(),
            CheckIn.participation_id.in_(
                select(CheckIn.participation_id)
                .where(live_check_ins())
                .group_by(CheckIn.participation_id)
                .having(func.count() > 1)
            ),
        )
        .order_by(CheckIn.participation_id, CheckIn.at, CheckIn.id)
    ).all()
    firsts: dict[uuid.UUID, tuple[datetime, str | None]] = {}
    later: list[tuple[uuid.UUID, uuid.UUID, datetime, str | None]] = []
    for cid, pid, at, desk in rows:
        if pid not in firsts:
            firsts[pid] = (at, desk)
        else:
            later.append((cid, pid, at, desk))
    people = {d.participation_id: d for d in delegates(session, list(firsts))}
    out = [
        DoubleCheckIn(cid, people[pid], at, desk, *firsts[pid])
        for cid, pid, at, desk in later
        if pid in people
    ]
    out.sort(key=lambda d: (d.at, str(d.check_in_id)))
    return out


# --- tickets ------------------------------------------------------------------------------------


def reissue_ticket(session: Session, participation_id: uuid.UUID) -> str:
    """Give the registration a new ticket code (logged as an edit of the delegate); the old one
    stops working at the desk (it reads "This ticket was replaced")."""
    part = session.get(Participation, participation_id)
    if part is None:
        raise CheckInError(QT_TRANSLATE_NOOP("CheckIn", "This delegate is not there any more."))
    code = codes.new_ticket_code()
    while session.scalar(select(Participation.id).where(Participation.ticket_code == code)) is not None:
        code = codes.new_ticket_code()  # pragma: no cover - 31**12 codes
    part.ticket_code = code
    session.flush()
    return code


def events(session: Session) -> list[tuple[uuid.UUID, str, Any]]:
    """The events a desk can check in for: (id, name, start date), the latest first."""
    rows = session.execute(
        select(Event.id, Event.name, Event.start_date)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.start_date.desc().nulls_last(), Event.name)
    )
    return [(r[0], r[1], r[2]) for r in rows]
