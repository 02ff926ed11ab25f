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


def _importable(
    rec: catalog.Record, *, without: Iterable[str] = (), required: Iterable[str] = ()
) -> tuple[ImportField, ...]:
    """The record's fields that partners' spreadsheets fill: those with column names, in the
    catalog's order."""
    left_out, must = set(without), set(required)
    return tuple(
        import_field(f, required=True if f.name in must else None)
        for f in rec.fields
        if f.synonyms and f.name not in left_out
    )


#: What each import kind fills, in the order the mapping step lists it. A delegate's notes are the
#: registration's; a team needs its members; an entry's track can come with its Chinese name.
FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.PARTNERS: _importable(catalog.PARTNER),
    ImportKind.PEOPLE: _importable(catalog.PERSON),
    ImportKind.DELEGATES: (
        *_importable(catalog.PERSON, without=("notes",)),
        *_importable(catalog.DELEGATE),
    ),
    ImportKind.ENTRIES: (
        *_importable(catalog.ENTRY, required=("members",)),
        import_field(catalog.TRACK.field("name_zh")),  # the track's Chinese name ("track_zh")
    ),
}

#: Fields of which each row needs one, not each: a partner's name in English OR in its own script.
ONE_OF: dict[ImportKind, tuple[tuple[str, ...], ...]] = {ImportKind.PARTNERS: (("name_en", "name_native"),)}

KIND_LABELS = {
    ImportKind.PARTNERS: QT_TRANSLATE_NOOP("ImportKinds", "Partners"),
    ImportKind.PEOPLE: QT_TRANSLATE_NOOP("ImportKinds", "People"),
    ImportKind.DELEGATES: QT_TRANSLATE_NOOP("ImportKinds", "Delegates of an event"),
    ImportKind.ENTRIES: QT_TRANSLATE_NOOP("ImportKinds", "Entries of a competition"),
}


_REMARK = re.compile(r"[(（\[【].*?[)）\]】]")
_PUNCT = re.compile(r"[\s_\-.:：/\\*#·•'\"]+")


def header_key(name: str) -> str:
    """A header name reduced for comparison: case, width, spaces, punctuation and bracketed remarks
    ("手机（必填）", "E-mail *") do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    stripped = _REMARK.sub("", text)
    text = stripped if stripped.strip() else text
    return _PUNCT.sub("", text)
