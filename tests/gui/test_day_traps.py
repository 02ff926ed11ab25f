"""Traps found doing a day's work by keyboard in a real window (issue 13, "Done when"): each one
driven here as a person pressed the keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.test_editing import _steps_must_not_fail, drive, focus, go, save, type_into, window
from tvet_alliance.domain import Agreement, Organization, Person
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


def test_a_partner_s_people_and_agreements_are_added_from_its_tabs_with_ctrl_n(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    """New partner → its contact person → its MOU, all from the partner's form: Ctrl+Tab to the
    tab, Ctrl+N (the window's Ctrl+N is out of reach while the form is open), type, Ctrl+S. The
    agreement's parties start with the partner."""
    go(window, qtbot, 1)
    section = window.page("partners").section
    with sample_db.session() as s:
        partner = s.query(Organization).filter_by(short_name="ITMC").one()
        partner_id = partner.id
        agreements_before = len(partner.agreements)
    section.select_id(partner_id)
    seen: dict[str, Any] = {}

    def add_person(editor: RecordEditor) -> None:
        seen["person's organisation"] = editor.fields["organization_id"].value()
        type_into(qtbot, editor, "full_name", "Wang Lanfang")
        save(qtbot, editor)

    def add_agreement(editor: RecordEditor) -> None:
        seen["parties"] = editor.fields["parties"].value()
        type_into(qtbot, editor, "title", "MOU on teacher exchange")
        save(qtbot, editor)

    def partner_form(editor: RecordEditor) -> None:
        assert editor.tabs is not None
        focus(qtbot, next(iter(editor.fields.values())))
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert editor.tabs.currentIndex() == 1
        focus(qtbot, editor.related_lists["person"])
        drive(window, add_person)
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        people = editor.related_lists["person"]
        qtbot.waitUntil(
            lambda: any("Wang Lanfang" in people.item(i).text() for i in range(people.count())), timeout=3000
        )
        editor.tabs.setCurrentIndex(2)
        focus(qtbot, editor.related_lists["agreement"])
        drive(window, add_agreement)
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: editor.tabs.tabText(2).endswith(f"({agreements_before + 1})"), timeout=3000)
        seen["unchanged partner closes"] = True
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)

    drive(window, partner_form)
    section.edit_selected()
    assert seen == {
        "person's organisation": partner_id,
        "parties": [partner_id],
        "unchanged partner closes": True,
    }
    assert message_boxes.shown == []
    with sample_db.session() as s:
        assert s.query(Person).filter_by(full_name="Wang Lanfang").one().organization_id == partner_id
        mou = s.query(Agreement).filter_by(title="MOU on teacher exchange").one()
        assert [p.id for p in mou.parties] == [partner_id]


def test_a_record_saved_while_a_search_hides_it_is_shown_and_selected(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    """People searched for "Liu Yang", then Ctrl+N "Hurried Person" Ctrl+S: the search is
    cleared and the new person is the one selected (not Liu Yang, still selected and next to go
    on Delete, while the saved person was nowhere to be seen)."""
    go(window, qtbot, 2)
    section = window.page("people").section
    focus(qtbot, section.search)
    qtbot.keyClicks(section.search, "Liu Yang")
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    assert section.model.matched >= 1 and section.selected_ids()

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", "Hurried Person")
        save(qtbot, editor)

    drive(window, fill)
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with sample_db.session() as s:
        saved = s.query(Person).filter_by(full_name="Hurried Person").one().id
    assert section.search.text() == ""
    assert section.selected_ids() == [saved]
    assert section.table.currentIndex().row() == section.model.row_of(saved)
    assert window.focusWidget() is section.table
