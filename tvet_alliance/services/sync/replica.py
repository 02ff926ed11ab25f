"""Offline copies ("replicas") of the office database for seminar laptops.

A replica is a SQLite file with its own site id, the office's site and the office's high-water mark
(the last change-log position it contains). Edits made on it are logged under its own site id and
travel back as sync packages (:mod:`.package`). A laptop takes the office's later changes by
replacing its copy with a fresh one, which :func:`refresh_replica` allows only once everything the
laptop did has been merged at the office.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    func,
    insert,
    literal,
    select,
    union,
)
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    Base,
    ChangeLog,
    CheckIn,
    Competition,
    Entry,
    Event,
    Participation,
    Site,
    SkillTrack,
    SyncConflict,
    SyncDuplicate,
    SyncPackage,
    SyncState,
)
from tvet_alliance.domain.base import utcnow, uuid7
from tvet_alliance.domain.enums import SiteKind
from tvet_alliance.domain.models import entry_members, event_organizers
from tvet_alliance.faults import fault_point
from tvet_alliance.files import atomic_write, failure_reason, partial_path, remove_partial
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.persistence.backup import BackupError, backup_to, copy_database, remove_stale_partials
from tvet_alliance.progress import Progress
from tvet_alliance.services.sync.common import SyncError


@dataclass(frozen=True)
class ReplicaInfo:
    """What an offline copy knows about itself (shown in the banner of the main window)."""

    path: Path | None
    site_id: uuid.UUID
    site_name: str
    office_site_id: uuid.UUID
    office_name: str
    taken_at: datetime
    base_mark: int
    event_name: str | None
    last_sent_seq: int
    last_seq: int

    @property
    def unsent(self) -> int:
        """How many logged changes no sync package has carried yet."""
        return max(0, self.last_seq - self.last_sent_seq)


def local_site(session: Session) -> Site:
    return session.scalars(select(Site).where(Site.is_local.is_(True))).one()


def office_site(session: Session) -> Site | None:
    return session.scalars(select(Site).where(Site.is_local.is_(False), Site.kind == SiteKind.HUB)).first()


def replica_info(session: Session, path: Path | None = None) -> ReplicaInfo | None:
    """The replica facts of the database *session* reads, or None for an office database."""
    me = local_site(session)
    if me.kind is not SiteKind.REPLICA:
        return None
    office = office_site(session)
    if office is None:  # pragma: no cover - a replica is always written with its office
        return None
    state = session.get(SyncState, office.id)
    last = session.scalar(select(func.max(ChangeLog.seq)).where(ChangeLog.site_id == me.id))
    office_name, _, event_name = (me.source or office.name).partition("\x1f")
    return ReplicaInfo(
        path=path,
        site_id=me.id,
        site_name=me.name,
        office_site_id=office.id,
        office_name=office_name,
        taken_at=me.created_at,
        base_mark=state.base_seq if state else 0,
        event_name=event_name or None,
        last_sent_seq=state.last_sent_seq if state else 0,
        last_seq=int(last or 0),
    )


def high_water_mark(conn: Connection) -> int:
    """The office's position in its own change log: every change with a larger id came later."""
    return int(conn.scalar(select(func.coalesce(func.max(ChangeLog.id), 0))) or 0)


# --- taking a copy ---------------------------------------------------------------------------------


def _event_scope(event_id: uuid.UUID) -> dict[str, Any]:
    """Per table, the WHERE clause of the rows an event needs (everything of the other tables)."""
    parts = select(Participation.id).where(Participation.event_id == event_id)
    comps = select(Competition.id).where(Competition.event_id == event_id)
    tracks = select(SkillTrack.id).where(SkillTrack.competition_id.in_(comps))
    entries = select(Entry.id).where(Entry.track_id.in_(tracks))
    people = union(
        select(Participation.person_id).where(Participation.event_id == event_id),
        select(entry_members.c.person_id).where(entry_members.c.entry_id.in_(entries)),
    )
    from tvet_alliance.domain import Person

    return {
        "person": Person.id.in_(people),
        "event": Event.id == event_id,
        "event_organizer": event_organizers.c.event_id == event_id,
        "participation": Participation.event_id == event_id,
        "check_in": CheckIn.participation_id.in_(parts),
        "competition": Competition.event_id == event_id,
        "skill_track": SkillTrack.competition_id.in_(comps),
        "entry": Entry.track_id.in_(tracks),
        "entry_member": entry_members.c.entry_id.in_(entries),
        "agreement": literal(False),
        "agreement_party": literal(False),
        # The certificates of the event's delegates and of its competitions' entries.
        "certificate": _certificates_of(parts, entries),
    }


