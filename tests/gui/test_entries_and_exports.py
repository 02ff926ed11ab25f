"""Entries and exports as a person meets them (issue 13, items 13-15): the entry form fills the
country from the organisation picked; a medal contradicting the rank is marked in the entries list
and can be filtered for; a skill track's form has its name in Chinese; the export's save dialog
starts in Documents, then in the last folder, and a shared export cannot carry the notes; the
backup suggests a dated name; a filter shows "Attends: Online"."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from tests.gui.test_editing import _steps_must_not_fail, choose_combo, drive, go, pick, save, type_into
from tvet_alliance.domain import Competition, Entry, Organization, SkillTrack
from tvet_alliance.domain.enums import Medal
from tvet_alliance.persistence import Database
from tvet_alliance.render import palette
from tvet_alliance.services import records
from tvet_alliance.ui.actions.database import backup_name
from tvet_alliance.ui.dialogs.export_dialog import KeyRole
from tvet_alliance.ui.dialogs.record_editor import RecordEditor
from tvet_alliance.ui.views.records import FilterCombo

__all__ = ["_steps_must_not_fail"]  # the editing tests' guard: a failing step inside a form fails here

COMPETITIONS_AREA, EVENTS_AREA = 5, 3


@pytest.fixture
def window(make_window: Any, sample_db: Database) -> Any:
    return make_window(sample_db)


def _first_competition(window: Any, qtbot: Any) -> Any:
    go(window, qtbot, COMPETITIONS_AREA)
    page = window.page("competitions")
    page.table.selectRow(0)
    return page


def test_the_entry_form_fills_the_country_from_the_organisation(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    entries = _first_competition(window, qtbot).details["entries"]
    with sample_db.session() as s:
        tevta = s.scalars(select(Organization).where(Organization.name_en == "Punjab TEVTA")).one()
        assert tevta.country == "PK"

    def fill(editor: RecordEditor) -> None:
        assert editor.fields["country"].value() is None
        pick(qtbot, editor.fields["track_id"].picker, "Robot", "Industrial Robot System Integration")
        pick(qtbot, editor.fields["organization_id"].picker, "Punjab TEVTA", "Punjab TEVTA")
        qtbot.waitUntil(lambda: editor.fields["country"].value() == "PK", timeout=2000)
        choose_combo(editor.fields["country"], "CN")  # the person can still change it
        type_into(qtbot, editor, "team_name", "TEVTA Mixed Team")
        save(qtbot, editor)

    drive(window, fill)
    entries.new_record()
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "TEVTA Mixed Team")).one()
        assert entry.country == "CN"


def test_a_medal_contradicting_the_rank_is_marked_and_can_be_filtered(
    window: Any, sample_db: Database, qtbot: Any
) -> None:
    with sample_db.session() as s:
        competition = s.scalars(select(Competition).order_by(Competition.start_date.desc())).first()
        assert competition is not None
        track = records.create(s, "track", {"competition_id": competition.id, "name": "Smart Welding"})
        top = records.create(
            s, "entry", {"track_id": track, "team_name": "Top Team", "status": "competed", "score": "95"}
        )
        third = records.create(
            s,
            "entry",
            {
                "track_id": track,
                "team_name": "Third Team",
                "status": "competed",
                "score": "80",
                "medal": "silver",
            },
        )
        s.commit()
        competition_id = competition.id
    go(window, qtbot, COMPETITIONS_AREA)
    page = window.page("competitions")
    page.master.select_id(competition_id)
    section = page.details["entries"]
    qtbot.waitUntil(lambda: section.model.row_of(top) >= 0, timeout=3000)
    model = section.model
    medal, rank = model.spec.index_of("medal"), model.spec.index_of("rank")
    top_medal = model.index(model.row_of(top), medal)
    assert model.data(top_medal) == "⚠ No medal"
    assert model.data(top_medal, Qt.ItemDataRole.BackgroundRole) == palette.MEDAL_CHECK_BACKGROUND
    assert model.data(model.index(model.row_of(top), rank), Qt.ItemDataRole.ToolTipRole) == (
        "The medal does not match the rank: rank 1 has No medal, but rank 2 below it has Silver."
    )
    assert model.data(model.index(model.row_of(third), medal), Qt.ItemDataRole.ToolTipRole) == (
        "The medal does not match the rank: rank 2 has Silver, but rank 1 above it has No medal."
    )

    check = section.filters["medal_check"]
    assert isinstance(check, FilterCombo)
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.filters.get("medal_check") is True, timeout=2000)
    assert check.shown_text() == check.toolTip() == "Medal check: Contradicts the rank"
    shown = {model.id_at(row) for row in range(model.rowCount())}
    assert {top, third} <= shown
    assert all(model.record(row).get("_medal_conflict") for row in range(model.rowCount()))
    # Giving the top team gold clears its mark (and the third team's): the list follows the save.
    with sample_db.session() as s:
        records.update(s, "entry", top, {"medal": Medal.GOLD}, records.load(s, "entry", top).version)
        s.commit()
    section.refresh()
    shown = {model.id_at(row) for row in range(model.rowCount())}
    assert top not in shown and third not in shown


def test_the_track_form_takes_its_name_in_chinese(window: Any, sample_db: Database, qtbot: Any) -> None:
    tracks = _first_competition(window, qtbot).details["tracks"]

    def fill(editor: RecordEditor) -> None:
        type_into(qtbot, editor, "name", "Digital Construction")
        type_into(qtbot, editor, "name_zh", "数字建造")
        save(qtbot, editor)

    drive(window, fill)
    tracks.new_record()
    with sample_db.session() as s:
        assert s.scalars(
            select(SkillTrack.name_zh).where(SkillTrack.name == "Digital Construction")
        ).one() == ("数字建造")
    header = [
        tracks.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tracks.model.columnCount())
    ]
    assert "Name in Chinese" in header


def test_filters_read_label_and_value(window: Any, qtbot: Any) -> None:
    go(window, qtbot, EVENTS_AREA)
    page = window.page("events")
    page.table.selectRow(0)
    attends = page.details["delegates"].filters["attendance_mode"]
    assert isinstance(attends, FilterCombo)
    assert attends.shown_text() == "Attends: any"
    attends.setCurrentIndex(attends.findData("online"))
    assert attends.shown_text() == "Attends: Online"
    attends.resize(300, attends.sizeHint().height())
    assert not attends.grab().isNull()  # it paints its own text
    assert attends.itemText(attends.currentIndex()) == "Online"  # the drop-down lists the bare value


def test_backup_suggests_a_dated_file_name(
    window: Any, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert backup_name(Path("/data/tvet-alliance.db"), date(2026, 12, 1)) == Path(
        "/data/tvet-alliance-2026-12-01.db"
    )
    asked: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    window.database_actions.backup()
    assert sample_db.path is not None
    assert asked == [
        str(sample_db.path.with_name(f"{sample_db.path.stem}-{date.today().isoformat()}.sqlite3"))
    ]


def test_the_export_starts_in_documents_then_in_the_last_folder_and_never_shares_notes(
    window: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _where: str(documents)))
    go(window, qtbot, EVENTS_AREA)
    window.page("events").table.selectRow(0)
    window.data_actions.export_action.trigger()
    dialog = window.data_actions.export_dialog
    assert dialog.suggested_path().parent == documents
    dialog.list_combo.setCurrentIndex(dialog.list_combo.findData("delegates"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    dialog.share_check.setChecked(True)
    items = {
        str(dialog.columns_list.item(r).data(KeyRole)): dialog.columns_list.item(r)
        for r in range(dialog.columns_list.count())
    }
    notes = items["notes"]
    assert notes.checkState() == Qt.CheckState.Unchecked
    assert not notes.flags() & Qt.ItemFlag.ItemIsEnabled, "the notes cannot be ticked for partners"
    assert "never shared" in notes.toolTip()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert notes.checkState() == Qt.CheckState.Unchecked, "All ticks what can be shared"
    assert items["event"].checkState() == items["checked_in"].checkState() == Qt.CheckState.Checked

    chosen = tmp_path / "out" / "delegates.xlsx"
    chosen.parent.mkdir()
    asked: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == documents
    sheet = load_workbook(chosen).worksheets[0]
    assert sheet.title == "Delegates" and sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert "Notes" not in header and {"Event", "Checked in"} <= set(header)
    # Not sharing any more: the notes can be ticked again, and the next export starts where this one went.
    dialog.share_check.setChecked(False)
    assert notes.flags() & Qt.ItemFlag.ItemIsEnabled and notes.checkState() == Qt.CheckState.Checked
    assert dialog.suggested_path().parent == chosen.parent
