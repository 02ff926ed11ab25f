"""Traps found doing a day's work by keyboard in a real window (issue 13, "Done when"): each one
driven here as a person pressed the keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.test_editing import _steps_must_not_fail, drive, focus, go, save, type_into, window
from tvet_alliance.domain import Person
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["_steps_must_not_fail", "window"]  # fixtures shared with test_editing


def test_after_an_undo_the_arrow_keys_go_on_from_the_selected_row(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    """Edit the second person, Ctrl+Z, Down, Delete: the third person is the one asked about —
    not the first (the refreshed list had forgotten its current row: Down jumped to the top while
    the second row still looked selected, and Delete asked to delete that one)."""
    go(window, qtbot, 2)
    section = window.page("people").section
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_Home)
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    second = section.model.id_at(1)
    assert section.selected_ids() == [second]

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "position", "Changed by mistake")
        save(qtbot, editor)

    drive(window, fill)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)
    assert window.focusWidget() is section.table
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with sample_db.session() as s:
        assert s.get(Person, second).position != "Changed by mistake", "Ctrl+Z undid the edit"
    assert section.selected_ids() == [second]
    assert section.table.currentIndex().row() == 1, "the selected row is still the current one"
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    third = section.model.id_at(2)
    assert section.selected_ids() == [third], "Down went on to the next row, not to the top"
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    with sample_db.session() as s:
        name = s.get(Person, third).full_name
        assert s.get(Person, third).deleted_at is None, "No deleted nothing"
    assert name in message_boxes.texts("question")[-1]
