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
