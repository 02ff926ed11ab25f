"""``tvet-alliance import`` and ``revert-import``: the JSON report, exit codes, dry runs, the
rejected-rows file, and undoing a batch."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from .helpers import dump_sqlite
from .test_cli import assert_one_line_error, run

EVENT = "International Digital Skills Exchange Seminar"

DELEGATES = (
    "2024年6月 国际数字技能交流研讨会 参会人员名单\n"
    "\n"
    "姓名,单位,手机,邮箱,参会方式\n"
    "王伟,重庆工程职业技术学院,13800138000,wangwei@example.cn,线下\n"
    "Ali Raza,Punjab TEVTA,0300-1234567,ali.raza@example.pk,online\n"
    "Bad Phone,ITMC Technology,12,bad@example.cn,线上\n"
    "王伟,重庆工程职业技术学院,13800138000,wangwei@example.cn,线下\n"
)


@pytest.fixture
def sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    return db


def _file(tmp_path: Path, text: str, encoding: str = "gb18030", name: str = "delegates.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_json_report(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    code, out, err = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["detected"] == {"encoding": "gb18030", "delimiter": ",", "header_row": 3}
    assert (report["rows"], report["valid"], report["invalid"]) == (4, 3, 1)
    assert (report["created"], report["skipped"], report["duplicates"]) == (2, 1, 1)
    assert report["errors"] == [
        {"row": 3, "column": "手机", "message": "“12” is not a valid phone number for CN."}
    ]
    assert report["applied"] is True and report["batch"]


def test_dry_run_changes_nothing(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    before = dump_sqlite(sample)
    code, out, _ = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--dry-run"
    )
    assert code == 0
    assert "Would create 2" in out
    assert dump_sqlite(sample) == before


def test_rejected_rows_in_the_files_own_encoding(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, DELEGATES)
    rejected = tmp_path / "rejected.csv"
    code, *_ = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "delegates",
        str(path),
        "--event",
        EVENT,
        "--report",
        str(rejected),
    )
    assert code == 0
    rows = list(csv.reader(rejected.read_text(encoding="gb18030").splitlines()))
    assert rows[0] == ["row", "姓名", "单位", "手机", "邮箱", "参会方式", "reason"]
    assert rows[1][:2] == ["3", "Bad Phone"] and "not a valid phone number" in rows[1][-1]


def test_revert_import(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    live = "SELECT count(*) FROM person WHERE deleted_at IS NULL"
    import sqlite3

    def people() -> int:
        with sqlite3.connect(sample) as conn:
            return int(conn.execute(live).fetchone()[0])

    before = people()
    code, out, _ = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--json"
    )
    batch = json.loads(out)["batch"]
    assert people() == before + 2
    code, out, err = run(capsys, "--db", str(sample), "revert-import", batch)
    assert code == 0, err
    assert people() == before
    code, _, err = run(capsys, "--db", str(sample), "revert-import", batch)
    assert code == 2
    assert_one_line_error(err)


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file")],
)
def test_unreadable_file_exits_2_with_one_line(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, needle: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = dump_sqlite(sample)
    code, _, err = run(capsys, "--db", str(sample), "import", "people", str(path))
    assert code == 2
    assert_one_line_error(err)
    assert needle in err
    assert dump_sqlite(sample) == before


def test_delegates_need_an_event(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    code, _, err = run(capsys, "--db", str(sample), "import", "delegates", str(path))
    assert code == 2
    assert_one_line_error(err)
    code, _, err = run(capsys, "--db", str(sample), "import", "delegates", str(path), "--event", "No such")
    assert code == 2
    assert "There is no event called No such" in err
