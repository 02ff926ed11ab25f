"""Certificates: of attending a seminar, of a medal, of taking part in a competition — one mechanism.

A certificate is a :class:`~tvet_alliance.domain.Certificate` row: one person, one event delegate
(``participation_id``) or one member of a competition entry (``entry_id``), and a verification code
(:mod:`tvet_alliance.domain.codes`: nine random characters and a check character, regenerated until
unused). Issuing is idempotent: a person who holds a certificate for the same thing gets the same
row back, so a reprint carries the same code; only its ``printed_count`` goes up when printed.

- **Who gets one.** A delegate *attended* when the participation's status is ``attended`` (set by
  the check-in desk for those who came in person, and by the online attendance import for those
  above its threshold): :func:`issue_for_event` issues to them only. :func:`issue_for_competition`
  issues to each member of every entry holding a medal as stored (gold, silver, bronze, medallion
  for excellence: confirming a track's results stores them), and, when asked, a certificate of
  taking part to each member of every other entry that competed. Withdrawn and disqualified entries
  get none.
- **The medal changed** (results unlocked and confirmed again): the old certificate is revoked, its
  reason naming both medals, and a new one with a new code is issued, so the old paper verifies as
  revoked.
- **Revoked** certificates are never printed again, and a batch does not issue a replacement: a
  revoked certificate stays revoked (:func:`revoke` needs a reason, kept with the certificate).
- :func:`verify` reads what a person typed or scanned (:func:`codes.normalize_code`) and tells a
  typing mistake (the check character does not hold) from a code that is well formed but unknown.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from tvet_alliance.domain import (
    Certificate,
    Competition,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    codes,
)
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.changelog import INFO_USER, current_user
from tvet_alliance.domain.enums import CertificateKind, EntryStatus, Medal, ParticipationStatus
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.models import entry_members
from tvet_alliance.domain.names import named
from tvet_alliance.domain.validation import Invalid, required_text
from tvet_alliance.domain.values import LocalName
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.progress import Progress, no_progress

#: The medals a certificate of achievement is issued for, best first (stored codes, never labels).
MEDALS: tuple[Medal, ...] = (Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE)
#: Entries that take part: a competed entry, or one holding a medal whatever its status says.
_OUT = (EntryStatus.WITHDRAWN, EntryStatus.DISQUALIFIED)

MSG_EMPTY = QT_TRANSLATE_NOOP(
    "Certificates", "Type or scan the verification code printed on the certificate."
)
MSG_NO_REASON = QT_TRANSLATE_NOOP(
    "Certificates", "Say why the certificate is revoked: the reason is kept with it."
)
MSG_UNKNOWN = QT_TRANSLATE_NOOP("Certificates", "No certificate has the code {shown}.")
MSG_ALREADY_REVOKED = QT_TRANSLATE_NOOP(
    "Certificates", "The certificate {shown} was revoked already, on {when}."
)
MSG_NOTHING = QT_TRANSLATE_NOOP(
    "Certificates",
    "Nothing to print: no one holds a certificate that is not revoked. Certificates of attendance go to "
    "delegates marked attended; a competition's to the members of entries with a medal.",
)
MSG_MEDAL_LOST = QT_TRANSLATE_NOOP(
    "Certificates", "The entry no longer holds this medal ({old}); it now has: {now}."
)
MSG_ENTRY_OUT = QT_TRANSLATE_NOOP("Certificates", "The entry was {now} after this certificate was issued.")
MSG_MEDAL_CHANGED = QT_TRANSLATE_NOOP(
    "Certificates", "The medal changed from {old} to {new}: a new certificate was issued."
)


#: What a certificate is, in English (the ``Certificates`` context) and in Chinese (printed as is).
TITLES: dict[CertificateKind, tuple[str, str]] = {
    CertificateKind.ATTENDANCE: (QT_TRANSLATE_NOOP("Certificates", "Certificate of Attendance"), "参会证书"),
    CertificateKind.MEDAL: (QT_TRANSLATE_NOOP("Certificates", "Certificate of Achievement"), "获奖证书"),
    CertificateKind.PARTICIPATION: (
        QT_TRANSLATE_NOOP("Certificates", "Certificate of Participation"),
        "参赛证书",
    ),
}
#: A medal as a certificate names it (by the medal's code, never its label).
MEDAL_NAMES: dict[Medal, tuple[str, str]] = {
    Medal.GOLD: (QT_TRANSLATE_NOOP("Certificates", "Gold medal"), "金牌"),
    Medal.SILVER: (QT_TRANSLATE_NOOP("Certificates", "Silver medal"), "银牌"),
    Medal.BRONZE: (QT_TRANSLATE_NOOP("Certificates", "Bronze medal"), "铜牌"),
    Medal.EXCELLENCE: (QT_TRANSLATE_NOOP("Certificates", "Medallion for Excellence"), "优胜奖"),
}


class CertificateError(CodedError):
    """Why a certificate could not be issued, revoked or found, with a translatable English text."""

    context = "Certificates"


class Status(StrEnum):
    """What :func:`verify` found."""

    VALID = "valid"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # well formed, its check character holds, but no certificate has it
    TYPING_MISTAKE = "typing_mistake"  # ten characters of the alphabet whose check character fails
    NOT_A_CODE = "not_a_code"  # wrong length, or characters a code never holds
    EMPTY = "empty"


#: What each status says, in English (the ``Certificates`` context), with ``{shown}`` and, for a
#: revoked certificate, ``{when}`` and ``{reason}``.
STATUS_TEXT: dict[Status, str] = {
    Status.VALID: QT_TRANSLATE_NOOP("Certificates", "Valid certificate"),
    Status.REVOKED: QT_TRANSLATE_NOOP("Certificates", "This certificate was revoked on {when}: {reason}"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP(
        "Certificates", "Unknown code: no certificate has the code {shown}. It may be forged."
    ),
    Status.TYPING_MISTAKE: QT_TRANSLATE_NOOP(
        "Certificates",
        "This code has a typing mistake: one of its characters is not the one printed (its last "
        "character checks the others). Compare each character with the certificate.",
    ),
    Status.NOT_A_CODE: QT_TRANSLATE_NOOP(
        "Certificates",
        "This is not a certificate code: a code has 10 letters and digits (grouped as abcd-efgh-jk), "
        "never 0, 1, o, i or l.",
    ),
    Status.EMPTY: MSG_EMPTY,
}


@dataclass(frozen=True)
class Issued:
    """One certificate with everything printed on it and said when it is verified."""

    id: uuid.UUID
    code: str
    kind: CertificateKind
    medal: Medal | None
    person_id: uuid.UUID
    name: str  # the person's name in Latin script
    native: str | None  # in their own script (Chinese, Urdu)
    organization: str | None
    organization_native: str | None
    country: str | None
    event: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    city: str | None = None
    event_country: str | None = None
    competition: str | None = None
    track: str | None = None
    track_zh: str | None = None
    team: str | None = None
    issued_at: datetime | None = None
    issued_by: str | None = None
    revoked_at: datetime | None = None
    revoked_reason: str | None = None
    printed_count: int = 0

    @property
    def shown_code(self) -> str:
        """The code as printed: ``abcd-efgh-jk``."""
        return codes.grouped(self.code)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.shown_code,
            "kind": self.kind.value,
            "medal": self.medal.value if self.medal is not None else None,
            "person": {"name": self.name, "name_native": self.native},
            "organization": self.organization,
            "organization_native": self.organization_native,
            "country": self.country,
            "event": (
                {
                    "name": self.event,
                    "start_date": self.start_date.isoformat() if self.start_date else None,
                    "end_date": self.end_date.isoformat() if self.end_date else None,
                    "city": self.city,
                    "country": self.event_country,
                }
                if self.event is not None
                else None
            ),
            "competition": self.competition,
            "track": self.track,
            "track_zh": self.track_zh,
            "team": self.team,
            "issued_at": self.issued_at.isoformat() if self.issued_at else None,
            "issued_by": self.issued_by,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "revoked_reason": self.revoked_reason,
            "printed_count": self.printed_count,
        }


@dataclass
class IssueReport:
    """What issuing gave: the certificates to print (in print order) and how many of them are new."""

    certificates: list[Issued] = field(default_factory=list)
    new: int = 0
    reused: int = 0
    #: Revoked certificates left revoked (not printed, not replaced).
    revoked: int = 0
    #: Certificates revoked because the entry's medal changed since they were issued (replaced).
    replaced: int = 0
    #: Certificates revoked because their entry lost its medal or was withdrawn or disqualified.
    outdated: int = 0
    #: Entries that would get certificates but list no member.
    without_members: int = 0
    #: Tracks left out: marked by a scheme, their results not confirmed yet (names, sorted).
    provisional: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "certificates": len(self.certificates),
            "new": self.new,
            "reused": self.reused,
            "revoked": self.revoked,
            "replaced": self.replaced,
            "outdated": self.outdated,
            "without_members": self.without_members,
            "provisional": self.provisional,
            "codes": [c.shown_code for c in self.certificates],
        }


@dataclass(frozen=True)
class Verification:
    """The answer of :func:`verify`: the status, the code as read, and the certificate if found."""

    status: Status
    code: str
    certificate: Issued | None = None

    @property
    def valid(self) -> bool:
        return self.status is Status.VALID

    @property
    def template(self) -> str:
        return STATUS_TEXT[self.status]

    @property
    def params(self) -> dict[str, str]:
        cert = self.certificate
        out = {"shown": codes.grouped(self.code) if self.code else ""}
        if cert is not None and cert.revoked_at is not None:
            out["when"] = f"{cert.revoked_at:%Y-%m-%d}"
            out["reason"] = cert.revoked_reason or ""
        return out

    def text(self) -> str:
        """The answer in English (the window translates :attr:`template` itself)."""
        return self.template.format(**self.params)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "status": self.status.value,
            "code": codes.grouped(self.code),
            "message": self.text(),
        }
        if self.certificate is not None:
            out["certificate"] = self.certificate.as_json()
        return out


# --- dates as a certificate writes them ----------------------------------------------------------

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_text(value: date) -> str:
    """``24 June 2026``: a date as a certificate (in English) writes it."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def date_range(start: date | None, end: date | None) -> str:
    """``24–26 June 2026``, ``30 June – 2 July 2026``, or one day; "" when there is no date."""
    if start is None:
        return day_text(end) if end is not None else ""
    if end is None or end == start:
        return day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def describe_kind(cert: Issued) -> str:
    """What the certificate is, in English: "Certificate of Achievement — Gold medal"."""
    title = TITLES[cert.kind][0]
    if cert.kind is CertificateKind.MEDAL and cert.medal in MEDAL_NAMES:
        return f"{title} — {MEDAL_NAMES[cert.medal][0]}"
    return title


