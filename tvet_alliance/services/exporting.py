"""Export for partners: CSV that Excel opens right, .xlsx with text cells, and the whole database as
one .zip that imports back into an empty database.

* CSV: UTF-8 with BOM by default (or GB18030/GBK for old Chinese Excel), CRLF, every field quoted.
  A character the chosen encoding cannot hold is never written as a silent ``?``: the export stops
  with :class:`Unencodable` listing them, unless the caller asked to replace them after warning.
* Formula injection (OWASP): in CSV a cell starting with ``= + - @``, TAB, CR or NUL gets a ``'`` in
  front; the importer takes it away again. In .xlsx every cell is typed as text, so nothing is ever
  evaluated and no prefix is needed. Phones are written in international format ("+92 321 9203098"),
  which spreadsheets show as text, and so without the ``'`` (:func:`spreadsheet.phone_cell`).
* .xlsx: the sheet is named after the list, the bold header row is frozen and the columns are as
  wide as their header and first rows.
* Headers are the importer's own field names (optionally with the Chinese name in brackets, which
  the importer ignores), so an export of partners, people, delegates or entries imports back.
* Columns, headers and the contact flag come from the field catalog; a bilingual header adds the
  zh_CN translation of the field's label (read from the .ts file).
* "Share with partners" leaves personal contact fields (e-mail, phone, WeChat, WhatsApp) out unless
  they are asked for, and even then a person who did not consent to sharing them has them empty; it
  never carries the office's notes (``internal`` fields), even when asked for, and writes countries
  and provinces by name.
* Beside the fields, an entry's rank and a delegate's event and check-in (:data:`DERIVED_COLUMNS`).
* Files are written to a temp file in the same folder and renamed: a failed or cancelled export
  leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, Table, Text, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from tvet_alliance import __version__
from tvet_alliance.domain import (
    Agreement,
    Base,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    catalog,
    incoming,
    rules,
)
from tvet_alliance.domain.base import StrList
from tvet_alliance.domain.enums import ContactConsent
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.models import agreement_parties, entry_members
from tvet_alliance.domain.spreadsheet import neutralise, phone_cell
from tvet_alliance.domain.validation import international
from tvet_alliance.domain.values import ValueKind, cell_text, display
from tvet_alliance.faults import fault_point
from tvet_alliance.files import atomic_write, failure_reason
from tvet_alliance.i18n import QT_TRANSLATE_NOOP, translation
from tvet_alliance.persistence.bulk import BulkWriter
from tvet_alliance.progress import Progress
from tvet_alliance.services import checkin, listing, stats

ENCODINGS = ("utf-8-sig", "gb18030", "gbk")
BATCH = 2000


class ExportKind(StrEnum):
    PARTNERS = "partners"
    PEOPLE = "people"
    DELEGATES = "delegates"
    ENTRIES = "entries"
    AGREEMENTS = "agreements"
    EVENTS = "events"


class ExportError(CodedError):
    context = "Export"


MSG_WRITE = QT_TRANSLATE_NOOP("Export", "The file {path} cannot be written: {reason}")
MSG_UNENCODABLE = QT_TRANSLATE_NOOP(
    "Export",
    "{encoding} cannot hold these characters: {chars} (in {count} cells). Choose UTF-8, or replace them.",
)
MSG_NOT_EMPTY = QT_TRANSLATE_NOOP("Export", "A full export can only be loaded into an empty database.")
MSG_NOT_EXPORT = QT_TRANSLATE_NOOP("Export", "{path} is not a full export of this program: {reason}")
MSG_COLUMNS = QT_TRANSLATE_NOOP("Export", "Unknown columns: {columns}. Choose from: {choices}.")


class Unencodable(ExportError):
    def __init__(self, encoding: str, chars: Sequence[str], cells: int) -> None:
        self.chars = list(chars)
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in self.chars[:20]) + (
            " …" if len(self.chars) > 20 else ""
        )
        super().__init__("unencodable", MSG_UNENCODABLE, encoding=encoding, chars=shown, count=cells)


#: The language of the second name in a bilingual header, read from its .ts file.
HEADER_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: str  # English, "Fields" context: the field's header, which the importer recognises
    expr: Any = None  # SQL expression over the kind's query; None for list columns filled separately
    contact: bool = False  # a contact detail: shared only when asked for, a person's only with consent
    private: bool = False  # left out of a "share" export unless asked for (every contact detail is)
    kind: ValueKind = ValueKind.TEXT  # phones, countries and provinces are written for people to read
    internal: bool = False  # the office's own (notes): never in a "share" export, even when asked for

    @property
    def label_zh(self) -> str:
        """The header's Chinese name: the zh_CN translation of the field's label ("" if none yet)."""
        return translation(HEADER_LANGUAGE, catalog.CONTEXT, self.label) or ""


@dataclass(frozen=True)
class ExportSpec:
    kind: ExportKind
    list_spec: listing.ListSpec
    columns: tuple[ExportColumn, ...]
    joins: Callable[[Select[Any]], Select[Any]]  # the export columns' tables, joined to the model's
    lists: Callable[[Session, list[uuid.UUID]], dict[uuid.UUID, dict[str, str]]] | None = None
    # The person's consent to share contact details, for kinds whose rows are people: a share
    # export leaves every contact cell of a person without "yes" empty, whatever the columns.
    consent: Any = None

    def query(self) -> Select[Any]:
        model = self.list_spec.model
        return self.joins(select(model.id).select_from(model))

    def column(self, key: str) -> ExportColumn:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


def _c(rec: catalog.Record, name: str, expr: Any = None) -> ExportColumn:
    """The export column of a catalog field: its import/export key, header and contact flag."""
    f = rec.field(name)
    kind = ValueKind.TEXT if f.kind is ValueKind.REF else f.kind
    return ExportColumn(f.io_key, f.header_label, expr, f.contact, not f.shared_by_default, kind, f.internal)


_P, _PE, _DE, _EV = catalog.PARTNER, catalog.PERSON, catalog.DELEGATE, catalog.EVENT
_EN, _AG, _TR = catalog.ENTRY, catalog.AGREEMENT, catalog.TRACK
_org = aliased(Organization)
_person = aliased(Person)
_track = aliased(SkillTrack)
_event = aliased(Event)


#: Columns that are not a record's field: derived values a person expects beside the fields (the
#: rank of an entry, a delegate's event and check-in), with their labels in the "Fields" context.
RANK = ExportColumn("rank", QT_TRANSLATE_NOOP("Fields", "Rank"), rules.rank_sql(), kind=ValueKind.INT)
EVENT_OF_DELEGATE = ExportColumn("event", _EV.field("name").header_label, _event.name)
CHECKED_IN = ExportColumn(
    "checked_in",
    QT_TRANSLATE_NOOP("Fields", "Checked in"),
    checkin.checked_in_sql(Participation.id).correlate(Participation),
    kind=ValueKind.BOOL,
)
#: The code on the delegate's badge, as stored (a mail-merge of tickets prints it, or its QR code).
#: It lets its holder in: a "share with partners" export leaves it out unless asked for.
TICKET_CODE = ExportColumn(
    "ticket_code", QT_TRANSLATE_NOOP("Fields", "Ticket code"), Participation.ticket_code, private=True
)
DERIVED_COLUMNS = (RANK, EVENT_OF_DELEGATE, CHECKED_IN, TICKET_CODE)

_PERSON_COLUMNS = (
    _c(_PE, "full_name", Person.full_name),
    _c(_PE, "name_native", Person.name_native),
    _c(_PE, "organization_id", _org.display_name),
    _c(_PE, "position", Person.position),
    _c(_PE, "nationality", Person.nationality),
    _c(_PE, "gender", Person.gender),
    _c(_PE, "email", Person.email),
    _c(_PE, "phone", Person.phone),
    _c(_PE, "wechat_id", Person.wechat_id),
    _c(_PE, "whatsapp", Person.whatsapp),
    _c(_PE, "contact_consent", Person.contact_consent),
)


def _entry_lists(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, str]]:
    out: dict[uuid.UUID, dict[str, str]] = {i: {"members": ""} for i in ids}
    rows = session.execute(
        select(entry_members.c.entry_id, Person.full_name)
        .join(Person, Person.id == entry_members.c.person_id)
        .where(entry_members.c.entry_id.in_(ids))
        .order_by(entry_members.c.entry_id, Person.full_name)
    )
    members: dict[uuid.UUID, list[str]] = {}
    for entry_id, name in rows:
        members.setdefault(entry_id, []).append(name)
    for entry_id, names in members.items():
        out[entry_id]["members"] = "; ".join(names)
    return out


def _agreement_lists(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, str]]:
    out: dict[uuid.UUID, dict[str, str]] = {i: {"parties": ""} for i in ids}
    parties: dict[uuid.UUID, list[str]] = {}
    for agreement_id, name in session.execute(
        select(agreement_parties.c.agreement_id, Organization.display_name)
        .join(Organization, Organization.id == agreement_parties.c.organization_id)
        .where(agreement_parties.c.agreement_id.in_(ids))
        .order_by(agreement_parties.c.agreement_id, Organization.display_name)
    ):
        parties.setdefault(agreement_id, []).append(name)
    for agreement_id, names in parties.items():
        out[agreement_id]["parties"] = "; ".join(names)
    return out


SPECS: dict[ExportKind, ExportSpec] = {
    ExportKind.PARTNERS: ExportSpec(
        ExportKind.PARTNERS,
        listing.PARTNERS,
        (
            _c(_P, "name_en", Organization.name_en),
            _c(_P, "name_native", Organization.name_native),
            _c(_P, "short_name", Organization.short_name),
            _c(_P, "country", Organization.country),
            _c(_P, "province", Organization.province),
            _c(_P, "city", Organization.city),
            _c(_P, "org_type", Organization.org_type),
            _c(_P, "alliance_role", Organization.alliance_role),
            _c(_P, "membership_status", Organization.membership_status),
            _c(_P, "joined_on", Organization.joined_on),
            _c(_P, "website", Organization.website),
            _c(_P, "contact_name", Organization.contact_name),
            _c(_P, "email", Organization.email),
            _c(_P, "phone", Organization.phone),
            _c(_P, "address", Organization.address),
            _c(_P, "aliases", Organization.aliases),
            _c(_P, "notes", Organization.notes),
        ),
        lambda stmt: stmt,
    ),
    ExportKind.PEOPLE: ExportSpec(
        ExportKind.PEOPLE,
        listing.PEOPLE,
        (*_PERSON_COLUMNS, _c(_PE, "notes", Person.notes)),
        lambda stmt: stmt.outerjoin(_org, _org.id == Person.organization_id),
        consent=Person.contact_consent,
    ),
    ExportKind.DELEGATES: ExportSpec(
        ExportKind.DELEGATES,
        listing.DELEGATES,
        (
            *_PERSON_COLUMNS,
            EVENT_OF_DELEGATE,
            _c(_DE, "role", Participation.role),
            _c(_DE, "attendance_mode", Participation.attendance_mode),
            _c(_DE, "status", Participation.status),
            CHECKED_IN,
            TICKET_CODE,
            _c(_DE, "notes", Participation.notes),
        ),
        lambda stmt: (
            stmt.join(Person, Person.id == Participation.person_id)
            .outerjoin(_org, _org.id == Person.organization_id)
            .join(_event, _event.id == Participation.event_id)
        ),
        consent=Person.contact_consent,
    ),
    ExportKind.ENTRIES: ExportSpec(
        ExportKind.ENTRIES,
        listing.ENTRIES,
        (
            _c(_EN, "track_id", _track.name),
            _c(_TR, "name_zh", _track.name_zh),
            RANK,
            _c(_EN, "team_name", Entry.team_name),
            _c(_EN, "members"),
            _c(_EN, "organization_id", _org.display_name),
            _c(_EN, "country", Entry.country),
            _c(_EN, "score", Entry.score),
            _c(_EN, "medal", Entry.medal),
            _c(_EN, "status", Entry.status),
            _c(_EN, "notes", Entry.notes),
        ),
        lambda stmt: stmt.join(_track, _track.id == Entry.track_id).outerjoin(
            _org, _org.id == Entry.organization_id
        ),
        _entry_lists,
    ),
    ExportKind.AGREEMENTS: ExportSpec(
        ExportKind.AGREEMENTS,
        listing.AGREEMENTS,
        (
            _c(_AG, "title", Agreement.title),
            _c(_AG, "kind", Agreement.kind),
            _c(_AG, "status", Agreement.status),
            _c(_AG, "signed_on", Agreement.signed_on),
            _c(_AG, "expires_on", Agreement.expires_on),
            _c(_AG, "parties"),
            _c(_AG, "areas", Agreement.areas),
            _c(_AG, "notes", Agreement.notes),
        ),
        lambda stmt: stmt,
        _agreement_lists,
    ),
    ExportKind.EVENTS: ExportSpec(
        ExportKind.EVENTS,
        listing.EVENTS,
        (
            _c(_EV, "name", Event.name),
            _c(_EV, "kind", Event.kind),
            _c(_EV, "start_date", Event.start_date),
            _c(_EV, "end_date", Event.end_date),
            _c(_EV, "venue", Event.venue),
            _c(_EV, "city", Event.city),
            _c(_EV, "country", Event.country),
            _c(_EV, "mode", Event.mode),
            _c(_EV, "notes", Event.notes),
        ),
        lambda stmt: stmt,
    ),
}


def spec_for_list(list_key: str) -> ExportSpec | None:
    """The export of a page's list (by its ListSpec key), if it has one."""
    for spec in SPECS.values():
        if spec.list_spec.key == list_key:
            return spec
    return None


