"""Screenshots of every area, form and main dialog with the sample data, in each language and size.

    python docs/take_screenshots.py                      # English, Chinese and Urdu (one process each)
    python docs/take_screenshots.py --lang ur            # one language
    python docs/take_screenshots.py --lang zh_CN --size 1024x700

Writes ``docs/screenshots/<what>-<language>-<width>x<height>.png``: the window at 1024×700 (a small
laptop) and at 1920×1080 (full HD); each form as it opens on a screen of that size (never taller than
the screen). Runs offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TVET_ALLIANCE_HOME"] = tempfile.mkdtemp(prefix="tvet-shots-")

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tvet_alliance.app import configure_application
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.models.direction import select_row
from tvet_alliance.ui.settings import AppSettings

LANGUAGES = ("en_US", "zh_CN", "ur")
SIZES = ((1024, 700), (1920, 1080))
OUT = Path(__file__).resolve().parent / "screenshots"


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _fit(dialog: QWidget, size: tuple[int, int]) -> None:
    """A dialog as it opens on a screen of *size*: the size it chose, at most the screen's (less a
    title bar and a task bar)."""
    dialog.resize(dialog.size().boundedTo(QSize(size[0] - 40, size[1] - 70)))


def take(lang: str, sizes: tuple[tuple[int, int], ...]) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, lang)
    home = Path(os.environ["TVET_ALLIANCE_HOME"])
    db = Database.open(home / "sample.sqlite3")
    with db.transaction() as session:
        sample.load_sample(session)
    settings = AppSettings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    window.show()
    written: list[Path] = []

    def save(widget: QWidget, what: str, size: tuple[int, int]) -> None:
        _settle(app)
        path = OUT / f"{what}-{lang}-{size[0]}x{size[1]}.png"
        widget.grab().save(str(path))
        written.append(path)

    for size in sizes:
        window.resize(*size)
        for index, spec in enumerate(window.specs):
            window.sidebar.setCurrentRow(index)
            _settle(app)
            page = window.current_page()
            sections = getattr(page, "sections", lambda: [])()
            for section in sections[:1]:  # the master's first row, so a detail list shows
                if section.model.rowCount():
                    select_row(section.table, 0)
            save(window, f"{index}-{spec.key}", size)
            medals = getattr(page, "medals", None)  # the Competitions page's medal table tab
            tabs = getattr(page, "tabs", None)
            if medals is not None and tabs is not None and tabs.indexOf(medals) >= 0:
                tabs.setCurrentWidget(medals)
                save(window, f"{index}-{spec.key}-medals", size)
                tabs.setCurrentIndex(0)
        _forms(app, window, size, save)
        _dialogs(app, window, size, save)
    window.close()
    db.close()
    return written


def _forms(app: QApplication, window: MainWindow, size: tuple[int, int], save: Callable[..., None]) -> None:
    """Each list's Edit form, on its first row, opened as the person opens it (Ctrl+E)."""
    shown: set[str] = set()

    def grab_and_close(editor: QDialog) -> None:
        def later() -> None:
            _fit(editor, size)
            save(editor, f"form-{editor.objectName().removeprefix('editor_')}", size)
            editor.reject()

        QTimer.singleShot(0, later)

    window.editing.editorOpened.connect(grab_and_close)
    try:
        for index, _spec in enumerate(window.specs):
            window.sidebar.setCurrentRow(index)
            _settle(app)
            page = window.current_page()
            for section in getattr(page, "sections", lambda: [])():
                _settle(app)
                if section.type_key in shown or not section.model.rowCount():
                    continue
                select_row(section.table, 0)
                shown.add(section.type_key)
                section.edit_selected()
    finally:
        window.editing.editorOpened.disconnect(grab_and_close)