def describe_what(cert: Issued) -> list[tuple[str, str]]:
    """What the certificate is for, as (label, value) lines in English: the event with its dates
    and city, or the competition, the track (English / Chinese) and the team."""
    dates = date_range(cert.start_date, cert.end_date)
    if cert.event is not None:
        return [("event", ", ".join(p for p in (cert.event, dates, cert.city) if p))]
    lines = []
    if cert.competition is not None:
        lines.append(("competition", ", ".join(p for p in (cert.competition, dates, cert.city) if p)))
    if cert.track:
        lines.append(("track", cert.track + (f" / {cert.track_zh}" if cert.track_zh else "")))
    if cert.team:
        lines.append(("team", cert.team))
    return lines


# --- reading certificates ----------------------------------------------------------------------------


def _issued(cert: Certificate, person: Person, org: Organization | None, **where: Any) -> Issued:
    return Issued(
        id=cert.id,
        code=cert.code,
        kind=cert.kind,
        medal=cert.medal if cert.medal is not Medal.NONE else None,
        person_id=person.id,
        name=person.full_name,
        native=person.name_native,
        organization=org.display_name if org is not None else None,
        organization_native=org.name_native if org is not None and org.name_en else None,
        country=person.nationality or (org.country if org is not None else None),
        issued_at=cert.issued_at,
        issued_by=cert.issued_by,
        revoked_at=cert.revoked_at,
        revoked_reason=cert.revoked_reason,
        printed_count=cert.printed_count or 0,
        **where,
    )


