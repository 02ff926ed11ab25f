"""Badges read back from the PDF: one page per badge (or eight on A4), never blank, the names in
their scripts and in Latin (Chinese family name first), the role's band, and a QR code that scans
to the delegate's ticket code — the code the check-in desk looks up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.data.seminar import ALI, LAHORE, OUYANG, TIANJIN, ZHANG, make_seminar
from tests.render.pdf_checks import ink_share, needs_poppler, page_count, pictures, qr_codes, text
from tvet_alliance.domain.codes import grouped
from tvet_alliance.domain.enums import ParticipationRole
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.render.badges import BadgeDocument
from tvet_alliance.render.pdf import write_pdf
from tvet_alliance.services import printing


def test_every_role_has_a_band_readable_on_it() -> None:
    assert set(palette.ROLES) == set(ParticipationRole)
    for swatch in palette.ROLES.values():
        assert swatch.ink is not None and swatch.ink != swatch.fill
    assert palette.role("speaker") == palette.ROLES[ParticipationRole.SPEAKER]


@needs_poppler
def test_a6_badges_one_a_page_with_names_in_three_scripts_and_scannable_codes(
    db: Database, tmp_path: Path
) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id)
    assert printed.left_out == 1  # the cancelled registration
    pdf = tmp_path / "badges.pdf"
    assert write_pdf(BadgeDocument(printed, "a6"), pdf) == 4 == page_count(pdf)
    pngs = pictures(pdf, dpi=100)
    assert all(ink_share(png) > 0.02 for png in pngs)
    everything = text(pdf)
    for shown in (
        ZHANG,
        "ZHANG Wei",
        ALI,
        "Muhammad Ali",
        OUYANG,
        "OUYANG Xiaoming",
        "Fatima Khan",
        TIANJIN,
        LAHORE,
    ):
        assert shown in everything, shown
    assert "Cancelled Person" not in everything
    assert "SPEAKER" in everything and "Founding Seminar of the Alliance" in everything
    assert "2026-05-10 – 2026-05-12" in everything
    # Each page's QR code is that delegate's ticket code, also printed below it in groups.
    by_page = {}
    for number, png in enumerate(pngs, start=1):
        (code,) = qr_codes(png)
        by_page[code] = number
        assert grouped(code) in text(pdf, number, number)
    assert set(by_page) == {
        seminar.tickets[name] for name in ("Zhang Wei", "Muhammad Ali", OUYANG, "Fatima Khan")
    }


@needs_poppler
def test_eight_badges_on_an_a4_sheet_with_cut_marks(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db, extra=6)  # 10 to print, one cancelled
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id)
    assert len(printed.delegates) == 10
    pdf = tmp_path / "sheet.pdf"
    assert write_pdf(BadgeDocument(printed, "a4-8"), pdf) == 2
    first, second = pictures(pdf, dpi=150)
    assert len(qr_codes(first)) == 8 and len(qr_codes(second)) == 2
    assert set(qr_codes(first) + qr_codes(second)) == {
        code for name, code in seminar.tickets.items() if name != "Cancelled Person"
    }
    # Cut marks in the margin: ink at the top edge where the two columns meet, nothing at the corners.
    image = QImage(str(first))
    middle, in_margin = image.width() // 2, round(8 / 25.4 * 150)  # 8 mm from the top edge
    assert any(image.pixelColor(x, in_margin).lightness() < 200 for x in range(middle - 3, middle + 4))
    assert all(image.pixelColor(x, in_margin).lightness() > 240 for x in range(middle - 60, middle - 10))


@needs_poppler
def test_one_badge_again_for_a_reprint(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id, person="محمد")
    pdf = tmp_path / "reprint.pdf"
    assert write_pdf(BadgeDocument(printed, "a6"), pdf) == 1
    assert qr_codes(pictures(pdf, dpi=100)[0]) == [seminar.tickets["Muhammad Ali"]]


def test_an_unknown_layout_is_refused(db: Database) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id)
    with pytest.raises(ValueError):
        BadgeDocument(printed, "letter")


@needs_poppler
def test_a_badge_scanned_at_the_desk_checks_its_delegate_in(db: Database, tmp_path: Path) -> None:
    """The whole seminar-day loop: the QR printed on a badge, read back from the page's picture, is
    what a scanner types at the check-in desk; it checks that delegate in, and a second scan of it
    says when they came."""
    from tvet_alliance.services import checkin

    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id, person="Fatima Khan")
    pdf = tmp_path / "reprint.pdf"
    write_pdf(BadgeDocument(printed, "a6"), pdf)
    (scanned,) = qr_codes(pictures(pdf, dpi=100)[0])
    with db.transaction() as s:
        first = checkin.lookup(s, seminar.event_id, scanned + "\n", desk="Desk 2")
    assert first.kind is checkin.Kind.CHECKED_IN and first.person is not None
    assert first.person.name == "Fatima Khan"
    with db.transaction() as s:
        again = checkin.lookup(s, seminar.event_id, scanned, desk="Desk 1")
    assert again.kind is checkin.Kind.ALREADY and again.first_desk == "Desk 2"
