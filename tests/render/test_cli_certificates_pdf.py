"""``tvet-alliance certificates --event NAME FILE.pdf`` and ``--competition NAME [--track NAME]
[--participants] FILE.pdf``: the PDF written, the same codes on a reprint, and nothing to print
refused plainly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.test_certificates import make_competition, make_seminar
from tests.core.test_cli import assert_one_line_error, run
from tests.render.pdf_checks import needs_poppler, page_count, pictures, qr_codes, text
from tvet_alliance.domain import Certificate, Event
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates


def _count(path: Path) -> int:
    db = Database.open(path)
    try:
        with db.session() as s:
            return int(s.scalar(select(func.count()).select_from(Certificate)) or 0)
    finally:
        db.close()


@needs_poppler
def test_an_events_certificates_and_a_reprint_with_the_same_codes(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(db_path)
    make_seminar(db)
    db.close()
    pdf = tmp_path / "attendance.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "certificates", "--event", "Belt and Road", str(pdf))
    assert code == 0, err
    assert "Wrote 2 certificates of Belt and Road TVET Seminar" in out and "2 new" in out
    assert page_count(pdf) == 2
    first = text(pdf)
    assert "عائشہ خان" in first and "李伟" in first

    again = tmp_path / "again.pdf"
    code, out, _err = run(
        capsys, "--db", str(db_path), "certificates", "--event", "Belt and Road", str(again), "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert (report["new"], report["reused"], report["pages"]) == (0, 2, 2)
    assert all(shown in first and shown in text(again) for shown in report["codes"])  # the same codes
    assert _count(db_path) == 2

    one = tmp_path / "li.pdf"
    code, out, _err = run(
        capsys, "--db", str(db_path), "certificates", "--event", "Belt", "--person", "李伟", str(one)
    )
    assert code == 0 and "Wrote 1 certificate " in out
    (png,) = pictures(one, dpi=150)
    (scanned,) = qr_codes(png)
    code, out, _err = run(capsys, "--db", str(db_path), "verify", scanned)
    assert code == 0 and "Li Wei / 李伟" in out
    db = Database.open(db_path)
    with db.session() as s:
        event_id = s.scalar(select(Event.id))
        printed = {c.name: c.printed_count for c in certificates.certificates_of(s, event_id=event_id)}
    db.close()
    assert printed == {"Ayesha Khan": 2, "Li Wei": 3}


@needs_poppler
def test_a_competitions_medallists_then_its_participants(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(db_path)
    make_competition(db)
    db.close()
    pdf = tmp_path / "medals.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "certificates", "--competition", "Belt", str(pdf))
    assert code == 0, err
    assert page_count(pdf) == 4 and "Wrote 4 certificates" in out
    welding = tmp_path / "welding.pdf"
    code, out, _err = run(
        capsys, "--db", str(db_path), "certificates", "--competition", "Belt", "--track", "焊接",
        "--participants", str(welding),
    )  # fmt: skip
    assert code == 0
    assert page_count(welding) == 2
    assert "Bronze medal" in text(welding, 1, 1) and "Certificate of Participation" in text(welding, 2, 2)
    assert _count(db_path) == 5


def test_nothing_to_print_is_refused_and_writes_no_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(db_path)
    with db.transaction() as s:
        s.add(Event(name="Empty seminar"))
    db.close()
    pdf = tmp_path / "none.pdf"
    code, _out, err = run(capsys, "--db", str(db_path), "certificates", "--event", "Empty", str(pdf))
    assert code == 2
    assert_one_line_error(err)
    assert "no delegate of Empty seminar is marked attended" in err
    code, _out, err = run(capsys, "--db", str(db_path), "certificates", "--event", "Nowhere", str(pdf))
    assert code == 2 and "Nowhere" in err
    code, _out, err = run(
        capsys, "--db", str(db_path), "certificates", "--event", "Empty", str(tmp_path / "no" / "x.pdf")
    )
    assert code == 2 and "there is no folder" in err
    assert not pdf.exists() and _count(db_path) == 0
