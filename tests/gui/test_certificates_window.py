"""Certificates in the window, by keyboard and mouse: verify a code (green, or red with why), issue
and save an event's certificates (a preview of the selected one), a reprint with the same codes,
and revoke with a reason — refused, with the database unchanged, while no reason is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.core.helpers import change_log_count
from tests.core.test_certificates import make_competition, make_seminar
from tvet_alliance.domain import codes
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates
from tvet_alliance.ui.dialogs.certificates import CertificatesDialog, VerifyDialog


@pytest.fixture
def seminar_db(db: Database) -> Database:
    make_seminar(db)
    make_competition(db)
    return db


def _issued_codes(db: Database) -> dict[str, str]:
    with db.session() as s:
        found = certificates.certificates_of(s, event_id=certificates.subjects(s)[0].id)
    return {c.name: c.code for c in found}


def test_the_menus_offer_certificates_and_verify(make_window: Any, seminar_db: Database) -> None:
    window = make_window(seminar_db)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    file_actions = [a.text() for a in menus["&File"].actions()]
    help_actions = [a.text() for a in menus["&Help"].actions()]
    assert "&Certificates…" in file_actions
    assert "&Verify a certificate…" in help_actions
    window.set_database(None)
    assert not window.certificate_actions.certificates_action.isEnabled()


def test_issue_save_and_reprint_an_events_certificates(
    qtbot: Any, make_window: Any, seminar_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(seminar_db)
    window.certificate_actions.certificates_action.trigger()
    dialog = window.certificate_actions.dialog
    assert isinstance(dialog, CertificatesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.request() is not None and dialog.request().subject.kind == "event"  # type: ignore[union-attr]
    assert not dialog.track_box.isVisible()
    assert dialog.table.rowCount() == 0
    assert "2 delegates attended." in dialog.summary.text()
    target = tmp_path / "seminar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))

    with qtbot.waitSignal(window.workFinished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert str(finished.args[0]).startswith(f"2 certificates saved to {target}")
    assert target.stat().st_size > 10_000
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["Ayesha Khan", "Li Wei"]
    assert dialog.table.item(0, 5).text() == "1"  # printed once
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > pixmap.height()
    first = _issued_codes(seminar_db)

    again = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(again), "")))
    with qtbot.waitSignal(window.workFinished, timeout=20_000) as finished:
        qtbot.keyClick(dialog.issue_button, Qt.Key.Key_Space)
    assert "2 printed again with the same code" in str(finished.args[0])
    assert _issued_codes(seminar_db) == first
    assert dialog.table.item(1, 5).text() == "2"
    assert dialog.table.item(1, 3).text() == codes.grouped(first["Li Wei"])


def test_a_competition_shows_its_tracks_and_participants_on_request(
    qtbot: Any, make_window: Any, seminar_db: Database
) -> None:
    window = make_window(seminar_db)
    dialog = window.certificate_actions.open_certificates()
    assert dialog is not None
    with seminar_db.session() as s:
        competition = next(x for x in certificates.subjects(s) if x.kind == "competition")
        certificates.issue_for_competition(s, competition.id, participants=True)
        s.commit()
    dialog.choose(competition.id)
    assert dialog.track_box.isVisible() and dialog.track_box.count() == 3  # all, Mechatronics, Welding
    assert dialog.table.rowCount() == 4  # the medallists
    assert "4 competitors to certify." in dialog.summary.text()
    dialog.participants_box.click()
    assert dialog.table.rowCount() == 5
    assert "5 competitors" in dialog.summary.text()
    dialog.track_box.setCurrentIndex(2)  # Welding
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Sara Iqbal",
        "Usman Ali",
    ]
    assert dialog.table.item(1, 2).text() == "Certificate of Achievement — Bronze medal"


def test_revoke_asks_for_a_reason_first_then_verify_says_revoked(
    qtbot: Any, make_window: Any, seminar_db: Database
) -> None:
    with seminar_db.transaction() as s:
        certificates.issue_for_event(s, certificates.subjects(s)[0].id)
    window = make_window(seminar_db)
    dialog = window.certificate_actions.open_certificates()
    assert dialog is not None
    dialog.table.setCurrentCell(1, 0)  # Li Wei
    assert dialog.current() is not None and dialog.current().name == "Li Wei"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    ask = dialog.revoke_dialog
    assert ask is not None
    qtbot.waitExposed(ask)
    assert "Li Wei / 李伟" in ask.question.text()
    before = change_log_count(seminar_db)
    qtbot.mouseClick(ask.revoke_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert ask.isVisible() and ask.problem.isVisible()
    assert "Say why the certificate is revoked" in ask.problem.text()
    qtbot.keyClicks(ask.reason, "   ")
    qtbot.keyClick(ask.reason, Qt.Key.Key_Return)
    assert ask.isVisible()
    assert change_log_count(seminar_db) == before
    ask.reason.clear()
    qtbot.keyClicks(ask.reason, "Issued to the wrong delegate")
    with qtbot.waitSignal(window.workFinished, timeout=5_000):
        qtbot.keyClick(ask.reason, Qt.Key.Key_Return)
    code = _issued_codes(seminar_db)["Li Wei"]
    assert "Issued to the wrong delegate" in dialog.table.item(1, 6).text()
    assert not dialog.revoke_button.isEnabled()
    assert "1 revoked" in dialog.summary.text()

    window.certificate_actions.verify_action.trigger()
    verify = window.certificate_actions.verify_dialog
    assert isinstance(verify, VerifyDialog)
    qtbot.keyClicks(verify.field, codes.grouped(code).upper())
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.answer.property("verdict") == "revoked"
    assert "Revoked" in verify.answer.text() and "Issued to the wrong delegate" in verify.answer.text()
    assert "Li Wei / 李伟" in verify.details.text()


def test_verify_by_keyboard_valid_typo_unknown_and_empty(
    qtbot: Any, make_window: Any, seminar_db: Database, tmp_path: Path
) -> None:
    with seminar_db.transaction() as s:
        certificates.issue_for_event(s, certificates.subjects(s)[0].id)
    code = _issued_codes(seminar_db)["Ayesha Khan"]
    window = make_window(seminar_db)
    verify = window.certificate_actions.open_verify()
    assert verify is not None
    qtbot.waitExposed(verify)
    qtbot.waitUntil(verify.field.hasFocus, timeout=3_000)

    qtbot.keyClicks(verify.field, codes.grouped(code))
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.answer.property("verdict") == "valid"
    assert verify.answer.text() == "Valid certificate"
    assert "#e3f4e8" in verify.answer.styleSheet()  # green
    details = verify.details.text()
    assert "Ayesha Khan / عائشہ خان" in details and "Belt and Road TVET Seminar" in details
    assert "Certificate of Attendance" in details and "Punjab TEVTA / پنجاب ٹیوٹا" in details

    # The next code typed replaces the last one (it was selected): a scanner needs no clearing.
    typo = code[:5] + ("z" if code[5] != "z" else "y") + code[6:]
    qtbot.keyClicks(verify.field, typo)
    assert verify.field.text() == typo
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.answer.property("verdict") == "typing_mistake"
    assert "typing mistake" in verify.answer.text()
    assert "#fde2e1" in verify.answer.styleSheet()  # red
    assert not verify.details.isVisible()

    qtbot.keyClicks(verify.field, codes.new_verification_code())
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.answer.property("verdict") == "unknown"
    assert "Unknown code" in verify.answer.text()

    verify.field.clear()
    qtbot.keyClick(verify.field, Qt.Key.Key_Return)
    assert verify.answer.property("verdict") == "empty"
    assert "Type or scan the verification code" in verify.answer.text()
    verify.grab().save(str(tmp_path / "verify.png"))


def test_a_missing_font_is_said_before_printing_and_no_stops_it(
    make_window: Any,
    seminar_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    from tvet_alliance.render import fonts

    bare = fonts.font_report(available={"DejaVu Sans"}, bundled={})
    monkeypatch.setattr(fonts, "font_report", lambda *a, **k: bare)
    window = make_window(seminar_db)
    dialog = window.certificate_actions.open_certificates()
    assert dialog is not None
    request = dialog.request()
    assert request is not None
    target = tmp_path / "no.pdf"
    assert not window.certificate_actions.issue(request, str(target))  # answered No
    (question,) = message_boxes.texts("question")
    assert (
        "No Simplified Chinese font is installed" in question and "Print the certificates anyway?" in question
    )
    assert not target.exists()
    with seminar_db.session() as s:
        assert certificates.certificates_of(s, event_id=request.event_id) == []


def test_the_selected_certificate_alone_is_printed_again_with_its_code(
    qtbot: Any, make_window: Any, seminar_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with seminar_db.transaction() as s:
        certificates.issue_for_event(s, certificates.subjects(s)[0].id)
    codes_before = _issued_codes(seminar_db)
    window = make_window(seminar_db)
    dialog = window.certificate_actions.open_certificates()
    assert dialog is not None
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # Li Wei
    assert dialog.current() is not None and dialog.current().name == "Li Wei"  # type: ignore[union-attr]
    target = tmp_path / "li.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.workFinished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    # "1 certificate" once tvet_alliance_en.ts holds the English singular of the counted text.
    assert str(finished.args[0]).startswith("1 certificate") and f"saved to {target}" in str(finished.args[0])
    assert _issued_codes(seminar_db) == codes_before
    assert [dialog.table.item(r, 5).text() for r in range(2)] == ["0", "1"]
    assert dialog.current() is not None and dialog.current().name == "Li Wei"  # type: ignore[union-attr]
    from tests.render.pdf_checks import page_count, text

    assert page_count(target) == 1
    assert codes.grouped(codes_before["Li Wei"]) in text(target)
