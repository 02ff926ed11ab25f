"""The stored search keys follow every write path (issue 17): a form edit (the ORM), an import,
a laptop's package merged at the office, a duplicate merge and loading a full export, the offline
copy, a rules change and a database from before the keys (no Qt)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from tests.core.sync_helpers import laptop, make_office
from tvet_alliance.domain import Organization, Person, SearchKey
from tvet_alliance.domain import search_keys as rules
from tvet_alliance.persistence import Database
from tvet_alliance.persistence import search_keys as stored
from tvet_alliance.services import exporting, maintenance, records, search, sync
from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run


def _keys(db: Database, row_id: uuid.UUID) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(SearchKey.key).where(SearchKey.row_id == row_id)))


def _found(db: Database, text: str) -> set[uuid.UUID]:
    with db.session() as s:
        return {m.id for m in search.find_people(s, text, limit=50)}


def _in_step(db: Database) -> None:
    with db.session() as s:
        assert stored.problems(s.connection()) == []


def test_a_form_edit_changes_the_keys_and_an_edit_elsewhere_keeps_them(db: Database) -> None:
    with db.transaction() as s:
        pid = records.create(s, "person", {"full_name": "张伟"})
    assert "zhang wei" in _keys(db, pid) and pid in _found(db, "zw")
    with db.transaction() as s:
        records.update(s, "person", pid, {"full_name": "李娜"}, None)
    assert "li na" in _keys(db, pid) and "zhang wei" not in _keys(db, pid)
    assert pid not in _found(db, "zhang wei") and pid in _found(db, "lina")
    with db.transaction() as s:
        records.update(s, "person", pid, {"email": "lina@example.org"}, None)
    assert "li na" in _keys(db, pid)
    with db.transaction() as s:
        records.set_deleted(s, "person", [pid], True)
    assert pid not in _found(db, "li na")  # a deleted person is not found, though keys remain
    _in_step(db)


def test_an_import_gives_new_people_keys_and_finds_them_in_any_script(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        org = records.create(s, "partner", {"name_en": "Wuhan Polytechnic", "country": "CN"})
        existing = records.create(s, "person", {"full_name": "张伟", "organization_id": org})
    path = tmp_path / "people.csv"
    path.write_text(
        "Full name,Organisation\nفاطمہ جناح,Wuhan Polytechnic\nZhang Wei,Wuhan Polytechnic\n",
        encoding="utf-8",
    )
    detection = detect(path)
    mapping = auto_map(ImportKind.PEOPLE, read_table(path, detection).header)
    with db.session() as s:
        report = run(s, path, detection, mapping, ImportOptions(ImportKind.PEOPLE), apply=True, sha256="x")
    # "Zhang Wei" at the organisation that has 张伟 is the same person: a duplicate, not a new one
    assert report.duplicate_count == 1 and report.duplicates[0].existing_id == existing
    with db.session() as s:
        fatima = s.scalars(select(Person.id).where(Person.full_name == "فاطمہ جناح")).one()
    assert fatima in _found(db, "fatima") and "ftmh jnh" in _keys(db, fatima)
    _in_step(db)


def test_a_merged_package_and_a_duplicate_merge_keep_the_keys(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office.sqlite3")
    try:
        lap = laptop(office, tmp_path / "laptop.sqlite3", "Laptop 1")
        try:
            assert _keys(lap, office.people[1]) == _keys(office.db, office.people[1])  # the copy's triggers
            with lap.transaction() as s:
                s.get(Person, office.people[1]).full_name = "黄海"
                added = Person(full_name="Zhang Wei", name_native="张伟", organization_id=office.org)
                s.add(added)
                s.flush()
                added_id = added.id
            sync.create_package(lap, tmp_path / "p1.tvetsync")
        finally:
            lap.close()
        with office.db.transaction() as s:
            twin = Person(full_name="张伟", organization_id=office.org)
            s.add(twin)
            s.flush()
            twin_id = twin.id
        report = sync.merge_package(office.db, tmp_path / "p1.tvetsync")
        assert report.duplicates == 1  # 张伟 at the office, Zhang Wei / 张伟 from the laptop
        assert office.people[1] in _found(office.db, "黄海")
        assert office.people[1] in _found(office.db, "huang hai")
        assert added_id in _found(office.db, "zhang wei")
        with office.db.transaction() as s:
            (dup,) = sync.open_duplicates(s)
            sync.merge_duplicate(s, dup.id, keep="existing")
        assert added_id not in _found(office.db, "zw") and twin_id in _found(office.db, "zw")
        _in_step(office.db)
    finally:
        office.db.close()


def test_a_loaded_full_export_has_every_key(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office.sqlite3")
    try:
        with office.db.session() as s:
            exporting.export_all(s, tmp_path / "all.zip")
        before = {p: _keys(office.db, p) for p in office.people}
    finally:
        office.db.close()
    target = Database.open(tmp_path / "loaded.sqlite3")
    try:
        with target.transaction() as s:
            exporting.load_all(s, tmp_path / "all.zip")
        assert {p: _keys(target, p) for p in office.people} == before
        assert office.people[1] in _found(target, "wang wei")  # 王伟
        _in_step(target)
    finally:
        target.close()


def test_changed_rules_or_missing_triggers_rebuild_the_keys_on_open(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.transaction() as s:
        pid = records.create(s, "person", {"full_name": "曾国藩"})
        oid = records.create(
            s, "partner", {"name_en": "x", "name_native": "重庆工程职业技术学院", "country": "CN"}
        )
    with db.engine.begin() as conn:  # another release's rules, and keys gone astray
        conn.exec_driver_sql("DELETE FROM search_key")
        conn.exec_driver_sql("DROP TRIGGER search_key_person_au")
    with db.session() as s:
        assert maintenance.check_database(db, s).problems  # "check" notices
    db.close()
    db = Database.open(db_path)
    try:
        assert "zeng guo fan" in _keys(db, pid) and "cqgczyjsxy" in _keys(db, oid)
        with db.engine.connect() as conn:
            assert stored.stored_fingerprint(conn) == rules.fingerprint()
        with db.transaction() as s:  # the trigger is back
            s.get(Person, pid).full_name = "单雄信"
        assert "shan xiong xin" in _keys(db, pid)
        with db.session() as s:
            assert maintenance.check_database(db, s).problems == []
            assert {m.id for m in search.find_partners(s, "chongqing gongcheng")} == {oid}
            assert s.get(Organization, oid) is not None
    finally:
        db.close()
