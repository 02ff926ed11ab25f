"""Merging a laptop's sync package into the office database, in one transaction.

Rules (ARCHITECTURE.md, "Offline sync"):

* a package merged before is a no-op; one that starts after a missing range is refused, naming it;
* the package's changes are squashed per (record, field): the laptop's first old value (what it saw)
  and its last new value;
* a field conflicts only if another site (the office, or another laptop merged earlier) wrote it
  after the laptop's copy was taken. "After" is the position in the office's own change log, past the
  high-water mark the copy carries; clocks are never compared;
* an edit to a record deleted elsewhere is a conflict, and so is the laptop deleting a record edited
  elsewhere; check-ins are insert-only and never conflict;
* a conflict keeps the office value and stores the laptop's in ``sync_conflict`` for a person;
* the laptop's change-log rows are added to the office's log under the laptop's site and sequence
  numbers (a held one points to its conflict), so history keeps every site's edits;
* people and partners the package added that look like existing ones go to ``sync_duplicate``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from tvet_alliance.domain import (
    ChangeLog,
    CheckIn,
    JudgeMark,
    MarkingAspect,
    Organization,
    Participation,
    Person,
    RecordAlias,
    SearchKey,
    Site,
    SyncConflict,
    SyncDuplicate,
    SyncPackage,
    SyncState,
    incoming,
)
from tvet_alliance.domain.base import utcnow, uuid7
from tvet_alliance.domain.enums import ChangeOp, SiteKind
from tvet_alliance.domain.events import deserialize
from tvet_alliance.domain.search_keys import identity_keys
from tvet_alliance.faults import fault_point
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.persistence.backup import automatic_backup
from tvet_alliance.persistence.bulk import BulkWriter
from tvet_alliance.progress import Progress
from tvet_alliance.services import marking
from tvet_alliance.services.sync.common import (
    TABLES,
    Aliases,
    ManyToMany,
    SyncError,
    TableInfo,
    chunks,
    existing,
    parse_ids,
    row_images,
    values_of_image,
)
from tvet_alliance.services.sync.package import Change, Package, _bad, read_package
from tvet_alliance.services.sync.replica import local_site

#: A change with no field (a whole-row insert image, a hard delete) counts as writing every field.
ANY = "*"


@dataclass
class MergeReport:
    package_id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    seq_from: int
    seq_to: int
    dry_run: bool = False
    already_merged: bool = False
    applied: bool = False
    added: int = 0
    changed: int = 0
    deleted: int = 0
    check_ins: int = 0
    #: check-ins the office held already (the same nonce): nothing added
    check_ins_repeated: int = 0
    #: check-ins added for a delegate checked in already (two laptops): kept, listed for review
    check_ins_to_review: int = 0
    conflicts: int = 0
    duplicates: int = 0
    #: per table: {"added": n, "changed": n, "deleted": n}
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)
    #: the automatic backup taken before a merge that changed the database
    backup: Path | None = None

    def count(self, table: str, what: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        if what in ("added", "changed", "deleted"):
            per = self.by_table.setdefault(table, {"added": 0, "changed": 0, "deleted": 0})
            per[what] += 1

    def as_json(self) -> dict[str, object]:
        return {
            "package_id": str(self.package_id),
            "site": self.site_name,
            "site_id": str(self.site_id),
            "seq_from": self.seq_from,
            "seq_to": self.seq_to,
            "dry_run": self.dry_run,
            "applied": self.applied,
            "already_merged": self.already_merged,
            "added": self.added,
            "changed": self.changed,
            "deleted": self.deleted,
            "check_ins": self.check_ins,
            "check_ins_repeated": self.check_ins_repeated,
            "check_ins_to_review": self.check_ins_to_review,
            "conflicts": self.conflicts,
            "duplicates": self.duplicates,
            "by_table": self.by_table,
        }


@dataclass
class _Field:
    """The squashed changes of one field of one record."""

    old: str | None  # the laptop's first old value: what it saw before its edits
    new: str | None  # its last value
    last: Change
    rows: list[Change]


def _same(info: TableInfo, name: str, a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return False
    if name in info.many:
        return set(parse_ids(a)) == set(parse_ids(b))
    if name in info.table.c:
        try:
            return bool(deserialize(info.table.c[name], a) == deserialize(info.table.c[name], b))
        except (ValueError, TypeError):
            return False
    return False


class _Merge:
    def __init__(
        self, session: Session, package: Package, changes: list[Change], report: MergeReport
    ) -> None:
        self.session = session
        self.conn = session.connection()
        #: Writes the laptop's rows as they are (their own change-log rows, not new ones of this site).
        self.writer = BulkWriter(session, log=False)
        self.package = package
        self.site = package.info.site_id
        self.base = package.info.base_mark
        self.changes = changes
        self.report = report
        self.aliases = Aliases(self.conn)
        self.now = utcnow()
        self.log_rows: list[dict[str, Any]] = []
        self.added: dict[str, list[uuid.UUID]] = defaultdict(list)
        #: many-to-many fields to set once the table's rows are written: (table, field, row, ids)
        self.many: list[tuple[TableInfo, ManyToMany, uuid.UUID, list[uuid.UUID]]] = []
        #: (event, person) pairs delegates were moved to by this merge
        self.pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
        #: entries whose score is computed from marks, to compute again once the marks are merged
        self.rescore: set[uuid.UUID] = set()
        #: judge_mark rows the package wrote to (their entries' scores follow)
        self.marks: set[uuid.UUID] = set()
        #: nonces of the check-ins this merge adds -> their row
        self.nonces: dict[str, uuid.UUID] = {}

    # --- reading the office side ---

    def _others(self, info: TableInfo, ids: list[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        """Fields of these records written by any other site after the laptop's copy was taken."""
        out: dict[uuid.UUID, set[str]] = defaultdict(set)
        for part in chunks(ids):
            rows = self.conn.execute(
                select(ChangeLog.row_id, ChangeLog.field).where(
                    ChangeLog.table_name == info.name,
                    ChangeLog.row_id.in_(part),
                    ChangeLog.id > self.base,
                    ChangeLog.site_id != self.site,
                    ChangeLog.conflict_id.is_(None),
                )
            )
            for row_id, name in rows:
                out[row_id].add(name or ANY)
        return out

    # --- writing ---

    def _log(self, change: Change, row_id: uuid.UUID, conflict_id: uuid.UUID | None = None) -> None:
        info = TABLES[change.table_name]
        self.log_rows.append(
            {
                "site_id": self.site,
                "seq": change.seq,
                "tx_id": uuid.UUID(change.tx_id),
                "table_name": change.table_name,
                "row_id": row_id,
                "op": change.op,
                "field": change.field,
                "old_value": self.aliases.value(info, change.field, change.old_value)
                if change.field
                else change.old_value,
                "new_value": self.aliases.value(info, change.field, change.new_value)
                if change.field
                else change.new_value,
                "user_name": change.user_name,
                "at": datetime.fromisoformat(change.at),
                "batch_id": None,
                "conflict_id": conflict_id,
            }
        )

    def _conflict(
        self, info: TableInfo, row_id: uuid.UUID, name: str, f: _Field, office: str | None, reason: str
    ) -> uuid.UUID:
        cid = uuid7()
        self.writer.insert(
            SyncConflict.__tablename__,
            {
                "id": cid,
                "package_id": self.package.info.package_id,
                "site_id": self.site,
                "table_name": info.name,
                "row_id": row_id,
                "field": name,
                "base_value": f.old,
                "office_value": office,
                "laptop_value": f.new,
                "reason": reason,
                "laptop_user": f.last.user_name,
                "laptop_at": datetime.fromisoformat(f.last.at),
                "created_at": self.now,
                "resolved_at": None,
                "resolution": None,
                "resolved_value": None,
                "resolved_by": None,
            },
        )
        self.report.conflicts += 1
        return cid

    def _insert(self, info: TableInfo, image: dict[str, Any]) -> None:
        values = values_of_image(info, {k: self.aliases.value(info, k, v) for k, v in image.items()})
        self.writer.insert(info.table, values)
        for m in info.many.values():
            ids = parse_ids(self.aliases.value(info, m.key, image.get(m.key)))
            if ids:
                self.many.append((info, m, values["id"], ids))

    def _apply(self, info: TableInfo, row_id: uuid.UUID, values: dict[str, str | None]) -> None:
        columns = {k: deserialize(info.table.c[k], v) for k, v in values.items() if k in info.table.c}
        if columns or info.tracked:  # a changed many-to-many field is a new version of the record too
            self.writer.update(info.table, row_id, columns)
        for k, v in values.items():
            if k in info.many:
                self.many.append((info, info.many[k], row_id, parse_ids(v)))

    def _flush(self) -> None:
        """Write the table's waiting rows (the writer makes one statement per shape of row), then
        its many-to-many fields, which may point at them."""
        self.writer.flush()
        for info, m, row_id, ids in self.many:
            self.writer.set_many(info.table, row_id, m.key, existing(self.conn, m, ids))
        self.writer.flush()
        self.many.clear()

    # --- the merge ---

    def run(self, progress: Progress | None) -> None:
        groups: dict[tuple[str, uuid.UUID], list[Change]] = defaultdict(list)
        for change in self.changes:
            groups[(change.table_name, change.row_id)].append(change)
        total, done = len(groups), 0
        if progress:
            progress(0, total)
        for name, info in TABLES.items():
            keys = [k for k in groups if k[0] == name]
            if not keys:
                continue
            resolved = {k[1]: self.aliases.resolve(name, k[1]) for k in keys}
            office = row_images(self.conn, info, set(resolved.values()))
            others = self._others(info, sorted(set(resolved.values())))
            for key in keys:
                self._record(info, key[1], resolved[key[1]], groups[key], office, others)
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
            self._flush()  # before the next table: its rows may point at these
        self.writer.add_log_rows(self.log_rows)
        self._count_double_check_ins()
        self._find_duplicates()
        self.writer.finish()
        self._rescore()
        if progress:
            progress(total, total)

    def _record(
        self,
        info: TableInfo,
        laptop_id: uuid.UUID,
        row_id: uuid.UUID,
        changes: list[Change],
        office: dict[uuid.UUID, dict[str, Any]],
        others: dict[uuid.UUID, set[str]],
    ) -> None:
        if info.name == "judge_mark":
            self.marks.add(row_id)
        inserted = any(c.op is ChangeOp.INSERT for c in changes)
        if inserted and row_id not in office:
            image = self.package.images.get((info.name, laptop_id))
            held: dict[str, uuid.UUID] = {}
            if image is not None:
                row_id, held = self._insert_record(info, image, changes)
                if info.name == "judge_mark":
                    self.marks.add(row_id)
            for c in changes:
                self._log(c, row_id, held.get(c.field) if c.field else None)
            return
        if info.name == "check_in":  # insert-only: never changed, never in conflict
            for c in changes:
                self._log(c, row_id)
            return
        squashed: dict[str, _Field] = {}
        for c in changes:
            name = c.field
            new = c.new_value
            if name is None:
                if c.op is not ChangeOp.DELETE:
                    continue  # a whole-row insert image of a record the office already has
                name, new = "deleted_at", c.at  # a hard delete on the laptop: a tombstone here
            f = squashed.get(name)
            if f is None:
                squashed[name] = _Field(c.old_value, new, c, [c])
            else:
                f.new, f.last = new, c
                f.rows.append(c)
        for f_name, f in squashed.items():
            f.old = self.aliases.value(info, f_name, f.old)
            f.new = self.aliases.value(info, f_name, f.new)
        current = office.get(row_id)
        held = {}
        if current is None:
            for f_name, f in squashed.items():
                held[f_name] = self._conflict(info, row_id, f_name, f, None, "missing")
        else:
            held = self._decide(info, row_id, squashed, current, others.get(row_id, set()))
        for c in changes:
            name = c.field or ("deleted_at" if c.op is ChangeOp.DELETE else None)
            self._log(c, row_id, held.get(name) if name else None)

    def _insert_record(
        self, info: TableInfo, image: dict[str, Any], changes: Sequence[Change] = ()
    ) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
        """Insert a record the laptop added; a delegate registered at the office too is merged into it."""
        row_id = uuid.UUID(image["id"])
        if info.name == "check_in" and image.get("nonce"):
            # The same scan again (the same package row in two packages, a re-sent upload): one
            # check-in. Its log rows point at the one the office holds.
            held = self.conn.scalar(select(CheckIn.id).where(CheckIn.nonce == image["nonce"]))
            if held is None:
                held = self.nonces.get(image["nonce"])
            if held is not None:
                self._alias(info, row_id, held)
                self.report.check_ins_repeated += 1
                return held, {}
            self.nonces[image["nonce"]] = row_id
        if info.name == "check_in" and image.get("reverses_id"):
            # A reversal of a scan the office held already undoes the row the office holds.
            undone = self.aliases.resolve("check_in", uuid.UUID(image["reverses_id"]))
            image = {**image, "reverses_id": str(undone)}
        if info.name == "participation":
            event_id = uuid.UUID(self.aliases.value(info, "event_id", image["event_id"]) or "")
            person_id = uuid.UUID(self.aliases.value(info, "person_id", image["person_id"]) or "")
            existing = self.conn.scalar(
                select(Participation.id).where(
                    Participation.event_id == event_id, Participation.person_id == person_id
                )
            )
            if existing is not None:
                self._alias(info, row_id, existing)
                current = row_images(self.conn, info, [existing])[existing]
                fake = Change(
                    0, "", info.name, row_id, ChangeOp.UPDATE, None, None, None, None, utcnow().isoformat()
                )
                squashed = {
                    k: _Field(None, v, fake, [])
                    for k, v in image.items()
                    if k
                    not in (
                        "id",
                        "created_at",
                        "updated_at",
                        "row_version",
                        "event_id",
                        "person_id",
                        "deleted_at",
                        "ticket_code",  # the office's code stays: each copy made its own at random
                    )
                }
                return existing, self._decide(info, existing, squashed, current, {ANY})
        if info.name == "judge_mark":
            same = self._same_cell(info, image, changes)
            if same is not None:
                return same
        self._insert(info, image)
        what = "check_ins" if info.name == "check_in" else "added"
        self.report.count(info.name, what)
        self.added[info.name].append(row_id)
        return row_id, {}

    def _same_cell(
        self, info: TableInfo, image: dict[str, Any], changes: Sequence[Change]
    ) -> tuple[uuid.UUID, dict[str, uuid.UUID]] | None:
        """A judge's mark the office holds already for the same cell (entry, aspect, judge), entered
        on another laptop or at the office: the laptop's row becomes an alias of the office's, and
        its mark is decided like an edit of it: equal marks are one, different ones a conflict shown
        side by side (the office's mark stands until a person chooses)."""
        row_id = uuid.UUID(image["id"])
        entry_id = uuid.UUID(self.aliases.value(info, "entry_id", image["entry_id"]) or "")
        aspect_id = uuid.UUID(self.aliases.value(info, "aspect_id", image["aspect_id"]) or "")
        existing = self.conn.scalar(
            select(JudgeMark.id).where(
                JudgeMark.entry_id == entry_id,
                JudgeMark.aspect_id == aspect_id,
                JudgeMark.judge == int(image["judge"]),
            )
        )
        if existing is None:
            return None
        self._alias(info, row_id, existing)
        current = row_images(self.conn, info, [existing])[existing]
        last = (
            changes[-1]
            if changes
            else Change(
                0, "", info.name, row_id, ChangeOp.UPDATE, None, None, None, None, utcnow().isoformat()
            )
        )
        squashed: dict[str, _Field] = {
            k: _Field(None, image.get(k), last, []) for k in ("mark", "deleted_at") if k in image
        }
        return existing, self._decide(info, existing, squashed, current, {ANY})

    def _rescore(self) -> None:
        """An entry's score on a track with a marking scheme is the mark its judges' marks give:
        computed again here from the merged marks (a logged edit of the office), never taken from a
        laptop nor held as a conflict — the marks are what conflict."""
        ids = sorted(self.marks)
        for part in chunks(ids):
            self.rescore.update(self.conn.scalars(select(JudgeMark.entry_id).where(JudgeMark.id.in_(part))))
        if self.rescore:
            marking.recompute_scores(self.session, self.rescore)

    def _marked_track(self, track_id: str | None) -> bool:
        if not track_id:
            return False
        found = self.conn.scalar(
            select(MarkingAspect.id)
            .where(MarkingAspect.track_id == uuid.UUID(track_id), MarkingAspect.deleted_at.is_(None))
            .limit(1)
        )
        return found is not None

    def _count_double_check_ins(self) -> None:
        """The check-ins this merge added for a delegate who has another un-reversed one (checked
        in on two laptops): both rows stay, the later is listed for review at the desk."""
        added = self.added.get("check_in", [])
        if not added:
            return
        me, other, undoing = aliased(CheckIn), aliased(CheckIn), aliased(CheckIn)

        def live(row: Any) -> Any:
            return and_(row.reverses_id.is_(None), ~exists().where(undoing.reverses_id == row.id))

        for part in chunks(added):
            self.report.check_ins_to_review += int(
                self.conn.scalar(
                    select(func.count())
                    .select_from(me)
                    .where(
                        me.id.in_(part),
                        live(me),
                        exists().where(
                            other.participation_id == me.participation_id,
                            other.id != me.id,
                            live(other),
                            or_(other.at < me.at, and_(other.at == me.at, other.id < me.id)),
                        ),
                    )
                )
                or 0
            )

    def _alias(self, info: TableInfo, old: uuid.UUID, new: uuid.UUID) -> None:
        self.writer.insert(
            RecordAlias.__tablename__,
            {"table_name": info.name, "old_id": old, "new_id": new, "at": self.now, "user_name": None},
        )
        self.aliases.add(info.name, old, new)

    def _decide(
        self,
        info: TableInfo,
        row_id: uuid.UUID,
        squashed: dict[str, _Field],
        current: dict[str, Any],
        written: set[str],
    ) -> dict[str, uuid.UUID]:
        """Apply the fields nobody else wrote since the laptop's base; hold the others as conflicts."""
        held: dict[str, uuid.UUID] = {}
        apply: dict[str, str | None] = {}
        if info.name == "entry" and "score" in squashed and self._marked_track(current.get("track_id")):
            squashed = {k: f for k, f in squashed.items() if k != "score"}
            self.rescore.add(row_id)
        office_deleted = current.get("deleted_at")
        deleted_elsewhere = office_deleted is not None and bool({"deleted_at", ANY} & written)
        d = squashed.get("deleted_at")
        if d is not None and not info.tracked:
            d = None
        if d is not None and (d.new is None) != (office_deleted is None):
            if d.new is not None:  # the laptop deleted it
                if written:
                    held["deleted_at"] = self._conflict(
                        info, row_id, "deleted_at", d, office_deleted, "delete"
                    )
                else:
                    apply["deleted_at"] = d.new
            elif deleted_elsewhere:  # the laptop restored what another site deleted
                held["deleted_at"] = self._conflict(info, row_id, "deleted_at", d, office_deleted, "deleted")
            else:
                apply["deleted_at"] = None
                deleted_elsewhere = False
        for name, f in squashed.items():
            if name == "deleted_at":
                continue
            office_value = current.get(name)
            if _same(info, name, f.new, office_value):
                continue
            if deleted_elsewhere:
                held[name] = self._conflict(info, row_id, name, f, office_value, "deleted")
            elif name in written or ANY in written:
                held[name] = self._conflict(info, row_id, name, f, office_value, "edited")
            else:
                apply[name] = f.new
        if info.name == "participation" and {"event_id", "person_id"} & set(apply):
            self._hold_clash(info, row_id, squashed, current, apply, held)
        if apply:
            self._check_result(info, row_id, current, apply)
            self._apply(info, row_id, apply)
            if apply.get("deleted_at") is not None:
                self.report.count(info.name, "deleted")
            else:
                self.report.count(info.name, "changed")
        return held

    def _check_result(
        self, info: TableInfo, row_id: uuid.UUID, current: dict[str, Any], apply: dict[str, str | None]
    ) -> None:
        """The record as the changes leave it (the office row merged with them) passes the model's
        rules for the changed fields: a phone of the record's region, a province of its country..."""
        values = {k: deserialize(info.table.c[k], t) for k, t in current.items() if k in info.table.c}
        changed = {k: t for k, t in apply.items() if k in info.table.c}
        try:
            values.update(incoming.row_values(info.table, changed, whole=False))
            incoming.check_row(info.name, values, self._parent, fields=frozenset(changed))
        except incoming.BadValue as exc:
            raise _bad(
                self.package.info.path, "invalid", f"the change of {info.name} {row_id}: {exc}"
            ) from exc

    def _parent(self, table: str, row_id: Any) -> dict[str, Any] | None:
        info = TABLES[table]
        image = row_images(self.conn, info, [row_id]).get(row_id)
        if image is None:
            return None
        return {k: deserialize(info.table.c[k], t) for k, t in image.items() if k in info.table.c}

    def _hold_clash(
        self,
        info: TableInfo,
        row_id: uuid.UUID,
        squashed: dict[str, _Field],
        current: dict[str, Any],
        apply: dict[str, str | None],
        held: dict[str, uuid.UUID],
    ) -> None:
        """A delegate moved to a person (or event) who is a delegate there already at the office:
        one person is one delegate per event, so the move is held for a person to decide."""
        pair = (
            uuid.UUID(apply.get("event_id") or current["event_id"]),
            uuid.UUID(apply.get("person_id") or current["person_id"]),
        )
        taken = pair in self.pairs or self.conn.scalar(
            select(Participation.id).where(
                Participation.event_id == pair[0],
                Participation.person_id == pair[1],
                Participation.id != row_id,
            )
        )
        if not taken:
            self.pairs.add(pair)
            return
        for name in ("event_id", "person_id"):
            if name in apply:
                del apply[name]
                held[name] = self._conflict(info, row_id, name, squashed[name], current.get(name), "clash")

    # --- duplicates ---

    def _find_duplicates(self) -> None:
        pairs: dict[frozenset[uuid.UUID], tuple[str, uuid.UUID, uuid.UUID, str]] = {}
        people = self.added.get("person", [])
        for part in chunks(people):
            new = list(
                self.conn.execute(
                    select(
                        Person.id,
                        Person.full_name,
                        Person.name_native,
                        Person.email,
                        Person.phone,
                        Person.organization_id,
                    ).where(Person.id.in_(part), Person.deleted_at.is_(None))
                )
            )
            for column, reason in ((Person.email, "email"), (Person.phone, "phone")):
                values = {getattr(r, column.key): r.id for r in new if getattr(r, column.key)}
                if not values:
                    continue
                for other_id, value in self.conn.execute(
                    select(Person.id, column).where(column.in_(list(values)), Person.deleted_at.is_(None))
                ):
                    if other_id != values[value]:
                        pairs.setdefault(
                            frozenset((values[value], other_id)), ("person", values[value], other_id, reason)
                        )
            # Names in any script (search_keys.identity_keys: 张伟 on one laptop, "Zhang Wei" on the
            # other), looked up by equality in the search keys, then checked on both sides.
            by_key: dict[tuple[str, uuid.UUID | None], uuid.UUID] = {}
            for r in new:
                for key in identity_keys(r.full_name, r.name_native):
                    by_key.setdefault((key, r.organization_id), r.id)
            wanted = sorted({key for key, _org in by_key})
            for start in range(0, len(wanted), 500):
                for other_id, other_name, other_native, other_org in self.conn.execute(
                    select(Person.id, Person.full_name, Person.name_native, Person.organization_id).where(
                        Person.id.in_(
                            select(SearchKey.row_id).where(SearchKey.key.in_(wanted[start : start + 500]))
                        ),
                        Person.deleted_at.is_(None),
                    )
                ):
                    for key in identity_keys(other_name, other_native):
                        mine = by_key.get((key, other_org))
                        if mine is not None and mine != other_id:
                            pairs.setdefault(frozenset((mine, other_id)), ("person", mine, other_id, "name"))
                            break
        orgs = self.added.get("organization", [])
        for part in chunks(orgs):
            # The English name, or the Chinese / Urdu name, in any script (identity_keys).
            new_orgs: dict[str, uuid.UUID] = {}
            for i, n, native in self.conn.execute(
                select(Organization.id, Organization.name_en, Organization.name_native).where(
                    Organization.id.in_(part), Organization.deleted_at.is_(None)
                )
            ):
                for key in identity_keys(n, native):
                    new_orgs.setdefault(key, i)
            for other_id, other_name, other_native in self.conn.execute(
                select(Organization.id, Organization.name_en, Organization.name_native).where(
                    Organization.deleted_at.is_(None)
                )
            ):
                for key in identity_keys(other_name, other_native):
                    mine = new_orgs.get(key)
                    if mine is not None and mine != other_id:
                        pairs.setdefault(
                            frozenset((mine, other_id)), ("organization", mine, other_id, "name")
                        )
                        break
        rows = [
            {
                "id": uuid7(),
                "package_id": self.package.info.package_id,
                "table_name": table,
                "new_id": new_id,
                "existing_id": existing,
                "reason": reason,
                "created_at": self.now,
            }
            for table, new_id, existing, reason in pairs.values()
        ]
        for row in rows:
            self.writer.insert(SyncDuplicate.__tablename__, row)
        self.report.duplicates = len(rows)


