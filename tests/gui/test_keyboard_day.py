"""A day of data entry by keyboard with no traps (issue 13): the saved record alone is selected,
Enter moves on and Esc asks, Save and new, the search box leaves the window's shortcuts alone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_editing import (
    _seminar,
    _steps_must_not_fail,
    counts,
    drive,
    focus,
    go,
    pick,
    save,
    type_into,
    window,
)
from tvet_alliance.domain import Event, Organization, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["_steps_must_not_fail", "window"]  # fixtures shared with test_editing


def _new_person_by_keyboard(window: Any, qtbot: Any, name: str) -> None:
    section = window.page("people").section

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", name)
        save(qtbot, editor)

    opened = drive(window, fill)
    widget = window.focusWidget() or section.table
    print("focus", name, widget, widget.objectName())
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened, "Ctrl+N opened the form"


def test_only_the_saved_record_is_selected(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 2)
    section = window.page("people").section
    focus(qtbot, section.table)
    _new_person_by_keyboard(window, qtbot, "Tester One")
    _new_person_by_keyboard(window, qtbot, "Tester Two")
    with sample_db.session() as s:
        two = s.query(Person).filter_by(full_name="Tester Two").one()
    assert section.selected_ids() == [two.id]
    assert section.edit_button.isEnabled()


def test_unchanged_forms_have_no_changes(window: Any, sample_db: Database, qtbot: Any) -> None:
    from tvet_alliance.services import records

    for type_key in ("partner", "person", "event", "delegate", "competition", "track", "entry", "agreement"):
        editor = RecordEditor(window.database, type_key, None, lambda v: True, window)
        qtbot.addWidget(editor)
        assert editor.changed_values() == {}, type_key
        model = records.record_type(type_key).model
        with sample_db.session() as s:
            ids = [row.id for row in s.query(model).limit(5)]
            loaded = [records.load(s, type_key, i) for i in ids]
        for record in loaded:
            editor = RecordEditor(window.database, type_key, record, lambda v: True, window)
            qtbot.addWidget(editor)
            assert editor.changed_values() == {}, (type_key, record.title)


def _keys(
    qtbot: Any, editor: RecordEditor, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor.focusWidget() or editor, key, modifiers)


def test_esc_closes_an_unchanged_form_and_asks_for_a_changed_one(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 2)
    section = window.page("people").section
    before = counts(sample_db)
    seen: list[Any] = []

    def untouched(editor: RecordEditor) -> None:
        _keys(qtbot, editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)

    drive(window, untouched)
    section.new_record()
    assert message_boxes.shown == [], "nothing typed: no question"

    def typed(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", "Half Typed")
        message_boxes.answer = QMessageBox.StandardButton.Cancel
        _keys(qtbot, editor, Qt.Key.Key_Escape)
        seen.append(editor.isVisible())  # Cancel: back to the form, the text kept
        seen.append(editor.fields["full_name"].value())
        message_boxes.answer = QMessageBox.StandardButton.Discard
        qtbot.mouseClick(
            editor.buttons.button(editor.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)

    drive(window, typed)
    section.new_record()
    assert seen == [True, "Half Typed"]
    assert [title for _k, title, _t in message_boxes.shown] == ["Discard changes?", "Discard changes?"]
    assert counts(sample_db) == before

    # Closing the window of a changed edit form asks too; an unchanged one closes at once.
    section.select_id(section.model.id_at(0))
    message_boxes.shown.clear()

    def close_changed(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "position", "Dean")
        message_boxes.answer = QMessageBox.StandardButton.Cancel
        editor.close()
        seen.append(editor.isVisible())
        message_boxes.answer = QMessageBox.StandardButton.Discard
        editor.close()

    drive(window, close_changed)
    section.edit_selected()
    assert seen[-1] is True and len(message_boxes.shown) == 2
    assert counts(sample_db) == before


def test_enter_moves_to_the_next_field_and_never_saves(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 2)
    section = window.page("people").section
    before = counts(sample_db)
    seen: list[Any] = []

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", "Enter Tester")
        name_edit = editor.fields["full_name"].focusProxy()
        _keys(qtbot, editor, Qt.Key.Key_Return)
        seen.append(editor.isVisible())
        seen.append(name_edit.hasFocus())
        seen.append(counts(sample_db) == before)
        organisation = editor.fields["organization_id"]
        pick(qtbot, organisation.picker, "Punjab TEVTA", "Punjab TEVTA")  # Enter takes the choice
        seen.append(editor.isVisible())
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [True, False, True, True], "Enter moved on; the form stayed open and wrote nothing"
    with sample_db.session() as s:
        person = s.query(Person).filter_by(full_name="Enter Tester").one()
        assert person.organization.name_en == "Punjab TEVTA"


def _chain(window: Any, qtbot: Any, steps: list[Callable[[RecordEditor], None]]) -> list[RecordEditor]:
    """Drive a run of forms, each opened by the one before it (Save and new)."""
    opened: list[RecordEditor] = []

    def step(index: int) -> Callable[[RecordEditor], None]:
        def run(editor: RecordEditor) -> None:
            opened.append(editor)
            if index + 1 < len(steps):
                drive(window, step(index + 1))
            steps[index](editor)

        return run

    drive(window, step(0))
    return opened


def test_register_twenty_delegates_in_a_row_with_save_and_new(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 3)
    events = window.page("events")
    with sample_db.session() as s:
        from sqlalchemy import func

        seminar_id = (
            s.query(Event.id)
            .outerjoin(Participation, Participation.event_id == Event.id)
            .group_by(Event.id)
            .order_by(func.count(Participation.id), Event.id)
            .first()[0]
        )
    events.select_row(events.model.row_of(seminar_id))
    delegates = events.details["delegates"]
    with sample_db.session() as s:
        registered = {p.person_id for p in s.query(Participation).filter_by(event_id=seminar_id)}
        newcomers = [
            (p.id, p.full_name)
            for p in s.query(Person).filter(Person.id.not_in(registered)).order_by(Person.full_name).limit(20)
        ]
    assert len(newcomers) == 20
    before = delegates.model.rowCount()

    def register(name: str, last: bool) -> Callable[[RecordEditor], None]:
        def run(editor: RecordEditor) -> None:
            assert "event_id" not in editor.fields, "the event is preset, as in the first form"
            pick(qtbot, editor.fields["person_id"].picker, name, name)
            if last:
                save(qtbot, editor)
            else:
                _keys(
                    qtbot,
                    editor,
                    Qt.Key.Key_S,
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                )
                qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)

        return run

    steps = [register(name, i == len(newcomers) - 1) for i, (_id, name) in enumerate(newcomers)]
    opened = _chain(window, qtbot, steps)
    focus(qtbot, delegates.table)
    qtbot.keyClick(delegates.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 20, "one Ctrl+N, then Ctrl+Shift+S opened each next form"
    with sample_db.session() as s:
        rows = (
            s.query(Participation)
            .filter(Participation.event_id == seminar_id)
            .filter(Participation.person_id.in_([i for i, _n in newcomers]))
            .all()
        )
        assert len(rows) == 20, "each of the twenty registered for the event of the first form"
        last = next(r.id for r in rows if r.person_id == newcomers[-1][0])
    assert delegates.model.rowCount() == before + 20
    assert delegates.selected_ids() == [last], "only the last saved delegate is selected"
    assert window.focusWidget() is delegates.table, "the focus is back on the list"
