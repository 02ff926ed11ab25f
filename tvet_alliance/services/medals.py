"""Medal tables (by country, by institution) and the ceremony order of a competition, from the medals
stored on its entries (``Entry.medal`` codes: confirming a track's results stores them).

The rules (what counts, the three orders, shared ranks) are :mod:`tvet_alliance.domain.medals`; this
module reads the entries and writes the files (CSV with BOM, CRLF and the formula guard, or .xlsx
with text cells, through :func:`exporting.write_table`, imported when a file is written: Home shows
a medal table at start-up).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tvet_alliance.domain import Competition, Entry, Organization, SkillTrack
from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.medals import (
    CEREMONY_ORDER,
    COUNTED_OUT,
    MedalOrder,
    Placed,
    Won,
    ceremony_step,
    medal_code,
    rank_table,
    tallies,
)
from tvet_alliance.domain.names import partner_name
from tvet_alliance.domain.values import country_name
from tvet_alliance.services.results import medals_settled


class By(StrEnum):
    """What a medal table's rows are."""

    COUNTRY = "country"
    ORGANIZATION = "organization"


#: The name of a row whose entries have no country or no institution, in English (the window
#: translates its own).
UNKNOWN = "(unknown)"


@dataclass(frozen=True)
class CompetitionRef:
    id: uuid.UUID
    name: str
    start_date: date | None = None


@dataclass(frozen=True)
class MedalRow:
    """One row of a medal table: *key* is the country code or the organisation's id (None: entries
    without one); *name* a country's name (English unless :func:`medal_table` was given another
    ``name_of``) or an institution's ``name_en``, and *native* the institution's name in its own
    script, if any."""

    rank: int
    key: str | None
    name: str
    gold: int
    silver: int
    bronze: int
    excellence: int
    total: int
    points: int
    native: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "name": self.name,
            "code": self.key,
            "gold": self.gold,
            "silver": self.silver,
            "bronze": self.bronze,
            "excellence": self.excellence,
            "total": self.total,
            "points": self.points,
        }


@dataclass
class MedalTable:
    competition: CompetitionRef | None  # None: every competition
    by: By
    order: MedalOrder
    rows: list[MedalRow] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "competition": self.competition.name if self.competition else None,
            "by": self.by.value,
            "order": self.order.value,
            "total_counts_medallions": False,
            "rows": [r.as_dict() for r in self.rows],
        }


def competitions(session: Session) -> list[CompetitionRef]:
    """The live competitions, the latest first (by start date; undated ones after, newest entered
    first)."""
    found = sorted(
        session.execute(
            select(Competition.id, Competition.name, Competition.start_date, Competition.created_at)
        ),
        key=lambda r: (r.start_date or date.min, r.created_at),
        reverse=True,
    )
    return [CompetitionRef(r.id, r.name, r.start_date) for r in found]


def latest_competition(session: Session) -> CompetitionRef | None:
    """The competition Home shows at a glance: the latest one (see :func:`competitions`)."""
    listed = competitions(session)
    return listed[0] if listed else None


def _competition(session: Session, competition_id: uuid.UUID | None) -> CompetitionRef | None:
    if competition_id is None:
        return None
    row = session.execute(
        select(Competition.id, Competition.name, Competition.start_date).where(
            Competition.id == competition_id
        )
    ).first()
    return CompetitionRef(row.id, row.name, row.start_date) if row is not None else None


def medal_table(
    session: Session,
    competition_id: uuid.UUID | None,
    by: By | str = By.COUNTRY,
    order: MedalOrder | str = MedalOrder.GOLD_FIRST,
    *,
    name_of: Callable[[str | None], str] | None = None,
) -> MedalTable:
    """The medal table of a competition (None: of every competition) by country or by institution.
    Each live entry counts once (a team is one medal); withdrawn and disqualified entries count
    nothing. *name_of* names a country code (the window passes its own language's; default English);
    equal rows are listed by that name."""
    by, order = By(by), MedalOrder(order)
    stmt = (
        select(
            Entry.country,
            Entry.organization_id,
            Entry.status,
            Entry.medal,
            Organization.name_en,
            Organization.name_native,
        )
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .join(Competition, Competition.id == SkillTrack.competition_id)
        .outerjoin(Organization, Organization.id == Entry.organization_id)
        .where(Entry.deleted_at.is_(None), SkillTrack.deleted_at.is_(None), Competition.deleted_at.is_(None))
        .where(Entry.medal != Medal.NONE, medals_settled())
    )
    if competition_id is not None:
        stmt = stmt.where(SkillTrack.competition_id == competition_id)
    won: list[Won] = []
    names: dict[Hashable, tuple[str, str | None]] = {}
    for row in session.execute(stmt):
        if by is By.COUNTRY:
            key: str | None = row.country or None
        else:
            shown = partner_name(row.name_en, row.name_native)
            key = str(row.organization_id) if row.organization_id and shown else None
            if key is not None:
                names[key] = (shown, row.name_native if row.name_en else None)
        won.append(Won(key, row.status, row.medal))

    def name(key: Hashable) -> str:
        if by is By.COUNTRY:
            code = key if isinstance(key, str) else None
            return (name_of or english_country)(code) if code else UNKNOWN
        return names[key][0] if key in names else UNKNOWN

    rows = [
        _row(placed, names.get(placed.tally.key, (None, None))[1])
        for placed in rank_table(tallies(won, name), order)
    ]
    return MedalTable(_competition(session, competition_id), by, order, rows)


