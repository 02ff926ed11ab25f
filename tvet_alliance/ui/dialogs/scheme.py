"""A skill track's marking scheme, edited by keyboard: a table of aspects (code, description and its
Chinese, type, maximum, criterion and its name). Ctrl+N adds an aspect below the current one,
Ctrl+Delete removes it, Alt+Up / Alt+Down move it; "Copy from…" takes another track's scheme (any
competition), "Import…" reads a spreadsheet; Ctrl+S saves. Maxima not totalling the track's maximum
are a warning under the table (marks are scaled to it), never a refusal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.marking import Aspect, check_scheme, parse_mark
from tvet_alliance.domain.models import plain_number
from tvet_alliance.persistence import Database
from tvet_alliance.services import marking, marking_files
from tvet_alliance.services.marking import AspectInput
from tvet_alliance.ui import text

CODE, DESCRIPTION, DESCRIPTION_ZH, KIND, MAX, CRITERION, CRITERION_NAME = range(7)


class KindDelegate(QStyledItemDelegate):
    """The aspect's type, chosen in a list opened by typing in the cell ("j" for judgement)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for k in AspectKind:
            box.addItem(text.enum_label(k), k.value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.UserRole))
            if found >= 0:
                editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class SchemeDialog(QDialog):
    def __init__(
        self, database: Callable[[], Database | None], track_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.track_id = track_id
        self.max_score = Decimal(100)
        self.setWindowTitle(self.tr("Marking scheme"))
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("schemeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Description"),
                self.tr("In Chinese"),
                self.tr("Type"),
                self.tr("Maximum"),
                self.tr("Criterion"),
                self.tr("Criterion name"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(True)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.warnings = QLabel()
        self.warnings.setObjectName("schemeWarnings")
        self.warnings.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add aspect"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.source = QComboBox()
        self.source.setObjectName("schemeSource")
        self.copy_button = QPushButton(self.tr("Copy from this track"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button, keys in (
            (self.add_button, QKeySequence(QKeySequence.StandardKey.New)),
            (self.remove_button, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete)),
            (self.up_button, QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up)),
            (self.down_button, QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down)),
        ):
            button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.import_button)
        copy_row = QHBoxLayout()
        copy_label = QLabel(self.tr("Copy the scheme of"))
        copy_label.setBuddy(self.source)
        copy_row.addWidget(copy_label)
        copy_row.addWidget(self.source, 1)
        copy_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(copy_row)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

        self.add_button.clicked.connect(self.add_aspect)
        self.remove_button.clicked.connect(self.remove_aspect)
        self.up_button.clicked.connect(lambda: self.move_aspect(-1))
        self.down_button.clicked.connect(lambda: self.move_aspect(1))
        self.copy_button.clicked.connect(self.copy_from)
        self.import_button.clicked.connect(self.import_file)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(lambda _i: self._check())
        shortcuts: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.New), self.add_aspect),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete), self.remove_aspect),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), lambda: self.move_aspect(-1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), lambda: self.move_aspect(1)),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
        ]
        for keys, slot in shortcuts:
            QShortcut(keys, self).activated.connect(slot)
        self._load()

    # --- rows ------------------------------------------------------------------------------------

    def _set_row(self, row: int, a: AspectInput) -> None:
        self.table.blockSignals(True)
        cells = {
            CODE: a.code,
            DESCRIPTION: a.description or "",
            DESCRIPTION_ZH: a.description_zh or "",
            MAX: plain_number(a.max_mark),
            CRITERION: a.criterion or "",
            CRITERION_NAME: a.criterion_name or "",
        }
        for column, value in cells.items():
            item = QTableWidgetItem(value)
            if column == CODE:
                item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.table.setItem(row, column, item)
        kind = QTableWidgetItem(text.enum_label(a.kind))
        kind.setData(Qt.ItemDataRole.UserRole, a.kind.value)
        self.table.setItem(row, KIND, kind)
        self.table.blockSignals(False)

    def _fill(self, aspects: list[AspectInput]) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(aspects))
        for i, a in enumerate(aspects):
            self._set_row(i, a)
        self._check()

    def _load(self) -> None:
        db = self._database()
        if db is None:
            return
        zh = text.current_language().startswith("zh")
        with db.session() as s:
            self.max_score = marking.max_score(s, self.track_id)
            self._fill(list(marking.aspects(s, self.track_id)))
            self.source.clear()
            for c in marking.competitions(s):
                for t in marking.tracks(s, c.id):
                    if t.id != self.track_id and marking.has_scheme(s, t.id):
                        name = t.name_zh if zh and t.name_zh else t.name
                        self.source.addItem(f"{name} — {c.name}", t.id)
        self.copy_button.setEnabled(self.source.count() > 0)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[AspectInput]:
        """The aspects as the table holds them; DomainError when a maximum is no number."""
        out = []
        for r in range(self.table.rowCount()):
            kind_item = self.table.item(r, KIND)
            kind = AspectKind(
                kind_item.data(Qt.ItemDataRole.UserRole) if kind_item else AspectKind.MEASUREMENT
            )
            code_item = self.table.item(r, CODE)
            out.append(
                AspectInput(
                    code=self._cell(r, CODE),
                    max_mark=parse_mark(self._cell(r, MAX) or "0"),
                    kind=kind,
                    description=self._cell(r, DESCRIPTION) or None,
                    description_zh=self._cell(r, DESCRIPTION_ZH) or None,
                    criterion=self._cell(r, CRITERION) or None,
                    criterion_name=self._cell(r, CRITERION_NAME) or None,
                    id=code_item.data(Qt.ItemDataRole.UserRole) if code_item is not None else None,
                )
            )
        return out

    def _check(self) -> None:
        try:
            rows = self.rows()
        except DomainError as exc:
            self.warnings.setText(text.error_text(exc))
            return
        problems = check_scheme(
            [Aspect(i, r.code, r.kind, r.max_mark) for i, r in enumerate(rows)], self.max_score
        )
        self.warnings.setText(
            "\n".join(text.translate("Marking", p.message).format(**p.params) for p in problems)
        )

    # --- editing by keyboard ---------------------------------------------------------------------

    def add_aspect(self) -> None:
        rows = self.rows() if self.table.rowCount() else []
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(rows)
        previous = rows[at - 1] if 0 < at <= len(rows) else None
        self.table.insertRow(at)
        self._set_row(
            at,
            AspectInput(
                code="",
                max_mark=Decimal(1),
                kind=previous.kind if previous else AspectKind.MEASUREMENT,
                criterion=previous.criterion if previous else None,
                criterion_name=previous.criterion_name if previous else None,
            ),
        )
        self.table.setCurrentCell(at, CODE)
        self.table.setFocus()
        self._check()

    def remove_aspect(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), CODE)
        self._check()

    def move_aspect(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        column = self.table.currentColumn()
        self._fill(rows)
        self.table.setCurrentCell(target, max(column, 0))

    def copy_from(self) -> None:
        source = self.source.currentData()
        db = self._database()
        if source is None or db is None:
            return
        with db.session() as s:
            copied = [
                AspectInput(
                    a.code, a.max_mark, a.kind, a.description, a.description_zh, a.criterion, a.criterion_name
                )
                for a in marking.aspects(s, source)
            ]
        keep = {r.code.casefold(): r.id for r in self.rows()}  # same codes keep their marks
        self._fill([AspectInput(**{**c.__dict__, "id": keep.get(c.code.casefold())}) for c in copied])

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a marking scheme"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
            )
        if not path:
            return
        try:
            read = marking_files.read_scheme(path)
        except DomainError as exc:
            self.warnings.setText(text.error_text(exc))
            return
        keep = {r.code.casefold(): r.id for r in self.rows()}
        self._fill([AspectInput(**{**a.__dict__, "id": keep.get(a.code.casefold())}) for a in read])

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        db = self._database()
        if db is None:
            return
        try:
            rows = self.rows()
            with db.transaction() as s:
                marking.save_scheme(s, self.track_id, rows)
        except DomainError as exc:
            self.warnings.setText(text.error_text(exc))
            self.warnings.setStyleSheet("color: #b3261e;")
            return
        self.accept()
