"""The Results page by keyboard (issue 16, item 3): choose a track, read its ranks, standard scores
and proposed medals, confirm (asked, naming the track and the medals), unlock with a reason (none:
nothing happens), change the competition's settings, print a result sheet; an edit of a confirmed
entry in its form is refused naming the track. Checked in the database afterwards."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.core.test_results import make_competition
from tvet_alliance.domain import Competition, Entry, SkillTrack
from tvet_alliance.domain.enums import Medal
from tvet_alliance.persistence import Database
from tvet_alliance.ui.pages.results import ResultsPage, UnlockDialog


def _page(make_window: Any, db: Database, qtbot: Any) -> tuple[Any, ResultsPage, dict[str, Any]]:
    ids = make_competition(db)
    window = make_window(db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    number = [spec.key for spec in window.specs].index("results") + 1  # after Competitions and Marks
    key = Qt.Key(Qt.Key.Key_0.value + number)
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentItem().text() == "Results"
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    return window, page, ids


def _choose_welding(page: ResultsPage, qtbot: Any) -> None:
    page.tracks.setFocus()
    assert page.tracks.currentItem().text() == "CNC Milling"  # by name
    qtbot.keyClick(page.tracks, Qt.Key.Key_Down)
    assert page.tracks.currentItem().text() == "Welding"


def _cells(page: ResultsPage, column: int) -> list[str]:
    return [page.table.item(r, column).text() for r in range(page.table.rowCount())]


def _press(qtbot: Any, button: Any) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_results_confirm_and_unlock_by_keyboard(
    make_window: Any, db: Database, qtbot: Any, message_boxes: Any
) -> None:
    _window, page, ids = _page(make_window, db, qtbot)
    _choose_welding(page, qtbot)
    assert _cells(page, 0) == ["1", "2", "3", "4", "5"]
    assert _cells(page, 4) == ["835", "767", "700", "633", "565"]
    assert _cells(page, 5) == ["Gold", "Silver", "Bronze", "", ""]
    assert page.table.horizontalHeaderItem(6).text() == "Stored" and _cells(page, 6) == [""] * 5
    assert (
        page.table.item(0, 1).text()
        == "Team Lahore\nGCT Lahore\nLahore 0, Lahore 1, Lahore 2 · 选手0, 选手1, 选手2"
    )
    assert "Provisional" in page.state.text() and "spread 7.41" in page.state.text()
    assert not page.unlock_button.isEnabled()

    # Confirm: No leaves everything as it was
    _press(qtbot, page.confirm_button)
    question = message_boxes.texts("question")[-1]
    assert "Confirm the results of Welding: 1 gold, 1 silver, 1 bronze?" in question
    with db.session() as s:
        assert s.get(SkillTrack, ids["welding"]).results_confirmed_at is None
    message_boxes.answer = QMessageBox.StandardButton.Yes
    _press(qtbot, page.confirm_button)
    with db.session() as s:
        assert s.get(SkillTrack, ids["welding"]).results_confirmed_at is not None
        assert s.get(Entry, ids["Lahore"]).medal is Medal.GOLD
        assert s.get(Entry, ids["Lahore"]).standard_score == 835
    assert page.tracks.currentItem().text() == "Welding  ✓ confirmed"
    assert _cells(page, 6) == ["Gold", "Silver", "Bronze", "", ""]
    assert "Confirmed on" in page.state.text()
    assert not page.confirm_button.isEnabled() and page.unlock_button.isEnabled()

    # Unlock: OK needs a reason; Esc leaves it confirmed
    seen: list[bool] = []

    def no_reason() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(isinstance(dialog, UnlockDialog) and dialog.ok.isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, no_reason)
    _press(qtbot, page.unlock_button)
    assert seen == [False]
    with db.session() as s:
        assert s.get(SkillTrack, ids["welding"]).results_confirmed_at is not None

    failures: list[BaseException] = []

    def with_reason() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, UnlockDialog)
            qtbot.keyClicks(dialog.reason, "Appeal upheld for aspect B2")
            assert dialog.ok.isEnabled()
            dialog.ok.setFocus()
            qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
        except BaseException as exc:  # never leave the dialog open
            failures.append(exc)
            if dialog is not None:
                dialog.close()

    QTimer.singleShot(0, with_reason)
    _press(qtbot, page.unlock_button)
    assert not failures, failures
    with db.session() as s:
        track = s.get(SkillTrack, ids["welding"])
        assert track.results_confirmed_at is None and track.unlock_reason == "Appeal upheld for aspect B2"
    assert "Last unlocked: Appeal upheld for aspect B2" in page.state.text()
    assert page.tracks.currentItem().text() == "Welding"


def test_settings_change_the_proposals(make_window: Any, db: Database, qtbot: Any) -> None:
    _window, page, ids = _page(make_window, db, qtbot)
    _choose_welding(page, qtbot)
    assert page.threshold.value() == 700 and page.margin.value() == 0
    page.threshold.setFocus()
    page.threshold.selectAll()
    qtbot.keyClicks(page.threshold, "630")
    qtbot.keyClick(page.threshold, Qt.Key.Key_Tab)
    page.margin.selectAll()
    qtbot.keyClicks(page.margin, "5")
    _press(qtbot, page.apply_settings)
    with db.session() as s:
        c = s.get(Competition, ids["competition"])
        assert (c.excellence_threshold, c.tie_margin) == (630, Decimal(5))
    assert page.tracks.currentItem().text() == "Welding"  # the place is kept
    assert _cells(page, 0) == ["1", "1", "3", "3", "5"]
    assert _cells(page, 5) == ["Gold", "Gold", "Bronze", "Bronze", ""]


def test_a_result_sheet_is_printed(
    make_window: Any, db: Database, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    _window, page, _ids = _page(make_window, db, qtbot)
    _choose_welding(page, qtbot)
    _press(qtbot, page.sheet_button)  # the window's print preview, with Save as PDF… and Print…
    preview = _window.printing_actions.preview_dialog
    assert preview is not None and preview.pageCount() == 1
    target = tmp_path / "welding"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(_window.workFinished, timeout=30_000):  # written in the background
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "welding.pdf").read_bytes().startswith(b"%PDF")
    preview.reject()


def test_the_form_refuses_a_confirmed_entry_s_new_score(
    make_window: Any, db: Database, qtbot: Any, message_boxes: Any
) -> None:
    from tests.gui.test_editing import drive, save, type_into

    window, page, ids = _page(make_window, db, qtbot)
    _choose_welding(page, qtbot)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    _press(qtbot, page.confirm_button)

    def change(editor: Any) -> None:
        type_into(qtbot, editor, "score", "99")
        save(qtbot, editor)
        editor.reject()

    drive(window, change)
    window.editing.edit_record("entry", ids["Karachi"])
    warning = message_boxes.texts("warning")[-1]
    assert "The results of Welding are confirmed: unlock them before changing its entries." in warning
    with db.session() as s:
        assert s.get(Entry, ids["Karachi"]).score == Decimal(85)


def test_enter_in_the_tie_margin_applies_it(make_window: Any, db: Database, qtbot: Any) -> None:
    """A hurried person types a margin and presses Enter (not Apply): the proposals beside the box
    follow it, never a typed value the medals shown were not computed with."""
    _window, page, ids = _page(make_window, db, qtbot)
    _choose_welding(page, qtbot)
    qtbot.keyClick(page.tracks, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.margin.hasFocus()
    page.margin.selectAll()
    qtbot.keyClicks(page.margin, "5")
    qtbot.keyClick(page.margin, Qt.Key.Key_Return)
    with db.session() as s:
        assert s.get(Competition, ids["competition"]).tie_margin == Decimal(5)
    assert _cells(page, 0) == ["1", "1", "3", "3", "5"]
    assert page.tracks.currentItem().text() == "Welding"


def test_a_chinese_reader_reads_a_pakistani_college_in_english_not_urdu(
    make_window: Any, db: Database, qtbot: Any, qapp: QApplication
) -> None:
    """The organisation's native name is shown when it is in the reader's script: 西安学院 to a
    Chinese reader, but GCT Karachi (not کراچی کالج) — and the Urdu name to an Urdu reader."""
    from tvet_alliance.app import apply_language
    from tvet_alliance.domain import Organization

    ids = make_competition(db)
    with db.session() as s:
        karachi = s.get(Entry, ids["Karachi"])
        org = s.get(Organization, karachi.organization_id)
        org.name_native = "گورنمنٹ کالج کراچی"
        s.commit()
    try:
        apply_language(qapp, "zh_CN")
        window = make_window(db)
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("results"))
        page = window.current_page()
        assert isinstance(page, ResultsPage)
        page.tracks.setCurrentRow(
            [page.tracks.item(i).text() for i in range(page.tracks.count())].index("焊接")
        )
        entries = _cells(page, 1)
        karachi_cell = next(c for c in entries if c.startswith("Team Karachi"))
        assert "GCT Karachi" in karachi_cell and "کراچی" not in karachi_cell
        assert any("Xian 学院" in c for c in entries)
        apply_language(qapp, "ur")
        page.refresh()
        karachi_cell = next(c for c in _cells(page, 1) if c.startswith("Team Karachi"))
        assert "گورنمنٹ کالج کراچی" in karachi_cell
    finally:
        apply_language(qapp, "en_US")


def test_in_urdu_alt_and_the_english_letter_reach_the_tie_margin(
    make_window: Any, db: Database, qtbot: Any, qapp: QApplication
) -> None:
    """The Urdu labels had their access key on an Urdu letter ("&برابری کا فرق:"), which no Latin
    keyboard types: Alt+T did nothing in the Urdu window. The English letter is added, "(&T)"."""
    from tvet_alliance.app import apply_language

    make_competition(db)
    try:
        apply_language(qapp, "ur")
        translated = QApplication.translate("ResultsPage", "&Tie margin:")
        assert translated.endswith("(&T)") and translated.count("&") == 1, translated
        window = make_window(db)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.sidebar.setCurrentRow([spec.key for spec in window.specs].index("results"))
        page = window.current_page()
        assert isinstance(page, ResultsPage)
        page.tracks.setFocus()
        qtbot.keyClick(page.tracks, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        assert page.margin.hasFocus()
    finally:
        apply_language(qapp, "en_US")


def test_certificates_open_on_the_competition_of_the_results_shown(
    make_window: Any, db: Database, qtbot: Any
) -> None:
    """File → Certificates… from the Results page opened on the first event listed (a seminar);
    a hurried person then issued for the wrong thing. It opens on the competition shown."""
    from tvet_alliance.domain import Event

    with db.session() as s:
        s.add(Event(name="Alliance Council Meeting"))
        s.commit()
    window, _page_shown, ids = _page(make_window, db, qtbot)
    window.findChild(type(window.certificate_actions.certificates_action), "certificatesAction").trigger()
    dialog = window.certificate_actions.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    subject = dialog.subject_box.currentData()
    assert (subject.kind, subject.id) == ("competition", ids["competition"])
    dialog.close()


def test_the_competition_chosen_stays_after_a_refresh(make_window: Any, db: Database, qtbot: Any) -> None:
    """With two competitions, F5 (or any change) put the Results page back on the first one."""
    with db.session() as s:
        s.add(Competition(name="Another Skills Contest"))
        s.commit()
    _window, page, ids = _page(make_window, db, qtbot)
    index = next(
        i for i in range(page.competition.count()) if page.competition.itemData(i, 256) == ids["competition"]
    )
    page.competition.setCurrentIndex(1 - index)
    page.competition.setCurrentIndex(index)
    qtbot.keyClick(page.competition, Qt.Key.Key_F5)
    assert page.competition_id() == ids["competition"]
    page.competition.setCurrentIndex(1 - index)
    other = page.competition_id()
    qtbot.keyClick(page.competition, Qt.Key.Key_F5)
    assert page.competition_id() == other != ids["competition"]


def test_enter_in_the_unlock_reason_unlocks_once_a_reason_is_typed(qtbot: Any) -> None:
    dialog = UnlockDialog("Welding")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClicks(dialog.reason, "Judge 2 marked the wrong team")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    qtbot.keyClicks(dialog.reason, "(seen on the video)")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.text() == "Judge 2 marked the wrong team (seen on the video)"
