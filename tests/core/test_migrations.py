"""A database made by any earlier release opens with today's code and keeps every value; databases
that are not ours, or are newer than us, are refused and left exactly as they were."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
import warnings
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import SAWarning

from tests.data import make_fixture_db as fixture
from tvet_alliance import paths
from tvet_alliance.domain import Agreement, ChangeLog, Organization, Person
from tvet_alliance.domain.base import Base
from tvet_alliance.persistence import Database, DatabaseOpenError, migrate, search_index
from tvet_alliance.persistence.migrate import SchemaError
from tvet_alliance.services import maintenance

from .helpers import dump_sqlite

FIRST = migrate.all_revisions()[0]
HEAD = migrate.head_revision()

#: Primary-key columns of the tables without an ``id`` column.
KEYS = {
    "sync_state": ("peer_site_id",),
    "event_organizer": ("event_id", "organization_id"),
    "entry_member": ("entry_id", "person_id"),
    "agreement_party": ("agreement_id", "organization_id"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_fixture_rows_intact(path: Path) -> None:
    """Every row of the fixture is still there, with every value it had at revision 0001."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        for table, rows in fixture.ROWS.items():
            keys = KEYS.get(table, ("id",))
            stored = {tuple(r[k] for k in keys): dict(r) for r in conn.execute(f'SELECT * FROM "{table}"')}
            assert len(stored) == len(rows), table
            for row in rows:
                now = stored[tuple(row[k] for k in keys)]
                assert {c: now[c] for c in row} == row, f"{table} {row}"
    finally:
        conn.close()


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A copy of the stored database made at the first revision."""
    copy = tmp_path / "from-release-0.1.sqlite3"
    shutil.copyfile(fixture.FIXTURE, copy)
    return copy


def test_head_revision_is_the_newest_migration_script() -> None:
    """Opening reads the head from HEAD_REVISION, not from the scripts (no Alembic at start-up)."""
    assert migrate.HEAD_REVISION == migrate.script_head() == migrate.all_revisions()[-1], (
        f"set HEAD_REVISION in tvet_alliance/persistence/migrate.py to {migrate.script_head()!r}"
    )


def test_revision_read_with_plain_sql_is_what_alembic_reads(tmp_path: Path, old_db: Path) -> None:
    new = tmp_path / "new.sqlite3"
    Database.open(new).close()
    versionless = tmp_path / "versionless.sqlite3"
    with sqlite3.connect(versionless) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.close()
    for path, expected in ((new, HEAD), (old_db, FIRST), (versionless, None), (tmp_path / "none", None)):
        engine = create_engine(f"sqlite+pysqlite:///{path}")
        try:
            with engine.connect() as conn:
                assert migrate.current_revision(conn) == expected
                assert MigrationContext.configure(conn).get_current_revision() == expected
            assert migrate.current_revision(engine) == expected
        finally:
            engine.dispose()


def test_stored_fixture_is_at_the_first_revision_and_matches_its_script(tmp_path: Path) -> None:
    with sqlite3.connect(f"file:{fixture.FIXTURE}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
    rebuilt = fixture.build(tmp_path / "rebuilt.sqlite3")
    assert dump_sqlite(rebuilt) == dump_sqlite(fixture.FIXTURE)
    # every table of the first revision holds rows
    tables = dump_sqlite(fixture.FIXTURE)
    assert set(tables) - {"alembic_version"} == set(fixture.ROWS)
    assert all(rows for rows in tables.values())


def test_database_from_the_first_release_opens_with_every_row(old_db: Path) -> None:
    before = dump_sqlite(old_db)
    db = Database.open(old_db)
    try:
        assert migrate.current_revision(db.engine) == HEAD
        backups = sorted(paths.backups_dir().glob("*.sqlite3"))
        if FIRST != HEAD:  # an upgrade ran: the untouched old file was backed up first
            assert [b.name.split(".")[-2] for b in backups] == [f"before-upgrade-{FIRST}"]
            assert dump_sqlite(backups[0]) == before
        else:
            assert backups == []
        assert db.site_id.hex == fixture.SITE_HUB  # the database keeps its identity for sync

        with db.session() as s:
            names = s.scalars(select(Organization.name_native).order_by(Organization.name_en)).all()
            assert names == ["重庆工程职业技术学院", "گورنمنٹ کالج آف ٹیکنالوجی، ریلوے روڈ، لاہور"]
            cq = s.scalars(select(Organization).where(Organization.short_name == "CQVIE")).one()
            assert cq.aliases == ["Chongqing Engineering Vocational College", "重庆工程学院（职教）"]
            assert cq.row_version == 2
            ali = s.scalars(select(Person).where(Person.full_name == "Muhammad Ali Khan")).one()
            assert ali.organization is not None and ali.organization.short_name == "GCT Lahore"
            assert [
                p.short_name
                for p in sorted(s.scalars(select(Agreement)).one().parties, key=lambda o: o.name_en)
            ] == ["CQVIE", "GCT Lahore"]
            assert maintenance.check_database(db, s).ok
    finally:
        db.close()
    assert_fixture_rows_intact(old_db)


def test_editing_an_old_database_continues_its_change_log(old_db: Path) -> None:
    db = Database.open(old_db)
    try:
        with db.transaction() as s:
            s.get_one(Organization, uuid.UUID(fixture.ORG_CQ)).city = "Chongqing (Jiangjin)"
        with db.session() as s:
            last = s.scalars(select(ChangeLog).order_by(ChangeLog.seq.desc())).first()
            assert last is not None
            assert (last.seq, last.site_id.hex, last.field, last.old_value, last.new_value) == (
                4,
                fixture.SITE_HUB,
                "city",
                "Chongqing",
                "Chongqing (Jiangjin)",
            )
            assert s.get_one(Organization, uuid.UUID(fixture.ORG_CQ)).row_version == 3
    finally:
        db.close()


def test_upgrading_from_the_first_revision_keeps_the_data(tmp_path: Path) -> None:
    """Made with migrate.upgrade(engine, FIRST) and plain SQL inserts, then upgraded to head."""
    path = fixture.build(tmp_path / "first.sqlite3", revision=FIRST)
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    try:
        assert migrate.current_revision(engine) == FIRST
        migrate.upgrade(engine, FIRST)  # already there: a no-op
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == HEAD
    finally:
        engine.dispose()
    assert_fixture_rows_intact(path)


NEXT_REVISION = '''
"""Test only: a later release that rebuilds tables (what batch mode does for most changes on SQLite)."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("organization", "person", "event", "participation", "skill_track", "entry", "agreement"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.Text(), nullable=True))


