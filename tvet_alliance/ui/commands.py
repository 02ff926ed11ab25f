"""Undoable changes. Each command stores ids and before/after values (never live ORM objects) and
calls the services in a session of its own. The first execution happens before the command is
pushed (so a refused save never reaches the stack); redo/undo after that repeat or reverse it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from tvet_alliance.domain import changes
from tvet_alliance.domain.changes import Changes
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database
from tvet_alliance.services import records

#: Told what each run of a command changed (the tables its transaction wrote).
Changed = Callable[[Changes], None]
Failed = Callable[[DomainError], None]

#: Asked when an undo (or redo) finds records someone else changed since: their titles, and whether
#: the step covers other records too (done already); True overwrites their changes, False leaves
#: those records as they made them.
AskOverwrite = Callable[[list[str], bool], bool]


class RecordCommand(QUndoCommand):
    def __init__(
        self,
        label: str,
        database: Callable[[], Database | None],
        type_key: str,
        changed: Changed,
        failed: Failed,
        first: Changes,
    ) -> None:
        """*first*: what the first execution (done before the command was pushed) changed."""
        super().__init__(label)
        self._database = database
        self.type_key = type_key
        self._changed = changed
        self._failed = failed
        self._first: Changes | None = first

    def _run(
        self, work: Callable[[Any], None], conflict: Callable[[records.EditConflict], None] | None = None
    ) -> None:
        """Run *work* in a transaction of its own. An edit conflict goes to *conflict* when given
        (nothing was written; the caller asks what to do)."""
        db = self._database()
        if db is None:
            return
        session = db.session()
        try:
            with session, session.begin():
                work(session)
        except records.EditConflict as exc:
            if conflict is None:
                self._refused(exc)
            else:
                conflict(exc)
            return
        except DomainError as exc:
            self._refused(exc)
            return
        self._changed(changes.take(session))

    def _refused(self, exc: DomainError) -> None:
        # The record changed elsewhere (or vanished): this step can no longer be undone safely.
        self.setObsolete(True)
        self._failed(exc)
        # Nothing was written, but what shows this record type is out of date: read it again.
        self._changed(records_changes(self.type_key))

    def redo(self) -> None:
        if self._first is not None:
            first, self._first = self._first, None
            self._changed(first)
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.reverse)

    def do(self, session: Any) -> None:
        raise NotImplementedError

    def reverse(self, session: Any) -> None:
        raise NotImplementedError


def records_changes(type_key: str) -> Changes:
    """The table of a record type, as a change (when what a failed step touched must be read again)."""
    return Changes.of(records.record_type(type_key).model.__table__.name)


class AddRecord(RecordCommand):
    """Undo of an add tombstones the new record; redo restores it (its history stays whole)."""

    def __init__(self, record_id: uuid.UUID, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.record_id = record_id

    def do(self, session: Any) -> None:
        records.set_deleted(session, self.type_key, [self.record_id], deleted=False)

    def reverse(self, session: Any) -> None:
        records.set_deleted(session, self.type_key, [self.record_id], deleted=True)


class EditRecord(RecordCommand):
    """An edit of one record. Undo and redo expect the version the last step left, like a save: if
    someone else changed the record since, *ask* decides whether to overwrite their change; if not,
    their change stands and this step leaves the stack."""

    def __init__(
        self,
        record_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
        ask: AskOverwrite,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.record_id = record_id
        self.before = before
        self.after = after
        self.version = version
        self._ask = ask

    def _write(self, values: dict[str, Any]) -> None:
        def checked(session: Any) -> None:
            self.version = records.update(session, self.type_key, self.record_id, values, self.version)

        def overwrite(session: Any) -> None:
            self.version = records.update(session, self.type_key, self.record_id, values, None)

        conflict: list[records.EditConflict] = []
        self._run(checked, conflict=conflict.append)
        if conflict:
            if self._ask([conflict[0].current.title], False):
                self._run(overwrite)
            else:
                self.setObsolete(True)  # their change stands; this step cannot be repeated safely
                self._changed(records_changes(self.type_key))

    def redo(self) -> None:
        if self._first is not None:
            super().redo()
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def do(self, session: Any) -> None:
        self.version = records.update(session, self.type_key, self.record_id, self.after, self.version)

    def reverse(self, session: Any) -> None:
        self.version = records.update(session, self.type_key, self.record_id, self.before, self.version)


class SetDeleted(RecordCommand):
    def __init__(self, ids: list[uuid.UUID], deleted: bool, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ids = ids
        self.deleted = deleted

    def do(self, session: Any) -> None:
        records.set_deleted(session, self.type_key, self.ids, self.deleted)

    def reverse(self, session: Any) -> None:
        records.set_deleted(session, self.type_key, self.ids, not self.deleted)


class BulkSet(RecordCommand):
    """One field set on several records. Undo and redo check each record's version like a save: a
    record someone else changed since is left alone while the others are undone, and *ask* decides
    whether to overwrite it too."""

    def __init__(
        self,
        field: str,
        value: Any,
        before: dict[uuid.UUID, Any],
        versions: dict[uuid.UUID, int],
        ask: AskOverwrite,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """*versions*: each record's version after the first execution."""
        super().__init__(*args, **kwargs)
        self.field = field
        self.value = value
        self.before = before
        self.versions = dict(versions)
        self._ask = ask
        self._conflicts: list[records.RecordValues] = []

    def _set(self, session: Any, values: dict[uuid.UUID, Any], check: bool) -> None:
        done, self._conflicts = records.set_values(
            session, self.type_key, self.field, values, self.versions if check else None
        )
        self.versions.update(done)

    def _apply(self, value_of: Callable[[uuid.UUID], Any]) -> None:
        self._conflicts = []
        self._run(lambda s: self._set(s, {i: value_of(i) for i in self.before}, check=True))
        conflicts, self._conflicts = self._conflicts, []
        if not conflicts or self.isObsolete():
            return
        if self._ask([c.title for c in conflicts], True):
            self._run(lambda s: self._set(s, {c.id: value_of(c.id) for c in conflicts if c.id}, check=False))

    def do(self, session: Any) -> None:  # the first execution happened before the push
        self._set(session, dict.fromkeys(self.before, self.value), check=True)

    def redo(self) -> None:
        if self._first is not None:
            super().redo()
            return
        self._apply(lambda _record_id: self.value)

    def undo(self) -> None:
        self._apply(self.before.__getitem__)

    def reverse(self, session: Any) -> None:
        self._set(session, dict(self.before), check=True)
