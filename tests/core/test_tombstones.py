"""Nothing is hard-deleted from the UI: a deleted row is hidden everywhere, findable on request,
and can be brought back. Both steps are in the change log, so they travel to other sites."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from tvet_alliance.domain import Agreement, ChangeLog, Event, Organization, Person
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.persistence import Database


@dataclass
class Ids:
    lahore: uuid.UUID
    chongqing: uuid.UUID
    person: uuid.UUID
    agreement: uuid.UUID
    event: uuid.UUID


@pytest.fixture
def ids(db: Database) -> Ids:
    """Two partners that sign an agreement and organise an event; one person works at Chongqing."""
    with db.transaction() as s:
        lahore = Organization(name_en="GCT Lahore", country="PK")
        chongqing = Organization(name_en="CQVIE", country="CN")
        person = Person(full_name="Li Na", organization=chongqing)
        agreement = Agreement(title="MOU", parties=[lahore, chongqing])
        event = Event(name="Seminar", organizers=[lahore, chongqing])
        s.add_all([person, agreement, event])
        s.flush()
        return Ids(lahore.id, chongqing.id, person.id, agreement.id, event.id)


def _delete_chongqing(db: Database, ids: Ids) -> None:
    with db.transaction() as s:
        s.get_one(Organization, ids.chongqing).soft_delete()


def test_deleted_partner_is_hidden_from_lists_and_lookups(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.session() as s:
        assert s.scalars(select(Organization.name_en)).all() == ["GCT Lahore"]
        assert s.scalar(select(func.count()).select_from(Organization)) == 1
        assert s.get(Organization, ids.chongqing) is None
        assert s.scalars(select(Organization).where(Organization.name_en == "CQVIE")).all() == []


def test_deleted_partner_is_hidden_from_relationship_lists(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.session() as s:
        assert [o.name_en for o in s.get_one(Agreement, ids.agreement).parties] == ["GCT Lahore"]
        assert [o.name_en for o in s.get_one(Event, ids.event).organizers] == ["GCT Lahore"]
    with db.session() as s:
        agreement = s.scalars(select(Agreement)).one()
        assert [o.name_en for o in agreement.parties] == ["GCT Lahore"]


def test_deleted_person_leaves_their_organizations_people_list(db: Database, ids: Ids) -> None:
    with db.transaction() as s:
        s.get_one(Person, ids.person).soft_delete()
    with db.session() as s:
        chongqing = s.get_one(Organization, ids.chongqing)
        assert chongqing.people == []
        assert s.scalars(select(Person)).all() == []


def test_include_deleted_finds_the_row(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.session() as s:
        everything = s.scalars(
            select(Organization.name_en)
            .order_by(Organization.name_en)
            .execution_options(include_deleted=True)
        ).all()
        assert everything == ["CQVIE", "GCT Lahore"]
        found = s.get(Organization, ids.chongqing, execution_options={"include_deleted": True})
        assert found is not None and found.is_deleted
        assert isinstance(found.deleted_at, datetime) and found.deleted_at.tzinfo is not None


def test_restore_brings_the_row_back_everywhere(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.transaction() as s:
        org = s.get_one(Organization, ids.chongqing, execution_options={"include_deleted": True})
        org.restore()
    with db.session() as s:
        org = s.get_one(Organization, ids.chongqing)
        assert not org.is_deleted
        assert org.row_version == 3  # insert, delete, restore: each a new version
        assert sorted(o.name_en for o in s.get_one(Agreement, ids.agreement).parties) == [
            "CQVIE",
            "GCT Lahore",
        ]
        assert [p.id for p in org.people] == [ids.person]


def test_delete_and_restore_are_in_the_change_log(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.transaction() as s:
        s.get_one(Organization, ids.chongqing, execution_options={"include_deleted": True}).restore()
    with db.session() as s:
        deleted_at = s.get_one(
            Organization, ids.chongqing, execution_options={"include_deleted": True}
        ).deleted_at
        assert deleted_at is None
        rows = s.scalars(
            select(ChangeLog)
            .where(ChangeLog.row_id == ids.chongqing, ChangeLog.op != ChangeOp.INSERT)
            .order_by(ChangeLog.seq)
        ).all()
        assert [(r.table_name, r.op, r.field, r.old_value is None, r.new_value is None) for r in rows] == [
            ("organization", ChangeOp.DELETE, "deleted_at", True, False),
            ("organization", ChangeOp.UPDATE, "deleted_at", False, True),
        ]
        # the restore's old value is the deletion time recorded by the delete
        assert rows[1].old_value == rows[0].new_value
        assert datetime.fromisoformat(rows[0].new_value or "").tzinfo is not None


def test_deleted_rows_stay_in_the_table(db: Database, ids: Ids) -> None:
    _delete_chongqing(db, ids)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM organization")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM agreement_party")).scalar() == 2
