"""Importing partners, people, delegates and competition entries into the sample database
(services.importing.engine): normalising, validating, deduplicating, writing, test imports and
reverting. Files are written in tmp_path; no Qt."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tvet_alliance.domain import (
    ChangeLog,
    Competition,
    Entry,
    Event,
    ImportBatch,
    Organization,
    Participation,
    Person,
    SkillTrack,
)
from tvet_alliance.domain.enums import AttendanceMode, ChangeOp, Medal, OrgType, ParticipationRole
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    ColumnMapping,
    Decision,
    ImportKind,
    ImportOptions,
    ImportSetupError,
    Report,
    auto_map,
    detect,
    read_table,
    revert,
    run,
)

from .helpers import dump_sqlite

PARTNERS, PEOPLE, DELEGATES, ENTRIES = (
    ImportKind.PARTNERS,
    ImportKind.PEOPLE,
    ImportKind.DELEGATES,
    ImportKind.ENTRIES,
)
SEMINAR = "International Digital Skills Exchange Seminar"
COMPETITION = "2nd Belt and Road International Skills Competition"
BOOKKEEPING = ("created_at", "updated_at", "row_version", "deleted_at")
LIVE_TABLES = ("organization", "person", "participation", "entry", "skill_track")


# --- helpers -----------------------------------------------------------------------------------


def write_csv(folder: Path, rows: list[list[str]], name: str = "import.csv") -> Path:
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def mapping_of(kind: ImportKind, path: Path) -> ColumnMapping:
    return auto_map(kind, read_table(path, detect(path)).header)


def do_import(
    db: Database,
    path: Path,
    kind: ImportKind,
    *,
    apply: bool = True,
    mapping: ColumnMapping | None = None,
    **options: Any,
) -> Report:
    detection = detect(path)
    if mapping is None:
        mapping = auto_map(kind, read_table(path, detection).header)
    with db.session() as s:
        return run(s, path, detection, mapping, ImportOptions(kind, **options), apply=apply, sha256="abc")


def event_id(db: Database, name: str = SEMINAR) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Event.id).where(Event.name == name)).one()


def competition_id(db: Database) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Competition.id).where(Competition.name == COMPETITION)).one()


def org_named(db: Database, name: str) -> Organization:
    with db.session() as s:
        org = s.scalars(select(Organization).where(Organization.name_en == name)).one()
        s.expunge(org)
        return org


def person_named(db: Database, name: str) -> Person:
    with db.session() as s:
        person = s.scalars(select(Person).where(Person.full_name == name)).one()
        s.expunge(person)
        return person


def count(db: Database, model: type[Any]) -> int:
    with db.session() as s:
        return len(s.scalars(select(model.id)).all())


def errors_of(report: Report) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.code) for e in report.errors]


def live_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What people see: every live row of the edited tables without the bookkeeping columns, and
    the team links of live entries and people."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in LIVE_TABLES:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in BOOKKEEPING]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {names} FROM "{table}" WHERE deleted_at IS NULL').fetchall()
            out[table] = sorted(rows, key=repr)
        out["entry_member"] = sorted(
            conn.execute(
                "SELECT m.entry_id, m.person_id FROM entry_member m"
                " JOIN entry e ON e.id = m.entry_id JOIN person p ON p.id = m.person_id"
                " WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL"
            ).fetchall()
        )
        return out
    finally:
        conn.close()


def db_file(db: Database) -> Path:
    assert db.path is not None
    return db.path


# --- partners ----------------------------------------------------------------------------------


def test_partners_are_normalised_and_bad_rows_reported(sample_db: Database, tmp_path: Path) -> None:
    before = count(sample_db, Organization)
    path = write_csv(
        tmp_path,
        [
            ["Name", "中文名称", "Country", "Province", "Type", "Joined on", "Phone", "Notes"],
            [
                "Peshawar Skills Institute",
                "",
                "巴基斯坦",
                "KPK",
                "institute",
                "25.06.2024",
                "091-5701234",
                "",
            ],
            [
                "Chongqing Robotics College",
                "重庆机器人学院",
                "中国",
                "重庆市",
                "高职",
                "2024年6月25日",
                "023 6186 0002",
                "",
            ],
            ["Nowhere College", "", "Atlantis", "", "", "", "", ""],
            ["Bad Date College", "", "PK", "Punjab", "", "yesterday", "", ""],
            ["Wrong Province College", "", "Pakistan", "四川省", "university", "", "", ""],
            ["Multan Technical Centre", "", "pk", "پنجاب", "Polytechnic", "45468", "", "'=HYPERLINK(1)"],
        ],
    )
    report = do_import(sample_db, path, PARTNERS)
    assert report.applied
    assert (report.rows, report.valid, report.invalid, report.created) == (6, 3, 3, 3)
    assert errors_of(report) == [
        (3, "Country", "country"),
        (4, "Joined on", "date"),
        (5, "Province", "province"),
    ]
    message = {e.row: e.message for e in report.errors}
    assert (
        message[3]
        == "Atlantis is not a country we know (write it in English or Chinese, or as a code like PK)."
    )
    assert message[4].startswith("yesterday is not a date")
    assert message[5] == "四川省 is not a province of PK."
    assert count(sample_db, Organization) == before + 3

    psi = org_named(sample_db, "Peshawar Skills Institute")
    assert (psi.country, psi.province, psi.org_type, str(psi.joined_on), psi.phone) == (
        "PK", "PK-KP", OrgType.TVET_COLLEGE, "2024-06-25", "+92915701234",
    )  # fmt: skip
    crc = org_named(sample_db, "Chongqing Robotics College")
    assert (crc.name_native, crc.country, crc.province, crc.org_type, crc.phone) == (
        "重庆机器人学院", "CN", "CN-CQ", OrgType.TVET_COLLEGE, "+862361860002",
    )  # fmt: skip
    mtc = org_named(sample_db, "Multan Technical Centre")
    assert (mtc.province, mtc.org_type, str(mtc.joined_on), mtc.notes) == (
        "PK-PB", OrgType.POLYTECHNIC, "2024-06-25", "=HYPERLINK(1)",
    )  # fmt: skip
    with sample_db.session() as s:
        assert s.scalars(select(Organization).where(Organization.name_en.like("%Nowhere%"))).all() == []


def test_acronym_and_same_file_duplicates(sample_db: Database, tmp_path: Path) -> None:
    """The sample stores "Punjab TEVTA" (short name TEVTA, the long name as an alias): a differently
    written long name is found by its acronym ("Punjab TEVTA"), not by literal equality."""
    ptevta = org_named(sample_db, "Punjab TEVTA")
    variant = "Punjab Technical Education & Vocational Training Authority"
    assert variant not in (ptevta.name_en, ptevta.name_native, ptevta.short_name, *ptevta.aliases)
    path = write_csv(
        tmp_path,
        [
            ["Institution", "Country"],
            [variant, "Pakistan"],
            ["New Sialkot Polytechnic", "Pakistan"],
            ["new sialkot  polytechnic", "PK"],
            ["Chongqing Vocational Institute of Engineering", "China"],
        ],
    )
    report = do_import(sample_db, path, PARTNERS)
    assert (report.created, report.skipped, report.updated) == (1, 3, 0)
    dups = {d.row: d for d in report.duplicates}
    assert set(dups) == {1, 3, 4}
    assert (dups[1].existing_id, dups[1].label, dups[1].of_row, dups[1].decision) == (
        ptevta.id, "Punjab TEVTA (PK)", None, Decision.SKIP,
    )  # fmt: skip
    assert dups[3].of_row == 2
    assert dups[3].label == "New Sialkot Polytechnic (PK)"
    assert dups[4].label == "Chongqing Vocational Institute of Engineering (CN)"
    assert org_named(sample_db, "Punjab TEVTA").row_version == ptevta.row_version
    with sample_db.session() as s:
        assert len(s.scalars(select(Organization).where(Organization.name_en.ilike("%sialkot%"))).all()) == 1


def test_duplicate_decisions_default_and_per_row(sample_db: Database, tmp_path: Path) -> None:
    ptevta = org_named(sample_db, "Punjab TEVTA")
    navttc = org_named(sample_db, "National Vocational and Technical Training Commission")
    stevta = org_named(sample_db, "Sindh TEVTA")
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "City", "Website", "Notes"],
            ["Punjab TEVTA", "PK", "", "https://new.tevta.example.pk", ""],  # update (default)
            ["NAVTTC", "PK", "Islamabad Capital", "", ""],  # skip (per row)
            ["Sindh TEVTA", "PK", "", "", "a second Sindh TEVTA"],  # create (per row)
        ],
    )
    report = do_import(
        sample_db,
        path,
        PARTNERS,
        on_duplicate=Decision.UPDATE,
        decisions={2: Decision.SKIP, 3: Decision.CREATE},
    )
    assert [(d.row, d.decision) for d in report.duplicates] == [
        (1, Decision.UPDATE), (2, Decision.SKIP), (3, Decision.CREATE),
    ]  # fmt: skip
    assert (report.created, report.updated, report.skipped) == (1, 1, 1)

    updated = org_named(sample_db, "Punjab TEVTA")
    assert updated.website == "https://new.tevta.example.pk"
    assert updated.row_version == ptevta.row_version + 1
    # Only the non-empty imported fields are written: the empty city leaves Lahore alone.
    for name in (
        "city",
        "province",
        "short_name",
        "aliases",
        "email",
        "phone",
        "notes",
        "org_type",
        "alliance_role",
    ):
        assert getattr(updated, name) == getattr(ptevta, name), name
    kept = org_named(sample_db, "National Vocational and Technical Training Commission")
    assert (kept.city, kept.row_version) == (navttc.city, navttc.row_version)
    with sample_db.session() as s:
        sindh = s.scalars(select(Organization).where(Organization.name_en == "Sindh TEVTA")).all()
        assert len(sindh) == 2
        assert {o.notes for o in sindh} == {stevta.notes, "a second Sindh TEVTA"}


# --- people --------------------------------------------------------------------------------------


PEOPLE_ROWS = [
    ["姓名", "单位", "手机", "邮箱", "职务"],
    ["Ali Khan", "Punjab TEVTA", "0300-1234567", "ali.khan@tevta.example.pk", "Instructor"],
    ["王小明", "重庆工程职业技术学院", "13800138000", "", "教师"],
    ["Zhang W.", "", "", "WEI.ZHANG@cqvie.edu.cn", "Vice President"],  # email of Zhang Wei
    ["Li N.", "CQVIE", "199 7710 5572", "", ""],  # phone of Li Na
    ["Ali Khan", "Punjab TEVTA", "03001234567", "", "Senior Instructor"],  # row 1 again
    ["No Email", "Punjab TEVTA", "", "not-an-email", ""],
    ["", "Punjab TEVTA", "0300-7654321", "", ""],
    ["Short Phone", "Punjab TEVTA", "12", "", ""],
]


def test_people_with_phones_and_duplicates(sample_db: Database, tmp_path: Path) -> None:
    zhang, li = person_named(sample_db, "Zhang Wei"), person_named(sample_db, "Li Na")
    people_before = count(sample_db, Person)
    path = write_csv(tmp_path, PEOPLE_ROWS)
    report = do_import(sample_db, path, PEOPLE)
    assert errors_of(report) == [(6, "邮箱", "email"), (7, "姓名", "required"), (8, "手机", "phone")]
    assert all(e.message for e in report.errors)
    assert (report.rows, report.valid, report.invalid, report.created, report.skipped) == (8, 5, 3, 2, 3)
    dups = {d.row: d for d in report.duplicates}
    assert (dups[3].existing_id, dups[3].reason, dups[3].of_row) == (zhang.id, "email", None)
    assert (dups[4].existing_id, dups[4].reason, dups[4].of_row) == (li.id, "phone", None)
    assert (dups[5].reason, dups[5].of_row) == ("phone", 1)
    assert count(sample_db, Person) == people_before + 2

    ali = person_named(sample_db, "Ali Khan")
    assert (ali.phone, ali.email, ali.position) == (
        "+923001234567",
        "ali.khan@tevta.example.pk",
        "Instructor",
    )
    assert ali.organization_id == org_named(sample_db, "Punjab TEVTA").id
    wang = person_named(sample_db, "王小明")
    assert wang.phone == "+8613800138000"
    assert wang.organization_id == org_named(sample_db, "Chongqing Vocational Institute of Engineering").id
    assert person_named(sample_db, "Zhang Wei").position == zhang.position  # skipped: unchanged


def test_people_update_writes_only_non_empty_fields(sample_db: Database, tmp_path: Path) -> None:
    zhang = person_named(sample_db, "Zhang Wei")
    path = write_csv(
        tmp_path,
        [
            ["Name", "E-mail", "Position", "WeChat", "Mobile"],
            ["Zhang Wei", "wei.zhang@cqvie.edu.cn", "Honorary President", "", ""],
        ],
    )
    report = do_import(sample_db, path, PEOPLE, on_duplicate=Decision.UPDATE)
    assert (report.updated, report.created) == (1, 0)
    after = person_named(sample_db, "Zhang Wei")
    assert after.position == "Honorary President"
    assert (after.wechat_id, after.phone, after.organization_id) == (
        zhang.wechat_id,
        zhang.phone,
        zhang.organization_id,
    )
    assert after.row_version == zhang.row_version + 1
    with sample_db.session() as s:
        logged = s.scalars(select(ChangeLog).where(ChangeLog.batch_id == report.batch_id)).all()
        assert [(c.op, c.table_name, c.row_id, c.field, c.old_value, c.new_value) for c in logged] == [
            (ChangeOp.UPDATE, "person", zhang.id, "position", zhang.position, "Honorary President")
        ]
    # The same file again changes nothing.
    again = do_import(sample_db, path, PEOPLE, on_duplicate=Decision.UPDATE)
    assert (again.updated, again.created, len(again.duplicates)) == (0, 0, 1)
    assert person_named(sample_db, "Zhang Wei").row_version == zhang.row_version + 1


# --- delegates -----------------------------------------------------------------------------------


def test_delegates_of_the_seminar(sample_db: Database, tmp_path: Path) -> None:
    seminar = event_id(sample_db)
    zhang = person_named(sample_db, "Zhang Wei")
    path = write_csv(
        tmp_path,
        [
            ["序号", "姓名", "单位", "手机", "参会方式", "身份", "邮箱"],
            ["1", "Bilal Ahmed", "Punjab TEVTA", "0300-7654321", "线上", "", ""],
            ["2", "刘芳", "重庆工程职业技术学院", "13800138001", "线下", "嘉宾", ""],
            ["3", "Zhang Wei", "", "", "线上", "", "wei.zhang@cqvie.edu.cn"],  # already registered
            ["4", "Sara Malik", "Punjab TEVTA", "", "by pigeon", "", ""],
        ],
    )
    report = do_import(sample_db, path, DELEGATES, event_id=seminar)
    assert errors_of(report) == [(4, "参会方式", "choice")]
    assert (report.created, report.skipped) == (2, 1)
    assert [(d.row, d.table, d.reason) for d in report.duplicates] == [(3, "participation", "registered")]
    assert report.created_by_table == {"person": 2, "participation": 2}
    with sample_db.session() as s:
        parts = {
            p.person.full_name: p
            for p in s.scalars(select(Participation).where(Participation.event_id == seminar))
        }
        bilal, liu = parts["Bilal Ahmed"], parts["刘芳"]
        assert (bilal.attendance_mode, bilal.role, bilal.person.phone) == (
            AttendanceMode.ONLINE, ParticipationRole.DELEGATE, "+923007654321",
        )  # fmt: skip
        assert (liu.attendance_mode, liu.role, liu.person.phone) == (
            AttendanceMode.IN_PERSON, ParticipationRole.SPEAKER, "+8613800138001",
        )  # fmt: skip
        assert parts["Zhang Wei"].attendance_mode is AttendanceMode.IN_PERSON  # skipped: unchanged
        assert parts["Zhang Wei"].person_id == zhang.id
        assert "Sara Malik" not in parts


def test_delegates_need_an_event(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["Name", "Mode"], ["Bilal Ahmed", "online"]])
    before = dump_sqlite(db_file(sample_db))
    with pytest.raises(ImportSetupError) as exc:
        do_import(sample_db, path, DELEGATES)
    assert exc.value.code == "no_event"
    with pytest.raises(ImportSetupError) as exc:
        do_import(sample_db, path, DELEGATES, event_id=uuid.uuid4())
    assert exc.value.code == "no_event"
    with pytest.raises(ImportSetupError) as exc:
        do_import(
            sample_db, write_csv(tmp_path, [["赛项", "选手"], ["Cloud Computing", "A"]], "e.csv"), ENTRIES
        )
    assert exc.value.code == "no_competition"
    assert dump_sqlite(db_file(sample_db)) == before


# --- entries -------------------------------------------------------------------------------------


def test_competition_entries(sample_db: Database, tmp_path: Path) -> None:
    competition = competition_id(sample_db)
    tracks_before = count(sample_db, SkillTrack)
    path = write_csv(
        tmp_path,
        [
            ["赛项", "队名", "选手", "单位", "成绩", "奖项"],
            ["Cloud Computing", "", "Ali Khan", "Punjab TEVTA", "88,5", "金牌"],
            [
                "Industrial Robot System Integration",
                "Lahore Bots",
                "Bilal Ahmed; Sara Malik",
                "Punjab TEVTA",
                "91,25",
                "Silver",
            ],
            ["Cloud Computing", "Too Many", "A One; B Two", "Punjab TEVTA", "", ""],
            ["Electronic Commerce", "Over", "C Three", "Punjab TEVTA", "120", ""],
            ["Smart Logistics", "Rejected Newcomers", "D Four", "Punjab TEVTA", "abc", ""],
            ["Smart Logistics", "重庆物流队", "王小明、李小红", "重庆工程职业技术学院", "75.5", "铜牌"],
            ["Welding", "Ghost Team", "E Five", "Unknown Workshop", "", ""],  # new track, unknown partner
        ],
    )
    report = do_import(sample_db, path, ENTRIES, competition_id=competition)
    assert errors_of(report) == [
        (3, "选手", "team_size"), (4, "成绩", "score_max"), (5, "成绩", "number"), (7, "单位", "org_country"),
    ]  # fmt: skip
    assert report.errors[0].message == "2 members, but this track takes teams of 1."
    assert report.errors[1].message == "Score 120 is above the track's maximum of 100.00."
    assert (report.created, report.valid, report.invalid) == (3, 3, 4)
    assert report.created_by_table == {"entry": 3, "person": 5, "skill_track": 1}
    # The rejected rows did not leave their new tracks behind: only the valid row 6 made one.
    assert count(sample_db, SkillTrack) == tracks_before + 1
    with sample_db.session() as s:
        assert s.scalars(select(SkillTrack).where(SkillTrack.name == "Welding")).all() == []
    ptevta = org_named(sample_db, "Punjab TEVTA").id
    with sample_db.session() as s:
        new = {
            e.team_name or e.members[0].full_name: e
            for e in s.scalars(select(Entry).join(SkillTrack).where(SkillTrack.competition_id == competition))
            if e.id
            in {r.row_id for r in s.scalars(select(ChangeLog).where(ChangeLog.batch_id == report.batch_id))}
        }
        assert set(new) == {"Ali Khan", "Lahore Bots", "重庆物流队"}
        ali = new["Ali Khan"]
        assert (ali.track.name, ali.score, ali.medal, ali.organization_id) == (
            "Cloud Computing", Decimal("88.50"), Medal.GOLD, ptevta,
        )  # fmt: skip
        bots = new["Lahore Bots"]
        assert (bots.score, bots.medal) == (Decimal("91.25"), Medal.SILVER)
        assert sorted(m.full_name for m in bots.members) == ["Bilal Ahmed", "Sara Malik"]
        assert all(m.organization_id == ptevta for m in bots.members)
        logistics = new["重庆物流队"]
        assert (logistics.track.name, logistics.track.team_size, logistics.score, logistics.medal) == (
            "Smart Logistics", 2, Decimal("75.50"), Medal.BRONZE,
        )  # fmt: skip
        assert sorted(m.full_name for m in logistics.members) == ["李小红", "王小明"]
        for name in ("A One", "B Two", "C Three", "D Four", "E Five"):
            assert s.scalars(select(Person).where(Person.full_name == name)).all() == []
    conn = sqlite3.connect(db_file(sample_db))
    try:
        links = conn.execute(
            "SELECT count(*) FROM entry_member WHERE entry_id IN (?, ?, ?)",
            [i.hex for i in (ali.id, bots.id, logistics.id)],
        ).fetchone()[0]
    finally:
        conn.close()
    assert links == 5


# --- test imports, setup errors and bad files --------------------------------------------------


def test_a_test_import_changes_nothing(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, PEOPLE_ROWS)
    before = dump_sqlite(db_file(sample_db))
    report = do_import(sample_db, path, PEOPLE, apply=False, on_duplicate=Decision.UPDATE)
    assert not report.applied
    assert (report.created, report.updated) == (2, 3)  # row 5 updates row 1's new person
    assert report.errors
    assert dump_sqlite(db_file(sample_db)) == before
    seminar = event_id(sample_db)
    delegates = write_csv(
        tmp_path, [["姓名", "参会方式"], ["New Delegate", "线上"], ["Zhang Wei", "线上"]], "d.csv"
    )
    report = do_import(
        sample_db, delegates, DELEGATES, apply=False, event_id=seminar, on_duplicate=Decision.UPDATE
    )
    assert (report.created, report.updated) == (1, 1)
    assert dump_sqlite(db_file(sample_db)) == before


def test_missing_required_column(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["Email", "Phone"], ["a@example.com", "+923001234567"]])
    before = dump_sqlite(db_file(sample_db))
    with pytest.raises(ImportSetupError) as exc:
        do_import(sample_db, path, PEOPLE)
    assert exc.value.code == "missing_column"
    assert "Name" in str(exc.value)
    # A mapping that lost a required column the header has is refused the same way.
    full = mapping_of(PEOPLE, write_csv(tmp_path, [["Name", "Email"], ["A", "a@example.com"]], "p.csv"))
    with pytest.raises(ImportSetupError) as exc:
        do_import(sample_db, tmp_path / "p.csv", PEOPLE, mapping=full.with_choice("full_name", None))
    assert exc.value.code == "missing_column"
    assert dump_sqlite(db_file(sample_db)) == before


@pytest.mark.parametrize("ragged_row", [1, 2])
def test_ragged_row_is_a_row_error(sample_db: Database, tmp_path: Path, ragged_row: int) -> None:
    rows = [
        ["Name", "Country"],
        ["Gujranwala College", "PK"],
        ["Sahiwal College", "PK"],
        ["Okara College", "PK"],
    ]
    rows[ragged_row] = [*rows[ragged_row], "stray", "cells"]
    path = write_csv(tmp_path, rows)
    report = do_import(sample_db, path, PARTNERS)
    assert [(e.row, e.code) for e in report.errors] == [(ragged_row, "ragged")]
    assert report.errors[0].message == "This row has 4 cells but the header has 2."
    assert report.created == 2
    names = {"Gujranwala College", "Sahiwal College", "Okara College"} - {rows[ragged_row][0]}
    with sample_db.session() as s:
        found = s.scalars(select(Organization.name_en).where(Organization.name_en.like("%College"))).all()
        assert names <= set(found)
        assert rows[ragged_row][0] not in found


def test_too_long_cells(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [["Name", "Notes"], ["Long Notes", "x" * 10_000], ["N" * 10_000, ""], ["Fine Person", "ok"]],
    )
    report = do_import(sample_db, path, PEOPLE)
    assert errors_of(report) == [(1, "Notes", "too_long"), (2, "Name", "too_long")]
    assert report.errors[0].message == "The text is 10000 characters long; at most 5000 fit."
    assert report.created == 1
    with sample_db.session() as s:
        assert s.scalars(select(Person).where(Person.full_name == "Long Notes")).all() == []


def test_xlsx_gives_the_same_result_as_csv(sample_template: Path, tmp_path: Path) -> None:
    rows = [
        ["Name", "Organisation", "Mobile", "E-mail", "Notes"],
        ["Ali Khan", "Punjab TEVTA", "0300-1234567", "ali.khan@tevta.example.pk", "'=cmd"],
        ["王小明", "重庆工程职业技术学院", "13800138000", "", ""],
        ["Bad Mail", "Punjab TEVTA", "", "nope", ""],
    ]
    csv_path = write_csv(tmp_path, rows)
    xlsx_path = tmp_path / "import.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.number_format = "@"  # text, as a phone number must be in Excel
    book.save(xlsx_path)

    results = []
    for name, path in (("csv", csv_path), ("xlsx", xlsx_path)):
        db_path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(sample_template, db_path)
        database = Database.open(db_path)
        try:
            report = do_import(database, path, PEOPLE)
            with database.session() as s:
                created = {
                    c.row_id
                    for c in s.scalars(select(ChangeLog).where(ChangeLog.batch_id == report.batch_id))
                }
                people = sorted(
                    (
                        p.full_name,
                        p.phone,
                        p.email,
                        p.notes,
                        p.organization.name_en if p.organization else None,
                    )
                    for p in s.scalars(select(Person).where(Person.id.in_(created)))
                )
            results.append((report.as_json()["errors"], report.created, people))
        finally:
            database.close()
    assert results[0] == results[1]
    errors, created, people = results[0]
    assert created == 2
    assert errors == [
        {
            "row": 3,
            "column": "E-mail",
            "message": "“nope” is not an e-mail address (expected name@example.org).",
        }
    ]
    assert ("Ali Khan", "+923001234567", "ali.khan@tevta.example.pk", "=cmd", "Punjab TEVTA") in people
    assert ("王小明", "+8613800138000", None, None, "Chongqing Vocational Institute of Engineering") in people


# --- the batch, the change log and revert -----------------------------------------------------------


def test_batch_counts_and_change_log(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, PEOPLE_ROWS, name="punjab people.csv")
    report = do_import(sample_db, path, PEOPLE, on_duplicate=Decision.UPDATE, decisions={5: Decision.SKIP})
    assert report.batch_id is not None
    with sample_db.session() as s:
        batch = s.get_one(ImportBatch, report.batch_id)
        assert (batch.file_name, batch.kind, batch.sha256, batch.reverted_at) == (
            "punjab people.csv",
            "people",
            "abc",
            None,
        )
        assert json.loads(batch.counts or "") == {
            "rows": 8, "valid": 5, "invalid": 3, "created": 2, "updated": 2, "skipped": 1, "records": {"person": 2},
        }  # fmt: skip
        logged = s.scalars(select(ChangeLog).where(ChangeLog.batch_id == report.batch_id)).all()
        inserts = [c for c in logged if c.op is ChangeOp.INSERT]
        updates = [c for c in logged if c.op is ChangeOp.UPDATE]
        assert len(inserts) == 2
        images = {json.loads(c.new_value or "")["full_name"]: json.loads(c.new_value or "") for c in inserts}
        assert images["Ali Khan"]["phone"] == "+923001234567"
        zhang, li = person_named(sample_db, "Zhang W."), person_named(sample_db, "Li N.")
        assert sorted((c.table_name, c.row_id, c.field, c.old_value, c.new_value) for c in updates) == sorted(
            [
                ("person", zhang.id, "full_name", "Zhang Wei", "Zhang W."),
                ("person", zhang.id, "position", "President", "Vice President"),
                ("person", li.id, "full_name", "Li Na", "Li N."),
            ]
        )
        assert len({c.tx_id for c in logged}) == 1
        assert sorted(c.seq for c in logged) == list(range(logged[0].seq, logged[0].seq + len(logged)))


def test_revert_restores_the_state_before_the_import(sample_db: Database, tmp_path: Path) -> None:
    path = db_file(sample_db)
    before = live_rows(path)
    partners = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Website", "Other names", "Joined on"],
            ["Punjab TEVTA", "PK", "https://new.tevta.example.pk", "PTEVTA; TEVTA Lahore", "1.7.2024"],
            ["Brand New Institute", "PK", "", "", ""],
        ],
        "partners.csv",
    )
    people = write_csv(tmp_path, PEOPLE_ROWS, "people.csv")
    entries = write_csv(
        tmp_path,
        [
            ["赛项", "队名", "选手", "单位", "成绩", "奖项"],
            [
                "Industrial Robot System Integration",
                "CQIPC Robotics Team",
                "Gao Peng; Lin Xiaoming",
                "",
                "95,5",
                "金牌",
            ],
            ["Smart Logistics", "Lahore Movers", "Ali Khan; New Competitor", "Punjab TEVTA", "70", ""],
        ],
        "entries.csv",
    )
    delegates = write_csv(
        tmp_path,
        [
            ["姓名", "邮箱", "参会方式"],
            ["Zhang Wei", "wei.zhang@cqvie.edu.cn", "线上"],
            ["New Face", "", "线下"],
        ],
        "d.csv",
    )
    reports = [
        do_import(sample_db, partners, PARTNERS, on_duplicate=Decision.UPDATE),
        do_import(sample_db, people, PEOPLE, on_duplicate=Decision.UPDATE),
        do_import(
            sample_db,
            entries,
            ENTRIES,
            on_duplicate=Decision.UPDATE,
            competition_id=competition_id(sample_db),
        ),
        do_import(
            sample_db, delegates, DELEGATES, on_duplicate=Decision.UPDATE, event_id=event_id(sample_db)
        ),
    ]
    for report in reports:
        assert report.created and report.updated, report.as_json()
    assert live_rows(path) != before
    for report in reversed(reports):
        assert report.batch_id is not None
        with sample_db.session() as s:
            field_updates = len(
                s.scalars(
                    select(ChangeLog.id).where(
                        ChangeLog.batch_id == report.batch_id, ChangeLog.op == ChangeOp.UPDATE
                    )
                ).all()
            )
        with sample_db.transaction() as s:
            result = revert(s, report.batch_id)
        assert result.kept == []
        assert result.removed == sum(report.created_by_table.values())
        assert result.restored == field_updates >= report.updated
    assert live_rows(path) == before
    with sample_db.session() as s:
        for report in reports:
            assert s.get_one(ImportBatch, report.batch_id).reverted_at is not None
    # A second revert is refused.
    with sample_db.session() as s, pytest.raises(ImportSetupError) as exc:
        revert(s, reports[0].batch_id)  # type: ignore[arg-type]
    assert exc.value.code == "reverted"
    with sample_db.session() as s, pytest.raises(ImportSetupError) as exc:
        revert(s, uuid.uuid4())
    assert exc.value.code == "no_batch"


def test_revert_leaves_later_changes_alone(sample_db: Database, tmp_path: Path) -> None:
    zhang = person_named(sample_db, "Zhang Wei")
    path = write_csv(
        tmp_path,
        [
            ["Name", "E-mail", "Position", "WeChat"],
            ["Zhang Wei", "wei.zhang@cqvie.edu.cn", "Honorary President", "zw-new"],
            ["Fresh Person", "fresh@example.com", "Teacher", ""],
        ],
    )
    report = do_import(sample_db, path, PEOPLE, on_duplicate=Decision.UPDATE)
    assert (report.created, report.updated) == (1, 1)
    with sample_db.transaction() as s:
        s.get_one(Person, zhang.id).position = "President Emeritus"  # someone edits it after the import
    with sample_db.transaction() as s:
        assert report.batch_id is not None
        result = revert(s, report.batch_id)
    assert result.kept == ["person.position"]
    assert (result.removed, result.restored) == (1, 1)
    after = person_named(sample_db, "Zhang Wei")
    assert (after.position, after.wechat_id) == ("President Emeritus", zhang.wechat_id)
    with sample_db.session() as s:
        assert s.scalars(select(Person).where(Person.full_name == "Fresh Person")).all() == []
        # The revert is logged as an ordinary change (it carries no batch).
        logged = s.scalars(
            select(ChangeLog).where(
                ChangeLog.row_id == zhang.id, ChangeLog.field == "wechat_id", ChangeLog.op == ChangeOp.UPDATE
            )
        ).all()
        assert [c.batch_id for c in logged] == [report.batch_id, None]


def test_revert_of_a_score_update(sample_db: Database, tmp_path: Path) -> None:
    """A score logged as "95.5" reads back as 95.50 and must still be reverted."""
    competition = competition_id(sample_db)
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "CQIPC Robotics Team")).one()
        old_score, old_medal = entry.score, entry.medal
    path = write_csv(
        tmp_path,
        [
            ["赛项", "队名", "选手", "成绩", "奖项"],
            ["Industrial Robot System Integration", "CQIPC Robotics Team", "Gao Peng", "95,5", "银牌"],
        ],
    )
    report = do_import(sample_db, path, ENTRIES, on_duplicate=Decision.UPDATE, competition_id=competition)
    assert report.updated == 1
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "CQIPC Robotics Team")).one()
        assert (entry.score, entry.medal) == (Decimal("95.50"), Medal.SILVER)
    with sample_db.transaction() as s:
        assert report.batch_id is not None
        result = revert(s, report.batch_id)
    assert (result.kept, result.restored) == ([], 2)
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "CQIPC Robotics Team")).one()
        assert (entry.score, entry.medal) == (old_score, old_medal)
