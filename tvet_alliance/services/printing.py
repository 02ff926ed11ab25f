"""What badges and printed lists show, read from the database as plain values (no Qt).

:func:`delegates` gives an event's :class:`PrintedEvent` and its delegates as :class:`PrintedDelegate`
rows, every text already in the reader's language (role labels, country names): the render layer
(``render/badges.py``, ``render/lists.py``) draws them and never reads the database. It takes all
delegates of the event, the listed ones (the window's filtered list passes its ids) or the one named;
cancelled registrations are left out and counted (``left_out``). Orders: by name (the Latin name,
as the list of a multilingual event is read) or by organisation (then grouped by it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain.enums import AttendanceMode, ParticipationRole, ParticipationStatus
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.models import Event, Organization, Participation, Person
from tvet_alliance.domain.names import printed_names
from tvet_alliance.domain.search_keys import fold, has_arabic
from tvet_alliance.domain.values import country_name
from tvet_alliance.i18n import QT_TRANSLATE_NOOP, translator

BY_NAME = "name"
BY_ORGANIZATION = "organization"
ORDERS = (BY_NAME, BY_ORGANIZATION)

MSG_NO_SUCH_DELEGATE = QT_TRANSLATE_NOOP("Printing", "No delegate of {event} is called {name}.")
MSG_MANY_DELEGATES = QT_TRANSLATE_NOOP(
    "Printing", "Several delegates of {event} are called {name}: {names}. Give the whole name."
)
MSG_CANCELLED = QT_TRANSLATE_NOOP(
    "Printing", "The registration of {name} for {event} is cancelled: no badge is printed."
)
NO_ORGANIZATION = QT_TRANSLATE_NOOP("Printing", "No organisation")


class PrintingError(CodedError):
    context = "Printing"


@dataclass(frozen=True)
class PrintedEvent:
    id: uuid.UUID
    name: str
    start: date | None
    end: date | None
    place: str  # venue and city

    @property
    def dates(self) -> str:
        """ "2026-05-10 – 2026-05-12" (one date when it is one day; empty when none is set)."""
        if self.start is None:
            return ""
        if self.end is None or self.end == self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class PrintedDelegate:
    participation_id: uuid.UUID
    person_id: uuid.UUID
    native_name: str | None  # in its own script; None for a Latin name only
    latin_name: str  # "ZHANG Wei" (may equal native_name when no Latin form is known)
    organization: str | None  # the native name when there is one, else the English
    organization_en: str | None  # the English name when it differs from ``organization``
    organization_key: str  # for grouping and ordering
    country: str  # in the reader's language
    role: ParticipationRole
    role_label: str  # in the reader's language
    mode: AttendanceMode
    mode_label: str
    status: ParticipationStatus
    ticket_code: str | None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class PrintSet:
    event: PrintedEvent
    delegates: list[PrintedDelegate]
    left_out: int = 0  # cancelled registrations not printed
    language: str = "en"
    order: str = BY_NAME
    groups: list[tuple[str, list[PrintedDelegate]]] = field(default_factory=list)


def find_event(session: Session, name: str) -> Event:
    """The event called *name* (case-insensitive; a unique prefix is enough), as the import finds it."""
    from tvet_alliance.services.importing.files import find_event as find

    return find(session, name)


def _sort_key(delegate: PrintedDelegate) -> tuple[str, str]:
    return (fold(delegate.latin_name), str(delegate.participation_id))


def delegates(
    session: Session,
    event_id: uuid.UUID,
    *,
    language: str = "en",
    participation_ids: Sequence[uuid.UUID] | None = None,
    person: str | None = None,
    order: str = BY_NAME,
) -> PrintSet:
    """The event and its delegates to print (see the module's notes). *person* picks one delegate
    by name (any script; whole name, else a unique start of one) and raises :class:`PrintingError`
    when none or several fit or the one found is cancelled."""
    ts = "zh_CN" if language.startswith("zh") else "ur" if language.startswith("ur") else ""
    translate: Callable[[str, str], str] = translator(ts) if ts else (lambda _c, t: t)
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise PrintingError("unknown", QT_TRANSLATE_NOOP("Printing", "The event is not in the database."))
    place = ", ".join(x for x in (event.venue, event.city) if x)
    printed_event = PrintedEvent(event.id, event.name, event.start_date, event.end_date, place)
    stmt = (
        select(Participation, Person, Organization)
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .where(Participation.event_id == event_id)
    )
    if participation_ids is not None:
        stmt = stmt.where(Participation.id.in_(list(participation_ids)))
    rows: list[tuple[Participation, Person, Organization | None]] = [
        (p, who, org)
        for p, who, org in session.execute(stmt)
        if p.deleted_at is None and who.deleted_at is None
    ]
    if person is not None:
        rows = _one_person(rows, person, event.name)
    out: list[PrintedDelegate] = []
    left_out = 0
    for p, who, org in rows:
        if p.status is ParticipationStatus.CANCELLED:
            left_out += 1
            continue
        out.append(_printed(p, who, org, language, translate))
    if person is not None and not out:
        raise PrintingError("cancelled", MSG_CANCELLED, name=rows[0][1].full_name, event=event.name)
    out.sort(key=_sort_key)
    groups: list[tuple[str, list[PrintedDelegate]]] = []
    if order == BY_ORGANIZATION:
        by_org: dict[str, list[PrintedDelegate]] = {}
        for d in out:
            by_org.setdefault(d.organization_key, []).append(d)
        for key in sorted(by_org, key=lambda k: (k == "", k)):
            members = by_org[key]
            first = members[0]
            heading = first.organization or translate("Printing", NO_ORGANIZATION)
            if first.organization_en:
                # An Urdu name after the English one: the heading reads left to right as a whole.
                pair = (
                    (first.organization_en, heading)
                    if has_arabic(heading)
                    else (heading, first.organization_en)
                )
                heading = " — ".join(pair)
            groups.append((heading, members))
        out = [d for _heading, members in groups for d in members]
    return PrintSet(printed_event, out, left_out, language, order, groups)


def _one_person(
    rows: list[tuple[Participation, Person, Organization | None]], name: str, event: str
) -> list[tuple[Participation, Person, Organization | None]]:
    key = fold(name)
    if not key:
        raise PrintingError("unknown", MSG_NO_SUCH_DELEGATE, event=event, name=name)

    def names(who: Person) -> list[str]:
        return [fold(n) for n in (who.full_name, who.name_native) if n]

    exact = [r for r in rows if key in names(r[1])]
    found = exact or [r for r in rows if any(n.startswith(key) for n in names(r[1]))]
    if not found:
        raise PrintingError("unknown", MSG_NO_SUCH_DELEGATE, event=event, name=name)
    if len(found) > 1:
        listed = ", ".join(sorted(r[1].full_name for r in found)[:5])
        raise PrintingError("ambiguous", MSG_MANY_DELEGATES, event=event, name=name, names=listed)
    return found


def _printed(
    p: Participation,
    who: Person,
    org: Organization | None,
    language: str,
    translate: Callable[[str, str], str],
) -> PrintedDelegate:
    native, latin = printed_names(who.full_name, who.name_native)
    organization = organization_en = None
    key = ""
    if org is not None and org.deleted_at is None:
        organization = (org.name_native or "").strip() or org.name_en
        organization_en = org.name_en if org.name_en and org.name_en != organization else None
        key = fold(org.name_en or organization or "")
    country_code = who.nationality or (org.country if org is not None else None)
    return PrintedDelegate(
        participation_id=p.id,
        person_id=who.id,
        native_name=native,
        latin_name=latin,
        organization=organization,
        organization_en=organization_en,
        organization_key=key,
        country=country_name(country_code, language) if country_code else "",
        role=p.role,
        role_label=translate("Enum", p.role.label),
        mode=p.attendance_mode,
        mode_label=translate("Enum", p.attendance_mode.label),
        status=p.status,
        ticket_code=p.ticket_code,
        email=who.email,
        phone=who.phone,
    )


def events(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Every event to choose from, newest first: (id, "name (start date)")."""
    rows = session.execute(
        select(Event.id, Event.name, Event.start_date)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.start_date.desc(), Event.name)
    ).all()
    return [(row[0], f"{row[1]} ({row[2].isoformat()})" if row[2] else row[1]) for row in rows]
