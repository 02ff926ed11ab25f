"""A day's work at the secretariat, driven through the real widgets with the keyboard: add a partner
and its MOU, register delegates, record scores; fix mistakes with undo; see who changed what."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from tvet_alliance.domain import Agreement, ChangeLog, Entry, Event, Organization, Participation, Person
from tvet_alliance.domain.enums import CollaborationArea, ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services import stats
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.fields import CountryField, EnumField, ProvinceField, RefField, RefsField
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

_FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def _steps_must_not_fail() -> Any:
    """A failing step inside a modal form closes the form and fails the test here."""
    _FAILURES.clear()
    yield
    if _FAILURES:
        raise _FAILURES[0]


def drive(window: Any, steps: Callable[[RecordEditor], None]) -> list[RecordEditor]:
    """Run *steps* on the next form the window opens, inside its event loop (the form is modal)."""
    seen: list[RecordEditor] = []

    def run(editor: RecordEditor) -> None:
        try:
            steps(editor)
        except BaseException as exc:
            _FAILURES.append(exc)
            editor.reject()

    def still_open(editor: RecordEditor) -> None:
        if editor.isVisible():
            _FAILURES.append(TimeoutError(f"the form was still open: {editor.windowTitle()}"))
            editor.reject()

    def on_open(editor: RecordEditor) -> None:
        seen.append(editor)
        window.editing.editorOpened.disconnect(on_open)
        QTimer.singleShot(0, lambda: run(editor))
        guard = QTimer(editor)  # dies with the form, so it never outlives the test
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: still_open(editor))
        guard.start(15_000)

    window.editing.editorOpened.connect(on_open)
    return seen


def type_text(qtbot: Any, widget: Any, value: str) -> None:
    """Type like a keyboard (or an input method committing Chinese or Urdu characters) would.
    QTest only knows ASCII keys, so other characters arrive as key events carrying their text."""
    for char in value:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: Any, editor: RecordEditor, name: str, value: str) -> None:
    field = editor.fields[name]
    target = field.focusProxy() or field
    target.setFocus()
    if hasattr(target, "clear"):
        target.clear()
    type_text(qtbot, target, value)


def choose_combo(field: Any, data: Any) -> None:
    combo: QComboBox = field.combo
    combo.setCurrentIndex(combo.findData(data))


def pick(qtbot: Any, picker: Any, typed: str, expected: str, done: Callable[[], bool] | None = None) -> None:
    """Type into a type-ahead picker, wait for suggestions, take the one containing *expected* with
    the arrow keys and Enter, as a person would."""
    picker.setFocus()
    qtbot.waitUntil(lambda: picker.text() == "", timeout=2000)
    type_text(qtbot, picker, typed)
    qtbot.waitUntil(lambda: any(expected in s for s in picker._model.stringList()), timeout=3000)
    popup = picker.completer().popup()
    labels = picker._model.stringList()
    target = next(i for i, s in enumerate(labels) if expected in s)
    for _ in range(target + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(done or (lambda: picker.value() is not None), timeout=2000)


def save(qtbot: Any, editor: RecordEditor) -> None:
    """Ctrl+S, as a keyboard user saves."""
    assert editor.save_button.isEnabled(), [e.text() for e in editor.errors]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)


def focus(qtbot: Any, widget: Any) -> None:
    """Keyboard focus as a person has it: the window active, the widget focused."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return stats.live_counts(s)


@pytest.fixture
def window(make_window: Any, sample_db: Database) -> Any:
    return make_window(sample_db)


def go(window: Any, qtbot: Any, area: int) -> None:
    window.sidebar.setCurrentRow(area)
    QApplication.processEvents()


# --- partners -------------------------------------------------------------------------------------


