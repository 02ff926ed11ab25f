"""Reviewing what merges held for a person: conflicting fields side by side (office, laptop, or a value
typed here) and possible duplicates (merge the pair, or mark them as different).

Every choice goes through :mod:`tvet_alliance.services.sync` in one ``db.transaction()``: a
resolution is a change like any other (logged under this office), and a refused value leaves the
database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.base import StrList
from tvet_alliance.domain.catalog import Field as FieldSpec
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import records, sync
from tvet_alliance.services.sync.common import TABLES
from tvet_alliance.services.sync.conflicts import EDITED, LAPTOP, OFFICE
from tvet_alliance.services.sync.conflicts import REASONS as CONFLICT_REASONS
from tvet_alliance.services.sync.duplicates import REASONS as DUPLICATE_REASONS
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.models.direction import use_script_direction

DatabaseGetter = Callable[[], Database | None]
DIFFERENT = QColor("#fff1d6")


def _item(value: str, *, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(value if tooltip is None else tooltip)
    if text.is_rtl(value):  # Urdu reads from the right edge of its cell whatever the layout direction
        item.setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
    return item


def _centred(widget: QWidget) -> QWidget:
    """*widget* in a table cell at its natural height, centred in a taller row."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(3, 0, 3, 0)
    layout.addWidget(widget)
    return box


def _field_spec(view: sync.ConflictView) -> FieldSpec | None:
    if view.type_key is None:
        return None
    rtype = records.record_type(view.type_key)
    name = view.field[:-3] if view.field.endswith("_id") else view.field
    return next((f for f in rtype.fields if f.name in (view.field, name)), None)


def value_text(view: sync.ConflictView, raw: str | None, shown: str) -> str:
    """One side of a conflict as a person reads it: choices, countries and areas by their names."""
    if raw is None:
        return ""
    if view.field == "deleted_at":
        return text.translate("Sync", shown)
    spec = _field_spec(view)
    if spec is None:
        if view.enum is not None:
            return text.show_stored(ValueKind.ENUM, raw, enum=view.enum)
        return shown
    if spec.kind in (ValueKind.REF, ValueKind.REFS):
        return shown  # the conflict service already names the records referred to
    return text.show_stored(spec.kind, raw, enum=spec.enum)


def editable(view: sync.ConflictView) -> bool:
    """Whether a value can be typed for this field (not a reference, a list or the record's deletion)."""
    info = TABLES.get(view.table_name)
    if info is None or view.field == "deleted_at" or view.field in info.foreign or view.field in info.many:
        return False
    column = info.table.c.get(view.field)
    return column is not None and not isinstance(column.type, StrList)


def choice_label(choice: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("ConflictDialog", "Not chosen"),
        OFFICE: QCoreApplication.translate("ConflictDialog", "Office"),
        LAPTOP: QCoreApplication.translate("ConflictDialog", "Laptop"),
        EDITED: QCoreApplication.translate("ConflictDialog", "Edit…"),
    }
    return labels[choice]


@dataclass
class ConflictRow:
    """One conflict as the dialog shows it, with its choice and value widgets."""

    view: sync.ConflictView
    choice: QComboBox
    value: QLineEdit | QComboBox

    @property
    def chosen(self) -> str | None:
        data = self.choice.currentData()
        return str(data) if data else None

    def typed_value(self) -> str | None:
        if isinstance(self.value, QComboBox):
            data = self.value.currentData()
            return str(data) if data else None
        return self.value.text().strip()


