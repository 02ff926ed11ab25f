"""Marking schemes and judges' marks from spreadsheets (CSV or .xlsx, read by the import's readers:
any encoding, title rows above the header, English or Chinese headers).

A scheme file has a row per aspect: code, description (and its Chinese), type (measurement /
judgement), max, criterion (and its name). A marks file has a row per mark: entry, aspect, judge,
mark, and a track column when an aspect code is used by several tracks of the competition. An entry
is named by its team name, its organisation's name or a member's name, in either script. A row that
cannot be matched is rejected with its reason; the others are written through
:func:`services.marking.set_mark`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tvet_alliance.domain import Entry, MarkingAspect, SkillTrack
from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.domain.marking import Aspect, MarkRefused, SchemeProblem, check_mark, parse_mark
from tvet_alliance.domain.search_keys import fold
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import marking
from tvet_alliance.services.marking import AspectInput, MarkingError

#: Column names people use, folded (case, spaces), for each column of a scheme or marks file.
SCHEME_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "aspect", "aspect code", "id", "no", "代码", "编号", "评分项编号", "序号"),
    "description": ("description", "aspect description", "name", "描述", "评分项", "评分内容", "说明"),
    "description_zh": (
        "description in chinese",
        "chinese description",
        "中文描述",
        "描述（中文）",
        "描述(中文)",
    ),
    "kind": ("type", "kind", "marking type", "类型", "评分类型", "评分方式"),
    "max_mark": ("max", "maximum", "max mark", "maximum mark", "marks", "分值", "满分", "最高分", "配分"),
    "criterion": ("criterion", "section", "criterion group", "group", "模块", "标准", "评分模块"),
    "criterion_name": ("criterion name", "section name", "group name", "模块名称", "标准名称"),
}
MARK_COLUMNS: dict[str, tuple[str, ...]] = {
    "entry": ("entry", "team", "competitor", "name", "参赛队", "参赛者", "选手", "队伍", "参赛选手"),
    "aspect": ("aspect", "code", "aspect code", "评分项", "评分项编号", "代码", "编号"),
    "judge": ("judge", "judge number", "裁判", "裁判员", "裁判号"),
    "mark": ("mark", "score", "marks", "分数", "得分", "评分"),
    "track": ("track", "skill track", "skill", "赛项", "赛道"),
}
KIND_WORDS: dict[str, AspectKind] = {
    "measurement": AspectKind.MEASUREMENT,
    "m": AspectKind.MEASUREMENT,
    "objective": AspectKind.MEASUREMENT,
    "测量": AspectKind.MEASUREMENT,
    "客观": AspectKind.MEASUREMENT,
    "测量评分": AspectKind.MEASUREMENT,
    "judgement": AspectKind.JUDGEMENT,
    "judgment": AspectKind.JUDGEMENT,
    "j": AspectKind.JUDGEMENT,
    "subjective": AspectKind.JUDGEMENT,
    "评价": AspectKind.JUDGEMENT,
    "主观": AspectKind.JUDGEMENT,
    "评价评分": AspectKind.JUDGEMENT,
}


def _key(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


def _columns(header: list[str], names: dict[str, tuple[str, ...]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, cell in enumerate(header):
        k = _key(cell)
        for name, synonyms in names.items():
            if name not in out and (k == _key(name) or k in {_key(s) for s in synonyms}):
                out[name] = i
    return out


def _read(path: Path) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and the numbered data rows of a spreadsheet, through the import's readers."""
    from tvet_alliance.services.importing.source import data_rows, detect, read_table

    detection = detect(path)
    table = read_table(path, detection, preview_rows=0)
    return table.header, data_rows(path, detection)


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _missing(columns: dict[str, int], wanted: tuple[str, ...]) -> None:
    absent = [w for w in wanted if w not in columns]
    if absent:
        raise MarkingError(
            "columns",
            QT_TRANSLATE_NOOP("Marking", "The file has no column “{column}”."),
            column=absent[0],
        )


# --- schemes --------------------------------------------------------------------------------------


def read_scheme(path: str | Path) -> list[AspectInput]:
    """The aspects of a scheme spreadsheet, in the file's order; MarkingError naming the row of the
    first bad one (a type that is neither measurement nor judgement, a maximum that is no number)."""
    header, rows = _read(Path(path))
    columns = _columns(header, SCHEME_COLUMNS)
    _missing(columns, ("code", "max_mark"))
    out = []
    for number, row in rows:
        code = _cell(row, columns, "code")
        if not code:
            continue
        kind_text = _key(_cell(row, columns, "kind")) or "measurement"
        kind = KIND_WORDS.get(kind_text)
        if kind is None:
            raise MarkingError(
                "kind",
                QT_TRANSLATE_NOOP("Marking", "Row {row}: “{value}” is neither measurement nor judgement."),
                row=number,
                value=_cell(row, columns, "kind"),
            )
        try:
            maximum = parse_mark(_cell(row, columns, "max_mark"))
        except MarkRefused:
            raise MarkingError(
                "max_text",
                QT_TRANSLATE_NOOP("Marking", "Row {row}: the maximum “{value}” is not a number."),
                row=number,
                value=_cell(row, columns, "max_mark"),
            ) from None
        out.append(
            AspectInput(
                code=code,
                max_mark=maximum,
                kind=kind,
                description=_cell(row, columns, "description") or None,
                description_zh=_cell(row, columns, "description_zh") or None,
                criterion=_cell(row, columns, "criterion") or None,
                criterion_name=_cell(row, columns, "criterion_name") or None,
            )
        )
    if not out:
        raise MarkingError("no_aspects", QT_TRANSLATE_NOOP("Marking", "The file holds no aspect."))
    return out


