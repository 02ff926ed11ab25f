"""Marking schemes and judges' marks: the use cases behind the Marks page, the scheme editor and
the command line. The rules are :mod:`tvet_alliance.domain.marking`; this module reads and writes.

**Every judge's mark is written by :func:`set_mark`** (the grid, the import, undo and redo): it checks
the mark, writes it and keeps the entry's ``score`` equal to the computed mark (a logged edit like any
other). Locking a track's marks once its results are confirmed belongs in that one place.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tvet_alliance.domain import Competition, Entry, JudgeMark, MarkingAspect, SkillTrack, marking
from tvet_alliance.domain.enums import AspectKind, EntryStatus
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.marking import Aspect, MarkRefused, SchemeProblem
from tvet_alliance.domain.names import named
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services import results

__all__ = [
    "AspectInput",
    "AspectRow",
    "EntryRow",
    "Grid",
    "MarkRefused",
    "MarkWrite",
    "MarkingError",
    "TrackProgress",
    "aspects",
    "copy_scheme",
    "grid",
    "has_scheme",
    "progress",
    "recompute_scores",
    "save_scheme",
    "set_mark",
]


class MarkingError(CodedError):
    """A scheme or a mark refused, with the reason (``Marking`` context)."""

    context = "Marking"


@dataclass(frozen=True)
class AspectInput:
    """An aspect as a person (or a spreadsheet) gives it; *id* None for a new one."""

    code: str
    max_mark: Decimal
    kind: AspectKind = AspectKind.MEASUREMENT
    description: str | None = None
    description_zh: str | None = None
    criterion: str | None = None
    criterion_name: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class AspectRow(AspectInput):
    position: int = 0

    @property
    def rule(self) -> Aspect:
        return Aspect(self.id, self.code, self.kind, self.max_mark)


def _row(a: MarkingAspect) -> AspectRow:
    return AspectRow(
        id=a.id,
        code=a.code,
        max_mark=Decimal(a.max_mark),
        kind=a.kind,
        description=a.description,
        description_zh=a.description_zh,
        criterion=a.criterion,
        criterion_name=a.criterion_name,
        position=a.position,
    )


def _aspects(session: Session, track_id: uuid.UUID) -> list[MarkingAspect]:
    return list(
        session.scalars(
            select(MarkingAspect)
            .where(MarkingAspect.track_id == track_id)
            .order_by(MarkingAspect.position, MarkingAspect.code)
        )
    )


def aspects(session: Session, track_id: uuid.UUID) -> list[AspectRow]:
    """The track's scheme, in order (empty: the track keeps a typed score)."""
    return [_row(a) for a in _aspects(session, track_id)]


def has_scheme(session: Session, track_id: uuid.UUID) -> bool:
    return (
        session.scalar(select(MarkingAspect.id).where(MarkingAspect.track_id == track_id).limit(1))
        is not None
    )


def max_score(session: Session, track_id: uuid.UUID) -> Decimal:
    """The track's maximum score (what marks are scaled to)."""
    return Decimal(_track(session, track_id).max_score)


def _track(session: Session, track_id: uuid.UUID) -> SkillTrack:
    track = session.get(SkillTrack, track_id)
    if track is None:
        raise MarkingError(
            "no_track", QT_TRANSLATE_NOOP("Marking", "The skill track is not in this database.")
        )
    return track


# --- marks ----------------------------------------------------------------------------------------


def _marks_of(
    session: Session, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[tuple[Hashable, int], Decimal]]:
    out: dict[uuid.UUID, dict[tuple[Hashable, int], Decimal]] = defaultdict(dict)
    for start in range(0, len(entry_ids), 500):
        part = entry_ids[start : start + 500]
        for entry_id, aspect_id, judge, mark in session.execute(
            select(JudgeMark.entry_id, JudgeMark.aspect_id, JudgeMark.judge, JudgeMark.mark).where(
                JudgeMark.entry_id.in_(part)
            )
        ):
            out[entry_id][(aspect_id, judge)] = Decimal(mark)
    return out


