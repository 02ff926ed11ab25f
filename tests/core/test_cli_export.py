"""``tvet-alliance export`` and ``tvet-alliance load-export``, run in-process on the sample database."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tvet_alliance.persistence import Database
from tvet_alliance.services import listing

from .test_cli import assert_one_line_error, info_json, run

SEMINAR = "International Digital Skills Exchange Seminar"
LISTS = {
    "partners": listing.PARTNERS,
    "people": listing.PEOPLE,
    "entries": listing.ENTRIES,
    "agreements": listing.AGREEMENTS,
    "events": listing.EVENTS,
}


@pytest.fixture
def sample_path(sample_db: Database, db_path: Path) -> Path:
    """The sample database's file, closed so that the command line has it to itself."""
    sample_db.close()
    return db_path


def live_counts(path: Path) -> dict[str, int]:
    db = Database.open(path, create=False)
    try:
        with db.session() as s:
            counts = {kind: len(listing.list_ids(s, spec)) for kind, spec in LISTS.items()}
            from sqlalchemy import select

            from tvet_alliance.domain import Event

            seminar = s.scalars(select(Event.id).where(Event.name == SEMINAR)).one()
            counts["delegates"] = len(listing.list_ids(s, listing.DELEGATES, parent_id=seminar))
    finally:
        db.close()
    return counts


def records(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        try:
            return [
                ["" if v is None else str(v) for v in row]
                for row in book.worksheets[0].iter_rows(values_only=True)
            ]
        finally:
            book.close()
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["partners", "people", "delegates", "entries", "agreements", "events"])
def test_export_each_kind(
    capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path, kind: str, fmt: str
) -> None:
    expected = live_counts(sample_path)[kind]
    out = tmp_path / f"{kind}.{fmt}"
    extra = ["--event", SEMINAR] if kind == "delegates" else []
    code, stdout, err = run(capsys, "--db", str(sample_path), "export", kind, str(out), *extra)
    assert (code, err) == (0, ""), err
    assert stdout.startswith(f"Exported {expected} {kind} (")
    assert out.exists() and expected > 0
    rows = records(out)
    assert len(rows) == expected + 1
    assert {len(r) for r in rows} == {len(rows[0])}


def test_export_format_option_overrides_the_file_name(
    capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "people.data"
    code, _out, err = run(capsys, "--db", str(sample_path), "export", "people", str(out), "--format", "xlsx")
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(b"PK\x03\x04")


def test_export_share_columns_bilingual(
    capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path
) -> None:
    db = str(sample_path)
    shared = tmp_path / "shared.csv"
    code, stdout, err = run(capsys, "--db", db, "export", "people", str(shared), "--share")
    assert (code, err) == (0, "")
    header = records(shared)[0]
    assert not {"E-mail", "Phone", "WeChat", "WhatsApp"} & set(header) and "Name" in header
    assert "email" not in stdout

    chosen = tmp_path / "chosen.xlsx"
    code, stdout, err = run(
        capsys, "--db", db, "export", "people", str(chosen), "--columns", "full_name, email"
    )
    assert (code, err) == (0, "")
    rows = records(chosen)
    assert rows[0] == ["Name", "E-mail"] and all(len(r) <= 2 for r in rows)
    assert "(full_name, email)" in stdout

    bilingual = tmp_path / "bilingual.csv"
    code, _stdout, err = run(capsys, "--db", db, "export", "partners", str(bilingual), "--bilingual")
    assert (code, err) == (0, "")
    # The Chinese names are the zh_CN translations of the fields' labels, from the .ts files.
    header = records(bilingual)[0]
    assert header[:2] == ["Name in English (英文名称)", "Name in Chinese or Urdu (中文或乌尔都文名称)"]
    assert "Country (国家)" in header

    code, _stdout, err = run(
        capsys, "--db", db, "export", "people", str(tmp_path / "x.csv"), "--columns", "shoe_size"
    )
    assert code == 2
    assert_one_line_error(err)
    assert "shoe_size" in err and not (tmp_path / "x.csv").exists()


def test_export_gbk_and_replacing(
    capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    code, stdout, err = run(
        capsys, "--db", str(sample_path), "export", "people", str(out), "--encoding", "gbk"
    )
    assert (code, stdout) == (2, "")
    assert_one_line_error(err)
    assert "gbk cannot hold these characters" in err and "(U+06" in err
    assert list(tmp_path.glob("*people.csv*")) == []

    code, stdout, err = run(
        capsys,
        "--db",
        str(sample_path),
        "export",
        "people",
        str(out),
        "--encoding",
        "gbk",
        "--replace-unencodable",
    )
    assert code == 0 and stdout.startswith("Exported ")
    assert err.startswith("Written as ?: ") and err.count("\n") == 1
    replaced = err.removeprefix("Written as ?: ").split()
    assert replaced and all("\u0600" <= ch <= "\u06ff" for ch in replaced)
    text = out.read_bytes().decode("gbk")
    assert "?" in text and not any(ch in text for ch in replaced)

    gb, utf8 = tmp_path / "people-gb18030.csv", tmp_path / "people-utf8.csv"
    for path, encoding in ((gb, "gb18030"), (utf8, "utf-8-sig")):
        code, _stdout, err = run(
            capsys, "--db", str(sample_path), "export", "people", str(path), "--encoding", encoding
        )
        assert (code, err) == (0, "")
    assert records(gb, "gb18030") == records(utf8)


def test_export_usage_errors(capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path) -> None:
    db = str(sample_path)
    for argv in (
        ("export", "people", str(tmp_path / "missing" / "p.csv")),
        ("export", "people", str(tmp_path / "p.csv"), "--event", SEMINAR),
        ("export", "delegates", str(tmp_path / "p.csv"), "--event", "No Such Event"),
        ("export", "all", str(tmp_path / "missing" / "all.zip")),
    ):
        code, stdout, err = run(capsys, "--db", db, *argv)
        assert (code, stdout) == (2, ""), argv
        assert_one_line_error(err)
    assert list(tmp_path.glob("p.csv*")) == []


def test_export_all_and_load_export(
    capsys: pytest.CaptureFixture[str], sample_path: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "all.zip"
    code, stdout, err = run(capsys, "--db", str(sample_path), "export", "all", str(archive))
    assert (code, err) == (0, "")
    assert stdout.startswith("Exported ") and archive.exists()

    empty = tmp_path / "empty.sqlite3"
    code, stdout, err = run(capsys, "--db", str(empty), "load-export", str(archive))
    assert (code, err) == (0, ""), err
    assert stdout.startswith("Loaded ")
    source, loaded = info_json(capsys, sample_path), info_json(capsys, empty)
    assert loaded["counts"] == source["counts"]
    code, stdout, err = run(capsys, "--db", str(empty), "check")
    assert (code, err) == (0, ""), stdout

    code, stdout, err = run(capsys, "--db", str(sample_path), "load-export", str(archive))
    assert (code, stdout) == (2, "")
    assert_one_line_error(err)
    assert "empty database" in err
    assert info_json(capsys, sample_path)["counts"] == source["counts"]

    other = tmp_path / "other.sqlite3"
    not_zip = tmp_path / "notes.txt"
    not_zip.write_text("hello", encoding="utf-8")
    code, stdout, err = run(capsys, "--db", str(other), "load-export", str(not_zip))
    assert (code, stdout) == (2, "")
    assert_one_line_error(err)
    assert "is not a full export" in err
