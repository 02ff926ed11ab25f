"""The bulk writer (import, sync merge, load-export) keeps the same books as the ORM listener (the
window's edits): the same change a person makes in a form and an import makes leaves the same
change-log rows and the same people search entries."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import ChangeLog, Organization, Person, changelog, changes
from tvet_alliance.domain.base import uuid7
from tvet_alliance.domain.enums import ChangeOp, MembershipStatus
from tvet_alliance.persistence import Database
from tvet_alliance.persistence.bulk import BulkWriter

ORG_ID, PERSON_ID = uuid7(), uuid7()
ORG = {
    "id": ORG_ID,
    "name_en": "Government College of Technology, Railway Road",
    "name_native": "گورنمنٹ کالج آف ٹیکنالوجی",
    "country": "PK",
    "province": "PK-PB",
    "city": "Lahore",
    "phone": "+924299201234",
    "aliases": ["GCT Railway Road", "Govt. College of Technology, Lahore"],
}
PERSON = {
    "id": PERSON_ID,
    "full_name": "Wang Wei",
    "name_native": "王伟",
    "organization_id": ORG_ID,
    "email": "wang.wei@cqvie.edu.cn",
    "phone": "+8613812345678",
    "position": "Dean",
}
ORG_CHANGE = {
    "city": "Rawalpindi",
    "aliases": ["GCT Rawalpindi"],
    "membership_status": MembershipStatus.ACTIVE,
}
PERSON_CHANGE = {"full_name": "Wang Wei (Peter)", "email": "peter.wang@cqvie.edu.cn", "position": None}

#: What two databases' change logs may differ in: keys, positions, transaction and time.
NOT_COMPARED = {"id", "seq", "tx_id", "at"}


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    dbs = (
        Database.open(tmp_path / "orm.sqlite3", user="ayesha"),
        Database.open(tmp_path / "bulk.sqlite3", user="ayesha"),
    )
    try:
        yield dbs
    finally:
        for db in dbs:
            db.close()


def _through_the_orm(db: Database) -> None:
    with db.transaction() as s:
        s.add(Organization(**ORG))
        s.flush()
        s.add(Person(**PERSON))
    with db.transaction() as s:
        org = s.get_one(Organization, ORG_ID)
        for key, value in ORG_CHANGE.items():
            setattr(org, key, value)
        person = s.get_one(Person, PERSON_ID)
        for key, value in PERSON_CHANGE.items():
            setattr(person, key, value)


def _through_the_bulk_writer(db: Database, *, whole_rows: bool) -> None:
    with db.transaction() as s:
        writer = BulkWriter(s, whole_rows=whole_rows, index_in_bulk=True)
        writer.insert("organization", ORG)
        writer.insert("person", PERSON)
        writer.finish()
    with db.transaction() as s:
        writer = BulkWriter(s, whole_rows=whole_rows)
        for table, row_id, new in (
            ("organization", ORG_ID, ORG_CHANGE),
            ("person", PERSON_ID, PERSON_CHANGE),
        ):
            model = Organization if table == "organization" else Person
            old = (
                s.execute(select(*(getattr(model, k) for k in new)).where(model.id == row_id)).one()._asdict()
            )
            writer.update(table, row_id, new, old)
        writer.finish()


def _log(db: Database) -> list[dict[str, Any]]:
    with db.session() as s:
        rows = s.execute(select(ChangeLog.__table__).order_by(ChangeLog.seq)).mappings().all()
        return [
            {k: (v == db.site_id if k == "site_id" else v) for k, v in r.items() if k not in NOT_COMPARED}
            for r in rows
        ]


def _search_entries(db: Database) -> list[tuple[Any, ...]]:
    """What the people search index holds: (person id, term, column, offset) for every token."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.person_terms USING fts5vocab(main, person_search, instance)"
        )
        conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
        rows = conn.exec_driver_sql(
            "SELECT p.id, v.term, v.col, v.offset FROM temp.person_terms v JOIN person p ON p.rowid = v.doc"
        ).fetchall()
    return sorted(tuple(r) for r in rows)


