"""The person's and the partner's form accept a phone number of the right length that is in no range
in use, with a visible warning under the field (not a refusal), and store it in E.164; a number
Excel turned into 8.61426E+12 is refused with its own message."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

from .test_editing import _steps_must_not_fail, choose_combo, counts, drive, go, save, type_into  # noqa: F401


@pytest.fixture
def window(make_window: Any, sample_db: Database) -> Any:
    return make_window(sample_db)


UNASSIGNED_PK = "This number is not in a range in use in PK; check it."
EXCEL = "Excel turned this phone number into a number; its last digits are lost."


def test_a_person_with_a_phone_in_no_range_in_use_is_saved_with_a_warning(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 2)
    seen: dict[str, Any] = {}

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", "Bilal Hussain Qureshi")
        choose_combo(editor.fields["nationality"], "PK")
        type_into(qtbot, editor, "phone", "8.61426E+12")
        seen["excel"] = (editor.message_for("phone"), editor.save_button.isEnabled())
        type_into(qtbot, editor, "phone", "0399 1234567")
        label = editor.messages["phone"]
        seen["warning"] = (
            editor.message_for("phone"),
            label.property("role"),
            editor.save_button.isEnabled(),
        )
        type_into(qtbot, editor, "phone", "0300 1234567")
        seen["valid"] = editor.message_for("phone")
        type_into(qtbot, editor, "phone", "0399 1234567")
        save(qtbot, editor)

    opened = drive(window, fill)
    qtbot.keyClick(window.page("people").table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened, "Ctrl+N opened the form"
    assert seen["excel"] == (EXCEL, False)
    assert seen["warning"] == (UNASSIGNED_PK, "fieldWarning", True)
    assert seen["valid"] == ""  # a number in use: no warning
    with sample_db.session() as s:
        person = s.query(Person).filter_by(full_name="Bilal Hussain Qureshi").one()
        assert (person.nationality, person.phone) == ("PK", "+923991234567")


def test_a_partner_with_a_phone_in_no_range_in_use_is_saved_with_a_warning(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 1)
    before = counts(sample_db)
    seen: list[str] = []

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name_en", "Multan Skills Centre")
        choose_combo(editor.fields["country"], "PK")
        type_into(qtbot, editor, "phone", "0399-7654321")
        seen.append(editor.message_for("phone"))
        save(qtbot, editor)

    opened = drive(window, fill)
    qtbot.keyClick(window.page("partners").table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened
    assert seen == [UNASSIGNED_PK]
    with sample_db.session() as s:
        org = s.query(Organization).filter_by(name_en="Multan Skills Centre").one()
        assert org.phone == "+923997654321"
    assert counts(sample_db)["organization"] == before["organization"] + 1