def _event_facts(event: Event) -> dict[str, Any]:
    return {
        "event": event.name,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "city": event.city,
        "event_country": event.country,
    }


def _entry_facts(entry: Entry, track: SkillTrack, competition: Competition) -> dict[str, Any]:
    return {
        "competition": competition.name,
        "track": track.name,
        "track_zh": track.name_zh,
        "team": entry.team_name,
        "city": competition.host_city,
        "start_date": competition.start_date,
        "end_date": competition.end_date,
    }


def describe(session: Session, certs: Iterable[Certificate]) -> list[Issued]:
    """*certs* with their person, organisation and event or competition, in the order given."""
    items = list(certs)
    deleted = {"include_deleted": True}  # a certificate names what it was issued for, even if deleted since
    person_ids = {c.person_id for c in items}
    people = {
        p.id: p
        for p in session.scalars(select(Person).where(Person.id.in_(person_ids)).execution_options(**deleted))
    }
    org_ids = {p.organization_id for p in people.values() if p.organization_id is not None}
    orgs = {
        o.id: o
        for o in session.scalars(
            select(Organization).where(Organization.id.in_(org_ids)).execution_options(**deleted)
        )
    }
    part_ids = {c.participation_id for c in items if c.participation_id is not None}
    events: dict[uuid.UUID, Event] = {}
    if part_ids:
        rows = session.execute(
            select(Participation.id, Event)
            .join(Event, Event.id == Participation.event_id)
            .where(Participation.id.in_(part_ids))
            .execution_options(**deleted)
        )
        events = {part_id: event for part_id, event in rows}
    entry_ids = {c.entry_id for c in items if c.entry_id is not None}
    entries: dict[uuid.UUID, tuple[Entry, SkillTrack, Competition]] = {}
    if entry_ids:
        rows2 = session.execute(
            select(Entry, SkillTrack, Competition)
            .join(SkillTrack, SkillTrack.id == Entry.track_id)
            .join(Competition, Competition.id == SkillTrack.competition_id)
            .where(Entry.id.in_(entry_ids))
            .execution_options(**deleted)
        )
        entries = {e.id: (e, t, c) for e, t, c in rows2}
    out = []
    for cert in items:
        person = people[cert.person_id]
        org = orgs.get(person.organization_id) if person.organization_id else None
        if cert.participation_id is not None and cert.participation_id in events:
            where = _event_facts(events[cert.participation_id])
        elif cert.entry_id is not None and cert.entry_id in entries:
            where = _entry_facts(*entries[cert.entry_id])
        else:
            where = {}
        out.append(_issued(cert, person, org, **where))
    return out


