"""``tvet-alliance verify CODE [--json]`` and ``certificates revoke CODE --reason TEXT`` (no Qt);
the PDF forms are in tests/render/test_cli_certificates_pdf.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.helpers import change_log_count
from tests.core.test_certificates import make_competition, make_seminar
from tvet_alliance.domain import codes
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates

from .test_cli import assert_one_line_error, run


@pytest.fixture
def issued(db_path: Path) -> tuple[Path, str, str]:
    """A database with the seminar's and the competition's certificates: (path, Li Wei's code, a gold code)."""
    db = Database.open(db_path)
    try:
        seminar = make_seminar(db)
        contest = make_competition(db)
        with db.transaction() as s:
            li = next(
                c for c in certificates.issue_for_event(s, seminar.event).certificates if c.name == "Li Wei"
            )
            gold = certificates.issue_for_competition(s, contest.competition).certificates[0]
    finally:
        db.close()
    return db_path, li.code, gold.code


def test_verify_says_whose_certificate_which_event_and_when(
    capsys: pytest.CaptureFixture[str], issued: tuple[Path, str, str]
) -> None:
    path, li, gold = issued
    code, out, _err = run(capsys, "--db", str(path), "verify", codes.grouped(li).upper())
    assert code == 0
    assert out.startswith(f"VALID: certificate {codes.grouped(li)}\n")
    assert "Certificate of Attendance" in out and "of Li Wei / 李伟" in out
    assert "Tianjin Vocational Institute / 天津职业大学" in out
    assert "event: Belt and Road TVET Seminar, 24–26 June 2026, Tianjin" in out
    assert "issued 20" in out

    code, out, _err = run(capsys, "--db", str(path), "verify", gold, "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["status"] == "valid"
    cert = answer["certificate"]
    assert (cert["kind"], cert["medal"], cert["track"], cert["track_zh"]) == (
        "medal",
        "gold",
        "Mechatronics",
        "机电一体化",
    )
    assert cert["person"] == {"name": "Liu Yang", "name_native": "刘洋"}


def test_revoke_then_verify_says_revoked_with_the_reason(
    capsys: pytest.CaptureFixture[str], issued: tuple[Path, str, str]
) -> None:
    path, li, _gold = issued
    code, out, _err = run(
        capsys,
        "--db",
        str(path),
        "certificates",
        "revoke",
        codes.grouped(li),
        "--reason",
        "Left on the first day",
    )
    assert code == 0 and "Revoked the certificate" in out and "Li Wei" in out
    code, out, _err = run(capsys, "--db", str(path), "verify", li)
    assert code == 1
    assert out.startswith("REVOKED:") and "Left on the first day" in out
    code, out, _err = run(capsys, "--db", str(path), "verify", li, "--json")
    assert code == 1 and json.loads(out)["status"] == "revoked"
    assert json.loads(out)["certificate"]["revoked_reason"] == "Left on the first day"


def test_a_typo_an_unknown_code_and_bad_input(
    capsys: pytest.CaptureFixture[str], issued: tuple[Path, str, str]
) -> None:
    path, li, _gold = issued
    typo = li[:2] + ("x" if li[2] != "x" else "y") + li[3:]
    code, out, _err = run(capsys, "--db", str(path), "verify", typo)
    assert code == 1 and "typing mistake" in out
    code, out, _err = run(capsys, "--db", str(path), "verify", codes.new_verification_code(), "--json")
    assert code == 1 and json.loads(out)["status"] == "unknown"
    code, _out, err = run(capsys, "--db", str(path), "verify", "  ")
    assert code == 2
    assert_one_line_error(err)

    db = Database.open(path)
    before = change_log_count(db)
    db.close()
    for argv, words in (
        (["certificates", "revoke", li], "--reason TEXT is needed"),
        (["certificates", "revoke", li, "--reason", "  "], "--reason TEXT is needed"),
        (["certificates", "revoke", "--reason", "why"], "give the code to revoke"),
        (
            ["certificates", "revoke", codes.new_verification_code(), "--reason", "why"],
            "No certificate has the code",
        ),
        (["certificates", "out.pdf"], "need --event NAME or --competition NAME"),
        (
            ["certificates", "out.pdf", "--event", "Belt", "--competition", "Belt"],
            "--event NAME or --competition",
        ),
        (["certificates", "out.pdf", "--event", "Belt", "--track", "Welding"], "go with --competition"),
        (["certificates", "a.pdf", "b.pdf", "--event", "Belt"], "give one FILE.pdf"),
    ):
        code, _out, err = run(capsys, "--db", str(path), *argv)
        assert code == 2, argv
        assert_one_line_error(err)
        assert words in err, (argv, err)
    db = Database.open(path)
    assert change_log_count(db) == before
    with db.session() as s:
        assert certificates.verify(s, li).valid
    db.close()
