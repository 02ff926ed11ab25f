"""The window in Chinese and in right-to-left Urdu: every label comes through Qt's translator."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from tvet_alliance import paths
from tvet_alliance.persistence import Database

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture
def translated(tmp_path: Path, qapp: QApplication) -> Iterator[Any]:
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        source = paths.resources_dir() / "translations" / f"tvet_alliance_{language}.ts"
        compiled = tmp_path / f"{language}.qm"
        tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
        assert tool, "pyside6-lrelease is installed with PySide6"
        subprocess.run([tool, "-silent", str(source), "-qm", str(compiled)], check=True)
        translator = QTranslator()
        assert translator.load(str(compiled))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_chinese_labels(translated: Any, make_window: Any, sample_db: Database) -> None:
    translated("zh_CN")
    window = make_window(sample_db)
    areas = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert areas[1] == "成员单位"
    assert all(not any("a" <= ch.lower() <= "z" for ch in area) for area in areas), areas
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "文件(&F)"
    # The actions of each subject's controller keep their translations.
    assert window.database_actions.backup_action.text() == "备份(&B)…"
    assert window.data_actions.import_action.text() == "导入(&I)…"
    assert window.sync_actions.menu.title() == "离线同步(&Y)"
    model = window.page("partners").model
    header = model.headerData(model.spec.index_of("org_type"), Qt.Orientation.Horizontal)
    assert header and header != "Type"
    # Enum values in cells are translated too.
    assert model.data(model.index(0, model.spec.index_of("org_type"))) not in {"University", "TVET college"}


def test_urdu_lays_out_right_to_left(
    translated: Any, make_window: Any, sample_db: Database, qapp: QApplication
) -> None:
    translated("ur")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(sample_db)
    window.resize(1100, 700)
    QApplication.processEvents()
    assert window.isRightToLeft()
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.stack.x()
    assert window.sidebar.item(1).text() == "شراکت دار"


def test_an_import_choice_error_lists_the_choices_in_the_persons_language(translated: Any) -> None:
    from tvet_alliance.domain.enums import AttendanceMode
    from tvet_alliance.services.importing import engine
    from tvet_alliance.services.importing.normalize import BadValue, parse_choice
    from tvet_alliance.ui import text
    from tvet_alliance.ui.dialogs.import_wizard import row_error_text

    with pytest.raises(BadValue) as caught:
        parse_choice(AttendanceMode, "飞行")
    exc = caught.value
    error = engine.RowError(2, "参会方式", str(exc), exc.code, exc.message, dict(exc.params))
    assert "In person, Online" in error.message
    translated("zh_CN")
    shown = row_error_text(error)
    online = text.enum_label(AttendanceMode.ONLINE)
    assert online != "Online" and online in shown and "飞行" in shown


# --- issue 13 items 10 and 11: Qt's own buttons, place names, per-cell direction, plurals, the menu ---


def _standard_texts() -> tuple[list[str], list[str]]:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Ok
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    return [b.text() for b in box.buttons()], [b.text() for b in buttons.buttons()]


def _latin_letters(value: str) -> str:
    """The Latin letters of *value* other than a mnemonic's "(&X)"."""
    import re

    return "".join(ch for ch in re.sub(r"\(&\w\)|&", "", value) if "a" <= ch.lower() <= "z")


@pytest.mark.parametrize(
    ("language", "save", "yes"), [("ur", "محفوظ کریں", "ہاں (&Y)"), ("zh_CN", "保存", "是(&Y)")]
)
def test_standard_buttons_of_message_boxes_and_button_boxes_are_translated(
    translated: Any, language: str, save: str, yes: str
) -> None:
    english_box, english_buttons = _standard_texts()
    assert "Save" in english_box and "&Yes" in english_box and "Cancel" in english_buttons
    translated(language)
    box, buttons = _standard_texts()
    assert save in box and yes in box and save in buttons
    assert not [t for t in box + buttons if _latin_letters(t)], box + buttons
    # The GNOME/GTK theme's own wording of OK, Save, Cancel and Close is covered too.
    assert QCoreApplication.translate("QGnomeTheme", "&Cancel") not in ("", "&Cancel")