def _certificates_of(parts: Any, entries: Any) -> Any:
    from tvet_alliance.domain import Certificate

    return Certificate.participation_id.in_(parts) | Certificate.entry_id.in_(entries)


#: Tables an offline copy does not copy row by row, and why. Every other table of the metadata is
#: copied, so a table added later reaches the laptops without anyone remembering to list it here.
LEFT_OUT: dict[str, str] = {
    # The laptop starts its own log; the office's high-water mark stands for the office's.
    "change_log": "the office's change log",
    "import_batch": "imports are reverted at the office, through its change log",
    # The sync bookkeeping is written afresh for the copy (``_write_sync_facts``).
    "site": "written afresh",
    "sync_state": "written afresh",
    "sync_package": "packages merged at the office",
    "sync_conflict": "the office's review work",
    "sync_duplicate": "the office's review work",
    # Derived data: the copy's triggers fill it from the people's and partners' search_keys column.
    "search_key": "derived from the people's and partners' names",
}

#: Tables copied row by row, parents first (from the metadata).
COPIED: tuple[str, ...] = tuple(t.name for t in Base.metadata.sorted_tables if t.name not in LEFT_OUT)


def _copy_rows(
    source: Connection, target: Connection, scope: dict[str, Any], progress: Progress | None
) -> None:
    tables = [Base.metadata.tables[name] for name in COPIED]
    statements = [select(t).where(scope[t.name]) if t.name in scope else select(t) for t in tables]
    total = sum(
        int(source.scalar(select(func.count()).select_from(stmt.subquery())) or 0) for stmt in statements
    )
    done = 0
    if progress:
        progress(0, total)
    for table, stmt in zip(tables, statements, strict=True):
        result = source.execution_options(yield_per=2000).execute(stmt)
        for part in result.mappings().partitions():
            target.execute(insert(table), [dict(r) for r in part])
            done += len(part)
            if progress:
                progress(done, total)


def _write_sync_facts(
    target: Connection,
    sites: list[dict[str, Any]],
    states: list[dict[str, Any]],
    replica: dict[str, Any],
    office_id: uuid.UUID,
    mark: int,
) -> None:
    for model in (Site, SyncState, SyncConflict, SyncDuplicate, SyncPackage):
        target.execute(delete(model))
    target.execute(insert(Site), [{**s, "is_local": False} for s in sites])
    target.execute(insert(Site), [replica])
    rows = [s for s in states if s["peer_site_id"] != office_id]
    rows.append(
        {
            "peer_site_id": office_id,
            "base_seq": mark,
            "last_sent_seq": 0,
            "last_merged_seq": 0,
            "updated_at": utcnow(),
        }
    )
    target.execute(insert(SyncState), rows)


