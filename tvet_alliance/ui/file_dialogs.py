"""File dialogs that never open the files they list, so they keep the database's locks.

Qt's own file dialog asks the MIME database for each listed file's icon and type, and for a name
without a known extension (``day.db-wal``, ``day.db-shm``) it *reads the file's first bytes*. A
process that opens and closes any file releases every POSIX lock it held on that file — SQLite's
included. After "Save as PDF…" in the database's folder the window held no lock on its own
database: the next program to open it (the CLI, a second window) believed itself the last one, checkpointed
and deleted the write-ahead log, and every later check-in of the window went into a deleted file.

:func:`install` (called once when the application is configured) replaces
``QFileDialog.getOpenFileName`` / ``getSaveFileName`` with the same dialogs whose icons and type
names come from the file's name only. Tests that stub those functions still replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_MIME = QMimeDatabase()


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name and kind, never from its content."""

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isDir():
                return super().icon(QAbstractFileIconProvider.IconType.Folder)
            fallback = super().icon(QAbstractFileIconProvider.IconType.File)
            mime = _MIME.mimeTypeForFile(what, QMimeDatabase.MatchMode.MatchExtension)
            return QIcon.fromTheme(mime.iconName(), fallback)
        assert isinstance(what, QAbstractFileIconProvider.IconType)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        return _MIME.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


def file_dialog(
    parent: QWidget | None, caption: str, start: str, name_filter: str, *, save: bool
) -> QFileDialog:
    """A file dialog on *start* (a folder, or a file to propose) that reads no file it lists."""
    # Built on the root folder first: the provider must be in place before the listing of the
    # wanted folder starts (it runs in a thread from the moment the folder is set).
    dialog = QFileDialog(parent, caption, QDir.rootPath(), name_filter)
    provider = NameOnlyIcons()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    target = Path(start) if start else _folder()
    if target.is_dir():
        dialog.setDirectory(str(target))
    else:
        # A bare name ("Seminar - certificates.pdf") goes in the folder last chosen, not in the
        # program's working folder.
        dialog.setDirectory(str(target.parent if target.parent != Path() else _folder()))
        dialog.selectFile(target.name)
    return dialog


_LAST_FOLDER: list[Path] = []


def remember(folder: Path) -> None:
    """The folder a file was last chosen in (a bare proposed name is put there)."""
    _LAST_FOLDER[:] = [folder]


def _folder() -> Path:
    return _LAST_FOLDER[0] if _LAST_FOLDER and _LAST_FOLDER[0].is_dir() else Path.cwd()


def _run(
    parent: QWidget | None,
    caption: str,
    start: str,
    name_filter: str,
    selected_filter: str,
    *,
    save: bool,
) -> tuple[str, str]:
    dialog = file_dialog(parent, caption, start, name_filter, save=save)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        chosen = dialog.selectedFiles()[0]
        remember(Path(chosen).parent)
        return chosen, dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",  # Qt's own argument names: callers pass them by keyword too
    filter: str = "",
    selectedFilter: str = "",
    options: object = None,
) -> tuple[str, str]:
    return _run(parent, caption, dir, filter, selectedFilter, save=False)


def get_save_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: object = None,
) -> tuple[str, str]:
    return _run(parent, caption, dir, filter, selectedFilter, save=True)


def install() -> None:
    """Every ``QFileDialog.getOpenFileName`` / ``getSaveFileName`` of the window reads no listed file."""
    QFileDialog.getOpenFileName = staticmethod(get_open_file_name)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(get_save_file_name)  # type: ignore[method-assign]
