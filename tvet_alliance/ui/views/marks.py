"""The Marks page: a judge's marks for a skill track, typed into a grid by keyboard.

Competition → track → judge (1/2/3); rows are the track's entries, columns its aspects (code and
maximum in the header, description as the tooltip), then the computed mark. Typing in a cell starts
editing it; Tab moves right (to the next row's first aspect after the last), Enter moves down, Esc
reverts the cell, Delete clears a mark. A mark is saved as soon as it is typed (each cell is one
undoable step, Ctrl+Z): a judge marks a whole column or row in one go, and a mark saved at once is
never lost when the laptop sleeps. A mark out of range is refused in the cell (the editor stays open)
with the reason in the page's status line. A judgement aspect whose judges are more than 1 apart is
coloured, and counted above the grid with the track's progress (marked / to mark).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain import changes
from tvet_alliance.domain.changes import Changes
from tvet_alliance.domain.enums import AspectKind, EntryStatus
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.marking import Aspect, check_mark, parse_mark
from tvet_alliance.domain.models import plain_number
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.services import marking
from tvet_alliance.services.marking import Grid
from tvet_alliance.ui import text

#: The background of a judgement cell whose judges' scores are more than 1 apart.
SPREAD_BACKGROUND = QColor("#ffd8d6")
#: The background of the computed mark column.
MARK_BACKGROUND = QColor("#eef4ff")
#: Marks change the grid, the entries (their scores) and what shows them.
MARK_TABLES = ("judge_mark", "entry")

ENTRY_COLUMN, ORG_COLUMN, FIRST_ASPECT = 0, 1, 2


def _number(value: Decimal | None) -> str:
    return "" if value is None else plain_number(value)


class MarksModel(QAbstractTableModel):
    """Entries × aspects of one track for one judge; the last column is the computed mark."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None

    # --- shape -----------------------------------------------------------------------------------

    def set_grid(self, grid: Grid | None) -> None:
        same = (
            grid is not None
            and self.grid is not None
            and [r.id for r in grid.rows] == [r.id for r in self.grid.rows]
            and [a.id for a in grid.aspects] == [a.id for a in self.grid.aspects]
            and grid.judge == self.grid.judge
        )
        if same:  # the same cells: keep the current cell and any open editor
            self.grid = grid
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else FIRST_ASPECT + len(self.grid.aspects) + 1

    @property
    def mark_column(self) -> int:
        return self.columnCount() - 1

    def aspect_at(self, column: int) -> marking.AspectRow | None:
        if self.grid is None or not FIRST_ASPECT <= column < FIRST_ASPECT + len(self.grid.aspects):
            return None
        return self.grid.aspects[column - FIRST_ASPECT]

    def is_mark_cell(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and self.aspect_at(index.column()) is not None

    # --- display ---------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        aspect = self.aspect_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == ENTRY_COLUMN:
                return self.tr("Entry")
            if section == ORG_COLUMN:
                return self.tr("Organisation")
            if aspect is None:
                top = self.grid.max_score if self.grid is not None else Decimal(100)
                return self.tr("Mark") + f"\n/{_number(top)}"
            if aspect.kind is AspectKind.JUDGEMENT:
                return f"{aspect.code}\n0–3 → {_number(aspect.max_mark)}"
            return f"{aspect.code}\n/{_number(aspect.max_mark)}"
        if role == Qt.ItemDataRole.ToolTipRole and aspect is not None:
            description = aspect.description or ""
            if text.current_language().startswith("zh") and aspect.description_zh:
                description = aspect.description_zh
            criterion = " — ".join(x for x in (aspect.criterion, aspect.criterion_name) if x)
            kind = text.enum_label(aspect.kind)
            lines = [f"{aspect.code}: {description}".rstrip(": "), f"{kind}, {_number(aspect.max_mark)}"]
            if criterion:
                lines.append(criterion)
            return "\n".join(lines)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or not index.isValid():
            return None
        row = self.grid.rows[index.row()]
        column = index.column()
        aspect = self.aspect_at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ENTRY_COLUMN:
                return row.name
            if column == ORG_COLUMN:
                return row.organization
            if aspect is None:
                return _number(row.mark) if row.mark is not None else "—"
            return _number(row.marks.get(aspect.id)) if aspect.id is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if aspect is not None and aspect.id in row.flagged:
                return QBrush(SPREAD_BACKGROUND)
            if column == self.mark_column:
                return QBrush(MARK_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if aspect is not None and aspect.id in row.flagged:
                return self.tr("The judges' scores are more than 1 apart.")
            if column == self.mark_column and row.mark is None:
                return (
                    self.tr("%1 of %2 marks given")
                    .replace("%1", str(row.given))
                    .replace("%2", str(row.needed))
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_ASPECT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            judge_one_only = aspect is not None and self.grid.judge not in _judges(aspect.kind)
            if judge_one_only or row.status in (EntryStatus.WITHDRAWN, EntryStatus.DISQUALIFIED):
                return QBrush(QColor("#8a8a8a"))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_mark_cell(index):
            aspect = self.aspect_at(index.column())
            if aspect is not None and self.grid is not None and self.grid.judge in _judges(aspect.kind):
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- checking a typed mark -------------------------------------------------------------------

    def refusal(self, index: QModelIndex | QPersistentModelIndex, typed: str) -> str | None:
        """Why *typed* cannot be this cell's mark (None when it can; an empty text clears it)."""
        aspect = self.aspect_at(index.column())
        if aspect is None or self.grid is None:
            return None
        if not typed.strip():
            return None
        try:
            check_mark(
                Aspect(aspect.id, aspect.code, aspect.kind, aspect.max_mark),
                self.grid.judge,
                parse_mark(typed),
            )
        except DomainError as exc:
            return text.error_text(exc)
        return None


def _judges(kind: AspectKind) -> tuple[int, ...]:
    return (1, 2, 3) if kind is AspectKind.JUDGEMENT else (1,)


class MarkCommand(QUndoCommand):
    """One cell's mark, undoable. The first write happens before the command is pushed."""

    def __init__(
        self,
        database: Callable[[], Database | None],
        cell: tuple[uuid.UUID, uuid.UUID, int],
        before: Decimal | None,
        after: Decimal | None,
        done: Callable[[Changes], None],
        failed: Callable[[DomainError], None],
        label: str,
    ) -> None:
        super().__init__(label)
        self._database = database
        self.cell = cell
        self.before = before
        self.after = after
        self._done = done
        self._failed = failed
        self._first = True

    def _write(self, value: Decimal | None) -> None:
        db = self._database()
        if db is None:
            return
        session = db.session()
        try:
            with session, session.begin():
                marking.set_mark(session, *self.cell, value)
        except DomainError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._done(changes.take(session) or Changes.of(*MARK_TABLES))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class MarkDelegate(QStyledItemDelegate):
    """A line editor for a mark: Enter saves and moves down, Tab saves and moves right, Esc reverts.
    A refused mark keeps the editor open, with the reason in the page's status line."""

    def __init__(self, page: MarksView) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.cell = QPersistentModelIndex(index)  # type: ignore[attr-defined]
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.page.save_cell(index, editor.text())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            moves: dict[Qt.Key, str] = {
                Qt.Key.Key_Return: "down",
                Qt.Key.Key_Enter: "down",
                Qt.Key.Key_Tab: "right",
                Qt.Key.Key_Backtab: "left",
            }
            if key in moves:
                index = getattr(obj, "cell", QPersistentModelIndex())
                reason = self.page.model.refusal(index, obj.text())
                if reason:
                    self.page.set_status(reason, error=True)
                    obj.selectAll()
                    return True
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
                self.page.move_from(index, moves[key])
                return True
            if key == Qt.Key.Key_Escape:
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.RevertModelCache)
                self.page.reverted()
                return True
        return super().eventFilter(obj, event)


class MarksTable(QTableView):
    """The grid; Delete clears the current mark, Enter on a cell moves down."""

    #: The grid's keys (key, "MarksTable" context, what it does), listed in Help → Keyboard shortcuts.
    HANDLED_KEYS: tuple[tuple[str, str, str], ...] = (
        ("Tab", "MarksTable", QT_TRANSLATE_NOOP("MarksTable", "Marks: save the mark and move right")),
        ("Return", "MarksTable", QT_TRANSLATE_NOOP("MarksTable", "Marks: save the mark and move down")),
        ("Escape", "MarksTable", QT_TRANSLATE_NOOP("MarksTable", "Marks: leave the cell as it was")),
        ("Delete", "MarksTable", QT_TRANSLATE_NOOP("MarksTable", "Marks: clear the mark")),
    )

    def __init__(self, page: MarksView) -> None:
        # No parent yet: the page's layout adopts it after the bar above it, so Tab goes from the
        # bar's last button into the grid (a child made first would come first in the tab order).
        super().__init__()
        self.page = page

    def event(self, event: QEvent) -> bool:
        # Delete and Enter are the grid's own keys here, before any window action bound to them.
        own = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in own
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.page.model.is_mark_cell(index):
            self.page.save_cell(index, "")
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.page.move_from(index, "down")
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and index.isValid():
            # The judge's next cell to mark; past the last one, Tab leaves the grid.
            if not self.page.move_from(index, "right" if event.key() == Qt.Key.Key_Tab else "left"):
                event.ignore()
            return
        aspect = self.page.model.aspect_at(index.column())
        grid = self.page.model.grid
        if (
            aspect is not None
            and grid is not None
            and grid.judge not in _judges(aspect.kind)
            and event.text()
        ):
            self.page.measured_by_judge_one(aspect.code)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tabbing (or Alt+letter, or a closed dialog) into the grid lands on a mark, not on a name.
        index, columns = self.currentIndex(), self.page.markable_columns()
        if columns and self.model().rowCount() and (not index.isValid() or index.column() not in columns):
            self.setCurrentIndex(self.model().index(max(index.row(), 0), columns[0]))
        super().focusInEvent(event)


class MarksView(QWidget):
    """The Marks page."""

    def __init__(
        self,
        database: Callable[[], Database | None],
        undo_stack: QUndoStack,
        changed: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.undo_stack = undo_stack
        self._changed = changed
        self.competition = QComboBox()
        self.competition.setObjectName("marksCompetition")
        self.track = QComboBox()
        self.track.setObjectName("marksTrack")
        self.judge = QComboBox()
        self.judge.setObjectName("marksJudge")
        for j in (1, 2, 3):
            self.judge.addItem(self.tr("Judge %1").replace("%1", str(j)), j)
        self.scheme_button = QPushButton(self.tr("Marking &scheme…"))
        self.scheme_button.setObjectName("marksScheme")
        self.progress = QLabel()
        self.progress.setObjectName("marksProgress")
        self.progress.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("marksStatus")
        self.status.setWordWrap(True)
        self.model = MarksModel(self)
        self.table = MarksTable(self)
        self.table.setObjectName("marksGrid")
        self.table.setModel(self.model)
        self.delegate = MarkDelegate(self)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(56)

        # Tab and Shift+Tab move between the grid's cells, so Alt+C, Alt+T, Alt+J and Alt+S are the
        # keyboard's way out of the grid to the competition, track, judge and scheme.
        top = QHBoxLayout()
        for label, box, stretch in (
            (self.tr("&Competition"), self.competition, 1),
            (self.tr("Skill &track"), self.track, 1),
            (self.tr("&Judge"), self.judge, 0),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            top.addWidget(caption)
            top.addWidget(box, stretch)
        top.addWidget(self.scheme_button)
        self.empty = QLabel(
            self.tr(
                "This track has no marking scheme: its entries keep a typed score. "
                "Make one with “Marking scheme…” to mark it here."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("marksEmpty")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.competition.currentIndexChanged.connect(self._competition_chosen)
        self.track.currentIndexChanged.connect(lambda _i: self._load())
        self.judge.currentIndexChanged.connect(lambda _i: self._load())
        self.scheme_button.clicked.connect(self.edit_scheme)

    # --- reading ---------------------------------------------------------------------------------

    def _db(self) -> Database | None:
        return self._database()

    def competition_id(self) -> uuid.UUID | None:
        value = self.competition.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def refresh(self) -> None:
        db = self._db()
        chosen = self.competition.currentData()
        self.competition.blockSignals(True)
        self.competition.clear()
        if db is not None:
            with db.session() as s:
                for c in marking.competitions(s):
                    self.competition.addItem(c.name, c.id)
        if chosen is not None and (found := text.index_of(self.competition, chosen)) >= 0:
            self.competition.setCurrentIndex(found)
        self.competition.blockSignals(False)
        self._competition_chosen()

    def _competition_chosen(self) -> None:
        db = self._db()
        chosen = self.track.currentData()
        self.track.blockSignals(True)
        self.track.clear()
        competition = self.competition.currentData()
        if db is not None and competition is not None:
            zh = text.current_language().startswith("zh")
            with db.session() as s:
                for t in marking.tracks(s, competition):
                    self.track.addItem(t.name_zh if zh and t.name_zh else t.name, t.id)
        if chosen is not None and (found := text.index_of(self.track, chosen)) >= 0:
            self.track.setCurrentIndex(found)
        self.track.blockSignals(False)
        self._load()

    def _load(self) -> None:
        db = self._db()
        track = self.track.currentData()
        grid: Grid | None = None
        if db is not None and track is not None:
            with db.session() as s:
                grid = marking.grid(s, track, int(self.judge.currentData() or 1))
        self.scheme_button.setEnabled(track is not None)
        has_scheme = grid is not None and bool(grid.aspects)
        self.empty.setVisible(track is not None and not has_scheme)
        self.table.setVisible(has_scheme)
        self.model.set_grid(grid if has_scheme else None)
        if has_scheme:
            self.table.resizeColumnsToContents()
            for column in (ENTRY_COLUMN, ORG_COLUMN):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._show_progress(grid)

    def _show_progress(self, grid: Grid | None) -> None:
        if grid is None or not grid.aspects:
            self.progress.setText("")
            return
        parts = [
            self.tr("Marked: %1 · to mark: %2")
            .replace("%1", str(grid.marked))
            .replace("%2", str(grid.to_mark)),
            self.tr("Judges more than 1 apart: %1").replace("%1", str(grid.flagged)),
        ]
        warnings = [
            text.translate("Marking", p.message).format(**p.params) for p in grid.problems if p.warning
        ]
        if grid.confirmed:  # said before a judge types a mark the lock refuses
            parts.insert(0, self.tr("Results confirmed: the marks are locked (Unlock… on the Results page)"))
        self.progress.setText(" · ".join(parts + warnings))

    # --- writing ---------------------------------------------------------------------------------

    def set_status(self, message: str, *, error: bool = False) -> None:
        self.status.setText(text.directed(message))
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def measured_by_judge_one(self, code: str) -> None:
        self.set_status(
            self.tr("%1 is a measurement: judge 1 gives its one mark.").replace("%1", code), error=True
        )

    def reverted(self) -> None:
        self.set_status(self.tr("The cell was left as it was."))

    def save_cell(self, index: QModelIndex | QPersistentModelIndex, typed: str) -> bool:
        """Write the typed mark of the cell *index* (an empty text clears it): one undoable step."""
        grid = self.model.grid
        aspect = self.model.aspect_at(index.column())
        db = self._db()
        if grid is None or aspect is None or aspect.id is None or db is None:
            return False
        reason = self.model.refusal(index, typed)
        if reason:
            self.set_status(reason, error=True)
            return False
        row = grid.rows[index.row()]
        value = parse_mark(typed) if typed.strip() else None
        before = row.marks.get(aspect.id)
        if value == before or (value is not None and before is not None and value.compare(before) == 0):
            return True
        cell = (row.id, aspect.id, grid.judge)
        session = db.session()
        try:
            with session, session.begin():
                done = marking.set_mark(session, *cell, value)
        except DomainError as exc:
            self.set_status(text.error_text(exc), error=True)
            return False
        name = text.isolated(row.name)
        label = self.tr("Mark %1 of %2").replace("%1", aspect.code).replace("%2", name)
        command = MarkCommand(self._database, cell, before, done.after, self._written, self._failed, label)
        self.undo_stack.push(command)
        self.set_status(
            self.tr("Saved %1: %2")
            .replace("%1", text.isolated(f"{aspect.code} · {name}"))  # one unit in an Urdu sentence too
            .replace("%2", _number(done.after) or "—")
        )
        self._written(changes.take(session) or Changes.of(*MARK_TABLES))
        return True

    def _written(self, what: Changes) -> None:
        self._changed(what)
        self._load()  # the same cells: the current cell stays

    def _failed(self, exc: DomainError) -> None:
        self.set_status(text.error_text(exc), error=True)

    def markable_columns(self) -> list[int]:
        """The grid's columns the chosen judge types into: every aspect for judge 1, the judgement
        aspects for judges 2 and 3 (a measurement has judge 1's one mark)."""
        grid = self.model.grid
        columns = range(FIRST_ASPECT, self.model.mark_column)
        if grid is None:
            return list(columns)
        mine = [c for c in columns if (a := self.model.aspect_at(c)) and grid.judge in _judges(a.kind)]
        return mine or list(columns)

    def move_from(self, index: QModelIndex | QPersistentModelIndex, where: str) -> bool:
        """Make the next cell current: down (Enter), right (Tab: on to the next row's first aspect
        after the last), left (Shift+Tab). Tab and Shift+Tab step over the aspects the judge does not
        mark, so judge 2's Tab after the last judgement goes to the next row's first judgement.
        False when there is no cell further that way (the last cell, for Tab)."""
        rows = self.model.rowCount()
        columns = self.markable_columns()
        row, column = index.row(), index.column()
        if where == "down":
            row = min(row + 1, rows - 1)
        elif where == "right":
            after = [c for c in columns if c > column]
            if after:
                column = after[0]
            elif row + 1 < rows:
                column, row = columns[0], row + 1
        else:
            before = [c for c in columns if c < column]
            if before:
                column = before[-1]
            elif row > 0:
                column, row = columns[-1], row - 1
        moved = (row, column) != (index.row(), index.column())
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()
        return moved

    # --- the scheme ------------------------------------------------------------------------------

    def edit_scheme(self) -> None:
        from tvet_alliance.ui.dialogs.scheme import SchemeDialog

        track = self.track.currentData()
        if track is None:
            return
        dialog = SchemeDialog(self._database, track, self)
        if dialog.exec():
            self._written(Changes.of("marking_aspect", "entry"))
            if self.table.isVisible():
                self.table.setFocus()  # on to marking
