"""The Province box of the New partner form is wide enough for its provinces once a country is
chosen (it was one letter wide: sized at first show, when it was still empty)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_editing import _steps_must_not_fail, drive, focus, save, type_into  # noqa: F401
from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.fields import ProvinceField
from tvet_alliance.ui.dialogs.record_editor import RecordEditor


@pytest.mark.parametrize(
    ("size", "country", "province"), [((1024, 700), "PK", "PK-KP"), ((1920, 1080), "CN", "CN-GX")]
)
def test_province_box_fits_its_provinces_after_choosing_a_country(
    make_window: Any, db: Database, qtbot: Any, size: tuple[int, int], country: str, province: str
) -> None:
    window = make_window(db)
    window.resize(*size)
    widths: dict[str, int] = {}

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name_en", "Khyber Technical College")
        # The country typed, then Tab while its suggestions show, as a keyboard user picks it: the
        # country is taken and the focus moves on to the Province box.
        combo = editor.fields["country"].combo
        focus(qtbot, combo)
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "Pakistan" if country == "PK" else "China")
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: editor.fields["country"].value() == country, timeout=2000)
        field = editor.fields["province"]
        assert isinstance(field, ProvinceField)
        box = field.combo
        qtbot.waitUntil(lambda: box.count() > 1, timeout=2000)
        metrics = box.fontMetrics()
        longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
        qtbot.waitUntil(lambda: box.width() >= longest, timeout=2000)  # the form lays itself out again
        widths["box"], widths["longest"] = box.width(), longest
        widths["form"] = editor.width()
        assert QApplication.focusWidget() is box
        while box.currentData() != province:  # the arrow keys walk the provinces
            qtbot.keyClick(box, Qt.Key.Key_Down)
        save(qtbot, editor)

    drive(window, fill)
    window.page("partners").section.new_record()
    assert widths["box"] >= widths["longest"]  # every province name shows whole
    assert widths["box"] <= widths["form"]
    with db.session() as s:
        assert s.query(Organization).one().province == province
