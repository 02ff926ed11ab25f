"""Rules of the alliance's records that are not one field's validation: when an agreement is ending,
how competition entries rank, which medals contradict the ranking, and an entry's country. Pure Python (the rank also as the SQL a list sorts by, built from
the same definition), so the window, the lists, exports and printing all apply one rule.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from tvet_alliance.domain.enums import AgreementStatus, EntryStatus, Medal
from tvet_alliance.domain.models import Entry

# --- agreements ------------------------------------------------------------------------------------

#: An agreement in force that ends within this many days is "ending soon".
EXPIRY_WARNING_DAYS = 90
#: The statuses of an agreement that is in force.
IN_FORCE = frozenset({AgreementStatus.SIGNED, AgreementStatus.ACTIVE})


class Expiry(StrEnum):
    """What a person should notice about an agreement's end date."""

    SOON = "soon"  # in force, and ends within EXPIRY_WARNING_DAYS
    LAPSED = "lapsed"  # still marked in force after its end date


def agreement_expiry(
    status: AgreementStatus | str | None, expires_on: Any, today: date | None = None
) -> Expiry | None:
    """:attr:`Expiry.SOON` for an agreement in force that ends within the warning period,
    :attr:`Expiry.LAPSED` if it is still marked in force after its end date; None otherwise (no end
    date, not in force, or ending later)."""
    if (
        not isinstance(expires_on, date)
        or status is None
        or str(getattr(status, "value", status)) not in IN_FORCE
    ):
        return None
    days = (expires_on - (today or date.today())).days
    if days < 0:
        return Expiry.LAPSED
    return Expiry.SOON if days <= EXPIRY_WARNING_DAYS else None


# --- competition rank ------------------------------------------------------------------------------

#: The statuses of an entry that has a rank (withdrawn, disqualified and registered entries have none).
RANKED_STATUSES = frozenset({EntryStatus.COMPETED})


@dataclass(frozen=True)
class Scored:
    """What the rank of one live entry depends on."""

    key: Hashable
    track: Hashable
    status: EntryStatus | str
    score: Decimal | None


def is_ranked(status: EntryStatus | str, score: Decimal | None) -> bool:
    """Whether an entry takes part in the ranking: it competed and has a score."""
    return score is not None and str(getattr(status, "value", status)) in RANKED_STATUSES


def ranks(entries: Iterable[Scored]) -> dict[Hashable, int | None]:
    """Competition ranking ("1224") of the live entries, per track: an entry's rank is 1 + how many
    ranked entries of its track scored higher, so ties share a rank and the next one skips
    (1, 1, 3). Entries that are not ranked (see :func:`is_ranked`) get None."""
    entries = list(entries)
    scores: dict[Hashable, list[Decimal]] = {}
    for e in entries:
        if is_ranked(e.status, e.score):
            assert e.score is not None
            scores.setdefault(e.track, []).append(Decimal(e.score))
    result: dict[Hashable, int | None] = {}
    for e in entries:
        if not is_ranked(e.status, e.score):
            result[e.key] = None
            continue
        assert e.score is not None
        mine = Decimal(e.score)
        result[e.key] = 1 + sum(1 for other in scores[e.track] if other > mine)
    return result


def _ranked_sql(entry: Any) -> ColumnElement[bool]:
    """:func:`is_ranked` (and live) as SQL on *entry* (the Entry model or an alias of it)."""
    return and_(
        entry.deleted_at.is_(None),
        entry.score.is_not(None),
        entry.status.in_(sorted(RANKED_STATUSES)),
    )


def rank_sql() -> ColumnElement[Any]:
    """:func:`ranks` as a SQL expression on :class:`Entry` (a correlated subquery): NULL for an entry
    that is not ranked, else 1 + the ranked entries of its track with a higher score."""
    rival = aliased(Entry)
    higher = (
        select(func.count(rival.id) + 1)
        .where(rival.track_id == Entry.track_id, _ranked_sql(rival), rival.score > Entry.score)
        .correlate(Entry)
        .scalar_subquery()
    )
    ranked = and_(Entry.score.is_not(None), Entry.status.in_(sorted(RANKED_STATUSES)))
    return case((ranked, higher), else_=None)


