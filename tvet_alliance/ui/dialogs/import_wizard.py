"""The import wizard: choose a file and what it holds, check how it is read, map its columns, check
the rows, decide about duplicates, then import — and the dialog that reverts an import later.

All the work is the Qt-free pipeline of :mod:`tvet_alliance.services.importing`; checking and
importing run in the thread pool (``run_task``) with their own session, so Cancel rolls back and
leaves the database as it was.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tvet_alliance.domain import enums
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.files import failure_reason
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.services.importing import files as import_files
from tvet_alliance.services.importing.fields import ONE_OF
from tvet_alliance.services.importing.mapping import missing_required
from tvet_alliance.services.importing.source import data_rows
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.import_organizations import OrganizationsPage
from tvet_alliance.ui.models.direction import use_script_direction
from tvet_alliance.ui.workers import Progress, Task, run_task

PREVIEW_ROWS = 50
FILE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "cp1252", "latin-1")
ERROR_COLOR = QColor("#b00020")
BAD_CELL = QColor("#f8d0d0")


def row_error_text(error: imp.RowError) -> str:
    """The translated message of one row's problem (templates come from "Import" or "Validation")."""
    if not error.template:
        return error.message
    params = dict(error.params)
    choices = getattr(enums, str(params.get("enum", "")), None)
    if isinstance(choices, type) and issubclass(choices, enums.LabelledEnum):
        params["choices"] = ", ".join(text.enum_label(m) for m in choices)
    return text.fill(error.template, params, ("Import", "Validation"), error.message)


def kind_label(kind: imp.ImportKind | str) -> str:
    try:
        return QCoreApplication.translate("ImportKinds", imp.KIND_LABELS[imp.ImportKind(kind)])
    except ValueError:
        return str(kind)


def _item(value: str, *, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR.name()};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _fill_table(table: QTableWidget, header: list[str], rows: list[tuple[int, list[str]]]) -> None:
    """Show *rows* (file row number, cells) under *header*; the vertical header shows the numbers."""
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(header)
    table.setVerticalHeaderLabels([str(number) for number, _cells in rows])
    for r, (_number, cells) in enumerate(rows):
        for c in range(len(header)):
            table.setItem(r, c, _item(cells[c] if c < len(cells) else ""))
    table.resizeColumnsToContents()


def _read_only_table(name: str, columns: int = 0) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    use_script_direction(table)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    return table


