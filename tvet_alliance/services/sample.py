"""Load the sample data in ``resources/sample/`` through the domain layer (validated like any edit)."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tvet_alliance import paths
from tvet_alliance.domain import (
    Agreement,
    CheckIn,
    Competition,
    DomainError,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    ValidationFailed,
)
from tvet_alliance.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AllianceRole,
    AttendanceMode,
    EntryStatus,
    EventKind,
    EventMode,
    Gender,
    Medal,
    MembershipStatus,
    OrgType,
    ParticipationRole,
    ParticipationStatus,
)
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.progress import Progress

FILES = (
    "organizations.csv",
    "people.csv",
    "events.csv",
    "participations.csv",
    "competitions.csv",
    "tracks.csv",
    "entries.csv",
    "agreements.csv",
)


class SampleDataError(DomainError):
    pass


@dataclass
class SampleResult:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _read(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _opt(value: str) -> str | None:
    return value or None


def sample_already_loaded(session: Session, folder: Path | None = None) -> bool:
    folder = folder or paths.sample_dir()
    names = [row["name_en"] for row in _read(folder, "organizations.csv")]
    found = session.scalar(
        select(func.count()).select_from(Organization).where(Organization.name_en.in_(names))
    )
    return bool(found)


def load_sample(
    session: Session, folder: Path | None = None, progress: Progress | None = None
) -> SampleResult:
    """Add the sample partners, people, seminar, competition and agreements. The caller commits.

    Refuses (changing nothing) when the sample partners are already in the database.
    """
    folder = folder or paths.sample_dir()
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise SampleDataError(
            QT_TRANSLATE_NOOP("Errors", "Sample data files are missing: {files}"), files=", ".join(missing)
        )
    if sample_already_loaded(session, folder):
        raise SampleDataError(QT_TRANSLATE_NOOP("Errors", "The sample data is already in this database."))

    site_id: Any = session.info.get("site_id")
    tables = {name: _read(folder, name) for name in FILES}
    total = sum(len(rows) for rows in tables.values())
    done = 0
    result = SampleResult()

    def step(kind: str) -> None:
        nonlocal done
        done += 1
        result.counts[kind] = result.counts.get(kind, 0) + 1
        if progress is not None:
            progress(done, total)

    orgs: dict[str, Organization] = {}
    for row in tables["organizations.csv"]:
        org = Organization(
            name_en=row["name_en"],
            name_native=_opt(row["name_native"]),
            short_name=_opt(row["short_name"]),
            aliases=_list(row["aliases"]),
            country=row["country"],
            province=_opt(row["province"]),
            city=_opt(row["city"]),
            org_type=OrgType(row["org_type"]),
            alliance_role=AllianceRole(row["alliance_role"]),
            membership_status=MembershipStatus(row["membership_status"]),
            joined_on=_date(row["joined_on"]),
            website=_opt(row["website"]),
            email=_opt(row["email"]),
            phone=_opt(row["phone"]),
            address=_opt(row["address"]),
            notes=_opt(row.get("notes", "")),
            tags=_list(row.get("tags", "")),
        )
        session.add(org)
        orgs[row["key"]] = org
        step("organization")

    people: dict[str, Person] = {}
    for row in tables["people.csv"]:
        person = Person(
            full_name=row["full_name"],
            name_native=_opt(row["name_native"]),
            organization=orgs[row["organization_key"]] if row["organization_key"] else None,
            position=_opt(row["position"]),
            email=_opt(row["email"]),
            phone=_opt(row["phone"]),
            wechat_id=_opt(row["wechat_id"]),
            whatsapp=_opt(row["whatsapp"]),
            nationality=_opt(row["nationality"]),
            gender=Gender(row["gender"]) if row["gender"] else None,
        )
        session.add(person)
        people[row["key"]] = person
        step("person")

    events: dict[str, Event] = {}
    for row in tables["events.csv"]:
        ev = Event(
            name=row["name"],
            kind=EventKind(row["kind"]),
            start_date=_date(row["start_date"]),
            end_date=_date(row["end_date"]),
            venue=_opt(row["venue"]),
            city=_opt(row["city"]),
            country=_opt(row["country"]),
            mode=EventMode(row["mode"]),
            organizers=[orgs[k] for k in _list(row["organizer_keys"])],
        )
        session.add(ev)
        events[row["key"]] = ev
        step("event")

    for row in tables["participations.csv"]:
        part = Participation(
            event=events[row["event_key"]],
            person=people[row["person_key"]],
            role=ParticipationRole(row["role"]),
            attendance_mode=AttendanceMode(row["attendance_mode"]),
            status=ParticipationStatus(row["status"]),
        )
        session.add(part)
        if row.get("checked_in_at"):
            session.add(
                CheckIn(
                    participation=part,
                    at=datetime.fromisoformat(row["checked_in_at"]),
                    site_id=site_id if isinstance(site_id, uuid.UUID) else None,
                    desk="Registration",
                )
            )
            result.counts["check_in"] = result.counts.get("check_in", 0) + 1
        step("participation")

    competitions: dict[str, Competition] = {}
    for row in tables["competitions.csv"]:
        comp = Competition(
            name=row["name"],
            edition=int(row["edition"]) if row["edition"] else None,
            event=events[row["event_key"]] if row["event_key"] else None,
            start_date=_date(row["start_date"]),
            end_date=_date(row["end_date"]),
            host_city=_opt(row["host_city"]),
        )
        session.add(comp)
        competitions[row["key"]] = comp
        step("competition")

    tracks: dict[str, SkillTrack] = {}
    for row in tables["tracks.csv"]:
        track = SkillTrack(
            competition=competitions[row["competition_key"]],
            name=row["name"],
            name_zh=row.get("name_zh") or None,
            team_size=int(row["team_size"]),
            max_score=Decimal(row["max_score"]),
        )
        session.add(track)
        tracks[row["key"]] = track
        step("skill_track")

    for row in tables["entries.csv"]:
        session.add(
            Entry(
                track=tracks[row["track_key"]],
                organization=orgs[row["organization_key"]] if row["organization_key"] else None,
                country=_opt(row["country"]),
                team_name=_opt(row["team_name"]),
                members=[people[k] for k in _list(row["member_keys"])],
                status=EntryStatus(row["status"]),
                score=Decimal(row["score"]) if row["score"] else None,
                medal=Medal(row["medal"]) if row["medal"] else Medal.NONE,
            )
        )
        step("entry")

    for row in tables["agreements.csv"]:
        session.add(
            Agreement(
                title=row["title"],
                kind=AgreementKind(row["kind"]),
                parties=[orgs[k] for k in _list(row["party_keys"])],
                areas=_list(row["areas"]),
                signed_on=_date(row["signed_on"]),
                expires_on=_date(row["expires_on"]),
                status=AgreementStatus(row["status"]),
                document_url=_opt(row["document_url"]),
                notes=_opt(row.get("notes", "")),
            )
        )
        step("agreement")

    try:
        session.flush()
    except ValidationFailed as exc:
        raise SampleDataError(
            QT_TRANSLATE_NOOP("Errors", "The sample data does not pass validation: {details}"),
            details=exc.params.get("details", str(exc)),
        ) from exc
    return result
