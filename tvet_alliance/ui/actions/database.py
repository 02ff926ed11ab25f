"""File → New, Open, Open recent, Backup, Restore, Load sample data and Quit: which database is open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tvet_alliance.domain.changes import EVERYTHING, Changes, take
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database, DatabaseOpenError
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.base import Controller, Shell
from tvet_alliance.ui.dialogs.sync_dialogs import DB_FILTER
from tvet_alliance.ui.workers import Progress


class DatabaseActions(Controller):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.new_action = self.action(
            QCoreApplication.translate("MainWindow", "&New database…"), self.new_database, "Ctrl+Shift+N"
        )
        self.open_action = self.action(
            QCoreApplication.translate("MainWindow", "&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), self.window)
        self.backup_action = self.action(
            QCoreApplication.translate("MainWindow", "&Backup…"), self.backup, "Ctrl+Shift+B"
        )
        self.restore_action = self.action(
            QCoreApplication.translate("MainWindow", "Restore &from backup…"), self.restore
        )
        self.sample_action = self.action(
            QCoreApplication.translate("MainWindow", "Load &sample data"), self.load_sample
        )
        self.quit_action = self.action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            self.window.close,
            QKeySequence.StandardKey.Quit,
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def database_set(self, db: Database | None) -> None:
        """The shell opened *db* (or closed the database): remember it, enable what applies."""
        if db is not None:
            self.shell.settings.add_recent(db.name)
            self.shell.settings.last_database = db.name
            self.shell.settings.sync()
        self.rebuild_recent_menu()
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(db is not None and db.is_sqlite)
        self.sample_action.setEnabled(db is not None)

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.shell.settings.recent_databases()
        for name in recent:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda checked=False, n=name: self.open_database(n))
        self.recent_menu.setEnabled(bool(recent))

    # --- which database -------------------------------------------------------------------------

    def open_database(self, target: str, *, create: bool = False) -> bool:
        """Open *target* (a path or URL); on failure say why and keep the current database."""
        try:
            db = Database.open(target, create=create)
        except (DatabaseOpenError, DomainError) as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "Cannot open database"),
                text.error_text(exc),
            )
            if not create:
                self.shell.settings.remove_recent(target)
                self.rebuild_recent_menu()
            return False
        self.shell.set_database(db)
        self.shell.show_message(
            QCoreApplication.translate("MainWindow", "Opened %1").replace("%1", db.name), 5000
        )
        QTimer.singleShot(0, self.offer_sample_if_empty)
        return True

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "New database"),
            str(Path(self.start_dir()) / "alliance.sqlite3"),
            DB_FILTER,
        )
        if not path:
            return
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "New database"),
                QCoreApplication.translate(
                    "MainWindow", "%1 already exists. Use Open to work with it."
                ).replace("%1", str(target)),
            )
            return
        self.open_database(str(target), create=True)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Open database"),
            self.start_dir(),
            DB_FILTER,
        )
        if path:
            self.open_database(path)

    # --- sample data ------------------------------------------------------------------------------

    def offer_sample_if_empty(self) -> None:
        """On a new, empty database, offer once to load the sample data."""
        db = self.shell.db
        if db is None or self.shell.busy() or self.shell.settings.sample_offered(db.name):
            return
        from tvet_alliance.services import stats

        with db.session() as session:
            if not stats.dashboard(session).is_empty:
                return
        self.shell.settings.mark_sample_offered(db.name)
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainWindow", "Load sample data?"),
            QCoreApplication.translate(
                "MainWindow",
                "This database is empty. Load the sample partners, seminar delegates, competition and "
                "agreements to try the program? You can delete them later.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_sample()

    def load_sample(self) -> None:
        db = self.shell.db
        if db is None:
            return

        def work(progress: Progress) -> tuple[object, Changes]:
            from tvet_alliance.services import sample

            with db.transaction() as session:
                result = sample.load_sample(session, progress=progress)
            return result, take(session)

        self.run(
            QCoreApplication.translate("MainWindow", "Loading sample data…"),
            work,
            lambda result: QCoreApplication.translate(
                "MainWindow", "Sample data loaded: %1 records."
            ).replace("%1", str(result.total)),
        )

    # --- backup and restore -----------------------------------------------------------------------

    def backup(self) -> None:
        db = self.shell.db
        if db is None or db.path is None:
            return
        suggested = backup_name(db.path)
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Back up the database"),
            str(suggested),
            DB_FILTER,
        )
        if not path:
            return

        def work(progress: Progress) -> tuple[object, Changes]:
            from tvet_alliance.services import maintenance

            return maintenance.backup(db, path, progress), Changes()

        self.run(
            QCoreApplication.translate("MainWindow", "Backing up…"),
            work,
            lambda result: QCoreApplication.translate("MainWindow", "Backed up to %1").replace(
                "%1", str(result)
            ),
            cancellable=False,
        )

    def restore(self) -> None:
        db = self.shell.db
        if db is None or db.path is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Restore from backup"),
            self.start_dir(),
            DB_FILTER,
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainWindow", "Restore from backup"),
            QCoreApplication.translate(
                "MainWindow",
                "Replace everything in %1 with the backup %2?\n\nWhat is in the database now is saved as an "
                "automatic backup first.",
            )
            .replace("%1", db.name)
            .replace("%2", path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Progress) -> tuple[object, Changes]:
            from tvet_alliance.services import maintenance

            return maintenance.restore(db, path, progress), EVERYTHING

        self.run(
            QCoreApplication.translate("MainWindow", "Restoring…"),
            work,
            lambda result: QCoreApplication.translate(
                "MainWindow", "Restored. The previous content was saved to %1"
            ).replace("%1", str(result)),
            cancellable=False,
            changed_on_failure=EVERYTHING,
        )


def backup_name(database: Path, today: date | None = None) -> Path:
    """The file a backup suggests: the database's name with the day ("tvet-alliance-2026-12-01.db"),
    beside it, so that the backups of different days sort by date and never overwrite each other."""
    day = (today or date.today()).isoformat()
    return database.with_name(f"{database.stem}-{day}{database.suffix or '.sqlite3'}")
