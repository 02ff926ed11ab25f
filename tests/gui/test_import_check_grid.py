"""Fixing a partner's delegate list on the Check page, by keyboard (issue 14 item 5): a bad
nationality typed over in the grid and checked as it is typed, the e-mail problem left empty in every
row, Check again, Import — the database has every row; fixes survive Back and Next; a hurried Esc
reverts a cell, and the wizard asks before closing with fixes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Event, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.import_grid import STATE_ROLE
from tvet_alliance.ui.dialogs.import_wizard import CheckPage, ImportWizard

from .test_import_wizard import _choose, _next, _open_wizard, _wait_idle

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
SEMINAR = "International Digital Skills Exchange Seminar"
NATIONALITY, EMAIL = 2, 3  # columns of delegates_fixable.csv


@pytest.fixture
def fixable(tmp_path: Path) -> Path:
    path = tmp_path / "delegates_fixable.csv"
    shutil.copyfile(CORPUS / "delegates_fixable.csv", path)
    return path


def _to_check_page(qtbot: Any, window: Any, db: Database, path: Path) -> ImportWizard:
    with db.session() as s:
        event_id = s.scalars(select(Event.id).where(Event.name == SEMINAR)).one()
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.DELEGATES.value)
    _choose(wizard.file_page.event_combo, str(event_id))
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    return wizard


def _back_to_columns(wizard: ImportWizard) -> None:
    """Back from Check to Columns, past the pages between them that this file shows (Values)."""
    while wizard.currentId() != ImportWizard.PAGE_MAP:
        before = wizard.currentId()
        wizard.back()
        assert wizard.currentId() != before, "Back did nothing"


def _edit(qtbot: Any, page: CheckPage, row: int, column: int) -> QLineEdit:
    """Make the cell current and open its editor with F2 (what a person does by keyboard)."""
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(row, column)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    (editor,) = [e for e in grid.findChildren(QLineEdit, "fixEditor") if e.isVisible()]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return editor


def _state(page: CheckPage, row: int, column: int) -> str:
    item = page.grid.item(row, column)
    assert item is not None
    return str(item.data(STATE_ROLE) or "")


def _listed(page: CheckPage) -> list[str]:
    """The columns of the problems listed under the grid."""
    return [page.errors.item(r, 1).text() for r in range(page.errors.rowCount())]


def _registered(db: Database) -> dict[str, tuple[str | None, str | None]]:
    with db.session() as s:
        rows = s.execute(
            select(Person.full_name, Person.email, Person.nationality)
            .join(Participation, Participation.person_id == Person.id)
            .join(Event, Event.id == Participation.event_id)
            .where(Event.name == SEMINAR)
        )
        return {name: (email, nationality) for name, email, nationality in rows}


def test_fix_a_cell_leave_a_problem_empty_check_again_and_import(
    qtbot: Any, make_window: Any, sample_db: Database, fixable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_db)
    with sample_db.session() as s:
        people = s.scalar(select(func.count()).select_from(Person))
    wizard = _to_check_page(qtbot, window, sample_db, fixable)
    page = wizard.check_page
    assert page.summary.text() == "4 rows: 2 valid, 2 with problems, 0 duplicates"
    grid = page.grid
    # Only the two rows with problems, numbered as in the file; row 2's nationality and e-mail red
    assert [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())] == ["2", "3"]
    assert _state(page, 0, NATIONALITY) == "error" and _state(page, 0, EMAIL) == "error"
    assert _state(page, 1, EMAIL) == "error" and _state(page, 1, NATIONALITY) == ""
    assert "Punjab is not a country" in grid.item(0, NATIONALITY).toolTip()
    assert grid.item(0, NATIONALITY).background().color().name() == "#f8d0d0"

    # The list of problems: Enter on one goes to its cell
    problems = page.errors
    problems.setFocus()
    problems.setCurrentCell(0, 0)  # row 2, Nationality (the list is in row order)
    assert problems.item(0, 1).text() == "Nationality"
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    assert (grid.currentRow(), grid.currentColumn()) == (0, NATIONALITY)
    assert wizard.focusWidget() is grid
    assert "Punjab is not a country" in page.cell_note.text()

    # Type over the nationality: checked as it is typed, committed with Enter (the wizard stays)
    editor = _edit(qtbot, page, 0, NATIONALITY)
    qtbot.keyClicks(editor, "Lahore")
    assert "Lahore is not a country" in page.cell_note.text()
    assert "Lahore" in editor.toolTip()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Pakistan")
    assert page.cell_note.text() == "This reads well."
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wizard.currentId() == ImportWizard.PAGE_CHECK, "Enter in a cell never presses Next"
    assert wizard.fixes == {(2, "nationality"): "Pakistan"}
    assert grid.item(0, NATIONALITY).text() == "Pakistan"
    assert _state(page, 0, NATIONALITY) == "fixed"
    assert grid.item(0, NATIONALITY).background().color().name() == "#d3efd6"
    assert "In the file: “Punjab”" in grid.item(0, NATIONALITY).toolTip()
    assert "Check again" in page.note.text()

    # A hurried Esc in a cell reverts that cell only
    editor = _edit(qtbot, page, 1, EMAIL)
    qtbot.keyClicks(editor, "liumin@tsguas.edu.cn")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert grid.item(1, EMAIL).text() == "liumin@@tsguas.edu.cn"
    assert wizard.fixes == {(2, "nationality"): "Pakistan"}
    assert wizard.isVisible()

    # Leave the e-mail empty in every row with its problem (two rows): the rows are checked again
    menu = {a.objectName(): a for a in page.blank_menu.actions()}
    email = menu["leaveEmpty_email_email"]
    assert "E-mail" in email.text() and "(2 rows)" in email.text()
    assert email.isEnabled() and email.isCheckable()
    # the same entry is in the e-mail cells' own menu (right click or the Menu key)
    assert page.cell_actions(1, EMAIL) == [email]
    assert [a.objectName() for a in page.cell_actions(0, NATIONALITY)] == ["leaveEmpty_nationality_country"]
    assert page.cell_actions(0, 0) == []
    email.trigger()
    _wait_idle(qtbot, wizard)
    assert wizard.blank == {("email", "email")}
    assert page.summary.text() == "4 rows: 4 valid, 0 with problems, 0 duplicates, 2 kept with warnings"
    assert page.warnings_label.text() == "2 rows kept with warnings (amber)"
    # the two rows stay in the grid, amber where the e-mail was left empty; row 2 keeps its fix
    assert [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())] == ["2", "3"]
    assert _state(page, 1, EMAIL) == "warning"
    assert grid.item(1, EMAIL).background().color().name() == "#fde7b0"
    assert "Left empty" in grid.item(1, EMAIL).toolTip()
    assert _state(page, 0, NATIONALITY) == "fixed"
    assert {page.errors.item(r, 2).text()[:10] for r in range(page.errors.rowCount())} == {"Left empty"}
    # the filter: errors only hides the row that only has a warning
    _choose(page.show_combo, "errors")
    assert [grid.isRowHidden(r) for r in range(2)] == [False, True]
    _choose(page.show_combo, "warnings")
    assert [grid.isRowHidden(r) for r in range(2)] == [False, False]
    _choose(page.show_combo, "all")
    menu = {a.objectName(): a for a in page.blank_menu.actions()}
    assert menu["leaveEmpty_email_email"].isChecked()

    # Check again (F5) runs the test import again with the fixes — the cell being typed in too
    editor = _edit(qtbot, page, 1, 0)
    qtbot.keyClicks(editor, "Liu Min (TSGUAS)")
    (again,) = [sc for sc in page.findChildren(QShortcut) if sc.key() == QKeySequence("F5")]
    again.activated.emit()
    assert wizard.busy
    _wait_idle(qtbot, wizard)
    assert wizard.fixes == {(2, "nationality"): "Pakistan", (3, "full_name"): "Liu Min (TSGUAS)"}
    assert page.summary.text().startswith("4 rows: 4 valid, 0 with problems")
    assert _state(page, 1, 0) == "fixed" and grid.item(1, 0).toolTip().startswith("Fixed.\n")

    # Import: every row is in the database, the refused e-mails empty, the nationality typed
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    assert "2 kept with warnings" in wizard.import_page.plan.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    result = wizard.import_page.result_label.text()
    assert result.startswith("Imported: 4 created") and "2 rows with warnings imported" in result
    registered = _registered(sample_db)
    assert registered["Ahmed Raza"] == (None, "PK")
    assert registered["Liu Min (TSGUAS)"] == (None, "CN")
    assert registered["Zhou Lan"] == ("zhoulan@cqvie.edu.cn", "CN")
    assert registered["Sana Iqbal"] == ("sana.iqbal@tevta.gop.pk", "PK")
    with sample_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == (people or 0) + 4
    # imported: closing asks nothing
    asked: list[bool] = []
    monkeypatch.setattr(prompts, "ask_lose_fixes", lambda parent: asked.append(True) or True)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert asked == []


def test_fixes_survive_back_and_next_and_esc_asks_before_closing(
    qtbot: Any, make_window: Any, sample_db: Database, fixable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_db)
    wizard = _to_check_page(qtbot, window, sample_db, fixable)
    page = wizard.check_page
    editor = _edit(qtbot, page, 0, NATIONALITY)
    qtbot.keyClicks(editor, "Pakistan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wizard.fixes == {(2, "nationality"): "Pakistan"}

    # Next with a fix not checked yet (still being typed, as Alt+N leaves it) checks first and stays
    editor = _edit(qtbot, page, 1, EMAIL)
    qtbot.keyClicks(editor, "liumin@tsguas.edu.cn")
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_CHECK
    _wait_idle(qtbot, wizard)
    assert wizard.fixes == {(2, "nationality"): "Pakistan", (3, "email"): "liumin@tsguas.edu.cn"}
    assert _listed(page) == ["E-mail"]  # row 2's nationality reads now, and row 3's e-mail
    assert "press Next" in page.note.text()

    # Back to the columns and Next again: the same file and columns, the fix is kept and applied
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_clear_fixes", lambda parent: asked.append("clear") or False)
    _back_to_columns(wizard)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert asked == []
    assert wizard.fixes == {(2, "nationality"): "Pakistan", (3, "email"): "liumin@tsguas.edu.cn"}
    assert page.grid.item(0, NATIONALITY).text() == "Pakistan"
    assert _listed(page) == ["E-mail"]

    # The columns change: asked; "keep them" keeps them
    _back_to_columns(wizard)
    _choose(wizard.mapping_page.combos["position"], 4)  # the Attendance column read as a position
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert asked == ["clear"]
    assert wizard.fixes == {(2, "nationality"): "Pakistan", (3, "email"): "liumin@tsguas.edu.cn"}

    # ... and when the answer is "clear", they go
    _back_to_columns(wizard)
    _choose(wizard.mapping_page.combos["attendance_mode"], 4)
    monkeypatch.setattr(prompts, "ask_clear_fixes", lambda parent: asked.append("clear") or True)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert asked == ["clear", "clear"]
    assert wizard.fixes == {} and wizard.fixed_rows == {}
    assert _listed(page) == ["Nationality", "E-mail", "E-mail"]

    # With a fix typed, a hurried Esc (or two) asks before closing; "go back" keeps the wizard
    editor = _edit(qtbot, page, 0, NATIONALITY)
    qtbot.keyClicks(editor, "Pakistan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    lose: list[bool] = []
    monkeypatch.setattr(prompts, "ask_lose_fixes", lambda parent: lose.append(False) or False)
    editor = _edit(qtbot, page, 1, EMAIL)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the first Esc reverts the cell
    assert lose == []
    qtbot.keyClick(page.grid, Qt.Key.Key_Escape)  # the second reaches the wizard: it asks
    assert lose == [False]
    assert wizard.isVisible() and wizard.fixes == {(2, "nationality"): "Pakistan"}
    # Cancel asks too; "close" closes
    monkeypatch.setattr(prompts, "ask_lose_fixes", lambda parent: lose.append(True) or True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert lose == [False, True]
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_a_required_field_cannot_be_left_empty_from_the_menu(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name,E-mail\r\n,nobody@example.org\r\nAsma Bibi,asma@example.pk\r\n", encoding="utf-8")
    window = make_window(sample_db)
    wizard = _to_check_page(qtbot, window, sample_db, path)
    page = wizard.check_page
    (action,) = [a for a in page.blank_menu.actions() if a.objectName() == "leaveEmpty_full_name_required"]
    assert not action.isEnabled()
    assert "needed in every row: fix the cells" in action.text()
    # the empty name is typed in the grid instead
    editor = _edit(qtbot, page, 0, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # still empty: nothing changes
    assert wizard.fixes == {}
    editor = _edit(qtbot, page, 0, 0)
    qtbot.keyClicks(editor, "Nobody Khan")
    assert page.cell_note.text() == "This reads well."
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wizard.fixes == {(1, "full_name"): "Nobody Khan"}
    page.check_again()
    _wait_idle(qtbot, wizard)
    assert page.summary.text() == "2 rows: 2 valid, 0 with problems, 0 duplicates"


def test_a_warning_of_the_whole_row_colours_the_row_and_reads_in_the_note(qtbot: Any) -> None:
    """Warnings other parts add (a control character stripped, a phone in an unassigned range) are
    shown the same way: amber, the message in the tooltip and the note; a row-level one (no field)
    colours every cell of its row."""
    from tvet_alliance.ui.dialogs.import_grid import GridRow, ProblemGrid

    grid = ProblemGrid(lambda problem: problem.message)
    qtbot.addWidget(grid)
    row_level = imp.RowWarning(4, "", "A control character was removed from this row.", "control")
    phone = imp.RowWarning(5, "Mobile", "+92 300 0000000 is not in use yet.", "unassigned", key="phone")
    rows = [GridRow(4, ["Ali", "0300"], warnings=[row_level]), GridRow(5, ["Sara", "0300"], warnings=[phone])]
    options = imp.ImportOptions(imp.ImportKind.PEOPLE)
    grid.show_rows(["Name", "Mobile"], ["full_name", "phone"], rows, options, {})
    states = [[str(grid.item(r, c).data(STATE_ROLE)) for c in range(2)] for r in range(2)]
    assert states == [["warning", "warning"], ["", "warning"]]
    assert grid.item(1, 1).background().color().name() == "#fde7b0"
    grid.setCurrentCell(1, 1)
    notes: list[str] = []
    grid.note.connect(notes.append)
    grid.setCurrentCell(0, 0)
    assert notes == ["A control character was removed from this row."]
    grid.show_only("errors")
    assert grid.isRowHidden(0) and grid.isRowHidden(1)
    grid.show_only("warnings")
    assert not grid.isRowHidden(0) and not grid.isRowHidden(1)
