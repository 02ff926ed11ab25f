"""Judges' marks entered on laptops merge like any record: the same cell entered on two laptops is
one mark at the office, and different marks are a conflict shown side by side; the entry's score is
computed again from the merged marks, never a conflict of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from tvet_alliance.domain import Entry, JudgeMark
from tvet_alliance.persistence import Database
from tvet_alliance.services import marking, sync

from .test_marking import Day, make_day


def _laptop(day: Day, path: Path, name: str) -> Database:
    sync.create_replica(day.db, path, name=name)
    return Database.open(path, user=name)


def _mark(db: Database, day: Day, code: str, judge: int, mark: int, entry: int = 0) -> None:
    with db.transaction() as s:
        aspect = next(a.id for a in marking.aspects(s, day.track) if a.code == code)
        marking.set_mark(s, day.entries[entry], aspect, judge, Decimal(mark))


def _merge(lap: Database, path: Path, office: Database) -> sync.MergeReport:
    sync.create_package(lap, path)
    return sync.merge_package(office, path)


def _marks(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(JudgeMark)) or 0)


def _score(db: Database, day: Day, entry: int = 0) -> Decimal | None:
    with db.session() as s:
        e = s.get(Entry, day.entries[entry])
        assert e is not None
        return e.score


def test_two_laptops_giving_one_cell_different_marks_is_a_conflict_with_both(tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    one = _laptop(day, tmp_path / "one.sqlite3", "Judge laptop 1")
    two = _laptop(day, tmp_path / "two.sqlite3", "Judge laptop 2")
    _mark(one, day, "B1", 2, 3)
    _mark(two, day, "B1", 2, 1)
    assert _merge(one, tmp_path / "one.tvetsync", day.db).conflicts == 0
    report = _merge(two, tmp_path / "two.tvetsync", day.db)
    assert report.conflicts == 1
    assert _marks(day.db) == 1  # one mark row kept at the office
    with day.db.session() as s:
        (c,) = sync.open_conflicts(s)
        assert (c.table_name, c.field, c.reason) == ("judge_mark", "mark", "edited")
        assert (c.office_text, c.laptop_text) == ("3.00", "1.00")
        assert "B1" in c.record and "Ali Raza" in c.record and c.field_label == "Mark"
        assert c.laptop_user == "Judge laptop 2"
        sync.resolve_conflict(s, c.id, "laptop")
        s.commit()
    with day.db.session() as s:
        (m,) = s.scalars(select(JudgeMark)).all()
        assert m.mark == Decimal(1)
    # Marking the rest at the office gives the score of the chosen mark: 30 + (2+1+3)/9 × 60 = 70
    _mark(day.db, day, "A1", 1, 30)
    _mark(day.db, day, "B1", 1, 2)
    _mark(day.db, day, "B1", 3, 3)
    assert _score(day.db, day) == Decimal("70.00")
    for db in (one, two):
        db.close()
    day.db.close()


def test_taking_the_laptops_mark_in_the_review_computes_the_score_again(tmp_path: Path) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    lap = _laptop(day, tmp_path / "one.sqlite3", "Judge laptop 1")
    for judge, mark in ((1, 2), (2, 3), (3, 3)):
        _mark(day.db, day, "B1", judge, mark)
    _mark(day.db, day, "A1", 1, 30)  # at the office: 30 + 8/9 × 60 = 83.33
    _mark(lap, day, "B1", 1, 0)  # the laptop's judge 1 gave 0
    assert _merge(lap, tmp_path / "one.tvetsync", day.db).conflicts == 1
    assert _score(day.db, day) == Decimal("83.33")  # the office mark stands until someone chooses
    with day.db.session() as s:
        (c,) = sync.open_conflicts(s)
        sync.resolve_conflict(s, c.id, "laptop")
        s.commit()
    assert _score(day.db, day) == Decimal("70.00")  # 30 + (0+3+3)/9 × 60
    lap.close()
    day.db.close()


def test_equal_marks_from_two_laptops_are_no_conflict_and_judges_on_two_laptops_give_the_score(
    tmp_path: Path,
) -> None:
    day = make_day(tmp_path / "office.sqlite3")
    one = _laptop(day, tmp_path / "one.sqlite3", "Judge laptop 1")
    two = _laptop(day, tmp_path / "two.sqlite3", "Judge laptop 2")
    _mark(one, day, "A1", 1, 30)
    _mark(two, day, "A1", 1, 30)  # the same cell, the same mark
    _mark(one, day, "B1", 1, 2)
    _mark(two, day, "B1", 2, 3)
    _mark(two, day, "B1", 3, 1)  # laptop 2 now holds every mark but judge 1's B1: its score is None
    assert _merge(one, tmp_path / "one.tvetsync", day.db).conflicts == 0
    report = _merge(two, tmp_path / "two.tvetsync", day.db)
    assert report.conflicts == 0
    assert _marks(day.db) == 4
    # 30 + (2+3+1)/9 × 60 = 70: computed from the merged marks of both laptops
    assert _score(day.db, day) == Decimal("70.00")
    with day.db.session() as s:
        assert sync.open_conflicts(s) == []
    for db in (one, two):
        db.close()
    day.db.close()
