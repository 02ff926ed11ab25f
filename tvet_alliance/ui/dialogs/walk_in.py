"""The check-in desk's walk-in form: someone not registered (or cancelled) is registered and checked
in with a name (Latin and/or their own script), an organisation and the attendance mode.

Keys: Ctrl+S saves (registers and checks in), Esc closes (asking only when something was typed in
the form), Enter moves to the next field.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import AttendanceMode
from tvet_alliance.persistence import Database
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.fields import RefPicker


@dataclass(frozen=True)
class WalkInValues:
    name: str
    name_native: str
    organization_id: uuid.UUID | None
    mode: AttendanceMode


def _is_latin(typed: str) -> bool:
    return all(ord(c) < 0x250 for c in typed)


class WalkInDialog(QDialog):
    """Asks for a walk-in's name, organisation and attendance mode; :meth:`values` after accept."""

    def __init__(
        self, database: Callable[[], Database | None], typed: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.name = QLineEdit()
        self.name.setObjectName("walkin_name")
        self.native = QLineEdit()
        self.native.setObjectName("walkin_native")
        typed = typed.strip()
        if typed:  # what was searched for at the desk, in the field of its script
            (self.name if _is_latin(typed) else self.native).setText(typed)
        self.organization = RefPicker("partner", database)
        self.organization.setObjectName("walkin_organization")
        self.mode = QComboBox()
        self.mode.setObjectName("walkin_mode")
        for mode in AttendanceMode:
            self.mode.addItem(text.enum_label(mode), mode)
        self._initial = self._state()

        form = QFormLayout()
        form.addRow(self.tr("Name (Latin letters)"), self.name)
        form.addRow(self.tr("Name in Chinese or Urdu"), self.native)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Attends"), self.mode)
        self.message = QLabel()
        self.message.setObjectName("walkin_message")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Register and check in"))
        self.save_button.setObjectName("walkin_save")
        self.save_button.setToolTip(self.tr("Register and check in (Ctrl+S)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.clicked.connect(self.try_save)
        buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save).setWhatsThis(
            self.tr("Register and check in")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        (self.native if self.native.text() and not self.name.text() else self.name).setFocus()

    def _state(self) -> tuple[str, str, str, int]:
        return (self.name.text(), self.native.text(), self.organization.text(), self.mode.currentIndex())

    def values(self) -> WalkInValues:
        # The combo box hands a str enum back as its plain value ("online"), never the enum itself.
        mode = self.mode.currentData()
        return WalkInValues(
            self.name.text().strip(),
            self.native.text().strip(),
            self.organization.value(),
            AttendanceMode(mode) if mode in set(AttendanceMode) else AttendanceMode.IN_PERSON,
        )

    def try_save(self) -> None:
        values = self.values()
        if not values.name and not values.name_native:
            self.message.setText(self.tr("Type the walk-in's name."))
            self.message.show()
            self.name.setFocus()
            return
        if self.organization.pending_text():
            self.message.setText(self.tr("Pick the organisation from the list, or clear it."))
            self.message.show()
            self.organization.setFocus()
            return
        self.accept()

    def cancel(self) -> None:
        if self._state() != self._initial and not prompts.ask_discard(self):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # the window's close button asks too
        if self._state() != self._initial and not prompts.ask_discard(self):
            event.ignore()
            return
        super().closeEvent(event)
