"""The marking scheme editor by keyboard: Ctrl+N adds an aspect, typing fills its cells (typing "j"
in the Type cell picks judgement), Alt+Up moves it, Ctrl+Delete removes it, Ctrl+S saves; a scheme
copied from another track and one read from a spreadsheet fill the table; a bad maximum is refused
with the reason and nothing is saved."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from tests.core.test_marking import SCHEME_CSV, make_day
from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.services import marking
from tvet_alliance.ui.dialogs.scheme import CODE, SchemeDialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: Any, keys: str) -> None:
    for ch in keys:
        qtbot.keyClick(_focused(), ch)


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _dialog(qtbot: Any, day: Any, track: Any) -> SchemeDialog:
    dialog = SchemeDialog(lambda: day.db, track)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    return dialog


def _row(qtbot: Any, code: str, description: str, kind: str, maximum: str) -> None:
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, code)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, description)
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # no Chinese description
    if kind:
        _type(qtbot, kind)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, maximum)
    _key(qtbot, Qt.Key.Key_Return)  # the table commits the cell in its next event loop turn
    qtbot.waitUntil(lambda: isinstance(_focused(), QTableWidget))


def test_a_scheme_is_made_by_keyboard(qtbot: Any, tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    dialog = _dialog(qtbot, day, day.other)  # Welding: no scheme yet
    _row(qtbot, "B1", "Finish", "j", "60")
    _row(qtbot, "A1", "Safety", "m", "40")  # a new aspect takes the type above it; "m": measurement
    assert [dialog.table.item(r, CODE).text() for r in range(2)] == ["B1", "A1"]
    _key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # A1 above B1
    assert [dialog.table.item(r, CODE).text() for r in range(2)] == ["A1", "B1"]
    _row(qtbot, "X9", "Mistake", "m", "5")
    assert "105" in dialog.warnings.text()  # maxima total 105, not 100: a warning
    _key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dialog.table.rowCount() == 2 and dialog.warnings.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with day.db.session() as s:
        got = [(a.code, a.kind, a.max_mark, a.description) for a in marking.aspects(s, day.other)]
    assert got == [
        ("A1", AspectKind.MEASUREMENT, Decimal(40), "Safety"),
        ("B1", AspectKind.JUDGEMENT, Decimal(60), "Finish"),
    ]
    day.db.close()


def test_a_maximum_that_is_no_number_is_refused_and_nothing_saved(qtbot: Any, tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    dialog = _dialog(qtbot, day, day.other)
    _row(qtbot, "A1", "Safety", "m", "ten")
    assert "ten" in dialog.warnings.text()
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    with day.db.session() as s:
        assert marking.aspects(s, day.other) == []
    day.db.close()


def test_copy_from_another_track_and_import_fill_the_table(qtbot: Any, tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    dialog = _dialog(qtbot, day, day.other)
    assert dialog.source.currentData() == day.track  # Mechatronics has a scheme
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert [dialog.table.item(r, CODE).text() for r in range(dialog.table.rowCount())] == ["A1", "B1"]
    path = tmp_path / "scheme.csv"
    path.write_text(SCHEME_CSV, encoding="utf-8")
    dialog.import_file(str(path))
    assert [dialog.table.item(r, CODE).text() for r in range(dialog.table.rowCount())] == ["A1", "A2", "B1"]
    with qtbot.waitSignal(dialog.accepted):
        _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with day.db.session() as s:
        assert [a.code for a in marking.aspects(s, day.other)] == ["A1", "A2", "B1"]
    day.db.close()
