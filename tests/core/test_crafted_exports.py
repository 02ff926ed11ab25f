"""A corpus of crafted full exports (issue 12, item 6): each is made from a real ``export all`` of the
sample data, altered, and given to ``load-export``. Every one ends in one line on stderr, exit 2 and
nothing loaded (the target database is exactly as it was)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.helpers import dump_sqlite
from tests.core.test_cli import assert_one_line_error, run
from tvet_alliance.domain import incoming
from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting

Files = dict[str, bytes]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory, sample_template: Path) -> Files:
    """The files of a real full export of the sample data."""
    folder = tmp_path_factory.mktemp("export")
    shutil.copyfile(sample_template, folder / "sample.sqlite3")
    db = Database.open(folder / "sample.sqlite3")
    try:
        with db.session() as s:
            exporting.export_all(s, folder / "all.zip")
    finally:
        db.close()
    with zipfile.ZipFile(folder / "all.zip") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + out.getvalue()).encode()


def _cell(table: str, column: str, text: str, row: int = 1) -> Callable[[Files], None]:
    def alter(files: Files) -> None:
        rows = _rows(files[f"{table}.csv"])
        rows[row][rows[0].index(column)] = text
        files[f"{table}.csv"] = _csv(rows)

    return alter


def _where(table: str, column: str, unlike: str, target: str, text: str) -> Callable[[Files], None]:
    """Set *target* to *text* in the first row of *table* whose *column* is not *unlike*."""

    def alter(files: Files) -> None:
        rows = _rows(files[f"{table}.csv"])
        at = rows[0].index(column)
        row = next(r for r in rows[1:] if r[at] != unlike)
        row[rows[0].index(target)] = text
        files[f"{table}.csv"] = _csv(rows)

    return alter


def _manifest(change: Callable[[dict[str, object]], object]) -> Callable[[Files], None]:
    def alter(files: Files) -> None:
        manifest = json.loads(files["manifest.json"])
        result = change(manifest)
        files["manifest.json"] = json.dumps(manifest if result is None else result).encode()

    return alter


def _table(
    table: str, change: Callable[[list[list[str]]], list[list[str]]], count: bool = True
) -> Callable[[Files], None]:
    """Change a table's rows; with *count* the manifest is made to agree (a careful forger)."""

    def alter(files: Files) -> None:
        rows = change(_rows(files[f"{table}.csv"]))
        files[f"{table}.csv"] = _csv(rows)
        if count:
            manifest = json.loads(files["manifest.json"])
            manifest["tables"][table] = len(rows) - 1
            files["manifest.json"] = json.dumps(manifest).encode()

    return alter


def _raw(name: str, data: bytes) -> Callable[[Files], None]:
    def alter(files: Files) -> None:
        files[name] = data

    return alter


def _drop(name: str) -> Callable[[Files], None]:
    def alter(files: Files) -> None:
        del files[name]

    return alter


def _bad_bytes(files: Files) -> None:
    data = files["person.csv"]
    cut = data.index(b"\r\n") + 4
    files["person.csv"] = data[:cut] + b"\xff\xfe\xfa" + data[cut:]