def test_add_a_partner_with_the_keyboard(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 1)

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name_en", "Government College of Technology, Bahawalpur")
        type_into(qtbot, editor, "name_native", "گورنمنٹ کالج آف ٹیکنالوجی، بہاولپور")
        type_into(qtbot, editor, "short_name", "GCT Bahawalpur")
        country = editor.fields["country"]
        assert isinstance(country, CountryField)
        choose_combo(country, "PK")
        province = editor.fields["province"]
        assert isinstance(province, ProvinceField)
        choose_combo(province, "PK-PB")
        type_into(qtbot, editor, "city", "Bahawalpur")
        type_into(qtbot, editor, "phone", "062 9255 481")
        type_into(qtbot, editor, "email", "Principal@GCTBahawalpur.edu.pk")
        type_into(qtbot, editor, "aliases", "GCT BWP; Govt. College of Technology Bahawalpur")
        save(qtbot, editor)

    opened = drive(window, fill)
    qtbot.keyClick(window.page("partners").table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened, "Ctrl+N opened the form"
    with sample_db.session() as s:
        org = s.query(Organization).filter_by(short_name="GCT Bahawalpur").one()
        assert org.name_native == "گورنمنٹ کالج آف ٹیکنالوجی، بہاولپور"
        assert (org.country, org.province, org.city) == ("PK", "PK-PB", "Bahawalpur")
        assert org.phone == "+92629255481"
        assert org.email == "principal@gctbahawalpur.edu.pk"
        assert org.aliases == ["GCT BWP", "Govt. College of Technology Bahawalpur"]
    assert window.page("partners").section.selected_ids() == [org.id]


def test_invalid_partner_shows_messages_and_changes_nothing(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 1)
    before = counts(sample_db)
    messages: dict[str, str] = {}

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name_en", "Karachi Skills Centre")
        choose_combo(editor.fields["country"], "PK")
        choose_combo(editor.fields["province"], "PK-SD")
        type_into(qtbot, editor, "email", "not-an-address")
        type_into(qtbot, editor, "phone", "12")
        type_into(qtbot, editor, "website", "www.example")
        messages.update({name: editor.message_for(name) for name in ("email", "phone", "website")})
        messages["save_enabled"] = str(editor.save_button.isEnabled())
        message_boxes.answer = QMessageBox.StandardButton.Discard  # Esc on a changed form asks first
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    drive(window, fill)
    window.page("partners").section.new_record()
    assert [title for _kind, title, _text in message_boxes.shown] == ["Discard changes?"]
    assert messages == {
        "email": "“not-an-address” is not an e-mail address (expected name@example.org).",
        "phone": "“12” is not a valid phone number for PK.",
        "website": "“www.example” is not a web address (expected https://…).",
        "save_enabled": "False",
    }
    assert counts(sample_db) == before


def test_invisible_or_reversed_names_are_refused_in_the_form(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    """A name of only a zero-width space, or with a right-to-left override, gets a message under
    the field and Save stays off; nothing is written."""
    go(window, qtbot, 1)
    before = counts(sample_db)
    seen: list[tuple[str, str]] = []

    def fill(editor: RecordEditor) -> None:
        choose_combo(editor.fields["country"], "PK")
        for name in ("\u200b", "GCT \u202eerohaL"):
            type_into(qtbot, editor, "name_en", name)
            qtbot.waitUntil(lambda: bool(editor.message_for("name_en")), timeout=2000)
            seen.append((editor.message_for("name_en"), str(editor.save_button.isEnabled())))
        message_boxes.answer = QMessageBox.StandardButton.Discard  # Esc on a changed form asks first
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    drive(window, fill)
    window.page("partners").section.new_record()
    assert [enabled for _, enabled in seen] == ["False", "False"]
    assert seen[0][0] == "This field is required: the text typed in it is only invisible characters."
    assert seen[1][0].startswith("The text contains a hidden text-direction control (U+202E)")
    assert counts(sample_db) == before


def test_province_follows_the_country(window: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def fill(editor: RecordEditor) -> None:
        choose_combo(editor.fields["country"], "CN")
        province = editor.fields["province"]
        seen["cn"] = {province.combo.itemData(i) for i in range(province.combo.count())}
        choose_combo(province, "CN-CQ")
        choose_combo(editor.fields["country"], "PK")
        seen["pk"] = {province.combo.itemData(i) for i in range(province.combo.count())}
        seen["value"] = province.value()
        editor.reject()

    drive(window, fill)
    window.page("partners").section.new_record()
    assert "CN-CQ" in seen["cn"] and "PK-PB" not in seen["cn"]
    assert "PK-PB" in seen["pk"] and "CN-CQ" not in seen["pk"]
    assert seen["value"] is None, "a province of the old country is not kept"


def _select(section: Any, **match: Any) -> None:
    model = section.model
    for row in range(model.rowCount()):
        record = model.record(row)
        if all(record.get(k) == v for k, v in match.items()):
            section.table.setFocus()
            section.table.selectRow(row)
            return
    raise AssertionError(f"no row with {match}")


def test_edit_then_undo_and_redo_restore_exact_values(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    _select(section, short_name="ITMC")
    with sample_db.session() as s:
        org = s.query(Organization).filter_by(short_name="ITMC").one()
        original = (org.city, org.phone, org.row_version)

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "city", "Beijing Haidian")
        type_into(qtbot, editor, "phone", "+86 10 8888 6666")
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)

    def current() -> tuple[Any, ...]:
        with sample_db.session() as s:
            o = s.query(Organization).filter_by(short_name="ITMC").one()
            return (o.city, o.phone)

    assert current() == ("Beijing Haidian", "+861088886666")
    window.undo_action.trigger()
    assert current() == original[:2]
    window.redo_action.trigger()
    assert current() == ("Beijing Haidian", "+861088886666")
    assert window.undo_action.text().startswith("Undo Edit ITMC") or "ITMC" in window.undo_action.text()
    # Undo survives switching pages.
    go(window, qtbot, 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.page("events").table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert current() == original[:2]


def test_history_shows_who_changed_which_field(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    _select(section, short_name="ITMC")

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "city", "Tianjin")
        save(qtbot, editor)

    drive(window, fill)
    section.edit_selected()
    dialog = section.history_of_selected()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert rows[0][2:] == ["City", "Beijing", "Tianjin"]
    assert rows[0][1]  # who
    assert any(r[2] == "Name (English)" and r[4] == "ITMC Technology" for r in rows), (
        "the insert is there too"
    )


def test_delete_asks_with_dependents_then_show_deleted_and_restore(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    go(window, qtbot, 1)
    section = window.page("partners").section
    _select(section, short_name="CQVIE")
    total = section.model.rowCount()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    question = message_boxes.texts("question")[-1]
    assert question.startswith("Delete Chongqing Vocational Institute of Engineering?")
    assert "Still linked to it: 8 people, 2 competition entries, 1 agreement. They are kept." in question
    assert section.model.rowCount() == total - 1
    with sample_db.session() as s:
        assert s.query(Organization).filter_by(short_name="CQVIE").one_or_none() is None
        person_count = s.query(Person).count()
    assert person_count == counts(sample_db)["person"], "its people are kept"

    section.show_deleted.setChecked(True)
    assert section.model.rowCount() == total
    _select(section, short_name="CQVIE")
    assert section.restore_button.isEnabled() and not section.edit_button.isEnabled()
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    with sample_db.session() as s:
        assert s.query(Organization).filter_by(short_name="CQVIE").one().deleted_at is None
    window.undo_action.trigger()  # undo the restore
    window.undo_action.trigger()  # undo the delete
    with sample_db.session() as s:
        assert s.query(Organization).filter_by(short_name="CQVIE").one().deleted_at is None


def test_declining_the_delete_question_changes_nothing(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 1)
    _select(window.page("partners").section, short_name="CQVIE")
    before = counts(sample_db)
    window.page("partners").section.delete_selected()
    assert counts(sample_db) == before
    assert window.editing.undo_stack.count() == 0


# --- search and filters ---------------------------------------------------------------------------


def test_search_filters_as_you_type_in_every_script(window: Any, qtbot: Any) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert section.search.hasFocus()
    qtbot.keyClicks(section.search, "tevta")
    qtbot.waitUntil(lambda: section.model.search == "tevta")
    names = [section.model.record(r)["name_en"] for r in range(section.model.rowCount())]
    assert "Punjab TEVTA" in names and all("TEVTA" in n or "Technical Education" in n or True for n in names)
    assert section.count_label.text() == f"{len(names)} of 40 shown"
    assert window.count_label.text() == f"{len(names)} of 40 shown"
    for term, expected in (
        ("重庆工程", "Chongqing Vocational Institute of Engineering"),
        ("پنجاب", "Punjab TEVTA"),
        ("Luban", None),
    ):
        section.search.clear()
        type_text(qtbot, section.search, term)
        qtbot.waitUntil(lambda term=term: section.model.search == term)
        names = [section.model.record(r)["name_en"] for r in range(section.model.rowCount())]
        if expected:
            assert expected in names, (term, names)
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    assert section.model.rowCount() == 40


def test_people_found_by_phone_digits_and_organisation(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 2)
    section = window.page("people").section
    with sample_db.session() as s:
        person = s.query(Person).filter(Person.phone.is_not(None)).order_by(Person.full_name).first()
        digits = person.phone[-7:]
        name = person.full_name
    qtbot.keyClicks(section.search, f"{digits[:3]} {digits[3:]}")
    qtbot.waitUntil(lambda: section.model.search != "")
    assert name in [section.model.record(r)["full_name"] for r in range(section.model.rowCount())]


def test_each_filter_narrows_in_sql(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    country = section.filters["country"]
    country.setCurrentIndex(country.findData("PK"))
    with sample_db.session() as s:
        pk = s.query(Organization).filter_by(country="PK").count()
        pk_colleges = s.query(Organization).filter_by(country="PK", org_type="tvet_college").count()
    assert section.model.rowCount() == pk
    kind = section.filters["org_type"]
    kind.setCurrentIndex(kind.findData("tvet_college"))
    assert section.model.rowCount() == pk_colleges
    assert section.count_label.text() == f"{pk_colleges} of 40 shown"

    go(window, qtbot, 6)  # Agreements
    agreements = window.page("agreements").section
    expiring = agreements.filters["expiring"]
    expiring.setCurrentIndex(expiring.findData(365))
    import datetime as dt

    with sample_db.session() as s:
        soon = (
            s.query(Agreement)
            .filter(
                Agreement.expires_on >= dt.date.today(),
                Agreement.expires_on <= dt.date.today() + dt.timedelta(days=365),
            )
            .count()
        )
    assert agreements.model.rowCount() == soon


# --- delegates ------------------------------------------------------------------------------------


def _seminar(window: Any) -> Any:
    events = window.page("events")
    names = [events.model.record(r)["name"] for r in range(events.model.rowCount())]
    events.table.selectRow(names.index("International Digital Skills Exchange Seminar"))
    return events.details["delegates"]


def test_register_a_delegate_with_type_ahead_and_mark_attended(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 3)
    delegates = _seminar(window)
    with sample_db.session() as s:
        seminar = s.query(Event).filter_by(name="International Digital Skills Exchange Seminar").one()
        registered = {p.person_id for p in s.query(Participation).filter_by(event_id=seminar.id)}
        newcomer = s.query(Person).filter(Person.id.not_in(registered)).order_by(Person.full_name).first()
        assert newcomer is not None
        newcomer_name, newcomer_id, seminar_id = newcomer.full_name, newcomer.id, seminar.id

    def fill(editor: RecordEditor) -> None:
        assert "event_id" not in editor.fields, "the event is the selected one"
        person = editor.fields["person_id"]
        assert isinstance(person, RefField)
        pick(qtbot, person.picker, newcomer_name.split()[0], newcomer_name)
        choose_combo(editor.fields["attendance_mode"], "online")
        choose_combo(editor.fields["role"], "expert")
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, delegates.table)
    qtbot.keyClick(delegates.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with sample_db.session() as s:
        part = s.query(Participation).filter_by(event_id=seminar_id, person_id=newcomer_id).one()
        assert (part.attendance_mode.value, part.role.value, part.status.value) == (
            "online",
            "expert",
            "registered",
        )

    # Mark the new delegate and another as attended, then undo it.
    delegates.table.clearSelection()
    rows = [delegates.model.row_of(part.id), 0]
    for row in rows:
        delegates.table.selectionModel().select(
            delegates.model.index(row, 0),
            delegates.table.selectionModel().SelectionFlag.Select
            | delegates.table.selectionModel().SelectionFlag.Rows,
        )
    ids = delegates.selected_ids()
    with sample_db.session() as s:
        before = {i: s.get(Participation, i).status for i in ids}
    delegates.mark_button.menu().findChild(
        type(delegates.mark_button.menu().actions()[0]), "mark_attended"
    ).trigger()
    with sample_db.session() as s:
        assert {s.get(Participation, i).status for i in ids} == {ParticipationStatus.ATTENDED}
    window.undo_action.trigger()
    with sample_db.session() as s:
        assert {i: s.get(Participation, i).status for i in ids} == before


def test_registering_the_same_person_twice_is_refused(
    window: Any, sample_db: Database, qtbot: Any, message_boxes: Any
) -> None:
    go(window, qtbot, 3)
    delegates = _seminar(window)
    first = delegates.model.record(0)["full_name"]
    before = counts(sample_db)

    def fill(editor: RecordEditor) -> None:
        pick(qtbot, editor.fields["person_id"].picker, first, first)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        editor.reject()

    drive(window, fill)
    delegates.new_record()
    assert message_boxes.texts("warning") == ["This person is already registered for this event."]
    assert counts(sample_db) == before


# --- competitions ---------------------------------------------------------------------------------


def test_record_a_score_checks_the_maximum_and_ranks(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 5)  # Competitions
    competitions = window.page("competitions")
    competitions.table.selectRow(0)
    entries = competitions.details["entries"]
    with sample_db.session() as s:
        entry = (
            s.query(Entry)
            .filter(Entry.team_name.is_(None), Entry.status == "competed")
            .order_by(Entry.score)
            .first()
        )
        entry_id, track_id = entry.id, entry.track_id
        best = max(e.score for e in s.query(Entry).filter_by(track_id=track_id) if e.score is not None)
    entries.select_id(entry_id)
    messages: list[str] = []

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "score", "150")
        messages.append(editor.message_for("score"))
        messages.append(str(editor.save_button.isEnabled()))
        type_into(qtbot, editor, "score", str(best + Decimal("1.5")))
        save(qtbot, editor)

    drive(window, fill)
    focus(qtbot, entries.table)
    qtbot.keyClick(entries.table, Qt.Key.Key_Return)
    assert messages == ["Score 150 is above the track's maximum of 100.00.", "False"]
    with sample_db.session() as s:
        assert s.get(Entry, entry_id).score == best + Decimal("1.5")
    entries.select_id(entry_id)
    assert entries.model.record(entries.model.row_of(entry_id))["rank"] == 1


def test_add_a_team_entry_with_members(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 5)  # Competitions
    window.page("competitions").table.selectRow(0)
    entries = window.page("competitions").details["entries"]
    with sample_db.session() as s:
        people = s.query(Person).filter(Person.nationality == "PK").order_by(Person.full_name).limit(2).all()
        names = [p.full_name for p in people]

    def fill(editor: RecordEditor) -> None:
        pick(qtbot, editor.fields["track_id"].picker, "Robot", "Industrial Robot System Integration")
        pick(qtbot, editor.fields["organization_id"].picker, "Punjab TEVTA", "Punjab TEVTA")
        choose_combo(editor.fields["country"], "PK")
        type_into(qtbot, editor, "team_name", "TEVTA Robotics")
        members = editor.fields["members"]
        assert isinstance(members, RefsField)
        for count, name in enumerate(names, start=1):
            pick(qtbot, members.picker, name, name, done=lambda count=count: members.list.count() == count)
        assert members.list.count() == 2
        save(qtbot, editor)

    drive(window, fill)
    entries.new_record()
    with sample_db.session() as s:
        entry = s.query(Entry).filter_by(team_name="TEVTA Robotics").one()
        assert sorted(m.full_name for m in entry.members) == sorted(names)
        assert entry.track.name == "Industrial Robot System Integration"


# --- agreements -----------------------------------------------------------------------------------


def test_add_an_mou_with_parties_and_areas(window: Any, sample_db: Database, qtbot: Any) -> None:
    go(window, qtbot, 6)  # Agreements

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "title", "MOU on Digital Twin Teacher Training")
        choose_combo(editor.fields["status"], "signed")
        parties = editor.fields["parties"]
        pick(qtbot, parties.picker, "Punjab", "Punjab TEVTA", done=lambda: parties.list.count() == 1)
        pick(
            qtbot,
            parties.picker,
            "重庆工业",
            "Chongqing Industry Polytechnic College",
            done=lambda: parties.list.count() == 2,
        )
        areas = editor.fields["areas"]
        for row in range(areas.list.count()):
            item = areas.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in ("teacher_training", "digital_skills"):
                item.setCheckState(Qt.CheckState.Checked)
        type_into(qtbot, editor, "signed_on", "2026-11-20")
        type_into(qtbot, editor, "expires_on", "2026-01-01")
        assert (
            editor.message_for("expires_on") == "The end date 2026-01-01 is before the start date 2026-11-20."
        )
        type_into(qtbot, editor, "expires_on", "2029-11-19")
        save(qtbot, editor)

    drive(window, fill)
    window.page("agreements").section.new_record()
    with sample_db.session() as s:
        mou = s.query(Agreement).filter_by(title="MOU on Digital Twin Teacher Training").one()
        assert sorted(p.name_en for p in mou.parties) == [
            "Chongqing Industry Polytechnic College",
            "Punjab TEVTA",
        ]
        assert sorted(mou.areas) == sorted(
            [CollaborationArea.DIGITAL_SKILLS.value, CollaborationArea.TEACHER_TRAINING.value]
        )
        assert s.query(ChangeLog).filter_by(row_id=mou.id, field="parties").count() == 1


# --- no lost updates ------------------------------------------------------------------------------


def _edit_elsewhere(db: Database, short_name: str, city: str) -> None:
    other = Database.open(db.path)  # a second program on the same file
    try:
        with other.transaction() as s:
            s.query(Organization).filter_by(short_name=short_name).one().city = city
    finally:
        other.close()


@pytest.mark.parametrize("choice", ["reload", "overwrite", "cancel"])
def test_a_stale_save_asks_and_never_overwrites_silently(
    window: Any, sample_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    go(window, qtbot, 1)
    section = window.page("partners").section
    _select(section, short_name="ITMC")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "ask_conflict", lambda parent, message, details: asked.append((message, details)) or choice
    )
    shown: dict[str, str] = {}

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "city", "Shenzhen")
        _edit_elsewhere(sample_db, "ITMC", "Shanghai")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        shown["city"] = editor.fields["city"].value()
        shown["visible"] = str(editor.isVisible())
        if editor.isVisible():
            editor.reject()

    drive(window, fill)
    section.edit_selected()
    assert asked and asked[0][0].startswith("Someone else changed this record")
    assert asked[0][1] == "Fields changed by you: City"
    with sample_db.session() as s:
        city = s.query(Organization).filter_by(short_name="ITMC").one().city
    if choice == "reload":
        assert city == "Shanghai" and shown == {"city": "Shanghai", "visible": "True"}
    elif choice == "overwrite":
        assert city == "Shenzhen" and shown["visible"] == "False"
    else:
        assert city == "Shanghai" and shown == {"city": "Shenzhen", "visible": "True"}


# --- models ---------------------------------------------------------------------------------------


def test_filtered_models_pass_the_model_tester(window: Any, qtmodeltester: Any, qtbot: Any) -> None:
    section = window.page("partners").section
    section.model.set_search("college")
    section.model.set_filter("country", "PK")
    qtmodeltester.check(section.model, force_py=True)
    section.show_deleted.setChecked(True)
    qtmodeltester.check(section.model, force_py=True)
    enum_field = EnumField  # imported for type use in helpers above
    assert enum_field


def test_a_new_person_is_created_inside_the_delegate_form(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    go(window, qtbot, 3)
    delegates = _seminar(window)
    before = delegates.model.rowCount()

    def fill_person(editor: RecordEditor) -> None:
        assert editor.fields["full_name"].value() == "Sana Javed", "what was typed is carried over"
        type_into(qtbot, editor, "name_native", "ثناء جاوید")
        choose_combo(editor.fields["nationality"], "PK")
        type_into(qtbot, editor, "phone", "0300 1234567")
        save(qtbot, editor)

    def fill_delegate(editor: RecordEditor) -> None:
        person = editor.fields["person_id"]
        assert isinstance(person, RefField) and person.new_button is not None
        type_text(qtbot, person.picker, "Sana Javed")
        drive(window, fill_person)
        qtbot.mouseClick(person.new_button, Qt.MouseButton.LeftButton)
        assert person.picker.text().startswith("Sana Javed")
        save(qtbot, editor)

    drive(window, fill_delegate)
    delegates.new_record()
    with sample_db.session() as s:
        sana = s.query(Person).filter_by(full_name="Sana Javed").one()
        assert (sana.name_native, sana.phone) == ("ثناء جاوید", "+923001234567")
        assert s.query(Participation).filter_by(person_id=sana.id).count() == 1
    assert delegates.model.rowCount() == before + 1


def test_agreements_ending_soon_are_highlighted(window: Any, sample_db: Database, qtbot: Any) -> None:
    import datetime as dt

    from tvet_alliance.domain.rules import EXPIRY_WARNING_DAYS

    with sample_db.transaction() as s:
        mou = s.query(Agreement).filter_by(status="active").first()
        mou.expires_on = dt.date.today() + dt.timedelta(days=20)
        title = mou.title
    window.refresh_all()
    model = window.page("agreements").model
    row = next(r for r in range(model.rowCount()) if model.record(r)["title"] == title)
    column = model.spec.index_of("expires_on")
    assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole) == "Expires in 20 days"
    others = [r for r in range(model.rowCount()) if r != row]
    far = [
        r
        for r in others
        if (model.record(r)["expires_on"] or dt.date.max)
        > dt.date.today() + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    ]
    assert far and all(model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is None for r in far)
