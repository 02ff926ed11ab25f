"""The values of a file that only a person can map: for each mapped choice, country or province
column, the distinct texts its parser refuses ("Vocational Skills Hub", 职教集团), with how often
and on which rows they occur, and the choices each can be mapped to.

The wizard's Values page and the command line's ``--value FIELD:TEXT=CHOICE`` fill
``ImportOptions.values`` with what the person chose; the engine applies it (``_Run._parse_value``)
and a saved mapping keeps it. The scan streams the file once and keeps only the distinct refused
texts (at most :data:`LIMIT` a field), never the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from tvet_alliance.domain.values import Translate, ValueKind, country_name, english, enum_text, province_name
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.progress import Progress
from tvet_alliance.services.importing import normalize as n
from tvet_alliance.services.importing.engine import ImportOptions, ImportSetupError
from tvet_alliance.services.importing.fields import FIELDS, ImportField, ImportKind, header_key
from tvet_alliance.services.importing.mapping import ColumnMapping, value_key
from tvet_alliance.services.importing.source import Detection, ReadPosition, data_rows

#: The kinds whose values a person maps to a choice.
MAPPED_KINDS = frozenset({ValueKind.ENUM, ValueKind.COUNTRY, ValueKind.PROVINCE})
#: Distinct refused values listed per field; beyond them only ``FieldValues.more`` grows.
LIMIT = 200
#: Row numbers kept per value (the first ones).
FIRST_ROWS = 5
#: Distinct values counted beyond the limit: then the field is no longer read (a column of free
#: text mapped to a choice must neither fill the memory nor ask the parsers a million times).
COUNT_MORE = 10_000
#: Cells and parser answers remembered per field (a parser is asked again for the others).
KNOWN = 50_000
#: How often progress is reported, in rows.
PROGRESS_EVERY = 2000

MSG_NOT_A_FIELD = QT_TRANSLATE_NOOP("Import", "{field} is not a field of this import; fields: {fields}.")
MSG_NO_CHOICES = QT_TRANSLATE_NOOP(
    "Import", "{field} has no choices to map (only choice, country and province fields have)."
)
MSG_NOT_A_CHOICE = QT_TRANSLATE_NOOP("Import", "{choice} is not a choice of {field}; choices: {choices}.")
MSG_NOT_A_PROVINCE = QT_TRANSLATE_NOOP(
    "Import", "{choice} is not a province: write its ISO code, for example CN-XJ or PK-PB."
)


@dataclass
class UnknownValue:
    """One distinct text a parser refused: as first written, its key (``mapping.value_key``), how
    many rows hold it and the first of them (row numbers as the engine counts them, from 1)."""

    text: str
    key: str
    count: int = 0
    rows: list[int] = field(default_factory=list)
    #: a province's: the countries of the rows it was refused in (ISO codes)
    countries: list[str] = field(default_factory=list)


@dataclass
class FieldValues:
    """The refused values of one field, the most frequent first. ``more`` counts the distinct
    values beyond :data:`LIMIT` (``more_rows`` their rows; both "at least" when ``complete`` is
    False: the field was no longer read after :data:`COUNT_MORE`); for a province, ``countries`` are the
    countries of the rows (ISO codes), whose provinces are the choices."""

    key: str
    label: str  # English, "Fields" context
    kind: ValueKind
    enum: type[Enum] | None
    values: list[UnknownValue] = field(default_factory=list)
    more: int = 0
    more_rows: int = 0
    complete: bool = True
    countries: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        """Rows holding a refused value of this field."""
        return sum(v.count for v in self.values) + self.more_rows


@dataclass(frozen=True)
class Choice:
    """What a value can be mapped to: the code the parser takes and its label for a person."""

    code: str
    label: str


def mappable_fields(kind: ImportKind) -> list[ImportField]:
    return [f for f in FIELDS[kind] if f.parse in MAPPED_KINDS]


class _Scan:
    def __init__(
        self, f: ImportField, chosen: dict[str, str | None], limit: int, column: int | None, constant: str
    ) -> None:
        self.field = f
        self.chosen = chosen
        self.limit = limit
        self.column = column
        self.constant = constant
        self.province = f.parse is ValueKind.PROVINCE
        #: a cell as written -> (its text as the engine reads it, its value key, whether the value
        #: map knows it, what the map says, whether the parser refuses it — a province: unknown)
        self.cells: dict[str, tuple[str, str, bool, str | None, bool]] = {}
        self.found: dict[str, UnknownValue] = {}
        self.more: set[int] = set()
        self.more_rows = 0
        self.stopped = False
        self.known: dict[tuple[str, str | None], bool] = {}
        self.countries: dict[str, None] = {}

    def read(self, cells: list[str]) -> tuple[str, str, bool, str | None, bool]:
        """A row's text for the field, as the engine reads it (its column, else the constant)."""
        column = self.column
        raw = cells[column] if column is not None and column < len(cells) else ""
        found = self.cells.get(raw)
        if found is None:
            text = n.clean_text(raw) or self.constant
            key = value_key(text) if text else ""
            known = key in self.chosen
            refused = bool(text) and not known and not self.province and self.refused(text, None)
            found = (text, key, known, self.chosen.get(key), refused)
            if len(self.cells) < KNOWN:
                self.cells[raw] = found
        return found

    def refused(self, text: str, country: str | None) -> bool:
        f = self.field
        memo = (text, country) if f.parse is ValueKind.PROVINCE else (text, None)
        ok = self.known.get(memo)
        if ok is not None:
            return not ok
        try:
            if f.parse is ValueKind.ENUM:
                assert f.choices is not None
                n.parse_choice(f.choices, text)
            elif f.parse is ValueKind.COUNTRY:
                n.parse_country(text)
            else:
                n.parse_province(text, country)
            ok = True
        except n.BadValue:
            ok = False
        if len(self.known) < KNOWN:
            self.known[memo] = ok
        return not ok

    def add(self, number: int, text: str, key: str, country: str | None = None) -> None:
        seen = self.found.get(key)
        if seen is None:
            if len(self.found) >= self.limit:
                self.more_rows += 1
                self.more.add(hash(key))
                self.stopped = len(self.more) >= COUNT_MORE
                return
            seen = self.found[key] = UnknownValue(text, key)
        seen.count += 1
        if len(seen.rows) < FIRST_ROWS:
            seen.rows.append(number)
        if country is not None and country not in seen.countries:
            seen.countries.append(country)

    def result(self) -> FieldValues:
        values = sorted(self.found.values(), key=lambda v: (-v.count, v.rows[0] if v.rows else 0))
        return FieldValues(
            self.field.key,
            self.field.label,
            self.field.parse,
            self.field.choices,
            values,
            len(self.more),
            self.more_rows,
            not self.stopped,
            tuple(self.countries),
        )


