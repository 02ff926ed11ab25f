"""The window shell: pages register and show in the sidebar; after an action only the pages that show
what it changed read the database again — the visible one at once, the others when next shown; at
start-up only the page on screen is built and filled."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from sqlalchemy import select

from tvet_alliance.domain import Participation, Person
from tvet_alliance.domain.changes import Changes
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.models.record_table import RecordTableModel
from tvet_alliance.ui.pages import PageContext, PageSpec, default_pages

from .test_editing import drive, focus, save, type_into

AREAS = ["home", "partners", "people", "events", "checkin", "competitions", "marks", "agreements"]


class QuerySpy:
    """Counts, per page, how often its lists were queried again (each table model's refresh) and how
    often the page itself was refreshed."""

    def __init__(self, window: MainWindow) -> None:
        self.queries: Counter[str] = Counter()
        self.refreshes: Counter[str] = Counter()
        window.pageRefreshed.connect(lambda key: self.refreshes.update([key]))
        self._window = window

    def watch(self, key: str) -> None:
        page = self._window.page(key)
        for model in page.findChildren(RecordTableModel):
            original = model.refresh

            def counted(original: Any = original) -> None:
                self.queries.update([key])
                original()

            model.refresh = counted  # type: ignore[method-assign]

    def reset(self) -> None:
        self.queries.clear()
        self.refreshes.clear()


def go(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentRow(window._index_of(key))
    QApplication.processEvents()


def a_delegate(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
    """A person registered at an event: (person id, event id, participation id, name)."""
    with db.session() as s:
        participation = s.scalars(select(Participation).order_by(Participation.id)).first()
        assert participation is not None
        person = s.get_one(Person, participation.person_id)
        return person.id, participation.event_id, participation.id, person.full_name


def shown_name(model: RecordTableModel, record_id: uuid.UUID) -> Any:
    model.fetch_all()
    row = model.row_of(record_id)
    assert row >= 0, "the record is not in the list"
    return model.record(row)["full_name"]


def test_saving_a_person_refreshes_people_but_does_not_query_events_or_agreements(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    person_id, event_id, delegate_id, name = a_delegate(sample_db)
    window = make_window(sample_db)
    spy = QuerySpy(window)
    for key in ("events", "agreements", "people"):  # every one built and filled once
        go(window, key)
        spy.watch(key)
    events = window.page("events")
    events.master.select_id(event_id)
    assert shown_name(events.details["delegates"].model, delegate_id) == name
    spy.reset()

    people = window.page("people").section
    people.select_id(person_id)

    def rename(editor: Any) -> None:
        type_into(qtbot, editor, "full_name", "Renamed Delegate")
        save(qtbot, editor)

    drive(window, rename)
    focus(qtbot, people.table)
    qtbot.keyClick(people.table, Qt.Key.Key_F2)

    assert shown_name(people.model, person_id) == "Renamed Delegate"
    assert spy.refreshes == Counter({"people": 1})
    assert spy.queries == Counter({"people": 1})
    # Events show delegates' names: out of date now, read again when shown. Agreements show no person.
    assert window.is_stale("events") and not window.is_stale("agreements")

    go(window, "events")
    assert spy.refreshes["events"] == 1 and spy.queries["events"] >= 1
    assert shown_name(events.details["delegates"].model, delegate_id) == "Renamed Delegate"
    go(window, "agreements")
    assert spy.refreshes["agreements"] == 0 and spy.queries["agreements"] == 0

    # Undo is an action like any other: the page on screen shows the name again at once.
    go(window, "people")
    spy.reset()
    window.undo_action.trigger()
    assert shown_name(people.model, person_id) == name
    assert spy.refreshes == Counter({"people": 1})


def test_opening_another_database_refreshes_every_page(
    make_window: Any, sample_db: Database, tmp_path: Path, qtbot: Any
) -> None:
    window = make_window(sample_db)
    spy = QuerySpy(window)
    for key in AREAS:
        go(window, key)
    assert window.page("partners").model.rowCount() > 0
    for key in AREAS[1:]:
        spy.watch(key)
    spy.reset()

    assert window.open_database(str(tmp_path / "empty.sqlite3"), create=True)

    assert all(window.is_stale(key) for key in AREAS[:-1])
    assert spy.refreshes == Counter({"agreements": 1})  # the page on screen, at once
    for key in AREAS:
        go(window, key)
    assert spy.refreshes == Counter(dict.fromkeys(AREAS, 1))
    assert all(window.page(key).model.rowCount() == 0 for key in AREAS[1:] if key != "checkin")
    assert window.page("checkin").counters["registered"].text() == "Registered: 0"
    assert window.page("home").partners.value.text() == "0"


def test_start_up_builds_and_fills_only_the_page_on_screen(
    make_window: Any, sample_db: Database, settings: Any, qtbot: Any
) -> None:
    settings.current_area = AREAS.index("people")
    window = make_window(sample_db)

    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Home",
        "Partners",
        "People",
        "Events",
        "Check-in",
        "Competitions",
        "Marks",
        "Results",
        "Agreements",
    ]
    assert [key for key in AREAS if window.is_built(key)] == ["people"]
    assert window.current_page() is window.page("people")
    assert window.page("people").model.rowCount() > 0
    assert "shown" in window.count_label.text()

    spy = QuerySpy(window)
    go(window, "partners")  # built and filled when first shown
    assert window.is_built("partners") and spy.refreshes == Counter({"partners": 1})
    assert window.page("partners").model.rowCount() > 0
    assert not window.is_built("home") and not window.is_built("events")


class ExtraPage(QWidget):
    """A page a test registers: it counts how often it was refreshed."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setObjectName("page_extra")
        self.context = context
        self.refreshed = 0
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)

    def refresh(self) -> None:
        self.refreshed += 1
        db = self.context.database()
        self.label.setText(db.name if db is not None else "")


