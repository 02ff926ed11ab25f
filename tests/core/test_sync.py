"""Offline sync: replicas, packages and the merge at the office (issue 6), one rule per test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.helpers import dump_sqlite
from tests.core.sync_helpers import Office, edit, laptop, make_office, value
from tvet_alliance.domain import (
    Agreement,
    ChangeLog,
    CheckIn,
    Participation,
    Person,
    RecordAlias,
    Site,
    SyncConflict,
    SyncDuplicate,
    SyncState,
    ValidationFailed,
)
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.enums import ParticipationStatus, SiteKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample, sync
from tvet_alliance.services.sync import merge as merge_module
from tvet_alliance.services.sync.common import SyncError


@pytest.fixture
def office(tmp_path: Path) -> Office:
    o = make_office(tmp_path / "office.sqlite3")
    yield o
    o.db.close()


def _package(db: Database, path: Path, **kwargs: object) -> Path:
    sync.create_package(db, path, **kwargs)  # type: ignore[arg-type]
    return path


# --- replicas ---------------------------------------------------------------------------------------


def test_a_replica_knows_its_office_its_mark_and_is_registered_there(office: Office, tmp_path: Path) -> None:
    info = sync.create_replica(office.db, tmp_path / "laptop.sqlite3", name="Laptop 1")
    lap = Database.open(tmp_path / "laptop.sqlite3")
    with lap.session() as s:
        seen = sync.replica_info(s)
    assert seen is not None
    assert (seen.site_id, seen.site_name, seen.office_name) == (info.site_id, "Laptop 1", "office.sqlite3")
    assert seen.office_site_id == office.db.site_id and seen.base_mark == info.base_mark > 0
    assert lap.site_id == info.site_id  # its edits are logged under its own site
    assert len(live := [p.full_name for p in _people(lap)]) == 4 and "王伟" in live
    with office.db.session() as s:
        assert sync.replica_info(s) is None
        site = s.get(Site, info.site_id)
        assert site is not None and site.kind is SiteKind.REPLICA and not site.is_local
        assert s.get(SyncState, info.site_id) is not None
    lap.close()


def _people(db: Database) -> list[Person]:
    with db.session() as s:
        return list(s.scalars(select(Person)))


def test_a_replica_of_one_event_holds_what_the_event_needs(sample_db: Database, tmp_path: Path) -> None:
    from tvet_alliance.domain import Event

    with sample_db.session() as s:
        event = s.scalars(select(Event).where(Event.participations.any())).first()
        assert event is not None
        delegates = s.scalar(
            select(func.count()).select_from(Participation).where(Participation.event_id == event.id)
        )
        all_people = s.scalar(select(func.count()).select_from(Person))
        event_id, event_name = event.id, event.name
    sync.create_replica(sample_db, tmp_path / "seminar.sqlite3", event_id=event_id)
    lap = Database.open(tmp_path / "seminar.sqlite3")
    with lap.session() as s:
        info = sync.replica_info(s)
        assert info is not None and info.event_name == event_name
        assert s.scalar(select(func.count()).select_from(Participation)) == delegates
        people = s.scalar(select(func.count()).select_from(Person))
        assert 0 < people <= delegates + 50 and people < all_people  # type: ignore[operator]
        assert s.scalar(select(func.count()).select_from(Agreement)) == 0
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
    lap.close()


def test_replicas_are_refused_from_a_replica_over_an_existing_file_or_into_a_missing_folder(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    with pytest.raises(SyncError) as err:
        sync.create_replica(lap, tmp_path / "copy-of-copy.sqlite3")
    assert err.value.code == "replica_of_replica"
    with pytest.raises(SyncError) as err:
        sync.create_replica(office.db, tmp_path / "laptop.sqlite3")
    assert err.value.code == "exists"
    with pytest.raises(SyncError) as err:
        sync.create_replica(office.db, tmp_path / "nowhere" / "x.sqlite3")
    assert err.value.code == "no_folder"
    assert not (tmp_path / "copy-of-copy.sqlite3").exists()
    lap.close()


# --- packages ---------------------------------------------------------------------------------------


def test_each_package_carries_only_what_is_new(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    with pytest.raises(SyncError) as err:
        sync.create_package(lap, tmp_path / "empty.tvetsync")
    assert err.value.code == "nothing_new" and not (tmp_path / "empty.tvetsync").exists()
    edit(lap, Person, office.people[0], position="Principal")
    first = sync.create_package(lap, tmp_path / "p1.tvetsync")
    edit(lap, Person, office.people[1], position="Lecturer")
    second = sync.create_package(lap, tmp_path / "p2.tvetsync")
    assert (first.seq_from, second.seq_from) == (1, first.seq_to + 1)
    package = sync.read_package(tmp_path / "p2.tvetsync")
    assert {c.row_id for c in package.changes} == {office.people[1]}
    assert package.images[("person", office.people[1])]["position"] == "Lecturer"
    with pytest.raises(SyncError):
        sync.create_package(office.db, tmp_path / "office.tvetsync")
    lap.close()


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    path = _package(lap, tmp_path / "p1.tvetsync")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE changes SET new_value = 'Tampered'")
    conn.commit()
    conn.close()
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    with pytest.raises(SyncError) as err:
        sync.merge_package(office.db, path)
    assert err.value.code == "damaged"
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(SyncError) as err:
        sync.merge_package(office.db, tmp_path / "notes.txt")
    assert err.value.code == "not_package"
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    lap.close()


def test_a_package_is_merged_into_the_office_only(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    other = make_office(tmp_path / "other-office.sqlite3")
    edit(lap, Person, office.people[0], position="Principal")
    path = _package(lap, tmp_path / "p1.tvetsync")
    with pytest.raises(SyncError) as err:
        sync.merge_package(lap, path)
    assert err.value.code == "not_office"
    with pytest.raises(SyncError) as err:
        sync.merge_package(other.db, path)
    assert err.value.code == "other_office"
    other.db.close()
    lap.close()


# --- merging ----------------------------------------------------------------------------------------


def test_laptop_edits_and_additions_arrive_and_the_history_keeps_who_made_them(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal", name_native="艾莎")
    with lap.transaction() as s:
        new = Person(full_name="Bilal Ahmed", name_native="بلال احمد", email="bilal@example.pk")
        s.add(new)
        s.flush()
        s.add(Participation(event_id=office.event, person_id=new.id, status=ParticipationStatus.ATTENDED))
        new_id = new.id
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert (report.added, report.changed, report.deleted, report.conflicts) == (2, 1, 0, 0)
    assert value(office.db, Person, office.people[0], "position") == "Principal"
    assert value(office.db, Person, office.people[0], "name_native") == "艾莎"
    assert value(office.db, Person, new_id, "name_native") == "بلال احمد"
    with office.db.session() as s:
        log = s.scalars(
            select(ChangeLog).where(ChangeLog.row_id == office.people[0], ChangeLog.field == "position")
        ).all()
        assert [(r.site_id, r.user_name, r.new_value) for r in log][-1] == (lap.site_id, "L1", "Principal")
        # the merged rows count as a new version, so an office form open on the old one is told
        assert s.get(Person, office.people[0]).row_version > 1  # type: ignore[union-attr]
        hits = s.scalar(select(func.count()).select_from(Person).where(Person.full_name == "Bilal Ahmed"))
        assert hits == 1
    lap.close()


def test_a_field_written_at_the_office_after_the_copy_is_a_conflict_and_the_office_value_stands(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Laptop value", notes="only on the laptop")
    edit(office.db, Person, office.people[0], position="Office value")
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert (report.changed, report.conflicts) == (1, 1)
    assert value(office.db, Person, office.people[0], "position") == "Office value"
    assert value(office.db, Person, office.people[0], "notes") == "only on the laptop"
    with office.db.session() as s:
        (c,) = sync.open_conflicts(s)
    assert (c.field, c.base, c.office, c.laptop, c.reason, c.site_name) == (
        "position",
        None,
        "Office value",
        "Laptop value",
        "edited",
        "L1",
    )


def test_an_office_edit_made_before_the_copy_is_not_a_conflict(office: Office, tmp_path: Path) -> None:
    edit(office.db, Person, office.people[0], position="Before the copy")
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="On the laptop")
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert report.conflicts == 0
    assert value(office.db, Person, office.people[0], "position") == "On the laptop"
    lap.close()


def test_the_same_value_written_on_both_sides_is_no_conflict(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Dean")
    edit(office.db, Person, office.people[0], position="Dean")
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert report.conflicts == 0
    lap.close()


def test_two_laptops_writing_one_field_the_second_merged_is_a_conflict(
    office: Office, tmp_path: Path
) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    edit(one, Person, office.people[0], position="From L1")
    edit(two, Person, office.people[0], position="From L2")
    edit(two, Person, office.people[1], position="Only L2")
    assert sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync")).conflicts == 0
    report = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert (report.changed, report.conflicts) == (1, 1)
    assert value(office.db, Person, office.people[0], "position") == "From L1"
    assert value(office.db, Person, office.people[1], "position") == "Only L2"
    one.close()
    two.close()


def test_an_edit_to_a_record_deleted_at_the_office_is_a_conflict_not_a_silent_delete(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Still here")
    edit(office.db, Person, office.people[0], deleted_at=utcnow())
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert report.conflicts == 1
    with office.db.session() as s:
        (c,) = sync.open_conflicts(s)
        assert (c.reason, c.laptop) == ("deleted", "Still here")
        sync.resolve_conflict(s, c.id, "laptop")  # taking the laptop's edit brings the record back
        s.commit()
    assert value(office.db, Person, office.people[0], "deleted_at") is None
    assert value(office.db, Person, office.people[0], "position") == "Still here"
    lap.close()


def test_a_laptop_deleting_a_record_changed_at_the_office_is_a_conflict(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], deleted_at=utcnow())
    edit(lap, Person, office.people[1], deleted_at=utcnow())
    edit(office.db, Person, office.people[0], position="Changed at the office")
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert (report.deleted, report.conflicts) == (1, 1)
    assert value(office.db, Person, office.people[0], "deleted_at") is None
    assert value(office.db, Person, office.people[1], "deleted_at") is not None
    with office.db.session() as s:
        (c,) = sync.open_conflicts(s)
        assert (c.field, c.reason) == ("deleted_at", "delete")
    lap.close()


def test_check_ins_from_two_laptops_never_conflict(office: Office, tmp_path: Path) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    for db, desk in ((one, "Desk A"), (two, "Desk B")):
        with db.transaction() as s:
            s.add(CheckIn(participation_id=office.delegates[0], site_id=db.site_id, desk=desk))
    r1 = sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync"))
    r2 = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert (r1.check_ins, r2.check_ins, r1.conflicts + r2.conflicts) == (1, 1, 0)
    with office.db.session() as s:
        desks = s.scalars(select(CheckIn.desk).where(CheckIn.participation_id == office.delegates[0])).all()
    assert sorted(desks) == ["Desk A", "Desk B"]  # type: ignore[type-var]
    one.close()
    two.close()


def test_one_person_registered_for_the_event_on_two_laptops_becomes_one_delegate(
    office: Office, tmp_path: Path
) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    person = office.people[-1]  # not a delegate yet
    ids = []
    for db in (one, two):
        with db.transaction() as s:
            part = Participation(event_id=office.event, person_id=person)
            s.add(part)
            s.flush()
            s.add(CheckIn(participation_id=part.id, desk=db.user))
            ids.append(part.id)
    sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync"))
    report = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert (report.added, report.check_ins, report.conflicts) == (0, 1, 0)
    with office.db.session() as s:
        parts = s.scalars(select(Participation).where(Participation.person_id == person)).all()
        assert [p.id for p in parts] == [ids[0]]
        assert s.get(RecordAlias, ("participation", ids[1])).new_id == ids[0]  # type: ignore[union-attr]
        check_ins = s.scalars(select(CheckIn.participation_id)).all()
        assert check_ins.count(ids[0]) == 2
    one.close()
    two.close()


def test_a_package_merged_twice_changes_nothing(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    path = _package(lap, tmp_path / "p1.tvetsync")
    sync.merge_package(office.db, path)
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    again = sync.merge_package(office.db, path)
    assert again.already_merged and not again.applied
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    lap.close()


def test_a_gap_is_refused_naming_the_missing_range_then_in_order_both_merge(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="First")
    p1 = sync.create_package(lap, tmp_path / "p1.tvetsync")
    edit(lap, Person, office.people[1], position="Second")
    p2 = sync.create_package(lap, tmp_path / "p2.tvetsync")
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    with pytest.raises(SyncError) as err:
        sync.merge_package(office.db, p2.path)
    assert err.value.code == "gap"
    assert (err.value.params["first"], err.value.params["last"]) == (p1.seq_from, p1.seq_to)
    assert f"Changes {p1.seq_from}–{p1.seq_to} of “L1”" in str(err.value)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    sync.merge_package(office.db, p1.path)
    sync.merge_package(office.db, p2.path)
    assert value(office.db, Person, office.people[1], "position") == "Second"
    lap.close()


def test_sending_everything_again_merges_only_what_is_new(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="First")
    sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    edit(office.db, Person, office.people[0], position="Office after merge")
    edit(lap, Person, office.people[1], position="Second")
    report = sync.merge_package(office.db, _package(lap, tmp_path / "all.tvetsync", since=1))
    assert (report.changed, report.conflicts) == (1, 0)
    assert value(office.db, Person, office.people[0], "position") == "Office after merge"
    lap.close()


def test_a_crash_in_the_middle_of_a_merge_leaves_the_office_unchanged_and_a_retry_succeeds(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    with lap.transaction() as s:
        s.add(Person(full_name="New on the laptop"))
    path = _package(lap, tmp_path / "p1.tvetsync")
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]

    def crash(self: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(merge_module._Merge, "_find_duplicates", crash)  # after every row is written
    with pytest.raises(RuntimeError):
        sync.merge_package(office.db, path)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    monkeypatch.undo()
    report = sync.merge_package(office.db, path)
    assert (report.applied, report.added, report.changed) == (True, 1, 1)
    lap.close()


def test_a_test_run_reports_what_a_merge_would_do_and_changes_nothing(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    edit(lap, Person, office.people[1], deleted_at=utcnow())
    with lap.transaction() as s:
        s.add(Person(full_name="New on the laptop"))
    edit(office.db, Person, office.people[0], position="Office")
    path = _package(lap, tmp_path / "p1.tvetsync")
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    trial = sync.merge_package(office.db, path, dry_run=True)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    real = sync.merge_package(office.db, path)
    strip = {"dry_run", "applied"}
    assert {k: v for k, v in trial.as_json().items() if k not in strip} == {
        k: v for k, v in real.as_json().items() if k not in strip
    }
    assert (real.added, real.deleted, real.conflicts) == (1, 1, 1)
    lap.close()


# --- conflicts and duplicates ------------------------------------------------------------------------


def test_resolving_conflicts_records_each_choice_as_a_change(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Laptop A", notes="Laptop notes")
    edit(lap, Person, office.people[1], position="Laptop B")
    edit(office.db, Person, office.people[0], position="Office A", notes="Office notes")
    edit(office.db, Person, office.people[1], position="Office B")
    sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    with office.db.session() as s:
        by = {(c.row_id, c.field): c.id for c in sync.open_conflicts(s)}
        assert len(by) == 3
        log_before = s.scalar(select(func.count()).select_from(ChangeLog))
    with office.db.transaction() as s:
        sync.resolve_conflict(s, by[(office.people[0], "position")], "laptop")
        sync.resolve_conflict(s, by[(office.people[0], "notes")], "edited", "Both: office and laptop notes")
        sync.resolve_conflict(s, by[(office.people[1], "position")], "office")
    assert value(office.db, Person, office.people[0], "position") == "Laptop A"
    assert value(office.db, Person, office.people[0], "notes") == "Both: office and laptop notes"
    assert value(office.db, Person, office.people[1], "position") == "Office B"
    with office.db.session() as s:
        assert sync.open_conflicts(s) == []
        new_rows = s.scalars(select(ChangeLog).order_by(ChangeLog.id).offset(log_before)).all()
        assert {(r.field, r.new_value, r.site_id) for r in new_rows} == {
            ("position", "Laptop A", office.db.site_id),
            ("notes", "Both: office and laptop notes", office.db.site_id),
        }
        resolutions = {c.field: (c.resolution, c.resolved_by) for c in s.scalars(select(SyncConflict))}
        assert resolutions["position"][1] == "office"
    lap.close()


def test_an_invalid_edited_value_is_refused_and_the_conflict_stays_open(
    office: Office, tmp_path: Path
) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], email="laptop@example.pk")
    edit(office.db, Person, office.people[0], email="office@example.pk")
    sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    with office.db.session() as s:
        (c,) = sync.open_conflicts(s)
        with pytest.raises(ValidationFailed):
            sync.resolve_conflict(s, c.id, "edited", "not an e-mail")
        s.rollback()
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    with office.db.session() as s:
        assert len(sync.open_conflicts(s)) == 1


def test_the_same_person_added_on_two_laptops_is_offered_for_merging_and_later_edits_follow(
    office: Office, tmp_path: Path
) -> None:
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    ids = []
    for db in (one, two):
        with db.transaction() as s:
            p = Person(full_name="Zainab Bibi", email="zainab@example.pk")
            s.add(p)
            s.flush()
            s.add(Participation(event_id=office.event, person_id=p.id))
            ids.append(p.id)
    sync.merge_package(office.db, _package(one, tmp_path / "one.tvetsync"))
    report = sync.merge_package(office.db, _package(two, tmp_path / "two.tvetsync"))
    assert report.duplicates == 1
    with office.db.session() as s:
        (dup,) = sync.open_duplicates(s)
        assert (dup.reason, dup.new_id, dup.existing_id) == ("email", ids[1], ids[0])
        assert ("Full name", "Zainab Bibi", "Zainab Bibi") in dup.rows
    with office.db.transaction() as s:
        kept = sync.merge_duplicate(s, dup.id)
    assert kept == ids[0]
    with office.db.session() as s:
        assert sync.open_duplicates(s) == []
        parts = s.scalars(
            select(Participation).where(
                Participation.event_id == office.event, Participation.person_id == ids[0]
            )
        )
        assert len(parts.all()) == 1
        assert s.scalar(select(func.count()).select_from(SyncDuplicate)) == 1
    assert value(office.db, Person, ids[1], "deleted_at") is not None  # kept as a tombstone, with its history
    # laptop 2 still has its own record: its later edits go to the kept one
    edit(two, Person, ids[1], position="Lab technician")
    sync.merge_package(office.db, _package(two, tmp_path / "two-b.tvetsync"))
    assert value(office.db, Person, ids[0], "position") == "Lab technician"
    one.close()
    two.close()


def test_a_pair_marked_different_stays_two_records(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    with office.db.session() as s:
        existing = s.get_one(Person, office.people[0])
        name, org = existing.full_name, existing.organization_id
    with lap.transaction() as s:
        s.add(Person(full_name=name, organization_id=org))
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert report.duplicates == 1
    with office.db.transaction() as s:
        (dup,) = sync.open_duplicates(s)
        assert dup.reason == "name"
        sync.dismiss_duplicate(s, dup.id)
    with office.db.session() as s:
        assert sync.open_duplicates(s) == []
        assert s.scalar(select(func.count()).select_from(Person).where(Person.full_name == name)) == 2
    lap.close()


# --- taking the office's later changes ---------------------------------------------------------------


def test_a_fresh_copy_replaces_the_laptop_copy_only_once_its_work_is_merged(
    office: Office, tmp_path: Path
) -> None:
    current = tmp_path / "laptop.sqlite3"
    lap = laptop(office, current, "L1")
    edit(lap, Person, office.people[0], position="Laptop work")
    package = sync.create_package(lap, tmp_path / "p1.tvetsync")
    edit(lap, Person, office.people[1], position="Not sent yet")
    lap.close()
    edit(office.db, Person, office.people[2], position="Office news")
    early = tmp_path / "fresh-early.sqlite3"
    sync.create_replica(office.db, early, name="L1 again")
    before = current.read_bytes()
    with pytest.raises(SyncError) as err:
        sync.refresh_replica(current, early)
    assert err.value.code == "unmerged" and (err.value.params["first"], err.value.params["last"]) == (1, 2)
    assert current.read_bytes() == before
    lap = Database.open(current)
    sync.merge_package(office.db, package.path)
    sync.merge_package(office.db, _package(lap, tmp_path / "p2.tvetsync"))
    lap.close()
    fresh = tmp_path / "fresh.sqlite3"
    sync.create_replica(office.db, fresh, name="L1 again")
    kept = sync.refresh_replica(current, fresh)
    assert kept.exists() and kept != current
    old = Database.open(kept)
    assert value(old, Person, office.people[1], "position") == "Not sent yet"  # the old copy is kept whole
    old.close()
    lap = Database.open(current)
    assert value(lap, Person, office.people[2], "position") == "Office news"
    assert value(lap, Person, office.people[1], "position") == "Not sent yet"
    lap.close()


def test_an_import_on_the_laptop_travels_in_the_package(office: Office, tmp_path: Path) -> None:
    from tests.core.test_import_engine import do_import
    from tvet_alliance.services.importing.fields import ImportKind

    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    csv = tmp_path / "people.csv"
    csv.write_text("姓名,邮箱\n刘洋,liu.yang@example.cn\nHina Shah,hina@example.pk\n", encoding="utf-8")
    report = do_import(lap, csv, ImportKind.PEOPLE)
    assert report.created == 2
    merged = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert merged.added == 2
    with office.db.session() as s:
        names = set(s.scalars(select(Person.full_name)))
    assert {"刘洋", "Hina Shah"} <= names


def test_the_sample_data_travels_whole(sample_db: Database, tmp_path: Path) -> None:
    """Every kind of record, edited on a laptop, arrives: a smoke test over the sample."""
    from tvet_alliance.domain import Entry, Event, Organization

    lap_path = tmp_path / "laptop.sqlite3"
    sync.create_replica(sample_db, lap_path, name="L1")
    lap = Database.open(lap_path)
    with lap.transaction() as s:
        for model in (Organization, Person, Event, Agreement):
            obj = s.scalars(select(model)).first()
            obj.notes = f"laptop note {model.__name__}"
        entry = s.scalars(select(Entry).where(Entry.members.any())).first()
        assert entry is not None
        entry.members = entry.members[:1]
        event = s.scalars(select(Event)).first()
        event.organizers = list(s.scalars(select(Organization).limit(2)))
        entry_id, event_id, member = entry.id, event.id, entry.members[0].id
    report = sync.merge_package(sample_db, _package(lap, tmp_path / "p1.tvetsync"))
    assert (report.changed, report.conflicts) == (5, 0)  # the event's notes and organizers: one record
    with sample_db.session() as s:
        assert [m.id for m in s.get_one(Entry, entry_id).members] == [member]
        assert len(s.get_one(Event, event_id).organizers) == 2
        from tvet_alliance.services.maintenance import check_database

        assert check_database(sample_db, s).ok
    lap.close()


def test_the_sample_loader_is_not_needed_for_an_empty_office(tmp_path: Path) -> None:
    """An office with no records still gives a working copy, and the laptop's first records arrive."""
    db = Database.open(tmp_path / "empty.sqlite3")
    sync.create_replica(db, tmp_path / "laptop.sqlite3")
    lap = Database.open(tmp_path / "laptop.sqlite3")
    with lap.transaction() as s:
        sample.load_sample(s)
    report = sync.merge_package(db, _package(lap, tmp_path / "p1.tvetsync"))
    assert report.added > 50 and report.conflicts == 0
    lap.close()
    db.close()


