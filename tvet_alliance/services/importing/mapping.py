"""Which file column fills which field: a saved mapping first, then the field's own key or label, then
the names partners use for it (English, Chinese, Urdu), then a guess — only above
:data:`GUESS_THRESHOLD`, by :data:`GUESS_MARGIN` over the next field, in the header's own script, and
never for a header that names some other field. The person can change any of it, and save it by name
for the next file from the same partner."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import ImportMapping
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.services.importing import normalize as n
from tvet_alliance.services.importing.fields import FIELDS, ONE_OF, ImportField, ImportKind, header_key

#: How like a known column name a header must be to be guessed: the share of its characters left
#: as they are by the fewest typing edits (a letter missed, added or changed, two letters swapped;
#: rapidfuzz's OSA distance over the longer length). 0.8 allows one edit in five characters
#: ("Emial" for "email"), never a word added ("address" is not "email address": 0.58).
GUESS_THRESHOLD = 0.8
#: How much better than the next field a guess must be: two fields about as like the header is no
#: guess at all.
GUESS_MARGIN = 0.1
#: A header shorter than this (after :func:`header_key`) is never guessed.
GUESS_MIN_LENGTH = 3

#: How a column was matched to its field, as ``ColumnMapping.how`` says it.
SAVED, EXACT, SYNONYM, GUESS, CHOSEN = "saved", "exact", "synonym", "guess", "chosen"

#: Columns partners send that are no field of ours (a father's name and an identity card number on
#: Pakistani lists, 序号 and 民族 on Chinese ones): never guessed to be one.
NOT_FIELDS = (
    "father name", "father's name", "husband name", "cnic", "cnic no", "nic", "passport no", "passport number",
    "sr no", "s no", "serial no", "序号", "编号", "身份证", "身份证号", "身份证号码", "护照号", "民族",
    "出生日期", "年龄", "指导教师", "指导老师", "والد کا نام", "شناختی کارڈ",
)  # fmt: skip
#: Names a field takes only when the file has no column by one of its own names: 职称 (a
#: professional title, such as 副教授) is the person's position only when there is no 职务.
FALLBACK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "position": ("职称", "技术职称", "professional title"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Field key -> 0-based column index, and how each was found: ``saved`` (a saved mapping),
    ``exact`` (the field's key or label), ``synonym`` (a name partners use for it), ``guess`` (like
    one of those names, :data:`GUESS_THRESHOLD`) or ``chosen`` (by the person). ``like`` says, for
    a guess, which known name the header resembled."""

    columns: dict[str, int]
    how: dict[str, str]
    like: dict[str, str] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        return self.columns.get(key)

    def with_choice(self, key: str, column: int | None) -> ColumnMapping:
        columns = {k: c for k, c in self.columns.items() if k != key and c != column}
        how = {k: h for k, h in self.how.items() if k in columns}
        like = {k: n for k, n in self.like.items() if k in columns}
        if column is not None:
            columns[key], how[key] = column, CHOSEN
        return ColumnMapping(columns, how, like)

    def by_header(self, header: Sequence[str]) -> dict[str, str]:
        """The mapping as header name -> field key (what is saved)."""
        return {header[c]: k for k, c in self.columns.items() if c < len(header) and header[c]}


def _script(key: str) -> str:
    """The script a header is written in, as far as guessing goes: CJK, Arabic (Urdu) or Latin."""
    for ch in key:
        if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f":
            return "cjk"
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            return "arabic"
    return "latin"


def _own_names(f: ImportField) -> tuple[str, ...]:
    return (f.key, f.label)


def _synonyms(f: ImportField) -> tuple[str, ...]:
    return f.synonyms


def _keys(names: Iterable[str]) -> list[str]:
    return [k for k in dict.fromkeys(header_key(n) for n in names) if k]


@cache
def known_names() -> frozenset[str]:
    """Every column name that names some field of some import kind exactly (reduced by
    :func:`header_key`), and the :data:`NOT_FIELDS`: such a header means that field (or none of
    ours), and is never guessed to be another."""
    return frozenset(
        k
        for fields in FIELDS.values()
        for f in fields
        for k in _keys((*_own_names(f), *_synonyms(f), *FALLBACK_SYNONYMS.get(f.key, ())))
    ) | frozenset(_keys(NOT_FIELDS))


