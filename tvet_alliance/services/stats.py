"""Figures about a database: schema revision and row counts (``info``) and the Home page summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    TRACKED_MODELS,
    Agreement,
    ChangeLog,
    Competition,
    Entry,
    Event,
    ImportBatch,
    Organization,
    Participation,
    Person,
    SkillTrack,
)
from tvet_alliance.domain.base import Tracked
from tvet_alliance.domain.enums import AgreementStatus, AttendanceMode, Medal, ParticipationStatus
from tvet_alliance.persistence.migrate import current_revision, head_revision


@dataclass
class DatabaseInfo:
    database: str
    revision: str | None
    head: str
    site_id: str
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "schema_revision": self.revision,
            "schema_head": self.head,
            "site_id": self.site_id,
            "counts": self.counts,
        }


#: The records people enter. A database holding none of them, deleted ones included, is empty.
RECORDS: tuple[type[Any], ...] = (Organization, Person, Event, Agreement, Competition)


def is_empty(session: Session) -> bool:
    """Whether the database holds no record anyone entered (tombstones count: their ids are taken).
    A full export loads only into an empty database; a new one offers the sample data."""
    return not any(
        session.execute(select(model.id).limit(1).execution_options(include_deleted=True)).first()
        for model in RECORDS
    )


def live_counts(session: Session) -> dict[str, int]:
    """Non-deleted rows per table, keyed by table name."""
    counts: dict[str, int] = {}
    models: tuple[type[Any], ...] = (*TRACKED_MODELS, ChangeLog, ImportBatch)
    for model in models:
        stmt = select(func.count()).select_from(model)
        if issubclass(model, Tracked):
            stmt = stmt.where(model.deleted_at.is_(None))
        counts[model.__tablename__] = int(session.scalar(stmt) or 0)
    return counts


def database_info(session: Session, database: str, site_id: str) -> DatabaseInfo:
    return DatabaseInfo(
        database=database,
        revision=current_revision(session.connection()),
        head=head_revision(),
        site_id=site_id,
        counts=live_counts(session),
    )


@dataclass
class Dashboard:
    partners: int = 0
    partners_by_country: dict[str, int] = field(default_factory=dict)
    active_partners: int = 0
    delegates_by_mode: dict[str, int] = field(default_factory=dict)
    delegates_attended: int = 0
    entries_by_medal: dict[str, int] = field(default_factory=dict)
    agreements_by_status: dict[str, int] = field(default_factory=dict)
    #: No record at all (see :func:`is_empty`): a new database, offered the sample data.
    is_empty: bool = True

    @property
    def delegates(self) -> int:
        return sum(self.delegates_by_mode.values())

    @property
    def entries(self) -> int:
        return sum(self.entries_by_medal.values())


def _grouped(session: Session, column: Any, model: Any, *where: Any) -> dict[str, int]:
    stmt = (
        select(column, func.count())
        .select_from(model)
        .where(model.deleted_at.is_(None), *where)
        .group_by(column)
    )
    return {str(getattr(key, "value", key) or ""): int(n) for key, n in session.execute(stmt)}


def _settled_medals(session: Session) -> dict[str, int]:
    """Live entries by medal, counting a medal only where the track's stored medals are results
    (``results.medals_settled``: no marking scheme, or results confirmed); the entries of a marked
    track not yet confirmed count as without a medal."""
    from tvet_alliance.services.results import medals_settled

    medal = case((medals_settled(), Entry.medal), else_=Medal.NONE)
    stmt = (
        select(medal, func.count())
        .select_from(Entry)
        .join(SkillTrack, Entry.track_id == SkillTrack.id)
        .where(Entry.deleted_at.is_(None))
        .group_by(medal)
    )
    counts: dict[str, int] = {}
    for key, n in session.execute(stmt):
        name = str(getattr(key, "value", key) or "")
        counts[name] = counts.get(name, 0) + int(n)
    return counts


def dashboard(session: Session) -> Dashboard:
    by_country = _grouped(session, Organization.country, Organization)
    active = _grouped(session, Organization.membership_status, Organization)
    modes = _grouped(
        session,
        Participation.attendance_mode,
        Participation,
        Participation.status != ParticipationStatus.CANCELLED,
    )
    attended = _grouped(session, Participation.status, Participation).get(
        ParticipationStatus.ATTENDED.value, 0
    )
    medals = _settled_medals(session)
    agreements = _grouped(session, Agreement.status, Agreement)
    return Dashboard(
        partners=sum(by_country.values()),
        partners_by_country=dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        active_partners=active.get("active", 0),
        delegates_by_mode={m.value: modes.get(m.value, 0) for m in AttendanceMode},
        delegates_attended=attended,
        entries_by_medal={m.value: medals.get(m.value, 0) for m in Medal},
        agreements_by_status={s.value: agreements.get(s.value, 0) for s in AgreementStatus},
        is_empty=is_empty(session),
    )
