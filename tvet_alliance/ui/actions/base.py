"""What a controller needs from the window shell, and the helpers every controller shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from tvet_alliance.domain.changes import Changes
from tvet_alliance.persistence import Database
from tvet_alliance.ui import text
from tvet_alliance.ui.editing import Editing
from tvet_alliance.ui.settings import AppSettings
from tvet_alliance.ui.workers import Progress

#: What an action that wrote nothing changed.
NOTHING = Changes()

#: Long work for :meth:`Shell.run`: it returns its result and what it changed.
ChangingWork = Callable[[Progress], tuple[Any, Changes]]


@cache
def every_table() -> Changes:
    """Every table: what an action changed when a dialog wrote in a session of its own (an import,
    a merge, a resolved conflict). Pages that show any of them go stale; only the visible one is read
    again now. Not :data:`~tvet_alliance.domain.changes.EVERYTHING`: the database is still the same."""
    from tvet_alliance.domain.base import Base

    return Changes(frozenset(Base.metadata.tables))


class Shell(Protocol):
    """The window as its controllers see it."""

    db: Database | None
    settings: AppSettings
    editing: Editing

    def database(self) -> Database | None: ...

    def host(self) -> QMainWindow:
        """The window (the parent of dialogs and message boxes)."""
        ...

    def set_database(self, db: Database | None) -> None: ...

    def open_database(self, target: str, *, create: bool = False) -> bool: ...

    def changed(self, changes: Changes) -> None:
        """Refresh what shows the tables *changes* names (everything for ``EVERYTHING``)."""
        ...

    def busy(self) -> bool: ...

    def start(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
        cancelled_message: str | None = None,
    ) -> bool: ...

    def finished(self, message: str, timeout: int = 8000) -> None:
        """Long work finished: say so in the status bar (and to whoever listens)."""
        ...

    def failed(self, message: str, title: str | None = None) -> None:
        """Long work failed: tell the person why (in a message box)."""
        ...

    def note_failure(self, message: str) -> None:
        """Long work did not happen, and the person was told already: tell whoever listens."""
        ...

    def show_message(self, message: str, timeout: int = 8000) -> None: ...

    def current_page(self) -> QWidget | None: ...

    def built_pages(self) -> list[QWidget]: ...


class Controller(QObject):
    """A subject's actions, parented to the window."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.host())
        self.shell = shell

    @property
    def window(self) -> QMainWindow:
        return self.shell.host()

    def action(
        self, label: str, slot: Callable[..., object], shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        """A window-wide action (its shortcut works wherever the focus is)."""
        action = QAction(label, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def event_on_screen(self) -> uuid.UUID | None:
        """The event the page on screen is about: the one selected on the Events page, or the check-in
        desk's event. File → Print, Import attendance… and Certificates… start with it."""
        page = self.shell.current_page()
        name = page.objectName() if page is not None else ""
        found = getattr(page, {"page_events": "selected_id", "page_checkin": "event_id"}.get(name, ""), None)
        value = found() if callable(found) else None
        return value if isinstance(value, uuid.UUID) else None

    def start_dir(self) -> str:
        db = self.shell.db
        return str(db.path.parent) if db is not None and db.path is not None else str(Path.home())

    def run(
        self,
        label: str,
        work: ChangingWork,
        done_message: Callable[[Any], str],
        *,
        cancellable: bool = True,
        describe: Callable[[BaseException], str] = text.error_text,
        cancelled_message: str | None = None,
        changed_on_failure: Changes = NOTHING,
    ) -> None:
        """Run *work* in the background; then refresh what it changed and say it is done (or why not)."""

        def on_success(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            self.shell.changed(changes)
            self.shell.finished(done_message(result))

        def on_failure(exc: BaseException) -> None:
            self.shell.changed(changed_on_failure)
            self.shell.failed(describe(exc))

        self.shell.start(
            label,
            work,
            on_success,
            on_failure,
            cancellable=cancellable,
            cancelled_message=cancelled_message,
        )
