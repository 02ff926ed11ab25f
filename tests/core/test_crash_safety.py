"""Crash safety: an upgrade, a refresh or a backup killed or failing part-way leaves a database that
opens, passes ``check`` (with its search index) and holds the whole before- or after-state; damaged
and odd files get one clear line; a killed write leaves no stray file after the next open."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.data import make_fixture_db as fixture
from tvet_alliance import paths
from tvet_alliance.cli import main
from tvet_alliance.domain import Person
from tvet_alliance.faults import KILL_ENV
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.persistence.backup import automatic_backup
from tvet_alliance.persistence.migrate import SchemaError
from tvet_alliance.services import listing, maintenance, sync
from tvet_alliance.services.sync import replica as replica_mod

from .helpers import dump_sqlite

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from tvet_alliance.cli import main; sys.exit(main(sys.argv[1:]))"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_killed_at(point: str, *argv: str) -> int:
    """Run the command line in a subprocess that SIGKILLs itself at the fault point *point*."""
    env = {**os.environ, KILL_ENV: point, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CLI, *argv], env=env, capture_output=True, timeout=60)
    return done.returncode


def strays(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".partial" in p.name or p.name.endswith("-journal"))


def check_ok(path: Path) -> None:
    db = Database.open(path, create=False)
    try:
        with db.session() as s:
            assert maintenance.check_database(db, s).problems == []
    finally:
        db.close()


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    copy = tmp_path / "from-release-0.1.sqlite3"
    shutil.copyfile(fixture.FIXTURE, copy)
    return copy


# --- item 1: the upgrade ------------------------------------------------------------------------


def test_an_upgrade_that_fails_half_way_leaves_the_file_byte_for_byte(old_db: Path) -> None:
    """Revision 0004 creates sync_package: with such a table already there the upgrade fails in
    the middle. The file is refused with a clear line and left exactly as it was, at 0001."""
    with sqlite3.connect(old_db) as conn:
        conn.execute("CREATE TABLE sync_package (id INTEGER PRIMARY KEY)")
    conn.close()
    digest = sha256(old_db)
    with pytest.raises(SchemaError) as info:
        Database.open(old_db)
    assert info.value.text().startswith("The schema upgrade from 0001 failed (")
    assert info.value.text().endswith("the database was left as it was.")
    assert sha256(old_db) == digest
    assert strays(old_db.parent) == []
    with sqlite3.connect(f"file:{old_db}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    conn.close()
    [backup] = paths.backups_dir().glob("*.sqlite3")  # the automatic backup before the upgrade stays
    assert "before-upgrade-0001" in backup.name


@pytest.mark.parametrize("point", ["upgrade-copied", "upgrade-upgraded", "upgrade-swapped"])
def test_an_upgrade_killed_at_any_point_leaves_a_whole_database(old_db: Path, point: str) -> None:
    before = dump_sqlite(old_db)
    assert cli_killed_at(point, "--db", str(old_db), "info") == -9
    with sqlite3.connect(f"file:{old_db}?mode=ro", uri=True) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    if point == "upgrade-swapped":
        assert revision == migrate.HEAD_REVISION
    else:
        assert revision == "0001" and dump_sqlite(old_db) == before  # the whole before-state
    check_ok(old_db)  # the next open upgrades (if still due), cleans up and passes check
    assert strays(old_db.parent) == []


def search(db: Database, text: str) -> list[object]:
    with db.session() as s:
        return list(listing.list_ids(s, listing.PEOPLE, search=text))


def test_an_emptied_search_index_is_reported_and_rebuilt(
    sample_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_db.path
    assert path is not None
    with sample_db.session() as s:
        person = s.scalars(select(Person).where(Person.deleted_at.is_(None))).first()
        assert person is not None
        name, person_id = person.full_name, person.id
    assert sample_db.full_text and person_id in search(sample_db, name)
    sample_db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO person_search(person_search) VALUES ('delete-all')")
    conn.close()
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "search index: it holds 0 of" in out and "it was rebuilt" in out
    code, out, err = run(capsys, "--db", str(path), "check")
    assert (code, err) == (0, ""), out
    db = Database.open(path)
    try:
        assert db.full_text and person_id in search(db, name)
    finally:
        db.close()


def test_check_reports_a_search_index_out_of_step_while_open(sample_db: Database) -> None:
    with sample_db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER person_search_au")
    with sample_db.session() as s:
        problems = maintenance.check_database(sample_db, s).problems
    assert problems == ["search index: trigger person_search_au is missing"]


# --- item 2: replica refresh ------------------------------------------------------------------------


@pytest.fixture
def laptop_and_fresh(sample_db: Database, tmp_path: Path) -> tuple[Path, Path]:
    """A laptop's copy, then a fresh copy taken after the office added a person."""
    laptop, fresh = tmp_path / "laptop.sqlite3", tmp_path / "fresh.sqlite3"
    sync.create_replica(sample_db, laptop, name="Laptop")
    with sample_db.transaction() as s:
        s.add(Person(full_name="Added At The Office"))
    sync.create_replica(sample_db, fresh, name="Laptop")
    sample_db.close()
    return laptop, fresh


