"""Check-in: the desk of a seminar day (issue 15 item 3).

One event (remembered), the desk's name (remembered; the computer's name at first) and one large
search field that always has the focus back after a result. A USB scanner types the ticket code
and Enter; a person types a name in any script, an organisation, an e-mail or a phone. Enter checks
in the single match, or lists the matches to pick with Up/Down and Enter; Esc clears. The result
panel replaces itself on every scan (no dialogs stacking up): green "Checked in", amber "Already
checked in at 09:14 at Desk 2", red "Not registered" / "Registration cancelled" with "Register as
walk-in…" (Alt+W). Live counters; "Undo last check-in" (Alt+U, asks first) adds a reversal; "To
review" lists delegates checked in on two laptops (undoing one there is a reversal too).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain import changes, codes
from tvet_alliance.domain.changes import Changes
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.services import checkin
from tvet_alliance.services.checkin import Delegate, Kind, Result
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.pages import PageContext, PageSpec

#: The result panel's colours: (background, border, text), by what it says.
COLOURS = {
    "green": ("#dcfce7", "#15803d", "#14532d"),
    "amber": ("#fef3c7", "#d97706", "#78350f"),
    "red": ("#fee2e2", "#dc2626", "#7f1d1d"),
    "none": ("transparent", "transparent", ""),
}
_TONE = {
    Kind.CHECKED_IN: "green",
    Kind.ALREADY: "amber",
    Kind.NOT_REGISTERED: "red",
    Kind.CANCELLED: "red",
    Kind.AMBIGUOUS: "none",
}
WALK_IN_KEY = "Alt+W"
UNDO_KEY = "Alt+U"
TABLES = frozenset({"participation", "check_in", "person", "organization", "event"})


def _names(d: Delegate) -> str:
    return d.name + (f"  ·  {d.native}" if d.native and d.native != d.name else "")


def _organisation(d: Delegate) -> str:
    if d.organization_native and d.organization_native != d.organization:
        return f"{d.organization}  ·  {d.organization_native}"
    return d.organization


def _quoted(typed: str) -> str:
    """*typed* in quotation marks that stay around it when it is Urdu (isolated: U+2068 … U+2069)."""
    return f"“\u2068{typed}\u2069”"


def _time(at: datetime | None) -> str:
    """The time of a check-in; with its date when it was not today (a badge used on another day)."""
    if at is None:
        return "?"
    local = at.astimezone()
    return local.strftime("%H:%M" if local.date() == datetime.now().astimezone().date() else "%Y-%m-%d %H:%M")


class CheckInPage(QWidget):
    """The desk. :attr:`resultShown` is emitted with each :class:`Result` shown (tests wait on it)."""

    resultShown = Signal(object)
    #: The walk-in form was opened (tests fill it through this).
    walkInOpened = Signal(object)

    HANDLED_KEYS: tuple[tuple[str, str, str], ...] = (
        ("Return", "CheckInPage", QT_TRANSLATE_NOOP("CheckInPage", "Check in (or the match picked)")),
        ("Down", "CheckInPage", QT_TRANSLATE_NOOP("CheckInPage", "Pick among the matches")),
        ("Up", "CheckInPage", QT_TRANSLATE_NOOP("CheckInPage", "Pick among the matches")),
        ("Esc", "CheckInPage", QT_TRANSLATE_NOOP("CheckInPage", "Clear the search field")),
    )

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setObjectName("page_checkin")
        self._context = context
        self._database: Callable[[], Database | None] = context.database
        self._settings = context.settings
        self._matches_for: str | None = None  # the text the listed matches were found for
        self._last_text = ""
        self.result: Result | None = None

        self.event_box = QComboBox()
        self.event_box.setObjectName("checkin_event")
        self.event_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(18)
        self.event_box.currentIndexChanged.connect(self._event_chosen)
        self.event_box.installEventFilter(self)
        self.desk = QLineEdit(self._settings.desk_name)
        self.desk.setObjectName("checkin_desk")
        self.desk.setMaximumWidth(self.desk.fontMetrics().averageCharWidth() * 18)
        self.desk.editingFinished.connect(self._desk_named)
        top = QHBoxLayout()
        event_label = QLabel(self.tr("Eve&nt"))  # Alt+E is the Edit menu
        event_label.setBuddy(self.event_box)
        desk_label = QLabel(self.tr("&Desk"))
        desk_label.setBuddy(self.desk)
        top.addWidget(event_label)
        top.addWidget(self.event_box, 1)
        top.addWidget(desk_label)
        top.addWidget(self.desk)

        self.counters: dict[str, QLabel] = {}
        counters = QHBoxLayout()
        for key in ("registered", "checked_in", "in_person", "online", "walk_ins"):
            label = QLabel()
            label.setObjectName(f"count_{key}")
            self.counters[key] = label
            counters.addWidget(label)
        counters.addStretch(1)
        self.review_button = QPushButton()
        self.review_button.setObjectName("checkin_review")
        self.review_button.setCheckable(True)
        self.review_button.toggled.connect(self._show_review)
        counters.addWidget(self.review_button)

        self.search = QLineEdit()
        self.search.setObjectName("checkin_search")
        big = QFont(self.search.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.search.setFont(big)
        self.search.setPlaceholderText(
            self.tr("Scan a ticket, or type a name, organisation, e-mail or phone")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.enter)
        self.search.installEventFilter(self)

        self.matches = QListWidget()
        self.matches.setObjectName("checkin_matches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the search field
        # A long line (two scripts, organisation, e-mail) is elided: a horizontal scroll bar would
        # hide the last match listed, in a window of 1024 pixels or less.
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matches.setUniformItemSizes(False)
        self.matches.itemActivated.connect(lambda _i: self.check_in_picked())
        self.matches.itemDoubleClicked.connect(lambda _i: self.check_in_picked())
        self.matches.hide()

        self.panel = QFrame()
        self.panel.setObjectName("checkin_panel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(self.panel)
        self.headline = QLabel()
        self.headline.setObjectName("checkin_headline")
        self.headline.setWordWrap(True)
        headline_font = QFont(self.font())
        headline_font.setPointSizeF(headline_font.pointSizeF() * 2.2)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.person = QLabel()
        self.person.setObjectName("checkin_person")
        self.person.setWordWrap(True)
        person_font = QFont(self.font())
        person_font.setPointSizeF(person_font.pointSizeF() * 1.7)
        self.person.setFont(person_font)
        self.detail = QLabel()
        self.detail.setObjectName("checkin_detail")
        self.detail.setWordWrap(True)
        detail_font = QFont(self.font())
        detail_font.setPointSizeF(detail_font.pointSizeF() * 1.25)
        self.detail.setFont(detail_font)
        self.walk_in_button = QPushButton(self.tr("Register as walk-in… (%1)").replace("%1", WALK_IN_KEY))
        self.walk_in_button.setObjectName("checkin_walk_in")
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.walk_in_button.hide()
        # A name in Latin letters or Chinese sits at the reading side of an Urdu window too.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for widget in (self.headline, self.person, self.detail):
            widget.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
            panel_layout.addWidget(widget)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.walk_in_button)
        walk_row.addStretch(1)
        panel_layout.addLayout(walk_row)
        panel_layout.addStretch(1)
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.review = QListWidget()
        self.review.setObjectName("checkin_review_list")
        self.review.setMaximumHeight(120)
        self.review.hide()
        self.review_undo = QPushButton(self.tr("Undo the selected check-in…"))
        self.review_undo.setObjectName("checkin_review_undo")
        self.review_undo.clicked.connect(self.undo_reviewed)
        self.review_undo.hide()

        bottom = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo last check-in… (%1)").replace("%1", UNDO_KEY))
        self.undo_button.setObjectName("checkin_undo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        self.walk_in_any = QPushButton(self.tr("Walk-in…"))
        self.walk_in_any.setObjectName("checkin_walk_in_any")
        self.walk_in_any.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_any.setToolTip(
            self.tr("Register someone not on the list (%1)").replace("%1", WALK_IN_KEY)
        )
        self.walk_in_any.clicked.connect(self.register_walk_in)
        bottom.addWidget(self.walk_in_any)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counters)
        layout.addWidget(self.review)
        layout.addWidget(self.review_undo, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bottom)

        for keys, slot, what in (
            (WALK_IN_KEY, self.register_walk_in, QT_TRANSLATE_NOOP("CheckInPage", "Register a walk-in")),
            (UNDO_KEY, self.undo_last, QT_TRANSLATE_NOOP("CheckInPage", "Undo the last check-in")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(text.translate("CheckInPage", what))
        self.setFocusProxy(self.search)
        self._show(None)

    # --- reading --------------------------------------------------------------------------------

    def event_id(self) -> uuid.UUID | None:
        value = self.event_box.currentData()  # the id as text: a QVariant compares it in findData
        try:
            return uuid.UUID(str(value)) if value else None
        except ValueError:
            return None

    def desk_name(self) -> str:
        return self.desk.text().strip() or self._settings.desk_name

    def refresh(self) -> None:
        """Events, counters and the review list again (the result shown stays)."""
        db = self._database()
        if db is None:
            self.event_box.clear()
            return
        with db.session() as s:
            events = checkin.events(s)
        wanted = self.event_id() or self._remembered_event()
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event_id, name, start in events:
            label = f"{name} ({start:%Y-%m-%d})" if start else name
            self.event_box.addItem(label, str(event_id))
        index = self.event_box.findData(str(wanted)) if wanted is not None else -1
        self.event_box.setCurrentIndex(max(index, 0) if self.event_box.count() else -1)
        self.event_box.blockSignals(False)
        self._refresh_counts()
        self.search.setFocus()

    def _remembered_event(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self._settings.desk_event or "")
        except ValueError:
            return None

    def _refresh_counts(self) -> None:
        db, event_id = self._database(), self.event_id()
        if db is None or event_id is None:
            counts = checkin.Counters()
            review: list[checkin.DoubleCheckIn] = []
        else:
            with db.session() as s:
                counts = checkin.counters(s, event_id)
                review = checkin.double_check_ins(s, event_id)
        shown = {
            "registered": self.tr("Registered: %1"),
            "checked_in": self.tr("Checked in: %1"),
            "in_person": self.tr("In person: %1"),
            "online": self.tr("Online: %1"),
            "walk_ins": self.tr("Walk-ins: %1"),
        }
        for key, label in self.counters.items():
            label.setText(shown[key].replace("%1", str(getattr(counts, key))))
        self.counters["checked_in"].setStyleSheet("font-weight: bold")
        self.review_button.setText(self.tr("To review (%1)").replace("%1", str(len(review))))
        self.review_button.setEnabled(bool(review) or self.review_button.isChecked())
        self.review.clear()
        for d in review:
            line = self.tr("%1 — checked in again at %2 at %3 (first at %4 at %5)")
            item = QListWidgetItem(
                line.replace("%1", _names(d.person))
                .replace("%2", _time(d.at))
                .replace("%3", d.desk or "?")
                .replace("%4", _time(d.first_at))
                .replace("%5", d.first_desk or "?")
            )
            item.setData(Qt.ItemDataRole.UserRole, d.check_in_id)
            self.review.addItem(item)
        if not review and self.review_button.isChecked():
            self.review_button.setChecked(False)

    def _event_chosen(self, _index: int) -> None:
        event_id = self.event_id()
        if event_id is not None:
            self._settings.desk_event = str(event_id)
        # A person choosing by keys keeps the focus in the box (Enter, or the list closing, leaves it).
        choosing = self.event_box.hasFocus() or self.event_box.view().isVisible()
        self._show(None)
        self._refresh_counts()
        (self.event_box if choosing else self.search).setFocus()

    def _desk_named(self) -> None:
        name = self.desk.text().strip()
        if name:
            self._settings.desk_name = name
        self.search.setFocus()

    # --- keys -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.event_box:
            # Choosing the event by keys (Up, Down, its first letters) keeps the focus in the box, so
            # that a second key still chooses; Enter, or the list closing, goes back to scanning.
            enter = (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            )
            closed = (
                event.type() == QEvent.Type.FocusIn
                and isinstance(event, QFocusEvent)
                and event.reason() == Qt.FocusReason.PopupFocusReason
            )
            if enter:
                self.search.setFocus()
                return True
            if closed:  # after the box has taken the focus back from its list
                QTimer.singleShot(0, self.search.setFocus)
        if (
            watched is self.search
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
        ):
            # Back at the desk (another page, a dialog, the window again): the next scan replaces
            # the last search instead of being typed after it. A click places the cursor as usual.
            self.search.selectAll()
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.matches.isVisible() and self.matches.count():
                row = self.matches.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, row)))
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.search.clear()
        self._hide_matches()
        self.search.setFocus()

    # --- scanning -------------------------------------------------------------------------------

    def _db_event(self) -> tuple[Database, uuid.UUID] | None:
        db, event_id = self._database(), self.event_id()
        if db is None or event_id is None:
            self._headline_only(self.tr("Choose the event first."), "red")
            return None
        return db, event_id

    def enter(self) -> None:
        """Enter in the search field: check in the match picked from the list, else search."""
        typed = self.search.text()
        if self.matches.isVisible() and self._matches_for == typed and self.matches.currentItem() is not None:
            self.check_in_picked()
            return
        if not typed.strip():
            return
        target = self._db_event()
        if target is None:
            return
        db, event_id = target
        self._last_text = typed
        try:
            with db.transaction() as s:
                result = checkin.lookup(s, event_id, typed, desk=self.desk_name())
        except DomainError as exc:
            self._failed(exc)
            return
        self._after_write(s, result)
        if result.kind is Kind.AMBIGUOUS:
            self._list_matches(typed, result.matches)
            self._show(result)
        else:
            self._hide_matches()
            self._show(result)

    def check_in_picked(self) -> None:
        item = self.matches.currentItem()
        target = self._db_event()
        if item is None or target is None:
            return
        db, _event_id = target
        part_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            with db.transaction() as s:
                result = checkin.check_in(s, part_id, self.desk_name())
        except DomainError as exc:
            self._failed(exc)
            return
        self._after_write(s, result)
        self._hide_matches()
        self._show(result)

    def _after_write(self, session: Any, result: Result) -> None:
        changed = changes.take(session)
        if changed:
            self._context.editing.recordsChanged.emit(changed)  # the lists and Home follow
        self._refresh_counts()

    def _list_matches(self, typed: str, matches: tuple[Delegate, ...]) -> None:
        self.matches.clear()
        for d in matches:
            parts = [_names(d), _organisation(d), text.enum_label(d.role)]
            if d.status.value == "cancelled":
                parts.append(text.enum_label(d.status))
            if d.email:
                parts.append(d.email)
            item = QListWidgetItem("  —  ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, d.participation_id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self._matches_for = typed
        shown = range(min(len(matches), 6))  # Urdu rows are taller than Latin ones: each row's own height
        height = sum(self.matches.sizeHintForRow(row) for row in shown)
        self.matches.setFixedHeight(height + 2 * self.matches.frameWidth() + 4)
        self.matches.show()

    def _hide_matches(self) -> None:
        self.matches.hide()
        self.matches.clear()
        self._matches_for = None

    # --- the result panel -----------------------------------------------------------------------

    def _tone(self, tone: str) -> None:
        background, border, ink = COLOURS[tone]
        self.panel.setStyleSheet(
            f"#checkin_panel {{ background: {background}; border: 3px solid {border}; border-radius: 8px; }}"
            + (f" #checkin_panel QLabel {{ color: {ink}; }}" if ink else "")
        )

    def _headline_only(self, headline: str, tone: str) -> None:
        self._tone(tone)
        self.headline.setText(headline)
        self.person.clear()
        self.detail.clear()
        self.walk_in_button.hide()
        self.search.setFocus()

    def _show(self, result: Result | None) -> None:
        self.result = result
        if result is None:
            self._headline_only("", "none")
            return
        self._tone(_TONE[result.kind])
        d = result.person
        headline = {
            Kind.CHECKED_IN: self.tr("Checked in"),
            Kind.NOT_REGISTERED: self.tr("Not registered"),
            Kind.CANCELLED: self.tr("Registration cancelled"),
            Kind.AMBIGUOUS: self.tr("%1 delegates match: pick one with ↑ ↓ and Enter").replace(
                "%1", str(len(result.matches))
            ),
        }.get(result.kind, "")
        if result.kind is Kind.ALREADY:
            if result.first_desk:
                headline = (
                    self.tr("Already checked in at %1 at %2")
                    .replace("%1", _time(result.first_at))
                    .replace("%2", result.first_desk)
                )
            else:
                headline = self.tr("Already checked in at %1").replace("%1", _time(result.first_at))
        if result.kind is Kind.NOT_REGISTERED and result.replaced:
            headline = self.tr("This ticket was replaced")
        self.headline.setText(headline)
        if d is not None:
            self.person.setText(_names(d))
            detail = [_organisation(d), text.enum_label(d.role)]
            if d.mode.value == "online":
                detail.append(text.enum_label(d.mode))
            self.detail.setText("\n".join(x for x in detail if x))
        else:
            self.person.setText("")
            self.detail.setText(
                self.tr("Ask for the badge again, or search by name.")
                if result.kind is Kind.NOT_REGISTERED and result.replaced
                else (_quoted(self._last_text.strip()) if result.kind is Kind.NOT_REGISTERED else "")
            )
        self.walk_in_button.setVisible(result.kind in (Kind.NOT_REGISTERED, Kind.CANCELLED))
        if result.kind in (Kind.ALREADY, Kind.NOT_REGISTERED, Kind.CANCELLED):
            QApplication.beep()
        self.search.setFocus()
        self.search.selectAll()  # the next scan replaces the text
        self.resultShown.emit(result)

    def _failed(self, exc: DomainError) -> None:
        self._headline_only(text.error_text(exc), "red")

    # --- walk-ins and undo ----------------------------------------------------------------------

    def register_walk_in(self) -> None:
        target = self._db_event()
        if target is None:
            return
        db, event_id = target
        from tvet_alliance.ui.dialogs.walk_in import WalkInDialog

        typed = self._last_text if self.result is not None and self.result.kind is not Kind.CHECKED_IN else ""
        if self.result is not None and self.result.person is not None:
            typed = self.result.person.name  # a cancelled registration: the same person again
        if typed and codes.looks_like_code(typed, codes.TICKET_LENGTH):
            typed = ""
        dialog = WalkInDialog(self._database, typed, self)
        self.walkInOpened.emit(dialog)
        accepted = dialog.exec()
        self.search.setFocus()
        if not accepted:
            return
        values = dialog.values()
        try:
            with db.transaction() as s:
                done = checkin.walk_in(
                    s,
                    event_id,
                    values.name,
                    values.organization_id,
                    values.mode,
                    self.desk_name(),
                    name_native=values.name_native or None,
                )
        except DomainError as exc:
            self._failed(exc)
            return
        self._after_write(s, done.result)
        self._hide_matches()
        self.search.clear()
        self._show(done.result)
        if done.existing and done.result.kind is Kind.CHECKED_IN:
            self.detail.setText(
                self.detail.text() + "\n" + self.tr("Already on record: registered to the person found.")
            )

    def undo_last(self) -> None:
        target = self._db_event()
        if target is None:
            return
        db, event_id = target
        with db.session() as s:
            last = checkin.last_check_in(s, event_id, self.desk_name())
        if last is None:
            self._headline_only(self.tr("No check-in at this desk to undo."), "none")
            return
        self._undo(db, last[0], last[1])

    def undo_reviewed(self) -> None:
        item = self.review.currentItem()
        db = self._database()
        if item is None or db is None:
            return
        check_in_id = item.data(Qt.ItemDataRole.UserRole)
        person = next(
            (d.person for d in self._review_items() if d.check_in_id == check_in_id),
            None,
        )
        if person is not None:
            self._undo(db, check_in_id, person)

    def _review_items(self) -> list[checkin.DoubleCheckIn]:
        db, event_id = self._database(), self.event_id()
        if db is None or event_id is None:
            return []
        with db.session() as s:
            return checkin.double_check_ins(s, event_id)

    def _undo(self, db: Database, check_in_id: uuid.UUID, person: Delegate) -> None:
        question = self.tr("Undo the check-in of %1?").replace("%1", _names(person))
        if not prompts.confirm(self, self.tr("Undo check-in"), question):
            self.search.setFocus()
            return
        try:
            with db.transaction() as s:
                after = checkin.undo(s, check_in_id, self.desk_name())
        except DomainError as exc:
            self._failed(exc)
            return
        changed = changes.take(s) or Changes.of("check_in")
        self._context.editing.recordsChanged.emit(changed)
        self._refresh_counts()
        self._hide_matches()
        self._headline_only(self.tr("Check-in undone"), "none")
        self.person.setText(_names(after))
        self.detail.setText(_organisation(after))

    def _show_review(self, shown: bool) -> None:
        self.review.setVisible(shown)
        self.review_undo.setVisible(shown)
        if shown and self.review.count():
            self.review.setCurrentRow(0)
        self.search.setFocus()


def build(context: PageContext) -> QWidget:
    return CheckInPage(context)


PAGE = PageSpec(
    key="checkin",
    title=QT_TRANSLATE_NOOP("Areas", "Check-in"),
    icon="icons:checkin.svg",
    tables=TABLES,
    build=build,
)
