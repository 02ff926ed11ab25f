"""The Home page: live figures of the alliance at a glance."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import AgreementStatus, AttendanceMode, Medal
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.services import stats
from tvet_alliance.ui import text
from tvet_alliance.ui.views.medal_table import MedalGlance

ACCENT = QColor("#1f6feb")


@dataclass(frozen=True)
class TrackMarking:
    """One skill track's marking progress, as Home's "Marking progress" card shows it: its name,
    how many of its entries are marked and how many are still to mark."""

    track: str
    marked: int
    to_mark: int


def marking_progress(database: Database) -> list[TrackMarking]:
    """Home's "Marking progress" card: each skill track of the latest competition (the one the
    medal card shows) with its entries marked and still to mark (``services.marking.progress``;
    a track without a marking scheme counts entries with a score as marked). A Chinese reader sees
    a track's Chinese name where it has one."""
    from tvet_alliance.services import marking, medals

    chinese = text.language().startswith("zh")
    with database.session() as s:
        latest = medals.latest_competition(s)
        if latest is None:
            return []
        tracks = marking.progress(s, latest.id)
    return [
        TrackMarking((t.name_zh if chinese and t.name_zh else t.name), t.marked, t.to_mark)
        for t in tracks
        if t.marked + t.to_mark
    ]


class Bar(QWidget):
    """A horizontal bar for one count, relative to the largest in its card."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._colour = colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 10)

    def set_fraction(self, fraction: float) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 18))
        painter.drawRoundedRect(rect, 4, 4)
        if self._fraction > 0:
            width = max(rect.height(), rect.width() * self._fraction)
            filled = (
                QRectF(rect.right() - width, rect.top(), width, rect.height())
                if self.isRightToLeft()
                else QRectF(rect.left(), rect.top(), width, rect.height())
            )
            painter.setBrush(self._colour)
            painter.drawRoundedRect(filled, 4, 4)


class Card(QFrame):
    """A titled figure with a breakdown underneath."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setProperty("role", "cardTitle")
        self.value = QLabel("0")
        self.value.setProperty("role", "cardValue")
        self.caption = QLabel()
        self.caption.setProperty("role", "cardCaption")
        self.caption.setWordWrap(True)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        head = QHBoxLayout()
        head.addWidget(self.value)
        head.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addSpacing(6)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self.breakdown: dict[str, int] = {}

    def set_figures(self, value: int, caption: str, rows: list[tuple[str, int, QColor]]) -> None:
        self.value.setText(f"{value:,}")
        self.caption.setText(caption)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        largest = max((n for _, n, _ in rows), default=0)
        self.breakdown = {}
        for i, (label, count, colour) in enumerate(rows):
            name = QLabel(label)
            number = QLabel(f"{count:,}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = Bar(colour)
            bar.set_fraction(count / largest if largest else 0.0)
            self.rows.addWidget(name, i, 0)
            self.rows.addWidget(number, i, 1)
            self.rows.addWidget(bar, i, 2)
            self.breakdown[label] = count


class FirstSteps(QFrame):
    """What to do first in an empty register, as buttons of the window's own actions (so they are
    enabled, named and translated as the menu's)."""

    #: The suggested actions, by their name in :attr:`PageContext.actions`, in order.
    ORDER = ("sample", "import", "new_partner")

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("The register is empty. Start here:"))
        title.setProperty("role", "cardTitle")
        title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Load the sample data to look around, import the spreadsheets you have, or add the first "
                "partner by hand."
            )
        )
        hint.setProperty("role", "cardCaption")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name in self.ORDER:
            action = actions.get(name)
            if action is None:
                continue
            button = QPushButton(text.plain_label(action.text()))
            button.setObjectName(f"firstStep_{name}")
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)


