"""The Qt binding itself must not corrupt Python's reference counts.

PySide6 6.12.0 released a reference to ``None`` on every call of a Qt function returning nothing
(``setText``, ``processEvents``, …). On Python 3.11, where ``None`` is an ordinary object, the
program aborted with "Fatal Python error: none_dealloc" after a few thousand calls, in the middle
of someone's work. pyproject.toml excludes that release; this test fails on any release that does
the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    calls = 2000
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("x")
        label.setEnabled(True)
        timer.setInterval(5)
        QCoreApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < calls // 10, f"the Qt binding dropped {lost} references to None in {calls * 4} calls"
