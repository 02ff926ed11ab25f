"""A partner needs a name in some script, not necessarily English (issue 14, item 4), and has a
contact person (migration 0012). No Qt."""

from __future__ import annotations

import csv
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url

from tvet_alliance.domain import Organization, Person
from tvet_alliance.domain.errors import ValidationFailed
from tvet_alliance.domain.names import partner_name
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.services import exporting, listing, records
from tvet_alliance.services.importing import Decision, ImportKind, auto_map

from .test_import_engine import count, do_import, write_csv

MSG = "A partner needs a name: in English, or in Chinese or Urdu."


def _names(db: Database) -> dict[str, tuple[str, str | None]]:
    with db.session() as s:
        return {
            str(o.display_name): (o.name_en, o.name_native) for o in s.scalars(select(Organization)).all()
        }


def test_the_display_rule_is_english_else_the_native_name() -> None:
    assert partner_name("Shenzhen Polytechnic", "深圳职业技术大学") == "Shenzhen Polytechnic"
    assert partner_name("", "深圳职业技术大学") == "深圳职业技术大学"
    assert partner_name(None, " پنجاب ٹیوٹا ") == "پنجاب ٹیوٹا"
    assert partner_name("", None) == ""


def test_chinese_only_and_urdu_only_partners_are_valid_records(db: Database) -> None:
    with db.transaction() as s:
        zh = records.create(s, "partner", {"name_native": "喀什职业技术学院", "country": "CN"})
        ur = records.create(s, "partner", {"name_native": "گلگت ٹیکنیکل کالج", "country": "PK"})
    with db.session() as s:
        org = s.get(Organization, zh)
        assert org is not None and (org.name_en, org.display_name) == ("", "喀什职业技术学院")
        assert records.title_of(s, records.record_type("partner"), org) == "喀什职业技术学院"
        found = s.scalars(
            select(Organization.id).where(Organization.display_name == "گلگت ٹیکنیکل کالج")
        ).all()
        assert found == [ur]


def test_a_partner_with_no_name_in_any_script_is_refused(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught, db.transaction() as s:
        records.create(s, "partner", {"name_en": "  ", "name_native": "", "country": "CN"})
    assert [(e.field, e.code) for e in caught.value.errors] == [("name_en", "partner_name")]
    assert caught.value.errors[0].text() == MSG
    assert count(db, Organization) == 0
    # records.validate (the form's check before saving) says the same
    with db.session() as s:
        problems = records.validate(s, "partner", {"country": "CN"})
    assert [e.text() for e in problems] == [MSG]


def test_a_chinese_only_partner_list_imports(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            ["院校名称", "国家", "联系人", "手机号"],
            ["喀什职业技术学院", "中国", "王老师", ""],
            ["和田职业技术学院", "中国", "", ""],
            ["", "中国", "李老师", ""],  # no name in any script: rejected
        ],
    )
    report = do_import(db, path, ImportKind.PARTNERS)
    assert (report.created, report.invalid) == (2, 1)
    assert [(e.row, e.message) for e in report.errors] == [(3, MSG)]
    names = _names(db)
    assert names["喀什职业技术学院"] == ("", "喀什职业技术学院")
    assert set(names) == {"喀什职业技术学院", "和田职业技术学院"}
    with db.session() as s:
        contacts = dict(s.execute(select(Organization.name_native, Organization.contact_name)).all())
    assert contacts == {"喀什职业技术学院": "王老师", "和田职业技术学院": None}
    # importing it again finds both by their Chinese names: nothing new
    again = do_import(db, path, ImportKind.PARTNERS)
    assert (again.created, again.duplicate_count) == (0, 2)


def test_an_urdu_only_partner_imports_and_both_empty_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["ادارے کا نام", "Country"], ["گلگت ٹیکنیکل کالج", "Pakistan"]])
    assert do_import(db, path, ImportKind.PARTNERS).created == 1
    assert _names(db)["گلگت ٹیکنیکل کالج"] == ("", "گلگت ٹیکنیکل کالج")
    empty = write_csv(tmp_path, [["Name", "Native name", "Country"], ["", "", "Pakistan"]], "empty.csv")
    report = do_import(db, empty, ImportKind.PARTNERS)
    assert (report.created, report.invalid, report.errors[0].message) == (0, 1, MSG)
    assert count(db, Organization) == 1


def test_a_person_imported_with_a_chinese_organisation_creates_a_chinese_only_partner(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path, [["Name", "单位", "Nationality"], ["Wang Lei", "喀什职业技术学院", "China"]])
    report = do_import(db, path, ImportKind.PEOPLE)
    assert report.created == 1 and report.partners_created == 1
    assert _names(db) == {"喀什职业技术学院": ("", "喀什职业技术学院")}  # not a Chinese "English name"


