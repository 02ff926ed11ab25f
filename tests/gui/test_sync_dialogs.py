"""Offline sync as the secretariat and the seminar laptops use it: take an offline copy, see the
banner on the laptop, send its changes in a sync package, merge the package at the office (the
report first), choose between conflicting values, review possible duplicates, and replace a copy
with a fresh one only once nothing would be lost."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox
from sqlalchemy import func, select

from tvet_alliance.domain import ChangeLog, Event, Person, SyncConflict
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync
from tvet_alliance.services.sync.conflicts import EDITED, LAPTOP, OFFICE
from tvet_alliance.ui.dialogs.sync_dialogs import MergeReportDialog, TakeCopyDialog
from tvet_alliance.ui.dialogs.sync_review import ConflictDialog, DuplicateDialog
from tvet_alliance.ui.main_window import MainWindow

# The fixture that installs a compiled translation (and restores English and left-to-right after).
from .test_translations import translated as _translated  # noqa: F401

SEMINAR = "International Digital Skills Exchange Seminar"


# --- building offices, laptops and packages with the service API ------------------------------------


@dataclass
class Scene:
    office: Database
    laptop: Database
    laptop_path: Path
    people: list[uuid.UUID]


def _first_people(db: Database, count: int) -> list[uuid.UUID]:
    with db.session() as s:
        return list(s.scalars(select(Person.id).order_by(Person.full_name).limit(count)))


def _edit(db: Database, row_id: uuid.UUID, **values: Any) -> None:
    with db.transaction() as s:
        person = s.get(Person, row_id)
        assert person is not None
        for key, value in values.items():
            setattr(person, key, value)


def _person(db: Database, row_id: uuid.UUID) -> Person:
    with db.session() as s:
        person = s.get(Person, row_id, execution_options={"include_deleted": True})
        assert person is not None
        s.expunge(person)
        return person


def _take_laptop(office: Database, tmp_path: Path, name: str = "Laptop 1", **kwargs: Any) -> Scene:
    path = tmp_path / f"{name.lower().replace(' ', '-')}.sqlite3"
    sync.create_replica(office, path, name=name, **kwargs)
    return Scene(office, Database.open(path), path, _first_people(office, 6))


def _package(db: Database, path: Path) -> Path:
    sync.create_package(db, path)
    return path


def _log_rows(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


@pytest.fixture
def scene(sample_db: Database, tmp_path: Path) -> Any:
    made = _take_laptop(sample_db, tmp_path)
    yield made
    made.laptop.close()


def _merged_conflicts(scene: Scene, tmp_path: Path, fields: dict[int, tuple[str, Any, Any]]) -> None:
    """For each person index: the laptop and the office write *field* with their own value; the
    laptop's package is merged, so each becomes a conflict."""
    for index, (field, laptop_value, _office) in fields.items():
        _edit(scene.laptop, scene.people[index], **{field: laptop_value})
    for index, (field, _laptop, office_value) in fields.items():
        _edit(scene.office, scene.people[index], **{field: office_value})
    report = sync.merge_package(scene.office, _package(scene.laptop, tmp_path / "conflicts.tvetsync"))
    assert report.conflicts == len(fields)


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _rows_by_record(dialog: ConflictDialog) -> dict[str, int]:
    return {row.view.record: index for index, row in enumerate(dialog.rows)}


def _choose(dialog: ConflictDialog, index: int, choice: str) -> None:
    combo = dialog.rows[index].choice
    assert combo.isVisible()
    position = combo.findData(choice)
    assert position >= 0, f"{choice} is not offered"
    combo.setCurrentIndex(position)


def _banner(window: MainWindow) -> str:
    """The banner's text as a person reads it (no markup, no bidirectional isolates)."""
    return re.sub("<[^>]+>|[\u2068\u2069]", "", window.banner.label.text())


def _open_conflicts(window: MainWindow) -> ConflictDialog:
    window.sync_actions.update_review_counts()
    window.sync_actions.conflicts_action.trigger()
    dialog = window.sync_actions.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    return dialog


# --- the conflict dialog ----------------------------------------------------------------------------


