"""Long work off the GUI thread, with a progress dialog that can cancel.

The work function receives a ``progress(done, total)`` callable (:mod:`tvet_alliance.progress`); when
the person presses Cancel, the next call to it raises :class:`~tvet_alliance.progress.Cancelled`, the
work's transaction rolls back, and nothing changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tvet_alliance.progress import Cancelled, Progress

__all__ = ["Cancelled", "Progress", "Task", "Work", "run_task"]

Work = Callable[[Progress], Any]


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the person by the failed handler
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


def run_task(
    parent: QWidget,
    label: str,
    work: Work,
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Task:
    """Start *work* in the thread pool and show a progress dialog (after a short delay) while it runs."""
    task = Task(work)
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Workers", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowTitle(parent.window().windowTitle())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)

    def _on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    task.progressed.connect(_on_progress, Qt.ConnectionType.QueuedConnection)
    task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel, Qt.ConnectionType.QueuedConnection)
    task.finished.connect(dialog.close, Qt.ConnectionType.QueuedConnection)
    # The person goes on in the window they started the work from (the Certificates window, say):
    # closing the progress dialog would leave the main window, its parent, the active one.
    came_from = QApplication.activeWindow()

    def _back() -> None:
        try:
            back = (
                came_from is not None and came_from.isVisible() and QApplication.activeModalWidget() is None
            )
        except RuntimeError:  # that window is gone (closed with delete-on-close)
            return
        if back and came_from is not None:
            came_from.activateWindow()

    task.finished.connect(_back, Qt.ConnectionType.QueuedConnection)
    task.finished.connect(dialog.deleteLater, Qt.ConnectionType.QueuedConnection)
    task.setParent(parent)
    task.finished.connect(task.deleteLater, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task