def auto_map(
    kind: ImportKind, header: Sequence[str], saved: Mapping[str, str] | None = None
) -> ColumnMapping:
    """Which column fills which field: the saved mapping's columns, then the columns named by a
    field's key or label, then by its synonyms, then the fallback names, then guesses (a header
    within :data:`GUESS_THRESHOLD` of one field's names, by :data:`GUESS_MARGIN` more than of any
    other's, in the same script, and not a name of some other field)."""
    fields = FIELDS[kind]
    keys = [header_key(h) for h in header]
    columns: dict[str, int] = {}
    how: dict[str, str] = {}
    like: dict[str, str] = {}
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
                take(field, column, SAVED)
    # Exact names, then synonyms, then fallbacks; a field earlier in the list wins a column that
    # two of them name ("name" for partners is name_en), and a field's first column by that name.
    for reason, names_of in (
        (EXACT, _own_names),
        (SYNONYM, _synonyms),
        (SYNONYM, lambda f: FALLBACK_SYNONYMS.get(f.key, ())),
    ):
        for f in fields:
            names = set(_keys(names_of(f)))
            for column, key in enumerate(keys):
                if key and key in names and take(f.key, column, reason):
                    break
    _second_script_name(fields, keys, columns, taken, take)
    _guess(fields, keys, taken, take, like)
    return ColumnMapping(columns, how, like)


#: A name field and the field that holds the same name in Chinese or Urdu script.
NATIVE_OF = {"full_name": "name_native", "name_en": "name_native"}


def _second_script_name(
    fields: Sequence[ImportField],
    keys: list[str],
    columns: dict[str, int],
    taken: set[int],
    take: Callable[[str, int, str], bool],
) -> None:
    """A file with "Name" and 姓名 (or نام) names a person twice: the Latin column fills the name, and
    the other script's column, left over because the name was taken, is the native name."""
    by_key = {f.key: f for f in fields}
    for name_key_, native in NATIVE_OF.items():
        f = by_key.get(name_key_)
        if f is None or native not in by_key or native in columns or name_key_ not in columns:
            continue
        if _script(keys[columns[name_key_]]) != "latin":
            continue
        names = set(_keys((*_own_names(f), *_synonyms(f))))
        for column, key in enumerate(keys):
            if column not in taken and key in names and _script(key) != "latin":
                take(native, column, SYNONYM)
                break


def _guess(
    fields: Sequence[ImportField],
    keys: list[str],
    taken: set[int],
    take: Callable[[str, int, str], bool],
    like: dict[str, str],
) -> None:
    from rapidfuzz.distance import OSA  # loaded when a file is mapped, not at start-up

    known = known_names()
    names = [(f.key, name) for f in fields for name in _keys((*_own_names(f), *_synonyms(f)))]
    for column, key in enumerate(keys):
        if column in taken or len(key) < GUESS_MIN_LENGTH or key in known:
            continue
        script = _script(key)
        best: dict[str, tuple[float, str]] = {}
        for field_key, name in names:
            if _script(name) != script:
                continue
            score = OSA.normalized_similarity(key, name)
            if score > best.get(field_key, (-1.0, ""))[0]:
                best[field_key] = (score, name)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])
        if not ranked or ranked[0][1][0] < GUESS_THRESHOLD:
            continue
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        if ranked[0][1][0] - runner_up < GUESS_MARGIN:
            continue
        field_key, (_score, name) = ranked[0]
        if take(field_key, column, GUESS):
            like[field_key] = name


# --- what a script or the Columns page names: fields, columns, constants -------------------------


class MappingError(CodedError):
    """A field, column or constant named for the mapping that is not there or cannot be."""

    context = "Import"