def test_choose_the_laptop_the_office_or_an_edited_value_for_each_conflict(
    qtbot: Any, make_window: Callable[[Database], MainWindow], scene: Scene, tmp_path: Path
) -> None:
    a, b, c = scene.people[:3]
    started_from = _person(scene.office, b).name_native
    _merged_conflicts(
        scene,
        tmp_path,
        {
            0: ("position", "Dean (laptop)", "Dean (office)"),
            1: ("name_native", "王 伟", "王伟"),
            2: ("position", "Lecturer (laptop)", "Lecturer (office)"),
        },
    )
    names = {i: _person(scene.office, i).full_name for i in (a, b, c)}
    window = make_window(scene.office)
    assert window.sync_actions.conflicts_action.text() == "&Conflicts (3)…"
    dialog = _open_conflicts(window)
    rows = _rows_by_record(dialog)
    assert dialog.table.rowCount() == 3 and not dialog.empty_label.isVisible()
    row_b = rows[names[b]]
    cells = [dialog.table.item(row_b, col).text() for col in range(ConflictDialog.FROM)]
    assert cells[1:] == [
        "Name (Chinese or Urdu)",
        "Changed at the office and on the laptop",
        started_from,
        "王伟",
        "王 伟",
    ]
    assert dialog.table.item(row_b, ConflictDialog.FROM).text().startswith("Laptop 1")
    assert not dialog.apply_button.isEnabled(), "nothing is chosen yet"

    _choose(dialog, rows[names[a]], LAPTOP)
    _choose(dialog, rows[names[b]], OFFICE)
    _choose(dialog, rows[names[c]], EDITED)
    editor = dialog.rows[rows[names[c]]].value
    assert isinstance(editor, QLineEdit) and editor.isEnabled()
    assert editor.text() == "Lecturer (laptop)", "an edited value starts from the laptop's"
    editor.clear()
    qtbot.keyClicks(editor, "Senior Lecturer")
    before = _log_rows(scene.office)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert _person(scene.office, a).position == "Dean (laptop)"
    assert _person(scene.office, b).name_native == "王伟"
    assert _person(scene.office, c).position == "Senior Lecturer"
    with scene.office.session() as s:
        assert sync.open_conflicts(s) == []
        resolutions = {r: res for r, res in s.execute(select(SyncConflict.row_id, SyncConflict.resolution))}
        log = s.execute(
            select(ChangeLog.row_id, ChangeLog.field, ChangeLog.new_value, ChangeLog.site_id).where(
                ChangeLog.id > before
            )
        ).all()
    assert resolutions == {a: LAPTOP, b: OFFICE, c: EDITED}
    changed = {(row_id, field, new) for row_id, field, new, _site in log if field == "position"}
    assert changed == {(a, "position", "Dean (laptop)"), (c, "position", "Senior Lecturer")}
    assert all(site == scene.office.site_id for *_rest, site in log), "resolutions are the office's changes"
    assert dialog.empty_label.isVisible() and dialog.empty_label.text() == "No conflicts to resolve."
    assert dialog.message.text() == "Resolved 3 conflicts; 0 still open."
    dialog.reject()


