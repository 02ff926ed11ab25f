"""Import attendance…: a Zoom, Teams or Tencent Meeting / VooV participant report applied to an
event's delegates (services/attendance.py).

The person chooses (or drops) the file, the event and the threshold (minutes, or a share of the
meeting); the dialog reads and matches at once and lists every participant: e-mail, minutes (the
union of their sessions), share of the meeting, the delegate matched — or a picker for those to
review (several candidates) or unmatched (choose a delegate, add as a walk-in, or leave) — and
whether they count as attended. Import hands the plan and the choices to the window
(:attr:`AttendanceDialog.importRequested`), which applies them in the background with progress.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database
from tvet_alliance.services import attendance
from tvet_alliance.services.attendance import Choice, Choices, Plan, Threshold
from tvet_alliance.services.importing import files
from tvet_alliance.ui import text

DatabaseGetter = Callable[[], Database | None]
FILE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")

#: The columns of the participants table.
NAME, EMAIL, MINUTES, SHARE, DELEGATE, ATTENDED = range(6)
SHARE_UNIT, MINUTES_UNIT = "share", "minutes"


class AttendanceDialog(QDialog):
    """Read a meeting report, review its matches, and ask the window to apply it."""

    #: (plan, threshold, choices): the window applies them (Controller.run).
    importRequested = Signal(object, object, object)

    def __init__(
        self,
        database: DatabaseGetter,
        parent: QWidget | None = None,
        *,
        event_id: uuid.UUID | None = None,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Import attendance"))
        self.setAcceptDrops(True)
        self._database = database
        self.plan: Plan | None = None
        self._loaded: tuple[str, uuid.UUID | None] | None = None
        self.pickers: dict[int, QComboBox] = {}

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("attendanceFile")
        self.path_edit.setPlaceholderText(
            self.tr("A Zoom, Teams or Tencent Meeting / VooV report (CSV or .xlsx)")
        )
        self.path_edit.editingFinished.connect(lambda: self.reload(again=False))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.event_combo = QComboBox()
        self.event_combo.setObjectName("attendanceEvent")
        self.event_combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("attendanceThreshold")
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setValue(round(100 * attendance.DEFAULT_SHARE))
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("attendanceUnit")
        self.unit_combo.addItem(self.tr("% of the meeting"), SHARE_UNIT)
        self.unit_combo.addItem(self.tr("minutes"), MINUTES_UNIT)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.threshold_spin.valueChanged.connect(lambda _v: self.update_outcome())
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_spin)
        threshold_row.addWidget(self.unit_combo)
        threshold_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Event:"), self.event_combo)
        form.addRow(self.tr("Attended from:"), threshold_row)

        # Which column is which, for a report read through a mapping (Tencent Meeting / VooV and any
        # other table): shown when the columns were guessed from their names, or could not be.
        self.columns_box = QGroupBox(self.tr("Columns of the report"))
        self.columns_box.setObjectName("attendanceColumns")
        grid = QGridLayout(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}
        labels = {
            "name": self.tr("Name:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "join": self.tr("Join time:"),
            "leave": self.tr("Leave time:"),
            "duration": self.tr("Duration:"),
        }
        for index, column in enumerate(attendance.COLUMNS):
            combo = QComboBox()
            combo.setObjectName(f"attendanceColumn_{column}")
            combo.activated.connect(lambda _i: self._columns_chosen())
            self.column_combos[column] = combo
            grid.addWidget(QLabel(labels[column]), index // 3, 2 * (index % 3))
            grid.addWidget(combo, index // 3, 2 * (index % 3) + 1)
            grid.setColumnStretch(2 * (index % 3) + 1, 1)
        self.columns_box.hide()
        self._mapping: dict[str, str] | None = None

        self.info = QLabel()
        self.info.setObjectName("attendanceInfo")
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("E-mail or phone"),
                self.tr("Minutes"),
                self.tr("Share"),
                self.tr("Delegate"),
                self.tr("Attended"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DELEGATE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("attendanceImport")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)  # Enter in the file box reads the file, never imports
        self.buttons.accepted.connect(self.request_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

        self._fill_events(event_id)
        if path is not None:
            self.path_edit.setText(str(path))
        self.reload()

    # --- inputs ---------------------------------------------------------------------------------

    def _fill_events(self, chosen: uuid.UUID | None) -> None:
        db = self._database()
        if db is None:
            return
        with db.session() as s:
            choices = files.event_choices(s)
        self.event_combo.blockSignals(True)
        for choice in choices:
            label = choice.name + (f" ({choice.starts.isoformat()})" if choice.starts else "")
            self.event_combo.addItem(label, choice.id)
            if choice.id == chosen:
                self.event_combo.setCurrentIndex(self.event_combo.count() - 1)
        self.event_combo.blockSignals(False)

    def event_id(self) -> uuid.UUID | None:
        value = self.event_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a meeting report"),
            self.path_edit.text() or str(Path.home()),
            self.tr("Reports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self.reload()

    def _show_columns(self, header: list[str], columns: dict[str, str]) -> None:
        for column, combo in self.column_combos.items():
            combo.clear()
            combo.addItem("—", "")
            for name in header:
                if name:
                    combo.addItem(name, name)
            found = combo.findData(columns.get(column, ""))
            combo.setCurrentIndex(max(found, 0))
        self.columns_box.show()

    def _columns_chosen(self) -> None:
        self._mapping = {c: str(combo.currentData() or "") for c, combo in self.column_combos.items()}
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the file box reads the file; it must not also press Import.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.path_edit,
            None,
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_file(path)

    def _unit_changed(self) -> None:
        minutes = self.unit_combo.currentData() == MINUTES_UNIT
        self.threshold_spin.blockSignals(True)
        if minutes:
            self.threshold_spin.setRange(0, 24 * 60)
            meeting = self.plan.report.meeting_minutes if self.plan is not None else 60
            self.threshold_spin.setValue(max(1, round(meeting * attendance.DEFAULT_SHARE)))
        else:
            self.threshold_spin.setRange(0, 100)
            self.threshold_spin.setValue(round(100 * attendance.DEFAULT_SHARE))
        self.threshold_spin.blockSignals(False)
        self.update_outcome()

    def threshold(self) -> Threshold:
        if self.unit_combo.currentData() == MINUTES_UNIT:
            return Threshold.of(minutes=self.threshold_spin.value())
        return Threshold.of(percent=self.threshold_spin.value())

    # --- reading and matching -------------------------------------------------------------------

    def reload(self, *, again: bool = True) -> None:
        """Read the file and match it with the chosen event's delegates (unless *again* is False
        and they are those read last: leaving the file box must not drop the choices made)."""
        current = (self.path_edit.text().strip(), self.event_id())
        if not again and current == self._loaded:
            return
        if current[0] != (self._loaded or ("", None))[0]:
            self._mapping = None  # another file: its columns are guessed again
            self.columns_box.hide()
        self._loaded = current
        self.plan = None
        self.pickers = {}
        self.table.setRowCount(0)
        raw = self.path_edit.text().strip()
        db = self._database()
        event_id = self.event_id()
        if not raw or db is None:
            self._show_problem(self.tr("Choose the report of the meeting, or drop it here."), error=False)
            return
        if event_id is None:
            self._show_problem(self.tr("There is no event to import attendance into. Add the event first."))
            return
        try:
            report = attendance.read_report(Path(raw), mapping=self._mapping)
            with db.session() as s:
                self.plan = attendance.match(s, report, event_id)
        except DomainError as exc:
            self._show_problem(text.error_text(exc))
            if getattr(exc, "code", "") in ("unrecognised", "mapping", "columns_needed"):
                self._offer_columns(Path(raw))
            return
        except OSError as exc:
            self._show_problem(str(exc))
            return
        if report.detected is attendance.Layout.MAPPED:
            self._show_columns(report.header, report.columns)
        else:
            self.columns_box.hide()
        self._fill_table(self.plan)
        self.update_outcome()

    def _offer_columns(self, path: Path) -> None:
        """A table not recognised: let the person say which column is which."""
        if self._mapping is not None:
            return  # the columns shown are the person's choice: keep them
        try:
            header = attendance.header_of(path)
        except DomainError:
            self.columns_box.hide()
            return
        self._show_columns(header, {})

    def _show_problem(self, message: str, *, error: bool = True) -> None:
        self.info.setText(text.directed(message))
        self.info.setProperty("error", error)
        self.info.setStyleSheet("color: palette(link);" if not error else "color: #b00020;")
        self.summary.setText("")
        self.import_button.setEnabled(False)

    def _fill_table(self, plan: Plan) -> None:
        report = plan.report
        kinds = {
            "zoom": self.tr("Zoom participant report"),
            "teams": self.tr("Microsoft Teams attendance report"),
            "mapped": self.tr("Meeting report (columns recognised by their names)"),
        }
        parts = [
            kinds[report.detected.value],
            self.tr("%n participants", "", len(report.participants)),
            self.tr("meeting of %n minutes", "", report.meeting_minutes),
        ]
        info = self.tr("%1 — %2, %3.").replace("%1", parts[0]).replace("%2", parts[1]).replace("%3", parts[2])
        if report.rejected:
            info += " " + self.tr("%n rows could not be read:", "", len(report.rejected)) + " "
            info += " ".join(text.error_text(e) for e in report.rejected[:3])
            if len(report.rejected) > 3:
                info += " …"
        self.info.setText(text.directed(info))
        self.info.setStyleSheet("")
        self.table.setRowCount(len(plan.attendees))
        for row, attendee in enumerate(plan.attendees):
            person = attendee.participant
            self._set(row, NAME, " / ".join(person.names[:2]) or person.name)
            self._set(row, EMAIL, person.email or person.phone or "")
            self._set(row, MINUTES, str(attendance.minutes_of(person.seconds)), number=True)
            self._set(row, SHARE, f"{round(100 * report.share(person.seconds))}%", number=True)
            matched = attendee.matched
            if matched is not None:
                how = {
                    "email": self.tr("by e-mail"),
                    "phone": self.tr("by phone"),
                    "name": self.tr("by name"),
                }[attendee.how.value if attendee.how else "name"]
                self._set(row, DELEGATE, f"{matched.shown} ({how})")
            else:
                self.table.setCellWidget(row, DELEGATE, self._picker(row, attendee, plan))
            self._set(row, ATTENDED, "")
        self.table.resizeColumnsToContents()
        for column, most in ((NAME, 240), (EMAIL, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _set(self, row: int, column: int, value: str, *, number: bool = False) -> None:
        item = QTableWidgetItem(value)
        if number:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _picker(self, row: int, attendee: attendance.Attendee, plan: Plan) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"attendancePicker{row}")
        first = (
            self.tr("Review: %n possible delegates — leave", "", len(attendee.candidates))
            if attendee.candidates
            else self.tr("Unmatched — leave")
        )
        combo.addItem(first, Choice.LEAVE.value)
        combo.addItem(self.tr("Add as a walk-in (online)"), Choice.WALK_IN.value)
        combo.insertSeparator(combo.count())
        # The candidates first, then the online delegates no other participant matched: the one
        # this participant is, when the report's name or address differs from the registration's.
        taken = {a.matched for a in plan.attendees if a.matched is not None}
        others = [
            d
            for d in plan.delegates
            if d not in attendee.candidates and d not in taken and d.mode.value == "online"
        ]
        shown = [*attendee.candidates, *others]
        for delegate in shown:
            combo.addItem(delegate.detailed, delegate.participation_id)
        combo.currentIndexChanged.connect(lambda _i: self.update_outcome())
        self.pickers[row] = combo
        return combo

    # --- the outcome ----------------------------------------------------------------------------

    def choices(self) -> Choices:
        chosen: dict[int, uuid.UUID | Choice] = {}
        for row, combo in self.pickers.items():
            value = combo.currentData()
            if isinstance(value, uuid.UUID):
                chosen[row] = value
            elif value == Choice.WALK_IN.value:
                chosen[row] = Choice.WALK_IN
        return chosen

    def update_outcome(self) -> None:
        plan = self.plan
        if plan is None:
            return
        try:
            threshold = self.threshold()
            result = attendance.outcome(plan, threshold, self.choices())
        except DomainError as exc:
            self._show_problem(text.error_text(exc))
            return
        yes, no = self.tr("yes"), self.tr("no")
        walk_ins = {index: attended for index, _seconds, attended in result.walk_ins}
        for row in range(len(plan.attendees)):
            credit = result.of_attendee(row)
            if credit is not None:
                shown = yes if credit.attended else no
                if credit.delegate.mode.value != "online":
                    shown = self.tr("in person (not changed)")
            elif row in walk_ins:
                shown = yes if walk_ins[row] else no
            else:
                shown = "—"
            self._set(row, ATTENDED, shown)
        online = [c for c in result.credited if c.delegate.mode.value == "online"]
        attended = sum(1 for c in online if c.attended) + sum(1 for a in walk_ins.values() if a)
        in_person = len(result.credited) - len(online)
        parts = [
            self.tr("%n delegates will be marked attended", "", attended),
            self.tr("%n online delegates get their minutes", "", len(online)),
            self.tr("%n walk-ins added", "", len(result.walk_ins)),
            self.tr("%n participants left unmatched", "", len(result.unmatched)),
        ]
        if in_person:
            parts.append(self.tr("%n registered in person (reported, not changed)", "", in_person))
        self.summary.setText(text.directed("; ".join(parts) + "."))
        self.table.resizeColumnToContents(ATTENDED)
        self.import_button.setEnabled(bool(result.credited or result.walk_ins))

    def request_import(self) -> None:
        if self.plan is None:
            return
        try:
            threshold = self.threshold()
        except DomainError as exc:
            self._show_problem(text.error_text(exc))
            return
        self.importRequested.emit(self.plan, threshold, dict(self.choices()))
        self.accept()


def _dropped(event: QDragEnterEvent | QDropEvent) -> str | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1:
        return None
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in FILE_SUFFIXES else None


def done_message(applied: attendance.Applied) -> str:
    """The status bar's sentence once an import of attendance is applied."""
    return (
        QCoreApplication.translate(
            "AttendanceDialog", "Attendance imported: %1 attended; walk-ins added: %2."
        )
        .replace("%1", str(applied.attended))
        .replace("%2", str(len(applied.walk_ins_added)))
    )
