"""File → Print as the secretariat uses it on the morning of a seminar: badges of the event
selected on the Events page (all, the filtered list, or the selected delegate's reprint), the
preview with its pages, Save as PDF in the background, Ctrl+P for the event's delegate list, and a
clear warning before printing when a font is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.data.seminar import make_seminar
from tests.gui.test_editing import focus
from tvet_alliance.persistence import Database
from tvet_alliance.render import fonts
from tvet_alliance.ui.dialogs.print_options import PrintOptionsDialog
from tvet_alliance.ui.dialogs.print_preview import PrintPreviewDialog
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.models.direction import select_row

EVENTS_AREA = 3


def _events_page(qtbot: Any, make_window: Any, db: Database, extra: int = 0) -> tuple[MainWindow, Any]:
    make_seminar(db, extra=extra)
    window: MainWindow = make_window(db)
    window.sidebar.setCurrentRow(EVENTS_AREA)
    page = window.page("events")
    qtbot.waitUntil(lambda: page.details["delegates"].model.rowCount() == 5 + extra)
    return window, page


def _preview(qtbot: Any, window: MainWindow) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: window.printing_actions.preview_dialog is not None)
    dialog = window.printing_actions.preview_dialog
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match
    return int(match.group(1))


def test_the_print_menu_is_in_the_file_menu(make_window: Any, db: Database) -> None:
    window: MainWindow = make_window(db)
    menu = window.printing_actions.menu
    file_menu = window.menuBar().actions()[0].menu()
    assert menu.menuAction() in file_menu.actions()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Badges…",
        "&Reprint badge (selected delegate)",
        "&Delegate list…",
        "&Sign-in sheet…",
        "Print pre&view",
    ]
    assert window.printing_actions.preview_action.shortcut().toString() == "Ctrl+P"


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_badges_of_the_event_previewed_then_saved_as_pdf(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _page = _events_page(qtbot, make_window, db, extra=6)
    window.printing_actions.badges_action.trigger()
    options = window.printing_actions.options_dialog
    assert isinstance(options, PrintOptionsDialog)
    qtbot.waitUntil(options.isVisible)
    assert options.event_box.currentText() == "Founding Seminar of the Alliance (2026-05-10)"
    assert [options.scope.itemData(i) for i in range(options.scope.count())] == [
        "all"
    ]  # no filter, none selected
    # The layout by keyboard: A4, eight a page; Enter previews.
    options.layout_box.setFocus()
    qtbot.keyClick(options.layout_box, Qt.Key.Key_Down)
    assert options.layout_box.currentData() == "a4-8"
    qtbot.keyClick(options.layout_box, Qt.Key.Key_Return)
    preview = _preview(qtbot, window)
    assert preview.pageCount() == 2  # ten badges (the cancelled one left out), eight a sheet
    shown, left_out = preview.pages_label.text().split(" · ")
    assert shown == "2 pages" and left_out.startswith("1 cancelled registration")  # English plural: en.ts

    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.workFinished, timeout=30_000) as finished:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    (message,) = finished.args
    assert message.startswith("Saved 2 pages to badges.pdf. 1 cancelled registration")
    assert _pdf_pages(target) == 2
    preview.reject()


def test_the_filtered_list_and_the_selected_delegate(qtbot: Any, make_window: Any, db: Database) -> None:
    window, page = _events_page(qtbot, make_window, db, extra=3)
    delegates = page.details["delegates"]
    delegates.search.setFocus()
    qtbot.keyClicks(delegates.search, "Delegate 000")
    qtbot.waitUntil(lambda: delegates.model.rowCount() == 3)
    window.printing_actions.badges_action.trigger()
    options = window.printing_actions.options_dialog
    assert options is not None
    assert (
        options.scope.currentData() == "listed"
        and options.scope.currentText() == "Those shown in the list (3)"
    )
    qtbot.mouseClick(options.preview_button, Qt.MouseButton.LeftButton)
    preview = _preview(qtbot, window)
    assert preview.pageCount() == 3  # A6: one badge a page
    preview.reject()
    window.printing_actions.preview_dialog = None

    select_row(delegates.table, 1)
    window.printing_actions.reprint_action.trigger()
    reprint = _preview(qtbot, window)
    assert reprint.pageCount() == 1
    assert reprint.document.badges.delegates[0].latin_name == "Delegate 0001"  # type: ignore[attr-defined]
    reprint.reject()


def test_ctrl_p_previews_the_delegate_list_of_the_selected_event(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    window, page = _events_page(qtbot, make_window, db, extra=40)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = _preview(qtbot, window)
    assert preview.pageCount() == 2  # 44 delegates, 33 rows a page
    assert preview.document.title == "Delegate list — Founding Seminar of the Alliance"
    preview.reject()


def test_reprint_without_a_selected_delegate_says_what_to_do(
    make_window: Any, db: Database, message_boxes: Any
) -> None:
    make_seminar(db)
    window: MainWindow = make_window(db)
    window.printing_actions.reprint_action.trigger()
    assert window.printing_actions.preview_dialog is None
    assert message_boxes.texts("warning") == [
        "Select one delegate in an event's Delegates list (Events page), then reprint the badge."
    ]


def test_a_missing_chinese_font_is_said_before_printing(
    qtbot: Any, make_window: Any, db: Database, message_boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _page = _events_page(qtbot, make_window, db)
    report = fonts.font_report(available={"DejaVu Sans", fonts.URDU, fonts.NASKH})
    monkeypatch.setattr(fonts, "font_report", lambda: report)
    message_boxes.answer = QMessageBox.StandardButton.No
    window.printing_actions.sign_in_action.trigger()
    options = window.printing_actions.options_dialog
    assert options is not None
    qtbot.mouseClick(options.preview_button, Qt.MouseButton.LeftButton)
    (warning,) = message_boxes.texts("question")
    assert warning.startswith("No Simplified Chinese font is installed") and warning.endswith("Print anyway?")
    assert window.printing_actions.preview_dialog is None


def test_a_cancelled_save_leaves_the_previous_file(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tvet_alliance.ui import main_window, workers

    real_run_task = main_window.run_task

    def cancel_on_the_second_page(parent: Any, label: str, work: Any, **kwargs: Any) -> Any:
        def cancelled_work(progress: Any) -> Any:
            def press_cancel(done: int, total: int) -> None:
                if done == 1:
                    raise workers.Cancelled
                progress(done, total)

            return work(press_cancel)

        return real_run_task(parent, label, cancelled_work, **kwargs)

    monkeypatch.setattr(main_window, "run_task", cancel_on_the_second_page)
    window, _page = _events_page(qtbot, make_window, db)
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"last week's badges")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.printing_actions.badges_action.trigger()
    options = window.printing_actions.options_dialog
    assert options is not None
    with qtbot.waitSignal(window.workFailed, timeout=30_000) as failed:
        qtbot.mouseClick(options.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Cancelled; nothing was changed."]
    assert target.read_bytes() == b"last week's badges"
    assert sorted(
        p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or p.name.endswith(".partial")
    ) == ["badges.pdf"]


def test_nothing_to_print_is_said_and_nothing_opens(
    make_window: Any, db: Database, message_boxes: Any
) -> None:
    from tvet_alliance.domain.models import Event

    window: MainWindow = make_window(db)
    window.printing_actions.badges_action.trigger()
    assert window.printing_actions.options_dialog is None
    assert message_boxes.texts("warning") == ["There is no event to print for. Add an event first."]

    with db.transaction() as s:
        s.add(Event(name="Empty Workshop"))
    window.printing_actions.list_action.trigger()
    options = window.printing_actions.options_dialog
    assert options is not None and options.event_box.currentText() == "Empty Workshop"
    options.preview_button.click()
    assert window.printing_actions.preview_dialog is None
    assert message_boxes.texts("warning")[-1] == "Nothing to print: the event has no delegates to print for."


def test_the_print_options_open_on_the_event_selected_even_as_another_id_object(qtbot: Any) -> None:
    """The Events page's event id is read in another query than the dialog's list: another uuid
    object, equal but not the same, which QComboBox.findData missed — the first event was chosen
    and a hurried person printed another event's badges."""
    import uuid

    from tvet_alliance.ui.dialogs.print_options import EventRows, PrintOptionsDialog

    first, second = uuid.uuid4(), uuid.uuid4()
    dialog = PrintOptionsDialog(
        "badges", [(first, "Council"), (second, "Seminar")], EventRows(uuid.UUID(str(second)), None, [])
    )
    qtbot.addWidget(dialog)
    assert dialog.event_box.currentText() == "Seminar"