@dataclass(frozen=True)
class ExportOptions:
    format: str = "csv"  # "csv" or "xlsx"
    sheet: str = ""  # the .xlsx sheet's name: the list's ("Delegates"), translated by the window
    encoding: str = "utf-8-sig"
    columns: tuple[str, ...] | None = None  # None: every column (contact ones only if not share)
    share: bool = False
    bilingual: bool = False
    replace_unencodable: bool = False  # after the person saw the Unencodable warning


@dataclass
class ExportResult:
    path: Path
    rows: int
    columns: list[str]
    replaced: list[str] = field(default_factory=list)  # characters written as "?" (after warning)


def chosen_columns(spec: ExportSpec, options: ExportOptions) -> list[ExportColumn]:
    if options.columns:
        unknown = [k for k in options.columns if k not in {c.key for c in spec.columns}]
        if unknown:
            raise ExportError(
                "columns",
                MSG_COLUMNS,
                columns=", ".join(unknown),
                choices=", ".join(c.key for c in spec.columns),
            )
        chosen = [spec.column(k) for k in options.columns]
        # The office's internal notes never go to partners, whatever was ticked.
        return [c for c in chosen if not (options.share and c.internal)]
    return [c for c in spec.columns if not (options.share and c.private)]


def rows_of(
    session: Session, spec: ExportSpec, ids: Sequence[uuid.UUID], columns: Sequence[ExportColumn]
) -> Iterator[list[str]]:
    """The cells of *ids*, in that order, a batch at a time."""
    sql_columns = [c for c in columns if c.expr is not None]
    # Where each column's value is in a result row (after the id), or None for a list column.
    plan: list[tuple[int | None, str]] = []
    for c in columns:
        plan.append((1 + sql_columns.index(c) if c.expr is not None else None, c.key))
    model = spec.list_spec.model
    empty: dict[str, str] = {}
    for start in range(0, len(ids), BATCH):
        batch = list(ids[start : start + BATCH])
        stmt = (
            spec.query().add_columns(*(c.expr.label(c.key) for c in sql_columns)).where(model.id.in_(batch))
        )
        found = {row[0]: row for row in session.execute(stmt.execution_options(include_deleted=True))}
        extra = spec.lists(session, batch) if spec.lists is not None else {}
        for row_id in batch:
            values = found.get(row_id)
            if values is None:
                continue
            more = extra.get(row_id, empty)
            yield [cell_text(values[i]) if i is not None else more.get(key, "") for i, key in plan]


