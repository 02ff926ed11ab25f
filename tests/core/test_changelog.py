"""The change log: every insert, update and delete, field by field, written in the same transaction.

It is the audit trail people read and what offline sync sends, so it must be complete and exact.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, create_engine, select, type_coerce

from tvet_alliance.domain import (
    Agreement,
    CheckIn,
    Event,
    ImportBatch,
    Organization,
    Participation,
    Person,
    ValidationFailed,
)
from tvet_alliance.domain.base import StrList
from tvet_alliance.domain.enums import ChangeOp, Medal
from tvet_alliance.domain.events import INFO_BATCH, INFO_USER, serialize
from tvet_alliance.persistence import Database

from .helpers import change_log_count, change_log_rows


def _add_partner(db: Database, **values: object) -> uuid.UUID:
    with db.transaction() as s:
        org = Organization(**{"name_en": "GCT Lahore", "country": "PK", **values})
        s.add(org)
        s.flush()
        return org.id


def test_insert_logs_every_set_field_with_its_new_value(db: Database) -> None:
    org_id = _add_partner(
        db,
        name_native="گورنمنٹ کالج آف ٹیکنالوجی",
        province="PK-PB",
        phone="042 99201234",
        joined_on=date(2024, 10, 15),
        aliases=["GCT Railway Road", "جی سی ٹی"],
    )
    with db.session() as s:
        rows = change_log_rows(s, org_id)
    assert {r.op for r in rows} == {ChangeOp.INSERT}
    assert all(r.old_value is None and r.table_name == "organization" for r in rows)
    assert {r.field: r.new_value for r in rows} == {
        "name_en": "GCT Lahore",
        "name_native": "گورنمنٹ کالج آف ٹیکنالوجی",
        "country": "PK",
        "province": "PK-PB",
        "phone": "+924299201234",  # the normalised value, as stored
        "joined_on": "2024-10-15",
        "aliases": '["GCT Railway Road", "جی سی ٹی"]',
        "org_type": "other",  # defaults are part of the record
        "alliance_role": "member",
        "membership_status": "prospective",
    }


def test_update_logs_field_old_and_new(db: Database) -> None:
    org_id = _add_partner(db, email="info@gct.edu.pk")
    with db.transaction() as s:
        org = s.get_one(Organization, org_id)
        org.email = "principal@gct.edu.pk"
        org.city = "Lahore"
        org.name_en = org.name_en  # not a change: not logged
    with db.session() as s:
        rows = [r for r in change_log_rows(s, org_id) if r.op is ChangeOp.UPDATE]
    assert sorted((r.field, r.old_value, r.new_value) for r in rows) == [
        ("city", None, "Lahore"),
        ("email", "info@gct.edu.pk", "principal@gct.edu.pk"),
    ]


def test_update_of_expired_attributes_logs_the_old_value_from_the_database(db: Database) -> None:
    org_id = _add_partner(db, email="info@gct.edu.pk")
    with db.session() as s:
        org = s.get_one(Organization, org_id)
        s.commit()  # expires every attribute: the old values are no longer in memory
        org.email = "principal@gct.edu.pk"
        org.membership_status = "active"  # type: ignore[assignment]
        s.commit()
    with db.session() as s:
        rows = [r for r in change_log_rows(s, org_id) if r.op is ChangeOp.UPDATE]
    assert sorted((r.field, r.old_value, r.new_value) for r in rows) == [
        ("email", "info@gct.edu.pk", "principal@gct.edu.pk"),
        ("membership_status", "prospective", "active"),
    ]


def test_update_of_an_object_loaded_in_an_earlier_session(db: Database) -> None:
    org_id = _add_partner(db, email="info@gct.edu.pk")
    with db.session() as s:
        org = s.get_one(Organization, org_id)
    with db.session() as s:  # e.g. an editor dialog kept the object while the first session closed
        s.add(org)
        org.email = "principal@gct.edu.pk"
        s.commit()
    with db.session() as s:
        merged = Organization(id=org_id, name_en="GCT Railway Road", country="PK", row_version=2)
        s.merge(merged)
        s.commit()
    with db.session() as s:
        rows = [r for r in change_log_rows(s, org_id) if r.op is ChangeOp.UPDATE]
        assert s.get_one(Organization, org_id).row_version == 3
    assert [(r.field, r.old_value, r.new_value) for r in rows] == [
        ("email", "info@gct.edu.pk", "principal@gct.edu.pk"),
        ("name_en", "GCT Lahore", "GCT Railway Road"),
    ]


def test_many_to_many_changes_are_logged_as_sorted_id_lists(db: Database) -> None:
    with db.transaction() as s:
        a, b, c = (Organization(name_en=n, country="CN") for n in ("CQVIE", "CQIPC", "CQCET"))
        agreement = Agreement(title="MOU", parties=[a, b])
        s.add_all([agreement, c])
        s.flush()
        agreement_id, a_id, b_id, c_id = agreement.id, a.id, b.id, c.id

    with db.transaction() as s:
        agreement = s.get_one(Agreement, agreement_id)
        with s.no_autoflush:
            agreement.parties = [s.get_one(Organization, a_id), s.get_one(Organization, c_id)]

    def ids(*values: uuid.UUID) -> str:
        return json.dumps(sorted(str(v) for v in values))

    with db.session() as s:
        rows = change_log_rows(s, agreement_id)
    insert = [r for r in rows if r.field == "parties" and r.op is ChangeOp.INSERT]
    update = [r for r in rows if r.op is ChangeOp.UPDATE]
    assert [(r.old_value, r.new_value) for r in insert] == [(None, ids(a_id, b_id))]
    assert [(r.field, r.old_value, r.new_value) for r in update] == [
        ("parties", ids(a_id, b_id), ids(a_id, c_id))
    ]


def test_keys_set_through_relationships_are_logged(db: Database) -> None:
    """``person.organization = org`` is logged as the organization_id it becomes, on insert and update."""
    with db.transaction() as s:
        cqvie, gct = (
            Organization(name_en="CQVIE", country="CN"),
            Organization(name_en="GCT Lahore", country="PK"),
        )
        person = Person(full_name="Li Na", organization=cqvie)
        s.add_all([person, gct])
        s.flush()
        person_id, cqvie_id, gct_id = person.id, cqvie.id, gct.id
    with db.transaction() as s:
        s.get_one(Person, person_id).organization = s.get_one(Organization, gct_id)
    with db.transaction() as s:
        s.get_one(Person, person_id).organization = None
    with db.session() as s:
        rows = [r for r in change_log_rows(s, person_id) if r.field == "organization_id"]
        assert s.get_one(Person, person_id).organization_id is None
    assert [(r.op, r.old_value, r.new_value) for r in rows] == [
        (ChangeOp.INSERT, None, str(cqvie_id)),
        (ChangeOp.UPDATE, str(cqvie_id), str(gct_id)),
        (ChangeOp.UPDATE, str(gct_id), None),
    ]


def test_hard_delete_is_logged(db: Database) -> None:
    org_id = _add_partner(db)
    with db.transaction() as s:
        s.delete(s.get_one(Organization, org_id))
    with db.session() as s:
        last = change_log_rows(s, org_id)[-1]
        assert s.get(Organization, org_id, execution_options={"include_deleted": True}) is None
    assert (last.op, last.table_name, last.field, last.old_value, last.new_value) == (
        ChangeOp.DELETE,
        "organization",
        None,
        None,
        None,
    )


def test_insert_only_check_ins_are_logged(db: Database) -> None:
    with db.transaction() as s:
        part = Participation(event=Event(name="Seminar"), person=Person(full_name="Li Na"))
        check_in = CheckIn(
            participation=part, at=datetime(2024, 6, 24, 1, 10, tzinfo=UTC), desk="Hall A", nonce="n-1"
        )
        s.add(check_in)
        s.flush()
        check_in_id, part_id = check_in.id, part.id
    with db.session() as s:
        rows = change_log_rows(s, check_in_id)
    assert {r.field: r.new_value for r in rows} == {
        "participation_id": str(part_id),
        "at": "2024-06-24T01:10:00+00:00",
        "desk": "Hall A",
        "nonce": "n-1",  # travels with the check-in, so a merge meeting it twice adds it once
    }
    assert {r.table_name for r in rows} == {"check_in"}


def test_seq_counts_up_without_gaps_for_the_site(db: Database) -> None:
    org_id = _add_partner(db)
    for city in ("Lahore", "Rawalpindi", "Multan"):
        with db.transaction() as s:
            s.get_one(Organization, org_id).city = city
    with db.transaction() as s:
        s.get_one(Organization, org_id).soft_delete()
    with db.session() as s:
        rows = change_log_rows(s)
    assert {r.site_id for r in rows} == {db.site_id}
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert [r.id for r in rows] == sorted(r.id for r in rows)  # seq order is write order


def test_user_name_comes_from_the_session(db_path: object) -> None:
    db = Database.open(db_path, user="li.na")  # type: ignore[arg-type]
    try:
        org_id = _add_partner(db)
        with db.session() as s:
            s.info[INFO_USER] = "waqas.chaudhry"
            s.get_one(Organization, org_id).city = "Lahore"
            s.commit()
        with db.session() as s:
            rows = change_log_rows(s, org_id)
        assert {r.user_name for r in rows if r.op is ChangeOp.INSERT} == {"li.na"}
        assert [r.user_name for r in rows if r.op is ChangeOp.UPDATE] == ["waqas.chaudhry"]
    finally:
        db.close()


def test_rows_of_one_flush_share_a_transaction_id(db: Database) -> None:
    with db.transaction() as s:
        s.add_all([Organization(name_en="CQVIE", country="CN"), Person(full_name="Li Na")])
    with db.transaction() as s:
        s.add(Organization(name_en="GCT Lahore", country="PK"))
    with db.session() as s:
        rows = change_log_rows(s)
    first = {r.tx_id for r in rows if r.table_name == "person"}
    assert len(first) == 1
    by_tx: dict[uuid.UUID, set[str]] = {}
    for r in rows:
        by_tx.setdefault(r.tx_id, set()).add(r.table_name)
    assert len(by_tx) == 2
    assert by_tx[first.pop()] == {"organization", "person"}
    # a transaction id is a UUIDv7 too: later transactions sort later
    assert [r.tx_id for r in rows] == sorted(r.tx_id for r in rows)


def test_batch_id_marks_the_rows_of_an_import(db: Database) -> None:
    with db.transaction() as s:
        batch = ImportBatch(file_name="partners.csv", sha256="0" * 64, kind="organization")
        s.add(batch)
        s.flush()
        s.info[INFO_BATCH] = batch.id
        s.add(Organization(name_en="GCT Lahore", country="PK"))
        s.flush()
        batch_id = batch.id
    with db.session() as s:
        assert {r.batch_id for r in change_log_rows(s)} == {batch_id}


def test_a_flush_refused_by_validation_writes_no_change_log(db: Database) -> None:
    org_id = _add_partner(db)
    before = change_log_count(db)
    with db.session() as s:
        s.add(Organization(name_en="Fine", country="CN"))
        s.get_one(Organization, org_id).email = "not-an-address"
        with pytest.raises(ValidationFailed):
            s.flush()
        s.rollback()
        # the session is usable again and logs the next, valid change
        s.get_one(Organization, org_id).email = "info@gct.edu.pk"
        s.commit()
    assert change_log_count(db) == before + 1


def test_nothing_changed_nothing_logged(db: Database) -> None:
    org_id = _add_partner(db)
    before = change_log_count(db)
    with db.transaction() as s:
        org = s.get_one(Organization, org_id)
        org.city = None
        org.aliases = []
    assert change_log_count(db) == before


# --- serialisation of values ---------------------------------------------------------------------


class _Color(Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        ("重庆", "重庆"),
        (Medal.GOLD, "gold"),
        (_Color.RED, "red"),
        (date(2024, 6, 24), "2024-06-24"),
        (datetime(2024, 6, 24, 1, 2, 3, tzinfo=UTC), "2024-06-24T01:02:03+00:00"),
        (Decimal("93.10"), "93.10"),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
        (True, "1"),
        (False, "0"),
        (7, "7"),
        (["a", "ب"], '["a", "ب"]'),
        ([Medal.GOLD, 2], '["gold", "2"]'),
    ],
)
def test_serialize(value: object, text: str | None) -> None:
    assert serialize(value) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text()))
def test_serialized_string_lists_read_back_unchanged(values: list[str]) -> None:
    text = serialize(values)
    assert text is not None
    assert json.loads(text) == values


_ENGINE = create_engine("sqlite://")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text()))
def test_str_list_column_round_trips_any_unicode(values: list[str]) -> None:
    """Aliases and tags in any script come back as written, minus blanks and surrounding spaces."""
    with _ENGINE.connect() as conn:
        stored = conn.execute(
            select(type_coerce(bindparam("v", values, type_=StrList()), StrList()))
        ).scalar()
    assert stored == [v.strip() for v in values if v.strip()]


def test_agreement_parties_are_logged_once_on_the_owning_side(db: Database) -> None:
    from sqlalchemy import select as _select

    from tvet_alliance.domain import Agreement as _Agreement
    from tvet_alliance.domain import ChangeLog as _ChangeLog
    from tvet_alliance.domain import Organization as _Organization

    with db.transaction() as s:
        org = _Organization(name_en="Punjab TEVTA", country="PK")
        mou = _Agreement(title="MOU on digital skills", parties=[org])
        s.add_all([org, mou])
    with db.session() as s:
        fields = s.execute(_select(_ChangeLog.table_name, _ChangeLog.field)).all()
    assert ("agreement", "parties") in fields
    assert ("organization", "agreements") not in fields
