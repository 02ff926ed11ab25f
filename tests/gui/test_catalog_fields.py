"""A field from the catalog in the window: the consent to share contact details in the person form,
the People list and its filter; and the History dialog showing names, not ids or codes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tvet_alliance.domain import Organization, Person
from tvet_alliance.domain.enums import ContactConsent, Gender
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

from .test_editing import _select, _steps_must_not_fail, choose_combo, drive, go, save

__all__ = ["_steps_must_not_fail"]  # a failing step inside a modal form fails the test


def test_history_dialog_shows_the_organisation_gender_and_country_by_name(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    with sample_db.session() as s:
        person = (
            s.query(Person).filter(Person.organization_id.is_not(None)).order_by(Person.full_name).first()
        )
        assert person is not None
        before = s.get(Organization, person.organization_id)
        assert before is not None
        other = (
            s.query(Organization).filter(Organization.id != before.id).order_by(Organization.name_en).first()
        )
        assert other is not None
        person_id, name, old_org, new_org = person.id, person.full_name, before.name_en, other.name_en
        records.update(
            s,
            "person",
            person_id,
            {"organization_id": other.id, "gender": Gender.MALE, "nationality": "PK"},
            person.row_version,
        )
        s.commit()
    window = make_window(sample_db)
    go(window, qtbot, 2)
    section = window.page("people").section
    _select(section, full_name=name)
    dialog = section.history_of_selected()
    qtbot.addWidget(dialog)
    changed = {row[2]: row[3:] for row in reversed(dialog.rows())}  # the newest change of each field
    assert changed["Organisation"] == [old_org, new_org]
    assert changed["Gender"][1] == "Male"
    assert changed["Nationality"][1] == "Pakistan"
    shown = " ".join(cell for row in dialog.rows() for cell in row)
    assert str(person_id) not in shown and "male" not in shown.split()


def test_consent_is_set_in_the_person_form_and_shown_and_filtered_in_the_people_list(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    window = make_window(sample_db)
    go(window, qtbot, 2)
    section = window.page("people").section
    name = section.model.record(0)["full_name"]
    assert section.model.record(0)["contact_consent"] is ContactConsent.NOT_ASKED
    headers = [
        section.model.headerData(c, Qt.Orientation.Horizontal) for c in range(section.model.columnCount())
    ]
    assert "Consent" in headers
    _select(section, full_name=name)

    def fill(editor: RecordEditor) -> None:
        field = editor.fields["contact_consent"]
        assert field.value() == ContactConsent.NOT_ASKED
        assert [field.combo.itemText(i) for i in range(field.combo.count())] == ["Yes", "No", "Not asked"]
        choose_combo(field, ContactConsent.YES)
        save(qtbot, editor)

    drive(window, fill)
    assert section.edit_selected()
    with sample_db.session() as s:
        assert s.query(Person).filter_by(full_name=name).one().contact_consent is ContactConsent.YES

    consent = section.filters["contact_consent"]
    consent.setCurrentIndex(consent.findData("yes"))
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.record(0)["full_name"] == name
