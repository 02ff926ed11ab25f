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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
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
from tvet_alliance.persistence.backup import BackupError
from tvet_alliance.services import importing as imp
from tvet_alliance.services import maintenance
from tvet_alliance.services.importing import files as import_files
from tvet_alliance.services.importing import mapping as import_mapping
from tvet_alliance.services.importing import values as import_values
from tvet_alliance.services.importing.fields import ONE_OF
from tvet_alliance.services.importing.mapping import missing_required
from tvet_alliance.services.importing.source import XLSX_SUFFIXES, data_rows
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import import_columns, prompts
from tvet_alliance.ui.dialogs.encoding_alternatives import EncodingAlternatives, shown_controls
from tvet_alliance.ui.dialogs.fields import CountryField, FieldWidget, ProvinceField
from tvet_alliance.ui.dialogs.import_grid import GRID_ROWS, WARN_CELL, GridRow, ProblemGrid
from tvet_alliance.ui.dialogs.import_organizations import OrganizationsPage
from tvet_alliance.ui.models.direction import use_script_direction
from tvet_alliance.ui.workers import Progress, Task, run_task

PREVIEW_ROWS = 50
FILE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
#: Files the Values page's scan reads at once, without the background runner (bytes)
SCAN_AT_ONCE = 1_000_000
SCAN_AT_ONCE_XLSX = 100_000
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "utf-16",
    "cp1252",
    "cp1250",
    "cp1257",
    "cp1254",
    "mac-roman",
    "latin-1",
)
ERROR_COLOR = QColor("#b00020")
WARN_TEXT = QColor("#8a5a00")


#: How a list of names is written in the reader's language: 职业院校、大学; Urdu's comma.
_LIST_SEPARATORS = {"zh": "、", "ur": "، "}


