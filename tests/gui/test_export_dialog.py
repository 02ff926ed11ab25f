"""File → Export… as the secretariat uses it: what the list shows (search, filter, sort) or the
selected rows go to CSV or Excel for partners; GBK asks about characters it cannot hold; a folder
that cannot be written says so and leaves no file; the whole database goes to a .zip that loads
into an empty database; and the dialog remembers the last choices."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidget
from sqlalchemy import func, select

from tvet_alliance.domain import Person
from tvet_alliance.files import is_partial
from tvet_alliance.persistence import Database
from tvet_alliance.ui import workers
from tvet_alliance.ui.dialogs import export_dialog as export_module
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.export_dialog import ExportDialog
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.models.record_table import RecordTableModel
from tvet_alliance.ui.views.records import RecordSection

PEOPLE_AREA = 2
EVENTS_AREA = 3


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not in {combo.objectName()}"
    combo.setCurrentIndex(index)


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[tuple[Any, ...]]:
    """QFileDialog.getSaveFileName answers *path*; returns the calls' arguments."""
    calls: list[tuple[Any, ...]] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return calls


def _open_export(window: MainWindow) -> ExportDialog:
    window.data_actions.export_action.trigger()
    dialog = window.data_actions.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def _export(qtbot: Any, dialog: ExportDialog) -> Any:
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _columns(dialog: ExportDialog) -> dict[str, bool]:
    items = [dialog.columns_list.item(r) for r in range(dialog.columns_list.count())]
    return {str(i.data(export_module.KeyRole)): i.checkState() == Qt.CheckState.Checked for i in items}


def _set_column(columns: QListWidget, key: str, checked: bool) -> None:
    for row in range(columns.count()):
        item = columns.item(row)
        if item.data(export_module.KeyRole) == key:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"no column {key}")


def _read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


def _names(model: RecordTableModel) -> list[str]:
    return [str(model.record(row)["full_name"]) for row in range(model.rowCount())]