def _images_as_fields(log: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A whole-row insert image read as the rows of one field each that the ORM writes."""
    out = []
    for row in log:
        if row["op"] is ChangeOp.INSERT and row["field"] is None:
            entry = (row["op"], row["field"], row["old_value"], row["new_value"])
            for field, new in changelog.image_fields(entry):
                out.append({**row, "field": field, "new_value": new})
        else:
            out.append(row)
    return out


def test_the_orm_and_the_bulk_writer_leave_the_same_change_log_and_search_entries(
    two: tuple[Database, Database],
) -> None:
    orm, bulk = two
    _through_the_orm(orm)
    _through_the_bulk_writer(bulk, whole_rows=False)
    by_orm, by_bulk = _log(orm), _log(bulk)
    assert {r["op"] for r in by_orm} == {ChangeOp.INSERT, ChangeOp.UPDATE}
    assert len(by_orm) > 15
    assert by_bulk == by_orm
    entries = _search_entries(orm)
    assert {e[1] for e in entries if e[0] == PERSON_ID.hex} >= {"pet", "cqv", "381"}
    assert _search_entries(bulk) == entries


def test_an_imports_whole_row_images_hold_what_the_orm_logs_field_by_field(
    two: tuple[Database, Database],
) -> None:
    orm, bulk = two
    _through_the_orm(orm)
    _through_the_bulk_writer(bulk, whole_rows=True)
    by_bulk = _log(bulk)
    inserts = [r for r in by_bulk if r["op"] is ChangeOp.INSERT]
    assert [(r["table_name"], r["field"]) for r in inserts] == [("organization", None), ("person", None)]
    assert _images_as_fields(by_bulk) == _log(orm)
    assert _search_entries(bulk) == _search_entries(orm)


def test_the_bulk_writer_notes_what_it_wrote(db: Database) -> None:
    with db.session() as s:
        writer = BulkWriter(s)
        writer.insert("organization", ORG)
        writer.insert("person", PERSON)
        writer.finish()
        s.commit()
        assert changes.take(s).tables == {"organization", "person"}


def _upper_name(values: dict[str, Any]) -> str | None:
    name = values.get("full_name")
    return None if name is None else name.upper()


@pytest.fixture
def derived_notes(monkeypatch: pytest.MonkeyPatch) -> Callable[[Session], str | None]:
    """A derived key for the test: a person's notes are the upper-cased name (as a search key
    would be the name in Latin letters)."""
    key = changelog.DerivedKey("notes", ("full_name",), _upper_name)
    monkeypatch.setitem(changelog.DERIVED, "person", [key])
    return lambda s: s.get_one(Person, PERSON_ID).notes


def test_derived_keys_are_computed_the_same_on_both_paths_and_never_logged(
    two: tuple[Database, Database], derived_notes: Callable[[Session], str | None]
) -> None:
    orm, bulk = two
    _through_the_orm(orm)
    _through_the_bulk_writer(bulk, whole_rows=False)
    for db in two:
        with db.session() as s:
            assert derived_notes(s) == "WANG WEI (PETER)"
    assert _log(bulk) == _log(orm)
    assert not [r for r in _log(orm) if r["field"] == "notes"]


def test_an_update_of_a_row_not_yet_written_goes_into_its_insert(db: Database) -> None:
    other = uuid.uuid4()
    with db.transaction() as s:
        writer = BulkWriter(s)
        writer.insert("person", {"id": other, "full_name": "Ali Raza"})
        writer.update("person", other, {"email": "ali.raza@tevta.gop.pk"})
        writer.finish()
    with db.session() as s:
        (row,) = s.scalars(select(ChangeLog).where(ChangeLog.row_id == other)).all()
        person = s.get_one(Person, other)
        assert (person.email, person.row_version) == ("ali.raza@tevta.gop.pk", 1)
    entry = (row.op, row.field, row.old_value, row.new_value)
    assert dict(changelog.image_fields(entry)) == {
        "full_name": "Ali Raza",
        "email": "ali.raza@tevta.gop.pk",
        "contact_consent": "not_asked",  # the column default, as the ORM logs it too
    }


def test_the_db_api_path_stores_exactly_what_core_stores(tmp_path: Path) -> None:
    """On SQLite the bulk writer hands its rows to the DB-API's executemany through each type's
    bind processor: every kind of column (ids, times, dates, choices, lists, texts in Chinese and
    Urdu) is stored byte for byte as Core's own INSERT stores it."""
    import sqlite3
    from datetime import UTC, date, datetime

    from sqlalchemy import insert

    from tvet_alliance.domain import Base
    from tvet_alliance.domain.enums import AllianceRole, Gender, OrgType
    from tvet_alliance.persistence import bulk

    now = datetime(2024, 6, 25, 9, 30, 15, 123456, tzinfo=UTC)
    org_id = uuid7()
    rows = {
        "organization": [
            changelog.fill_insert(
                Base.metadata.tables["organization"],
                {
                    "id": org_id,
                    "name_en": "Punjab TEVTA",
                    "name_native": "پنجاب ٹیوٹا",
                    "country": "PK",
                    "org_type": OrgType.UNIVERSITY,
                    "alliance_role": AllianceRole.MEMBER,
                    "joined_on": date(2023, 5, 1),
                    "aliases": ["TEVTA", "ٹیوٹا"],
                    "phone": "+923991234567",
                },
                now,
            )
        ],
        "person": [
            changelog.fill_insert(
                Base.metadata.tables["person"],
                {
                    "id": uuid7(),
                    "full_name": "Zhang Wei",
                    "name_native": "张伟",
                    "organization_id": org_id,
                    "gender": Gender.MALE,
                    "nationality": "CN",
                    "search_keys": '[[0, "zhang wei"]]',
                },
                now,
            )
        ],
    }
    dumps = []
    for name, core in (("plan.sqlite3", False), ("core.sqlite3", True)):
        db = Database.open(tmp_path / name)
        with db.session() as s, s.begin():
            conn = s.connection()
            for table_name, table_rows in rows.items():
                table = Base.metadata.tables[table_name]
                if core:
                    conn.execute(insert(table), [dict(r) for r in table_rows])
                else:
                    assert bulk._insert_plan(conn.dialect, table, tuple(table_rows[0])) is not None
                    bulk._insert_many(conn, table, [dict(r) for r in table_rows])
        db.close()
        raw = sqlite3.connect(tmp_path / name)
        try:
            dumps.append(
                {
                    t: raw.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                    for t in ("organization", "person")
                }
            )
        finally:
            raw.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["organization"] and dumps[0]["person"]


def test_a_bulk_write_grows_sqlites_page_cache_and_gives_it_back(db: Database) -> None:
    from tvet_alliance.persistence import bulk

    with db.session() as s, s.begin():
        conn = s.connection()
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        writer = BulkWriter(s)
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -bulk.BULK_CACHE_KIB
        writer.insert("organization", {"name_en": "Hotan Polytechnic", "country": "CN"})
        writer.finish()
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == before
    with db.session() as s:
        assert s.scalars(
            select(Organization.name_en).where(Organization.name_en == "Hotan Polytechnic")
        ).one()
