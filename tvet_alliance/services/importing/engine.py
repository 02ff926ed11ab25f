"""Validate, deduplicate and write an import; revert it later.

One call of :func:`run` streams the file once: each row is mapped, normalised, validated with the
domain's own rules (a transient model object's ``validate()``), matched against the database and the
rows before it, and written in chunks, in one transaction, through the bulk writer
(:mod:`tvet_alliance.persistence.bulk`: Core statements, the same bookkeeping as the window's edits). A test
import (``apply=False``) does all of it and rolls back. The run is recorded as an
:class:`ImportBatch`; its change-log rows (one row image per record created, one row per field
updated, all carrying the batch id) let :func:`revert` undo it, updates included.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    Agreement,
    Certificate,
    ChangeLog,
    CheckIn,
    Entry,
    Event,
    ImportBatch,
    MarkingAspect,
    Organization,
    Participation,
    Person,
    SkillTrack,
    catalog,
    rules,
)
from tvet_alliance.domain import validation as v
from tvet_alliance.domain.base import Base, utcnow, uuid7
from tvet_alliance.domain.changelog import INFO_BATCH, deserialize, serialize
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.domain.errors import CodedError, FieldError, ValidationFailed
from tvet_alliance.domain.models import MSG_RESULTS_LOCKED
from tvet_alliance.domain.names import OrgIndex, name_key, partner_name, person_keys
from tvet_alliance.domain.search_keys import identity_keys
from tvet_alliance.domain.values import TEXT_KINDS, ValueKind, display, is_list, split_list
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence.bulk import BulkWriter
from tvet_alliance.progress import Progress
from tvet_alliance.services.importing import normalize as n
from tvet_alliance.services.importing.fields import FIELDS, ONE_OF, ImportField, ImportKind
from tvet_alliance.services.importing.mapping import ColumnMapping, missing_required, value_key
from tvet_alliance.services.importing.source import Detection, ReadPosition, data_rows, read_table

CHUNK = 2000
#: Duplicates kept for review (per-row decisions); beyond them the default decision applies and
#: only the count grows, so a million-row file does not fill the memory.
KEEP_DUPLICATES = 10_000


class Decision(StrEnum):
    SKIP = "skip"
    UPDATE = "update"  # take every value the file has (a per-field "keep" overrides)
    CREATE = "create"
    FILL = "fill"  # fill empty fields only: a field the record already has keeps its value


#: The decisions that write the file's values into the existing record.
UPDATING = (Decision.UPDATE, Decision.FILL)


class ImportSetupError(CodedError):
    """The import cannot start (no event chosen, a required column not mapped...)."""

    context = "Import"


MSG_NO_EVENT = QT_TRANSLATE_NOOP("Import", "Choose the event the delegates come to.")
MSG_NO_COMPETITION = QT_TRANSLATE_NOOP("Import", "Choose the competition of the entries.")
MSG_UNKNOWN_EVENT = QT_TRANSLATE_NOOP("Import", "There is no event called {name}.")
MSG_UNKNOWN_COMPETITION = QT_TRANSLATE_NOOP("Import", "There is no competition called {name}.")
MSG_MISSING_COLUMN = QT_TRANSLATE_NOOP("Import", "No column is mapped to {fields}, which every row needs.")
MSG_RAGGED = QT_TRANSLATE_NOOP("Import", "This row has {cells} cells but the header has {columns}.")
MSG_NO_COUNTRY = QT_TRANSLATE_NOOP(
    "Import", "The new organisation {name} needs a country: add a country or nationality column."
)
MSG_NO_PARTNER = QT_TRANSLATE_NOOP(
    "Import", "The partner chosen for the organisation {name} no longer exists: choose again."
)
MSG_NEW_PARTNER_REFUSED = QT_TRANSLATE_NOOP(
    "Import", "There is no partner called {name}, and this import creates none."
)
#: the names of the partners an import created that a report keeps (``created_by_table`` counts all)
KEEP_CREATED_NAMES = 1000
MSG_SCORE_MAX = QT_TRANSLATE_NOOP("Validation", "Score {score} is above the track's maximum of {max}.")
MSG_TEAM_SIZE = QT_TRANSLATE_NOOP("Validation", "{count} members, but this track takes teams of {size}.")
MSG_CONTROL_STRIPPED = QT_TRANSLATE_NOOP(
    "Import",
    "An invisible control character ({chars}) was taken out of this cell; the rest was imported.",
)
#: C0 controls but tab and line ends, DEL and C1: never text (``validation.check_text`` refuses them)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: those that stood between words (vertical tab, form feed, next line): a space
_CONTROL_SPACES = re.compile("[\x0b\x0c\x85]")
MSG_ALREADY_REVERTED = QT_TRANSLATE_NOOP("Import", "This import was already reverted on {at}.")
MSG_NO_BATCH = QT_TRANSLATE_NOOP("Import", "There is no import with the id {id}.")
MSG_LEFT_EMPTY = QT_TRANSLATE_NOOP("Import", "Left empty, as chosen: {problem}")
MSG_BLANK_REQUIRED = QT_TRANSLATE_NOOP(
    "Import", "{field} is needed in every row: it cannot be left empty. Fix the cells instead."
)


@dataclass
class RowError:
    row: int
    column: str
    message: str  # English, with the values filled in
    code: str = ""
    template: str = ""  # the translatable text, for the GUI
    params: dict[str, object] = field(default_factory=dict)
    #: the field key of the problem ("email"), when it is one field's; "" for the whole row
    key: str = ""

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class RowWarning(RowError):
    """Something in a row that is kept but worth a look (a phone in an unassigned range, a control
    character stripped): the row is imported, the warning is listed."""


#: warnings kept for review; ``Report.warning_count`` counts them all
KEEP_WARNINGS = 10_000


@dataclass
class FieldChange:
    """One field where a duplicate row's file value differs from the stored record's (the file
    has a value there): what the Duplicates page shows side by side, and what an update writes."""

    key: str  # the import field's key, as ImportOptions.field_decisions name it ("organization")
    label: str  # English, "Fields" context
    kind: ValueKind
    enum: type[StrEnum] | None
    stored: Any  # the record's value (a referenced record's name), None when it has none
    incoming: Any  # the file's value, read as the field's kind
    table: str = ""  # where it is written: "person" or "participation" for a delegate
    column: str = ""
    value: Any = None  # what is written (a referenced record's id)
    old: Any = None  # what it replaces, as stored
    row_id: uuid.UUID | None = None

    @property
    def stored_empty(self) -> bool:
        return self.stored in (None, "", [])

    def stored_text(self) -> str:
        return display(self.kind, self.stored, enum=self.enum)

    def incoming_text(self) -> str:
        return display(self.kind, self.incoming, enum=self.enum)

    def as_json(self) -> dict[str, object]:
        return {"field": self.key, "stored": self.stored_text(), "file": self.incoming_text()}


def takes_file_value(decision: Decision, change: FieldChange, chosen: dict[str, bool] | None) -> bool:
    """Whether an import with *decision* writes the file's value of *change*: *chosen* (the row's
    per-field decisions: True take the file's, False keep the stored) first, else every value
    (update) or only into an empty field (fill). Skip and create never change the record."""
    if decision not in UPDATING:
        return False
    if chosen and change.key in chosen:
        return chosen[change.key]
    return decision is Decision.UPDATE or change.stored_empty


@dataclass
class Duplicate:
    row: int
    table: str
    existing_id: uuid.UUID
    label: str  # the existing record as people know it ("Punjab TEVTA (PK)")
    incoming: str
    of_row: int | None  # when the match is an earlier row of the same file
    reason: str  # "name", "alias", "email", "phone", "registered"
    decision: Decision = Decision.SKIP
    #: The fields where the file has a value that differs from the stored one, in the file's order.
    fields: list[FieldChange] = field(default_factory=list)
    #: The keys of the fields the import wrote (or, in a test import, would write)
    written: list[str] = field(default_factory=list)

    def changes(
        self, decision: Decision | None = None, chosen: dict[str, bool] | None = None
    ) -> list[FieldChange]:
        """The fields an import would change with *decision* (default: the row's) and *chosen*."""
        decision = self.decision if decision is None else decision
        return [c for c in self.fields if takes_file_value(decision, c, chosen)]

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "existing": self.label,
            "incoming": self.incoming,
            "of_row": self.of_row,
            "reason": self.reason,
            "decision": self.decision.value,
            "fields": [c.as_json() for c in self.fields],
        }


