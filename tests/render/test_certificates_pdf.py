"""Certificates read back from the paper: a page per person, the names in Chinese and Urdu and the
code in the text, and the QR code scanning to a code that verifies as that person's certificate."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_certificates import make_competition, make_seminar
from tests.render.pdf_checks import ink_share, needs_poppler, page_count, pictures, qr_codes, text
from tvet_alliance.domain.enums import CertificateKind, Medal
from tvet_alliance.persistence import Database
from tvet_alliance.progress import Cancelled
from tvet_alliance.render.certificates import CertificatesDocument, heading, write_certificates
from tvet_alliance.render.pdf import write_pdf
from tvet_alliance.services import certificates
from tvet_alliance.services.certificates import Status, date_range


@needs_poppler
def test_attendance_certificates_print_names_code_and_a_qr_that_verifies(
    db: Database, tmp_path: Path
) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        issued = certificates.issue_for_event(s, seminar.event).certificates
    pdf = tmp_path / "certificates.pdf"
    assert write_pdf(CertificatesDocument(issued), pdf) == 2
    assert page_count(pdf) == 2
    ayesha, li = issued  # by name
    first = text(pdf, 1, 1)
    assert "Certificate of Attendance" in first and "参会证书" in first
    assert "عائشہ خان" in first and "Ayesha Khan" in first and "پنجاب ٹیوٹا" in first
    assert "Belt and Road TVET Seminar" in first and "24–26 June 2026, Tianjin, China" in first
    assert ayesha.shown_code in first and f"Verify: tvet-alliance verify {ayesha.shown_code}" in first
    second = text(pdf, 2, 2)
    assert "李伟" in second and "天津职业大学" in second and li.shown_code in second

    pages = pictures(pdf, dpi=150)
    assert all(ink_share(page) > 0.01 for page in pages)
    scanned = [qr_codes(page) for page in pages]
    assert scanned == [[ayesha.code], [li.code]]
    with db.session() as s:
        found = certificates.verify(s, scanned[1][0])
    assert found.status is Status.VALID and found.certificate is not None
    assert found.certificate.native == "李伟"


@needs_poppler
def test_medal_certificates_name_the_medal_and_the_track_in_both_languages(
    db: Database, tmp_path: Path
) -> None:
    contest = make_competition(db)
    with db.transaction() as s:
        issued = certificates.issue_for_competition(s, contest.competition, participants=True).certificates
    pdf = tmp_path / "medals.pdf"
    assert write_pdf(CertificatesDocument(issued), pdf) == 5
    gold = text(pdf, 1, 1)
    assert "Certificate of Achievement — Gold medal" in gold and "获奖证书" in gold
    assert "刘洋" in gold and "Mechatronics (机电一体化)" in gold and "Tianjin A" in gold
    usman = text(pdf, 4, 4)
    assert "Bronze medal" in usman and "عثمان علی" in usman
    sara = text(pdf, 5, 5)
    assert "Certificate of Participation" in sara and "took part in the skill Welding (焊接)" in sara
    (png,) = pictures(pdf, dpi=150, first=4, last=4)
    assert qr_codes(png) == [issued[3].code]


def test_headings_and_dates_read_as_written_on_paper(db: Database) -> None:
    from datetime import date

    assert date_range(date(2026, 6, 24), date(2026, 6, 26)) == "24–26 June 2026"
    assert date_range(date(2026, 6, 30), date(2026, 7, 2)) == "30 June – 2 July 2026"
    assert date_range(date(2026, 12, 31), date(2027, 1, 1)) == "31 December 2026 – 1 January 2027"
    assert date_range(None, None) == ""
    contest = make_competition(db)
    with db.transaction() as s:
        issued = certificates.issue_for_competition(s, contest.competition).certificates
    kinds = {(c.kind, c.medal) for c in issued}
    assert kinds == {(CertificateKind.MEDAL, Medal.GOLD), (CertificateKind.MEDAL, Medal.BRONZE)}
    assert heading(issued[0]) == ("Certificate of Achievement — Gold medal", "获奖证书 · 金牌")


def test_a_cancel_or_a_failed_commit_leaves_no_file_and_no_certificate(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db)
    pdf = tmp_path / "cancelled.pdf"

    def cancel_on_second_page(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled

    with db.session() as s:
        report = certificates.issue_for_event(s, seminar.event)
        with pytest.raises(Cancelled):
            write_certificates(
                report.certificates, pdf, before_rename=s.commit, progress=cancel_on_second_page
            )

    def refused() -> None:
        raise OSError("disk full")

    with db.session() as s:
        report = certificates.issue_for_event(s, seminar.event)
        with pytest.raises(OSError):
            write_certificates(report.certificates, pdf, before_rename=refused)
    assert not pdf.exists() and not list(tmp_path.glob(".*partial"))
    with db.session() as s:
        assert certificates.certificates_of(s, event_id=seminar.event) == []
