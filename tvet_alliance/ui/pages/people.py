"""People: contacts and delegates, with their organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import RecordsPage

    return RecordsPage(listing.PEOPLE, context.database, context.editing)


PAGE = PageSpec(
    key="people",
    title=listing.PEOPLE.title,
    icon="icons:people.svg",
    tables=frozenset({"person", "organization"}),
    build=build,
)
