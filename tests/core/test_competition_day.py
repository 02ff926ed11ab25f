"""The competition day end to end, across marking and results: judges' marks make an entry's mark
and rank it; confirming the results locks the marks (and the scheme) until unlocked with a reason;
medallists' certificates follow the confirmed medals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tvet_alliance.domain import ChangeLog, Entry, JudgeMark
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.services import certificates, marking, results
from tvet_alliance.services.marking import AspectInput
from tvet_alliance.services.results import ResultsLocked

from .test_marking import Day, M, _aspect, make_day


@pytest.fixture
def day(tmp_path: Path) -> Day:
    d = make_day(tmp_path / "office.sqlite3")
    yield d
    d.db.close()


def _mark_all(day: Day, marks: dict[int, tuple[int, list[int]]]) -> None:
    """entry index -> (A1 measurement mark, B1 judges' scores 1-3)."""
    a1, b1 = _aspect(day, "A1"), _aspect(day, "B1")
    with day.db.transaction() as s:
        for index, (measured, judged) in marks.items():
            marking.set_mark(s, day.entries[index], a1, 1, Decimal(measured))
            for judge, score in enumerate(judged, start=1):
                marking.set_mark(s, day.entries[index], b1, judge, Decimal(score))


def test_entries_fully_marked_have_competed_and_are_ranked_by_the_rule(day: Day) -> None:
    with day.db.session() as s:
        assert {s.get_one(Entry, e).status for e in day.entries} == {EntryStatus.REGISTERED}
    _mark_all(day, {0: (40, [3, 3, 3]), 1: (20, [2, 2, 1])})
    with day.db.session() as s:
        rows = {r.entry_id: r for r in results.track_results(s, day.track).rows}
        assert s.get_one(Entry, day.entries[0]).status is EntryStatus.COMPETED
    assert (rows[day.entries[0]].rank, rows[day.entries[0]].proposed) == (1, Medal.GOLD)
    assert (rows[day.entries[1]].rank, rows[day.entries[1]].proposed) == (2, Medal.SILVER)


def test_confirmed_results_lock_the_marks_and_the_scheme_until_unlocked(day: Day) -> None:
    _mark_all(day, {0: (40, [3, 3, 3]), 1: (20, [2, 2, 1])})
    with day.db.transaction() as s:
        results.confirm(s, day.track)
    a1 = _aspect(day, "A1")
    with day.db.session() as s:
        before = (
            s.scalar(select(func.count()).select_from(ChangeLog)),
            Decimal(s.get_one(Entry, day.entries[1]).score),
        )
    with day.db.session() as s:
        with pytest.raises(ResultsLocked) as caught:
            marking.set_mark(s, day.entries[1], a1, 1, Decimal(40))
        assert "Mechatronics" in caught.value.text() and "unlock" in caught.value.text()
        with pytest.raises(ResultsLocked):
            marking.save_scheme(s, day.track, [AspectInput("A1", Decimal(100), M, "Only wiring")])
        s.rollback()
    with day.db.session() as s:  # nothing written
        after = (
            s.scalar(select(func.count()).select_from(ChangeLog)),
            Decimal(s.get_one(Entry, day.entries[1]).score),
        )
        assert s.scalar(select(func.count()).select_from(JudgeMark)) == 8
    assert after == before
    with day.db.transaction() as s:
        results.unlock(s, day.track, reason="Judge 1 misread the drawing of team 2")
        marking.set_mark(s, day.entries[1], a1, 1, Decimal(40))
    with day.db.session() as s:
        assert s.get_one(Entry, day.entries[1]).score > before[1]


def test_medallists_certificates_follow_the_confirmed_medals(day: Day) -> None:
    _mark_all(day, {0: (40, [3, 3, 3]), 1: (20, [2, 2, 1])})
    with day.db.transaction() as s:
        results.confirm(s, day.track)
    with day.db.transaction() as s:
        issued = certificates.issue_for_competition(s, day.competition)
    with day.db.session() as s:
        medals = sorted(c.medal for c in issued.certificates if c.medal)
    assert medals == ["gold", "silver"]


def test_the_tracks_list_shows_marking_progress_and_confirmed_results(day: Day) -> None:
    from tvet_alliance.services import listing

    with day.db.session() as s:
        row = listing.fetch_rows(s, listing.TRACKS, [day.track])[day.track]
    assert (row["entries"], row["marked"], row["confirmed"]) == (2, 0, False)
    _mark_all(day, {0: (40, [3, 3, 3])})  # one of two entries fully marked
    with day.db.transaction() as s:
        results.confirm(s, day.track)
    with day.db.session() as s:
        row = listing.fetch_rows(s, listing.TRACKS, [day.track])[day.track]
    assert (row["entries"], row["marked"], row["confirmed"]) == (2, 1, True)


def test_home_counts_a_marked_tracks_medals_only_once_its_results_are_confirmed(day: Day) -> None:
    from tvet_alliance.services import stats

    with day.db.transaction() as s:  # a medal typed by hand before the track had its scheme
        s.get_one(Entry, day.entries[1]).medal = Medal.GOLD
    with day.db.session() as s:
        assert stats.dashboard(s).entries_by_medal["gold"] == 0  # stale until the rule confirms
    _mark_all(day, {0: (40, [3, 3, 3]), 1: (20, [2, 2, 1])})
    with day.db.transaction() as s:
        results.confirm(s, day.track)
    with day.db.session() as s:
        counted = stats.dashboard(s).entries_by_medal
    assert (counted["gold"], counted["silver"]) == (1, 1)


def test_a_competition_and_a_track_are_named_on_the_command_line_alike_everywhere(day: Day) -> None:
    """Every `--competition` / `--track` takes the name in any case, or a unique start of it, in
    English or Chinese (`domain.names.named`): results, marking and certificates alike."""
    from tvet_alliance.domain.names import named
    from tvet_alliance.services.importing import files

    with day.db.session() as s:
        for find in (results.find_competition, marking.find_competition, files.find_competition):
            assert find(s, "belt and road").id == day.competition
            assert find(s, "  BELT AND ROAD SKILLS 2026 ").id == day.competition
        competition = results.find_competition(s, "Belt")
        assert results.find_track(s, competition, "mecha").id == day.track
        assert marking.find_track(s, day.competition, "机电").id == day.track
        assert certificates.find_track(s, day.competition, "weld").id == day.other
        with pytest.raises(results.ResultsError):
            results.find_competition(s, "Chongqing")
    assert named(["Welding", "Web design"], "we", lambda n: (n,)) == ["Welding", "Web design"]
    assert named(["Web", "Web design"], "web", lambda n: (n,)) == ["Web"]  # the exact name wins
