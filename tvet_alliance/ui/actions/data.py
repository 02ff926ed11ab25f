"""File → Import, Import attendance, Revert an import, Export, Export everything, Load a full
export, and files dropped on the window: data into and out of the open database."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tvet_alliance.domain.changes import EVERYTHING, Changes
from tvet_alliance.persistence import Database
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.base import Controller, Shell, every_table
from tvet_alliance.ui.pages import ListPage
from tvet_alliance.ui.workers import Progress

if TYPE_CHECKING:
    from tvet_alliance.services.attendance import Choices, Plan, Threshold
    from tvet_alliance.ui.dialogs.attendance import AttendanceDialog
    from tvet_alliance.ui.dialogs.export_dialog import ExportDialog
    from tvet_alliance.ui.dialogs.import_wizard import ImportWizard, RevertImportDialog
    from tvet_alliance.ui.views.records import RecordSection


class DataActions(Controller):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.import_wizard: ImportWizard | None = None
        self.revert_dialog: RevertImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.attendance_dialog: AttendanceDialog | None = None
        self.import_action = self.action(
            QCoreApplication.translate("MainWindow", "&Import…"), self.open_import, "Ctrl+I"
        )
        self.import_attendance_action = self.action(
            QCoreApplication.translate("MainWindow", "Import a&ttendance…"), lambda: self.open_attendance()
        )
        self.import_attendance_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Mark online delegates attended from a Zoom, Teams or Tencent Meeting / VooV report",
            )
        )
        self.revert_import_action = self.action(
            QCoreApplication.translate("MainWindow", "Re&vert an import…"), self.open_revert_import
        )
        self.export_action = self.action(
            QCoreApplication.translate("MainWindow", "&Export…"), lambda: self.open_export(), "Ctrl+E"
        )
        self.export_all_action = self.action(
            QCoreApplication.translate("MainWindow", "Export everything (.&zip)…"), self.export_everything
        )
        self.load_export_action = self.action(
            QCoreApplication.translate("MainWindow", "&Load a full export…"), self.load_full_export
        )

    def database_set(self, db: Database | None) -> None:
        for action in (
            self.import_action,
            self.import_attendance_action,
            self.revert_import_action,
            self.export_all_action,
            self.load_export_action,
        ):
            action.setEnabled(db is not None)
        self.update_export_action()

    # --- importing ----------------------------------------------------------------------------

    def open_import(self, path: str | Path | None = None) -> ImportWizard | None:
        """Open the import wizard (on *path* when a file was dropped)."""
        if self.shell.db is None:
            return None
        if self.import_wizard is not None and self.import_wizard.isVisible():
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return self.import_wizard
        from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(
            self.shell.database, self.window, path=path if isinstance(path, (str, Path)) else None
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._on_imported)
        wizard.destroyed.connect(lambda *_a: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _on_imported(self, report: object) -> None:
        self.shell.changed(every_table())  # the wizard wrote in its own session
        created = getattr(report, "created", 0)
        updated = getattr(report, "updated", 0)
        self.shell.finished(
            QCoreApplication.translate("MainWindow", "Imported: %1 created, %2 updated.")
            .replace("%1", str(created))
            .replace("%2", str(updated))
        )

    def open_attendance(
        self, event_id: uuid.UUID | None = None, path: str | Path | None = None
    ) -> AttendanceDialog | None:
        """Open Import attendance… for *event_id* (else the event on screen: Events page or desk)."""
        if self.shell.db is None:
            return None
        if event_id is None:
            event_id = self.event_on_screen()
        from tvet_alliance.ui.dialogs.attendance import AttendanceDialog

        dialog = AttendanceDialog(self.shell.database, self.window, event_id=event_id, path=path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.importRequested.connect(self._apply_attendance)
        dialog.destroyed.connect(lambda *_a: setattr(self, "attendance_dialog", None))
        self.attendance_dialog = dialog
        dialog.open()
        return dialog

    def _apply_attendance(self, plan: Plan, threshold: Threshold, choices: Choices) -> None:
        db = self.shell.database()
        if db is None:
            return
        from tvet_alliance.domain import changes
        from tvet_alliance.services import attendance
        from tvet_alliance.ui.dialogs.attendance import done_message

        def work(progress: Progress) -> tuple[attendance.Applied, Changes]:
            with db.session() as s:
                applied = attendance.apply(s, plan, threshold, choices, progress)
                s.commit()
                return applied, changes.take(s)

        self.run(
            QCoreApplication.translate("MainWindow", "Importing attendance…"),
            work,
            lambda applied: done_message(applied),
        )

    def open_revert_import(self) -> RevertImportDialog | None:
        if self.shell.db is None:
            return None
        from tvet_alliance.ui.dialogs.import_wizard import RevertImportDialog

        dialog = RevertImportDialog(self.shell.database, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reverted.connect(lambda: self.shell.changed(every_table()))
        dialog.destroyed.connect(lambda *_a: setattr(self, "revert_dialog", None))
        self.revert_dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        """The one local file of a drag that the import wizard reads, if it is one."""
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        urls = [url for url in mime.urls() if url.isLocalFile()]
        if len(urls) != 1:
            return None
        path = urls[0].toLocalFile()
        from tvet_alliance.ui.dialogs.import_wizard import FILE_SUFFIXES

        return path if Path(path).suffix.lower() in FILE_SUFFIXES else None

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if self.shell.db is not None and self.dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropped(self, event: QDropEvent) -> None:
        path = self.dropped_file(event)
        if self.shell.db is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    # --- exporting ----------------------------------------------------------------------------

    def open_export(self, section: RecordSection | None = None) -> ExportDialog | None:
        """Open the Export dialog for the current page's lists (*section* first, else the focused one)."""
        if self.shell.db is None:
            return None
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        from tvet_alliance.ui.dialogs.export_dialog import ExportDialog, exportable

        page = self.shell.current_page()
        sections: list[RecordSection] = []
        if section is not None:
            owner = next(
                (p for p in self.shell.built_pages() if isinstance(p, ListPage) and section in p.sections()),
                None,
            )
            sections = list(owner.sections()) if owner is not None else [section]
        elif isinstance(page, ListPage):
            sections = list(page.sections())
            section = page.active_section()
        if not any(exportable(s) is not None for s in sections):
            self.shell.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "Open a list to export it: partners, people, events, competitions or agreements.",
                )
            )
            return None
        dialog = ExportDialog(
            self.shell.database, sections, self.shell.settings, self.window, current=section
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.destroyed.connect(lambda *_a: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _on_exported(self, result: object) -> None:
        from tvet_alliance.services.exporting import ExportResult
        from tvet_alliance.ui.dialogs.export_dialog import exported_message

        assert isinstance(result, ExportResult)
        self.shell.finished(exported_message(result), 10000)

    def update_export_action(self) -> None:
        """Export… applies to a page of lists that can be exported."""
        page = self.shell.current_page()
        self.export_action.setEnabled(
            self.shell.db is not None
            and isinstance(page, ListPage)
            and any(s.export_button is not None for s in page.sections())
        )

    def export_everything(self) -> None:
        """Every table (with ids) as one .zip that loads back into an empty database."""
        db = self.shell.db
        if db is None or self.shell.busy():
            return
        settings = self.shell.settings
        start = settings.export_start_folder()
        stem = db.path.stem if db.path is not None else "alliance"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export everything"),
            str(start / f"{stem}-full-{date.today().isoformat()}.zip"),
            QCoreApplication.translate("MainWindow", "Full export (*.zip);;All files (*)"),
        )
        if not path:
            return
        destination = Path(path)
        if destination.suffix.lower() != ".zip":
            destination = destination.with_name(destination.name + ".zip")
        settings.export_folder = str(destination.parent)

        def work(progress: Progress) -> tuple[dict[str, int], Changes]:
            from tvet_alliance.services import exporting

            with db.session() as session:
                return exporting.export_all(session, destination, progress=progress), Changes()

        self.run(
            QCoreApplication.translate("MainWindow", "Exporting everything…"),
            work,
            lambda totals: self.tr("Exported %Ln records to %1", "", sum(totals.values())).replace(
                "%1", str(destination)
            ),
            describe=text.error_text,
            cancelled_message=QCoreApplication.translate("MainWindow", "Cancelled; no file was written."),
        )

    def load_full_export(self) -> None:
        """Load a full export (.zip) into this database, which must be empty."""
        db = self.shell.db
        if db is None or self.shell.busy():
            return
        from tvet_alliance.services import exporting, stats

        with db.session() as session:
            empty = stats.is_empty(session)
        if not empty:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "Load a full export"),
                QCoreApplication.translate("Export", exporting.MSG_NOT_EMPTY)
                + "\n\n"
                + QCoreApplication.translate(
                    "MainWindow", "Use File → New database… first, then load the export into it."
                ),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Load a full export"),
            self.shell.settings.export_folder or self.start_dir(),
            QCoreApplication.translate("MainWindow", "Full export (*.zip);;All files (*)"),
        )
        if not path:
            return
        source = Path(path)

        def work(progress: Progress) -> tuple[dict[str, int], Changes]:
            with db.transaction() as session:  # one transaction: committed here, or nothing is loaded
                return exporting.load_all(session, source), EVERYTHING

        self.shell.editing.undo_stack.clear()
        self.run(
            QCoreApplication.translate("MainWindow", "Loading the full export…"),
            work,
            lambda counts: self.tr("Loaded %Ln records from %1", "", sum(counts.values())).replace(
                "%1", str(source)
            ),
            cancellable=False,
            describe=lambda exc: (
                text.error_text(exc)
                if isinstance(exc, exporting.ExportError) and exc.code == "not_empty"
                else text.error_text(exc)
                + "\n\n"
                + QCoreApplication.translate("MainWindow", "Nothing was loaded.")
            ),
            changed_on_failure=EVERYTHING,
        )
