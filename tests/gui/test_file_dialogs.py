"""A file dialog opened in the database's folder ("Save as PDF…" next to day.db) must not make the
window lose its own database: Qt's dialog used to read the first bytes of day.db-wal / day.db-shm to
pick their icons, which released the window's SQLite locks; the next program to open the file (the
CLI) then deleted the write-ahead log, and the window's later check-ins were lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from sqlalchemy import text

from tvet_alliance.persistence import Database
from tvet_alliance.ui import file_dialogs


def _other_program(db_path: Path, sql: str) -> str:
    """Another process (the CLI, a second laptop's copy tool) opens the file, reads, closes it."""
    code = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0]); c.close()"
    done = subprocess.run([sys.executable, "-c", code, str(db_path), sql], capture_output=True, text=True)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def _listed(qtbot: Any, dialog: QFileDialog, folder: Path) -> None:
    """Wait until the dialog lists the folder's files with their type names (all files shown, so that
    the wait covers day.db-wal and day.db-shm; a "*.pdf" filter hides them but they are read all the
    same)."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    names = {p.name for p in folder.iterdir()}

    def typed() -> bool:
        root = model.index(str(folder))
        rows = [model.index(i, 0, root) for i in range(model.rowCount(root))]
        return {model.fileName(i) for i in rows} >= names and all(model.type(i) for i in rows)

    qtbot.waitUntil(typed, timeout=10000)


def test_save_dialog_in_the_database_folder_keeps_the_windows_writes(qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "day.db"
    db = Database.open(db_path)
    try:
        with db.session() as s:
            s.execute(text("CREATE TABLE desk_probe (n INTEGER)"))
            s.commit()
        assert (tmp_path / "day.db-wal").exists() and (tmp_path / "day.db-shm").exists()

        dialog = file_dialogs.file_dialog(None, "Save as", str(tmp_path), "All files (*)", save=True)
        qtbot.addWidget(dialog)
        dialog.show()
        _listed(qtbot, dialog, tmp_path)
        dialog.reject()

        assert _other_program(db_path, "SELECT count(*) FROM desk_probe") == "0"
        with db.session() as s:  # the window checks someone in after the dialog
            s.execute(text("INSERT INTO desk_probe VALUES (1)"))
            s.commit()
        assert _other_program(db_path, "SELECT count(*) FROM desk_probe") == "1"
        assert (tmp_path / "day.db-wal").exists()
    finally:
        db.close()
    assert _other_program(db_path, "SELECT count(*) FROM desk_probe") == "1"


def test_install_makes_the_static_dialogs_the_safe_ones(monkeypatch: Any) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", QFileDialog.getSaveFileName)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", QFileDialog.getOpenFileName)
    file_dialogs.install()
    assert QFileDialog.getSaveFileName is file_dialogs.get_save_file_name
    assert QFileDialog.getOpenFileName is file_dialogs.get_open_file_name


def test_the_dialog_proposes_the_file_name_given(qtbot: Any, tmp_path: Path) -> None:
    dialog = file_dialogs.file_dialog(None, "Save", str(tmp_path / "badges.pdf"), "PDF (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIcons)
    provider = dialog.iconProvider()
    assert provider is not None
    assert not provider.icon(QFileInfo(str(tmp_path))).isNull()  # the style's folder and file icons
    assert not provider.icon(QFileInfo(str(tmp_path / "badges.pdf"))).isNull()


def test_a_bare_name_is_proposed_in_the_folder_last_chosen(qtbot: Any, tmp_path: Path) -> None:
    file_dialogs.remember(tmp_path)  # the badges were saved there a moment ago
    dialog = file_dialogs.file_dialog(None, "Save", "Seminar - certificates.pdf", "PDF (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
