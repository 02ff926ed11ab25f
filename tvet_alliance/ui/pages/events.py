"""Events: seminars, workshops and meetings, with the delegates of the selected one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import MasterDetailPage

    return MasterDetailPage(listing.EVENTS, [listing.DELEGATES], context.database, context.editing)


PAGE = PageSpec(
    key="events",
    title=listing.EVENTS.title,
    icon="icons:events.svg",
    tables=frozenset({"event", "event_organizer", "participation", "person", "organization"}),
    build=build,
)
