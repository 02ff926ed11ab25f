"""Events: seminars, workshops and meetings, with the delegates of the selected one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tvet_alliance.services import listing
from tvet_alliance.ui import text
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.records import MasterDetailPage

    page = MasterDetailPage(listing.EVENTS, [listing.DELEGATES], context.database, context.editing)
    action = context.actions.get("import_attendance")
    outer = page.master.layout()
    buttons = outer.itemAt(1) if outer is not None else None
    row = buttons.layout() if buttons is not None else None
    if action is not None and isinstance(row, QHBoxLayout):
        # Beside the event's own buttons: the report of the selected (online) event's meeting.
        button = QPushButton(text.plain_label(action.text()))
        button.setObjectName("button_import_attendance")
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        row.insertWidget(5, button)
    return page


PAGE = PageSpec(
    key="events",
    title=listing.EVENTS.title,
    icon="icons:events.svg",
    tables=frozenset({"event", "event_organizer", "participation", "person", "organization"}),
    build=build,
)
