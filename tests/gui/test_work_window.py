"""Long work started from a window of its own (Certificates…: issue and save PDF) leaves the person in
that window: the progress dialog belongs to the main window, and when it closed the main window
became the active one, so Esc or Alt+R (Revoke…) in the Certificates window did nothing."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from tvet_alliance.persistence import Database
from tvet_alliance.ui.workers import Progress


def test_the_window_the_work_was_started_from_is_active_again(
    make_window: Any, db: Database, qtbot: Any
) -> None:
    window = make_window(db)
    window.show()
    child = QDialog(window)  # like the Certificates window: its own top-level window
    child.show()
    child.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is child)

    go_on = threading.Event()
    done: list[object] = []

    def work(_progress: Progress) -> int:
        go_on.wait(10)
        return 1

    assert window.start("Issuing", work, done.append, done.append)

    def progress_shown() -> bool:
        return any(d.isVisible() for d in window.findChildren(QProgressDialog))

    qtbot.waitUntil(progress_shown, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not child)  # the progress dialog has it
    go_on.set()
    qtbot.waitUntil(lambda: done == [1])
    qtbot.waitUntil(lambda: QApplication.activeWindow() is child, timeout=3000)
