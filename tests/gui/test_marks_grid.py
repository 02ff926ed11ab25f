"""The Marks page driven by keyboard: a judge types marks into the grid (Tab moves right, Enter
down), a mark out of range is refused in the cell with the reason, Esc reverts, the judges' spread
is flagged, and the entries' scores in the database follow; Ctrl+Z undoes a mark."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.core.test_marking import Day, make_day
from tvet_alliance.app import apply_language
from tvet_alliance.domain import Entry, JudgeMark
from tvet_alliance.domain.changes import Changes
from tvet_alliance.services import marking
from tvet_alliance.ui.views.marks import FIRST_ASPECT, SPREAD_BACKGROUND, MarksView

A1, B1 = FIRST_ASPECT, FIRST_ASPECT + 1


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: Any, keys: str) -> None:
    for ch in keys:
        qtbot.keyClick(_focused(), ch)


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _scores(day: Day) -> list[Decimal | None]:
    with day.db.session() as s:
        return [s.get(Entry, e).score for e in day.entries]  # type: ignore[union-attr]


def _open(make_window: Any, qtbot: Any, day: Day) -> tuple[Any, MarksView]:
    window = make_window(day.db)
    window.sidebar.setCurrentRow([s.key for s in window.specs].index("marks"))
    view = window.findChild(MarksView)
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert view.track.currentData() == day.track  # Mechatronics (机电一体化 to a Chinese reader)
    return window, view


def _at(qtbot: Any, view: MarksView, row: int, column: int) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    qtbot.waitUntil(lambda: view.table.hasFocus())


def test_a_judge_marks_two_entries_by_keyboard(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    _window, view = _open(make_window, qtbot, day)
    assert view.model.headerData(A1, Qt.Orientation.Horizontal) == "A1\n/40"
    assert "Wiring to the drawing" in view.model.headerData(
        A1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )

    # Judge 1: Ali Raza A1 = 30, Tab, B1 = 2, Enter (down to Team Dragon's B1) = 3, Shift+Tab, A1 = 40
    _at(qtbot, view, 0, A1)
    _type(qtbot, "30")
    _key(qtbot, Qt.Key.Key_Tab)
    assert view.table.currentIndex().column() == B1
    _type(qtbot, "2")
    _key(qtbot, Qt.Key.Key_Return)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (1, B1)
    _type(qtbot, "3")
    _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.table.currentIndex().column() == A1
    _type(qtbot, "40")
    _key(qtbot, Qt.Key.Key_Return)

    # A judgement score of 5 is refused in the cell, with the reason; Esc leaves the cell as it was
    _at(qtbot, view, 0, B1)
    _type(qtbot, "5")
    _key(qtbot, Qt.Key.Key_Return)
    assert isinstance(_focused(), QLineEdit)  # still editing the refused cell
    assert "0 to 3" in view.status.text()
    _key(qtbot, Qt.Key.Key_Escape)
    assert view.model.index(0, B1).data() == "2"

    # Judges 2 and 3 mark B1; judge 3 gives Ali Raza 0, three points from judge 2's 3. A1 is a
    # measurement: they see judge 1's mark and cannot type one.
    for judge, marks in ((2, ("3", "3")), (3, ("0", "3"))):
        view.judge.setCurrentIndex(view.judge.findData(judge))
        assert view.model.index(0, A1).data() == "30"
        _at(qtbot, view, 0, A1)
        _type(qtbot, "7")
        assert "judge 1" in view.status.text() and view.model.index(0, A1).data() == "30"
        _at(qtbot, view, 0, B1)
        _type(qtbot, marks[0])
        _key(qtbot, Qt.Key.Key_Return)
        _type(qtbot, marks[1])
        _key(qtbot, Qt.Key.Key_Return)
    assert view.model.index(0, B1).data(Qt.ItemDataRole.BackgroundRole).color() == SPREAD_BACKGROUND
    assert view.model.index(1, B1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Judges more than 1 apart: 1" in view.progress.text()
    assert "Marked: 2 · to mark: 0" in view.progress.text()

    # 30 + (2+3+0)/9 × 60 = 63.33; 40 + (3+3+3)/9 × 60 = 100
    assert _scores(day) == [Decimal("63.33"), Decimal("100.00")]
    assert view.model.index(0, view.model.mark_column).data() == "63.33"
    with day.db.session() as s:
        assert len(s.query(JudgeMark).all()) == 8

    # Ctrl+Z undoes the last mark (Team Dragon's B1 by judge 3): not marked any more
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _scores(day)[1] is None)
    assert view.model.index(1, B1).data() == ""
    # Delete clears a mark too
    _at(qtbot, view, 0, B1)
    _key(qtbot, Qt.Key.Key_Delete)
    assert _scores(day)[0] is None
    with day.db.session() as s:
        b1 = marking.aspects(s, day.track)[1].id
        assert b1 not in marking.grid(s, day.track, 3).rows[0].marks


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Any]:
    yield lambda code: apply_language(qapp, code)
    apply_language(qapp, "en_US")


@pytest.mark.parametrize("language", ["ur", "en_US", "zh_CN"])
def test_the_marks_page_fits_1024_by_700(
    language: str, in_language: Any, make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    in_language(language)
    day = make_day(tmp_path / "office.sqlite3")
    window, view = _open(make_window, qtbot, day)
    window.resize(1024, 700)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1000, window.minimumSizeHint().width()
    assert window.minimumSizeHint().height() <= 700, window.minimumSizeHint().height()
    assert view.table.isVisible() and view.progress.isVisible()


def test_the_entry_form_shows_a_computed_score_read_only(qtbot: Any, tmp_path: Path) -> None:
    from tvet_alliance.services import records
    from tvet_alliance.ui.dialogs.record_editor import RecordEditor

    day = make_day(tmp_path / "office.sqlite3")
    with day.db.session() as s:
        marked = records.load(s, "entry", day.entries[0])
        welding = s.query(Entry).filter(Entry.track_id == day.other).one().id
        typed = records.load(s, "entry", welding)
    for record, computed in ((marked, True), (typed, False)):
        editor = RecordEditor(lambda: day.db, "entry", record, lambda *_a, **_k: True)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        assert editor.fields["score"].isEnabled() is not computed
        assert editor.score_note.isVisible() is computed
    # Picking a track with a scheme in the form makes the score read-only at once
    editor.fields["track_id"].set_value(day.track)
    editor.fields["track_id"].changed.emit()
    assert not editor.fields["score"].isEnabled()
    day.db.close()


def test_two_judges_marks_for_one_cell_side_by_side_in_the_conflict_review(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from tests.core.test_marking_sync import _laptop, _mark, _merge
    from tvet_alliance.services.sync.conflicts import LAPTOP
    from tvet_alliance.ui.dialogs.sync_review import ConflictDialog

    day = make_day(tmp_path / "office.sqlite3")
    one = _laptop(day, tmp_path / "one.sqlite3", "Judge laptop 1")
    two = _laptop(day, tmp_path / "two.sqlite3", "Judge laptop 2")
    _mark(one, day, "B1", 2, 3)
    _mark(two, day, "B1", 2, 1)
    _merge(one, tmp_path / "one.tvetsync", day.db)
    assert _merge(two, tmp_path / "two.tvetsync", day.db).conflicts == 1
    one.close()
    two.close()
    window = make_window(day.db)
    window.sync_actions.update_review_counts()
    window.sync_actions.conflicts_action.trigger()
    dialog = window.sync_actions.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    cells = [dialog.table.item(0, c).text() if dialog.table.item(0, c) else "" for c in range(7)]
    assert "B1" in cells[ConflictDialog.RECORD] and cells[ConflictDialog.FIELD] == "Mark"
    assert (cells[ConflictDialog.OFFICE_VALUE], cells[ConflictDialog.LAPTOP_VALUE]) == ("3.00", "1.00")
    combo = dialog.rows[0].choice
    combo.setCurrentIndex(combo.findData(LAPTOP))
    dialog.apply_button.click()
    with day.db.session() as s:
        assert [m.mark for m in s.query(JudgeMark).all()] == [Decimal(1)]


def test_help_lists_the_grids_keys(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    window = make_window(day.db)
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {row.what for row in dialog.rows}
    assert {"Marks: save the mark and move right", "Marks: clear the mark"} <= listed


def test_the_keyboard_gets_out_of_the_grid_to_the_judge_and_back_onto_a_mark(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Tab and Shift+Tab move between cells, so the grid would hold the keyboard: Alt+J reaches the
    judge, Alt+T the track, and going back into the grid lands on a mark, not on the entry's name."""
    day = make_day(tmp_path / "office.sqlite3")
    window, view = _open(make_window, qtbot, day)
    window.activateWindow()
    _at(qtbot, view, 0, A1)
    _type(qtbot, "30")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.judge.hasFocus())
    _key(qtbot, Qt.Key.Key_Down)
    assert view.judge.currentData() == 2
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert view.track.hasFocus()

    view.table.setCurrentIndex(view.model.index(-1, -1))
    _key(qtbot, Qt.Key.Key_Tab)  # track → judge
    _key(qtbot, Qt.Key.Key_Tab)  # judge → scheme button
    _key(qtbot, Qt.Key.Key_Tab)  # → the grid
    qtbot.waitUntil(lambda: view.table.hasFocus())
    # on judge 2's first cell to mark (B1: A1 is judge 1's measurement), not on the entry's name
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (0, B1)
    _type(qtbot, "3")  # judge 2's B1 for Ali Raza
    _key(qtbot, Qt.Key.Key_Return)
    with day.db.session() as s:
        assert [m.judge for m in s.query(JudgeMark).all() if m.mark == Decimal(3)] == [2]