def row_error_text(error: imp.RowError) -> str:
    """The translated message of one row's problem (templates come from "Import" or "Validation")."""
    if not error.template:
        return error.message
    params = dict(error.params)
    given = params.get("codes")  # the choices, or an ambiguous text's candidates, as codes
    codes = [str(c) for c in given] if isinstance(given, (tuple, list)) else []
    join = _LIST_SEPARATORS.get(text.language()[:2], ", ").join
    choices = getattr(enums, str(params.get("enum", "")), None)
    if isinstance(choices, type) and issubclass(choices, enums.LabelledEnum):
        params["choices"] = join(text.enum_label(m) for m in choices)
        if "candidates" in params:
            params["candidates"] = join(text.enum_label(choices(c)) for c in codes)
    elif error.code == "country" and codes:
        params["candidates"] = join(text.country_name(c) for c in codes)
    elif error.code == "province":
        if codes:
            params["candidates"] = join(text.province_name(c) for c in codes)
        if params.get("country") not in (None, "", "?"):
            params["country"] = text.country_name(str(params["country"]))
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
    PAGE_VALUES = 6  # after Columns, when the file holds values only a person can map
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
        # The Check page's fixes (never rebound: the grid holds the same dict) and the problems left
        # empty; what they were made for, and what the last check ran with.
        self.fixes: dict[tuple[int, str], str] = {}
        self.fixed_rows: dict[int, list[str]] = {}  # the file's cells of each row with a fix
        self.blank: set[tuple[str, str]] = set()
        self.fixes_for: tuple[object, ...] | None = None
        self.checked_with: tuple[object, ...] | None = None
        #: The value map of the saved mapping chosen, and what the Values page chose (field key ->
        #: {mapping.value_key(text) -> code, or None: leave empty}); the page's choices win.
        self.saved_values: dict[str, dict[str, str | None]] = {}
        self.value_choices: dict[str, dict[str, str | None]] = {}
        #: The file's values no map knows (the Values page's scan) and what the scan was of.
        self.unknown_values: list[import_values.FieldValues] = []
        self.values_scanned_for: str | None = None
        #: row -> {field key: take the file's value}: the Duplicates page's per-field choices
        self.field_decisions: dict[int, dict[str, bool]] = {}
        #: the automatic backup taken before the import was written (SQLite), shown on the last page
        self.backup_path: Path | None = None

        self.file_page = FilePage(self)
        self.detect_page = DetectPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        self.values_page = ValuesPage(self)
        self.setPage(self.PAGE_VALUES, self.values_page)
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

    def value_map(self) -> dict[str, dict[str, str | None]]:
        """The saved mapping's values with the Values page's choices over them."""
        merged = {key: dict(chosen) for key, chosen in self.saved_values.items()}
        for key, chosen in self.value_choices.items():
            merged.setdefault(key, {}).update(chosen)
        return {key: chosen for key, chosen in merged.items() if chosen}

    def import_options(self) -> imp.ImportOptions:
        return imp.ImportOptions(
            self.kind,
            on_duplicate=imp.Decision.FILL,  # the wizard's default: a stored value is never lost unseen
            decisions=dict(self.decisions),
            values=self.value_map(),
            field_decisions={row: dict(chosen) for row, chosen in self.field_decisions.items()}
            if self.duplicates_page.shown_report is self.check_report
            else {},  # choices made for the rows of another check are not this one's
            event_id=self.file_page.chosen_id(self.file_page.event_combo)
            if self.kind is imp.ImportKind.DELEGATES
            else None,
            competition_id=self.file_page.chosen_id(self.file_page.competition_combo)
            if self.kind is imp.ImportKind.ENTRIES
            else None,
            fixes=dict(self.fixes),
            blank=set(self.blank),
            constants=self.mapping_page.constants(),
            organizations=self.organizations_page.choices(),
        )

    def fix_signature(self) -> tuple[object, ...]:
        """What the Check page's fixes were typed for: the file as read, the kind and the columns."""
        d = self.detection
        read = (d.encoding, d.delimiter, d.header_row, d.sheet) if d is not None else None
        return (str(self.path), self.kind.value, read, tuple(sorted(self.mapping.columns.items())))

    def fix_state(self) -> tuple[object, ...]:
        return (tuple(sorted(self.fixes.items())), tuple(sorted(self.blank)))

    def clear_fixes(self) -> None:
        self.fixes.clear()
        self.fixed_rows.clear()
        self.blank.clear()

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

        backups: list[Path] = []

        def work(progress: Progress) -> imp.Report:
            sha = imp.sha256_of(path) if apply else ""
            if apply:  # the command line's automatic backup, before anything is written
                backup = maintenance.backup_before(db, "import")
                if backup is not None:
                    backups.append(backup)
            with db.session() as session:
                return imp.run(
                    session, path, detection, mapping, options, apply=apply, sha256=sha, progress=progress
                )

        def done() -> None:
            self.task = None
            self._update_buttons()
            self._focus_off_cancel()

        def succeeded(result: object) -> None:
            done()
            assert isinstance(result, imp.Report)
            if backups:
                self.backup_path = backups[0]
            on_success(result)

        def failed(exc: BaseException) -> None:
            done()
            message = text.error_text(exc)
            if isinstance(exc, BackupError):
                message = self.tr("Nothing was imported: the automatic backup before it failed. %1").replace(
                    "%1", message
                )
            on_failure(message)

        def cancelled() -> None:
            done()
            on_cancel()

        self.task = run_task(self, label, work, on_success=succeeded, on_failure=failed, on_cancel=cancelled)
        self._update_buttons()

    def values_scan_key(self) -> str:
        """What the Values page's scan depends on: the file as read, the columns, the constant
        fields and the saved mapping's values (not the page's own choices: those stay listed)."""
        options = self.import_options()
        return repr(
            (
                str(self.path),
                self.detection,
                sorted(self.mapping.columns.items()),
                options.constants,
                self.saved_values,
            )
        )

    def scan_values(self, on_done: Callable[[], None], on_failure: Callable[[str], None]) -> None:
        """Find the file's values no map knows, in the thread pool (Cancel stops it); *on_done*
        runs once :attr:`unknown_values` is the scan of :meth:`values_scan_key` (none when the
        file cannot be read: the Check page says why), *on_failure* when it was cancelled."""
        if self.detection is None or self.task is not None:
            return
        key = self.values_scan_key()
        path, detection, mapping, kind = self.path, self.detection, self.mapping, self.kind
        options = self.import_options()
        options.values = {k: dict(v) for k, v in self.saved_values.items()}

        def work(progress: Progress) -> list[import_values.FieldValues]:
            return import_values.unrecognised(path, detection, mapping, kind, options, progress=progress)

        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size <= (SCAN_AT_ONCE_XLSX if detection.is_xlsx else SCAN_AT_ONCE):
            # A small file is read at once: no progress window flashes up
            try:
                found = work(lambda _done, _total: None)
            except (imp.ImportFileError, DomainError):
                found = []  # the Check page reads the file again and says what is wrong
            self.unknown_values, self.values_scanned_for = found, key
            on_done()
            return

        def finished() -> None:
            self.task = None
            self._update_buttons()
            self._focus_off_cancel()

        def succeeded(result: object) -> None:
            finished()
            assert isinstance(result, list)
            self.unknown_values, self.values_scanned_for = result, key
            on_done()

        def failed(exc: BaseException) -> None:
            del exc  # the Check page reads the file again and says what is wrong
            finished()
            self.unknown_values, self.values_scanned_for = [], key
            on_done()

        def cancelled() -> None:
            finished()
            on_failure(self.tr("Reading the values was cancelled; press Next to read them again."))

        self.task = run_task(
            self,
            self.tr("Reading the values of the file…"),
            work,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
        )
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

    def _focus_off_cancel(self) -> None:
        """While work ran, Cancel was the only button enabled, so the keyboard went there from the
        button that started it (Test import): once it is done, a hurried Enter means go on (Import
        or Next), never Cancel."""
        cancel = self.button(QWizard.WizardButton.CancelButton)
        if cancel is None or not cancel.hasFocus():
            return
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            if button is not None and button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

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
        """Cancel (or Esc) stops the running work, which rolls back; otherwise it closes — after
        asking, when cells were fixed on the Check page and nothing was imported yet."""
        if self.task is not None:
            self.task.cancel()
            return
        if self.applied_report is None and (self.fixes or self.blank):
            if not prompts.ask_lose_fixes(self):
                return
        elif self.choices_made() and not prompts.ask_lose_choices(self):
            return
        super().reject()

    def choices_made(self) -> bool:
        """Whether closing now loses what the person did: columns or values for every row chosen,
        values mapped, organisations or duplicates decided, cells fixed, or a test import run — and
        nothing imported yet."""
        if self.applied_report is not None:
            return False
        if self.fixes or self.blank or self.value_choices or self.field_decisions:
            return True
        if self.test_report is not None or self.mapping_page.touched or self.mapping_page.constants():
            return True
        if self.organizations_page.touched:
            return True
        report = self.check_report
        return report is not None and any(
            self.decisions.get(d.row, d.decision) is not d.decision for d in report.duplicates
        )

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
        self.alternatives = EncodingAlternatives()  # other code pages' readings, side by side
        self.alternatives.chosen.connect(self._pick_encoding)
        self.titles_label = QLabel()
        self.titles_label.setObjectName("importTitleRows")
        self.titles_label.setWordWrap(True)
        self.titles_label.setStyleSheet("color: palette(mid);")
        self.preview = _read_only_table("importPreview")

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.alternatives)
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

    def _pick_encoding(self, codec: str) -> None:
        """Read the file with *codec*, picked among the alternatives: the preview is read again."""
        self._loading = True
        try:
            index = self.encoding_combo.findText(codec)
            if index < 0:
                self.encoding_combo.addItem(codec)
                index = self.encoding_combo.count() - 1
            self.encoding_combo.setCurrentIndex(index)
        finally:
            self._loading = False
        self._changed("encoding")
        self.encoding_combo.setFocus()  # the button pressed is gone with the old comparison

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
            self.alternatives.show_detection(None)
            workbook = w.path.suffix.lower() in XLSX_SUFFIXES
            for widget in (self.sheet_label, self.sheet_combo):  # no empty Sheet box for a CSV file
                widget.setVisible(workbook and self.sheet_combo.count() > 0)
            self.titles_label.setText("")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self._hide_empty_labels()
            self.completeChanged.emit()
            return
        w.detection, w.table = detection, table
        width = len(table.header)
        w.preview = [(number, cells + [""] * (width - len(cells))) for number, cells in preview]
        self.message.setText("")
        self._show_detection(detection)
        self.alternatives.show_detection(detection)
        titles = table.title_rows
        if titles:
            lines = "\n".join(" ".join(c for c in row if c) for row in titles)
            self.titles_label.setText(self.tr("Rows above the header, not imported:") + "\n" + lines)
        else:
            self.titles_label.setText("")
        # A control character shows as its picture (␀): the import takes it out, with a warning.
        _fill_table(
            self.preview, table.header, [(n, [shown_controls(c) for c in cells]) for n, cells in w.preview]
        )
        self._hide_empty_labels()
        self.completeChanged.emit()

    def _hide_empty_labels(self) -> None:
        """An empty message or title-rows line takes no room from the preview."""
        for label in (self.message, self.titles_label):
            label.setVisible(bool(label.text()))

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
    FIELD, COLUMN, HOW, CONSTANT = range(4)  # the columns of the page's table

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("mappingPage")
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Which column of the file fills each field, or one value for every row. Fields marked * "
                "are needed."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.constant_widgets: dict[str, FieldWidget] = {}
        self._shown_for: tuple[imp.ImportKind, tuple[str, ...]] | None = None
        self._loading = False
        #: the person chose a column, a value for every row or a saved mapping on this page
        self.touched = False
        #: the saved mapping whose values for every row the page shows ("" when the person's own),
        #: and the person's own, given back when "— none —" is chosen again
        self._shown_saved = ""
        self._own_constants: dict[str, str] = {}

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

        self.fields_table = QTableWidget(0, 4)
        self.fields_table.setObjectName("mappingTable")
        self.fields_table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Column of the file"),
                self.tr("Matched by"),
                self.tr("Or for every row"),
            ]
        )
        every_row = self.fields_table.horizontalHeaderItem(self.CONSTANT)
        if every_row is not None:
            every_row.setToolTip(
                self.tr(
                    "One value for every row, as if a column held it (Country = China for a list of "
                    "Chinese colleges). Where a column is chosen too, its cells with a value win."
                )
            )
        self.fields_table.verticalHeader().setVisible(False)
        self.fields_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Tab goes from box to box (column, then value for every row), not from cell to cell.
        self.fields_table.setTabKeyNavigation(False)
        header = self.fields_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HOW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CONSTANT, QHeaderView.ResizeMode.Stretch)
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
        self.touched = False
        self._shown_saved, self._own_constants = "", {}
        self._load_saved_names()
        w.mapping = imp.auto_map(w.kind, header)
        w.saved_values, w.value_choices, w.values_scanned_for = {}, {}, None
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
        self.constant_widgets.clear()
        self.fields_table.setRowCount(0)  # no box of another kind's fields is left in a row
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
            self.fields_table.setCellWidget(row, self.COLUMN, combo)
            self.fields_table.setItem(row, self.HOW, _item(""))
            if import_mapping.can_be_constant(f):
                constant = import_columns.constant_widget(f)
                constant.changed.connect(lambda key=f.key: self._constant_changed(key))
                self.constant_widgets[f.key] = constant
                self.fields_table.setCellWidget(row, self.CONSTANT, constant)
        self.fields_table.resizeRowsToContents()
        self._show_mapping()

    def _show_mapping(self) -> None:
        self._loading = True
        mapping = self.w.mapping
        header = self.w.table.header if self.w.table is not None else []
        try:
            for row, (key, combo) in enumerate(self.combos.items()):
                column = mapping.column_of(key)
                combo.setCurrentIndex(combo.findData(column if column is not None else -1))
                how = mapping.how.get(key) if column is not None else None
                item = self.fields_table.item(row, self.HOW)
                if item is None:
                    continue
                name = header[column] if column is not None and column < len(header) else ""
                item.setText(import_columns.how_label(how))
                item.setToolTip(import_columns.how_tooltip(how, name, mapping.like.get(key, "")))
                guess = how == import_mapping.GUESS
                font = item.font()
                font.setItalic(guess)
                font.setBold(guess)
                item.setFont(font)
                item.setForeground(QBrush(import_columns.GUESS_COLOR) if guess else QBrush())
        finally:
            self._loading = False
        self.completeChanged.emit()

    def constants(self) -> dict[str, str]:
        """Field key -> the value every row gets, for the fields given one."""
        out = {}
        for key, widget in self.constant_widgets.items():
            value = import_columns.constant_text(widget)
            if value:
                out[key] = value
        return out

    def set_constants(self, constants: dict[str, str]) -> None:
        self._loading = True
        try:
            for key in ("country", *self.constant_widgets):  # the country first: it lists the provinces
                widget = self.constant_widgets.get(key)
                if widget is not None:
                    import_columns.set_constant_text(widget, constants.get(key, ""))
        finally:
            self._loading = False
        self._constant_changed("country")

    def _constant_changed(self, key: str) -> None:
        country, province = self.constant_widgets.get("country"), self.constant_widgets.get("province")
        if key == "country" and isinstance(country, CountryField) and isinstance(province, ProvinceField):
            code = country.value()
            province.set_country(code if isinstance(code, str) and len(code) == 2 else None)
        if not self._loading:
            self.touched = True
            self.completeChanged.emit()

    def _chosen(self, key: str, combo: QComboBox) -> None:
        if self._loading:
            return
        self.touched = True
        column = combo.currentData()
        self.w.mapping = self.w.mapping.with_choice(
            key, column if column is not None and column >= 0 else None
        )
        self._show_mapping()  # a column taken by this field is no longer another's

    def _saved_chosen(self) -> None:
        if self._loading or self.w.table is None:
            return
        self.touched = True
        name = self.saved_combo.currentData()
        db = self.w.database()
        saved: imp.SavedMapping | None = None
        self.w.saved_values = {}
        if name and db is not None:
            with db.session() as s:
                found = imp.load_mapping(s, name)
            if found is not None:
                saved = found[1]
                self.w.saved_values = saved.values
        self.w.mapping = imp.auto_map(self.w.kind, self.w.table.header, saved.columns if saved else None)
        # A saved mapping's values for every row replace those shown (none of another saved
        # mapping is left behind); "— none —" gives back the person's own.
        if not self._shown_saved:
            self._own_constants = self.constants()
        self.set_constants(saved.constants if saved is not None else self._own_constants)
        self._shown_saved = name if saved is not None else ""
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
            existing = imp.load_mapping(s, name)
        if existing is not None and name != current:
            # Another saved mapping (perhaps another partner's, or of other rows) has that name
            question = self.tr("A mapping called “%1” is saved already (%2). Replace it with this one?")
            if not prompts.confirm(
                self,
                self.tr("Replace the saved mapping?"),
                question.replace("%1", name).replace("%2", kind_label(existing[0])),
            ):
                return
        with db.session() as s:
            imp.save(
                s,
                name,
                self.w.kind,
                self.w.mapping.by_header(self.w.table.header),
                values=self.w.value_map(),
                constants=self.constants(),
            )
            s.commit()
        self._load_saved_names()
        self._loading = True
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(name)))
        self._loading = False
        self._shown_saved, self._own_constants = name, self.constants()

    def missing(self) -> list[str]:
        return [self._label(f) for f in self._missing_fields()]

    def _missing_fields(self) -> list[imp.ImportField]:
        """The required fields (or groups, of which one is needed) no column or constant fills."""
        constants = self.constants()
        fields = {f.key: f for f in imp.FIELDS[self.w.kind]}
        return [fields[k] for k in missing_required(self.w.kind, self.w.mapping) if k not in constants]

    def _label(self, f: imp.ImportField) -> str:
        """A field's label; for a group of which one is needed, "Name in English or Name in …"."""
        groups = {group[0]: group for group in ONE_OF.get(self.w.kind, ())}
        if f.key not in groups:
            return QCoreApplication.translate("Fields", f.label)
        labels = {g.key: QCoreApplication.translate("Fields", g.label) for g in imp.FIELDS[self.w.kind]}
        first, *rest = (labels[k] for k in groups[f.key])
        for other in rest:
            first = self.tr("%1 or %2").replace("%1", first).replace("%2", other)
        return first

    def missing_text(self) -> str:
        """What a required field without a column (or a value for every row) needs, in words."""
        missing = self._missing_fields()
        columns = [f for f in missing if not import_mapping.can_be_constant(f)]
        either = [f for f in missing if import_mapping.can_be_constant(f)]
        parts = []
        if columns:
            parts.append(
                self.tr("Choose the column for %1: every row needs it.").replace(
                    "%1", ", ".join(self._label(f) for f in columns)
                )
            )
        if either:
            parts.append(
                self.tr(
                    "Choose the column for %1, or give it a value for every row: every row needs it."
                ).replace("%1", ", ".join(self._label(f) for f in either))
            )
        return " ".join(parts)

    def constant_problem(self) -> str:
        """The first value for every row that does not read as its field's, in words."""
        constants = self.constants()
        for f in imp.FIELDS[self.w.kind]:
            if f.key in constants:
                try:
                    import_mapping.check_constant(f, constants[f.key], constants)
                except import_mapping.MappingError as exc:
                    return text.error_text(exc)
        return ""

    def isComplete(self) -> bool:
        problem = self.missing_text() or self.constant_problem()
        self.message.setText(problem)
        return not problem and not self.w.busy

    def validatePage(self) -> bool:
        """Next reads the file's values first, then looks for the organisations it names that are
        not partners (each once per file and mapping, in the background; Next is pressed again for
        the person when one is done)."""
        w = self.w
        if w.values_scanned_for != w.values_scan_key():
            self.message.setText("")
            w.scan_values(w.next, self.message.setText)
            return False
        return w.organizations_page.ready(then=w.next, failed=self.message.setText)

    def nextId(self) -> int:
        w = self.w
        if w.unknown_values and w.values_scanned_for == w.values_scan_key():
            return ImportWizard.PAGE_VALUES
        return w.organizations_page.next_from(ImportWizard.PAGE_CHECK, ImportWizard.PAGE_ORGANIZATIONS)


