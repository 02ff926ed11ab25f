"""Results by rule: the ranks, standard scores and proposed medals of one skill track's entries.

Pure functions (no session, no Qt), documented with a worked example in ``docs/results.md``. The
standard score is **this program's formula**, not WorldSkills' (theirs is not published):

* the *median* mark and the *spread* are taken over the track's ranked entries (status "competed",
  with a mark);
* spread = 1.4826 × the median absolute deviation from the median (a robust estimate of the standard
  deviation), but never less than :data:`MIN_SPREAD_SHARE` (5 %) of the track's maximum mark; with
  fewer than :data:`MIN_FOR_SPREAD` (3) ranked entries it is :data:`FALLBACK_SPREAD_SHARE` (10 %) of
  the maximum;
* standard = 700 + 100 × (mark − median) / spread, rounded half up to a whole point and clamped to
  :data:`STANDARD_RANGE` (400–1000). The median entry is at 700, a better mark never has a lower
  standard score, and all-equal marks are all at 700.

Ranks and medals: entries are ranked by mark, best first. Each tie group starts at the best mark not
yet placed and takes every entry within the tie margin (in **mark points**, default 0: only equal
marks) of that best mark; a group shares its rank (1 + the entries placed above it: 1, 1, 3) and its
medal. Rank 1 is gold, 2 silver, 3 bronze — two golds leave no silver (the next rank is 3: bronze),
as in 2015. A group without gold, silver or bronze whose best standard score reaches the
competition's threshold (default 700) gets the Medallion for Excellence. Withdrawn and disqualified
entries are ranked out (no rank, no medal); entries without a mark, or not marked "competed", are
unranked. A team is one entry: it takes one place, whatever its size.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.domain.rules import is_ranked

#: The standard score of the median entry.
CENTRE = 700
#: Standard points per spread.
SCALE = 100
#: Standard scores are clamped to this range.
STANDARD_RANGE = (400, 1000)
#: The median absolute deviation times this estimates the standard deviation of normal marks.
MAD_TO_SD = Decimal("1.4826")
#: The spread is never less than this share of the track's maximum mark (5 points of 100: with few
#: entries the MAD is unstable, and small differences would be thrown far apart).
MIN_SPREAD_SHARE = Decimal("0.05")
#: Fewer ranked entries than this: the spread is FALLBACK_SPREAD_SHARE of the maximum.
MIN_FOR_SPREAD = 3
FALLBACK_SPREAD_SHARE = Decimal("0.10")
#: The defaults of a competition's settings.
DEFAULT_THRESHOLD = 700
DEFAULT_MARGIN = Decimal(0)

#: Gold, silver and bronze by rank.
RANK_MEDALS = {1: Medal.GOLD, 2: Medal.SILVER, 3: Medal.BRONZE}


class Unranked(StrEnum):
    """Why an entry has no rank."""

    WITHDRAWN = "withdrawn"
    DISQUALIFIED = "disqualified"
    NO_MARK = "no_mark"  # no mark yet
    NOT_COMPETED = "not_competed"  # has a mark but is not marked "competed"


@dataclass(frozen=True)
class EntryMark:
    """What one entry's result depends on."""

    key: Hashable
    mark: Decimal | None
    status: EntryStatus | str = EntryStatus.COMPETED
    country: str | None = None
    organization: str | None = None


@dataclass(frozen=True)
class Settings:
    """A competition's settings of the rule: the Medallion threshold (standard points) and the tie
    margin (mark points)."""

    threshold: int = DEFAULT_THRESHOLD
    margin: Decimal = DEFAULT_MARGIN


