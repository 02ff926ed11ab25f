"""A skill track with a Chinese name is shown by it in the Chinese window: in the entry form's track
picker (typed in Chinese too), the entries' track filter and a partner's entries tab; elsewhere, and
where a track has no Chinese name, by its English name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import select

from tests.gui.test_editing import type_into
from tests.gui.test_translations import translated
from tvet_alliance.domain import Entry, SkillTrack
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["translated"]


@pytest.fixture
def chinese(translated: Any) -> Iterator[None]:
    translated("zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def _an_entry(db: Database) -> tuple[Any, str, str]:
    with db.session() as s:
        entry_id, name, name_zh = s.execute(
            select(Entry.id, SkillTrack.name, SkillTrack.name_zh)
            .join(SkillTrack, SkillTrack.id == Entry.track_id)
            .where(Entry.organization_id.is_not(None))
        ).first()  # type: ignore[misc]
        return records.load(s, "entry", entry_id), name, name_zh


def test_the_sample_tracks_have_chinese_names(sample_db: Database) -> None:
    with sample_db.session() as s:
        names = s.execute(select(SkillTrack.name, SkillTrack.name_zh)).all()
    assert names and all(zh and "\u4e00" <= zh[0] <= "\u9fff" for _name, zh in names), names


def test_the_chinese_window_shows_the_tracks_chinese_name(
    chinese: None, make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    window = make_window(sample_db)
    entry, name, name_zh = _an_entry(sample_db)
    editor = RecordEditor(window.database, "entry", entry, lambda v: True, window)
    qtbot.addWidget(editor)
    picker = editor.fields["track_id"].picker
    assert picker.text().startswith(name_zh), picker.text()
    assert name not in picker.text()

    # typing the Chinese name offers the track, by its Chinese name
    new = RecordEditor(window.database, "entry", None, lambda v: True, window)
    qtbot.addWidget(new)
    new.show()
    type_into(qtbot, new, "track_id", name_zh[:3])
    picker = new.fields["track_id"].picker
    qtbot.waitUntil(lambda: bool(picker._choices))
    offered = list(picker._choices)
    assert any(line.startswith(name_zh) for line in offered), offered

    # a partner's entries tab
    with sample_db.session() as s:
        partner = records.load(s, "partner", entry.values["organization_id"])
    form = RecordEditor(window.database, "partner", partner, lambda v: True, window)
    qtbot.addWidget(form)
    box = form.related_lists["entry"]
    assert any(box.item(i).text().startswith(name_zh) for i in range(box.count()))

    # the entries' track filter on the Competitions page
    window.sidebar.setCurrentRow(window._index_of("competitions"))
    page = window.page("competitions")
    page.select_row(0)
    combo = page.details["entries"].filters["track"]
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    assert name_zh in shown and name not in shown

    # the entries list's Skill track column
    entries = page.details["entries"]
    column = [c.key for c in entries.model.spec.columns].index("track")
    cells = {entries.model.index(r, column).data() for r in range(entries.model.rowCount())}
    assert name_zh in cells and name not in cells, cells


def test_the_english_window_and_a_track_without_a_chinese_name_show_the_english_name(
    make_window: Any, sample_db: Database, qtbot: Any, translated: Any
) -> None:
    window = make_window(sample_db)
    entry, name, _name_zh = _an_entry(sample_db)
    editor = RecordEditor(window.database, "entry", entry, lambda v: True, window)
    qtbot.addWidget(editor)
    assert editor.fields["track_id"].picker.text().startswith(name)
    with sample_db.transaction() as s:
        s.get(SkillTrack, entry.values["track_id"]).name_zh = None
    translated("zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        again = RecordEditor(window.database, "entry", entry, lambda v: True, window)
        qtbot.addWidget(again)
        assert again.fields["track_id"].picker.text().startswith(name)
    finally:
        QLocale.setDefault(QLocale("en_US"))
