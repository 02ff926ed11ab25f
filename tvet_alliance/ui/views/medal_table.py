"""A competition's medal table in the window: by country or by institution, in one of the three orders
of :mod:`tvet_alliance.domain.medals`, with the medals' colours (:mod:`tvet_alliance.render.palette`)
and country names in the window's language; exported as CSV (or .xlsx) as shown.

:class:`MedalTableView` is the full widget (the Competitions page's "Medal table" tab, the Results
page); :class:`MedalGlance` is Home's card: the latest competition's first rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.medals import MedalOrder
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.services import medals
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.models.direction import keep_to_leading_side, use_script_direction

DatabaseGetter = Callable[[], Database | None]

#: The table's columns: what each shows of a :class:`medals.MedalRow`, and the medal it counts.
COLUMNS: tuple[tuple[str, Medal | None], ...] = (
    ("rank", None),
    ("name", None),
    ("gold", Medal.GOLD),
    ("silver", Medal.SILVER),
    ("bronze", Medal.BRONZE),
    ("excellence", Medal.EXCELLENCE),
    ("total", None),
    ("points", None),
)


def _has_script(name: str, language: str) -> bool:
    """Whether *name* is written in the script of *language* (Chinese characters for zh, the
    Arabic script for ur)."""
    if language.startswith("zh"):
        return any("\u4e00" <= ch <= "\u9fff" for ch in name)
    if language.startswith("ur"):
        return any("\u0600" <= ch <= "\u06ff" for ch in name)
    return False


def _dot(colour: QColor) -> QIcon:
    """A round swatch of a medal's colour, for its column's header."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class MedalTableModel(QAbstractTableModel):
    """The rows of a :class:`medals.MedalTable`, named in the window's language."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        #: Medal columns headed by their colour alone (the name in the tooltip), to fit a card.
        self.compact = compact
        self.table: medals.MedalTable | None = None
        self.rows: list[medals.MedalRow] = []
        self._names: list[str] = []
        self._icons = {m: _dot(palette.medal(m).fill) for _key, m in COLUMNS if m is not None}

    def set_table(self, table: medals.MedalTable | None, limit: int | None = None) -> None:
        self.beginResetModel()
        self.table = table
        rows = table.rows if table is not None else []
        self.rows = rows[:limit] if limit is not None else rows
        self._names = [self.name_of(r) for r in self.rows]
        self.endResetModel()

    def name_of(self, row: medals.MedalRow) -> str:
        """A row's name as the person reads it: a country in the window's language; an institution
        by its own-script name when that is the window's script, else its English name."""
        if row.key is None:
            return self.tr("Unknown")
        if self.table is not None and self.table.by is medals.By.COUNTRY:
            return text.country_name(row.key)
        if row.native and _has_script(row.native, text.language()):
            return row.native
        return row.name

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def header(self, column: int) -> str:
        key, medal = COLUMNS[column]
        if medal is not None:
            return text.enum_label(medal)
        if key == "name":
            by = self.table.by if self.table is not None else medals.By.COUNTRY
            return self.tr("Country") if by is medals.By.COUNTRY else self.tr("Institution")
        return {"rank": self.tr("Rank"), "total": self.tr("Total"), "points": self.tr("Points")}[key]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, medal = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.compact and key == "rank":
                return "#"  # at a glance the column is narrow: the rank's number sign says it
            return "" if self.compact and medal is not None else self.header(section)
        if role == Qt.ItemDataRole.DecorationRole and medal is not None:
            return self._icons[medal]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.compact and medal is not None and medal is not Medal.EXCELLENCE:
                return self.header(section)
            if medal is Medal.EXCELLENCE:
                return self.tr("Medallions for Excellence: counted apart, not in the total")
            if key == "total":
                return self.tr("Gold, silver and bronze (medallions are counted apart)")
            if key == "points":
                return self.tr("Gold 4, silver 3, bronze 2, medallion 1")
        return None

    def cell(self, row: int, column: int) -> str:
        r = self.rows[row]
        key = COLUMNS[column][0]
        return self._names[row] if key == "name" else str(getattr(r, key))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key, medal = COLUMNS[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "name":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and medal is not None and getattr(row, key):
            return palette.medal(medal).ink
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            other = row.native if self._names[index.row()] == row.name else row.name
            return other if other and other != self._names[index.row()] else None
        return None


class MedalTableView(QWidget):
    """The medal table of one competition (``set_competition``), by country or by institution, in the
    order chosen; ``refresh()`` reads it again. *compact* shows only the first *limit* rows, without
    the choosers and buttons (Home)."""

    #: The table was read again (after a refresh or a choice).
    loaded = Signal()

    def __init__(
        self,
        database: DatabaseGetter,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        limit: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("medalTable")
        self._database = database
        self._competition: uuid.UUID | None = None
        self._limit = limit
        self.by = QComboBox()
        self.by.setObjectName("medalBy")
        self.by.addItem(self.tr("By country"), medals.By.COUNTRY.value)
        self.by.addItem(self.tr("By institution"), medals.By.ORGANIZATION.value)
        self.order = QComboBox()
        self.order.setObjectName("medalOrder")
        self.order.setToolTip(self.tr("Equal rows share a rank; the next rank skips (1, 2, 2, 4)"))
        self.order.addItem(self.tr("Gold first"), MedalOrder.GOLD_FIRST.value)
        self.order.addItem(self.tr("Total medals"), MedalOrder.TOTAL.value)
        self.order.addItem(self.tr("Medal points"), MedalOrder.POINTS.value)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("medalExport")
        self.ceremony_button = QPushButton(self.tr("Ceremony order…"))
        self.ceremony_button.setObjectName("medalCeremony")
        self.ceremony_button.setToolTip(
            self.tr(
                "Track by track: medallions, then bronze, silver and gold, with the names in both scripts"
            )
        )
        self.model = MedalTableModel(self, compact=compact)
        self.table = QTableView()
        self.table.setObjectName("medalTableView")
        self.table.setModel(self.model)
        use_script_direction(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setObjectName("medalEmpty")
        self.empty.setWordWrap(True)
        keep_to_leading_side(self.empty)
        self.note = QLabel(
            self.tr(
                "Total: gold, silver and bronze (medallions are counted apart). Points: gold 4, silver 3, "
                "bronze 2, medallion 1. A team counts once; withdrawn and disqualified entries count nothing."
            )
        )
        self.note.setObjectName("medalNote")
        self.note.setProperty("role", "cardCaption")
        self.note.setWordWrap(True)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.by)
        controls.addWidget(self.order)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.ceremony_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        if compact:
            for widget in (self.by, self.order, self.export_button, self.ceremony_button, self.note):
                widget.hide()
            self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
            self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # At a glance (half of Home's width at 1024 pixels): the medals and their total; the
            # points are on the Competitions page's full table.
            self.table.hideColumn([key for key, _medal in COLUMNS].index("points"))
        self.by.currentIndexChanged.connect(self.refresh)
        self.order.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export())
        self.ceremony_button.clicked.connect(lambda: self.export_ceremony())
        self.refresh()

    # --- what it shows ------------------------------------------------------------------------

    @property
    def competition_id(self) -> uuid.UUID | None:
        return self._competition

    def set_competition(self, competition_id: uuid.UUID | None) -> None:
        if competition_id != self._competition:
            self._competition = competition_id
            self.refresh()

    def set_choice(self, by: medals.By | str | None = None, order: MedalOrder | str | None = None) -> None:
        """Choose the rows and the order as the person would in the choosers."""
        if by is not None:
            self.by.setCurrentIndex(self.by.findData(medals.By(by).value))
        if order is not None:
            self.order.setCurrentIndex(self.order.findData(MedalOrder(order).value))

    @property
    def table_shown(self) -> medals.MedalTable | None:
        return self.model.table

    def refresh(self) -> None:
        db = self._database()
        table = None
        if db is not None and self._competition is not None:
            with db.session() as session:
                table = medals.medal_table(
                    session,
                    self._competition,
                    str(self.by.currentData()),
                    str(self.order.currentData()),
                    name_of=text.country_name,
                )
        self.model.set_table(table, self._limit)
        if self._competition is None:
            self.empty.setText(self.tr("Choose a competition to see its medal table."))
        elif table is not None and not table.rows:
            self.empty.setText(self.tr("No medals yet."))
        self.empty.setVisible(table is None or not table.rows)
        self.table.setVisible(bool(table and table.rows))
        has_rows = bool(table and table.rows)
        self.export_button.setEnabled(has_rows)
        self.ceremony_button.setEnabled(has_rows)
        if self._limit is not None:
            self.table.setFixedHeight(self._height_of(len(self.model.rows)))
        self.loaded.emit()

    def _height_of(self, rows: int) -> int:
        header = self.table.horizontalHeader().sizeHint().height()
        return header + self.table.verticalHeader().length() + 2 * self.table.frameWidth()

    def shown_rows(self) -> list[list[str]]:
        """The table's cells as shown (names in the window's language)."""
        return [
            [self.model.cell(r, c) for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]

    # --- files --------------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")

    def _ask_path(self, title: str, suggested: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(self, title, suggested, self._file_filter())
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + (".xlsx" if "xlsx" in chosen else ".csv"))
        return target

    def _suggested(self, what: str) -> str:
        table = self.model.table
        name = table.competition.name if table is not None and table.competition else "medals"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in name).strip() or "medals"
        return f"{safe} - {what}.csv"

    def export(self, path: Path | None = None) -> Path | None:
        """Write the table as shown (its header, names and order) to a CSV or .xlsx file; asks where
        when *path* is None. Returns the file written."""
        if not self.model.rows:
            return None
        target = path or self._ask_path(self.tr("Export the medal table"), self._suggested(self.tr("medals")))
        if target is None:
            return None
        header = [self.model.header(c) for c in range(self.model.columnCount())]
        return self._write(lambda: medals.write_cells(target, header, self.shown_rows()), target)

    def export_ceremony(self, path: Path | None = None) -> Path | None:
        """Write the competition's ceremony order (:func:`medals.write_ceremony`)."""
        competition, db = self._competition, self._database()
        if competition is None or db is None:
            return None
        target = path or self._ask_path(
            self.tr("Save the ceremony order"), self._suggested(self.tr("ceremony"))
        )
        if target is None:
            return None

        def write() -> int:
            with db.session() as session:
                return medals.write_ceremony(session, competition, target)

        return self._write(write, target)

    def _write(self, write: Callable[[], object], target: Path) -> Path | None:
        try:
            write()
        except DomainError as exc:
            prompts.warn(self, self.tr("Could not write the file"), text.error_text(exc))
            return None
        return target


class MedalGlance(QFrame):
    """Home's card: the medal table of the latest competition, its first rows by country, gold first."""

    ROWS = 5

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_medals")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._database = database
        self.title = QLabel(self.tr("Medal table"))
        self.title.setProperty("role", "cardTitle")
        self.caption = QLabel()
        self.caption.setProperty("role", "cardCaption")
        self.caption.setWordWrap(True)
        self.view = MedalTableView(database, self, compact=True, limit=self.ROWS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 480), hint.height())

    def refresh(self) -> None:
        db = self._database()
        latest = None
        if db is not None:
            with db.session() as session:
                latest = medals.latest_competition(session)
        self.setVisible(latest is not None)
        self.caption.setText(latest.name if latest is not None else "")
        if latest is not None and latest.id == self.view.competition_id:
            self.view.refresh()
        else:
            self.view.set_competition(latest.id if latest is not None else None)