def certificates_of(
    session: Session,
    *,
    event_id: uuid.UUID | None = None,
    competition_id: uuid.UUID | None = None,
    track_id: uuid.UUID | None = None,
) -> list[Issued]:
    """Every certificate issued for an event, or for a competition (or one of its tracks), revoked
    ones too, by the person's name."""
    query = select(Certificate).join(Person, Person.id == Certificate.person_id)
    if event_id is not None:
        query = query.join(Participation, Participation.id == Certificate.participation_id).where(
            Participation.event_id == event_id
        )
    elif track_id is not None or competition_id is not None:
        query = query.join(Entry, Entry.id == Certificate.entry_id)
        if track_id is not None:
            query = query.where(Entry.track_id == track_id)
        else:
            query = query.join(SkillTrack, SkillTrack.id == Entry.track_id).where(
                SkillTrack.competition_id == competition_id
            )
    query = query.order_by(func.lower(Person.full_name), Certificate.issued_at, Certificate.id)
    return describe(session, session.scalars(query.execution_options(include_deleted=True)))


# --- issuing -----------------------------------------------------------------------------------------


def _user(session: Session) -> str:
    return str(session.info.get(INFO_USER) or current_user())


def _unused_code(session: Session, taken: set[str]) -> str:
    """A fresh verification code no certificate (deleted ones included) holds."""
    while True:
        code = codes.new_verification_code()
        if code in taken:
            continue
        found = session.scalar(
            select(Certificate.id).where(Certificate.code == code).execution_options(include_deleted=True)
        )
        if found is None:
            taken.add(code)
            return code


