"""What a spreadsheet shows of our exports (issue 13, item 14), decided by opening them in a real
one: LibreOffice Calc, headless, converts the CSV and the .xlsx to HTML, which holds each cell as
Calc shows it (and, for a number, its value). A phone must show as ``+92 321 9203098``: text, not a
number, not a formula's result or error, and without the apostrophe older exports put in front.
A cell that could start a formula (``=1+1``) must still show as text, never as its result.

The tests skip when ``soffice`` is not installed (the CI image may not have it: installing
``libreoffice-calc-nogui`` there runs them).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.services.exporting import ExportKind, ExportOptions, export

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

#: The CSV filter as Calc's Text Import dialog is filled in for our files: comma, double quotes,
#: UTF-8 (76), from line 1, standard column types; "evaluate formulas" on (what Calc does when the
#: option is not given), so that a cell read as a formula would show its result.
CSV_FILTER = "CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true"


class _Cells(HTMLParser):
    """The rows of the HTML Calc writes: each cell's text, and whether Calc holds it as a number."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, bool]]] = []
        self._cell: list[str] | None = None
        self._number = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell, self._number = [], any(name == "sdval" for name, _ in attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(("".join(self._cell).replace("\xa0", " "), self._number))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def shown_by_calc(path: Path, work: Path) -> list[list[tuple[str, bool]]]:
    """*path* opened in LibreOffice Calc: per row, per cell, (what it shows, whether a number)."""
    assert SOFFICE is not None
    out = work / f"html-{path.suffix[1:]}"
    command = [
        SOFFICE,
        f"-env:UserInstallation=file://{work / 'profile'}",
        "--headless",
        "--norestore",
        *(["--infilter=" + CSV_FILTER] if path.suffix == ".csv" else []),
        "--convert-to",
        "html",
        "--outdir",
        str(out),
        str(path),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    parser = _Cells()
    parser.feed((out / f"{path.stem}.html").read_text("utf-8"))
    return [row for row in parser.rows if row]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[list[tuple[str, bool]]]]]:
    """The people of a small database exported to CSV and .xlsx, as Calc shows them."""
    work = tmp_path_factory.mktemp("calc")
    db = Database.open(work / "db.sqlite3")
    try:
        with db.session() as s:
            org = records.create(s, "partner", {"name_en": "Punjab TEVTA", "country": "PK"})
            given = {"organization_id": org, "contact_consent": "yes"}
            records.create(
                s,
                "person",
                {**given, "full_name": "Ayesha Khan", "phone": "+92 321 9203098", "position": "=1+1"},
            )
            records.create(s, "person", {**given, "full_name": "Li Wei", "phone": "+86 138 0013 8000"})
            s.commit()
        shown = {}
        for fmt in ("csv", "xlsx"):
            path = work / f"people.{fmt}"
            with db.session() as s:
                export(
                    s,
                    ExportKind.PEOPLE,
                    path,
                    ExportOptions(format=fmt, columns=("full_name", "phone", "position")),
                )
            shown[fmt] = shown_by_calc(path, work)
        yield shown
    finally:
        db.close()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_calc_shows_phones_as_people_write_them(
    exported: dict[str, list[list[tuple[str, bool]]]], fmt: str
) -> None:
    rows = {row[0][0]: row for row in exported[fmt][1:]}
    assert rows["Ayesha Khan"][1] == ("+92 321 9203098", False)  # text: not a number, no apostrophe
    assert rows["Li Wei"][1] == ("+86 138 0013 8000", False)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_calc_never_runs_a_formula_from_a_cell(
    exported: dict[str, list[list[tuple[str, bool]]]], fmt: str
) -> None:
    rows = {row[0][0]: row for row in exported[fmt][1:]}
    shown, number = rows["Ayesha Khan"][2]
    # The CSV keeps the apostrophe that makes Calc and Excel read "=1+1" as text; the .xlsx cell is text.
    assert not number and shown == ("'=1+1" if fmt == "csv" else "=1+1")
