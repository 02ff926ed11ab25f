"""The form to add or edit one record of any type, built from the record type's field specs.

Messages appear next to their field as the person types; Save stays disabled until the record is
valid. The form itself writes nothing: Save hands the values to ``save`` (which runs the change as an
undoable command) and the form closes only when that succeeded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.errors import FieldError
from tvet_alliance.domain.events import serialize
from tvet_alliance.persistence import Database
from tvet_alliance.services import duplicates, records
from tvet_alliance.services.records import RecordValues
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs.fields import CountryField, FieldWidget, ProvinceField, RefField, make_field

SaveCallback = Callable[[dict[str, Any]], bool]
#: Records that can be added from inside another form (a new person while registering a delegate).
INLINE_TYPES = frozenset({"person", "partner"})


class RecordEditor(QDialog):
    #: The “Possibly the same as …” question is about to be asked (tests answer it through this).
    duplicatesShown = Signal(object)

    def __init__(
        self,
        database: Callable[[], Database | None],
        type_key: str,
        record: RecordValues | None,
        save: SaveCallback,
        parent: QWidget | None = None,
        *,
        preset: dict[str, Any] | None = None,
        hidden: frozenset[str] = frozenset(),
        scopes: dict[str, dict[str, Any]] | None = None,
        create: Callable[[str, str], uuid.UUID | None] | None = None,
        open_record: Callable[[str, uuid.UUID], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_record = open_record
        self.setObjectName(f"editor_{type_key}")
        self.rtype = records.record_type(type_key)
        self._database = database
        self._save = save
        self.record = record
        base = record.values if record is not None else records.defaults(type_key)
        self.original: dict[str, Any] = {**base, **(preset or {})}
        self.hidden = hidden
        self.errors: list[FieldError] = []
        self._touched: set[str] = set()

        entity = text.translate("Entity", self.rtype.label)
        if record is None:
            self.setWindowTitle(self.tr("New %1").replace("%1", entity.lower()))
        else:
            self.setWindowTitle(self.tr("%1 — %2").replace("%1", entity).replace("%2", record.title))

        self.fields: dict[str, FieldWidget] = {}
        self.messages: dict[str, QLabel] = {}
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the last field, not between the fields
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in self.rtype.fields:
            if spec.name in hidden:
                continue
            widget = make_field(spec, database)
            if scopes and spec.name in scopes and isinstance(widget, RefField):
                widget.picker.scope = scopes[spec.name]
            if create is not None and isinstance(widget, RefField) and spec.ref in INLINE_TYPES:
                widget.allow_create(create)
            widget.set_value(self.original.get(spec.name))
            widget.changed.connect(lambda name=spec.name: self._on_changed(name))
            message = QLabel()
            message.setObjectName(f"error_{spec.name}")
            message.setProperty("role", "fieldError")
            message.setWordWrap(True)
            message.hide()
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(2)
            column_layout.addWidget(widget)
            column_layout.addWidget(message)
            label = text.translate("Fields", spec.label) + (" *" if spec.required else "")
            form.addRow(label, column)
            self.fields[spec.name] = widget
            self.messages[spec.name] = message
        self._wire_cascades()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save)

        self.summary = QLabel()
        self.summary.setObjectName("formSummary")
        self.summary.setProperty("role", "fieldError")
        self.summary.setWordWrap(True)
        self.summary.hide()

        layout = QVBoxLayout(self)
        related = self._related_tabs()
        if related is not None:
            tabs = QTabWidget()
            tabs.addTab(scroll, self.tr("Details"))
            for title, page in related:
                tabs.addTab(page, title)
            layout.addWidget(tabs)
        else:
            layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(620, min(760, 140 + 44 * len(self.fields)))
        self.validate()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    # --- values -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out = dict(self.original)
        out.update({name: widget.value() for name, widget in self.fields.items()})
        return out

    def changed_values(self) -> dict[str, Any]:
        current = self.values()
        return {
            name: value
            for name, value in current.items()
            if _comparable(value) != _comparable(self.original.get(name))
        }

    def set_field(self, name: str, value: Any) -> None:
        self.fields[name].set_value(value)

    # --- validation ---------------------------------------------------------------------------

    def _wire_cascades(self) -> None:
        country = self.fields.get("country")
        province = self.fields.get("province")
        if isinstance(country, CountryField) and isinstance(province, ProvinceField):
            province.set_country(country.value())
            province.set_value(self.original.get("province"))
            country.changed.connect(lambda: province.set_country(country.value()))

    def _on_changed(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> list[FieldError]:
        db = self._database()
        if db is None:
            return []
        with db.session() as session:
            self.errors = records.validate(session, self.rtype.key, self.values())
        pending = [
            name
            for name, widget in self.fields.items()
            if isinstance(widget, RefField) and widget.picker.pending_text()
        ]
        by_field: dict[str, list[str]] = {}
        for error in self.errors:
            by_field.setdefault(error.field.removesuffix("_id"), []).append(text.error_text(error))
            by_field.setdefault(error.field, by_field[error.field.removesuffix("_id")])
        for name in pending:
            by_field.setdefault(name, []).append(self.tr("Pick one of the suggestions."))
        for name, label in self.messages.items():
            shown = by_field.get(name, [])
            visible = bool(shown) and (
                name in self._touched or self._has_value(name) or self.record is not None
            )
            label.setText("\n".join(shown))
            label.setVisible(visible)
        hidden_errors = [
            e
            for e in self.errors
            if e.field not in self.fields and e.field.removesuffix("_id") not in self.fields
        ]
        self.summary.setText("\n".join(text.error_text(e) for e in hidden_errors))
        self.summary.setVisible(bool(hidden_errors))
        self.save_button.setEnabled(not self.errors and not pending)
        return self.errors

    def _has_value(self, name: str) -> bool:
        value = self.fields[name].value()
        return value not in (None, "", [])

    def message_for(self, name: str) -> str:
        label = self.messages[name]
        return label.text() if label.isVisible() else ""

    # --- saving -------------------------------------------------------------------------------

    def try_save(self) -> None:
        if self.validate() or not self.save_button.isEnabled():
            for label in self.messages.values():
                if label.text():
                    label.show()
            return
        values = self.values() if self.record is None else self.changed_values()
        if self.record is not None and not values:
            self.accept()
            return
        if not self.confirm_not_duplicate(values):
            return
        if self._save(values):
            self.accept()

    def confirm_not_duplicate(self, values: dict[str, Any]) -> bool:
        """Before a save: when the record may already be there (a new one, or an edit of its names,
        e-mail or phone), ask “Possibly the same as …”. True to go on saving; False leaves the form
        open with everything typed (Cancel, Esc, or Open, which shows the existing record)."""
        if self.record is not None and not duplicates.needs_check(self.rtype.key, values):
            return True
        db = self._database()
        if db is None:
            return True
        with db.session() as session:
            found = duplicates.possible_duplicates(
                session, self.rtype.key, self.values(), self.record.id if self.record else None
            )
        if not found:
            return True
        from tvet_alliance.ui.dialogs.duplicates import Answer, DuplicateWarning

        warning = DuplicateWarning(found, self, can_open=self._open_record is not None)
        self.duplicatesShown.emit(warning)
        warning.exec()
        if warning.answer is Answer.SAVE:
            return True
        if warning.answer is Answer.OPEN and self._open_record is not None:
            chosen = warning.chosen()
            self._open_record(chosen.type_key, chosen.id)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
        return False

    def reload(self, record: RecordValues) -> None:
        """Show *record* (e.g. after someone else changed it), keeping nothing typed here."""
        self.record = record
        self.original = dict(record.values)
        for name, widget in self.fields.items():
            widget.set_value(self.original.get(name))
        self.validate()

    # --- related ------------------------------------------------------------------------------

    def _related_tabs(self) -> list[tuple[str, QWidget]] | None:
        db = self._database()
        if self.record is None or self.record.id is None or db is None:
            return None
        with db.session() as session:
            groups = records.related(session, self.rtype.key, self.record.id)
        if not groups:
            return None
        tabs: list[tuple[str, QWidget]] = []
        for heading, lines in groups:
            box = QListWidget()
            box.setObjectName(f"related_{heading.replace(' ', '_').lower()}")
            box.addItems(lines or [self.tr("None yet")])
            tabs.append((f"{text.translate('Fields', heading)} ({len(lines)})", box))
        return tabs


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, uuid.UUID):
        return str(value)
    return serialize(value)


__all__ = ["RecordEditor"]
