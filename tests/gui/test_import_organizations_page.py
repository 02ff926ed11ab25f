"""The wizard's Organisations page (issue 14, item 11): a people file naming organisations that are
not partners lists them before Check, each with its count and the closest partners; the choices,
made by keyboard, decide what the import writes; the summary counts the partners created."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

from .test_import_wizard import _choose, _next, _open_wizard, _wait_idle

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import" / "people_unknown_orgs.csv"
TYPO = "Chongqing Vocational Institute of Engineerng"
NEW = "Gilgit-Baltistan Skills Academy"
CQVIE = "Chongqing Vocational Institute of Engineering"


def _partners(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Organization)) or 0


def _organisation_of(db: Database, email: str) -> str | None:
    with db.session() as s:
        return s.execute(
            select(Organization.display_name)
            .select_from(Person)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.email == email)
        ).scalar_one()


def _to_organisations(qtbot: Any, wizard: ImportWizard) -> None:
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PEOPLE.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_ORGANIZATIONS)


def _finish(qtbot: Any, window: Any, wizard: ImportWizard) -> None:
    if wizard.currentId() == ImportWizard.PAGE_DUPLICATES:
        _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    assert wizard.currentId() == ImportWizard.PAGE_IMPORT
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)


def test_unknown_organisations_are_listed_and_chosen_by_keyboard(
    qtbot: Any, make_window: Any, sample_db: Database
) -> None:
    partners = _partners(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_organisations(qtbot, wizard)
    page = wizard.organizations_page
    assert [(name.text(), rows.text()) for name, rows in page.names] == [
        (f"{TYPO} (and other spellings)", "2"),  # two spellings of the typo, one organisation
        (NEW, "2"),
    ]
    typo, new = page.combos[TYPO], page.combos[NEW]
    # the near-miss: its partner is pre-selected (with its country); nothing close: create it
    assert typo.currentText() == f"{CQVIE} (China)"
    assert new.currentText() == "Create new partner"
    assert [new.itemText(i) for i in (0, new.count() - 1)] == ["Create new partner", "Leave empty"]
    qtbot.waitUntil(lambda: wizard.focusWidget() is typo)  # the first choice has the keyboard
    # by keyboard: Tab to the second choice, End picks "Leave empty"
    qtbot.keyClick(typo, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is new
    qtbot.keyClick(new, Qt.Key.Key_End)
    assert new.currentText() == "Leave empty"
    assert page.choices()[TYPO.upper()] == page.choices()[TYPO] and page.choices()[NEW] is None

    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.check_report is not None and wizard.check_report.invalid == 0
    assert wizard.check_report.partners_created == 0
    _next(qtbot, wizard, wizard.check_page.nextId())
    _finish(qtbot, window, wizard)
    assert "partners created" not in wizard.import_page.result_label.text()
    assert _partners(sample_db) == partners  # nothing created
    assert _organisation_of(sample_db, "wanglei@cqvie.edu.cn") == CQVIE
    assert _organisation_of(sample_db, "zhaomin@cqvie.edu.cn") == CQVIE
    assert _organisation_of(sample_db, "ahmed.raza@gbsa.pk") is None
    assert _organisation_of(sample_db, "liming@szpu.edu.cn") == "Shenzhen Polytechnic University"


def test_created_partners_are_counted_and_named(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Organisation,Nationality,Email\n"
        f"Wang Lei,{TYPO},China,wl@example.cn\n"
        f"Ahmed Raza,{NEW},Pakistan,ar@example.pk\n"
        "Sara Khan,Hunza Craft School,Pakistan,sk@example.pk\n",
        encoding="utf-8",
    )
    partners = _partners(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _to_organisations(qtbot, wizard)
    page = wizard.organizations_page
    assert len(page.names) == 3
    qtbot.mouseClick(page.create_all, Qt.MouseButton.LeftButton)
    assert set(page.choices().values()) == {imp.engine.CREATE_ORGANIZATION}
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    _next(qtbot, wizard, wizard.check_page.nextId())
    _finish(qtbot, window, wizard)
    result = wizard.import_page.result_label.text()
    assert result.startswith("Imported: 3 created")
    assert f"; 3 partners created: {TYPO}, {NEW}, Hunza Craft School" in result
    assert _partners(sample_db) == partners + 3


def test_the_page_is_skipped_when_every_organisation_is_a_partner(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "known.csv"
    source.write_text("Name,Organisation,Email\nLi Ming,SZPU,lm@example.cn\n", encoding="utf-8")
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PEOPLE.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)  # straight on: nothing to decide


def test_changing_the_organisation_column_scans_again(
    qtbot: Any, make_window: Any, sample_db: Database
) -> None:
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_organisations(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_MAP
    _choose(wizard.mapping_page.combos["organization"], -1)  # the organisation is not imported
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.import_options().organizations == {}


def test_coming_back_the_first_choice_has_the_keyboard_and_enter_means_next(
    qtbot: Any, make_window: Any, sample_db: Database
) -> None:
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_organisations(qtbot, wizard)
    page = wizard.organizations_page
    chosen = page.choices()
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_ORGANIZATIONS
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.combos[TYPO])
    # Enter on a "for all" button (Tab landed there) is Next, not "set every choice"
    page.leave_all.setFocus()
    qtbot.keyClick(page.leave_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_CHECK and not wizard.busy, timeout=20_000)
    assert page.choices() == chosen


def test_the_import_page_stays_the_last(qtbot: Any, make_window: Any, sample_db: Database) -> None:
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_organisations(qtbot, wizard)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    _next(qtbot, wizard, wizard.check_page.nextId())
    if wizard.currentId() == ImportWizard.PAGE_DUPLICATES:
        _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    assert wizard.currentId() == ImportWizard.PAGE_IMPORT
    assert wizard.import_page.nextId() == -1
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()  # Import, not Next


def test_cancelling_the_scan_stays_on_columns_and_next_scans_again(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from tvet_alliance.ui import workers

    from .test_import_wizard import _people_csv

    source = _people_csv(tmp_path / "people.csv", 4500)  # "Test College 0" … "6": not partners
    window = make_window(sample_db)
    wizard = _open_wizard(window, source)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PEOPLE.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    original = workers.Task._progress

    def cancel_at_once(task: workers.Task, done: int, total: int) -> None:
        task.cancel()
        original(task, done, total)

    monkeypatch.setattr(workers.Task, "_progress", cancel_at_once)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_MAP  # cancelled: still on Columns
    assert not wizard.organizations_page.needed()
    monkeypatch.setattr(workers.Task, "_progress", original)
    _next(qtbot, wizard, ImportWizard.PAGE_ORGANIZATIONS)
    assert len(wizard.organizations_page.names) == 7
