"""Medal tables and the ceremony order: pure rules on stored medal *codes* (never labels).

A medal table counts, per country or per institution, the medals its entries hold. Each entry counts
once, whatever its team size (a team of three is one gold, as WorldSkills counts a team as one
competitor); withdrawn and disqualified entries count nothing (see :data:`COUNTED_OUT`).

The columns:

- ``gold``, ``silver``, ``bronze``, ``excellence`` (Medallion for Excellence);
- ``total`` = gold + silver + bronze. **Medallions are counted apart**, as WorldSkills does: they are
  not medals, so they are not in the total;
- ``points`` = gold 4, silver 3, bronze 2, medallion 1 (:data:`POINTS`, the WorldSkills member reports).

Three orders (:class:`MedalOrder`), each a tuple compared from the left, largest first:

- ``gold-first`` (the default, the Olympic rule): gold, then silver, then bronze. Medallions break no
  tie: two rows with the same golds, silvers and bronzes are equal;
- ``total``: the total, then gold, silver, bronze (a total tie falls back to the Olympic rule);
- ``points``: the points, then gold, silver, bronze.

Rows equal under the order share a rank and the next rank skips (1, 2, 2, 4: "standard competition
ranking"); rows sharing a rank are listed by name, for display only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from tvet_alliance.domain.enums import EntryStatus, Medal

#: An entry with one of these statuses counts in no medal table and is not called to the ceremony.
COUNTED_OUT = frozenset({EntryStatus.WITHDRAWN, EntryStatus.DISQUALIFIED})

#: Medal points per medal (WorldSkills member reports): gold 4, silver 3, bronze 2, medallion 1.
POINTS: dict[Medal, int] = {Medal.GOLD: 4, Medal.SILVER: 3, Medal.BRONZE: 2, Medal.EXCELLENCE: 1}

#: The medals a table counts, in its columns' order.
COUNTED = (Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE)

#: The ceremony's order within a track: medallions first, then bronze, silver and gold last.
CEREMONY_ORDER = (Medal.EXCELLENCE, Medal.BRONZE, Medal.SILVER, Medal.GOLD)


class MedalOrder(StrEnum):
    """How a medal table is ordered (see the module's doc)."""

    GOLD_FIRST = "gold-first"
    TOTAL = "total"
    POINTS = "points"


def medal_code(medal: Medal | str | None) -> Medal:
    """The :class:`Medal` of a stored code (``"gold"``) or member; None reads as no medal."""
    return Medal(str(getattr(medal, "value", medal or Medal.NONE)))


def counts(status: EntryStatus | str | None) -> bool:
    """Whether an entry of this status counts in the medal tables and the ceremony."""
    return status is None or str(getattr(status, "value", status)) not in COUNTED_OUT


@dataclass(frozen=True)
class Tally:
    """What one country or institution won: its key (a country code, an organisation's id, None for
    entries without one), its name as shown, and its medals."""

    key: Hashable
    name: str
    gold: int = 0
    silver: int = 0
    bronze: int = 0
    excellence: int = 0

    @property
    def total(self) -> int:
        """Gold, silver and bronze: medallions are counted apart."""
        return self.gold + self.silver + self.bronze

    @property
    def points(self) -> int:
        return (
            POINTS[Medal.GOLD] * self.gold
            + POINTS[Medal.SILVER] * self.silver
            + POINTS[Medal.BRONZE] * self.bronze
            + POINTS[Medal.EXCELLENCE] * self.excellence
        )


@dataclass(frozen=True)
class Placed:
    """A row of a medal table: its rank (shared by equal rows) and its tally."""

    rank: int
    tally: Tally


@dataclass(frozen=True)
class Won:
    """One entry's medal, as a table counts it: whose it is (*key*, e.g. the entry's country), the
    entry's status and its stored medal code."""

    key: Hashable
    status: EntryStatus | str | None
    medal: Medal | str | None


def tallies(won: Iterable[Won], name_of: Callable[[Hashable], str]) -> list[Tally]:
    """Each key's medals, counting each entry once; entries counted out (withdrawn, disqualified) and
    entries with no medal add nothing, and a key with nothing counted has no row."""
    found: dict[Hashable, dict[Medal, int]] = {}
    for w in won:
        medal = medal_code(w.medal)
        if medal not in POINTS or not counts(w.status):
            continue
        mine = found.setdefault(w.key, dict.fromkeys(COUNTED, 0))
        mine[medal] += 1
    return [
        Tally(
            key,
            name_of(key),
            gold=m[Medal.GOLD],
            silver=m[Medal.SILVER],
            bronze=m[Medal.BRONZE],
            excellence=m[Medal.EXCELLENCE],
        )
        for key, m in found.items()
    ]


def order_key(tally: Tally, order: MedalOrder | str = MedalOrder.GOLD_FIRST) -> tuple[int, ...]:
    """What *order* compares (larger is better); equal keys share a rank."""
    olympic = (tally.gold, tally.silver, tally.bronze)
    match MedalOrder(order):
        case MedalOrder.GOLD_FIRST:
            return olympic
        case MedalOrder.TOTAL:
            return (tally.total, *olympic)
        case MedalOrder.POINTS:
            return (tally.points, *olympic)


def rank_table(rows: Iterable[Tally], order: MedalOrder | str = MedalOrder.GOLD_FIRST) -> list[Placed]:
    """*rows* ranked by *order*: a row's rank is 1 + the number of rows strictly better, so equal rows
    share a rank and the next one skips (1, 2, 2, 4). Listed best first, equal rows by name
    (case-insensitive), then by key, so the table reads the same every time."""
    order = MedalOrder(order)
    listed = sorted(
        rows, key=lambda t: (tuple(-n for n in order_key(t, order)), t.name.casefold(), str(t.key))
    )
    placed: list[Placed] = []
    for i, tally in enumerate(listed):
        if placed and order_key(placed[-1].tally, order) == order_key(tally, order):
            placed.append(Placed(placed[-1].rank, tally))
        else:
            placed.append(Placed(i + 1, tally))
    return placed


def ceremony_step(medal: Medal | str | None) -> int | None:
    """Where a medal is called in its track's ceremony (0 first: medallions, then bronze, silver,
    gold), None for no medal."""
    code = medal_code(medal)
    return CEREMONY_ORDER.index(code) if code in CEREMONY_ORDER else None
