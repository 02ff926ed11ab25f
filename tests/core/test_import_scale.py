"""What matters once files get big: rows are matched chunk by chunk against the database (a
duplicate across a chunk boundary is still a duplicate), the people search index is filled in bulk
and stays consistent, abbreviations never merge two organisations, and the report keeps a bounded
number of duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing
from tvet_alliance.services.importing import Decision, auto_map, detect, engine, read_table

from .test_import_engine import DELEGATES, PARTNERS, PEOPLE, do_import, event_id, write_csv


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 3)


def _people(n: int) -> list[list[str]]:
    rows = [["Name", "Organisation", "Mobile", "Email", "Nationality"]]
    for i in range(n):
        rows.append([f"Scale Tester {i}", "Punjab TEVTA", f"0300-55500{i:02d}", f"scale{i}@example.pk", "PK"])
    return rows


def test_duplicates_across_chunks(sample_db: Database, tmp_path: Path, small_chunks: None) -> None:
    rows = _people(7)
    rows.append(["Scale Tester 1 again", "", "", "scale1@example.pk", "PK"])  # e-mail of row 2, 2 chunks back
    rows.append(["Someone Else", "", "0300-5550005", "", "PK"])  # phone of row 6, same chunk boundary
    report = do_import(sample_db, write_csv(tmp_path, rows), PEOPLE)
    assert (report.created, report.skipped, report.duplicate_count) == (7, 2, 2)
    assert [(d.row, d.reason) for d in report.duplicates] == [(8, "email"), (9, "phone")]


def test_delegates_registered_once_across_chunks(
    sample_db: Database, tmp_path: Path, small_chunks: None
) -> None:
    rows = [["姓名", "单位", "手机", "参会方式"]] + [
        [f"测试{i}", "重庆工程职业技术学院", f"1380013{i:04d}", "线上"] for i in range(5)
    ]
    rows.append(["测试0", "重庆工程职业技术学院", "13800130000", "线下"])  # row 1 again, chunks later
    seminar = event_id(sample_db)
    report = do_import(sample_db, write_csv(tmp_path, rows), DELEGATES, event_id=seminar)
    assert (report.created, report.skipped) == (5, 1)
    assert report.duplicates[0].reason == "registered"
    with sample_db.session() as s:
        people = s.scalars(select(Person.id).where(Person.full_name.like("测试%"))).all()
        parts = s.scalars(select(Participation.id).where(Participation.person_id.in_(people))).all()
    assert len(people) == len(parts) == 5


def test_search_index_is_filled_in_bulk_and_stays_consistent(
    sample_db: Database, tmp_path: Path, small_chunks: None
) -> None:
    rows = _people(7)
    rows.append(["Renamed Tester", "", "", "scale1@example.pk", "PK"])  # updates a row of an earlier chunk
    do_import(sample_db, write_csv(tmp_path, rows), PEOPLE, on_duplicate=Decision.UPDATE)
    with sample_db.session() as s:
        conn = s.connection()
        conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
        triggers = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {"person_search_ai", "person_search_au", "person_search_ad"} <= triggers
        found = listing.list_ids(s, listing.PEOPLE, search="Scale Tester")
        renamed = listing.list_ids(s, listing.PEOPLE, search="Renamed")
        with_full_text = listing.list_ids(s, listing.PEOPLE, search="555000")
        s.info["full_text"] = False
        scanned = listing.list_ids(s, listing.PEOPLE, search="555000")
    assert len(found) == 7 and len(renamed) == 1  # the renamed one keeps its e-mail scale1@…
    assert with_full_text == scanned and len(scanned) == 7


class _Stop(Exception):
    pass


def test_a_cancelled_import_keeps_the_insert_trigger(
    sample_db: Database, tmp_path: Path, small_chunks: None
) -> None:
    path = write_csv(tmp_path, _people(7))
    detection = detect(path)
    mapping = auto_map(PEOPLE, read_table(path, detection).header)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:  # after two chunks were written (and indexed in bulk)
            raise _Stop

    with sample_db.session() as s, pytest.raises(_Stop):
        engine.run(s, path, detection, mapping, engine.ImportOptions(PEOPLE), apply=True, progress=progress)
    with sample_db.session() as s:
        conn = s.connection()
        triggers = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
        assert not s.scalars(select(Person.id).where(Person.full_name.like("Scale Tester%"))).all()
    assert "person_search_ai" in triggers


def test_abbreviations_never_merge_two_organisations(sample_db: Database, tmp_path: Path) -> None:
    rows = [
        ["Name", "Country"],
        ["Lahore Technical College", "PK"],
        ["Larkana Training Centre", "PK"],  # the same acronym, another college
        ["Punjab Technical Education and Vocational Training Authority", "PK"],  # the sample's TEVTA
    ]
    report = do_import(sample_db, write_csv(tmp_path, rows), PARTNERS)
    assert report.created == 2
    assert [(d.row, d.reason) for d in report.duplicates] == [(3, "name")]
    with sample_db.session() as s:
        names = set(s.scalars(select(Organization.name_en)))
    assert {"Lahore Technical College", "Larkana Training Centre"} <= names


def test_the_report_keeps_a_bounded_number_of_duplicates(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "KEEP_DUPLICATES", 2)
    rows = _people(1) + [["Scale Tester 0", "", "", "scale0@example.pk", "PK"]] * 4
    report = do_import(sample_db, write_csv(tmp_path, rows), PEOPLE)
    assert report.duplicate_count == 4 and len(report.duplicates) == 2
    assert report.as_json()["duplicates"] == 4
