"""Competitions: skills competitions, with the entries and skill tracks of the selected one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import MasterDetailPage

    return MasterDetailPage(
        listing.COMPETITIONS, [listing.ENTRIES, listing.TRACKS], context.database, context.editing
    )


PAGE = PageSpec(
    key="competitions",
    title=listing.COMPETITIONS.title,
    icon="icons:competitions.svg",
    tables=frozenset(
        {"competition", "skill_track", "entry", "entry_member", "event", "organization", "person"}
    ),
    build=build,
)
