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

    def _run(self, work: Callable[[Any], None]) -> None:
        db = self._database()
        if db is None:
            return
        session = db.session()
        try:
            with session, session.begin():
                work(session)
        except DomainError as exc:
            # The record changed elsewhere (or vanished): this step can no longer be undone safely.
            self.setObsolete(True)
            self._failed(exc)
            # Nothing was written, but what shows this record type is out of date: read it again.
            self._changed(records_changes(self.type_key))
            return
        self._changed(changes.take(session))

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
    def __init__(
        self,
        record_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.record_id = record_id
        self.before = before
        self.after = after
        self.version = version

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
    def __init__(
        self, field: str, value: Any, before: dict[uuid.UUID, Any], *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.field = field
        self.value = value
        self.before = before

    def do(self, session: Any) -> None:
        records.bulk_set(session, self.type_key, list(self.before), self.field, self.value)

    def reverse(self, session: Any) -> None:
        for record_id, value in self.before.items():
            records.bulk_set(session, self.type_key, [record_id], self.field, value)
