"""Pieces of the import wizard's Columns page: how each column was matched to its field (saved,
same name, synonym, a guess to check, the person's choice), and the box that gives a field one value
for every row (Country = China for a Chinese-only list) — a choice in the person's language for a
country, province or choice field, a line of text otherwise."""

from __future__ import annotations

from datetime import date
from enum import Enum, StrEnum
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from tvet_alliance.domain import catalog
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.services.importing import ImportField, normalize
from tvet_alliance.services.importing import mapping as import_mapping
from tvet_alliance.ui.dialogs.fields import (
    CountryField,
    DateField,
    EnumField,
    FieldWidget,
    LineField,
    ProvinceField,
)

CONTEXT = "ImportColumns"
GUESS_COLOR = QColor("#9a5b00")  # a guess reads as one: amber, beside the black of a sure match


def how_label(how: str | None) -> str:
    """How a column was matched, in a word or two of the person's language."""
    labels = {
        import_mapping.SAVED: QCoreApplication.translate(CONTEXT, "saved mapping"),
        import_mapping.EXACT: QCoreApplication.translate(CONTEXT, "same name"),
        import_mapping.SYNONYM: QCoreApplication.translate(CONTEXT, "known name"),
        import_mapping.GUESS: QCoreApplication.translate(CONTEXT, "guess: check it"),
        import_mapping.CHOSEN: QCoreApplication.translate(CONTEXT, "your choice"),
    }
    return labels.get(how or "", "")


def how_tooltip(how: str | None, header: str, like: str) -> str:
    if how == import_mapping.GUESS:
        return (
            QCoreApplication.translate(
                CONTEXT, "The column “%1” looks like “%2”, but is not that name. Check that it is right."
            )
            .replace("%1", header)
            .replace("%2", like)
        )
    tips = {
        import_mapping.SAVED: QCoreApplication.translate(CONTEXT, "As the saved mapping says."),
        import_mapping.EXACT: QCoreApplication.translate(CONTEXT, "The column has the field's name."),
        import_mapping.SYNONYM: QCoreApplication.translate(
            CONTEXT, "The column has a name partners use for this field."
        ),
        import_mapping.CHOSEN: QCoreApplication.translate(CONTEXT, "You chose this column."),
    }
    return tips.get(how or "", "")


def constant_widget(f: ImportField) -> FieldWidget:
    """The box for *f*'s value in every row: empty means none."""
    kind = f.parse
    if kind in (ValueKind.MULTILINE, ValueKind.TAGS, ValueKind.NAMES, ValueKind.NATIVE):
        kind = ValueKind.TEXT  # one line in a table row; a list is split as a cell is
    choices = cast("type[StrEnum] | None", f.choices if kind is ValueKind.ENUM else None)
    spec = catalog.Field(f.key, f.label, kind, enum=choices)
    widget: FieldWidget
    if kind is ValueKind.ENUM and f.choices is not None:
        widget = EnumField(spec)
    elif kind is ValueKind.COUNTRY:
        widget = CountryField(spec)
    elif kind is ValueKind.PROVINCE:
        widget = ProvinceField(spec)
    elif kind is ValueKind.DATE:
        widget = DateField(spec)
    else:
        widget = LineField(spec)
    if isinstance(widget, CountryField):
        line = widget.combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(lambda: _read_country(widget))
    widget.setObjectName(f"constant_{f.key}")
    inner = widget.focusProxy()
    if inner is not None:
        inner.setObjectName(f"constantEdit_{f.key}")
        inner.setAccessibleName(
            QCoreApplication.translate(CONTEXT, "%1 for every row").replace(
                "%1", QCoreApplication.translate("Fields", f.label)
            )
        )
    return widget


def _read_country(widget: CountryField) -> None:
    """A country typed as the import reads one (中国, PRC, Pakistan, PK) chosen in the box, whatever
    the language of its list; what is no country stays as typed, and the page says so."""
    typed = widget.combo.currentText().strip()
    if widget.combo.currentData() is not None or not typed:
        return
    try:
        code = normalize.parse_country(typed)
    except normalize.BadValue:
        widget.changed.emit()
        return
    widget.set_value(code)


def constant_text(widget: FieldWidget) -> str:
    """What the box holds, as the text every row gets ("" for none): a code for a choice."""
    value = widget.value()
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def set_constant_text(widget: FieldWidget, value: str) -> None:
    """Show *value* (a saved constant: a code for a choice) in the box."""
    if isinstance(widget, EnumField):
        enum = widget.spec.enum
        member = next((m for m in enum or () if m.value == value), None)
        widget.set_value(member)
    else:
        widget.set_value(value or None if isinstance(widget, (CountryField, ProvinceField)) else value)
