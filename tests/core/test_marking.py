"""Marking schemes and judges' marks through services/marking (and marking_files, and the CLI):
the entry's score follows its marks, schemes are copied and imported, marks are imported by name."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import ChangeLog, Competition, Entry, JudgeMark, Organization, Person, SkillTrack
from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import marking, marking_files
from tvet_alliance.services.marking import AspectInput, MarkingError, MarkRefused

from .test_cli import assert_one_line_error, run

J, M = AspectKind.JUDGEMENT, AspectKind.MEASUREMENT


@dataclass
class Day:
    db: Database
    path: Path
    competition: uuid.UUID
    track: uuid.UUID
    other: uuid.UUID  # a second track, without a scheme
    entries: list[uuid.UUID]


def make_day(path: Path) -> Day:
    db = Database.open(path, user="office")
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", name_native="پنجاب ٹیوٹا", country="PK")
        cn = Organization(name_en="Chongqing Polytechnic", name_native="重庆职业技术学院", country="CN")
        comp = Competition(name="Belt and Road Skills 2026")
        track = SkillTrack(
            competition=comp, name="Mechatronics", name_zh="机电一体化", max_score=Decimal(100)
        )
        other = SkillTrack(competition=comp, name="Welding", max_score=Decimal(100))
        ali = Person(full_name="Ali Raza", name_native="علی رضا", organization=org)
        wang = Person(full_name="Wang Wei", name_native="王伟", organization=cn)
        e1 = Entry(track=track, organization=org, members=[ali])
        e2 = Entry(track=track, organization=cn, team_name="Team Dragon", members=[wang])
        e3 = Entry(track=other, organization=cn, members=[wang])
        s.add_all([org, cn, comp, track, other, ali, wang, e1, e2, e3])
        s.flush()
        marking.save_scheme(
            s,
            track.id,
            [
                AspectInput("A1", Decimal(40), M, "Wiring to the drawing", "按图接线", "A", "Wiring"),
                AspectInput("B1", Decimal(60), J, "Finish and tidiness", None, "B", "Finish"),
            ],
        )
        return Day(db, path, comp.id, track.id, other.id, [e1.id, e2.id])


@pytest.fixture
def day(tmp_path: Path) -> Day:
    d = make_day(tmp_path / "office.sqlite3")
    yield d
    d.db.close()


def _aspect(day: Day, code: str) -> uuid.UUID:
    with day.db.session() as s:
        return next(a.id for a in marking.aspects(s, day.track) if a.code == code)


def _score(day: Day, entry: uuid.UUID) -> Decimal | None:
    with day.db.session() as s:
        e = s.get(Entry, entry)
        assert e is not None
        return e.score


def test_the_entry_score_is_computed_when_every_mark_is_given_and_logged(day: Day) -> None:
    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    e = day.entries[0]
    with day.db.transaction() as s:
        marking.set_mark(s, e, a1, 1, Decimal(30))
        marking.set_mark(s, e, b1, 1, Decimal(2))
        marking.set_mark(s, e, b1, 2, Decimal(3))
    assert _score(day, e) is None  # judge 3 has not marked B1
    with day.db.transaction() as s:
        done = marking.set_mark(s, e, b1, 3, Decimal(1))
    # 30 + (2+3+1)/3/3 × 60 = 30 + 40 = 70, out of 100
    assert done.score == Decimal("70.00") and _score(day, e) == Decimal("70.00")
    with day.db.session() as s:
        logged = s.scalars(
            select(ChangeLog.new_value).where(ChangeLog.table_name == "entry", ChangeLog.field == "score")
        ).all()
        assert logged == ["70.00"]
        g = marking.grid(s, day.track, 3)
        row = next(r for r in g.rows if r.id == e)
        # judge 3's score of B1, and A1's one mark (a measurement, judge 1's) that every judge sees
        assert row.marks == {a1: Decimal("30.00"), b1: Decimal("1.00")} and row.mark == Decimal("70.00")
        assert row.flagged == frozenset({b1})  # 3 and 1 are 2 apart
        assert g.flagged == 1 and (g.marked, g.to_mark) == (1, 1)
    # Clearing a mark clears the score again; entering it again restores the same row
    with day.db.transaction() as s:
        marking.set_mark(s, e, b1, 3, None)
    assert _score(day, e) is None
    with day.db.transaction() as s:
        marking.set_mark(s, e, b1, 3, Decimal(2))
        assert len(s.scalars(select(JudgeMark).where(JudgeMark.entry_id == e)).all()) == 4
    assert _score(day, e) == Decimal("76.67")  # 30 + (2+3+2)/9 × 60


def test_a_mark_out_of_range_is_refused_and_nothing_changes(day: Day) -> None:
    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    for aspect, judge, mark, code in (
        (b1, 1, "4", "judgement_range"),
        (a1, 1, "41", "measurement_range"),
        (a1, 2, "3", "judge"),
    ):
        with day.db.session() as s, pytest.raises(MarkRefused) as caught:
            marking.set_mark(s, day.entries[0], aspect, judge, Decimal(mark))
        assert caught.value.code == code
    with day.db.session() as s:
        assert s.scalars(select(JudgeMark)).all() == []


def test_progress_per_track_for_home(day: Day) -> None:
    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    with day.db.transaction() as s:
        marking.set_mark(s, day.entries[1], a1, 1, Decimal(40))
        for j in (1, 2, 3):
            marking.set_mark(s, day.entries[1], b1, j, Decimal(3))
    with day.db.session() as s:
        got = {p.name: (p.has_scheme, p.marked, p.to_mark) for p in marking.progress(s, day.competition)}
    assert got == {"Mechatronics": (True, 1, 1), "Welding": (False, 0, 1)}
    assert _score(day, day.entries[1]) == Decimal("100.00")


def test_a_scheme_is_copied_to_a_track_of_another_competition(day: Day) -> None:
    with day.db.transaction() as s:
        comp = Competition(name="Skills 2027")
        target = SkillTrack(competition=comp, name="Mechatronics", max_score=Decimal(50))
        s.add_all([comp, target])
        s.flush()
        warnings = marking.copy_scheme(s, day.track, target.id)
        copied = marking.aspects(s, target.id)
    assert [(a.code, a.kind, a.max_mark, a.description_zh) for a in copied] == [
        ("A1", M, Decimal(40), "按图接线"),
        ("B1", J, Decimal(60), None),
    ]
    assert [w.code for w in warnings] == ["total"]  # 100 on a track out of 50: a warning only
    with day.db.session() as s, pytest.raises(MarkingError):
        marking.copy_scheme(s, day.other, day.track)  # Welding has no scheme


def test_an_aspect_with_marks_is_not_removed(day: Day) -> None:
    a1 = _aspect(day, "A1")
    with day.db.transaction() as s:
        marking.set_mark(s, day.entries[0], a1, 1, Decimal(10))
    with day.db.session() as s:
        kept = [a for a in marking.aspects(s, day.track) if a.code != "A1"]
        with pytest.raises(MarkingError) as caught:
            marking.save_scheme(s, day.track, kept)
        assert caught.value.code == "marked"


SCHEME_CSV = (
    "机电一体化 评分标准\n"
    "\n"
    "编号,评分项,中文描述,评分方式,分值,模块,模块名称\n"
    "A1,Safety,安全,测量,10,A,Work organisation\n"
    "A2,Wiring,接线,measurement,30,A,Work organisation\n"
    "B1,Finish,外观,评价,60,B,Finish\n"
)


def test_a_scheme_is_imported_from_a_spreadsheet_with_chinese_headers(day: Day, tmp_path: Path) -> None:
    path = tmp_path / "scheme.csv"
    path.write_bytes(SCHEME_CSV.encode("gb18030"))
    with day.db.transaction() as s:
        assert marking_files.import_scheme(s, day.other, path) == []
        got = [
            (a.code, a.kind, a.max_mark, a.criterion, a.description_zh) for a in marking.aspects(s, day.other)
        ]
    assert got == [
        ("A1", M, Decimal(10), "A", "安全"),
        ("A2", M, Decimal(30), "A", "接线"),
        ("B1", J, Decimal(60), "B", "外观"),
    ]


def test_an_xlsx_scheme_with_a_bad_type_is_refused_naming_the_row(day: Day, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["code", "description", "type", "max", "criterion"],
        ["A1", "x", "judgement", 50, "A"],
        ["A2", "y", "guesswork", 50, "A"],
    ):
        ws.append(row)
    path = tmp_path / "scheme.xlsx"
    wb.save(path)
    with day.db.session() as s:
        with pytest.raises(MarkingError) as caught:
            marking_files.import_scheme(s, day.other, path)
        assert "Row 2" in caught.value.text() and "guesswork" in caught.value.text()
        assert marking.aspects(s, day.other) == []


MARKS_CSV = (
    "entry,aspect,judge,mark\n"
    "Ali Raza,A1,1,30\n"
    "علی رضا,B1,1,2\n"
    "Punjab TEVTA,B1,2,3\n"
    "Ali Raza,B1,3,1\n"
    "Team Dragon,A1,1,40\n"
    "王伟,B1,1,5\n"  # out of range
    "Nobody,A1,1,3\n"  # no such entry
    "Team Dragon,Z9,1,3\n"  # no such aspect
    "Ali Raza,A1,1,31\n"  # the same cell twice
)


def test_import_marks_cli_writes_the_matched_rows_and_rejects_the_others(
    day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day.db.close()
    path = tmp_path / "marks.csv"
    path.write_text(MARKS_CSV, encoding="utf-8")
    args = ("--db", str(day.path), "import", "marks", str(path), "--competition", "belt and road skills 2026")
    code, out, _ = run(capsys, *args, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["written"] == 5
    db = Database.open(day.path)
    with db.session() as s:
        assert s.scalars(select(JudgeMark)).all() == []
    db.close()
    code, out, _ = run(capsys, *args, "--json")
    report = json.loads(out)
    assert code == 0 and (report["rows"], report["written"]) == (9, 5)
    reasons = {r["row"]: r["reason"] for r in report["rejected"]}
    assert set(reasons) == {6, 7, 8, 9}
    assert "0 to 3" in reasons[6] and "Nobody" in reasons[7] and "Z9" in reasons[8] and "row 1" in reasons[9]
    db = Database.open(day.path)
    with db.session() as s:
        e = s.get(Entry, day.entries[0])
        assert e is not None and e.score == Decimal("70.00")
    db.close()
    code, _, err = run(capsys, "--db", str(day.path), "import", "marks", str(path), "--competition", "Nope")
    assert code == 2
    assert_one_line_error(err)


def test_scheme_cli_imports_and_copies(day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day.db.close()
    path = tmp_path / "scheme.csv"
    path.write_text(SCHEME_CSV, encoding="utf-8")
    base = ("--db", str(day.path), "scheme")
    code, out, _ = run(
        capsys,
        *base,
        "import",
        str(path),
        "--competition",
        "Belt and Road Skills 2026",
        "--track",
        "Welding",
        "--json",
    )
    assert code == 0 and [a["code"] for a in json.loads(out)["aspects"]] == ["A1", "A2", "B1"]
    code, out, _ = run(
        capsys,
        *base,
        "copy",
        "--competition",
        "Belt and Road Skills 2026",
        "--track",
        "机电一体化",
        "--from-track",
        "Welding",
    )
    assert code == 0 and "3 aspects" in out
    code, _, err = run(
        capsys,
        *base,
        "copy",
        "--competition",
        "Belt and Road Skills 2026",
        "--track",
        "Cooking",
        "--from-track",
        "Welding",
    )
    assert code == 2 and "Cooking" in err
    assert_one_line_error(err)


def test_an_entries_import_leaves_the_computed_scores_alone(
    day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day.db.close()
    path = tmp_path / "entries.csv"
    path.write_text(
        "skill track,team name,members,organization,score\n"
        "Mechatronics,Team Phoenix,Sana Iqbal,Punjab TEVTA,55\n"  # a track with a scheme: the marks' score
        "Welding,Team Falcon,Bilal Ahmed,Punjab TEVTA,61\n",  # no scheme: the score is typed
        encoding="utf-8",
    )
    args = (
        "--db",
        str(day.path),
        "import",
        "entries",
        str(path),
        "--competition",
        "Belt and Road Skills 2026",
    )
    code, out, err = run(capsys, *args, "--json")
    assert code == 0 and json.loads(out)["created"] == 2, (out, err)
    db = Database.open(day.path)
    with db.session() as s:
        scores = {
            e.team_name: e.score for e in s.scalars(select(Entry).where(Entry.team_name.like("Team %")))
        }
    db.close()
    assert scores["Team Phoenix"] is None and scores["Team Falcon"] == Decimal(61)


def test_check_passes_a_database_with_marks(day: Day, capsys: pytest.CaptureFixture[str]) -> None:
    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    with day.db.transaction() as s:
        marking.set_mark(s, day.entries[0], a1, 1, Decimal("12.5"))
        marking.set_mark(s, day.entries[0], b1, 2, Decimal(3))
    day.db.close()
    code, out, err = run(capsys, "--db", str(day.path), "check")
    assert code == 0, (out, err)


def test_a_full_export_carries_schemes_and_marks(
    day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a1 = _aspect(day, "A1")
    with day.db.transaction() as s:
        marking.set_mark(s, day.entries[0], a1, 1, Decimal("12.5"))
    day.db.close()
    archive = tmp_path / "all.zip"
    assert run(capsys, "--db", str(day.path), "export", "all", str(archive))[0] == 0
    copy = tmp_path / "copy.sqlite3"
    code, out, err = run(capsys, "--db", str(copy), "load-export", str(archive))
    assert code == 0, (out, err)
    db = Database.open(copy)
    with db.session() as s:
        assert [a.code for a in marking.aspects(s, day.track)] == ["A1", "B1"]
        assert [m.mark for m in s.scalars(select(JudgeMark))] == [Decimal("12.50")]
    db.close()


def test_a_mark_written_past_the_service_still_keeps_the_models_rule(day: Day) -> None:
    from tvet_alliance.domain.errors import ValidationFailed
    from tvet_alliance.domain.incoming import BadValue, check_row

    b1 = _aspect(day, "B1")
    with day.db.session() as s:
        s.add(JudgeMark(entry_id=day.entries[0], aspect_id=b1, judge=2, mark=Decimal(7)))
        with pytest.raises(ValidationFailed) as caught:
            s.flush()
        assert "0 to 3" in caught.value.errors[0].text()
    # ... and so does a value from a file (a sync package, a full export)
    aspect = {"kind": AspectKind.JUDGEMENT, "max_mark": Decimal(60), "code": "B1"}
    with pytest.raises(BadValue):
        check_row("judge_mark", {"aspect_id": b1, "judge": 1, "mark": Decimal(4)}, lambda _t, _i: aspect)
    check_row("judge_mark", {"aspect_id": b1, "judge": 1, "mark": Decimal(3)}, lambda _t, _i: aspect)
    with pytest.raises(BadValue):
        check_row("judge_mark", {"aspect_id": b1, "judge": 4, "mark": Decimal(3)}, lambda _t, _i: aspect)


def test_a_typed_score_or_a_new_maximum_is_followed_by_the_computed_score(day: Day) -> None:
    from tvet_alliance.services import records

    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    e = day.entries[0]
    with day.db.transaction() as s:
        marking.set_mark(s, e, a1, 1, Decimal(40))
        for judge in (1, 2, 3):
            marking.set_mark(s, e, b1, judge, Decimal(3))
    assert _score(day, e) == Decimal("100.00")
    with day.db.transaction() as s:
        version = s.get(Entry, e).row_version  # type: ignore[union-attr]
        records.update(s, "entry", e, {"score": Decimal(12)}, version)
    assert _score(day, e) == Decimal("100.00")  # typed elsewhere than the form: the marks' score stands
    with day.db.transaction() as s:
        version = s.get(SkillTrack, day.track).row_version  # type: ignore[union-attr]
        records.update(s, "track", day.track, {"max_score": Decimal(50)}, version)
    assert _score(day, e) == Decimal("50.00")
