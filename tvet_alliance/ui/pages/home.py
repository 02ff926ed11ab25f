"""Home: live figures of the alliance at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.home import HomePage

    return HomePage(context.database, first_steps=context.actions)


PAGE = PageSpec(
    key="home",
    title=QT_TRANSLATE_NOOP("HomePage", "Home"),
    title_context="HomePage",
    icon="icons:home.svg",
    # The dashboard counts partners, delegates, entries and agreements (and reads their events).
    tables=frozenset(
        {
            "organization",
            "person",
            "event",
            "participation",
            "competition",
            "skill_track",
            "entry",
            "agreement",
        }
    ),
    build=build,
)
