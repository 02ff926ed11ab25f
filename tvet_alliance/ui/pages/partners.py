"""Partners: the member organisations, searchable and filterable."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import RecordsPage

    return RecordsPage(listing.PARTNERS, context.database, context.editing)


PAGE = PageSpec(
    key="partners",
    title=listing.PARTNERS.title,
    icon="icons:partners.svg",
    tables=frozenset({"organization"}),
    build=build,
)
