"""Start-up wiring: settings -> database -> QApplication -> MainWindow."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# The Qt-free core first: once PySide6 is imported, its import hook reads the source of every module
# imported after it (shibokensupport.feature, looking for "PySide6"), ~0.1 s for SQLAlchemy and ours.
from tvet_alliance import APP_NAME, ORG_NAME, __version__, paths
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing, records, stats  # noqa: F401 - what the first pages use

# isort: split
from PySide6.QtCore import QDir, QLibraryInfo, QLocale, Qt, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tvet_alliance.ui import file_dialogs, focus, text, wheel
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.settings import AppSettings


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tvet-alliance-gui", description=f"Open the {APP_NAME} window.")
    parser.add_argument("--db", metavar="URL", help="a SQLite file path or SQLAlchemy URL")
    parser.add_argument("--lang", metavar="LOCALE", help="show the program in this language (e.g. zh_CN, ur)")
    # For benchmarks/bench_startup.py and its test: once the window is on screen and painted, print
    # SHOWN_MARKER and quit (no sample-data offer). Hidden from --help: not for people.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args(list(argv))  # Qt's own options (-style ...) pass through
    return args


def configure_application(app: QApplication, lang: str | None = None) -> None:
    """Names, icon search path, focus frame, style sheet, translators, layout direction and the wheel
    guard."""
    wheel.install(app)  # the wheel changes a combo box only when it has the focus
    focus.install(app)  # the focused box or list has a frame in the highlight colour
    file_dialogs.install()  # file dialogs that never open the files they list (the database's locks)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    resources = paths.resources_dir()
    QDir.addSearchPath("icons", str(resources / "icons"))
    app.setWindowIcon(QIcon("icons:app.svg"))
    style = resources / "style" / "app.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    # English plurals ("1 person") first: the person's language, installed after, answers before it.
    if not any(isinstance(t, text.EnglishPlurals) for t in _TRANSLATORS.get("plurals", [])):
        plurals = text.EnglishPlurals(app)
        app.installTranslator(plurals)
        _TRANSLATORS["plurals"] = [plurals]
    apply_language(app, lang)


#: The translators installed for the window's language (replaced by the next apply_language).
_TRANSLATORS: dict[str, list[QTranslator]] = {}


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def apply_language(app: QApplication, lang: str | None) -> None:
    """Qt's and our translators for *lang* (the computer's language when None) and its layout
    direction, replacing those of the language before. Widgets made after this speak it."""
    for translator in _TRANSLATORS.pop("language", []):
        app.removeTranslator(translator)
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("tvet_alliance", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            if name == "tvet_alliance":  # access keys an English keyboard types, in every language
                translator = text.LatinMnemonics(translator, app)
            app.installTranslator(translator)
            installed.append(translator)
    _TRANSLATORS["language"] = installed
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )


class WindowKeeper:
    """Keeps the one main window, and makes it again in another language (View → Language): the
    new window takes over the open database, the area shown, the records selected in its lists, the
    list that has the focus and the geometry; every page, menu and
    dialog is then built in the new language, as at start-up. The undo history stays behind (it
    belongs to the old window's actions)."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        self._attach(window)

    def _attach(self, window: MainWindow) -> None:
        window.relanguage = self.relanguage

    def relanguage(self, code: str) -> bool:
        """Show the window in *code* now; False (nothing changed) while work is running."""
        old = self.window
        if old.busy() or QApplication.activeModalWidget() is not None:
            return False
        apply_language(self.app, code)
        db = old.hand_over_database()
        geometry = old.saveGeometry()
        area = old.sidebar.currentRow()
        place = old.place()
        new = MainWindow(db, old.settings)
        new.restoreGeometry(geometry)
        new.sidebar.setCurrentRow(area)
        self.window = new
        self._attach(new)
        new.show()
        new.restore_place(place)  # the selected records and the focused list
        old.close()
        old.deleteLater()
        return True


def open_start_database(settings: AppSettings, requested: str | None) -> Database | None:
    """The --db / TVET_ALLIANCE_DB database, else the last one used, else the default file."""
    candidates: list[str | None] = [requested] if requested else []
    if not requested and not _env_db():
        if settings.last_database:
            candidates.append(settings.last_database)
        candidates.append(None)  # the default file in the user data dir
    elif not requested:
        candidates.append(None)
    last_error: BaseException | None = None
    for target in candidates:
        try:
            return Database.open(target, create=target is None or target == requested)
        except DomainError as exc:
            last_error = exc
    if last_error is not None:
        QMessageBox.critical(None, APP_NAME, text.error_text(last_error))
    return None


#: The line ``--exit-when-shown`` prints on stdout once the window is exposed and painted.
SHOWN_MARKER = "tvet-alliance: window shown"


def _exit_when_shown(app: QApplication, window: QWidget) -> None:
    """Once the events queued by showing the window have run (the pages fill before, or in those
    events) and the platform has exposed it, paint it, print :data:`SHOWN_MARKER` and quit."""
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(5, lambda: _exit_when_shown(app, window))  # xcb exposes asynchronously
        return
    app.processEvents()
    window.repaint()  # a synchronous paint of the whole window, as the person first sees it
    print(f"{SHOWN_MARKER}: {window.windowTitle()}", flush=True)
    app.quit()


def _env_db() -> str | None:
    import os

    return os.environ.get(paths.DB_ENV) or None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    settings = AppSettings()
    configure_application(app, args.lang or settings.language)
    db = open_start_database(settings, args.db)
    keeper = WindowKeeper(app, MainWindow(db, settings))
    window = keeper.window
    window.show()
    if args.exit_when_shown:
        QTimer.singleShot(0, lambda: _exit_when_shown(app, window))
    else:
        QTimer.singleShot(0, window.database_actions.offer_sample_if_empty)
    code = int(app.exec())
    QThreadPool.globalInstance().waitForDone()  # no background work outlives the window
    return code
