"""File → Offline sync: what the office does (offline copies, merging packages, conflicts, duplicates)
and what a laptop's copy does (sync packages, a fresh copy), and the banner that says which one is open.

The banner and the review counts follow every change (a laptop's unsent count grows with each save),
so the shell tells this controller about every action's changes (:meth:`SyncActions.changed`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tvet_alliance.domain.changes import EVERYTHING_TABLE, Changes
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.base import Controller, Shell, every_table
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.sync_dialogs import (
    DB_FILTER,
    PACKAGE_SUFFIX,
    CopyChoice,
    ReplicaBanner,
    copy_written_message,
    merged_message,
    package_filter,
    package_written_message,
    with_suffix,
)
from tvet_alliance.ui.workers import Progress

if TYPE_CHECKING:
    from tvet_alliance.ui.dialogs.sync_dialogs import MergeReportDialog, TakeCopyDialog
    from tvet_alliance.ui.dialogs.sync_review import ConflictDialog, DuplicateDialog

#: What says whether the open database is an offline copy, and what it has sent.
STATE_TABLES = frozenset({"site", "sync_state", "sync_package"})
#: What the review counts (open conflicts, possible duplicates) count.
REVIEW_TABLES = frozenset({"sync_conflict", "sync_duplicate"})


class SyncActions(Controller):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.take_copy_dialog: TakeCopyDialog | None = None
        self.merge_report_dialog: MergeReportDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        #: What the open offline copy knows about itself (None: an office database, or none open).
        self.replica: sync.ReplicaInfo | None = None
        self.banner = ReplicaBanner()
        self.banner.packageRequested.connect(lambda: self.create_sync_package())
        self.menu = self._build_menu()

    def _build_menu(self) -> QMenu:
        """Only the actions of the open database's kind are shown."""
        menu = QMenu(QCoreApplication.translate("MainWindow", "Offline s&ync"), self.window)
        menu.setObjectName("syncMenu")
        self.take_copy_action = self.action(
            QCoreApplication.translate("MainWindow", "&Take offline copy…"), self.take_offline_copy
        )
        self.take_copy_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "Write a copy of this database for a laptop at a seminar (all records or one event)",
            )
        )
        self.merge_package_action = self.action(
            QCoreApplication.translate("MainWindow", "&Merge sync package…"),
            lambda: self.merge_sync_package(),
            "Ctrl+Shift+M",
        )
        self.merge_package_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Bring a laptop's changes into this database")
        )
        self.conflicts_action = self.action(
            QCoreApplication.translate("MainWindow", "&Conflicts…"), self.open_conflicts
        )
        self.conflicts_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Fields changed at the office and on a laptop: choose the value to keep"
            )
        )
        self.duplicates_action = self.action(
            QCoreApplication.translate("MainWindow", "Possible &duplicates…"), self.open_duplicates
        )
        self.duplicates_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "People and partners a laptop added that look like records already here"
            )
        )
        self.create_package_action = self.action(
            QCoreApplication.translate("MainWindow", "&Create sync package…"),
            lambda: self.create_sync_package(),
            "Ctrl+Shift+P",
        )
        self.create_package_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "Write the changes made on this copy since the last package, to merge at the office",
            )
        )
        self.send_again_action = self.action(
            QCoreApplication.translate("MainWindow", "Send &everything again…"),
            lambda: self.create_sync_package(everything=True),
        )
        self.send_again_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "A package with every change made on this copy (the office skips what it merged already)",
            )
        )
        self.fresh_copy_action = self.action(
            QCoreApplication.translate("MainWindow", "&Replace with a fresh copy…"),
            self.replace_with_fresh_copy,
        )
        self.fresh_copy_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "Open a newer copy taken at the office instead of this one (once this copy's changes are merged)",
            )
        )
        self.office_actions = (
            self.take_copy_action,
            self.merge_package_action,
            self.conflicts_action,
            self.duplicates_action,
        )
        self.replica_actions = (
            self.create_package_action,
            self.send_again_action,
            self.fresh_copy_action,
        )
        for action in self.office_actions[:2]:
            menu.addAction(action)
        menu.addSeparator()
        for action in self.office_actions[2:]:
            menu.addAction(action)
        for action in self.replica_actions[:2]:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.fresh_copy_action)
        menu.aboutToShow.connect(self.update_review_counts)
        return menu

    # --- following the open database --------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        """On an offline copy every change moves the banner's unsent count; at the office only the
        sync tables change what the banner and the review counts say."""
        if not changes:
            return
        everything = EVERYTHING_TABLE in changes.tables
        if everything or self.replica is not None or changes.touches(STATE_TABLES):
            self.update_state()
        if everything or changes.touches(REVIEW_TABLES):
            self.update_review_counts()

    def update_state(self) -> None:
        """Read what the open database is (office or offline copy): the banner and the sync actions
        follow it."""
        db = self.shell.db
        info: sync.ReplicaInfo | None = None
        if db is not None:
            with db.session() as session:
                info = sync.replica_info(session, db.path)
        self.replica = info
        self.banner.show_info(info)
        office = db is not None and info is None
        for action in self.office_actions:
            action.setVisible(office)
            action.setEnabled(office)
        for action in self.replica_actions:
            action.setVisible(info is not None)
            action.setEnabled(info is not None)
        self.menu.setEnabled(db is not None)

    def update_review_counts(self) -> None:
        """Show how many conflicts and possible duplicates are open in the actions' texts."""
        db = self.shell.db
        conflicts = duplicates = 0
        if db is not None and self.replica is None:
            with db.session() as session:
                conflicts, duplicates = sync.open_counts(session)
        self.conflicts_action.setText(
            QCoreApplication.translate("MainWindow", "&Conflicts (%1)…").replace("%1", str(conflicts))
            if conflicts
            else QCoreApplication.translate("MainWindow", "&Conflicts…")
        )
        self.duplicates_action.setText(
            QCoreApplication.translate("MainWindow", "Possible &duplicates (%1)…").replace(
                "%1", str(duplicates)
            )
            if duplicates
            else QCoreApplication.translate("MainWindow", "Possible &duplicates…")
        )

    # --- at the office ----------------------------------------------------------------------------

    def take_offline_copy(self) -> TakeCopyDialog | None:
        """Ask for the laptop's name, one event or all, and the file; then write the offline copy."""
        db = self.shell.db
        if db is None or self.replica is not None or self.shell.busy():
            return None
        from tvet_alliance.ui.dialogs.sync_dialogs import TakeCopyDialog

        dialog = TakeCopyDialog(self.shell.database, self.window)
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
            QMessageBox.information(
                self.window, QCoreApplication.translate("MainWindow", "Take offline copy"), message
            )
            self.shell.finished(message.split("\n")[0])

        self.shell.start(
            QCoreApplication.translate("MainWindow", "Writing the offline copy…"),
            work,
            succeeded,
            lambda exc: self.shell.failed(
                text.error_text(exc), QCoreApplication.translate("MainWindow", "Take offline copy")
            ),
            cancelled_message=QCoreApplication.translate(
                "MainWindow", "Cancelled; no offline copy was written."
            ),
        )

    def merge_sync_package(self, path: str | Path | None = None) -> None:
        """Check a laptop's package (a dry run), show what merging it would do, and merge on request."""
        db = self.shell.db
        if db is None or self.replica is not None or self.shell.busy():
            return
        title = QCoreApplication.translate("MainWindow", "Merge sync package")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, title, self.start_dir(), package_filter())
            if not chosen:
                return
            path = chosen
        source = Path(path)

        def shown(result: object) -> None:
            from tvet_alliance.ui.dialogs.sync_dialogs import MergeReportDialog

            assert isinstance(result, sync.MergeReport)
            dialog = MergeReportDialog(result, source, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._merge_package(db, source))
            dialog.destroyed.connect(lambda *_a: setattr(self, "merge_report_dialog", None))
            self.merge_report_dialog = dialog
            dialog.open()

        self.shell.start(
            QCoreApplication.translate("MainWindow", "Checking the sync package…"),
            lambda progress: sync.merge_package(db, source, dry_run=True, progress=progress),
            shown,
            lambda exc: self.shell.failed(text.error_text(exc), title),
        )

    def _merge_package(self, db: Database, source: Path) -> None:
        if db is not self.shell.db:
            return

        def work(progress: Progress) -> sync.MergeReport:
            return sync.merge_package(db, source, backup=True, progress=progress)

        def succeeded(result: object) -> None:
            assert isinstance(result, sync.MergeReport)
            self.shell.changed(every_table())  # the merge wrote in a session of its own
            self.shell.finished(merged_message(result))
            self._offer_reviews(result.conflicts, result.duplicates)

        def failed(exc: BaseException) -> None:
            self.shell.changed(every_table())
            self.shell.failed(
                text.error_text(exc), QCoreApplication.translate("MainWindow", "Merge sync package")
            )

        self.shell.start(
            QCoreApplication.translate("MainWindow", "Merging the sync package…"),
            work,
            succeeded,
            failed,
            cancelled_message=QCoreApplication.translate("MainWindow", "Cancelled; nothing was merged."),
        )

    def _offer_reviews(self, conflicts: int, duplicates: int) -> None:
        """After a merge: offer to choose between conflicting values, then to review duplicates."""
        title = QCoreApplication.translate("MainWindow", "Merge sync package")
        if conflicts and prompts.confirm(
            self.window,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Conflicts: %1. These fields were changed at the office and on the laptop; the office "
                "values stand for now. Choose between them now?",
            ).replace("%1", str(conflicts)),
        ):
            dialog = self.open_conflicts()
            if dialog is not None and duplicates:
                dialog.finished.connect(lambda _r: self._offer_reviews(0, duplicates))
            return
        if duplicates and prompts.confirm(
            self.window,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Possible duplicates: %1. The laptop added people or partners that look like records "
                "already here. Review them now?",
            ).replace("%1", str(duplicates)),
        ):
            self.open_duplicates()

    def open_conflicts(self) -> ConflictDialog | None:
        if self.shell.db is None or self.replica is not None:
            return None
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.raise_()
            self.conflict_dialog.activateWindow()
            return self.conflict_dialog
        from tvet_alliance.ui.dialogs.sync_review import ConflictDialog

        dialog = ConflictDialog(self.shell.database, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._on_resolved)
        dialog.destroyed.connect(lambda *_a: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _on_resolved(self, count: int) -> None:
        self.shell.changed(every_table())  # the dialog resolved them in a session of its own
        self.shell.show_message(
            QCoreApplication.translate("MainWindow", "Conflicts resolved: %1").replace("%1", str(count))
        )

    def open_duplicates(self) -> DuplicateDialog | None:
        if self.shell.db is None or self.replica is not None:
            return None
        if self.duplicate_dialog is not None and self.duplicate_dialog.isVisible():
            self.duplicate_dialog.raise_()
            self.duplicate_dialog.activateWindow()
            return self.duplicate_dialog
        from tvet_alliance.ui.dialogs.sync_review import DuplicateDialog

        dialog = DuplicateDialog(self.shell.database, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self.shell.changed(every_table()))
        dialog.destroyed.connect(lambda *_a: setattr(self, "duplicate_dialog", None))
        self.duplicate_dialog = dialog
        dialog.open()
        return dialog

    # --- on a laptop's copy -----------------------------------------------------------------------

    def create_sync_package(self, *, everything: bool = False) -> None:
        """Write this offline copy's changes since its last package (or all of them) to a file."""
        db, info = self.shell.db, self.replica
        if db is None or info is None or self.shell.busy():
            return
        title = QCoreApplication.translate("MainWindow", "Create sync package")
        if info.last_seq == 0 or (info.unsent == 0 and not everything):
            QMessageBox.information(
                self.window,
                title,
                QCoreApplication.translate(
                    "MainWindow",
                    "Nothing new to send: every change made on this copy is in a sync package already.",
                )
                if info.last_seq
                else QCoreApplication.translate(
                    "MainWindow", "Nothing to send: no change has been made on this copy yet."
                ),
            )
            return
        folder = db.path.parent if db.path is not None else Path(self.start_dir())
        stem = db.path.stem if db.path is not None else "offline"
        suggested = folder / f"{stem}-{datetime.now():%Y%m%d-%H%M}{PACKAGE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), package_filter())
        if not path:
            return
        destination = with_suffix(path, PACKAGE_SUFFIX)

        def work(progress: Progress) -> sync.PackageInfo:
            return sync.create_package(db, destination, since=1 if everything else None, progress=progress)

        def succeeded(result: object) -> None:
            assert isinstance(result, sync.PackageInfo)
            self.shell.changed(Changes.of("sync_package", "sync_state"))
            message = package_written_message(result)
            QMessageBox.information(
                self.window,
                title,
                message
                + "\n\n"
                + QCoreApplication.translate(
                    "MainWindow",
                    "Take it to the office and merge it there with File → Offline sync → Merge sync package….",
                ),
            )
            self.shell.finished(message)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, sync.SyncError) and exc.code == "nothing_new":
                QMessageBox.information(self.window, title, text.error_text(exc))
                self.shell.note_failure(text.error_text(exc))
                return
            self.shell.failed(text.error_text(exc), title)

        self.shell.start(
            QCoreApplication.translate("MainWindow", "Writing the sync package…"),
            work,
            succeeded,
            failed,
            cancelled_message=QCoreApplication.translate("MainWindow", "Cancelled; no package was written."),
        )

    def replace_with_fresh_copy(self) -> None:
        """Open a newer offline copy (taken at the office) in place of this one; the old file is kept.
        Refused while this copy holds changes the office has not merged."""
        db, info = self.shell.db, self.replica
        if db is None or info is None or db.path is None or self.shell.busy():
            return
        title = QCoreApplication.translate("MainWindow", "Replace with a fresh copy")
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, self.start_dir(), DB_FILTER)
        if not chosen:
            return
        current, fresh = db.path, Path(chosen)
        if not prompts.confirm(
            self.window,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Replace this offline copy (%1) with the fresh copy %2? The current file is kept beside it.",
            )
            .replace("%1", str(current))
            .replace("%2", str(fresh)),
        ):
            return
        self.shell.set_database(None)  # the file is about to be replaced: hold no connection to it

        def succeeded(result: object) -> None:
            self.shell.open_database(str(current))
            message = QCoreApplication.translate(
                "MainWindow", "The fresh copy is open. The previous copy was kept as %1."
            ).replace("%1", str(result))
            QMessageBox.information(self.window, title, message)
            self.shell.finished(message)

        def failed(exc: BaseException) -> None:
            self.shell.open_database(str(current))
            self.shell.failed(
                text.error_text(exc)
                + "\n\n"
                + QCoreApplication.translate("MainWindow", "This copy was left as it was and is open again."),
                title,
            )

        self.shell.start(
            QCoreApplication.translate("MainWindow", "Replacing the offline copy…"),
            lambda progress: sync.refresh_replica(current, fresh),
            succeeded,
            failed,
            cancellable=False,
        )
