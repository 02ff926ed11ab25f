"""Crash safety, continued (issue 12, "Tests that must exist"): a sync merge, a full export and the
upgrade of a larger database made at revision 0001, each killed (SIGKILL) at named fault points. After
every kill the database opens, passes ``check`` (with its search index), holds the whole before- or
after-state, and the next open leaves no stray file."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.data import make_fixture_db as fixture
from tvet_alliance import paths
from tvet_alliance.domain import Person
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.services import exporting, sync

from .helpers import Dump, dump_sqlite
from .test_crash_safety import check_ok, cli_killed_at, closed_sample, people, run, search, strays

# --- merge ------------------------------------------------------------------------------------------

#: Columns that say when a merge ran: the same merge run twice (here and on the reference copy)
#: differs only there (the merged record's updated_at, the package's merged_at, the state's updated_at).
MERGE_TIMES = {"updated_at", "merged_at"}


def merge_state(path: Path) -> Dump:
    """Every row of every table, as :func:`dump_sqlite`, without the columns of :data:`MERGE_TIMES`."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dump: Dump = {}
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall():
            columns = [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{name}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in MERGE_TIMES)
            dump[name] = sorted(conn.execute(f'SELECT {kept} FROM "{name}"').fetchall(), key=repr)
        return dump
    finally:
        conn.close()


@pytest.fixture
def office_and_package(sample_db: Database, tmp_path: Path) -> tuple[Path, Path, Dump]:
    """The sample office, a package from a laptop that edited one person and added 300, and the
    office's state after that package is merged (worked out on a copy)."""
    laptop = tmp_path / "laptop.sqlite3"
    sync.create_replica(sample_db, laptop, name="Laptop")
    office = closed_sample(sample_db)
    lap = Database.open(laptop)
    try:
        with lap.transaction() as s:
            person = s.scalars(select(Person).where(Person.deleted_at.is_(None))).first()
            assert person is not None
            person.position = "Edited On The Laptop"
            s.add_all(Person(full_name=f"Laptop Person {i:03d}") for i in range(300))
        package = tmp_path / "laptop.tvetsync"
        sync.create_package(lap, package)
    finally:
        lap.close()
    reference = tmp_path / "reference" / "office.sqlite3"
    reference.parent.mkdir()
    shutil.copyfile(office, reference)
    db = Database.open(reference)
    try:
        assert sync.merge_package(db, package).applied
    finally:
        db.close()
    return office, package, merge_state(reference)


