"""The check-in desk's rules (issue 15 items 1, 3): each result, undo by reversal, walk-ins,
counters, a cancelled registration, a re-issued ticket; the main path on PostgreSQL too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, func, make_url, select, text

from tvet_alliance.domain import (
    ChangeLog,
    CheckIn,
    Event,
    Organization,
    Participation,
    Person,
    changes,
    codes,
)
from tvet_alliance.domain.enums import AttendanceMode, ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services import checkin
from tvet_alliance.services.checkin import Kind


@dataclass
class Day:
    db: Database
    event: uuid.UUID
    other_event: uuid.UUID
    org: uuid.UUID
    parts: dict[str, uuid.UUID]  # by the person's full name
    codes: dict[str, str]


def make_day(db: Database) -> Day:
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", name_native="پنجاب ٹیوٹا", country="PK")
        cn = Organization(
            name_en="Chongqing Industry Polytechnic College", name_native="重庆工业职业技术学院", country="CN"
        )
        event = Event(name="Digital Skills Seminar", country="CN")
        other = Event(name="Another Seminar", country="PK")
        s.add_all([org, cn, event, other])
        s.flush()
        people = [
            Person(full_name="Zhang Wei", name_native="张伟", organization_id=cn.id, email="zw@cqipc.edu.cn"),
            Person(full_name="Zhang Min", name_native="张敏", organization_id=cn.id, phone="+8613912345678"),
            Person(full_name="Fatima Noor", name_native="فاطمہ نور", organization_id=org.id),
            Person(full_name="Ayesha Khan", organization_id=org.id),
            Person(full_name="Cancelled Person", organization_id=org.id),
            Person(full_name="Only Elsewhere", organization_id=org.id),
        ]
        s.add_all(people)
        s.flush()
        parts: dict[str, uuid.UUID] = {}
        tickets: dict[str, str] = {}
        for p in people:
            part = Participation(
                event_id=(other if p.full_name == "Only Elsewhere" else event).id,
                person_id=p.id,
                status=ParticipationStatus.CANCELLED
                if p.full_name == "Cancelled Person"
                else ParticipationStatus.REGISTERED,
                attendance_mode=AttendanceMode.ONLINE
                if p.full_name == "Ayesha Khan"
                else AttendanceMode.IN_PERSON,
            )
            s.add(part)
            s.flush()
            parts[p.full_name] = part.id
            tickets[p.full_name] = part.ticket_code or ""
        return Day(db, event.id, other.id, org.id, parts, tickets)


@pytest.fixture
def day(db: Database) -> Day:
    return make_day(db)


def _status(db: Database, part_id: uuid.UUID) -> ParticipationStatus:
    with db.session() as s:
        part = s.get(Participation, part_id)
        assert part is not None
        return part.status


def _check_in_rows(db: Database, part_id: uuid.UUID) -> list[CheckIn]:
    with db.session() as s:
        return list(
            s.scalars(select(CheckIn).where(CheckIn.participation_id == part_id).order_by(CheckIn.created_at))
        )


def test_a_ticket_code_checks_in_then_the_same_scan_says_already_with_time_and_desk(day: Day) -> None:
    code = day.codes["Zhang Wei"]
    assert len(code) == 12 and codes.looks_like_code(code, 12)
    with day.db.transaction() as s:
        # as a scanner or a person types it: grouped, upper case, with spaces around
        first = checkin.lookup(s, day.event, f"  {codes.grouped(code).upper()} ", desk="Desk 2")
    assert first.kind is Kind.CHECKED_IN and first.person is not None
    assert (first.person.name, first.person.native, first.person.organization) == (
        "Zhang Wei",
        "张伟",
        "Chongqing Industry Polytechnic College",
    )
    assert first.first_desk == "Desk 2" and first.check_in_id is not None
    assert changes.take(s).touches({"check_in", "participation"})
    assert _status(day.db, day.parts["Zhang Wei"]) is ParticipationStatus.ATTENDED
    with day.db.transaction() as s:
        again = checkin.lookup(s, day.event, code, desk="Desk 5")
    assert again.kind is Kind.ALREADY
    assert (again.first_at, again.first_desk) == (first.first_at, "Desk 2")
    rows = _check_in_rows(day.db, day.parts["Zhang Wei"])
    assert len(rows) == 1 and rows[0].desk == "Desk 2" and rows[0].nonce and rows[0].site_id == day.db.site_id


def test_a_name_in_any_script_an_email_a_phone_or_an_organisation_finds_the_delegate(day: Day) -> None:
    with day.db.session() as s:
        assert [d.name for d in checkin.find(s, day.event, "张伟")] == ["Zhang Wei"]
        assert [d.name for d in checkin.find(s, day.event, "fatima")] == ["Fatima Noor"]
        assert [d.name for d in checkin.find(s, day.event, "فاطمہ")] == ["Fatima Noor"]
        assert [d.name for d in checkin.find(s, day.event, "ZW@cqipc.edu.cn")] == ["Zhang Wei"]
        assert [d.name for d in checkin.find(s, day.event, "139 1234 5678")] == ["Zhang Min"]
        by_org = {d.name for d in checkin.find(s, day.event, "Punjab TEVTA")}
        # the organisation's delegates of this event, the cancelled one listed too (shown red)
        assert by_org == {"Fatima Noor", "Ayesha Khan", "Cancelled Person"}
        assert checkin.find(s, day.event, "Only Elsewhere") == []  # registered for another event


def test_several_matches_are_ambiguous_and_nothing_is_written(day: Day) -> None:
    with day.db.transaction() as s:
        result = checkin.lookup(s, day.event, "zhang", desk="Desk 1")
    assert result.kind is Kind.AMBIGUOUS
    assert {m.name for m in result.matches} == {"Zhang Wei", "Zhang Min"}
    assert {m.native for m in result.matches} == {"张伟", "张敏"}
    assert not changes.take(s)
    assert all(not _check_in_rows(day.db, p) for p in day.parts.values())


def test_unknown_text_another_events_ticket_and_a_cancelled_registration_are_refused(day: Day) -> None:
    with day.db.transaction() as s:
        assert checkin.lookup(s, day.event, "nobody at all").kind is Kind.NOT_REGISTERED
        assert checkin.lookup(s, day.event, codes.new_ticket_code()).kind is Kind.NOT_REGISTERED
        assert checkin.lookup(s, day.event, day.codes["Only Elsewhere"]).kind is Kind.NOT_REGISTERED
        cancelled = checkin.lookup(s, day.event, day.codes["Cancelled Person"], desk="Desk 1")
    assert cancelled.kind is Kind.CANCELLED and cancelled.person is not None
    assert cancelled.person.name == "Cancelled Person"
    assert not _check_in_rows(day.db, day.parts["Cancelled Person"])
    assert _status(day.db, day.parts["Cancelled Person"]) is ParticipationStatus.CANCELLED


def test_undo_adds_a_reversal_keeps_both_rows_and_sets_the_status_back(day: Day) -> None:
    part = day.parts["Fatima Noor"]
    with day.db.transaction() as s:
        done = checkin.check_in(s, part, "Desk 1")
    assert done.check_in_id is not None
    with day.db.transaction() as s:
        last = checkin.last_check_in(s, day.event, "Desk 1")
        assert last is not None and last[0] == done.check_in_id
        person = checkin.undo(s, done.check_in_id, "Desk 1")
    assert person.name == "Fatima Noor" and person.status is ParticipationStatus.REGISTERED
    rows = _check_in_rows(day.db, part)
    assert len(rows) == 2 and rows[1].reverses_id == rows[0].id  # never deleted
    assert _status(day.db, part) is ParticipationStatus.REGISTERED
    with day.db.session() as s:
        assert checkin.last_check_in(s, day.event) is None
        assert checkin.counters(s, day.event).checked_in == 0
    with day.db.transaction() as s, pytest.raises(checkin.CheckInError, match="undone already"):
        checkin.undo(s, done.check_in_id)
    with day.db.transaction() as s:
        assert checkin.check_in(s, part, "Desk 3").kind is Kind.CHECKED_IN  # in again after the undo
    assert _status(day.db, part) is ParticipationStatus.ATTENDED
    with day.db.session() as s:  # both the check-ins and the reversal are in the change log
        logged = s.scalar(
            select(func.count(func.distinct(ChangeLog.row_id))).where(ChangeLog.table_name == "check_in")
        )
    assert logged == 3


def test_a_walk_in_is_registered_and_checked_in_new_or_existing(day: Day) -> None:
    with day.db.transaction() as s:
        new = checkin.walk_in(s, day.event, "Bilal Ahmed", day.org, AttendanceMode.IN_PERSON, "Desk 1")
    assert new.result.kind is Kind.CHECKED_IN and not new.existing and not new.registered_before
    assert new.result.person is not None and new.result.person.walk_in
    assert new.result.person.organization == "Punjab TEVTA"
    with day.db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Person).where(Person.full_name == "Bilal Ahmed")) == 1
        )
    # Already on record (registered for another event): the same person, by name at the organisation
    with day.db.transaction() as s:
        known = checkin.walk_in(s, day.event, "only elsewhere", day.org, AttendanceMode.IN_PERSON, "Desk 1")
    assert known.existing and not known.registered_before and known.result.kind is Kind.CHECKED_IN
    with day.db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Person).where(Person.full_name == "Only Elsewhere"))
            == 1
        )
    # A cancelled registration comes back as a walk-in
    with day.db.transaction() as s:
        back = checkin.walk_in(s, day.event, "Cancelled Person", day.org, AttendanceMode.IN_PERSON, "Desk 1")
    assert back.existing and back.registered_before and back.result.kind is Kind.CHECKED_IN
    assert _status(day.db, day.parts["Cancelled Person"]) is ParticipationStatus.ATTENDED
    with day.db.transaction() as s, pytest.raises(checkin.CheckInError, match="needs a name"):
        checkin.walk_in(s, day.event, "  ", day.org)


def test_counters_count_delegates_not_rows(day: Day) -> None:
    with day.db.session() as s:
        before = checkin.counters(s, day.event)
    assert before.as_json() == {"registered": 4, "checked_in": 0, "in_person": 3, "online": 1, "walk_ins": 0}
    with day.db.transaction() as s:
        checkin.check_in(s, day.parts["Zhang Wei"], "Desk 1")
        checkin.walk_in(s, day.event, "Bilal Ahmed", day.org, AttendanceMode.ONLINE, "Desk 1")
        # a second row for one delegate (as two laptops give): still one delegate in
        s.add(CheckIn(participation_id=day.parts["Zhang Wei"], desk="Laptop 2"))
    with day.db.session() as s:
        after = checkin.counters(s, day.event)
        doubles = checkin.double_check_ins(s, day.event)
    assert after.as_json() == {"registered": 5, "checked_in": 2, "in_person": 3, "online": 2, "walk_ins": 1}
    assert [(d.person.name, d.desk, d.first_desk) for d in doubles] == [("Zhang Wei", "Laptop 2", "Desk 1")]
    with day.db.transaction() as s:
        checkin.undo(s, doubles[0].check_in_id)  # settles it: one check-in left, still attended
    with day.db.session() as s:
        assert checkin.double_check_ins(s, day.event) == []
        assert checkin.counters(s, day.event).checked_in == 2
    assert _status(day.db, day.parts["Zhang Wei"]) is ParticipationStatus.ATTENDED


def test_a_reissued_ticket_works_and_the_old_one_reads_replaced(day: Day) -> None:
    part, old = day.parts["Fatima Noor"], day.codes["Fatima Noor"]
    with day.db.transaction() as s:
        new = checkin.reissue_ticket(s, part)
    assert new != old and codes.looks_like_code(new, 12)
    with day.db.session() as s:
        logged = s.scalars(
            select(ChangeLog).where(ChangeLog.row_id == part, ChangeLog.field == "ticket_code")
        ).all()
    assert [(r.old_value, r.new_value) for r in logged if r.old_value] == [(old, new)]
    with day.db.transaction() as s:
        stale = checkin.lookup(s, day.event, old, desk="Desk 1")
        assert stale.kind is Kind.NOT_REGISTERED and stale.replaced
        assert checkin.lookup(s, day.event, new, desk="Desk 1").kind is Kind.CHECKED_IN


@pytest.fixture
def pg_db() -> Iterator[Database]:
    url = os.environ.get("TVET_ALLIANCE_TEST_PG")
    if not url:
        pytest.skip("TVET_ALLIANCE_TEST_PG is not set")
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(url).set(database=name))
    try:
        yield db
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_the_desk_on_postgresql(pg_db: Database) -> None:
    day = make_day(pg_db)
    with pg_db.transaction() as s:
        assert checkin.lookup(s, day.event, day.codes["Zhang Wei"], desk="Desk 1").kind is Kind.CHECKED_IN
        assert checkin.lookup(s, day.event, day.codes["Zhang Wei"], desk="Desk 2").kind is Kind.ALREADY
        assert checkin.lookup(s, day.event, "zhang").kind is Kind.AMBIGUOUS
        assert checkin.lookup(s, day.event, "فاطمہ", desk="Desk 1").kind is Kind.CHECKED_IN
        walk = checkin.walk_in(s, day.event, "Bilal Ahmed", day.org, AttendanceMode.IN_PERSON, "Desk 1")
        assert walk.result.kind is Kind.CHECKED_IN
    with pg_db.transaction() as s:
        last = checkin.last_check_in(s, day.event, "Desk 1")
        assert last is not None and last[1].name == "Bilal Ahmed"
        checkin.undo(s, last[0])
    with pg_db.session() as s:
        assert checkin.counters(s, day.event).as_json() == {
            "registered": 5,
            "checked_in": 2,
            "in_person": 4,
            "online": 1,
            "walk_ins": 1,
        }


def test_the_delegate_export_carries_the_ticket_code_but_a_share_export_does_not(
    day: Day, tmp_path: object
) -> None:
    import csv

    from tvet_alliance.services.exporting import ExportKind, ExportOptions, View, export

    folder = tmp_path
    with day.db.transaction() as s:
        checkin.check_in(s, day.parts["Zhang Wei"], "Desk 1")
        done = checkin.check_in(s, day.parts["Fatima Noor"], "Desk 1")
        assert done.check_in_id is not None
        checkin.undo(s, done.check_in_id)  # undone: not checked in in the export
    files = {}
    for share in (False, True):
        files[share] = folder / f"delegates-{share}.csv"
        with day.db.session() as s:
            export(
                s,
                ExportKind.DELEGATES,
                files[share],
                ExportOptions(share=share),
                view=View(parent_id=day.event),
            )
    with files[False].open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["Name"]: r for r in csv.DictReader(fh)}
    assert rows["Zhang Wei"]["Ticket code"] == day.codes["Zhang Wei"]
    assert (rows["Zhang Wei"]["Checked in"], rows["Fatima Noor"]["Checked in"]) == ("yes", "no")
    with files[True].open(encoding="utf-8-sig", newline="") as fh:
        assert "Ticket code" not in (csv.DictReader(fh).fieldnames or [])