def downgrade() -> None:
    pass
'''


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Today's migrations plus one more revision that copies and drops the parent tables."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9001_rebuild_tables.py").write_text(
        NEXT_REVISION.format(head=HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9001")  # as that release would declare it
    return "9001"


def test_upgrade_backs_up_first_and_loses_no_reference(old_db: Path, next_release: str) -> None:
    """Rebuilding a parent table must not cascade into its children (agreement parties, delegates,
    check-ins, a person's organization): foreign keys are off while the schema changes."""
    before = dump_sqlite(old_db)
    db = Database.open(old_db)
    try:
        assert migrate.current_revision(db.engine) == next_release
        with db.session() as s:
            assert maintenance.check_database(db, s).problems == []
    finally:
        db.close()
    backups = sorted(paths.backups_dir().glob(f"{old_db.stem}.*.sqlite3"))
    assert [b.name.split(".")[-2] for b in backups] == [f"before-upgrade-{FIRST}"]  # the fixture's revision
    assert dump_sqlite(backups[0]) == before  # taken before anything changed
    assert_fixture_rows_intact(old_db)
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_open_without_backup_before_upgrade_makes_none(old_db: Path, next_release: str) -> None:
    Database.open(old_db, backup_before_upgrade=False).close()
    assert list(paths.backups_dir().iterdir()) == []
    assert_fixture_rows_intact(old_db)


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customer (name) VALUES ('Punjab TEVTA')")
    conn.close()
    digest = sha256(path)
    with pytest.raises(SchemaError) as info:
        Database.open(path)
    assert "not made by TVET Alliance Manager" in info.value.text()
    assert sha256(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.sqlite3", "user-data"]  # no -wal, no backup
    assert list(paths.backups_dir().iterdir()) == []


def test_database_from_a_newer_release_is_refused_and_left_unchanged(old_db: Path) -> None:
    with sqlite3.connect(old_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()
    digest = sha256(old_db)
    with pytest.raises(SchemaError) as info:
        Database.open(old_db)
    assert info.value.text() == (
        "This database was made by a newer version of TVET Alliance Manager (schema f00dfeed); "
        "please update the program."
    )
    assert sha256(old_db) == digest
    assert list(paths.backups_dir().iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"name,country\nPunjab TEVTA,PK\n", b"PK\x03\x04" + bytes(100), "院校名称".encode() * 10],
    ids=["csv", "zip", "text"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "partners.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as info:
        Database.open(path)
    assert info.value.text() == f"{path} is not a database file (it is not SQLite)."
    assert path.read_bytes() == content


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        Database.open(tmp_path)


def test_missing_database_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "alliance.sqlite3"
    with pytest.raises(DatabaseOpenError, match="There is no database at"):
        Database.open(path, create=False)
    assert not path.parent.exists()


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.touch()
    db = Database.open(path)
    try:
        assert migrate.current_revision(db.engine) == HEAD
    finally:
        db.close()


def test_models_and_migrations_agree(db: Database) -> None:
    """What ``alembic check`` does: autogenerate against a database at head finds nothing to do."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "compare_server_default": True, "target_metadata": Base.metadata},
        )
        with warnings.catch_warnings():
            # Neither SQLAlchemy nor Alembic reflects expression indexes (lower(name)); they are
            # checked by name below instead.
            warnings.filterwarnings("ignore", message="Skipped unsupported reflection", category=SAWarning)
            warnings.filterwarnings("ignore", message="autogenerate skipping", category=UserWarning)
            differences = compare_metadata(context, Base.metadata)
        expression_indexes = {
            ix.name
            for t in Base.metadata.sorted_tables
            for ix in t.indexes
            if ix.expressions and any(not hasattr(e, "table") for e in ix.expressions)
        }
        # The search structures of persistence.search_index are derived data kept outside the models.
        derived_tables = {search_index.FTS_TABLE}
        derived_indexes = set(search_index.PREFIX_INDEXES)

        def expected(diff: Any) -> bool:
            kind, obj = diff[0], diff[1]
            if kind == "add_index" and obj.name in expression_indexes:
                return True
            if kind == "remove_table" and obj.name.split("_")[0:2] == ["person", "search"]:
                return obj.name == search_index.FTS_TABLE or obj.name.startswith(search_index.FTS_TABLE + "_")
            return kind == "remove_index" and obj.name in derived_indexes

        assert [d for d in differences if not expected(d)] == []
        assert derived_tables
        present = {
            row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        }
        assert expression_indexes and expression_indexes <= present


def test_every_migration_can_be_undone_and_redone(db_path: Path) -> None:
    engine = create_engine(f"sqlite+pysqlite:///{db_path}")
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        with engine.connect() as conn:
            left: list[Any] = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")
            ).all()
            assert left == []
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == HEAD
    finally:
        engine.dispose()