def test_the_wizards_buttons_read_in_urdu(translated: Any) -> None:
    from PySide6.QtWidgets import QWizard, QWizardPage

    translated("ur")
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    texts = [
        wizard.buttonText(b) for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)
    ]
    assert texts == ["آگے (&N) >", "منسوخ کریں"]


def test_every_qt_text_we_carry_is_translated_in_both_languages() -> None:
    from tvet_alliance import i18n
    from tvet_alliance.ui.qt_texts import QT_TEXTS

    for language in ("zh_CN", "ur"):
        missing = [(c, s) for c, s in QT_TEXTS if not i18n.translation(language, c, s)]
        assert not missing, (language, missing)


def test_country_and_province_names_in_the_partner_form(qapp: QApplication) -> None:
    from PySide6.QtCore import QLocale

    from tvet_alliance.services import records
    from tvet_alliance.ui.dialogs.fields import ProvinceField, country_items, make_field

    assert dict(country_items())["CN"] == "China"
    try:
        QLocale.setDefault(QLocale("ur_PK"))
        assert dict(country_items())["CN"] == "چین"
        QLocale.setDefault(QLocale("zh_CN"))
        province = make_field(records.record_type("partner").field("province"), lambda: None)
        assert isinstance(province, ProvinceField)
        province.set_country("PK")
        shown = [province.combo.itemText(i) for i in range(1, province.combo.count())]
        assert "俾路支省 (PK-BA)" in shown and "信德省 (PK-SD)" in shown, shown
        assert all(not _latin_letters(t.split(" (")[0]) for t in shown), shown
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_each_cell_is_laid_out_in_its_own_scripts_direction(
    translated: Any, make_window: Any, sample_db: Database, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tvet_alliance.ui.models.direction import DirectionRole

    translated("ur")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(1)
    page = window.page("partners")
    model, table = page.model, page.table
    name = model.spec.index_of("name_en")
    native = model.spec.index_of("name_native")
    rows = range(model.rowCount())
    urdu = next(r for r in rows if text_is_rtl(model.data(model.index(r, native))))
    chinese = next(r for r in rows if "CJK" in _first_letter_name(model.data(model.index(r, native))))
    assert model.data(model.index(urdu, name), DirectionRole) == Qt.LayoutDirection.LeftToRight
    assert model.data(model.index(urdu, native), DirectionRole) == Qt.LayoutDirection.RightToLeft
    assert model.data(model.index(chinese, native), DirectionRole) == Qt.LayoutDirection.LeftToRight
    phone = model.spec.index_of("phone")
    with_phone = next(r for r in rows if model.data(model.index(r, phone)))
    assert str(model.data(model.index(with_phone, phone))).startswith("+")
    assert model.data(model.index(with_phone, phone), DirectionRole) == Qt.LayoutDirection.LeftToRight

    def laid_out(row: int, column: int) -> tuple[Qt.LayoutDirection, Qt.AlignmentFlag]:
        option = QStyleOptionViewItem()
        option.initFrom(table)
        table.itemDelegate().initStyleOption(option, model.index(row, column))
        return option.direction, Qt.AlignmentFlag(option.displayAlignment)

    # The English name reads left to right ("TEVTA." keeps its full stop at the end, "…" too) and
    # stays at the right edge of the right-to-left table, beside the Urdu names of its column.
    direction, align = laid_out(urdu, name)
    assert direction == Qt.LayoutDirection.LeftToRight
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignAbsolute
    direction, align = laid_out(urdu, native)
    assert direction == Qt.LayoutDirection.RightToLeft and align & Qt.AlignmentFlag.AlignRight
    # The title of the chosen event ("2nd Belt and Road …") stays at the right of the Urdu page.
    window.sidebar.setCurrentRow(3)
    title = window.page("events").detail_title
    assert title.text() and not text_is_rtl(title.text())
    assert (
        title.alignment() & Qt.AlignmentFlag.AlignRight and title.alignment() & Qt.AlignmentFlag.AlignAbsolute
    )


def text_is_rtl(value: object) -> bool:
    from tvet_alliance.ui import text

    return isinstance(value, str) and text.is_rtl(value)


def _first_letter_name(value: object) -> str:
    import unicodedata

    return next((unicodedata.name(ch, "") for ch in str(value or "") if ch.isalpha()), "")


def test_counts_use_plural_forms_in_every_language(translated: Any, qapp: QApplication) -> None:
    from tvet_alliance.ui.editing import Editing

    editing = Editing(lambda: None, None)
    assert editing._linked("people", 1) == "1 person"
    assert editing._linked("people", 3) == "3 people"
    assert editing._linked("agreements", 1) == "1 agreement"
    translated("zh_CN")
    assert editing._linked("people", 1) == "1 名人员"
    assert editing._linked("people", 3) == "3 名人员"
    translated("ur")
    assert editing._linked("people", 1) == "1 فرد"
    assert editing._linked("people", 3) == "3 افراد"


def test_every_counted_text_has_english_singular_and_translations() -> None:
    """lupdate -pluralonly keeps tvet_alliance_en.ts in step: each counted text has its English
    forms, and the Chinese (one form) and Urdu (two forms) translations are finished."""
    import xml.etree.ElementTree as ET

    from tvet_alliance import i18n

    def numerus(language: str) -> set[tuple[str, str]]:
        root = ET.parse(i18n.ts_path(language)).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
            if m.get("numerus") == "yes"
        }

    counted = numerus("zh_CN")
    assert len(counted) >= 20 and counted == numerus("ur") == numerus("en")
    for context, source in counted:
        english = i18n.plural_forms("en", context, source)
        assert english and len(english) == 2 and "%" in english[0], (context, source)
        assert len(i18n.plural_forms("zh_CN", context, source) or ()) == 1, (context, source)
        assert len(i18n.plural_forms("ur", context, source) or ()) == 2, (context, source)


