"""The render foundation read back as a person sees the paper: fonts per script, text that fits,
tables that paginate with their headers, QR codes that scan, and PDFs written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from tests.render.pdf_checks import ink_share, needs_poppler, page_count, pictures, qr_codes, text
from tvet_alliance.progress import Cancelled
from tvet_alliance.render import fonts
from tvet_alliance.render.pdf import A4, A6, Canvas, PageSetup, pdf_bytes, write_pdf
from tvet_alliance.render.qr import draw_qr, error_level, qr_matrix
from tvet_alliance.render.table import Column, Group, TableDocument
from tvet_alliance.render.text import CENTER, draw_text, fit_text

URDU_NAME = "محمد علی"
CHINESE_NAME = "张伟"


class OnePage:
    """A document of one A6 page painted by a function."""

    title = "test"

    def __init__(self, paint: object, setup: PageSetup = A6) -> None:
        self.paint = paint
        self.setup = setup
        self.fits: list[object] = []

    def layout(self, canvas: Canvas) -> int:
        return 1

    def paint_page(self, canvas: Canvas, index: int) -> None:
        assert callable(self.paint)
        self.fits.append(self.paint(canvas))


def test_the_bundled_urdu_fonts_load_and_chinese_is_simplified() -> None:
    loaded = fonts.register_bundled()
    assert set(loaded.values()) == {fonts.URDU, fonts.NASKH}
    assert fonts.chinese_family() in fonts.CHINESE_FAMILIES
    assert fonts.font_report().ok
    assert fonts.font_for(URDU_NAME, 12).families()[0] == fonts.URDU
    assert fonts.font_for(URDU_NAME, 12, compact=True).families()[0] == fonts.NASKH
    han = fonts.font_for(CHINESE_NAME, 12).families()
    assert han[0] == fonts.chinese_family() and not any("JP" in family for family in han)
    assert fonts.font_for("Zhang Wei", 12).families()[0] in fonts.LATIN_FAMILIES


def test_the_font_report_names_what_is_missing() -> None:
    installed = fonts.installed_families()
    without_sc = {family for family in installed if family not in fonts.CHINESE_FAMILIES}
    report = fonts.font_report(available=without_sc | {"Noto Sans CJK JP"})
    assert not report.ok
    (problem,) = report.problems
    assert problem.script is fonts.Script.HAN
    assert "Noto Sans CJK JP" in problem.sentence() and "Simplified Chinese" in problem.sentence()

    bare = fonts.font_report(available={"DejaVu Sans"}, bundled={})
    sentences = bare.sentences()
    assert [p.script for p in bare.problems] == [fonts.Script.HAN, fonts.Script.ARABIC, fonts.Script.ARABIC]
    assert "No Simplified Chinese font is installed" in sentences[0]
    assert "Noto Nastaliq Urdu" in sentences[1] and "Noto Naskh Arabic" in sentences[2]
    assert bare.sentences(lambda context, source: f"[{context}] {source}")[0].startswith("[Fonts] No")


def test_scripts_and_directions() -> None:
    assert fonts.script_of(URDU_NAME) is fonts.Script.ARABIC
    assert fonts.script_of("Dr. " + URDU_NAME) is fonts.Script.ARABIC
    assert fonts.script_of(CHINESE_NAME + " (TVET)") is fonts.Script.HAN
    assert fonts.script_of("Fatima Khan") is fonts.Script.LATIN
    assert fonts.is_right_to_left(URDU_NAME + " Khan")
    assert not fonts.is_right_to_left("Khan " + URDU_NAME)


def test_text_shrinks_to_fit_then_is_cut() -> None:
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        from tvet_alliance.render.pdf import A4 as setup

        canvas = Canvas(painter, image, setup)  # type: ignore[arg-type]
        rect = QRectF(0, 0, 200, 40)
        short = fit_text(canvas, rect, "Ali", 12)
        assert short.size == 12 and not short.elided
        long_name = "Muhammad Abdul Rahman bin Abdullah Al-Khwarizmi"
        shrunk = fit_text(canvas, rect, long_name, 12, min_size=4)
        assert 4 <= shrunk.size < 12 and not shrunk.elided and shrunk.text == long_name
        cut = fit_text(canvas, rect, long_name * 3, 12, min_size=6)
        assert cut.size == 6 and cut.elided and cut.text.endswith("…")
        two_lines = fit_text(canvas, QRectF(0, 0, 200, 200), long_name, 12, max_lines=2)
        assert two_lines.lines == 2 and not two_lines.elided
    finally:
        painter.end()


@needs_poppler
def test_three_scripts_print_shaped_and_extract(tmp_path: Path) -> None:
    def paint(canvas: Canvas) -> None:
        draw_text(canvas, canvas.rect(10, 10, 85, 20), URDU_NAME, 26, align=CENTER)
        draw_text(canvas, canvas.rect(10, 35, 85, 14), CHINESE_NAME, 26, align=CENTER, bold=True)
        draw_text(canvas, canvas.rect(10, 50, 85, 8), "ZHANG Wei", 14, align=CENTER)
        draw_text(canvas, canvas.rect(10, 60, 85, 8), URDU_NAME, 14, align=CENTER, compact=True)

    pdf = tmp_path / "scripts.pdf"
    assert write_pdf(OnePage(paint), pdf) == 1
    (png,) = pictures(pdf)
    assert ink_share(png) > 0.005
    extracted = text(pdf)
    assert CHINESE_NAME in extracted and "ZHANG Wei" in extracted
    # Naskh's joined letters come back as the name's letters; poppler gives nothing for Nastaliq's
    # contextual glyphs (they have no code point of their own), so the name is there once.
    assert extracted.count(URDU_NAME) == 1


def test_qr_error_level_follows_the_payload_length() -> None:
    assert error_level("a" * 32) == "h"
    assert error_level("a" * 33) == "m"
    assert error_level("a" * 128) == "m"
    assert error_level("a" * 129) == "l"
    assert len(qr_matrix("abcdefghjkmn")) == 25  # version 2 at level H


@needs_poppler
def test_a_qr_code_drawn_with_the_painter_scans(tmp_path: Path) -> None:
    def paint(canvas: Canvas) -> float:
        return draw_qr(canvas.painter, canvas.rect(30, 40, 45, 45), "k7mq-x2pz-9abc")

    doc = OnePage(paint)
    pdf = tmp_path / "qr.pdf"
    write_pdf(doc, pdf)
    assert qr_codes(pictures(pdf, dpi=100)[0]) == ["k7mq-x2pz-9abc"]


def _table(rows: int, *, grouped: bool, signature: bool = False) -> TableDocument:
    people = [(CHINESE_NAME, "ZHANG Wei"), (URDU_NAME, "Muhammad Ali"), ("Fatima Khan", "Fatima Khan")]
    all_rows = [(str(i + 1), *people[i % 3]) for i in range(rows)]
    columns = [Column("No.", 0.6), Column("Name", 3), Column("Latin", 3)]
    if signature:
        columns.append(Column("Signature", 3, signature=True))
    if grouped:
        groups = [
            Group("天津职业技术师范大学", all_rows[: rows // 2]),
            Group("TEVTA Punjab", all_rows[rows // 2 :]),
        ]
    else:
        groups = [Group(None, all_rows)]
    return TableDocument("Delegates", "Founding seminar", columns, groups, setup=A4)


@needs_poppler
def test_a_long_table_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    pdf = tmp_path / "list.pdf"
    pages = write_pdf(_table(100, grouped=True, signature=True), pdf)
    assert pages == page_count(pdf) >= 3
    for number in range(1, pages + 1):
        page = text(pdf, number, number)
        assert "Delegates" in page and "Founding seminar" in page and "Signature" in page
        assert f"Page {number} of {pages}" in page and "Printed " in page
    assert "TEVTA Punjab (continued)" in text(pdf) or "天津职业技术师范大学 (continued)" in text(pdf)
    everything = text(pdf)
    assert everything.count(URDU_NAME) == 33 and everything.count("ZHANG Wei") == 34
    assert all(ink_share(png) > 0.01 for png in pictures(pdf))


def test_a_short_table_is_one_page_and_an_empty_one_still_prints_its_header() -> None:
    _, pages = pdf_bytes(_table(5, grouped=False))
    assert pages == 1
    _, pages = pdf_bytes(_table(0, grouped=False))
    assert pages == 1


def test_progress_per_page_and_a_cancel_writes_nothing(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    pdf = tmp_path / "out" / "list.pdf"
    pages = write_pdf(_table(100, grouped=False), pdf, lambda done, total: seen.append((done, total)))
    assert seen == [(i, pages) for i in range(pages + 1)]

    before = pdf.read_bytes()

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_pdf(_table(100, grouped=False), pdf, cancel)
    assert pdf.read_bytes() == before
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["list.pdf"]