def test_a_delegate_moved_to_someone_registered_at_the_office_is_held_not_a_failed_merge(
    office: Office, tmp_path: Path
) -> None:
    """One person is one delegate per event: the laptop's move is held as a conflict, the merge goes
    through, and taking the laptop's value anyway is refused with a clear message."""
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    delegate, newcomer = office.delegates[0], office.people[-1]
    edit(lap, Participation, delegate, person_id=newcomer, notes="moved on the laptop")
    with office.db.transaction() as s:
        s.add(Participation(event_id=office.event, person_id=newcomer))
    report = sync.merge_package(office.db, _package(lap, tmp_path / "p1.tvetsync"))
    assert (report.applied, report.changed, report.conflicts) == (True, 1, 1)
    assert value(office.db, Participation, delegate, "notes") == "moved on the laptop"
    with office.db.session() as s:
        assert sync.open_counts(s) == (1, 0)
        (c,) = sync.open_conflicts(s)
        assert (c.field, c.reason, c.laptop) == ("person_id", "clash", str(newcomer))
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    with pytest.raises(SyncError) as err, office.db.transaction() as s:
        sync.resolve_conflict(s, c.id, "laptop")
    assert err.value.code == "integrity"
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    lap.close()


# --- refusals with no test of their own elsewhere ----------------------------------------------------


