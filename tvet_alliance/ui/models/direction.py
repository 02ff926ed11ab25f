"""Each cell laid out in its own text's direction.

In the Urdu (right-to-left) window a cell holding Latin text — "Punjab TEVTA.", "info@cqvie.edu.cn" —
would take the view's direction: its full stop lands on the left and, when the cell is too narrow,
the "…" on the wrong end. A model says each cell's direction in :data:`DirectionRole` (from the cell's
first strong character, as Unicode's paragraph rule does); :class:`ScriptDirectionDelegate` lays the
cell out in that direction and keeps it at the column's side, so a column of mixed names stays aligned.
Views whose model has no such role get the direction from the shown text itself.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QTableView

DirectionRole = Qt.ItemDataRole.UserRole + 20

_ALIGN_HORIZONTAL = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignRight
    | Qt.AlignmentFlag.AlignHCenter
    | Qt.AlignmentFlag.AlignJustify
    | Qt.AlignmentFlag.AlignAbsolute
)


def text_direction(value: object) -> Qt.LayoutDirection | None:
    """The direction of *value*'s first strongly directional character; left to right for digits
    with no letter (a phone "+92 321 …" keeps its "+" in front, a date its order); None for none
    of these (empty, marks): they follow the view."""
    if not isinstance(value, str):
        return None
    digits = False
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        digits = digits or kind in ("EN", "AN")
    return Qt.LayoutDirection.LeftToRight if digits else None


class ScriptDirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in the direction of its own text (see the module's doc)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        own = index.data(DirectionRole)
        if own is None:
            own = text_direction(option.text)
        if own is None:
            return
        own = Qt.LayoutDirection(own)
        view = option.direction
        if own == view:
            return
        align = Qt.AlignmentFlag(option.displayAlignment)
        if not align & Qt.AlignmentFlag.AlignAbsolute:
            # Leading/trailing mean the view's sides: fix them before the cell's direction changes.
            rtl = view == Qt.LayoutDirection.RightToLeft
            if align & Qt.AlignmentFlag.AlignHCenter:
                horizontal = Qt.AlignmentFlag.AlignHCenter
            elif align & Qt.AlignmentFlag.AlignRight:  # trailing
                horizontal = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            else:  # leading (the default)
                horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            option.displayAlignment = (
                (align & ~_ALIGN_HORIZONTAL) | horizontal | Qt.AlignmentFlag.AlignAbsolute
            )
        option.direction = own


def use_script_direction(view: QAbstractItemView) -> ScriptDirectionDelegate:
    """Give an item view (table, list, a completer's popup) the per-cell direction."""
    delegate = ScriptDirectionDelegate(view)
    view.setItemDelegate(delegate)
    return delegate


def select_row(view: QTableView, row: int) -> None:
    """Select *row* (all its cells) and make it current, as ``QTableView.selectRow`` does — which
    selects nothing in a right-to-left window: Qt looks for the row's column at the viewport's
    width, one pixel past the last column."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or not (0 <= row < model.rowCount()):
        return
    first = model.index(row, 0)
    last = model.index(row, max(model.columnCount() - 1, 0))
    selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    selection.select(
        QItemSelection(first, last),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def keep_to_leading_side(label: QLabel) -> None:
    """A label showing a name (a record's title) stays at the window's leading side — the right in
    Urdu — whatever the name's script: a plain QLabel aligns by its own text's direction."""
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
