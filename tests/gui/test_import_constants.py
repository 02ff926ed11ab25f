"""The Columns page of the import wizard: a Chinese-only partner list gets Country = China for every
row, typed on the page; the mapping saved with it brings the value back; beside each column the page
says how it was matched, a guess visibly a guess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

from .test_editing import focus, type_text
from .test_import_wizard import _choose, _next, _open_wizard, _wait_idle

# The corpus's partners_zh_only.csv (GB18030, Chinese headers, no country), with an English name
# column: a partner without an English name is valid only once the catalog says so (issue 14, item 4).
ZH_PARTNERS = (
    "名称,英文名称,所在省份,类型,联系人,手机,邮箱,地址\r\n"
    "新疆农业职业技术大学,Xinjiang Agricultural Vocational University,新疆,高职,阿依古丽,13899123456,"
    "ayiguli@xjnzy.edu.cn,新疆昌吉市北京南路\r\n"
    "昌吉职业技术学院,Changji Vocational and Technical College,新疆维吾尔自治区,高职,李明,13983012345,"
    "liming@cjxy.edu.cn,新疆昌吉市延安北路\r\n"
    "喀什职业技术学院,Kashgar Vocational and Technical College,新疆维吾尔自治区,高职,买买提,13709981234,,"
    "新疆喀什市\r\n"
    "云南国防工业职业技术学院,Yunnan Defense Industry Vocational and Technical College,云南省,中职,张丽,"
    "15887123456,zhangli@ynnd.edu.cn,昆明市\r\n"
)
NAMES = {
    "Xinjiang Agricultural Vocational University": "CN-XJ",
    "Changji Vocational and Technical College": "CN-XJ",
    "Kashgar Vocational and Technical College": "CN-XJ",
    "Yunnan Defense Industry Vocational and Technical College": "CN-YN",
}


def _partners(db: Database) -> dict[str, tuple[str, str | None, str | None]]:
    with db.session() as s:
        rows = s.execute(
            select(Organization.name_en, Organization.country, Organization.province, Organization.phone)
        ).all()
    return {name: (country, province, phone) for name, country, province, phone in rows}


def _to_columns(qtbot: Any, window: Any, path: Path, kind: imp.ImportKind) -> ImportWizard:
    wizard = _open_wizard(window, path)
    _choose(wizard.file_page.kind_combo, kind.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    return wizard


def _how(wizard: ImportWizard, key: str) -> Any:
    page = wizard.mapping_page
    row = list(page.combos).index(key)
    return page.fields_table.item(row, page.HOW)


def test_country_for_every_row_imports_a_chinese_only_list(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "新疆院校.csv"
    source.write_bytes(ZH_PARTNERS.encode("gb18030"))
    with sample_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Organization)) or 0
    window = make_window(sample_db)
    wizard = _to_columns(qtbot, window, source, imp.ImportKind.PARTNERS)
    page = wizard.mapping_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # The Chinese headers found their fields by the names partners use; no column holds the country.
    assert page.combos["name_native"].currentText() == "名称"
    assert page.combos["phone"].currentText() == "手机"
    assert page.combos["province"].currentText() == "所在省份"
    assert _how(wizard, "phone").text() == "known name"
    assert page.combos["country"].currentData() == -1
    assert not next_button.isEnabled()
    assert page.message.text() == (
        "Choose the column for Country, or give it a value for every row: every row needs it."
    )
    assert "email" not in page.constant_widgets and "name_en" not in page.constant_widgets

    # Country for every row: typed into its box in Chinese (the list is in the window's language,
    # English here: the import's own reading of a country finds it), Tab, and Next opens.
    box = page.constant_widgets["country"].findChild(QComboBox, "constantEdit_country")
    assert box is not None
    line = box.lineEdit()
    assert isinstance(line, QLineEdit)
    focus(qtbot, box)
    type_text(qtbot, line, "中国")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: box.currentData() == "CN", timeout=2000)
    assert page.constants() == {"country": "CN"}
    assert next_button.isEnabled()
    assert page.message.text() == ""
    assert wizard.import_options().constants == {"country": "CN"}
    # The province box now offers China's provinces, in the window's language.
    province = page.constant_widgets["province"].findChild(QComboBox, "constantEdit_province")
    assert province is not None and province.findData("CN-XJ") > 0

    # Saved with the mapping
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Xinjiang colleges", True)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with sample_db.session() as s:
        found = imp.load_mapping(s, "Xinjiang colleges")
    assert found is not None and found[1].constants == {"country": "CN"}
    assert found[1].columns["手机"] == "phone"

    # Check: every row valid; then import
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)
    assert wizard.check_page.summary.text() == "4 rows: 4 valid, 0 with problems, 0 duplicates"
    _next(qtbot, wizard, ImportWizard.PAGE_IMPORT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.import_page.result_label.text().startswith("Imported: 4 created")
    partners = _partners(sample_db)
    for name, province_code in NAMES.items():
        assert partners[name][:2] == ("CN", province_code), name
    assert partners["Kashgar Vocational and Technical College"][2] == "+8613709981234"
    with sample_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == before + 4
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)  # Close

    # The next list from the same partner: choosing the saved mapping brings Country = China back.
    again = _to_columns(qtbot, window, source, imp.ImportKind.PARTNERS)
    assert again.mapping_page.constants() == {}
    _choose(again.mapping_page.saved_combo, "Xinjiang colleges")
    assert again.mapping_page.constants() == {"country": "CN"}
    assert _how(again, "phone").text() == "saved mapping"
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    again.reject()


def test_the_page_says_how_each_column_was_matched(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,address,Emial,Institution\nAmina Bibi,12 Mall Road,amina@example.pk,Punjab TEVTA\n",
        encoding="utf-8",
    )
    window = make_window(sample_db)
    wizard = _to_columns(qtbot, window, source, imp.ImportKind.PARTNERS)
    # Read as partners first, then back to say they are people: the page is the people's.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PEOPLE.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    page = wizard.mapping_page
    table = page.fields_table
    for row, key in enumerate(page.combos):
        box = table.cellWidget(row, page.CONSTANT)
        assert (box is None) == (key not in page.constant_widgets), key
        assert box is None or box is page.constant_widgets[key]
    assert "email" not in page.constant_widgets and "organization" in page.constant_widgets
    assert page.combos["full_name"].currentText() == "Name"
    assert _how(wizard, "full_name").text() == "same name"
    assert page.combos["organization"].currentText() == "Institution"
    assert _how(wizard, "organization").text() == "known name"
    # "address" is no one's e-mail; the typo "Emial" is — as a guess, marked as one.
    assert page.combos["email"].currentText() == "Emial"
    guess = _how(wizard, "email")
    assert guess.text() == "guess: check it"
    assert guess.font().italic()
    assert "“Emial” looks like “email”" in guess.toolTip()
    assert _how(wizard, "phone").text() == ""
    # The person confirms it by choosing the column: now it is their choice.
    _choose(page.combos["email"], -1)
    _choose(page.combos["email"], 2)
    assert _how(wizard, "email").text() == "your choice"
    assert not _how(wizard, "email").font().italic()
    # A name has no value for every row: a column it must be.
    _choose(page.combos["full_name"], -1)
    assert page.message.text() == "Choose the column for Name: every row needs it."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _choose(page.combos["full_name"], 0)
    assert page.message.text() == ""
    wizard.reject()


def test_a_bad_value_for_every_row_blocks_next(
    qtbot: Any, make_window: Any, sample_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "partners.csv"
    source.write_text("Name,Country\nAstana Polytechnic,Kazakhstan\n", encoding="utf-8")
    with sample_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Organization))
    window = make_window(sample_db)
    wizard = _to_columns(qtbot, window, source, imp.ImportKind.PARTNERS)
    page = wizard.mapping_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    joined = page.constant_widgets["joined_on"].findChild(QLineEdit, "constantEdit_joined_on")
    assert joined is not None
    focus(qtbot, joined)
    qtbot.keyClicks(joined, "someday")
    assert not next_button.isEnabled()
    assert "someday is not a date" in page.message.text()
    joined.clear()
    qtbot.keyClicks(joined, "2024-06-25")
    assert next_button.isEnabled() and page.message.text() == ""
    assert page.constants() == {"joined_on": "2024-06-25"}
    wizard.reject()
    with sample_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == before