class _Stop(Exception):
    pass


def _stop(done: int, total: int) -> None:
    if done:
        raise _Stop


@pytest.mark.parametrize("one_event", [False, True], ids=["whole", "one-event"])
def test_a_cancelled_copy_leaves_no_file_and_the_office_unchanged(
    office: Office, tmp_path: Path, one_event: bool
) -> None:
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(_Stop):
        sync.create_replica(
            office.db, folder / "laptop.sqlite3", event_id=office.event if one_event else None, progress=_stop
        )
    assert list(folder.iterdir()) == []
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]


def test_a_copy_of_an_event_that_is_not_there_is_refused(office: Office, tmp_path: Path) -> None:
    import uuid

    with pytest.raises(SyncError) as err:
        sync.create_replica(office.db, tmp_path / "laptop.sqlite3", event_id=uuid.uuid4())
    assert err.value.code == "no_event" and str(err.value) == "There is no such event."
    assert not (tmp_path / "laptop.sqlite3").exists()


def reseal(path: Path) -> None:
    """Recompute a package's checksum after a test changed it, as its maker would have."""
    from tvet_alliance.services.sync.package import _checksum

    conn = sqlite3.connect(path)
    manifest = dict(conn.execute("SELECT key, value FROM manifest"))
    rows = [
        tuple(r)
        for r in conn.execute(
            "SELECT seq, tx_id, table_name, row_id, op, field, old_value, new_value, user_name, at FROM changes ORDER BY seq"
        )
    ]
    images = [tuple(r) for r in conn.execute("SELECT table_name, row_id, image FROM images ORDER BY rowid")]
    conn.execute("UPDATE manifest SET value = ? WHERE key = 'checksum'", (_checksum(rows, images, manifest),))
    conn.commit()
    conn.close()


