"""A small seminar in three scripts for the printing tests: Chinese, Urdu and Latin names, an
organisation with a Chinese name, one with an Urdu name, one with only an English name, and one
cancelled registration."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tvet_alliance.domain.enums import AttendanceMode, ParticipationRole, ParticipationStatus
from tvet_alliance.domain.models import Event, Organization, Participation, Person
from tvet_alliance.persistence import Database

EVENT = "Founding Seminar of the Alliance"
TIANJIN = "天津职业技术师范大学"
LAHORE = "گورنمنٹ کالج آف ٹیکنالوجی"
ZHANG = "张伟"
ALI = "محمد علی"
OUYANG = "欧阳小明"


@dataclass(frozen=True)
class Seminar:
    event_id: uuid.UUID
    tickets: dict[str, str]  # the person's Latin name -> ticket code
    participations: dict[str, uuid.UUID]


def make_seminar(db: Database, *, extra: int = 0) -> Seminar:
    with db.transaction() as s:
        event = Event(name=EVENT, start_date=date(2026, 5, 10), end_date=date(2026, 5, 12), city="Tianjin")
        tianjin = Organization(
            name_en="Tianjin University of Technology and Education", name_native=TIANJIN, country="CN"
        )
        lahore = Organization(name_en="Government College of Technology", name_native=LAHORE, country="PK")
        tevta = Organization(name_en="TEVTA Punjab", country="PK")
        s.add_all([event, tianjin, lahore, tevta])
        s.flush()
        people = [
            (
                Person(full_name="Zhang Wei", name_native=ZHANG, organization_id=tianjin.id),
                ParticipationRole.SPEAKER,
                ParticipationStatus.CONFIRMED,
            ),
            (
                Person(full_name="Muhammad Ali", name_native=ALI, organization_id=lahore.id),
                ParticipationRole.DELEGATE,
                ParticipationStatus.REGISTERED,
            ),
            (
                Person(full_name=OUYANG, organization_id=tianjin.id),
                ParticipationRole.OFFICIAL,
                ParticipationStatus.REGISTERED,
            ),
            (
                Person(full_name="Fatima Khan", organization_id=tevta.id, nationality="PK"),
                ParticipationRole.ORGANIZER,
                ParticipationStatus.ATTENDED,
            ),
            (
                Person(full_name="Cancelled Person", organization_id=tevta.id),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CANCELLED,
            ),
        ]
        for n in range(extra):
            people.append(
                (
                    Person(full_name=f"Delegate {n:04d}", organization_id=tevta.id),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.REGISTERED,
                )
            )
        s.add_all([person for person, _role, _status in people])
        s.flush()
        parts = {
            person.full_name: Participation(
                event_id=event.id,
                person_id=person.id,
                role=role,
                status=status,
                attendance_mode=AttendanceMode.IN_PERSON,
            )
            for person, role, status in people
        }
        s.add_all(parts.values())
        s.flush()
        return Seminar(
            event.id,
            {name: str(p.ticket_code) for name, p in parts.items()},
            {name: p.id for name, p in parts.items()},
        )
