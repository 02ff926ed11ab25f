"""The window in Chinese and in right-to-left Urdu: every label comes through Qt's translator."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tvet_alliance import paths
from tvet_alliance.persistence import Database

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture
def translated(tmp_path: Path, qapp: QApplication) -> Iterator[Any]:
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        source = paths.resources_dir() / "translations" / f"tvet_alliance_{language}.ts"
        compiled = tmp_path / f"{language}.qm"
        tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
        assert tool, "pyside6-lrelease is installed with PySide6"
        subprocess.run([tool, "-silent", str(source), "-qm", str(compiled)], check=True)
        translator = QTranslator()
        assert translator.load(str(compiled))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_chinese_labels(translated: Any, make_window: Any, sample_db: Database) -> None:
    translated("zh_CN")
    window = make_window(sample_db)
    areas = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert areas[1] == "成员单位"
    assert all(not any("a" <= ch.lower() <= "z" for ch in area) for area in areas), areas
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "文件(&F)"
    # The actions of each subject's controller keep their translations.
    assert window.database_actions.backup_action.text() == "备份(&B)…"
    assert window.data_actions.import_action.text() == "导入(&I)…"
    assert window.sync_actions.menu.title() == "离线同步(&Y)"
    model = window.page("partners").model
    header = model.headerData(model.spec.index_of("org_type"), Qt.Orientation.Horizontal)
    assert header and header != "Type"
    # Enum values in cells are translated too.
    assert model.data(model.index(0, model.spec.index_of("org_type"))) not in {"University", "TVET college"}


def test_urdu_lays_out_right_to_left(
    translated: Any, make_window: Any, sample_db: Database, qapp: QApplication
) -> None:
    translated("ur")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(sample_db)
    window.resize(1100, 700)
    QApplication.processEvents()
    assert window.isRightToLeft()
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.stack.x()
    assert window.sidebar.item(1).text() == "شراکت دار"


def test_an_import_choice_error_lists_the_choices_in_the_persons_language(translated: Any) -> None:
    from tvet_alliance.domain.enums import AttendanceMode
    from tvet_alliance.services.importing import engine
    from tvet_alliance.services.importing.normalize import BadValue, parse_choice
    from tvet_alliance.ui import text
    from tvet_alliance.ui.dialogs.import_wizard import row_error_text

    with pytest.raises(BadValue) as caught:
        parse_choice(AttendanceMode, "飞行")
    exc = caught.value
    error = engine.RowError(2, "参会方式", str(exc), exc.code, exc.message, dict(exc.params))
    assert "In person, Online" in error.message
    translated("zh_CN")
    shown = row_error_text(error)
    online = text.enum_label(AttendanceMode.ONLINE)
    assert online != "Online" and online in shown and "飞行" in shown