def recompute_scores(session: Session, entry_ids: Iterable[uuid.UUID]) -> int:
    """Set each entry's ``score`` to its computed mark (None while not marked) when its track has a
    scheme; returns how many scores changed. The ORM logs each change like an edit. An entry still
    "registered" whose every mark is given has competed: it becomes "competed", so the results rule
    ranks it (``domain.rules.RANKED_STATUSES``); withdrawn and disqualified entries keep theirs."""
    ids = sorted(set(entry_ids))
    if not ids:
        return 0
    entries = list(session.scalars(select(Entry).where(Entry.id.in_(ids))))
    by_track: dict[uuid.UUID, list[AspectRow]] = {}
    marks = _marks_of(session, ids)
    changed = 0
    for entry in entries:
        if entry.track_id not in by_track:
            by_track[entry.track_id] = aspects(session, entry.track_id)
        scheme = [a.rule for a in by_track[entry.track_id]]
        if not scheme:
            continue
        score = marking.entry_mark(scheme, marks.get(entry.id, {}), Decimal(entry.track.max_score))
        current = Decimal(entry.score) if entry.score is not None else None
        if current != score:
            entry.score = score
            changed += 1
        if score is not None and entry.status is EntryStatus.REGISTERED:
            entry.status = EntryStatus.COMPETED
    session.flush()
    return changed


@dataclass(frozen=True)
class MarkWrite:
    """What :func:`set_mark` did: the mark before and after (None: no mark), and the entry's score."""

    before: Decimal | None
    after: Decimal | None
    score: Decimal | None


def set_mark(
    session: Session,
    entry_id: uuid.UUID,
    aspect_id: uuid.UUID,
    judge: int,
    mark: Decimal | None,
    *,
    rescore: bool = True,
) -> MarkWrite:
    """Write judge *judge*'s *mark* for one aspect of one entry (None clears it), then keep the
    entry's score equal to its computed mark. The one path every mark is written by. Raises
    :class:`MarkRefused` (out of range, a judge the aspect has not) and :class:`MarkingError`.

    With *rescore* False (many marks in one transaction: an import) the caller computes the
    entries' scores once at the end with :func:`recompute_scores`."""
    # Many marks in one transaction are flushed together (a read between them need not see them:
    # the import never writes one cell twice).
    with session.no_autoflush if not rescore else nullcontext():
        return _write_mark(session, entry_id, aspect_id, judge, mark, rescore)


def _write_mark(
    session: Session,
    entry_id: uuid.UUID,
    aspect_id: uuid.UUID,
    judge: int,
    mark: Decimal | None,
    rescore: bool,
) -> MarkWrite:
    entry = session.get(Entry, entry_id)
    aspect = session.get(MarkingAspect, aspect_id)
    if entry is None or aspect is None or aspect.track_id != entry.track_id:
        raise MarkingError(
            "no_cell", QT_TRANSLATE_NOOP("Marking", "That entry or aspect is not in this track any more.")
        )
    results.ensure_unlocked(session, entry.track_id)  # confirmed results lock the track's marks
    rule = Aspect(aspect.id, aspect.code, aspect.kind, Decimal(aspect.max_mark))
    stored = marking.check_mark(rule, judge, mark) if mark is not None else None
    row = session.scalars(
        select(JudgeMark)
        .where(JudgeMark.entry_id == entry_id, JudgeMark.aspect_id == aspect_id, JudgeMark.judge == judge)
        .execution_options(include_deleted=True)
    ).first()
    before = Decimal(row.mark) if row is not None and row.deleted_at is None else None
    if stored is None:
        if row is not None and row.deleted_at is None:
            row.soft_delete()
    elif row is None:
        session.add(JudgeMark(entry=entry, aspect=aspect, judge=judge, mark=stored))
    else:
        if row.deleted_at is not None:
            row.restore()
        if before != stored:
            row.mark = stored
    if rescore:
        session.flush()
        recompute_scores(session, [entry_id])
    return MarkWrite(before, stored, Decimal(entry.score) if entry.score is not None else None)


# --- the grid -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryRow:
    id: uuid.UUID
    name: str  # the team's name, else its members' names (each in both scripts)
    organization: str  # the organisation's English name and its own-script name
    status: EntryStatus
    #: this judge's marks, by aspect id
    marks: dict[uuid.UUID, Decimal]
    #: judgement aspects whose judges' scores are more than 1 apart
    flagged: frozenset[uuid.UUID]
    mark: Decimal | None  # the computed mark (None: not marked)
    given: int
    needed: int

    @property
    def marked(self) -> bool:
        return self.mark is not None


@dataclass(frozen=True)
class Grid:
    track_id: uuid.UUID
    judge: int
    max_score: Decimal
    aspects: list[AspectRow]
    rows: list[EntryRow]
    problems: list[SchemeProblem] = field(default_factory=list)
    #: The track's results are confirmed: its marks are locked until unlocked with a reason.
    confirmed: bool = False

    @property
    def flagged(self) -> int:
        return sum(len(r.flagged) for r in self.rows)

    @property
    def marked(self) -> int:
        return sum(1 for r in self.rows if r.marked and r.status is not EntryStatus.WITHDRAWN)

    @property
    def to_mark(self) -> int:
        return sum(1 for r in self.rows if not r.marked and r.status is not EntryStatus.WITHDRAWN)


