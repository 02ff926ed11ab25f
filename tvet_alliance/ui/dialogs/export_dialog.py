"""The Export dialog: one of the current page's lists to CSV or Excel, for partners.

It exports exactly what the list shows, in the order it shows it (or only the selected rows), with
the columns, encoding and headers chosen here; the choices are remembered for next time. The work is
:func:`tvet_alliance.services.exporting.export`, run in the thread pool (``run_task``) with its own
session. The service writes a temp file and renames it, so Cancel or a failure leaves no file and
never touches a file that was there before.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting, listing
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.models.record_table import RecordTableModel
from tvet_alliance.ui.settings import AppSettings
from tvet_alliance.ui.workers import Progress, Task, run_task

DatabaseGetter = Callable[[], Database | None]
KeyRole = Qt.ItemDataRole.UserRole + 1


class RecordSection(Protocol):
    """A list on a page, as the dialog reads it (``ui.views.records.RecordSection`` is one): what it
    lists, its rows and which are selected. A protocol, so that dialogs do not import the pages."""

    spec: listing.ListSpec
    model: RecordTableModel

    def selected_ids(self) -> list[uuid.UUID]: ...


def exportable(section: RecordSection) -> exporting.ExportSpec | None:
    """The export of a section's list, if it has one."""
    return exporting.spec_for_list(section.spec.key)


def format_items() -> list[tuple[str, str]]:
    return [
        ("csv", QCoreApplication.translate("ExportDialog", "CSV (.csv)")),
        ("xlsx", QCoreApplication.translate("ExportDialog", "Excel (.xlsx)")),
    ]


def encoding_items() -> list[tuple[str, str]]:
    return [
        ("utf-8-sig", QCoreApplication.translate("ExportDialog", "UTF-8 (Excel, recommended)")),
        ("gb18030", QCoreApplication.translate("ExportDialog", "GB18030 (old Chinese Excel)")),
        ("gbk", QCoreApplication.translate("ExportDialog", "GBK")),
    ]


