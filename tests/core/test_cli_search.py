"""``tvet-alliance search people|partners TEXT [--limit N] [--json]``: the window's ranked matches
on the command line (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tvet_alliance.persistence import Database
from tvet_alliance.services import records, search

from .test_cli import assert_one_line_error, run


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = Database.open(db_path)
    try:
        with db.transaction() as s:
            org = records.create(
                s,
                "partner",
                {
                    "name_en": "Chongqing Vocational Institute of Engineering",
                    "name_native": "重庆工程职业技术学院",
                    "country": "CN",
                    "city": "Chongqing",
                },
            )
            records.create(s, "person", {"full_name": "张伟", "organization_id": org})
            records.create(s, "person", {"full_name": "Zhang Wei"})
            records.create(s, "person", {"full_name": "فاطمہ جناح"})
    finally:
        db.close()
    return db_path


def test_json_gives_the_services_ranked_matches(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, _err = run(capsys, "--db", str(filled), "search", "people", "zhang wei", "--json")
    assert code == 0
    rows = json.loads(out)
    db = Database.open(filled)
    try:
        with db.session() as s:
            expected = [m.as_dict() for m in search.find_people(s, "zhang wei")]
    finally:
        db.close()
    assert rows == expected
    assert [(r["name"], r["why"], r["rank"]) for r in rows] == [
        ("Zhang Wei", "name", 0),
        ("张伟", "pinyin", 2),
    ]
    assert rows[1]["detail"] == "Chongqing Vocational Institute of Engineering"


def test_text_lines_name_id_organisation_and_why(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, _err = run(capsys, "--db", str(filled), "search", "partners", "cqgc")
    assert code == 0
    (line,) = out.splitlines()
    assert "Chongqing Vocational Institute of Engineering / 重庆工程职业技术学院 — Chongqing, CN" in line
    assert line.endswith("(initials: cqgczyjsxy)")
    code, out, _err = run(capsys, "--db", str(filled), "search", "people", "fatima", "--limit", "1")
    assert code == 0 and "فاطمہ جناح" in out and "Latin letters of the Urdu name: ftmh jnh" in out
    code, out, _err = run(capsys, "--db", str(filled), "search", "people", "nobody")
    assert (code, out.strip()) == (0, "No people found for “nobody”.")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "people", "  "], "nothing to search for"),
        (["search", "people", "x", "--limit", "0"], "--limit"),
        (["search", "people", "x", "--limit", "many"], "--limit"),
        (["search", "cities", "x"], "invalid choice"),
    ],
)
def test_bad_input_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], filled: Path, argv: list[str], message: str
) -> None:
    code, _out, err = run(capsys, "--db", str(filled), *argv)
    assert code == 2 and message in err
    assert_one_line_error(err)