def _new(
    session: Session,
    taken: set[str],
    kind: CertificateKind,
    person_id: uuid.UUID,
    *,
    participation_id: uuid.UUID | None = None,
    entry_id: uuid.UUID | None = None,
    medal: Medal | None = None,
) -> Certificate:
    cert = Certificate(
        code=_unused_code(session, taken),
        kind=kind,
        person_id=person_id,
        participation_id=participation_id,
        entry_id=entry_id,
        medal=medal,
        issued_at=utcnow(),
        issued_by=_user(session),
        printed_count=0,
    )
    session.add(cert)
    return cert


def issue_for_event(
    session: Session,
    event_id: uuid.UUID,
    *,
    person_ids: Sequence[uuid.UUID] | None = None,
    progress: Progress = no_progress,
) -> IssueReport:
    """A certificate of attendance for each delegate of the event who attended (participation
    status ``attended``), or for those of *person_ids* among them; reused where issued before.
    Flushes, does not commit."""
    if session.get(Event, event_id) is None:
        raise CertificateError(
            "unknown_event", QT_TRANSLATE_NOOP("Certificates", "The event is not in the database.")
        )
    query = (
        select(Participation)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == event_id, Participation.status == ParticipationStatus.ATTENDED)
        .order_by(func.lower(Person.full_name), Person.id)
    )
    if person_ids is not None:
        query = query.where(Participation.person_id.in_(list(person_ids)))
    parts = list(session.scalars(query))
    held: dict[uuid.UUID, list[Certificate]] = {}
    if parts:
        for cert in session.scalars(
            select(Certificate)
            .where(
                Certificate.participation_id.in_([p.id for p in parts]),
                Certificate.kind == CertificateKind.ATTENDANCE,
            )
            .order_by(Certificate.issued_at)
        ):
            held.setdefault(cert.participation_id or uuid.UUID(int=0), []).append(cert)
    report = IssueReport()
    taken: set[str] = set()
    chosen: list[Certificate] = []
    for done, part in enumerate(parts):
        progress(done, len(parts))
        mine = held.get(part.id, [])
        live = [c for c in mine if c.revoked_at is None]
        if live:
            chosen.append(live[0])
            report.reused += 1
        elif mine:
            report.revoked += 1
        else:
            chosen.append(
                _new(session, taken, CertificateKind.ATTENDANCE, part.person_id, participation_id=part.id)
            )
            report.new += 1
    session.flush()
    progress(len(parts), len(parts))
    report.certificates = describe(session, chosen)
    return report


def provisional_tracks(
    session: Session, competition_id: uuid.UUID, track_id: uuid.UUID | None = None
) -> dict[uuid.UUID, str]:
    """The competition's tracks marked by a marking scheme whose results are not confirmed (never,
    or unlocked since): their entries' stored medals are not results yet (a medal typed before the
    scheme, or one the judges' marks have since changed), so no certificate is issued from them."""
    from tvet_alliance.services.results import medals_settled

    query = select(SkillTrack.id, SkillTrack.name).where(
        SkillTrack.competition_id == competition_id, not_(medals_settled())
    )
    if track_id is not None:
        query = query.where(SkillTrack.id == track_id)
    return {i: n for i, n in session.execute(query)}


