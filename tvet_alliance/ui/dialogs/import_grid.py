"""The Check page's grid: the rows of a test import that have problems or warnings, as the file has
them, with their cells editable in place (issue 14 item 5).

A typed cell is checked at once by the import's own rule for that field
(:func:`tvet_alliance.services.importing.check_cell`), while typing (the editor's frame and tooltip)
and when it is committed (the cell's colour and tooltip). Enter commits the cell and stays in the
grid (it never presses the wizard's Next); Esc reverts the cell (Qt's editor default). What was typed
is handed to the page as a fix keyed on the row number and the field key, as
``ImportOptions.fixes`` wants it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tvet_alliance.services import importing as imp
from tvet_alliance.ui.models.direction import ScriptDirectionDelegate

BAD_CELL = QColor("#f8d0d0")
WARN_CELL = QColor("#fde7b0")
FIXED_CELL = QColor("#d3efd6")
#: rows the grid shows at most (the rest are counted, and all are in the rejected-rows file)
GRID_ROWS = 1000

#: the file's own text of a cell (item data)
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 31
#: "error" / "warning" / "fixed" / "" (item data), for tests and the filter
STATE_ROLE = Qt.ItemDataRole.UserRole + 32


@dataclass
class GridRow:
    number: int  # the row's number in the file (the first data row is 1)
    cells: list[str]
    errors: list[imp.RowError] = field(default_factory=list)
    warnings: list[imp.RowError] = field(default_factory=list)


class FixDelegate(ScriptDirectionDelegate):
    """A line editor whose text is checked as it is typed; Enter commits and stays in the grid."""

    def __init__(self, grid: ProblemGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("fixEditor")
        editor.setFrame(False)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text, e=editor: self.grid.typed(e, row, column, text))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit):
            self.grid.commit(index.row(), index.column(), editor.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # Commit now and swallow the key: Qt's default passes it on to the wizard, whose Next
            # would run before the typed text is even committed.
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class ProblemGrid(QTableWidget):
    """Rows with problems; a mapped cell can be typed over. ``fixed`` is emitted with (row number,
    field key, text or None when the cell is back to the file's text)."""

    fixed = Signal(int, str, object)
    #: the message of the current cell changed (for the line under the grid)
    note = Signal(str)

    def __init__(
        self,
        describe: Callable[[imp.RowError], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("checkPreview")
        self.describe = describe
        self.setItemDelegate(FixDelegate(self))
        self.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.rows: list[GridRow] = []
        self.keys: list[str] = []  # column -> field key ("" when the column is not imported)
        self.options: imp.ImportOptions | None = None
        self.fixes: dict[tuple[int, str], str] = {}
        self.checked: dict[tuple[int, str], str] = {}
        self.currentCellChanged.connect(lambda r, c, _r, _c: self.note.emit(self.cell_note(r, c)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current cell's editor: in a grid of cells to fix it never means the
        wizard's Next (Alt+N, or Tab to the button, does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            index = self.currentIndex()
            if index.isValid() and self.state() != QTableWidget.State.EditingState:
                item = self.item(index.row(), index.column())
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- filling -------------------------------------------------------------------------------------

    def show_rows(
        self,
        header: list[str],
        keys: list[str],
        rows: list[GridRow],
        options: imp.ImportOptions,
        fixes: dict[tuple[int, str], str],
    ) -> None:
        self.options, self.fixes, self.keys, self.rows = options, fixes, keys, rows
        self.checked = dict(fixes)  # the fixes the shown check ran with
        self.blockSignals(True)
        try:
            self.clear()
            self.setColumnCount(len(header))
            self.setRowCount(len(rows))
            self.setHorizontalHeaderLabels(
                [
                    name
                    or QCoreApplication.translate("ImportWizard", "(column %1)").replace("%1", str(c + 1))
                    for c, name in enumerate(header)
                ]
            )
            self.setVerticalHeaderLabels([str(row.number) for row in rows])
            for r, row in enumerate(rows):
                for c in range(len(header)):
                    original = row.cells[c] if c < len(row.cells) else ""
                    item = QTableWidgetItem(original)
                    item.setData(ORIGINAL_ROLE, original)
                    if not keys[c]:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.setItem(r, c, item)
                    fix = fixes.get((row.number, keys[c])) if keys[c] else None
                    if fix is not None:
                        item.setText(fix)
                    self._paint(r, c)
        finally:
            self.blockSignals(False)
        self.resizeColumnsToContents()
        for c in range(self.columnCount()):
            self.setColumnWidth(c, min(self.columnWidth(c), 260))

    def _problems(self, r: int, c: int) -> tuple[list[imp.RowError], list[imp.RowError]]:
        """The errors and warnings of the test import for cell (r, c): its field's, or the whole
        row's when a problem has no column of the file (a ragged row, a constant field)."""
        row, key = self.rows[r], self.keys[c]
        columns = {k for k in self.keys if k}

        def here(problem: imp.RowError) -> bool:
            return problem.key == key if key and problem.key in columns else problem.key not in columns

        return [e for e in row.errors if here(e)], [w for w in row.warnings if here(w)]

    def _paint(self, r: int, c: int) -> None:
        item = self.item(r, c)
        if item is None:
            return
        key = self.keys[c]
        number = self.rows[r].number
        errors, warnings = self._problems(r, c)
        fix = self.fixes.get((number, key)) if key else None
        messages: list[str]
        if fix is not None:
            problem = self.check(r, c, fix)
            original = str(item.data(ORIGINAL_ROLE) or "")
            was = QCoreApplication.translate("ImportWizard", "In the file: “%1”").replace("%1", original)
            if problem is None:
                state, color = "fixed", FIXED_CELL
                checked = self.checked.get((number, key)) == fix
                messages = [
                    QCoreApplication.translate("ImportWizard", "Fixed.")
                    if checked
                    else QCoreApplication.translate("ImportWizard", "Fixed; Check again (F5) to confirm."),
                    was,
                ]
            else:
                state, color = "error", BAD_CELL
                messages = [self.describe(problem), was]
        elif errors:
            state, color, messages = "error", BAD_CELL, [self.describe(e) for e in errors]
        elif warnings:
            state, color, messages = "warning", WARN_CELL, [self.describe(w) for w in warnings]
        else:
            state, color, messages = "", None, []
        item.setData(STATE_ROLE, state)
        item.setBackground(QBrush(color) if color is not None else QBrush())
        item.setToolTip("\n".join(messages))

    def cell_note(self, r: int, c: int) -> str:
        item = self.item(r, c) if r >= 0 and c >= 0 else None
        if item is None:
            return ""
        text = item.toolTip()
        if not text and not self.keys[c]:
            return QCoreApplication.translate("ImportWizard", "This column is not imported.")
        return text.replace("\n", " — ")

    # -- checking and fixing -------------------------------------------------------------------------

    def row_texts(self, r: int) -> dict[str, str]:
        """The row's texts by field key, what was typed in place of the file's."""
        out = {}
        for c, key in enumerate(self.keys):
            item = self.item(r, c)
            if key and item is not None:
                out[key] = item.text()
        return out

    def check(self, r: int, c: int, text: str) -> imp.RowError | None:
        key = self.keys[c]
        if self.options is None or not key:
            return None
        return imp.check_cell(self.options, key, text, self.row_texts(r))

    def typed(self, editor: QLineEdit, r: int, c: int, text: str) -> None:
        """Check the text as it is typed: the editor's frame says so and the note reads it."""
        problem = self.check(r, c, text)
        message = (
            self.describe(problem)
            if problem is not None
            else QCoreApplication.translate("ImportWizard", "This reads well.")
        )
        editor.setProperty("problem", problem is not None)
        color = BAD_CELL if problem is not None else FIXED_CELL
        editor.setStyleSheet(f"QLineEdit {{ background: {color.name()}; color: black; }}")
        editor.setToolTip(message)
        self.note.emit(message)

    def commit_open_editor(self) -> None:
        """Commit the cell being typed in, if any: F5 or Alt+N (Next) leave the focus in the
        editor, so Qt would not commit it before the grid is checked again."""
        delegate = self.itemDelegate()
        for editor in self.findChildren(QLineEdit, "fixEditor"):
            if editor.isVisible() and delegate is not None:
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def commit(self, r: int, c: int, text: str) -> None:
        item = self.item(r, c)
        key = self.keys[c]
        if item is None or not key:
            return
        number = self.rows[r].number
        original = str(item.data(ORIGINAL_ROLE) or "")
        previous = self.fixes.get((number, key))
        value: str | None = None if text == original else text
        if value == previous:
            return
        item.setText(text)
        self.fixed.emit(number, key, value)  # the page updates self.fixes (the same dict)
        self._paint(r, c)
        self.note.emit(self.cell_note(r, c))

    # -- what is shown -------------------------------------------------------------------------------

    def row_state(self, r: int) -> set[str]:
        states = set()
        for c in range(self.columnCount()):
            item = self.item(r, c)
            if item is not None and item.data(STATE_ROLE):
                states.add(str(item.data(STATE_ROLE)))
        row = self.rows[r]
        if row.errors:
            states.add("error")
        if row.warnings:
            states.add("warning")
        return states

    def show_only(self, which: str) -> None:
        """ "all", "errors" (and fixed cells) or "warnings"."""
        for r in range(self.rowCount()):
            states = self.row_state(r)
            if which == "errors":
                visible = bool(states & {"error", "fixed"})
            elif which == "warnings":
                visible = "warning" in states
            else:
                visible = True
            self.setRowHidden(r, not visible)

    def first_cell(self, state: str = "error") -> tuple[int, int] | None:
        for r in range(self.rowCount()):
            if self.isRowHidden(r):
                continue
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.data(STATE_ROLE) == state:
                    return r, c
        return None

    def go_to(self, number: int, key: str) -> None:
        """Make the cell of row *number* and field *key* current (from the list of problems)."""
        for r, row in enumerate(self.rows):
            if row.number == number:
                c = self.keys.index(key) if key in self.keys else 0
                self.setRowHidden(r, False)
                self.setCurrentCell(r, c)
                item = self.item(r, c)
                if item is not None:
                    self.scrollToItem(item)
                return
