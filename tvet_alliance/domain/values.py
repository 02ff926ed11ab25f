"""Kinds of value, and for each one rule to parse, serialize, split a list and show it to a person.

Forms, lists, filters, history, conflicts, import and export all read values through these rules, so
that "Pakistan", "Male" or an organisation's name is shown the same way everywhere, and a list that
went out in an export comes back as the same list.

Showing a value needs translations; this module stays free of Qt by taking a
``translate(context, text)`` callable (the UI passes ``QCoreApplication.translate``, the command line
:func:`english`) and, for country and province names, a language code such as ``zh_CN``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from tvet_alliance.domain.events import serialize

Translate = Callable[[str, str], str]

__all__ = [
    "Translate",
    "ValueKind",
    "cell_text",
    "country_name",
    "deserialize",
    "display",
    "display_stored",
    "english",
    "is_list",
    "join_list",
    "parse",
    "province_name",
    "serialize",
    "split_list",
]


class ValueKind(StrEnum):
    TEXT = "text"
    NATIVE = "native"  # Chinese or Urdu script: shown with the script's font and direction
    MULTILINE = "multiline"
    ENUM = "enum"  # one member of the field's enum
    DATE = "date"
    COUNTRY = "country"  # ISO 3166-1 alpha-2
    PROVINCE = "province"  # ISO 3166-2, cascading from the record's country
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    REF = "ref"  # one referenced record (its id; its name where shown)
    REFS = "refs"  # several referenced records (ids; names where shown or imported)
    NAMES = "names"  # a list of names that may hold commas ("Govt. College of Technology, Bahawalpur")
    TAGS = "tags"  # a list of free words
    AREAS = "areas"  # a list of members of the field's enum


LIST_KINDS = frozenset({ValueKind.REFS, ValueKind.NAMES, ValueKind.TAGS, ValueKind.AREAS})
NUMBER_KINDS = frozenset({ValueKind.INT, ValueKind.DECIMAL})
TEXT_KINDS = frozenset(
    {
        ValueKind.TEXT,
        ValueKind.NATIVE,
        ValueKind.MULTILINE,
        ValueKind.EMAIL,
        ValueKind.PHONE,
        ValueKind.URL,
    }
)


def english(context: str, text: str) -> str:
    """The translate callable of the command line and of the core: the English text itself."""
    del context
    return text


def is_list(kind: ValueKind) -> bool:
    return kind in LIST_KINDS


# --- lists ---------------------------------------------------------------------------------------

#: How each list kind is split. An organisation's other names can hold a comma ("Govt. College of
#: Technology, Bahawalpur"), and tags and areas are typed "a; b" in the form, so these split only on
#: semicolons, newlines and bars. The members of a team, named in one import cell, are people's
#: names: those also split on commas, slashes and the Chinese enumeration comma ("张三、李四").
#: Every list is written joined by "; ", which every rule splits.
_SEMICOLONS = re.compile(r"\s*[;；|\n\r]\s*")
_PEOPLE = re.compile(r"\s*[;；、,，/|\n\r]\s*")
_SPLIT = {
    ValueKind.NAMES: _SEMICOLONS,
    ValueKind.TAGS: _SEMICOLONS,
    ValueKind.AREAS: _SEMICOLONS,
    ValueKind.REFS: _PEOPLE,
}
LIST_JOIN = "; "


def split_list(kind: ValueKind, text: str) -> list[str]:
    """The items of a list typed in one cell or line, by the kind's rule."""
    return [part for part in _SPLIT.get(kind, _SEMICOLONS).split(text.strip()) if part]


def join_list(items: Iterable[str]) -> str:
    return LIST_JOIN.join(items)


# --- parse and serialize ---------------------------------------------------------------------------


def parse(kind: ValueKind, value: Any, enum: type[StrEnum] | None = None) -> Any:
    """A value from a form or a cell to the model's value: blank text -> None (or an empty list),
    numbers and dates from text, enum members from their values, lists split by the kind's rule.
    Raises ValueError (or decimal.InvalidOperation) for text the kind cannot read."""
    if isinstance(value, str):
        value = value.strip()
        if value == "" and kind not in LIST_KINDS:
            return None
    if value is None:
        return [] if kind in LIST_KINDS else None
    if kind is ValueKind.ENUM and enum is not None and not isinstance(value, enum):
        return enum(value)
    if kind is ValueKind.INT and not isinstance(value, int):
        return int(str(value))
    if kind is ValueKind.DECIMAL and not isinstance(value, Decimal):
        return Decimal(str(value).replace(",", "."))
    if kind is ValueKind.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is ValueKind.BOOL and isinstance(value, str):
        return value.lower() in ("1", "yes", "true")
    if kind is ValueKind.REF and not isinstance(value, uuid.UUID):
        return uuid.UUID(str(value))
    if kind is ValueKind.REFS:
        return [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in value]
    if kind in LIST_KINDS and isinstance(value, str):
        return split_list(kind, value)
    return value


