"""The import wizard's Duplicates page, field by field and by keyboard (issue 14, item 10), the
automatic backup the wizard takes before writing, and a revert that lists what depends on an import
and asks (item 12)."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import select

from tvet_alliance import paths
from tvet_alliance.domain import ImportBatch, Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard, RevertImportDialog

from .test_import_wizard import _choose, _counts, _next, _open_wizard, _wait_idle

CORPUS = Path(__file__).parent.parent / "data" / "import"
CQVIE = "Chongqing Vocational Institute of Engineering"


def _partner(db: Database, name: str) -> Organization:
    with db.session() as s:
        org = s.scalars(select(Organization).where(Organization.name_en == name)).one()
        s.expunge(org)
        return org


def _to_duplicates(qtbot: Any, window: Any, tmp_path: Path) -> ImportWizard:
    source = Path(shutil.copy(CORPUS / "partners_update.csv", tmp_path / "partners_update.csv"))
    wizard = _open_wizard(window, source)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    _next(qtbot, wizard, ImportWizard.PAGE_DUPLICATES)
    return wizard


def _import(qtbot: Any, window: Any, wizard: ImportWizard) -> None:
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)


def test_fields_side_by_side_toggled_by_keyboard(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    cqvie = _partner(sample_db, CQVIE)
    urumqi = _partner(sample_db, "Urumqi Vocational University")
    window = make_window(sample_db)
    wizard = _to_duplicates(qtbot, window, tmp_path)
    page = wizard.duplicates_page
    assert page.table.rowCount() == 4
    # Fill empty fields only is the wizard's default: CQVIE's name, e-mail and phone stay.
    assert {combo.currentData() for combo in page.combos.values()} == {imp.Decision.FILL.value}
    assert page.table.item(0, page.COLUMN_CHANGES).text() == "0 of 3"
    assert page.table.item(1, page.COLUMN_CHANGES).text() == "2 of 2"  # CQCMC's website and notes

    # The first duplicate is selected: the fields, stored → file, each kept (stored is not empty).
    assert QApplication.focusWidget() is page.table
    fields = page.fields
    rows = [[fields.item(r, c).text() for c in range(4)] for r in range(fields.rowCount())]
    assert rows == [
        ["Name in English", CQVIE, "Zhang Wei", "keep"],
        ["E-mail", "international@cqvie.edu.cn", "zhangwei.cq@qq.com", "keep"],
        ["Phone", "+862361860001", "+8613800138000", "keep"],
    ]
    # By keyboard: Tab to the row's decision, Tab to its fields, ↓ to the e-mail, Space, ↓, Space.
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.decision_combo
    qtbot.keyClick(page.decision_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields
    qtbot.keyClick(fields, Qt.Key.Key_Down)
    qtbot.keyClick(fields, Qt.Key.Key_Space)
    qtbot.keyClick(fields, Qt.Key.Key_Down)
    qtbot.keyClick(fields, Qt.Key.Key_Space)
    assert [fields.item(r, 3).text() for r in range(3)] == ["keep", "take", "take"]
    assert fields.item(1, 3).checkState() == Qt.CheckState.Checked
    assert page.table.item(0, page.COLUMN_CHANGES).text() == "2 of 3"
    assert wizard.field_decisions == {1: {"email": True, "phone": True}}
    # Space again keeps the stored value; once more takes it.
    qtbot.keyClick(fields, Qt.Key.Key_Space)
    assert fields.item(2, 3).text() == "keep"
    qtbot.keyClick(fields, Qt.Key.Key_Space)

    # Urumqi: back to the list (Shift+Tab twice), ↓↓: its website is taken (stored empty), its phone kept.
    qtbot.keyClick(fields, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.decision_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.row_label.text().startswith("Row 3:")
    assert [fields.item(r, 3).text() for r in range(fields.rowCount())] == ["take", "keep"]

    before = _counts(sample_db)
    _import(qtbot, window, wizard)
    assert wizard.applied_report is not None and wizard.applied_report.applied
    after = _partner(sample_db, CQVIE)
    assert (after.name_en, after.email, after.phone) == (CQVIE, "zhangwei.cq@qq.com", "+8613800138000")
    assert after.row_version == cqvie.row_version + 1
    uvu = _partner(sample_db, "Urumqi Vocational University")
    assert (uvu.website, uvu.phone) == ("https://www.uvu.edu.cn", urumqi.phone)
    assert _counts(sample_db)["partners"] == before["partners"] + 1  # Kashgar
    with sample_db.session() as s:
        from tvet_alliance.domain import ChangeLog
        from tvet_alliance.domain.enums import ChangeOp

        batch = wizard.applied_report.batch_id
        changed = s.execute(
            select(ChangeLog.field).where(
                ChangeLog.batch_id == batch, ChangeLog.row_id == cqvie.id, ChangeLog.op == ChangeOp.UPDATE
            )
        ).scalars()
        assert sorted(changed) == ["email", "phone"]  # exactly those two


def test_a_row_decision_by_keyboard_and_set_all(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    window = make_window(sample_db)
    wizard = _to_duplicates(qtbot, window, tmp_path)
    page = wizard.duplicates_page
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    _choose(page.decision_combo, imp.Decision.SKIP.value)  # as the arrow keys on the combo do
    assert wizard.decisions[1] is imp.Decision.SKIP
    assert page.combos[1].currentData() == imp.Decision.SKIP.value
    assert page.table.item(0, page.COLUMN_CHANGES).text() == "—"
    assert not page.fields.item(0, 3).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "to take values from the file" in page.fields_note.text()
    qtbot.mouseClick(page.all_buttons[imp.Decision.UPDATE], Qt.MouseButton.LeftButton)
    assert set(wizard.decisions.values()) == {imp.Decision.UPDATE}
    assert page.table.item(0, page.COLUMN_CHANGES).text() == "3 of 3"
    assert [page.fields.item(r, 3).text() for r in range(3)] == ["take", "take", "take"]
    # A click on a check box (what it does to the item): keep CQVIE's English name.
    page.fields.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    assert page.fields.item(0, 3).text() == "keep"
    assert wizard.field_decisions == {1: {"name_en": False}}
    assert page.table.item(0, page.COLUMN_CHANGES).text() == "2 of 3"
    assert wizard.import_options().field_decisions == {1: {"name_en": False}}


def test_the_wizard_takes_an_automatic_backup_and_names_it(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    window = make_window(sample_db)
    wizard = _to_duplicates(qtbot, window, tmp_path)
    assert sample_db.path is not None
    old = set(paths.backups_dir().glob("*.import.sqlite3"))
    _import(qtbot, window, wizard)
    made = set(paths.backups_dir().glob("*.import.sqlite3")) - old
    assert len(made) == 1
    backup = made.pop()
    assert backup.name.startswith(sample_db.path.stem + ".")
    assert wizard.backup_path == backup
    assert str(backup) in wizard.import_page.result_label.text()
    # The backup holds the database as it was before: CQCMC without the website the import added.
    backup_db = Database.open(backup, create=False)
    try:
        with backup_db.session() as s:
            website = s.scalars(
                select(Organization.website).where(
                    Organization.name_en == "Chongqing City Management College"
                )
            ).one()
            assert website is None
            assert s.scalars(select(ImportBatch)).all() == []
    finally:
        backup_db.close()
    assert _partner(sample_db, "Chongqing City Management College").website == "https://www.cqcmc.edu.cn"


def test_a_failing_backup_stops_the_import(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    window = make_window(sample_db)
    wizard = _to_duplicates(qtbot, window, tmp_path)
    folder = paths.backups_dir()
    shutil.rmtree(folder)
    folder.write_text("a file where the backups folder should be")  # the backup cannot be written
    before = _counts(sample_db)
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    message = wizard.import_page.message.text()
    assert message.startswith("Nothing was imported: the automatic backup before it failed.")
    assert "Cannot write the backup to" in message and str(folder) in message
    assert wizard.applied_report is None
    assert _counts(sample_db) == before
    assert _partner(sample_db, "Chongqing City Management College").website is None


def test_revert_lists_dependents_and_no_changes_nothing(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, message_boxes: Any
) -> None:
    from tests.core.test_import_engine import do_import, write_csv

    partners = do_import(
        sample_db, CORPUS / "partners_update.csv", imp.ImportKind.PARTNERS, on_duplicate=imp.Decision.FILL
    )
    assert _partner(sample_db, "Chongqing City Management College").website == "https://www.cqcmc.edu.cn"
    people = write_csv(
        tmp_path,
        [["Name", "Organisation"], ["Aliya Tursun", "Kashgar Vocational and Technical College"]],
        "people.csv",
    )
    do_import(sample_db, people, imp.ImportKind.PEOPLE)
    before = _counts(sample_db)
    window = make_window(sample_db)
    window.data_actions.revert_import_action.trigger()
    dialog = window.data_actions.revert_dialog
    assert isinstance(dialog, RevertImportDialog)
    row = next(i for i, (batch, *_r) in enumerate(dialog.batches) if batch == partners.batch_id)
    dialog.table.selectRow(row)

    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("question")) and dialog.task is None, timeout=20_000)
    asked = message_boxes.texts("question")[-1]
    assert "depend on records it created" in asked
    assert "People (1): Aliya Tursun — pointing to Kashgar Vocational and Technical College" in asked
    assert _counts(sample_db) == before
    with sample_db.session() as s:
        assert s.get_one(ImportBatch, partners.batch_id).reverted_at is None

    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.reverted, timeout=20_000):
        qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert re.search(r"\b1 records? kept", dialog.message.text())
    kashgar = _partner(sample_db, "Kashgar Vocational and Technical College")
    assert kashgar.deleted_at is None
    with sample_db.session() as s:
        aliya = s.scalars(select(Person).where(Person.full_name == "Aliya Tursun")).one()
        assert aliya.organization_id == kashgar.id
    assert _partner(sample_db, "Chongqing City Management College").website is None  # restored


def test_esc_while_reverting_cancels_and_changes_nothing(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, message_boxes: Any, monkeypatch: Any
) -> None:
    from tests.core.test_import_engine import do_import
    from tvet_alliance.services.importing import engine

    report = do_import(
        sample_db, CORPUS / "partners_update.csv", imp.ImportKind.PARTNERS, on_duplicate=imp.Decision.FILL
    )
    before = _counts(sample_db)
    gate = threading.Event()
    real = engine.revert

    def slow_revert(*args: Any, **kwargs: Any) -> Any:
        progress = kwargs["progress"]
        gate.wait(10)  # until Esc was pressed: the next progress call raises Cancelled
        progress(0, 1)
        return real(*args, **kwargs)

    monkeypatch.setattr(imp, "revert", slow_revert)
    window = make_window(sample_db)
    window.data_actions.revert_import_action.trigger()
    dialog = window.data_actions.revert_dialog
    assert isinstance(dialog, RevertImportDialog)
    dialog.table.selectRow(0)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("question")) and dialog.task is not None, timeout=20_000)
    assert not dialog.revert_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.isVisible()
    assert dialog.message.text() == "Cancelled; nothing was changed."
    assert _counts(sample_db) == before
    with sample_db.session() as s:
        assert s.get_one(ImportBatch, report.batch_id).reverted_at is None
    assert _partner(sample_db, "Chongqing City Management College").website == "https://www.cqcmc.edu.cn"