# --- the wizard ------------------------------------------------------------------------------------


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_DETECT, PAGE_MAP, PAGE_CHECK, PAGE_DUPLICATES, PAGE_IMPORT = range(6)
    PAGE_ORGANIZATIONS = 40  # before Check, shown only when the file names unknown organisations

    #: Emitted after the import was written, with its report.
    imported = Signal(object)

    def __init__(
        self,
        database: Callable[[], Database | None],
        parent: QWidget | None = None,
        *,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from a file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.database = database
        self.task: Task | None = None
        # What the pages found out, in order
        self.detection: imp.Detection | None = None
        self.table: imp.Table | None = None
        self.preview: list[tuple[int, list[str]]] = []
        self.mapping: imp.ColumnMapping = imp.ColumnMapping({}, {})
        self.check_report: imp.Report | None = None
        self.test_report: imp.Report | None = None
        self.applied_report: imp.Report | None = None
        self.decisions: dict[int, imp.Decision] = {}

        self.file_page = FilePage(self)
        self.detect_page = DetectPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.detect_page,
                self.mapping_page,
                self.check_page,
                self.duplicates_page,
                self.import_page,
            )
        ):
            self.setPage(page_id, page)
        self.organizations_page = OrganizationsPage(self, after=self.PAGE_CHECK)
        self.setPage(self.PAGE_ORGANIZATIONS, self.organizations_page)
        self.setStartId(self.PAGE_FILE)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        self.resize(860, 600)

    # -- what the pages chose ----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip())

    @property
    def kind(self) -> imp.ImportKind:
        return imp.ImportKind(self.file_page.kind_combo.currentData())

    def import_options(self) -> imp.ImportOptions:
        return imp.ImportOptions(
            self.kind,
            decisions=dict(self.decisions),
            event_id=self.file_page.chosen_id(self.file_page.event_combo)
            if self.kind is imp.ImportKind.DELEGATES
            else None,
            competition_id=self.file_page.chosen_id(self.file_page.competition_combo)
            if self.kind is imp.ImportKind.ENTRIES
            else None,
            organizations=self.organizations_page.choices(),
        )

    @property
    def busy(self) -> bool:
        return self.task is not None

    # -- running the pipeline in the thread pool ---------------------------------------------------

    def run_import(
        self,
        label: str,
        *,
        apply: bool,
        on_success: Callable[[imp.Report], None],
        on_failure: Callable[[str], None],
        on_cancel: Callable[[], None],
    ) -> None:
        """Run the import (or, without *apply*, a test of it) in the thread pool."""
        db = self.database()
        if db is None or self.detection is None or self.task is not None:
            return
        path, detection, mapping, options = self.path, self.detection, self.mapping, self.import_options()

        def work(progress: Progress) -> imp.Report:
            sha = imp.sha256_of(path) if apply else ""
            with db.session() as session:
                return imp.run(
                    session, path, detection, mapping, options, apply=apply, sha256=sha, progress=progress
                )

        def done() -> None:
            self.task = None
            self._update_buttons()

        def succeeded(result: object) -> None:
            done()
            assert isinstance(result, imp.Report)
            on_success(result)

        def failed(exc: BaseException) -> None:
            done()
            on_failure(text.error_text(exc))

        def cancelled() -> None:
            done()
            on_cancel()

        self.task = run_task(self, label, work, on_success=succeeded, on_failure=failed, on_cancel=cancelled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.currentPage()
        if isinstance(page, QWizardPage):
            page.completeChanged.emit()
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.button(which)
            if button is None:
                continue
            if which is QWizard.WizardButton.CancelButton:
                button.setEnabled(True)  # while work runs, Cancel (or Esc) stops it
            else:
                button.setEnabled(
                    not self.busy and (which is not QWizard.WizardButton.FinishButton or page.isComplete())
                )

    # -- finishing ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish imports; once imported, it closes."""
        if self.busy:
            return
        if self.applied_report is None:
            self.import_page.apply()
            return
        super().accept()

    def reject(self) -> None:
        """Cancel (or Esc) stops the running work, which rolls back; otherwise it closes."""
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def finished_importing(self, report: imp.Report) -> None:
        self.applied_report = report
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.imported.emit(report)

    def latest_report(self) -> imp.Report | None:
        return self.applied_report or self.test_report or self.check_report

    def bad_rows_by_number(self, report: imp.Report) -> dict[int, list[imp.RowError]]:
        out: dict[int, list[imp.RowError]] = {}
        for error in report.errors:
            out.setdefault(error.row, []).append(error)
        return out


class _Page(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard


# --- 1. file and kind ------------------------------------------------------------------------------


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("filePage")
        self.setTitle(self.tr("File and contents"))
        self.setSubTitle(self.tr("Choose the CSV or Excel file, and what its rows are."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("A .csv, .txt or .xlsx file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setToolTip(self.tr("Choose the file (Ctrl+O)"))
        self.browse_button.clicked.connect(self.browse)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        for kind in imp.ImportKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("importEvent")
        self.competition_combo = QComboBox()
        self.competition_combo.setObjectName("importCompetition")
        for combo in (self.event_combo, self.competition_combo):
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.event_label = QLabel(self.tr("&Event:"))
        self.event_label.setBuddy(self.event_combo)
        self.competition_label = QLabel(self.tr("C&ompetition:"))
        self.competition_label.setBuddy(self.competition_combo)
        self.message = _error_label("filePageMessage")

        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        kind_text = QLabel(self.tr("&Rows are:"))
        kind_text.setBuddy(self.kind_combo)
        form.addRow(kind_text, self.kind_combo)
        form.addRow(self.event_label, self.event_combo)
        form.addRow(self.competition_label, self.competition_combo)
        form.addRow(self.message)
        self._load_choices()
        self._kind_changed()

    def _load_choices(self) -> None:
        db = self.w.database()
        self.event_combo.clear()
        self.competition_combo.clear()
        if db is None:
            return
        with db.session() as s:
            events = import_files.event_choices(s)
            competitions = import_files.competition_choices(s)
        for event in events:
            when = text.format_value(event.starts)
            self.event_combo.addItem(f"{event.name} ({when})" if when else event.name, str(event.id))
        for comp in competitions:
            edition = f" {comp.edition}" if comp.edition else ""
            self.competition_combo.addItem(f"{comp.name}{edition}", str(comp.id))

    @staticmethod
    def chosen_id(combo: QComboBox) -> uuid.UUID | None:
        data = combo.currentData()
        return uuid.UUID(data) if data else None

    def _kind_changed(self) -> None:
        kind = imp.ImportKind(self.kind_combo.currentData())
        delegates, entries = kind is imp.ImportKind.DELEGATES, kind is imp.ImportKind.ENTRIES
        for widget in (self.event_label, self.event_combo):
            widget.setVisible(delegates)
        for widget in (self.competition_label, self.competition_combo):
            widget.setVisible(entries)
        self.completeChanged.emit()

    def browse(self) -> None:
        current = self.path_edit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from a file"),
            start,
            self.tr(
                "Tables (*.csv *.txt *.xlsx *.xlsm);;CSV or text (*.csv *.txt);;Excel (*.xlsx *.xlsm);;All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def _problem(self) -> str:
        path_text = self.path_edit.text().strip()
        if not path_text:
            return ""
        if not Path(path_text).is_file():
            return self.tr("There is no file %1.").replace("%1", path_text)
        kind = imp.ImportKind(self.kind_combo.currentData())
        if kind is imp.ImportKind.DELEGATES and self.event_combo.currentData() is None:
            return self.tr("Add the event first: delegates are imported into an event.")
        if kind is imp.ImportKind.ENTRIES and self.competition_combo.currentData() is None:
            return self.tr("Add the competition first: entries are imported into a competition.")
        return ""

    def isComplete(self) -> bool:
        problem = self._problem()
        self.message.setText(problem)
        return bool(self.path_edit.text().strip()) and not problem and not self.w.busy


# --- 2. detection and preview ----------------------------------------------------------------------


class DetectPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("detectPage")
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("Check the preview. If the text looks wrong, choose another encoding."))
        self._touched: set[str] = set()
        self._loading = False

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(list(ENCODINGS))
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._changed("encoding"))
        line_edit = self.encoding_combo.lineEdit()
        if line_edit is not None:
            line_edit.editingFinished.connect(self._encoding_typed)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("importDelimiter")
        for value, name in (
            (",", self.tr("Comma ,")),
            (";", self.tr("Semicolon ;")),
            ("\t", self.tr("Tab")),
            ("|", self.tr("Vertical bar |")),
        ):
            self.delimiter_combo.addItem(name, value)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self._changed("delimiter"))
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setRange(1, 1000)
        self.header_spin.valueChanged.connect(lambda _v: self._changed("header_row"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._changed("sheet"))

        self.form = QFormLayout()
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_label = QLabel(self.tr("&Delimiter:"))
        self.delimiter_label.setBuddy(self.delimiter_combo)
        header_label = QLabel(self.tr("&Header row:"))
        header_label.setBuddy(self.header_spin)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.form.addRow(self.sheet_label, self.sheet_combo)
        self.form.addRow(self.encoding_label, self.encoding_combo)
        self.form.addRow(self.delimiter_label, self.delimiter_combo)
        self.form.addRow(header_label, self.header_spin)

        self.message = _error_label("detectMessage")
        self.titles_label = QLabel()
        self.titles_label.setObjectName("importTitleRows")
        self.titles_label.setWordWrap(True)
        self.titles_label.setStyleSheet("color: palette(mid);")
        self.preview = _read_only_table("importPreview")

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.titles_label)
        layout.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        self._touched.clear()
        self.refresh()

    def _encoding_typed(self) -> None:
        if self.encoding_combo.currentText().strip() != (
            self.w.detection.encoding if self.w.detection else ""
        ):
            self._changed("encoding")

    def _changed(self, what: str) -> None:
        if self._loading:
            return
        self._touched.add(what)
        self.refresh()

    def refresh(self) -> None:
        """Detect again with what the person chose, and show the preview."""
        w = self.w
        overrides: dict[str, Any] = {}
        if "encoding" in self._touched and self.encoding_combo.currentText().strip():
            overrides["encoding"] = self.encoding_combo.currentText().strip()
        if "delimiter" in self._touched and self.delimiter_combo.currentData():
            overrides["delimiter"] = self.delimiter_combo.currentData()
        if "header_row" in self._touched:
            overrides["header_row"] = self.header_spin.value()
        if "sheet" in self._touched and self.sheet_combo.currentText():
            overrides["sheet"] = self.sheet_combo.currentText()
        w.detection, w.table, w.preview = None, None, []
        try:
            detection = imp.detect(w.path, **overrides)
            table = imp.read_table(w.path, detection, preview_rows=0)
            preview = list(itertools.islice(data_rows(w.path, detection), PREVIEW_ROWS))
        except imp.ImportFileError as exc:
            self.message.setText(text.error_text(exc))
            self.titles_label.setText("")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.completeChanged.emit()
            return
        w.detection, w.table = detection, table
        width = len(table.header)
        w.preview = [(number, cells + [""] * (width - len(cells))) for number, cells in preview]
        self.message.setText("")
        self._show_detection(detection)
        titles = table.title_rows
        if titles:
            lines = "\n".join(" ".join(c for c in row if c) for row in titles)
            self.titles_label.setText(self.tr("Rows above the header, not imported:") + "\n" + lines)
        else:
            self.titles_label.setText("")
        _fill_table(self.preview, table.header, w.preview)
        self.completeChanged.emit()

    def _show_detection(self, detection: imp.Detection) -> None:
        self._loading = True
        try:
            xlsx = detection.is_xlsx
            for widget in (self.sheet_label, self.sheet_combo):
                widget.setVisible(xlsx)
            for widget in (
                self.encoding_label,
                self.encoding_combo,
                self.delimiter_label,
                self.delimiter_combo,
            ):
                widget.setVisible(not xlsx)
            if xlsx:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(list(detection.sheets))
                self.sheet_combo.setCurrentText(detection.sheet or "")
            else:
                index = self.encoding_combo.findText(detection.encoding)
                if index < 0:
                    self.encoding_combo.addItem(detection.encoding)
                    index = self.encoding_combo.count() - 1
                self.encoding_combo.setCurrentIndex(index)
                self.delimiter_combo.setCurrentIndex(
                    max(0, self.delimiter_combo.findData(detection.delimiter))
                )
            self.header_spin.setValue(detection.header_row)
        finally:
            self._loading = False

    def isComplete(self) -> bool:
        return self.w.table is not None and not self.w.busy


# --- 3. mapping ------------------------------------------------------------------------------------


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("mappingPage")
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which column of the file fills each field. Fields marked * are needed."))
        self.combos: dict[str, QComboBox] = {}
        self._shown_for: tuple[imp.ImportKind, tuple[str, ...]] | None = None
        self._loading = False

        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMapping")
        self.saved_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved_combo.currentIndexChanged.connect(self._saved_chosen)
        self.save_button = QPushButton(self.tr("Save mapping &as…"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self.save_as)
        top = QHBoxLayout()
        saved_label = QLabel(self.tr("Sa&ved mapping:"))
        saved_label.setBuddy(self.saved_combo)
        top.addWidget(saved_label)
        top.addWidget(self.saved_combo)
        top.addStretch(1)
        top.addWidget(self.save_button)

        self.fields_table = QTableWidget(0, 2)
        self.fields_table.setObjectName("mappingTable")
        self.fields_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the file")])
        self.fields_table.verticalHeader().setVisible(False)
        self.fields_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.fields_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = _error_label("mappingMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields_table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        w = self.w
        assert w.table is not None
        header = w.table.header
        shown_for = (w.kind, tuple(header))
        if shown_for == self._shown_for:
            return  # back and forth: keep what the person chose
        self._shown_for = shown_for
        self._load_saved_names()
        w.mapping = imp.auto_map(w.kind, header)
        self._build(header)

    def _load_saved_names(self) -> None:
        self._loading = True
        try:
            self.saved_combo.clear()
            self.saved_combo.addItem(self.tr("— none —"), "")
            db = self.w.database()
            if db is not None:
                with db.session() as s:
                    for name in imp.saved_names(s, self.w.kind):
                        self.saved_combo.addItem(name, name)
        finally:
            self._loading = False

    def _build(self, header: list[str]) -> None:
        w = self.w
        fields = imp.FIELDS[w.kind]
        self.combos.clear()
        self.fields_table.setRowCount(len(fields))
        for row, f in enumerate(fields):
            label = QCoreApplication.translate("Fields", f.label)
            item = _item(f"{label} *" if f.required else label)
            if f.required:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.fields_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"map_{f.key}")
            combo.addItem(self.tr("— not imported —"), -1)
            for column, name in enumerate(header):
                combo.addItem(name or self.tr("(column %1)").replace("%1", str(column + 1)), column)
            combo.currentIndexChanged.connect(lambda _i, key=f.key, c=combo: self._chosen(key, c))
            self.combos[f.key] = combo
            self.fields_table.setCellWidget(row, 1, combo)
        self._show_mapping()

    def _show_mapping(self) -> None:
        self._loading = True
        try:
            for key, combo in self.combos.items():
                column = self.w.mapping.column_of(key)
                combo.setCurrentIndex(combo.findData(column if column is not None else -1))
        finally:
            self._loading = False
        self.completeChanged.emit()

    def _chosen(self, key: str, combo: QComboBox) -> None:
        if self._loading:
            return
        column = combo.currentData()
        self.w.mapping = self.w.mapping.with_choice(
            key, column if column is not None and column >= 0 else None
        )
        self._show_mapping()  # a column taken by this field is no longer another's

    def _saved_chosen(self) -> None:
        if self._loading or self.w.table is None:
            return
        name = self.saved_combo.currentData()
        db = self.w.database()
        saved: dict[str, str] | None = None
        if name and db is not None:
            with db.session() as s:
                found = imp.load_saved(s, name)
            if found is not None:
                saved = found[1]
        self.w.mapping = imp.auto_map(self.w.kind, self.w.table.header, saved)
        self._show_mapping()

    def save_as(self) -> None:
        db = self.w.database()
        if db is None or self.w.table is None:
            return
        current = self.saved_combo.currentData() or ""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Name of the mapping (for example the partner):"),
            text=current,
        )
        name = name.strip()
        if not ok or not name:
            return
        with db.session() as s:
            imp.save(s, name, self.w.kind, self.w.mapping.by_header(self.w.table.header))
            s.commit()
        self._load_saved_names()
        self._loading = True
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(name)))
        self._loading = False

    def validatePage(self) -> bool:
        # Leaving Columns: find the organisations the file names that are not partners (once per
        # file and mapping, in the background; Next is pressed again for the person when it is done).
        return self.w.organizations_page.ready(then=self.w.next, failed=self.message.setText)

    def nextId(self) -> int:
        return self.w.organizations_page.next_from(ImportWizard.PAGE_CHECK, ImportWizard.PAGE_ORGANIZATIONS)

    def missing(self) -> list[str]:
        labels = {f.key: QCoreApplication.translate("Fields", f.label) for f in imp.FIELDS[self.w.kind]}
        groups = {group[0]: group for group in ONE_OF.get(self.w.kind, ())}
        out = []
        for key in missing_required(self.w.kind, self.w.mapping):
            if key in groups:  # a partner's name in English or in Chinese or Urdu
                first, *rest = (labels[k] for k in groups[key])
                for other in rest:
                    first = self.tr("%1 or %2").replace("%1", first).replace("%2", other)
                out.append(first)
            else:
                out.append(labels[key])
        return out

    def isComplete(self) -> bool:
        missing = self.missing()
        self.message.setText(
            self.tr("Choose the column for %1: every row needs it.").replace("%1", ", ".join(missing))
            if missing
            else ""
        )
        return not missing and not self.w.busy


# --- 4. validation ---------------------------------------------------------------------------------


class CheckPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("checkPage")
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked; nothing is written yet."))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.message = _error_label("checkMessage")
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.setObjectName("checkAgain")
        self.again_button.clicked.connect(self.start)
        self.errors = _read_only_table("checkErrors", 3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.preview = _read_only_table("checkPreview")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Problems:")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(QLabel(self.tr("First rows, problems marked:")))
        layout.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        w = self.w
        w.check_report = None
        w.test_report = None
        w.decisions = {}
        self.summary.setText(self.tr("Checking…"))
        self.message.setText("")
        self.errors.setRowCount(0)
        self.preview.setRowCount(0)
        w.run_import(
            self.tr("Checking the rows…"),
            apply=False,
            on_success=self._show,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )

    def _failed(self, message: str) -> None:
        self.summary.setText("")
        self.message.setText(message)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.summary.setText("")
        self.message.setText(self.tr("The check was cancelled. Press Check again to run it."))
        self.completeChanged.emit()

    def _show(self, report: imp.Report) -> None:
        w = self.w
        w.check_report = report
        w.decisions = {d.row: d.decision for d in report.duplicates}
        self.summary.setText(summary_text(report))
        self.errors.setRowCount(len(report.errors))
        for r, error in enumerate(report.errors):
            message = row_error_text(error)
            self.errors.setItem(r, 0, _item(str(error.row)))
            self.errors.setItem(r, 1, _item(error.column))
            self.errors.setItem(r, 2, _item(message, tooltip=message))
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setStretchLastSection(True)
        assert w.table is not None
        _fill_table(self.preview, w.table.header, w.preview)
        mark_bad_cells(self.preview, w.table.header, w.preview, w.bad_rows_by_number(report))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.check_report is not None and not self.w.busy

    def nextId(self) -> int:
        report = self.w.check_report
        if report is not None and not report.duplicates:
            return ImportWizard.PAGE_IMPORT
        return ImportWizard.PAGE_DUPLICATES


def partners_text(report: imp.Report) -> str:
    """ "; 2 partners created: A, B" after a people, delegates or entries import's counts."""
    created = report.partners_created
    if report.kind is imp.ImportKind.PARTNERS or not created:
        return ""
    names = ", ".join(report.organizations_created)
    counted = ImportWizard.tr("; %n partners created", "", created)  # type: ignore[arg-type]
    return counted + (": " + names if names else "")


def summary_text(report: imp.Report) -> str:
    # A class's tr (context "ImportWizard") counts with Qt's plural forms; lupdate reads it, and
    # PySide runs it on the class (mypy types it as an instance method).
    rows = ImportWizard.tr("%n rows: %1 valid, %2 with problems", "", report.rows)  # type: ignore[arg-type]
    duplicates = ImportWizard.tr("%n duplicates", "", report.duplicate_count)  # type: ignore[arg-type]
    return rows.replace("%1", str(report.valid)).replace("%2", str(report.invalid)) + ", " + duplicates


def mark_bad_cells(
    table: QTableWidget,
    header: list[str],
    preview: list[tuple[int, list[str]]],
    bad: dict[int, list[imp.RowError]],
) -> None:
    """Give the cells with a problem a red background and the problem as their tooltip."""
    columns = {name: i for i, name in enumerate(header) if name}
    for r, (number, _cells) in enumerate(preview):
        for error in bad.get(number, []):
            column = columns.get(error.column)
            targets = [column] if column is not None else list(range(table.columnCount()))
            for c in targets:
                item = table.item(r, c)
                if item is None:
                    continue
                item.setBackground(QBrush(BAD_CELL))
                tip = item.toolTip()
                message = row_error_text(error)
                item.setToolTip(f"{tip}\n{message}" if tip else message)


# --- 5. duplicates ---------------------------------------------------------------------------------


DECISIONS = (imp.Decision.SKIP, imp.Decision.UPDATE, imp.Decision.CREATE)


def decision_label(decision: imp.Decision) -> str:
    return {
        imp.Decision.SKIP: QCoreApplication.translate("ImportWizard", "Skip"),
        imp.Decision.UPDATE: QCoreApplication.translate("ImportWizard", "Update the existing record"),
        imp.Decision.CREATE: QCoreApplication.translate("ImportWizard", "Create a new record"),
    }[decision]


def reason_label(reason: str) -> str:
    labels = {
        "name": QCoreApplication.translate("ImportWizard", "Same name"),
        "alias": QCoreApplication.translate("ImportWizard", "Same as another name"),
        "email": QCoreApplication.translate("ImportWizard", "Same e-mail"),
        "phone": QCoreApplication.translate("ImportWizard", "Same phone"),
        "registered": QCoreApplication.translate("ImportWizard", "Already registered"),
    }
    return labels.get(reason, reason)


class DuplicatesPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("duplicatesPage")
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(
            self.tr("These rows match records already there (or earlier rows). Decide for each.")
        )
        self.table = _read_only_table("duplicatesTable", 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already there"),
                self.tr("Why"),
                self.tr("Decision"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[int, QComboBox] = {}
        self.empty_label = QLabel(self.tr("No duplicates found."))
        self.empty_label.setObjectName("noDuplicates")
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For all:")))
        self.all_buttons: dict[imp.Decision, QPushButton] = {}
        for decision in DECISIONS:
            button = QPushButton(decision_label(decision))
            button.setObjectName(f"allDuplicates_{decision.value}")
            button.clicked.connect(lambda _c=False, d=decision: self.set_all(d))
            all_row.addWidget(button)
            self.all_buttons[decision] = button
        all_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(all_row)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        report = self.w.check_report
        duplicates = report.duplicates if report is not None else []
        self.empty_label.setVisible(not duplicates)
        self.combos.clear()
        self.table.setRowCount(len(duplicates))
        for r, dup in enumerate(duplicates):
            existing = dup.label
            if dup.of_row is not None:
                existing = (
                    self.tr("%1 (row %2 of this file)")
                    .replace("%1", dup.label)
                    .replace("%2", str(dup.of_row))
                )
            self.table.setItem(r, 0, _item(str(dup.row)))
            self.table.setItem(r, 1, _item(dup.incoming))
            self.table.setItem(r, 2, _item(existing))
            self.table.setItem(r, 3, _item(reason_label(dup.reason)))
            combo = QComboBox()
            combo.setObjectName(f"decision_{dup.row}")
            for decision in DECISIONS:
                combo.addItem(decision_label(decision), decision.value)
            combo.setCurrentIndex(combo.findData(self.w.decisions.get(dup.row, dup.decision).value))
            combo.currentIndexChanged.connect(lambda _i, row=dup.row, c=combo: self._decided(row, c))
            self.combos[dup.row] = combo
            self.table.setCellWidget(r, 4, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _decided(self, row: int, combo: QComboBox) -> None:
        self.w.decisions[row] = imp.Decision(combo.currentData())
        self.w.test_report = None

    def set_all(self, decision: imp.Decision) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(decision.value))


# --- 6. import and report --------------------------------------------------------------------------


class ImportPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importPage")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Test the import to see what it would do, then press Import. It can be reverted later.")
        )
        self.plan = QLabel()
        self.plan.setObjectName("importPlan")
        self.plan.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test import"))
        self.test_button.setObjectName("testImport")
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = _error_label("importMessage")
        self.rejected_button = QPushButton(self.tr("Save &rejected rows…"))
        self.rejected_button.setObjectName("saveRejected")
        self.rejected_button.clicked.connect(self.save_rejected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.rejected_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        w = self.w
        report = w.check_report
        skip = sum(1 for d in w.decisions.values() if d is imp.Decision.SKIP)
        lines = [
            self.tr("File: %1").replace("%1", w.path.name),
            self.tr("Rows are: %1").replace("%1", kind_label(w.kind)),
        ]
        if report is not None:
            lines.append(summary_text(report))
            if report.duplicates:
                lines.append(
                    self.tr("Duplicates skipped: %1; imported as you decided: %2.")
                    .replace("%1", str(skip))
                    .replace("%2", str(len(w.decisions) - skip))
                )
            if report.invalid:
                lines.append(
                    self.tr("Rows with problems are not imported; save them to fix and import again.")
                )
        self.plan.setText("\n".join(lines))
        self.result_label.setText("")
        self.message.setText("")
        self._update()

    def _update(self) -> None:
        w = self.w
        report = w.latest_report()
        self.rejected_button.setEnabled(report is not None and bool(report.rejected) and not w.busy)
        self.test_button.setEnabled(w.applied_report is None and not w.busy)

    def counts_text(self, report: imp.Report) -> str:
        head = self.tr("Imported:") if report.applied else self.tr("A test import would give:")
        return (
            head
            + " "
            + self.tr("%1 created, %2 updated, %3 skipped")
            .replace("%1", str(report.created))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.skipped))
            + self.tr(", %n rows with problems not imported", "", report.invalid)
            + partners_text(report)
        )

    def test(self) -> None:
        self.message.setText("")
        self.result_label.setText(self.tr("Testing…"))
        self.w.run_import(
            self.tr("Testing the import…"),
            apply=False,
            on_success=self._tested,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
        self._update()

    def _tested(self, report: imp.Report) -> None:
        self.w.test_report = report
        self.result_label.setText(self.counts_text(report))
        self._update()

    def apply(self) -> None:
        self.message.setText("")
        self.result_label.setText(self.tr("Importing…"))
        self.w.run_import(
            self.tr("Importing…"),
            apply=True,
            on_success=self._applied,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
        self._update()

    def _applied(self, report: imp.Report) -> None:
        self.w.finished_importing(report)
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("File → Revert an import… undoes it."))
        self.result_label.setText(self.counts_text(report))
        self._update()

    def _failed(self, message: str) -> None:
        self.result_label.setText("")
        self.message.setText(message)
        self._update()

    def _cancelled(self) -> None:
        self.result_label.setText("")
        self.message.setText(self.tr("Cancelled; nothing was changed."))
        self._update()

    def isComplete(self) -> bool:
        return not self.w.busy

    def nextId(self) -> int:
        return -1  # the last page (pages with higher ids, as Organisations, come before Check)

    def save_rejected(self) -> None:
        w = self.w
        report = w.latest_report()
        if report is None or not report.rejected or w.detection is None:
            return
        suggested = w.path.with_name(
            f"{w.path.stem}-rejected{'.csv' if w.detection.is_xlsx else w.path.suffix}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejected rows"),
            str(suggested),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            encoding = write_rejected(Path(path), report)
        except OSError as exc:
            self.message.setText(
                self.tr("Cannot save %1: %2").replace("%1", path).replace("%2", failure_reason(exc))
            )
            return
        self.message.setText("")
        saved = self.tr("Saved %n rows to %1 (%2).", "", len(report.rejected))
        self.result_label.setText(
            self.result_label.text() + "\n" + saved.replace("%1", path).replace("%2", encoding)
        )


def write_rejected(path: Path, report: imp.Report) -> str:
    """The rejected rows through the command line's writer (a "row" column, the file's columns, a
    "reason" column), with the reasons and the two headers in the person's language."""
    headers = (
        QCoreApplication.translate("ImportWizard", "row"),
        QCoreApplication.translate("ImportWizard", "reason"),
    )
    return import_files.write_rejected(report, path, describe=row_error_text, headers=headers)


# --- reverting -------------------------------------------------------------------------------------


class RevertImportDialog(QDialog):
    """The recent imports; Revert undoes the chosen one."""

    #: Emitted after an import was reverted.
    reverted = Signal()

    def __init__(self, database: Callable[[], Database | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revertImportDialog")
        self.setWindowTitle(self.tr("Revert an import"))
        self.database = database
        self.batches: list[tuple[uuid.UUID, str, bool]] = []  # id, file, reverted
        self.table = _read_only_table("importBatches", 5)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("File"), self.tr("Rows are"), self.tr("Result"), self.tr("Reverted")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.message = QLabel()
        self.message.setObjectName("revertMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.revert_button = buttons.addButton(self.tr("&Revert"), QDialogButtonBox.ButtonRole.ActionRole)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(self.revert_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.load()

    def load(self) -> None:
        db = self.database()
        self.batches = []
        self.table.setRowCount(0)
        if db is not None:
            with db.session() as s:
                for batch in imp.recent_batches(s):
                    counts: dict[str, Any] = json.loads(batch.counts) if batch.counts else {}
                    result = (
                        self.tr("%1 created, %2 updated, %3 skipped, %4 with problems")
                        .replace("%1", str(counts.get("created", 0)))
                        .replace("%2", str(counts.get("updated", 0)))
                        .replace("%3", str(counts.get("skipped", 0)))
                        .replace("%4", str(counts.get("invalid", 0)))
                    )
                    cells = [
                        text.format_value(batch.at),
                        batch.file_name,
                        kind_label(batch.kind),
                        result,
                        text.format_value(batch.reverted_at),
                    ]
                    self.batches.append((batch.id, batch.file_name, batch.reverted_at is not None))
                    row = len(self.batches) - 1
                    self.table.setRowCount(len(self.batches))
                    for column, value in enumerate(cells):
                        self.table.setItem(row, column, _item(value, tooltip=value))
        self.table.setRowCount(len(self.batches))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if not self.batches:
            self.message.setText(self.tr("No imports yet."))
        self._update()

    def selected(self) -> tuple[uuid.UUID, str, bool] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.batches[rows[0].row()]

    def _update(self) -> None:
        chosen = self.selected()
        self.revert_button.setEnabled(chosen is not None and not chosen[2])

    def revert_selected(self) -> None:
        chosen = self.selected()
        db = self.database()
        if chosen is None or db is None:
            return
        batch_id, file_name, _reverted = chosen
        if not prompts.confirm(
            self,
            self.tr("Revert an import"),
            self.tr(
                "Remove the records the import of %1 created and restore the fields it changed? "
                "Fields changed since then are left as they are."
            ).replace("%1", file_name),
        ):
            return
        try:
            with db.session() as s:
                report = imp.revert(s, batch_id)
                s.commit()
        except (imp.ImportSetupError, DomainError) as exc:
            prompts.warn(self, self.tr("Revert an import"), text.error_text(exc))
            return
        message = self.tr("Reverted: %n records removed", "", report.removed) + self.tr(
            ", %n fields restored.", "", report.restored
        )
        if report.kept:
            message += " " + self.tr("Changed since, left as they are: %1").replace(
                "%1", ", ".join(report.kept)
            )
        self.load()
        self.message.setText(message)
        self.reverted.emit()