@dataclass
class Report:
    detection: Detection
    kind: ImportKind
    header: list[str]
    rows: int = 0
    valid: int = 0
    invalid: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    #: The first :data:`KEEP_DUPLICATES` duplicates, for review; ``duplicate_count`` counts them all.
    duplicates: list[Duplicate] = field(default_factory=list)
    duplicate_count: int = 0
    errors: list[RowError] = field(default_factory=list)
    #: The first :data:`KEEP_WARNINGS` warnings of rows that were kept; ``warning_count`` counts all.
    warnings: list[RowWarning] = field(default_factory=list)
    warning_count: int = 0
    rejected: list[tuple[int, list[str], str]] = field(default_factory=list)
    #: the cells of the first rows kept with warnings (row number, cells), for the Check page
    warned_rows: list[tuple[int, list[str]]] = field(default_factory=list)
    applied: bool = False
    batch_id: uuid.UUID | None = None
    created_by_table: dict[str, int] = field(default_factory=dict)
    #: the partners a people, delegates or entries import created for the organisations it named
    #: (their names as the file writes them, the first :data:`KEEP_CREATED_NAMES`)
    organizations_created: list[str] = field(default_factory=list)

    @property
    def partners_created(self) -> int:
        """How many partners the import created (for a partners import, its rows; otherwise the
        organisations its rows named that no partner matched)."""
        return self.created_by_table.get("organization", 0)

    def as_json(self) -> dict[str, object]:
        d = self.detection
        return {
            "detected": {
                "encoding": d.encoding,
                "delimiter": d.delimiter,
                "header_row": d.header_row,
                **({"sheet": d.sheet} if d.is_xlsx else {}),
                "alternatives": [a.encoding for a in d.alternatives],
            },
            "kind": self.kind.value,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "duplicates": self.duplicate_count,
            "applied": self.applied,
            "batch": str(self.batch_id) if self.applied and self.batch_id else None,
            "partners_created": self.partners_created,
            "organizations_created": list(self.organizations_created),
            "errors": [e.as_json() for e in self.errors],
            "warnings": [w.as_json() for w in self.warnings],
            # what each updated duplicate had and got, field by field (the first KEEP_DUPLICATES)
            "updates": [
                {
                    "row": d.row,
                    "existing": d.label,
                    "fields": [c.as_json() for c in d.fields if c.key in d.written],
                }
                for d in self.duplicates
                if d.written
            ],
        }


@dataclass
class ImportOptions:
    kind: ImportKind
    on_duplicate: Decision = Decision.SKIP
    decisions: dict[int, Decision] = field(default_factory=dict)  # row number -> decision
    event_id: uuid.UUID | None = None
    competition_id: uuid.UUID | None = None
    #: field key -> {the file's text (mapping.value_key) -> choice code, or None: leave it empty}
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    #: field key -> the text every row gets ("country" -> "China"), as if a column held it
    constants: dict[str, str] = field(default_factory=dict)
    #: (row number, field key) -> the text typed in the Check page's grid instead of the file's
    fixes: dict[tuple[int, str], str] = field(default_factory=dict)
    #: (field key, error code): leave the field empty in every row with this problem
    blank: set[tuple[str, str]] = field(default_factory=set)
    #: row number -> {field key: True to take the file's value, False to keep the stored one}
    field_decisions: dict[int, dict[str, bool]] = field(default_factory=dict)
    #: an organisation's name as the file writes it -> the partner chosen for it, "create", or None
    #: (leave the person's organisation empty); names not here are matched (and created) as before
    organizations: dict[str, uuid.UUID | str | None] = field(default_factory=dict)
    #: False: a row naming an organisation no partner matches (and not in ``organizations``) is
    #: rejected instead of creating the partner (CLI ``--no-new-partners``)
    new_organizations: bool = True


#: ``ImportOptions.organizations``: create the partner the file names
CREATE_ORGANIZATION = "create"


class _LeaveEmpty(Exception):
    """The value map says: leave this field empty."""


# --- the run ---------------------------------------------------------------------------------------


_TABLES: dict[str, type[Any]] = {
    "organization": Organization,
    "person": Person,
    "participation": Participation,
    "skill_track": SkillTrack,
    "entry": Entry,
}


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


