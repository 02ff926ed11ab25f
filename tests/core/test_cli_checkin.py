"""``tvet-alliance checkin --event NAME TEXT [--desk NAME] [--json]``: the desk on the command line.
Exit 0 when the delegate is in (checked in now or before), 1 when not (not registered, cancelled,
several matches), 2 for bad usage (an unknown event)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.core.test_checkin import Day, make_day
from tvet_alliance.domain import CheckIn, codes
from tvet_alliance.persistence import Database

from .test_cli import assert_one_line_error, run


@pytest.fixture
def day(db_path: Path) -> Day:
    db = Database.open(db_path)
    try:
        return make_day(db)
    finally:
        db.close()


def test_a_ticket_code_checks_in_then_says_already_with_time_and_desk(
    capsys: pytest.CaptureFixture[str], db_path: Path, day: Day
) -> None:
    code = codes.grouped(day.codes["Zhang Wei"]).upper()
    args = ("--db", str(db_path), "checkin", "--event", "digital skills", code, "--json")
    status, out, _err = run(capsys, *args, "--desk", "Desk 2")
    first = json.loads(out)
    assert status == 0 and first["result"] == "checked_in" and first["event"] == "Digital Skills Seminar"
    assert (first["person"]["name"], first["person"]["name_native"], first["first_desk"]) == (
        "Zhang Wei",
        "张伟",
        "Desk 2",
    )
    status, out, _err = run(capsys, *args, "--desk", "Desk 3")
    again = json.loads(out)
    assert status == 0 and again["result"] == "already_checked_in"
    assert (again["first_at"], again["first_desk"]) == (first["first_at"], "Desk 2")
    status, out, _err = run(capsys, "--db", str(db_path), "checkin", "--event", "Digital", code)
    assert status == 0 and out.startswith("Already checked in at ") and "at Desk 2: Zhang Wei / 张伟" in out
    db = Database.open(db_path)
    with db.session() as s:
        assert len(s.scalars(select(CheckIn)).all()) == 1
    db.close()


def test_not_registered_cancelled_and_ambiguous_exit_1_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, day: Day
) -> None:
    base = ("--db", str(db_path), "checkin", "--event", "Digital Skills Seminar")
    status, out, _ = run(capsys, *base, "nobody at all", "--json")
    assert status == 1 and json.loads(out)["result"] == "not_registered"
    status, out, _ = run(capsys, *base, day.codes["Cancelled Person"], "--json")
    assert status == 1 and json.loads(out)["result"] == "cancelled"
    status, out, _ = run(capsys, *base, "zhang", "--json")
    found = json.loads(out)
    assert status == 1 and found["result"] == "ambiguous"
    assert {m["name"] for m in found["matches"]} == {"Zhang Wei", "Zhang Min"} and found["person"] is None
    status, out, _ = run(capsys, *base, "zhang")
    assert status == 1 and "2 delegates match" in out and day.codes["Zhang Min"] in out
    db = Database.open(db_path)
    with db.session() as s:
        assert s.scalars(select(CheckIn)).all() == []
    db.close()
    status, out, _ = run(capsys, *base, "张伟", "--desk", "Front")  # one match by name: checked in
    assert (
        status == 0
        and out == "Checked in: Zhang Wei / 张伟 — Chongqing Industry Polytechnic College at Front\n"
    )


def test_an_unknown_event_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], db_path: Path, day: Day
) -> None:
    status, out, err = run(capsys, "--db", str(db_path), "checkin", "--event", "No Such Event", "zhang")
    assert status == 2 and out == ""
    assert_one_line_error(err)
