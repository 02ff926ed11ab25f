"""The window shell: a sidebar of the registered pages, the page stack, the menus the controllers'
actions make up, the status bar and the window's geometry.

Pages (``ui.pages``) register with the tables they show; the actions live in controllers by subject
(``ui.actions``). Whatever an action changed comes back to :meth:`MainWindow.changed`, which refreshes
the visible page at once when it shows one of the changed tables and marks the other such pages stale:
they read the database again when next shown. A page's widget is built when it is first shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance import APP_NAME, __version__, i18n
from tvet_alliance.domain.changes import EVERYTHING, EVERYTHING_TABLE, Changes
from tvet_alliance.persistence import Database
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.certificates import CertificateActions
from tvet_alliance.ui.actions.data import DataActions
from tvet_alliance.ui.actions.database import DatabaseActions
from tvet_alliance.ui.actions.printing import PrintingActions
from tvet_alliance.ui.actions.sync import SyncActions
from tvet_alliance.ui.editing import Editing
from tvet_alliance.ui.pages import ListPage, Page, PageContext, PageSpec, default_pages
from tvet_alliance.ui.settings import AppSettings
from tvet_alliance.ui.workers import Progress, Task, run_task

if TYPE_CHECKING:
    from tvet_alliance.ui.views.records import RecordSection


@dataclass(frozen=True)
class Place:
    """Where the person is on the page shown (``MainWindow.place``): the ids selected in each list
    (by the list's key), the detail tab shown, the list whose table (or search box) has the focus,
    and what is typed in each list's search box."""

    selected: Mapping[str, tuple[uuid.UUID, ...]] = field(default_factory=dict)
    tab: int | None = None
    focused: str | None = None
    in_search: bool = False
    searches: Mapping[str, str] = field(default_factory=dict)


class MainWindow(QMainWindow):
    #: Emitted when a database was opened (or switched to) and every page shows it.
    databaseChanged = Signal()
    #: Emitted after long work (sample data, restore, backup) finished, with a message for the status bar.
    workFinished = Signal(str)
    #: Emitted when long work failed, with the message shown to the person.
    workFailed = Signal(str)
    #: Emitted with a page's key each time that page read the database again.
    pageRefreshed = Signal(str)

    def __init__(
        self,
        db: Database | None,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        pages: Sequence[PageSpec] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.db: Database | None = None
        self._task: Task | None = None
        self.setAcceptDrops(True)

        self.editing = Editing(self.database, self)
        self.editing.recordsChanged.connect(self.changed)
        self.specs: list[PageSpec] = list(pages if pages is not None else default_pages())
        self._built: dict[str, QWidget] = {}
        #: Set by the program's start-up: shows the window in another language at once (View →
        #: Language); returns False when it cannot now (work running).
        self.relanguage: Callable[[str], bool] | None = None
        #: Pages whose data may be out of date: read again when next shown. Unbuilt pages count as
        #: stale, so they are filled when first shown.
        self._stale: set[str] = {spec.key for spec in self.specs}

        self.database_actions = DatabaseActions(self)
        self.data_actions = DataActions(self)
        self.sync_actions = SyncActions(self)
        self.printing_actions = PrintingActions(self)
        self.certificate_actions = CertificateActions(self)
        self.banner = self.sync_actions.banner
        self.new_partner_action = QAction(self.tr("Add a &partner…"), self)
        self.new_partner_action.triggered.connect(self.add_partner)
        self._context = PageContext(
            self.database,
            self.editing,
            settings,
            {
                "sample": self.database_actions.sample_action,
                "import": self.data_actions.import_action,
                "import_attendance": self.data_actions.import_attendance_action,
                "new_partner": self.new_partner_action,
            },
        )

        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for spec in self.specs:
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
            item = QListWidgetItem(QIcon(spec.icon), spec.translated_title, self.sidebar)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
        self.sidebar.currentRowChanged.connect(self._show_area)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.db_label = QLabel()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self._restore_geometry()
        self.set_database(db)
        self.sidebar.setCurrentRow(min(max(settings.current_area, 0), len(self.specs) - 1))

    # --- the open database --------------------------------------------------------------------

    def database(self) -> Database | None:
        return self.db

    def host(self) -> QMainWindow:
        return self

    def set_database(self, db: Database | None) -> None:
        """Show *db* in every page (closing the previous one) and remember it."""
        old, self.db = self.db, db
        if old is not None and old is not db:
            old.close()
            self.editing.undo_stack.clear()  # undo steps belong to the database they changed
        self.database_actions.database_set(db)
        self.new_partner_action.setEnabled(db is not None)
        self._update_title()
        self.changed(EVERYTHING)
        self.data_actions.database_set(db)
        self.printing_actions.database_set(db)
        self.certificate_actions.database_set(db)
        self.databaseChanged.emit()

    def open_database(self, target: str, *, create: bool = False) -> bool:
        return self.database_actions.open_database(target, create=create)

    # --- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        db, data, sync = self.database_actions, self.data_actions, self.sync_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        groups: list[list[QAction | Any]] = [
            [db.new_action, db.open_action, db.recent_menu],
            [db.backup_action, db.restore_action],
            [data.import_action, data.import_attendance_action, data.revert_import_action],
            [data.export_action, data.export_all_action, data.load_export_action],
            [sync.menu],
            # Printing: badges and lists (result sheets add theirs to the same menu), certificates.
            [self.printing_actions.menu, self.certificate_actions.certificates_action],
            [db.sample_action],
            [db.quit_action],
        ]
        for index, group in enumerate(groups):
            if index:
                file_menu.addSeparator()
            for entry in group:
                if isinstance(entry, QAction):
                    file_menu.addAction(entry)
                else:
                    file_menu.addMenu(entry)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.editing.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Their text names the step ("Undo Edit ITMC"); Help → Keyboard shortcuts shows this instead.
        self.undo_action.setWhatsThis(self.tr("Undo the last change"))
        self.redo_action.setWhatsThis(self.tr("Redo the change undone last"))
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.new_record_action = self._action(
            self.tr("&New record…"), self._on_section("new_record"), "Ctrl+N"
        )
        self.edit_record_action = self._action(
            self.tr("&Edit record…"), self._on_section("edit_selected"), "F2"
        )
        self.delete_record_action = self._action(
            self.tr("&Delete record"), self._on_section("delete_selected"), QKeySequence.StandardKey.Delete
        )
        self.restore_record_action = self._action(
            self.tr("Re&store record"), self._on_section("restore_selected")
        )
        self.history_action = self._action(
            self.tr("&History of record"), self._on_section("history_of_selected"), "Ctrl+H"
        )
        self.find_action = self._action(
            self.tr("&Find"), self._on_section("focus_search"), QKeySequence.StandardKey.Find
        )
        for action in (
            self.new_record_action,
            self.edit_record_action,
            self.delete_record_action,
            self.restore_record_action,
            self.history_action,
        ):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.area_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = self._action(
                spec.translated_title,
                lambda checked=False, i=index: self.sidebar.setCurrentRow(i),
                f"Ctrl+{index + 1}" if index < 9 else None,
            )
            view_menu.addAction(action)
            self.area_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = self._action(
            self.tr("Re&fresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addMenu(self._language_menu())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.certificate_actions.verify_action)
        help_menu.addAction(self._action(self.tr("&About"), self.about))

    def _action(
        self, label: str, slot: Callable[..., object], shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _language_menu(self) -> QMenu:
        """View → Language: English / 简体中文 / اردو, each named in its own language."""
        menu = QMenu(self.tr("&Language"), self)
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        current = text.current_language()
        self.language_actions: dict[str, QAction] = {}
        for code, label in text.LANGUAGES:
            action = QAction(label, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda checked=False, c=code: self.choose_language(c))
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def choose_language(self, code: str) -> None:
        """Remember the language and show the window in it: at once where the program's start-up
        wired :attr:`relanguage` (the window is made again), else from the next start."""
        before = text.current_language()
        self.settings.language = code
        self.settings.sync()
        if code == before:
            return
        relanguage = self.relanguage
        if relanguage is not None:
            # Leave the menu's slot first: the new window replaces this one.
            def apply() -> None:
                if not relanguage(code):
                    self._restart_to_apply(code)

            QTimer.singleShot(0, apply)
            return
        self._restart_to_apply(code)

    def _restart_to_apply(self, code: str) -> None:
        source = "The program will be in %1 when you next start it. Close it and start it again."
        message = self.tr("The program will be in %1 when you next start it. Close it and start it again.")
        label = dict(text.LANGUAGES)[code]
        lines = [message.replace("%1", label)]
        own = i18n.translation(code, "MainWindow", source)
        if own and own != message:
            lines.append(own.replace("%1", label))  # also in the chosen language
        QMessageBox.information(self, self.tr("Restart to apply"), "\n\n".join(lines))

    def hand_over_database(self) -> Database | None:
        """Give the open database to the window that replaces this one: closing this one then
        leaves it open."""
        db, self.db = self.db, None
        return db

    def show_shortcuts(self) -> QWidget:
        """Help → Keyboard shortcuts: every shortcut, read from the window's actions and shortcuts."""
        from tvet_alliance.ui.dialogs.shortcuts import ShortcutsDialog, window_shortcuts
        from tvet_alliance.ui.pages.checkin import CheckInPage
        from tvet_alliance.ui.views.marks import MarksTable
        from tvet_alliance.ui.views.records import RecordSection

        keys = (*RecordSection.HANDLED_KEYS, *MarksTable.HANDLED_KEYS, *CheckInPage.HANDLED_KEYS)
        dialog = ShortcutsDialog(window_shortcuts(self, keys), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<b>%1</b> %2<br>The register of the China–Pakistan digital-education alliance for TVET: "
                "partners, people, seminars, skills competitions and agreements."
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )

    # --- pages --------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page *key* as it would show now: built, and read again if it was stale."""
        index = self._index_of(key)
        widget = self._build(index)
        if key in self._stale:
            self._refresh_page(key)
        return widget

    def built_pages(self) -> list[QWidget]:
        return [self._built[spec.key] for spec in self.specs if spec.key in self._built]

    def is_built(self, key: str) -> bool:
        return key in self._built

    def is_stale(self, key: str) -> bool:
        return key in self._stale

    def current_page(self) -> QWidget | None:
        index = self.sidebar.currentRow()
        return self._built.get(self.specs[index].key) if 0 <= index < len(self.specs) else None

    def _index_of(self, key: str) -> int:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                return index
        raise KeyError(key)

    def _build(self, index: int) -> QWidget:
        spec = self.specs[index]
        if spec.key in self._built:
            return self._built[spec.key]
        widget = spec.build(self._context)
        if not isinstance(widget, Page):
            raise TypeError(f"page {spec.key!r} has no refresh()")
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[spec.key] = widget
        count_changed = getattr(widget, "countChanged", None)
        if count_changed is not None:
            count_changed.connect(self._update_status)
        if isinstance(widget, ListPage):
            for section in widget.sections():
                section.exportRequested.connect(lambda s=section: self.data_actions.open_export(s))
        return widget

    def _refresh_page(self, key: str) -> None:
        widget = self._built.get(key)
        if widget is None:
            return
        self._stale.discard(key)
        assert isinstance(widget, Page)
        widget.refresh()
        self.pageRefreshed.emit(key)

    def _show_area(self, index: int) -> None:
        if index < 0:
            return
        self._build(index)
        self.stack.setCurrentIndex(index)
        key = self.specs[index].key
        if key in self._stale:
            self._refresh_page(key)
        self.settings.current_area = index
        self._update_status()
        self.data_actions.update_export_action()

    # --- what changed -------------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        """Refresh what shows what *changes* names: the visible page now, the others when next shown,
        the offline-sync banner and counts, the status bar."""
        if not changes:
            return
        everything = EVERYTHING_TABLE in changes.tables
        for spec in self.specs:
            if everything or changes.touches(spec.tables):
                self._stale.add(spec.key)
        index = self.sidebar.currentRow()
        if 0 <= index < len(self.specs) and self.specs[index].key in self._stale:
            self._refresh_page(self.specs[index].key)
        self.sync_actions.changed(changes)
        self._update_status()

    def refresh_all(self) -> None:
        """View → Refresh: read everything again."""
        self.changed(EVERYTHING)

    def add_partner(self) -> None:
        """Home's first step on an empty database: the Partners list, and a new partner's form."""
        self.sidebar.setCurrentRow(self._index_of("partners"))
        section = self.current_section()
        if section is not None:
            section.new_record()

    # --- the place the person is at (kept when the window is made again in another language) ----

    def place(self) -> Place:
        """The records selected in each list of the page shown, the detail tab shown and the list
        (or its search box) that has the focus."""
        page = self.current_page()
        if not isinstance(page, ListPage):
            return Place()
        selected = {section.spec.key: tuple(section.selected_ids()) for section in page.sections()}
        searches = {
            section.spec.key: section.search.text() for section in page.sections() if section.search.text()
        }
        tabs = getattr(page, "tabs", None)
        tab = tabs.currentIndex() if isinstance(tabs, QTabWidget) else None
        focused = QApplication.focusWidget()
        for section in page.sections():
            if focused is not None and focused in (section.table, section.search):
                return Place(selected, tab, section.spec.key, focused is section.search, searches)
        return Place(selected, tab, searches=searches)

    def restore_place(self, place: Place) -> None:
        """Go back to *place* on the page shown (the window is on screen: the focus can be given)."""
        page = self.current_page()
        if not isinstance(page, ListPage):
            return
        tabs = getattr(page, "tabs", None)
        if place.tab is not None and isinstance(tabs, QTabWidget):
            tabs.setCurrentIndex(place.tab)
        for section in page.sections():  # the master first: it chooses what its details show
            typed = place.searches.get(section.spec.key)
            if typed:
                section.search_now(typed)
            ids = place.selected.get(section.spec.key)
            if ids:
                section.select_ids(ids)
            if section.spec.key == place.focused:
                if isinstance(tabs, QTabWidget) and tabs.indexOf(section) >= 0:
                    tabs.setCurrentWidget(section)
                (section.search if place.in_search else section.table).setFocus()

    # --- the Edit menu works on the focused list ------------------------------------------------

    def current_section(self) -> RecordSection | None:
        page = self.current_page()
        return page.active_section() if isinstance(page, ListPage) else None

    def _on_section(self, method: str) -> Callable[[], None]:
        def run() -> None:
            section = self.current_section()
            if section is not None:
                getattr(section, method)()

        return run

    # --- long work ----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
        cancelled_message: str | None = None,
    ) -> bool:
        """Run *work* in the background (one piece of long work at a time); False if busy."""
        if self._task is not None:
            return False

        def succeeded(result: object) -> None:
            self._task = None
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._task = None
            on_failure(exc)

        def cancelled() -> None:
            self._task = None
            message = cancelled_message or self.tr("Cancelled; nothing was changed.")
            self.show_message(message)
            self.workFailed.emit(message)

        self._task = run_task(
            self,
            label,
            work,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
            cancellable=cancellable,
        )
        return True

    def show_message(self, message: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout)

    def finished(self, message: str, timeout: int = 8000) -> None:
        self.show_message(message, timeout)
        self.workFinished.emit(message)

    def failed(self, message: str, title: str | None = None) -> None:
        QMessageBox.warning(self, title or APP_NAME, message)
        self.workFailed.emit(message)

    def note_failure(self, message: str) -> None:
        self.workFailed.emit(message)

    # --- the window ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.data_actions.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.data_actions.dropped(event)

    def _update_status(self, *args: object) -> None:
        page = self.current_page()
        self.count_label.setText(page.count_text() if isinstance(page, ListPage) else "")
        self.db_label.setText(self.db.name if self.db is not None else self.tr("No database open"))

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle(APP_NAME)
        else:
            name = self.db.path.name if self.db.path is not None else self.db.name
            self.setWindowTitle(f"{name} — {APP_NAME}")
            self.setWindowFilePath(self.db.name)

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            # The first start: a roomy window, but never larger than the screen (the status bar,
            # which counts the focused list, stays in sight on a 1024×700 screen).
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            width, height = 1200, 760
            if screen is not None and screen.width() > 0 and screen.height() > 0:
                width, height = min(width, screen.width()), min(height, screen.height() - 40)
            self.resize(width, height)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            QMessageBox.information(
                self, APP_NAME, self.tr("Please wait until the current work has finished.")
            )
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
