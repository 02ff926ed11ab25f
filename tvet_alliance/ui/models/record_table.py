"""A lazy, read-only table over one :class:`ListSpec`.

It holds the ordered ids of the rows (one indexed query) and fetches the shown values in blocks of
:data:`BLOCK` rows as the view asks for them, as Anki's browser does. Sorting is done in SQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tvet_alliance.domain import rules
from tvet_alliance.domain.rules import Expiry
from tvet_alliance.domain.values import NUMBER_KINDS, ValueKind
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.services import listing
from tvet_alliance.services.listing import ListSpec
from tvet_alliance.ui import text
from tvet_alliance.ui.models.direction import DirectionRole, text_direction

BLOCK = 100
#: Ids are loaded a page at a time as the view scrolls; a search never waits for every match.
PAGE = 200
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
DeletedRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


#: One thread for the counts: a newer search's count waits for at most one older one. The thread
#: touches no Qt object: the model polls the future on the GUI thread.
_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tvet-count")
_POLL_MS = 10


def _count(db: Database, spec: ListSpec, args: dict[str, Any]) -> int:
    with db.session() as session:
        return listing.count(session, spec, **args)


class RecordTableModel(QAbstractTableModel):
    """Rows of one area. ``refreshed`` is emitted after the ids were queried again."""

    refreshed = Signal()
    #: The count of matching rows became known after the rows showed (see :attr:`counting`).
    countChanged = Signal()

    def __init__(self, spec: ListSpec, database: Callable[[], Database | None], parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._database = database
        self._ids: list[uuid.UUID] = []
        self._cache: dict[uuid.UUID, dict[str, Any]] = {}
        self._order_key = spec.default_order or spec.columns[0].key
        self._descending = False
        self._parent_id: uuid.UUID | None = None
        self._needs_parent = spec.parent is not None
        self._search = ""
        self._filters: dict[str, Any] = {}
        self.include_deleted = False
        #: How many rows there are without the search and filters (for "N of M shown").
        self.total = 0
        #: How many rows match the search and filters (all of them, not just the loaded pages).
        self.matched = 0
        self._total_known = False
        #: Whether :attr:`matched` is still being counted (it is then the number of rows loaded).
        self.counting = False
        self._generation = 0
        self._count_future: tuple[int, Future[int]] | None = None
        self._count_request: tuple[int, Database, dict[str, Any]] | None = None
        self._count_start = QTimer(self)
        self._count_start.setSingleShot(True)
        self._count_start.setInterval(0)
        self._count_start.timeout.connect(self._start_count)
        self._count_poll = QTimer(self)
        self._count_poll.setInterval(_POLL_MS)
        self._count_poll.timeout.connect(self._poll_count)
        self._more = False
        self._loaded = False
        self._row_index: dict[uuid.UUID, int] | None = None

    # --- what to show -------------------------------------------------------------------------

    def set_parent_id(self, parent_id: uuid.UUID | None) -> None:
        self._parent_id = parent_id
        self.refresh()

    @property
    def parent_id(self) -> uuid.UUID | None:
        return self._parent_id

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self._query(recount=False)

    @property
    def search(self) -> str:
        return self._search

    def set_filter(self, key: str, value: Any) -> None:
        if value is None or value == "":
            changed = self._filters.pop(key, None) is not None
        else:
            changed = self._filters.get(key) != value
            self._filters[key] = value
        if changed:
            self._query(recount=False)

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_include_deleted(self, include: bool) -> None:
        if include != self.include_deleted:
            self.include_deleted = include
            self.refresh()

    @property
    def is_filtered(self) -> bool:
        return bool(self._search.strip() or self._filters)

    def refresh(self) -> None:
        """Query the ids again after the data changed (a save, a database switch) and drop cached rows."""
        self._query(recount=True)

    def _query(self, *, recount: bool) -> None:
        """Query the first page of ids in the current order, search and filters.

        How many rows match is known at once when they fit in the page. When they do not, a search
        or filter is counted in the background (:attr:`counting` until then, and ``countChanged``
        when it is known), so that the rows show while the count runs; an unfiltered list is counted
        at once through an index. The unfiltered total is counted again only when the data may have
        changed (*recount*), not on every keystroke. Further pages come as the view scrolls
        (:meth:`fetchMore`)."""
        db = self._database()
        self.beginResetModel()
        self._cache.clear()
        self._row_index = None
        self._loaded = True
        self._generation += 1
        self.counting = False
        if db is None or (self._needs_parent and self._parent_id is None):
            self._ids = []
            self.total = self.matched = 0
            self._total_known = False
            self._more = False
        else:
            args = self._query_args()
            with db.session() as session:
                self._ids, _ = listing.list_page(session, self.spec, **args, limit=PAGE)
                self._more = len(self._ids) == PAGE
                if not self._more:
                    self.matched = len(self._ids)
                elif not self.is_filtered:
                    self.matched = listing.count(session, self.spec, **self._count_args(args))
                else:
                    self.matched = len(self._ids)
                    self.counting = True
                if not self.is_filtered and not self.counting:
                    self.total, self._total_known = self.matched, True
                elif recount or not self._total_known:
                    self.total = listing.count(
                        session, self.spec, parent_id=self._parent_id, include_deleted=self.include_deleted
                    )
                    self._total_known = True
            if self.counting:
                self._count_in_background(db, args)
        self.endResetModel()
        self.refreshed.emit()

    @staticmethod
    def _count_args(args: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in args.items() if k not in ("order_by", "descending")}

    def _count_in_background(self, db: Database, args: dict[str, Any]) -> None:
        """Count the matches in a worker thread once control is back in the event loop (so the
        first rows are painted first). A count overtaken by another search is dropped."""
        self._count_request = (self._generation, db, self._count_args(args))
        self._count_start.start()

    def _start_count(self) -> None:
        if self._count_request is None:
            return
        (generation, db, args), self._count_request = self._count_request, None
        if generation == self._generation:
            self._count_future = (generation, _COUNTER.submit(_count, db, self.spec, args))
            self._count_poll.start()

    def _poll_count(self) -> None:
        if self._count_future is None:
            self._count_poll.stop()
            return
        generation, future = self._count_future
        if not future.done():
            return
        self._count_poll.stop()
        self._count_future = None
        if generation != self._generation:
            return
        try:
            matched = future.result()
        except Exception:  # the rows are on screen; without a count the status says what is loaded
            matched = len(self._ids)
        self.matched = max(matched, len(self._ids))
        self.counting = False
        self.countChanged.emit()

    def _query_args(self) -> dict[str, Any]:
        return {
            "order_by": self._order_key,
            "descending": self._descending,
            "parent_id": self._parent_id,
            "include_deleted": self.include_deleted,
            "search": self._search,
            "filters": self._filters,
        }

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        db = self._database()
        if parent.isValid() or db is None or not self.canFetchMore():
            return
        with db.session() as session:
            more, _ = listing.list_page(
                session, self.spec, **self._query_args(), limit=PAGE, offset=len(self._ids)
            )
        self._more = len(more) == PAGE
        if not more:
            self.matched = len(self._ids)
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
        self._ids.extend(more)
        self._row_index = None
        if self.counting or not self._more:
            self.matched = max(self.matched, len(self._ids))
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every matching id (before selecting all rows, or exporting what is shown)."""
        while self.canFetchMore():
            self.fetchMore()

    def id_at(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def row_of(self, row_id: uuid.UUID) -> int:
        if self._row_index is None:
            self._row_index = {value: row for row, value in enumerate(self._ids)}
        return self._row_index.get(row_id, -1)

    def record(self, row: int) -> dict[str, Any]:
        row_id = self._ids[row]
        if row_id not in self._cache:
            self._fetch_block(row)
        return self._cache.get(row_id, {})

    def _fetch_block(self, row: int) -> None:
        db = self._database()
        if db is None:
            return
        start = (row // BLOCK) * BLOCK
        ids = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        with db.session() as session:
            self._cache.update(listing.fetch_rows(session, self.spec, ids))

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.spec.columns):
                return text.translate("Fields", self.spec.columns[section].label)
            return None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        column = self.spec.columns[index.column()]
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            SortRole,
            DeletedRole,
            DirectionRole,
        ):
            return None
        record = self.record(index.row())
        value = record.get(column.key)
        deleted = bool(record.get("_deleted"))
        if role == DeletedRole:
            return deleted
        if role == SortRole:
            return value if not isinstance(value, list) else ", ".join(map(str, value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMBER_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column.kind is ValueKind.NATIVE and isinstance(value, str) and text.is_rtl(value):
                # Urdu reads from the right edge of its cell whatever the layout direction; other
                # names keep to the window's leading side (the delegate lays each out in its script).
                return int(
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter
                )
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if deleted:
                font = QFont()
                font.setItalic(True)
                font.setStrikeOut(True)
                return font
            return None
        conflict = record.get(listing.MEDAL_CONFLICT) if column.key in MEDAL_CHECKED else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if conflict is not None and not deleted:
                return palette.MEDAL_CHECK_BACKGROUND
            state = expiry_state(record)
            return palette.EXPIRY_BACKGROUNDS[state] if state and not deleted else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if deleted:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if column.key == "medal" and value is not None:
                return palette.medal(value).ink
            return None
        shown = self._display(column, value)
        if conflict is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return medal_conflict_text(conflict)
            if column.key == "medal":
                shown = f"⚠ {shown}"
        if role == DirectionRole:
            return None if column.kind in NUMBER_KINDS else text_direction(shown)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column.key == "expires_on"
            and isinstance(value, date)
            and expiry_state(record)
        ):
            days = (value - date.today()).days
            if days < 0:
                return self.tr("Expired %n days ago", "", -days)
            return self.tr("Expires in %n days", "", days)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind in (ValueKind.COUNTRY, ValueKind.PROVINCE) and value:
                return f"{shown} ({value})"
            return shown if len(shown) > 30 else None
        return shown

    @staticmethod
    def _display(column: listing.Column, value: Any) -> str:
        if column.kind is ValueKind.BOOL:
            return "✓" if value else ""
        return text.show(column.kind, value, enum=column.enum)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.spec.columns)):
            return
        spec_column = self.spec.columns[column]
        if spec_column.expr is None or not spec_column.sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (spec_column.key, descending) == (self._order_key, self._descending):
            return
        self._order_key = spec_column.key
        self._descending = descending
        if self._loaded:  # before the first refresh, only remember the order
            self._query(recount=False)


#: The columns of an entry that are marked when its medal contradicts its rank.
MEDAL_CHECKED = frozenset({"rank", "medal"})


def medal_conflict_text(conflict: rules.MedalConflict) -> str:
    """Why an entry's medal is marked: "Rank 1 has No medal, but rank 2 below it has Silver."."""
    below = conflict.other_rank > conflict.rank
    template = (
        text.translate(
            "RecordTableModel",
            "The medal does not match the rank: rank %1 has %2, but rank %3 below it has %4.",
        )
        if below
        else text.translate(
            "RecordTableModel",
            "The medal does not match the rank: rank %1 has %2, but rank %3 above it has %4.",
        )
    )
    return (
        template.replace("%1", str(conflict.rank))
        .replace("%2", text.enum_label(conflict.medal))
        .replace("%3", str(conflict.other_rank))
        .replace("%4", text.enum_label(conflict.other_medal))
    )


def expiry_state(record: dict[str, Any]) -> Expiry | None:
    """The agreement's end-date rule (domain.rules) for a row; None for every other kind of record."""
    return rules.agreement_expiry(record.get("status"), record.get("expires_on"))
