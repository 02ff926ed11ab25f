"""Export (services.exporting): CSV and .xlsx files that our importer reads back unchanged, formula
neutralising, encodings, column choice, atomic writes, the full-database .zip and its loading.
Files are written in tmp_path or in temporary folders made per Hypothesis example; no Qt."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import tempfile
import unicodedata
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from tvet_alliance.domain import Event, Organization, Participation, Person
from tvet_alliance.domain.enums import Gender
from tvet_alliance.domain.names import name_key
from tvet_alliance.domain.spreadsheet import FORMULA_STARTS, neutralise
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.services import exporting, listing, maintenance
from tvet_alliance.services.exporting import (
    ExportError,
    ExportKind,
    ExportOptions,
    Unencodable,
    export,
    export_all,
    load_all,
)
from tvet_alliance.services.importing import (
    Decision,
    ImportKind,
    ImportOptions,
    Report,
    auto_map,
    detect,
    read_table,
    run,
)
from tvet_alliance.services.importing.normalize import clean_text

from .helpers import dump_sqlite

SEMINAR = "International Digital Skills Exchange Seminar"
PERSON_FIELDS = ("full_name", "name_native", "position", "email", "phone", "nationality", "gender", "notes")
#: Organisations of the generated people: distinct names that the importer's matching keeps apart.
ORGANISATIONS = (
    ("Punjab Technical Education and Vocational Training Authority", "PK"),
    ("Chongqing Vocational Institute of Engineering", "CN"),
    ("天津职业技术师范大学", "CN"),
    ("گورنمنٹ کالج آف ٹیکنالوجی لاہور", "PK"),
)


# --- helpers -----------------------------------------------------------------------------------


@contextmanager
def fresh_database(folder: Path, name: str = "fresh.sqlite3") -> Iterator[Database]:
    database = Database.open(folder / name)
    try:
        yield database
    finally:
        database.close()


def import_file(db: Database, path: Path, kind: ImportKind, **options: Any) -> Report:
    """Import *path* the way the program does: detect, map by the header, run."""
    detection = detect(path)
    mapping = auto_map(kind, read_table(path, detection).header)
    with db.session() as s:
        return run(s, path, detection, mapping, ImportOptions(kind, **options), apply=True, sha256="test")


def people_of(db: Database) -> list[tuple[Any, ...]]:
    """Every live person as a person sees it, with the organisation's name, sorted."""
    with db.session() as s:
        rows = s.execute(
            select(*(getattr(Person, f) for f in PERSON_FIELDS), Organization.display_name).outerjoin(
                Organization, Organization.id == Person.organization_id
            )
        ).all()
    return sorted((tuple(r) for r in rows), key=repr)


def export_people(db: Database, path: Path, **options: Any) -> exporting.ExportResult:
    with db.session() as s:
        return export(s, ExportKind.PEOPLE, path, ExportOptions(**options))


def csv_records(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


def xlsx_records(path: Path) -> list[list[str]]:
    book = load_workbook(path, read_only=True)
    try:
        return [
            ["" if v is None else str(v) for v in row]
            for row in book.worksheets[0].iter_rows(values_only=True)
        ]
    finally:
        book.close()


def live_count(db: Database, spec: listing.ListSpec, parent_id: uuid.UUID | None = None) -> int:
    with db.session() as s:
        return len(listing.list_ids(s, spec, parent_id=parent_id))


def event_id(db: Database, name: str = SEMINAR) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Event.id).where(Event.name == name)).one()


# --- generated people ------------------------------------------------------------------------------

_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.characters(
    min_codepoint=0xC0, max_codepoint=0x17F
)
_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)  # Urdu is written in it
_TRICKY = st.sampled_from(['"', "'", ",", ";", "\n", "\r\n", "\r", "\t", "=", "+", "-", "@", '""', "|"])
_LEADS = st.sampled_from(["", "", "=", "+", "-", "@", '=HYPERLINK("http://x","y")', "+92", "-1", "@SUM(A1)"])


