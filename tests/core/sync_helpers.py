"""A small office database and laptops for the sync tests (no Qt)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tvet_alliance.domain import Event, Organization, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync


@dataclass
class Office:
    db: Database
    org: uuid.UUID
    event: uuid.UUID
    people: list[uuid.UUID]
    delegates: list[uuid.UUID]


def make_office(path: Path, people: int = 4) -> Office:
    db = Database.open(path, user="office")
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", name_native="پنجاب ٹیوٹا", country="PK")
        other = Organization(
            name_en="Chongqing Industry Polytechnic College", name_native="重庆工业职业技术学院", country="CN"
        )
        event = Event(name="Digital Skills Seminar", country="CN")
        s.add_all([org, other, event])
        names = ["Ayesha Khan", "王伟", "Muhammad Ali", "李娜", "Fatima Noor", "张强"]
        persons = [
            Person(
                full_name=names[i % len(names)] + (f" {i}" if i >= len(names) else ""),
                organization=org if i % 2 else other,
            )
            for i in range(people)
        ]
        s.add_all(persons)
        s.flush()
        parts = [Participation(event_id=event.id, person_id=p.id) for p in persons[: max(1, people // 2)]]
        s.add_all(parts)
        s.flush()
        return Office(db, org.id, event.id, [p.id for p in persons], [p.id for p in parts])


def laptop(office: Office, path: Path, name: str, **kwargs: Any) -> Database:
    sync.create_replica(office.db, path, name=name, **kwargs)
    return Database.open(path, user=name)


def edit(db: Database, model: type[Any], row_id: uuid.UUID, **values: Any) -> None:
    with db.transaction() as s:
        obj = s.get(model, row_id, execution_options={"include_deleted": True})
        assert obj is not None
        for key, value in values.items():
            setattr(obj, key, value)


def value(db: Database, model: type[Any], row_id: uuid.UUID, field: str) -> Any:
    with db.session() as s:
        obj = s.get(model, row_id, execution_options={"include_deleted": True})
        return None if obj is None else getattr(obj, field)


def live_people(db: Database) -> list[Person]:
    with db.session() as s:
        return list(s.scalars(select(Person).order_by(Person.full_name)))
