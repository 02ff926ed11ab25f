"""A day of data entry by keyboard with no traps (issue 13): the saved record alone is selected,
Enter moves on and Esc asks, Save and new, the search box leaves the window's shortcuts alone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

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
    index = section.model.index(section.model.row_of(two.id), 0)
    assert section.table.viewport().rect().contains(section.table.visualRect(index)), "scrolled to"
    assert section.table.currentIndex().row() == index.row()


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
        assert not any(b.isDefault() for b in editor.buttons.buttons()), "no button takes Enter"
        type_into(qtbot, editor, "full_name", "Enter Tester")

        def focused_field() -> str:
            widget = editor.focusWidget()
            return next((n for n, f in editor.fields.items() if f.isAncestorOf(widget)), repr(widget))

        for _ in range(3):  # name -> Chinese/Urdu name -> organisation -> position, past its "New…"
            _keys(qtbot, editor, Qt.Key.Key_Return)
            seen.append(focused_field())
        seen.append(editor.isVisible())
        seen.append(counts(sample_db) == before)
        organisation = editor.fields["organization_id"]
        pick(qtbot, organisation.picker, "Punjab TEVTA", "Punjab TEVTA")  # Enter takes the choice
        seen.append(focused_field())
        seen.append(editor.isVisible())
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["name_native", "organization_id", "position", True, True, "organization_id", True], (
        "Enter moved on field by field (taking the suggestion in a picker); the form stayed open"
    )
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


def test_the_search_box_leaves_the_window_shortcuts_to_the_window(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    """After a save the focus is on the list; from the search box Ctrl+Z undoes the record change
    (the search text only when no record change is left to undo), Ctrl+E exports, and Down
    selects the first match so that Enter opens it."""
    go(window, qtbot, 1)
    section = window.page("partners").section

    def city() -> str:
        with sample_db.session() as s:
            return str(s.query(Organization).filter_by(short_name="ITMC").one().city)

    original = city()
    focus(qtbot, section.search)
    qtbot.keyClicks(section.search, "ITMC")
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    assert section.table.hasFocus(), "Down went from the search box to the list"
    assert section.selected_ids() == [section.model.id_at(0)], "the first match is selected"

    def fill(editor: RecordEditor) -> None:
        assert editor.record is not None and editor.record.title.startswith("ITMC")
        type_into(qtbot, editor, "city", "Shenzhen")
        save(qtbot, editor)

    drive(window, fill)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter opens the selected match
    assert city() == "Shenzhen"
    assert window.focusWidget() is section.table, "after the save the focus is on the list"

    focus(qtbot, section.search)
    qtbot.keyClicks(section.search, " x")
    qtbot.keyClick(section.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert city() == original, "Ctrl+Z in the search box undid the record change"
    assert section.search.text() == "ITMC x", "not the search text"
    qtbot.keyClick(
        section.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert city() == "Shenzhen", "Ctrl+Shift+Z redid it"
    window.undo_action.trigger()
    assert not window.editing.undo_stack.canUndo()
    qtbot.keyClick(section.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section.search.text() != "ITMC x", "with no record change left, Ctrl+Z undoes the typing"
    assert city() == original

    qtbot.keyClick(section.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.data_actions.export_dialog
    assert dialog is not None and dialog.isVisible(), "Ctrl+E opened the export from the search box"
    dialog.reject()
    # Delete in the search box still deletes a character, not the selected partner.
    before = counts(sample_db)
    section.search.setText("ITMC")
    section.search.setCursorPosition(0)
    qtbot.keyClick(section.search, Qt.Key.Key_Delete)
    assert section.search.text() == "TMC" and counts(sample_db) == before


def test_contact_people_are_added_and_edited_from_the_partner(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    with sample_db.session() as s:
        partner = s.query(Organization).filter_by(short_name="ITMC").one()
        partner_id = partner.id
        people_before = s.query(Person).filter_by(organization_id=partner_id).count()
    section.select_id(partner_id)
    seen: dict[str, Any] = {}

    def add_person(editor: RecordEditor) -> None:
        organisation = editor.fields["organization_id"]
        seen["preset"] = organisation.value()
        type_into(qtbot, editor, "full_name", "Li Qiaoyu")
        type_into(qtbot, editor, "name_native", "李巧玉")
        drive(window, add_another)
        _keys(
            qtbot,
            editor,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    def add_another(editor: RecordEditor) -> None:
        seen["preset again"] = editor.fields["organization_id"].value()
        type_into(qtbot, editor, "full_name", "Ayesha Siddiqa")
        type_into(qtbot, editor, "name_native", "عائشہ صدیقہ")
        save(qtbot, editor)

    def edit_person(editor: RecordEditor) -> None:
        seen["editing"] = editor.record.title if editor.record else None
        type_into(qtbot, editor, "position", "International office")
        save(qtbot, editor)

    def partner_form(editor: RecordEditor) -> None:
        assert editor.tabs is not None
        editor.tabs.setCurrentIndex(1)
        assert editor.tabs.tabText(1) == f"People ({people_before})"
        add = editor.findChild(QPushButton, "add_related_person")
        drive(window, add_person)
        add.setFocus()
        _keys(qtbot, editor, Qt.Key.Key_Space)  # the button, by keyboard
        box = editor.related_lists["person"]
        qtbot.waitUntil(lambda: editor.tabs.tabText(1) == f"People ({people_before + 2})", timeout=3000)
        row = next(i for i in range(box.count()) if box.item(i).text().startswith("Li Qiaoyu"))
        box.setCurrentRow(row)
        box.setFocus()
        drive(window, edit_person)
        _keys(qtbot, editor, Qt.Key.Key_Return)  # Enter on a line opens it
        qtbot.waitUntil(lambda: "International office" in box.item(row).text(), timeout=3000)
        seen["still_open"] = editor.isVisible()
        _keys(qtbot, editor, Qt.Key.Key_Escape)  # the partner itself is unchanged: closes at once
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)

    drive(window, partner_form)
    section.edit_selected()
    assert seen == {
        "preset": partner_id,
        "preset again": partner_id,
        "editing": "Li Qiaoyu",
        "still_open": True,
    }
    assert message_boxes.shown == []
    with sample_db.session() as s:
        li = s.query(Person).filter_by(full_name="Li Qiaoyu").one()
        assert (li.organization_id, li.name_native, li.position) == (
            partner_id,
            "李巧玉",
            "International office",
        )
        assert s.query(Person).filter_by(full_name="Ayesha Siddiqa").one().organization_id == partner_id


def test_the_status_bar_counts_the_list_that_has_the_focus(window: Any, qtbot: Any) -> None:
    go(window, qtbot, 3)
    events = window.page("events")
    delegates = _seminar(window)
    focus(qtbot, events.table)
    assert window.count_label.text() == f"Events: {events.model.rowCount()} shown"
    focus(qtbot, delegates.table)
    qtbot.waitUntil(lambda: window.count_label.text().startswith("Delegates: "), timeout=2000)
    assert window.count_label.text() == f"Delegates: {delegates.model.rowCount()} shown"
    focus(qtbot, delegates.search)
    qtbot.keyClicks(delegates.search, "zzzz-nobody")
    qtbot.waitUntil(lambda: delegates.model.rowCount() == 0, timeout=3000)
    qtbot.waitUntil(lambda: window.count_label.text().startswith("Delegates: 0 of "), timeout=3000)


def test_an_empty_database_shows_what_to_do_first(make_window: Any, db: Database, qtbot: Any) -> None:
    window = make_window(db)
    go(window, qtbot, 0)
    home = window.page("home")
    assert home.first_steps.isVisible()
    buttons = home.first_steps.buttons
    assert [buttons[k].text() for k in ("sample", "import", "new_partner")] == [
        "Load sample data",
        "Import…",
        "Add a partner…",
    ]
    before = counts(db)

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name_en", "First Partner College")
        editor.fields["country"].combo.setCurrentIndex(editor.fields["country"].combo.findData("PK"))
        save(qtbot, editor)

    drive(window, fill)
    qtbot.mouseClick(buttons["new_partner"], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.page("partners"), "Add a partner goes to the partners"
    with db.session() as s:
        assert s.query(Organization).filter_by(name_en="First Partner College").count() == 1
    assert counts(db)["organization"] == before["organization"] + 1
    go(window, qtbot, 0)
    assert not home.first_steps.isVisible(), "once there is a record, Home shows the figures only"


def test_help_lists_every_shortcut_from_the_window_itself(window: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {(row.what, row.keys) for row in dialog.rows}
    keys = {k for _what, k in listed}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in ", ".join(keys), action.text()
    for expected in (
        ("Save", "Ctrl+S"),
        ("Save, then start the next one", "Ctrl+Shift+S"),
        ("Close the form (asks if changed)", "Esc"),
        ("Next field (or take the suggestion)", "Return"),
        ("From the search box: select the first match", "Down"),
        ("Open the selected record", "Return"),
        ("Undo the last change", "Ctrl+Z"),
        ("Export…", "Ctrl+E"),
        ("Keyboard shortcuts", "F1"),
    ):
        assert expected in listed, expected
    assert dialog.table.rowCount() == len(dialog.rows) == len(set(dialog.rows))


def test_the_delegate_form_names_a_missing_field(window: Any, sample_db: Database, qtbot: Any) -> None:
    """A required field the form does not show (the event, fixed by the list) is named below it."""
    before = counts(sample_db)
    editor = RecordEditor(
        window.database, "delegate", None, lambda _v: True, window, hidden=frozenset({"event_id"})
    )
    qtbot.addWidget(editor)
    editor.show()
    assert editor.summary.isVisible()
    assert editor.summary.text() == "Event is required."
    assert not editor.save_button.isEnabled() and not editor.save_new_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and counts(sample_db) == before