def office_person_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        n = int(
            conn.execute("SELECT count(*) FROM person WHERE full_name = 'Added At The Office'").fetchone()[0]
        )
    conn.close()
    return n


def test_a_refresh_failing_mid_copy_leaves_the_laptops_file(
    laptop_and_fresh: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, fresh = laptop_and_fresh
    digest = sha256(laptop)

    def half_copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: object) -> None:
        source.backup(target, pages=1, progress=lambda status, remaining, total: None)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(replica_mod, "copy_database", half_copy)
    with pytest.raises(sync.SyncError) as info:
        sync.refresh_replica(laptop, fresh)
    assert info.value.text() == f"Cannot replace {laptop}: No space left on device"
    assert sha256(laptop) == digest
    assert strays(laptop.parent) == [] and list(laptop.parent.glob("laptop.replaced-*")) == []
    check_ok(laptop)


@pytest.mark.parametrize("point", ["refresh-copied", "refresh-kept"])
def test_a_refresh_killed_at_any_point_leaves_a_working_laptop(
    laptop_and_fresh: tuple[Path, Path], point: str
) -> None:
    laptop, fresh = laptop_and_fresh
    before = dump_sqlite(laptop)
    assert cli_killed_at(point, "--db", str(laptop), "replica", "refresh", str(fresh)) == -9
    assert dump_sqlite(laptop) == before  # not yet swapped: the whole before-state
    check_ok(laptop)
    assert strays(laptop.parent) == []
    sync.refresh_replica(laptop, fresh)  # and the refresh can simply be run again
    assert office_person_count(laptop) == 1
    check_ok(laptop)


