"""The same program on PostgreSQL, for an office that outgrows one PC.

Runs when ``TVET_ALLIANCE_TEST_PG`` names a server (an SQLAlchemy URL to its maintenance database,
e.g. ``postgresql+psycopg://postgres@/postgres?host=/tmp&port=55432``); `.ci/run` starts one. Each
test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from tvet_alliance import paths
from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing, maintenance, records, sample, stats

ADMIN_URL = os.environ.get("TVET_ALLIANCE_TEST_PG")
pytestmark = pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")


@pytest.fixture
def pg_db() -> Iterator[Database]:
    assert ADMIN_URL
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(ADMIN_URL).set(database=name))
    try:
        yield db
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _rows(name: str) -> list[dict[str, str]]:
    with (paths.sample_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_sample_loads_checks_and_counts_on_postgres(pg_db: Database) -> None:
    with pg_db.transaction() as s:
        sample.load_sample(s)
    with pg_db.session() as s:
        counts = stats.live_counts(s)
        assert maintenance.check_database(pg_db, s).ok
    assert counts["organization"] == len(_rows("organizations.csv"))
    assert counts["participation"] == len(_rows("participations.csv"))
    assert counts["entry"] == len(_rows("entries.csv"))


def test_lists_search_and_filters_on_postgres(pg_db: Database) -> None:
    with pg_db.transaction() as s:
        sample.load_sample(s)
    with pg_db.session() as s:
        for spec in listing.ALL_SPECS:
            for column in spec.columns:
                if column.expr is not None and column.sortable:
                    listing.list_ids(s, spec, order_by=column.key, descending=True)
        assert "Punjab TEVTA" in {
            r["name_en"]
            for r in listing.fetch_rows(
                s, listing.PARTNERS, listing.list_ids(s, listing.PARTNERS, search="tevta")
            ).values()
        }
        assert listing.list_ids(s, listing.PARTNERS, search="重庆")
        assert listing.list_ids(s, listing.PARTNERS, search="پنجاب")
        assert listing.list_ids(s, listing.PARTNERS, search="100%") == []
        pk = listing.list_ids(s, listing.PARTNERS, filters={"country": "PK"})
        assert len(pk) == sum(r["country"] == "PK" for r in _rows("organizations.csv"))
        page, matched = listing.list_page(s, listing.PEOPLE, limit=10, with_count=True)
        assert len(page) == 10 and matched == len(_rows("people.csv"))


SEARCHES = [
    "Ali R",
    "r",
    "ra",
    "Ali Ra",
    "王",
    "Li",
    "w",
    "Khan M",
    "tevta",
    "Muhammad",
    "重庆",
    "300",
    "%",
    "_",
]


def _found(db: Database, spec: listing.ListSpec, text: str) -> set[str]:
    with db.session() as s:
        ids = listing.list_ids(s, spec, search=text)
        return {str(r[spec.columns[0].key]) for r in listing.fetch_rows(s, spec, ids).values()}


def test_searches_find_the_same_on_postgres_and_sqlite(pg_db: Database, sample_db: Database) -> None:
    """The same words find the same records on both databases ("Ali R" found Ali Raza on PostgreSQL
    only); hostile input (a NUL, 1,200 words) is answered on PostgreSQL too ("text fields cannot
    contain NUL", 20 s for 300 words)."""
    with pg_db.transaction() as s:
        sample.load_sample(s)
    for spec in (listing.PEOPLE, listing.PARTNERS):
        for words in SEARCHES:
            assert _found(pg_db, spec, words) == _found(sample_db, spec, words), (spec.model.__name__, words)
    with pg_db.session() as s:
        everyone = listing.list_ids(s, listing.PEOPLE)
        assert listing.list_ids(s, listing.PEOPLE, search="\x00") == everyone
        for spec in listing.ALL_SPECS:
            for words in ("Ali\x00", " ".join(f"w{i}" for i in range(1200)), " ".join(["khan"] * 300)):
                listing.list_page(s, spec, search=words, limit=50, with_count=True)
        for kind in ("partner", "person", "event"):
            assert records.choices(s, kind, "\x00") == records.choices(s, kind, "")
            records.choices(s, kind, "Ali\x00 Raza")


def test_edit_conflict_and_history_on_postgres(pg_db: Database) -> None:
    with pg_db.transaction() as s:
        sample.load_sample(s)
    with pg_db.session() as s:
        org_id = s.scalars(select(Organization.id).where(Organization.short_name == "ITMC")).one()
        before = records.load(s, "partner", org_id)
    with pg_db.transaction() as s:
        records.update(s, "partner", org_id, {"city": "Tianjin"}, before.version)
    with pytest.raises(records.EditConflict), pg_db.transaction() as s:
        records.update(s, "partner", org_id, {"city": "Shenzhen"}, before.version)
    with pg_db.session() as s:
        assert s.get(Organization, org_id).city == "Tianjin"
        assert records.history(s, "partner", org_id)[0].new == "Tianjin"


def test_offline_copy_of_a_postgresql_office_and_its_merge(pg_db: Database, tmp_path: Path) -> None:
    """A seminar laptop takes a SQLite copy of the PostgreSQL office; its package merges back there."""
    from tvet_alliance.domain import Event, Participation, Person
    from tvet_alliance.services import sync

    with pg_db.transaction() as s:
        sample.load_sample(s)
    with pg_db.session() as s:
        event_id = s.scalars(select(Event.id).where(Event.participations.any())).first()
        person_id = s.scalars(
            select(Participation.person_id).where(Participation.event_id == event_id)
        ).first()
        assert event_id is not None and person_id is not None
    sync.create_replica(pg_db, tmp_path / "laptop.sqlite3", name="Laptop 1", event_id=event_id)
    lap = Database.open(tmp_path / "laptop.sqlite3")
    with lap.transaction() as s:
        s.get_one(Person, person_id).position = "From the laptop"
        s.get_one(Person, person_id).notes = "会议记录 — نوٹس"
        walk_in = Person(full_name="Walk-in Delegate", name_native="新代表")
        s.add(walk_in)
        s.flush()
        s.add(Participation(event_id=event_id, person_id=walk_in.id))
    with pg_db.transaction() as s:
        s.get_one(Person, person_id).position = "From the office"
    sync.create_package(lap, tmp_path / "p1.tvetsync")
    trial = sync.merge_package(pg_db, tmp_path / "p1.tvetsync", dry_run=True)
    with pg_db.session() as s:
        assert s.scalar(select(Person.id).where(Person.full_name == "Walk-in Delegate")) is None
    report = sync.merge_package(pg_db, tmp_path / "p1.tvetsync")
    assert (
        (trial.added, trial.changed, trial.conflicts)
        == (report.added, report.changed, report.conflicts)
        == (2, 1, 1)
    )
    assert sync.merge_package(pg_db, tmp_path / "p1.tvetsync").already_merged
    with pg_db.session() as s:
        person = s.get_one(Person, person_id)
        assert (person.position, person.notes) == ("From the office", "会议记录 — نوٹس")
        (conflict,) = sync.open_conflicts(s)
        assert conflict.laptop == "From the laptop"
        assert maintenance.check_database(pg_db, s).ok
    lap.close()