def create_replica(
    db: Database,
    destination: str | os.PathLike[str],
    *,
    name: str | None = None,
    event_id: uuid.UUID | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ReplicaInfo:
    """Write an offline copy of the office database *db* to *destination* (a new SQLite file).

    With *event_id* the copy holds that event and what it needs (its delegates and their people,
    check-ins, competitions with tracks and entries, and every partner) instead of everything.
    """
    dest = Path(destination).expanduser().resolve()
    with db.session() as s:
        me = local_site(s)
        if me.kind is not SiteKind.HUB:
            raise SyncError(
                "replica_of_replica",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Offline copies are taken from the office database, not from another offline copy.",
                ),
            )
        event_name = None
        if event_id is not None:
            event = s.get(Event, event_id)
            if event is None:
                raise SyncError("no_event", QT_TRANSLATE_NOOP("Sync", "There is no such event."))
            event_name = event.name
    if db.path is not None and dest == db.path.resolve():
        raise SyncError(
            "overwrite_office",
            QT_TRANSLATE_NOOP("Sync", "An offline copy cannot overwrite the office database itself."),
        )
    if not dest.parent.is_dir():
        raise SyncError(
            "no_folder",
            QT_TRANSLATE_NOOP("Sync", "The folder {folder} does not exist."),
            folder=str(dest.parent),
        )
    if dest.exists() and not overwrite:
        raise SyncError(
            "exists",
            QT_TRANSLATE_NOOP("Sync", "{path} already exists; choose another file name."),
            path=str(dest),
        )

    remove_stale_partials(dest.parent, dest.name)  # what a killed earlier attempt left
    site_id = uuid7()
    taken = utcnow()
    site_name = name or QT_TRANSLATE_NOOP("Sync", "Offline copy") + f" {taken:%Y-%m-%d %H:%M}"
    office_name = db.name if db.path is None else db.path.name
    whole = db.is_sqlite and event_id is None  # a page-by-page copy of the file, the fastest way
    try:
        with db.engine.connect() as conn:
            # read before copying: a change racing the copy becomes a conflict, never slips through
            mark = high_water_mark(conn)
            sites = [dict(r) for r in conn.execute(select(Site)).mappings()]
            states = [dict(r) for r in conn.execute(select(SyncState)).mappings()]
        replica = {
            "id": site_id,
            "name": site_name,
            "kind": SiteKind.REPLICA,
            "is_local": True,
            "created_at": taken,
            "source": office_name + (f"\x1f{event_name}" if event_name else ""),
        }
        # cancelled from the progress callback, or failed: no half file (nor its -wal, -shm)
        with atomic_write(dest) as tmp:
            if whole:
                backup_to(db.engine, tmp, progress)
                engine: Engine = create_engine(f"sqlite:///{tmp}")
            else:
                engine = Database.open(tmp, backup_before_upgrade=False).engine
            try:
                with engine.begin() as target:
                    if not whole:
                        target.execute(delete(Site))
                        with db.engine.connect() as source:
                            _copy_rows(source, target, _event_scope(event_id) if event_id else {}, progress)
                    _write_sync_facts(target, sites, states, replica, db.site_id, mark)
                    if event_id is not None:
                        target.execute(delete(ChangeLog))
                with engine.connect() as target:
                    target.exec_driver_sql("PRAGMA journal_mode=DELETE")
            finally:
                engine.dispose()
            fault_point("replica-written")
    except (OSError, BackupError, sqlite3.Error) as exc:
        reason = failure_reason(exc)
        raise SyncError(
            "write_failed",
            QT_TRANSLATE_NOOP("Sync", "Cannot write the offline copy to {path}: {reason}"),
            path=str(dest),
            reason=reason,
        ) from exc
    with db.transaction() as s:
        s.add(
            Site(
                id=site_id,
                name=site_name,
                kind=SiteKind.REPLICA,
                is_local=False,
                created_at=taken,
                source=str(dest),
            )
        )
        s.add(SyncState(peer_site_id=site_id, base_seq=mark, last_sent_seq=0, last_merged_seq=0))
    return ReplicaInfo(
        path=dest,
        site_id=site_id,
        site_name=site_name,
        office_site_id=db.site_id,
        office_name=office_name,
        taken_at=taken,
        base_mark=mark,
        event_name=event_name,
        last_sent_seq=0,
        last_seq=0,
    )


# --- taking the office's later changes ---------------------------------------------------------------