def _both(en: str | None, native: str | None) -> str:
    if en and native and native != en:
        return f"{en} {native}"
    return en or native or ""


def _entry_name(entry: Entry) -> str:
    members = ", ".join(_both(p.full_name, p.name_native) for p in entry.members)
    if entry.team_name:
        return f"{entry.team_name} ({members})" if members else entry.team_name
    return members


def _entries(session: Session, track_id: uuid.UUID) -> list[Entry]:
    return list(
        session.scalars(
            select(Entry)
            .where(Entry.track_id == track_id)
            .options(selectinload(Entry.members), selectinload(Entry.organization))
            .order_by(Entry.created_at, Entry.id)
        )
    )


def grid(session: Session, track_id: uuid.UUID, judge: int) -> Grid:
    """The marks grid of a track for one judge: entries × aspects, with the computed marks and the
    judges' spreads (of every judge, whoever is marking)."""
    track = _track(session, track_id)
    scheme = aspects(session, track_id)
    rules = [a.rule for a in scheme]
    entries = _entries(session, track_id)
    marks = _marks_of(session, [e.id for e in entries])
    rows = []
    for e in entries:
        mine = marks.get(e.id, {})
        rows.append(
            EntryRow(
                id=e.id,
                name=_entry_name(e),
                organization=_both(e.organization.name_en, e.organization.name_native)
                if e.organization
                else "",
                status=e.status,
                # this judge's marks; a measurement's one mark (judge 1's) shows to every judge
                marks={
                    a.id: m
                    for a in scheme
                    if a.id is not None
                    and (m := mine.get((a.id, judge if a.kind is AspectKind.JUDGEMENT else 1))) is not None
                },
                flagged=frozenset(a.id for a in scheme if a.id is not None and marking.flagged(a.rule, mine)),
                mark=marking.entry_mark(rules, mine, Decimal(track.max_score)),
                given=marking.marks_given(rules, mine),
                needed=marking.marks_needed(rules),
            )
        )
    return Grid(
        track_id,
        judge,
        Decimal(track.max_score),
        scheme,
        rows,
        marking.check_scheme(rules, Decimal(track.max_score)),
        confirmed=track.results_confirmed_at is not None,
    )


# --- progress -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrackProgress:
    track_id: uuid.UUID
    name: str
    name_zh: str | None
    has_scheme: bool
    marked: int
    to_mark: int
    flagged: int


def progress(session: Session, competition_id: uuid.UUID) -> list[TrackProgress]:
    """Per track of the competition: entries marked and still to mark (withdrawn entries left out),
    and judges' spreads flagged. A track without a scheme counts entries with a score as marked."""
    out = []
    tracks = session.scalars(
        select(SkillTrack).where(SkillTrack.competition_id == competition_id).order_by(SkillTrack.name)
    )
    for track in tracks:
        if has_scheme(session, track.id):
            g = grid(session, track.id, 1)
            out.append(
                TrackProgress(track.id, track.name, track.name_zh, True, g.marked, g.to_mark, g.flagged)
            )
            continue
        entries = [e for e in _entries(session, track.id) if e.status is not EntryStatus.WITHDRAWN]
        marked = sum(1 for e in entries if e.score is not None)
        out.append(
            TrackProgress(track.id, track.name, track.name_zh, False, marked, len(entries) - marked, 0)
        )
    return out


# --- pickers --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str
    name_zh: str | None = None


def competitions(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Competition.id, Competition.name).order_by(
            Competition.start_date.desc().nulls_last(), Competition.name
        )
    )
    return [Choice(i, n) for i, n in rows]


def tracks(session: Session, competition_id: uuid.UUID) -> list[Choice]:
    rows = session.execute(
        select(SkillTrack.id, SkillTrack.name, SkillTrack.name_zh)
        .where(SkillTrack.competition_id == competition_id)
        .order_by(SkillTrack.name)
    )
    return [Choice(i, n, z) for i, n, z in rows]