def test_take_all_from_the_laptop_or_only_the_selected_rows_from_the_office(
    qtbot: Any, make_window: Callable[[Database], MainWindow], scene: Scene, tmp_path: Path
) -> None:
    _merged_conflicts(
        scene,
        tmp_path,
        {i: ("position", f"Laptop {i}", f"Office {i}") for i in range(3)},
    )
    window = make_window(scene.office)
    dialog = _open_conflicts(window)
    assert "selected rows" in dialog.laptop_all_button.toolTip()
    qtbot.mouseClick(dialog.laptop_all_button, Qt.MouseButton.LeftButton)
    assert [row.chosen for row in dialog.rows] == [LAPTOP] * 3
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.office_all_button, Qt.MouseButton.LeftButton)
    assert [row.chosen for row in dialog.rows] == [LAPTOP, OFFICE, LAPTOP]
    dialog.table.clearSelection()
    qtbot.mouseClick(dialog.laptop_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [_person(scene.office, p).position for p in scene.people[:3]] == [
        "Laptop 0",
        "Laptop 1",
        "Laptop 2",
    ]
    assert dialog.rows == []


def test_a_refused_value_changes_nothing(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    a, b = scene.people[:2]
    _merged_conflicts(
        scene,
        tmp_path,
        {0: ("position", "Dean (laptop)", "Dean (office)"), 1: ("email", "new@laptop.pk", "new@office.pk")},
    )
    window = make_window(scene.office)
    dialog = _open_conflicts(window)
    rows = {row.view.field: index for index, row in enumerate(dialog.rows)}
    _choose(dialog, rows["position"], LAPTOP)
    _choose(dialog, rows["email"], EDITED)
    editor = dialog.rows[rows["email"]].value
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "not an address")
    before = _log_rows(scene.office)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    (warning,) = message_boxes.texts("warning")
    assert "E-mail" in warning and warning.endswith("Nothing was changed.")
    assert _person(scene.office, a).position == "Dean (office)", "the good row is not applied either"
    assert _person(scene.office, b).email == "new@office.pk"
    assert _log_rows(scene.office) == before
    with scene.office.session() as s:
        assert len(sync.open_conflicts(s)) == 2
    assert dialog.table.selectionModel().selectedRows()[0].row() == rows["email"], "the refused row is shown"
    assert [row.chosen for row in dialog.rows] != [None, None], "the choices are kept to correct"
    # Closing with choices not applied asks first (answered No: the dialog stays)
    dialog.reject()
    assert dialog.isVisible() and message_boxes.texts("question")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert not dialog.isVisible()


def test_an_enum_conflict_shows_labels_and_edits_with_a_list(
    qtbot: Any, make_window: Callable[[Database], MainWindow], scene: Scene, tmp_path: Path
) -> None:
    a = scene.people[0]
    assert str(_person(scene.office, a).gender) == "male"
    _merged_conflicts(scene, tmp_path, {0: ("gender", "female", "other")})
    window = make_window(scene.office)
    dialog = _open_conflicts(window)
    assert dialog.table.item(0, ConflictDialog.BASE).text() == "Male"
    assert dialog.table.item(0, ConflictDialog.OFFICE_VALUE).text() == "Other"
    assert dialog.table.item(0, ConflictDialog.LAPTOP_VALUE).text() == "Female"
    _choose(dialog, 0, EDITED)
    editor = dialog.rows[0].value
    assert isinstance(editor, QComboBox) and editor.currentText() == "Female"
    editor.setCurrentIndex(editor.findData("male"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert str(_person(scene.office, a).gender) == "male"


# --- merging a package --------------------------------------------------------------------------------


def test_merge_shows_the_report_first_then_merges(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    a, b, c = scene.people[:3]
    _edit(scene.laptop, a, position="Changed on the laptop")
    _edit(scene.laptop, b, position="Laptop says")
    _edit(scene.office, b, position="Office says")
    with scene.laptop.transaction() as s:
        s.add(
            Person(full_name="Nadia Rahman", name_native="نادیہ رحمان", email=_person(scene.laptop, c).email)
        )
    package = _package(scene.laptop, tmp_path / "laptop-1.tvetsync")
    window = make_window(scene.office)
    people_before = window.page("people").model.rowCount()
    assert (
        window.sync_actions.merge_package_action.isVisible()
        and not window.sync_actions.create_package_action.isVisible()
    )
    assert window.sync_actions.merge_package_action.shortcut() == QKeySequence("Ctrl+Shift+M")
    _open_file(monkeypatch, package)
    window.sync_actions.merge_package_action.trigger()
    qtbot.waitUntil(lambda: window.sync_actions.merge_report_dialog is not None, timeout=10_000)
    dialog = window.sync_actions.merge_report_dialog
    assert isinstance(dialog, MergeReportDialog) and dialog.merge_button is not None
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts == {
        "added": "1",
        "changed": "1",
        "deleted": "0",
        "check_ins": "0",
        "conflicts": "1",
        "duplicates": "1",
    }
    assert _person(scene.office, a).position != "Changed on the laptop", "a dry run changes nothing"

    with qtbot.waitSignal(window.workFinished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert str(finished.args[0]).startswith("Merged the package of “Laptop 1”: 1 added, 1 changed")
    assert _person(scene.office, a).position == "Changed on the laptop"
    assert _person(scene.office, b).position == "Office says", "a conflict keeps the office value"
    assert window.page("people").model.rowCount() == people_before + 1, "the pages show the merged records"
    with scene.office.session() as s:
        assert len(sync.open_conflicts(s)) == 1 and len(sync.open_duplicates(s)) == 1
    questions = message_boxes.texts("question")
    assert questions[0].startswith("Conflicts: 1.") and questions[1].startswith("Possible duplicates: 1.")
    assert window.sync_actions.conflict_dialog is None, "answered No: nothing opens"

    # The same package again: already merged, nothing to do
    window.sync_actions.merge_package_action.trigger()
    qtbot.waitUntil(
        lambda: (
            window.sync_actions.merge_report_dialog is not None
            and window.sync_actions.merge_report_dialog is not dialog
        ),
        timeout=10_000,
    )
    again = window.sync_actions.merge_report_dialog
    assert again is not None and again.merge_button is None
    assert again.summary.text() == "This package was merged already — nothing to do."
    again.reject()


def test_after_a_merge_the_conflicts_open_when_asked(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    _edit(scene.laptop, scene.people[0], position="Laptop says")
    _edit(scene.office, scene.people[0], position="Office says")
    package = _package(scene.laptop, tmp_path / "p.tvetsync")
    window = make_window(scene.office)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.sync_actions.merge_sync_package(package)
    qtbot.waitUntil(lambda: window.sync_actions.merge_report_dialog is not None, timeout=10_000)
    assert window.sync_actions.merge_report_dialog is not None
    window.sync_actions.merge_report_dialog.accept()
    qtbot.waitUntil(lambda: window.sync_actions.conflict_dialog is not None, timeout=10_000)
    assert (
        window.sync_actions.conflict_dialog is not None and len(window.sync_actions.conflict_dialog.rows) == 1
    )
    window.sync_actions.conflict_dialog.reject()


def test_a_package_after_a_missing_one_is_refused_and_nothing_changes(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    a, b = scene.people[:2]
    _edit(scene.laptop, a, position="First package")
    _package(scene.laptop, tmp_path / "first.tvetsync")  # never reaches the office
    _edit(scene.laptop, b, position="Second package")
    second = _package(scene.laptop, tmp_path / "second.tvetsync")
    before = _log_rows(scene.office)
    window = make_window(scene.office)
    _open_file(monkeypatch, second)
    with qtbot.waitSignal(window.workFailed, timeout=10_000):
        window.sync_actions.merge_package_action.trigger()
    (warning,) = message_boxes.texts("warning")
    assert warning.startswith("Changes 1–1 of “Laptop 1” have not been merged yet.")
    assert window.sync_actions.merge_report_dialog is None
    assert _log_rows(scene.office) == before
    assert _person(scene.office, b).position != "Second package"


# --- the laptop: banner, packages, fresh copies -------------------------------------------------------


def test_the_banner_shows_on_an_offline_copy_only(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    with sample_db.session() as s:
        seminar = s.scalars(select(Event).where(Event.name == SEMINAR)).one()
    scene = _take_laptop(sample_db, tmp_path, "Laptop 2", event_id=seminar.id)
    office_window = make_window(sample_db)
    assert not office_window.banner.isVisible()
    assert (
        office_window.sync_actions.take_copy_action.isVisible()
        and not office_window.sync_actions.fresh_copy_action.isVisible()
    )

    window = make_window(scene.laptop)
    assert window.banner.isVisible()
    shown = _banner(window)
    assert "Offline copy of alliance.sqlite3, taken " in shown
    assert "laptop copy “Laptop 2”" in shown and f"only {SEMINAR}" in shown
    assert "every change is in a sync package" in shown
    assert (
        not window.sync_actions.take_copy_action.isVisible()
        and not window.sync_actions.merge_package_action.isEnabled()
    )
    assert (
        window.sync_actions.create_package_action.isVisible()
        and window.sync_actions.fresh_copy_action.isVisible()
    )

    person = _first_people(scene.laptop, 1)[0]
    _edit(scene.laptop, person, position="Edited at the seminar")
    window.refresh_action.trigger()
    assert "changes not yet in a sync package: 1" in _banner(window)

    _save_to(monkeypatch, tmp_path / "from-laptop")  # the suffix is added
    with qtbot.waitSignal(window.workFinished, timeout=10_000) as finished:
        qtbot.mouseClick(window.banner.package_button, Qt.MouseButton.LeftButton)
    package = tmp_path / "from-laptop.tvetsync"
    assert finished.args[0] == f"Sync package with 1 change (numbers 1–1) written to {package}."
    assert sync.read_package(package).info.change_count == 1
    assert "every change is in a sync package" in _banner(window)
    # Nothing new: said as information, no file asked for
    window.sync_actions.create_package_action.trigger()
    assert message_boxes.texts("information")[-1].startswith("Nothing new to send")
    scene.laptop.close()


def test_take_an_offline_copy_of_one_event(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    window = make_window(sample_db)
    window.sync_actions.take_copy_action.trigger()
    dialog = window.sync_actions.take_copy_dialog
    assert isinstance(dialog, TakeCopyDialog) and dialog.isVisible()
    assert dialog.event_combo.currentText() == "All records"
    assert dialog.suggested_path().name.startswith("alliance-offline-laptop-1-")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Seminar desk")
    index = next(i for i in range(dialog.event_combo.count()) if SEMINAR in dialog.event_combo.itemText(i))
    dialog.event_combo.setCurrentIndex(index)
    target = tmp_path / "desk.sqlite3"
    target.write_text("an old file the save dialog asked to replace")
    _save_to(monkeypatch, target)
    with qtbot.waitSignal(window.workFinished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (info,) = message_boxes.texts("information")
    assert info.startswith(f"Offline copy “Seminar desk” written to {target}.")
    assert info.endswith("Open it on the laptop with File → Open database….")
    copy = Database.open(target, create=False)
    try:
        with copy.session() as s:
            replica = sync.replica_info(s, copy.path)
    finally:
        copy.close()
    assert replica is not None and replica.site_name == "Seminar desk" and replica.event_name == SEMINAR


def test_a_fresh_copy_is_refused_while_laptop_changes_are_not_merged(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    person = scene.people[0]
    _edit(scene.laptop, person, position="Not merged yet")
    fresh = tmp_path / "fresh.sqlite3"
    sync.create_replica(scene.office, fresh, name="Laptop 1")
    window = make_window(scene.laptop)
    _open_file(monkeypatch, fresh)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.workFailed, timeout=10_000):
        window.sync_actions.fresh_copy_action.trigger()
    warning = message_boxes.texts("warning")[-1]
    assert warning.startswith("Changes 1–1 made on this laptop have not been merged at the office.")
    assert warning.endswith("This copy was left as it was and is open again.")
    assert window.db is not None and window.db.path == scene.laptop_path.resolve()
    assert _person(window.db, person).position == "Not merged yet"
    assert window.banner.isVisible()

    # Once the package is merged at the office, a fresh copy taken there replaces it
    sync.merge_package(scene.office, _package(window.db, tmp_path / "p.tvetsync"))
    sync.create_replica(scene.office, fresh, name="Laptop 1", overwrite=True)
    with qtbot.waitSignal(window.workFinished, timeout=10_000) as finished:
        window.sync_actions.fresh_copy_action.trigger()
    kept = Path(str(finished.args[0]).split(" kept as ")[1].rstrip("."))
    assert kept.exists() and kept.name.startswith("laptop-1.replaced-")
    assert window.db is not None and window.db.path == scene.laptop_path.resolve()
    assert "every change is in a sync package" in _banner(window)


# --- possible duplicates ------------------------------------------------------------------------------


def test_merge_a_possible_duplicate_keeping_the_office_record(
    qtbot: Any, make_window: Callable[[Database], MainWindow], scene: Scene, tmp_path: Path
) -> None:
    existing = _person(scene.office, scene.people[0])
    with scene.laptop.transaction() as s:
        twin = Person(full_name="Registered Again", email=existing.email, position="Delegate")
        s.add(twin)
        s.flush()
        twin_id = twin.id
    sync.merge_package(scene.office, _package(scene.laptop, tmp_path / "dup.tvetsync"))
    window = make_window(scene.office)
    window.sync_actions.update_review_counts()
    assert window.sync_actions.duplicates_action.text() == "Possible &duplicates (1)…"
    window.sync_actions.duplicates_action.trigger()
    dialog = window.sync_actions.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog) and dialog.pairs.count() == 1
    assert "Same e-mail" in dialog.pairs.item(0).text()
    table = {
        dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert table["Full name"] == ("Registered Again", existing.full_name)
    assert table["E-mail"] == (existing.email, existing.email)
    people_before = window.page("people").model.rowCount()

    qtbot.mouseClick(dialog.keep_office_button, Qt.MouseButton.LeftButton)

    assert _person(scene.office, twin_id).deleted_at is not None, "the laptop's record is merged away"
    assert _person(scene.office, existing.id).deleted_at is None
    with scene.office.session() as s:
        assert sync.open_duplicates(s) == []
    assert dialog.empty_label.isVisible() and dialog.message.text() == f"Merged into “{existing.full_name}”."
    assert window.page("people").model.rowCount() == people_before - 1
    dialog.reject()


def test_the_conflict_dialog_in_urdu_reads_right_to_left(
    request: pytest.FixtureRequest,
    qapp: Any,
    make_window: Callable[[Database], MainWindow],
    scene: Scene,
    tmp_path: Path,
) -> None:
    _merged_conflicts(scene, tmp_path, {0: ("position", "Dean (laptop)", "Dean (office)")})
    request.getfixturevalue("_translated")("ur")  # the Urdu translator, removed after the test
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(scene.office)
    dialog = _open_conflicts(window)
    assert dialog.isRightToLeft()
    header = dialog.table.horizontalHeaderItem(ConflictDialog.WHY)
    assert header is not None and header.text() == "وجہ"
    assert dialog.table.item(0, ConflictDialog.WHY).text() == "دفتر اور لیپ ٹاپ دونوں پر تبدیل ہوا"
    assert dialog.rows[0].choice.itemText(0) == "منتخب نہیں"
    record = dialog.table.visualItemRect(dialog.table.item(0, ConflictDialog.RECORD))
    result = dialog.table.visualRect(dialog.table.model().index(0, ConflictDialog.RESULT))
    assert record.x() > result.x(), "the record is at the right, the result at the left"
    dialog.reject()