def test_judge_two_tabs_over_the_measurements_to_the_next_judgement(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A1 is a measurement (judge 1's one mark): judge 2 typing "3", Tab, "2", Tab... goes from
    B1 to the next row's B1, never onto A1 where the typed mark would be refused and lost."""
    day = make_day(tmp_path / "office.sqlite3")
    _window, view = _open(make_window, qtbot, day)
    view.judge.setCurrentIndex(view.judge.findData(2))
    view.table.setCurrentIndex(view.model.index(-1, -1))
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.table.hasFocus())
    assert view.table.currentIndex().column() == B1  # in on judge 2's first cell to mark
    _type(qtbot, "3")
    _key(qtbot, Qt.Key.Key_Tab)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (1, B1)
    _type(qtbot, "2")
    _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (0, B1)
    _key(qtbot, Qt.Key.Key_Tab)  # not editing: the same way on
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (1, B1)
    assert "judge 1" not in view.status.text()
    with day.db.session() as s:
        assert sorted(m.mark for m in s.query(JudgeMark).all() if m.judge == 2) == [2, 3]


def test_the_saved_line_keeps_the_mark_after_an_urdu_name(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """ "Saved A1 · Yasir Mehmood یاسر محمود: 2" was shown "… 2 :یاسر محمود": the Urdu run took the
    mark into its right-to-left order. The name is a unit of its own (isolated), the mark after it."""
    day = make_day(tmp_path / "office.sqlite3")
    _window, view = _open(make_window, qtbot, day)
    name = view.model.grid.rows[0].name  # type: ignore[union-attr]
    _at(qtbot, view, 0, A1)
    _type(qtbot, "30")
    _key(qtbot, Qt.Key.Key_Tab)
    assert f"\u2068A1 · \u2068{name}\u2069\u2069: 30" in view.status.text()
    assert view.undo_stack.undoText() == f"Mark A1 of \u2068{name}\u2069"


def test_a_confirmed_track_says_its_marks_are_locked_before_anyone_types(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A judge opening a confirmed track read "Marked: 2 · to mark: 0" and learnt of the lock only
    from the refusal of a typed mark: the progress line says so first."""
    from tvet_alliance.domain.enums import EntryStatus
    from tvet_alliance.services import results

    day = make_day(tmp_path / "office.sqlite3")
    with day.db.session() as s:
        a1, b1 = (a.id for a in marking.aspects(s, day.track))
        assert a1 is not None and b1 is not None
        for entry, mark in zip(day.entries, ("30", "40"), strict=True):
            s.get(Entry, entry).status = EntryStatus.COMPETED  # type: ignore[union-attr]
            marking.set_mark(s, entry, a1, 1, Decimal(mark))
            for judge in (1, 2, 3):
                marking.set_mark(s, entry, b1, judge, Decimal(2))
        s.commit()
    with day.db.session() as s:
        results.confirm(s, day.track)
        s.commit()
    _window, view = _open(make_window, qtbot, day)
    assert view.progress.text().startswith("Results confirmed: the marks are locked")


def test_the_track_chosen_stays_after_a_refresh_or_a_saved_scheme(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """After saving a scheme (or F5, or any change elsewhere) the page fell back to the first track,
    the focus in its grid: a judge then typed marks into the wrong track."""
    day = make_day(tmp_path / "office.sqlite3")
    window, view = _open(make_window, qtbot, day)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.track.setFocus()
    _key(qtbot, Qt.Key.Key_Down)
    assert view.track.currentText() == "Welding"
    _key(qtbot, Qt.Key.Key_F5)
    assert view.track.currentText() == "Welding"
    view._written(Changes.of("marking_aspect", "entry"))  # what a saved scheme does
    assert view.track.currentText() == "Welding"