class _Run:
    def __init__(
        self,
        session: Session,
        header: list[str],
        mapping: ColumnMapping,
        options: ImportOptions,
        report: Report,
        *,
        file_name: str,
        sha256: str,
    ) -> None:
        self.s = session
        self.header = header
        self.mapping = mapping
        self.options = options
        self.report = report
        self.kind = options.kind
        self.fields = {f.key: f for f in FIELDS[self.kind]}
        self.batch_id = uuid7()
        #: The bulk writer of this run (made by :meth:`start_batch`, once the indexes are loaded).
        self.writer: BulkWriter | None = None
        self.file_name, self.sha256 = file_name, sha256
        # Indexes for matching: key -> (id, label, row of this file or None)
        self.orgs: OrgIndex[tuple[uuid.UUID, str, int | None]] = OrgIndex()  # by name and abbreviation
        self.org_lookups: dict[str, tuple[uuid.UUID, str, int | None]] = {}
        self.org_country: dict[uuid.UUID, str] = {}
        #: the person's choices for the organisations the file names, by name key (any case or width)
        self.org_choices: dict[str, uuid.UUID | str | None] = {
            name_key(name): choice for name, choice in options.organizations.items() if name_key(name)
        }
        self.org_labels: dict[uuid.UUID, str] = {}  # an organisation's name, as a duplicate's field shows it
        # People are matched chunk by chunk, never all held in memory: ``known`` holds the database's
        # people found for the current chunk's e-mails, phones and names (rows written by earlier
        # chunks included), ``fresh`` the people created by the current chunk. Keys: "e:" e-mail,
        # "p:" phone, "n:" name key + organisation.
        self.known: dict[str, tuple[uuid.UUID, str, int | None]] = {}
        self.fresh: dict[str, tuple[uuid.UUID, str, int | None]] = {}
        self.prefetched = False
        #: hash of a "n:" key -> the person's id (16 bytes); 64-bit hashes of a million names
        #: collide with a chance of about one in 30 million.
        self.names: dict[int, bytes] = {}
        self.registered: dict[uuid.UUID, tuple[uuid.UUID, int | None]] = {}  # person -> participation
        self.tracks: dict[str, tuple[uuid.UUID, Decimal, int]] = {}
        self.locked_tracks: dict[uuid.UUID, str] = {}  # tracks whose results are confirmed, by id
        self.entries: dict[tuple[uuid.UUID, str], tuple[uuid.UUID, str, int | None]] = {}
        #: tracks with a marking scheme: their entries' scores are computed from marks, never imported
        self.marked_tracks: set[uuid.UUID] = set()
        self.event_country: str | None = None
        #: "left empty" warnings of the rows being validated, noted once a row is kept (chunk)
        self.pending: dict[int, list[RowError]] = {}
        self._keys: dict[str, str] | None = None  # column name -> field key (_error)
        #: the chunk's duplicates to compare with their records (and update), with those records
        self.deferred: list[tuple[Duplicate, list[tuple[type[Any], uuid.UUID, dict[str, Any]]]]] = []

    # -- setup --------------------------------------------------------------------------------------

    def load_indexes(self) -> None:
        s = self.s
        for oid, name_en, native, short, aliases, country in s.execute(
            select(
                Organization.id,
                Organization.name_en,
                Organization.name_native,
                Organization.short_name,
                Organization.aliases,
                Organization.country,
            )
        ):
            label = f"{partner_name(name_en, native)} ({country})"
            self.org_country[oid] = country
            self.org_labels[oid] = partner_name(name_en, native) or label
            self.index_org((name_en, native, short, *(aliases or [])), (oid, label, None))
        for name, choice in self.options.organizations.items():
            if isinstance(choice, uuid.UUID) and choice not in self.org_labels:
                raise ImportSetupError("no_partner", MSG_NO_PARTNER, name=name)
        if self.kind in (ImportKind.PEOPLE, ImportKind.DELEGATES, ImportKind.ENTRIES):
            # Name + organisation of every live person, packed (a hash -> 16 bytes): about 100 bytes
            # a person, where whole records would take a kilobyte.
            # Names in any script or spelling (search_keys.identity_keys: 张伟 = "Zhang Wei").
            for pid, full_name, native, org in s.execute(
                select(Person.id, Person.full_name, Person.name_native, Person.organization_id)
                .where(Person.deleted_at.is_(None))
                .order_by(Person.id.desc())  # uuid7 order: the oldest person is written last and stays
            ):
                for key in identity_keys(full_name, native):
                    self.names[hash(f"n:{key}\x1f{org.hex if org else ''}")] = pid.bytes
                    self.names[hash(f"n:{key}\x1f")] = pid.bytes
        if self.kind is ImportKind.DELEGATES:
            event = s.get(Event, self.options.event_id) if self.options.event_id else None
            if event is None:
                raise ImportSetupError("no_event", MSG_NO_EVENT)
            self.event_country = event.country
        if self.kind is ImportKind.ENTRIES:
            if self.options.competition_id is None:
                raise ImportSetupError("no_competition", MSG_NO_COMPETITION)
            for tid, tname, tname_zh, max_score, size, confirmed in s.execute(
                select(
                    SkillTrack.id,
                    SkillTrack.name,
                    SkillTrack.name_zh,
                    SkillTrack.max_score,
                    SkillTrack.team_size,
                    SkillTrack.results_confirmed_at,
                ).where(SkillTrack.competition_id == self.options.competition_id)
            ):
                if confirmed is not None:
                    self.locked_tracks[tid] = tname
                # A track is found by its English or its Chinese name (焊接 for Welding).
                for key in {name_key(tname), name_key(tname_zh or "")} - {""}:
                    self.tracks.setdefault(key, (tid, Decimal(max_score), size))
            track_ids = sorted({t[0] for t in self.tracks.values()})
            if track_ids:
                self.marked_tracks = set(
                    s.scalars(select(MarkingAspect.track_id).where(MarkingAspect.track_id.in_(track_ids)))
                )
                for eid, tid, team in s.execute(
                    select(Entry.id, Entry.track_id, Entry.team_name).where(Entry.track_id.in_(track_ids))
                ):
                    if team:
                        self.entries[(tid, name_key(team))] = (eid, team, None)

    def start_batch(self) -> None:
        """Start writing: the batch, and the bulk writer whose change-log rows point to it. People
        are indexed for search a chunk at a time, not by a trigger per row (4× faster)."""
        self.writer = writer = BulkWriter(self.s, batch_id=self.batch_id, index_in_bulk=True)
        assert writer.context is not None
        writer.insert(
            ImportBatch.__tablename__,
            {
                "id": self.batch_id,
                "file_name": self.file_name[:500],
                "sha256": self.sha256,
                "kind": self.kind.value,
                "user_name": writer.context.user,
                "at": writer.now,
            },
        )

    @property
    def w(self) -> BulkWriter:
        assert self.writer is not None, "start_batch() first"
        return self.writer

    # -- one row ------------------------------------------------------------------------------------

    def parse(self, number: int, cells: list[str]) -> tuple[dict[str, Any], list[RowError]]:
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        if len(cells) > len(self.header):
            errors.append(
                self._error(number, "", "ragged", MSG_RAGGED, cells=len(cells), columns=len(self.header))
            )
            return values, errors
        cells = self.without_controls(number, cells)
        raw = self.raw_cells(number, cells)
        for key, text in list(raw.items()):
            f = self.fields[key]
            try:
                values[key] = self._parse_value(f, text, raw, values)
            except _LeaveEmpty:
                del raw[key]
            except n.BadValue as exc:
                error = self._error(number, self._column(key), exc.code, exc.message, **exc.params)
                if (key, exc.code) in self.options.blank and not f.required:
                    del raw[key]  # "leave it empty in every row like this"
                    self.pending.setdefault(number, []).append(error)
                    continue
                errors.append(error)
        for f in self.fields.values():
            if f.required and f.key not in raw and not any(e.column == self._column(f.key) for e in errors):
                errors.append(
                    self._error(
                        number,
                        self._column(f.key),
                        "required",
                        QT_TRANSLATE_NOOP("Validation", "This field is required."),
                    )
                )
        return values, errors

    def without_controls(self, number: int, cells: list[str]) -> list[str]:
        """*cells* with the control characters of mapped columns taken out, each cell's noted as a
        warning (code ``control_character``, naming the column and the characters as U+0000).

        Stripped, not rejected: such a character is invisible, never typed on purpose (a NUL padding
        a field of an old export, a vertical tab for a line break) and never stored (every text rule
        refuses it); rejecting the row would lose a partner or a registration for a byte the person
        would delete anyway. A vertical tab, form feed or next-line becomes a space between words."""
        if _CONTROLS.search("\t".join(cells)) is None:  # the common case, at C speed
            return cells
        out = list(cells)
        for key, column in self.mapping.columns.items():
            if column < len(out) and (found := _CONTROLS.findall(out[column])):
                chars = ", ".join(dict.fromkeys(f"U+{ord(ch):04X}" for ch in found))
                out[column] = _CONTROLS.sub("", _CONTROL_SPACES.sub(" ", out[column]))
                self.warn(number, self._column(key), "control_character", MSG_CONTROL_STRIPPED, chars=chars)
        return out

    def raw_cells(self, number: int, cells: list[str]) -> dict[str, str]:
        """A row's texts by field key: the mapped columns, then the constant fields (which a column
        of the file fills first when it has a value), then what was typed in the Check page's grid."""
        raw = {}
        for key, column in self.mapping.columns.items():
            if column < len(cells):
                text = n.clean_text(cells[column])
                if text:
                    raw[key] = text
        for key, text in self.options.constants.items():
            if key in self.fields and key not in raw and (text := n.clean_text(text)):
                raw[key] = text
        if self.options.fixes:
            for key in self.fields:
                fixed = self.options.fixes.get((number, key))
                if fixed is not None:
                    if text := n.clean_text(fixed):
                        raw[key] = text
                    else:
                        raw.pop(key, None)
        return raw

    def _parse_value(self, f: ImportField, text: str, raw: dict[str, str], values: dict[str, Any]) -> Any:
        n.too_long(text, f.limit)
        kind = f.parse
        if kind is not ValueKind.PROVINCE:  # a province's text may be right for another row's country
            text = self._mapped(f.key, text)
        if is_list(kind):
            return split_list(kind, text)
        if kind in TEXT_KINDS:
            return text
        if kind is ValueKind.DATE:
            return n.parse_date(text)
        if kind is ValueKind.DECIMAL:
            return n.parse_decimal(text)
        if kind is ValueKind.INT:
            return n.parse_int(text)
        if kind is ValueKind.COUNTRY:
            return n.parse_country(text)
        if kind is ValueKind.PROVINCE:
            country = values.get("country")
            if country is None and "country" in raw:
                try:
                    country = n.parse_country(self._mapped("country", raw["country"]))
                except (n.BadValue, _LeaveEmpty):
                    country = None
            try:
                return n.parse_province(text, country)
            except n.BadValue:
                mapped = self._mapped(f.key, text)
                if mapped == text:
                    raise
                return n.parse_province(mapped, country)
        assert kind is ValueKind.ENUM and f.choices is not None
        return n.parse_choice(f.choices, text)

    def _mapped(self, key: str, text: str) -> str:
        """*text* through the person's value map (the Values page, --value, a saved mapping): the
        choice's code, or :class:`_LeaveEmpty`; a text the map does not know as it is."""
        chosen = self.options.values.get(key)
        if chosen:
            found = value_key(text)
            if found in chosen:
                code = chosen[found]
                if code is None:
                    raise _LeaveEmpty
                return code
        return text

    def _column(self, key: str) -> str:
        column = self.mapping.columns.get(key)
        if column is not None and column < len(self.header) and self.header[column]:
            return self.header[column]
        f = self.fields.get(key)
        return f.label if f else key

    def _key_of(self, column: str) -> str:
        """The field a problem's column name stands for ("" for the whole row)."""
        if self._keys is None:
            self._keys = {}
            mapped = [k for k in self.fields if k in self.mapping.columns]
            for key in (*mapped, *self.fields):  # a column's header first, then a field's label
                self._keys.setdefault(self._column(key), key)
        return self._keys.get(column, "")

    def _error(self, row: int, column: str, code: str, template: str, **params: object) -> RowError:
        key = self._key_of(column)
        return RowError(row, column, template.format(**params), code, template, dict(params), key)

    def _blanked(self, number: int, errors: list[RowError], values: dict[str, Any]) -> set[str]:
        """The fields of *values* whose problem the person chose to leave empty in every row
        (``ImportOptions.blank``; never a required field): the caller drops them and validates the
        row again. Each is noted as a warning of the row, should the row be kept."""
        blank = self.options.blank
        dropped: set[str] = set()
        if not blank:
            return dropped
        for error in errors:
            key = error.key
            f = self.fields.get(key)
            if f is not None and not f.required and key in values and (key, error.code) in blank:
                dropped.add(key)
                self.pending.setdefault(number, []).append(error)
        return dropped

    def _other_problems(self, number: int, values: dict[str, Any], errors: list[RowError]) -> list[RowError]:
        """A row the parser refused: the domain's problems of its other fields too, so the Check page
        shows them all at once (a phone is left to the next check: its country may be the bad cell)."""
        if any(not e.key for e in errors):  # a ragged row: its cells mean nothing
            return []
        bad = {e.key for e in errors}
        if self.kind is ImportKind.PARTNERS:
            keys = [f.key for f in FIELDS[ImportKind.PARTNERS]]
            given = {k: values[k] for k in keys if k in values and k not in ("phone", "province")}
            problems = Organization(**given).validate()
        else:
            keys = [f.name for f in catalog.PERSON.fields if f.kind is not ValueKind.REF]
            given = {k: values[k] for k in keys if k in values and k not in ("phone", "whatsapp")}
            problems = Person.check_values(given)[1]
        more = self._domain_errors(number, problems, {})
        # (a problem the person left empty is no problem here either: the row is rejected anyway)
        return [
            e
            for e in more
            if e.key in values and e.key not in bad and (e.key, e.code) not in self.options.blank
        ]

    def _keep(self, number: int, kept: bool) -> None:
        """The row's "left empty" warnings, listed when the row is kept."""
        for error in self.pending.pop(number, ()):
            if kept:
                self.warn(
                    number,
                    error.column,
                    "left_empty",
                    MSG_LEFT_EMPTY,
                    problem=error.message,
                    problem_code=error.code,
                    problem_template=error.template,
                    problem_params=error.params,
                )

    def warn(self, row: int, column: str, code: str, template: str, **params: object) -> None:
        """Note a warning on a row that is kept (its cells are not changed by this)."""
        self.report.warning_count += 1
        if len(self.report.warnings) < KEEP_WARNINGS:
            self.report.warnings.append(
                RowWarning(
                    row, column, template.format(**params), code, template, dict(params), self._key_of(column)
                )
            )

    def _domain_errors(
        self, number: int, errors: Iterable[FieldError], rename: dict[str, str]
    ) -> list[RowError]:
        out = []
        for e in errors:
            key = rename.get(e.field, e.field)
            out.append(RowError(number, self._column(key), e.text(), e.code, e.message, dict(e.params), key))
        return out

    # -- matching and writing ------------------------------------------------------------------------

    def decide(self, dup: Duplicate) -> Decision:
        return self.options.decisions.get(dup.row, self.options.on_duplicate)

    def create(self, model: type[Any], values: dict[str, Any]) -> uuid.UUID:
        row = self.w.insert(_table(model), values)
        table = _table(model).name
        self.report.created_by_table[table] = self.report.created_by_table.get(table, 0) + 1
        return uuid.UUID(str(row["id"]))

    def compare(
        self,
        model: type[Any],
        row_id: uuid.UUID,
        values: dict[str, Any],
        stored: dict[uuid.UUID, dict[str, Any]],
    ) -> list[FieldChange]:
        """The fields of *values* (a row's validated values) that have a value and differ from the
        stored record *row_id*: as :meth:`settle_duplicates` read it into *stored*, or, for a record
        this file created, the writer's pending insert."""
        table = _table(model)
        rec = catalog.record_of_model(model)
        assert rec is not None
        wanted = [k for k, value in values.items() if value not in (None, "", [])]
        if not wanted:
            return []
        row = self.w.pending(row_id)
        if row is None:
            row = stored.get(row_id)
            if row is None or any(k not in row for k in wanted):  # flushed since it was looked at
                found = self.s.execute(
                    select(*(table.c[k] for k in wanted)).where(table.c.id == row_id)
                ).one()
                row = stored[row_id] = {**(row or {}), **dict(zip(wanted, found, strict=True))}
        current = [row.get(k) for k in wanted]
        out = []
        for k, before in zip(wanted, current, strict=True):
            value = values[k]
            if value == before or serialize(value) == serialize(before):
                continue
            f = rec.field(k)
            kind, shown_before, shown_value = f.kind, before, value
            if kind is ValueKind.REF:  # an organisation, shown by its name
                kind = ValueKind.TEXT
                shown_before = self.org_labels.get(before, str(before)) if before else None
                shown_value = self.org_labels.get(value, str(value))
            out.append(
                FieldChange(
                    f.io_key,
                    f.header_label,
                    kind,
                    f.enum,
                    shown_before,
                    shown_value,
                    table.name,
                    k,
                    value,
                    before,
                    row_id,
                )
            )
        return out

    def write_changes(self, dup: Duplicate, stored: dict[uuid.UUID, dict[str, Any]]) -> bool:
        """Write what *dup*'s decision and the row's per-field decisions take from the file into
        the existing record(s); returns whether anything changed. The change log gets one row per
        field written, with its old value (revert restores it)."""
        by_row: dict[tuple[str, uuid.UUID], tuple[dict[str, Any], dict[str, Any]]] = {}
        for c in dup.changes(chosen=self.options.field_decisions.get(dup.row)):
            assert c.row_id is not None
            dup.written.append(c.key)
            changes, old = by_row.setdefault((c.table, c.row_id), ({}, {}))
            changes[c.column], old[c.column] = c.value, c.old
        for (table, row_id), (changes, old) in by_row.items():
            if self.w.pending(row_id) is not None:  # created earlier in this file: into its insert
                self.w.update(table, row_id, changes)
            else:
                self.w.update(table, row_id, changes, old)
                stored.setdefault(row_id, {}).update(changes)  # a later row of the file sees it
        return bool(by_row)

    def settle_duplicates(self) -> None:
        """Compare the chunk's duplicates with their records, read at once (one query per table
        for the chunk's duplicates, not one per row), and write the updates, in the file's order."""
        deferred, self.deferred = self.deferred, []
        if not deferred:
            return
        wanted: dict[type[Any], tuple[set[uuid.UUID], set[str]]] = {}
        for _dup, targets in deferred:
            for model, row_id, values in targets:
                if self.w.pending(row_id) is None:
                    ids, keys = wanted.setdefault(model, (set(), set()))
                    ids.add(row_id)
                    keys.update(k for k, value in values.items() if value not in (None, "", []))
        stored: dict[uuid.UUID, dict[str, Any]] = {}
        for model, (ids, keys) in wanted.items():
            table = _table(model)
            columns = [table.c[k] for k in sorted(keys)]
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                query = select(table.c.id, *columns).where(table.c.id.in_(ordered[start : start + 500]))
                for row in self.s.execute(query):
                    stored[row[0]] = dict(zip((c.name for c in columns), row[1:], strict=True))
        for dup, targets in deferred:
            dup.fields = [
                c for model, row_id, values in targets for c in self.compare(model, row_id, values, stored)
            ]
            if dup.decision in UPDATING:
                self.report.updated += int(self.write_changes(dup, stored))

    def flush(self) -> None:
        self.w.flush()

    # -- organisations --------------------------------------------------------------------------------

    def index_org(self, names: Iterable[str | None], entry: tuple[uuid.UUID, str, int | None]) -> None:
        self.orgs.add(names, entry)

    def org_choice(self, name: str) -> uuid.UUID | str | None:
        """What the person chose for the organisation *name* (``ImportOptions.organizations``): a
        partner's id, :data:`CREATE_ORGANIZATION`, None (leave it empty), or "" when nothing was chosen."""
        if not self.org_choices:
            return ""
        return self.org_choices.get(name_key(name), "")

    def find_org(self, name: str) -> tuple[uuid.UUID, str, int | None] | None:
        """The organisation a name means (remembered per spelling: a file names a few hundred
        organisations over and over): the partner chosen for it, else the one its names match."""
        if name in self.org_lookups:
            return self.org_lookups[name]
        choice = self.org_choice(name)
        if isinstance(choice, uuid.UUID):
            found: tuple[uuid.UUID, str, int | None] | None = (choice, self.org_labels[choice], None)
        elif choice is None:
            return None  # "leave empty"
        else:
            found = self._find_org(name)
        if found is not None:
            self.org_lookups[name] = found
        return found

    def _find_org(self, name: str) -> tuple[uuid.UUID, str, int | None] | None:
        return self.orgs.find(name)

    def org_for(
        self, number: int, name: str, country_of: Callable[[], str | None]
    ) -> tuple[uuid.UUID | None, RowError | None]:
        """The organisation called *name*, created when there is none (in the country *country_of*
        works out, asked only then)."""
        found = self.find_org(name)
        if found is not None:
            return found[0], None
        choice = self.org_choice(name)
        if choice is None:  # the person chose to leave the organisation empty
            return None, None
        if choice == "" and not self.options.new_organizations:
            return None, self._error(
                number, self._column("organization"), "org_unknown", MSG_NEW_PARTNER_REFUSED, name=name
            )
        country = country_of()
        if country is None:
            return None, self._error(
                number, self._column("organization"), "org_country", MSG_NO_COUNTRY, name=name
            )
        # A name in Chinese or Urdu is the partner's native name; it has no English name yet ("").
        latin = all(ord(ch) < 0x2E80 and not ("\u0600" <= ch <= "\u06ff") for ch in name)
        values = {
            "name_en": name if latin else "",
            "name_native": None if latin else name,
            "country": country,
        }
        org = Organization(**values)
        errors = org.validate()
        if errors:
            rename = {"name_en": "organization", "name_native": "organization"}
            return None, self._domain_errors(number, errors, rename)[0]
        oid = self.create(Organization, {**values, "name_en": org.name_en, "name_native": org.name_native})
        if len(self.report.organizations_created) < KEEP_CREATED_NAMES:
            self.report.organizations_created.append(name)
        label = f"{name} ({country})"
        self.org_country[oid] = country
        self.org_labels[oid] = name
        self.index_org((name,), (oid, label, number))
        return oid, None

    def guess_country(self, values: dict[str, Any], phone: str | None) -> str | None:
        if values.get("country"):
            return str(values["country"])
        if values.get("nationality"):
            return str(values["nationality"])
        if phone:
            import phonenumbers

            try:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
            except phonenumbers.NumberParseException:
                region = None
            if region and region != "ZZ":
                return str(region)
        name = str(values.get("full_name") or values.get("organization") or "")
        if any("\u4e00" <= ch <= "\u9fff" for ch in name):
            return "CN"
        if any("\u0600" <= ch <= "\u06ff" for ch in name):
            return "PK"
        return self.event_country

    # -- people ---------------------------------------------------------------------------------------

    def person_values(
        self, number: int, values: dict[str, Any]
    ) -> tuple[dict[str, Any] | None, list[RowError]]:
        """The validated person of a row (organisation resolved or created)."""
        keys = [f.name for f in catalog.PERSON.fields if f.kind is not ValueKind.REF]
        person_values = {k: values[k] for k in keys if k in values}
        if self.kind is ImportKind.DELEGATES:
            person_values.pop("notes", None)  # a delegate's notes are the registration's
        # A number without + is read as a number of the person's country: the nationality, else
        # the organisation's country, else what the name's script or the event suggests.
        org_name = values.get("organization")
        known = self.find_org(org_name) if org_name else None
        region = values.get("nationality") or (self.org_country.get(known[0]) if known else None)
        region = region or self.guess_country(values, None)
        phone_errors: list[RowError] = []
        for key in ("phone", "whatsapp"):
            text = person_values.get(key)
            if text and region and not str(text).startswith("+"):
                try:
                    person_values[key] = v.phone(text, region)
                except v.Invalid as exc:
                    code, message, params = exc.args
                    phone_errors.append(self._error(number, self._column(key), code, message, **params))
                    person_values.pop(key)
        clean, problems = Person.check_values(person_values, region)
        errors = phone_errors + self._domain_errors(number, problems, {})
        if errors:
            if dropped := self._blanked(number, errors, values):
                return self.person_values(number, {k: x for k, x in values.items() if k not in dropped})
            return None, errors
        if org_name:
            oid, error = self.org_for(
                number, org_name, lambda: self.guess_country(values, clean.get("phone"))
            )
            if error is not None:
                if self._blanked(number, [error], values):  # the organisation left empty
                    return self.person_values(
                        number, {k: x for k, x in values.items() if k != "organization"}
                    )
                return None, [error]
            clean["organization_id"] = oid
        self.warn_phones(number, clean)
        return clean, []

    def warn_phones(self, number: int, clean: dict[str, Any]) -> None:
        """A kept number of the right length that is in no range in use: a warning on its row."""
        for key in ("phone", "whatsapp"):
            if (note := v.unassigned(clean.get(key))) is not None:
                self.warn(number, self._column(key), note.code, note.message, **note.params)

    @staticmethod
    def _person_keys(values: dict[str, Any]) -> list[tuple[str, str]]:
        """(key, reason) in the order a match counts: e-mail, phone, name at the same organisation."""
        return person_keys(
            values.get("email"),
            values.get("phone"),
            values["full_name"],
            values.get("organization_id"),
            values.get("name_native"),
        )

    def find_person(self, values: dict[str, Any]) -> tuple[tuple[uuid.UUID, str, int | None], str] | None:
        if not self.prefetched:  # one-off lookups (team members): ask the database now
            self.prefetch([values], keep=True)
        for key, reason in self._person_keys(values):
            found = self.fresh.get(key) or self.known.get(key)
            if found is not None:
                return found, reason
            if reason == "name":
                packed = self.names.get(hash(key))
                if packed is not None:
                    return self._person_entry(uuid.UUID(bytes=packed)), reason
        return None

    def _person_entry(self, pid: uuid.UUID) -> tuple[uuid.UUID, str, int | None]:
        full_name, email = self.s.execute(
            select(Person.full_name, Person.email).where(Person.id == pid)
        ).one()
        return pid, full_name + (f" <{email}>" if email else ""), None

    def remember_person(self, pid: uuid.UUID, values: dict[str, Any], number: int) -> None:
        label = values["full_name"] + (f" <{values['email']}>" if values.get("email") else "")
        for key, reason in self._person_keys(values):
            self.fresh.setdefault(key, (pid, label, number))
            if reason == "name":
                self.names.setdefault(hash(key), pid.bytes)

    def prefetch(self, people: list[dict[str, Any]], *, keep: bool = False) -> None:
        """Find the database's live people sharing an e-mail, a phone or a name with *people* (and,
        for delegates, their registrations for the event): a few indexed queries per chunk."""
        if not keep:
            self.known.clear()
        emails = sorted({p["email"] for p in people if p.get("email")})
        phones = sorted({p["phone"] for p in people if p.get("phone")})
        if not (emails or phones):
            return
        # E-mails and phones: one indexed query each (an OR of them makes SQLite scan every row).
        # Names are matched in memory (``names``): a common name is shared by thousands of people.
        columns = (
            Person.id,
            Person.full_name,
            Person.email,
            Person.phone,
            Person.organization_id,
            Person.deleted_at,
        )
        queries = []
        if emails:
            queries.append(select(*columns).where(Person.email.in_(emails)))
        if phones:
            queries.append(select(*columns).where(Person.phone.in_(phones)))
        found: list[uuid.UUID] = []
        rows = sorted(
            {row for q in queries for row in self.s.execute(q.execution_options(include_deleted=True))},
            key=lambda r: r[0],  # uuid7: the oldest record first, as a person would expect
        )
        for pid, full_name, email, phone, _org, deleted_at in rows:
            if deleted_at is not None:
                continue
            label = full_name + (f" <{email}>" if email else "")
            entry = (pid, label, None)
            found.append(pid)
            if email:
                self.known.setdefault("e:" + email.casefold(), entry)
            if phone:
                self.known.setdefault("p:" + phone, entry)
        if self.kind is ImportKind.DELEGATES and found:
            for person_id, part_id in self.s.execute(
                select(Participation.person_id, Participation.id).where(
                    Participation.event_id == self.options.event_id,
                    Participation.person_id.in_(found),
                )
            ):
                self.registered.setdefault(person_id, (part_id, None))

    # -- per kind -------------------------------------------------------------------------------------

    def chunk(self, rows: list[tuple[int, list[str]]]) -> list[list[RowError]]:
        """Import a chunk of rows: parse and validate them all, look their people up in the database
        at once, then decide and write row by row. Returns each row's errors."""
        prepared: list[tuple[int, dict[str, Any], dict[str, Any] | None, list[RowError]]] = []
        people = self.kind in (ImportKind.PEOPLE, ImportKind.DELEGATES)
        for number, cells in rows:
            values, errors = self.parse(number, cells)
            clean = None
            if people and not errors:
                clean, errors = self.person_values(number, values)
            elif errors and self.kind in (ImportKind.PEOPLE, ImportKind.DELEGATES, ImportKind.PARTNERS):
                errors += self._other_problems(number, values, errors)
            prepared.append((number, values, clean, errors))
        if people:
            self.prefetch([clean for _n, _v, clean, errors in prepared if clean is not None and not errors])
            self.prefetched = True
        handler = {
            ImportKind.PARTNERS: self.partner,
            ImportKind.PEOPLE: self.person,
            ImportKind.DELEGATES: self.delegate,
            ImportKind.ENTRIES: self.entry,
        }[self.kind]
        out = []
        for number, values, clean, errors in prepared:
            errors = errors or handler(number, values, clean)
            out.append(errors)
            if self.pending:
                self._keep(number, not errors)
        self.settle_duplicates()
        self.flush()
        self.fresh.clear()
        self.known.clear()
        self.registered.clear()  # the chunk's registrations are in the database now
        self.prefetched = False
        return out

    def _duplicate(
        self,
        number: int,
        table: str,
        match: tuple[uuid.UUID, str, int | None],
        incoming: str,
        reason: str,
        targets: Iterable[tuple[type[Any], uuid.UUID, dict[str, Any]]] = (),
    ) -> Duplicate:
        """Note a duplicate and decide it. Its field-by-field differences from the stored record(s)
        *targets* (model, id, the row's values) are read when it is kept for review or updates, at
        the end of the chunk (:meth:`settle_duplicates`)."""
        dup = Duplicate(number, table, match[0], match[1], incoming, match[2], reason)
        dup.decision = self.decide(dup)
        self.report.duplicate_count += 1
        kept = len(self.report.duplicates) < KEEP_DUPLICATES
        if kept:
            self.report.duplicates.append(dup)
        if kept or dup.decision in UPDATING:  # compared (and updated) at the end of the chunk
            self.deferred.append((dup, list(targets)))
        return dup

    def partner(self, number: int, values: dict[str, Any], _clean: dict[str, Any] | None) -> list[RowError]:
        keys = [f.key for f in FIELDS[ImportKind.PARTNERS]]
        org = Organization(**{k: values[k] for k in keys if k in values})
        errors = self._domain_errors(number, org.validate(), {})
        if errors:
            if dropped := self._blanked(number, errors, values):
                return self.partner(number, {k: x for k, x in values.items() if k not in dropped}, _clean)
            return errors
        clean = {k: getattr(org, k) for k in keys if k in values}
        clean["name_en"] = org.name_en  # "" for a partner named only in Chinese or Urdu
        self.warn_phones(number, clean)
        match = None
        for name in (clean.get("name_en"), clean.get("name_native"), clean.get("short_name")):
            if name and (match := self.find_org(name)):
                break
        label = f"{org.display_name} ({clean['country']})"
        if match is not None:
            dup = self._duplicate(
                number, "organization", match, label, "name", [(Organization, match[0], clean)]
            )
            if dup.decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if dup.decision in UPDATING:  # written by settle_duplicates
                return []
        oid = self.create(Organization, clean)
        self.report.created += 1
        for name in (
            clean.get("name_en"),
            clean.get("name_native"),
            clean.get("short_name"),
            *clean.get("aliases", []),
        ):
            self.index_org((name,), (oid, label, number))
        self.org_labels[oid] = clean.get("name_en") or clean.get("name_native") or label
        return []

    def person(self, number: int, values: dict[str, Any], clean: dict[str, Any] | None) -> list[RowError]:
        assert clean is not None
        found = self.find_person(clean)
        if found is not None:
            match, reason = found
            dup = self._duplicate(
                number, "person", match, clean["full_name"], reason, [(Person, match[0], clean)]
            )
            if dup.decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if dup.decision in UPDATING:  # written by settle_duplicates
                return []
        pid = self.create(Person, clean)
        self.remember_person(pid, clean, number)
        self.report.created += 1
        return []

    def delegate(self, number: int, values: dict[str, Any], clean: dict[str, Any] | None) -> list[RowError]:
        assert clean is not None
        registration: dict[str, Any] = {
            k: values[k] for k in ("role", "attendance_mode", "status", "notes") if k in values
        }
        found = self.find_person(clean)
        if found is None:
            pid = self.create(Person, clean)
            self.remember_person(pid, clean, number)
        else:
            pid = found[0][0]
            if pid not in self.registered:  # a person matched by name: is he registered already?
                part = self.s.execute(
                    select(Participation.id).where(
                        Participation.event_id == self.options.event_id, Participation.person_id == pid
                    )
                ).scalar_one_or_none()
                if part is not None:
                    self.registered[pid] = (part, None)
            if pid in self.registered:
                part_id, of_row = self.registered[pid]
                match = (part_id, found[0][1], of_row)
                dup = self._duplicate(
                    number,
                    "participation",
                    match,
                    clean["full_name"],
                    "registered",
                    [(Person, pid, clean), (Participation, part_id, registration)],
                )
                if dup.decision is Decision.SKIP:
                    self.report.skipped += 1
                    return []
                if dup.decision in UPDATING:  # written by settle_duplicates
                    return []
                # CREATE: the same person cannot be registered twice; a new person is made
                pid = self.create(Person, clean)
        part_id = self.create(
            Participation, {"event_id": self.options.event_id, "person_id": pid, **registration}
        )
        self.registered[pid] = (part_id, number)
        self.report.created += 1
        return []

    def entry(self, number: int, values: dict[str, Any], _clean: dict[str, Any] | None) -> list[RowError]:
        members: list[str] = values.get("members", [])
        track_key = name_key(values["track"])
        track = self.tracks.get(track_key)
        if track is None and values.get("track_zh"):
            track = self.tracks.get(name_key(values["track_zh"]))
        # A new track is only created once the row is known to be valid: a rejected row writes nothing.
        max_score, size = (Decimal(100), max(1, len(members))) if track is None else track[1:]
        errors: list[RowError] = []
        if track is not None and track[0] in self.marked_tracks:
            # The judges' marks give this track's scores (services.marking): a score in the file is left
            # alone, as a re-imported export of the entries carries the computed one.
            values = {k: v for k, v in values.items() if k != "score"}
        if track is not None and track[0] in self.locked_tracks:
            errors.append(
                self._error(
                    number,
                    self._column("track"),
                    "results_locked",
                    MSG_RESULTS_LOCKED,
                    track=self.locked_tracks[track[0]],
                )
            )
        score = values.get("score")
        if score is not None and score > max_score:
            errors.append(
                self._error(
                    number,
                    self._column("score"),
                    "score_max",
                    MSG_SCORE_MAX,
                    score=str(score),
                    max=str(max_score),
                )
            )
        if size and len(members) > size:
            errors.append(
                self._error(
                    number, self._column("members"), "team_size", MSG_TEAM_SIZE, count=len(members), size=size
                )
            )
        entry_values: dict[str, Any] = {
            k: values[k] for k in ("team_name", "country", "score", "medal", "status", "notes") if k in values
        }
        entry = Entry(**entry_values)
        errors += self._domain_errors(number, entry.validate(), {})
        if errors:
            if dropped := self._blanked(number, errors, values):
                return self.entry(number, {k: x for k, x in values.items() if k not in dropped}, _clean)
            return errors
        clean = {k: getattr(entry, k) for k in entry_values}
        country = clean.get("country") or self.guess_country(values, None)
        if values.get("organization"):
            oid, error = self.org_for(number, values["organization"], lambda: country)
            if error is not None:
                return [error]
            clean["organization_id"] = oid
        if track is None:
            new_track = {
                "competition_id": self.options.competition_id,
                "name": values["track"],
                "team_size": size,
            }
            if values.get("track_zh"):
                new_track["name_zh"] = values["track_zh"]
            tid = self.create(SkillTrack, new_track)
            self.tracks[track_key] = (tid, max_score, size)
            if values.get("track_zh"):
                self.tracks.setdefault(name_key(values["track_zh"]), (tid, max_score, size))
        else:
            tid = track[0]
        team_key = name_key(clean.get("team_name") or " ".join(sorted(name_key(m) for m in members)))
        match = self.entries.get((tid, team_key))
        if match is not None:
            dup = self._duplicate(
                number,
                "entry",
                match,
                clean.get("team_name") or ", ".join(members),
                "name",
                [(Entry, match[0], clean)],
            )
            if dup.decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if dup.decision in UPDATING:  # written by settle_duplicates
                return []
        # A new entry's country is its organisation's unless the row gives one (an update changes
        # only what the row says).
        org_country = self.org_country.get(clean["organization_id"]) if clean.get("organization_id") else None
        country = rules.entry_country(clean.get("country"), org_country)
        eid = self.create(Entry, {"track_id": tid, **clean, **({"country": country} if country else {})})
        self.entries[(tid, team_key)] = (eid, clean.get("team_name") or ", ".join(members), number)
        seen: set[uuid.UUID] = set()
        for member in members:
            person = {"full_name": member, "organization_id": clean.get("organization_id")}
            found = self.find_person(person)
            if found is not None:
                pid = found[0][0]
            else:
                pid = self.create(Person, {k: v for k, v in person.items() if v is not None})
                self.remember_person(pid, person, number)
            seen.add(pid)
        if seen:  # the team is part of the entry's logged image, as the ORM logs it ("members")
            self.w.set_many(_table(Entry), eid, "members", seen)
        self.report.created += 1
        return []


