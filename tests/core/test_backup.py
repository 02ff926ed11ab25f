"""Backups and restores: a backup is a faithful, self-contained copy; a restore puts it back exactly,
after saving what was there; anything that cannot work fails cleanly and changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.engine import make_url

from tests.data import make_fixture_db as fixture
from tvet_alliance import paths
from tvet_alliance.domain import Organization, Participation
from tvet_alliance.persistence import Database
from tvet_alliance.persistence import backup as backup_mod
from tvet_alliance.persistence import restore as restore_mod
from tvet_alliance.persistence.backup import KEEP_AUTOMATIC, BackupError
from tvet_alliance.services import maintenance

from .helpers import dump_sqlite


def _edit(db: Database) -> None:
    """Changes made after the backup: one partner renamed, one added, every delegate removed."""
    with db.transaction() as s:
        org = s.scalars(select(Organization).order_by(Organization.name_en)).first()
        assert org is not None
        org.name_en = "Renamed after the backup"
        s.add(Organization(name_en="Added after the backup", country="PK"))
    with db.engine.begin() as conn:
        conn.execute(delete(Participation.__table__))


def test_backup_then_restore_gives_identical_rows(sample_db: Database, tmp_path: Path) -> None:
    assert sample_db.path is not None
    saved = dump_sqlite(sample_db.path)
    copy = maintenance.backup(sample_db, tmp_path / "before-the-seminar.sqlite3")
    assert copy == (tmp_path / "before-the-seminar.sqlite3").resolve()
    assert dump_sqlite(copy) == saved

    _edit(sample_db)
    edited = dump_sqlite(sample_db.path)
    assert edited != saved

    safety = maintenance.restore(sample_db, copy)
    assert dump_sqlite(sample_db.path) == saved
    # the restore first saved what was there, so the restore itself can be undone
    assert safety.parent == paths.backups_dir()
    assert safety.name.endswith(".before-restore.sqlite3")
    assert dump_sqlite(safety) == edited

    # the open Database keeps working on the restored content
    with sample_db.session() as s:
        assert s.scalar(select(Organization).where(Organization.name_en == "Added after the backup")) is None
        assert s.scalars(select(Participation)).first() is not None


def test_backup_is_one_self_contained_file_that_opens(sample_db: Database, tmp_path: Path) -> None:
    copy = maintenance.backup(sample_db, tmp_path / "copy.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite3"]
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    reopened = Database.open(copy)
    try:
        assert reopened.site_id == sample_db.site_id
        with reopened.session() as s:
            assert maintenance.check_database(reopened, s).ok
    finally:
        reopened.close()


def test_backup_holds_only_saved_work(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(Organization(name_en="Saved", country="CN"))
    with db.session() as editing:
        editing.add(Organization(name_en="Not saved yet", country="PK"))
        editing.flush()  # written inside an open transaction, not committed
        copy = maintenance.backup(db, tmp_path / "copy.sqlite3")
        editing.rollback()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name_en FROM organization").fetchall() == [("Saved",)]
    conn.close()


def test_backup_replaces_an_existing_file_and_reports_progress(sample_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "weekly.sqlite3"
    target.write_bytes(b"last week's backup")
    seen: list[tuple[int, int]] = []
    maintenance.backup(sample_db, target, progress=lambda done, total: seen.append((done, total)))
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_backup_without_a_file_goes_to_the_backups_folder(db: Database) -> None:
    made = maintenance.backup(db)
    assert made.parent == paths.backups_dir()
    assert paths.backups_dir().parent == paths.user_data_dir()
    assert made.name.startswith("alliance.") and made.name.endswith(".manual.sqlite3")


def test_automatic_backups_keep_the_newest_ten(db: Database, tmp_path: Path) -> None:
    other = Database.open(tmp_path / "laptop.sqlite3")
    try:
        other_backup = maintenance.backup(other)
        made = [maintenance.backup(db) for _ in range(KEEP_AUTOMATIC + 3)]
    finally:
        other.close()
    kept = sorted(paths.backups_dir().glob("alliance.*.sqlite3"))
    assert len(kept) == KEEP_AUTOMATIC == 10
    assert kept == sorted(made)[-KEEP_AUTOMATIC:]  # the oldest three went
    assert other_backup.exists()  # another database's backups are not counted against this one
    assert backup_mod.list_automatic_backups("alliance") == sorted(kept, reverse=True)


def test_restore_makes_a_safety_backup_first(sample_db: Database, tmp_path: Path) -> None:
    copy = maintenance.backup(sample_db, tmp_path / "copy.sqlite3")
    assert sample_db.path is not None
    current = dump_sqlite(sample_db.path)
    safety = maintenance.restore(sample_db, copy)
    assert safety.exists() and dump_sqlite(safety) == current
    assert list(paths.backups_dir().iterdir()) == [safety]


def test_restore_of_a_backup_from_elsewhere_takes_its_identity(sample_db: Database, tmp_path: Path) -> None:
    """The stored first-release database (another site, 512-byte pages) restores and is upgraded."""
    source = tmp_path / "from-the-secretariat.sqlite3"
    shutil.copyfile(fixture.FIXTURE, source)
    maintenance.restore(sample_db, source)
    assert sample_db.site_id.hex == fixture.SITE_HUB
    with sample_db.session() as s:
        assert sorted(s.scalars(select(Organization.short_name))) == ["CQVIE", "GCT Lahore"]
        assert maintenance.check_database(sample_db, s).ok


@pytest.mark.parametrize(
    "url", ["postgresql+psycopg://alliance:secret@office-server/alliance", "sqlite://", "sqlite:///:memory:"]
)
def test_backup_of_a_server_or_in_memory_database_is_refused(url: str, tmp_path: Path) -> None:
    engine = SimpleNamespace(url=make_url(url))  # no server needed: refused before connecting
    with pytest.raises(BackupError) as info:
        backup_mod.backup_to(engine, tmp_path / "copy.sqlite3")  # type: ignore[arg-type]
    assert "pg_dump" in info.value.text()
    with pytest.raises(BackupError):
        backup_mod.automatic_backup(engine, "manual")  # type: ignore[arg-type]
    with pytest.raises(BackupError):
        restore_mod.restore_from(engine, fixture.FIXTURE)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == [tmp_path / "user-data"]


def test_backup_of_a_real_in_memory_engine_is_refused(tmp_path: Path) -> None:
    engine = create_engine("sqlite://")
    try:
        with pytest.raises(BackupError):
            backup_mod.backup_to(engine, tmp_path / "copy.sqlite3")
    finally:
        engine.dispose()


def test_backup_to_a_missing_folder_fails_and_leaves_no_file(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "copy.sqlite3"
    with pytest.raises(BackupError) as info:
        maintenance.backup(db, target)
    assert info.value.text() == f"The folder {target.parent} does not exist."
    assert not target.parent.exists()
    assert [p for p in tmp_path.rglob("*") if "copy" in p.name or p.name.endswith(".partial")] == []


def test_backup_that_fails_while_writing_leaves_no_partial_file(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "copy.sqlite3").mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(BackupError, match="Cannot write the backup"):
        maintenance.backup(db, folder / "copy.sqlite3")
    assert [p.name for p in folder.iterdir()] == ["copy.sqlite3"]
    assert list((folder / "copy.sqlite3").iterdir()) == []


def test_backup_cannot_overwrite_its_own_database(db: Database) -> None:
    assert db.path is not None
    with pytest.raises(BackupError, match="cannot overwrite the database it copies"):
        maintenance.backup(db, db.path)


def _not_sqlite(path: Path) -> None:
    path.write_text("full_name,email\nLi Na,na.li@cqvie.edu.cn\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    conn.close()


def _newer(path: Path) -> None:
    shutil.copyfile(fixture.FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(fixture.FIXTURE.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over pages in the middle
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_not_sqlite, "is not a backup (it is not a SQLite file)"),
        (_foreign, "is not a TVET Alliance Manager backup"),
        (_newer, "is not a backup of this program, or is from a newer version"),
        (_damaged, ""),
        (None, "There is no file at"),
    ],
    ids=["csv", "another-programs-database", "newer-release", "damaged", "missing"],
)
def test_restore_from_a_file_that_is_not_our_backup_changes_nothing(
    sample_db: Database, tmp_path: Path, make: object, message: str
) -> None:
    source = tmp_path / "backup.sqlite3"
    if callable(make):
        make(source)
    assert sample_db.path is not None
    before = dump_sqlite(sample_db.path)
    with pytest.raises(BackupError) as info:
        maintenance.restore(sample_db, source)
    assert message in info.value.text()
    assert dump_sqlite(sample_db.path) == before
    assert list(paths.backups_dir().iterdir()) == []  # refused before the safety backup


def test_backup_paths_with_uri_characters_work(sample_db: Database, tmp_path: Path) -> None:
    from tvet_alliance.persistence.backup import backup_to
    from tvet_alliance.persistence.restore import restore_from

    folder = tmp_path / "Seminar #2 ? 100% (Lahore)"
    folder.mkdir()
    target = folder / "backup?.sqlite3"
    backup_to(sample_db.engine, target)
    restore_from(sample_db.engine, target)
    with sample_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 40


def test_a_cancelled_backup_leaves_no_partial_file(db: Database, tmp_path: Path) -> None:
    from tvet_alliance.persistence.backup import backup_to

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        backup_to(db.engine, tmp_path / "copy.sqlite3", cancel)
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == []
