"""The Detect page shows the other code pages' readings side by side when the choice matters, and
picking one reads the file again; a file with a NUL in one row is read, not refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizard
from sqlalchemy import func, select

from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.ui.dialogs.import_wizard import ImportWizard

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def _to_detect_page(
    qtbot: Any, make_window: Any, db: Database, name: str, kind: imp.ImportKind
) -> ImportWizard:
    window = make_window(db)
    window.data_actions.open_import(CORPUS / name)
    wizard = window.data_actions.import_wizard
    assert isinstance(wizard, ImportWizard)
    combo = wizard.file_page.kind_combo
    combo.setCurrentIndex(combo.findData(kind.value))
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_DETECT
    return wizard


def _label(page: Any, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return str(label.text())


def test_alternatives_shown_and_picking_one_reads_the_file_again(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    wizard = _to_detect_page(qtbot, make_window, db, "delegates_cp1252_latin.csv", imp.ImportKind.PEOPLE)
    page = wizard.detect_page
    assert page.encoding_combo.currentText() == "cp1252"
    assert page.preview.item(0, 0).text() == "José Muñoz"
    box = page.alternatives
    assert box.isVisible()
    assert list(box.buttons) == ["cp1250", "cp1257"]
    # Side by side: the word as read now and as Windows-1250 reads it, the differing letter marked.
    now, other = _label(box, "importAlternativeNow1"), _label(box, "importAlternative1Word1")
    assert now.startswith("Mu<span") and "<b>ñ</b>" in now and now.endswith("oz")
    assert "<b>ń</b>" in other
    assert box.buttons["cp1250"].text() == "Read as Windows-1250 (Alt+1)"

    # One click reads the file as Windows-1250: the preview changes, and Windows-1252 is offered back.
    qtbot.mouseClick(box.buttons["cp1250"], Qt.MouseButton.LeftButton)
    assert page.encoding_combo.currentText() == "cp1250"
    assert wizard.detection is not None and wizard.detection.encoding == "cp1250"
    assert page.preview.item(0, 0).text() == "José Muńoz"
    assert "cp1252" in box.buttons
    assert wizard.focusWidget() is page.encoding_combo  # not lost with the button pressed

    # Alt+N is the same button (a key instead of a click): back to Windows-1252.
    back = list(box.buttons).index("cp1252") + 1
    button = box.findChild(QPushButton, f"importAlternative{back}")
    assert button is not None and button.shortcut().toString() == f"Alt+{back}"
    button.animateClick()
    qtbot.waitUntil(lambda: page.encoding_combo.currentText() == "cp1252", timeout=5_000)
    assert page.preview.item(0, 0).text() == "José Muñoz"


def test_no_alternatives_for_a_utf8_file(qtbot: Any, make_window: Any, db: Database) -> None:
    wizard = _to_detect_page(qtbot, make_window, db, "partners_zh_utf8.csv", imp.ImportKind.PARTNERS)
    assert wizard.detect_page.encoding_combo.currentText() == "utf-8"
    assert not wizard.detect_page.alternatives.isVisible()


def test_polish_file_read_as_cp1250_offers_cp1252(qtbot: Any, make_window: Any, db: Database) -> None:
    wizard = _to_detect_page(qtbot, make_window, db, "partners_cp1250_polish.csv", imp.ImportKind.PARTNERS)
    page = wizard.detect_page
    assert page.encoding_combo.currentText() == "cp1250"
    assert page.preview.item(0, 0).text() == "Politechnika Śląska"
    assert list(page.alternatives.buttons) == ["cp1252"]  # Windows-1254 reads it alike: not listed
    assert "<b>¹</b>" in _label(page.alternatives, "importAlternative1Word1")  # Œl¹ska


def test_nul_row_file_goes_through_the_wizard(qtbot: Any, make_window: Any, db: Database) -> None:
    wizard = _to_detect_page(qtbot, make_window, db, "partners_nul_row.csv", imp.ImportKind.PARTNERS)
    page = wizard.detect_page
    assert page.message.text() == ""
    assert page.preview.rowCount() == 5
    # The invisible characters the import takes out are visible in the preview.
    assert page.preview.item(2, 0).text() == "Astana Polytechnic College\u2400\u2400\u2400"
    assert page.preview.item(3, 0).text() == "Hanoi Vocational\u240bCollege of Technology"
    for expected in (ImportWizard.PAGE_MAP, ImportWizard.PAGE_CHECK, ImportWizard.PAGE_IMPORT):
        qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == expected
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 5
        assert s.scalars(select(Organization.name_en).where(Organization.name_en.like("Astana%"))).one() == (
            "Astana Polytechnic College"
        )


def test_a_zip_named_csv_is_refused_without_an_empty_sheet_box(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    import zipfile

    path = tmp_path / "partners.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("partners.csv", "Name,Country\nTEVTA,Pakistan\n")
    window = make_window(db)
    window.data_actions.open_import(path)
    wizard = window.data_actions.import_wizard
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.detect_page
    assert (
        page.message.text()
        == "This is not a text file (it contains NUL bytes). Save it as CSV or .xlsx and try again."
    )
    assert not page.sheet_combo.isVisible()
    assert not page.alternatives.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