def run(
    session: Session,
    path: Path,
    detection: Detection,
    mapping: ColumnMapping,
    options: ImportOptions,
    *,
    apply: bool,
    sha256: str = "",
    progress: Progress | None = None,
    keep_rejected: bool = True,
) -> Report:
    """Import *path* (or, without *apply*, test it: everything runs, then rolls back).

    Raises :class:`ImportSetupError` when it cannot start, and the source's ``ImportFileError`` when
    the file turns out unreadable part-way; in both cases nothing is written."""
    table = read_table(path, detection, preview_rows=0)
    header = list(table.header)
    # read_table pads the header to the width of the first data row: without the padding, a ragged
    # first row is caught like any other.
    while header and not header[-1]:
        header.pop()
    missing = [k for k in missing_required(options.kind, mapping) if not options.constants.get(k, "").strip()]
    if missing:
        labels = ", ".join(FIELDS_LABEL(options.kind, k) for k in missing)
        raise ImportSetupError("missing_column", MSG_MISSING_COLUMN, fields=labels)
    for f in FIELDS[options.kind]:
        if f.required and any(key == f.key for key, _code in options.blank):
            raise ImportSetupError("blank_required", MSG_BLANK_REQUIRED, field=f.label)
    report = Report(detection, options.kind, header)
    job = _Run(session, header, mapping, options, report, file_name=Path(path).name, sha256=sha256)
    where = ReadPosition()
    try:
        job.load_indexes()
        job.start_batch()
        session.info[INFO_BATCH] = job.batch_id
        if progress is not None:
            progress(0, 0)
        for rows in _chunks(data_rows(path, detection, where), CHUNK):
            first_warning = len(report.warnings)
            results = job.chunk(rows)
            warned = {w.row for w in report.warnings[first_warning:]} if keep_rejected else set()
            for (number, cells), errors in zip(rows, results, strict=True):
                report.rows += 1
                if number in warned and not errors and len(report.warned_rows) < KEEP_WARNINGS:
                    report.warned_rows.append((number, cells))
                if errors:
                    report.invalid += 1
                    report.errors.extend(errors)
                    if keep_rejected:
                        reason = "; ".join(f"{e.column}: {e.message}" for e in errors)
                        report.rejected.append((number, cells, reason))
                else:
                    report.valid += 1
            if progress is not None:  # bytes of a CSV file, rows of a sheet
                progress(where.done, where.total)
        counts = {
            "rows": report.rows,
            "valid": report.valid,
            "invalid": report.invalid,
            "created": report.created,
            "updated": report.updated,
            "skipped": report.skipped,
            "records": report.created_by_table,
        }
        job.w.finish()
        session.execute(
            update(_table(ImportBatch))
            .where(ImportBatch.id == job.batch_id)
            .values(counts=json.dumps(counts))
        )
        report.batch_id = job.batch_id
        if apply:
            session.commit()
            report.applied = True
        else:
            session.rollback()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info.pop(INFO_BATCH, None)
    return report


