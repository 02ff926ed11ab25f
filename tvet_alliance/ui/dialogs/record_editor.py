"""The form to add or edit one record of any type, built from the record type's field specs.

Messages appear next to their field as the person types; Save stays disabled until the record is
valid. The form itself writes nothing: Save hands the values to ``save`` (which runs the change as an
undoable command) and the form closes only when that succeeded.

Keys: Enter moves to the next field (a type-ahead's open list takes it first, to accept a choice;
on a focused button it presses that button), Ctrl+S saves, Ctrl+Shift+S saves and asks for a fresh
form of the same kind (:attr:`RecordEditor.and_new`; the caller opens it), Esc, Cancel and closing
the window ask "Discard changes?" when something was changed and close at once when nothing was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain import values as value_kinds
from tvet_alliance.domain.errors import FieldError
from tvet_alliance.domain.events import serialize
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database
from tvet_alliance.services import duplicates, records
from tvet_alliance.services.records import RecordValues
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.fields import CountryField, FieldWidget, ProvinceField, RefField, make_field

SaveCallback = Callable[[dict[str, Any]], bool]
#: Records that can be added from inside another form (a new person while registering a delegate).
INLINE_TYPES = frozenset({"person", "partner"})
#: Opens a form for a record listed in a tab of this one: (record type, its id or None for a new
#: one, the values a new one starts with); True when something was saved.
OpenRelated = Callable[[str, uuid.UUID | None, dict[str, Any]], bool]
#: The related records a form offers to add and edit from its tab: (this form's type, the listed
#: type) -> the field of the listed record that points at this one (a partner's contact people).
EDITABLE_RELATED = {("partner", "person"): "organization_id", ("partner", "agreement"): "parties"}
#: On such a tab, adds one (as on a list page).
ADD_RELATED_KEY = "Ctrl+N"
#: Saves and opens a fresh form of the same kind.
SAVE_AND_NEW = "Ctrl+Shift+S"
#: The keys a form handles itself (in :meth:`RecordEditor.keyPressEvent`), with what they do, for
#: Help → Keyboard shortcuts: (key, translation context, English text).
NEXT_FIELD_KEYS = ("Return", "Enter")
CLOSE_KEY = "Esc"


class RecordEditor(QDialog):
    HANDLED_KEYS: tuple[tuple[str, str, str], ...] = (
        *(
            (key, "RecordEditor", QT_TRANSLATE_NOOP("RecordEditor", "Next field (or take the suggestion)"))
            for key in NEXT_FIELD_KEYS
        ),
        (CLOSE_KEY, "RecordEditor", QT_TRANSLATE_NOOP("RecordEditor", "Close the form (asks if changed)")),
        (
            ADD_RELATED_KEY,
            "RecordEditor",
            QT_TRANSLATE_NOOP(
                "RecordEditor", "Add one on a tab of related records (a partner's people, agreements)"
            ),
        ),
    )
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
        offer_new: bool = True,
        open_related: OpenRelated | None = None,
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
        #: What the form shows without refusing the record (a phone in no range in use).
        self.warnings: list[FieldError] = []
        self._touched: set[str] = set()
        # The country this form filled in from the organisation (it follows another pick).
        self._filled_country: str | None = None
        #: Set when the person saved with "Save and new": the caller opens the next form.
        self.and_new = False
        self._open_related = open_related
        self.related_lists: dict[str, QListWidget] = {}

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
        self.shown: dict[str, QLabel] = {}
        for key, label_text, shown_text in record.shown if record is not None else ():
            shown = QLabel(shown_text)
            shown.setObjectName(f"shown_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code reads left to right
            form.addRow(text.translate("Fields", label_text), shown)
            self.shown[key] = shown
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
        self.buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save).setWhatsThis(self.tr("Save"))
        self.save_new_button: QPushButton | None = None
        if offer_new:
            self.save_new_button = self.buttons.addButton(
                self.tr("Save and &new"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_new_button.setObjectName("saveNewButton")
            self.save_new_button.setToolTip(
                self.tr("Save, then start the next one (%1)").replace(
                    "%1", QKeySequence(SAVE_AND_NEW).toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            self.save_new_button.clicked.connect(self.save_and_new)
            QShortcut(QKeySequence(SAVE_AND_NEW), self, self.save_and_new).setWhatsThis(
                self.tr("Save, then start the next one")
            )
        for button in self.buttons.buttons():
            # Enter never presses Save by default (see keyPressEvent): only a focused button.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        self.summary = QLabel()
        self.summary.setObjectName("formSummary")
        self.summary.setProperty("role", "fieldError")
        self.summary.setWordWrap(True)
        self.summary.hide()

        layout = QVBoxLayout(self)
        related = self._related_tabs()
        self.tabs: QTabWidget | None = None
        if related is not None:
            tabs = QTabWidget()
            tabs.setObjectName("formTabs")
            tabs.addTab(scroll, self.tr("Details"))
            for title, page in related:
                tabs.addTab(page, title)
            layout.addWidget(tabs)
            self.tabs = tabs
        else:
            layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        height = min(760, 140 + 44 * len(self.fields))
        screen = self.screen()
        if screen is not None and screen.availableGeometry().height() > 0:
            # Save and Cancel stay on a small screen (1024×700): the fields scroll instead.
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(620, height)
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
            if not self._same(name, value, self.original.get(name))
        }

    def _same(self, name: str, value: Any, before: Any) -> bool:
        """Whether a field still holds what it started with, read as its kind reads it ("100.00"
        is the stored 100)."""
        try:
            spec = self.rtype.field(name)
            value = value_kinds.parse(spec.kind, value, spec.enum)
            before = value_kinds.parse(spec.kind, before, spec.enum)
        except (KeyError, ValueError, TypeError, ArithmeticError):
            pass
        return bool(value == before) or _comparable(value) == _comparable(before)

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
        organisation = self.fields.get("organization_id")
        if self.rtype.key == "entry" and isinstance(country, CountryField) and organisation is not None:
            organisation.changed.connect(self._country_from_organisation)
        track, score = self.fields.get("track_id"), self.fields.get("score")
        if self.rtype.key == "entry" and track is not None and score is not None:
            self.score_note = QLabel(self.tr("Computed from the judges' marks (the Marks page)."))
            self.score_note.setObjectName("scoreNote")
            self.score_note.setWordWrap(True)
            column = score.parentWidget()
            layout = column.layout() if column is not None else None
            if layout is not None:
                layout.addWidget(self.score_note)
            track.changed.connect(self._score_from_marks)
            self._score_from_marks()

    def _score_from_marks(self) -> None:
        """On a track with a marking scheme the entry's score is its judges' marks' (services.marking
        writes it): read-only here, with a note saying so."""
        db = self._database()
        track = self.fields["track_id"].value()
        computed = False
        if db is not None and isinstance(track, uuid.UUID):
            from tvet_alliance.services import marking

            with db.session() as session:
                computed = marking.has_scheme(session, track)
        self.fields["score"].setEnabled(not computed)
        self.score_note.setVisible(computed)

    def _country_from_organisation(self) -> None:
        """An entry's country follows the organisation picked (domain.rules.entry_country), unless
        the person chose another country: one they set stays."""
        db = self._database()
        country = self.fields["country"]
        if db is None:
            return
        current = country.value()
        if current and current != self._filled_country:
            return
        with db.session() as session:
            found = records.organisation_country(session, self.fields["organization_id"].value())
        if found and found != current:
            country.set_value(found)
            self._filled_country = found
            self._on_changed("country")

    def _on_changed(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> list[FieldError]:
        db = self._database()
        if db is None:
            return []
        with db.session() as session:
            self.errors, self.warnings = records.check(session, self.rtype.key, self.values())
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
        warned = {w.field: text.error_text(w) for w in self.warnings}
        for name, label in self.messages.items():
            shown = by_field.get(name, [])
            visible = bool(shown) and (
                name in self._touched or self._has_value(name) or self.record is not None
            )
            note = None if shown else warned.get(name)
            role = "fieldWarning" if note else "fieldError"
            if label.property("role") != role:
                label.setProperty("role", role)
                label.style().unpolish(label)
                label.style().polish(label)
            label.setText(note or "\n".join(shown))
            label.setVisible(visible or note is not None)
        hidden_errors = [
            e
            for e in self.errors
            if not {e.field, f"{e.field}_id", e.field.removesuffix("_id")} & self.fields.keys()
        ]
        # Once each: the record's own rules repeat a missing link ("event" beside "event_id").
        self.summary.setText("\n".join(dict.fromkeys(self._named(e) for e in hidden_errors)))
        self.summary.setVisible(bool(hidden_errors))
        self.save_button.setEnabled(not self.errors and not pending)
        if self.save_new_button is not None:
            self.save_new_button.setEnabled(self.save_button.isEnabled())
        return self.errors

    def _named(self, error: FieldError) -> str:
        """A problem shown below the form, away from any field: it names its field ("Event is
        required.") so the person knows what is missing."""
        spec = None
        for name in (error.field, f"{error.field}_id", error.field.removesuffix("_id")):
            try:
                spec = self.rtype.field(name)
                break
            except KeyError:
                continue
        if spec is None:
            return text.error_text(error)
        label = text.translate("Fields", spec.label)
        if error.code == "required":
            return self.tr("%1 is required.").replace("%1", label)
        return self.tr("%1: %2").replace("%1", label).replace("%2", text.error_text(error))

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

    def save_and_new(self) -> None:
        """Save; when that succeeded the form closes with :attr:`and_new` set, for the caller to
        open a fresh one with the same context (the same event for delegates, ...)."""
        self.and_new = True
        self.try_save()
        if self.result() != QDialog.DialogCode.Accepted or self.isVisible():
            self.and_new = False

    # --- leaving ------------------------------------------------------------------------------

    def is_changed(self) -> bool:
        return bool(self.changed_values())

    def cancel(self) -> bool:
        """Esc, Cancel or closing the window: close, after asking when something was changed.
        (:meth:`reject` closes without asking.)"""
        if self.is_changed() and not prompts.ask_discard(self):
            return False
        self.reject()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        pressed = QKeySequence(event.key())
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and pressed == QKeySequence(CLOSE_KEY):
            self.cancel()
            return
        if plain and pressed in [QKeySequence(k) for k in NEXT_FIELD_KEYS]:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            elif focused in self.related_lists.values():
                pass  # the list opened the line's form (itemActivated)
            else:
                self.focus_next_field(focused)
            return
        super().keyPressEvent(event)

    def focus_next_field(self, focused: QWidget | None) -> None:
        """Enter: the next field of the form that can take input, skipping the buttons beside
        fields (a picker's New…); on the last field the focus stays (Enter never saves)."""
        names = list(self.fields)
        current = next(
            (
                i
                for i, name in enumerate(names)
                if focused is not None and self.fields[name].isAncestorOf(focused)
            ),
            None,
        )
        if current is None:
            self.focusNextChild()
            return
        for name in names[current + 1 :]:
            widget = self.fields[name]
            if (
                widget.isEnabled()
                and widget.isVisibleTo(self)
                and (widget.focusProxy() or widget).isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Save the default button when shown: no button is (Enter moves on).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setDefault(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.cancel():
            event.ignore()
            return
        super().closeEvent(event)

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
        for group in groups:
            box = QListWidget()
            box.setObjectName(f"related_{group.heading.replace(' ', '_').lower()}")
            self.related_lists[group.record] = box
            self._fill_related(box, group)
            title = f"{text.translate('Fields', group.heading)} ({len(group.ids)})"
            link = EDITABLE_RELATED.get((self.rtype.key, group.record))
            if link is None or self._open_related is None:
                tabs.append((title, box))
            else:
                tabs.append((title, self._editable_related(box, group.record, link)))
        return tabs

    def _fill_related(self, box: QListWidget, group: records.Related) -> None:
        box.clear()
        lines = group.lines(text.format_value)  # an agreement's status, a medal: in the person's language
        for line, record_id in zip(lines, group.ids, strict=True):
            box.addItem(line)
            box.item(box.count() - 1).setData(Qt.ItemDataRole.UserRole, record_id)
        if not lines:
            box.addItem(self.tr("None yet"))
        box.setCurrentRow(0)

    def _editable_related(self, box: QListWidget, record: str, link: str) -> QWidget:
        """The list with Add… and Edit… (and Enter on a line to edit it), as a list page has."""
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add…"))
        add.setObjectName(f"add_related_{record}")
        add.setAutoDefault(False)
        edit = QPushButton(self.tr("Edit…"))
        edit.setObjectName(f"edit_related_{record}")
        edit.setAutoDefault(False)
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(box)

        def chosen() -> uuid.UUID | None:
            item = box.currentItem()
            value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            return value if isinstance(value, uuid.UUID) else None

        # A list field (an agreement's parties) is preset with this record as its one value.
        many = records.record_type(record).field(link).kind is value_kinds.ValueKind.REFS

        def open_form(record_id: uuid.UUID | None) -> None:
            assert self._open_related is not None and self.record is not None
            this = self.record.id
            if self._open_related(record, record_id, {link: [this] if many else this}):
                self.refresh_related()

        add.clicked.connect(lambda: open_form(None))
        # Ctrl+N on the tab adds one, as it does on a list page (the window's Ctrl+N is out of
        # reach while the form is open). Listed in Help through HANDLED_KEYS.
        shortcut = QShortcut(QKeySequence(ADD_RELATED_KEY), page, add.click)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.clicked.connect(lambda: open_form(chosen()) if chosen() is not None else None)
        box.itemActivated.connect(lambda _item: open_form(chosen()) if chosen() is not None else None)
        box.currentRowChanged.connect(lambda _row: edit.setEnabled(chosen() is not None))
        edit.setEnabled(chosen() is not None)
        return page

    def refresh_related(self) -> None:
        """Read the related records again (after one was added or edited from a tab)."""
        db = self._database()
        if self.record is None or self.record.id is None or db is None:
            return
        with db.session() as session:
            groups = records.related(session, self.rtype.key, self.record.id)
        for group in groups:
            box = self.related_lists.get(group.record)
            if box is not None:
                self._fill_related(box, group)
        if self.tabs is not None:
            for index, group in enumerate(groups, start=1):
                self.tabs.setTabText(index, f"{text.translate('Fields', group.heading)} ({len(group.ids)})")


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, uuid.UUID):
        return str(value)
    return serialize(value)


__all__ = ["RecordEditor"]
