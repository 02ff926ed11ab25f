"""Offline sync in the window: the banner of an offline copy, taking a copy, and the report of a sync
package before it is merged.

The work itself is :mod:`tvet_alliance.services.sync`; the main window runs it in the thread pool
(``run_task``) and these widgets only collect choices and show results. Reviewing what a merge held
(conflicts, possible duplicates) is in :mod:`.sync_review`.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.persistence import Database
from tvet_alliance.services import records, sync
from tvet_alliance.services.sync.package import SUFFIX
from tvet_alliance.ui import text

#: The file suffix of sync packages.
PACKAGE_SUFFIX = SUFFIX

DatabaseGetter = Callable[[], Database | None]

#: The file filter of database files (offline copies are database files too).
DB_FILTER = "TVET Alliance databases (*.sqlite3 *.sqlite *.db);;All files (*)"
DB_SUFFIXES = (".sqlite3", ".sqlite", ".db")

BANNER_STYLE = """
QFrame#replicaBanner {
    background: #fdf3d7;
    border: none;
    border-bottom: 1px solid #e6c979;
}
QFrame#replicaBanner QLabel { color: #4a3700; }
"""


def package_filter() -> str:
    return QCoreApplication.translate("SyncDialogs", "Sync packages (*%1);;All files (*)").replace(
        "%1", PACKAGE_SUFFIX
    )


def with_suffix(path: str | Path, suffix: str, accepted: tuple[str, ...] = ()) -> Path:
    """*path* with *suffix* added when it has none of the *accepted* ones (a name typed without it)."""
    target = Path(path)
    if target.suffix.lower() not in {suffix, *accepted}:
        target = target.with_name(target.name + suffix)
    return target


def _slug(value: str) -> str:
    return re.sub(r"[^\w]+", "-", value, flags=re.UNICODE).strip("-").lower() or "laptop"


# --- the banner ------------------------------------------------------------------------------------


def _isolated(value: str) -> str:
    """*value* as its own bidirectional run (a Latin file name inside Urdu text stays in one piece)."""
    return f"\u2068{value}\u2069"


def banner_text(info: sync.ReplicaInfo) -> str:
    """The banner's text (rich text: names are escaped)."""
    translate = QCoreApplication.translate
    head = (
        translate("SyncDialogs", "Offline copy of %1, taken %2")
        .replace("%1", _isolated(info.office_name))
        .replace("%2", _isolated(text.format_value(info.taken_at)))
    )
    parts = [
        (head, True),
        (translate("SyncDialogs", "laptop copy “%1”").replace("%1", _isolated(info.site_name)), False),
    ]
    if info.event_name:
        parts.append((translate("SyncDialogs", "only %1").replace("%1", _isolated(info.event_name)), False))
    if info.unsent:
        unsent = translate("SyncDialogs", "changes not yet in a sync package: %1")
        parts.append((unsent.replace("%1", f"{info.unsent:,}"), True))
    else:
        parts.append((translate("SyncDialogs", "every change is in a sync package"), False))
    shown = [
        f"<b>{_isolated(html.escape(p))}</b>" if bold else _isolated(html.escape(p)) for p, bold in parts
    ]
    return " · ".join(shown)


class ReplicaBanner(QFrame):
    """A bar at the top of the window while an offline copy is open: whose copy it is, and what has
    not travelled back to the office yet."""

    #: The person pressed "Create sync package…".
    packageRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replicaBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.info: sync.ReplicaInfo | None = None
        self.label = QLabel()
        self.label.setObjectName("replicaBannerText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.package_button = QPushButton(self.tr("Create sync package…"))
        self.package_button.setObjectName("replicaBannerPackage")
        self.package_button.setToolTip(
            self.tr("Write this copy's new changes to a file to merge at the office (Ctrl+Shift+P)")
        )
        self.package_button.clicked.connect(self.packageRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 7, 10, 7)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.package_button)
        self.setVisible(False)

    def show_info(self, info: sync.ReplicaInfo | None) -> None:
        """Show the facts of the open offline copy, or hide the banner (an office database)."""
        self.info = info
        if info is None:
            self.label.clear()
            self.setVisible(False)
            return
        self.label.setText(banner_text(info))
        self.package_button.setEnabled(info.unsent > 0)
        self.setVisible(True)


# --- taking an offline copy ------------------------------------------------------------------------


@dataclass(frozen=True)
class CopyChoice:
    """What the Take offline copy dialog chose."""

    path: Path
    name: str
    event_id: uuid.UUID | None
    event_label: str | None


