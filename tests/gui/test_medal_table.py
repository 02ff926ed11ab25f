"""The medal table in the window (issue 16, items 4 and 6): the chooser re-sorts, Home shows the latest
competition's table once an entry's medal is set (refreshed through the shell), the Competitions
page's tab follows the selected competition, exports what it shows, and fits 1024×700 right to left."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tvet_alliance.app import apply_language
from tvet_alliance.domain import Competition, Entry, Organization, SkillTrack
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.ui.views.medal_table import MedalTableView

C = EntryStatus.COMPETED


@pytest.fixture
def games(db_path: Path) -> Iterator[tuple[Database, dict[str, uuid.UUID]]]:
    """A competition where Pakistan has 2 silvers (6 points) and China a gold and a medallion
    (5 points); gold first China leads, by points Pakistan does. An older competition, and an entry
    of the new one with no medal yet."""
    db = Database.open(db_path)
    with db.session() as s:
        cq = Organization(
            name_en="Chongqing Vocational Institute", name_native="重庆职业技术学院", country="CN"
        )
        gct = Organization(name_en="GCT Lahore", name_native="گورنمنٹ کالج لاہور", country="PK")
        from datetime import date

        new = Competition(name="Belt and Road 2026", start_date=date(2026, 6, 1))
        old = Competition(name="Belt and Road 2024", start_date=date(2024, 6, 1))
        welding = SkillTrack(competition=new, name="Welding")
        robots = SkillTrack(competition=new, name="Robotics")
        past = SkillTrack(competition=old, name="Welding")
        waiting = Entry(track=robots, organization=cq, country="CN", team_name="Waiting", status=C)
        s.add_all(
            [
                cq, gct, new, old, welding, robots, past, waiting,
                Entry(track=welding, organization=cq, country="CN", team_name="CQ", status=C, medal=Medal.GOLD),
                Entry(track=welding, organization=cq, country="CN", team_name="CQ 2", status=C,
                      medal=Medal.EXCELLENCE),
                Entry(track=welding, organization=gct, country="PK", team_name="GCT", status=C, medal=Medal.SILVER),
                Entry(track=robots, organization=gct, country="PK", team_name="GCT R", status=C, medal=Medal.SILVER),
                Entry(track=past, organization=gct, country="PK", team_name="Old", status=C, medal=Medal.GOLD),
            ]
        )  # fmt: skip
        s.commit()
        ids = {"new": new.id, "old": old.id, "waiting": waiting.id}
    try:
        yield db, ids
    finally:
        db.close()


def _names(view: MedalTableView) -> list[str]:
    return [row[1] for row in view.shown_rows()]


def test_choosing_the_order_re_sorts_the_table(
    qtbot: Any, games: tuple[Database, dict[str, uuid.UUID]]
) -> None:
    db, ids = games
    view = MedalTableView(lambda: db)
    qtbot.addWidget(view)
    view.show()
    view.set_competition(ids["new"])
    assert view.shown_rows() == [
        ["1", "China", "1", "0", "0", "1", "1", "5"],
        ["2", "Pakistan", "0", "2", "0", "0", "2", "6"],
    ]
    # The order chooser by keyboard: Gold first -> Total medals -> Medal points.
    view.order.setFocus()
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(view.order, Qt.Key.Key_Down)
    assert _names(view) == ["Pakistan", "China"]  # 2 medals against 1 (the medallion is apart)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(view.order, Qt.Key.Key_Down)
    assert view.order.currentData() == "points" and view.shown_rows()[0][1:] == [
        "Pakistan",
        "0",
        "2",
        "0",
        "0",
        "2",
        "6",
    ]
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(view.by, Qt.Key.Key_Down)  # by institution
    assert _names(view) == ["GCT Lahore", "Chongqing Vocational Institute"]
    assert view.model.header(1) == "Institution"
    # The medal columns wear their colours: a gold count in gold's ink, a zero in the default colour.
    gold = view.model.index(1, 2)
    assert view.model.data(gold, Qt.ItemDataRole.ForegroundRole) == palette.medal(Medal.GOLD).ink
    assert view.model.data(view.model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is None


def test_home_shows_the_medal_table_once_an_entrys_medal_is_set(
    make_window: Any, games: tuple[Database, dict[str, uuid.UUID]]
) -> None:
    db, ids = games
    with db.session() as s:  # the latest competition has no medal yet
        for entry in s.query(Entry).where(Entry.medal != Medal.NONE):
            entry.medal = Medal.NONE
        s.commit()
    window = make_window(db)
    home = window.page("home")
    glance = home.medals
    assert glance.isVisible() and glance.caption.text() == "Belt and Road 2026"
    assert glance.view.empty.text() == "No medals yet." and glance.view.shown_rows() == []
    # Set the waiting entry's medal the way Edit → Set field does; the shell refreshes Home.
    assert window.editing.bulk_set("entry", [ids["waiting"]], "medal", Medal.BRONZE)
    assert glance.view.shown_rows() == [["1", "China", "0", "0", "1", "0", "1", "2"]]
    assert not glance.view.empty.isVisible() and glance.view.table.isVisible()
    with db.session() as s:
        assert s.get(Entry, ids["waiting"]).medal is Medal.BRONZE  # type: ignore[union-attr]
    # Beside it, the latest competition's tracks with their marking progress (services.marking).
    shown = [(t.track, t.marked, t.to_mark) for t in home.marking.shown]
    assert home.marking.isVisible() and shown == [("Robotics", 0, 2), ("Welding", 0, 3)]


def test_the_competitions_page_shows_the_selected_competitions_table_and_exports_it(
    make_window: Any,
    games: tuple[Database, dict[str, uuid.UUID]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    db, ids = games
    window = make_window(db)
    window.sidebar.setCurrentRow(window._index_of("competitions"))
    page = window.current_page()
    page.tabs.setCurrentWidget(page.medals)
    row = page.model.row_of(ids["new"])
    page.select_row(row)
    assert page.medals.competition_id == ids["new"] and _names(page.medals) == ["China", "Pakistan"]
    page.select_row(page.model.row_of(ids["old"]))
    assert page.medals.shown_rows() == [["1", "Pakistan", "1", "0", "0", "0", "1", "4"]]

    target = tmp_path / "medals.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.medals.export_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with target.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [
            ["Rank", "Country", "Gold", "Silver", "Bronze", "Excellence", "Total", "Points"],
            ["1", "Pakistan", "1", "0", "0", "0", "1", "4"],
        ]
    ceremony = tmp_path / "ceremony"  # no suffix: the chosen filter's is added
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(ceremony), "Excel workbook (*.xlsx)")),
    )
    page.medals.ceremony_button.click()
    assert (tmp_path / "ceremony.xlsx").exists()

    # A folder that does not exist: a clear message, no file.
    missing = tmp_path / "no such folder" / "medals.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    page.medals.export_button.click()
    assert not missing.exists()
    (warning,) = message_boxes.texts("warning")
    assert "no such folder" in warning or "medals.csv" in warning


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Any]:
    yield lambda code: apply_language(qapp, code)
    apply_language(qapp, "en_US")


@pytest.mark.parametrize("language", ["ur", "en_US", "zh_CN"])
def test_the_medal_table_fits_1024_by_700_and_reads_right_to_left_in_urdu(
    language: str, in_language: Any, make_window: Any, sample_db: Database
) -> None:
    in_language(language)
    window = make_window(sample_db)
    window.resize(1024, 700)
    home = window.page("home")
    QApplication.processEvents()
    assert home.medals.view.model.rowCount() == 2
    window.sidebar.setCurrentRow(window._index_of("competitions"))
    page = window.current_page()
    page.tabs.setCurrentWidget(page.medals)
    page.medals.set_choice("organization", "points")
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1000, window.minimumSizeHint().width()
    assert page.medals.ceremony_button.isVisible() and page.medals.export_button.isVisible()
    table = page.medals.table
    rank_x, name_x = table.columnViewportPosition(0), table.columnViewportPosition(1)
    if language == "ur":
        assert table.isRightToLeft() and rank_x > name_x  # the rank at the right, where a row starts
    else:
        assert rank_x < name_x
    # An institution is named in the window's script when it has a name in it, else in English.
    names = _names(page.medals)
    if language == "zh_CN":
        assert "重庆工程职业技术学院" in names
    elif language == "ur":
        assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)
        assert "Chongqing Vocational Institute of Engineering" in names
    else:
        assert "Chongqing Vocational Institute of Engineering" in names
    countries = [row[1] for row in home.medals.view.shown_rows()]
    assert (
        countries
        == {"ur": ["چین", "پاکستان"], "zh_CN": ["中国", "巴基斯坦"], "en_US": ["China", "Pakistan"]}[language]
    )