def _acceptable(text: str) -> bool:
    """What the domain and the importer keep as it is: trimmed, NFC (the importer composes Unicode),
    and not a ``'`` before a formula character (the importer reads that ``'`` as our neutralising
    prefix: a value starting so cannot come back, see the report)."""
    return (
        text == text.strip()
        and text == unicodedata.normalize("NFC", text)
        and not (text.startswith("'") and text[1:2] in FORMULA_STARTS and text[1:2] != "")
    )


def texts(max_size: int, *, carriage_returns: bool = True) -> st.SearchStrategy[str]:
    pieces = st.lists(st.one_of(_LATIN, _CJK, _ARABIC, _TRICKY), max_size=max_size).map("".join)
    out = st.builds(lambda lead, body: lead + body, _LEADS, pieces)
    if not carriage_returns:
        out = out.map(lambda t: t.replace("\r\n", "\n").replace("\r", "\n"))
    return out.filter(_acceptable)


def people(*, carriage_returns: bool = True) -> st.SearchStrategy[list[dict[str, Any]]]:
    text = texts(20, carriage_returns=carriage_returns)
    person = st.fixed_dictionaries(
        {
            "full_name": text.filter(bool),
            "name_native": st.none() | text.filter(bool),
            "position": st.none() | text.filter(bool),
            "notes": st.none() | texts(60, carriage_returns=carriage_returns).filter(bool),
            "nationality": st.sampled_from(["CN", "PK", "GB", "DE"]),
            "gender": st.none() | st.sampled_from(list(Gender)),
            "org": st.none() | st.integers(0, len(ORGANISATIONS) - 1),
            "email": st.booleans(),
            "phone": st.booleans(),
        }
    )
    # The importer takes two rows with the same name (and organisation), e-mail or phone for one person.
    return st.lists(person, min_size=1, max_size=8, unique_by=lambda p: name_key(p["full_name"]))


def insert_people(db: Database, generated: list[dict[str, Any]]) -> None:
    """Through the ORM (the domain validates at flush); e-mails and phones unique by construction."""
    with db.transaction() as s:
        orgs = [Organization(name_en=name, country=country) for name, country in ORGANISATIONS]
        s.add_all(orgs)
        for n, p in enumerate(generated):
            s.add(
                Person(
                    full_name=p["full_name"],
                    name_native=p["name_native"],
                    position=p["position"],
                    notes=p["notes"],
                    nationality=p["nationality"],
                    gender=p["gender"],
                    organization=orgs[p["org"]] if p["org"] is not None else None,
                    email=f"person.{n}@example.org" if p["email"] else None,
                    phone=f"+9230012345{n:02d}" if p["phone"] else None,
                )
            )