def _third(rows: list[list[str]]) -> list[list[str]]:
    return rows[: 1 + (len(rows) - 1) // 3]


CASES: dict[str, Callable[[Files], None]] = {
    "empty CSV": _raw("person.csv", b""),
    "only a BOM": _raw("person.csv", "\ufeff".encode()),
    "unknown column": _table("person", lambda r: [[*row, "x"] for row in r]),
    "missing column": _table("person", lambda r: [row[:-1] for row in r]),
    "repeated column": _table("person", lambda r: [[*row, row[0]] for row in r]),
    "ragged row": _table("person", lambda r: [*r[:2], r[2][:-2], *r[3:]]),
    "bad UUID": _cell("person", "id", "not-a-uuid"),
    "bad date": _cell("event", "start_date", "someday"),
    "bad time": _cell("person", "created_at", "yesterday"),
    "bad enum": _cell("person", "contact_consent", "perhaps"),
    "bad int": _cell("person", "row_version", "many"),
    "bad list": _cell("organization", "tags", '{"a": 1}'),
    "bad bytes": _bad_bytes,
    "NUL in a cell": _cell("person", "notes", "a\x00b"),
    "too long for its column": _cell("person", "nationality", "PAK"),
    "a huge cell": _cell("person", "notes", "x" * (incoming.CELL_LIMIT + 10)),
    "a huge line": _cell("person", "notes", "x" * (exporting.LINE_LIMIT + 10)),
    "foreign key to nothing": _cell("person", "organization_id", str(uuid.uuid4())),
    "unique violation": _table("person", lambda r: [*r, r[1]]),
    "required name empty": _cell("person", "full_name", ""),
    "invalid country": _cell("organization", "country", "XX"),
    "invalid e-mail": _cell("person", "email", "someone at somewhere"),
    "invalid phone": _cell("person", "phone", "+92 12"),
    "a province of another country": _where("organization", "country", "CN", "province", "CN-CQ"),
    "an end date before the start date": _where("event", "start_date", "", "end_date", "1900-01-01"),
    "a score above the track's maximum": _where("entry", "score", "", "score", "99999.00"),
    "manifest a list": _raw("manifest.json", b"[1, 2, 3]"),
    "manifest not JSON": _raw("manifest.json", b"{tables"),
    "manifest missing": _drop("manifest.json"),
    "manifest of another format": _manifest(lambda m: m.update(format="something else")),
    "manifest of another schema": _manifest(lambda m: m.update(schema_revision="0001")),
    "manifest counts not numbers": _manifest(lambda m: m["tables"].update(person="many")),  # type: ignore[union-attr]
    "manifest without a table": _manifest(lambda m: m["tables"].pop("agreement")),  # type: ignore[union-attr]
    "manifest with an unknown table": _manifest(lambda m: m["tables"].update(secrets=1)),  # type: ignore[union-attr]
    "manifest claims 9,999 people": _manifest(lambda m: m["tables"].update(person=9999)),  # type: ignore[union-attr]
    "change log cut to a third": _table("change_log", _third, count=False),
    "agreements missing": _drop("agreement.csv"),
    "not a zip": lambda files: None,  # written as plain bytes below
    "bad CRC": lambda files: None,  # corrupted below
}


def _write(files: Files, path: Path, case: str) -> None:
    if case == "not a zip":
        path.write_bytes(b"PK\x03\x04 this is no zip at all")
        return
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    if case == "bad CRC":
        raw = bytearray(path.read_bytes())
        at = raw.index(files["person.csv"][40:80])
        raw[at] ^= 0x01
        path.write_bytes(bytes(raw))


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_export_is_refused_in_one_line_and_nothing_is_loaded(
    case: str, real: Files, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(real)
    CASES[case](files)
    crafted = tmp_path / "crafted.zip"
    _write(files, crafted, case)
    target = tmp_path / "target.sqlite3"
    assert run(capsys, "--db", str(target), "init")[0] == 0
    before = dump_sqlite(target)
    code, out, err = run(capsys, "--db", str(target), "load-export", str(crafted))
    assert (code, out) == (2, ""), (case, out, err)
    assert_one_line_error(err)
    assert "is not a full export of this program" in err, err
    assert dump_sqlite(target) == before


def test_the_real_export_loads_and_the_messages_say_what_is_wrong(
    real: Files, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = {
        "manifest claims 9,999 people": "person.csv holds",
        "change log cut to a third": "change_log.csv holds",
        "agreements missing": "agreement.csv is missing",
        "ragged row": "row 3 of person.csv has",
        "unknown column": "person.csv has the unknown column 'x'",
        "invalid country": "organization.country: 'XX' is refused (country)",
        "invalid e-mail": "person.email: 'someone at somewhere' is refused (email)",
        "invalid phone": "person.phone: “+92 12” is not a valid phone number",
        "a province of another country": "organization.province: Province CN-CQ",
        "an end date before the start date": "event.end_date: The end date 1900-01-01 is before",
        "a score above the track's maximum": "entry.score: Score 99999.00 is above the track's maximum",
        "a huge line": "a line longer than",
        "foreign key to nothing": "do not fit the others",
        "a huge cell": "cannot be read",
        "manifest a list": "not the manifest of a full export",
    }
    for n, (case, text) in enumerate(expected.items()):
        files = dict(real)
        CASES[case](files)
        _write(files, tmp_path / f"{n}.zip", case)
        target = tmp_path / f"{n}.sqlite3"
        code, _, err = run(capsys, "--db", str(target), "load-export", str(tmp_path / f"{n}.zip"))
        assert code == 2 and text in err, (case, err)
    _write(dict(real), tmp_path / "real.zip", "real")
    code, out, err = run(
        capsys, "--db", str(tmp_path / "loaded.sqlite3"), "load-export", str(tmp_path / "real.zip")
    )
    assert (code, err) == (0, "") and out.startswith("Loaded ")