# --- medals against the ranking --------------------------------------------------------------------

#: How a medal ranks against another: a better-placed entry should never have a lesser medal.
MEDAL_LEVELS: dict[Medal, int] = {
    Medal.GOLD: 4,
    Medal.SILVER: 3,
    Medal.BRONZE: 2,
    Medal.EXCELLENCE: 1,
    Medal.NONE: 0,
}


def medal_level(medal: Medal | str | None) -> int:
    return MEDAL_LEVELS.get(Medal(str(getattr(medal, "value", medal or Medal.NONE))), 0)


@dataclass(frozen=True)
class Medalled(Scored):
    """What the medal check of one live entry depends on."""

    medal: Medal | str = Medal.NONE


@dataclass(frozen=True)
class MedalConflict:
    """An entry's medal contradicts its rank: *other_rank* in the same track has *other_medal*,
    better than this entry's though ranked below it, or worse though ranked above it."""

    rank: int
    medal: Medal
    other_rank: int
    other_medal: Medal


def medal_conflicts(entries: Iterable[Medalled]) -> dict[Hashable, MedalConflict]:
    """The ranked entries whose medal contradicts the ranking of their track (rank 1 without a medal
    while rank 3 has silver; gold for rank 2 and silver for rank 1): each such entry, with the nearest
    entry it contradicts. Entries with equal scores (a shared rank) never contradict each other."""
    entries = list(entries)
    rank = ranks(entries)
    by_track: dict[Hashable, list[tuple[int, int, Medalled]]] = {}
    for e in entries:
        r = rank.get(e.key)
        if r is not None:
            by_track.setdefault(e.track, []).append((r, medal_level(e.medal), e))
    result: dict[Hashable, MedalConflict] = {}
    for rows in by_track.values():
        rows.sort(key=lambda row: row[0])
        for r, level, e in rows:
            clashes = [
                (abs(other_r - r), other_r, other)
                for other_r, other_level, other in rows
                if (other_r > r and other_level > level) or (other_r < r and other_level < level)
            ]
            if clashes:
                _, other_r, other = min(clashes, key=lambda c: (c[0], c[1]))
                result[e.key] = MedalConflict(
                    r, Medal(str(getattr(e.medal, "value", e.medal))), other_r,
                    Medal(str(getattr(other.medal, "value", other.medal))),
                )  # fmt: skip
    return result


def _medal_level_sql(entry: Any) -> ColumnElement[int]:
    return case(*((entry.medal == m, level) for m, level in MEDAL_LEVELS.items()), else_=0)


def medal_conflict_sql() -> ColumnElement[bool]:
    """:func:`medal_conflicts` as a SQL condition on :class:`Entry`: it is ranked, and a ranked
    entry of its track scored lower with a better medal, or higher with a lesser one."""
    rival = aliased(Entry)
    mine, theirs = _medal_level_sql(Entry), _medal_level_sql(rival)
    clash = (
        exists()
        .where(
            rival.track_id == Entry.track_id,
            _ranked_sql(rival),
            or_(
                and_(rival.score < Entry.score, theirs > mine),
                and_(rival.score > Entry.score, theirs < mine),
            ),
        )
        .correlate(Entry)
    )
    return and_(Entry.score.is_not(None), Entry.status.in_(sorted(RANKED_STATUSES)), clash)


# --- an entry's country ----------------------------------------------------------------------------


def entry_country(country: str | None, organisation_country: str | None) -> str | None:
    """An entry's country: the one given, else its organisation's (the form fills it in when an
    organisation is picked; saving and importing fill it when it is empty)."""
    return country or organisation_country or None