def import_scheme(session: Session, track_id: uuid.UUID, path: str | Path) -> list[SchemeProblem]:
    """Make the track's scheme the one in the spreadsheet *path* (replacing its own); the warnings."""
    return marking.save_scheme(session, track_id, read_scheme(path))


# --- marks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejected:
    row: int
    reason: str  # English


@dataclass
class MarksReport:
    rows: int = 0
    written: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    entries: set[uuid.UUID] = field(default_factory=set)
    applied: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "written": self.written,
            "unchanged": self.unchanged,
            "rejected": [{"row": r.row, "reason": r.reason} for r in self.rejected],
            "entries": len(self.entries),
            "applied": self.applied,
        }


class _Matcher:
    """Entries of a competition by the names people give them, and aspects by code."""

    def __init__(self, session: Session, competition_id: uuid.UUID) -> None:
        self.tracks = list(
            session.scalars(select(SkillTrack).where(SkillTrack.competition_id == competition_id))
        )
        ids = [t.id for t in self.tracks]
        self.aspects: dict[str, list[MarkingAspect]] = {}
        for a in session.scalars(select(MarkingAspect).where(MarkingAspect.track_id.in_(ids))):
            self.aspects.setdefault(a.code.casefold(), []).append(a)
        self.names: dict[str, set[tuple[uuid.UUID, uuid.UUID]]] = {}
        entries = session.scalars(
            select(Entry)
            .where(Entry.track_id.in_(ids))
            .options(selectinload(Entry.members), selectinload(Entry.organization))
        )
        for e in entries:
            names = [e.team_name]
            if e.organization is not None:
                names += [e.organization.name_en, e.organization.name_native, e.organization.short_name]
            for p in e.members:
                names += [p.full_name, p.name_native]
            for n in names:
                if n:
                    self.names.setdefault(fold(n), set()).add((e.id, e.track_id))

    def track(self, text: str) -> SkillTrack | None:
        k = text.strip().casefold()
        return next((t for t in self.tracks if k in (t.name.casefold(), (t.name_zh or "").casefold())), None)


def _reject(report: MarksReport, row: int, message: str, **params: object) -> None:
    report.rejected.append(Rejected(row, message.format(**params)))


def import_marks(
    session: Session, path: str | Path, competition_id: uuid.UUID, *, apply: bool = True
) -> MarksReport:
    """Read the marks file *path* and write its marks for the competition's entries (with *apply*
    False nothing is written: the report says what would be). Rows that cannot be matched are
    rejected with their reasons; the rest are written."""
    header, rows = _read(Path(path))
    columns = _columns(header, MARK_COLUMNS)
    _missing(columns, ("entry", "aspect", "mark"))
    match = _Matcher(session, competition_id)
    report = MarksReport()
    seen: dict[tuple[uuid.UUID, uuid.UUID, int], int] = {}
    for number, row in rows:
        report.rows += 1
        entry_text, code = _cell(row, columns, "entry"), _cell(row, columns, "aspect")
        track_text, judge_text = _cell(row, columns, "track"), _cell(row, columns, "judge") or "1"
        track = None
        if track_text:
            track = match.track(track_text)
            if track is None:
                _reject(report, number, "the competition has no skill track “{t}”", t=track_text)
                continue
        candidates = [
            a for a in match.aspects.get(code.casefold(), []) if track is None or a.track_id == track.id
        ]
        if not candidates:
            _reject(report, number, "no aspect “{c}” in this competition's schemes", c=code)
            continue
        if len(candidates) > 1:
            _reject(report, number, "aspect “{c}” is in several tracks: give the track", c=code)
            continue
        aspect = candidates[0]
        entries = {e for e, t in match.names.get(fold(entry_text), set()) if t == aspect.track_id}
        if not entries:
            _reject(report, number, "no entry “{e}” in the track of aspect {c}", e=entry_text, c=code)
            continue
        if len(entries) > 1:
            _reject(report, number, "“{e}” names several entries of the track", e=entry_text)
            continue
        entry_id = next(iter(entries))
        try:
            judge = int(judge_text)
        except ValueError:
            _reject(report, number, "judge “{j}” is not 1, 2 or 3", j=judge_text)
            continue
        key = (entry_id, aspect.id, judge)
        if key in seen:
            _reject(report, number, "the same mark is given on row {r} already", r=seen[key])
            continue
        try:
            mark = parse_mark(_cell(row, columns, "mark"))
            check_mark(Aspect(aspect.id, aspect.code, aspect.kind, Decimal(aspect.max_mark)), judge, mark)
            seen[key] = number
            if apply:
                done = marking.set_mark(session, entry_id, aspect.id, judge, mark, rescore=False)
                if done.before == done.after:
                    report.unchanged += 1
                else:
                    report.written += 1
            else:
                report.written += 1
        except DomainError as exc:
            _reject(report, number, "{reason}", reason=exc.text())
            continue
        report.entries.add(entry_id)
    if apply:
        marking.recompute_scores(session, report.entries)
    report.applied = apply
    return report
