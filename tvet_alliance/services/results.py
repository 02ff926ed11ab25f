"""Results of a competition by rule (``domain/results.py``): per track the ranks, standard scores and
proposed medals, beside what confirming stored; confirming a track stores them and locks its entries;
unlocking needs a reason, kept in the change log like any field edit; the best of nation.

The functions write in the caller's session and never commit: the caller commits and takes the
:class:`~tvet_alliance.domain.changes.Changes`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, exists, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from tvet_alliance.domain import results as rule
from tvet_alliance.domain import rules
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.changelog import INFO_USER, current_user
from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.models import Competition, Entry, MarkingAspect, SkillTrack
from tvet_alliance.domain.names import named
from tvet_alliance.domain.values import LocalName
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Results"

MSG_NO_COMPETITION = QT_TRANSLATE_NOOP("Results", "There is no competition named {name}.")
MSG_NO_TRACK = QT_TRANSLATE_NOOP("Results", "{competition} has no skill track named {name}.")
MSG_TRACK_GONE = QT_TRANSLATE_NOOP("Results", "This skill track no longer exists.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Results", "The results of {track} are confirmed: unlock them before changing its entries."
)
MSG_ALREADY = QT_TRANSLATE_NOOP("Results", "The results of {track} are confirmed already.")
MSG_NOT_CONFIRMED = QT_TRANSLATE_NOOP("Results", "The results of {track} are not confirmed.")
MSG_NOTHING = QT_TRANSLATE_NOOP("Results", "{track} has no ranked entry yet: there is nothing to confirm.")
MSG_REASON = QT_TRANSLATE_NOOP("Results", "Say why the results of {track} are unlocked.")
MSG_REASON_LONG = QT_TRANSLATE_NOOP("Results", "The reason is too long (at most {limit} characters).")

#: The longest reason for unlocking kept.
REASON_LIMIT = 2000


class ResultsError(CodedError):
    """A results action refused, with a message naming the track."""

    context = CONTEXT


class ResultsLocked(ResultsError):
    """The track's results are confirmed: its entries cannot change."""


@dataclass(frozen=True)
class ResultRow:
    """One entry of a track's results: the rule's proposal beside what is stored."""

    entry_id: uuid.UUID
    rank: int | None
    team_name: str | None
    organization: str | None  # English name
    organization_native: str | None  # in Chinese or Urdu
    members: tuple[str, ...]  # full names
    members_native: tuple[str, ...]  # names in Chinese or Urdu (empty text when none)
    country: str | None
    mark: Decimal | None
    standard_score: int | None  # by the rule now
    proposed: Medal
    stored_medal: Medal
    stored_standard: int | None
    status: str
    unranked: rule.Unranked | None

    @property
    def entry(self) -> str:
        """The entry's name: its team, else its members."""
        return self.team_name or ", ".join(self.members) or self.organization or ""

    @property
    def entry_native(self) -> str:
        return ", ".join(n for n in self.members_native if n)

    @property
    def differs(self) -> bool:
        """The medal proposed now is not the one stored."""
        return self.proposed is not self.stored_medal


@dataclass(frozen=True)
class TrackResults:
    track_id: uuid.UUID
    competition_id: uuid.UUID
    competition: str
    name: str
    name_zh: str | None
    max_score: Decimal
    confirmed_at: datetime | None
    confirmed_by: str | None
    unlock_reason: str | None
    settings: rule.Settings
    scale: rule.Standardisation
    rows: list[ResultRow] = field(default_factory=list)

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def local_name(self) -> LocalName:
        return LocalName(self.name, self.name_zh)

    def medal(self, row: ResultRow) -> Medal:
        """The medal to show: the stored one when confirmed, else the proposed one."""
        return row.stored_medal if self.confirmed else row.proposed

    def standard(self, row: ResultRow) -> int | None:
        return row.stored_standard if self.confirmed else row.standard_score

    @property
    def medals(self) -> dict[Medal, int]:
        """How many entries get each medal (proposed), gold first."""
        counts = {m: 0 for m in (Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE)}
        for r in self.rows:
            if r.proposed in counts:
                counts[r.proposed] += 1
        return counts


def settings_of(competition: Competition) -> rule.Settings:
    threshold = competition.excellence_threshold
    margin = competition.tie_margin
    return rule.Settings(
        rule.DEFAULT_THRESHOLD if threshold is None else int(threshold),
        rule.DEFAULT_MARGIN if margin is None else Decimal(margin),
    )


