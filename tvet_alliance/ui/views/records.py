"""Pages that show and edit the records of one area.

A :class:`RecordSection` is one table with its tool bar: a search box that filters as you type, a
filter per column that people filter by, "Show deleted", and New / Edit / Delete / Restore / History.
:class:`RecordsPage` holds one section; :class:`MasterDetailPage` holds a master section (events,
competitions) and, in tabs below it, sections with the records of the selected one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

import pycountry
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain import codes
from tvet_alliance.domain.enums import ParticipationStatus
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting, records
from tvet_alliance.services.listing import ListSpec
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs.fields import RefPicker, country_items
from tvet_alliance.ui.editing import Editing
from tvet_alliance.ui.models.direction import keep_to_leading_side, use_script_direction
from tvet_alliance.ui.models.direction import select_row as select_table_row
from tvet_alliance.ui.models.record_table import DeletedRole, RecordTableModel

DatabaseGetter = Callable[[], Database | None]

SEARCH_DELAY_MS = 150

#: The keys a search box keeps for its own text even where a window action has the same shortcut
#: (Delete deletes a character there, not the selected record).
_TEXT_KEYS = (
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


class WindowShortcutsFirst(QObject):
    """Lets a search box leave the window's shortcuts to the window.

    A line edit claims many key combinations for itself (Ctrl+Z undoes its text, Ctrl+E moves to
    the end of the line on Linux), so the window's Undo and Export never fired while the search box
    had the focus. Here the window's action wins whenever one has the key, except for the keys of
    :data:`_TEXT_KEYS`. Undo and Redo go to the window's undo stack when it has a step to undo (or
    redo) — a record change is what the person means; typing a search again is cheap — and undo the
    search text only when there is no record change to undo."""

    def __init__(self, search: QLineEdit, can: Callable[[str], bool]) -> None:
        super().__init__(search)
        self._search = search
        self._can = can  # "undo" / "redo" -> the window's stack can do it now
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._search and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if self._window_takes(event):
                event.ignore()  # not claimed: the shortcut map gives the key to the window's action
                return True
        return False

    def _window_takes(self, event: QKeyEvent) -> bool:
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if not event.modifiers() & commands:
            return False  # typed text and plain keys (Delete, arrows, Home, End) are the box's own
        if event.matches(QKeySequence.StandardKey.Undo):
            return self._can("undo")
        if event.matches(QKeySequence.StandardKey.Redo) or _pressed(event) == QKeySequence("Ctrl+Y"):
            return self._can("redo")
        if any(event.matches(key) for key in _TEXT_KEYS):
            return False
        pressed = _pressed(event)
        window = self._search.window()
        return any(
            action.isEnabled() and pressed in action.shortcuts()
            for action in window.findChildren(QAction)
            if action.shortcuts()
        )


def _pressed(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def make_table(model: RecordTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    use_script_direction(view)
    view.setSortingEnabled(True)
    view.sortByColumn(
        model.spec.index_of(model.spec.default_order or model.spec.columns[0].key),
        Qt.SortOrder.AscendingOrder,
    )
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    # Fit columns to the rows on screen, not to the first thousand: reading those costs a full second.
    header.setResizeContentsPrecision(50)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def fit_columns(view: QTableView, max_width: int = 300) -> None:
    """Size columns to what is visible now, capped so one long name does not push the rest away."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > max_width:
            header.resizeSection(section, max_width)