# --- 3b. values only a person can map --------------------------------------------------------------

#: The value combo's data: not mapped (rejected on the Check page), and "leave the field empty".
NOT_MAPPED, LEAVE_EMPTY = "", "\x00empty"
ENGLISH_ROLE = Qt.ItemDataRole.UserRole + 1  # a choice's code and English label


class _ValueKeys(QObject):
    """The keyboard on the Values page: ↑/↓ (and Enter) go to the value above or below, Tab and
    Shift+Tab too, and leaving a value picks the choice its typed text names."""

    def __init__(self, page: ValuesPage) -> None:
        super().__init__(page)
        self.page = page
        self.entered: QLineEdit | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonRelease):
            # clicked or tabbed into, the text is selected: typing replaces "— not mapped —"
            # (the combo has the focus, its line edit the clicks)
            line = watched.lineEdit() if isinstance(watched, QComboBox) else watched
            if isinstance(line, QLineEdit) and (event.type() == QEvent.Type.FocusIn or self.entered is line):
                self.entered = line if event.type() == QEvent.Type.FocusIn else None
                QTimer.singleShot(0, line, line.selectAll)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        combo = watched.parent() if isinstance(watched, QLineEdit) else watched
        if not isinstance(combo, QComboBox) or combo not in self.page.combos:
            return False
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return False
        key, mods = event.key(), event.modifiers()
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            return False
        if key == Qt.Key.Key_Escape and combo.currentText() != combo.itemText(combo.currentIndex()):
            combo.setEditText(combo.itemText(combo.currentIndex()))  # Esc undoes the typing, not the wizard
            return True
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Backtab: -1,
            Qt.Key.Key_Tab: -1 if mods & Qt.KeyboardModifier.ShiftModifier else 1,
            Qt.Key.Key_Return: 1,
            Qt.Key.Key_Enter: 1,
        }
        step = steps.get(Qt.Key(key))
        if step is None:
            return False
        self.page.commit(combo)
        index = self.page.combos.index(combo) + step
        if 0 <= index < len(self.page.combos):
            self.page.focus_value(index)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and index == len(self.page.combos):
            next_button = self.page.w.button(QWizard.WizardButton.NextButton)
            if next_button is not None:
                next_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return key in (Qt.Key.Key_Up, Qt.Key.Key_Down)


