"""``tvet-alliance replica``, ``package``, ``merge`` and ``conflicts``: a seminar laptop's offline copy
travels back to the office, run in-process as a person would type the commands.

The office database is the sample; the laptop's edits are made through the ORM, as the window makes
them, so that they are logged under the laptop's site like any edit.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tvet_alliance import paths
from tvet_alliance.domain import ChangeLog, CheckIn, Event, Participation, Person
from tvet_alliance.persistence import Database

from .helpers import dump_sqlite
from .test_cli import assert_one_line_error, run

SEMINAR = "International Digital Skills Exchange Seminar"


@pytest.fixture
def hub(sample_db: Database, db_path: Path) -> Path:
    """The office database (the sample), closed so that the command line has it to itself."""
    sample_db.close()
    return db_path


@contextmanager
def edit(path: Path) -> Iterator[Session]:
    """One transaction on the database at *path*, through the ORM (logged like an edit in the window)."""
    db = Database.open(path, create=False)
    try:
        with db.transaction() as s:
            yield s
    finally:
        db.close()


def take_copy(capsys: pytest.CaptureFixture[str], hub: Path, dest: Path, *extra: str) -> str:
    code, out, err = run(capsys, "--db", str(hub), "replica", "create", str(dest), *extra)
    assert (code, err) == (0, ""), err
    return out


def make_package(capsys: pytest.CaptureFixture[str], replica: Path, dest: Path, *extra: str) -> str:
    code, out, err = run(capsys, "--db", str(replica), "package", "create", str(dest), *extra)
    assert (code, err) == (0, ""), err
    return out


def merge_json(
    capsys: pytest.CaptureFixture[str], hub: Path, package: Path, *extra: str
) -> dict[str, object]:
    code, out, err = run(capsys, "--db", str(hub), "merge", str(package), "--json", *extra)
    assert (code, err) == (0, ""), err
    result: dict[str, object] = json.loads(out)
    return result


def laptop_changes(replica: Path) -> int:
    """How many changes the laptop logged under its own site."""
    db = Database.open(replica, create=False)
    try:
        with db.session() as s:
            return int(s.scalar(select(func.count()).where(ChangeLog.site_id == db.site_id)) or 0)
    finally:
        db.close()


def office_mark(hub: Path) -> int:
    with sqlite3.connect(f"file:{hub}?mode=ro", uri=True) as conn:
        mark = int(conn.execute("SELECT max(id) FROM change_log").fetchone()[0])
    conn.close()
    return mark


def merge_backups() -> list[Path]:
    return sorted(paths.backups_dir().glob("*.merge.sqlite3"))


@dataclass(frozen=True)
class LaptopWork:
    both: uuid.UUID  # position edited on the laptop and at the office: a conflict
    noted: uuid.UUID  # notes edited on the laptop only
    deleted: uuid.UUID  # deleted on the laptop
    twin: uuid.UUID  # an existing person the laptop registered again (same e-mail)
    added: uuid.UUID  # the person the laptop added


def seminar_work(replica: Path) -> LaptopWork:
    """What a laptop does at the seminar: edits, a delete, a walk-in delegate who checks in."""
    with edit(replica) as s:
        people = s.scalars(select(Person).where(Person.email.is_not(None)).order_by(Person.full_name)).all()
        both, noted, deleted, twin = people[:4]
        both.position = "Dean of Digital Skills"
        noted.notes = "Met at the seminar; wants the MOU draft"
        deleted.soft_delete()
        seminar = s.scalars(select(Event).where(Event.name == SEMINAR)).one()
        walk_in = Person(full_name="Walk-in Delegate", email=twin.email)
        s.add(walk_in)
        s.flush()
        delegate = Participation(event_id=seminar.id, person_id=walk_in.id)
        s.add(delegate)
        s.flush()
        s.add(CheckIn(participation_id=delegate.id, desk="Desk A"))
        return LaptopWork(both.id, noted.id, deleted.id, twin.id, walk_in.id)


def test_round_trip_dry_run_merge_and_merge_again(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    laptop, package = tmp_path / "laptop-a.sqlite3", tmp_path / "laptop-a-1.tvetsync"
    out = take_copy(capsys, hub, laptop, "--name", "Laptop A")
    assert out.splitlines() == [
        f"Offline copy written to {laptop}",
        "  laptop:    Laptop A",
        f"  base mark: {office_mark(hub)} (the office's changes up to this one are in the copy)",
    ]

    work = seminar_work(laptop)
    with edit(hub) as s:  # the office edits the same field after the copy was taken
        s.get_one(Person, work.both).position = "Vice Principal"

    n = laptop_changes(laptop)
    out = make_package(capsys, laptop, package)
    assert out == f"Sync package written to {package}: {n} changes (1–{n}) of 6 records from “Laptop A”\n"

    before = dump_sqlite(hub)
    report = merge_json(capsys, hub, package, "--dry-run")
    assert dump_sqlite(hub) == before
    counts = {"added": 2, "changed": 1, "deleted": 1, "check_ins": 1, "conflicts": 1, "duplicates": 1}
    assert {k: report[k] for k in counts} == counts
    assert (report["dry_run"], report["applied"], report["already_merged"]) == (True, False, False)
    assert (report["site"], report["seq_from"], report["seq_to"]) == ("Laptop A", 1, n)
    assert merge_backups() == []

    report = merge_json(capsys, hub, package)
    assert {k: report[k] for k in counts} == counts
    assert report["by_table"] == {
        "person": {"added": 1, "changed": 1, "deleted": 1},
        "participation": {"added": 1, "changed": 0, "deleted": 0},
    }
    assert (report["applied"], report["already_merged"]) == (True, False)
    assert len(merge_backups()) == 1 and dump_sqlite(merge_backups()[0]) == before
    with edit(hub) as s:
        assert s.get_one(Person, work.both).position == "Vice Principal"  # held: the office value stands
        assert s.get_one(Person, work.noted).notes == "Met at the seminar; wants the MOU draft"
        gone = s.get(Person, work.deleted, execution_options={"include_deleted": True})
        assert gone is not None and gone.deleted_at is not None
        walk_in = s.get_one(Person, work.added)
        assert [c.desk for p in walk_in.participations for c in p.check_ins] == ["Desk A"]

    merged = dump_sqlite(hub)
    report = merge_json(capsys, hub, package)
    assert (report["already_merged"], report["applied"]) == (True, False)
    assert dump_sqlite(hub) == merged
    assert len(merge_backups()) == 1  # no backup kept for a merge that changed nothing

    code, out, err = run(capsys, "--db", str(hub), "conflicts", "--json")
    assert (code, err) == (0, "")
    [conflict] = json.loads(out)
    assert {k: conflict[k] for k in ("table", "field", "reason", "base", "office", "laptop", "site")} == {
        "table": "person",
        "field": "position",
        "reason": "edited",
        "base": conflict["base"],
        "office": "Vice Principal",
        "laptop": "Dean of Digital Skills",
        "site": "Laptop A",
    }
    assert conflict["row_id"] == str(work.both)
    code, out, err = run(capsys, "--db", str(hub), "conflicts")
    assert (code, err) == (0, "")
    assert out.startswith("1 open conflict; the office value stands until someone chooses")
    assert "File → Offline sync → Conflicts…" in out
    assert "Position: Changed at the office and on the laptop" in out
    assert "office: Vice Principal" in out and "laptop: Dean of Digital Skills" in out


def test_merge_prints_a_readable_summary(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    laptop, package = tmp_path / "laptop.sqlite3", tmp_path / "p.tvetsync"
    take_copy(capsys, hub, laptop, "--name", "Laptop B")
    work = seminar_work(laptop)
    with edit(hub) as s:
        s.get_one(Person, work.both).position = "Vice Principal"
    make_package(capsys, laptop, package)
    n = laptop_changes(laptop)

    before = dump_sqlite(hub)
    code, out, err = run(capsys, "--db", str(hub), "merge", str(package), "--dry-run")
    assert (code, err) == (0, "")
    assert dump_sqlite(hub) == before
    assert out.splitlines() == [
        f"Dry run, nothing was changed. Merging the package of “Laptop B” (changes 1–{n}) into {hub} would give:",
        "  2 added, 1 changed, 1 deleted, 1 check-in",
        "    person: 1 added, 1 changed, 1 deleted",
        "    participation: 1 added",
        "  1 conflict would be held: the office value stands until someone chooses",
        "  1 possible duplicate to review",
    ]

    code, out, err = run(capsys, "--db", str(hub), "merge", str(package))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Merged the package of “Laptop B” (changes 1–{n}) into {hub}:"
    assert "  1 conflict held: the office value stands until someone chooses" in lines
    assert (
        "Resolve them in the window: File → Offline sync → Conflicts… and File → Offline sync → "
        "Possible duplicates… (list conflicts with: tvet-alliance conflicts)"
    ) in lines
    assert lines[-1] == f"An automatic backup was taken first: {merge_backups()[0]}"

    code, out, err = run(capsys, "--db", str(hub), "merge", str(package))
    assert (code, out, err) == (
        0,
        f"The package of “Laptop B” (changes 1–{n}) was merged before: nothing to do.\n",
        "",
    )


def test_a_package_after_a_missing_one_is_refused(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    laptop, first, second = tmp_path / "laptop.sqlite3", tmp_path / "1.tvetsync", tmp_path / "2.tvetsync"
    take_copy(capsys, hub, laptop, "--name", "Laptop C")
    seminar_work(laptop)
    make_package(capsys, laptop, first)
    sent = laptop_changes(laptop)
    with edit(laptop) as s:
        s.scalars(select(Person).order_by(Person.full_name.desc()).limit(1)).one().notes = "second day"
    out = make_package(capsys, laptop, second)
    assert f"1 change ({sent + 1}–{sent + 1})" in out

    before = dump_sqlite(hub)
    code, out, err = run(capsys, "--db", str(hub), "merge", str(second), "--json")
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert f"Changes 1–{sent} of “Laptop C” have not been merged yet." in err
    assert dump_sqlite(hub) == before
    assert merge_backups() == []

    assert merge_json(capsys, hub, first)["applied"] is True
    assert merge_json(capsys, hub, second)["changed"] == 1


def test_a_copy_of_one_event(capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "seminar.sqlite3"
    out = take_copy(capsys, hub, laptop, "--event", "international digital")  # case-insensitive prefix
    assert f"  event:     {SEMINAR} (this event and what it needs)" in out.splitlines()
    assert "  laptop:    Offline copy " in out
    copy, office = dump_sqlite(laptop), dump_sqlite(hub)
    assert 0 < len(copy["person"]) < len(office["person"])
    assert len(copy["event"]) == 1 and len(copy["organization"]) == len(office["organization"])

    code, out, err = run(
        capsys, "--db", str(hub), "replica", "create", str(tmp_path / "x.sqlite3"), "--event", "No such"
    )
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "There is no event called No such" in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_package_with_nothing_new(capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path) -> None:
    laptop, package = tmp_path / "laptop.sqlite3", tmp_path / "p.tvetsync"
    take_copy(capsys, hub, laptop)
    code, out, err = run(capsys, "--db", str(laptop), "package", "create", str(package))
    assert (code, out) == (2, "")
    assert err == "tvet-alliance: error: nothing to send: no change has been made on this copy\n"
    assert not package.exists()

    seminar_work(laptop)
    n = laptop_changes(laptop)
    make_package(capsys, laptop, package)
    code, out, err = run(capsys, "--db", str(laptop), "package", "create", str(tmp_path / "again.tvetsync"))
    assert (code, out) == (2, "")
    assert err == (
        f"tvet-alliance: error: nothing new to send: changes 1–{n} of this copy are in packages already "
        "(--all sends them again)\n"
    )
    out = make_package(capsys, laptop, tmp_path / "all.tvetsync", "--all")
    assert f"{n} changes (1–{n})" in out


def test_refresh_is_refused_until_the_laptops_work_is_merged(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    laptop, package = tmp_path / "laptop.sqlite3", tmp_path / "p.tvetsync"
    take_copy(capsys, hub, laptop)
    seminar_work(laptop)
    n = laptop_changes(laptop)
    make_package(capsys, laptop, package)
    early = tmp_path / "fresh-before-merge.sqlite3"
    take_copy(capsys, hub, early)

    work = dump_sqlite(laptop)
    code, out, err = run(capsys, "--db", str(laptop), "replica", "refresh", str(early))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert f"Changes 1–{n} made on this laptop have not been merged at the office." in err
    assert dump_sqlite(laptop) == work and list(tmp_path.glob("laptop.replaced-*")) == []

    merge_json(capsys, hub, package)
    fresh = tmp_path / "fresh.sqlite3"
    take_copy(capsys, hub, fresh)
    code, out, err = run(capsys, "--db", str(laptop), "replica", "refresh", str(fresh))
    assert (code, err) == (0, ""), err
    [kept] = tmp_path.glob("laptop.replaced-*.sqlite3")
    assert out.splitlines() == [
        f"Replaced {laptop} with a fresh copy of {fresh}",
        f"The previous copy was kept as {kept}",
    ]
    assert dump_sqlite(kept) == work
    assert dump_sqlite(laptop) == dump_sqlite(fresh)


def test_a_package_is_merged_into_the_office_only(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    laptop, other, package = tmp_path / "laptop.sqlite3", tmp_path / "other.sqlite3", tmp_path / "p.tvetsync"
    take_copy(capsys, hub, laptop)
    take_copy(capsys, hub, other)
    seminar_work(laptop)
    make_package(capsys, laptop, package)

    before = dump_sqlite(other)
    code, out, err = run(capsys, "--db", str(other), "merge", str(package))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "Sync packages are merged into the office database, not into an offline copy." in err
    assert dump_sqlite(other) == before
    assert merge_backups() == []

    code, out, err = run(capsys, "--db", str(hub), "package", "create", str(tmp_path / "office.tvetsync"))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "This is the office database." in err

    code, out, err = run(capsys, "--db", str(laptop), "replica", "create", str(tmp_path / "copy.sqlite3"))
    assert (code, out) == (2, "")
    assert "not from another offline copy" in err


def test_files_that_are_not_packages(capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path) -> None:
    text = tmp_path / "delegates.csv"
    text.write_text("name,email\nAli Raza,ali@example.pk\n", encoding="utf-8")
    before = dump_sqlite(hub)
    for path, needle in (
        (text, f"{text} is not a sync package made by this program."),
        (hub, f"{hub} is not a sync package made by this program."),
        (tmp_path / "missing.tvetsync", f"There is no file {tmp_path / 'missing.tvetsync'}."),
    ):
        code, out, err = run(capsys, "--db", str(hub), "merge", str(path))
        assert (code, out) == (2, ""), path
        assert_one_line_error(err)
        assert needle in err
    assert dump_sqlite(hub) == before

    laptop, package = tmp_path / "laptop.sqlite3", tmp_path / "p.tvetsync"
    take_copy(capsys, hub, laptop)
    seminar_work(laptop)
    make_package(capsys, laptop, package)
    with sqlite3.connect(package) as conn:
        conn.execute("UPDATE changes SET new_value = 'tampered' WHERE seq = 1")
    conn.close()
    before = dump_sqlite(hub)  # taking the copy registered the laptop
    code, out, err = run(capsys, "--db", str(hub), "merge", str(package))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "is damaged (its checksum does not match)" in err
    assert dump_sqlite(hub) == before
    assert merge_backups() == []


def test_a_package_from_another_offices_copy_is_refused(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    other, laptop, package = tmp_path / "other.sqlite3", tmp_path / "laptop.sqlite3", tmp_path / "p.tvetsync"
    assert run(capsys, "--db", str(other), "sample")[0] == 0
    take_copy(capsys, other, laptop)
    seminar_work(laptop)
    make_package(capsys, laptop, package)
    before = dump_sqlite(hub)
    code, out, err = run(capsys, "--db", str(hub), "merge", str(package))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "This package comes from a copy of another office database, not of this one." in err
    assert dump_sqlite(hub) == before


def test_a_copy_does_not_overwrite_a_file_unless_forced(
    capsys: pytest.CaptureFixture[str], hub: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "laptop.sqlite3"
    dest.write_text("keep me", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(hub), "replica", "create", str(dest))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "already exists" in err and dest.read_text(encoding="utf-8") == "keep me"
    take_copy(capsys, hub, dest, "--force", "--name", "Laptop D")
    assert dest.read_bytes().startswith(b"SQLite format 3\x00")

    code, out, err = run(capsys, "--db", str(hub), "replica", "create", str(hub))
    assert (code, out) == (2, "")
    assert "cannot overwrite the office database" in err


def test_no_open_conflicts(capsys: pytest.CaptureFixture[str], hub: Path) -> None:
    assert run(capsys, "--db", str(hub), "conflicts") == (0, "No open conflicts.\n", "")
    assert run(capsys, "--db", str(hub), "conflicts", "--json") == (0, "[]\n", "")