def merge_package(
    db: Database,
    source: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    backup: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge the sync package *source* into the office database *db* (or, with *dry_run*, work out
    what merging would do and change nothing). Refused packages raise :class:`SyncError`.

    With *backup* a SQLite office is backed up (automatic, rotating backups) before a real merge;
    the backup is deleted again when nothing was merged (refused, cancelled, merged before)."""
    package = read_package(source)  # a file that is no package takes no backup
    taken = automatic_backup(db.engine, "merge") if backup and not dry_run and db.is_sqlite else None
    try:
        report = _merge(db, package, dry_run=dry_run, progress=progress)
    except BaseException:
        if taken is not None:
            taken.unlink(missing_ok=True)
        raise
    if taken is not None and not report.applied:
        taken.unlink(missing_ok=True)
        taken = None
    report.backup = taken
    return report


def _merged_meanwhile(s: Session, info: Any) -> bool:
    """Whether the package is merged now (read after the failed transaction was rolled back)."""
    if s.get(SyncPackage, info.package_id) is not None:
        return True
    state = s.get(SyncState, info.site_id)
    return state is not None and info.seq_to <= state.last_merged_seq


def _merge(db: Database, package: Package, *, dry_run: bool, progress: Progress | None) -> MergeReport:
    info = package.info
    report = MergeReport(
        info.package_id, info.site_id, info.site_name, info.seq_from, info.seq_to, dry_run=dry_run
    )
    with db.session() as s:
        try:
            me = local_site(s)
            if me.kind is not SiteKind.HUB:
                raise SyncError(
                    "not_office",
                    QT_TRANSLATE_NOOP(
                        "Sync", "Sync packages are merged into the office database, not into an offline copy."
                    ),
                )
            if info.office_site_id != me.id:
                raise SyncError(
                    "other_office",
                    QT_TRANSLATE_NOOP(
                        "Sync", "This package comes from a copy of another office database, not of this one."
                    ),
                )
            revision = migrate.current_revision(s.connection())
            if info.schema_revision != revision:
                raise SyncError(
                    "schema",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The package was made with database version {theirs} and this database is at version "
                        "{ours}; open both with the same release of the program.",
                    ),
                    theirs=info.schema_revision,
                    ours=str(revision),
                )
            state = s.get(SyncState, info.site_id)
            site = s.get(Site, info.site_id)
            if state is None or site is None or site.kind is not SiteKind.REPLICA:
                # The office registers every copy it hands out (create_replica): a package of a site
                # it does not know was altered or belongs to a copy of another database.
                raise SyncError(
                    "unknown_site",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The package names an offline copy that was not taken from this database; it was "
                        "altered or belongs elsewhere. Nothing was changed.",
                    ),
                )
            if info.base_mark != state.base_seq:
                # What counts as "edited at the office since the copy" is decided by the mark the
                # office recorded when the copy was taken, never by the file's claim.
                raise SyncError(
                    "altered",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The package does not match the offline copy “{site}” taken here (it was altered); "
                        "make the package again on that laptop. Nothing was changed.",
                    ),
                    site=site.name,
                )
            if s.get(SyncPackage, info.package_id) is not None or info.seq_to <= state.last_merged_seq:
                report.already_merged = True
                s.rollback()
                return report
            if info.seq_from > state.last_merged_seq + 1:
                raise SyncError(
                    "gap",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "Changes {first}–{last} of “{site}” have not been merged yet. Merge the package that holds "
                        "them first, or make a new package on the laptop that sends everything again.",
                    ),
                    first=state.last_merged_seq + 1,
                    last=info.seq_from - 1,
                    site=info.site_name,
                )
            changes = [c for c in package.changes if c.seq > state.last_merged_seq]
            _Merge(s, package, changes, report).run(progress)
            state.last_merged_seq = info.seq_to
            state.updated_at = utcnow()
            s.add(
                SyncPackage(
                    id=info.package_id,
                    site_id=info.site_id,
                    seq_from=info.seq_from,
                    seq_to=info.seq_to,
                    file_name=info.path.name,
                    user_name=db.user,
                    counts=json.dumps(report.as_json(), ensure_ascii=False),
                )
            )
            s.flush()
            fault_point("merge-written")  # every row written, not yet committed (crash-safety tests)
            if dry_run:
                s.rollback()
            else:
                s.commit()
                fault_point("merge-committed")
                report.applied = True
        except IntegrityError as exc:
            s.rollback()
            if _merged_meanwhile(s, info):  # another process merged the same package at the same time
                report.already_merged = True
                return report
            raise SyncError(
                "integrity",
                QT_TRANSLATE_NOOP("Sync", "The package cannot be merged: {reason}. Nothing was changed."),
                reason=str(exc.orig) if exc.orig is not None else str(exc),
            ) from exc
        except BaseException:
            s.rollback()
            raise
    return report
