"""Undo never overwrites someone else's later edit: A marks several delegates as attended, B (another
program on the same file) then changes one of them, A presses Undo. The others are undone; A is told
which record someone else changed and chooses to overwrite it or leave it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tvet_alliance.domain import Participation
from tvet_alliance.domain.enums import ParticipationStatus
from tvet_alliance.persistence import Database


@pytest.fixture
def window(make_window: Any, sample_db: Database) -> Any:
    return make_window(sample_db)


def _delegates(window: Any) -> Any:
    window.sidebar.setCurrentRow(3)
    QApplication.processEvents()
    events = window.page("events")
    names = [events.model.record(r)["name"] for r in range(events.model.rowCount())]
    events.table.selectRow(names.index("International Digital Skills Exchange Seminar"))
    return events.details["delegates"]


def _change_elsewhere(db: Database, participation_id: Any) -> None:
    other = Database.open(db.path)  # a second program on the same file
    try:
        with other.transaction() as s:
            s.get_one(Participation, participation_id).status = ParticipationStatus.NO_SHOW
    finally:
        other.close()


@pytest.mark.parametrize("overwrite", [False, True])
def test_undo_after_someone_else_changed_one_record_asks_about_it(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any, overwrite: bool
) -> None:
    delegates = _delegates(window)
    selection = delegates.table.selectionModel()
    delegates.table.clearSelection()
    for row in (0, 1, 2):
        selection.select(
            delegates.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    ids = delegates.selected_ids()
    assert len(ids) == 3
    with sample_db.session() as s:
        before = {i: s.get_one(Participation, i).status for i in ids}
        theirs_title = f"{s.get_one(Participation, ids[1]).person.full_name}"
    menu = delegates.mark_button.menu()
    menu.findChild(type(menu.actions()[0]), "mark_attended").trigger()
    with sample_db.session() as s:
        assert {s.get_one(Participation, i).status for i in ids} == {ParticipationStatus.ATTENDED}

    _change_elsewhere(sample_db, ids[1])
    message_boxes.answer = QMessageBox.StandardButton.Yes if overwrite else QMessageBox.StandardButton.No
    window.undo_action.trigger()

    questions = message_boxes.texts("question")
    assert len(questions) == 1
    assert "Someone else changed 1 of these records after your change:" in questions[0]
    assert theirs_title in questions[0]
    with sample_db.session() as s:
        now = {i: s.get_one(Participation, i).status for i in ids}
    assert now[ids[0]] == before[ids[0]] and now[ids[2]] == before[ids[2]]  # the others are undone
    assert now[ids[1]] == (before[ids[1]] if overwrite else ParticipationStatus.NO_SHOW)
    assert message_boxes.texts("warning") == []  # no error on top of the question


@pytest.mark.parametrize("overwrite", [False, True])
def test_undo_of_an_edit_someone_else_changed_since_asks_first(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any, overwrite: bool
) -> None:
    from PySide6.QtCore import Qt

    from tvet_alliance.domain import Organization
    from tvet_alliance.services import records

    from .test_editing import _select, drive, focus, go, save, type_into

    go(window, qtbot, 1)
    section = window.page("partners").section
    _select(section, short_name="ITMC")
    with sample_db.session() as s:
        itmc = s.query(Organization).filter_by(short_name="ITMC").one()
        original_city, title = itmc.city, records.title_of(s, records.record_type("partner"), itmc)

    def fill(editor: Any) -> None:
        type_into(qtbot, editor, "city", "Beijing Haidian")
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)

    other = Database.open(sample_db.path)  # B, in another program, then changes the phone
    try:
        with other.transaction() as s:
            s.query(Organization).filter_by(short_name="ITMC").one().phone = "+861012345678"
    finally:
        other.close()
    message_boxes.answer = QMessageBox.StandardButton.Yes if overwrite else QMessageBox.StandardButton.No
    window.undo_action.trigger()

    (question,) = message_boxes.texts("question")
    assert question == (
        f"Someone else changed “{title}” after your change. Overwrite their change? "
        "(No leaves it as they made it.)"
    )
    assert message_boxes.texts("warning") == []
    with sample_db.session() as s:
        org = s.query(Organization).filter_by(short_name="ITMC").one()
        city, phone = org.city, org.phone
    if overwrite:
        assert city == original_city  # undone, as A chose
    else:
        assert (city, phone) == ("Beijing Haidian", "+861012345678")  # B's change stands
        assert not window.undo_action.isEnabled() or "ITMC" not in window.undo_action.text()