class ValuesPage(_Page):
    """For each mapped choice, country and province column, the values of the file nothing
    recognises, with how many rows hold them; each is mapped once to a choice, or to "leave
    empty". The map goes into the import's options and is saved with the mapping."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("valuesPage")
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "These values of the file are not recognised. Choose what each one means (type to "
                "find it), or leave the field empty in those rows. A value left not mapped is "
                "rejected on the Check page."
            )
        )
        self.table = _read_only_table("valuesTable", 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("In the file"),
                self.tr("Rows"),
                self.tr("First rows"),
                self.tr("Means"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        self.rows: list[tuple[str, str]] = []  # (field key, value key) of each combo
        self.keys = _ValueKeys(self)
        self.more_label = QLabel()
        self.more_label.setObjectName("valuesMore")
        self.more_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("valuesSummary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save mapping &as…"))
        self.save_button.setObjectName("saveMappingValues")
        self.save_button.setToolTip(self.tr("Save the columns and these values for the next file"))
        self.save_button.clicked.connect(lambda: self.w.mapping_page.save_as())
        #: what was typed in a box and names no choice (it went back to what was chosen)
        self.typed_note = _error_label("valuesTypedNote")
        self.typed_note.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.typed_note)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        w = self.w
        self.combos.clear()
        self.rows.clear()
        found = w.unknown_values
        self.table.setRowCount(sum(len(fv.values) for fv in found))
        language = text.language()
        more: list[str] = []
        r = 0
        for fv in found:
            label = QCoreApplication.translate("Fields", fv.label)
            chosen = w.value_choices.get(fv.key, {})
            by_countries: dict[tuple[str, ...], tuple[list[import_values.Choice], dict[str, str]]] = {}
            for value in fv.values:
                # a province: those of its rows' countries, which the field's column names
                countries = tuple(value.countries) or fv.countries
                options = by_countries.get(countries)
                if options is None:
                    options = by_countries[countries] = (
                        import_values.choices(
                            fv, language=language, translate=text.translate, countries=countries
                        ),
                        {c.code: c.label for c in import_values.choices(fv, countries=countries)},
                    )
                where = ", ".join(text.country_name(c) for c in value.countries)
                rows = ", ".join(str(n) for n in value.rows) + ("…" if value.count > len(value.rows) else "")
                self.table.setItem(r, 0, _item(f"{label} ({where})" if where else label))
                self.table.setItem(r, 1, _item(value.text, tooltip=value.text))
                self.table.setItem(r, 2, _item(str(value.count)))
                self.table.setItem(r, 3, _item(rows))
                combo = self._combo(*options, f"value_{fv.key}_{r}")
                if value.key in chosen:
                    code = chosen[value.key]
                    combo.setCurrentIndex(max(0, combo.findData(LEAVE_EMPTY if code is None else code)))
                combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
                self.table.setCellWidget(r, 4, combo)
                self.combos.append(combo)
                self.rows.append((fv.key, value.key))
                r += 1
            if fv.more:
                line = (
                    self.tr("%1: %n more values in %2 rows are not listed.", "", fv.more)
                    if fv.complete
                    else self.tr("%1: at least %n more values in %2 rows are not listed.", "", fv.more)
                )
                more.append(line.replace("%1", label).replace("%2", str(fv.more_rows)))
        for before, after in itertools.pairwise(self.combos):
            QWidget.setTabOrder(before, after)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, min(header.sectionSize(1), 260))
        header.setStretchLastSection(True)
        self.more_label.setText("\n".join(more))
        self.more_label.setVisible(bool(more))
        self._show_summary()
        if self.combos:  # once the page is shown (the wizard gives the focus to its buttons first)
            QTimer.singleShot(
                0, self, lambda: self.focus_value(0) if self.combos and self.isVisible() else None
            )

    def nextId(self) -> int:
        return self.w.organizations_page.next_from(ImportWizard.PAGE_CHECK, ImportWizard.PAGE_ORGANIZATIONS)

    def _combo(self, options: list[import_values.Choice], english: dict[str, str], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("— not mapped —"), NOT_MAPPED)
        combo.addItem(self.tr("Leave empty"), LEAVE_EMPTY)
        for choice in options:
            combo.addItem(choice.label, choice.code)
            # typed in English or as a code, a choice is found in every language
            combo.setItemData(
                combo.count() - 1, f"{choice.code}\n{english.get(choice.code, '')}", ENGLISH_ROLE
            )
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setMaxVisibleItems(15)
        line = combo.lineEdit()
        if line is not None:
            line.installEventFilter(self.keys)
            line.editingFinished.connect(lambda c=combo: self.commit(c))
        combo.installEventFilter(self.keys)
        return combo

    def focus_value(self, index: int) -> None:
        combo = self.combos[index]
        self.table.scrollTo(self.table.model().index(index, 4))
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        line = combo.lineEdit()
        if line is not None:
            line.selectAll()

    def commit(self, combo: QComboBox) -> None:
        """The choice the typed text names: the item of that text, else the one item containing
        it; a text naming none (or several) goes back to what was chosen."""
        typed = combo.currentText().strip()
        shown = combo.itemText(combo.currentIndex())
        if typed == shown:
            return
        if shown and shown in typed:  # typed beside the choice shown ("— not mapped —prosp")
            typed = typed.replace(shown, "").strip()
        index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        folded = typed.casefold()
        if index < 0 and typed:
            matches = [i for i in range(1, combo.count()) if folded in combo.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        if index < 0 and typed:  # a code or an English label, in another language's window
            names = {
                i: str(combo.itemData(i, ENGLISH_ROLE) or "").casefold().split("\n")
                for i in range(2, combo.count())
            }
            exact = [i for i, known in names.items() if folded in known]
            near = [i for i, known in names.items() if folded in known[-1]]
            index = exact[0] if len(exact) == 1 else near[0] if len(near) == 1 else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        elif typed:  # never dropped without a word
            self.typed_note.setText(
                self.tr(
                    "“%1” is none of the choices (or more than one): pick one from the list (Alt+↓)."
                ).replace("%1", typed)
            )
        self.typed_note.setVisible(index < 0 and bool(typed))
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _chosen(self, combo: QComboBox) -> None:
        self.typed_note.setVisible(False)  # a choice was made: what was typed before no longer matters
        field_key, value_key = self.rows[self.combos.index(combo)]
        data = combo.currentData()
        chosen = self.w.value_choices.setdefault(field_key, {})
        if data == NOT_MAPPED or data is None:
            chosen.pop(value_key, None)
        else:
            chosen[value_key] = None if data == LEAVE_EMPTY else str(data)
        self._show_summary()

    def _show_summary(self) -> None:
        found = self.w.unknown_values
        left = [
            value
            for fv in found
            for value in fv.values
            if value.key not in self.w.value_choices.get(fv.key, {})
        ]
        if not left:
            self.summary.setText(self.tr("Every value is mapped."))
            return
        self.summary.setText(
            self.tr("%n values not mapped yet: the rows holding them would be rejected.", "", len(left))
        )


# --- 4. validation ---------------------------------------------------------------------------------


class CheckPage(_Page):
    """The test import's verdict: the rows with problems or warnings in a grid whose cells can be
    typed over (fixes, kept while going Back and Next), problems to leave empty in every row, and
    Check again (F5) with them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("checkPage")
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "Every row is checked; nothing is written yet. Type over a cell to fix it, then Check again."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("checkWarnings")
        self.message = _error_label("checkMessage")
        self.note = QLabel()
        self.note.setObjectName("checkNote")
        self.note.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.setObjectName("checkAgain")
        self.again_button.setToolTip(self.tr("Check every row again with your fixes (F5)"))
        self.again_button.clicked.connect(self.check_again)
        # Enter is Next once the check is done, even with the keyboard on this button (the page's
        # first): Space, Alt+A or F5 check again.
        self.again_button.setAutoDefault(False)
        again = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(self.check_again)
        self.blank_menu = QMenu(self)
        self.blank_menu.setObjectName("leaveEmptyMenu")
        self.blank_button = QPushButton(self.tr("Leave &empty…"))
        self.blank_button.setObjectName("leaveEmpty")
        self.blank_button.setToolTip(self.tr("Leave a field empty in every row with the same problem"))
        self.blank_button.setMenu(self.blank_menu)
        self.blank_button.setAutoDefault(False)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("checkShow")
        for label, which in (
            (self.tr("Errors and warnings"), "all"),
            (self.tr("Errors"), "errors"),
            (self.tr("Warnings"), "warnings"),
        ):
            self.show_combo.addItem(label, which)
        self.show_combo.currentIndexChanged.connect(self._filter)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_combo)

        self.grid = ProblemGrid(row_error_text)
        self.preview = self.grid  # the name the first wave's tests use
        self.grid.fixed.connect(self._fixed)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._cell_menu)
        self.cell_note = QLabel()
        self.cell_note.setObjectName("checkCellNote")
        self.cell_note.setWordWrap(True)
        self.cell_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.note.connect(self.cell_note.setText)
        self.errors = _read_only_table("checkErrors", 3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.itemActivated.connect(self._problem_chosen)
        self.errors.installEventFilter(self)  # Enter goes to the cell, not to Next
        self.listed: list[imp.RowError] = []  # the problems in the list, in its order
        #: the last check and the duplicates' decisions made for it (kept when checking again)
        self._decided: tuple[imp.Report, dict[int, imp.Decision], tuple[str, imp.ImportKind]] | None = None

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.again_button)
        tools = QHBoxLayout()
        tools.addWidget(self.warnings_label, 1)
        tools.addWidget(show_label)
        tools.addWidget(self.show_combo)
        tools.addWidget(self.blank_button)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_label = QLabel(self.tr("&Rows with problems or warnings (type over a cell to fix it):"))
        grid_label.setBuddy(self.grid)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.cell_note)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Problems and warnings (Enter goes to the cell):"))
        list_label.setBuddy(self.errors)
        list_layout.addWidget(list_label)
        list_layout.addWidget(self.errors, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(grid_box)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self._say(self.message, "")
        self._say(self.note, "")

    @staticmethod
    def _say(label: QLabel, message: str) -> None:
        """A line that takes no room when it has nothing to say."""
        label.setText(message)
        label.setVisible(bool(message))

    def initializePage(self) -> None:
        w = self.w
        signature = w.fix_signature()
        changed = (w.fixes or w.blank) and w.fixes_for is not None and w.fixes_for != signature
        if changed and prompts.ask_clear_fixes(self):
            w.clear_fixes()
        self.start()

    def check_again(self) -> None:
        if not self.w.busy:
            self.start()

    def start(self) -> None:
        w = self.w
        self.grid.commit_open_editor()
        if w.check_report is not None:  # what the person decided of its duplicates
            self._decided = (w.check_report, dict(w.decisions), (str(w.path), w.kind))
        w.check_report = None
        w.test_report = None
        w.decisions = {}
        w.fixes_for = w.fix_signature()
        w.checked_with = w.fix_state()
        self.summary.setText(self.tr("Checking…"))
        self._say(self.message, "")
        self._say(self.note, "")
        self.warnings_label.setText("")
        self.errors.setRowCount(0)
        self.grid.setRowCount(0)
        w.run_import(
            self.tr("Checking the rows…"),
            apply=False,
            on_success=self._show,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )

    def _failed(self, message: str) -> None:
        self.summary.setText("")
        self._say(self.message, message)
        self._offer_again()

    def _cancelled(self) -> None:
        self.summary.setText("")
        self._say(self.message, self.tr("The check was cancelled. Press Check again to run it."))
        self._offer_again()

    def _offer_again(self) -> None:
        """No check to go on with: Enter means Check again (the keyboard is there, not on Cancel)."""
        self.again_button.setAutoDefault(True)
        if self.isVisible():
            self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    def _show(self, report: imp.Report) -> None:
        w = self.w
        w.check_report = report
        self.again_button.setAutoDefault(False)  # checked: Enter is Next again
        w.decisions = {d.row: d.decision for d in report.duplicates}
        if self._decided is not None and self._decided[2] == (str(w.path), w.kind):
            # checked again: a row of the file matching the same record keeps its decision
            before, decided, _file = self._decided
            for dup in report.duplicates:
                old = same_duplicate(before, dup)
                if old is not None and old.row in decided:
                    w.decisions[dup.row] = decided[old.row]
        self.summary.setText(summary_text(report))
        warned = rows_with_warnings(report)
        self.warnings_label.setText(
            self.tr("%n rows kept with warnings (amber)", "", warned) if warned else ""
        )
        self.warnings_label.setStyleSheet(f"color: {WARN_TEXT.name()};")
        assert w.table is not None
        header = list(w.table.header)
        keys = [""] * len(header)
        for key, column in w.mapping.columns.items():
            if 0 <= column < len(keys):
                keys[column] = key
        errors: dict[int, list[imp.RowError]] = {}
        for error in report.errors:
            errors.setdefault(error.row, []).append(error)
        warnings: dict[int, list[imp.RowError]] = {}
        for warning in report.warnings:
            warnings.setdefault(warning.row, []).append(warning)
        cells: dict[int, list[str]] = dict(w.fixed_rows)
        cells.update({number: row_cells for number, row_cells, _reason in report.rejected})
        cells.update(dict(report.warned_rows))
        numbers = sorted(cells)[:GRID_ROWS]
        rows = [GridRow(n, cells[n], errors.get(n, []), warnings.get(n, [])) for n in numbers]
        self.grid.show_rows(header, keys, rows, w.import_options(), w.fixes)
        if len(cells) > GRID_ROWS:
            self._say(
                self.note,
                self.tr("The grid shows the first %1 rows; save the rejected rows for the rest.").replace(
                    "%1", str(GRID_ROWS)
                ),
            )
        self.listed = [*report.errors, *report.warnings]
        self.listed.sort(key=lambda p: p.row)
        self.errors.setRowCount(len(self.listed))
        for r, problem in enumerate(self.listed):
            message = row_error_text(problem)
            items = (_item(str(problem.row)), _item(problem.column), _item(message, tooltip=message))
            for c, item in enumerate(items):
                if isinstance(problem, imp.RowWarning):
                    item.setBackground(QBrush(WARN_CELL))
                self.errors.setItem(r, c, item)
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self._build_blank_menu(report)
        self._filter()
        bad = self.grid.first_cell("error")
        first = bad or self.grid.first_cell("warning")
        if first is not None:
            self.grid.setCurrentCell(*first)
        if bad is not None:
            # "Type over a cell to fix it": the keyboard is in the grid, on the first bad cell (after
            # the wizard has focused its own widgets, when the check ran as the page was shown).
            # With warnings only, nothing needs fixing: Enter stays the wizard's Next.
            QTimer.singleShot(0, self._focus_grid)
        self.completeChanged.emit()

    def _focus_grid(self) -> None:
        """The grid takes the keyboard after a check, unless the person is in the list of problems
        or the Show box."""
        if not self.isVisible() or self.grid.rowCount() == 0:
            return
        if QApplication.focusWidget() in (self.errors, self.show_combo):
            return
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self) -> None:
        which = str(self.show_combo.currentData())
        self.grid.show_only(which)
        for r, problem in enumerate(self.listed):
            warning = isinstance(problem, imp.RowWarning)
            self.errors.setRowHidden(
                r, (which == "errors" and warning) or (which == "warnings" and not warning)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.errors
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            item = self.errors.currentItem()
            if item is not None:
                self._problem_chosen(item)
            return True
        return super().eventFilter(watched, event)

    def _problem_chosen(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if 0 <= row < len(self.listed):
            problem = self.listed[row]
            self.grid.go_to(problem.row, problem.key)
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- fixes -----------------------------------------------------------------------------------------

    def _fixed(self, number: int, key: str, value: object) -> None:
        w = self.w
        if value is None:
            w.fixes.pop((number, key), None)
        else:
            w.fixes[(number, key)] = str(value)
        grid_row = next((row for row in self.grid.rows if row.number == number), None)
        if any(n == number for n, _k in w.fixes):
            if grid_row is not None:
                w.fixed_rows[number] = grid_row.cells
        else:
            w.fixed_rows.pop(number, None)
        self._say_unchecked()

    def _say_unchecked(self) -> None:
        if self.w.fix_state() != self.w.checked_with:
            self._say(
                self.note, self.tr("Changed since the check: press Check again (F5) to see the result.")
            )
        else:
            self._say(self.note, "")

    def _build_blank_menu(self, report: imp.Report) -> None:
        """One entry per (field, problem) of the test import, with the rows it would fix; the
        problems already left empty are ticked (untick to bring them back)."""
        w = self.w
        self.blank_menu.clear()
        fields = {f.key: f for f in imp.FIELDS[w.kind]}
        found: dict[tuple[str, str], tuple[imp.RowError, set[int]]] = {}
        for error in report.errors:
            if error.key in fields:
                found.setdefault((error.key, error.code), (error, set()))[1].add(error.row)
        for warning in report.warnings:
            if warning.code == "left_empty":
                code = str(warning.params.get("problem_code", ""))
                template = str(warning.params.get("problem_template", ""))
                params = warning.params.get("problem_params")
                problem = imp.RowError(
                    warning.row,
                    warning.column,
                    str(warning.params.get("problem", "")),
                    code,
                    template,
                    dict(params) if isinstance(params, dict) else {},
                    warning.key,
                )
                found.setdefault((warning.key, code), (problem, set()))[1].add(warning.row)
        for key, code in w.blank:
            found.setdefault((key, code), (imp.RowError(0, key, code, code, "", {}, key), set()))
        for (key, code), (example, rows) in sorted(found.items()):
            f = fields.get(key)
            if f is None:
                continue
            label = QCoreApplication.translate("Fields", f.label)
            generic = imp.RowError(
                0, example.column, example.message, code, example.template, {**example.params, "value": "…"}
            )
            what = self.tr("%1: %2 (%n rows)", "", len(rows)).replace("%1", label)
            what = what.replace("%2", row_error_text(generic))
            action = self.blank_menu.addAction(what)
            action.setObjectName(f"leaveEmpty_{key}_{code}")
            if f.required:
                action.setText(what + " " + self.tr("— needed in every row: fix the cells"))
                action.setEnabled(False)
                continue
            action.setCheckable(True)
            action.setChecked((key, code) in w.blank)
            action.toggled.connect(lambda on, k=key, c=code: self.leave_empty(k, c, on))
        self.blank_button.setEnabled(not self.blank_menu.isEmpty())

    def cell_actions(self, r: int, c: int) -> list[QAction]:
        """The "leave empty" entries for the problems of one cell (its context menu: right click,
        or the Menu key)."""
        key = self.grid.keys[c] if 0 <= c < len(self.grid.keys) else ""
        if not key or not (0 <= r < len(self.grid.rows)):
            return []
        row = self.grid.rows[r]
        codes = [e.code for e in row.errors if e.key == key]
        codes += [str(p.params.get("problem_code", "")) for p in row.warnings if p.key == key]
        names = {f"leaveEmpty_{key}_{code}" for code in codes}
        return [a for a in self.blank_menu.actions() if a.objectName() in names]

    def _cell_menu(self, position: QPoint) -> None:
        index = self.grid.indexAt(position)
        if not index.isValid():
            index = self.grid.currentIndex()
        actions = self.cell_actions(index.row(), index.column())
        if not actions:
            return
        menu = QMenu(self.grid)
        menu.setObjectName("cellMenu")
        title = menu.addAction(self.tr("Leave empty in every row with this problem:"))
        title.setEnabled(False)
        for action in actions:
            menu.addAction(action)
        menu.exec(self.grid.viewport().mapToGlobal(position))

    def leave_empty(self, key: str, code: str, on: bool = True) -> None:
        """Leave *key* empty in every row with the problem *code* (or, *on* False, no longer), and
        check again."""
        if on:
            self.w.blank.add((key, code))
        else:
            self.w.blank.discard((key, code))
        if not self.w.busy:
            self.start()

    def validatePage(self) -> bool:
        """Next with fixes that were not checked yet checks them first (and stays)."""
        self.grid.commit_open_editor()
        if self.w.fix_state() != self.w.checked_with:
            self.start()
            self._say(self.note, self.tr("Checked again with your changes; press Next to go on."))
            return False
        return True

    def isComplete(self) -> bool:
        return self.w.check_report is not None and not self.w.busy

    def nextId(self) -> int:
        report = self.w.check_report
        if report is not None and not report.duplicates:
            return ImportWizard.PAGE_IMPORT
        return ImportWizard.PAGE_DUPLICATES


def same_duplicate(before: imp.Report | None, dup: imp.Duplicate) -> imp.Duplicate | None:
    """The duplicate of the check *before* that is *dup* again: the same row matching the same
    record (the file, its columns and its fixes may have changed in between)."""
    if before is None:
        return None
    return next(
        (
            d
            for d in before.duplicates
            if d.row == dup.row and d.table == dup.table and d.existing_id == dup.existing_id
        ),
        None,
    )


def carried_field_decisions(
    before: imp.Report | None, report: imp.Report | None, chosen: dict[int, dict[str, bool]]
) -> dict[int, dict[str, bool]]:
    """The Duplicates page's per-field choices that still mean the same after checking again: the
    same row matching the same record, the field with the same stored and file values."""
    if report is None:
        return {}
    out: dict[int, dict[str, bool]] = {}
    for dup in report.duplicates:
        old = same_duplicate(before, dup)
        if old is None or old.row not in chosen:
            continue
        was = {c.key: (c.stored, c.incoming) for c in old.fields}
        now = {c.key: (c.stored, c.incoming) for c in dup.fields}
        kept = {key: take for key, take in chosen[old.row].items() if key in now and was.get(key) == now[key]}
        if kept:
            out[dup.row] = kept
    return out


def rows_with_warnings(report: imp.Report) -> int:
    return len({w.row for w in report.warnings})


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
    text_ = rows.replace("%1", str(report.valid)).replace("%2", str(report.invalid)) + ", " + duplicates
    warned = rows_with_warnings(report)
    if warned:
        text_ += ", " + ImportWizard.tr("%n kept with warnings", "", warned)  # type: ignore[arg-type]
    return text_


# --- 5. duplicates ---------------------------------------------------------------------------------


DECISIONS = (imp.Decision.FILL, imp.Decision.UPDATE, imp.Decision.SKIP, imp.Decision.CREATE)
UPDATING = (imp.Decision.FILL, imp.Decision.UPDATE)  # the decisions that write the file's values
NAME_COLUMN_WIDTH = 230


def decision_label(decision: imp.Decision) -> str:
    return {
        imp.Decision.SKIP: QCoreApplication.translate("ImportWizard", "Skip"),
        imp.Decision.UPDATE: QCoreApplication.translate("ImportWizard", "Update the existing record"),
        imp.Decision.CREATE: QCoreApplication.translate("ImportWizard", "Create a new record"),
        imp.Decision.FILL: QCoreApplication.translate("ImportWizard", "Fill empty fields only"),
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


def change_value_text(change: imp.FieldChange, value: Any) -> str:
    """A stored or file value of a duplicate's field, in the person's language."""
    return text.show(change.kind, value, enum=change.enum)


class FieldChoices(QTableWidget):
    """The selected duplicate's fields side by side (field, stored, in the file, take / keep).
    Space toggles the current row's take / keep, wherever in the row the cursor is; ↑↓ move."""

    toggled = Signal(int)  # the row toggled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            row = self.currentRow()
            if row >= 0:
                self.toggled.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)


class DuplicatesPage(_Page):
    COLUMN_CHANGES, COLUMN_DECISION = 4, 5
    FIELD_TAKE = 3

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("duplicatesPage")
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(
            self.tr(
                "These rows match records already there (or earlier rows). Decide for each, and for each "
                "field whether the file's value replaces the stored one."
            )
        )
        self.table = _read_only_table("duplicatesTable", 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already there"),
                self.tr("Why"),
                self.tr("Fields to change"),
                self.tr("Decision"),
            ]
        )
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_a: self._show_fields(row))
        self.combos: dict[int, QComboBox] = {}
        self.duplicates: list[imp.Duplicate] = []
        self.shown_report: imp.Report | None = None  # the check whose duplicates the page shows
        self._current: imp.Duplicate | None = None
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

        # The selected duplicate: its decision and its fields
        self.row_label = QLabel()
        self.row_label.setObjectName("duplicateRow")
        self.row_label.setWordWrap(True)
        self.decision_combo = QComboBox()
        self.decision_combo.setObjectName("rowDecision")
        for decision in DECISIONS:
            self.decision_combo.addItem(decision_label(decision), decision.value)
        self.decision_combo.currentIndexChanged.connect(self._row_decision_chosen)
        decision_text = QLabel(self.tr("&Decision for this row:"))
        decision_text.setBuddy(self.decision_combo)
        self.fields = FieldChoices(0, 4)
        self.fields.setObjectName("duplicateFields")
        use_script_direction(self.fields)
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.fields.setTabKeyNavigation(False)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Stored"), self.tr("In the file"), self.tr("Take the file's")]
        )
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.toggled.connect(self.toggle_field)
        self.fields.itemChanged.connect(self._field_item_changed)
        fields_label = QLabel(
            self.tr("F&ields that differ (Space: take the file's value or keep the stored one):")
        )
        fields_label.setBuddy(self.fields)
        self.fields_note = QLabel()
        self.fields_note.setObjectName("duplicateFieldsNote")
        self.fields_note.setWordWrap(True)
        self.fields_note.setStyleSheet("color: palette(mid);")
        self._filling = False

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.row_label, 1)
        decision_row.addWidget(decision_text)
        decision_row.addWidget(self.decision_combo)
        detail_layout.addLayout(decision_row)
        detail_layout.addWidget(fields_label)
        detail_layout.addWidget(self.fields, 1)
        detail_layout.addWidget(self.fields_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        # Shown above the list, but after it in the focus chain: the page opens on the list.
        layout.insertLayout(1, all_row)
        self.setTabOrder(self.table, self.decision_combo)
        self.setTabOrder(self.decision_combo, self.fields)

    def initializePage(self) -> None:
        report = self.w.check_report
        if report is not self.shown_report:  # a new check: keep the per-field choices still meant
            self.w.field_decisions = carried_field_decisions(
                self.shown_report, report, self.w.field_decisions
            )
            self.shown_report = report
        duplicates = report.duplicates if report is not None else []
        self.duplicates = list(duplicates)
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
            self.table.setItem(r, 1, _item(dup.incoming, tooltip=dup.incoming))
            self.table.setItem(r, 2, _item(existing, tooltip=existing))
            self.table.setItem(r, 3, _item(reason_label(dup.reason)))
            self.table.setItem(r, self.COLUMN_CHANGES, _item(""))
            combo = QComboBox()
            combo.setObjectName(f"decision_{dup.row}")
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # by keyboard: the row's combo below
            for decision in DECISIONS:
                combo.addItem(decision_label(decision), decision.value)
            combo.setCurrentIndex(combo.findData(self.decision_of(dup).value))
            combo.currentIndexChanged.connect(lambda _i, row=dup.row, c=combo: self._decided(row, c))
            self.combos[dup.row] = combo
            self.table.setCellWidget(r, self.COLUMN_DECISION, combo)
            self._show_count(r)
        self.table.resizeColumnsToContents()
        for column in (1, 2):  # long names are elided (their tooltip is the cell): the decision stays in view
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), NAME_COLUMN_WIDTH))
        self.table.horizontalHeader().setStretchLastSection(True)
        if duplicates:
            self.table.setCurrentCell(0, 0)
            self._show_fields(0)
            self.table.setFocus()
        else:
            self._show_fields(-1)

    def decision_of(self, dup: imp.Duplicate) -> imp.Decision:
        return self.w.decisions.get(dup.row, dup.decision)

    def changes_of(self, dup: imp.Duplicate) -> list[imp.FieldChange]:
        """The fields the import will change in *dup*'s record, as the person has decided."""
        return dup.changes(self.decision_of(dup), self.w.field_decisions.get(dup.row))

    def _show_count(self, r: int) -> None:
        dup = self.duplicates[r]
        decision = self.decision_of(dup)
        if decision in UPDATING:
            shown = self.tr("%n of %1", "", len(self.changes_of(dup))).replace("%1", str(len(dup.fields)))
        else:
            shown = "—"
        item = self.table.item(r, self.COLUMN_CHANGES)
        if item is not None:
            item.setText(shown)

    def _decided(self, row: int, combo: QComboBox) -> None:
        self.w.decisions[row] = imp.Decision(combo.currentData())
        self.w.test_report = None
        for r, dup in enumerate(self.duplicates):
            if dup.row == row:
                self._show_count(r)
                if self._current is dup:
                    self._show_fields(r)

    def set_all(self, decision: imp.Decision) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(decision.value))

    # -- the selected duplicate ---------------------------------------------------------------------

    def _show_fields(self, r: int) -> None:
        dup = self.duplicates[r] if 0 <= r < len(self.duplicates) else None
        self._current = dup
        self._filling = True
        try:
            self.fields.setRowCount(0)
            for widget in (self.decision_combo, self.fields):
                widget.setEnabled(dup is not None)
            if dup is None:
                self.row_label.setText("")
                self.fields_note.setText("")
                return
            self.row_label.setText(
                self.tr("Row %1: %2 matches %3")
                .replace("%1", str(dup.row))
                .replace("%2", dup.incoming)
                .replace("%3", dup.label)
            )
            decision = self.decision_of(dup)
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(decision.value))
            updating = decision in UPDATING
            chosen = self.w.field_decisions.get(dup.row)
            self.fields.setRowCount(len(dup.fields))
            for i, change in enumerate(dup.fields):
                stored = change_value_text(change, change.stored)
                incoming = change_value_text(change, change.incoming)
                self.fields.setItem(i, 0, _item(QCoreApplication.translate("Fields", change.label)))
                self.fields.setItem(i, 1, _item(stored, tooltip=stored))
                self.fields.setItem(i, 2, _item(incoming, tooltip=incoming))
                take = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                if updating:
                    flags |= Qt.ItemFlag.ItemIsEnabled
                take.setFlags(flags)
                self._set_take(take, imp.takes_file_value(decision, change, chosen))
                self.fields.setItem(i, self.FIELD_TAKE, take)
            self.fields.resizeColumnsToContents()
            self.fields.horizontalHeader().setStretchLastSection(True)
            if dup.fields:
                self.fields.setCurrentCell(0, 0)
            if not dup.fields:
                note = self.tr("The file has nothing that differs from the stored record.")
            elif not updating:
                note = self.tr(
                    "Choose “Fill empty fields only” or “Update the existing record” to take values from the file."
                )
            else:
                note = self.tr("Fill empty fields only takes the file's value where nothing is stored.")
            self.fields_note.setText(note)
        finally:
            self._filling = False

    def _set_take(self, item: QTableWidgetItem, take: bool) -> None:
        item.setCheckState(Qt.CheckState.Checked if take else Qt.CheckState.Unchecked)
        item.setText(self.tr("take") if take else self.tr("keep"))

    def _row_decision_chosen(self) -> None:
        dup = self._current
        if self._filling or dup is None:
            return
        combo = self.combos.get(dup.row)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(self.decision_combo.currentData()))  # -> _decided

    def toggle_field(self, i: int) -> None:
        """Take the file's value of the selected duplicate's field *i*, or keep the stored one."""
        dup = self._current
        if dup is None or not 0 <= i < len(dup.fields):
            return
        decision = self.decision_of(dup)
        if decision not in UPDATING:
            return
        change = dup.fields[i]
        take = not imp.takes_file_value(decision, change, self.w.field_decisions.get(dup.row))
        self._choose_field(dup, change, take)
        item = self.fields.item(i, self.FIELD_TAKE)
        if item is not None:
            self._filling = True
            self._set_take(item, take)
            self._filling = False

    def _field_item_changed(self, item: QTableWidgetItem) -> None:
        """A click on the check box."""
        dup = self._current
        if self._filling or dup is None or item.column() != self.FIELD_TAKE:
            return
        change = dup.fields[item.row()]
        take = item.checkState() == Qt.CheckState.Checked
        self._choose_field(dup, change, take)
        self._filling = True
        self._set_take(item, take)
        self._filling = False

    def _choose_field(self, dup: imp.Duplicate, change: imp.FieldChange, take: bool) -> None:
        self.w.field_decisions.setdefault(dup.row, {})[change.key] = take
        self.w.test_report = None
        self._show_count(self.duplicates.index(dup))


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
            if report.warning_count:
                lines.append(self.tr("Rows with warnings are imported as they are; Back lists the warnings."))
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
            + (
                self.tr(", %n rows with warnings imported", "", rows_with_warnings(report))
                if report.warning_count
                else ""
            )
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
        shown = self.counts_text(report)
        if self.w.backup_path is not None:
            shown += "\n" + self.tr("A backup of the database before the import: %1").replace(
                "%1", str(self.w.backup_path)
            )
        self.result_label.setText(shown)
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
        return -1  # the last page, whatever ids the pages added later (Values, Organisations) have

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