def issue_for_competition(
    session: Session,
    competition_id: uuid.UUID,
    *,
    track_id: uuid.UUID | None = None,
    participants: bool = False,
    progress: Progress = no_progress,
) -> IssueReport:
    """A certificate of achievement for each member of every entry holding a medal (as stored),
    and with *participants* a certificate of taking part for each member of every other entry that
    competed; in one track when *track_id* is given. Reused where issued before for the same entry,
    person and medal. Printed by track, medal (gold first), then name. Flushes, does not commit."""
    if session.get(Competition, competition_id) is None:
        raise CertificateError(
            "unknown_competition",
            QT_TRANSLATE_NOOP("Certificates", "The competition is not in the database."),
        )
    query = (
        select(Entry)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(SkillTrack.competition_id == competition_id, Entry.status.not_in(_OUT))
        .options(selectinload(Entry.members))
        .order_by(func.lower(SkillTrack.name), SkillTrack.id)
    )
    if track_id is not None:
        query = query.where(Entry.track_id == track_id)
    provisional = provisional_tracks(session, competition_id, track_id)
    entries = [e for e in session.scalars(query) if e.track_id not in provisional]
    rank = {m: i for i, m in enumerate(MEDALS)}

    def wanted(entry: Entry) -> CertificateKind | None:
        if entry.medal in rank:
            return CertificateKind.MEDAL
        if participants and entry.status is EntryStatus.COMPETED:
            return CertificateKind.PARTICIPATION
        return None

    track_order = {e.track_id: i for i, e in reversed(list(enumerate(entries)))}
    chosen_entries = [(e, k) for e in entries if (k := wanted(e)) is not None]
    chosen_entries.sort(key=lambda ek: (track_order[ek[0].track_id], rank.get(ek[0].medal, len(rank))))
    held: dict[tuple[uuid.UUID, uuid.UUID], list[Certificate]] = {}
    if chosen_entries:
        for cert in session.scalars(
            select(Certificate)
            .where(Certificate.entry_id.in_([e.id for e, _k in chosen_entries]))
            .order_by(Certificate.issued_at)
        ):
            held.setdefault((cert.entry_id or uuid.UUID(int=0), cert.person_id), []).append(cert)
    report = IssueReport(provisional=sorted(provisional.values(), key=str.casefold))
    taken: set[str] = set()
    chosen: list[Certificate] = []
    for done, (entry, kind) in enumerate(chosen_entries):
        progress(done, len(chosen_entries))
        if not entry.members:
            report.without_members += 1
            continue
        medal = entry.medal if kind is CertificateKind.MEDAL else None
        for person in sorted(entry.members, key=lambda p: (p.full_name.casefold(), p.id)):
            mine = held.get((entry.id, person.id), [])
            live = [c for c in mine if c.revoked_at is None]
            same = [c for c in live if c.kind is kind and (c.medal or None) == medal]
            if same:
                chosen.append(same[0])
                report.reused += 1
                continue
            if mine and not live:
                report.revoked += 1
                continue
            for old in live:  # the medal changed since: the old paper must not verify as valid
                old.revoked_at = utcnow()
                old.revoked_reason = MSG_MEDAL_CHANGED.format(
                    old=(old.medal or Medal.NONE).label, new=(medal or Medal.NONE).label
                )
                report.replaced += 1
            chosen.append(_new(session, taken, kind, person.id, entry_id=entry.id, medal=medal))
            report.new += 1
    report.outdated = _revoke_outdated(
        session, {id(c) for c in chosen}, competition_id, track_id, frozenset(provisional)
    )
    session.flush()
    progress(len(chosen_entries), len(chosen_entries))
    report.certificates = describe(session, chosen)
    return report