# --- item 7: damaged and odd files ------------------------------------------------------------------


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of a real database with garbage (what a bad disk does)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for page in range(2, size // 4096 - 1):
            if page % 2 == 0:
                fh.seek(page * 4096 + 100)
                fh.write(bytes(range(256)) * 8)


@pytest.fixture
def damaged_db(sample_db: Database) -> tuple[Path, Path]:
    """The sample database with an automatic backup, then with corrupted pages."""
    backup = automatic_backup(sample_db.engine, reason="manual")
    path = sample_db.path
    assert path is not None
    sample_db.close()
    corrupt(path)
    return path, backup


@pytest.mark.parametrize("command", ["check", "info", "init"])
def test_a_damaged_file_is_named_damaged_with_its_newest_backup(
    damaged_db: tuple[Path, Path], command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = damaged_db
    code, out, err = run(capsys, "--db", str(path), command)
    assert code == 1, (out, err)
    assert "Traceback" not in err
    last = err.splitlines()[-1]
    assert last.startswith(f"tvet-alliance: error: The database {path} is damaged (")
    assert f"The newest automatic backup is {backup};" in last


def test_the_named_backup_restores_a_file_too_damaged_to_open(
    damaged_db: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = damaged_db
    damaged_bytes = path.read_bytes()
    code, out, err = run(capsys, "--db", str(path), "restore", str(backup))
    assert (code, err) == (0, ""), err
    [kept] = paths.backups_dir().glob("*.damaged.sqlite3")
    assert out.splitlines() == [f"Restored {path} from {backup}", f"The damaged file was kept as {kept}"]
    assert kept.read_bytes() == damaged_bytes
    assert dump_sqlite(path) == dump_sqlite(backup)
    check_ok(path)


@pytest.mark.parametrize("command", ["check", "info"])
def test_an_empty_file_is_not_made_a_database_by_info_or_check(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    code, out, err = run(capsys, "--db", str(path), command)
    assert (code, out) == (2, "")
    assert (
        err
        == f"tvet-alliance: error: {path} is an empty file, not a database; make a new one with “init” or File → New database…\n"
    )
    assert path.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == [
        "empty.sqlite3",
        "user-data",
    ]
    code, out, err = run(capsys, "--db", str(path), "init")  # init may
    assert code == 0, err
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.HEAD_REVISION,)
        ]
    conn.close()


def test_a_damaged_backup_given_to_restore_gets_one_line(
    sample_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite3"
    maintenance.backup(sample_db, backup)
    path = sample_db.path
    assert path is not None
    sample_db.close()
    corrupt(backup)
    before = dump_sqlite(path)
    code, out, err = run(capsys, "--db", str(path), "restore", str(backup))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith(f"tvet-alliance: error: {backup} is damaged"), err
    assert dump_sqlite(path) == before


# --- item 9: stray files ----------------------------------------------------------------------------


def test_stale_partial_files_are_removed_on_open_and_by_rotation(sample_db: Database, tmp_path: Path) -> None:
    path = sample_db.path
    assert path is not None
    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    ours = [
        tmp_path / f".{path.name}.0badc0de.partial",
        tmp_path / f".{path.name}.0badc0de.partial-journal",
        folder / f".{path.stem}.20260101-000000-000000.manual.sqlite3.12345678.partial",
    ]
    theirs = [
        tmp_path / ".report.csv.0badc0de.partial",
        tmp_path / "notes.partial",
        folder / ".other.x.partial",
    ]
    for p in [*ours, *theirs]:
        p.write_bytes(b"half a file")
    automatic_backup(sample_db.engine, reason="manual")  # rotation sees the backups folder's leftovers
    assert not ours[2].exists()
    sample_db.close()
    Database.open(path).close()  # the next open sees those beside the database
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in theirs)


def test_a_partial_file_being_written_is_left_alone(db: Database, tmp_path: Path) -> None:
    path = db.path
    assert path is not None
    busy = tmp_path / f".{path.name}.feedf00d.partial"
    writer = sqlite3.connect(busy, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("CREATE TABLE t (x)")
        Database.open(path).close()
        assert busy.exists()
    finally:
        writer.close()


# --- the crash-safety suite: subprocesses killed (SIGKILL) at fault points and seeded moments -------


def people(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        names = sorted(str(r[0]) for r in conn.execute("SELECT full_name FROM person"))
    conn.close()
    return names


def closed_sample(sample_db: Database) -> Path:
    path = sample_db.path
    assert path is not None
    sample_db.close()
    return path


@pytest.mark.parametrize("point", ["copy-step", "backup-written"])
def test_a_backup_killed_part_way_leaves_the_database_and_no_stray_file(
    sample_db: Database, point: str
) -> None:
    path = closed_sample(sample_db)
    before = dump_sqlite(path)
    assert cli_killed_at(point, "--db", str(path), "backup") == -9
    assert strays(paths.backups_dir()) != []  # the half-written backup, as a kill leaves it
    assert dump_sqlite(path) == before
    check_ok(path)
    assert strays(paths.backups_dir()) == [] and list(paths.backups_dir().glob("*.sqlite3")) == []


@pytest.mark.parametrize("point", ["copy-step", "upgrade-copied", "upgrade-upgraded"])
def test_a_restore_killed_part_way_leaves_the_before_or_after_state(
    sample_db: Database, tmp_path: Path, point: str
) -> None:
    """From a backup of this database (copied page by page) or of an old release (upgraded on a
    copy first): after the kill the file holds all of what it had, or all of the backup."""
    path = closed_sample(sample_db)
    if point == "copy-step":
        backup = tmp_path / "backup.sqlite3"
        shutil.copyfile(path, backup)
        db = Database.open(path)  # the database moves on after its backup
        with db.transaction() as s:
            s.add(Person(full_name="Added After The Backup"))
        db.close()
    else:
        backup = tmp_path / "from-release-0.1.sqlite3"
        shutil.copyfile(fixture.FIXTURE, backup)
    before, after = people(path), people(backup)
    assert before != after
    assert cli_killed_at(point, "--db", str(path), "restore", str(backup)) == -9
    check_ok(path)
    assert people(path) in (before, after)
    assert strays(path.parent) == [] and strays(paths.backups_dir()) == []


@pytest.mark.parametrize("point", ["copy-step", "replica-written"])
def test_a_replica_create_killed_part_way_leaves_the_office_and_no_half_copy(
    sample_db: Database, tmp_path: Path, point: str
) -> None:
    path = closed_sample(sample_db)
    laptop = tmp_path / "laptop.sqlite3"
    before = dump_sqlite(path)
    assert cli_killed_at(point, "--db", str(path), "replica", "create", str(laptop)) == -9
    assert not laptop.exists()
    assert dump_sqlite(path) == before
    check_ok(path)
    db = Database.open(path)
    try:
        sync.create_replica(db, laptop)  # taken again: the earlier attempt's leftovers go
    finally:
        db.close()
    assert strays(tmp_path) == []
    check_ok(laptop)


@pytest.mark.parametrize("delay_ms", sorted(random.Random(12).sample(range(400, 2400, 50), 3)))
def test_an_import_killed_at_a_seeded_moment_leaves_all_or_nothing(
    sample_db: Database, tmp_path: Path, delay_ms: int
) -> None:
    path = closed_sample(sample_db)
    source = tmp_path / "people.csv"
    rows = [f"Crash Test Person {i:04d},crash{i:04d}@example.org" for i in range(1500)]
    source.write_text("full_name,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = people(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "--db", str(path), "import", "people", str(source)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        proc.wait(timeout=delay_ms / 1000)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    check_ok(path)
    added = len(people(path)) - len(before)
    assert added in (0, 1500)
    assert strays(path.parent) == []
