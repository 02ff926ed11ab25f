"""Results: a competition's tracks and, for the chosen one, each entry's rank, mark, standard score
and medal by rule (services/results.py) beside the medal confirmed; confirm, unlock with a reason,
print a result sheet or the results book; the competition's settings of the rule."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance import APP_NAME
from tvet_alliance.domain import changes as changes_mod
from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.services import results
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.editing import Editing
from tvet_alliance.ui.pages import PageContext, PageSpec

ID_ROLE = Qt.ItemDataRole.UserRole


class UnlockDialog(QDialog):
    """Asks why a track's confirmed results are unlocked; OK only with a reason."""

    def __init__(self, track: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock results"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("Why are the results of {track} unlocked? The reason is kept in the history.").format(
                track=track
            )
        )
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Unlock"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text())))
        self.reason.installEventFilter(self)  # Enter unlocks (with a reason); Shift+Enter: a new line
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reason
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            if self.text():
                self.accept()
            return True  # an empty reason: Enter does nothing (OK stays disabled)
        return super().eventFilter(watched, event)


def medal_text(medal: Medal) -> str:
    return "" if medal is Medal.NONE else text.enum_label(medal)


def _decimal(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"


class ResultsPage(QWidget):
    """The Results area."""

    countChanged = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("ResultsPage", "Rank"),
        QT_TRANSLATE_NOOP("ResultsPage", "Entry"),
        QT_TRANSLATE_NOOP("ResultsPage", "Country"),
        QT_TRANSLATE_NOOP("ResultsPage", "Mark"),
        QT_TRANSLATE_NOOP("ResultsPage", "Standard"),
        QT_TRANSLATE_NOOP("ResultsPage", "Proposed"),
        QT_TRANSLATE_NOOP("ResultsPage", "Stored"),
    )

    def __init__(self, database: Any, editing: Editing) -> None:
        super().__init__()
        self.setObjectName("resultsPage")
        self._database = database
        self._editing = editing
        self.current: results.TrackResults | None = None
        #: The competition's stored (threshold, margin), what the proposals shown are computed with.
        self._applied: tuple[int, Decimal] | None = None

        self.competition = QComboBox()
        self.competition.setObjectName("resultsCompetition")
        self.competition.setMinimumContentsLength(26)
        self.competition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        competition_label = QLabel(self.tr("&Competition:"))
        competition_label.setBuddy(self.competition)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("resultsThreshold")
        self.threshold.setRange(0, 1000)
        threshold_label = QLabel(self.tr("&Medallion from:"))
        threshold_label.setBuddy(self.threshold)
        self.threshold.setToolTip(self.tr("Medallion for Excellence from this standard score"))
        self.margin = QDoubleSpinBox()
        self.margin.setObjectName("resultsMargin")
        self.margin.setRange(0, 100)
        self.margin.setDecimals(2)
        self.margin.setSingleStep(0.5)
        margin_label = QLabel(self.tr("&Tie margin:"))
        margin_label.setBuddy(self.margin)
        self.margin.setToolTip(
            self.tr("Marks within this many mark points of a better one share its rank and medal")
        )
        self.apply_settings = QPushButton(self.tr("&Apply"))
        self.apply_settings.setObjectName("resultsApply")
        top = QHBoxLayout()
        for w in (
            competition_label,
            self.competition,
            threshold_label,
            self.threshold,
            margin_label,
            self.margin,
        ):
            top.addWidget(w)
        top.addWidget(self.apply_settings)
        top.addStretch(1)

        self.tracks = QListWidget()
        self.tracks.setObjectName("resultsTracks")
        self.tracks.setMinimumWidth(150)
        self.tracks.setWordWrap(True)  # long track names wrap rather than scroll
        self.tracks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.state = QLabel()
        self.state.setObjectName("resultsState")
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("resultsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.confirm_button = QPushButton(self.tr("C&onfirm results…"))
        self.confirm_button.setObjectName("resultsConfirm")
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setObjectName("resultsUnlock")
        self.sheet_button = QPushButton(self.tr("Print result &sheet…"))
        self.sheet_button.setObjectName("resultsPrintSheet")
        self.book_button = QPushButton(self.tr("Print results &book…"))
        self.book_button.setObjectName("resultsPrintBook")
        buttons = QHBoxLayout()
        for b in (self.confirm_button, self.unlock_button, self.sheet_button, self.book_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.state)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        # The track's results, and the competition's medal table (ui/views/medal_table.py) beside
        # them on a second tab: what confirming a track does to the table is one key away.
        from tvet_alliance.ui.views.medal_table import MedalTableView

        self.medals = MedalTableView(database, self)
        self.medals.setObjectName("resultsMedals")
        self.views = QTabWidget()
        self.views.setObjectName("resultsViews")
        self.views.addTab(right, self.tr("Track results"))
        self.views.addTab(self.medals, self.tr("Medal table"))
        splitter = QSplitter()
        splitter.addWidget(self.tracks)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 580])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.competition.currentIndexChanged.connect(self._competition_chosen)
        self.tracks.currentItemChanged.connect(lambda *_: self._show_track())
        self.apply_settings.clicked.connect(self.save_settings)
        # Enter (or leaving the box) applies a typed threshold or margin: the boxes never show a value
        # the proposals beside them were not computed with.
        self.threshold.editingFinished.connect(self._settings_edited)
        self.margin.editingFinished.connect(self._settings_edited)
        self.confirm_button.clicked.connect(self.confirm)
        self.unlock_button.clicked.connect(self.unlock)
        self.sheet_button.clicked.connect(lambda: self.print_results(book=False))
        self.book_button.clicked.connect(lambda: self.print_results(book=True))
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------------------

    def _db(self) -> Database | None:
        db = self._database()
        return db if isinstance(db, Database) else None

    def count_text(self) -> str:
        return self.tr("%n entries", "", self.table.rowCount())

    def competition_id(self) -> uuid.UUID | None:
        value = self.competition.currentData(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def track_id(self) -> uuid.UUID | None:
        item = self.tracks.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def refresh(self) -> None:
        db = self._db()
        chosen = self.competition_id()
        self.competition.blockSignals(True)
        self.competition.clear()
        if db is not None:
            with db.session() as s:
                found = results.competitions(s)
            for c in found:
                label = c.name if c.edition is None else f"{c.name} ({c.edition})"
                self.competition.addItem(label, c.id)
        index = text.index_of(self.competition, chosen, ID_ROLE) if chosen is not None else -1
        self.competition.setCurrentIndex(index if index >= 0 else (0 if self.competition.count() else -1))
        self.competition.blockSignals(False)
        self._competition_chosen()

    def _competition_chosen(self) -> None:
        db = self._db()
        keep = self.track_id()
        self.medals.set_competition(self.competition_id())
        self.medals.refresh()
        self.tracks.blockSignals(True)
        self.tracks.clear()
        cid = self.competition_id()
        if db is not None and cid is not None:
            with db.session() as s:
                tracks = results.competition_results(s, cid)
                settings = next((c.settings for c in results.competitions(s) if c.id == cid), None)
            if settings is not None:
                self.threshold.setValue(settings.threshold)
                self.margin.setValue(float(settings.margin))
                self._applied = self._typed_settings()
            language = text.language().split("_")[0]
            for t in tracks:
                name = t.name_zh if language == "zh" and t.name_zh else t.name
                confirmed = self.tr("confirmed")  # double quotes: lupdate reads no other
                label = f"{name}  ✓ {confirmed}" if t.confirmed else name
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, t.track_id)
                item.setToolTip(f"{t.name} / {t.name_zh}" if t.name_zh else t.name)
                self.tracks.addItem(item)
        rows = [self.tracks.item(i) for i in range(self.tracks.count())]
        current = next((i for i, item in enumerate(rows) if item.data(ID_ROLE) == keep), 0 if rows else -1)
        self.tracks.setCurrentRow(current)
        self.tracks.blockSignals(False)
        self._show_track()

    def _show_track(self) -> None:
        db = self._db()
        tid = self.track_id()
        self.current = None
        if db is not None and tid is not None:
            try:
                with db.session() as s:
                    self.current = results.track_results(s, tid)
            except DomainError:
                self.current = None
        self._fill_table()
        self._update_buttons()
        self.countChanged.emit()

    def _state_text(self, t: results.TrackResults) -> str:
        if t.confirmed_at is not None:
            when = t.confirmed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            state = self.tr("Confirmed on {when} by {who}: its entries are locked.").format(
                when=when, who=t.confirmed_by or ""
            )
        else:
            state = self.tr("Provisional: the medals are proposed by the rule.")
        if t.scale.median is not None:
            state += " " + self.tr("Median mark {median}, spread {spread} mark points.").format(
                median=_decimal(t.scale.median), spread=_decimal(t.scale.spread.quantize(Decimal("0.01")))
            )
            if t.scale.fallback:
                state += " " + self.tr("(Fewer than 3 ranked entries: a tenth of the maximum.)")
        if t.unlock_reason and not t.confirmed:
            state += " " + self.tr("Last unlocked: {reason}").format(reason=t.unlock_reason)
        return state

    def _fill_table(self) -> None:
        t = self.current
        self.table.setRowCount(0)
        if t is None:
            self.state.setText(
                self.tr("Choose a competition and a skill track.")
                if self.competition.count()
                else self.tr("No competition yet.")
            )
            return
        self.state.setText(self._state_text(t))
        self.table.setRowCount(len(t.rows))
        for row, r in enumerate(t.rows):
            rank = str(r.rank) if r.rank is not None else self._unranked_text(r)
            organisation = text.readable_name(r.organization, r.organization_native)
            members = ", ".join(r.members) if r.team_name and r.members else ""
            lines = [r.entry, organisation or "", " · ".join(x for x in (members, r.entry_native) if x)]
            standard = t.standard(r)
            cells = [
                rank,
                "\n".join(line for line in lines if line),
                text.country_name(r.country),
                _decimal(r.mark),
                "" if standard is None else str(standard),
                medal_text(r.proposed),
                medal_text(r.stored_medal) if (t.confirmed or r.stored_medal is not Medal.NONE) else "",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, r.entry_id)
                if column in (0, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            for column, medal in ((5, r.proposed), (6, r.stored_medal)):
                ink = palette.medal(medal).ink
                cell = self.table.item(row, column)
                if ink is not None and cell is not None:
                    cell.setForeground(QBrush(ink))
            stored = self.table.item(row, 6)
            if stored is not None and r.differs and (t.confirmed or r.stored_medal is not Medal.NONE):
                stored.setBackground(QBrush(QColor(palette.MEDAL_CHECK_BACKGROUND)))
                stored.setToolTip(self.tr("Not the medal the rule proposes now"))

    def _unranked_text(self, r: results.ResultRow) -> str:
        reasons = {
            "withdrawn": self.tr("withdrawn"),
            "disqualified": self.tr("disqualified"),
            "no_mark": self.tr("no mark"),
            "not_competed": self.tr("not competed"),
        }
        return reasons.get(r.unranked.value if r.unranked else "", "")

    def _update_buttons(self) -> None:
        t = self.current
        self.confirm_button.setEnabled(t is not None and not t.confirmed)
        self.unlock_button.setEnabled(t is not None and t.confirmed)
        self.sheet_button.setEnabled(t is not None)
        self.book_button.setEnabled(self.competition_id() is not None)
        self.apply_settings.setEnabled(self.competition_id() is not None)

    # -- writing ------------------------------------------------------------------------------------

    def _write(self, work: Any) -> Any:
        """Run *work(session)*, commit, tell the window what changed; a refusal is shown and rolled back."""
        db = self._db()
        if db is None:
            return None
        try:
            with db.session() as s:
                done = work(s)
                s.commit()
                changed = changes_mod.take(s)
        except DomainError as exc:
            prompts.warn(self, APP_NAME, text.error_text(exc))
            return None
        self._editing.recordsChanged.emit(changed)
        self.refresh()
        return done

    def _typed_settings(self) -> tuple[int, Decimal]:
        return self.threshold.value(), Decimal(str(round(self.margin.value(), 2)))

    def _settings_edited(self) -> None:
        if self.competition_id() is not None and self._typed_settings() != self._applied:
            self.save_settings()

    def save_settings(self) -> None:
        cid = self.competition_id()
        if cid is None:
            return
        threshold, margin = self._typed_settings()
        self._write(lambda s: results.set_settings(s, cid, threshold, margin))

    def _medals_text(self, t: results.TrackResults) -> str:
        parts = [self.tr("%n gold", "", n) if m is Medal.GOLD else self.tr("%n silver", "", n) if m is Medal.SILVER
                 else self.tr("%n bronze", "", n) if m is Medal.BRONZE else self.tr("%n Medallion for Excellence", "", n)
                 for m, n in t.medals.items() if n]  # fmt: skip
        return ", ".join(parts) if parts else self.tr("no medal")

    def confirm(self) -> None:
        t = self.current
        if t is None or t.confirmed:
            return
        message = self.tr(
            "Confirm the results of {track}: {medals}? The medals are stored and the track's entries "
            "are locked until someone unlocks them with a reason."
        ).format(track=t.name, medals=self._medals_text(t))
        if not prompts.confirm(self, self.tr("Confirm results"), message):
            return
        tid = t.track_id
        self._write(lambda s: results.confirm(s, tid))

    def unlock(self) -> None:
        t = self.current
        if t is None or not t.confirmed:
            return
        dialog = UnlockDialog(t.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, tid = dialog.text(), t.track_id
        self._write(lambda s: results.unlock(s, tid, reason))

    def print_document(self, *, book: bool = False) -> Any:
        """The result sheet of the track shown (or, with *book*, the results book of the
        competition) as a document to preview, print or save (``render/results.py``); also what
        Ctrl+P previews on this page. None when there is nothing to print."""
        db = self._db()
        cid = self.competition_id()
        if db is None or cid is None or (not book and self.current is None):
            return None
        from tvet_alliance.render.results import ResultsDocument

        track = self.current.track_id if self.current is not None else None
        try:
            with db.session() as s:
                if book or track is None:
                    shown = results.competition_results(s, cid)
                else:
                    shown = [results.track_results(s, track)]
        except DomainError as exc:
            prompts.warn(self, APP_NAME, text.error_text(exc))
            return None
        return ResultsDocument(self.competition.currentText(), shown, book)

    def print_results(self, *, book: bool) -> Any:
        """Print result sheet… / Print results book…: the pages in the window's print preview
        (File → Print's: Save as PDF… writes them in the background, Print… to a printer), after
        the same font check as the other printing."""
        document = self.print_document(book=book)
        if document is None:
            return None
        printing = getattr(self.window(), "printing_actions", None)
        if printing is None or not printing.fonts_ok():
            return None
        return printing.preview(document)


def build(context: PageContext) -> QWidget:
    page = ResultsPage(context.database, context.editing)
    page.refresh()
    return page


PAGE = PageSpec(
    key="results",
    title=QT_TRANSLATE_NOOP("Areas", "Results"),
    icon="icons:competitions.svg",
    tables=frozenset({"competition", "skill_track", "entry", "entry_member", "organization", "person"}),
    build=build,
)
