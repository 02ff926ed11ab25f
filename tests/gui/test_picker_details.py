"""Every type-ahead tells namesakes apart: a partner by its city and country, a person by their
organisation, on a second, greyed line of the suggestion."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.gui.test_editing import (  # noqa: F401 (the fixture fails a test whose modal step failed)
    _steps_must_not_fail,
    drive,
    pick,
    save,
    type_into,
)
from tvet_alliance.domain import Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui.dialogs.fields import DetailRole, NameRole, RefPicker
from tvet_alliance.ui.dialogs.record_editor import RecordEditor


@pytest.fixture
def namesakes(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as s, s.begin():
        lahore = records.create(
            s, "partner", {"name_en": "Government College of Technology", "country": "PK", "city": "Lahore"}
        )
        karachi = records.create(
            s,
            "partner",
            {
                "name_en": "Government College of Technology",
                "name_native": "گورنمنٹ کالج آف ٹیکنالوجی",
                "country": "PK",
                "city": "Karachi",
            },
        )
        cq = records.create(
            s,
            "partner",
            {
                "name_en": "Chongqing Industry Polytechnic",
                "name_native": "重庆工业职业技术学院",
                "country": "CN",
            },
        )
        zhang_cq = records.create(
            s, "person", {"full_name": "Zhang Wei", "name_native": "张伟", "organization_id": cq}
        )
        zhang_lahore = records.create(s, "person", {"full_name": "Zhang Wei", "organization_id": lahore})
    return {
        "lahore": lahore,
        "karachi": karachi,
        "cq": cq,
        "zhang_cq": zhang_cq,
        "zhang_lahore": zhang_lahore,
    }


def _suggestions(qtbot: Any, picker: RefPicker, typed: str) -> list[tuple[str, str]]:
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    qtbot.waitUntil(lambda: picker._model.rowCount() > 0, timeout=3000)
    popup = picker.completer().popup()
    model = popup.model()  # what the popup draws, through the completer
    return [
        (model.index(i, 0).data(NameRole), model.index(i, 0).data(DetailRole))
        for i in range(model.rowCount())
    ]


def test_partner_suggestions_show_city_and_country(qtbot: Any, db: Database, namesakes: Any) -> None:
    picker = RefPicker("partner", lambda: db)
    qtbot.addWidget(picker)
    picker.show()
    assert sorted(_suggestions(qtbot, picker, "Government")) == [
        ("Government College of Technology", "Lahore, Pakistan"),
        ("Government College of Technology", "گورنمنٹ کالج آف ٹیکنالوجی · Karachi, Pakistan"),
    ]
    popup = picker.completer().popup()
    assert popup.visualRect(popup.model().index(0, 0)).height() >= 2 * picker.fontMetrics().height()


def test_person_suggestions_show_the_organisation(qtbot: Any, db: Database, namesakes: Any) -> None:
    picker = RefPicker("person", lambda: db)
    qtbot.addWidget(picker)
    picker.show()
    assert sorted(_suggestions(qtbot, picker, "Zhang")) == [
        ("Zhang Wei", "Government College of Technology, Pakistan"),
        ("Zhang Wei", "张伟 · Chongqing Industry Polytechnic, China"),
    ]


def test_the_namesake_picked_by_its_city_is_the_one_saved(
    make_window: Any, db: Database, namesakes: dict[str, uuid.UUID], qtbot: Any
) -> None:
    window = make_window(db)

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "full_name", "Bilal Ahmed")
        picker = editor.fields["organization_id"].picker
        pick(qtbot, picker, "Government", "Karachi")
        assert (
            picker.text()
            == "Government College of Technology — گورنمنٹ کالج آف ٹیکنالوجی · Karachi, Pakistan"
        )
        save(qtbot, editor)

    drive(window, fill)
    window.page("people").section.new_record()
    with db.session() as s:
        person = s.query(Person).filter_by(full_name="Bilal Ahmed").one()
        assert person.organization_id == namesakes["karachi"]


def test_a_chosen_record_shows_its_detail_when_the_form_opens(
    qtbot: Any, db: Database, namesakes: Any
) -> None:
    picker = RefPicker("person", lambda: db)
    qtbot.addWidget(picker)
    picker.set_value(namesakes["zhang_lahore"])
    assert picker.text() == "Zhang Wei — Government College of Technology, Pakistan"
    assert picker.value() == namesakes["zhang_lahore"]