def _dialogs(app: QApplication, window: MainWindow, size: tuple[int, int], save: Callable[..., None]) -> None:
    """The export dialog, the import wizard's first page, a record's history and a question with
    Qt's standard Yes/No buttons (translated by us where Qt has no translation)."""
    from tvet_alliance.ui.dialogs.export_dialog import ExportDialog
    from tvet_alliance.ui.dialogs.history import HistoryDialog
    from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

    window.sidebar.setCurrentRow(1)  # partners
    _settle(app)
    section = window.current_section()
    assert section is not None
    select_row(section.table, 0)
    export = ExportDialog(window.database, [section], window.settings, window, current=section)
    export.show()
    _fit(export, size)
    save(export, "dialog-export", size)
    export.close()
    wizard = ImportWizard(window.database, window)
    wizard.show()
    _fit(wizard, size)
    save(wizard, "dialog-import", size)
    wizard.close()
    _import_pages(app, window, size, save)
    from tvet_alliance.ui.dialogs.attendance import AttendanceDialog

    report = (
        Path(__file__).resolve().parent.parent / "tests" / "data" / "attendance" / "zoom_participants.csv"
    )
    attendance = AttendanceDialog(window.database, window, path=report)
    attendance.show()
    _fit(attendance, size)
    save(attendance, "dialog-attendance", size)
    attendance.close()
    ids = section.selected_ids()
    if ids:
        from tvet_alliance.services import records

        db = window.database()
        assert db is not None
        with db.session() as session:
            record = records.load(session, section.type_key, ids[0])
            entries = records.history(session, section.type_key, ids[0])
        history = HistoryDialog(record.title, entries, window)
        history.show()
        _fit(history, size)
        save(history, "dialog-history", size)
        history.close()
        question = QMessageBox(
            QMessageBox.Icon.Question,
            window.editing.tr("Delete"),
            window.editing.tr("Delete %1?").replace("%1", record.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            window,
        )
        question.show()
        save(question, "dialog-question", size)
        question.close()


def _import_pages(
    app: QApplication, window: MainWindow, size: tuple[int, int], save: Callable[..., None]
) -> None:
    """The import wizard's pages on the realistic files of tests/data/import (nothing is imported):
    the alternatives of a Windows-1252 file, a Chinese-only list's columns with Country = China for
    every row and its check, values only a person can map, unknown organisations, and duplicates
    field by field."""
    from tvet_alliance.services import importing as imp
    from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

    corpus = Path(__file__).resolve().parent.parent / "tests" / "data" / "import"

    def wait(wizard: ImportWizard) -> None:
        for _ in range(2000):
            _settle(app)
            if not wizard.busy:
                break
            time.sleep(0.01)
        _settle(app)

    def walk(
        name: str, kind: imp.ImportKind, stops: dict[int, str], constants: dict[str, str] | None = None
    ) -> None:
        window.data_actions.open_import(corpus / name)
        wizard = window.data_actions.import_wizard
        assert isinstance(wizard, ImportWizard)
        _fit(wizard, size)
        combo = wizard.file_page.kind_combo
        combo.setCurrentIndex(combo.findData(kind.value))
        last = max(stops)
        try:
            for _ in range(10):
                wait(wizard)
                page = wizard.currentId()
                if page == ImportWizard.PAGE_MAP and constants:
                    wizard.mapping_page.set_constants(constants)
                    _settle(app)
                if page in stops:
                    save(wizard, stops[page], size)
                if page == last:
                    break
                wizard.next()
        finally:
            wizard.choices_made = lambda: False  # type: ignore[method-assign]  # close without asking
            wizard.reject()
            _settle(app)

    walk("delegates_cp1252_latin.csv", imp.ImportKind.PEOPLE, {ImportWizard.PAGE_DETECT: "import-reading"})
    walk(
        "partners_zh_only.csv",
        imp.ImportKind.PARTNERS,
        {ImportWizard.PAGE_MAP: "import-columns", ImportWizard.PAGE_CHECK: "import-check"},
        {"country": "CN"},
    )
    walk("partners_values.csv", imp.ImportKind.PARTNERS, {ImportWizard.PAGE_VALUES: "import-values"})
    walk(
        "people_unknown_orgs.csv",
        imp.ImportKind.PEOPLE,
        {ImportWizard.PAGE_ORGANIZATIONS: "import-organisations"},
    )
    walk("partners_update.csv", imp.ImportKind.PARTNERS, {ImportWizard.PAGE_DUPLICATES: "import-duplicates"})


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: each, one process each)")
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (default: 1024x700 and 1920x1080)")
    args = parser.parse_args()
    sizes = tuple(tuple(int(n) for n in s.lower().split("x")) for s in args.size) if args.size else SIZES
    OUT.mkdir(exist_ok=True)
    if args.lang is None:
        # Qt's translators and layout direction are per process: one process per language.
        for lang in LANGUAGES:
            extra = [a for s in (args.size or []) for a in ("--size", s)]
            subprocess.run([sys.executable, __file__, "--lang", lang, *extra], check=True)
        return
    written = take(args.lang, sizes)  # type: ignore[arg-type]
    print(f"{len(written)} screenshots in {args.lang} written to {OUT}")


if __name__ == "__main__":
    main()
