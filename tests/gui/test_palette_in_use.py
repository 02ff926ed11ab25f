"""The window's lists take their medal colours from the one palette (render)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tvet_alliance.domain.enums import Medal
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette


def test_medals_in_the_entries_list_use_the_palette(make_window: Any, sample_db: Database) -> None:
    window = make_window(sample_db)
    competitions = window.page("competitions")
    competitions.table.selectRow(0)
    entries = competitions.detail_models["entries"]
    column = entries.spec.index_of("medal")
    shown = {
        entries.record(row)["medal"]: entries.data(entries.index(row, column), Qt.ItemDataRole.ForegroundRole)
        for row in range(entries.rowCount())
    }
    assert Medal.GOLD in shown
    for medal, colour in shown.items():
        assert colour == palette.medal(medal).ink
