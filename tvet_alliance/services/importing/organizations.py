"""The organisations a people, delegates or entries import would create, found before it runs.

:func:`scan` reads the file's organisation column once (streamed: only the distinct names are kept,
with their counts), matches each name by the engine's own rule (``domain.names.OrgIndex`` over every
partner's English and native names, short name and aliases, as ``engine._Run.find_org`` does) and
returns those no partner matches, each with the closest partners (rapidfuzz over the same names in
every script). The person's answer per name goes into ``ImportOptions.organizations``: a partner's
id, :data:`engine.CREATE_ORGANIZATION` or None (leave the organisation empty).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import Organization
from tvet_alliance.domain.names import OrgIndex, name_key, partner_name
from tvet_alliance.progress import Progress
from tvet_alliance.services.importing import normalize as n
from tvet_alliance.services.importing.engine import CREATE_ORGANIZATION, ImportOptions
from tvet_alliance.services.importing.fields import ImportKind
from tvet_alliance.services.importing.mapping import ColumnMapping
from tvet_alliance.services.importing.source import Detection, ReadPosition, data_rows

#: The import kinds whose rows name an organisation that may be created.
KINDS = (ImportKind.PEOPLE, ImportKind.DELEGATES, ImportKind.ENTRIES)
#: How many closest partners each unknown name offers, and the lowest score (0–100) shown.
CLOSEST = 3
MIN_SCORE = 60
#: Names shorter than this (abbreviations) are compared whole, never as a part of a longer name.
SHORT = 8
#: At or above this score the closest partner is taken as meant (the page pre-selects it).
LIKELY = 90
#: Unknown names listed at most (a file naming more is counted in ``Scan.more``).
LIMIT = 500


@dataclass(frozen=True)
class Candidate:
    """An existing partner close to an unknown name."""

    id: uuid.UUID
    name: str  # partner_name: English, else its own script
    native: str
    country: str
    score: int  # 0–100

    def as_json(self) -> dict[str, object]:
        return {"id": str(self.id), "name": self.name, "country": self.country, "score": self.score}


@dataclass
class Unknown:
    """An organisation named by the file that no partner matches."""

    name: str  # the first spelling in the file
    rows: int  # rows naming it (in any of its spellings)
    first_row: int
    spellings: list[str] = field(default_factory=list)
    closest: list[Candidate] = field(default_factory=list)

    @property
    def likely(self) -> Candidate | None:
        """The partner almost certainly meant (score ≥ :data:`LIKELY`), if any."""
        return self.closest[0] if self.closest and self.closest[0].score >= LIKELY else None

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "rows": self.rows,
            "first_row": self.first_row,
            "spellings": list(self.spellings),
            "closest": [c.as_json() for c in self.closest],
        }


@dataclass
class Scan:
    unknown: list[Unknown] = field(default_factory=list)
    known_rows: int = 0  # rows naming a partner that exists
    more: int = 0  # unknown names beyond LIMIT

    def choices(self, *, create: bool = True) -> dict[str, uuid.UUID | str | None]:
        """``ImportOptions.organizations`` for every spelling of every unknown name: create it (or
        leave it empty)."""
        choice = CREATE_ORGANIZATION if create else None
        return {spelling: choice for u in self.unknown for spelling in u.spellings}


def organization_column(mapping: ColumnMapping, options: ImportOptions) -> tuple[int | None, str]:
    """Where a row's organisation comes from: its column, and the constant text a row without
    one gets."""
    return mapping.columns.get("organization"), n.clean_text(options.constants.get("organization", ""))


def _partners(session: Session) -> list[tuple[uuid.UUID, str, str, str, list[str]]]:
    """(id, shown name, native name, country, every name) of every live partner."""
    out = []
    for oid, name_en, native, short, aliases, country in session.execute(
        select(
            Organization.id,
            Organization.name_en,
            Organization.name_native,
            Organization.short_name,
            Organization.aliases,
            Organization.country,
        ).order_by(Organization.id)
    ):
        names = [x for x in (name_en, native, short, *(aliases or [])) if x]
        out.append((oid, partner_name(name_en, native), native or "", country, names))
    return out


def scan(
    session: Session,
    path: Path,
    detection: Detection,
    mapping: ColumnMapping,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
) -> Scan:
    """The organisations the import of *path* would create (none for a kind that names none, or
    when no column or constant gives the organisation). Names ``options.organizations`` already
    answers are left out."""
    result = Scan()
    column, constant = organization_column(mapping, options)
    if options.kind not in KINDS or (column is None and not constant):
        return result
    partners = _partners(session)
    index: OrgIndex[uuid.UUID] = OrgIndex()
    for oid, _shown, _native, _country, names in partners:
        index.add(names, oid)
    answered = {name_key(k) for k in options.organizations}
    counts: dict[str, Unknown] = {}  # by name key
    in_file: OrgIndex[str] = OrgIndex()  # unknown names, as the engine indexes the ones it creates
    known: dict[str, bool] = {}  # spelling -> a partner matches it
    where = ReadPosition()
    for number, cells in data_rows(path, detection, where):
        text = n.clean_text(cells[column]) if column is not None and column < len(cells) else ""
        text = text or constant
        if not text:
            continue
        if number % 2000 == 0 and progress is not None:
            progress(where.done, where.total)
        matched = known.get(text)
        if matched is None:
            matched = known[text] = index.find(text) is not None
        if matched:
            result.known_rows += 1
            continue
        key = name_key(text)
        if not key or key in answered:
            continue
        entry = counts.get(key)
        if entry is None:
            same = in_file.find(text)  # an abbreviation or spelling of a name met before
            entry = counts[same] if same is not None else None
            if entry is None:
                entry = counts[key] = Unknown(text, 0, number)
                in_file.add((text,), key)
            else:
                counts[key] = entry
        entry.rows += 1
        if text not in entry.spellings:
            entry.spellings.append(text)
    unknown = list({id(u): u for u in counts.values()}.values())
    result.more = max(0, len(unknown) - LIMIT)
    result.unknown = unknown[:LIMIT]
    if result.unknown and partners:
        _closest(result.unknown, partners)
    if progress is not None:
        progress(where.total or where.done, where.total or where.done)
    return result


def _closest(unknown: Iterable[Unknown], partners: list[tuple[uuid.UUID, str, str, str, list[str]]]) -> None:
    """Each unknown name's closest partners, by any of their names and abbreviations."""
    from rapidfuzz import fuzz, process  # loaded when a file is scanned, not at start-up

    def similarity(a: str, b: str, **_kwargs: object) -> float:
        # Words in any order, a name inside a longer one ("TEVTA Punjab Lahore" for "Punjab TEVTA")
        # half-counted against the whole: one shared word ("Lahore", "vocational") is not close.
        # (WRatio's partial matching scored any college sharing "vocational" 86.) A short name
        # (an abbreviation) is compared whole.
        if min(len(a), len(b)) < SHORT:
            return float(fuzz.QRatio(a, b))
        return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2

    choices: list[str] = []
    owner: list[int] = []
    for i, (_oid, _shown, _native, _country, names) in enumerate(partners):
        for key in {name_key(name) for name in names} - {""}:
            choices.append(key)
            owner.append(i)
    for u in unknown:
        best: dict[int, float] = {}
        for spelling in u.spellings:
            query = name_key(spelling)
            for _text, score, at in process.extract(
                query, choices, scorer=similarity, limit=CLOSEST * 8, score_cutoff=MIN_SCORE
            ):
                i = owner[at]
                best[i] = max(best.get(i, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda item: (-item[1], partners[item[0]][1].casefold()))
        u.closest = [
            Candidate(partners[i][0], partners[i][1], partners[i][2], partners[i][3], round(score))
            for i, score in ranked[:CLOSEST]
        ]
