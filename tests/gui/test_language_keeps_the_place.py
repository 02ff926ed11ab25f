"""View → Language makes the window again: the person stays where they were — the records selected in
each list of the page, the detail tab and the list that had the focus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tvet_alliance import app as app_module
from tvet_alliance.persistence import Database
from tvet_alliance.ui.main_window import MainWindow


@pytest.fixture
def keeper(qapp: QApplication, qtbot: Any, sample_db: Database, settings: Any) -> Iterator[Any]:
    first = MainWindow(sample_db, settings)
    keeper = app_module.WindowKeeper(qapp, first)
    first.resize(1024, 700)
    first.show()
    qtbot.waitExposed(first)
    first.activateWindow()
    yield keeper
    app_module.apply_language(qapp, "en_US")
    keeper.window.hand_over_database()
    keeper.window.close()
    keeper.window.deleteLater()


def _relanguage(qtbot: Any, keeper: Any, code: str) -> MainWindow:
    old = keeper.window
    old.language_actions[code].trigger()
    qtbot.waitUntil(lambda: keeper.window is not old)
    window: MainWindow = keeper.window
    qtbot.waitExposed(window)
    return window


def test_the_selected_delegates_and_the_focused_list_stay(qtbot: Any, keeper: Any) -> None:
    window: MainWindow = keeper.window
    window.sidebar.setCurrentRow(window._index_of("events"))
    events: Any = window.page("events")
    events.master.select_id(events.model.id_at(1))
    delegates = events.details["delegates"]
    assert delegates.model.rowCount() >= 3
    delegates.table.setFocus()
    qtbot.waitUntil(delegates.table.hasFocus)
    qtbot.keyClick(delegates.table, Qt.Key.Key_Down)
    qtbot.keyClick(delegates.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen_event = events.master.selected_ids()
    chosen = delegates.selected_ids()
    assert len(chosen) == 2

    for code in ("zh_CN", "ur"):
        window = _relanguage(qtbot, keeper, code)
        page: Any = window.current_page()
        assert page is window.page("events")
        assert page.master.selected_ids() == chosen_event, code
        again = page.details["delegates"]
        assert again.selected_ids() == chosen, code
        qtbot.waitUntil(again.table.hasFocus)
        assert page.active_section() is again, "the status bar and the Edit menu work on the delegates"
        assert again.edit_button.isEnabled() is False  # two selected: Edit is for one
        assert again.delete_button.isEnabled()


def test_the_detail_tab_shown_and_the_search_box_stay(qtbot: Any, keeper: Any) -> None:
    window: MainWindow = keeper.window
    window.sidebar.setCurrentRow(window._index_of("competitions"))
    page: Any = window.page("competitions")
    tracks = page.details["tracks"]
    page.tabs.setCurrentWidget(tracks)
    tracks.select_id(tracks.model.id_at(2))
    chosen = tracks.selected_ids()
    tracks.focus_search()
    qtbot.waitUntil(tracks.search.hasFocus)

    window = _relanguage(qtbot, keeper, "zh_CN")
    page = window.current_page()
    again = page.details["tracks"]
    assert page.tabs.currentWidget() is again
    assert again.selected_ids() == chosen
    qtbot.waitUntil(again.search.hasFocus)


def test_what_was_typed_in_a_search_box_stays(qtbot: Any, keeper: Any) -> None:
    """Seen in a real window: a search typed in Urdu was gone after View → Language, and the list
    showed every record again beside the record still selected."""
    window: MainWindow = keeper.window
    window.sidebar.setCurrentRow(window._index_of("agreements"))
    page: Any = window.page("agreements")
    section = page.sections()[0]
    total = section.model.rowCount()
    section.focus_search()
    qtbot.keyClicks(section.search, "MOU")
    qtbot.waitUntil(lambda: 0 < section.model.rowCount() < total)
    shown = section.model.rowCount()
    qtbot.keyClick(section.search, Qt.Key.Key_Down)  # the first match, selected
    chosen = section.selected_ids()
    assert len(chosen) == 1

    window = _relanguage(qtbot, keeper, "ur")
    again: Any = window.current_page().sections()[0]
    assert again.search.text() == "MOU"
    assert again.model.rowCount() == shown
    assert again.selected_ids() == chosen
    qtbot.waitUntil(again.table.hasFocus)