def test_view_language_is_remembered_and_says_it_applies_at_the_next_start(
    make_window: Any, settings: Any, message_boxes: Any
) -> None:
    window = make_window(None)
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None and menu.menuAction() in window.menuBar().actions()[2].menu().actions()
    assert [a.text() for a in menu.actions()] == ["English", "简体中文", "اردو"]
    assert window.language_actions["en_US"].isChecked()
    window.language_actions["ur"].trigger()
    assert window.language_actions["ur"].isChecked() and not window.language_actions["en_US"].isChecked()
    assert settings.language == "ur"
    again = type(settings)(QSettings(settings._s.fileName(), QSettings.Format.IniFormat))
    assert again.language == "ur"
    shown = message_boxes.texts("information")[-1]
    assert "اردو" in shown and "next start" in shown
    assert "اگلی بار" in shown, "the message says it in the chosen language too"


def test_selecting_a_row_works_right_to_left(
    translated: Any, make_window: Any, sample_db: Database, qapp: QApplication
) -> None:
    """QTableView.selectRow selects nothing in a right-to-left window; the lists select through
    ``direction.select_row``, so a saved or found record is selected in Urdu too."""
    translated("ur")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(1)
    section = window.page("partners").section
    wanted = section.model.id_at(5)
    section.select_id(wanted)
    assert section.selected_ids() == [wanted]
    assert section.table.currentIndex().row() == 5
    assert section.edit_button.isEnabled()


