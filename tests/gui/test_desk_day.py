"""The seminar day at the desk as a hurried person meets it (traps found trying it in a real window
at 1024x700): a scan after coming back to the desk replaces what was typed before; the event is
chosen by keys in its box (Enter goes back to scanning) and its Alt key is not the Edit menu's;
File → Print / Import attendance… / Certificates… from the desk start with the desk's event; an
earlier day's check-in gives its date; an online walk-in is registered online; every match listed
is seen whole; a re-issued code is said; an Urdu name not found is quoted the right way round."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import select, update

from tests.core.test_checkin import Day, make_day
from tests.gui.test_checkin_desk import (  # the desk's helpers; the autouse fixture checks the forms
    _no_failures_in_dialogs,  # noqa: F401
    drive_walk_in,
    open_desk,
)
from tests.gui.test_editing import type_text
from tvet_alliance.domain import CheckIn, Participation, Person, codes
from tvet_alliance.domain.enums import AttendanceMode
from tvet_alliance.persistence import Database
from tvet_alliance.services.checkin import Kind
from tvet_alliance.ui.pages import PAGE_MODULES


@pytest.fixture
def day(db: Database) -> Day:
    return make_day(db)


def test_a_scan_after_coming_back_to_the_desk_replaces_the_last_search(
    make_window: Any,
    day: Day,
    qtbot: Any,
) -> None:
    page = open_desk(make_window, day)
    window = page.window()
    with qtbot.waitSignal(page.resultShown):
        qtbot.keyClicks(page.search, "Nobody Known")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    # to the Events page and back by the keyboard, as one does to look something up
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.current_page() is page and page.search.hasFocus()
    with qtbot.waitSignal(page.resultShown) as blocker:  # the scanner types the code and Enter
        qtbot.keyClicks(page.search, day.codes["Zhang Wei"])
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert blocker.args[0].kind is Kind.CHECKED_IN
    assert page.search.text() == day.codes["Zhang Wei"]
    assert codes.normalize_code(page.search.text()) == day.codes["Zhang Wei"]


def test_the_event_is_chosen_by_keys_in_its_box_and_enter_goes_back_to_scanning(
    make_window: Any,
    day: Day,
    qtbot: Any,
) -> None:
    page = open_desk(make_window, day)
    page.event_box.setFocus()
    start = page.event_box.currentIndex()
    other = 1 - start  # the desk lists the day's two events
    qtbot.keyClick(page.event_box, Qt.Key.Key_Down if other > start else Qt.Key.Key_Up)
    # the focus stays in the box while choosing (a second key still chooses, a scan would not go
    # into the wrong field half-way)
    assert page.event_box.currentIndex() == other and page.event_box.hasFocus()
    qtbot.keyClick(page.event_box, Qt.Key.Key_Return)
    assert page.search.hasFocus()
    assert page.event_id() is not None and page.event_id() != day.event


def test_print_import_attendance_and_certificates_from_the_desk_start_with_its_event(
    make_window: Any,
    day: Day,
    qtbot: Any,
) -> None:
    page = open_desk(make_window, day)
    window = page.window()
    for index in range(page.event_box.count()):  # whichever event the desk is on
        page.event_box.setCurrentIndex(index)
        desk_event = page.event_id()
        window.printing_actions.badges_action.trigger()
        options = window.printing_actions.options_dialog
        assert options is not None and options.event_box.currentData() == desk_event
        assert options.scope.currentData() == "all"
        options.reject()
        attendance = window.data_actions.open_attendance()
        assert attendance is not None and attendance.event_id() == desk_event
        attendance.close()
        certificates = window.certificate_actions.open_certificates()
        assert certificates is not None and certificates.subject_box.currentData().id == desk_event
        certificates.close()
        QApplication.processEvents()


def _mnemonic(label: str) -> str | None:
    at = label.replace("&&", "").find("&")
    return label.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_the_desks_alt_keys_are_not_the_menus(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    window = page.window()
    menus = {_mnemonic(action.text()) for action in window.menuBar().actions()} - {None}
    labels = {_mnemonic(label.text()) for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert labels and not labels & menus, labels & menus
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.event_box.hasFocus()
    qtbot.keyClick(page.event_box, Qt.Key.Key_Return)
    assert page.search.hasFocus()


def test_already_checked_in_on_another_day_says_the_date(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    code = day.codes["Zhang Wei"]
    with qtbot.waitSignal(page.resultShown):
        qtbot.keyClicks(page.search, code)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    earlier = datetime.now(UTC) - timedelta(days=2)
    with day.db.session() as s:
        s.execute(
            update(CheckIn).where(CheckIn.participation_id == day.parts["Zhang Wei"]).values(at=earlier)
        )
        s.commit()
    page.search.selectAll()
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClicks(page.search, code)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert blocker.args[0].kind is Kind.ALREADY
    assert earlier.astimezone().strftime("%Y-%m-%d") in page.headline.text()


def test_a_walk_in_who_attends_online_is_registered_online(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    online_before = page.counters["online"].text()
    with qtbot.waitSignal(page.resultShown):
        qtbot.keyClicks(page.search, "Nobody Known")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)

    def fill(dialog: Any) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        dialog.mode.setFocus()
        qtbot.keyClick(dialog.mode, Qt.Key.Key_Down)  # In person → Online
        assert dialog.mode.currentText() == "Online"
        qtbot.keyClick(dialog.mode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    drive_walk_in(page, fill)
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClick(page.search, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[0].kind is Kind.CHECKED_IN
    with day.db.session() as s:
        person = s.scalars(select(Person).where(Person.full_name == "Nobody Known")).one()
        part = s.scalars(select(Participation).where(Participation.person_id == person.id)).one()
        assert part.walk_in and part.attendance_mode is AttendanceMode.ONLINE
    assert page.counters["online"].text() != online_before
    assert "Online" in page.detail.text()


def test_every_listed_match_is_seen_whole_in_a_narrow_window(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    window = page.window()
    window.resize(760, 600)
    QApplication.processEvents()
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClicks(page.search, "Zhang")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert blocker.args[0].kind is Kind.AMBIGUOUS
    QApplication.processEvents()
    matches = page.matches
    assert matches.count() == 2
    assert not matches.horizontalScrollBar().isVisible()  # a long line is elided, not scrolled
    for row in range(matches.count()):
        rect = matches.visualItemRect(matches.item(row))
        assert rect.top() >= 0 and rect.bottom() <= matches.viewport().height(), row


def test_a_reissued_ticket_code_is_shown_to_write_on_the_new_badge(
    make_window: Any, day: Day, qtbot: Any, message_boxes: Any
) -> None:
    page = open_desk(make_window, day)
    window = page.window()
    window.sidebar.setCurrentRow(PAGE_MODULES.index("events"))
    QApplication.processEvents()
    events = window.current_page()
    events.master.select_id(day.event)
    section = events.sections()[1]
    qtbot.waitUntil(lambda: section.model.rowCount() == 5)
    section.select_id(day.parts["Fatima Noor"])
    message_boxes.answer = QMessageBox.StandardButton.Yes
    section.reissue_action.trigger()
    with day.db.session() as s:
        new = s.get(Participation, day.parts["Fatima Noor"]).ticket_code  # type: ignore[union-attr]
    assert new and new != day.codes["Fatima Noor"]
    assert codes.grouped(new) in window.statusBar().currentMessage()


def test_an_urdu_name_not_found_is_quoted_the_right_way_round(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    with qtbot.waitSignal(page.resultShown):
        type_text(qtbot, page.search, "زینب فاطمہ")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    # isolated, the Urdu does not pull the quotation marks to its own side
    assert page.detail.text() == "“\u2068زینب فاطمہ\u2069”"