@dataclass(frozen=True)
class View:
    """What a list shows: its search, filters, order and parent (the event of a delegate list)."""

    order_by: str | None = None
    descending: bool = False
    parent_id: uuid.UUID | None = None
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    include_deleted: bool = False


def rows_of_view(
    session: Session, spec: ExportSpec, view: View, columns: Sequence[ExportColumn]
) -> Iterator[list[str]]:
    """The cells of every row the list shows, in its order, read in one pass: the list's own
    statement with the export's columns added (no ids go back and forth)."""
    ordered = listing.ordered_select(
        session,
        spec.list_spec,
        order_by=view.order_by,
        descending=view.descending,
        parent_id=view.parent_id,
        include_deleted=view.include_deleted,
        search=view.search,
        filters=view.filters,
    )
    sql_columns = [c for c in columns if c.expr is not None]
    needs_ids = spec.lists is not None and any(c.expr is None for c in columns)
    exprs, converters = zip(*(_fast(c) for c in sql_columns), strict=True) if sql_columns else ((), ())
    stmt = spec.joins(ordered)
    stmt = (
        stmt.add_columns(*exprs) if needs_ids else stmt.with_only_columns(*exprs, maintain_column_froms=True)
    )
    # A Core statement on the session's connection: the list's own clauses already leave out
    # deleted rows, and the ORM's row handling would cost a tenth of the export.
    result = session.connection().execute(stmt.execution_options(yield_per=BATCH))
    offset = 1 if needs_ids else 0
    if not needs_ids and len(sql_columns) == len(columns) and not any(converters):
        for chunk in result.partitions():  # plain text only: the rows are the cells
            yield from chunk  # type: ignore[misc]
        return
    plan = [
        (offset + sql_columns.index(c), converters[sql_columns.index(c)])
        if c.expr is not None
        else (None, c.key)
        for c in columns
    ]
    empty: dict[str, str] = {}
    for chunk in result.partitions():
        extra = spec.lists(session, [row[0] for row in chunk]) if needs_ids and spec.lists else {}
        for row in chunk:
            more = extra.get(row[0], empty) if needs_ids else empty
            yield [
                more.get(conv, "") if i is None else (conv(row[i]) if conv else row[i])  # type: ignore[operator]
                for i, conv in plan
            ]