def test_a_package_from_another_schema_or_a_newer_format_is_refused(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    path = _package(lap, tmp_path / "p1.tvetsync")
    lap.close()
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    for key, text, code in (("format_version", "99", "newer_format"), ("schema_revision", "0003", "schema")):
        copy = tmp_path / f"{code}.tvetsync"
        copy.write_bytes(path.read_bytes())
        conn = sqlite3.connect(copy)
        conn.execute("UPDATE manifest SET value = ? WHERE key = ?", (text, key))
        conn.commit()
        conn.close()
        reseal(copy)  # as a release with that schema would have written it (the manifest is checksummed)
        with pytest.raises(SyncError) as err:
            sync.merge_package(office.db, copy, backup=True)
        assert err.value.code == code
    assert "database version 0003" in str(err.value) and "same release" in str(err.value)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]


@pytest.mark.parametrize("case", ["same_file", "not_replica", "other_office", "older_copy"])
def test_replacing_a_copy_is_refused_for_the_wrong_file_and_nothing_moves(
    office: Office, tmp_path: Path, case: str
) -> None:
    current = tmp_path / "laptop.sqlite3"
    sync.create_replica(office.db, tmp_path / "older.sqlite3", name="older")
    edit(office.db, Person, office.people[0], position="After the older copy")
    sync.create_replica(office.db, current, name="L1")
    if case == "other_office":
        other = make_office(tmp_path / "other-office.sqlite3")
        sync.create_replica(other.db, tmp_path / "fresh.sqlite3")
        other.db.close()
        fresh = tmp_path / "fresh.sqlite3"
    else:
        fresh = {
            "same_file": current,
            "not_replica": office.db.path,
            "older_copy": tmp_path / "older.sqlite3",
        }[case]
    before = current.read_bytes()
    names = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SyncError) as err:
        sync.refresh_replica(current, fresh)  # type: ignore[arg-type]
    assert err.value.code == case
    assert str(err.value)  # a sentence for the person, not a traceback
    assert current.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == names


def test_a_merge_with_backup_keeps_one_only_when_it_changed_something(office: Office, tmp_path: Path) -> None:
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal")
    path = _package(lap, tmp_path / "p1.tvetsync")
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    assert sync.merge_package(office.db, path, backup=True, dry_run=True).backup is None
    report = sync.merge_package(office.db, path, backup=True)
    assert report.backup is not None and dump_sqlite(report.backup) == before
    assert sync.merge_package(office.db, path, backup=True).backup is None  # merged before: no backup kept
    from tvet_alliance import paths

    assert list(paths.backups_dir().glob("*.merge.sqlite3")) == [report.backup]
    lap.close()
