"""A keyboard user sees where the focus is: the focused box or list has a frame in the highlight colour
(Fusion showed nothing on a combo box reached by Enter, nor on a list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.test_editing import window
from tvet_alliance.persistence import Database
from tvet_alliance.ui import focus
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["window"]


def _frame_pixels(widget: QWidget) -> int:
    """How many pixels of the widget's outer two-pixel ring are the focus colour."""
    image = widget.grab().toImage()
    colour = focus.focus_colour().rgb()
    width, height = image.width(), image.height()
    ring = {(x, y) for x in range(width) for y in (0, 1, height - 2, height - 1)}
    ring |= {(x, y) for y in range(height) for x in (0, 1, width - 2, width - 1)}
    return sum(1 for x, y in ring if image.pixel(x, y) == colour)


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_the_focused_field_of_a_form_is_framed(window: Any, sample_db: Database, qtbot: Any) -> None:
    editor = RecordEditor(window.database, "entry", None, lambda v: True, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    # picker, line edit, item list, combo boxes, spin box, text box
    names = ("track_id", "team_name", "status", "score", "medal", "notes")
    widgets = {name: editor.fields[name].focusProxy() or editor.fields[name] for name in names}
    away = editor.fields["country"].focusProxy()
    _focus(qtbot, away)
    unfocused = {name: _frame_pixels(widget) for name, widget in widgets.items()}
    # Enter in the score moves the focus on to Medal, as a person filling the form does: it shows
    _focus(qtbot, widgets["score"])
    qtbot.keyClick(widgets["score"], Qt.Key.Key_Return)
    qtbot.waitUntil(widgets["medal"].hasFocus)
    for name, widget in widgets.items():
        _focus(qtbot, widget)
        framed = _frame_pixels(widget)
        ring = 4 * (widget.width() + widget.height())  # pixels in the ring, about
        assert framed > ring * 2 // 5, name  # the ring is the focus colour (a list shows its outer line)
        assert unfocused[name] < framed / 4, name  # and it is not there without the focus


def test_the_focused_list_is_framed(window: Any, sample_db: Database, qtbot: Any) -> None:
    table = window.page("partners").section.table
    _focus(qtbot, window.sidebar)
    before = _frame_pixels(table)
    _focus(qtbot, table)
    assert _frame_pixels(table) > table.width() + table.height() > 10 * before


def _pixels_of(widget: QWidget, colour: str) -> int:
    image = widget.grab().toImage()
    rgb = QColor(colour).rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == rgb)


def test_the_focused_sidebar_frames_its_area(window: Any, qtbot: Any) -> None:
    """The sidebar has no frame of its own: its chosen area is framed while it has the focus."""
    _focus(qtbot, window.page("partners").section.table)
    window.sidebar.setCurrentRow(1)
    before = _pixels_of(window.sidebar, "#308cc6")
    _focus(qtbot, window.sidebar)
    assert _pixels_of(window.sidebar, "#308cc6") > 100 > before