def _fast(column: ExportColumn) -> tuple[Any, Callable[[Any], str] | None]:
    """The column as SQL giving text where the database can (empty for NULL), and the conversion
    still needed in Python (None when the value is the cell already)."""
    expr = column.expr
    sql_type = getattr(expr, "type", None)
    enum_class = getattr(sql_type, "enum_class", None)
    if enum_class is not None:
        labels = {m.value: str(getattr(m, "label", m.value)) for m in enum_class}
        labels[""] = ""
        raw = func.coalesce(type_coerce(expr, String), "").label(column.key)
        return raw, lambda v: labels.get(v, v) if isinstance(v, str) else cell_text(v)
    if isinstance(sql_type, (String, Text)) and not isinstance(sql_type, StrList):
        return func.coalesce(expr, "").label(column.key), None
    return expr.label(column.key), cell_text


def count_view(session: Session, spec: ExportSpec, view: View) -> int:
    return listing.count(
        session,
        spec.list_spec,
        parent_id=view.parent_id,
        include_deleted=view.include_deleted,
        search=view.search,
        filters=view.filters,
    )


def header_of(columns: Sequence[ExportColumn], bilingual: bool) -> list[str]:
    """The header row: each field's English header, with its Chinese name in brackets when
    *bilingual* (the importer ignores a bracketed remark). A header without a zh_CN translation
    yet stays English only."""
    return [f"{c.label} ({c.label_zh})" if bilingual and c.label_zh else c.label for c in columns]


