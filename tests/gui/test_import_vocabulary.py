"""The import wizard's Check page names a refused value's choices in the reader's language (issue 14
item 1): an ambiguous type, role or province lists its candidates as the window shows them in
Chinese, an unknown one every choice; the file's other rows, in the partners' own words, are valid."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import func, select

from tests.gui import test_translations
from tests.gui.test_import_wizard import _next
from tvet_alliance import paths
from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

PARTNERS = (
    "Name,Country,Province,Type,Role\n"
    "Xinjiang Light Industry College,China,Xinjiang,高职院校,牵头单位\n"
    "Shanxi Polytechnic,China,Shanxii,职业技术学院,成员单位\n"
    "Lahore University College,Pakistan,Punjab,university college,member\n"
    "Karachi Sponsors,Pakistan,Sindh,enterprise,sponsor\n"
    "Quetta Institute,Pakistan,Narnia,高职,member\n"
)


@pytest.fixture
def in_chinese(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """The window's Chinese translation installed and its locale Chinese (place names)."""
    source = paths.resources_dir() / "translations" / "tvet_alliance_zh_CN.ts"
    compiled = tmp_path / "zh_CN.qm"
    tool = str(test_translations.LRELEASE) if test_translations.LRELEASE.exists() else "pyside6-lrelease"
    subprocess.run([tool, "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_check_page_lists_the_choices_in_chinese(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path, in_chinese: None
) -> None:
    source = tmp_path / "partners.csv"
    source.write_text(PARTNERS, encoding="utf-8")
    window = make_window(db)
    window.data_actions.open_import(source)
    wizard = window.data_actions.import_wizard
    assert isinstance(wizard, ImportWizard)
    _choose(wizard.file_page.kind_combo, imp.ImportKind.PARTNERS.value)
    _next(qtbot, wizard, ImportWizard.PAGE_DETECT)
    _next(qtbot, wizard, ImportWizard.PAGE_MAP)
    _next(qtbot, wizard, ImportWizard.PAGE_CHECK)

    errors = wizard.check_page.errors
    shown = {
        (errors.item(r, 0).text(), errors.item(r, 1).text()): errors.item(r, 2).text()
        for r in range(errors.rowCount())
    }
    assert set(shown) == {("2", "Province"), ("3", "Type"), ("4", "Role"), ("5", "Province")}
    # Shanxii: Shaanxi or Shanxi? Both named as a Chinese reader knows them, in China
    assert "Shanxii" in shown[("2", "Province")]
    assert "陕西省" in shown[("2", "Province")] and "山西省" in shown[("2", "Province")]
    assert "中国" in shown[("2", "Province")]
    # "university college": a TVET college or a university, in Chinese
    assert "职业院校" in shown[("3", "Type")] and "大学" in shown[("3", "Type")]
    assert "TVET college" not in shown[("3", "Type")]
    # an unknown role: every choice, in Chinese
    role = shown[("4", "Role")]
    assert "sponsor" in role
    assert all(
        label in role for label in ("主席单位", "副主席单位", "牵头单位", "创始成员", "成员", "观察员")
    )
    assert "Lead partner" not in role
    # an unknown province of Pakistan: the country's Chinese name
    assert "Narnia" in shown[("5", "Province")] and "巴基斯坦" in shown[("5", "Province")]
    assert "1 行有效" in wizard.check_page.summary.text()  # the first row, in the partners' words

    # Nothing was written by checking
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 0
    wizard.reject()