class TakeCopyDialog(QDialog):
    """Name the laptop's copy, optionally keep one event only, then choose where to save it."""

    #: Emitted with a :class:`CopyChoice` once the person chose the file.
    chosen = Signal(object)

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeCopyDialog")
        self.setWindowTitle(self.tr("Take offline copy"))
        self.database = database
        self.choice: CopyChoice | None = None

        intro = QLabel(
            self.tr(
                "An offline copy is a database file for a laptop at a seminar: register and check in "
                "delegates there without a network, then bring the changes back in a sync package and "
                "merge it here."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self.tr("Laptop 1"))
        self.name_edit.setObjectName("copyName")
        self.name_edit.setMaxLength(200)
        self.name_edit.selectAll()
        self.name_edit.setToolTip(self.tr("Shown on the laptop and in the conflicts its package brings"))
        name_label = QLabel(self.tr("&Name of the laptop copy:"))
        name_label.setBuddy(self.name_edit)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("copyEvent")
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(30)
        event_label = QLabel(self.tr("&Records:"))
        event_label.setBuddy(self.event_combo)
        self.event_note = QLabel(
            self.tr(
                "One event: its delegates and their people, check-ins, competitions and every partner. "
                "Agreements stay at the office."
            )
        )
        self.event_note.setWordWrap(True)
        self.event_note.setObjectName("copyEventNote")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Save copy…"))
        self.save_button.setObjectName("copySave")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        self.event_combo.currentIndexChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        form.addRow(event_label, self.event_combo)
        form.addRow("", self.event_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load_events()
        self._update()
        self.resize(560, 0)

    def _load_events(self) -> None:
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("All records"), None)
        db = self.database()
        if db is None:
            return
        with db.session() as s:
            for choice in records.choices(s, "event", limit=10_000):
                label = f"{choice.label} — {choice.detail}" if choice.detail else choice.label
                self.event_combo.addItem(self.tr("Only %1").replace("%1", label), str(choice.id))

    def event_id(self) -> uuid.UUID | None:
        data = self.event_combo.currentData()
        return uuid.UUID(str(data)) if data else None

    def laptop_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def suggested_path(self) -> Path:
        db = self.database()
        folder = db.path.parent if db is not None and db.path is not None else Path.home()
        stem = db.path.stem if db is not None and db.path is not None else "alliance"
        return folder / f"{stem}-offline-{_slug(self.laptop_name())}-{date.today().isoformat()}.sqlite3"

    def _update(self) -> None:
        self.event_note.setVisible(self.event_id() is not None)
        self.save_button.setEnabled(bool(self.laptop_name()))

    def accept(self) -> None:
        """Ask where to save the copy (the file dialog asks before replacing a file), then close."""
        if not self.save_button.isEnabled():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the offline copy"), str(self.suggested_path()), DB_FILTER
        )
        if not path:
            return
        label = self.event_combo.currentText() if self.event_id() is not None else None
        self.choice = CopyChoice(
            with_suffix(path, ".sqlite3", DB_SUFFIXES), self.laptop_name(), self.event_id(), label
        )
        self.chosen.emit(self.choice)
        super().accept()


def copy_written_message(info: sync.ReplicaInfo) -> str:
    message = (
        QCoreApplication.translate("SyncDialogs", "Offline copy “%1” written to %2.")
        .replace("%1", info.site_name)
        .replace("%2", str(info.path))
    )
    if info.event_name:
        message += " " + QCoreApplication.translate(
            "SyncDialogs", "It holds the event %1 and what it needs."
        ).replace("%1", info.event_name)
    return (
        message
        + "\n\n"
        + QCoreApplication.translate("SyncDialogs", "Open it on the laptop with File → Open database….")
    )


# --- sync packages ---------------------------------------------------------------------------------


class SyncDialogs(QObject):
    """The translation context of this module's functions: a counted text needs a class's ``tr``
    (``SyncDialogs.tr("%n changes", "", n)``) for lupdate to see it."""


def package_written_message(info: sync.PackageInfo) -> str:
    # PySide runs a class's tr (mypy types it per instance).
    n = info.change_count
    counted = SyncDialogs.tr("Sync package with %Ln changes (numbers %1–%2) written to %3.", "", n)  # type: ignore[arg-type]
    return (
        counted.replace("%1", str(info.seq_from))
        .replace("%2", str(info.seq_to))
        .replace("%3", str(info.path))
    )


def _entity_label(table: str) -> str:
    if table == "check_in":
        return QCoreApplication.translate("SyncDialogs", "Check-ins")
    for rtype in records.RECORD_TYPES.values():
        if getattr(rtype.model, "__tablename__", None) == table:
            return text.translate("Entity", rtype.label)
    return table