def _read_facts(path: Path) -> ReplicaInfo | None:
    """The replica facts of a file, read without changing it (None: not an offline copy)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as s:
            return replica_info(s, path)
    except Exception as exc:
        raise SyncError(
            "not_replica",
            QT_TRANSLATE_NOOP("Sync", "{path} is not an offline copy made by this program."),
            path=str(path),
        ) from exc
    finally:
        engine.dispose()


def merged_seq_known_by(path: Path, site_id: uuid.UUID) -> int:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        row = conn.execute(
            "SELECT last_merged_seq FROM sync_state WHERE peer_site_id = ?", (site_id.hex,)
        ).fetchone()
        return int(row[0]) if row else 0
    finally:
        conn.close()


def refresh_replica(current: str | os.PathLike[str], fresh: str | os.PathLike[str]) -> Path:
    """Replace the offline copy *current* (closed) by *fresh*, a newer copy of the same office.

    Refused while *current* holds changes the office has not merged (as far as *fresh* knows): they
    would be lost. The replaced file is kept beside it; its path is returned.
    """
    cur, new = Path(current).resolve(), Path(fresh).resolve()
    if cur == new:
        raise SyncError("same_file", QT_TRANSLATE_NOOP("Sync", "Choose the fresh copy, not this one."))
    mine = _read_facts(cur)
    theirs = _read_facts(new)
    if mine is None:
        raise SyncError(
            "not_replica",
            QT_TRANSLATE_NOOP("Sync", "{path} is not an offline copy made by this program."),
            path=str(cur),
        )
    if theirs is None:
        raise SyncError(
            "not_replica",
            QT_TRANSLATE_NOOP("Sync", "{path} is not an offline copy made by this program."),
            path=str(new),
        )
    if theirs.office_site_id != mine.office_site_id:
        raise SyncError(
            "other_office",
            QT_TRANSLATE_NOOP("Sync", "{path} is a copy of another office database ({office})."),
            path=str(new),
            office=theirs.office_name,
        )
    if theirs.base_mark < mine.base_mark:
        raise SyncError(
            "older_copy",
            QT_TRANSLATE_NOOP(
                "Sync", "{path} is older than this copy (taken {taken}); take a fresh copy at the office."
            ),
            path=str(new),
            taken=f"{theirs.taken_at:%Y-%m-%d %H:%M}",
        )
    merged = merged_seq_known_by(new, mine.site_id)
    if mine.last_seq > merged:
        raise SyncError(
            "unmerged",
            QT_TRANSLATE_NOOP(
                "Sync",
                "Changes {first}–{last} made on this laptop have not been merged at the office. Create a sync "
                "package, merge it at the office, then take a fresh copy there.",
            ),
            first=merged + 1,
            last=mine.last_seq,
        )
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    kept = cur.with_name(f"{cur.stem}.replaced-{stamp}{cur.suffix}")
    number = 1
    while kept.exists():  # two refreshes within a second keep both old copies
        number += 1
        kept = cur.with_name(f"{cur.stem}.replaced-{stamp}-{number}{cur.suffix}")
    tmp = partial_path(cur)
    try:
        _checkpoint_closed(cur)  # the file alone is the whole copy: no WAL to meet the fresh file
        source = sqlite3.connect(f"{new.as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(tmp)
        try:
            copy_database(source, target, None)  # written beside: a kill leaves the laptop's file whole
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
            source.close()
        fault_point("refresh-copied")
        try:
            os.link(cur, kept)  # the old copy stays at the old path until the fresh one replaces it
        except OSError:
            shutil.copyfile(cur, kept)
        fault_point("refresh-kept")
        for suffix in ("-wal", "-shm"):  # empty after the checkpoint
            Path(f"{cur}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, cur)
    except (OSError, sqlite3.Error) as exc:
        remove_partial(tmp)
        raise SyncError(
            "write_failed",
            QT_TRANSLATE_NOOP("Sync", "Cannot replace {path}: {reason}"),
            path=str(cur),
            reason=failure_reason(exc),
        ) from exc
    except BaseException:
        remove_partial(tmp)
        raise
    return kept


def _checkpoint_closed(path: Path) -> None:
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
