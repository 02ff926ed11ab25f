"""The import wizard's Values page: a partner list in the partners' own words is mapped value by
value from the keyboard, lands in the database as mapped, and the map saved with the mapping makes
the next import of such a file skip the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit, QWizard
from sqlalchemy import select

from tvet_alliance.app import apply_language
from tvet_alliance.domain import Organization
from tvet_alliance.domain.enums import MembershipStatus, OrgType
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs import import_wizard
from tvet_alliance.ui.dialogs.import_wizard import LEAVE_EMPTY, ImportWizard

from .test_import_wizard import _choose, _counts, _next, _open_wizard, _wait_idle

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import" / "partners_values.csv"


def _to_values(qtbot: Any, wizard: ImportWizard) -> None:
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_VALUES)


def _line(combo: QComboBox) -> QLineEdit:
    line = combo.lineEdit()
    assert line is not None
    return line


def _focused_combo(page: Any) -> int:
    focus = QApplication.focusWidget()
    for i, combo in enumerate(page.combos):
        if focus is combo or focus is combo.lineEdit():
            return i
    return -1


def _type(qtbot: Any, combo: QComboBox, typed: str, key: Qt.Key) -> None:
    line = _line(combo)
    line.selectAll()
    if typed.isascii():
        qtbot.keyClicks(line, typed)
    else:  # Chinese comes from the input method, committed as a whole
        event = QInputMethodEvent()
        event.setCommitString(typed)
        QApplication.sendEvent(line, event)
    popup = combo.completer().popup()
    if popup is not None and popup.isVisible():  # the completion list: Esc closes it, as a person might
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(line, key)


def test_values_mapped_by_keyboard_are_imported_and_saved_with_the_mapping(
    qtbot: Any, make_window: Any, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(sample_db)
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_values(qtbot, wizard)
    page = wizard.values_page
    table = page.table
    listed = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert listed == [
        ["Province (Pakistan)", "Chongqing", "1", "5"],  # a province of China, not of Pakistan
        ["Type", "Vocational Skills Hub", "3", "1, 3, 5"],  # however it is written
        ["Type", "产教联合体", "2", "2, 4"],
        ["Membership", "Partner (awaiting board)", "3", "1, 3, 5"],
    ]
    assert "rejected on the Check page" in page.subTitle()
    assert page.summary.text() == "4 values not mapped yet: the rows holding them would be rejected."
    # The province's choices are those of its rows' country, by name
    province = page.combos[0]
    names = {province.itemText(i) for i in range(province.count())}
    assert {"Balochistan", "Sindh", "Leave empty"} <= names and "Chongqing" not in names
    assert province.currentText() == "— not mapped —"

    # The keyboard: the first value has the focus; typing names a choice, Tab / ↓ / Enter go on
    qtbot.waitUntil(lambda: _focused_combo(page) == 0)
    qtbot.keyClicks(_line(page.combos[0]), "zzz")
    qtbot.keyClick(_line(page.combos[0]), Qt.Key.Key_Escape)  # undoes the typing, not the whole wizard
    assert wizard.isVisible() and page.combos[0].currentText() == "— not mapped —"
    _type(qtbot, page.combos[0], "leave", Qt.Key.Key_Tab)  # the one choice containing "leave"
    assert page.combos[0].currentData() == LEAVE_EMPTY
    assert _focused_combo(page) == 1
    _type(qtbot, page.combos[1], "tvet", Qt.Key.Key_Down)
    assert page.combos[1].currentData() == OrgType.TVET_COLLEGE.value
    assert _focused_combo(page) == 2
    _type(qtbot, page.combos[2], "Association", Qt.Key.Key_Return)
    assert page.combos[2].currentData() == OrgType.ASSOCIATION.value
    assert _focused_combo(page) == 3
    _type(qtbot, page.combos[3], "e", Qt.Key.Key_Up)  # names several: nothing is chosen
    assert page.combos[3].currentText() == "— not mapped —"
    assert _focused_combo(page) == 2
    qtbot.keyClick(_line(page.combos[2]), Qt.Key.Key_Down)
    _type(qtbot, page.combos[3], "prosp", Qt.Key.Key_Tab)  # the last value: Tab goes to Next
    assert page.combos[3].currentData() == MembershipStatus.PROSPECTIVE.value
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    assert page.summary.text() == "Every value is mapped."
    assert wizard.import_options().values == {
        "province": {"chongqing": None},
        "org_type": {"vocational skills hub": "tvet_college", "产教联合体": "association"},
        "membership_status": {"partner (awaiting board)": "prospective"},
    }

    # Saved from the Values page: the columns and the values
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Skills hubs", True)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with sample_db.session() as s:
        saved = imp.load_mapping(s, "Skills hubs")
    assert saved is not None
    assert saved[1].columns["Type"] == "org_type"
    assert saved[1].values == wizard.import_options().values

    # Back to Columns and on again: the choices are kept (and saving there keeps them too)
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_MAP
    _next(qtbot, wizard, ImportWizard.PAGE_VALUES)
    assert page.combos[1].currentData() == OrgType.TVET_COLLEGE.value
    qtbot.mouseClick(wizard.mapping_page.save_button, Qt.MouseButton.LeftButton)
    with sample_db.session() as s:
        again = imp.load_mapping(s, "Skills hubs")
    assert again is not None and again[1].values == saved[1].values

    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.check_page.summary.text() == "6 rows: 6 valid, 0 with problems, 0 duplicates"
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.applied_report is not None and wizard.applied_report.created == 6
    with sample_db.session() as s:
        rows = {
            name: (org_type, status, province)
            for name, org_type, status, province in s.execute(
                select(
                    Organization.name_en,
                    Organization.org_type,
                    Organization.membership_status,
                    Organization.province,
                )
            )
        }
    assert rows["Gwadar Skills Hub"] == (OrgType.TVET_COLLEGE, MembershipStatus.PROSPECTIVE, "PK-BA")
    assert rows["Sichuan Vocational Education Group"][0] is OrgType.ASSOCIATION
    assert rows["Karachi Skills Hub"][2] is None  # Chongqing left empty for the Pakistani partner
    assert rows["Chongqing Vocational Education Group"][2] == "CN-CQ"
    assert _counts(sample_db)["partners"] == before["partners"] + 6
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    # The next file from the same partner: the saved mapping knows every value, the page is skipped
    second = CORPUS.with_name("partners_values.csv")
    wizard = _open_wizard(window, second)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _choose(wizard.mapping_page.saved_combo, "Skills hubs")
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.check_page.summary.text() == "6 rows: 6 valid, 0 with problems, 6 duplicates"
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_MAP, "Back from Check skips the Values page too"


def test_a_large_file_is_read_in_the_background_and_cancel_stays_on_columns(
    qtbot: Any, make_window: Any, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_wizard, "SCAN_AT_ONCE", 0)
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.busy and wizard.task is not None
    wizard.task.cancel()  # what the progress window's Cancel (or Esc) does
    _wait_idle(qtbot, wizard)
    if wizard.currentId() == ImportWizard.PAGE_MAP:  # cancelled before it finished
        assert "cancelled" in wizard.mapping_page.message.text()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_VALUES, timeout=20_000)
    assert wizard.values_page.table.rowCount() == 4


@pytest.fixture
def in_chinese(qapp: QApplication) -> Iterator[None]:
    apply_language(qapp, "zh_CN")
    yield
    apply_language(qapp, "en_US")


def test_choices_are_shown_in_the_readers_language(
    in_chinese: None, qtbot: Any, make_window: Any, sample_db: Database
) -> None:
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _to_values(qtbot, wizard)
    page = wizard.values_page
    types = page.combos[1]
    labels = [types.itemText(i) for i in range(types.count())]
    assert "职业院校" in "".join(labels), labels
    provinces = [page.combos[0].itemText(i) for i in range(page.combos[0].count())]
    assert any(label.startswith("俾路支") for label in provinces), provinces
    assert "巴基斯坦" in page.table.item(0, 0).text()
    _type(qtbot, types, "协会", Qt.Key.Key_Tab)
    assert types.currentData() == OrgType.ASSOCIATION.value
    # typed in English (or as the code), a choice is found in a Chinese window too
    _type(qtbot, page.combos[2], "government", Qt.Key.Key_Tab)
    assert page.combos[2].currentData() == OrgType.GOVERNMENT_AUTHORITY.value
    assert page.combos[2].currentText() != "Government authority"  # shown in Chinese
    line = _line(page.combos[3])
    line.setCursorPosition(len(line.text()))  # clicked at the end of "— not mapped —"
    qtbot.keyClicks(line, "prospective")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert page.combos[3].currentData() == MembershipStatus.PROSPECTIVE.value


def test_a_file_the_scan_cannot_read_goes_on_to_the_check_page(
    qtbot: Any, make_window: Any, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(*_args: object, **_kwargs: object) -> list[object]:
        raise imp.ImportFileError("decode", "Line 3 is not GB18030 text.")

    monkeypatch.setattr(import_wizard.import_values, "unrecognised", unreadable)
    window = make_window(sample_db)
    wizard = _open_wizard(window, CORPUS)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)  # no Values page; Check reads and reports
    assert wizard.check_page.summary.text().startswith("6 rows")