@dataclass(frozen=True)
class Standardisation:
    """How a track's marks were put on the standard scale."""

    median: Decimal | None
    spread: Decimal
    ranked: int  # how many entries the median and spread were taken over
    fallback: bool  # fewer than MIN_FOR_SPREAD ranked entries: spread = 10 % of the maximum
    floored: bool  # 1.4826 × MAD was below 5 % of the maximum (all equal, or nearly)

    def standard(self, mark: Decimal) -> int:
        """The standard score of *mark* (see the module's formula)."""
        if self.median is None:
            return CENTRE
        raw = Decimal(CENTRE) + Decimal(SCALE) * (Decimal(mark) - self.median) / self.spread
        whole = int(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        low, high = STANDARD_RANGE
        return max(low, min(high, whole))


@dataclass(frozen=True)
class Result:
    """One entry's result: its rank (None when unranked, with the reason), standard score (None
    when unranked) and proposed medal."""

    key: Hashable
    mark: Decimal | None
    rank: int | None
    standard_score: int | None
    medal: Medal
    unranked: Unranked | None = None
    country: str | None = None
    organization: str | None = None


def _status(status: EntryStatus | str) -> str:
    return str(getattr(status, "value", status))


def unranked_reason(status: EntryStatus | str, mark: Decimal | None) -> Unranked | None:
    """Why an entry with this status and mark has no rank (None: it is ranked)."""
    s = _status(status)
    if s == EntryStatus.WITHDRAWN.value:
        return Unranked.WITHDRAWN
    if s == EntryStatus.DISQUALIFIED.value:
        return Unranked.DISQUALIFIED
    if mark is None:
        return Unranked.NO_MARK
    return None if is_ranked(status, mark) else Unranked.NOT_COMPETED


def median(values: Sequence[Decimal]) -> Decimal:
    """The median of *values* (the mean of the middle two when their number is even)."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("the median of no values")
    middle = n // 2
    return ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def standardisation(marks: Sequence[Decimal], max_score: Decimal) -> Standardisation:
    """The median and spread of a track's ranked marks out of *max_score*."""
    maximum = Decimal(max_score)
    if not marks:
        return Standardisation(None, FALLBACK_SPREAD_SHARE * maximum, 0, True, False)
    centre = median(marks)
    if len(marks) < MIN_FOR_SPREAD:
        return Standardisation(centre, FALLBACK_SPREAD_SHARE * maximum, len(marks), True, False)
    robust = MAD_TO_SD * median([abs(m - centre) for m in marks])
    floor = MIN_SPREAD_SHARE * maximum
    return Standardisation(centre, max(robust, floor), len(marks), False, robust < floor)


def track_results(
    entries: Iterable[EntryMark], max_score: Decimal, settings: Settings = Settings()
) -> tuple[list[Result], Standardisation]:
    """The results of one track's entries, best first (ranked entries by rank and mark, then the
    unranked ones in the order given), and the standardisation used."""
    entries = list(entries)
    ranked = [e for e in entries if unranked_reason(e.status, e.mark) is None]
    marks = [Decimal(e.mark) for e in ranked if e.mark is not None]
    scale = standardisation(marks, max_score)
    ranked.sort(key=lambda e: -Decimal(e.mark or 0))
    margin = Decimal(settings.margin or 0)
    results: list[Result] = []
    placed = 0
    i = 0
    while i < len(ranked):
        top = Decimal(ranked[i].mark or 0)
        group = [e for e in ranked[i:] if top - Decimal(e.mark or 0) <= margin]
        rank = placed + 1
        best_standard = scale.standard(top)
        medal = RANK_MEDALS.get(rank, Medal.NONE)
        if medal is Medal.NONE and best_standard >= settings.threshold:
            medal = Medal.EXCELLENCE
        for e in group:
            assert e.mark is not None
            mark = Decimal(e.mark)
            results.append(
                Result(e.key, mark, rank, scale.standard(mark), medal, None, e.country, e.organization)
            )
        placed += len(group)
        i += len(group)
    for e in entries:
        reason = unranked_reason(e.status, e.mark)
        if reason is not None:
            given = None if e.mark is None else Decimal(e.mark)
            results.append(Result(e.key, given, None, None, Medal.NONE, reason, e.country, e.organization))
    return results, scale


@dataclass(frozen=True)
class Standing:
    """An entry's standard score in one track, for the best of nation."""

    key: Hashable
    track: Hashable
    country: str | None
    standard_score: int | None


def best_of_nation(standings: Iterable[Standing]) -> dict[str, list[Standing]]:
    """Per country, the entries with the highest standard score across all tracks (more than one
    when they are equal). Entries without a country or a standard score take no part."""
    best: dict[str, list[Standing]] = {}
    for s in standings:
        if s.country is None or s.standard_score is None:
            continue
        mine = best.get(s.country)
        if mine is None or s.standard_score > (mine[0].standard_score or 0):
            best[s.country] = [s]
        elif s.standard_score == mine[0].standard_score:
            mine.append(s)
    return dict(sorted(best.items()))
