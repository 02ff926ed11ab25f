"""Exports a person would expect (issue 13, item 14): the entries export has the rank, the delegates
export the event and whether they checked in; a "share with partners" export never carries the
office's notes and names countries and provinces; an .xlsx has fitted columns, a frozen bold header
and the list's name on its sheet; every exported file can be read by everyone (0644)."""

from __future__ import annotations

import csv
import os
import stat
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tvet_alliance.domain import CheckIn, spreadsheet
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.services.exporting import SPECS, ExportKind, ExportOptions, export, sheet_title


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _delegates(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.session() as s:
        org = records.create(
            s,
            "partner",
            {"name_en": "Punjab TEVTA", "country": "PK", "province": "PK-PB", "notes": "late fees"},
        )
        event = records.create(s, "event", {"name": "Belt and Road TVET Forum 2026", "country": "CN"})
        ali = records.create(
            s, "person", {"full_name": "Ali Raza", "organization_id": org, "nationality": "PK"}
        )
        li = records.create(s, "person", {"full_name": "Li Wei", "nationality": "CN", "notes": "vegetarian"})
        arrived = records.create(
            s, "delegate", {"event_id": event, "person_id": ali, "notes": "visa pending"}
        )
        records.create(s, "delegate", {"event_id": event, "person_id": li})
        s.add(CheckIn(participation_id=arrived))
        s.commit()
    return event, org


def test_the_delegates_export_names_the_event_and_who_checked_in(db: Database, tmp_path: Path) -> None:
    _delegates(db)
    path = tmp_path / "delegates.csv"
    with db.session() as s:
        export(s, ExportKind.DELEGATES, path, ExportOptions())
    rows = {r["Name"]: r for r in _rows(path)}
    assert rows["Ali Raza"]["Event"] == rows["Li Wei"]["Event"] == "Belt and Road TVET Forum 2026"
    assert (rows["Ali Raza"]["Checked in"], rows["Li Wei"]["Checked in"]) == ("yes", "no")
    assert rows["Ali Raza"]["Notes"] == "visa pending"  # the office's own export has its notes


@pytest.mark.parametrize("kind", [ExportKind.PARTNERS, ExportKind.PEOPLE, ExportKind.DELEGATES])
def test_a_share_export_never_carries_notes_even_when_ticked(
    db: Database, tmp_path: Path, kind: ExportKind
) -> None:
    _delegates(db)
    path = tmp_path / f"{kind.value}.csv"
    with db.session() as s:
        default = export(s, kind, path, ExportOptions(share=True))
        assert "notes" not in default.columns
        first = SPECS[kind].columns[0].key
        asked = export(s, kind, path, ExportOptions(share=True, columns=(first, "notes")))
    assert "notes" not in asked.columns
    text = path.read_text("utf-8-sig")
    assert not any(note in text for note in ("late fees", "vegetarian", "visa pending"))


def test_a_share_export_names_countries_and_provinces(db: Database, tmp_path: Path) -> None:
    _delegates(db)
    partners, delegates = tmp_path / "partners.csv", tmp_path / "delegates.csv"
    with db.session() as s:
        export(s, ExportKind.PARTNERS, partners, ExportOptions(share=True))
        export(s, ExportKind.DELEGATES, delegates, ExportOptions(share=True))
        export(s, ExportKind.PARTNERS, tmp_path / "office.csv", ExportOptions())
    (partner,) = _rows(partners)
    assert (partner["Country"], partner["Province"]) == ("Pakistan", "Punjab")
    assert {r["Name"]: r["Nationality"] for r in _rows(delegates)} == {
        "Ali Raza": "Pakistan",
        "Li Wei": "China",
    }
    (office,) = _rows(tmp_path / "office.csv")
    assert (office["Country"], office["Province"]) == ("PK", "PK-PB")  # the office's own keeps codes


def test_an_xlsx_has_fitted_columns_a_frozen_bold_header_and_the_lists_name(
    db: Database, tmp_path: Path
) -> None:
    _delegates(db)
    path = tmp_path / "delegates.xlsx"
    with db.session() as s:
        export(s, ExportKind.DELEGATES, path, ExportOptions(format="xlsx"))
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "Delegates"
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert all(c.font.bold for c in sheet[1]) and not any(c.font.bold for c in sheet[2])
    widths = {h: sheet.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(header)}
    # As wide as the longest cell (the event's name), the header ("Attendance") or a short value.
    assert widths["Event"] == len("Belt and Road TVET Forum 2026") + 2
    assert widths["Checked in"] == len("Checked in") + 2
    assert all(w <= 60 for w in widths.values())
    # A translated name on the sheet, made fit for a sheet name.
    with db.session() as s:
        export(s, ExportKind.DELEGATES, path, ExportOptions(format="xlsx", sheet="参会代表"))
    assert load_workbook(path).worksheets[0].title == "参会代表"
    assert sheet_title("Delegates: day 1/2 [draft]?") == "Delegates day 1 2 draft"
    assert len(sheet_title("x" * 40)) == 31


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_files_can_be_read_by_everyone(db: Database, tmp_path: Path, fmt: str) -> None:
    _delegates(db)
    path = tmp_path / f"delegates.{fmt}"
    old = os.umask(0o077)  # a strict umask would otherwise leave the file readable by its owner only
    try:
        with db.session() as s:
            export(s, ExportKind.DELEGATES, path, ExportOptions(format=fmt))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_phone_cells_skip_the_apostrophe_only_in_international_format() -> None:
    assert spreadsheet.phone_cell("+92 321 9203098") == "+92 321 9203098"
    assert spreadsheet.phone_cell("+1 650-253-0000") == "+1 650-253-0000"
    assert spreadsheet.phone_cell("+923219203098") == "'+923219203098"  # a number without spaces
    assert spreadsheet.phone_cell("+92 321 HYPERLINK()") == "'+92 321 HYPERLINK()"
    assert spreadsheet.neutralise("+92 321 9203098") == "'+92 321 9203098"  # any other column