class MarkingCard(QFrame):
    """Home's "Marking progress" card: each track with its marked entries out of all to mark, and a
    bar. Filled from :func:`marking_progress`; hidden when that gives nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_marking")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Marking progress"))
        self.title.setProperty("role", "cardTitle")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self.shown: list[TrackMarking] = []

    def set_progress(self, tracks: list[TrackMarking]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, t in enumerate(tracks):
            total = t.marked + t.to_mark
            figure = QLabel(self.tr("%1 of %2").replace("%1", f"{t.marked:,}").replace("%2", f"{total:,}"))
            bar = Bar(ACCENT)
            bar.set_fraction(t.marked / total if total else 0.0)
            self.rows.addWidget(QLabel(t.track), i, 0)
            self.rows.addWidget(figure, i, 1)
            self.rows.addWidget(bar, i, 2)
        self.shown = list(tracks)
        self.setVisible(bool(tracks))


class HomePage(QWidget):
    def __init__(
        self,
        database: Callable[[], Database | None],
        parent: QWidget | None = None,
        *,
        first_steps: Mapping[str, QAction] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_home")
        self._database = database
        self.figures = stats.Dashboard()
        heading = QLabel(self.tr("China–Pakistan TVET Alliance"))
        heading.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.first_steps = FirstSteps(first_steps or {})
        self.first_steps.hide()
        self.partners = Card(self.tr("Partners"), "card_partners")
        self.delegates = Card(self.tr("Delegates"), "card_delegates")
        self.entries = Card(self.tr("Competition entries"), "card_entries")
        self.agreements = Card(self.tr("Agreements"), "card_agreements")
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.partners, 0, 0)
        grid.addWidget(self.delegates, 0, 1)
        grid.addWidget(self.entries, 1, 0)
        grid.addWidget(self.agreements, 1, 1)
        # Competition day at a glance: the latest competition's medal table, and beside it the
        # tracks being marked (see marking_progress).
        self.medals = MedalGlance(database)
        self.marking = MarkingCard()
        self.marking.hide()
        grid.addWidget(self.medals, 2, 0)
        grid.addWidget(self.marking, 2, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(12, 12, 12, 12)
        inner_layout.addWidget(heading)
        inner_layout.addWidget(self.subtitle)
        inner_layout.addSpacing(8)
        inner_layout.addWidget(self.first_steps)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        db = self._database()
        if db is None:
            self.figures = stats.Dashboard()
        else:
            with db.session() as session:
                self.figures = stats.dashboard(session)
        self.medals.refresh()
        self.marking.set_progress(marking_progress(db) if db is not None else [])
        f = self.figures
        # An empty register shows what to do first (with a database open: the actions need one).
        self.first_steps.setVisible(db is not None and f.is_empty and bool(self.first_steps.buttons))
        self.subtitle.setText(
            self.tr(
                "Live figures from the register. Partners by country, seminar delegates by how they "
                "attend, competition medals and the state of agreements."
            )
        )
        self.partners.set_figures(
            f.partners,
            self.tr("Active members: %1").replace("%1", f"{f.active_partners:,}"),
            [(text.country_name(code), n, ACCENT) for code, n in f.partners_by_country.items()],
        )
        self.delegates.set_figures(
            f.delegates,
            self.tr("Attended: %1").replace("%1", f"{f.delegates_attended:,}"),
            [
                (
                    text.enum_label(AttendanceMode.IN_PERSON),
                    f.delegates_by_mode.get("in_person", 0),
                    QColor("#16a34a"),
                ),
                (
                    text.enum_label(AttendanceMode.ONLINE),
                    f.delegates_by_mode.get("online", 0),
                    QColor("#7c3aed"),
                ),
            ],
        )
        medals = [m for m in Medal]
        won = sum(
            f.entries_by_medal.get(m.value, 0) for m in medals if m not in (Medal.NONE, Medal.EXCELLENCE)
        )
        self.entries.set_figures(
            f.entries,
            self.tr("Medals won: %1").replace("%1", f"{won:,}"),
            [(text.enum_label(m), f.entries_by_medal.get(m.value, 0), palette.medal(m).fill) for m in medals],
        )
        self.agreements.set_figures(
            sum(f.agreements_by_status.values()),
            "",
            [
                (text.enum_label(s), f.agreements_by_status.get(s.value, 0), QColor("#0e7490"))
                for s in AgreementStatus
            ],
        )