@pytest.mark.parametrize("point", ["copy-step", "merge-written", "merge-committed"])
def test_a_merge_killed_part_way_leaves_the_whole_before_or_after_state(
    office_and_package: tuple[Path, Path, Dump], point: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed while taking the automatic backup, with every row written but not committed, or just
    after the commit: the office holds all of what it had or all of the merge, and the merge can
    simply be run again."""
    office, package, after = office_and_package
    before, before_exactly = merge_state(office), dump_sqlite(office)
    assert before != after
    assert cli_killed_at(point, "--db", str(office), "merge", str(package)) == -9
    if point == "merge-committed":
        assert merge_state(office) == after  # the whole after-state
    else:
        assert dump_sqlite(office) == before_exactly  # the whole before-state, to the last value
    check_ok(office)
    assert strays(office.parent) == [] and strays(paths.backups_dir()) == []
    code, _out, err = run(capsys, "--db", str(office), "merge", str(package))
    assert (code, err) == (0, ""), err
    assert merge_state(office) == after
    check_ok(office)
    assert strays(office.parent) == [] and strays(paths.backups_dir()) == []


# --- export all -------------------------------------------------------------------------------------


def loadable(export: Path, tmp_path: Path) -> dict[str, int]:
    """Load a full export into a new, empty database (which refuses anything but a whole export)."""
    target = tmp_path / f"loaded-{uuid.uuid4().hex[:8]}.sqlite3"
    db = Database.open(target)
    try:
        with db.session() as s:
            counts = exporting.load_all(s, export)
            s.commit()
    finally:
        db.close()
    return counts


@pytest.mark.parametrize("point", ["export-table", "export-written"])
def test_an_export_all_killed_part_way_leaves_no_zip_and_the_database_untouched(
    sample_db: Database, tmp_path: Path, point: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed after the first table or with the zip whole but not yet renamed: no FILE.zip at all
    (never half of one), and the database is byte for byte what it was."""
    path = closed_sample(sample_db)
    folder = tmp_path / "exports"
    folder.mkdir()
    destination = folder / "everything.zip"
    before = dump_sqlite(path)
    assert cli_killed_at(point, "--db", str(path), "export", "all", str(destination)) == -9
    assert not destination.exists()
    # The temporary file, as a kill leaves it: named so that nobody takes it for the export, with
    # the id of the (now dead) writer, so that the next write of this file removes it.
    [leftover] = folder.iterdir()
    assert leftover.name.startswith(".everything.zip.") and leftover.name.endswith(".partial")
    assert dump_sqlite(path) == before
    check_ok(path)
    assert strays(path.parent) == [leftover.name] and strays(paths.backups_dir()) == []
    code, _out, err = run(capsys, "--db", str(path), "export", "all", str(destination))  # run again
    assert (code, err) == (0, ""), err
    assert not leftover.exists() and [p.name for p in folder.iterdir()] == ["everything.zip"]
    counts = loadable(destination, tmp_path)
    assert counts["person"] == len(people(path))
    assert dump_sqlite(path) == before


def test_an_export_all_is_only_ever_absent_or_whole(
    sample_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export over an earlier one, killed part-way, leaves the earlier one whole and loadable."""
    path = closed_sample(sample_db)
    destination = tmp_path / "everything.zip"
    code, _out, err = run(capsys, "--db", str(path), "export", "all", str(destination))
    assert code == 0, err
    earlier = destination.read_bytes()
    assert cli_killed_at("export-table", "--db", str(path), "export", "all", str(destination)) == -9
    assert destination.read_bytes() == earlier
    with zipfile.ZipFile(destination) as archive:
        assert archive.testzip() is None
    assert loadable(destination, tmp_path)["person"] == len(people(path))


# --- the upgrade of a larger database made at revision 0001 -----------------------------------------

LARGE_PEOPLE = 3000


@pytest.fixture(scope="session")
def large_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 0001 fixture with 3,000 more people (and 200 more organizations), written with plain SQL
    in revision 0001's storage format; made once per run."""
    path = tmp_path_factory.mktemp("large-0001") / "large-0001.sqlite3"
    shutil.copyfile(fixture.FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "INSERT INTO organization (id, name_en, aliases, country, org_type, alliance_role, "
            "membership_status, tags, created_at, updated_at, row_version) "
            "SELECT printf('0190000000007000c%015x', i), printf('Upgrade College %03d', i), '[]', 'PK', "
            "'tvet_college', 'member', 'active', '[]', ?, ?, 1 FROM n",
            (fixture.T0, fixture.T0),
        )
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO person (full_name, organization_id, position, email, nationality, gender, id, "
            "created_at, updated_at, row_version) "
            "SELECT printf('Upgrade Person %04d', i), printf('0190000000007000c%015x', 1 + i % 200), "
            "'Teacher', printf('upgrade%04d@example.org', i), 'PK', 'female', "
            "printf('0190000000007000d%015x', i), ?, ?, 1 FROM n",
            (LARGE_PEOPLE, fixture.T0, fixture.T0),
        )
    conn.close()
    return path


def revision(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        found = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    conn.close()
    return found


@pytest.mark.parametrize("point", ["upgrade-copied", "upgrade-upgraded", "upgrade-swapped"])
def test_the_upgrade_of_a_larger_old_database_killed_at_any_point_leaves_a_whole_database(
    large_0001: Path, tmp_path: Path, point: str
) -> None:
    path = tmp_path / "large-0001.sqlite3"
    shutil.copyfile(large_0001, path)
    before, names = dump_sqlite(path), people(path)
    assert len(names) == LARGE_PEOPLE + 2
    assert cli_killed_at(point, "--db", str(path), "info") == -9
    if point == "upgrade-swapped":
        assert revision(path) == migrate.HEAD_REVISION  # the whole after-state
    else:
        assert revision(path) == "0001" and dump_sqlite(path) == before  # the whole before-state
    assert people(path) == names
    check_ok(path)  # the next open upgrades (if still due), cleans up and passes check
    assert strays(path.parent) == [] and revision(path) == migrate.HEAD_REVISION
    assert people(path) == names
    db = Database.open(path)
    try:
        with db.session() as s:
            wanted = s.scalars(select(Person.id).where(Person.full_name == "Upgrade Person 1234")).one()
        assert db.full_text and wanted in search(db, "Upgrade Person 1234")
        assert len(search(db, "Upgrade Person")) == LARGE_PEOPLE
    finally:
        db.close()
