"""Online attendance import (services/attendance.py and ``tvet-alliance import attendance``): Zoom,
Teams and Tencent Meeting / VooV reports in their real encodings, the union of a person's intervals,
the threshold, matching by e-mail, phone and name, walk-ins, dry runs and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Event, Participation, Person
from tvet_alliance.domain.enums import AttendanceMode, ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services import attendance
from tvet_alliance.services.attendance import Choice, How, Layout, Threshold

from .helpers import dump_sqlite
from .test_cli import assert_one_line_error, run

DATA = Path(__file__).parent.parent / "data" / "attendance"
ZOOM = DATA / "zoom_participants.csv"
TEAMS = DATA / "teams_attendance.csv"
VOOV = DATA / "voov_participants.csv"
EVENT = "Digital Skills Online Seminar"

ONLINE, IN_PERSON = AttendanceMode.ONLINE, AttendanceMode.IN_PERSON
DELEGATES = [
    # full name, native name, e-mail, phone, mode
    ("Ali Raza", None, "ali.raza@tevta.pk", None, ONLINE),
    ("Zhang Wei", "张伟", "zhang.wei@cqvie.edu.cn", None, ONLINE),
    ("Bilal Ahmed", None, "bilal.ahmed@nutech.edu.pk", None, IN_PERSON),
    ("Li Na", "李娜", "lina@cqvie.edu.cn", None, ONLINE),
    ("Li Na", "李娜", "li.na@tjtc.edu.cn", None, ONLINE),
    ("Fatima Khan", None, "fatima.khan@gcu.edu.pk", None, ONLINE),
    ("Wang Fang", "王芳", None, "+8613800138000", ONLINE),
]


def seed(db: Database) -> None:
    with db.transaction() as s:
        event = Event(name=EVENT, country="CN")
        s.add(event)
        for name, native, email, phone, mode in DELEGATES:
            person = Person(full_name=name, name_native=native, email=email, phone=phone)
            s.add(person)
            s.add(Participation(event=event, person=person, attendance_mode=mode))


@pytest.fixture
def event_db(db: Database) -> Database:
    seed(db)
    return db


def event_id(db: Database) -> object:
    with db.session() as s:
        return s.scalars(select(Event.id)).one()


def plan_of(db: Database, path: Path) -> attendance.Plan:
    report = attendance.read_report(path)
    with db.session() as s:
        return attendance.match(s, report, s.scalars(select(Event.id)).one())


def by_name(report: attendance.AttendanceReport) -> dict[str, attendance.Participant]:
    return {p.name: p for p in report.participants}


def delegates(db: Database) -> dict[str, tuple[ParticipationStatus, int | None, bool]]:
    """(status, online minutes, walk-in) of each delegate, by e-mail (else name)."""
    with db.session() as s:
        rows = s.execute(select(Person, Participation).join(Participation))
        return {(p.email or p.full_name): (d.status, d.online_minutes, d.walk_in) for p, d in rows}


# --- reading -------------------------------------------------------------------------------------


def test_zoom_with_the_meeting_block_counts_a_rejoin_and_two_devices_once() -> None:
    report = attendance.read_report(ZOOM)
    assert report.detected is Layout.ZOOM
    assert report.encoding == "utf-8-sig"
    assert report.title == EVENT
    assert report.meeting_minutes == 120  # the block's Start Time to End Time
    people = by_name(report)
    ali = people["Ali Raza"]
    # 09:00-09:40, then 10:00-11:00, and a phone 10:10-10:50 at the same time: 100 minutes, not 140.
    assert ali.lines == [5, 6, 7]
    assert attendance.minutes_of(ali.seconds) == 100
    assert report.share(ali.seconds) == pytest.approx(100 / 120)
    assert people["Wei Zhang"].names == ["Wei Zhang", "张伟"]  # "Name (Original Name)"
    assert len(report.participants) == 5
    # The unreadable row is rejected with its line; the rest of the file is read.
    assert [(e.line, e.code) for e in report.rejected] == [(12, "bad_time")]
    assert "Line 12" in report.rejected[0].text() and "yesterday" in report.rejected[0].text()


def test_teams_utf16_tab_separated_with_sections() -> None:
    assert TEAMS.read_bytes()[:2] == b"\xff\xfe"  # as Teams writes it
    report = attendance.read_report(TEAMS)
    assert report.detected is Layout.TEAMS
    assert report.encoding == "utf-16"
    assert report.meeting_minutes == 60  # the summary's start and end
    people = by_name(report)
    # Two activities overlapping 9:15-9:20: 47 min 49 s, not the 52 min 49 s of their durations.
    fatima = people["Khan, Fatima"]
    assert fatima.names == ["Khan, Fatima", "Fatima Khan"]  # "(EXT)" dropped, "Last, First" turned
    assert fatima.seconds == 47 * 60 + 49
    assert people["Omar Guest"].seconds == 10 * 60 + 59
    assert attendance.minutes_of(people["Ali Raza"].seconds) == 59
    assert report.rejected == []


def test_teams_without_activities_counts_the_in_meeting_duration(tmp_path: Path) -> None:
    text = TEAMS.read_text(encoding="utf-16")
    path = tmp_path / "teams.csv"
    path.write_text(text[: text.index("3. In-Meeting")], encoding="utf-16")
    report = attendance.read_report(path)
    assert report.detected is Layout.TEAMS and report.meeting_minutes == 60
    # "40m 59s" in the meeting, not 9:02:11 to 9:50:00 (first join to last leave, gaps included).
    assert by_name(report)["Khan, Fatima"].seconds == 40 * 60 + 59


def test_durations_and_times_as_reports_write_them() -> None:
    assert attendance.parse_duration("10m 59s") == 659
    assert attendance.parse_duration("1h 2m 5s") == 3725
    assert attendance.parse_duration("1:02:05") == 3725
    assert attendance.parse_duration("62") == 62 * 60
    assert attendance.parse_duration("62", unit=1) == 62
    assert attendance.parse_duration("1小时2分5秒") == 3725
    assert attendance.parse_duration("soon") is None
    t = attendance.parse_time
    assert t("6/24/25, 9:02:11 AM") == t("2025-06-24 09:02:11") == t("06/24/2025 09:02:11 AM")
    assert t("24/06/2025 14:05", day_first=True) == t("2025/6/24 下午2:05") == t("2025-06-24T14:05:00")
    assert t("12/24/2025 12:30 AM") is not None and t("12/24/2025 12:30 AM").hour == 0  # type: ignore[union-attr]
    assert t("tomorrow") is None


def test_voov_through_a_column_mapping_with_chinese_headers_in_gb18030() -> None:
    VOOV.read_bytes().decode("gb18030")  # the file is GB18030 (not UTF-8)
    with pytest.raises(UnicodeDecodeError):
        VOOV.read_bytes().decode("utf-8")
    report = attendance.read_report(VOOV)
    assert report.detected is Layout.MAPPED
    assert report.encoding == "gb18030"
    assert report.meeting_minutes == 120  # 会议开始时间 / 会议结束时间 above the header
    people = by_name(report)
    assert people["芳芳"].phone == "13800138000"
    assert attendance.minutes_of(people["芳芳"].seconds) == 70
    assert [(e.line, e.code) for e in report.rejected] == [(8, "order")]
    # A mapping given by the person names the columns the guess would miss.
    mapped = attendance.read_report(VOOV, mapping={"name": "用户昵称", "duration": "参会时长(分钟)"})
    assert by_name(mapped)["芳芳"].phone == "13800138000"


def test_columns_not_recognised_are_mapped_by_the_person(tmp_path: Path) -> None:
    path = tmp_path / "会议签到.csv"
    path.write_bytes(
        "学员,单位,进入会议,退出会议\n李娜,重庆,2025-06-24 09:00,2025-06-24 10:00\n".encode("gb18030")
    )
    with pytest.raises(attendance.AttendanceError) as refused:
        attendance.read_report(path)
    assert refused.value.code == "unrecognised"
    assert attendance.header_of(path) == ["学员", "单位", "进入会议", "退出会议"]
    report = attendance.read_report(path, mapping={"name": "学员", "join": "进入会议", "leave": "退出会议"})
    assert report.detected is Layout.MAPPED
    assert report.columns == {"name": "学员", "join": "进入会议", "leave": "退出会议"}
    assert attendance.minutes_of(report.participants[0].seconds) == 60
    with pytest.raises(attendance.AttendanceError) as missing:
        attendance.read_report(path, mapping={"name": "姓名"})
    assert missing.value.code == "mapping" and "姓名" in missing.value.text()
    with pytest.raises(attendance.AttendanceError) as short:
        attendance.read_report(path, mapping={"name": "单位"})
    assert short.value.code == "columns_needed"


def test_voov_excel_export(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["会议主题：数字技能线上研讨会"])
    sheet.append(["参会者", "邮箱", "首次入会时间", "最后离会时间", "参会时长(秒)"])
    sheet.append(["Ali Raza", "ali.raza@tevta.pk", "2025-06-24 09:00:00", "2025-06-24 10:00:00", "3600"])
    sheet.append(["王芳", "", "", "", "2700"])  # a duration only: counted as it is
    path = tmp_path / "voov.xlsx"
    book.save(path)
    report = attendance.read_report(path)
    assert (report.detected, report.encoding) == (Layout.MAPPED, "xlsx")
    people = by_name(report)
    assert people["Ali Raza"].seconds == 3600 and people["Ali Raza"].email == "ali.raza@tevta.pk"
    assert people["王芳"].seconds == 2700  # seconds, as the header says (秒)


# --- matching and the threshold ------------------------------------------------------------------


def test_matching_by_email_phone_and_chinese_or_pinyin_name(event_db: Database) -> None:
    zoom = {a.participant.name: a for a in plan_of(event_db, ZOOM).attendees}
    assert (zoom["Ali Raza"].how, zoom["Ali Raza"].matched.name) == (How.EMAIL, "Ali Raza")  # type: ignore[union-attr]
    # No e-mail: "Wei Zhang (张伟)" is found by the Chinese name.
    assert (zoom["Wei Zhang"].how, zoom["Wei Zhang"].matched.native) == (How.NAME, "张伟")  # type: ignore[union-attr]
    # Two delegates called Li Na: left for review with both; an unknown guest is unmatched.
    assert zoom["Li Na"].state == "review" and len(zoom["Li Na"].candidates) == 2
    assert zoom["Guest Speaker Omar"].state == "unmatched"
    voov = {a.participant.name: a for a in plan_of(event_db, VOOV).attendees}
    # A nickname, but the phone written without +86 is the delegate's (read in the event's country).
    assert (voov["芳芳"].how, voov["芳芳"].matched.native) == (How.PHONE, "王芳")  # type: ignore[union-attr]
    assert (voov["zhang wei"].how, voov["zhang wei"].matched.native) == (How.NAME, "张伟")  # type: ignore[union-attr]
    assert voov["王建国"].state == "unmatched"  # a masked phone (139****5678) matches nobody


def test_threshold_by_share_by_default_and_by_minutes(event_db: Database) -> None:
    plan = plan_of(event_db, ZOOM)

    def attended(threshold: Threshold) -> dict[str, bool]:
        return {c.delegate.name: c.attended for c in attendance.outcome(plan, threshold).credited}

    # Default: half of the 120-minute meeting. Ali 100 min, Zhang Wei 45, Bilal 90.
    assert attended(Threshold.of()) == {"Ali Raza": True, "Bilal Ahmed": True, "Zhang Wei": False}
    assert attended(Threshold.of(minutes=45))["Zhang Wei"] is True
    assert attended(Threshold.of(minutes=46))["Zhang Wei"] is False
    assert attended(Threshold.of(percent=90))["Ali Raza"] is False
    assert attended(Threshold.of(percent=80))["Ali Raza"] is True
    with pytest.raises(attendance.AttendanceError):
        Threshold.of(minutes=30, percent=50)
    with pytest.raises(attendance.AttendanceError):
        Threshold.of(percent=150)


def test_two_participants_of_one_delegate_count_their_union(event_db: Database) -> None:
    plan = plan_of(event_db, ZOOM)
    names = [a.participant.name for a in plan.attendees]
    ali = next(d for d in plan.delegates if d.name == "Ali Raza")
    # The person reviewing says "Li Na" (09:00-11:00, no e-mail) was Ali on another device.
    result = attendance.outcome(plan, Threshold.of(), {names.index("Li Na"): ali.participation_id})
    credit = next(c for c in result.credited if c.delegate.name == "Ali Raza")
    assert credit.minutes == 120 and credit.share == 1.0  # not 100 + 120


def test_apply_marks_online_delegates_reports_in_person_and_adds_walk_ins(event_db: Database) -> None:
    plan = plan_of(event_db, ZOOM)
    names = [a.participant.name for a in plan.attendees]
    li_na = plan.attendees[names.index("Li Na")].candidates[1]
    choices = {
        names.index("Li Na"): li_na.participation_id,
        names.index("Guest Speaker Omar"): Choice.WALK_IN,
    }
    with event_db.transaction() as s:
        applied = attendance.apply(s, plan, Threshold.of(), choices)
    assert applied.in_person == ["Bilal Ahmed"]
    assert applied.walk_ins_added == ["Guest Speaker Omar"]
    state = delegates(event_db)
    assert state["ali.raza@tevta.pk"] == (ParticipationStatus.ATTENDED, 100, False)
    assert state["zhang.wei@cqvie.edu.cn"] == (ParticipationStatus.REGISTERED, 45, False)  # below half
    assert state["bilal.ahmed@nutech.edu.pk"] == (ParticipationStatus.REGISTERED, None, False)  # unchanged
    assert state[li_na.email] == (ParticipationStatus.ATTENDED, 120, False)  # type: ignore[index]
    assert state["lina@cqvie.edu.cn" if li_na.email != "lina@cqvie.edu.cn" else "li.na@tjtc.edu.cn"] == (
        ParticipationStatus.REGISTERED,
        None,
        False,
    )
    # The walk-in: a person and an online participation, attended (75 of 120 minutes).
    assert state["omar.guest@example.com"] == (ParticipationStatus.ATTENDED, 75, True)
    with event_db.session() as s:
        walk_in = s.scalars(select(Participation).where(Participation.walk_in)).one()
        assert walk_in.attendance_mode is AttendanceMode.ONLINE
        assert walk_in.person.full_name == "Guest Speaker Omar"
    # Importing the same report again changes nothing more.
    with event_db.transaction() as s:
        again = attendance.apply(s, plan_of(event_db, ZOOM), Threshold.of())
    assert again.marked_attended == []


def test_cancelled_while_applying_changes_nothing(event_db: Database, db_path: Path) -> None:
    from tvet_alliance.progress import Cancelled

    before = dump_sqlite(db_path)
    plan = plan_of(event_db, ZOOM)

    def cancel_at_second(done: int, total: int) -> None:
        if done >= 1:
            raise Cancelled

    with pytest.raises(Cancelled), event_db.session() as s:
        attendance.apply(s, plan, Threshold.of(), progress=cancel_at_second)
        s.commit()
    assert dump_sqlite(db_path) == before


# --- the command line ----------------------------------------------------------------------------


def _db_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    database = Database.open(path)
    try:
        seed(database)
    finally:
        database.close()
    return path


def test_cli_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db_file(tmp_path)
    code, out, err = run(
        capsys, "--db", str(db), "import", "attendance", str(TEAMS), "--event", EVENT, "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["detected"] == "teams"
    assert (report["participants"], report["matched"], report["attended"]) == (3, 2, 2)
    assert report["unmatched"] == ["Omar Guest"]
    assert report["threshold"] == {"min_share": 50}
    state = delegates(Database.open(db))
    assert state["fatima.khan@gcu.edu.pk"] == (ParticipationStatus.ATTENDED, 48, False)


def test_cli_min_minutes_and_min_share(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db_file(tmp_path)
    args = ("--db", str(db), "import", "attendance", str(ZOOM), "--event", EVENT, "--json", "--dry-run")
    assert json.loads(run(capsys, *args, "--min-minutes", "45")[1])["attended"] == 2  # Ali, Zhang Wei
    assert json.loads(run(capsys, *args, "--min-share", "90%")[1])["attended"] == 0
    code, _out, err = run(capsys, *args, "--min-minutes", "45", "--min-share", "50")
    assert code == 2 and "not allowed with" in err


def test_cli_dry_run_leaves_the_database_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db_file(tmp_path)
    before = dump_sqlite(db)
    code, out, err = run(
        capsys, "--db", str(db), "import", "attendance", str(ZOOM), "--event", EVENT, "--dry-run"
    )
    assert code == 0, err
    assert "would mark 1 attended" in out and "Not matched: Li Na, Guest Speaker Omar" in out
    assert dump_sqlite(db) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Name,Organisation\nAli,TEVTA\n", "not a meeting report"),
        (b"", "empty"),
        (b"\x00\x01\x02PNG", "not a text file"),
        (b"Name,Join Time,Leave Time\n,,\nX,late,later\n", "is not a date and time"),
    ],
)
def test_cli_bad_file_clear_message_and_unchanged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    db = _db_file(tmp_path)
    before = dump_sqlite(db)
    path = tmp_path / "report.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(db), "import", "attendance", str(path), "--event", EVENT)
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert expected in err
    assert dump_sqlite(db) == before


def test_a_file_far_longer_than_a_meeting_report_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attendance, "MAX_ROWS", 5)
    with pytest.raises(attendance.AttendanceError) as refused:
        attendance.read_report(ZOOM)
    assert refused.value.code == "too_many" and "more than 5 rows" in refused.value.text()


def test_cli_unknown_event_and_missing_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db_file(tmp_path)
    before = dump_sqlite(db)
    code, _out, err = run(capsys, "--db", str(db), "import", "attendance", str(ZOOM), "--event", "Nope")
    assert code == 2 and "Nope" in err
    code, _out, err = run(capsys, "--db", str(db), "import", "attendance", str(ZOOM))
    assert code == 2 and "--event" in err
    assert dump_sqlite(db) == before


def test_the_same_import_on_postgres() -> None:
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = os.environ.get("TVET_ALLIANCE_TEST_PG")
    if not admin_url:
        pytest.skip("no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    pg = Database.open(make_url(admin_url).set(database=name))
    try:
        seed(pg)
        plan = plan_of(pg, ZOOM)
        names = [a.participant.name for a in plan.attendees]
        with pg.transaction() as s:
            attendance.apply(
                s, plan, Threshold.of(minutes=45), {names.index("Guest Speaker Omar"): Choice.WALK_IN}
            )
        state = delegates(pg)
        assert state["ali.raza@tevta.pk"] == (ParticipationStatus.ATTENDED, 100, False)
        assert state["zhang.wei@cqvie.edu.cn"] == (ParticipationStatus.ATTENDED, 45, False)
        assert state["omar.guest@example.com"] == (ParticipationStatus.ATTENDED, 75, True)
    finally:
        pg.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