_CONSENTED = "_consented"


def _consent_gate(spec: ExportSpec, columns: Sequence[ExportColumn], options: ExportOptions) -> bool:
    """Whether the rows must be read with their consent, to leave contact cells out."""
    return bool(options.share and spec.consent is not None and any(c.contact for c in columns))


def _consent_column(spec: ExportSpec) -> ExportColumn:
    return ExportColumn(_CONSENTED, "", case((spec.consent == ContactConsent.YES, "1"), else_=""))


def _withhold_contacts(rows: Iterable[Sequence[str]], columns: Sequence[ExportColumn]) -> Iterator[list[str]]:
    """The rows without their last (consent) cell, and with every contact cell empty where the
    person did not say yes."""
    contact = [i for i, c in enumerate(columns) if c.contact]
    for row in rows:
        cells = list(row)
        if cells.pop() != "1":
            for i in contact:
                cells[i] = ""
        yield cells


def _for_people(
    rows: Iterable[Sequence[str]], columns: Sequence[ExportColumn], share: bool
) -> Iterable[Sequence[str]]:
    """The cells as a person reads them where the stored form is for machines: phone numbers in
    international format ("+92 321 9203098", which a spreadsheet shows as text), and for partners
    (*share*) country and province names instead of codes (the importer reads both)."""
    phones = [i for i, c in enumerate(columns) if c.kind is ValueKind.PHONE]
    places = [
        (i, c.kind)
        for i, c in enumerate(columns)
        if share and c.kind in (ValueKind.COUNTRY, ValueKind.PROVINCE)
    ]
    if not phones and not places:
        return rows
    return _rewritten(rows, phones, places)


def _rewritten(
    rows: Iterable[Sequence[str]], phones: Sequence[int], places: Sequence[tuple[int, ValueKind]]
) -> Iterator[list[str]]:
    for row in rows:
        cells = list(row)
        for i in phones:
            if cells[i]:
                cells[i] = international(cells[i])
        for i, kind in places:
            if cells[i]:
                cells[i] = display(kind, cells[i])
        yield cells


@contextmanager
def _writing(destination: Path) -> Iterator[Path]:
    """:func:`atomic_write`, with a file that cannot be written worded as an :class:`ExportError`."""
    try:
        with atomic_write(destination) as tmp:
            yield tmp
    except OSError as exc:
        raise ExportError("write", MSG_WRITE, path=str(destination), reason=failure_reason(exc)) from exc


