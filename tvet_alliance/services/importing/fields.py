"""What each import kind can fill: fields of the catalog (:mod:`tvet_alliance.domain.catalog`),
with the column names partners use for them.

A field's ``synonyms`` are header names in English, Chinese and Urdu; matching ignores case, spaces,
punctuation and a trailing "(optional)"-like remark in brackets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum

from tvet_alliance.domain import catalog
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


class ImportKind(StrEnum):
    PARTNERS = "partners"
    PEOPLE = "people"
    DELEGATES = "delegates"
    ENTRIES = "entries"


@dataclass(frozen=True)
class ImportField:
    key: str  # the catalog field's import/export key ("organization" for a person's organisation)
    label: str  # English, "Fields" context: the field's header
    synonyms: tuple[str, ...]
    parse: ValueKind = ValueKind.TEXT  # a reference is read as the referenced record's name (TEXT)
    required: bool = False
    choices: type[Enum] | None = None
    limit: int = 300


def import_field(f: catalog.Field, *, required: bool | None = None) -> ImportField:
    """The importer's view of a catalog field."""
    return ImportField(
        key=f.io_key,
        label=f.header_label,
        synonyms=f.synonyms,
        parse=ValueKind.TEXT if f.kind is ValueKind.REF else f.kind,
        required=f.required if required is None else required,
        choices=f.enum,
        limit=f.limit,
    )


def _fields(rec: catalog.Record, *names: str, required: Iterable[str] = ()) -> tuple[ImportField, ...]:
    must = set(required)
    return tuple(import_field(rec.field(n), required=True if n in must else None) for n in names)


_P, _PE, _DE, _EN = catalog.PARTNER, catalog.PERSON, catalog.DELEGATE, catalog.ENTRY
_PERSON = ("full_name", "name_native", "organization_id", "position", "email", "phone", "wechat_id",
           "whatsapp", "nationality", "gender", "contact_consent")  # fmt: skip

#: What each import kind fills, in the order the mapping step lists it.
FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.PARTNERS: _fields(
        _P,
        "name_en",
        "name_native",
        "short_name",
        "country",
        "province",
        "city",
        "org_type",
        "alliance_role",
        "membership_status",
        "joined_on",
        "website",
        "email",
        "phone",
        "address",
        "aliases",
        "notes",
    ),
    ImportKind.PEOPLE: _fields(_PE, *_PERSON, "notes"),
    ImportKind.DELEGATES: (
        *_fields(_PE, *_PERSON),
        *_fields(_DE, "role", "attendance_mode", "status", "notes"),
    ),
    ImportKind.ENTRIES: _fields(
        _EN,
        "track_id",
        "team_name",
        "members",
        "organization_id",
        "country",
        "score",
        "medal",
        "status",
        "notes",
        required=("members",),
    ),
}

KIND_LABELS = {
    ImportKind.PARTNERS: QT_TRANSLATE_NOOP("ImportKinds", "Partners"),
    ImportKind.PEOPLE: QT_TRANSLATE_NOOP("ImportKinds", "People"),
    ImportKind.DELEGATES: QT_TRANSLATE_NOOP("ImportKinds", "Delegates of an event"),
    ImportKind.ENTRIES: QT_TRANSLATE_NOOP("ImportKinds", "Entries of a competition"),
}


def field_of(kind: ImportKind, key: str) -> ImportField:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(key)


_REMARK = re.compile(r"[(（\[【].*?[)）\]】]")
_PUNCT = re.compile(r"[\s_\-.:：/\\*#·•'\"]+")


def header_key(name: str) -> str:
    """A header name reduced for comparison: case, width, spaces, punctuation and bracketed remarks
    ("手机（必填）", "E-mail *") do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    stripped = _REMARK.sub("", text)
    text = stripped if stripped.strip() else text
    return _PUNCT.sub("", text)
