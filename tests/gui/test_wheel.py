"""The mouse wheel over a combo box changes it only when it has the focus; otherwise the list, table
or form it sits in scrolls (the import wizard's column mapping was silently rewritten)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from tests.gui.test_import_wizard import _choose, _next, _open_wizard
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.fields import EnumField
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard
from tvet_alliance.ui.dialogs.record_editor import RecordEditor


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel over the middle of *widget* (negative: towards the person, down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_the_column_mapping_scrolls_it_and_changes_no_choice(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "partners.csv"
    source.write_text(
        "Name in English,Name in Chinese,Country,City\nA College,甲学院,CN,Chongqing\n", encoding="utf-8"
    )
    window = make_window(db)
    wizard = _open_wizard(window, source)
    wizard.resize(700, 420)  # the mapping table has more fields than rows on screen
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    page = wizard.mapping_page
    combos: dict[str, QComboBox] = page.combos
    _choose(combos["name_native"], 1)
    before = {key: combo.currentData() for key, combo in combos.items()}
    assert (before["name_en"], before["name_native"]) == (0, 1)
    bar = page.fields_table.verticalScrollBar()
    assert bar.maximum() > 0
    start = bar.value()

    for key in ("name_en", "name_native"):
        for notches in (-1, -1, 1, -1):
            turn_wheel(combos[key], notches)
    assert {key: combo.currentData() for key, combo in combos.items()} == before
    assert bar.value() > start  # the wheel scrolled the table instead
    assert wizard.mapping.column_of("name_en") == 0

    # A combo the person has focused (Tab, a click) still takes the wheel.
    combo = combos["city"]
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    index = combo.currentIndex()
    turn_wheel(combo, 1)  # up: the choice before ("Country")
    assert combo.currentIndex() == index - 1
    assert wizard.mapping.column_of("city") == 2


def test_wheel_over_a_form_combo_scrolls_the_form(qtbot: Any, db: Database) -> None:
    editor = RecordEditor(lambda: db, "partner", None, lambda _v: True)
    qtbot.addWidget(editor)
    editor.resize(620, 300)
    editor.show()
    qtbot.waitExposed(editor)
    area = editor.findChild(QScrollArea)
    assert area is not None and area.verticalScrollBar().maximum() > 0
    field = next(f for f in editor.fields.values() if isinstance(f, EnumField))
    combo = field.combo
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a turn of the wheel does not focus it
    chosen = combo.currentIndex()
    turn_wheel(combo, -1)
    assert combo.currentIndex() == chosen
    assert area.verticalScrollBar().value() > 0