class ConflictDialog(QDialog):
    """The open conflicts side by side: for each, keep the office value, take the laptop's, or type
    one; Apply records every choice made, in one transaction."""

    RECORD, FIELD, WHY, BASE, OFFICE_VALUE, LAPTOP_VALUE, FROM, CHOICE, RESULT = range(9)
    #: The widest each column starts (in average character widths); longer texts wrap onto a second
    #: line and are elided after it, the tooltip has them whole.
    WIDTHS = {RECORD: 20, FIELD: 16, WHY: 20, BASE: 16, OFFICE_VALUE: 22, LAPTOP_VALUE: 22, FROM: 20}

    #: Emitted with the number of conflicts resolved after Apply.
    resolved = Signal(int)

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.database = database
        self.rows: list[ConflictRow] = []

        self.intro = QLabel(
            self.tr(
                "These fields were changed at the office and on a laptop. The office value stands until "
                "you choose: keep it, take the laptop's, or type the right value. Rows without a choice "
                "stay on the list."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("conflictTable")
        use_script_direction(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Why"),
                self.tr("Before"),
                self.tr("Office"),
                self.tr("Laptop"),
                self.tr("From"),
                self.tr("Choice"),
                self.tr("Result"),
            ]
        )
        base_header = self.table.horizontalHeaderItem(self.BASE)
        if base_header is not None:
            base_header.setToolTip(self.tr("The value both sides started from"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No conflicts to resolve."))
        self.empty_label.setObjectName("noConflicts")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #4b5563; font-size: 12pt; padding: 40px;")
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        scope_tip = self.tr("Sets the choice of the selected rows, or of every row when none is selected.")
        self.laptop_all_button = QPushButton(self.tr("Take all from &laptop"))
        self.laptop_all_button.setObjectName("takeAllLaptop")
        self.laptop_all_button.setToolTip(scope_tip)
        self.laptop_all_button.clicked.connect(lambda: self.take_all(LAPTOP))
        self.office_all_button = QPushButton(self.tr("Take all from &office"))
        self.office_all_button.setObjectName("takeAllOffice")
        self.office_all_button.setToolTip(scope_tip)
        self.office_all_button.clicked.connect(lambda: self.take_all(OFFICE))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("applyConflicts")
        self.apply_button.setToolTip(self.tr("Record every choice made; rows without one stay open"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        # F2 types a value for the current row, like editing a cell elsewhere in the program.
        edit_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        edit_shortcut.activated.connect(self.edit_current)

        bottom = QHBoxLayout()
        bottom.addWidget(self.laptop_all_button)
        bottom.addWidget(self.office_all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(1300, 560)
        self.load()

    # --- loading ------------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.database()
        views: list[sync.ConflictView] = []
        if db is not None:
            with db.session() as s:
                views = sync.open_conflicts(s)
        self.rows = []
        self.table.clearContents()
        self.table.setRowCount(len(views))
        for r, view in enumerate(views):
            self._fill(r, view)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, widest in self.WIDTHS.items():
            header.resizeSection(column, min(header.sectionSize(column), widest * char + 12))
        header.resizeSection(self.CHOICE, max(header.sectionSize(self.CHOICE), 12 * char))
        header.setMinimumSectionSize(4 * char)
        header.setStretchLastSection(True)
        self.table.scrollToTop()
        has_rows = bool(views)
        self.table.setVisible(has_rows)
        self.intro.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self._update()

    def _fill(self, r: int, view: sync.ConflictView) -> None:
        entity = text.translate("Entity", records.record_type(view.type_key).label) if view.type_key else ""
        self.table.setItem(
            r, self.RECORD, _item(view.record, tooltip=f"{view.record} ({entity})" if entity else None)
        )
        self.table.setItem(r, self.FIELD, _item(text.translate("Fields", view.field_label)))
        self.table.setItem(
            r, self.WHY, _item(text.translate("Sync", CONFLICT_REASONS.get(view.reason, view.reason)))
        )
        office = value_text(view, view.office, view.office_text)
        laptop = value_text(view, view.laptop, view.laptop_text)
        for column, shown in (
            (self.BASE, value_text(view, view.base, view.base_text)),
            (self.OFFICE_VALUE, office),
            (self.LAPTOP_VALUE, laptop),
        ):
            item = _item(shown)
            if column != self.BASE and office != laptop:
                item.setBackground(QBrush(DIFFERENT))
            self.table.setItem(r, column, item)
        who = ", ".join(part for part in (view.site_name, view.laptop_user) if part)
        when = text.format_value(view.laptop_at)
        self.table.setItem(r, self.FROM, _item(f"{who}\n{when}" if when else who))

        combo = QComboBox()
        combo.setObjectName(f"conflictChoice_{r}")
        choices: list[str | None] = [None, OFFICE]
        if view.reason != "missing":  # the record is not here: only the office side can stand
            choices.append(LAPTOP)
            if editable(view):
                choices.append(EDITED)
        for choice in choices:
            combo.addItem(choice_label(choice), choice)
        value: QLineEdit | QComboBox
        if view.enum is not None and issubclass(view.enum, StrEnum) and editable(view):
            value = QComboBox()
            value.addItem("", None)
            for member in view.enum:
                value.addItem(text.enum_label(member), member.value)
        else:
            value = QLineEdit()
            value.setClearButtonEnabled(False)
        value.setObjectName(f"conflictValue_{r}")
        row = ConflictRow(view, combo, value)
        self.rows.append(row)
        combo.currentIndexChanged.connect(lambda _i, row=row: self._chosen(row))
        self.table.setCellWidget(r, self.CHOICE, _centred(combo))
        self.table.setCellWidget(r, self.RESULT, _centred(value))
        self._show_result(row)

    # --- choosing -----------------------------------------------------------------------------------

    def _show_result(self, row: ConflictRow) -> None:
        """The Result column shows what Apply would keep; with Edit… it takes the value to keep."""
        view, chosen = row.view, row.chosen
        raw = view.laptop if chosen in (LAPTOP, EDITED) else view.office
        shown = view.laptop_text if chosen in (LAPTOP, EDITED) else view.office_text
        row.value.setEnabled(chosen == EDITED)
        if isinstance(row.value, QComboBox):
            row.value.setCurrentIndex(max(0, row.value.findData(raw)))
        elif chosen == EDITED:
            row.value.setText(raw or "")
            row.value.setPlaceholderText(self.tr("Type the value to keep (empty clears it)"))
        else:
            row.value.setText(value_text(view, raw, shown))
            row.value.setPlaceholderText("")
        if isinstance(row.value, QLineEdit):
            row.value.setCursorPosition(0)  # the start of a long value, not its end
        tip = {
            None: self.tr("Not chosen yet: the office value stands"),
            OFFICE: self.tr("Keeps the office value"),
            LAPTOP: self.tr("Takes the laptop's value"),
            EDITED: self.tr("Keeps the value typed here"),
        }[chosen]
        row.value.setToolTip(tip)

    def _chosen(self, row: ConflictRow) -> None:
        self._show_result(row)
        if row.chosen == EDITED:
            row.value.setFocus()
            if isinstance(row.value, QLineEdit):
                row.value.selectAll()
        self._update()

    def set_choice(self, index: int, choice: str | None) -> None:
        combo = self.rows[index].choice
        position = combo.findData(choice)
        if position >= 0:
            combo.setCurrentIndex(position)

    def selected_indexes(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def take_all(self, choice: str) -> None:
        """Set *choice* for the selected rows, or for every row when none is selected."""
        for index in self.selected_indexes() or range(len(self.rows)):
            self.set_choice(index, choice)

    def edit_current(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows) and editable(self.rows[index].view):
            self.set_choice(index, EDITED)

    def chosen_rows(self) -> list[ConflictRow]:
        return [row for row in self.rows if row.chosen is not None]

    def _update(self) -> None:
        chosen = len(self.chosen_rows())
        has_rows = bool(self.rows)
        self.apply_button.setEnabled(chosen > 0)
        self.laptop_all_button.setEnabled(has_rows)
        self.office_all_button.setEnabled(has_rows)
        if has_rows:
            self.message.setText(
                self.tr("Chosen: %1 of %2.").replace("%1", str(chosen)).replace("%2", str(len(self.rows)))
            )

    # --- applying -----------------------------------------------------------------------------------

    def apply(self) -> bool:
        """Record every choice in one transaction; on a refused value, change nothing and say which."""
        db = self.database()
        chosen = self.chosen_rows()
        if db is None or not chosen:
            return False
        current: ConflictRow | None = None
        try:
            with db.transaction() as s:
                for row in chosen:
                    current = row
                    value = row.typed_value() if row.chosen == EDITED else None
                    sync.resolve_conflict(s, row.view.id, str(row.chosen), value)
        except DomainError as exc:
            where = ""
            if current is not None:
                index = self.rows.index(current)
                self.table.selectRow(index)
                self.table.scrollTo(self.table.model().index(index, self.RECORD))
                where = f"{current.view.record} — {text.translate('Fields', current.view.field_label)}: "
            prompts.warn(
                self,
                self.tr("Conflicts"),
                where + text.error_text(exc) + "\n\n" + self.tr("Nothing was changed."),
            )
            self.message.setText(self.tr("Nothing was changed."))
            return False
        count = len(chosen)
        self.load()
        self.message.setText(
            self.tr("Resolved %n conflicts", "", count) + self.tr("; %n still open.", "", len(self.rows))
        )
        self.resolved.emit(count)
        return True

    def reject(self) -> None:
        pending = len(self.chosen_rows())
        if pending and not prompts.confirm(
            self,
            self.tr("Conflicts"),
            self.tr(
                "Choices made for %n conflicts have not been applied. Close without applying them?",
                "",
                pending,
            ),
        ):
            return
        super().reject()


# --- possible duplicates ---------------------------------------------------------------------------


class DuplicateDialog(QDialog):
    """People or partners a laptop added that look like records already here: merge each pair into
    one record (keeping the office's or the laptop's), or mark them as different."""

    LABEL, LAPTOP_VALUE, OFFICE_VALUE = range(3)

    #: Emitted after a pair was merged or marked as different.
    changed = Signal()

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.database = database
        self.views: list[sync.DuplicateView] = []

        self.pairs = QListWidget()
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.pairs.currentRowChanged.connect(lambda _r: self._show_pair())
        pairs_label = QLabel(self.tr("&Pairs to review:"))
        pairs_label.setBuddy(self.pairs)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("duplicateTable")
        use_script_direction(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("From the laptop"), self.tr("In the office")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LAPTOP_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.OFFICE_VALUE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No possible duplicates to review."))
        self.empty_label.setObjectName("noDuplicates")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #4b5563; font-size: 12pt; padding: 40px;")
        self.message = QLabel()
        self.message.setObjectName("duplicateMessage")
        self.message.setWordWrap(True)

        self.keep_office_button = QPushButton(self.tr("Merge (keep &office record)"))
        self.keep_office_button.setObjectName("keepOffice")
        self.keep_office_button.setToolTip(
            self.tr("One record stays: the office's, filled in with what only the laptop's has")
        )
        self.keep_office_button.clicked.connect(lambda: self.merge("existing"))
        self.keep_laptop_button = QPushButton(self.tr("Merge (keep &laptop record)"))
        self.keep_laptop_button.setObjectName("keepLaptop")
        self.keep_laptop_button.setToolTip(
            self.tr("One record stays: the laptop's, filled in with what only the office's has")
        )
        self.keep_laptop_button.clicked.connect(lambda: self.merge("new"))
        self.distinct_button = QPushButton(self.tr("&Not the same"))
        self.distinct_button.setObjectName("notTheSame")
        self.distinct_button.setToolTip(self.tr("Keep both records and take the pair off this list"))
        self.distinct_button.clicked.connect(self.dismiss)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_office_button)
        actions.addWidget(self.keep_laptop_button)
        actions.addWidget(self.distinct_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(pairs_label)
        top_layout.addWidget(self.pairs)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.resize(820, 520)
        self.load()

    def load(self, keep_row: int = 0) -> None:
        db = self.database()
        self.views = []
        if db is not None:
            with db.session() as s:
                self.views = sync.open_duplicates(s)
        self.pairs.clear()
        for view in self.views:
            laptop = view.rows[0][1] if view.rows else ""
            office = view.rows[0][2] if view.rows else ""
            reason = text.translate("Sync", DUPLICATE_REASONS.get(view.reason, view.reason))
            item = QListWidgetItem(
                self.tr("%1 (from the laptop) and %2 (in the office): %3")
                .replace("%1", laptop)
                .replace("%2", office)
                .replace("%3", reason)
            )
            self.pairs.addItem(item)
        has_pairs = bool(self.views)
        self.splitter.setVisible(has_pairs)
        self.empty_label.setVisible(not has_pairs)
        if has_pairs:
            self.pairs.setCurrentRow(min(keep_row, len(self.views) - 1))
        self._show_pair()

    def current(self) -> sync.DuplicateView | None:
        row = self.pairs.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_pair(self) -> None:
        view = self.current()
        rows = view.rows if view is not None else []
        self.table.setRowCount(len(rows))
        for r, (label, laptop, office) in enumerate(rows):
            self.table.setItem(r, self.LABEL, _item(text.translate("Fields", label)))
            for column, value in ((self.LAPTOP_VALUE, laptop), (self.OFFICE_VALUE, office)):
                item = _item(value)
                if laptop != office:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(r, column, item)
        for button in (self.keep_office_button, self.keep_laptop_button, self.distinct_button):
            button.setEnabled(view is not None)

    def _run(self, action: Callable[[Any, sync.DuplicateView], Any], done: str) -> bool:
        db, view = self.database(), self.current()
        if db is None or view is None:
            return False
        row = self.pairs.currentRow()
        try:
            with db.transaction() as s:
                action(s, view)
        except DomainError as exc:
            prompts.warn(self, self.tr("Possible duplicates"), text.error_text(exc))
            return False
        self.load(row)
        self.message.setText(done)
        self.changed.emit()
        return True

    def merge(self, keep: str) -> bool:
        """Merge the current pair, keeping the office's (``existing``) or the laptop's (``new``) record."""
        view = self.current()
        if view is None:
            return False
        kept = next((r[2] if keep == "existing" else r[1] for r in view.rows[:1]), "")
        return self._run(
            lambda s, v: sync.merge_duplicate(s, v.id, keep=keep),
            self.tr("Merged into “%1”.").replace("%1", kept),
        )

    def dismiss(self) -> bool:
        return self._run(
            lambda s, v: sync.dismiss_duplicate(s, v.id),
            self.tr("Marked as different records."),
        )
