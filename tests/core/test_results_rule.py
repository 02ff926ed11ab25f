"""Results by rule (issue 16, item 3) as pure functions, with hand-worked examples: ranks with ties
at every medal boundary, the tie margin, the Medallion threshold, withdrawn, disqualified and
unmarked entries; the standard score's properties (median at 700, order kept, the stated spread,
the fallbacks)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tvet_alliance.domain import results as rule
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.domain.results import EntryMark, Settings, Unranked

G, S, B, E, N = Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE, Medal.NONE
HUNDRED = Decimal(100)
DEFAULT = Settings()


def _run(
    marks: dict[str, str | None], settings: Settings = DEFAULT, **status: EntryStatus
) -> dict[str, tuple]:
    entries = [
        EntryMark(k, None if m is None else Decimal(m), status.get(k, EntryStatus.COMPETED))
        for k, m in marks.items()
    ]
    got, _ = rule.track_results(entries, HUNDRED, settings)
    return {r.key: (r.rank, r.standard_score, r.medal) for r in got}


def test_the_worked_example_of_docs_results() -> None:
    # median 80; |deviations| 10 5 0 5 10 -> MAD 5; spread 1.4826 x 5 = 7.413
    # 90: 700 + 100 x 10 / 7.413 = 834.9 -> 835; 85: 767.4 -> 767; 75: 632.6 -> 633; 70: 565.1 -> 565
    got = _run({"a": "90", "b": "85", "c": "80", "d": "75", "e": "70"})
    assert got == {
        "a": (1, 835, G),
        "b": (2, 767, S),
        "c": (3, 700, B),
        "d": (4, 633, N),
        "e": (5, 565, N),
    }


def test_two_golds_leave_no_silver() -> None:
    got = _run({"a": "90", "b": "90", "c": "85", "d": "80", "e": "75"})
    assert [got[k][0] for k in "abcde"] == [1, 1, 3, 4, 5]
    assert [got[k][2] for k in "abcde"] == [G, G, B, N, N]


def test_three_golds_leave_no_silver_and_no_bronze() -> None:
    got = _run({"a": "90", "b": "90", "c": "90", "d": "70"})
    assert [got[k][:1] + got[k][2:] for k in "abcd"] == [(1, G), (1, G), (1, G), (4, N)]


def test_two_silvers_leave_no_bronze() -> None:
    got = _run({"a": "95", "b": "85", "c": "85", "d": "60", "e": "50"})
    assert [(got[k][0], got[k][2]) for k in "abcde"] == [(1, G), (2, S), (2, S), (4, N), (5, N)]


def test_two_bronzes_then_rank_five() -> None:
    got = _run({"a": "95", "b": "90", "c": "80", "d": "80", "e": "60"})
    assert [(got[k][0], got[k][2]) for k in "abcde"] == [(1, G), (2, S), (3, B), (3, B), (5, N)]


def test_the_medallion_from_the_threshold_and_not_below() -> None:
    # median 80 (of 95 90 85 80 80 80 70); MAD 5; the three at 80 stand at 700 exactly: rank 4, Medallion
    marks = {"a": "95", "b": "90", "c": "85", "d": "80", "e": "80", "f": "80", "g": "70"}
    got = _run(marks)
    assert [got[k][2] for k in "abcdefg"] == [G, S, B, E, E, E, N]
    assert got["d"][:2] == (4, 700) and got["g"][:2] == (7, 565)
    higher = _run(marks, Settings(threshold=701))
    assert [higher[k][2] for k in "defg"] == [N, N, N, N]
    lower = _run(marks, Settings(threshold=565))
    assert lower["g"][2] is E


def test_marks_within_the_margin_of_a_better_one_share_its_rank_and_medal() -> None:
    settings = Settings(margin=Decimal("0.5"))
    got = _run({"a": "90", "b": "89.5", "c": "89", "d": "80"}, settings)
    # a and b share gold; c is 1 point below a: a new group, rank 3, bronze (no chaining via b)
    assert [(got[k][0], got[k][2]) for k in "abcd"] == [(1, G), (1, G), (3, B), (4, N)]
    # the standard scores stay each entry's own
    assert got["a"][1] > got["b"][1]
    without = _run({"a": "90", "b": "89.5", "c": "89", "d": "80"})
    assert [without[k][2] for k in "abc"] == [G, S, B]


def test_a_margin_tie_at_the_silver_and_bronze_boundary() -> None:
    got = _run({"a": "95", "b": "88", "c": "87", "d": "70", "e": "69"}, Settings(margin=Decimal(1)))
    assert [(got[k][0], got[k][2]) for k in "abcde"] == [(1, G), (2, S), (2, S), (4, N), (4, N)]


def test_withdrawn_disqualified_and_unmarked_entries_are_ranked_out() -> None:
    entries = [
        EntryMark("w", Decimal(99), EntryStatus.WITHDRAWN),
        EntryMark("x", Decimal(98), EntryStatus.DISQUALIFIED),
        EntryMark("u", None, EntryStatus.COMPETED),
        EntryMark("r", Decimal(97), EntryStatus.REGISTERED),
        EntryMark("a", Decimal(80)),
        EntryMark("b", Decimal(70)),
    ]
    got, scale = rule.track_results(entries, HUNDRED)
    by = {r.key: r for r in got}
    assert [r.key for r in got] == ["a", "b", "w", "x", "u", "r"]  # ranked first, in rank order
    assert (by["a"].rank, by["a"].medal, by["b"].rank, by["b"].medal) == (1, G, 2, S)
    for key, why in (
        ("w", Unranked.WITHDRAWN),
        ("x", Unranked.DISQUALIFIED),
        ("u", Unranked.NO_MARK),
        ("r", Unranked.NOT_COMPETED),
    ):
        assert (by[key].rank, by[key].standard_score, by[key].medal, by[key].unranked) == (None, None, N, why)
    assert scale.ranked == 2  # the standardisation is over the two ranked entries only


def test_fewer_than_three_ranked_entries_use_a_tenth_of_the_maximum_as_spread() -> None:
    scale = rule.standardisation([Decimal(80), Decimal(60)], HUNDRED)
    assert (scale.median, scale.spread, scale.fallback) == (Decimal(70), Decimal(10), True)
    assert (scale.standard(Decimal(80)), scale.standard(Decimal(60))) == (800, 600)
    alone, _ = rule.track_results([EntryMark("a", Decimal(40))], HUNDRED)
    assert (alone[0].rank, alone[0].standard_score, alone[0].medal) == (1, 700, G)


def test_all_equal_marks_stand_at_700_and_share_gold() -> None:
    got = _run({"a": "75", "b": "75", "c": "75", "d": "75"})
    assert set(got.values()) == {(1, 700, G)}
    scale = rule.standardisation([Decimal(75)] * 4, HUNDRED)
    assert scale.floored and scale.spread == Decimal(5)  # 5 % of the maximum


def test_the_spread_is_1_4826_times_the_median_absolute_deviation() -> None:
    marks = [Decimal(m) for m in ("50", "60", "70", "80", "90", "100", "40")]
    scale = rule.standardisation(marks, HUNDRED)
    assert scale.median == Decimal(70)
    assert scale.spread == Decimal("1.4826") * Decimal(20)
    # one spread above the median is 800, one below 600
    assert scale.standard(Decimal(70) + scale.spread) == 800
    assert scale.standard(Decimal(70) - scale.spread) == 600


def test_standard_scores_are_clamped_to_400_1000() -> None:
    scale = rule.standardisation([Decimal(m) for m in ("50", "50", "51", "100", "0")], HUNDRED)
    assert scale.standard(Decimal(100)) == 1000 and scale.standard(Decimal(0)) == 400


def test_the_spread_of_a_track_out_of_ten_scales_with_its_maximum() -> None:
    out_of_100 = rule.standardisation([Decimal(m) for m in ("90", "80", "70")], HUNDRED)
    out_of_10 = rule.standardisation([Decimal(m) for m in ("9", "8", "7")], Decimal(10))
    assert out_of_100.standard(Decimal(90)) == out_of_10.standard(Decimal(9))


marks_st = st.lists(
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=40,
)


@given(marks_st)
def test_order_is_kept_and_the_median_is_at_700(marks: list[Decimal]) -> None:
    entries = [EntryMark(i, m) for i, m in enumerate(marks)]
    got, scale = rule.track_results(entries, HUNDRED)
    assert scale.median is not None and scale.standard(scale.median) == 700
    by = {r.key: r for r in got}
    for i, a in enumerate(marks):
        for j, b in enumerate(marks):
            if a > b:
                assert (by[i].standard_score or 0) >= (by[j].standard_score or 0)
                assert (by[i].rank or 0) < (by[j].rank or 0)
            elif a == b:
                assert by[i].rank == by[j].rank and by[i].medal is by[j].medal
    if len(marks) % 2:
        middle = sorted(marks)[len(marks) // 2]
        assert all(r.standard_score == 700 for r in got if r.mark == middle)
    # a rank is 1 + the entries that did better: 1, 1, 3
    for r in got:
        assert r.rank == 1 + sum(1 for m in marks if m > (r.mark or 0))
    # gold, silver and bronze go by rank only
    for r in got:
        assert (r.medal in (G, S, B)) == (r.rank in (1, 2, 3))


def test_best_of_nation_takes_the_highest_standard_score_across_tracks() -> None:
    got = rule.best_of_nation(
        [
            rule.Standing("pk-weld", "welding", "PK", 760),
            rule.Standing("pk-cnc", "cnc", "PK", 812),
            rule.Standing("cn-weld", "welding", "CN", 835),
            rule.Standing("cn-cnc", "cnc", "CN", 835),
            rule.Standing("none", "cnc", None, 900),
            rule.Standing("unranked", "cnc", "KZ", None),
        ]
    )
    assert {c: [s.key for s in best] for c, best in got.items()} == {
        "CN": ["cn-weld", "cn-cnc"],
        "PK": ["pk-cnc"],
    }