def english_country(code: str | None) -> str:
    return country_name(code, "en") if code else UNKNOWN


def _row(placed: Placed, native: str | None) -> MedalRow:
    t = placed.tally
    return MedalRow(
        placed.rank,
        t.key if isinstance(t.key, str) else None,
        t.name,
        t.gold,
        t.silver,
        t.bronze,
        t.excellence,
        t.total,
        t.points,
        native,
    )


#: The columns of a medal table file, in order (the CLI's JSON keys, and the CSV's header).
TABLE_COLUMNS = ("rank", "name", "gold", "silver", "bronze", "excellence", "total", "points")


def table_cells(table: MedalTable) -> list[list[str]]:
    """The rows of *table* as the cells of :data:`TABLE_COLUMNS`."""
    return [
        [
            str(r.rank),
            r.name,
            str(r.gold),
            str(r.silver),
            str(r.bronze),
            str(r.excellence),
            str(r.total),
            str(r.points),
        ]
        for r in table.rows
    ]


def write_cells(
    destination: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *, sheet: str = "Medals"
) -> int:
    """Write a CSV (UTF-8 with BOM, CRLF, every field quoted, formula-like cells with a ``'``) or,
    for a name ending in .xlsx, a workbook of text cells; atomically. Returns the rows written."""
    from tvet_alliance.services import exporting  # the writer, loaded when a file is written

    fmt = "xlsx" if Path(destination).suffix.lower() == ".xlsx" else "csv"
    written, _ = exporting.write_table(
        Path(destination), header, rows, exporting.ExportOptions(format=fmt), sheet=sheet
    )
    return written


# --- the ceremony order ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    name: str
    native: str | None


@dataclass(frozen=True)
class Called:
    """One entry called to the podium: its place in the ceremony (from 1), its track, its medal and
    who receives it."""

    order: int
    track: str
    track_zh: str | None
    medal: Medal
    team: str | None
    members: tuple[Member, ...]
    organization: str | None
    organization_native: str | None
    country: str | None  # the code

    @property
    def names(self) -> str:
        return "; ".join(m.name for m in self.members)

    @property
    def names_native(self) -> str:
        return "; ".join(m.native or m.name for m in self.members)


def ceremony(session: Session, competition_id: uuid.UUID) -> list[Called]:
    """Who is called, in order: track by track (by name), each track's Medallions for Excellence
    first, then bronze, silver and gold last; entries sharing a medal by team or first member's
    name. Withdrawn and disqualified entries are not called."""
    stmt = (
        select(Entry)
        .join(SkillTrack, SkillTrack.id == Entry.track_id)
        .where(
            SkillTrack.competition_id == competition_id,
            Entry.deleted_at.is_(None),
            SkillTrack.deleted_at.is_(None),
            Entry.medal.in_([m.value for m in CEREMONY_ORDER]),
            Entry.status.not_in(sorted(COUNTED_OUT)),
            medals_settled(),
        )
        .options(selectinload(Entry.members), selectinload(Entry.organization), selectinload(Entry.track))
    )
    found: list[tuple[tuple[Any, ...], Entry, tuple[Member, ...]]] = []
    for entry in session.scalars(stmt):
        step = ceremony_step(entry.medal)
        assert step is not None
        members = tuple(
            Member(p.full_name, p.name_native)
            for p in sorted(entry.members, key=lambda p: p.full_name.casefold())
            if p.deleted_at is None
        )
        who = (entry.team_name or (members[0].name if members else "")).casefold()
        track = entry.track
        found.append(((track.name.casefold(), str(track.id), step, who, str(entry.id)), entry, members))
    found.sort(key=lambda f: f[0])
    called = []
    for n, (_key, entry, members) in enumerate(found, start=1):
        org = entry.organization if entry.organization and entry.organization.deleted_at is None else None
        called.append(
            Called(
                n,
                entry.track.name,
                entry.track.name_zh,
                medal_code(entry.medal),
                entry.team_name,
                members,
                org.display_name if org else None,
                org.name_native if org and org.name_en else None,
                entry.country,
            )
        )
    return called


#: The columns of the ceremony order file.
CEREMONY_COLUMNS = (
    "order",
    "track",
    "track_zh",
    "medal",
    "team",
    "names",
    "names_native",
    "organization",
    "organization_native",
    "country",
)


def ceremony_cells(called: Sequence[Called]) -> list[list[str]]:
    """The ceremony order as the cells of :data:`CEREMONY_COLUMNS` (medals and countries in English:
    "Medallion for Excellence", "Pakistan")."""
    return [
        [
            str(c.order),
            c.track,
            c.track_zh or "",
            MEDAL_NAMES[c.medal],
            c.team or "",
            c.names,
            c.names_native,
            c.organization or "",
            c.organization_native or "",
            english_country(c.country) if c.country else "",
        ]
        for c in called
    ]


#: A medal's name in a file read by people (the ceremony's announcer), from its code.
MEDAL_NAMES: dict[Medal, str] = {
    Medal.GOLD: "Gold",
    Medal.SILVER: "Silver",
    Medal.BRONZE: "Bronze",
    Medal.EXCELLENCE: "Medallion for Excellence",
    Medal.NONE: "No medal",
}


def write_ceremony(session: Session, competition_id: uuid.UUID, destination: Path) -> int:
    """Write the ceremony order of a competition to *destination* (.csv or .xlsx); returns how many
    entries are called."""
    return write_cells(
        destination, CEREMONY_COLUMNS, ceremony_cells(ceremony(session, competition_id)), sheet="Ceremony"
    )