def report_counts(report: sync.MergeReport) -> list[tuple[str, str, int]]:
    """(object name, label, count) of a merge report, in the order the report dialog shows them."""
    return [
        ("added", QCoreApplication.translate("SyncDialogs", "Records added"), report.added),
        ("changed", QCoreApplication.translate("SyncDialogs", "Records changed"), report.changed),
        ("deleted", QCoreApplication.translate("SyncDialogs", "Records deleted"), report.deleted),
        ("check_ins", QCoreApplication.translate("SyncDialogs", "Check-ins"), report.check_ins),
        (
            "conflicts",
            QCoreApplication.translate("SyncDialogs", "Conflicts (the office value stays until you choose)"),
            report.conflicts,
        ),
        (
            "duplicates",
            QCoreApplication.translate("SyncDialogs", "Possible duplicates to review"),
            report.duplicates,
        ),
    ]


def merged_message(report: sync.MergeReport) -> str:
    """The status bar's message after a merge."""
    if report.already_merged:
        return QCoreApplication.translate(
            "SyncDialogs", "The package of “%1” was merged before: nothing to do."
        ).replace("%1", report.site_name)
    merged = (
        QCoreApplication.translate(
            "SyncDialogs", "Merged the package of “%1”: %2 added, %3 changed, %4 deleted"
        )
        .replace("%1", report.site_name)
        .replace("%2", str(report.added))
        .replace("%3", str(report.changed))
        .replace("%4", str(report.deleted))
    )
    counted = [
        SyncDialogs.tr(", %n check-ins", "", report.check_ins),  # type: ignore[arg-type]
        SyncDialogs.tr(", %n conflicts", "", report.conflicts),  # type: ignore[arg-type]
        SyncDialogs.tr(", %n possible duplicates.", "", report.duplicates),  # type: ignore[arg-type]
    ]
    return merged + "".join(counted)


class MergeReportDialog(QDialog):
    """What merging a package would do (a dry run: nothing has changed yet), with Merge and Cancel."""

    def __init__(self, report: sync.MergeReport, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.setWindowTitle(self.tr("Merge sync package"))
        self.report = report
        self.path = path
        self.count_labels: dict[str, QLabel] = {}

        heading = QLabel(
            self.tr("Package from “%1”, changes %2–%3")
            .replace("%1", report.site_name)
            .replace("%2", str(report.seq_from))
            .replace("%3", str(report.seq_to))
        )
        heading.setObjectName("mergeHeading")
        heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        heading.setWordWrap(True)
        file_label = QLabel(path.name)
        file_label.setToolTip(str(path))
        file_label.setObjectName("mergeFile")
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(file_label)
        layout.addSpacing(6)

        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.table: QTableWidget | None = None
        if report.already_merged:
            self.summary.setText(self.tr("This package was merged already — nothing to do."))
            layout.addWidget(self.summary)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.merge_button: QPushButton | None = None
            buttons.rejected.connect(self.reject)
        else:
            self.summary.setText(
                self.tr(
                    "Nothing has been changed yet. Merge writes these changes into this database in one "
                    "step; an automatic backup is taken first."
                )
            )
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
            for key, label, count in report_counts(report):
                value = QLabel(f"{count:,}")
                value.setObjectName(f"mergeCount_{key}")
                value.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                value.setMinimumWidth(value.fontMetrics().horizontalAdvance("00000"))
                if key in ("conflicts", "duplicates") and count:
                    value.setStyleSheet("font-weight: 600; color: #9a3412;")
                self.count_labels[key] = value
                form.addRow(QLabel(label), value)
            layout.addLayout(form)
            rows = [(t, c) for t, c in report.by_table.items() if any(c.values())]
            if rows:
                layout.addWidget(QLabel(self.tr("By kind of record:")))
                self.table = self._by_table(rows)
                layout.addWidget(self.table)
            layout.addWidget(self.summary)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setObjectName("mergeButton")
            self.merge_button.setDefault(True)
            self.merge_button.setAutoDefault(True)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _by_table(self, rows: list[tuple[str, dict[str, int]]]) -> QTableWidget:
        table = QTableWidget(len(rows), 4)
        table.setObjectName("mergeByTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("Added"), self.tr("Changed"), self.tr("Deleted")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r, (name, counts) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(_entity_label(name)))
            for c, key in enumerate(("added", "changed", "deleted"), start=1):
                item = QTableWidgetItem(f"{counts.get(key, 0):,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        height = table.horizontalHeader().sizeHint().height() + sum(
            table.rowHeight(r) for r in range(len(rows))
        )
        table.setFixedHeight(height + 2 * table.frameWidth())
        return table