def _mapped(chosen: dict[str, str | None], text: str) -> tuple[bool, str | None]:
    """(whether the value map knows *text*, what it maps it to: a code, or None = leave empty)."""
    key = value_key(text)
    if key in chosen:
        return True, chosen[key]
    return False, None


def unrecognised(
    path: Path,
    detection: Detection,
    mapping: ColumnMapping,
    kind: ImportKind,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    limit: int = LIMIT,
) -> list[FieldValues]:
    """For each mapped (or constant) choice, country and province field of *kind*, the distinct
    texts its parser refuses and ``options.values`` does not map, in the fields' order; fields
    with none are left out. A province is read with its row's country (mapped values included);
    a row whose country is unknown says nothing about its province."""
    fields = [
        f
        for f in mappable_fields(kind)
        if f.key in mapping.columns or options.constants.get(f.key, "").strip()
    ]
    if not fields:
        return []
    country_field = "country" if "country" in {f.key for f in FIELDS[kind]} else None
    columns = dict(mapping.columns)
    constants = {k: n.clean_text(t) for k, t in options.constants.items()}
    scans = [
        (
            f.key,
            _Scan(f, options.values.get(f.key) or {}, limit, columns.get(f.key), constants.get(f.key, "")),
        )
        for f in fields
    ]
    where = ReadPosition()
    if progress is not None:
        progress(0, 0)
    for done, (number, cells) in enumerate(data_rows(path, detection, where), start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(where.done, where.total)
        row_country: str | None = None
        country_known = False
        for key, scan in scans:
            if scan.stopped:
                continue
            text, vkey, known, code, refused = scan.read(cells)
            if not text:
                continue
            if known:
                if key == country_field:
                    row_country, country_known = _country(code), True
                continue
            if scan.province:
                if not country_known:
                    row_country = _row_country(cells, columns, constants, country_field, options)
                    country_known = True
                if row_country is None:
                    continue  # the country is missing or unknown: the Check page says so
                scan.countries.setdefault(row_country)
                if scan.refused(text, row_country):
                    scan.add(number, text, vkey, row_country)
                continue
            if refused:
                scan.add(number, text, vkey)
                if key == country_field:
                    row_country, country_known = None, True
            elif key == country_field:
                row_country, country_known = n.parse_country(text), True
    if progress is not None:
        progress(where.done, where.total)
    out = [scan.result() for _key, scan in scans]
    return [fv for fv in out if fv.values]


def _cell(cells: list[str], column: int | None, constant: str) -> str:
    """A row's text for a field, as the engine reads it: its column, else the constant."""
    if column is not None and column < len(cells):
        text = n.clean_text(cells[column])
        if text:
            return text
    return constant


def _row_country(
    cells: list[str],
    columns: dict[str, int],
    constants: dict[str, str],
    country_field: str | None,
    options: ImportOptions,
) -> str | None:
    if country_field is None:
        return None
    text = _cell(cells, columns.get(country_field), constants.get(country_field, ""))
    if not text:
        return None
    known, code = _mapped(options.values.get(country_field) or {}, text)
    return _country(code if known else text)


def _country(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return n.parse_country(text)
    except n.BadValue:
        return None


# --- the choices a value can be mapped to ----------------------------------------------------------


def choices(
    f: ImportField | FieldValues,
    *,
    language: str = "en",
    translate: Translate = english,
    countries: Iterable[str] = (),
) -> list[Choice]:
    """The choices of a field, labelled in *language*: an enum's in its order (labels through
    *translate*), places by ``domain.values`` sorted by name; a province's are those of
    *countries*, country by country (each with its country's name when there are several)."""
    kind = f.parse if isinstance(f, ImportField) else f.kind
    enum = f.choices if isinstance(f, ImportField) else f.enum
    if kind is ValueKind.ENUM:
        assert enum is not None
        return [Choice(str(m.value), enum_text(m, translate)) for m in enum]
    import pycountry

    if kind is ValueKind.COUNTRY:
        found = [Choice(str(c.alpha_2), country_name(str(c.alpha_2), language)) for c in pycountry.countries]
        return sorted(found, key=lambda c: c.label.casefold())
    assert kind is ValueKind.PROVINCE
    codes = list(dict.fromkeys(countries))
    out = []
    for country in codes:
        suffix = f" ({country_name(country, language)})" if len(codes) > 1 else ""
        subs = [str(s.code) for s in pycountry.subdivisions.get(country_code=country) or []]
        out += sorted(
            (Choice(code, province_name(code, language) + suffix) for code in subs),
            key=lambda c: c.label.casefold(),
        )
    return out


def resolve_choice(kind: ImportKind, field_key: str, text: str) -> str | None:
    """The code a person's *text* names for *field_key* (a code, or an English label or name; a
    province by its ISO code), or None for an empty text ("leave empty"). Raises
    :class:`ImportSetupError` when it names none."""
    f = find_field(kind, field_key)
    value = text.strip()
    if not value:
        return None
    try:
        if f.parse is ValueKind.ENUM:
            assert f.choices is not None
            return str(n.parse_choice(f.choices, value).value)
        if f.parse is ValueKind.COUNTRY:
            return n.parse_country(value)
    except n.BadValue:
        shown = ", ".join(c.code for c in choices(f)) if f.parse is ValueKind.ENUM else "PK, CN, …"
        raise ImportSetupError(
            "not_a_choice", MSG_NOT_A_CHOICE, choice=value, field=f.label, choices=shown
        ) from None
    import pycountry

    sub = pycountry.subdivisions.get(code=value.upper())
    if sub is not None:
        return str(sub.code)
    raise ImportSetupError("not_a_province", MSG_NOT_A_PROVINCE, choice=value)


def find_field(
    kind: ImportKind, name: str, header: Iterable[str] = (), mapping: ColumnMapping | None = None
) -> ImportField:
    """The choice field *name* means: a field key, its English label, or a header of the file that
    *mapping* maps to it. Raises :class:`ImportSetupError` when it means none, or a field without
    choices."""
    fields = FIELDS[kind]
    wanted = header_key(name)
    found = next((f for f in fields if f.key == name), None)
    found = found or next((f for f in fields if wanted in (header_key(f.key), header_key(f.label))), None)
    if found is None and mapping is not None:
        for column, title in enumerate(header):
            if header_key(title) == wanted:
                key = next((k for k, c in mapping.columns.items() if c == column), None)
                found = next((f for f in fields if f.key == key), None)
                break
    if found is None:
        names = ", ".join(f.key for f in mappable_fields(kind))
        raise ImportSetupError("not_a_field", MSG_NOT_A_FIELD, field=name, fields=names)
    if found.parse not in MAPPED_KINDS:
        raise ImportSetupError("no_choices", MSG_NO_CHOICES, field=name)
    return found
