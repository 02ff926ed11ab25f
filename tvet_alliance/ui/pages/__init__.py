"""The pages of the window and how they register.

A page is one area of the window (Home, Partners, ...): a widget with ``refresh()``. It registers
through a :class:`PageSpec` — a key, a translatable title, an icon, the tables it shows and a factory
that builds its widget — defined as ``PAGE`` in a module of this package and named once in
:data:`PAGE_MODULES`. The window shell builds the sidebar and the stack from the registry, builds a
page's widget when it is first shown, and refreshes a page only when an action changed one of its
tables (see :meth:`tvet_alliance.ui.main_window.MainWindow.changed`).

Adding a page: write ``tvet_alliance/ui/pages/<name>.py`` ending in ``PAGE = PageSpec(...)`` and add
``"<name>"`` to :data:`PAGE_MODULES` (its place there is its place in the sidebar).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tvet_alliance.persistence import Database
from tvet_alliance.ui import text

if TYPE_CHECKING:
    from tvet_alliance.ui.editing import Editing
    from tvet_alliance.ui.settings import AppSettings
    from tvet_alliance.ui.views.records import RecordSection

#: The registered pages, in sidebar order (and View-menu order: Ctrl+1, Ctrl+2, ...). Each names a
#: module of this package that defines ``PAGE``.
PAGE_MODULES: tuple[str, ...] = (
    "home",
    "partners",
    "people",
    "events",
    "checkin",
    "competitions",
    "marking",
    "results",
    "agreements",
)


@dataclass(frozen=True)
class PageContext:
    """What a page's factory may use: the open database (a getter: it changes), the editing use
    cases (undoable saves), the settings, and window actions a page offers as buttons, by name
    (``"sample"``, ``"import"``, ``"new_partner"``: what Home suggests on an empty database)."""

    database: Callable[[], Database | None]
    editing: Editing
    settings: AppSettings
    actions: Mapping[str, QAction] = field(default_factory=dict)


@dataclass(frozen=True)
class PageSpec:
    """One page of the window, as it registers."""

    key: str
    #: The title in English, marked with ``QT_TRANSLATE_NOOP(title_context, ...)``.
    title: str
    icon: str
    #: The tables whose rows the page shows: an action that wrote one of them refreshes the page.
    tables: frozenset[str]
    build: Callable[[PageContext], QWidget]
    title_context: str = "Areas"

    @property
    def translated_title(self) -> str:
        return text.translate(self.title_context, self.title)


@runtime_checkable
class Page(Protocol):
    """A page's widget: it reads the database again on ``refresh()``."""

    def refresh(self) -> None: ...


@runtime_checkable
class ListPage(Protocol):
    """A page of record lists: the status bar shows its count, the Edit menu and Export work on its
    sections. (Its ``countChanged`` signal, when it has one, updates the status bar.)"""

    def refresh(self) -> None: ...

    def sections(self) -> Sequence[RecordSection]: ...

    def active_section(self) -> RecordSection: ...

    def count_text(self) -> str: ...


def default_pages() -> list[PageSpec]:
    """The registered pages, in sidebar order."""
    specs = []
    for name in PAGE_MODULES:
        spec = importlib.import_module(f"{__name__}.{name}").PAGE
        if not isinstance(spec, PageSpec):
            raise TypeError(f"{__name__}.{name}.PAGE is not a PageSpec")
        specs.append(spec)
    return specs
