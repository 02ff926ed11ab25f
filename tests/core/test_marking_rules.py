"""The marking rules (domain/marking.py), with examples worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tvet_alliance.domain import marking
from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.domain.marking import Aspect, MarkRefused

M, J = AspectKind.MEASUREMENT, AspectKind.JUDGEMENT
A1 = Aspect("a1", "A1", M, Decimal(10))
A2 = Aspect("a2", "A2", M, Decimal(20))
B1 = Aspect("b1", "B1", J, Decimal(6))
B2 = Aspect("b2", "B2", J, Decimal(4))
SCHEME = [A1, A2, B1, B2]  # maxima total 40; the track's maximum is 100

FULL = {
    ("a1", 1): Decimal("7.5"),
    ("a2", 1): Decimal(20),
    ("b1", 1): Decimal(2),
    ("b1", 2): Decimal(3),
    ("b1", 3): Decimal(3),
    ("b2", 1): Decimal(1),
    ("b2", 2): Decimal(1),
    ("b2", 3): Decimal(2),
}


def test_a_measurement_scores_its_mark() -> None:
    assert marking.aspect_mark(A1, FULL) == Decimal("7.5")
    assert marking.aspect_mark(A1, {}) is None


def test_a_judgement_scores_the_judges_mean_over_3_times_its_maximum() -> None:
    # B1: (2 + 3 + 3) / 3 = 8/3, / 3 × 6 = 16/3
    assert marking.aspect_mark(B1, FULL) == Decimal(8) / 3 / 3 * 6
    assert round(marking.aspect_mark(B1, FULL) or 0, 4) == Decimal("5.3333")
    # B2: (1 + 1 + 2) / 3 = 4/3, / 3 × 4 = 16/9
    assert round(marking.aspect_mark(B2, FULL) or 0, 4) == Decimal("1.7778")


def test_the_entry_mark_is_the_aspects_scaled_to_the_tracks_maximum() -> None:
    # 7.5 + 20 + 16/3 + 16/9 = 34.6111…; / 40 × 100 = 86.527… → 86.53
    assert marking.entry_mark(SCHEME, FULL, Decimal(100)) == Decimal("86.53")
    # The same marks on a track out of 50: half as much (43.26, rounded half up)
    assert marking.entry_mark(SCHEME, FULL, Decimal(50)) == Decimal("43.26")
    # One measurement of 25 out of 50 on a track out of 100 → 50
    half = Aspect("h", "H", M, Decimal(50))
    assert marking.entry_mark([half], {("h", 1): Decimal(25)}, Decimal(100)) == Decimal("50.00")


def test_an_entry_missing_one_judges_score_is_not_marked() -> None:
    partial = dict(FULL)
    del partial[("b2", 3)]
    assert not marking.is_marked(SCHEME, partial)
    assert marking.entry_mark(SCHEME, partial, Decimal(100)) is None
    assert marking.marks_needed(SCHEME) == 8
    assert marking.marks_given(SCHEME, partial) == 7
    assert marking.is_marked(SCHEME, FULL)
    assert not marking.is_marked([], {})


def test_judges_more_than_one_apart_are_flagged() -> None:
    assert marking.spread(B1, FULL) == Decimal(1)
    assert not marking.flagged(B1, FULL)
    apart = {("b1", 1): Decimal(1), ("b1", 2): Decimal(3)}
    assert marking.spread(B1, apart) == Decimal(2)
    assert marking.flagged(B1, apart)
    assert marking.spread(B1, {("b1", 1): Decimal(0)}) is None  # one score: nothing to compare
    assert marking.spread(A1, FULL) is None  # a measurement has no spread


@pytest.mark.parametrize(
    ("aspect", "judge", "mark", "code"),
    [
        (B1, 1, Decimal(4), "judgement_range"),
        (B1, 2, Decimal("-1"), "judgement_range"),
        (B1, 3, Decimal("1.5"), "judgement_range"),
        (A1, 1, Decimal("10.5"), "measurement_range"),
        (A1, 1, Decimal("-0.5"), "measurement_range"),
        (A1, 1, Decimal("3.333"), "precision"),
        (A1, 2, Decimal(3), "judge"),
    ],
)
def test_marks_out_of_range_are_refused_with_the_reason(
    aspect: Aspect, judge: int, mark: Decimal, code: str
) -> None:
    with pytest.raises(MarkRefused) as caught:
        marking.check_mark(aspect, judge, mark)
    assert caught.value.code == code
    assert aspect.code in caught.value.text() or code == "precision"


def test_marks_in_range_are_kept_to_the_cent() -> None:
    assert marking.check_mark(B1, 3, Decimal(3)) == Decimal("3.00")
    assert marking.check_mark(A1, 1, Decimal(10)) == Decimal("10.00")
    assert marking.check_mark(A1, 1, marking.parse_mark("7,5")) == Decimal("7.50")
    with pytest.raises(MarkRefused):
        marking.parse_mark("seven")
    with pytest.raises(MarkRefused):
        marking.parse_mark("NaN")


def test_a_scheme_not_totalling_the_maximum_is_a_warning_and_bad_maxima_are_errors() -> None:
    problems = marking.check_scheme(SCHEME, Decimal(100))
    assert [(p.code, p.warning) for p in problems] == [("total", True)]
    assert "40" in problems[0].text() and "100" in problems[0].text()
    assert marking.check_scheme([A1, Aspect("x", "X", M, Decimal(90))], Decimal(100)) == []
    bad = [A1, Aspect("x", "a1", J, Decimal(0))]
    codes = {(p.code, p.warning) for p in marking.check_scheme(bad, Decimal(10))}
    assert ("repeated", False) in codes and ("max", False) in codes