MSG_NO_FIELD = QT_TRANSLATE_NOOP(
    "Import", "There is no field {name} in this import; the fields are: {fields}."
)
MSG_NO_COLUMN = QT_TRANSLATE_NOOP("Import", "The file has no column {name}; its columns are: {columns}.")
MSG_NOT_CONSTANT = QT_TRANSLATE_NOOP(
    "Import", "{field} tells one record from another: it cannot be the same in every row."
)
MSG_EMPTY_CONSTANT = QT_TRANSLATE_NOOP("Import", "{field} for every row: the value is empty.")
MSG_BAD_CONSTANT = QT_TRANSLATE_NOOP("Import", "{field} for every row: {problem}")

#: Fields that tell one record from another (names, contact details, a team and its members): the
#: same value in every row would make every row the same record, so none can be a constant.
NOT_CONSTANT = frozenset(
    {"name_en", "name_native", "short_name", "aliases", "full_name", "email", "phone", "wechat_id",
     "whatsapp", "contact_name", "team_name", "members"}
)  # fmt: skip


def can_be_constant(f: ImportField) -> bool:
    """Whether the field can be given one value for every row (Country = China)."""
    return f.key not in NOT_CONSTANT


def field_named(kind: ImportKind, name: str) -> ImportField:
    """The field of *kind* that *name* names: its key ("country", "name_en") or its English header
    ("Country", "Name in English"), in any case and spacing."""
    key = header_key(name)
    for f in FIELDS[kind]:
        if key and key in (header_key(f.key), header_key(f.label)):
            return f
    fields = ", ".join(f.key for f in FIELDS[kind])
    raise MappingError("no_field", MSG_NO_FIELD, name=name.strip(), fields=fields)


def column_named(header: Sequence[str], name: str) -> int:
    """The 0-based column that *name* names: a number from 1, the header's text, or the header
    reduced by :func:`header_key` when only one column reduces to it."""
    text = name.strip()
    if text.isdigit() and 1 <= int(text) <= len(header):
        return int(text) - 1
    for column, cell in enumerate(header):
        if cell.strip() == text and text:
            return column
    key = header_key(text)
    like = [column for column, cell in enumerate(header) if key and header_key(cell) == key]
    if len(like) == 1:
        return like[0]
    columns = ", ".join(f"{i + 1} {cell}" if cell else str(i + 1) for i, cell in enumerate(header))
    raise MappingError("no_column", MSG_NO_COLUMN, name=text, columns=columns)


def with_columns(mapping: ColumnMapping, chosen: Mapping[str, int | None]) -> ColumnMapping:
    """*mapping* with each field of *chosen* filled by its column (``None``: not imported), as the
    person chose; a column chosen for a field no longer fills another."""
    for key, column in chosen.items():
        mapping = mapping.with_choice(key, column)
    return mapping


def check_constant(f: ImportField, text: str, constants: Mapping[str, str] | None = None) -> str:
    """*text* as the value every row gets in field *f*, trimmed; raises :class:`MappingError` when
    the field cannot have one or the text does not read as its kind of value (a province is read
    in the constant country, if there is one)."""
    value = n.clean_text(text)
    label = f.label
    if not can_be_constant(f):
        raise MappingError("not_constant", MSG_NOT_CONSTANT, field=label)
    if not value:
        raise MappingError("empty_constant", MSG_EMPTY_CONSTANT, field=label)
    try:
        if f.parse is ValueKind.COUNTRY:
            n.parse_country(value)
        elif f.parse is ValueKind.PROVINCE:
            country = (constants or {}).get("country")
            if country:
                n.parse_province(value, n.parse_country(country))
        elif f.parse is ValueKind.ENUM and f.choices is not None:
            n.parse_choice(f.choices, value)
        elif f.parse is ValueKind.DATE:
            n.parse_date(value)
        elif f.parse is ValueKind.DECIMAL:
            n.parse_decimal(value)
        elif f.parse is ValueKind.INT:
            n.parse_int(value)
        n.too_long(value, f.limit)
    except n.BadValue as exc:
        raise MappingError("bad_constant", MSG_BAD_CONSTANT, field=label, problem=exc.text()) from None
    return value


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
