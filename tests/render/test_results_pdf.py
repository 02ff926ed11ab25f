"""Result sheets and the results book (issue 16, item 5) read back as a person sees the paper:
the pages (pdfinfo), their text in three scripts (pdftotext), the watermark of provisional results,
ink on every page (pdftoppm); and `tvet-alliance print results`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_results import make_competition
from tests.render.pdf_checks import ink_share, needs_poppler, page_count, pictures, text
from tvet_alliance import cli
from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.render.results import ResultsDocument, write_results
from tvet_alliance.services import results

pytestmark = needs_poppler
URDU_ORG = "گورنمنٹ کالج بہاولپور"  # no lam-alef: pdftotext drops that ligature's lam


def _watermark_share(png: Path) -> float:
    """The share of light grey pixels in the middle third of a page (the provisional watermark)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    rows = range(height // 3, 2 * height // 3)
    grey = sum(1 for y in rows for v in data[y * stride : y * stride + width] if 200 <= v <= 245)
    return grey / (width * len(rows))


def _competition(db: Database) -> dict:
    ids = make_competition(db)
    with db.session() as s:
        lahore = s.query(Organization).filter_by(name_en="GCT Lahore").one()
        lahore.name_native = URDU_ORG
        s.commit()
        results.confirm(s, ids["cnc"])
        s.commit()
    return ids


def test_a_results_book_has_contents_a_sheet_per_track_and_three_scripts(
    db: Database, tmp_path: Path
) -> None:
    ids = _competition(db)
    with db.session() as s:
        shown = results.competition_results(s, ids["competition"])
    pdf = tmp_path / "book.pdf"
    pages = write_results(pdf, "Belt and Road Skills 2026", shown, book=True)
    assert pages == page_count(pdf) == 3  # contents, CNC Milling, Welding
    contents = text(pdf, 1, 1)
    assert (
        "Contents" in contents and "CNC Milling" in contents and "数控铣" in contents and "焊接" in contents
    )
    cnc, welding = text(pdf, 2, 2), text(pdf, 3, 3)
    assert "Confirmed results" in cnc and "Gold" in cnc and "Provisional" not in cnc
    assert "Provisional results" in welding
    # the watermark: light grey across the middle of the provisional sheet only
    pngs = pictures(pdf)
    assert _watermark_share(pngs[2]) > 0.01 and _watermark_share(pngs[1]) < 0.001
    for expected in ("Welding", "焊接", "Team Lahore", "Lahore 0", "选手0", "GCT Lahore", URDU_ORG, "Pakistan",
                     "90", "835", "Gold", "Silver", "Bronze", "median 80, spread 7.41 mark points"):  # fmt: skip
        assert expected in welding, (expected, welding)

    for png in pngs:
        assert ink_share(png) > 0.002


def test_a_long_track_runs_onto_more_sheets_with_its_header_on_each(db: Database) -> None:
    from decimal import Decimal

    from tvet_alliance.domain import Entry
    from tvet_alliance.domain.enums import EntryStatus

    ids = make_competition(db)
    with db.session() as s:
        for i in range(45):
            s.add(
                Entry(
                    track_id=ids["cnc"], team_name=f"Extra {i}", status=EntryStatus.COMPETED, score=Decimal(i)
                )
            )
        s.commit()
        shown = [results.track_results(s, ids["cnc"])]
    document = ResultsDocument("Cup", shown, book=False)
    per = document.rows_per_page()
    from tvet_alliance.render.pdf import pdf_bytes

    _, pages = pdf_bytes(document)
    assert pages == -(-46 // per) and pages >= 2


def test_print_results_on_the_command_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _competition(db)
    db.close()
    pdf = tmp_path / "out.pdf"
    code = cli.main(
        ["--db", str(db_path), "print", "results", "--competition", "Belt and Road Skills 2026", str(pdf)]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() == f"Wrote {pdf}: 3 pages, 2 tracks."
    assert "Results book" in text(pdf, 1, 1)
    sheet = tmp_path / "sheet.pdf"
    code = cli.main(
        [
            "--db",
            str(db_path),
            "print",
            "results",
            "--competition",
            "Belt and Road Skills 2026",
            "--track",
            "焊接",
            str(sheet),
        ]
    )
    capsys.readouterr()
    assert code == 0 and page_count(sheet) == 1 and "Welding" in text(sheet)
    code = cli.main(
        [
            "--db",
            str(db_path),
            "print",
            "results",
            "--competition",
            "Belt and Road Skills 2026",
            str(tmp_path / "no" / "x.pdf"),
        ]
    )
    _, err = capsys.readouterr()
    assert code == 2 and "cannot write" in err