class ExportDialog(QDialog):
    """Choose a list, its rows, the format and the columns, then a file; the export runs with a
    progress dialog that can cancel."""

    # Emitted after a file was written, with the :class:`exporting.ExportResult`.
    exported = Signal(object)

    def __init__(
        self,
        database: DatabaseGetter,
        sections: Sequence[RecordSection],
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        current: RecordSection | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.database = database
        self.settings = settings
        self.sections = [s for s in sections if exportable(s) is not None]
        self.task: Task | None = None
        # What the last run wrote (None until an export succeeded).
        self.last_result: exporting.ExportResult | None = None

        self.list_combo = QComboBox()
        self.list_combo.setObjectName("exportList")
        for section in self.sections:
            self.list_combo.addItem(text.translate("Areas", section.spec.title), section.spec.key)
        list_label = QLabel(self.tr("&List:"))
        list_label.setBuddy(self.list_combo)

        self.shown_radio = QRadioButton()
        self.shown_radio.setObjectName("exportShown")
        self.selected_radio = QRadioButton()
        self.selected_radio.setObjectName("exportSelected")
        self.rows_group = QButtonGroup(self)
        self.rows_group.addButton(self.shown_radio)
        self.rows_group.addButton(self.selected_radio)
        rows_box = QGroupBox(self.tr("Rows"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self.shown_radio)
        rows_layout.addWidget(self.selected_radio)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for key, label in format_items():
            self.format_combo.addItem(label, key)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("exportEncoding")
        for key, label in encoding_items():
            self.encoding_combo.addItem(label, key)
        self.encoding_label = QLabel(self.tr("Enco&ding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.bilingual_check = QCheckBox(self.tr("&Headers in English and Chinese"))
        self.bilingual_check.setObjectName("exportBilingual")
        self.share_check = QCheckBox(
            self.tr("&Share with partners: leave out e-mail, phone, WeChat and WhatsApp")
        )
        self.share_check.setObjectName("exportShare")
        self.share_check.setToolTip(
            self.tr(
                "Unticks the personal contact columns below; you can tick any of them again. The office's "
                "notes are never shared, and countries and provinces are written by name."
            )
        )

        self.columns_list = QListWidget()
        self.columns_list.setObjectName("exportColumns")
        self.columns_list.setMinimumHeight(180)
        columns_label = QLabel(self.tr("&Columns:"))
        columns_label.setBuddy(self.columns_list)
        self.all_button = QPushButton(self.tr("&All"))
        self.all_button.setObjectName("exportAllColumns")
        self.none_button = QPushButton(self.tr("&None"))
        self.none_button.setObjectName("exportNoColumns")
        column_buttons = QHBoxLayout()
        column_buttons.addWidget(columns_label)
        column_buttons.addStretch(1)
        column_buttons.addWidget(self.all_button)
        column_buttons.addWidget(self.none_button)

        self.message_label = QLabel()
        self.message_label.setObjectName("exportMessage")
        self.message_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")

        form = QFormLayout()
        form.addRow(list_label, self.list_combo)
        form.addRow(format_label, self.format_combo)
        form.addRow(self.encoding_label, self.encoding_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rows_box)
        layout.addWidget(self.bilingual_check)
        layout.addWidget(self.share_check)
        layout.addLayout(column_buttons)
        layout.addWidget(self.columns_list, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        # The remembered choices
        self._choose(self.format_combo, settings.export_format)
        self._choose(self.encoding_combo, settings.export_encoding)
        self.bilingual_check.setChecked(settings.export_bilingual)
        self.share_check.setChecked(settings.export_share)
        start = current if current in self.sections else None
        if start is not None:
            self.list_combo.setCurrentIndex(self.sections.index(start))
        self.list_combo.setEnabled(len(self.sections) > 1)

        self.list_combo.currentIndexChanged.connect(lambda _i: self._load_list())
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update_state())
        self.bilingual_check.toggled.connect(lambda _c: self._label_columns())
        self.share_check.toggled.connect(self._on_share)
        self.columns_list.itemChanged.connect(lambda _i: self._update_state())
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._load_list()
        self.resize(520, 620)

    # --- what is chosen ---------------------------------------------------------------------------

    @staticmethod
    def _choose(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    @property
    def section(self) -> RecordSection | None:
        index = self.list_combo.currentIndex()
        return self.sections[index] if 0 <= index < len(self.sections) else None

    @property
    def spec(self) -> exporting.ExportSpec | None:
        section = self.section
        return exportable(section) if section is not None else None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def checked_columns(self) -> list[str]:
        """The ticked columns, in the list's (the export's) order."""
        keys = []
        for row in range(self.columns_list.count()):
            item = self.columns_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(KeyRole)))
        return keys

    def options(self, *, replace_unencodable: bool = False) -> exporting.ExportOptions:
        return exporting.ExportOptions(
            format=str(self.format_combo.currentData()),
            encoding=str(self.encoding_combo.currentData()),
            columns=tuple(self.checked_columns()),
            share=self.share_check.isChecked(),
            bilingual=self.bilingual_check.isChecked(),
            replace_unencodable=replace_unencodable,
            sheet=text.translate("Areas", spec.list_spec.title) if (spec := self.spec) is not None else "",
        )

    def chosen_ids(self) -> list[uuid.UUID]:
        """The ids to export, in the order the list shows them: every row shown (loading the rows
        not scrolled to yet) or only the selected ones."""
        section = self.section
        if section is None:
            return []
        if self.selected_radio.isChecked():
            return section.selected_ids()
        model = section.model
        model.fetch_all()
        return [model.id_at(row) for row in range(model.rowCount())]

    def suggested_path(self) -> Path:
        spec = self.spec
        kind = spec.kind.value if spec is not None else "export"
        suffix = "xlsx" if self.format_combo.currentData() == "xlsx" else "csv"
        return self.settings.export_start_folder() / f"{kind}-{date.today().isoformat()}.{suffix}"

    # --- keeping the widgets in step ----------------------------------------------------------------

    def _load_list(self) -> None:
        """Show the rows and columns of the chosen list, with its remembered columns."""
        section, spec = self.section, self.spec
        self.columns_list.clear()
        if section is None or spec is None:
            self._update_state()
            return
        model = section.model
        shown = (
            self.tr("&What is shown (%Ln+ rows, in this order)", "", model.matched)
            if model.counting
            else self.tr("&What is shown (%Ln rows, in this order)", "", model.matched)
        )
        self.shown_radio.setText(shown)
        selected = len(section.selected_ids())
        self.selected_radio.setText(self.tr("The selected &rows (%1)").replace("%1", f"{selected:,}"))
        self.selected_radio.setEnabled(selected > 0)
        if selected == 0 or not self.selected_radio.isChecked():
            self.shown_radio.setChecked(True)

        remembered = self.settings.export_columns(spec.kind.value)
        share = self.share_check.isChecked()
        with QSignalBlocker(self.columns_list):
            for column in spec.columns:
                item = QListWidgetItem()
                item.setData(KeyRole, column.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                if remembered is not None:
                    checked = column.key in remembered
                else:
                    checked = not (share and column.private)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                tip = exporting.header_of([column], bilingual=True)[0]
                if column.contact:
                    tip += "\n" + self.tr("Personal contact detail")
                if column.internal:
                    tip += "\n" + self.tr("The office's own notes: never shared with partners")
                item.setToolTip(tip)
                self.columns_list.addItem(item)
                self._share_item(item, column, share)
        self._label_columns()
        self._update_state()

    def _label_columns(self) -> None:
        """Each column is shown with the header it will have in the file."""
        spec = self.spec
        if spec is None:
            return
        bilingual = self.bilingual_check.isChecked()
        with QSignalBlocker(self.columns_list):
            for row in range(self.columns_list.count()):
                item = self.columns_list.item(row)
                column = spec.column(str(item.data(KeyRole)))
                item.setText(exporting.header_of([column], bilingual)[0])

    def _on_share(self, share: bool) -> None:
        """Sharing unticks the personal contact columns (they can be ticked again); not sharing
        ticks them back."""
        spec = self.spec
        if spec is None:
            return
        with QSignalBlocker(self.columns_list):
            for row in range(self.columns_list.count()):
                item = self.columns_list.item(row)
                column = spec.column(str(item.data(KeyRole)))
                if column.private:
                    item.setCheckState(Qt.CheckState.Unchecked if share else Qt.CheckState.Checked)
                self._share_item(item, column, share)
        self._update_state()

    @staticmethod
    def _share_item(item: QListWidgetItem, column: exporting.ExportColumn, share: bool) -> None:
        """The office's notes cannot be ticked for partners: unticked and greyed out while sharing."""
        if not column.internal:
            return
        enabled = item.flags() | Qt.ItemFlag.ItemIsEnabled
        item.setFlags(enabled & ~Qt.ItemFlag.ItemIsEnabled if share else enabled)
        if share:
            item.setCheckState(Qt.CheckState.Unchecked)

    def _check_all(self, checked: bool) -> None:
        with QSignalBlocker(self.columns_list):
            for row in range(self.columns_list.count()):
                item = self.columns_list.item(row)
                if item.flags() & Qt.ItemFlag.ItemIsEnabled:  # the notes stay out while sharing
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_state()

    def _update_state(self) -> None:
        csv_format = self.format_combo.currentData() == "csv"
        self.encoding_combo.setEnabled(csv_format and not self.busy)
        self.encoding_label.setEnabled(csv_format)
        has_columns = bool(self.checked_columns())
        self.export_button.setEnabled(not self.busy and self.spec is not None and has_columns)
        self.cancel_button.setEnabled(not self.busy)
        if not has_columns:
            self.message_label.setText(self.tr("Tick at least one column."))
        elif self.message_label.text() == self.tr("Tick at least one column."):
            self.message_label.setText("")

    def remember(self) -> None:
        spec = self.spec
        self.settings.export_format = str(self.format_combo.currentData())
        self.settings.export_encoding = str(self.encoding_combo.currentData())
        self.settings.export_bilingual = self.bilingual_check.isChecked()
        self.settings.export_share = self.share_check.isChecked()
        if spec is not None:
            self.settings.set_export_columns(spec.kind.value, self.checked_columns())
        self.settings.sync()

    # --- exporting ----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Export: ask where, then write the file."""
        if self.busy or not self.export_button.isEnabled():
            return
        self.remember()
        ids = self.chosen_ids()
        xlsx = self.format_combo.currentData() == "xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(self.suggested_path()),
            self.tr("Excel (*.xlsx)") if xlsx else self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        destination = Path(path)
        suffix = ".xlsx" if xlsx else ".csv"
        if destination.suffix.lower() != suffix:
            destination = destination.with_name(destination.name + suffix)
        self.settings.export_folder = str(destination.parent)
        self.run_export(destination, ids, self.options())

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()

    def run_export(self, destination: Path, ids: list[uuid.UUID], options: exporting.ExportOptions) -> None:
        db, spec = self.database(), self.spec
        if db is None or spec is None or self.busy:
            return
        kind = spec.kind

        def work(progress: Progress) -> exporting.ExportResult:
            def report(done: int, total: int) -> None:
                # The last report (all rows written) comes just before the file is renamed into
                # place; the export is as good as done then, so only progress on the way counts.
                if done < total:
                    progress(done, total)

            with db.session() as session:
                return exporting.export(session, kind, destination, options, ids=ids, progress=report)

        def done() -> None:
            self.task = None
            self._update_state()

        def succeeded(result: object) -> None:
            done()
            assert isinstance(result, exporting.ExportResult)
            self.last_result = result
            self.exported.emit(result)
            super(ExportDialog, self).accept()

        def failed(exc: BaseException) -> None:
            done()
            if isinstance(exc, exporting.Unencodable) and not options.replace_unencodable:
                if prompts.ask_replace_unencodable(self, text.error_text(exc)):
                    self.run_export(destination, ids, self.options(replace_unencodable=True))
                else:
                    self.message_label.setText(self.tr("Nothing was exported."))
                return
            self.message_label.setText(self.tr("Nothing was exported."))
            QMessageBox.warning(self, self.tr("Export"), text.error_text(exc))

        def cancelled() -> None:
            done()
            self.message_label.setText(self.tr("Cancelled; no file was written."))

        self.message_label.setText("")
        self.task = run_task(
            self,
            self.tr("Exporting %Ln rows…", "", len(ids)),
            work,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
        )
        owner = self.parentWidget()
        if owner is not None:
            # The dialog closes (and is deleted) as soon as the export succeeded, which can be before
            # the worker thread emitted its last signal: the task must outlive the dialog.
            self.task.setParent(owner)
        self._update_state()


def exported_message(result: exporting.ExportResult) -> str:
    """The status bar's message after an export."""
    # The class's tr (context "ExportDialog") counts with Qt's plural forms; see import_wizard.summary_text.
    exported = ExportDialog.tr("Exported %Ln rows to %1", "", result.rows)  # type: ignore[arg-type]
    message = exported.replace("%1", os.fspath(result.path))
    if result.replaced:
        message += " " + QCoreApplication.translate("ExportDialog", "(%1 written as ?)").replace(
            "%1", " ".join(result.replaced[:10])
        )
    return message