EXTRA = PageSpec(
    key="extra",
    title=QT_TRANSLATE_NOOP("Areas", "Extra"),
    icon="icons:people.svg",
    tables=frozenset({"participation", "check_in"}),
    build=ExtraPage,
)


def test_a_registered_page_appears_in_the_sidebar_and_refreshes_from_its_tables(
    qtbot: Any, sample_db: Database, settings: Any
) -> None:
    window = MainWindow(sample_db, settings, pages=[*default_pages(), EXTRA])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    last = len(default_pages())
    assert window.sidebar.count() == last + 1
    assert window.sidebar.item(last).text() == "Extra"
    assert window.area_actions[last].text() == "Extra"
    assert not window.is_built("extra")

    window.area_actions[last].trigger()  # View → Extra
    page = window.current_page()
    assert isinstance(page, ExtraPage) and page.objectName() == "page_extra"
    assert page.refreshed == 1 and page.label.text() == sample_db.name

    window.changed(Changes.of("check_in"))
    assert page.refreshed == 2
    window.changed(Changes.of("agreement"))
    assert page.refreshed == 2
    assert window.is_stale("agreements") and not window.is_stale("extra")

    window.sidebar.setCurrentRow(0)
    window.changed(Changes.of("participation"))
    assert page.refreshed == 2 and window.is_stale("extra")
    window.sidebar.setCurrentRow(last)
    assert page.refreshed == 3


def test_a_save_on_an_offline_copy_updates_the_banner_without_a_refresh(
    make_window: Any, sample_db: Database, tmp_path: Path, qtbot: Any
) -> None:
    copy = tmp_path / "laptop.sqlite3"
    sync.create_replica(sample_db, copy, name="Laptop")
    window = make_window(Database.open(copy))
    assert "every change is in a sync package" in window.banner.label.text()
    go(window, "people")
    people = window.page("people").section
    people.table.selectRow(0)

    def edit(editor: Any) -> None:
        type_into(qtbot, editor, "position", "Edited at the seminar")
        save(qtbot, editor)

    drive(window, edit)
    focus(qtbot, people.table)
    qtbot.keyClick(people.table, Qt.Key.Key_F2)

    assert "changes not yet in a sync package: 1" in re.sub(
        "<[^>]+>|[\u2068\u2069]", "", window.banner.label.text()
    )
    assert window.sync_actions.create_package_action.isEnabled() and window.banner.package_button.isEnabled()