def find_competition(session: Session, name: str) -> Competition:
    """The competition named *name* (``names.named``: any case, a unique start is enough);
    MarkingError when none or several are."""
    found = named(session.scalars(select(Competition)), name, lambda c: (c.name,))
    if len(found) != 1:
        raise MarkingError(
            "no_competition" if not found else "competitions",
            QT_TRANSLATE_NOOP("Marking", "No competition is named “{name}”.")
            if not found
            else QT_TRANSLATE_NOOP("Marking", "Several competitions are named “{name}”."),
            name=name,
        )
    return found[0]


def find_track(session: Session, competition_id: uuid.UUID, name: str) -> SkillTrack:
    """The track of the competition named *name* in English or Chinese (``names.named``)."""
    tracks = session.scalars(select(SkillTrack).where(SkillTrack.competition_id == competition_id))
    found = named(tracks, name, lambda t: (t.name, t.name_zh))
    if len(found) == 1:
        return found[0]
    raise MarkingError(
        "no_track_named",
        QT_TRANSLATE_NOOP("Marking", "The competition has no skill track “{name}”."),
        name=name,
    )


# --- schemes --------------------------------------------------------------------------------------


def _marks_exist(session: Session, aspect_ids: Sequence[uuid.UUID]) -> bool:
    if not aspect_ids:
        return False
    return (
        session.scalar(select(JudgeMark.id).where(JudgeMark.aspect_id.in_(aspect_ids)).limit(1)) is not None
    )


def save_scheme(session: Session, track_id: uuid.UUID, rows: Sequence[AspectInput]) -> list[SchemeProblem]:
    """Make the track's scheme *rows*, in that order: aspects with an id are updated, new ones added,
    those left out removed (refused while judges have marked them). Refuses a scheme with errors
    (MarkingError naming the first); returns its warnings (maxima not totalling the track's maximum).
    The entries' scores follow the new scheme."""
    track = _track(session, track_id)
    results.ensure_unlocked(session, track_id)  # a confirmed track's scheme gives its medals
    rules = [Aspect(r.id or i, r.code, r.kind, Decimal(r.max_mark)) for i, r in enumerate(rows)]
    problems = marking.check_scheme(rules, Decimal(track.max_score))
    errors = [p for p in problems if not p.warning]
    if errors:
        raise MarkingError(errors[0].code, errors[0].message, **errors[0].params)
    current = {a.id: a for a in _aspects(session, track_id)}
    kept = {r.id for r in rows if r.id is not None}
    gone = [i for i in current if i not in kept]
    if _marks_exist(session, gone):
        raise MarkingError(
            "marked",
            QT_TRANSLATE_NOOP(
                "Marking", "An aspect judges have marked cannot be removed; clear its marks first."
            ),
        )
    for i in gone:
        current[i].soft_delete()
    for position, r in enumerate(rows, start=1):
        a = current.get(r.id) if r.id is not None else None
        if r.id is not None and a is None:
            raise MarkingError(
                "no_cell", QT_TRANSLATE_NOOP("Marking", "That entry or aspect is not in this track any more.")
            )
        if a is None:
            a = MarkingAspect(track_id=track_id)
            session.add(a)
        elif a.kind is not r.kind and _marks_exist(session, [a.id]):
            raise MarkingError(
                "kind_marked",
                QT_TRANSLATE_NOOP("Marking", "Aspect {aspect} has marks: its type cannot change."),
                aspect=r.code,
            )
        values = {
            "position": position,
            "code": r.code.strip(),
            "description": r.description,
            "description_zh": r.description_zh,
            "kind": r.kind,
            "max_mark": Decimal(r.max_mark),
            "criterion": r.criterion,
            "criterion_name": r.criterion_name,
        }
        for key, value in values.items():
            if getattr(a, key) != value:
                setattr(a, key, value)
    session.flush()
    recompute_scores(session, [e.id for e in _entries(session, track_id)])
    return [p for p in problems if p.warning]


def copy_scheme(
    session: Session, source_track_id: uuid.UUID, target_track_id: uuid.UUID
) -> list[SchemeProblem]:
    """Give *target* a copy of *source*'s scheme (any competition), replacing its own — refused when
    judges have marked the target's aspects. Returns the warnings for the target's maximum."""
    source = aspects(session, source_track_id)
    if not source:
        raise MarkingError(
            "no_scheme", QT_TRANSLATE_NOOP("Marking", "That track has no marking scheme to copy.")
        )
    copied = [
        AspectInput(
            code=a.code,
            max_mark=a.max_mark,
            kind=a.kind,
            description=a.description,
            description_zh=a.description_zh,
            criterion=a.criterion,
            criterion_name=a.criterion_name,
        )
        for a in source
    ]
    return save_scheme(session, target_track_id, copied)