class FilterCombo(QComboBox):
    """A filter's choices. Closed, it names the filter with the value chosen ("Attends: Online"), so
    a row of filters reads as what they keep; the drop-down lists the bare values."""

    def __init__(self, label: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        # The whole "label: value" on hover, where the box is too narrow to show it.
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.shown_text()))

    def shown_text(self) -> str:
        """What the closed box shows: "%1: any" for no choice, else "label: value"."""
        if self.label is None or self.currentIndex() <= 0:
            return self.currentText()
        return self.tr("%1: %2").replace("%1", self.label).replace("%2", self.currentText())

    def paintEvent(self, event: Any) -> None:
        del event
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            self.shown_text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RecordSection(QWidget):
    """One table of records with its search, filters and editing actions."""

    #: The list's own keys: (key, the widget it works in, the method it runs, English text in the
    #: RecordSection context). The constructor binds them; Help → Keyboard shortcuts lists them.
    FIRST_MATCH_KEY = "Down"
    KEYS: tuple[tuple[str, str, str, str], ...] = (
        ("Return", "table", "edit_selected", QT_TRANSLATE_NOOP("RecordSection", "Open the selected record")),
        ("Enter", "table", "edit_selected", QT_TRANSLATE_NOOP("RecordSection", "Open the selected record")),
        (
            "Escape",
            "search",
            "_clear_search",
            QT_TRANSLATE_NOOP("RecordSection", "In the search box: clear the search"),
        ),
        (
            FIRST_MATCH_KEY,
            "search",
            "_first_match",  # in eventFilter: a QShortcut on Down would take it from the completer
            QT_TRANSLATE_NOOP("RecordSection", "From the search box: select the first match"),
        ),
    )
    HANDLED_KEYS: tuple[tuple[str, str, str], ...] = tuple(
        (key, "RecordSection", what) for key, _widget, _slot, what in KEYS
    )

    countChanged = Signal()
    selectionChanged = Signal()
    # The person asked to export this list (its Export… button); the main window opens the dialog.
    exportRequested = Signal()

    def __init__(
        self,
        spec: ListSpec,
        database: DatabaseGetter,
        editing: Editing | None,
        parent: QWidget | None = None,
        *,
        parent_field: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.type_key = spec.record
        self.setObjectName(f"section_{spec.key}")
        self._database = database
        self.editing = editing
        self.parent_field = parent_field
        self.model = RecordTableModel(spec, database, self)
        self.table = make_table(self.model, f"table_{spec.key}")
        self._fitted = False

        self.search = QLineEdit()
        self.search.setObjectName(f"search_{spec.key}")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, e-mail, phone… (Ctrl+F)"))
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_table)
        self.search.installEventFilter(self)  # Down: to the first match
        self._shortcuts_first = WindowShortcutsFirst(self.search, self._can_undo)

        self.filters: dict[str, QWidget] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 2)
        for flt in spec.filters:
            widget = self._make_filter(flt)
            widget.setObjectName(f"filter_{spec.key}_{flt.key}")
            widget.setToolTip(text.translate("Fields", flt.label))
            self.filters[flt.key] = widget
            bar.addWidget(widget, 1)
        self.show_deleted = QCheckBox(self.tr("Show deleted"))
        self.show_deleted.setObjectName(f"deleted_{spec.key}")
        self.show_deleted.toggled.connect(self.model.set_include_deleted)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.new_button = self._button(self.tr("New…"), self.new_record, "new")
        self.edit_button = self._button(self.tr("Edit…"), self.edit_selected, "edit")
        self.delete_button = self._button(self.tr("Delete"), self.delete_selected, "delete")
        self.restore_button = self._button(self.tr("Restore"), self.restore_selected, "restore")
        self.history_button = self._button(self.tr("History"), self.history_of_selected, "history")
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.restore_button,
            self.history_button,
        ):
            buttons.addWidget(b)
        self.mark_button: QToolButton | None = None
        if self.type_key == "delegate":
            self.mark_button = self._mark_menu()
            buttons.addWidget(self.mark_button)
        self.export_button: QToolButton | None = None
        if exporting.spec_for_list(spec.key) is not None:
            self.export_button = self._button(self.tr("Export…"), self.exportRequested.emit, "export")
            self.export_button.setToolTip(self.tr("Export this list to CSV or Excel (Ctrl+E)"))
            buttons.addWidget(self.export_button)
        # With the buttons, not the filters: a row of five filters and the box fits 1024 pixels in
        # every language only without it.
        buttons.addWidget(self.show_deleted)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"count_{spec.key}")
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        # Set the context after construction: the keyword is not applied by every PySide6 release, and
        # window-wide Return shortcuts in several sections would be ambiguous and never fire.
        for keys, target, slot, _what in self.KEYS:
            if keys == self.FIRST_MATCH_KEY:
                continue  # handled in eventFilter
            shortcut = QShortcut(QKeySequence(keys), getattr(self, target))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(getattr(self, slot))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.model.refreshed.connect(self._after_refresh)
        self.model.countChanged.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._update_buttons()

    # --- tool bar -----------------------------------------------------------------------------

    def _button(self, label: str, slot: Callable[[], object], name: str) -> QToolButton:
        button = QToolButton()
        button.setText(label)
        button.setObjectName(f"{name}_{self.spec.key}")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: slot())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _mark_menu(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("mark_delegates")
        button.setText(self.tr("Mark selected as"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for status in ParticipationStatus:
            action = menu.addAction(text.enum_label(status))
            action.setObjectName(f"mark_{status.value}")
            action.triggered.connect(lambda _c=False, s=status: self.mark_selected(s))
        menu.addSeparator()
        self.reissue_action = menu.addAction(self.tr("Re-issue ticket…"))
        self.reissue_action.setObjectName("reissue_ticket")
        self.reissue_action.triggered.connect(lambda _c=False: self.reissue_selected())
        # The same actions on the table's context menu (right click, the Menu key).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.reissue_action)
        button.setMenu(menu)
        button.setMinimumWidth(
            button.sizeHint().width() + button.fontMetrics().averageCharWidth() * 2
        )  # room for ▾
        return button

    def _make_filter(self, flt: Any) -> QWidget:
        label = text.translate("Fields", flt.label)
        if flt.kind == ValueKind.REF and flt.ref == "partner":
            picker = RefPicker("partner", self._database)
            picker.setPlaceholderText(label)
            picker.setMinimumWidth(120)
            # What is typed filters at once (partners whose names contain it, in any script); a
            # partner picked from the suggestions filters by that one partner.
            typed = QTimer(picker)
            typed.setSingleShot(True)
            typed.setInterval(SEARCH_DELAY_MS)
            typed.timeout.connect(
                lambda key=flt.key, p=picker: self.model.set_filter(key, p.text().strip() or None)
            )
            picker.textEdited.connect(lambda _t, t=typed: t.start())
            picker.picked.connect(
                lambda value, key=flt.key, p=picker: self.model.set_filter(
                    key, value or p.text().strip() or None
                )
            )
            picker.textChanged.connect(
                lambda t, key=flt.key: self.model.set_filter(key, None) if not t else None
            )
            return picker
        combo = FilterCombo(label if flt.kind != ValueKind.DATE else None)
        # Filters share the bar's width with the search box; long choices show in the drop-down.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7)
        combo.addItem(self.tr("%1: any").replace("%1", label) if flt.kind != ValueKind.DATE else label, None)
        if flt.kind == ValueKind.ENUM and flt.enum is not None:
            for member in flt.enum:
                combo.addItem(text.enum_label(member), member.value)
        elif flt.kind == ValueKind.COUNTRY:
            for code, name in country_items():
                combo.addItem(name, code)
        elif flt.kind == ValueKind.PROVINCE:
            for country in ("CN", "PK"):
                for sub in sorted(
                    pycountry.subdivisions.get(country_code=country) or [],
                    key=lambda s: text.province_name(s.code),
                ):
                    combo.addItem(f"{text.province_name(sub.code)} ({text.country_name(country)})", sub.code)
        elif flt.kind == ValueKind.BOOL and flt.key == "medal_check":
            combo.addItem(self.tr("Contradicts the rank"), True)
        elif flt.kind == ValueKind.DATE:
            for days in (30, 60, 90, 180, 365):
                combo.addItem(self.tr("Expiring within %1 days").replace("%1", str(days)), days)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, key=flt.key: self.model.set_filter(key, c.currentData())
        )
        return combo

    def refresh_filter_choices(self) -> None:
        """Filters whose choices depend on the selected parent (the tracks of a competition)."""
        for flt in self.spec.filters:
            widget = self.filters[flt.key]
            if flt.kind == ValueKind.REF and flt.ref == "track" and isinstance(widget, QComboBox):
                db = self._database()
                with QSignalBlocker(widget):
                    widget.clear()
                    widget.addItem(
                        self.tr("%1: any").replace("%1", text.translate("Fields", flt.label)), None
                    )
                    if db is not None and self.model.parent_id is not None:
                        with db.session() as session:
                            for choice in records.choices(
                                session, "track", competition_id=self.model.parent_id, limit=500
                            ):
                                widget.addItem(text.format_value(choice.label), choice.id)
                self.model.set_filter(flt.key, None)

    def _clear_search(self) -> None:
        self.search.clear()
        self.model.set_search("")

    def _focus_table(self) -> None:
        self.model.set_search(self.search.text())
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self._select_only(0)

    def _first_match(self) -> None:
        """Down from the search box: the first match selected, the list focused (Enter opens it)."""
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self.table.setFocus()
        if self.model.rowCount():
            self._select_only(0)

    def _can_undo(self, which: str) -> bool:
        if self.editing is None:
            return False
        stack = self.editing.undo_stack
        return stack.canUndo() if which == "undo" else stack.canRedo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.key()) == QKeySequence(self.FIRST_MATCH_KEY)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            self._first_match()
            return True
        return super().eventFilter(watched, event)

    def search_now(self, text: str) -> None:
        """Show *text* in the search box and the list filtered by it at once (not after the typing
        pause): a window made again in another language takes over what was typed."""
        self.search.setText(text)
        self._search_timer.stop()
        self.model.set_search(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- state --------------------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.id_at(row) for row in rows]

    def _selected_deleted(self) -> list[bool]:
        return [
            bool(self.model.data(self.model.index(index.row(), 0), DeletedRole))
            for index in self.table.selectionModel().selectedRows()
        ]

    def select_id(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(record_id)
        if row < 0 and self.model.canFetchMore():
            self.model.fetch_all()
            row = self.model.row_of(record_id)
        if row >= 0:
            self._select_only(row)

    def select_ids(self, record_ids: Sequence[uuid.UUID]) -> None:
        """Select the records *record_ids* that the list shows, the first one current, scrolled to."""
        rows = [self.model.row_of(record_id) for record_id in record_ids]
        if any(row < 0 for row in rows) and self.model.canFetchMore():
            self.model.fetch_all()
            rows = [self.model.row_of(record_id) for record_id in record_ids]
        rows = [row for row in rows if row >= 0]
        if not rows:
            return
        self._select_only(rows[0])
        selection = self.table.selectionModel()
        for row in rows[1:]:
            selection.select(
                self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            )

    def _select_only(self, row: int) -> None:
        """Select *row* alone and make it current, scrolled to. Not ``selectRow``: that adds to the
        selection while Ctrl is held (as it is right after Ctrl+S), so saved records piled up."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _saved(self, record_id: uuid.UUID) -> None:
        """A form of this list saved *record_id*: it alone is selected, and the focus is back on the
        list (not on the search box), where the window's shortcuts work on it. A search that
        hides it is cleared: else the saved record was nowhere to be seen and the one still
        selected (another person) was what Delete or F2 went to next."""
        if self.model.row_of(record_id) < 0 and self.search.text():
            self.search.clear()
            self._search_timer.stop()
            self.model.set_search("")
        self.select_id(record_id)
        self.table.setFocus()

    def count_text(self) -> str:
        shown, total = self.model.matched, self.model.total
        if self.model.counting:  # the rows are on screen; how many match in all is still being counted
            return self.tr("%1+ of %2 shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        if self.model.is_filtered:
            return self.tr("%1 of %2 shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        return self.tr("%1 shown").replace("%1", f"{shown:,}")

    def refresh(self) -> None:
        """Read the rows again, keeping the selected records selected and the current one current
        (a reset model forgets it: the next Down then went to the top row while another one still
        looked selected, and Delete deleted that one)."""
        keep = self.selected_ids()
        current = self.table.selectionModel().currentIndex()
        current_id = self.model.id_at(current.row()) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        self.model.refresh()
        selection = self.table.selectionModel()
        for record_id in keep:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        row = self.model.row_of(current_id) if current_id is not None else -1
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, column), selection.SelectionFlag.NoUpdate)

    def _show_count(self) -> None:
        self.count_label.setText(self.count_text())
        self.countChanged.emit()

    def _after_refresh(self) -> None:
        self.count_label.setText(self.count_text())
        if self.model.rowCount() and not self._fitted:
            # Once, when there is first something to fit; after that the widths people set stay.
            fit_columns(self.table)
            self._fitted = True
        self._update_buttons()
        self.countChanged.emit()

    def _on_selection(self, *_args: object) -> None:
        self._update_buttons()
        self.selectionChanged.emit()

    def _update_buttons(self) -> None:
        deleted = self._selected_deleted()
        can_edit = self.editing is not None and self._database() is not None
        parent_ok = self.parent_field is None or self.model.parent_id is not None
        self.new_button.setEnabled(can_edit and parent_ok)
        self.edit_button.setEnabled(can_edit and len(deleted) == 1 and not deleted[0])
        self.delete_button.setEnabled(can_edit and any(not d for d in deleted))
        self.restore_button.setEnabled(can_edit and any(deleted))
        self.history_button.setEnabled(len(deleted) == 1)
        if self.mark_button is not None:
            self.mark_button.setEnabled(can_edit and any(not d for d in deleted))
            self.reissue_action.setEnabled(can_edit and deleted == [False])
        if self.export_button is not None:
            self.export_button.setEnabled(self._database() is not None and parent_ok)

    # --- actions ------------------------------------------------------------------------------

    def _form_options(self) -> dict[str, Any]:
        """What the parent fixes in this section's forms (the event of its delegates, ...)."""
        parent = self.model.parent_id
        if self.type_key == "delegate" and parent is not None:
            return {"preset": {"event_id": parent}, "hidden": frozenset({"event_id"})}
        if self.type_key == "track" and parent is not None:
            return {"preset": {"competition_id": parent}, "hidden": frozenset({"competition_id"})}
        if self.type_key == "entry" and parent is not None:
            return {"scopes": {"track_id": {"competition_id": parent}}}
        return {}

    def new_record(self) -> uuid.UUID | None:
        if self.editing is None or not self.new_button.isEnabled():
            return None
        record_id = self.editing.new_record(self.type_key, saved=self._saved, **self._form_options())
        if record_id is not None:
            self._saved(record_id)
        return record_id

    def edit_selected(self) -> bool:
        ids = self.selected_ids()
        if self.editing is None or len(ids) != 1 or not self.edit_button.isEnabled():
            return False
        # The preset is the context of the fresh form Save and new opens (the same event, ...).
        saved = self.editing.edit_record(self.type_key, ids[0], saved=self._saved, **self._form_options())
        self.table.setFocus()
        return saved

    def delete_selected(self) -> bool:
        ids = [i for i, d in zip(self.selected_ids(), self._selected_deleted(), strict=True) if not d]
        return self.editing is not None and self.editing.delete_records(self.type_key, ids)

    def restore_selected(self) -> bool:
        ids = [i for i, d in zip(self.selected_ids(), self._selected_deleted(), strict=True) if d]
        return self.editing is not None and self.editing.restore_records(self.type_key, ids)

    def mark_selected(self, status: ParticipationStatus) -> bool:
        ids = [i for i, d in zip(self.selected_ids(), self._selected_deleted(), strict=True) if not d]
        return self.editing is not None and self.editing.bulk_set(self.type_key, ids, "status", status)

    def reissue_selected(self) -> bool:
        """A new ticket code for the one selected delegate (asks first, naming them)."""
        ids = [i for i, d in zip(self.selected_ids(), self._selected_deleted(), strict=True) if not d]
        if self.editing is None or len(ids) != 1:
            return False
        code = self.editing.reissue_ticket(ids[0])
        window = self.window()
        if code is not None and isinstance(window, QMainWindow):  # the code to write on the new badge
            message = self.tr("New ticket code: %1. Print the badge again (File → Print → Reprint badge).")
            window.statusBar().showMessage(message.replace("%1", codes.grouped(code)), 15000)
        return code is not None

    def history_of_selected(self) -> Any:
        ids = self.selected_ids()
        if self.editing is None or len(ids) != 1:
            return None
        return self.editing.show_history(self.type_key, ids[0])


class RecordsPage(QWidget):
    """One area's records in one section."""

    countChanged = Signal()

    def __init__(
        self,
        spec: ListSpec,
        database: DatabaseGetter,
        editing: Editing | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        self.section = RecordSection(spec, database, editing, self)
        self.model = self.section.model
        self.table = self.section.table
        title = QLabel(text.translate("Areas", spec.title))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(self.section)
        self.section.countChanged.connect(self.countChanged)

    def active_section(self) -> RecordSection:
        return self.section

    def sections(self) -> list[RecordSection]:
        return [self.section]

    def count_text(self) -> str:
        return self.section.count_text()

    def refresh(self) -> None:
        self.section.refresh()


class MasterDetailPage(QWidget):
    """A master table (events, competitions) and, below it, the records of the selected one."""

    countChanged = Signal()

    def __init__(
        self,
        spec: ListSpec,
        details: Sequence[ListSpec],
        database: DatabaseGetter,
        editing: Editing | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        self.master = RecordSection(spec, database, editing, self)
        self.model = self.master.model
        self.table = self.master.table
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.details: dict[str, RecordSection] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for detail in details:
            section = RecordSection(detail, database, editing, self, parent_field=detail.key)
            self.details[detail.key] = section
            self.tabs.addTab(section, text.translate("Areas", detail.title))
            section.countChanged.connect(self._update_tab_titles)
            section.countChanged.connect(self.countChanged)  # the status bar counts the focused list
        self.detail_models = {key: s.model for key, s in self.details.items()}
        self.detail_tables = {key: s.table for key, s in self.details.items()}
        title = QLabel(text.translate("Areas", spec.title))
        title.setObjectName("pageTitle")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        keep_to_leading_side(self.detail_title)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.master)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(splitter)
        self._active: RecordSection = self.master
        self.master.selectionChanged.connect(self._on_master_selection)
        self.master.countChanged.connect(self.countChanged)
        for section in self.sections():
            section.table.installEventFilter(self)
            section.search.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for section in self.sections():
                if watched in (section.table, section.search) and section is not self._active:
                    self._active = section
                    self.countChanged.emit()
        return super().eventFilter(watched, event)

    def sections(self) -> list[RecordSection]:
        return [self.master, *self.details.values()]

    def active_section(self) -> RecordSection:
        return self._active

    def count_text(self) -> str:
        """The count of the list that has the focus (the delegates, once they are focused), named."""
        section = self._active
        return (
            self.tr("%1: %2")
            .replace("%1", text.translate("Areas", section.spec.title))
            .replace("%2", section.count_text())
        )

    def selected_id(self) -> uuid.UUID | None:
        ids = self.master.selected_ids()
        return ids[0] if ids else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            select_table_row(self.table, row)

    def refresh(self) -> None:
        keep = self.selected_id()
        self.model.refresh()
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        if self.model.rowCount() == 0:
            self._show_details(None)
        else:
            for section in self.details.values():
                section.refresh()

    def _on_master_selection(self) -> None:
        self._show_details(self.selected_id())

    def _show_details(self, master_id: uuid.UUID | None) -> None:
        if master_id is None:
            self.detail_title.setText("")
        else:
            record = self.model.record(self.model.row_of(master_id))
            self.detail_title.setText(str(record.get("name", "")))
        for section in self.details.values():
            if section.model.parent_id != master_id:
                section.model.set_parent_id(master_id)
                section.refresh_filter_choices()
            section._update_buttons()

    def _update_tab_titles(self) -> None:
        for index, section in enumerate(self.details.values()):
            self.tabs.setTabText(
                index, f"{text.translate('Areas', section.spec.title)} ({section.model.rowCount()})"
            )
