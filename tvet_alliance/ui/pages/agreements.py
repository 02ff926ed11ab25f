"""Agreements: MOUs, MOAs and partnerships, with their parties."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import RecordsPage

    return RecordsPage(listing.AGREEMENTS, context.database, context.editing)


PAGE = PageSpec(
    key="agreements",
    title=listing.AGREEMENTS.title,
    icon="icons:agreements.svg",
    tables=frozenset({"agreement", "agreement_party", "organization"}),
    build=build,
)