def dependent_text(dependent: imp.Dependent) -> str:
    """One group of records that depend on an import ("People (2): … — pointing to …"), translated."""
    return dependent.text(QCoreApplication.translate)


class RevertImportDialog(QDialog):
    """The recent imports; Revert undoes the chosen one."""

    #: Emitted after an import was reverted.
    reverted = Signal()

    def __init__(self, database: Callable[[], Database | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revertImportDialog")
        self.setWindowTitle(self.tr("Revert an import"))
        self.database = database
        self.task: Task | None = None  # looking or reverting, in the background
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
        self.revert_button.setEnabled(chosen is not None and not chosen[2] and self.task is None)

    def revert_selected(self) -> None:
        """Look (in the background) at what depends on the chosen import, ask, then revert it (in
        the background too: a large import takes a while; Cancel rolls back)."""
        chosen = self.selected()
        db = self.database()
        if chosen is None or db is None or self.task is not None:
            return
        batch_id, file_name, _reverted = chosen

        def look(_progress: Progress) -> list[imp.Dependent]:
            with db.session() as s:
                return imp.dependents(s, batch_id)

        self._run(
            self.tr("Looking at what depends on the import…"),
            look,
            lambda found: self._ask(db, batch_id, file_name, found),
        )

    def _ask(self, db: Database, batch_id: uuid.UUID, file_name: str, found: list[imp.Dependent]) -> None:
        if found:
            question = (
                self.tr("Records added since the import of %1 depend on records it created:").replace(
                    "%1", file_name
                )
                + "\n\n"
                + "\n".join("• " + dependent_text(d) for d in found)
                + "\n\n"
                + self.tr(
                    "Revert anyway? The records they depend on are kept; the import's other records are "
                    "removed and the fields it changed restored."
                )
            )
        else:
            question = self.tr(
                "Remove the records the import of %1 created and restore the fields it changed? "
                "Fields changed since then are left as they are."
            ).replace("%1", file_name)
        if not prompts.confirm(self, self.tr("Revert an import"), question):
            return

        def work(progress: Progress) -> imp.RevertReport:
            with db.session() as s:
                report = imp.revert(s, batch_id, force=bool(found), progress=progress)
                s.commit()
                return report

        self._run(self.tr("Reverting the import…"), work, self._reverted)

    def _run(self, label: str, work: Callable[[Progress], Any], then: Callable[[Any], None]) -> None:
        def done() -> None:
            self.task = None
            self._update()

        def succeeded(result: object) -> None:
            done()
            then(result)

        def failed(exc: BaseException) -> None:
            done()
            prompts.warn(self, self.tr("Revert an import"), text.error_text(exc))

        def cancelled() -> None:
            done()
            self.message.setText(self.tr("Cancelled; nothing was changed."))

        self.message.setText("")
        self.task = run_task(self, label, work, on_success=succeeded, on_failure=failed, on_cancel=cancelled)
        self._update()

    def reject(self) -> None:
        """Esc or Close while looking or reverting cancels that work (it rolls back); else closes."""
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def _reverted(self, report: imp.RevertReport) -> None:
        message = self.tr("Reverted: %n records removed", "", report.removed) + self.tr(
            ", %n fields restored.", "", report.restored
        )
        if report.kept_records:
            message += " " + self.tr(
                "%n records kept: records added since depend on them.", "", report.kept_records
            )
        if report.kept:
            message += " " + self.tr("Changed since, left as they are: %1").replace(
                "%1", ", ".join(report.kept)
            )
        self.load()
        self.message.setText(message)
        self.reverted.emit()