def round_trip(generated: list[dict[str, Any]], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with (
            fresh_database(folder, "source.sqlite3") as source,
            fresh_database(folder, "target.sqlite3") as target,
        ):
            insert_people(source, generated)
            before = people_of(source)
            assert len(before) == len(generated)
            path = folder / f"people.{fmt}"
            result = export_people(source, path, format=fmt)
            assert result.rows == len(generated)
            assert result.columns == [c.key for c in exporting.SPECS[ExportKind.PEOPLE].columns]
            report = import_file(target, path, ImportKind.PEOPLE)
            assert (report.rows, report.invalid, report.duplicate_count) == (len(generated), 0, 0), (
                report.errors
            )
            assert report.created == len(generated)
            assert people_of(target) == before


# --- 1. round trip ---------------------------------------------------------------------------------


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(people())
def test_people_csv_round_trip_through_the_importer(generated: list[dict[str, Any]]) -> None:
    round_trip(generated, "csv")


# .xlsx stores a line break as LF: a CR written by openpyxl reads back as LF (XML end-of-line
# normalisation), so the generated text has LF line breaks only (see the report).
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(people(carriage_returns=False))
def test_people_xlsx_round_trip_through_the_importer(generated: list[dict[str, Any]]) -> None:
    round_trip(generated, "xlsx")


def test_round_trip_of_the_sample_people(sample_db: Database, tmp_path: Path) -> None:
    """The sample's people (Chinese, Urdu, Latin) into an empty database, CSV and .xlsx."""
    expected = people_of(sample_db)
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"people.{fmt}"
        export_people(sample_db, path, format=fmt)
        with fresh_database(tmp_path, f"target-{fmt}.sqlite3") as target:
            report = import_file(target, path, ImportKind.PEOPLE)
            assert (report.invalid, report.duplicate_count) == (0, 0), report.errors
            got = people_of(target)
        # Organisations come back by name; people without one stay without one.
        assert got == expected


# --- 2. formula injection --------------------------------------------------------------------------


@pytest.mark.parametrize("lead", FORMULA_STARTS)
def test_neutralise_prefixes_every_formula_start_and_the_importer_takes_it_away(lead: str) -> None:
    text = f"{lead}1+2"
    assert neutralise(text) == "'" + text
    assert clean_text(neutralise(text)) == clean_text(text)
    assert neutralise("a" + text) == "a" + text  # only the start counts
    assert neutralise("'" + text) == "'" + text


DANGEROUS = [
    "=1+2",
    "+92 300 1234567",
    "-5",
    "@SUM(A1:A9)",
    '=HYPERLINK("http://evil","x")',
    "=cmd|' /C calc'!A0",
]


def dangerous_people(db: Database) -> list[str]:
    """People whose name, position and notes start with a formula character (TAB and CR only in the
    notes, which the domain does not trim)."""
    with db.transaction() as s:
        org = Organization(name_en="=Evil Org", country="PK")
        s.add(org)
        for n, text in enumerate(DANGEROUS):
            s.add(
                Person(full_name=f"{text} {n}", position=text, notes=text, nationality="PK", organization=org)
            )
        s.add(Person(full_name="Tab Note", notes="\tindented", nationality="PK"))
        s.add(Person(full_name="CR Note", notes="\rreturn", nationality="PK"))
    return DANGEROUS


def test_csv_neutralises_formula_cells_and_imports_them_back(db: Database, tmp_path: Path) -> None:
    dangerous_people(db)
    path = tmp_path / "people.csv"
    export_people(db, path)
    records = csv_records(path)
    header = records[0]
    for record in records[1:]:
        for cell in record:
            assert not cell.startswith(FORMULA_STARTS), (header, record)
        cells = dict(zip(header, record, strict=True))
        if cells["Notes"].lstrip("'").startswith(("\t", "\r")):
            assert cells["Notes"].startswith("'")
        assert cells["Organisation"] in ("'=Evil Org", "")
    assert sum(1 for r in records[1:] if r[0].startswith("'")) == len(DANGEROUS)

    with fresh_database(tmp_path, "target.sqlite3") as target:
        report = import_file(target, path, ImportKind.PEOPLE)
        assert (report.invalid, report.created) == (0, len(DANGEROUS) + 2), report.errors
        got = {p[0]: p for p in people_of(target)}
    expected = {p[0]: p for p in people_of(db)}
    for name in (f"{t} {n}" for n, t in enumerate(DANGEROUS)):
        assert got[name] == expected[name]  # name, position, notes, organisation: no ' left
    # The importer trims every cell (as the domain trims names): a leading TAB or CR of a note goes,
    # and the neutralising ' with it.
    assert got["Tab Note"][PERSON_FIELDS.index("notes")] == "indented"
    assert got["CR Note"][PERSON_FIELDS.index("notes")] == "return"


def test_xlsx_cells_are_text_never_formulas(db: Database, tmp_path: Path) -> None:
    dangerous_people(db)
    path = tmp_path / "people.xlsx"
    export_people(db, path, format="xlsx")
    book = load_workbook(path)  # not read-only: data_type of each cell
    cells = [c for row in book.worksheets[0].iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type == "s" for c in cells)
    assert any(str(c.value).startswith("=") for c in cells)  # as text, no ' needed
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    with fresh_database(tmp_path, "target.sqlite3") as target:
        report = import_file(target, path, ImportKind.PEOPLE)
        assert report.invalid == 0, report.errors
        got = {p[0]: p for p in people_of(target)}
    expected = {p[0]: p for p in people_of(db)}
    for name in (f"{t} {n}" for n, t in enumerate(DANGEROUS)):
        assert got[name] == expected[name]


def test_xlsx_drops_characters_a_workbook_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    exporting.write_table(path, ["H"], [["a\x00b\x07c"]], ExportOptions(format="xlsx"))
    assert xlsx_records(path) == [["H"], ["abc"]]


# --- 3. CSV format ---------------------------------------------------------------------------------


def test_csv_is_utf8_bom_crlf_and_every_field_quoted(sample_db: Database, tmp_path: Path) -> None:
    with sample_db.transaction() as s:  # a note with line breaks and quotes inside a field
        person = s.scalars(select(Person).order_by(Person.full_name)).first()
        assert person is not None
        person.notes = 'line one\nline "two"\r\nthree, four'
    path = tmp_path / "people.csv"
    export_people(sample_db, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert text.endswith("\r\n")
    records = list(csv.reader(io.StringIO(text, newline="")))
    # Writing the records again with every field quoted and CRLF gives the very same text: nothing is
    # unquoted, no record ends in a bare LF.
    again = io.StringIO(newline="")
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(records)
    assert again.getvalue() == text
    assert text.split("\r\n", 1)[0] == ",".join(
        f'"{c.label}"' for c in exporting.SPECS[ExportKind.PEOPLE].columns
    )
    assert len(records) == live_count(sample_db, listing.PEOPLE) + 1
    assert any('line one\nline "two"\r\nthree, four' in r for r in records)


# --- 4. encodings ----------------------------------------------------------------------------------


def test_gb18030_holds_chinese_and_urdu(sample_db: Database, tmp_path: Path) -> None:
    utf8, gb = tmp_path / "people-utf8.csv", tmp_path / "people-gb.csv"
    export_people(sample_db, utf8)
    result = export_people(sample_db, gb, encoding="gb18030")
    assert result.replaced == []
    assert csv_records(gb, "gb18030") == csv_records(utf8)
    assert any("\u0600" <= ch <= "\u06ff" for ch in gb.read_bytes().decode("gb18030"))
    with fresh_database(tmp_path, "target.sqlite3") as target:
        report = import_file(target, gb, ImportKind.PEOPLE)
        assert report.invalid == 0
        assert people_of(target) == people_of(sample_db)


def test_gbk_refuses_urdu_and_leaves_no_file(sample_db: Database, tmp_path: Path) -> None:
    utf8 = tmp_path / "people-utf8.csv"
    export_people(sample_db, utf8)
    text = "".join(cell for row in csv_records(utf8) for cell in row)
    cannot = {ch for ch in set(text) if not _encodes(ch, "gbk")}
    assert cannot and any("\u0600" <= ch <= "\u06ff" for ch in cannot)

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Unencodable) as caught:
        export_people(sample_db, out / "people.csv", encoding="gbk")
    assert caught.value.code == "unencodable"
    assert set(caught.value.chars) == cannot
    message = str(caught.value)  # the first 20 characters are shown, with their code points
    assert message.startswith("gbk cannot hold these characters: ")
    assert all(f"{ch} (U+{ord(ch):04X})" in message for ch in caught.value.chars[:20])
    assert list(out.iterdir()) == []  # neither the file nor its temp file

    result = export_people(sample_db, out / "people.csv", encoding="gbk", replace_unencodable=True)
    assert set(result.replaced) == cannot and len(result.replaced) == len(cannot)
    written = csv_records(out / "people.csv", "gbk")
    expected = [
        ["".join(ch if ch not in cannot else "?" for ch in cell) for cell in row] for row in csv_records(utf8)
    ]
    assert written == expected
    assert [p.name for p in out.iterdir()] == ["people.csv"]


def test_gbk_error_names_the_characters_of_the_header_too(db: Database, tmp_path: Path) -> None:
    """A bilingual header is Chinese: GBK holds it; a Latin-only register exports in GBK as it is."""
    with db.transaction() as s:
        s.add(Person(full_name="Zhang Wei", name_native="张伟", nationality="CN"))
    result = export_people(db, tmp_path / "p.csv", encoding="gbk", bilingual=True)
    assert result.rows == 1 and result.replaced == []
    assert csv_records(tmp_path / "p.csv", "gbk")[1][:2] == ["Zhang Wei", "张伟"]


def _encodes(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# --- 5. columns --------------------------------------------------------------------------------------


def test_share_leaves_contact_fields_out(sample_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    result = export_people(sample_db, path, share=True)
    assert not {"email", "phone", "wechat_id", "whatsapp"} & set(result.columns)
    assert result.columns == [c.key for c in exporting.SPECS[ExportKind.PEOPLE].columns if not c.private]
    header = csv_records(path)[0]
    assert "E-mail" not in header and "Phone" not in header and "WeChat" not in header
    text = path.read_text("utf-8-sig")
    assert "@" not in text  # no e-mail anywhere
    with sample_db.session() as s:
        partners = export(s, ExportKind.PARTNERS, tmp_path / "partners.csv", ExportOptions(share=True))
    assert (
        "email" not in partners.columns and "phone" not in partners.columns and "website" in partners.columns
    )


def test_columns_are_exactly_the_chosen_ones_in_order(sample_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    result = export_people(sample_db, path, columns=("full_name", "email"))
    assert result.columns == ["full_name", "email"]
    records = csv_records(path)
    assert records[0] == ["Name", "E-mail"] and all(len(r) == 2 for r in records)
    # Chosen contact columns are written even when sharing: the person asked for them.
    result = export_people(sample_db, path, columns=("email", "full_name"), share=True)
    assert result.columns == ["email", "full_name"] and csv_records(path)[0] == ["E-mail", "Name"]


def test_unknown_column_is_refused(sample_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export_people(sample_db, tmp_path / "people.csv", columns=("full_name", "salary", "shoe_size"))
    assert caught.value.code == "columns"
    assert "salary, shoe_size" in str(caught.value) and "full_name" in str(caught.value)
    assert list(tmp_path.glob("people.csv*")) == []


# --- 6. bilingual headers --------------------------------------------------------------------------

IMPORTABLE = {
    ExportKind.PARTNERS: ImportKind.PARTNERS,
    ExportKind.PEOPLE: ImportKind.PEOPLE,
    ExportKind.DELEGATES: ImportKind.DELEGATES,
    ExportKind.ENTRIES: ImportKind.ENTRIES,
}


@pytest.mark.parametrize("bilingual", [False, True])
@pytest.mark.parametrize("kind", list(IMPORTABLE))
def test_headers_map_back_to_the_same_fields(kind: ExportKind, bilingual: bool) -> None:
    columns = list(exporting.SPECS[kind].columns)
    header = exporting.header_of(columns, bilingual)
    mapping = auto_map(IMPORTABLE[kind], header)
    # Derived columns (an entry's rank, a delegate's event and check-in) are for reading: the
    # import leaves them alone.
    derived = {c.key for c in exporting.DERIVED_COLUMNS}
    assert mapping.columns == {c.key: i for i, c in enumerate(columns) if c.key not in derived}


def test_bilingual_people_import_back(sample_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    export_people(sample_db, path, format="xlsx", bilingual=True)
    # The Chinese names are the zh_CN translations of the fields' labels, from the .ts files.
    assert xlsx_records(path)[0][:2] == ["Name (名称)", "Name in Chinese or Urdu (中文或乌尔都文名称)"]
    with fresh_database(tmp_path, "target.sqlite3") as target:
        report = import_file(target, path, ImportKind.PEOPLE)
        assert report.invalid == 0, report.errors
        assert people_of(target) == people_of(sample_db)


# --- 7. files that cannot be written ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_missing_folder_is_a_write_error(sample_db: Database, tmp_path: Path, fmt: str) -> None:
    destination = tmp_path / "no such folder" / f"people.{fmt}"
    with pytest.raises(ExportError) as caught:
        export_people(sample_db, destination, format=fmt)
    assert caught.value.code == "write" and str(destination) in str(caught.value)
    assert not destination.parent.exists()
    with sample_db.session() as s, pytest.raises(ExportError) as caught:
        export_all(s, tmp_path / "no such folder" / "all.zip")
    assert caught.value.code == "write"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_read_only_folder_is_a_write_error(sample_db: Database, tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError) as caught:
            export_people(sample_db, folder / f"people.{fmt}", format=fmt)
        assert caught.value.code == "write"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_permission_denied_is_a_write_error(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """What a read-only folder does, also when the tests run as root."""

    @contextmanager
    def denied(destination: Path) -> Iterator[Path]:  # the folder refuses a new file
        raise PermissionError(13, "Permission denied")
        yield destination

    monkeypatch.setattr(exporting, "atomic_write", denied)
    with pytest.raises(ExportError) as caught:
        export_people(sample_db, tmp_path / f"people.{fmt}", format=fmt)
    assert caught.value.code == "write" and "Permission denied" in str(caught.value)
    assert not list(tmp_path.glob("*people*"))


# openpyxl's write-only sheet complains when its row writer is dropped half-way (see the report).
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_disk_full_midway_leaves_no_partial_file(tmp_path: Path, fmt: str) -> None:
    def rows() -> Iterator[list[str]]:
        yield ["one"]
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError) as caught:
        exporting.write_table(tmp_path / f"t.{fmt}", ["H"], rows(), ExportOptions(format=fmt))
    assert caught.value.code == "write" and "No space left" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["user-data"]
    gc.collect()  # openpyxl's abandoned row writer complains here, not in a later test


def test_destination_that_is_a_folder_leaves_no_temp_file(sample_db: Database, tmp_path: Path) -> None:
    """The rename at the end fails: the temp file is removed, the folder stays."""
    destination = tmp_path / "people.csv"
    destination.mkdir()
    with pytest.raises(ExportError) as caught:
        export_people(sample_db, destination)
    assert caught.value.code == "write"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".people")] == []
    assert destination.is_dir()


def test_failed_export_keeps_the_previous_file(sample_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "people.csv"
    path.write_text("previous", encoding="utf-8")
    with pytest.raises(Unencodable):
        export_people(sample_db, path, encoding="gbk")
    with pytest.raises(ExportError):
        export_people(sample_db, path, columns=("nope",))
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in folder.iterdir()] == ["people.csv"]


# --- 8. the whole database -------------------------------------------------------------------------


def test_full_export_loads_into_an_empty_database(sample_db: Database, db_path: Path, tmp_path: Path) -> None:
    with sample_db.transaction() as s:  # a tombstoned person travels too
        person = s.scalars(select(Person).order_by(Person.full_name)).first()
        assert person is not None
        person.deleted_at = person.updated_at
    archive = tmp_path / "all.zip"
    with sample_db.session() as s:
        totals = export_all(s, archive)
    sample_db.close()  # checkpoint: dump_sqlite reads the file
    source = dump_sqlite(db_path)
    assert totals == {name: len(source[name]) for name in exporting.FULL_TABLES}

    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert sorted(z.namelist()) == sorted([f"{t}.csv" for t in exporting.FULL_TABLES] + ["manifest.json"])
    assert manifest["format"] == "tvet-alliance-full-export"
    assert manifest["schema_revision"] == migrate.head_revision()
    assert manifest["tables"] == totals

    target_path = tmp_path / "target.sqlite3"
    with fresh_database(tmp_path, "target.sqlite3") as target:
        with target.session() as s:
            counts = load_all(s, archive)
            s.commit()
        assert counts == totals
        with target.session() as s:
            report = maintenance.check_database(target, s)
        assert report.ok, report.problems
    loaded = dump_sqlite(target_path)
    for name in exporting.FULL_TABLES:
        assert loaded[name] == source[name], name
    # The people search index follows the loaded people (its triggers ran).
    with fresh_database(tmp_path, "target.sqlite3") as target, target.session() as s:
        ids = listing.list_ids(s, listing.PEOPLE, search="Zhang")
        assert ids


def test_full_export_only_into_an_empty_database(sample_db: Database, tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    with sample_db.session() as s:
        export_all(s, archive)
    with sample_db.session() as s, pytest.raises(ExportError) as caught:
        load_all(s, archive)
    assert caught.value.code == "not_empty"


def test_load_refuses_what_is_not_a_full_export(db: Database, tmp_path: Path) -> None:
    no_manifest = tmp_path / "no-manifest.zip"
    with zipfile.ZipFile(no_manifest, "w") as z:
        z.writestr("person.csv", '"id"\r\n')
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("manifest.json", json.dumps({"format": "something else"}))
    old = tmp_path / "old-schema.zip"
    with zipfile.ZipFile(old, "w") as z:
        z.writestr(
            "manifest.json", json.dumps({"format": "tvet-alliance-full-export", "schema_revision": "0000"})
        )
    random_file = tmp_path / "random.zip"
    random_file.write_bytes(os.urandom(4096))
    missing = tmp_path / "missing.zip"
    for path in (no_manifest, other, old, random_file, missing):
        with db.session() as s, pytest.raises(ExportError) as caught:
            load_all(s, path)
        assert caught.value.code == "not_export", path
        assert str(path) in str(caught.value)
    with db.session() as s:
        assert s.scalars(select(Person.id)).all() == []


# --- 9. delegates of one event ---------------------------------------------------------------------


def test_delegates_of_an_event_import_back(sample_db: Database, tmp_path: Path) -> None:
    seminar = event_id(sample_db)
    path = tmp_path / "delegates.csv"
    with sample_db.session() as s:
        ids = listing.list_ids(s, listing.DELEGATES, parent_id=seminar)
        result = export(s, ExportKind.DELEGATES, path, ExportOptions(), ids=ids)
        event = s.get(Event, seminar)
        assert event is not None
        event_values = {"name": event.name, "country": event.country, "start_date": event.start_date}
    assert result.rows == len(ids) > 0
    assert len(csv_records(path)) == len(ids) + 1

    # Into the same database: every row is a delegate registered already.
    report = import_file(sample_db, path, ImportKind.DELEGATES, event_id=seminar)
    assert (report.invalid, report.created, report.duplicate_count) == (0, 0, len(ids)), report.errors
    assert {d.reason for d in report.duplicates} == {"registered"}
    assert live_count(sample_db, listing.DELEGATES, seminar) == len(ids)

    # Into a fresh database with the same event: every delegate is created once.
    with fresh_database(tmp_path, "target.sqlite3") as target:
        with target.transaction() as s:
            s.add(Event(**event_values))
        target_event = event_id(target)
        report = import_file(target, path, ImportKind.DELEGATES, event_id=target_event)
        assert (report.invalid, report.duplicate_count, report.created) == (0, 0, len(ids)), report.errors
        assert live_count(target, listing.DELEGATES, target_event) == len(ids)
        got = delegates_of(target, target_event)
        # Imported again: all registered, nothing new.
        again = import_file(
            target, path, ImportKind.DELEGATES, event_id=target_event, on_duplicate=Decision.SKIP
        )
        assert (again.created, again.duplicate_count) == (0, len(ids))
    assert got == delegates_of(sample_db, seminar)


def delegates_of(db: Database, event: uuid.UUID) -> list[tuple[Any, ...]]:
    with db.session() as s:
        rows = s.execute(
            select(
                Person.full_name,
                Person.name_native,
                Person.position,
                Person.email,
                Person.phone,
                Person.wechat_id,
                Person.whatsapp,
                Person.gender,
                Organization.name_en,
                Participation.role,
                Participation.attendance_mode,
                Participation.status,
                Participation.notes,
            )
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Participation.event_id == event)
        ).all()
    return sorted((tuple(r) for r in rows), key=repr)


def test_a_nul_inside_a_cell_is_left_out_of_csv(tmp_path: Path) -> None:
    header = ["Name", "Notes"]
    path = tmp_path / "nul.csv"
    exporting.write_table(path, header, [["Ali", "a\x00b"]], exporting.ExportOptions())
    assert b"\x00" not in path.read_bytes()
    assert '"a' + 'b"' in path.read_text(encoding="utf-8-sig")
