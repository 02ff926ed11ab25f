"""The check-in desk by keyboard (issue 15 item 3): a scan gives green, the same scan amber, a name
with several matches is picked with Down and Enter, an unknown name registers a walk-in (green),
Alt+U undoes the last check-in by a reversal; the ticket code on the delegate's form and list,
re-issued from the list. Each checked in the database afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.core.test_checkin import Day, make_day
from tests.gui.test_editing import type_text
from tvet_alliance.domain import CheckIn, Participation, Person, codes
from tvet_alliance.domain.enums import ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services.checkin import Kind
from tvet_alliance.ui.pages import PAGE_MODULES
from tvet_alliance.ui.pages.checkin import CheckInPage


@pytest.fixture
def day(db: Database) -> Day:
    return make_day(db)


def open_desk(make_window: Any, day: Day) -> CheckInPage:
    window = make_window(day.db)
    window.sidebar.setCurrentRow(PAGE_MODULES.index("checkin"))
    QApplication.processEvents()
    page = window.current_page()
    assert isinstance(page, CheckInPage)
    index = page.event_box.findData(str(day.event))
    page.event_box.setCurrentIndex(index)
    page.desk.setText("Desk 2")
    page.desk.editingFinished.emit()
    return page


_FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def _no_failures_in_dialogs() -> Any:
    _FAILURES.clear()
    yield
    if _FAILURES:
        raise _FAILURES[0]


def drive_walk_in(page: CheckInPage, steps: Callable[[Any], None]) -> None:
    """Run *steps* on the next walk-in form the desk opens, inside its event loop (it is modal)."""

    def run(dialog: Any) -> None:
        try:
            steps(dialog)
        except BaseException as exc:
            _FAILURES.append(exc)
        if dialog.isVisible():
            dialog.reject()

    def on_open(dialog: Any) -> None:
        page.walkInOpened.disconnect(on_open)
        QTimer.singleShot(0, lambda: run(dialog))

    page.walkInOpened.connect(on_open)


def scan(qtbot: Any, page: CheckInPage, typed: str) -> Any:
    assert page.search.hasFocus()  # the focus is always back in the search field
    page.search.selectAll()
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClicks(page.search, typed)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return blocker.args[0]


def rows(db: Database, part_id: uuid.UUID) -> list[CheckIn]:
    with db.session() as s:
        return list(
            s.scalars(select(CheckIn).where(CheckIn.participation_id == part_id).order_by(CheckIn.created_at))
        )


def status(db: Database, part_id: uuid.UUID) -> ParticipationStatus:
    with db.session() as s:
        part = s.get(Participation, part_id)
        assert part is not None
        return part.status


def test_scan_green_then_amber_with_time_and_desk(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    assert page.counters["checked_in"].text() == "Checked in: 0"
    first = scan(qtbot, page, codes.grouped(day.codes["Zhang Wei"]))
    assert first.kind is Kind.CHECKED_IN
    assert (
        page.headline.text() == "Checked in"
        and "Zhang Wei" in page.person.text()
        and "张伟" in page.person.text()
    )
    assert "Chongqing Industry Polytechnic College" in page.detail.text()
    assert "#15803d" in page.panel.styleSheet()  # green
    assert page.counters["checked_in"].text() == "Checked in: 1"
    again = scan(qtbot, page, day.codes["Zhang Wei"])
    assert again.kind is Kind.ALREADY
    assert page.headline.text().startswith("Already checked in at ") and page.headline.text().endswith(
        " at Desk 2"
    )
    assert "#d97706" in page.panel.styleSheet()  # amber
    assert len(rows(day.db, day.parts["Zhang Wei"])) == 1
    assert status(day.db, day.parts["Zhang Wei"]) is ParticipationStatus.ATTENDED
    assert page.search.hasFocus()


def test_an_ambiguous_name_is_picked_with_down_and_enter(make_window: Any, day: Day, qtbot: Any) -> None:
    page = open_desk(make_window, day)
    result = scan(qtbot, page, "zhang")
    assert result.kind is Kind.AMBIGUOUS and page.matches.isVisible() and page.matches.count() == 2
    assert not rows(day.db, day.parts["Zhang Wei"]) and not rows(day.db, day.parts["Zhang Min"])
    names = [page.matches.item(i).text() for i in range(2)]
    assert all("Chongqing Industry Polytechnic College" in n for n in names)
    second = "Zhang Min" if "Zhang Min" in names[1] else "Zhang Wei"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert blocker.args[0].kind is Kind.CHECKED_IN and blocker.args[0].person.name == second
    assert not page.matches.isVisible() and page.search.hasFocus()
    assert len(rows(day.db, day.parts[second])) == 1
    first = "Zhang Wei" if second == "Zhang Min" else "Zhang Min"
    assert rows(day.db, day.parts[first]) == []
    # Esc clears the field
    qtbot.keyClicks(page.search, "abc")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""


def test_unknown_then_walk_in_is_green_then_undo_with_alt_u(
    make_window: Any, day: Day, qtbot: Any, message_boxes: Any
) -> None:
    page = open_desk(make_window, day)
    result = scan(qtbot, page, "Bilal Ahmed")
    assert result.kind is Kind.NOT_REGISTERED and page.headline.text() == "Not registered"
    assert page.walk_in_button.isVisible() and "#dc2626" in page.panel.styleSheet()  # red

    def fill(dialog: Any) -> None:
        assert dialog.name.text() == "Bilal Ahmed"  # what was searched for
        dialog.native.setFocus()
        type_text(qtbot, dialog.native, "بلال احمد")
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.keyClick(dialog.native, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    drive_walk_in(page, fill)
    with qtbot.waitSignal(page.resultShown) as blocker:
        qtbot.keyClick(page.search, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[0].kind is Kind.CHECKED_IN and page.headline.text() == "Checked in"
    assert "بلال احمد" in page.person.text()
    with day.db.session() as s:
        person = s.scalars(select(Person).where(Person.full_name == "Bilal Ahmed")).one()
        part = s.scalars(select(Participation).where(Participation.person_id == person.id)).one()
        assert (
            part.walk_in and part.status is ParticipationStatus.ATTENDED and person.name_native == "بلال احمد"
        )
    assert page.counters["walk_ins"].text() == "Walk-ins: 1"

    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.window().activateWindow()  # back from the form (offscreen, the window is not re-activated)
    qtbot.waitUntil(page.window().isActiveWindow, timeout=2000)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert any("Undo the check-in of Bilal Ahmed" in t for t in message_boxes.texts("question"))
    assert page.headline.text() == "Check-in undone"
    kept = rows(day.db, part.id)
    assert len(kept) == 2 and kept[1].reverses_id == kept[0].id  # a reversal, nothing deleted
    assert status(day.db, part.id) is ParticipationStatus.REGISTERED
    assert page.counters["checked_in"].text() == "Checked in: 0"
    assert page.search.hasFocus()


def test_a_walk_in_form_closed_with_esc_asks_only_when_typed(
    make_window: Any, day: Day, qtbot: Any, message_boxes: Any
) -> None:
    page = open_desk(make_window, day)
    opened: list[Any] = []

    def esc(dialog: Any) -> None:
        opened.append(dialog)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed: closes without asking
        assert not dialog.isVisible()

    drive_walk_in(page, esc)
    qtbot.keyClick(page.search, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert opened and message_boxes.texts("question") == []

    def type_then_esc(dialog: Any) -> None:
        qtbot.keyClicks(dialog.name, "Someone")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # asks; the answer (No) keeps the form
        assert dialog.isVisible()

    drive_walk_in(page, type_then_esc)
    page.window().activateWindow()  # back from the form (offscreen, the window is not re-activated)
    qtbot.waitUntil(page.window().isActiveWindow, timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert len(message_boxes.texts("question")) == 1
    with day.db.session() as s:
        assert s.scalars(select(Person).where(Person.full_name == "Someone")).first() is None


def test_a_cancelled_registration_is_red_and_the_old_ticket_after_a_reissue_is_replaced(
    make_window: Any, day: Day, qtbot: Any, message_boxes: Any
) -> None:
    page = open_desk(make_window, day)
    result = scan(qtbot, page, day.codes["Cancelled Person"])
    assert result.kind is Kind.CANCELLED and page.headline.text() == "Registration cancelled"
    assert page.walk_in_button.isVisible()
    assert rows(day.db, day.parts["Cancelled Person"]) == []

    # The delegates list shows the code; Re-issue ticket… asks, naming the person, and changes it
    window = page.window()
    window.sidebar.setCurrentRow(PAGE_MODULES.index("events"))
    QApplication.processEvents()
    events = window.current_page()
    events.master.select_id(day.event)
    section = events.sections()[1]
    qtbot.waitUntil(lambda: section.model.rowCount() == 5)
    column = section.model.spec.index_of("ticket_code")
    row = section.model.row_of(day.parts["Fatima Noor"])
    old = day.codes["Fatima Noor"]
    assert section.model.data(section.model.index(row, column)) == codes.grouped(old)
    section.select_id(day.parts["Fatima Noor"])
    message_boxes.answer = QMessageBox.StandardButton.Yes
    section.reissue_action.trigger()
    assert any("Give Fatima Noor" in t for t in message_boxes.texts("question"))
    with day.db.session() as s:
        new = s.get(Participation, day.parts["Fatima Noor"]).ticket_code  # type: ignore[union-attr]
    assert new and new != old

    window.sidebar.setCurrentRow(PAGE_MODULES.index("checkin"))
    QApplication.processEvents()
    page.search.setFocus()
    stale = scan(qtbot, page, old)
    assert stale.kind is Kind.NOT_REGISTERED and page.headline.text() == "This ticket was replaced"
    assert scan(qtbot, page, new).kind is Kind.CHECKED_IN


def test_the_delegate_form_shows_the_ticket_code_grouped(make_window: Any, day: Day, qtbot: Any) -> None:
    window = make_window(day.db)
    opened: list[Any] = []
    window.editing.editorOpened.connect(
        lambda editor: (opened.append(editor), QTimer.singleShot(0, editor.reject))
    )
    window.editing.edit_record("delegate", day.parts["Zhang Wei"])
    assert opened and opened[0].shown["ticket_code"].text() == codes.grouped(day.codes["Zhang Wei"])


def test_a_double_check_in_is_listed_to_review_and_undone_there(
    make_window: Any, day: Day, qtbot: Any, message_boxes: Any
) -> None:
    part = day.parts["Zhang Min"]
    with day.db.transaction() as s:  # as a merge of two laptops leaves it: two rows, one delegate
        s.add(CheckIn(participation_id=part, desk="Laptop 1"))
        s.flush()
        s.add(CheckIn(participation_id=part, desk="Laptop 2"))
    page = open_desk(make_window, day)
    assert (
        page.review_button.text() == "To review (1)" and page.counters["checked_in"].text() == "Checked in: 1"
    )
    page.review_button.click()
    assert page.review.isVisible() and page.review.count() == 1
    assert "Zhang Min" in page.review.item(0).text() and "Laptop 2" in page.review.item(0).text()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.review_undo.click()
    kept = rows(day.db, part)
    assert len(kept) == 3 and kept[2].reverses_id == kept[1].id  # the later one reversed
    assert page.review_button.text() == "To review (0)" and not page.review.isVisible()
    assert page.counters["checked_in"].text() == "Checked in: 1"
    assert status(day.db, part) is ParticipationStatus.REGISTERED  # rows added by hand: status as it was
