"""GUI fixtures: an offscreen QApplication configured like the real one, settings in a temp folder,
and windows on temporary databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from tvet_alliance.app import configure_application
from tvet_alliance.persistence import Database
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.settings import AppSettings


@pytest.fixture(scope="session", autouse=True)
def _configured_app(qapp: QApplication) -> QApplication:
    configure_application(qapp, "en_US")
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings of every kind go to a temp folder, never the user's real settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings" / "test.ini"), QSettings.Format.IniFormat))


class MessageBoxes:
    """Records what the program told the person, and answers its questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.No

    def _record(self, kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _t, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """No modal box ever blocks a test: each is recorded and answered."""
    boxes = MessageBoxes()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes._record(kind)))
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda *a, **k: boxes.shown.append(("about", "", "")))
    )
    return boxes


@pytest.fixture
def make_window(qtbot: Any, settings: AppSettings) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def make(db: Database | None) -> MainWindow:
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.db is not None:
            window.db.close()
