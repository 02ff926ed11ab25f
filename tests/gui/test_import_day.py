"""The merged import wizard used as a hurried person uses it, by keyboard: the traps found in a real
window where the parts meet. Enter after a check means Next, not "Check again"; after a check the
keyboard is in the grid, so typing fixes the cell; Enter after Test import imports (the keyboard was
left on Cancel); Esc after choices asks before closing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Event, ImportBatch, Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.services.importing import engine
from tvet_alliance.ui import workers
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

from .test_editing import focus
from .test_import_wizard import _choose, _next, _open_wizard, _wait_idle

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
SEMINAR = "International Digital Skills Exchange Seminar"


def _count(db: Database, model: Any) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _partners_file(tmp_path: Path) -> Path:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Name in English,Country\nAstana Polytechnic,Kazakhstan\nTashkent Vocational College,Uzbekistan\n",
        encoding="utf-8",
    )
    return path


def _to_check(qtbot: Any, window: Any, path: Path, kind: imp.ImportKind) -> ImportWizard:
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, kind.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    return wizard


def _focused() -> Any:
    return QApplication.focusWidget()


def test_enter_on_the_check_page_goes_on_not_check_again(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    window = make_window(sample_db)
    wizard = _to_check(qtbot, window, _partners_file(tmp_path), imp.ImportKind.PARTNERS)
    page = wizard.check_page
    assert page.summary.text().startswith("2 rows: 2 valid")
    report = wizard.check_report
    # The keyboard is on "Check again", the page's first button (where the wizard puts it when
    # the grid is empty); a hurried Enter goes on to the import, it does not check again.
    focus(qtbot, page.again_button)
    qtbot.keyClick(page.again_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_IMPORT, timeout=5000)
    assert wizard.check_report is report  # not checked again
    # Space on the button still checks again (and so do Alt+A and F5)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_CHECK
    focus(qtbot, page.again_button)
    qtbot.keyClick(page.again_button, Qt.Key.Key_Space)
    _wait_idle(qtbot, wizard)
    assert wizard.check_report is not report and wizard.currentId() == ImportWizard.PAGE_CHECK
    assert _count(sample_db, ImportBatch) == 0


def test_after_a_check_typing_fixes_the_first_bad_cell(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "delegates_fixable.csv"
    shutil.copyfile(CORPUS / "delegates_fixable.csv", path)
    with sample_db.session() as s:
        event_id = s.scalars(select(Event.id).where(Event.name == SEMINAR)).one()
    window = make_window(sample_db)
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.DELEGATES.value)
    _choose(wizard.file_page.event_combo, str(event_id))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    page = wizard.check_page
    # "Type over a cell to fix it": the keyboard is in the grid, on row 2's nationality (Punjab)
    qtbot.waitUntil(page.grid.hasFocus, timeout=5000)
    assert page.grid.currentItem() is not None and page.grid.currentItem().text() == "Punjab"
    for char in "Pakistan":  # each key to where the keyboard is (the first opens the cell's editor)
        qtbot.keyClicks(_focused(), char)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert wizard.fixes == {(2, "nationality"): "Pakistan"}
    # Next with the fix not yet checked checks it first, and stays
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_CHECK
    assert wizard.check_report is not None
    assert "nationality" not in {e.key for e in wizard.check_report.errors if e.row == 2}
    # and the keyboard is back in the grid, on the next bad cell
    qtbot.waitUntil(page.grid.hasFocus, timeout=5000)
    assert _count(sample_db, ImportBatch) == 0
    wizard.clear_fixes()
    wizard.reject()


def test_enter_after_a_test_import_imports_not_cancels(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_lose_choices", lambda parent: asked.append("lose") or False)
    before = _count(sample_db, Organization)
    window = make_window(sample_db)
    wizard = _to_check(qtbot, window, _partners_file(tmp_path), imp.ImportKind.PARTNERS)
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    page = wizard.import_page
    focus(qtbot, page.test_button)
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)  # Test import, by keyboard
    _wait_idle(qtbot, wizard)
    assert page.result_label.text().startswith("A test import would give: 2 created")
    # While it ran, Cancel was the only button enabled; the keyboard is not left there.
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert not cancel.hasFocus()
    assert _focused() is wizard.button(QWizard.WizardButton.FinishButton)
    # a test import ran: Esc asks before closing (and stays, told so)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == ["lose"] and wizard.isVisible()
    focus(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.applied_report is not None, timeout=20_000)
    _wait_idle(qtbot, wizard)
    assert asked == ["lose"]
    assert _count(sample_db, Organization) == before + 2
    assert page.result_label.text().startswith("Imported: 2 created")


def test_esc_after_choices_asks_before_closing(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = [False]

    def ask(parent: Any) -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(prompts, "ask_lose_choices", ask)
    path = tmp_path / "colleges.csv"
    path.write_text("名称,类型\n新疆农业职业技术大学,高职\n", encoding="utf-8")
    before = _count(sample_db, Organization), _count(sample_db, Person)
    window = make_window(sample_db)

    # Nothing chosen yet: Esc closes at once
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()

    # Country = China for every row: Esc asks, and keeps the choice when told so
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    country = wizard.mapping_page.constant_widgets["country"]
    country.set_value("CN")
    assert wizard.mapping_page.constants() == {"country": "CN"}
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()
    assert wizard.mapping_page.constants() == {"country": "CN"}
    # on to the Check page and back: Esc still asks
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    wizard.back()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True, True] and wizard.isVisible()
    answer[0] = True
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True, True, True] and not wizard.isVisible()
    assert (_count(sample_db, Organization), _count(sample_db, Person)) == before
    assert _count(sample_db, ImportBatch) == 0


def test_the_organisations_page_says_a_new_partner_needs_a_country(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    # people_unknown_orgs.csv has no nationality and no phone: "Create new partner" cannot work
    path = tmp_path / "people.csv"
    shutil.copyfile(CORPUS / "people_unknown_orgs.csv", path)
    window = make_window(sample_db)
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PEOPLE.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_ORGANIZATIONS)
    page = wizard.organizations_page
    new = page.combos["Gilgit-Baltistan Skills Academy"]
    assert new.currentText() == "Create new partner"
    assert page.country_note.isVisible()
    assert "A new partner needs a country" in page.country_note.text()
    # what the page says is so: the Check page rejects those rows
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert {e.code for e in (wizard.check_report.errors if wizard.check_report else [])} == {"org_country"}
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_ORGANIZATIONS
    new.setCurrentIndex(new.count() - 1)
    assert new.currentText() == "Leave empty"
    assert not page.country_note.isVisible()
    # with a nationality for every row the note goes: the partner gets that country
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_MAP
    wizard.mapping_page.constant_widgets["nationality"].set_value("PK")
    _next(qtbot, wizard, ImportWizard.PAGE_ORGANIZATIONS)
    new = page.combos["Gilgit-Baltistan Skills Academy"]  # the page is built again
    assert new.currentText() == "Leave empty"  # the choice survived Back and Next
    new.setCurrentIndex(0)
    assert new.currentText() == "Create new partner"
    assert not page.country_note.isVisible()
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.check_report is not None and wizard.check_report.invalid == 0
    assert _count(sample_db, ImportBatch) == 0
    wizard.reject()


def test_checking_again_keeps_the_duplicates_decisions(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    cqvie_name = "Chongqing Vocational Institute of Engineering"
    source = tmp_path / "partners_update.csv"
    shutil.copyfile(CORPUS / "partners_update.csv", source)
    window = make_window(sample_db)
    wizard = _to_check(qtbot, window, source, imp.ImportKind.PARTNERS)
    _next(qtbot, wizard, ImportWizard.PAGE_DUPLICATES)
    page = wizard.duplicates_page
    fields = page.fields
    # CQVIE (row 1): take the file's phone, by keyboard; Chongqing City Management College (row 2): skip
    focus(qtbot, fields)
    fields.setCurrentCell(2, 0)
    assert fields.item(2, 0).text() == "Phone"
    qtbot.keyClick(fields, Qt.Key.Key_Space)
    assert wizard.field_decisions == {1: {"phone": True}}
    _choose(page.combos[2], imp.Decision.SKIP.value)
    # Back to the Check page, Check again (F5), Next: the choices are still there, and still meant
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_CHECK
    before = wizard.check_report
    focus(qtbot, wizard.check_page.again_button)
    qtbot.keyClick(wizard.check_page.again_button, Qt.Key.Key_F5)
    _wait_idle(qtbot, wizard)
    assert wizard.check_report is not before and wizard.check_report is not None
    _next(qtbot, wizard, ImportWizard.PAGE_DUPLICATES)
    assert page.combos[2].currentData() == imp.Decision.SKIP.value
    assert page.combos[1].currentData() == imp.Decision.FILL.value
    page.table.setCurrentCell(0, 0)
    assert [fields.item(r, 3).text() for r in range(3)] == ["keep", "keep", "take"]
    assert wizard.import_options().field_decisions == {1: {"phone": True}}
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    with sample_db.session() as s:
        cqvie = s.scalars(select(Organization).where(Organization.name_en == cqvie_name)).one()
        assert (cqvie.phone, cqvie.email) == ("+8613800138000", "international@cqvie.edu.cn")
        cqcmc = s.scalars(
            select(Organization).where(Organization.name_en == "Chongqing City Management College")
        ).one()
        assert not cqcmc.website  # skipped: its website was not filled in


def test_enter_after_a_check_with_warnings_only_goes_on(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    # A NUL and a vertical tab in two names: two rows kept with warnings, nothing to fix
    path = tmp_path / "partners_nul_row.csv"
    shutil.copyfile(CORPUS / "partners_nul_row.csv", path)
    before = _count(sample_db, Organization)
    window = make_window(sample_db)
    wizard = _open_wizard(window, path)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    page = wizard.check_page
    assert wizard.check_report is not None
    assert (wizard.check_report.invalid, len(wizard.check_report.warnings)) == (0, 2)
    assert page.grid.rowCount() == 2
    QApplication.processEvents()  # the page's queued focus runs (it must not take the keyboard into the grid)
    assert not page.grid.hasFocus()
    qtbot.keyClick(_focused() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_IMPORT, timeout=5000)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert _count(sample_db, Organization) == before + 5
    with sample_db.session() as s:
        names = set(s.scalars(select(Organization.name_en)))
    assert {"Astana Polytechnic College", "Hanoi Vocational College of Technology"} <= names


def test_a_saved_mappings_values_for_every_row_go_with_it(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    # Two partners' saved mappings; the Xinjiang one sets Country = China for every row.
    with sample_db.session() as s:
        imp.save(
            s, "Xinjiang list", imp.ImportKind.PARTNERS, {"名称": "name_native"}, constants={"country": "CN"}
        )
        imp.save(s, "Balochistan", imp.ImportKind.PARTNERS, {"Name": "name_en", "Country": "country"})
        s.commit()
    path = tmp_path / "partners.csv"
    path.write_text(
        "Name,Country,City\nGwadar Skills Hub,,Gwadar\nQuetta Skills Hub,Pakistan,\n", encoding="utf-8"
    )
    window = make_window(sample_db)
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    page = wizard.mapping_page
    page.constant_widgets["city"].set_value("Quetta")  # the person's own value for every row
    assert page.constants() == {"city": "Quetta"}
    # Down the saved mappings by keyboard, as a hurried person looks through them
    combo = page.saved_combo
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Balochistan"
    assert page.constants() == {}
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Xinjiang list"
    assert page.constants() == {"country": "CN"}
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert page.constants() == {}  # not Xinjiang's China for Gwadar's empty country
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentData() == ""
    assert page.constants() == {"city": "Quetta"}  # — none —: the person's own again
    # straight from Xinjiang back to none (Home): China does not stay behind
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert page.constants() == {"country": "CN"}
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentData() == ""
    assert page.constants() == {"city": "Quetta"}
    # and the check reads it so: Gwadar has no country, and is refused for it
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    report = wizard.check_report
    assert report is not None and [(e.row, e.key) for e in report.errors] == [(1, "country")]
    assert _count(sample_db, ImportBatch) == 0
    wizard.reject()


def test_after_a_cancelled_check_enter_checks_again_not_cancel(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_lose_choices", lambda parent: asked.append("lose") or False)
    path = tmp_path / "partners.csv"
    rows = [f"College {i},Pakistan" for i in range(1200)]
    path.write_text("Name in English,Country\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window = make_window(sample_db)
    wizard = _to_check(qtbot, window, path, imp.ImportKind.PARTNERS)
    page = wizard.check_page
    # The person checks again (F5) and cancels it half way
    monkeypatch.setattr(engine, "CHUNK", 10)
    original = workers.Task._progress
    cancel_once = [True]

    def progress(task: workers.Task, done: int, total: int) -> None:
        if done >= 100 and cancel_once[0]:
            cancel_once[0] = False
            task.cancel()
        original(task, done, total)

    monkeypatch.setattr(workers.Task, "_progress", progress)
    focus(qtbot, page.again_button)
    qtbot.keyClick(page.again_button, Qt.Key.Key_F5)
    _wait_idle(qtbot, wizard)
    assert wizard.check_report is None
    assert page.message.text() == "The check was cancelled. Press Check again to run it."
    # The keyboard is on Check again, not on the wizard's Cancel: a hurried Enter checks again
    qtbot.waitUntil(page.again_button.hasFocus, timeout=2000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    _wait_idle(qtbot, wizard)
    assert wizard.check_report is not None and wizard.check_report.valid == 1200
    assert wizard.isVisible() and asked == []
    # checked: Enter goes on
    qtbot.keyClick(page.again_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_IMPORT, timeout=5000)
    assert _count(sample_db, ImportBatch) == 0


def test_saving_a_mapping_under_a_taken_name_asks_first(
    qtbot: Any,
    make_window: Any,
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    # The people list of Punjab TEVTA was saved as "Punjab TEVTA"; now its partner list comes
    with sample_db.session() as s:
        imp.save(s, "Punjab TEVTA", imp.ImportKind.PEOPLE, {"Name": "full_name", "Email": "email"})
        s.commit()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Punjab TEVTA", True)))
    window = make_window(sample_db)
    wizard = _open_wizard(window, _partners_file(tmp_path))
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    page = wizard.mapping_page

    def stored() -> imp.ImportKind | None:
        with sample_db.session() as s:
            found = imp.load_mapping(s, "Punjab TEVTA")
        return found[0] if found else None

    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (shown,) = [m for m in message_boxes.shown if m[0] == "question"]
    assert shown[1] == "Replace the saved mapping?"
    assert "A mapping called “Punjab TEVTA” is saved already (People)" in shown[2]
    assert stored() is imp.ImportKind.PEOPLE  # kept: the people list's mapping is still there
    assert page.saved_combo.currentData() == ""
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert stored() is imp.ImportKind.PARTNERS
    assert page.saved_combo.currentData() == "Punjab TEVTA"
    # saving the mapping chosen again (twice in a row) replaces it without asking
    message_boxes.shown.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [m for m in message_boxes.shown if m[0] == "question"] == []
    assert stored() is imp.ImportKind.PARTNERS


def test_a_value_typed_that_names_no_choice_is_not_dropped_silently(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    from .test_import_values_page import _type

    path = tmp_path / "partners_values.csv"
    shutil.copyfile(CORPUS / "partners_values.csv", path)
    window = make_window(sample_db)
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_VALUES)
    page = wizard.values_page
    membership = next(
        combo for combo, (key, _v) in zip(page.combos, page.rows, strict=True) if key == "membership_status"
    )
    # 成员 ("member") is no membership status's name: Enter goes back to "not mapped", and says why
    _type(qtbot, membership, "成员", Qt.Key.Key_Return)
    assert membership.currentText() == "— not mapped —"
    assert page.typed_note.isVisible()
    assert page.typed_note.text().startswith("“成员” is none of the choices")
    # picked from the list instead, the note goes
    membership.setCurrentIndex(membership.findData("active"))
    assert not page.typed_note.isVisible()
    _type(qtbot, membership, "成员", Qt.Key.Key_Return)
    assert membership.currentData() == "active" and page.typed_note.isVisible()
    # a choice's name: taken, and the note goes
    _type(qtbot, membership, "Prospective", Qt.Key.Key_Return)
    assert membership.currentData() == "prospective"
    assert not page.typed_note.isVisible()
    assert _count(sample_db, ImportBatch) == 0
