"""What to print: the event, the badges' layout, which delegates and in which order.

:class:`PrintOptionsDialog` is the small dialog of Print → Badges…, Delegate list… and Sign-in
sheet…. It offers "those shown in the list" and "the selected delegates" only when the Events page
has such rows for the chosen event. Preview (Enter) or Save as PDF… close it with the choice in
:attr:`PrintOptionsDialog.choice`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.ui import text

BADGES, DELEGATE_LIST, SIGN_IN = "badges", "list", "sign_in"
ALL, LISTED, SELECTED = "all", "listed", "selected"
PREVIEW, SAVE = "preview", "save"

TITLES = {
    BADGES: QT_TRANSLATE_NOOP("PrintOptionsDialog", "Print badges"),
    DELEGATE_LIST: QT_TRANSLATE_NOOP("PrintOptionsDialog", "Print the delegate list"),
    SIGN_IN: QT_TRANSLATE_NOOP("PrintOptionsDialog", "Print a sign-in sheet"),
}


@dataclass(frozen=True)
class PrintChoice:
    kind: str
    event_id: uuid.UUID
    layout: str  # badges: "a6" or "a4-8"
    scope: str  # ALL, LISTED or SELECTED
    order: str  # "name" or "organization"
    then: str  # PREVIEW or SAVE


@dataclass(frozen=True)
class EventRows:
    """What the Events page shows of one event: the delegates listed (filtered) and selected."""

    event_id: uuid.UUID
    listed: Sequence[uuid.UUID] | None  # None: the list is not filtered (all of them)
    selected: Sequence[uuid.UUID]


class PrintOptionsDialog(QDialog):
    def __init__(
        self,
        kind: str,
        events: Sequence[tuple[uuid.UUID, str]],
        rows: EventRows | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printOptions")
        self.kind = kind
        self.rows = rows
        self.choice: PrintChoice | None = None
        self.setWindowTitle(QCoreApplication.translate("PrintOptionsDialog", TITLES[kind]))
        form = QFormLayout()
        self.event_box = QComboBox()
        self.event_box.setObjectName("printEvent")
        for event_id, label in events:
            self.event_box.addItem(label, event_id)
        if rows is not None:
            index = text.index_of(self.event_box, rows.event_id)  # the Events page's event
            self.event_box.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Event:"), self.event_box)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("printLayout")
        self.layout_box.addItem(self.tr("A6, one badge a page"), "a6")
        self.layout_box.addItem(self.tr("A4, eight badges a page (cut marks)"), "a4-8")
        if kind == BADGES:
            form.addRow(self.tr("&Layout:"), self.layout_box)
        self.scope = QComboBox()
        self.scope.setObjectName("printScope")
        form.addRow(self.tr("&Delegates:"), self.scope)
        self.order = QComboBox()
        self.order.setObjectName("printOrder")
        self.order.addItem(self.tr("By name"), "name")
        self.order.addItem(self.tr("By organisation"), "organization")
        form.addRow(self.tr("&Order:"), self.order)
        self.note = QLabel(self.tr("Cancelled registrations are left out."))
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("printPreviewButton")
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("printSaveButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self._finish(PREVIEW))
        self.save_button.clicked.connect(lambda: self._finish(SAVE))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.event_box.currentIndexChanged.connect(self._fill_scopes)
        self._fill_scopes()
        self.preview_button.setEnabled(self.event_box.count() > 0)
        self.save_button.setEnabled(self.event_box.count() > 0)

    def _fill_scopes(self) -> None:
        self.scope.clear()
        self.scope.addItem(self.tr("All delegates of the event"), ALL)
        rows = self.rows
        if rows is None or self.event_box.currentData() != rows.event_id:
            return
        if rows.listed is not None:
            self.scope.addItem(self.tr("Those shown in the list (%n)", "", len(rows.listed)), LISTED)
            self.scope.setCurrentIndex(self.scope.count() - 1)
        if rows.selected:
            self.scope.addItem(self.tr("The selected delegates (%n)", "", len(rows.selected)), SELECTED)
            if self.kind == BADGES and len(rows.selected) == 1:
                self.scope.setCurrentIndex(self.scope.count() - 1)

    def _finish(self, then: str) -> None:
        event_id = self.event_box.currentData()
        if event_id is None:
            return
        self.choice = PrintChoice(
            self.kind,
            event_id,
            str(self.layout_box.currentData()),
            str(self.scope.currentData()),
            str(self.order.currentData()),
            then,
        )
        self.accept()