def check_cell(options: ImportOptions, key: str, text: str, row: dict[str, str]) -> RowError | None:
    """The problem of one cell as typed in the Check page's grid, or None when it reads: the field's
    parser (after the value map), then the domain's rule for that one field where it needs nothing
    but the row (an e-mail, a phone of the row's country, a web address, a name). *row* holds the
    row's other texts by field key. What needs the database (duplicates, organisations) is left to
    the next test import. Its ``row`` is 0: the caller knows which row it is."""
    probe = _Run(
        cast(Session, None), [], ColumnMapping({}, {}), options, cast(Report, None), file_name="", sha256=""
    )
    f = probe.fields.get(key)
    if f is None:
        return None
    cleaned = n.clean_text(text)
    if not cleaned:
        if f.required:
            return probe._error(0, f.label, "required", v.MSG_REQUIRED)
        return None
    raw = {k: t for k, t in ((k, n.clean_text(t)) for k, t in row.items()) if t and k in probe.fields}
    raw[key] = cleaned
    try:
        value = probe._parse_value(f, cleaned, raw, {})
    except _LeaveEmpty:
        return None
    except n.BadValue as exc:
        return probe._error(0, f.label, exc.code, exc.message, **exc.params)

    def region_of(*keys: str) -> str | None:
        for k in keys:
            if k != key and raw.get(k):
                try:
                    return n.parse_country(raw[k])
                except n.BadValue:
                    continue
        return None

    phone = key in ("phone", "whatsapp") and not str(value).startswith("+")
    problems: list[FieldError] = []
    if options.kind in (ImportKind.PEOPLE, ImportKind.DELEGATES):
        person = {c.name for c in catalog.PERSON.fields if c.kind is not ValueKind.REF}
        if key not in person:
            return None
        region = value if key == "nationality" else region_of("nationality", "country")
        if phone and region is None:
            return None  # read as a number of the organisation's country: the test import knows it
        _clean, problems = Person.check_values({key: value}, cast("str | None", region))
    elif options.kind is ImportKind.PARTNERS:
        country = region_of("country")
        if phone and country is None:
            return None
        org = Organization(**{key: value, **({"country": country} if key != "country" and country else {})})
        problems = org.validate()
    for problem in problems:
        if problem.field == key:
            return RowError(
                0, f.label, problem.text(), problem.code, problem.message, dict(problem.params), key
            )
    return None


