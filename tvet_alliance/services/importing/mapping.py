"""Which file column fills which field: a saved mapping first, then exact names and synonyms in
English, Chinese and Urdu, then fuzzy matching (rapidfuzz). The person can change any of it, and
save it by name for the next file from the same partner."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import ImportMapping
from tvet_alliance.services.importing.fields import FIELDS, ONE_OF, ImportKind, header_key

FUZZY_CUTOFF = 85


@dataclass(frozen=True)
class ColumnMapping:
    """Field key -> 0-based column index, and how each was found ("saved", "name", "fuzzy", "chosen")."""

    columns: dict[str, int]
    how: dict[str, str]

    def column_of(self, key: str) -> int | None:
        return self.columns.get(key)

    def with_choice(self, key: str, column: int | None) -> ColumnMapping:
        columns = {k: c for k, c in self.columns.items() if k != key and c != column}
        how = {k: h for k, h in self.how.items() if k in columns}
        if column is not None:
            columns[key], how[key] = column, "chosen"
        return ColumnMapping(columns, how)

    def by_header(self, header: Sequence[str]) -> dict[str, str]:
        """The mapping as header name -> field key (what is saved)."""
        return {header[c]: k for k, c in self.columns.items() if c < len(header) and header[c]}


def auto_map(
    kind: ImportKind, header: Sequence[str], saved: Mapping[str, str] | None = None
) -> ColumnMapping:
    fields = FIELDS[kind]
    keys = [header_key(h) for h in header]
    columns: dict[str, int] = {}
    how: dict[str, str] = {}
    taken: set[int] = set()

    def take(field: str, column: int, reason: str) -> bool:
        if field not in columns and column not in taken:
            columns[field], how[field] = column, reason
            taken.add(column)
            return True
        return False

    if saved:
        by_key = {header_key(name): field for name, field in saved.items()}
        valid = {f.key for f in fields}
        for column, key in enumerate(keys):
            field = by_key.get(key)
            if field in valid and key:
                take(field, column, "saved")
    # Exact names and synonyms; a field's own key ("full_name") and label count as names too. Fields
    # earlier in the list win a column that two of them name ("name" for partners is name_en).
    for f in fields:
        names = {header_key(n) for n in (f.key, f.label, *f.synonyms)}
        for column, key in enumerate(keys):
            if key and key in names and take(f.key, column, "name"):
                break
    from rapidfuzz import fuzz, process  # loaded when a file is mapped, not at start-up

    choices = {
        header_key(n): f.key for f in reversed(fields) for n in (f.key, f.label, *f.synonyms) if header_key(n)
    }
    for column, key in enumerate(keys):
        if column in taken or len(key) < 3:
            continue
        found = process.extractOne(key, list(choices), scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
        if found is not None:
            take(choices[found[0]], column, "fuzzy")
    return ColumnMapping(columns, how)


def missing_required(kind: ImportKind, mapping: ColumnMapping) -> list[str]:
    """The required fields no column fills; of a group of which one is needed (``fields.ONE_OF``:
    a partner's English or native name), the first when none is mapped."""
    groups = {group[0]: group for group in ONE_OF.get(kind, ())}
    return [
        f.key
        for f in FIELDS[kind]
        if (f.required and f.key not in mapping.columns)
        or (f.key in groups and not any(k in mapping.columns for k in groups[f.key]))
    ]


def value_key(text: str) -> str:
    """How a value map knows a file's text: width-folded (NFKC), case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- saved mappings --------------------------------------------------------------------------------


def saved_names(session: Session, kind: ImportKind | None = None) -> list[str]:
    stmt = select(ImportMapping.name).order_by(ImportMapping.name)
    if kind is not None:
        stmt = stmt.where(ImportMapping.kind == kind.value)
    return list(session.scalars(stmt))


@dataclass
class SavedMapping:
    """What a saved mapping holds: the columns (header name -> field key), the value map (field key ->
    the file's text, normalised with :func:`value_key` -> the choice code, or ``None`` for "leave
    empty") and the constant fields (field key -> the text every row gets)."""

    columns: dict[str, str]
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)


def load_mapping(session: Session, name: str) -> tuple[ImportKind, SavedMapping] | None:
    row = session.scalars(select(ImportMapping).where(ImportMapping.name == name)).one_or_none()
    if row is None:
        return None
    data = json.loads(row.columns)
    if isinstance(data.get("columns"), dict):  # since wave 2: columns, values and constants
        return ImportKind(row.kind), SavedMapping(
            dict(data["columns"]), dict(data.get("values") or {}), dict(data.get("constants") or {})
        )
    return ImportKind(row.kind), SavedMapping(dict(data))  # wave 1: header -> field only


def load_saved(session: Session, name: str) -> tuple[ImportKind, dict[str, str]] | None:
    found = load_mapping(session, name)
    return None if found is None else (found[0], found[1].columns)


def save(
    session: Session,
    name: str,
    kind: ImportKind,
    by_header: Mapping[str, str],
    *,
    values: Mapping[str, Mapping[str, str | None]] | None = None,
    constants: Mapping[str, str] | None = None,
) -> None:
    """Save (or replace) the mapping called *name*; the caller commits."""
    row = session.scalars(select(ImportMapping).where(ImportMapping.name == name)).one_or_none()
    data = {
        "columns": dict(by_header),
        "values": {k: dict(v) for k, v in (values or {}).items() if v},
        "constants": dict(constants or {}),
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(ImportMapping(name=name, kind=kind.value, columns=text))
    else:
        row.kind, row.columns = kind.value, text