def write_table(
    destination: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    options: ExportOptions,
    *,
    total: int = 0,
    progress: Progress | None = None,
    phones: frozenset[int] = frozenset(),
    sheet: str = "Export",
) -> tuple[int, list[str]]:
    """Write a CSV or .xlsx file atomically; returns (rows written, characters replaced). The
    columns *phones* hold phone numbers: a number in international format is written as it is (see
    :func:`spreadsheet.phone_cell`); every other cell of a CSV that could start a formula gets its
    ``'``. *sheet* names the .xlsx sheet."""
    destination = Path(destination)
    replaced: dict[str, None] = {}
    count = 0
    with _writing(destination) as tmp:
        if options.format == "xlsx":
            count = _write_xlsx(tmp, header, rows, total, progress, sheet)
        else:
            encoding = options.encoding
            with tmp.open("w", encoding=encoding, errors="strict", newline="") as fh:
                writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
                check = not encoding.startswith("utf")
                bad = [0]  # cells holding a character the encoding cannot
                writer.writerow(_encodable(list(header), encoding, replaced, bad))
                for row in rows:
                    if phones:
                        cells = [phone_cell(c) if i in phones else neutralise(c) for i, c in enumerate(row)]
                    else:
                        cells = [neutralise(c) for c in row]
                    if any("\x00" in c for c in cells):  # no spreadsheet (nor our importer) reads a NUL
                        cells = [c.replace("\x00", "") for c in cells]
                    writer.writerow(_encodable(cells, encoding, replaced, bad) if check else cells)
                    count += 1
                    if progress is not None and count % 1000 == 0:
                        progress(count, total)
            if replaced and not options.replace_unencodable:  # all of them listed, in one pass
                raise Unencodable(encoding, list(replaced), bad[0])
        if progress is not None:  # the last chance to cancel: before the file replaces anything
            progress(count, total or count)
    return count, list(replaced)


def _encodable(row: Sequence[str], encoding: str, replaced: dict[str, None], bad: list[int]) -> list[str]:
    """*row* with every character *encoding* cannot hold written as ``?`` and remembered."""
    out = []
    for cell in row:
        try:
            cell.encode(encoding)
            out.append(cell)
        except UnicodeEncodeError:
            bad[0] += 1
            fixed = []
            for ch in cell:
                try:
                    ch.encode(encoding)
                    fixed.append(ch)
                except UnicodeEncodeError:
                    replaced.setdefault(ch)
                    fixed.append("?")
            out.append("".join(fixed))
    return out


#: Rows read ahead to fit the .xlsx columns' widths (a write-only sheet sets them before any row).
FIT_ROWS = 500
#: The widest a fitted .xlsx column gets (characters): a long address wraps out of sight, not the sheet.
MAX_WIDTH = 60
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_title(name: str) -> str:
    """*name* as an .xlsx sheet can be called: without ``[ ] : * ? / \\``, at most 31 characters."""
    title = " ".join(name.translate(_SHEET_FORBIDDEN).split()).strip("'")[:31]
    return title or "Export"


def _width(text: str) -> int:
    """How many character widths *text* takes in a spreadsheet (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    total: int,
    progress: Progress | None,
    title: str = "Export",
) -> int:
    """A write-only workbook of text cells: the sheet named *title*, a bold header kept in view
    (frozen) and columns as wide as the header and the first :data:`FIT_ROWS` rows need."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title(title))
    bold = Font(bold=True)
    rows = iter(rows)
    ahead = list(itertools.islice(rows, FIT_ROWS))
    widths = [_width(h) for h in header]
    for row in ahead:
        for i, c in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], max((_width(line) for line in c.splitlines()), default=0))
    for i, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(w + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    rows = itertools.chain(ahead, rows)

    def text_cell(value: str, *, head: bool = False) -> Any:
        cell = WriteOnlyCell(sheet, value=_xlsx_safe(value))
        cell.data_type = "s"  # text: never a number, a date or a formula
        cell.number_format = "@"
        if head:
            cell.font = bold
        return cell

    sheet.append([text_cell(h, head=True) for h in header])
    count = 0
    for row in rows:
        sheet.append([text_cell(c) for c in row])
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count, total)
    book.save(path)
    return count


