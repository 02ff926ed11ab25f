"""Competitions: skills competitions, with the entries, skill tracks and medal table of the selected one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import listing
from tvet_alliance.ui import text
from tvet_alliance.ui.pages import PageContext, PageSpec

#: The title of the competition's medal table tab, after its entries and tracks.
MEDALS_TAB = QT_TRANSLATE_NOOP("MedalTable", "Medal table")


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.medal_table import MedalTableView
    from tvet_alliance.ui.views.records import MasterDetailPage

    class CompetitionsPage(MasterDetailPage):
        """The competitions and their details; the last tab is the selected one's medal table."""

        def __init__(self) -> None:
            super().__init__(
                listing.COMPETITIONS, [listing.ENTRIES, listing.TRACKS], context.database, context.editing
            )
            self.medals = MedalTableView(context.database, self)
            self.medals.setObjectName("competitionMedals")
            self.tabs.addTab(self.medals, text.translate("MedalTable", MEDALS_TAB))
            self.master.selectionChanged.connect(lambda: self.medals.set_competition(self.selected_id()))

        def refresh(self) -> None:
            super().refresh()
            selected = self.selected_id()
            if selected == self.medals.competition_id:
                self.medals.refresh()  # the same competition: its medals may have changed
            else:
                self.medals.set_competition(selected)

    return CompetitionsPage()


PAGE = PageSpec(
    key="competitions",
    title=listing.COMPETITIONS.title,
    icon="icons:competitions.svg",
    tables=frozenset(
        {"competition", "skill_track", "entry", "entry_member", "event", "organization", "person"}
    ),
    build=build,
)
