"""Printed delegate lists and sign-in sheets read back: pages numbered, the header on every page,
names in three scripts, grouped by organisation, a signature column."""

from __future__ import annotations

from pathlib import Path

from tests.data.seminar import ALI, OUYANG, TIANJIN, ZHANG, make_seminar
from tests.render.pdf_checks import ink_share, needs_poppler, page_count, pictures, text
from tvet_alliance.persistence import Database
from tvet_alliance.render.lists import delegate_list
from tvet_alliance.render.pdf import write_pdf
from tvet_alliance.services import printing


@needs_poppler
def test_the_delegate_list_by_name(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id)
    pdf = tmp_path / "list.pdf"
    assert write_pdf(delegate_list(printed), pdf) == 1 == page_count(pdf)
    page = text(pdf)
    for shown in (
        "Delegate list — Founding Seminar of the Alliance",
        "4 delegates",
        ZHANG,
        "ZHANG Wei",
        ALI,
        OUYANG,
    ):
        assert shown in page, shown
    assert "Cancelled Person" not in page
    assert "Page 1 of 1" in page and "Country" in page and "Role" in page and "Signature" not in page
    # By the Latin name: Fatima, Muhammad, OUYANG, ZHANG.
    order = [page.index(name) for name in ("Fatima Khan", "Muhammad Ali", "OUYANG Xiaoming", "ZHANG Wei")]
    assert order == sorted(order)


@needs_poppler
def test_the_sign_in_sheet_grouped_by_organisation_over_pages(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db, extra=40)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id, order=printing.BY_ORGANIZATION)
    pdf = tmp_path / "sign-in.pdf"
    pages = write_pdf(delegate_list(printed, sign_in=True), pdf)
    assert pages == page_count(pdf) >= 2
    for number in range(1, pages + 1):
        page = text(pdf, number, number)
        assert "Sign-in sheet — Founding Seminar of the Alliance" in page and "Signature" in page
        assert f"Page {number} of {pages}" in page
    everything = text(pdf)
    assert f"{TIANJIN} — Tianjin University of Technology and Education" in everything
    assert "Government College of Technology — " in everything  # the English name first, then the Urdu
    assert "TEVTA Punjab (continued)" in everything
    assert everything.index(ZHANG) > everything.index(TIANJIN)
    assert all(ink_share(png) > 0.01 for png in pictures(pdf))
