"""Pages that show the records of one area: a table, or a master table with detail tables."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.persistence import Database
from tvet_alliance.services.listing import ListSpec
from tvet_alliance.ui import text
from tvet_alliance.ui.models.record_table import RecordTableModel

DatabaseGetter = Callable[[], Database | None]


def make_table(model: RecordTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(
        model.spec.index_of(model.spec.default_order or model.spec.columns[0].key),
        Qt.SortOrder.AscendingOrder,
    )
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def fit_columns(view: QTableView, max_width: int = 320) -> None:
    """Size columns to what is visible now, capped so one long name does not push the rest away."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > max_width:
            header.resizeSection(section, max_width)


class RecordsPage(QWidget):
    """One area's records in a table; emits ``countChanged`` with the number of rows shown."""

    countChanged = Signal(int)

    def __init__(self, spec: ListSpec, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        self.model = RecordTableModel(spec, database, self)
        self.table = make_table(self.model, f"table_{spec.key}")
        title = QLabel(text.translate("Areas", spec.title))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(self.table)
        self.model.refreshed.connect(lambda: self.countChanged.emit(self.model.rowCount()))

    @property
    def title(self) -> str:
        return text.translate("Areas", self.spec.title)

    def row_count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        self.model.refresh()
        fit_columns(self.table)


class MasterDetailPage(QWidget):
    """A master table (events, competitions) and, below it, the records of the selected one."""

    countChanged = Signal(int)

    def __init__(
        self,
        spec: ListSpec,
        details: Sequence[ListSpec],
        database: DatabaseGetter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        self.model = RecordTableModel(spec, database, self)
        self.table = make_table(self.model, f"table_{spec.key}")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail_models: dict[str, RecordTableModel] = {}
        self.detail_tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for detail in details:
            model = RecordTableModel(detail, database, self)
            table = make_table(model, f"table_{detail.key}")
            self.detail_models[detail.key] = model
            self.detail_tables[detail.key] = table
            self.tabs.addTab(table, text.translate("Areas", detail.title))
            model.refreshed.connect(self._update_tab_titles)
        title = QLabel(text.translate("Areas", spec.title))
        title.setObjectName("pageTitle")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.refreshed.connect(lambda: self.countChanged.emit(self.model.rowCount()))

    @property
    def title(self) -> str:
        return text.translate("Areas", self.spec.title)

    def row_count(self) -> int:
        return self.model.rowCount()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def refresh(self) -> None:
        keep = self.selected_id()
        self.model.refresh()
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        if self.model.rowCount() == 0:
            self._show_details(None)
        fit_columns(self.table)

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_details(self.selected_id())

    def _show_details(self, master_id: uuid.UUID | None) -> None:
        if master_id is None:
            self.detail_title.setText("")
        else:
            record = self.model.record(self.model.row_of(master_id))
            self.detail_title.setText(str(record.get("name", "")))
        for key, model in self.detail_models.items():
            model.set_parent_id(master_id)
            fit_columns(self.detail_tables[key])

    def _update_tab_titles(self) -> None:
        for index, model in enumerate(self.detail_models.values()):
            self.tabs.setTabText(index, f"{text.translate('Areas', model.spec.title)} ({model.rowCount()})")
