"""Help → Keyboard shortcuts: every key the window answers to, read from the window itself.

Nothing here is a hand-kept list: the rows come from the window's menus and actions (their
shortcuts as set), the window's ``QShortcut`` objects (described by their ``whatsThis``), a form's
shortcuts and the keys the lists and forms handle in code (``HANDLED_KEYS``, the same tuples their
key handlers read). A shortcut added anywhere shows here without touching this file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.ui import text


@dataclass(frozen=True)
class Row:
    where: str
    what: str
    keys: str


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _describe(action: QAction) -> str:
    return action.whatsThis() or text.plain_label(action.text())


def _menu_rows(menu: QMenu, where: str, seen: set[int]) -> list[Row]:
    rows: list[Row] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, where, seen)
        elif action.shortcuts():
            seen.add(id(action))
            rows.append(Row(where, _describe(action), _keys(action.shortcuts())))
    return rows


def _shortcut_rows(owner: QWidget, where: str) -> list[Row]:
    rows = []
    for shortcut in owner.findChildren(QShortcut):
        if shortcut.key().isEmpty() or not shortcut.whatsThis():
            continue
        rows.append(Row(where, shortcut.whatsThis(), _keys([shortcut.key()])))
    return rows


def _handled_rows(keys: Iterable[tuple[str, str, str]], where: str) -> list[Row]:
    return [Row(where, text.translate(context, what), _keys([QKeySequence(k)])) for k, context, what in keys]


def window_shortcuts(window: QMainWindow, list_keys: Iterable[tuple[str, str, str]] = ()) -> list[Row]:
    """Every shortcut of *window*, its lists (with *list_keys*, the keys lists handle in code) and
    its record forms, once each, in menu order."""
    from tvet_alliance.ui.dialogs.record_editor import RecordEditor

    seen: set[int] = set()
    rows: list[Row] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, text.plain_label(top.text()), seen)
    others = QCoreApplication.translate("ShortcutsDialog", "Window")
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.shortcuts() and action.text():
            seen.add(id(action))
            rows.append(Row(others, _describe(action), _keys(action.shortcuts())))
    lists = QCoreApplication.translate("ShortcutsDialog", "Lists")
    rows += _shortcut_rows(window, lists)
    rows += _handled_rows(list_keys, lists)
    forms = QCoreApplication.translate("ShortcutsDialog", "Record forms")
    # A form's own shortcuts, read from a form (without a database: nothing is read or written).
    sample = RecordEditor(lambda: None, "delegate", None, lambda _values: False)
    try:
        rows += _shortcut_rows(sample, forms)
    finally:
        sample.deleteLater()
    rows += _handled_rows(RecordEditor.HANDLED_KEYS, forms)
    unique: list[Row] = []
    for row in rows:
        if row not in unique:
            unique.append(row)
    return unique


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = rows
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for index, row in enumerate(rows):
            for column, value in enumerate((row.where, row.what, row.keys)):
                self.table.setItem(index, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