def deserialize(kind: ValueKind, text: str | None, enum: type[StrEnum] | None = None) -> Any:
    """The inverse of :func:`serialize` (a change-log or conflict value) for a field of *kind*."""
    if text is None:
        return None
    if kind in LIST_KINDS:
        try:
            items = json.loads(text)
        except ValueError:
            return split_list(kind, text)
        return [str(i) for i in items] if isinstance(items, list) else [str(items)]
    if kind is ValueKind.ENUM and enum is not None:
        try:
            return enum(text)
        except ValueError:
            return text
    if kind is ValueKind.BOOL:
        return text == "1"
    try:
        return parse(kind, text, enum)
    except (ValueError, ArithmeticError):
        return text


# --- show ------------------------------------------------------------------------------------------


class LocalName(str):
    """A name (a skill track's) that has a form in Chinese: it is the English name everywhere (sorting,
    exports, matching), and :func:`display` shows the Chinese one to a person reading Chinese."""

    zh: str

    def __new__(cls, name: str, zh: str | None = None) -> LocalName:
        made = super().__new__(cls, name)
        made.zh = (zh or "").strip()
        return made

    def shown_in(self, language: str) -> str:
        """The name a person reading *language* (``zh_CN``, ``ur``, ``en_US``) sees."""
        return self.zh if self.zh and language.lower().startswith("zh") else str.__str__(self)


def cell_text(value: Any) -> str:
    """A value as the English text of an exported cell: labels for choices, ISO dates, plain
    decimals, lists joined by "; " (which :func:`split_list` takes apart again)."""
    if value.__class__ is str:  # most cells: plain text (not a StrEnum, whose label is shown)
        return str(value)
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, list):
        return join_list(cell_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def enum_text(member: Any, translate: Translate = english) -> str:
    label = getattr(member, "label", None)
    if label is not None:
        return translate("Enum", str(label))
    return "" if member is None else str(getattr(member, "value", member))


def display(
    kind: ValueKind,
    value: Any,
    translate: Translate = english,
    *,
    language: str = "en",
    enum: type[StrEnum] | None = None,
    names: Mapping[uuid.UUID, str] | None = None,
) -> str:
    """A value as a person reads it: enum labels, country and province names in *language*,
    referenced records by their *names*, ISO dates, decimals with two places, lists joined."""
    if value is None or value == "":
        return ""
    if isinstance(value, LocalName):
        return value.shown_in(language)
    if kind in LIST_KINDS and isinstance(value, (list, tuple)):
        item_kind = {ValueKind.REFS: ValueKind.REF, ValueKind.AREAS: ValueKind.ENUM}.get(kind, ValueKind.TEXT)
        return ", ".join(
            display(item_kind, v, translate, language=language, enum=enum, names=names) for v in value
        )
    if kind is ValueKind.ENUM or isinstance(value, Enum):
        if enum is not None and not isinstance(value, enum):
            try:
                value = enum(value)
            except ValueError:
                return str(value)
        return enum_text(value, translate)
    if kind is ValueKind.COUNTRY:
        return country_name(str(value), language)
    if kind is ValueKind.PROVINCE:
        return province_name(str(value), language)
    if kind is ValueKind.REF and isinstance(value, uuid.UUID):
        return (names or {}).get(value, str(value))
    if isinstance(value, bool):
        return translate("Values", "Yes") if value else ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def display_stored(
    kind: ValueKind,
    text: str | None,
    translate: Translate = english,
    *,
    language: str = "en",
    enum: type[StrEnum] | None = None,
    names: Mapping[uuid.UUID, str] | None = None,
) -> str:
    """A serialized value (from the change log or a conflict) as a person reads it."""
    if text is None:
        return ""
    value = deserialize(kind, text, enum)
    if kind is ValueKind.REFS and isinstance(value, list):
        value = [_as_uuid(v) for v in value]
    return display(kind, value, translate, language=language, enum=enum, names=names)


def _as_uuid(text: str) -> uuid.UUID | str:
    try:
        return uuid.UUID(text)
    except ValueError:
        return text


def ids_in(kind: ValueKind, text: str | None) -> list[uuid.UUID]:
    """The record ids a serialized REF or REFS value names (to look their names up)."""
    if text is None or kind not in (ValueKind.REF, ValueKind.REFS):
        return []
    items = deserialize(ValueKind.REFS, text) if kind is ValueKind.REFS else [text]
    return [i for i in (_as_uuid(str(v)) for v in items) if isinstance(i, uuid.UUID)]


# --- countries and provinces (resources/vocab, then pycountry's iso-codes) -----------------------


def country_name(code: str | None, language: str = "en") -> str:
    """'PK' as 'Pakistan' (or its name in *language*, e.g. zh_CN, ur_PK); unknown codes as given.
    The name is the label of ``resources/vocab/countries.tsv``, else iso-codes' translation."""
    if not code:
        return ""
    from tvet_alliance.domain import vocabulary

    return vocabulary.label(vocabulary.COUNTRY, code, language)


def province_name(code: str | None, language: str = "en") -> str:
    """'Chongqing Shi' reads as 'Chongqing', 'Xinjiang Uygur Zizhiqu' as 'Xinjiang' (in English)."""
    if not code:
        return ""
    from tvet_alliance.domain import vocabulary

    return vocabulary.label(vocabulary.PROVINCE, code, language)
