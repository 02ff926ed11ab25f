"""The import wizard as the secretariat uses it: a partner's delegate list in GB18030 with a title
row goes through every page into the database; Cancel leaves it untouched; an unreadable file says
why; and File → Revert an import undoes an import."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QMessageBox, QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Event, ImportBatch, Organization, Participation, Person
from tvet_alliance.files import is_partial
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.services.importing import engine
from tvet_alliance.ui import workers
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard, RevertImportDialog

DELEGATES = (
    "2024年 参会人员名单\n"
    "姓名,单位,手机,参会方式\n"
    "张伟,重庆工程职业技术学院,13800138000,线上\n"
    "李娜,重庆工程职业技术学院,13900139000,飞行\n"
    "张伟,重庆工程职业技术学院,13800138000,线上\n"
    "Ahmed Khan,Punjab TEVTA,+92 300 1234567,线下\n"
)


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            "people": s.scalar(select(func.count()).select_from(Person)) or 0,
            "partners": s.scalar(select(func.count()).select_from(Organization)) or 0,
            "participations": s.scalar(select(func.count()).select_from(Participation)) or 0,
            "batches": s.scalar(select(func.count()).select_from(ImportBatch)) or 0,
        }


def _wait_idle(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)


def _next(qtbot: Any, wizard: ImportWizard, expected: int) -> None:
    """Press Next and land on *expected*. From Columns to Check, the Values page (shown when the file
    holds values nothing recognises) is passed with its values left not mapped, as before it existed;
    a test of that page asks for PAGE_VALUES."""
    _wait_idle(qtbot, wizard)
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # (leaving Columns first looks for unknown organisations in the background, then moves on)
    qtbot.waitUntil(
        lambda: (
            (not wizard.busy and wizard.currentId() != ImportWizard.PAGE_MAP)
            or expected == ImportWizard.PAGE_MAP
        ),
        timeout=20_000,
    )
    if expected == ImportWizard.PAGE_CHECK and wizard.currentId() == ImportWizard.PAGE_VALUES:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == expected
    _wait_idle(qtbot, wizard)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not in {combo.objectName()}"
    combo.setCurrentIndex(index)


def _open_wizard(window: Any, path: Path | None = None) -> ImportWizard:
    if path is None:
        window.data_actions.import_action.trigger()
    else:
        window.data_actions.open_import(path)
    wizard = window.data_actions.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    return wizard


def _people_csv(path: Path, rows: int) -> Path:
    lines = ["Name,Organisation,E-mail,Nationality"]
    lines += [f"Person {i:05d},Test College {i % 7},person{i}@example.org,Pakistan" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _to_import_page(qtbot: Any, wizard: ImportWizard, kind: imp.ImportKind) -> None:
    _choose(wizard.file_page.kind_combo, kind.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    # "Test College 0" … "6" are not partners: the Organisations page lists them first (created)
    _next(qtbot, wizard, ImportWizard.PAGE_ORGANIZATIONS)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)  # no duplicates: straight to the import


def test_gb18030_delegates_through_every_page(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "参会人员.csv"
    source.write_bytes(DELEGATES.encode("gb18030"))
    with sample_db.session() as s:
        event = s.scalars(select(Event).order_by(Event.name)).first()
        assert event is not None
        event_id = event.id
    before = _counts(sample_db)
    window = make_window(sample_db)

    # 1. File and kind: Ctrl+I, then Browse (Ctrl+O) chooses the file
    assert window.data_actions.import_action.shortcut() == QKeySequence("Ctrl+I")
    window.data_actions.import_action.trigger()
    wizard = window.data_actions.import_wizard
    assert isinstance(wizard, ImportWizard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    # (offscreen, QTest's Ctrl+letter does not reach shortcuts: the shortcut is activated directly)
    (browse,) = [sc for sc in wizard.file_page.findChildren(QShortcut) if sc.key() == QKeySequence("Ctrl+O")]
    browse.activated.emit()
    assert wizard.file_page.path_edit.text() == str(source)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.DELEGATES.value)
    assert wizard.file_page.event_combo.isVisible()
    assert not wizard.file_page.competition_combo.isVisible()
    _choose(wizard.file_page.event_combo, str(event_id))

    # 2. Detection and preview
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    page = wizard.detect_page
    assert page.encoding_combo.currentText() == "gb18030"
    assert page.delimiter_combo.currentData() == ","
    assert page.header_spin.value() == 2
    assert "2024年 参会人员名单" in page.titles_label.text()
    assert page.preview.rowCount() == 4
    assert [page.preview.horizontalHeaderItem(c).text() for c in range(4)] == [
        "姓名",
        "单位",
        "手机",
        "参会方式",
    ]
    assert page.preview.item(0, 0).text() == "张伟"
    # Choosing the wrong header row re-reads the file at once; choosing it back restores it
    page.header_spin.setValue(1)
    assert page.preview.horizontalHeaderItem(0).text() == "2024年 参会人员名单"
    page.header_spin.setValue(2)
    assert page.preview.horizontalHeaderItem(0).text() == "姓名"

    # 3. Mapping, preselected from the Chinese header names
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    combos = wizard.mapping_page.combos
    assert combos["full_name"].currentData() == 0
    assert combos["organization"].currentData() == 1
    assert combos["phone"].currentData() == 2
    assert combos["attendance_mode"].currentData() == 3
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    _choose(combos["full_name"], -1)  # a required field unmapped blocks Next and says which
    assert not next_button.isEnabled()
    assert "Name" in wizard.mapping_page.message.text()
    _choose(combos["full_name"], 0)
    assert next_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Chongqing delegates", True)))
    qtbot.mouseClick(wizard.mapping_page.save_button, Qt.MouseButton.LeftButton)
    with sample_db.session() as s:
        assert imp.saved_names(s, imp.ImportKind.DELEGATES) == ["Chongqing delegates"]
        saved = imp.load_saved(s, "Chongqing delegates")
    assert saved is not None and saved[1]["参会方式"] == "attendance_mode"
    assert wizard.mapping_page.saved_combo.currentText() == "Chongqing delegates"

    # 3b. Values: 飞行 is no attendance mode anyone knows; left not mapped, its row is rejected
    _next(qtbot, wizard, ImportWizard.PAGE_VALUES)
    values = wizard.values_page
    assert values.table.rowCount() == 1
    assert [values.table.item(0, c).text() for c in range(4)] == ["Attendance", "飞行", "1", "2"]

    # 4. Validation: one bad row, with its reason, marked in the preview
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    check = wizard.check_page
    assert check.summary.text() == "4 rows: 3 valid, 1 with problems, 1 duplicate"
    assert check.errors.rowCount() == 1
    assert check.errors.item(0, 0).text() == "2"
    assert check.errors.item(0, 1).text() == "参会方式"
    assert "飞行" in check.errors.item(0, 2).text()
    # the grid holds the rows with problems, as the file has them (row 2 of the file)
    assert check.preview.rowCount() == 1
    assert check.preview.verticalHeaderItem(0).text() == "2"
    bad = check.preview.item(0, 3)
    assert bad.background().color().name() == "#f8d0d0"
    assert "飞行" in bad.toolTip()
    assert check.preview.item(0, 0).background().style() == Qt.BrushStyle.NoBrush
    assert _counts(sample_db) == before, "checking writes nothing"

    # 5. Duplicates: the second 张伟 repeats row 1; "for all" sets every row, then skip it
    _next(qtbot, wizard, ImportWizard.PAGE_DUPLICATES)
    dups = wizard.duplicates_page
    assert dups.table.rowCount() == 1
    assert dups.table.item(0, 0).text() == "3"
    assert dups.table.item(0, 1).text() == "张伟"
    assert "row 1" in dups.table.item(0, 2).text()
    assert dups.table.item(0, 3).text() == "Already registered"
    qtbot.mouseClick(dups.all_buttons[imp.Decision.UPDATE], Qt.MouseButton.LeftButton)
    assert wizard.decisions == {3: imp.Decision.UPDATE}
    _choose(dups.combos[3], imp.Decision.SKIP.value)
    assert wizard.decisions == {3: imp.Decision.SKIP}

    # 6. Test import, then import
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    final = wizard.import_page
    qtbot.mouseClick(final.test_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert "2 created, 0 updated, 1 skipped, 1 row with problems" in final.result_label.text()
    assert _counts(sample_db) == before, "a test import writes nothing"

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Import"
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert final.result_label.text().startswith("Imported: 2 created, 0 updated, 1 skipped")
    after = _counts(sample_db)
    # 张伟 of 重庆工程职业技术学院 is the sample's Zhang Wei / 张伟 there (a name in any script,
    # services/search identity keys): registered, not created a second time; Ahmed Khan is new.
    assert after["people"] == before["people"] + 1
    assert after["participations"] == before["participations"] + 2
    assert after["batches"] == before["batches"] + 1
    with sample_db.session() as s:
        names = set(
            s.scalars(select(Person.full_name).join(Participation).where(Participation.event_id == event_id))
        )
        assert {"Zhang Wei", "Ahmed Khan"} <= names
        assert "李娜" not in names
    assert wizard.applied_report is not None and wizard.applied_report.applied

    # The rejected row, with its number in the file and its reason, in the file's own encoding: the
    # same writer (and columns) as the command line's --report
    target = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert final.rejected_button.isEnabled()
    qtbot.mouseClick(final.rejected_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("gb18030"), newline="")))
    assert rows[0] == ["row", "姓名", "单位", "手机", "参会方式", "reason"]
    assert rows[1][:5] == ["2", "李娜", "重庆工程职业技术学院", "13900139000", "飞行"]
    assert "参会方式" in rows[1][5] and "飞行" in rows[1][5]
    assert len(rows) == 2
    assert not [p for p in tmp_path.iterdir() if is_partial(p)], "no temporary file is left behind"

    # Finish now closes
    assert finish.text() == "&Close"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data_actions.import_wizard is None or not window.data_actions.import_wizard.isVisible()
    )


def test_cancel_during_import_changes_nothing(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _people_csv(tmp_path / "people.csv", 1200)
    before = _counts(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _to_import_page(qtbot, wizard, imp.ImportKind.PEOPLE)
    assert wizard.check_page.summary.text() == "1200 rows: 1200 valid, 0 with problems, 0 duplicates"

    # Writes go out in chunks of ten; the person presses Cancel after 500 rows were written
    monkeypatch.setattr(engine, "CHUNK", 10)
    original = workers.Task._progress

    def progress(task: workers.Task, done: int, total: int) -> None:
        if done >= 500:
            task.cancel()
        original(task, done, total)

    monkeypatch.setattr(workers.Task, "_progress", progress)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.import_page.message.text() == "Cancelled; nothing was changed."
    assert wizard.applied_report is None
    assert _counts(sample_db) == before
    with sample_db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Person).where(Person.full_name.like("Person %"))) == 0
        )
    # The wizard is still usable: Cancel closes it
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()


def test_the_wizards_own_cancel_stops_a_running_import(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _people_csv(tmp_path / "people.csv", 1200)
    before = _counts(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _to_import_page(qtbot, wizard, imp.ImportKind.PEOPLE)
    monkeypatch.setattr(engine, "CHUNK", 10)
    original = workers.Task._progress
    started, clicked = threading.Event(), threading.Event()

    def progress(task: workers.Task, done: int, total: int) -> None:
        if done and not started.is_set():  # the first chunk is written; hold on until Cancel is pressed
            started.set()
            clicked.wait(5)
        original(task, done, total)

    monkeypatch.setattr(workers.Task, "_progress", progress)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    clicked.set()
    _wait_idle(qtbot, wizard)
    assert started.is_set()
    assert wizard.isVisible()  # the first Cancel stops the work; it does not close the wizard
    assert wizard.import_page.message.text() == "Cancelled; nothing was changed."
    assert _counts(sample_db) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "This is not a text file (it contains NUL bytes)."),
    ],
)
def test_unreadable_file_says_why_and_blocks_next(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "partners.csv"
    source.write_bytes(content)
    window = make_window(db)
    # Dropping the file on the window opens the wizard on it
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wizard = window.data_actions.import_wizard
    assert isinstance(wizard, ImportWizard)
    assert wizard.file_page.path_edit.text() == str(source)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    assert wizard.detect_page.message.text().startswith(message)
    assert wizard.detect_page.preview.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.detect_page.isComplete()


def test_missing_event_blocks_delegates(qtbot: Any, make_window: Any, db: Database, tmp_path: Path) -> None:
    source = tmp_path / "delegates.csv"
    source.write_bytes(DELEGATES.encode("gb18030"))
    window = make_window(db)
    wizard = _open_wizard(window, source)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _choose(wizard.file_page.kind_combo, imp.ImportKind.DELEGATES.value)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "event" in wizard.file_page.message.text()


def test_revert_an_import_restores_the_counts(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, message_boxes: Any
) -> None:
    source = _people_csv(tmp_path / "new-people.csv", 3)
    before = _counts(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _to_import_page(qtbot, wizard, imp.ImportKind.PEOPLE)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        wizard.accept()
    imported = _counts(sample_db)
    assert imported["people"] == before["people"] + 3
    assert imported["partners"] == before["partners"] + 3, "three new colleges"
    wizard.accept()  # closes

    window.data_actions.revert_import_action.trigger()
    dialog = window.data_actions.revert_dialog
    assert isinstance(dialog, RevertImportDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "new-people.csv"
    assert dialog.table.item(0, 2).text() == "People"
    assert dialog.table.item(0, 3).text().startswith("3 created")
    assert dialog.table.item(0, 4).text() == ""
    assert not dialog.revert_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.revert_button.isEnabled()

    message_boxes.answer = QMessageBox.StandardButton.No  # asked first: No does nothing
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(message_boxes.texts("question")) == 1 and dialog.task is None, timeout=20_000)
    assert _counts(sample_db)["people"] == before["people"] + 3

    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.reverted, timeout=20_000):  # looked at and reverted in the background
        qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.texts("question")) == 2
    after = _counts(sample_db)
    assert (after["people"], after["partners"]) == (before["people"], before["partners"])
    assert "6 records removed" in dialog.message.text()
    assert dialog.table.item(0, 4).text() != ""
    dialog.table.selectRow(0)
    assert not dialog.revert_button.isEnabled(), "an import is reverted once"
    assert window.page("people").model.rowCount() == before["people"]
