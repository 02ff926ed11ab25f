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
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    ChangeLog,
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
from tvet_alliance.domain.base import utcnow, uuid7
from tvet_alliance.domain.changelog import INFO_BATCH, deserialize, serialize
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.domain.errors import CodedError, FieldError, ValidationFailed
from tvet_alliance.domain.models import MSG_RESULTS_LOCKED
from tvet_alliance.domain.names import OrgIndex, name_key, person_keys
from tvet_alliance.domain.search_keys import identity_keys
from tvet_alliance.domain.values import TEXT_KINDS, ValueKind, is_list, split_list
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence.bulk import BulkWriter
from tvet_alliance.progress import Progress
from tvet_alliance.services.importing import normalize as n
from tvet_alliance.services.importing.fields import FIELDS, ImportField, ImportKind
from tvet_alliance.services.importing.mapping import ColumnMapping, missing_required, value_key
from tvet_alliance.services.importing.source import Detection, ReadPosition, data_rows, read_table

CHUNK = 2000
#: Duplicates kept for review (per-row decisions); beyond them the default decision applies and
#: only the count grows, so a million-row file does not fill the memory.
KEEP_DUPLICATES = 10_000


class Decision(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


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
MSG_SCORE_MAX = QT_TRANSLATE_NOOP("Validation", "Score {score} is above the track's maximum of {max}.")
MSG_TEAM_SIZE = QT_TRANSLATE_NOOP("Validation", "{count} members, but this track takes teams of {size}.")
MSG_ALREADY_REVERTED = QT_TRANSLATE_NOOP("Import", "This import was already reverted on {at}.")
MSG_NO_BATCH = QT_TRANSLATE_NOOP("Import", "There is no import with the id {id}.")


@dataclass
class RowError:
    row: int
    column: str
    message: str  # English, with the values filled in
    code: str = ""
    template: str = ""  # the translatable text, for the GUI
    params: dict[str, object] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class RowWarning(RowError):
    """Something in a row that is kept but worth a look (a phone in an unassigned range, a control
    character stripped): the row is imported, the warning is listed."""


#: warnings kept for review; ``Report.warning_count`` counts them all
KEEP_WARNINGS = 10_000


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

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "existing": self.label,
            "incoming": self.incoming,
            "of_row": self.of_row,
            "reason": self.reason,
            "decision": self.decision.value,
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
    applied: bool = False
    batch_id: uuid.UUID | None = None
    created_by_table: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        d = self.detection
        return {
            "detected": {
                "encoding": d.encoding,
                "delimiter": d.delimiter,
                "header_row": d.header_row,
                **({"sheet": d.sheet} if d.is_xlsx else {}),
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
            "errors": [e.as_json() for e in self.errors],
            "warnings": [w.as_json() for w in self.warnings],
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
            label = f"{name_en} ({country})"
            self.org_country[oid] = country
            self.index_org((name_en, native, short, *(aliases or [])), (oid, label, None))
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
        raw = self.raw_cells(number, cells)
        for key, text in list(raw.items()):
            f = self.fields[key]
            try:
                values[key] = self._parse_value(f, text, raw, values)
            except _LeaveEmpty:
                del raw[key]
            except n.BadValue as exc:
                if (key, exc.code) in self.options.blank:  # "leave it empty in every row like this"
                    del raw[key]
                    continue
                errors.append(self._error(number, self._column(key), exc.code, exc.message, **exc.params))
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
        chosen = self.options.values.get(f.key)
        if chosen:  # the person's value map (the Values page, --value, a saved mapping)
            key = value_key(text)
            if key in chosen:
                code = chosen[key]
                if code is None:
                    raise _LeaveEmpty
                text = code
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
                    country = n.parse_country(raw["country"])
                except n.BadValue:
                    country = None
            return n.parse_province(text, country)
        assert kind is ValueKind.ENUM and f.choices is not None
        return n.parse_choice(f.choices, text)

    def _column(self, key: str) -> str:
        column = self.mapping.columns.get(key)
        if column is not None and column < len(self.header) and self.header[column]:
            return self.header[column]
        f = self.fields.get(key)
        return f.label if f else key

    def _error(self, row: int, column: str, code: str, template: str, **params: object) -> RowError:
        return RowError(row, column, template.format(**params), code, template, dict(params))

    def warn(self, row: int, column: str, code: str, template: str, **params: object) -> None:
        """Note a warning on a row that is kept (its cells are not changed by this)."""
        self.report.warning_count += 1
        if len(self.report.warnings) < KEEP_WARNINGS:
            self.report.warnings.append(
                RowWarning(row, column, template.format(**params), code, template, dict(params))
            )

    def _domain_errors(
        self, number: int, errors: Iterable[FieldError], rename: dict[str, str]
    ) -> list[RowError]:
        out = []
        for e in errors:
            key = rename.get(e.field, e.field)
            out.append(RowError(number, self._column(key), e.text(), e.code, e.message, dict(e.params)))
        return out

    # -- matching and writing ------------------------------------------------------------------------

    def decide(self, dup: Duplicate) -> Decision:
        return self.options.decisions.get(dup.row, self.options.on_duplicate)

    def create(self, model: type[Any], values: dict[str, Any]) -> uuid.UUID:
        row = self.w.insert(_table(model), values)
        table = _table(model).name
        self.report.created_by_table[table] = self.report.created_by_table.get(table, 0) + 1
        return uuid.UUID(str(row["id"]))

    def change(self, model: type[Any], row_id: uuid.UUID, values: dict[str, Any]) -> bool:
        """Update *row_id* with the non-empty imported *values*; returns whether anything changed."""
        table = _table(model)
        filled = {k: value for k, value in values.items() if value not in (None, "", [])}
        if self.w.pending(row_id) is not None:  # created earlier in this file: merge into its insert
            self.w.update(table, row_id, filled)
            return True
        columns = [table.c[k] for k in values]
        current = self.s.execute(select(*columns).where(table.c.id == row_id)).one()
        changes, old = {}, {}
        for (k, value), before in zip(values.items(), current, strict=True):
            if value in (None, "", []) or value == before or serialize(value) == serialize(before):
                continue
            changes[k], old[k] = value, before
        if not changes:
            return False
        self.w.update(table, row_id, changes, old)
        return True

    def flush(self) -> None:
        self.w.flush()

    # -- organisations --------------------------------------------------------------------------------

    def index_org(self, names: Iterable[str | None], entry: tuple[uuid.UUID, str, int | None]) -> None:
        self.orgs.add(names, entry)

    def find_org(self, name: str) -> tuple[uuid.UUID, str, int | None] | None:
        """The organisation a name means (remembered per spelling: a file names a few hundred
        organisations over and over)."""
        if name in self.org_lookups:
            return self.org_lookups[name]
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
        country = country_of()
        if country is None:
            return None, self._error(
                number, self._column("organization"), "org_country", MSG_NO_COUNTRY, name=name
            )
        latin = all(ord(ch) < 0x2E80 and not ("\u0600" <= ch <= "\u06ff") for ch in name)
        values = {"name_en": name, "name_native": None if latin else name, "country": country}
        org = Organization(**values)
        errors = org.validate()
        if errors:
            return None, self._domain_errors(number, errors, {"name_en": "organization"})[0]
        oid = self.create(Organization, {**values, "name_en": org.name_en})
        label = f"{name} ({country})"
        self.org_country[oid] = country
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
            return None, errors
        if org_name:
            oid, error = self.org_for(
                number, org_name, lambda: self.guess_country(values, clean.get("phone"))
            )
            if error is not None:
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
            out.append(errors or handler(number, values, clean))
        self.flush()
        self.fresh.clear()
        self.known.clear()
        self.registered.clear()  # the chunk's registrations are in the database now
        self.prefetched = False
        return out

    def _duplicate(
        self, number: int, table: str, match: tuple[uuid.UUID, str, int | None], incoming: str, reason: str
    ) -> Decision:
        dup = Duplicate(number, table, match[0], match[1], incoming, match[2], reason)
        dup.decision = self.decide(dup)
        self.report.duplicate_count += 1
        if len(self.report.duplicates) < KEEP_DUPLICATES:
            self.report.duplicates.append(dup)
        return dup.decision

    def partner(self, number: int, values: dict[str, Any], _clean: dict[str, Any] | None) -> list[RowError]:
        keys = [f.key for f in FIELDS[ImportKind.PARTNERS]]
        org = Organization(**{k: values[k] for k in keys if k in values})
        errors = self._domain_errors(number, org.validate(), {})
        if errors:
            return errors
        clean = {k: getattr(org, k) for k in keys if k in values}
        self.warn_phones(number, clean)
        match = None
        for name in (clean.get("name_en"), clean.get("name_native"), clean.get("short_name")):
            if name and (match := self.find_org(name)):
                break
        label = f"{clean['name_en']} ({clean['country']})"
        if match is not None:
            decision = self._duplicate(number, "organization", match, label, "name")
            if decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if decision is Decision.UPDATE:
                self.report.updated += int(self.change(Organization, match[0], clean))
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
        return []

    def person(self, number: int, values: dict[str, Any], clean: dict[str, Any] | None) -> list[RowError]:
        assert clean is not None
        found = self.find_person(clean)
        if found is not None:
            match, reason = found
            decision = self._duplicate(number, "person", match, clean["full_name"], reason)
            if decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if decision is Decision.UPDATE:
                self.report.updated += int(self.change(Person, match[0], clean))
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
                decision = self._duplicate(number, "participation", match, clean["full_name"], "registered")
                if decision is Decision.SKIP:
                    self.report.skipped += 1
                    return []
                if decision is Decision.UPDATE:
                    changed = self.change(Person, pid, clean)
                    changed = self.change(Participation, part_id, registration) or changed
                    self.report.updated += int(changed)
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
            decision = self._duplicate(
                number, "entry", match, clean.get("team_name") or ", ".join(members), "name"
            )
            if decision is Decision.SKIP:
                self.report.skipped += 1
                return []
            if decision is Decision.UPDATE:
                self.report.updated += int(self.change(Entry, match[0], clean))
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
            for (number, cells), errors in zip(rows, job.chunk(rows), strict=True):
                report.rows += 1
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


def FIELDS_LABEL(kind: ImportKind, key: str) -> str:
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
class RevertReport:
    removed: int = 0
    restored: int = 0
    kept: list[str] = field(default_factory=list)  # fields changed since the import: left as they are


def revert(session: Session, batch_id: uuid.UUID) -> RevertReport:
    """Undo an import: records it created are deleted (tombstoned) and fields it updated get their
    old values back — unless someone changed them since, which is reported and left alone. Runs
    through the ORM, so the revert is itself validated and logged; the caller commits."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise ImportSetupError("no_batch", MSG_NO_BATCH, id=str(batch_id))
    if batch.reverted_at is not None:
        raise ImportSetupError(
            "reverted", MSG_ALREADY_REVERTED, at=batch.reverted_at.isoformat(sep=" ", timespec="minutes")
        )
    report = RevertReport()
    rows = session.scalars(
        select(ChangeLog).where(ChangeLog.batch_id == batch_id).order_by(ChangeLog.seq.desc())
    ).all()
    models = {m.__table__.name: m for m in _TABLES.values()}
    now = utcnow()
    for log in rows:
        model = models.get(log.table_name)
        if model is None:
            continue
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
