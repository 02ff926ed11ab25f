"""A search matching more rows than one page shows its rows at once and counts them in the
background: "10+ of 96 shown" first, then the real count, and a newer search is never overwritten
by an older search's count."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tvet_alliance.persistence import Database
from tvet_alliance.services import listing
from tvet_alliance.ui.models import record_table
from tvet_alliance.ui.views.records import RecordsPage


@pytest.fixture
def people(qtbot: QtBot, sample_db: Database, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(record_table, "PAGE", 10)
    page = RecordsPage(listing.PEOPLE, lambda: sample_db)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _count(db: Database, word: str) -> int:
    with db.session() as s:
        return listing.count(s, listing.PEOPLE, search=word)


def test_unfiltered_list_is_counted_at_once(people: Any) -> None:
    assert people.model.rowCount() % 10 == 0  # a page, or a few as the view asked for more
    assert not people.model.counting
    assert people.model.matched == 96
    assert people.count_text() == "96 shown"


def test_search_shows_rows_first_then_the_count(people: Any, qtbot: QtBot, sample_db: Database) -> None:
    expected = _count(sample_db, "edu")
    assert expected > 10
    with qtbot.waitSignal(people.model.countChanged, timeout=5000):
        people.model.set_search("edu")
        assert people.model.rowCount() == 10  # the first page is on screen before the count
        assert people.model.counting
        assert people.count_text() == "10+ of 96 shown"
    assert not people.model.counting
    assert people.model.matched == expected
    assert people.count_text() == f"{expected} of 96 shown"
    people.model.fetch_all()  # scrolling loads the rest, in name order
    assert people.model.rowCount() == expected
    names = [people.model.record(r)["full_name"].lower() for r in range(expected)]
    assert names == sorted(names)


def test_an_older_count_never_overwrites_a_newer_search(
    people: Any, qtbot: QtBot, sample_db: Database
) -> None:
    people.model.set_search("edu")
    people.model.set_search("com")
    qtbot.waitUntil(lambda: not people.model.counting, timeout=5000)
    qtbot.wait(50)  # let any late result of the first search arrive
    assert people.model.matched == _count(sample_db, "com")
    assert people.model.search == "com"