def test_view_language_applies_at_once_in_the_running_program(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    qtbot: Any,
    sample_db: Database,
    settings: Any,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tvet_alliance import app as app_module
    from tvet_alliance.ui.main_window import MainWindow

    tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert tool
    for language in ("en", "zh_CN", "ur"):  # the tree's .qm files are build products: compile here
        source = paths.resources_dir() / "translations" / f"tvet_alliance_{language}.ts"
        target = tmp_path / f"tvet_alliance_{language}.qm"
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
    monkeypatch.setattr(app_module, "translations_dir", lambda: str(tmp_path))
    first = MainWindow(sample_db, settings)
    keeper = app_module.WindowKeeper(qapp, first)
    first.show()
    first.sidebar.setCurrentRow(1)
    try:
        first.language_actions["zh_CN"].trigger()
        qtbot.waitUntil(lambda: keeper.window is not first)
        chinese = keeper.window
        assert chinese.isVisible() and chinese.sidebar.currentRow() == 1
        assert chinese.sidebar.item(1).text() == "成员单位"
        assert chinese.menuBar().actions()[0].text() == "文件(&F)"
        assert chinese.language_actions["zh_CN"].isChecked() and settings.language == "zh_CN"
        assert chinese.db is sample_db and chinese.page("partners").model.rowCount() == 40, "same database"

        chinese.language_actions["ur"].trigger()
        qtbot.waitUntil(lambda: keeper.window is not chinese)
        urdu = keeper.window
        assert urdu.isRightToLeft() and urdu.sidebar.item(1).text() == "شراکت دار"
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        assert box.buttons()[0].text() == "ہاں (&Y)", "Qt's Chinese translation went with Chinese"
        assert "1 فرد" in urdu.editing._linked("people", 1)
        assert settings.language == "ur"
        assert not message_boxes_shown(qapp), "no restart needed"
    finally:
        app_module.apply_language(qapp, "en_US")
        keeper.window.hand_over_database()
        keeper.window.close()
        keeper.window.deleteLater()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def message_boxes_shown(qapp: QApplication) -> list[Any]:
    from PySide6.QtWidgets import QMessageBox

    return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_message_reads_in_the_windows_direction_when_it_starts_with_a_foreign_name(
    qapp: QApplication, message_boxes: Any
) -> None:
    from tvet_alliance.ui import text
    from tvet_alliance.ui.dialogs import prompts

    assert text.directed("Delete Allama Iqbal Open University?") == "Delete Allama Iqbal Open University?"
    assert text.directed("علامہ اقبال was changed.") == "\u200eعلامہ اقبال was changed."
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        question = "Allama Iqbal Open University حذف کریں؟\n\nاس سے اب بھی منسلک: 1 فرد۔"
        prompts.confirm(None, "", question)  # type: ignore[arg-type]
        shown = message_boxes.texts("question")[-1]
        assert shown == "\u200f" + question, "the Urdu sentence reads from the right, its name inside"
        # An English message (nothing translated) keeps its own direction: its full stop at the end.
        assert text.directed("Cannot open the file.") == "Cannot open the file."
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _menu_clashes(window: Any) -> dict[str, list[str]]:
    """Entries of one menu that share a mnemonic (Alt+F, then the letter, would only cycle)."""
    import re

    clashes: dict[str, list[str]] = {}
    for menu_action in window.menuBar().actions():
        keys: dict[str, list[str]] = {}
        for action in menu_action.menu().actions():
            found = re.search(r"&(\w)", action.text().replace("&&", ""))
            if not action.isSeparator() and found:
                keys.setdefault(found.group(1).lower(), []).append(action.text())
        clashes.update({f"{menu_action.text()} {k}": v for k, v in keys.items() if len(v) > 1})
    return clashes


@pytest.mark.parametrize("language", ["en", "zh_CN", "ur"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(
    translated: Any, make_window: Any, sample_db: Any, language: str
) -> None:
    if language != "en":
        translated(language)
    window = make_window(sample_db)
    assert _menu_clashes(window) == {}