def _click_header(qtbot: Any, section: RecordSection, key: str) -> None:
    header = section.table.horizontalHeader()
    column = section.model.spec.index_of(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _people_window(make_window: Callable[[Database], MainWindow], db: Database) -> MainWindow:
    window = make_window(db)
    window.sidebar.setCurrentRow(PEOPLE_AREA)
    return window


def _search(qtbot: Any, section: RecordSection, words: str) -> None:
    qtbot.keyClicks(section.search, words)
    qtbot.waitUntil(lambda: section.model.search == words, timeout=5_000)


def test_export_what_is_shown_in_its_order_without_contacts_when_shared(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    section = window.page("people").section
    _search(qtbot, section, "Mehmood")
    _choose(section.filters["nationality"], "PK")  # type: ignore[arg-type]
    _click_header(qtbot, section, "organization")  # a new column sorts ascending by it
    shown = _names(section.model)
    assert 2 < len(shown) < 10, shown
    assert shown != sorted(shown), "sorted by organisation, not by name"

    assert window.data_actions.export_action.shortcut() == QKeySequence("Ctrl+E")
    dialog = _open_export(window)
    assert dialog.list_combo.currentData() == "people"
    assert dialog.shown_radio.isChecked()
    assert f"({len(shown)} rows, in this order)" in dialog.shown_radio.text()
    assert not dialog.selected_radio.isEnabled(), "nothing is selected"
    _choose(dialog.format_combo, "csv")
    _choose(dialog.encoding_combo, "utf-8-sig")
    assert _columns(dialog)["email"] and _columns(dialog)["phone"]
    dialog.share_check.setChecked(True)
    columns = _columns(dialog)
    assert not any(columns[k] for k in ("email", "phone", "wechat_id", "whatsapp"))
    assert not columns["contact_consent"], "the office's own record of consent is not shared either"
    assert not columns["notes"], "the office's notes are never shared"
    private = ("email", "phone", "wechat_id", "whatsapp", "contact_consent", "notes")
    assert all(v for k, v in columns.items() if k not in private)
    calls = _save_to(monkeypatch, tmp_path / "mehmood.csv")

    result = _export(qtbot, dialog)

    suggested = Path(calls[0][2])
    assert suggested.name.startswith("people-") and suggested.suffix == ".csv"
    rows = _read_csv(tmp_path / "mehmood.csv")
    assert rows[0] == [
        "Name",
        "Name in Chinese or Urdu",
        "Organisation",
        "Position",
        "Nationality",
        "Gender",
    ]
    assert [r[0] for r in rows[1:]] == shown
    assert result.rows == len(shown)
    assert window.statusBar().currentMessage() == f"Exported {len(shown)} rows to {tmp_path / 'mehmood.csv'}"
    qtbot.waitUntil(
        lambda: window.data_actions.export_dialog is None or not window.data_actions.export_dialog.isVisible()
    )


def test_ticking_a_contact_column_again_exports_it(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    dialog = _open_export(window)
    dialog.share_check.setChecked(True)
    _set_column(dialog.columns_list, "email", True)
    _save_to(monkeypatch, tmp_path / "people")  # no suffix typed: .csv is added
    _export(qtbot, dialog)
    header = _read_csv(tmp_path / "people.csv")[0]
    assert "E-mail" in header and "Phone" not in header and "WeChat" not in header


def test_selected_rows_only(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    section = window.page("people").section
    section.table.selectRow(5)
    qtbot.mouseClick(
        section.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        section.table.visualRect(section.model.index(2, 0)).center(),
    )
    chosen = [_names(section.model)[2], _names(section.model)[5]]
    assert len(section.selected_ids()) == 2

    dialog = _open_export(window)
    assert dialog.selected_radio.isEnabled()
    assert "(2)" in dialog.selected_radio.text()
    dialog.selected_radio.setChecked(True)
    _save_to(monkeypatch, tmp_path / "two.csv")
    result = _export(qtbot, dialog)

    assert result.rows == 2
    assert [r[0] for r in _read_csv(tmp_path / "two.csv")[1:]] == chosen, "in the order the list shows them"


def test_xlsx_cells_are_text(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    dialog = _open_export(window)
    _choose(dialog.format_combo, "xlsx")
    assert not dialog.encoding_combo.isEnabled(), "the encoding is for CSV only"
    dialog.bilingual_check.setChecked(True)
    assert dialog.columns_list.item(0).text() == "Name (名称)"
    calls = _save_to(monkeypatch, tmp_path / "people.xlsx")
    result = _export(qtbot, dialog)

    assert Path(calls[0][2]).suffix == ".xlsx"
    book = load_workbook(tmp_path / "people.xlsx")
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]][:2] == ["Name (名称)", "Name in Chinese or Urdu (中文或乌尔都文名称)"]
    assert len(rows) == result.rows + 1 == window.page("people").model.rowCount() + 1
    cells = [c for row in rows for c in row if c.value is not None]
    assert cells and all(c.data_type == "s" for c in cells)
    assert [r[0].value for r in rows[1:]] == _names(window.page("people").model)


def test_gbk_asks_about_urdu_characters(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    dialog = _open_export(window)
    _choose(dialog.format_combo, "csv")
    _choose(dialog.encoding_combo, "gbk")
    target = tmp_path / "people-gbk.csv"
    _save_to(monkeypatch, target)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        prompts, "ask_replace_unencodable", lambda parent, message: asked.append(message) or answer[0]
    )

    # Cancel at the question: no file, and the dialog stays open to choose UTF-8
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and not dialog.busy, timeout=20_000)
    assert asked[0].startswith("gbk cannot hold these characters: ")
    assert "ع (U+0639)" in asked[0] and "Choose UTF-8, or replace them." in asked[0]
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if is_partial(p)] == [] and list(
        tmp_path.glob(".people-gbk*")
    ) == []
    assert dialog.isVisible()

    # Replace: the file is written, with "?" for those characters
    answer[0] = True
    result = _export(qtbot, dialog)
    assert len(asked) == 2
    assert "ع" in result.replaced
    rows = _read_csv(target, "gbk")
    urdu = next(r for r in rows if r[0] == "Ali Raza")
    assert urdu[1] == "??? ???"
    assert any(r[1] == "张伟" for r in rows), "Chinese is written as it is"
    assert "written as ?" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_written_says_so(
    qtbot: Any,
    make_window: Any,
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):  # as root every folder can be written: use one that does not exist
            target = tmp_path / "no-such-folder" / "people.csv"
        else:
            target = folder / "people.csv"
        window = _people_window(make_window, sample_db)
        dialog = _open_export(window)
        _save_to(monkeypatch, target)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")) and not dialog.busy, timeout=20_000)
        (warning,) = message_boxes.texts("warning")
        assert warning.startswith(f"The file {target} cannot be written: ")
        assert not target.exists()
        assert dialog.isVisible() and dialog.message_label.text() == "Nothing was exported."
    finally:
        folder.chmod(stat.S_IRWXU)
    assert list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_the_previous_file(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        s.add_all(Person(full_name=f"Person {i:05d}") for i in range(1500))
    target = tmp_path / "people.csv"
    target.write_text("the export of last week\n", encoding="utf-8")
    real_run_task = export_module.run_task

    def cancel_at_once(parent: Any, label: str, work: Any, **kwargs: Any) -> Any:
        def cancelled_work(progress: Any) -> Any:
            def press_cancel(done: int, total: int) -> None:
                raise workers.Cancelled

            return work(press_cancel)

        return real_run_task(parent, label, cancelled_work, **kwargs)

    monkeypatch.setattr(export_module, "run_task", cancel_at_once)
    window = _people_window(make_window, db)
    dialog = _open_export(window)
    _save_to(monkeypatch, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.message_label.text() == "Cancelled; no file was written."
    assert target.read_text(encoding="utf-8") == "the export of last week\n"
    assert [p.name for p in tmp_path.iterdir() if is_partial(p)] == [], "no temp file is left"


def test_export_everything_and_load_it_into_an_empty_database(
    qtbot: Any,
    make_window: Any,
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    window = make_window(sample_db)
    people_before = window.page("people").model.rowCount()
    partners_before = window.page("partners").model.rowCount()
    archive = tmp_path / "everything.zip"
    _save_to(monkeypatch, archive)
    with qtbot.waitSignal(window.workFinished, timeout=30_000) as finished:
        window.data_actions.export_all_action.trigger()
    assert archive.exists()
    assert str(finished.args[0]).startswith("Exported ") and str(archive) in finished.args[0]

    # Loading into this (full) database is refused
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(archive), "")))
    window.data_actions.load_export_action.trigger()
    assert message_boxes.texts("warning")[-1].startswith(
        "A full export can only be loaded into an empty database."
    )

    # A new, empty database takes it
    assert window.open_database(str(tmp_path / "copy.sqlite3"), create=True)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("question")))  # the sample offer, declined
    assert window.page("people").model.rowCount() == 0
    with qtbot.waitSignal(window.workFinished, timeout=30_000):
        window.data_actions.load_export_action.trigger()
    assert window.page("people").model.rowCount() == people_before
    assert window.page("partners").model.rowCount() == partners_before
    assert window.db is not None
    with window.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == people_before

    # And a second time it is refused, without asking for a file
    asked = len(message_boxes.texts("warning"))
    window.data_actions.load_export_action.trigger()
    assert len(message_boxes.texts("warning")) == asked + 1
    assert "only be loaded into an empty database" in message_boxes.texts("warning")[-1]


