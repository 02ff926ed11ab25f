"""Check-ins merge without double counting (issue 15 item 4): the same scan twice adds nothing, two
laptops checking one person in give one attendance, both rows stay and the later is to review."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.core.sync_helpers import Office, laptop, make_office
from tvet_alliance.domain import CheckIn, Participation
from tvet_alliance.domain.enums import ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services import checkin, sync
from tvet_alliance.services.checkin import Kind


@pytest.fixture
def office(tmp_path: Path) -> Office:
    o = make_office(tmp_path / "office.sqlite3")
    yield o
    o.db.close()


def _package(db: Database, path: Path) -> Path:
    sync.create_package(db, path)
    return path


def _rows(db: Database, part_id: object) -> list[CheckIn]:
    with db.session() as s:
        return list(
            s.scalars(select(CheckIn).where(CheckIn.participation_id == part_id).order_by(CheckIn.at))
        )


def test_two_laptops_checking_in_one_person_give_one_attendance_and_one_to_review(
    office: Office, tmp_path: Path
) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    part = office.delegates[0]
    for db, desk in ((one, "Desk A"), (two, "Desk B")):
        with db.transaction() as s:
            assert checkin.check_in(s, part, desk).kind is Kind.CHECKED_IN  # each laptop alone: green
    r1 = sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync"))
    r2 = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    # the report counts both check-ins; the second merge says one is to review
    assert (r1.check_ins, r1.check_ins_to_review) == (1, 0)
    assert (r2.check_ins, r2.check_ins_to_review, r2.conflicts) == (1, 1, 0)
    assert r2.as_json()["check_ins_to_review"] == 1
    assert sorted(r.desk or "" for r in _rows(office.db, part)) == ["Desk A", "Desk B"]  # both stay
    with office.db.session() as s:
        assert checkin.counters(s, office.event).checked_in == 1  # one attendance
        review = checkin.double_check_ins(s, office.event)
        assert s.get(Participation, part).status is ParticipationStatus.ATTENDED  # type: ignore[union-attr]
    assert [(d.desk, d.first_desk) for d in review] == [("Desk B", "Desk A")]
    # Undoing the later one from the review list settles it; the delegate stays attended
    with office.db.transaction() as s:
        checkin.undo(s, review[0].check_in_id, "Office")
    with office.db.session() as s:
        assert checkin.double_check_ins(s, office.event) == []
        assert checkin.counters(s, office.event).checked_in == 1
        assert s.get(Participation, part).status is ParticipationStatus.ATTENDED  # type: ignore[union-attr]
    one.close()
    two.close()


def test_a_check_in_whose_nonce_the_office_holds_adds_nothing(office: Office, tmp_path: Path) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    part = office.delegates[0]
    with one.transaction() as s:
        first = checkin.check_in(s, part, "Desk A")
        nonce = s.get(CheckIn, first.check_in_id).nonce  # type: ignore[union-attr]
    with two.transaction() as s:  # the same scan arriving again from another laptop (a re-sent upload)
        s.add(CheckIn(participation_id=part, desk="Desk A", nonce=nonce, site_id=two.site_id))
    path = _package(one, tmp_path / "one.tvetsync")
    sync.merge_package(office.db, path)
    again = sync.merge_package(office.db, path)  # the same package twice: merged before
    assert again.already_merged and again.check_ins == 0
    report = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert (report.check_ins, report.check_ins_repeated, report.check_ins_to_review) == (0, 1, 0)
    assert len(_rows(office.db, part)) == 1
    with office.db.session() as s:
        assert checkin.counters(s, office.event).checked_in == 1
        assert checkin.double_check_ins(s, office.event) == []
    one.close()
    two.close()


def test_undoing_on_a_laptop_a_scan_the_office_held_already_undoes_the_held_one(
    office: Office, tmp_path: Path
) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    part = office.delegates[0]
    with one.transaction() as s:
        first = checkin.check_in(s, part, "Desk A")
        nonce = s.get(CheckIn, first.check_in_id).nonce  # type: ignore[union-attr]
    with two.transaction() as s:  # the same scan re-sent through laptop 2, then undone there
        again = CheckIn(participation_id=part, desk="Desk A", nonce=nonce, site_id=two.site_id)
        s.add(again)
        s.flush()
        checkin.undo(s, again.id, "Desk B")
    sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync"))
    report = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert (report.check_ins_repeated, report.check_ins) == (1, 1)  # the reversal is added
    kept = _rows(office.db, part)
    assert len(kept) == 2 and {r.reverses_id for r in kept} == {None, first.check_in_id}
    with office.db.session() as s:
        assert checkin.counters(s, office.event).checked_in == 0
    one.close()
    two.close()