def _results(track: SkillTrack) -> TrackResults:
    competition = track.competition
    settings = settings_of(competition)
    live = [e for e in track.entries if e.deleted_at is None]
    marks = [
        rule.EntryMark(e.id, None if e.score is None else Decimal(e.score), e.status, e.country) for e in live
    ]
    proposed, scale = rule.track_results(marks, Decimal(track.max_score or 100), settings)
    by_id = {e.id: e for e in live}
    rows = []
    for r in proposed:
        assert isinstance(r.key, uuid.UUID)
        e = by_id[r.key]
        org = e.organization
        members = sorted((p for p in e.members if p.deleted_at is None), key=lambda p: p.full_name)
        rows.append(
            ResultRow(
                entry_id=e.id,
                rank=r.rank,
                team_name=e.team_name,
                organization=org.display_name if org is not None else None,
                organization_native=org.name_native if org is not None and org.name_en else None,
                members=tuple(p.full_name for p in members),
                members_native=tuple(p.name_native or "" for p in members),
                country=e.country,
                mark=r.mark,
                standard_score=r.standard_score,
                proposed=r.medal,
                stored_medal=Medal(str(getattr(e.medal, "value", e.medal or Medal.NONE))),
                stored_standard=e.standard_score,
                status=str(getattr(e.status, "value", e.status)),
                unranked=r.unranked,
            )
        )
    return TrackResults(
        track_id=track.id,
        competition_id=competition.id,
        competition=competition.name,
        name=track.name,
        name_zh=track.name_zh,
        max_score=Decimal(track.max_score or 100),
        confirmed_at=track.results_confirmed_at,
        confirmed_by=track.results_confirmed_by,
        unlock_reason=track.unlock_reason,
        settings=settings,
        scale=scale,
        rows=rows,
    )


def _track(session: Session, track_id: uuid.UUID) -> SkillTrack:
    track = session.scalars(
        select(SkillTrack)
        .where(SkillTrack.id == track_id)
        .options(
            selectinload(SkillTrack.competition),
            selectinload(SkillTrack.entries).selectinload(Entry.members),
            selectinload(SkillTrack.entries).selectinload(Entry.organization),
        )
    ).one_or_none()
    if track is None or track.deleted_at is not None:
        raise ResultsError("no_track", MSG_TRACK_GONE)
    return track


def track_results(session: Session, track_id: uuid.UUID) -> TrackResults:
    """The results of one track: every live entry, ranked ones first by rank."""
    return _results(_track(session, track_id))


def tracks_of(session: Session, competition_id: uuid.UUID) -> list[SkillTrack]:
    return list(
        session.scalars(
            select(SkillTrack)
            .where(SkillTrack.competition_id == competition_id, SkillTrack.deleted_at.is_(None))
            .order_by(SkillTrack.name)
            .options(
                selectinload(SkillTrack.competition),
                selectinload(SkillTrack.entries).selectinload(Entry.members),
                selectinload(SkillTrack.entries).selectinload(Entry.organization),
            )
        )
    )


def competition_results(session: Session, competition_id: uuid.UUID) -> list[TrackResults]:
    """The results of every live track of a competition, by track name."""
    return [_results(t) for t in tracks_of(session, competition_id)]


@dataclass(frozen=True)
class CompetitionChoice:
    id: uuid.UUID
    name: str
    edition: int | None
    settings: rule.Settings


def competitions(session: Session) -> list[CompetitionChoice]:
    """The live competitions, newest edition first."""
    rows = session.scalars(
        select(Competition)
        .where(Competition.deleted_at.is_(None))
        .order_by(Competition.start_date.desc(), Competition.name)
    )
    return [CompetitionChoice(c.id, c.name, c.edition, settings_of(c)) for c in rows]


def find_competition(session: Session, name: str) -> Competition:
    """The live competition named *name* (``names.named``: any case; a unique start is enough)."""
    live = session.scalars(select(Competition).where(Competition.deleted_at.is_(None)))
    found = named(live, name, lambda c: (c.name,))
    if len(found) != 1:
        raise ResultsError("no_competition", MSG_NO_COMPETITION, name=name)
    return found[0]


def find_track(session: Session, competition: Competition, name: str) -> SkillTrack:
    """The live track of *competition* named *name* in English or Chinese (``names.named``)."""
    found = named(tracks_of(session, competition.id), name, lambda t: (t.name, t.name_zh))
    if len(found) != 1:
        raise ResultsError("no_track", MSG_NO_TRACK, competition=competition.name, name=name)
    return found[0]


def set_settings(
    session: Session, competition_id: uuid.UUID, threshold: int, margin: Decimal
) -> rule.Settings:
    """Change a competition's Medallion threshold and tie margin (validated like any field: the
    model refuses a threshold outside 0–1000 or a margin outside 0–100). Confirmed tracks keep their
    stored medals; only the proposals change."""
    competition = session.get(Competition, competition_id)
    if competition is None or competition.deleted_at is not None:
        raise ResultsError("no_competition", MSG_NO_COMPETITION, name=str(competition_id))
    competition.excellence_threshold = int(threshold)
    competition.tie_margin = Decimal(margin)
    session.flush()
    return settings_of(competition)


