"""“Possibly the same as …”: asked before a form saves a record that may already be there.

Open shows the existing record (the form underneath keeps everything typed), Save anyway saves,
Cancel or Esc goes back to the form."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.services.duplicates import REASONS, Candidate
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs.fields import isolated


class Answer(StrEnum):
    SAVE = "save"
    OPEN = "open"
    BACK = "back"


def candidate_text(candidate: Candidate) -> str:
    """One line per candidate: its name, what tells it apart, why it may be the same."""
    place = ", ".join(p for p in (candidate.detail, text.country_name(candidate.country)) if p)
    reason = text.translate("Duplicates", REASONS.get(candidate.reason, candidate.reason))
    return " — ".join(p for p in (candidate.label, place) if p) + f" — {reason}"


class DuplicateWarning(QDialog):
    def __init__(
        self, candidates: list[Candidate], parent: QWidget | None = None, *, can_open: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setWindowTitle(self.tr("Possibly a duplicate"))
        self.candidates = candidates
        self.answer = Answer.BACK
        heading = QLabel(
            self.tr("Possibly the same as:")
            if len(candidates) > 1
            else self.tr("Possibly the same as %1").replace("%1", candidates[0].label)
        )
        heading.setObjectName("duplicateHeading")
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("duplicateCandidates")
        for candidate in candidates:
            line = candidate_text(candidate)
            # Each part in the direction of its own script (a Latin name in the Urdu layout).
            item = QListWidgetItem(isolated(line))
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = min(len(candidates), 8)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.list.itemActivated.connect(lambda _i: self._choose(Answer.OPEN) if can_open else None)
        hint = QLabel(self.tr("Open shows that record; what you typed here stays in your form."))
        hint.setWordWrap(True)
        hint.setVisible(can_open)

        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("duplicateOpen")
        self.open_button.setVisible(can_open)
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.setObjectName("duplicateSaveAnyway")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(lambda: self._choose(Answer.OPEN))
        self.save_button.clicked.connect(lambda: self._choose(Answer.SAVE))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        # Nothing is saved by a stray Enter: Open is the default where it is offered.
        for button in (self.open_button, self.save_button, self.back_button):
            button.setAutoDefault(False)
        (self.open_button if can_open else self.back_button).setDefault(True)
        self.resize(600, self.sizeHint().height())
        self.list.setFocus()

    def _choose(self, answer: Answer) -> None:
        self.answer = answer
        self.accept()

    def chosen(self) -> Candidate:
        row = max(self.list.currentRow(), 0)
        return self.candidates[row]

    def reject(self) -> None:
        self.answer = Answer.BACK
        super().reject()


__all__ = ["Answer", "DuplicateWarning", "candidate_text"]
