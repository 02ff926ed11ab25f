"""The main window: a sidebar of areas, one page per area, the File menu and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance import APP_NAME, __version__
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database, DatabaseOpenError
from tvet_alliance.services import exporting, listing, maintenance, sample, stats, sync
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.export_dialog import (
    ExportDialog,
    exportable,
    exported_message,
)
from tvet_alliance.ui.dialogs.import_wizard import FILE_SUFFIXES, ImportWizard, RevertImportDialog
from tvet_alliance.ui.dialogs.sync_dialogs import (
    DB_FILTER,
    PACKAGE_SUFFIX,
    CopyChoice,
    MergeReportDialog,
    ReplicaBanner,
    TakeCopyDialog,
    copy_written_message,
    merged_message,
    package_filter,
    package_written_message,
    with_suffix,
)
from tvet_alliance.ui.dialogs.sync_review import ConflictDialog, DuplicateDialog
from tvet_alliance.ui.editing import Editing
from tvet_alliance.ui.settings import AppSettings
from tvet_alliance.ui.views.home import HomePage
from tvet_alliance.ui.views.records import MasterDetailPage, RecordSection, RecordsPage
from tvet_alliance.ui.workers import Progress, Task, Work, run_task

AREAS = (
    ("home", "icons:home.svg"),
    ("partners", "icons:partners.svg"),
    ("people", "icons:people.svg"),
    ("events", "icons:events.svg"),
    ("competitions", "icons:competitions.svg"),
    ("agreements", "icons:agreements.svg"),
)


class MainWindow(QMainWindow):
    #: Emitted when a database was opened (or switched to) and every page shows it.
    databaseChanged = Signal()
    #: Emitted after long work (sample data, restore, backup) finished, with a message for the status bar.
    workFinished = Signal(str)
    #: Emitted when long work failed, with the message shown to the person.
    workFailed = Signal(str)

    def __init__(self, db: Database | None, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.db: Database | None = None
        self._task: Task | None = None
        self.import_wizard: ImportWizard | None = None
        self.revert_dialog: RevertImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.take_copy_dialog: TakeCopyDialog | None = None
        self.merge_report_dialog: MergeReportDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        #: What the open offline copy knows about itself (None: an office database, or none open).
        self.replica: sync.ReplicaInfo | None = None
        self.setAcceptDrops(True)

        self.editing = Editing(self.database, self)
        self.editing.recordsChanged.connect(self._on_records_changed)
        self.home = HomePage(self.database)
        self.partners = RecordsPage(listing.PARTNERS, self.database, self.editing)
        self.people = RecordsPage(listing.PEOPLE, self.database, self.editing)
        self.events = MasterDetailPage(listing.EVENTS, [listing.DELEGATES], self.database, self.editing)
        self.competitions = MasterDetailPage(
            listing.COMPETITIONS, [listing.ENTRIES, listing.TRACKS], self.database, self.editing
        )
        self.agreements = RecordsPage(listing.AGREEMENTS, self.database, self.editing)
        self.pages: list[HomePage | RecordsPage | MasterDetailPage] = [
            self.home,
            self.partners,
            self.people,
            self.events,
            self.competitions,
            self.agreements,
        ]

        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for page, (_key, icon) in zip(self.pages, AREAS, strict=True):
            self.stack.addWidget(page)
            item = QListWidgetItem(QIcon(icon), page.title, self.sidebar)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
            if not isinstance(page, HomePage):
                page.countChanged.connect(self._update_status)
                for section in page.sections():
                    section.exportRequested.connect(lambda s=section: self.open_export(s))
        self.sidebar.currentRowChanged.connect(self._show_area)

        self.banner = ReplicaBanner()
        self.banner.packageRequested.connect(lambda: self.create_sync_package())
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
        self.sidebar.setCurrentRow(min(max(settings.current_area, 0), len(self.pages) - 1))

    # --- database -----------------------------------------------------------------------------

    def database(self) -> Database | None:
        return self.db

    def set_database(self, db: Database | None) -> None:
        """Show *db* in every page (closing the previous one) and remember it."""
        old, self.db = self.db, db
        if old is not None and old is not db:
            old.close()
            self.editing.undo_stack.clear()  # undo steps belong to the database they changed
        if db is not None:
            self.settings.add_recent(db.name)
            self.settings.last_database = db.name
            self.settings.sync()
        self._update_title()
        self._rebuild_recent_menu()
        self.refresh_all()
        for action in (self.backup_action, self.restore_action, self.sample_action):
            action.setEnabled(db is not None and (db.is_sqlite or action is self.sample_action))
        for action in (
            self.import_action,
            self.revert_import_action,
            self.export_all_action,
            self.load_export_action,
        ):
            action.setEnabled(db is not None)
        self._update_export_action()
        self.update_review_counts()
        self.databaseChanged.emit()

    def open_database(self, target: str, *, create: bool = False) -> bool:
        """Open *target* (a path or URL); on failure say why and keep the current database."""
        try:
            db = Database.open(target, create=create)
        except (DatabaseOpenError, DomainError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open database"), text.error_text(exc))
            if not create:
                self.settings.remove_recent(target)
                self._rebuild_recent_menu()
            return False
        self.set_database(db)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", db.name), 5000)
        QTimer.singleShot(0, self.offer_sample_if_empty)
        return True

    def offer_sample_if_empty(self) -> None:
        """On a new, empty database, offer once to load the sample data."""
        db = self.db
        if db is None or self._task is not None or self.settings.sample_offered(db.name):
            return
        if not self.home.figures.is_empty:
            return
        self.settings.mark_sample_offered(db.name)
        answer = QMessageBox.question(
            self,
            self.tr("Load sample data?"),
            self.tr(
                "This database is empty. Load the sample partners, seminar delegates, competition and "
                "agreements to try the program? You can delete them later."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_sample()

    # --- actions ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        self.open_action = self._action(
            self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.backup_action = self._action(self.tr("&Backup…"), self.backup, "Ctrl+Shift+B")
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore)
        self.sample_action = self._action(self.tr("Load &sample data"), self.load_sample)
        self.import_action = self._action(self.tr("&Import…"), self.open_import, "Ctrl+I")
        self.revert_import_action = self._action(self.tr("Re&vert an import…"), self.open_revert_import)
        self.export_action = self._action(self.tr("&Export…"), lambda: self.open_export(), "Ctrl+E")
        self.export_all_action = self._action(self.tr("Export e&verything (.zip)…"), self.export_everything)
        self.load_export_action = self._action(self.tr("&Load a full export…"), self.load_full_export)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.revert_import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_all_action)
        file_menu.addAction(self.load_export_action)
        file_menu.addSeparator()
        file_menu.addMenu(self._build_sync_menu())
        file_menu.addSeparator()
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.editing.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
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
        for index, page in enumerate(self.pages):
            action = self._action(
                page.title,
                lambda checked=False, i=index: self.sidebar.setCurrentRow(i),
                f"Ctrl+{index + 1}",
            )
            view_menu.addAction(action)
            self.area_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = self._action(
            self.tr("Re&fresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.about))

    def _build_sync_menu(self) -> QMenu:
        """File → Offline sync: what the office does (copies, merges, reviews) and what a laptop's
        copy does (packages, a fresh copy). Only the actions of the open database's kind are shown."""
        menu = QMenu(self.tr("Offline s&ync"), self)
        menu.setObjectName("syncMenu")
        self.sync_menu = menu
        self.take_copy_action = self._action(self.tr("&Take offline copy…"), self.take_offline_copy)
        self.take_copy_action.setStatusTip(
            self.tr("Write a copy of this database for a laptop at a seminar (all records or one event)")
        )
        self.merge_package_action = self._action(
            self.tr("&Merge sync package…"), lambda: self.merge_sync_package(), "Ctrl+Shift+M"
        )
        self.merge_package_action.setStatusTip(self.tr("Bring a laptop's changes into this database"))
        self.conflicts_action = self._action(self.tr("&Conflicts…"), self.open_conflicts)
        self.conflicts_action.setStatusTip(
            self.tr("Fields changed at the office and on a laptop: choose the value to keep")
        )
        self.duplicates_action = self._action(self.tr("Possible &duplicates…"), self.open_duplicates)
        self.duplicates_action.setStatusTip(
            self.tr("People and partners a laptop added that look like records already here")
        )
        self.create_package_action = self._action(
            self.tr("&Create sync package…"), lambda: self.create_sync_package(), "Ctrl+Shift+P"
        )
        self.create_package_action.setStatusTip(
            self.tr("Write the changes made on this copy since the last package, to merge at the office")
        )
        self.send_again_action = self._action(
            self.tr("Send &everything again…"), lambda: self.create_sync_package(everything=True)
        )
        self.send_again_action.setStatusTip(
            self.tr("A package with every change made on this copy (the office skips what it merged already)")
        )
        self.fresh_copy_action = self._action(
            self.tr("&Replace with a fresh copy…"), self.replace_with_fresh_copy
        )
        self.fresh_copy_action.setStatusTip(
            self.tr(
                "Open a newer copy taken at the office instead of this one (once this copy's changes are merged)"
            )
        )
        self.office_sync_actions = (
            self.take_copy_action,
            self.merge_package_action,
            self.conflicts_action,
            self.duplicates_action,
        )
        self.replica_sync_actions = (
            self.create_package_action,
            self.send_again_action,
            self.fresh_copy_action,
        )
        for action in self.office_sync_actions[:2]:
            menu.addAction(action)
        menu.addSeparator()
        for action in self.office_sync_actions[2:]:
            menu.addAction(action)
        for action in self.replica_sync_actions[:2]:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.fresh_copy_action)
        menu.aboutToShow.connect(self.update_review_counts)
        return menu

    def _action(
        self, label: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases()
        for name in recent:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda checked=False, n=name: self.open_database(n))
        self.recent_menu.setEnabled(bool(recent))

    def _start_dir(self) -> str:
        return (
            str(self.db.path.parent) if self.db is not None and self.db.path is not None else str(Path.home())
        )

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path(self._start_dir()) / "alliance.sqlite3"), DB_FILTER
        )
        if not path:
            return
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("%1 already exists. Use Open to work with it.").replace("%1", str(target)),
            )
            return
        self.open_database(str(target), create=True)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), self._start_dir(), DB_FILTER)
        if path:
            self.open_database(path)

    def _start(
        self,
        label: str,
        work: Work,
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
            self.statusBar().showMessage(message, 8000)
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

    def _finished(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.workFinished.emit(message)

    def _failed(self, message: str, title: str = APP_NAME) -> None:
        QMessageBox.warning(self, title, message)
        self.workFailed.emit(message)

    def _run(
        self,
        label: str,
        work: Work,
        done_message: Callable[[Any], str],
        *,
        cancellable: bool = True,
        describe: Callable[[BaseException], str] = text.error_text,
        cancelled_message: str | None = None,
    ) -> None:
        def on_success(result: object) -> None:
            self.refresh_all()
            self._finished(done_message(result))

        def on_failure(exc: BaseException) -> None:
            self.refresh_all()
            self._failed(describe(exc))

        self._start(
            label,
            work,
            on_success,
            on_failure,
            cancellable=cancellable,
            cancelled_message=cancelled_message,
        )

    def load_sample(self) -> None:
        db = self.db
        if db is None:
            return

        def work(progress: Progress) -> sample.SampleResult:
            with db.transaction() as session:
                return sample.load_sample(session, progress=progress)

        self._run(
            self.tr("Loading sample data…"),
            work,
            lambda result: self.tr("Sample data loaded: %1 records.").replace("%1", str(result.total)),
        )

    def backup(self) -> None:
        db = self.db
        if db is None or db.path is None:
            return
        suggested = db.path.with_name(f"{db.path.stem}-backup.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(suggested), DB_FILTER
        )
        if not path:
            return
        self._run(
            self.tr("Backing up…"),
            lambda progress: maintenance.backup(db, path, progress),
            lambda result: self.tr("Backed up to %1").replace("%1", str(result)),
            cancellable=False,
        )

    def restore(self) -> None:
        db = self.db
        if db is None or db.path is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), self._start_dir(), DB_FILTER
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in %1 with the backup %2?\n\nWhat is in the database now is saved as an "
                "automatic backup first."
            )
            .replace("%1", db.name)
            .replace("%2", path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            self.tr("Restoring…"),
            lambda progress: maintenance.restore(db, path, progress),
            lambda result: self.tr("Restored. The previous content was saved to %1").replace(
                "%1", str(result)
            ),
            cancellable=False,
        )

    # --- importing ----------------------------------------------------------------------------

    def open_import(self, path: str | Path | None = None) -> ImportWizard | None:
        """Open the import wizard (on *path* when a file was dropped)."""
        if self.db is None:
            return None
        if self.import_wizard is not None and self.import_wizard.isVisible():
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return self.import_wizard
        wizard = ImportWizard(self.database, self, path=path if isinstance(path, (str, Path)) else None)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._on_imported)
        wizard.destroyed.connect(lambda *_a: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _on_imported(self, report: object) -> None:
        self.refresh_all()
        created = getattr(report, "created", 0)
        updated = getattr(report, "updated", 0)
        message = (
            self.tr("Imported: %1 created, %2 updated.")
            .replace("%1", str(created))
            .replace("%2", str(updated))
        )
        self.statusBar().showMessage(message, 8000)
        self.workFinished.emit(message)

    def open_revert_import(self) -> RevertImportDialog | None:
        if self.db is None:
            return None
        dialog = RevertImportDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reverted.connect(self.refresh_all)
        dialog.destroyed.connect(lambda *_a: setattr(self, "revert_dialog", None))
        self.revert_dialog = dialog
        dialog.open()
        return dialog

    # --- exporting ----------------------------------------------------------------------------

    def open_export(self, section: RecordSection | None = None) -> ExportDialog | None:
        """Open the Export dialog for the current page's lists (*section* first, else the focused one)."""
        if self.db is None:
            return None
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        page = self.stack.currentWidget()
        sections: list[RecordSection] = []
        if section is not None:
            owner = next(
                (p for p in self.pages if not isinstance(p, HomePage) and section in p.sections()), None
            )
            sections = owner.sections() if isinstance(owner, (RecordsPage, MasterDetailPage)) else [section]
        elif isinstance(page, (RecordsPage, MasterDetailPage)):
            sections = page.sections()
            section = page.active_section()
        if not any(exportable(s) is not None for s in sections):
            self.statusBar().showMessage(
                self.tr("Open a list to export it: partners, people, events, competitions or agreements."),
                8000,
            )
            return None
        dialog = ExportDialog(self.database, sections, self.settings, self, current=section)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.destroyed.connect(lambda *_a: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _on_exported(self, result: object) -> None:
        assert isinstance(result, exporting.ExportResult)
        message = exported_message(result)
        self.statusBar().showMessage(message, 10000)
        self.workFinished.emit(message)

    def _update_export_action(self) -> None:
        page = self.stack.currentWidget()
        self.export_action.setEnabled(
            self.db is not None
            and isinstance(page, (RecordsPage, MasterDetailPage))
            and any(exportable(s) is not None for s in page.sections())
        )

    def export_everything(self) -> None:
        """Every table (with ids) as one .zip that loads back into an empty database."""
        db = self.db
        if db is None or self._task is not None:
            return
        folder = self.settings.export_folder
        start = Path(folder) if folder and Path(folder).is_dir() else Path(self._start_dir())
        stem = db.path.stem if db.path is not None else "alliance"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export everything"),
            str(start / f"{stem}-full-{date.today().isoformat()}.zip"),
            self.tr("Full export (*.zip);;All files (*)"),
        )
        if not path:
            return
        destination = Path(path)
        if destination.suffix.lower() != ".zip":
            destination = destination.with_name(destination.name + ".zip")
        self.settings.export_folder = str(destination.parent)

        def work(progress: Progress) -> dict[str, int]:
            with db.session() as session:
                return exporting.export_all(session, destination, progress=progress)

        self._run(
            self.tr("Exporting everything…"),
            work,
            lambda totals: (
                self.tr("Exported %1 records to %2")
                .replace("%1", f"{sum(totals.values()):,}")
                .replace("%2", str(destination))
            ),
            describe=text.error_text,
            cancelled_message=self.tr("Cancelled; no file was written."),
        )

    def load_full_export(self) -> None:
        """Load a full export (.zip) into this database, which must be empty."""
        db = self.db
        if db is None or self._task is not None:
            return
        with db.session() as session:
            empty = stats.is_empty(session)
        if not empty:
            QMessageBox.warning(
                self,
                self.tr("Load a full export"),
                QCoreApplication.translate("Export", exporting.MSG_NOT_EMPTY)
                + "\n\n"
                + self.tr("Use File → New database… first, then load the export into it."),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a full export"),
            self.settings.export_folder or self._start_dir(),
            self.tr("Full export (*.zip);;All files (*)"),
        )
        if not path:
            return
        source = Path(path)

        def work(progress: Progress) -> dict[str, int]:
            with db.transaction() as session:  # one transaction: committed here, or nothing is loaded
                return exporting.load_all(session, source)

        self.editing.undo_stack.clear()
        self._run(
            self.tr("Loading the full export…"),
            work,
            lambda counts: (
                self.tr("Loaded %1 records from %2")
                .replace("%1", f"{sum(counts.values()):,}")
                .replace("%2", str(source))
            ),
            cancellable=False,
            describe=lambda exc: (
                text.error_text(exc)
                if isinstance(exc, exporting.ExportError) and exc.code == "not_empty"
                else text.error_text(exc) + "\n\n" + self.tr("Nothing was loaded.")
            ),
        )

    # --- offline sync -------------------------------------------------------------------------------

    def _update_sync_state(self) -> None:
        """Read what the open database is (office or offline copy): the banner and the sync actions
        follow it."""
        db = self.db
        info: sync.ReplicaInfo | None = None
        if db is not None:
            with db.session() as session:
                info = sync.replica_info(session, db.path)
        self.replica = info
        self.banner.show_info(info)
        office = db is not None and info is None
        for action in self.office_sync_actions:
            action.setVisible(office)
            action.setEnabled(office)
        for action in self.replica_sync_actions:
            action.setVisible(info is not None)
            action.setEnabled(info is not None)
        self.sync_menu.setEnabled(db is not None)

    def update_review_counts(self) -> None:
        """Show how many conflicts and possible duplicates are open in the actions' texts."""
        db = self.db
        conflicts = duplicates = 0
        if db is not None and self.replica is None:
            with db.session() as session:
                conflicts, duplicates = sync.open_counts(session)
        self.conflicts_action.setText(
            self.tr("&Conflicts (%1)…").replace("%1", str(conflicts)) if conflicts else self.tr("&Conflicts…")
        )
        self.duplicates_action.setText(
            self.tr("Possible &duplicates (%1)…").replace("%1", str(duplicates))
            if duplicates
            else self.tr("Possible &duplicates…")
        )

    def take_offline_copy(self) -> TakeCopyDialog | None:
        """Ask for the laptop's name, one event or all, and the file; then write the offline copy."""
        db = self.db
        if db is None or self.replica is not None or self._task is not None:
            return None
        dialog = TakeCopyDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._write_offline_copy(db, choice))
        dialog.destroyed.connect(lambda *_a: setattr(self, "take_copy_dialog", None))
        self.take_copy_dialog = dialog
        dialog.open()
        return dialog

    def _write_offline_copy(self, db: Database, choice: CopyChoice) -> None:
        def work(progress: Progress) -> sync.ReplicaInfo:
            return sync.create_replica(
                db, choice.path, name=choice.name, event_id=choice.event_id, overwrite=True, progress=progress
            )

        def succeeded(result: object) -> None:
            assert isinstance(result, sync.ReplicaInfo)
            message = copy_written_message(result)
            QMessageBox.information(self, self.tr("Take offline copy"), message)
            self._finished(message.split("\n")[0])

        self._start(
            self.tr("Writing the offline copy…"),
            work,
            succeeded,
            lambda exc: self._failed(text.error_text(exc), self.tr("Take offline copy")),
            cancelled_message=self.tr("Cancelled; no offline copy was written."),
        )

    def create_sync_package(self, *, everything: bool = False) -> None:
        """Write this offline copy's changes since its last package (or all of them) to a file."""
        db, info = self.db, self.replica
        if db is None or info is None or self._task is not None:
            return
        title = self.tr("Create sync package")
        if info.last_seq == 0 or (info.unsent == 0 and not everything):
            QMessageBox.information(
                self,
                title,
                self.tr("Nothing new to send: every change made on this copy is in a sync package already.")
                if info.last_seq
                else self.tr("Nothing to send: no change has been made on this copy yet."),
            )
            return
        folder = db.path.parent if db.path is not None else Path(self._start_dir())
        stem = db.path.stem if db.path is not None else "offline"
        suggested = folder / f"{stem}-{datetime.now():%Y%m%d-%H%M}{PACKAGE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), package_filter())
        if not path:
            return
        destination = with_suffix(path, PACKAGE_SUFFIX)

        def work(progress: Progress) -> sync.PackageInfo:
            return sync.create_package(db, destination, since=1 if everything else None, progress=progress)

        def succeeded(result: object) -> None:
            assert isinstance(result, sync.PackageInfo)
            self.refresh_all()
            message = package_written_message(result)
            QMessageBox.information(
                self,
                title,
                message
                + "\n\n"
                + self.tr(
                    "Take it to the office and merge it there with File → Offline sync → Merge sync package…."
                ),
            )
            self._finished(message)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, sync.SyncError) and exc.code == "nothing_new":
                QMessageBox.information(self, title, text.error_text(exc))
                self.workFailed.emit(text.error_text(exc))
                return
            self._failed(text.error_text(exc), title)

        self._start(
            self.tr("Writing the sync package…"),
            work,
            succeeded,
            failed,
            cancelled_message=self.tr("Cancelled; no package was written."),
        )

    def merge_sync_package(self, path: str | Path | None = None) -> None:
        """Check a laptop's package (a dry run), show what merging it would do, and merge on request."""
        db = self.db
        if db is None or self.replica is not None or self._task is not None:
            return
        title = self.tr("Merge sync package")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), package_filter())
            if not chosen:
                return
            path = chosen
        source = Path(path)

        def shown(result: object) -> None:
            assert isinstance(result, sync.MergeReport)
            dialog = MergeReportDialog(result, source, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._merge_package(db, source))
            dialog.destroyed.connect(lambda *_a: setattr(self, "merge_report_dialog", None))
            self.merge_report_dialog = dialog
            dialog.open()

        self._start(
            self.tr("Checking the sync package…"),
            lambda progress: sync.merge_package(db, source, dry_run=True, progress=progress),
            shown,
            lambda exc: self._failed(text.error_text(exc), title),
        )

    def _merge_package(self, db: Database, source: Path) -> None:
        if db is not self.db:
            return

        def work(progress: Progress) -> sync.MergeReport:
            return sync.merge_package(db, source, backup=True, progress=progress)

        def succeeded(result: object) -> None:
            assert isinstance(result, sync.MergeReport)
            self.refresh_all()
            self.update_review_counts()
            self._finished(merged_message(result))
            self._offer_reviews(result.conflicts, result.duplicates)

        def failed(exc: BaseException) -> None:
            self.refresh_all()
            self._failed(text.error_text(exc), self.tr("Merge sync package"))

        self._start(
            self.tr("Merging the sync package…"),
            work,
            succeeded,
            failed,
            cancelled_message=self.tr("Cancelled; nothing was merged."),
        )

    def _offer_reviews(self, conflicts: int, duplicates: int) -> None:
        """After a merge: offer to choose between conflicting values, then to review duplicates."""
        title = self.tr("Merge sync package")
        if conflicts and prompts.confirm(
            self,
            title,
            self.tr(
                "Conflicts: %1. These fields were changed at the office and on the laptop; the office "
                "values stand for now. Choose between them now?"
            ).replace("%1", str(conflicts)),
        ):
            dialog = self.open_conflicts()
            if dialog is not None and duplicates:
                dialog.finished.connect(lambda _r: self._offer_reviews(0, duplicates))
            return
        if duplicates and prompts.confirm(
            self,
            title,
            self.tr(
                "Possible duplicates: %1. The laptop added people or partners that look like records "
                "already here. Review them now?"
            ).replace("%1", str(duplicates)),
        ):
            self.open_duplicates()

    def open_conflicts(self) -> ConflictDialog | None:
        if self.db is None or self.replica is not None:
            return None
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.raise_()
            self.conflict_dialog.activateWindow()
            return self.conflict_dialog
        dialog = ConflictDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._on_resolved)
        dialog.destroyed.connect(lambda *_a: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _on_resolved(self, count: int) -> None:
        self.refresh_all()
        self.update_review_counts()
        self.statusBar().showMessage(self.tr("Conflicts resolved: %1").replace("%1", str(count)), 8000)

    def open_duplicates(self) -> DuplicateDialog | None:
        if self.db is None or self.replica is not None:
            return None
        if self.duplicate_dialog is not None and self.duplicate_dialog.isVisible():
            self.duplicate_dialog.raise_()
            self.duplicate_dialog.activateWindow()
            return self.duplicate_dialog
        dialog = DuplicateDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_duplicates_changed)
        dialog.destroyed.connect(lambda *_a: setattr(self, "duplicate_dialog", None))
        self.duplicate_dialog = dialog
        dialog.open()
        return dialog

    def _on_duplicates_changed(self) -> None:
        self.refresh_all()
        self.update_review_counts()

    def replace_with_fresh_copy(self) -> None:
        """Open a newer offline copy (taken at the office) in place of this one; the old file is kept.
        Refused while this copy holds changes the office has not merged."""
        db, info = self.db, self.replica
        if db is None or info is None or db.path is None or self._task is not None:
            return
        title = self.tr("Replace with a fresh copy")
        chosen, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), DB_FILTER)
        if not chosen:
            return
        current, fresh = db.path, Path(chosen)
        if not prompts.confirm(
            self,
            title,
            self.tr(
                "Replace this offline copy (%1) with the fresh copy %2? The current file is kept beside it."
            )
            .replace("%1", str(current))
            .replace("%2", str(fresh)),
        ):
            return
        self.set_database(None)  # the file is about to be replaced: hold no connection to it

        def succeeded(result: object) -> None:
            self.open_database(str(current))
            message = self.tr("The fresh copy is open. The previous copy was kept as %1.").replace(
                "%1", str(result)
            )
            QMessageBox.information(self, title, message)
            self._finished(message)

        def failed(exc: BaseException) -> None:
            self.open_database(str(current))
            self._failed(
                text.error_text(exc) + "\n\n" + self.tr("This copy was left as it was and is open again."),
                title,
            )

        self._start(
            self.tr("Replacing the offline copy…"),
            lambda progress: sync.refresh_replica(current, fresh),
            succeeded,
            failed,
            cancellable=False,
        )

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        urls = [url for url in mime.urls() if url.isLocalFile()]
        if len(urls) != 1:
            return None
        path = urls[0].toLocalFile()
        return path if Path(path).suffix.lower() in FILE_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.db is not None and self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if self.db is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

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

    # --- display ------------------------------------------------------------------------------

    def refresh_all(self) -> None:
        for page in self.pages:
            page.refresh()
        self._update_sync_state()
        self._update_status()

    def _on_records_changed(self, type_key: str) -> None:
        self.refresh_all()

    def current_section(self) -> RecordSection | None:
        page = self.stack.currentWidget()
        if isinstance(page, (RecordsPage, MasterDetailPage)):
            return page.active_section()
        return None

    def _on_section(self, method: str) -> Callable[[], None]:
        def run() -> None:
            section = self.current_section()
            if section is not None:
                getattr(section, method)()

        return run

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_area(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.settings.current_area = index
        self._update_status()
        self._update_export_action()

    def _update_status(self, *args: object) -> None:
        page = self.stack.currentWidget()
        if not isinstance(page, (RecordsPage, MasterDetailPage)):
            self.count_label.setText("")
        else:
            self.count_label.setText(page.count_text())
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
            self.resize(1200, 760)
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