def test_the_dialog_remembers_the_last_choices(
    qtbot: Any, make_window: Any, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _people_window(make_window, sample_db)
    dialog = _open_export(window)
    _choose(dialog.format_combo, "csv")
    _choose(dialog.encoding_combo, "gb18030")
    dialog.bilingual_check.setChecked(True)
    dialog.share_check.setChecked(True)
    _set_column(dialog.columns_list, "position", False)
    _set_column(dialog.columns_list, "phone", True)
    chosen = _columns(dialog)
    _save_to(monkeypatch, "")  # the person cancels the file dialog: nothing is written
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.data_actions.export_dialog is None)

    again = _open_export(window)
    assert again.format_combo.currentData() == "csv"
    assert again.encoding_combo.currentData() == "gb18030"
    assert again.bilingual_check.isChecked() and again.share_check.isChecked()
    assert _columns(again) == chosen
    assert again.columns_list.item(0).text() == "Name (名称)"
    # Other lists keep their own columns: the events list of the Events page has every column but
    # the office's notes, which are never shared
    again.reject()
    qtbot.waitUntil(lambda: window.data_actions.export_dialog is None)
    window.sidebar.setCurrentRow(EVENTS_AREA)
    events = _open_export(window)
    assert [events.list_combo.itemData(i) for i in range(events.list_combo.count())] == [
        "events",
        "delegates",
    ]
    assert all(v for k, v in _columns(events).items() if k != "notes")
    events.reject()


def test_events_page_exports_the_delegates_of_the_selected_event(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(EVENTS_AREA)
    page = window.page("events")
    delegates = page.details["delegates"]
    assert delegates.model.parent_id is not None
    assert delegates.export_button is not None
    # The section's own Export… button chooses its list
    qtbot.mouseClick(delegates.export_button, Qt.MouseButton.LeftButton)
    dialog = window.data_actions.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.list_combo.currentData() == "delegates"
    _save_to(monkeypatch, tmp_path / "delegates.csv")
    result = _export(qtbot, dialog)
    rows = _read_csv(tmp_path / "delegates.csv")
    assert result.rows == delegates.model.rowCount() > 0
    assert [r[0] for r in rows[1:]] == _names(delegates.model)
    assert "Role" in rows[0] and "Attendance" in rows[0]


def test_export_needs_a_list(make_window: Any, sample_db: Database) -> None:
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(0)  # Home
    assert not window.data_actions.export_action.isEnabled()
    assert window.data_actions.open_export() is None
    window.sidebar.setCurrentRow(5)  # Competitions: only the entries can be exported
    assert window.data_actions.export_action.isEnabled()
    dialog = window.data_actions.open_export()
    assert dialog is not None
    assert [dialog.list_combo.itemData(i) for i in range(dialog.list_combo.count())] == ["entries"]
    dialog.reject()
