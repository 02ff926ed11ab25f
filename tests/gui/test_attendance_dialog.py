"""Import attendance… in the window: from the Events page's button, a Zoom report typed in, the
threshold changed, a participant to review given a delegate and a guest added as a walk-in, then
Import applied in the background; and a file that is no report, refused with the database as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from tvet_alliance.domain import Event, Participation, Person
from tvet_alliance.domain.enums import AttendanceMode, ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.ui.dialogs.attendance import ATTENDED, DELEGATE, NAME, AttendanceDialog

from ..core.helpers import dump_sqlite

DATA = Path(__file__).parent.parent / "data" / "attendance"
EVENTS_AREA = 3


def seed(db: Database) -> None:
    online, in_person = AttendanceMode.ONLINE, AttendanceMode.IN_PERSON
    with db.transaction() as s:
        s.add(Event(name="An earlier workshop", country="PK"))
        event = Event(name="Digital Skills Online Seminar", country="CN")
        s.add(event)
        for name, native, email, mode in [
            ("Ali Raza", None, "ali.raza@tevta.pk", online),
            ("Zhang Wei", "张伟", "zhang.wei@cqvie.edu.cn", online),
            ("Bilal Ahmed", None, "bilal.ahmed@nutech.edu.pk", in_person),
            ("Li Na", "李娜", "lina@cqvie.edu.cn", online),
            ("Li Na", "李娜", "li.na@tjtc.edu.cn", online),
        ]:
            person = Person(full_name=name, name_native=native, email=email)
            s.add(person)
            s.add(Participation(event=event, person=person, attendance_mode=mode))


def state(db: Database) -> dict[str, tuple[ParticipationStatus, int | None, bool]]:
    with db.session() as s:
        rows = s.execute(select(Person, Participation).join(Participation))
        return {(p.email or p.full_name): (d.status, d.online_minutes, d.walk_in) for p, d in rows}


def open_from_events_page(qtbot: Any, window: Any) -> AttendanceDialog:
    window.sidebar.setCurrentRow(EVENTS_AREA)
    page = window.page("events")
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.record(r)["name"] == "Digital Skills Online Seminar"
    )
    page.select_row(row)
    button = page.findChild(QPushButton, "button_import_attendance")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.data_actions.attendance_dialog
    assert isinstance(dialog, AttendanceDialog)
    qtbot.waitExposed(dialog)
    assert dialog.event_combo.currentText().startswith("Digital Skills Online Seminar")
    return dialog


def rows_of(dialog: AttendanceDialog) -> dict[str, int]:
    return {dialog.table.item(r, NAME).text().split(" / ")[0]: r for r in range(dialog.table.rowCount())}


def test_import_attendance_end_to_end(qtbot: Any, make_window: Any, db: Database) -> None:
    seed(db)
    window = make_window(db)
    dialog = open_from_events_page(qtbot, window)

    qtbot.keyClicks(dialog.path_edit, str(DATA / "zoom_participants.csv"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "Zoom participant report" in dialog.info.text() and "Line 12" in dialog.info.text()
    rows = rows_of(dialog)
    assert dialog.table.item(rows["Ali Raza"], DELEGATE).text() == "Ali Raza (by e-mail)"
    assert dialog.table.item(rows["Wei Zhang"], DELEGATE).text() == "Zhang Wei / 张伟 (by name)"
    assert dialog.table.item(rows["Ali Raza"], ATTENDED).text() == "yes"  # 100 of 120 minutes
    assert dialog.table.item(rows["Wei Zhang"], ATTENDED).text() == "no"  # 45: below half
    assert dialog.table.item(rows["Bilal Ahmed"], ATTENDED).text() == "in person (not changed)"

    # Attended from 45 minutes instead of half of the meeting.
    unit = dialog.unit_combo
    unit.setFocus()
    qtbot.keyClick(unit, Qt.Key.Key_Down)
    assert unit.currentData() == "minutes"
    dialog.threshold_spin.setFocus()
    qtbot.keyClick(dialog.threshold_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.threshold_spin, "45")
    assert dialog.table.item(rows["Wei Zhang"], ATTENDED).text() == "yes"

    # Li Na is two delegates: the first candidate is chosen. The guest is added as a walk-in.
    li_na = dialog.pickers[rows["Li Na"]]
    assert li_na.currentText().startswith("Review: 2 possible delegates")
    li_na.setFocus()
    qtbot.keyClick(li_na, Qt.Key.Key_Down)  # Add as a walk-in
    qtbot.keyClick(li_na, Qt.Key.Key_Down)  # (past the separator) the first candidate
    chosen = li_na.currentData()
    guest = dialog.pickers[rows["Guest Speaker Omar"]]
    assert guest.currentText() == "Unmatched — leave"
    guest.setFocus()
    qtbot.keyClick(guest, Qt.Key.Key_Down)
    assert dialog.table.item(rows["Guest Speaker Omar"], ATTENDED).text() == "yes"
    assert "1 walk-in" in dialog.summary.text()

    with qtbot.waitSignal(window.workFinished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "Attendance imported: 4 attended; walk-ins added: 1."

    after = state(db)
    assert after["ali.raza@tevta.pk"] == (ParticipationStatus.ATTENDED, 100, False)
    assert after["zhang.wei@cqvie.edu.cn"] == (ParticipationStatus.ATTENDED, 45, False)
    assert after["bilal.ahmed@nutech.edu.pk"] == (ParticipationStatus.REGISTERED, None, False)
    assert after["omar.guest@example.com"] == (ParticipationStatus.ATTENDED, 75, True)
    with db.session() as s:
        li = s.get_one(Participation, chosen)
        assert (li.status, li.online_minutes) == (ParticipationStatus.ATTENDED, 120)
    # The delegates list below the event shows the walk-in.
    page = window.page("events")
    delegates = page.detail_models["delegates"]
    assert delegates.rowCount() == 6


def test_a_file_that_is_no_report_is_refused_clearly(
    qtbot: Any, make_window: Any, db: Database, db_path: Path, tmp_path: Path
) -> None:
    seed(db)
    window = make_window(db)
    before = dump_sqlite(db_path)
    dialog = open_from_events_page(qtbot, window)
    bad = tmp_path / "partners.csv"
    bad.write_text("Name,Organisation\nAli,TEVTA\n", encoding="utf-8")
    qtbot.keyClicks(dialog.path_edit, str(bad))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "not a meeting report" in dialog.info.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dump_sqlite(db_path) == before


def test_columns_of_a_table_not_recognised_are_chosen_by_keyboard(
    qtbot: Any, make_window: Any, db: Database, tmp_path: Path
) -> None:
    seed(db)
    window = make_window(db)
    dialog = open_from_events_page(qtbot, window)
    path = tmp_path / "sign-in.csv"
    path.write_bytes(
        "学员,单位,进入会议,退出会议\n张伟,重庆,2025-06-24 09:00,2025-06-24 10:30\n".encode("gb18030")
    )
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "not a meeting report" in dialog.info.text()
    assert dialog.columns_box.isVisibleTo(dialog)
    combos = dialog.column_combos
    assert [combos["name"].itemText(i) for i in range(combos["name"].count())] == [
        "—",
        "学员",
        "单位",
        "进入会议",
        "退出会议",
    ]

    def choose(column: str, presses: int) -> None:
        combos[column].setFocus()
        for _ in range(presses):
            qtbot.keyClick(combos[column], Qt.Key.Key_Down)

    choose("name", 1)
    assert "Choose the column of the name, and that of the join time" in dialog.info.text()
    choose("join", 3)
    choose("leave", 4)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, DELEGATE).text() == "Zhang Wei / 张伟 (by name)"
    assert dialog.table.item(0, ATTENDED).text() == "yes"  # the whole 90 minutes of the meeting
    with qtbot.waitSignal(window.workFinished, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert state(db)["zhang.wei@cqvie.edu.cn"] == (ParticipationStatus.ATTENDED, 90, False)


def test_a_report_dropped_on_the_dialog_is_read_and_the_file_menu_offers_it(
    qtbot: Any, make_window: Any, db: Database
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    seed(db)
    window = make_window(db)
    file_menu = window.menuBar().actions()[0].menu()
    actions = [a for a in file_menu.actions() if not a.isSeparator()]
    data = window.data_actions
    assert actions.index(data.import_attendance_action) == actions.index(data.import_action) + 1
    dialog = open_from_events_page(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "teams_attendance.csv"))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    assert drop.isAccepted()
    assert "Microsoft Teams attendance report" in dialog.info.text()
    assert dialog.table.rowCount() == 3