def _revoke_outdated(
    session: Session,
    kept: set[int],
    competition_id: uuid.UUID,
    track_id: uuid.UUID | None,
    provisional: frozenset[uuid.UUID] = frozenset(),
) -> int:
    """Revoke the live certificates of the competition's entries (one track's with *track_id*)
    that no longer say what is stored: a medal certificate of an entry holding no medal now (or
    another one), and any certificate of an entry withdrawn or disqualified since. *kept* are the
    certificates just chosen (by ``id()``); the count revoked."""
    query = (
        select(Certificate, Entry)
        .join(Entry, Entry.id == Certificate.entry_id)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(SkillTrack.competition_id == competition_id, Certificate.revoked_at.is_(None))
    )
    if track_id is not None:
        query = query.where(Entry.track_id == track_id)
    count = 0
    for cert, entry in session.execute(query):
        if id(cert) in kept or entry.track_id in provisional:  # unlocked: settled when confirmed
            continue
        out = entry.status in _OUT
        if not out and not (cert.kind is CertificateKind.MEDAL and cert.medal is not entry.medal):
            continue
        cert.revoked_at = utcnow()
        if out:
            cert.revoked_reason = MSG_ENTRY_OUT.format(now=entry.status.label.lower())
        else:
            cert.revoked_reason = MSG_MEDAL_LOST.format(
                old=(cert.medal or Medal.NONE).label, now=entry.medal.label
            )
        count += 1
    return count


def reprint(session: Session, ids: Sequence[uuid.UUID]) -> IssueReport:
    """The certificates *ids*, to print again as they are (the same codes), in the order given;
    revoked ones are left out (counted in ``revoked``)."""
    found = {c.id: c for c in session.scalars(select(Certificate).where(Certificate.id.in_(list(ids))))}
    chosen = [found[i] for i in ids if i in found and found[i].revoked_at is None]
    report = IssueReport(reused=len(chosen), revoked=sum(1 for i in ids if i in found) - len(chosen))
    report.certificates = describe(session, chosen)
    return report


def record_printed(session: Session, ids: Iterable[uuid.UUID]) -> None:
    """Count one more printing of each certificate of *ids* (a reprint keeps its code)."""
    wanted = list(ids)
    for start in range(0, len(wanted), 500):
        for cert in session.scalars(
            select(Certificate).where(Certificate.id.in_(wanted[start : start + 500]))
        ):
            cert.printed_count = (cert.printed_count or 0) + 1
    session.flush()


# --- revoking and verifying ----------------------------------------------------------------------------


def _by_code(session: Session, code: str) -> Certificate | None:
    return session.scalar(select(Certificate).where(Certificate.code == code))


def revoke(session: Session, code_text: str, reason: str) -> Issued:
    """Revoke the certificate whose code is *code_text* (as typed), for *reason* (required, kept
    with it). Flushes, does not commit. Raises :class:`CertificateError` for an empty or unknown
    code, a missing reason or a certificate revoked already."""
    code = codes.normalize_code(code_text or "")
    if not code:
        raise CertificateError("empty", MSG_EMPTY)
    try:
        why = required_text(reason)
    except Invalid as exc:
        raise CertificateError("reason_required", MSG_NO_REASON) from exc
    cert = _by_code(session, code)
    if cert is None:
        found = verify(session, code_text)
        if found.status in (Status.TYPING_MISTAKE, Status.NOT_A_CODE):
            raise CertificateError(found.status.value, found.template, **found.params)
        raise CertificateError("unknown", MSG_UNKNOWN, shown=codes.grouped(code))
    if cert.revoked_at is not None:
        raise CertificateError(
            "already_revoked",
            MSG_ALREADY_REVOKED,
            shown=codes.grouped(code),
            when=f"{cert.revoked_at:%Y-%m-%d}",
        )
    cert.revoked_at = utcnow()
    cert.revoked_reason = why
    session.flush()
    return describe(session, [cert])[0]


def verify(session: Session, text: str) -> Verification:
    """Whose certificate the code *text* (as typed or scanned) is, or why it is none."""
    code = codes.normalize_code(text or "")
    if not code:
        return Verification(Status.EMPTY, "")
    if len(code) != codes.VERIFICATION_LENGTH or any(c not in codes.ALPHABET for c in code):
        return Verification(Status.NOT_A_CODE, code)
    if not codes.is_valid_verification_code(code):
        return Verification(Status.TYPING_MISTAKE, code)
    cert = _by_code(session, code)
    if cert is None:
        return Verification(Status.UNKNOWN, code)
    issued = describe(session, [cert])[0]
    return Verification(Status.REVOKED if issued.revoked else Status.VALID, code, issued)


