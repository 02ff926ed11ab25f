"""Finding people by name in any script through the real widgets (issue 17, issue 13 item 9):
typing pinyin, initials, Latin letters for an Urdu name or two Chinese characters into the People
list's search box and into the delegate form's person picker. (The check-in desk of issue 15 does
not exist yet; when it does, its lookup goes through the same services.search.)"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_editing import _seminar, _steps_must_not_fail, drive, go, pick, save, type_text
from tvet_alliance.domain import Event, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.fields import RefField
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["_steps_must_not_fail"]  # the form-failure guard of test_editing, used here too

NAMES = ("张伟", "黄海", "فاطمہ جناح", "曾国藩", "欧阳娜娜")


@pytest.fixture
def window(make_window: Any, sample_db: Database) -> Any:
    with sample_db.transaction() as s:
        s.add_all(Person(full_name=name) for name in NAMES)  # only the native name, no Latin spelling
    return make_window(sample_db)


def _shown(section: Any) -> list[str]:
    return [section.model.record(r)["full_name"] for r in range(section.model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zhang wei", "张伟"),
        ("zw", "张伟"),
        ("黄海", "黄海"),
        ("fatima", "فاطمہ جناح"),
        ("zeng guofan", "曾国藩"),
    ],
)
def test_the_people_list_finds_names_in_any_script(
    window: Any, qtbot: Any, typed: str, expected: str
) -> None:
    go(window, qtbot, 2)
    section = window.page("people").section
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert section.search.hasFocus()
    type_text(qtbot, section.search, typed)
    qtbot.waitUntil(lambda: section.model.search == typed)
    assert expected in _shown(section)
    assert section.count_label.text().startswith(f"{section.model.rowCount()} of ")
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    assert expected in _shown(section) and section.model.search == ""


def test_the_delegate_picker_finds_a_chinese_name_by_its_initials(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 3)
    delegates = _seminar(window)

    def fill(editor: RecordEditor) -> None:
        person = editor.fields["person_id"]
        assert isinstance(person, RefField)
        pick(qtbot, person.picker, "oynn", "欧阳娜娜")  # a compound surname's initials
        save(qtbot, editor)

    drive(window, fill)
    delegates.table.setFocus()
    qtbot.keyClick(delegates.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with sample_db.session() as s:
        seminar = s.query(Event).filter_by(name="International Digital Skills Exchange Seminar").one()
        ouyang = s.query(Person).filter_by(full_name="欧阳娜娜").one()
        assert s.query(Participation).filter_by(event_id=seminar.id, person_id=ouyang.id).count() == 1
