"""The editing use cases as the window runs them: open a form, save through an undoable command,
ask before deleting, resolve a conflicting save, show history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from tvet_alliance import APP_NAME
from tvet_alliance.domain import changes
from tvet_alliance.domain.changes import Changes
from tvet_alliance.domain.errors import DomainError, ValidationFailed
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui import commands, text
from tvet_alliance.ui.dialogs import prompts

if TYPE_CHECKING:  # the forms are imported when first opened: start-up does not pay for them
    from tvet_alliance.ui.dialogs.history import HistoryDialog
    from tvet_alliance.ui.dialogs.record_editor import RecordEditor


class Editing(QObject):
    #: Records changed (saved, deleted, restored, undone), with the :class:`Changes` (the tables
    #: written): the window refreshes what shows them.
    recordsChanged = Signal(object)
    #: The editor that is open now (tests and keyboard users reach it through this).
    editorOpened = Signal(object)

    def __init__(self, database: Callable[[], Database | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self._parent = parent
        self.undo_stack = QUndoStack(self)
        self.editor: RecordEditor | None = None

    # --- helpers ------------------------------------------------------------------------------

    def _db(self) -> Database:
        db = self._database()
        if db is None:
            raise RuntimeError("no database open")
        return db

    def _changed(self, changed: Changes) -> None:
        self.recordsChanged.emit(changed)

    def _failed(self, exc: DomainError) -> None:
        prompts.warn(self._parent, APP_NAME, text.error_text(exc))

    def _args(self, label: str, type_key: str, session: Any) -> dict[str, Any]:
        """The arguments every command takes; *session* is the one its first execution committed in
        (typed loosely: the window does not import SQLAlchemy)."""
        return {
            "label": label,
            "database": self._database,
            "type_key": type_key,
            "changed": self._changed,
            "failed": self._failed,
            "first": changes.take(session) or commands.records_changes(type_key),
        }

    def _entity(self, type_key: str) -> str:
        return text.translate("Entity", records.record_type(type_key).label)

    def _open(self, editor: RecordEditor) -> bool:
        outer, self.editor = self.editor, editor  # a form opened from another comes back to it
        self.editorOpened.emit(editor)
        try:
            return bool(editor.exec())
        finally:
            self.editor = outer

    # --- add and edit -------------------------------------------------------------------------

    def new_record(
        self,
        type_key: str,
        *,
        preset: dict[str, Any] | None = None,
        hidden: frozenset[str] = frozenset(),
        scopes: dict[str, dict[str, Any]] | None = None,
        saved: Callable[[uuid.UUID], None] | None = None,
        offer_new: bool = True,
    ) -> uuid.UUID | None:
        """Open a form for a new record (*preset* values, *hidden* fields, picker *scopes*); the last
        record saved, or None. *saved* is called with each record saved, at once (the list selects
        it). Save and new (Ctrl+Shift+S) saves and opens a fresh form with the same context, until
        the person saves with Save or closes the form."""
        created: list[uuid.UUID] = []

        def save(values: dict[str, Any]) -> bool:
            try:
                with self._db().transaction() as session:
                    record_id = records.create(session, type_key, values)
            except DomainError as exc:
                self._failed(exc)
                return False
            label = self.tr("Add %1").replace("%1", self._entity(type_key).lower())
            self.undo_stack.push(commands.AddRecord(record_id, **self._args(label, type_key, session)))
            created.append(record_id)
            if saved is not None:
                saved(record_id)
            return True

        from tvet_alliance.ui.dialogs.record_editor import RecordEditor

        while True:
            editor = RecordEditor(
                self._database,
                type_key,
                None,
                save,
                self.editor or self._parent,
                preset=preset,
                hidden=hidden,
                scopes=scopes,
                create=self._create_inline,
                offer_new=offer_new,
                open_related=self._open_related,
                open_record=self._open_existing,
            )
            self._open(editor)
            if not editor.and_new:  # Save and new: the next form, with the same context
                break
        return created[-1] if created else None

    def _open_existing(self, type_key: str, record_id: uuid.UUID) -> None:
        """Open an existing record over the form that found it may be a duplicate; that form stays
        as it was typed."""
        outer = self.editor
        try:
            self.edit_record(type_key, record_id)
        finally:
            self.editor = outer

    def _create_inline(self, type_key: str, typed: str) -> uuid.UUID | None:
        """A new person or partner from inside another form, prefilled with what was typed."""
        outer = self.editor
        name_field = records.record_type(type_key).title_field
        try:
            return self.new_record(type_key, preset={name_field: typed} if typed else None, offer_new=False)
        finally:
            self.editor = outer

    def _open_related(self, type_key: str, record_id: uuid.UUID | None, preset: dict[str, Any]) -> bool:
        """A record listed in a tab of the open form (a partner's contact person): add one with
        *preset* (its organisation; Save and new keeps it) or edit it. True when something was saved."""
        outer = self.editor
        try:
            if record_id is None:
                return self.new_record(type_key, preset=preset) is not None
            return self.edit_record(type_key, record_id, preset=preset)
        finally:
            self.editor = outer

    def edit_record(
        self,
        type_key: str,
        record_id: uuid.UUID,
        *,
        preset: dict[str, Any] | None = None,
        hidden: frozenset[str] = frozenset(),
        scopes: dict[str, dict[str, Any]] | None = None,
        saved: Callable[[uuid.UUID], None] | None = None,
    ) -> bool:
        """Open the form of a record; True when it was saved. *preset* is not applied to it: it is
        the context of the fresh form Save and new opens next (the event of a delegate, ...)."""
        with self._db().session() as session:
            current = records.load(session, type_key, record_id)
        holder = {"record": current}

        def save(values: dict[str, Any]) -> bool:
            record = holder["record"]
            expected: int | None = record.version
            while True:
                try:
                    with self._db().transaction() as session:
                        version = records.update(session, type_key, record_id, values, expected)
                    break
                except records.EditConflict as conflict:
                    choice = prompts.ask_conflict(
                        self._parent,
                        text.error_text(conflict),
                        self.tr("Fields changed by you: %1").replace(
                            "%1", ", ".join(self._field_label(type_key, f) for f in conflict.changed_fields)
                        ),
                    )
                    if choice == "reload":
                        holder["record"] = conflict.current
                        if self.editor is not None:
                            self.editor.reload(conflict.current)
                        return False
                    if choice != "overwrite":
                        return False
                    record = conflict.current
                    expected = None
                except (ValidationFailed, DomainError) as exc:
                    self._failed(exc)
                    return False
            before = {name: record.values.get(name) for name in values}
            label = self.tr("Edit %1").replace("%1", record.title or self._entity(type_key).lower())
            self.undo_stack.push(
                commands.EditRecord(
                    record_id,
                    before,
                    values,
                    version,
                    self._ask_overwrite_others,
                    **self._args(label, type_key, session),
                )
            )
            if saved is not None:
                saved(record_id)
            return True

        from tvet_alliance.ui.dialogs.record_editor import RecordEditor

        editor = RecordEditor(
            self._database,
            type_key,
            current,
            save,
            self.editor or self._parent,
            hidden=hidden,
            scopes=scopes,
            create=self._create_inline,
            open_related=self._open_related,
            open_record=self._open_existing,
        )
        accepted = self._open(editor)
        if editor.and_new:
            self.new_record(type_key, preset=preset, hidden=hidden, scopes=scopes, saved=saved)
        return accepted

    def _field_label(self, type_key: str, name: str) -> str:
        try:
            return text.translate("Fields", records.record_type(type_key).field(name).label)
        except KeyError:
            return name

    # --- delete, restore, bulk ----------------------------------------------------------------

    def delete_records(self, type_key: str, ids: list[uuid.UUID]) -> bool:
        if not ids:
            return False
        with self._db().session() as session:
            titles = [records.load(session, type_key, i).title for i in ids[:3]]
            deps: dict[str, int] = {}
            for record_id in ids:
                for label, count in records.dependents(session, type_key, record_id):
                    deps[label] = deps.get(label, 0) + count
        names = ", ".join(titles) + (
            self.tr(" and %1 more").replace("%1", str(len(ids) - 3)) if len(ids) > 3 else ""
        )
        message = self.tr("Delete %1?").replace("%1", names)
        if deps:
            listed = ", ".join(self._linked(label, count) for label, count in deps.items())
            message += "\n\n" + self.tr("Still linked to it: %1. They are kept.").replace("%1", listed)
        message += "\n\n" + self.tr("Deleted records can be shown with “Show deleted” and restored.")
        if not prompts.confirm(self._parent, self.tr("Delete"), message):
            return False
        return self._set_deleted(type_key, ids, True)

    def _linked(self, label: str, count: int) -> str:
        """'1 person', '3 people': what still points at a record, with Qt's plural forms."""
        forms = {
            "people": self.tr("%n people", "", count),
            "competition entries": self.tr("%n competition entries", "", count),
            "event registrations": self.tr("%n event registrations", "", count),
            "delegates": self.tr("%n delegates", "", count),
            "check-ins": self.tr("%n check-ins", "", count),
            "skill tracks": self.tr("%n skill tracks", "", count),
            "entries": self.tr("%n entries", "", count),
            "agreements": self.tr("%n agreements", "", count),
        }
        return forms.get(label) or f"{count} {text.translate('Fields', label)}"

    def restore_records(self, type_key: str, ids: list[uuid.UUID]) -> bool:
        return self._set_deleted(type_key, ids, False)

    def _set_deleted(self, type_key: str, ids: list[uuid.UUID], deleted: bool) -> bool:
        try:
            with self._db().transaction() as session:
                changed = records.set_deleted(session, type_key, ids, deleted)
        except DomainError as exc:
            self._failed(exc)
            return False
        if not changed:
            return False
        entity = self._entity(type_key).lower()
        if deleted:
            label = self.tr("Delete %n records (%1)", "", len(changed)).replace("%1", entity)
        else:
            label = self.tr("Restore %n records (%1)", "", len(changed)).replace("%1", entity)
        self.undo_stack.push(commands.SetDeleted(changed, deleted, **self._args(label, type_key, session)))
        return True

    def bulk_set(self, type_key: str, ids: list[uuid.UUID], field: str, value: Any) -> bool:
        if not ids:
            return False
        try:
            with self._db().transaction() as session:
                before = records.bulk_set(session, type_key, ids, field, value)
                versions = records.versions(session, type_key, ids)
        except DomainError as exc:
            self._failed(exc)
            return False
        label = self.tr("Set %1 of %n records", "", len(ids)).replace(
            "%1", self._field_label(type_key, field)
        )
        self.undo_stack.push(
            commands.BulkSet(
                field,
                value,
                before,
                versions,
                self._ask_overwrite_others,
                **self._args(label, type_key, session),
            )
        )
        return True

    def reissue_ticket(self, participation_id: uuid.UUID) -> str | None:
        """Give the delegate a new ticket code after asking (naming the person); the old code stops
        working at the desk. Logged as an edit of the delegate; not an undo step (an undo would
        bring back a code that may be lost). The new code, or None."""
        from tvet_alliance.services import checkin

        with self._db().session() as session:
            title = records.load(session, "delegate", participation_id).title
        message = self.tr(
            "Give %1 a new ticket code?\n\nThe old code stops working at the check-in desk: "
            "print the badge again after this."
        ).replace("%1", title)
        if not prompts.confirm(self._parent, self.tr("Re-issue ticket"), message):
            return None
        try:
            with self._db().transaction() as session:
                code = checkin.reissue_ticket(session, participation_id)
        except DomainError as exc:
            self._failed(exc)
            return None
        self._changed(changes.take(session) or Changes.of("participation"))
        return code

    def _ask_overwrite_others(self, titles: list[str], of_many: bool) -> bool:
        """An undo or redo found records someone else changed after this step: overwrite their
        changes (True) or leave those records as the other person made them (False)? With
        *of_many*, the step's other records are done already."""
        if of_many:
            shown = ", ".join(titles[:5])
            if len(titles) > 5:
                shown += self.tr(" and %1 more").replace("%1", str(len(titles) - 5))
            message = (
                self.tr(
                    "Someone else changed %1 of these records after your change: %2. The other records "
                    "are done. Overwrite their changes to these too? (No leaves them as they are.)"
                )
                .replace("%1", str(len(titles)))
                .replace("%2", shown)
            )
        else:
            message = self.tr(
                "Someone else changed “%1” after your change. Overwrite their change? "
                "(No leaves it as they made it.)"
            ).replace("%1", titles[0] if titles else "")
        return prompts.confirm(self._parent, self.tr("Records changed by someone else"), message)

    # --- history ------------------------------------------------------------------------------

    def show_history(self, type_key: str, record_id: uuid.UUID) -> HistoryDialog:
        with self._db().session() as session:
            title = records.load(session, type_key, record_id).title
            entries = records.history(session, type_key, record_id)
        from tvet_alliance.ui.dialogs.history import HistoryDialog

        dialog = HistoryDialog(title, entries, self._parent)
        dialog.open()
        return dialog
