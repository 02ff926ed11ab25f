"""The sync promise, tested as a state machine: an office and three laptops edit, delete, add and
check people in at random; packages are made at random moments and delivered out of order and
twice. At the end every edit made on any site is either the office's value, or a recorded conflict,
or was overwritten by a later write that came after it; every record and check-in added on a laptop
is at the office; and merging a package a second time changed nothing."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from tests.core.helpers import dump_sqlite
from tests.core.sync_helpers import make_office
from tvet_alliance.domain import ChangeLog, CheckIn, Participation, Person, RecordAlias, SyncConflict
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.enums import ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync
from tvet_alliance.services.sync.common import SyncError

VALUES = ["Dean", "Lecturer", "王老师", "استاد", "Principal", None]
PERSON_FIELDS = ["position", "notes", "name_native"]
STATUSES = [s.value for s in ParticipationStatus]
DELETED = "<deleted>"


@dataclass
class Laptop:
    db: Database
    packages: list[Any] = field(default_factory=list)  # PackageInfo, in the order made


@dataclass
class Write:
    table: str
    row: uuid.UUID
    field: str
    value: str | None


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.office = make_office(self.dir / "office.sqlite3", people=4)
        self.hub = self.office.db
        self.laptops: list[Laptop] = []
        #: (site, table, row, field) -> the last value that site wrote
        self.writes: dict[tuple[uuid.UUID, str, uuid.UUID, str], str | None] = {}
        self.added: list[tuple[str, uuid.UUID]] = []
        self.merged_to: dict[uuid.UUID, int] = {}
        self.counter = 0

    # --- helpers ---

    def _live(self, db: Database, model: type[Any]) -> list[uuid.UUID]:
        """Live records in an order that does not depend on their random ids (draws must repeat)."""
        with db.session() as s:
            if model is Person:
                return list(s.scalars(select(Person.id).order_by(Person.full_name)))
            return list(
                s.scalars(select(Participation.id).join(Participation.person).order_by(Person.full_name))
            )

    def _write(self, db: Database, model: type[Any], row: uuid.UUID, name: str, value: Any) -> None:
        with db.transaction() as s:
            obj = s.get(model, row)
            if obj is None:
                return
            text = DELETED if name == "deleted_at" else value
            current = getattr(obj, name)
            if name != "deleted_at" and (current.value if hasattr(current, "value") else current) == value:
                return  # writing the value it has already is no edit
            setattr(obj, name, utcnow() if name == "deleted_at" else value)
        self.writes[(db.site_id, model.__tablename__, row, name)] = text

    def _laptop(self, data: st.DataObject) -> Laptop:
        return data.draw(st.sampled_from(self.laptops), label="laptop")

    # --- rules ---

    @initialize()
    def first_copy(self) -> None:
        self.take_copy()

    @precondition(lambda self: len(self.laptops) < 3)
    @rule()
    def take_copy(self) -> None:
        """Laptops take their copies at different moments, so their bases differ."""
        path = self.dir / f"laptop{len(self.laptops)}.sqlite3"
        sync.create_replica(self.hub, path, name=f"L{len(self.laptops) + 1}")
        self.laptops.append(Laptop(Database.open(path, user=f"L{len(self.laptops) + 1}")))

    @rule(data=st.data(), name=st.sampled_from(PERSON_FIELDS), value=st.sampled_from(VALUES))
    def office_edits(self, data: st.DataObject, name: str, value: str | None) -> None:
        people = self._live(self.hub, Person)
        if people:
            self._write(self.hub, Person, data.draw(st.sampled_from(people)), name, value)

    @rule(data=st.data())
    def office_deletes(self, data: st.DataObject) -> None:
        people = self._live(self.hub, Person)
        if len(people) > 2:
            self._write(self.hub, Person, data.draw(st.sampled_from(people)), "deleted_at", None)

    @precondition(lambda self: self.laptops)
    @rule(data=st.data(), name=st.sampled_from(PERSON_FIELDS), value=st.sampled_from(VALUES))
    def laptop_edits(self, data: st.DataObject, name: str, value: str | None) -> None:
        lap = self._laptop(data)
        people = self._live(lap.db, Person)
        if people:
            self._write(lap.db, Person, data.draw(st.sampled_from(people)), name, value)

    @precondition(lambda self: self.laptops)
    @rule(data=st.data(), status=st.sampled_from(STATUSES))
    def laptop_changes_a_status(self, data: st.DataObject, status: str) -> None:
        lap = self._laptop(data)
        parts = self._live(lap.db, Participation)
        if parts:
            self._write(lap.db, Participation, data.draw(st.sampled_from(parts)), "status", status)

    @precondition(lambda self: self.laptops)
    @rule(data=st.data())
    def laptop_deletes(self, data: st.DataObject) -> None:
        lap = self._laptop(data)
        people = self._live(lap.db, Person)
        if len(people) > 2:
            self._write(lap.db, Person, data.draw(st.sampled_from(people)), "deleted_at", None)

    @precondition(lambda self: self.laptops)
    @rule(data=st.data(), register=st.booleans())
    def laptop_adds_a_person(self, data: st.DataObject, register: bool) -> None:
        lap = self._laptop(data)
        self.counter += 1
        with lap.db.transaction() as s:
            person = Person(full_name=f"Walk-in {self.counter}", name_native="新代表")
            s.add(person)
            s.flush()
            self.added.append(("person", person.id))
            if register:
                part = Participation(event_id=self.office.event, person_id=person.id)
                s.add(part)
                s.flush()
                self.added.append(("participation", part.id))

    @precondition(lambda self: self.laptops)
    @rule(data=st.data())
    def laptop_registers_someone_known(self, data: st.DataObject) -> None:
        """The same known person may be registered on two laptops: one delegate at the office."""
        lap = self._laptop(data)
        person = data.draw(st.sampled_from(self.office.people))
        with lap.db.transaction() as s:
            if s.get(Person, person) is None:
                return
            taken = s.scalar(
                select(Participation.id)
                .where(Participation.event_id == self.office.event, Participation.person_id == person)
                .execution_options(include_deleted=True)
            )
            if taken is None:
                part = Participation(event_id=self.office.event, person_id=person)
                s.add(part)
                s.flush()
                self.added.append(("participation", part.id))

    @precondition(lambda self: self.laptops)
    @rule(data=st.data())
    def laptop_checks_in(self, data: st.DataObject) -> None:
        lap = self._laptop(data)
        parts = self._live(lap.db, Participation)
        if parts:
            with lap.db.transaction() as s:
                check_in = CheckIn(participation_id=data.draw(st.sampled_from(parts)), site_id=lap.db.site_id)
                s.add(check_in)
                s.flush()
                self.added.append(("check_in", check_in.id))

    @precondition(lambda self: self.laptops)
    @rule(data=st.data())
    def laptop_makes_a_package(self, data: st.DataObject) -> None:
        lap = self._laptop(data)
        path = self.dir / f"{lap.db.site_id}-{len(lap.packages)}.tvetsync"
        try:
            lap.packages.append(sync.create_package(lap.db, path))
        except SyncError as exc:
            assert exc.code == "nothing_new"

    @precondition(lambda self: any(lap.packages for lap in self.laptops))
    @rule(data=st.data())
    def office_merges_any_package(self, data: st.DataObject) -> None:
        """Any package, in any order, possibly again."""
        lap = data.draw(st.sampled_from([lap for lap in self.laptops if lap.packages]))
        self._deliver(data.draw(st.sampled_from(lap.packages)))

    @precondition(lambda self: any(len(lap.packages) > 1 for lap in self.laptops))
    @rule(data=st.data())
    def office_merges_the_newest_first(self, data: st.DataObject) -> None:
        """The last package of a laptop before the earlier ones: a gap, unless they are merged."""
        lap = data.draw(st.sampled_from([lap for lap in self.laptops if len(lap.packages) > 1]))
        self._deliver(lap.packages[-1])

    def _deliver(self, package: Any) -> None:
        done = self.merged_to.get(package.site_id, 0)
        before = dump_sqlite(self.hub.path)  # type: ignore[arg-type]
        try:
            report = sync.merge_package(self.hub, package.path)
        except SyncError as exc:
            assert exc.code == "gap" and package.seq_from > done + 1
            assert (exc.params["first"], exc.params["last"]) == (done + 1, package.seq_from - 1)
            assert dump_sqlite(self.hub.path) == before  # type: ignore[arg-type]
            event("a package refused for a gap")
            return
        if package.seq_to <= done:
            assert report.already_merged
            assert dump_sqlite(self.hub.path) == before  # type: ignore[arg-type]
            event("a package merged twice")
        else:
            assert report.applied and package.seq_from <= done + 1
            self.merged_to[package.site_id] = package.seq_to

    # --- the end: everything delivered, then nothing may be missing ---

    def teardown(self) -> None:
        try:
            for lap in self.laptops:
                try:
                    lap.packages.append(
                        sync.create_package(lap.db, self.dir / f"{lap.db.site_id}-last.tvetsync")
                    )
                except SyncError as exc:
                    assert exc.code == "nothing_new"
                for package in lap.packages:
                    self._deliver(package)
            self._check_nothing_lost()
        finally:
            for lap in self.laptops:
                lap.db.close()
            self.hub.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _check_nothing_lost(self) -> None:
        with self.hub.session() as s:
            aliases = {(a.table_name, a.old_id): a.new_id for a in s.scalars(select(RecordAlias))}
            models = {"person": Person, "participation": Participation, "check_in": CheckIn}
            for table, row in self.added:
                row = aliases.get((table, row), row)
                assert s.get(models[table], row, execution_options={"include_deleted": True}) is not None, (
                    table,
                    row,
                )
            held = list(s.scalars(select(SyncConflict)))
            for reason in sorted({c.reason for c in held}):
                event(f"conflict: {reason}")
            if aliases:
                event("one delegate registered on two sites")
            conflicts = {
                (
                    c.site_id,
                    c.table_name,
                    c.row_id,
                    c.field,
                    DELETED if c.field == "deleted_at" else c.laptop_value,
                )
                for c in held
            }
            log = list(
                s.execute(
                    select(
                        ChangeLog.id,
                        ChangeLog.site_id,
                        ChangeLog.table_name,
                        ChangeLog.row_id,
                        ChangeLog.field,
                        ChangeLog.conflict_id,
                    )
                )
            )
            for (site, table, row, name), written in self.writes.items():
                row = aliases.get((table, row), row)
                obj = s.get(models[table], row, execution_options={"include_deleted": True})
                assert obj is not None
                now = getattr(obj, name)
                now_text = (
                    (DELETED if now is not None else None)
                    if name == "deleted_at"
                    else getattr(now, "value", now)
                )
                if now_text == written:
                    continue  # it is the office value
                if (site, table, row, name, written) in conflicts:
                    continue  # it is a recorded conflict
                mine = [
                    r.id
                    for r in log
                    if (r.site_id, r.table_name, r.row_id, r.field) == (site, table, row, name)
                    and r.conflict_id is None
                ]
                assert mine, f"an edit never arrived: {site} {table}.{name} = {written!r}"
                later = [
                    r
                    for r in log
                    if r.id > max(mine)
                    and (r.table_name, r.row_id) == (table, row)
                    and r.field in (name, None)
                    and r.site_id != site
                    and r.conflict_id is None
                ]
                assert later, f"an edit was lost: {site} {table}.{name} = {written!r}, now {now_text!r}"


SyncMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("SYNC_MACHINE_EXAMPLES", "25")),  # more when exploring
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestSync = SyncMachine.TestCase