def find_track(session: Session, competition_id: uuid.UUID, name: str) -> SkillTrack:
    """The track of the competition called *name* (English or Chinese, any case; a unique prefix)."""
    tracks = session.scalars(select(SkillTrack).where(SkillTrack.competition_id == competition_id))
    found = named(tracks, name, lambda t: (t.name, t.name_zh))
    if len(found) == 1:
        return found[0]
    raise CertificateError(
        "unknown_track",
        QT_TRANSLATE_NOOP("Certificates", "The competition has no track called {name}."),
        name=name,
    )


def find_delegates(session: Session, event_id: uuid.UUID, name: str) -> list[uuid.UUID]:
    """The people of the event's delegates whom *name* finds (any script, pinyin, initials: the
    one search service), best match first."""
    from tvet_alliance.services import search

    delegates = set(
        session.scalars(select(Participation.person_id).where(Participation.event_id == event_id))
    )
    return [m.id for m in search.find_people(session, name, limit=200) if m.id in delegates]


# --- what the window offers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """Something certificates are issued for: an event (``kind`` "event") or a competition."""

    kind: str
    id: uuid.UUID
    name: str
    start_date: date | None = None


@dataclass(frozen=True)
class Track:
    id: uuid.UUID
    name: LocalName


def subjects(session: Session) -> list[Subject]:
    """The events, then the competitions, newest first (those without a date last)."""
    events = session.execute(
        select(Event.id, Event.name, Event.start_date).order_by(
            Event.start_date.is_(None), Event.start_date.desc(), func.lower(Event.name)
        )
    ).all()
    competitions = session.execute(
        select(Competition.id, Competition.name, Competition.start_date).order_by(
            Competition.start_date.is_(None), Competition.start_date.desc(), func.lower(Competition.name)
        )
    ).all()
    return [Subject("event", i, n, d) for i, n, d in events] + [
        Subject("competition", i, n, d) for i, n, d in competitions
    ]


def tracks(session: Session, competition_id: uuid.UUID) -> list[Track]:
    rows = session.execute(
        select(SkillTrack.id, SkillTrack.name, SkillTrack.name_zh)
        .where(SkillTrack.competition_id == competition_id)
        .order_by(func.lower(SkillTrack.name))
    ).all()
    return [Track(i, LocalName(n, z)) for i, n, z in rows]


def eligible(
    session: Session,
    *,
    event_id: uuid.UUID | None = None,
    competition_id: uuid.UUID | None = None,
    track_id: uuid.UUID | None = None,
    participants: bool = False,
) -> int:
    """How many people would get a certificate (revoked ones included): the event's attendees, or
    the members of the competition's medal entries (and, with *participants*, of its other competed
    entries)."""
    if event_id is not None:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Participation)
                .join(Person, Person.id == Participation.person_id)
                .where(
                    Participation.event_id == event_id, Participation.status == ParticipationStatus.ATTENDED
                )
            )
            or 0
        )
    wanted: ColumnElement[bool] = Entry.medal.in_(MEDALS)
    if participants:
        wanted = or_(wanted, Entry.status == EntryStatus.COMPETED)
    query = (
        select(func.count())
        .select_from(Entry)
        .join(entry_members, entry_members.c.entry_id == Entry.id)
        .join(Person, Person.id == entry_members.c.person_id)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(SkillTrack.competition_id == competition_id, Entry.status.not_in(_OUT), wanted)
    )
    if track_id is not None:
        query = query.where(Entry.track_id == track_id)
    provisional = provisional_tracks(session, competition_id, track_id) if competition_id else {}
    if provisional:
        query = query.where(Entry.track_id.not_in(list(provisional)))
    return int(session.scalar(query) or 0)