def test_lists_pickers_and_exports_show_the_native_name(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        zh = records.create(s, "partner", {"name_native": "喀什职业技术学院", "country": "CN"})
        records.create(s, "partner", {"name_en": "Aksu Vocational College", "country": "CN"})
        records.create(s, "person", {"full_name": "Wang Lei", "organization_id": zh})
    with db.session() as s:
        ids = listing.list_ids(s, listing.PARTNERS)
        rows = listing.fetch_rows(s, listing.PARTNERS, ids)
        assert [rows[i]["name_en"] for i in ids] == ["Aksu Vocational College", "喀什职业技术学院"]
        people = listing.fetch_rows(s, listing.PEOPLE, listing.list_ids(s, listing.PEOPLE))
        assert [r["organization"] for r in people.values()] == ["喀什职业技术学院"]
        picked = records.choices(s, "partner", "")
        assert "喀什职业技术学院" in [c.label for c in picked]
        assert [c.label for c in records.choices(s, "partner", "喀什")] == ["喀什职业技术学院"]
        out = tmp_path / "people.csv"
        exporting.export(s, exporting.ExportKind.PEOPLE, out, exporting.ExportOptions())
    with out.open(encoding="utf-8-sig") as fh:
        exported = list(csv.DictReader(fh))
    assert [r["Organisation"] for r in exported] == ["喀什职业技术学院"]


def test_the_contact_person_round_trips_through_form_export_and_import(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        oid = records.create(
            s, "partner", {"name_en": "Aksu Vocational College", "country": "CN", "contact_name": "Ms Gulnar"}
        )
    with db.session() as s:
        assert records.load(s, "partner", oid).values["contact_name"] == "Ms Gulnar"
        out = tmp_path / "partners.csv"
        exporting.export(s, exporting.ExportKind.PARTNERS, out, exporting.ExportOptions())
        shared = tmp_path / "shared.csv"
        exporting.export(s, exporting.ExportKind.PARTNERS, shared, exporting.ExportOptions(share=True))
    with out.open(encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert "Contact person" in header
    with shared.open(encoding="utf-8-sig") as fh:
        assert "Contact person" not in next(csv.reader(fh))  # a contact detail: not shared unless asked
    # the export reads back: the contact person is matched by its own header
    assert auto_map(ImportKind.PARTNERS, header).columns["contact_name"] == header.index("Contact person")
    with db.transaction() as s:
        records.update(s, "partner", oid, {"contact_name": None}, records.versions(s, "partner", [oid])[oid])
    report = do_import(db, out, ImportKind.PARTNERS, on_duplicate=Decision.UPDATE)
    assert report.updated == 1
    with db.session() as s:
        assert s.get(Organization, oid).contact_name == "Ms Gulnar"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "header", ["联系人", "联系人姓名", "Contact person", "contact name", "Focal Person", "رابطہ شخص"]
)
def test_the_contact_persons_column_names(header: str) -> None:
    assert auto_map(ImportKind.PARTNERS, ["Name", header, "Country"]).columns.get("contact_name") == 1


# --- migration 0012 --------------------------------------------------------------------------------


def _upgrade_keeps_the_partner(engine: Engine) -> None:
    migrate.upgrade(engine, "0011")
    assert "contact_name" not in {c["name"] for c in inspect(engine).get_columns("organization")}
    oid = uuid.uuid4()
    with engine.begin() as conn:
        triggers_before = _triggers(conn)
        conn.execute(
            text(
                "INSERT INTO organization (id, name_en, name_native, aliases, country, org_type,"
                " alliance_role, membership_status, tags, row_version, created_at, updated_at, search_keys)"
                " VALUES (:id, 'Aksu Vocational College', '阿克苏职业技术学院', '[]', 'CN', 'tvet_college',"
                " 'member', 'active', '[]', 1, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00',"
                " :keys)"
            ),
            {"id": oid if engine.dialect.name == "postgresql" else oid.hex, "keys": '[[0, "aksu"]]'},
        )
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == "0012"
    with engine.connect() as conn:
        row = conn.execute(text("SELECT name_en, name_native, contact_name FROM organization")).one()
        assert tuple(row) == ("Aksu Vocational College", "阿克苏职业技术学院", None)
        assert _triggers(conn) == triggers_before  # a plain ADD COLUMN: the search-key triggers stay
        assert conn.execute(text("SELECT count(*) FROM search_key")).scalar_one() >= 1


def _triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        sql = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'organization'::regclass AND NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'organization'"
    return {r[0] for r in conn.execute(text(sql))}


def test_migration_0012_upgrades_an_0011_sqlite_file(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+pysqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        _upgrade_keeps_the_partner(engine)
    finally:
        engine.dispose()


ADMIN_URL = os.environ.get("TVET_ALLIANCE_TEST_PG")


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_migration_0012_upgrades_an_0011_postgresql_database() -> None:
    assert ADMIN_URL
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(make_url(ADMIN_URL).set(database=name))
    try:
        _upgrade_keeps_the_partner(engine)
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_people_of_a_chinese_only_partner_keep_it_through_the_model(db: Database) -> None:
    with db.transaction() as s:
        zh = records.create(s, "partner", {"name_native": "喀什职业技术学院", "country": "CN"})
        pid = records.create(s, "person", {"full_name": "Wang Lei", "organization_id": zh})
    with db.session() as s:
        person = s.get(Person, pid)
        assert person is not None and person.organization is not None
        assert person.organization.display_name == "喀什职业技术学院"


def test_a_chinese_only_partner_and_its_contact_person_travel_through_sync(tmp_path: Path) -> None:
    from tests.core.sync_helpers import laptop, make_office, value
    from tvet_alliance.services import sync

    office = make_office(tmp_path / "office.sqlite3")
    try:
        lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
        with lap.transaction() as s:
            org = Organization(name_native="喀什职业技术学院", country="CN", contact_name="王老师")
            s.add(org)
            s.flush()
            oid = org.id
        package = tmp_path / "p1.tvetsync"
        sync.create_package(lap, package)
        report = sync.merge_package(office.db, package)
        assert report.added == 1 and report.conflicts == 0
        assert value(office.db, Organization, oid, "name_en") == ""
        assert value(office.db, Organization, oid, "contact_name") == "王老师"
        # an edit of the contact person on the laptop arrives as a changed field
        with lap.transaction() as s:
            s.get(Organization, oid).contact_name = "李老师"  # type: ignore[union-attr]
        sync.create_package(lap, tmp_path / "p2.tvetsync")
        assert sync.merge_package(office.db, tmp_path / "p2.tvetsync").changed == 1
        assert value(office.db, Organization, oid, "contact_name") == "李老师"
        lap.close()
    finally:
        office.db.close()
