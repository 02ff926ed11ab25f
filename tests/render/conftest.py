"""Render tests paint with QtGui only; pytest-qt's application (a QApplication, so that a run of the
whole suite in one process still suits the window's tests) gives them fonts and painting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    return qapp