def _xlsx_safe(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def export(
    session: Session,
    kind: ExportKind,
    destination: Path,
    options: ExportOptions,
    *,
    ids: Sequence[uuid.UUID] | None = None,
    view: View | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Export *ids* (in that order: the selected rows) or what the list shows with *view* (its
    search, filters and order; by default every live record in the list's order). With GBK or
    GB18030, a character the encoding cannot hold stops the export with :class:`Unencodable` listing
    all of them (nothing is written), unless ``options.replace_unencodable``."""
    spec = SPECS[kind]
    columns = chosen_columns(spec, options)
    header = header_of(columns, options.bilingual)
    gate = _consent_gate(spec, columns, options)
    read = [*columns, _consent_column(spec)] if gate else columns
    rows: Iterable[Sequence[str]]
    if ids is not None:
        rows, total = rows_of(session, spec, ids, read), len(ids)
    else:
        view = view or View()
        rows, total = rows_of_view(session, spec, view, read), count_view(session, spec, view)
    if gate:
        rows = _withhold_contacts(rows, columns)
    rows = _for_people(rows, columns, options.share)
    phones = frozenset(i for i, c in enumerate(columns) if c.kind is ValueKind.PHONE)
    sheet = options.sheet or spec.list_spec.title
    count, replaced = write_table(
        destination, header, rows, options, total=total, progress=progress, phones=phones, sheet=sheet
    )
    return ExportResult(Path(destination), count, [c.key for c in columns], replaced)


# --- the whole database ----------------------------------------------------------------------------

#: Tables a full export leaves out on purpose, and why. Every other table of the metadata is carried,
#: so a table added later travels without anyone remembering to list it here.
FULL_EXPORT_LEFT_OUT: dict[str, str] = {
    # They describe a database, not its content: the database loading the export keeps its own.
    "site": "this database's own site id and the laptops it knows",
    "sync_state": "the sequence numbers exchanged with each laptop",
    "sync_package": "the packages merged here (a laptop's package is for this office only)",
    # Review work tied to the packages above; the values stay in the change log.
    "sync_conflict": "conflicts of merged packages",
    "sync_duplicate": "possible duplicates found by merges",
    # Derived data: the database loading the export copies each record's search_keys column into
    # it (its triggers), and computes them again when its rules differ.
    "search_key": "derived from the people's and partners' names",
}

#: Tables in a full export, parents first (from the metadata).
FULL_TABLES: tuple[str, ...] = tuple(
    t.name for t in Base.metadata.sorted_tables if t.name not in FULL_EXPORT_LEFT_OUT
)


def _tables() -> dict[str, Table]:
    return {name: Base.metadata.tables[name] for name in FULL_TABLES}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def export_all(session: Session, destination: Path, *, progress: Progress | None = None) -> dict[str, int]:
    """Every table as a UTF-8 (BOM) CSV with ids, in one .zip with manifest.json (versions and
    counts). Empty cells are NULL; tombstoned rows are included (deleted_at says so)."""
    from tvet_alliance.persistence import migrate

    destination = Path(destination)
    tables = _tables()
    totals = {
        name: int(session.execute(select(func.count()).select_from(t)).scalar_one())
        for name, t in tables.items()
    }
    done = 0
    with _writing(destination) as tmp:  # the archive closes, then the rename
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, table in tables.items():
                with (
                    archive.open(f"{name}.csv", "w") as raw,
                    io.TextIOWrapper(raw, "utf-8-sig", newline="") as fh,
                ):
                    writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
                    writer.writerow([c.name for c in table.columns])
                    order = [*table.primary_key.columns]
                    for row in session.execute(select(table).order_by(*order)):
                        writer.writerow([_cell(v) for v in row])
                        done += 1
                        if progress is not None and done % 2000 == 0:
                            progress(done, sum(totals.values()))
                fault_point("export-table")  # one table in the zip (for the crash-safety tests)
            revision = migrate.current_revision(session.connection())
            manifest = {
                "format": "tvet-alliance-full-export",
                "format_version": 1,
                "app_version": __version__,
                "schema_revision": revision,
                "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "tables": totals,
            }
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        fault_point("export-written")  # the zip whole, not yet renamed
    return totals


def load_all(session: Session, source: Path) -> dict[str, int]:
    """Load a full export into this (empty) database, in one transaction; the caller commits.

    Nothing in the zip is trusted: the manifest must be an object naming every table with its count,
    every table must be there with exactly its columns, every row whole and every value valid for its
    column and field (:mod:`tvet_alliance.domain.incoming`), the rows read must be as many as the
    manifest says, and the rows must fit together (foreign keys, unique values). Cells are read as a
    stream, each at most :data:`incoming.CELL_LIMIT` characters. Any problem raises one
    :class:`ExportError` and the caller's transaction is rolled back: nothing is loaded."""
    from sqlalchemy.exc import DBAPIError

    from tvet_alliance.persistence import migrate

    tables = _tables()
    if not stats.is_empty(session):
        raise ExportError("not_empty", MSG_NOT_EMPTY)

    def bad(reason: str) -> ExportError:
        return ExportError("not_export", MSG_NOT_EXPORT, path=str(source), reason=reason)

    try:
        archive = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise bad(failure_reason(exc) if isinstance(exc, OSError) else str(exc)) from exc
    counts: dict[str, int] = {}
    limit = csv.field_size_limit()
    csv.field_size_limit(incoming.CELL_LIMIT)
    name = "manifest.json"
    try:
        with archive:
            manifest = _manifest(archive, tables, bad)
            if manifest.get("schema_revision") != migrate.current_revision(session.connection()):
                raise bad(f"schema {manifest.get('schema_revision')}, this database has another")
            expected: dict[str, int] = manifest["tables"]
            # The rows are written as they were (timestamps, versions and the change log included).
            writer = BulkWriter(session, log=False)
            parents: dict[tuple[str, Any], dict[str, Any]] = {}
            for name, table in tables.items():
                counts[name] = _load_table(archive, name, table, writer, bad, parents)
                if counts[name] != expected[name]:
                    raise bad(f"{name}.csv holds {counts[name]} rows, the manifest says {expected[name]}")
            writer.finish()
    except (zipfile.BadZipFile, UnicodeDecodeError, csv.Error, OSError, EOFError) as exc:
        raise bad(f"{name}.csv cannot be read ({type(exc).__name__}: {str(exc)[:200]})") from exc
    except DBAPIError as exc:  # a foreign key to a row that is not there, a repeated unique value
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        raise bad(f"the rows of {name}.csv do not fit the others ({reason[:200]})") from exc
    finally:
        csv.field_size_limit(limit)
    return counts  # the people search index followed the inserts through its triggers


def _manifest(
    archive: zipfile.ZipFile, tables: dict[str, Table], bad: Callable[[str], ExportError]
) -> dict[str, Any]:
    """The export's manifest.json, checked: an object of this format naming every table's count."""
    try:
        info = archive.getinfo("manifest.json")
    except KeyError as exc:
        raise bad("no manifest.json") from exc
    if info.file_size > 1_000_000:
        raise bad("manifest.json is too large")
    try:
        manifest = json.loads(archive.read(info))
    except ValueError as exc:
        raise bad("manifest.json is not JSON") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != "tvet-alliance-full-export":
        raise bad("manifest.json is not the manifest of a full export")
    declared = manifest.get("tables")
    if not isinstance(declared, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in declared.values()
    ):
        raise bad("manifest.json has no table counts")
    missing = [t for t in tables if t not in declared]
    if missing:
        raise bad(f"manifest.json does not list the table {missing[0]}")
    unknown = [t for t in declared if t not in tables]
    if unknown:
        raise bad(f"manifest.json lists the unknown table {unknown[0]}")
    names = set(archive.namelist())
    absent = [t for t in tables if f"{t}.csv" not in names]
    if absent:
        raise bad(f"{absent[0]}.csv is missing")
    return manifest


#: The longest line of a CSV a full export may hold (characters): read line by line, a cell of a
#: gigabyte without a line break would otherwise be read whole before the cell limit is seen.
LINE_LIMIT = 4 * incoming.CELL_LIMIT


def _bounded_lines(fh: io.TextIOWrapper) -> Iterator[str]:
    while line := fh.readline(LINE_LIMIT + 1):
        if len(line) > LINE_LIMIT:
            raise csv.Error(f"a line longer than {LINE_LIMIT:,} characters")
        yield line


#: What the rules of a child row read of its parent (a person's phone region, an entry's score limit).
_PARENT_FIELDS = {"organization": ("country",), "skill_track": ("max_score", "team_size")}


def _load_table(
    archive: zipfile.ZipFile,
    name: str,
    table: Table,
    writer: BulkWriter,
    bad: Callable[[str], ExportError],
    parents: dict[tuple[str, Any], dict[str, Any]],
) -> int:
    """Insert the rows of one table's CSV, checked row by row (values and the model's rules, with
    the *parents* loaded before); returns how many."""
    keep = _PARENT_FIELDS.get(name)
    count = 0
    with archive.open(f"{name}.csv") as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as fh:
        reader = csv.reader(_bounded_lines(fh))
        header = next(reader, None)
        if header is None:
            raise bad(f"{name}.csv is empty (no header)")
        if len(set(header)) != len(header) or set(header) != {c.name for c in table.c}:
            extra = [h for h in header if h not in table.c]
            lacking = [c.name for c in table.c if c.name not in header]
            what = (
                f"the unknown column {extra[0]!r}"
                if extra
                else f"no column {lacking[0]!r}"
                if lacking
                else "a repeated column"
            )
            raise bad(f"{name}.csv has {what}")
        for record in reader:
            if len(record) != len(header):
                raise bad(f"row {reader.line_num} of {name}.csv has {len(record)} cells, not {len(header)}")
            try:
                values = incoming.row_values(
                    table, {h: c or None for h, c in zip(header, record, strict=True)}
                )
                incoming.check_row(name, values, lambda t, i: parents.get((t, i)))
            except incoming.BadValue as exc:
                raise bad(f"row {reader.line_num} of {name}.csv: {exc}") from exc
            writer.insert(table, values)
            if keep is not None:
                parents[name, values["id"]] = {k: values[k] for k in keep}
            count += 1
            if count % BATCH == 0:
                writer.flush()
        writer.flush()
    return count