def medals_settled() -> ColumnElement[bool]:
    """SQL: the skill track's stored medals are results — it has no marking scheme (its medals are
    typed), or its results are confirmed. A marked track not confirmed (never, or unlocked since)
    holds medals typed before the scheme or stale since the judges' marks changed: medal tables,
    the ceremony and certificates leave it out until it is confirmed."""
    return or_(
        SkillTrack.results_confirmed_at.is_not(None),
        not_(exists().where(MarkingAspect.track_id == SkillTrack.id, MarkingAspect.deleted_at.is_(None))),
    )


def ensure_unlocked(session: Session, track_id: uuid.UUID) -> None:
    """Raise :class:`ResultsLocked` (naming the track) when the track's results are confirmed: what
    writes an entry's marks calls it first."""
    track = session.get(SkillTrack, track_id)
    if track is not None and track.results_confirmed_at is not None:
        raise ResultsLocked("results_locked", MSG_LOCKED, track=track.name)


@dataclass(frozen=True)
class MedalChange:
    entry_id: uuid.UUID
    entry: str
    old: Medal
    new: Medal
    old_standard: int | None
    new_standard: int | None


@dataclass(frozen=True)
class Confirmation:
    """What confirming (or unlocking) a track did."""

    track_id: uuid.UUID
    track: str
    confirmed: bool
    changed: list[MedalChange]
    results: TrackResults


def _user(session: Session) -> str:
    return str(session.info.get(INFO_USER) or current_user())[:100]


def confirm(session: Session, track_id: uuid.UUID) -> Confirmation:
    """Store every live entry's proposed medal and standard score, and lock the track. Refused when
    it is confirmed already or has no ranked entry."""
    track = _track(session, track_id)
    if track.results_confirmed_at is not None:
        raise ResultsError("already_confirmed", MSG_ALREADY, track=track.name)
    results = _results(track)
    if not any(r.rank is not None for r in results.rows):
        raise ResultsError("nothing_to_confirm", MSG_NOTHING, track=track.name)
    by_id = {e.id: e for e in track.entries}
    changed = []
    for r in results.rows:
        e = by_id[r.entry_id]
        if r.proposed is not r.stored_medal or r.standard_score != r.stored_standard:
            changed.append(
                MedalChange(e.id, r.entry, r.stored_medal, r.proposed, r.stored_standard, r.standard_score)
            )
            e.medal = r.proposed
            e.standard_score = r.standard_score
    session.flush()  # the entries first: once the track is confirmed they are locked
    track.results_confirmed_at = utcnow()
    track.results_confirmed_by = _user(session)
    session.flush()
    return Confirmation(track.id, track.name, True, changed, _results(track))


def unlock(session: Session, track_id: uuid.UUID, reason: str) -> Confirmation:
    """Unlock a confirmed track: its entries can change again; the stored medals stay until the
    next confirmation. The reason is required and kept (``unlock_reason``, in the change log)."""
    track = _track(session, track_id)
    if track.results_confirmed_at is None:
        raise ResultsError("not_confirmed", MSG_NOT_CONFIRMED, track=track.name)
    why = " ".join((reason or "").split())
    if not why:
        raise ResultsError("reason_required", MSG_REASON, track=track.name)
    if len(why) > REASON_LIMIT:
        raise ResultsError("reason_too_long", MSG_REASON_LONG, limit=REASON_LIMIT)
    track.results_confirmed_at = None
    track.results_confirmed_by = None
    track.unlock_reason = why
    session.flush()
    return Confirmation(track.id, track.name, False, [], _results(track))


@dataclass(frozen=True)
class NationBest:
    country: str
    track: str
    track_zh: str | None
    entry: str
    organization: str | None
    standard_score: int
    mark: Decimal | None


def best_of_nation(session: Session, competition_id: uuid.UUID) -> list[NationBest]:
    """Per country, the entry (entries, when equal) with the highest standard score across the
    competition's tracks (stored for confirmed tracks, by the rule for the others)."""
    tracks = competition_results(session, competition_id)
    standings = []
    where: dict[uuid.UUID, tuple[TrackResults, ResultRow]] = {}
    for t in tracks:
        for r in t.rows:
            if r.rank is None:
                continue
            where[r.entry_id] = (t, r)
            standings.append(rule.Standing(r.entry_id, t.track_id, r.country, t.standard(r)))
    out = []
    for country, best in rule.best_of_nation(standings).items():
        for s in best:
            assert isinstance(s.key, uuid.UUID)
            t, r = where[s.key]
            out.append(
                NationBest(country, t.name, t.name_zh, r.entry, r.organization, s.standard_score or 0, r.mark)
            )
    return out


def medal_check(rows: Sequence[ResultRow]) -> dict[uuid.UUID, rules.MedalConflict]:
    """The stored medals that contradict the ranking (``rules.medal_conflicts``)."""
    found = rules.medal_conflicts(
        rules.Medalled(r.entry_id, 0, r.status, r.mark, r.stored_medal) for r in rows
    )
    return {k: v for k, v in found.items() if isinstance(k, uuid.UUID)}
