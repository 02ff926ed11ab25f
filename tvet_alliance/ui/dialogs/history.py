"""A record's history from the change log: when, who, which field, old → new."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.services.records import HistoryEntry
from tvet_alliance.ui import text
from tvet_alliance.ui.models.direction import use_script_direction


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History — %1").replace("%1", title))
        self.table = QTableWidget(len(entries), 5)
        self.table.setObjectName("historyTable")
        use_script_direction(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(entries):
            if entry.field == "deleted_at":
                field = self.tr("Deleted") if entry.stored_new else self.tr("Restored")
                old, new = "", ""
            elif entry.op == ChangeOp.INSERT and entry.field is None:
                field, old, new = self.tr("Created"), "", ""
            else:
                field = text.translate("Fields", entry.label)
                old = entry.old_text(text.translate, text.language())
                new = entry.new_text(text.translate, text.language())
            cells = [text.format_value(entry.at), entry.user, field, old, new]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 40 else "")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def rows(self) -> list[list[str]]:
        out = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(self.table.columnCount())]
            out.append([item.text() if item is not None else "" for item in items])
        return out
