"""Questions the program asks, in one place (tests answer them by patching these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tvet_alliance.ui import text


def ask_conflict(parent: QWidget, message: str, details: str) -> str:
    """Someone else saved the record first: 'reload' their version, 'overwrite' it, or 'cancel'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "The record was changed elsewhere"))
    box.setText(text.directed(message))
    box.setInformativeText(text.directed(details))
    reload_button = box.addButton(
        QCoreApplication.translate("Prompts", "Reload their version"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("Prompts", "Overwrite with mine"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return "reload"
    if clicked is overwrite:
        return "overwrite"
    return "cancel"


def confirm(parent: QWidget, title: str, message: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text.directed(message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent: QWidget) -> bool:
    """A changed form is being closed (Esc, Cancel, the window's close button): throw the changes
    away (True) or go back to the form (False, the default: Esc or Enter on this question keeps them)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Prompts", "Discard changes?"),
        QCoreApplication.translate(
            "Prompts", "The changes in this form are not saved. Discard them and close the form?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def warn(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, text.directed(message))


def ask_replace_unencodable(parent: QWidget, message: str) -> bool:
    """The chosen encoding cannot hold some characters (listed in *message*): replace them with "?"
    (True) or cancel the export (False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Characters the encoding cannot hold"))
    box.setText(message)
    replace = box.addButton(
        QCoreApplication.translate("Prompts", "Replace them with ?"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is replace


def ask_lose_fixes(parent: QWidget) -> bool:
    """The import wizard is closed (Esc, Cancel, its close button) with cells fixed on its Check
    page: close and lose them (True) or go back (False, the default: Esc or Enter keeps them)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Prompts", "Close the import?"),
        QCoreApplication.translate(
            "Prompts",
            "The cells you fixed and the problems you chose to leave empty are lost when the import "
            "is closed. Close it anyway?",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close


def ask_lose_choices(parent: QWidget) -> bool:
    """The import wizard is closed (Esc, Cancel, its close button) after the person chose columns,
    values, organisations or duplicates, or ran a test import, and nothing was imported: close and
    lose those choices (True) or go back (False, the default: Esc or Enter keeps them)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Prompts", "Close the import?"),
        QCoreApplication.translate(
            "Prompts",
            "Nothing was imported yet, and the choices you made in this import are lost when it is "
            "closed. Close it anyway?",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close


def ask_clear_fixes(parent: QWidget) -> bool:
    """The file, its kind or its columns changed since cells were fixed on the import's Check page:
    clear the fixes (True) or keep them (False, the default: they stay on the same rows and fields)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "The file or its columns changed"))
    box.setText(
        text.directed(
            QCoreApplication.translate(
                "Prompts",
                "The file or its columns changed since you fixed cells on the Check page. Clear those "
                "fixes, or keep them on the same rows and fields?",
            )
        )
    )
    clear = box.addButton(
        QCoreApplication.translate("Prompts", "Clear the fixes"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Prompts", "Keep them"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is clear