def FIELDS_LABEL(kind: ImportKind, key: str) -> str:
    for group in ONE_OF.get(kind, ()):
        if key == group[0]:  # "Name in English or Name in Chinese or Urdu"
            return " or ".join(_label(kind, k) for k in group)
    return _label(kind, key)


def _label(kind: ImportKind, key: str) -> str:
    for f in FIELDS[kind]:
        if f.key == key:
            return f.label
    return key


def _chunks(rows: Iterator[tuple[int, list[str]]], size: int) -> Iterator[list[tuple[int, list[str]]]]:
    chunk: list[tuple[int, list[str]]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- revert ----------------------------------------------------------------------------------------


@dataclass
class Dependent:
    """Records that point to records an import created (people of a partner it created, the
    registrations and entries of people it created...): one group, by what they are and what
    they point to."""

    table: str  # what the dependent records are ("person", "participation", "agreement", ...)
    refers_to: str  # the table of the records the import created ("organization")
    count: int
    names: list[str]  # a few of the dependent records
    targets: list[str]  # a few of the records they point to

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        what = DEPENDENT_LABELS.get(self.table, self.table)
        more = "…" if self.count > len(self.names) else ""
        params = {
            "count": self.count,
            "names": ", ".join(self.names) + more,
            "targets": ", ".join(self.targets),
        }
        english = MSG_DEPENDENT.format(what=what, **params)
        if translate is None:
            return english
        try:  # a translation whose placeholders do not fit gives the English text
            return translate("Import", MSG_DEPENDENT).format(what=translate("Import", what), **params)
        except (KeyError, IndexError, ValueError):
            return english

    def as_json(self) -> dict[str, object]:
        return {
            "table": self.table,
            "refers_to": self.refers_to,
            "count": self.count,
            "names": self.names,
            "targets": self.targets,
        }


#: What the dependent records of each table are called (the "Import" context).
DEPENDENT_LABELS = {
    "person": QT_TRANSLATE_NOOP("Import", "People"),
    "participation": QT_TRANSLATE_NOOP("Import", "Registrations"),
    "entry": QT_TRANSLATE_NOOP("Import", "Competition entries"),
    "agreement": QT_TRANSLATE_NOOP("Import", "Agreements"),
    "event": QT_TRANSLATE_NOOP("Import", "Events they organise"),
    "certificate": QT_TRANSLATE_NOOP("Import", "Certificates"),
    "check_in": QT_TRANSLATE_NOOP("Import", "Check-ins"),
    "marking_aspect": QT_TRANSLATE_NOOP("Import", "Marking schemes"),
    "judge_mark": QT_TRANSLATE_NOOP("Import", "Judges' marks"),
}
MSG_DEPENDENT = QT_TRANSLATE_NOOP("Import", "{what} ({count}): {names} — pointing to {targets}")
MSG_HAS_DEPENDENTS = QT_TRANSLATE_NOOP(
    "Import",
    "Records added since the import depend on records it created, so it was not reverted: {list}. "
    "Reverting anyway keeps the records they depend on and removes the rest.",
)

#: Link rows without a tombstone of their own: they belong to the record their first column
#: names (a team's members are the entry's), live while it is.
_LINKS: dict[str, tuple[str, str]] = {
    "entry_member": ("entry_id", "entry"),
    "agreement_party": ("agreement_id", "agreement"),
    "event_organizer": ("event_id", "event"),
}
#: Tables that never point to an imported record in a way that matters to a person.
_NOT_DEPENDENTS = frozenset({"change_log"})


class RevertBlocked(ImportSetupError):
    """Revert refused: records added since depend on what the import created (``dependents``)."""

    def __init__(self, dependents: list[Dependent]) -> None:
        self.dependents = dependents
        listed = "; ".join(d.text() for d in dependents)
        super().__init__("dependents", MSG_HAS_DEPENDENTS, list=listed)


@dataclass
class RevertReport:
    removed: int = 0
    restored: int = 0
    kept: list[str] = field(default_factory=list)  # fields changed since the import: left as they are
    #: records the import created that were kept, because records added since depend on them
    kept_records: int = 0
    dependents: list[Dependent] = field(default_factory=list)


@dataclass
class _RevertPlan:
    #: table -> the live records the import created that the revert removes
    remove: dict[str, set[uuid.UUID]]
    kept: dict[str, set[uuid.UUID]]
    dependents: list[Dependent]


def _reference_names(session: Session, table: str, ids: list[uuid.UUID]) -> list[str]:
    """How a person knows a few records of *table* (a registration, a check-in by its person)."""
    if not ids:
        return []
    if table == "organization":
        q: Any = select(Organization.id, func.coalesce(Organization.name_en, Organization.name_native))
    elif table == "person":
        q = select(Person.id, Person.full_name)
    elif table == "participation":
        q = select(Participation.id, Person.full_name).join(Person, Person.id == Participation.person_id)
    elif table == "check_in":
        q = (
            select(CheckIn.id, Person.full_name)
            .join(Participation, Participation.id == CheckIn.participation_id)
            .join(Person, Person.id == Participation.person_id)
        )
    elif table == "entry":
        q = select(Entry.id, func.coalesce(Entry.team_name, SkillTrack.name)).join(
            SkillTrack, SkillTrack.id == Entry.track_id
        )
    elif table == "skill_track":
        q = select(SkillTrack.id, SkillTrack.name)
    elif table == "agreement":
        q = select(Agreement.id, Agreement.title)
    elif table == "event":
        q = select(Event.id, Event.name)
    elif table == "certificate":
        q = select(Certificate.id, Certificate.code)
    else:
        return [str(i)[:8] for i in ids]
    model_id = q.selected_columns[0]
    found = dict(
        tuple(row)
        for row in session.execute(q.where(model_id.in_(ids)).execution_options(include_deleted=True))
    )
    return [str(found.get(i) or str(i)[:8]) for i in ids]


def _revert_plan(session: Session, batch_id: uuid.UUID) -> _RevertPlan:
    """What reverting *batch_id* removes, and what must stay because records outside the import
    point to it: every foreign key into a table the import wrote is followed (live rows only; a link
    row belongs to its owner), to a fixed point — a kept person keeps the partner he works at."""
    created = (
        select(ChangeLog.table_name, ChangeLog.row_id)
        .where(ChangeLog.batch_id == batch_id, ChangeLog.op == ChangeOp.INSERT)
        .distinct()
    )
    remove: dict[str, set[uuid.UUID]] = {}
    for table_name, row_id in session.execute(created):
        remove.setdefault(table_name, set()).add(row_id)
    tables = Base.metadata.tables
    for table_name in list(remove):  # only what is still live
        t = tables.get(table_name)
        if t is None or "deleted_at" not in t.c:
            del remove[table_name]
            continue
        inserted = select(ChangeLog.row_id).where(
            ChangeLog.batch_id == batch_id,
            ChangeLog.op == ChangeOp.INSERT,
            ChangeLog.table_name == table_name,
        )
        remove[table_name] = set(
            session.scalars(select(t.c.id).where(t.c.id.in_(inserted), t.c.deleted_at.is_(None)))
        )
    # Every (source table, source record, target table, target record) pointing into the import.
    edges: list[tuple[str, uuid.UUID, str, uuid.UUID]] = []
    for t in Base.metadata.sorted_tables:
        if t.name in _NOT_DEPENDENTS:
            continue
        for fk in t.foreign_keys:
            target = fk.column.table.name
            if not remove.get(target):
                continue
            column = fk.parent
            inserted = select(ChangeLog.row_id).where(
                ChangeLog.batch_id == batch_id,
                ChangeLog.op == ChangeOp.INSERT,
                ChangeLog.table_name == target,
            )
            link = _LINKS.get(t.name)
            if link is not None:
                if column.name == link[0]:
                    continue  # the link belongs to the record it points to: it goes with it
                source, owner = link[1], tables[link[1]]
                q = (
                    select(owner.c.id, column)
                    .select_from(t.join(owner, owner.c.id == t.c[link[0]]))
                    .where(column.in_(inserted), owner.c.deleted_at.is_(None))
                )
            else:
                source = t.name
                q = select(t.c.id, column).where(column.in_(inserted))
                if "deleted_at" in t.c:
                    q = q.where(t.c.deleted_at.is_(None))
            for source_id, target_id in session.execute(q.execution_options(include_deleted=True)):
                if target_id in remove[target]:
                    edges.append((source, source_id, target, target_id))
    outside = [e for e in edges if e[1] not in remove.get(e[0], ())]
    kept: dict[str, set[uuid.UUID]] = {}
    changed = True
    while changed:
        changed = False
        for source, source_id, target, target_id in edges:
            if source_id not in remove.get(source, ()) and target_id in remove[target]:
                remove[target].discard(target_id)
                kept.setdefault(target, set()).add(target_id)
                changed = True
    groups: dict[tuple[str, str], tuple[list[uuid.UUID], list[uuid.UUID]]] = {}
    for source, source_id, target, target_id in outside:
        sources, targets = groups.setdefault((source, target), ([], []))
        if source_id not in sources:
            sources.append(source_id)
        if target_id not in targets:
            targets.append(target_id)
    dependents = [
        Dependent(
            source,
            target,
            len(sources),
            _reference_names(session, source, sources[:SHOWN_DEPENDENTS]),
            _reference_names(session, target, targets[:SHOWN_DEPENDENTS]),
        )
        for (source, target), (sources, targets) in groups.items()
    ]
    return _RevertPlan(remove, kept, dependents)


#: how many records of each group of dependents are named
SHOWN_DEPENDENTS = 3


def _open_batch(session: Session, batch_id: uuid.UUID) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise ImportSetupError("no_batch", MSG_NO_BATCH, id=str(batch_id))
    if batch.reverted_at is not None:
        raise ImportSetupError(
            "reverted", MSG_ALREADY_REVERTED, at=batch.reverted_at.isoformat(sep=" ", timespec="minutes")
        )
    return batch


def dependents(session: Session, batch_id: uuid.UUID) -> list[Dependent]:
    """What depends on the records reverting *batch_id* would remove (empty: nothing does)."""
    _open_batch(session, batch_id)
    return _revert_plan(session, batch_id).dependents


def revert(
    session: Session, batch_id: uuid.UUID, *, force: bool = False, progress: Progress | None = None
) -> RevertReport:
    """Undo an import: records it created are deleted (tombstoned) and fields it updated get their
    old values back — unless someone changed them since, which is reported and left alone. Runs
    through the ORM, so the revert is itself validated and logged; the caller commits.

    When records added since point to records the import created (people at a partner it created,
    registrations of people it created, an agreement with it), it raises :class:`RevertBlocked`
    listing them and changes nothing — unless *force*: then those records are kept (with what they
    in turn point to) and the rest is removed, so nothing is left pointing to a removed record.
    Clearing the links instead would lose what people added after the import; a kept partner can
    still be deleted by hand."""
    batch = _open_batch(session, batch_id)
    plan = _revert_plan(session, batch_id)
    if plan.dependents and not force:
        raise RevertBlocked(plan.dependents)
    report = RevertReport(dependents=plan.dependents)
    report.kept_records = sum(len(ids) for ids in plan.kept.values())
    rows = session.scalars(
        select(ChangeLog).where(ChangeLog.batch_id == batch_id).order_by(ChangeLog.seq.desc())
    ).all()
    models = {m.__table__.name: m for m in _TABLES.values()}
    # The records, read a few hundred at a time into the session (not one query per change-log row).
    held: list[Any] = []  # keeps them in the identity map
    by_table: dict[str, set[uuid.UUID]] = {}
    for log in rows:
        if log.table_name in models:
            by_table.setdefault(log.table_name, set()).add(log.row_id)
    for table_name, row_ids in by_table.items():
        loaded, ordered = models[table_name], sorted(row_ids)
        for start in range(0, len(ordered), 500):
            held += session.scalars(
                select(loaded)
                .where(loaded.id.in_(ordered[start : start + 500]))
                .execution_options(include_deleted=True)
            ).all()
    now = utcnow()
    for done, log in enumerate(rows):
        if progress is not None and done % 500 == 0:  # a cancel rolls back (the caller's session)
            progress(done, len(rows))
        model = models.get(log.table_name)
        if model is None:
            continue
        if log.op is ChangeOp.INSERT and log.row_id not in plan.remove.get(log.table_name, ()):
            continue  # kept for its dependents, or removed already
        obj = session.get(model, log.row_id, execution_options={"include_deleted": True})
        if obj is None:
            continue
        if log.op is ChangeOp.INSERT:
            if obj.deleted_at is None:
                obj.deleted_at = now
                report.removed += 1
        elif log.op is ChangeOp.UPDATE and log.field:
            current = getattr(obj, log.field)
            # Compared as values too: a Numeric(8, 2) score logged as "88.5" reads back as 88.50.
            column = _table(model).c[log.field]
            if serialize(current) != log.new_value and current != deserialize(column, log.new_value):
                report.kept.append(f"{log.table_name}.{log.field}")
                continue
            setattr(obj, log.field, deserialize(column, log.old_value))
            report.restored += 1
    batch.reverted_at = now
    try:
        session.flush()
    except ValidationFailed:
        session.rollback()
        raise
    return report


def recent_batches(session: Session, limit: int = 50) -> list[ImportBatch]:
    return list(session.scalars(select(ImportBatch).order_by(ImportBatch.at.desc()).limit(limit)))
