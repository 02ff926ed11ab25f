"""The field catalog and the value kinds: one description of each record's fields, from which the
forms, lists, filters, import, export and history are made; and the bugs it fixed."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tvet_alliance import i18n
from tvet_alliance.domain import Organization, Person, catalog, events, values
from tvet_alliance.domain.enums import ContactConsent, Gender
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting, listing, records
from tvet_alliance.services.exporting import ExportKind, ExportOptions, export
from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run
from tvet_alliance.services.importing.fields import FIELDS

BAHAWALPUR = "Govt. College of Technology, Bahawalpur"


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _import(db: Database, path: Path, kind: ImportKind) -> Any:
    detection = detect(path)
    mapping = auto_map(kind, read_table(path, detection).header)
    with db.session() as s:
        return run(s, path, detection, mapping, ImportOptions(kind), apply=True, sha256="test")


def _partner(db: Database, **values_: Any) -> uuid.UUID:
    with db.session() as s:
        new = records.create(s, "partner", {"name_en": "GCT Bahawalpur", "country": "PK", **values_})
        s.commit()
    return new


# --- 6a. an alias holding a comma stays one alias ------------------------------------------------------


def test_an_alias_with_a_comma_exports_and_imports_back_as_one_alias(db: Database, tmp_path: Path) -> None:
    _partner(db, aliases=[BAHAWALPUR, "GCT BWP"])
    path = tmp_path / "partners.csv"
    with db.session() as s:
        export(s, ExportKind.PARTNERS, path, ExportOptions())
    header, row = _csv(path)[:2]
    assert row[header.index("Other names")] == f"{BAHAWALPUR}; GCT BWP"

    target = Database.open(tmp_path / "target.sqlite3")
    try:
        report = _import(target, path, ImportKind.PARTNERS)
        assert report.invalid == 0, report.errors
        with target.session() as s:
            aliases = s.scalars(select(Organization.aliases)).one()
    finally:
        target.close()
    assert aliases == [BAHAWALPUR, "GCT BWP"]


def test_list_split_rules_per_kind() -> None:
    assert values.split_list(ValueKind.NAMES, f"{BAHAWALPUR}；GCT\nBWP") == [BAHAWALPUR, "GCT", "BWP"]
    assert values.split_list(ValueKind.REFS, "张三、李四, Ali Khan") == ["张三", "李四", "Ali Khan"]
    assert values.split_list(ValueKind.TAGS, "tvet; digital, skills") == ["tvet", "digital, skills"]
    for kind in (ValueKind.NAMES, ValueKind.REFS, ValueKind.TAGS, ValueKind.AREAS):
        assert values.split_list(kind, values.join_list(["a", "b"])) == ["a", "b"]


# --- 6b. history shows what a person understands ---------------------------------------------------------


def test_history_names_the_organisation_and_shows_labels_and_countries(db: Database) -> None:
    first = _partner(db)
    second = _partner(db, name_en="Chongqing Vocational Institute of Engineering", country="CN")
    with db.session() as s:
        person = records.create(s, "person", {"full_name": "Ayesha Khan", "organization_id": first})
        s.commit()
    with db.session() as s:
        version = records.load(s, "person", person).version
        records.update(
            s,
            "person",
            person,
            {"organization_id": second, "gender": Gender.MALE, "nationality": "PK"},
            version,
        )
        s.commit()
    with db.session() as s:
        shown: dict[str | None, tuple[str, str]] = {}
        for e in records.history(s, "person", person):  # newest first
            shown.setdefault(e.field, (e.old, e.new))
    assert shown["organization_id"] == ("GCT Bahawalpur", "Chongqing Vocational Institute of Engineering")
    assert shown["gender"] == ("", "Male")
    assert shown["nationality"] == ("", "Pakistan")
    assert shown["full_name"] == ("", "Ayesha Khan")


def test_display_of_each_kind() -> None:
    assert values.display(ValueKind.COUNTRY, "PK") == "Pakistan"
    assert values.display(ValueKind.COUNTRY, "CN", language="zh_CN") == "中国"
    assert values.display(ValueKind.PROVINCE, "CN-CQ") == "Chongqing"
    assert values.display(ValueKind.ENUM, "male", enum=Gender) == "Male"
    assert values.display(ValueKind.ENUM, Gender.MALE, lambda c, t: f"{c}:{t}") == "Enum:Male"
    org = uuid.uuid4()
    assert values.display_stored(ValueKind.REF, str(org), names={org: "CQVIE"}) == "CQVIE"
    assert values.display_stored(ValueKind.AREAS, '["research", "digital_skills"]', enum=None) == (
        "research, digital_skills"
    )
    assert values.serialize is events.serialize  # one serializer: the change log's
    assert values.cell_text([BAHAWALPUR, "x"]) == f"{BAHAWALPUR}; x"


# --- 1. the catalog is the one description ------------------------------------------------------------------


def test_record_specs_lists_imports_and_exports_derive_from_the_catalog() -> None:
    for key, rtype in records.RECORD_TYPES.items():
        assert rtype.record is catalog.record(key)
    for spec in listing.ALL_SPECS:
        rec = catalog.record(spec.record)
        assert rec.model is spec.model
        by_key = {f.io_key: f for f in rec.fields}
        for column in spec.columns:
            if column.key in by_key:
                assert column.label == by_key[column.key].column_label
        for flt in spec.filters:
            if flt.key in by_key:
                assert (flt.label, flt.kind) == (by_key[flt.key].column_label, by_key[flt.key].kind)
    for kind, fields in FIELDS.items():
        for f in fields:
            matches = [c for r in catalog.RECORDS.values() for c in r.fields if c.io_key == f.key]
            assert matches and f.label == matches[0].header_label, (kind, f.key)
    for spec in exporting.SPECS.values():
        rec = catalog.record(spec.list_spec.record)
        for column in spec.columns:
            if column in exporting.DERIVED_COLUMNS:  # a rank, a delegate's event: no field of its own
                continue
            related = (rec, catalog.PERSON, catalog.TRACK)  # a delegate's person, an entry's track
            field = next((f for r in related for f in r.fields if f.io_key == column.key), None)
            assert field is not None and column.label == field.header_label
            assert column.contact == field.contact
            assert column.internal == field.internal


def test_each_label_is_written_once_in_one_context() -> None:
    """ "Country" is one message of the Fields context, whichever record it belongs to."""
    countries = [f for r in catalog.RECORDS.values() for f in r.fields if f.name == "country"]
    assert len(countries) >= 3 and {f.label for f in countries} == {"Country"}
    source = (Path(catalog.__file__)).read_text("utf-8")
    assert source.count('"Country"') == 1


def test_contact_fields_are_flagged() -> None:
    assert {f.name for f in catalog.PERSON.contact_fields()} == {"email", "phone", "wechat_id", "whatsapp"}


def test_every_catalog_label_has_a_chinese_translation() -> None:
    labels = {
        text
        for r in catalog.RECORDS.values()
        for f in r.fields
        for text in (f.label, f.column_label, f.header_label)
    }
    missing = sorted(t for t in labels if not i18n.translation("zh_CN", catalog.CONTEXT, t))
    assert missing == []


def test_the_ts_lookup_needs_no_qt() -> None:
    assert i18n.translation("zh_CN", "Fields", "Country") == "国家"
    assert i18n.translation("zh_CN", "Fields", "No such text") is None
    assert i18n.translator("zh_CN")("Fields", "No such text") == "No such text"
    assert exporting.header_of([exporting.SPECS[ExportKind.PEOPLE].column("nationality")], True) == [
        "Nationality (国籍)"
    ]


# --- 8. consent to share contact details ------------------------------------------------------------------


def test_a_new_person_was_not_asked(db: Database) -> None:
    with db.session() as s:
        person = records.create(s, "person", {"full_name": "Bilal Ahmed"})
        s.commit()
        assert records.load(s, "person", person).values["contact_consent"] is ContactConsent.NOT_ASKED
    assert records.defaults("person")["contact_consent"] is ContactConsent.NOT_ASKED


def _people(db: Database) -> dict[str, uuid.UUID]:
    out = {}
    with db.session() as s:
        people = (("Yes Person", "yes", 1), ("No Person", "no", 2), ("Unasked Person", None, 3))
        for name, consent, n in people:
            given = {"full_name": name, "email": f"{name.split()[0].lower()}@example.org"}
            given.update({"phone": f"+92300123456{n}", "wechat_id": f"wx{n}", "whatsapp": f"+92300765432{n}"})
            if consent:
                given["contact_consent"] = consent
            out[name] = records.create(s, "person", given)
        s.commit()
    return out


@pytest.mark.parametrize("by_ids", [False, True])
def test_share_export_never_carries_contacts_without_consent(
    db: Database, tmp_path: Path, by_ids: bool
) -> None:
    ids = _people(db)
    path = tmp_path / "people.csv"
    contacts = ("email", "phone", "wechat_id", "whatsapp")
    options = ExportOptions(share=True, columns=("full_name", *contacts))
    with db.session() as s:
        export(s, ExportKind.PEOPLE, path, options, ids=list(ids.values()) if by_ids else None)
    rows = {r[0]: r[1:] for r in _csv(path)[1:]}
    # (phones in international format: a spreadsheet shows them as text, without an apostrophe)
    assert rows["Yes Person"] == ["yes@example.org", "+92 300 1234561", "wx1", "+92 300 7654321"]
    assert rows["No Person"] == ["", "", "", ""]
    assert rows["Unasked Person"] == ["", "", "", ""]
    # Not sharing: the office's own export has everything.
    with db.session() as s:
        export(s, ExportKind.PEOPLE, path, ExportOptions(columns=("full_name", "email")))
    assert {r[0]: r[1] for r in _csv(path)[1:]}["No Person"] == "no@example.org"


def test_share_export_of_delegates_respects_consent(db: Database, tmp_path: Path) -> None:
    ids = _people(db)
    with db.session() as s:
        event = records.create(s, "event", {"name": "Seminar"})
        for person in ids.values():
            records.create(s, "delegate", {"event_id": event, "person_id": person})
        s.commit()
    path = tmp_path / "delegates.csv"
    with db.session() as s:
        export(s, ExportKind.DELEGATES, path, ExportOptions(share=True, columns=("full_name", "email")))
    assert {r[0]: r[1] for r in _csv(path)[1:]} == {
        "Yes Person": "yes@example.org",
        "No Person": "",
        "Unasked Person": "",
    }


def test_consent_is_left_out_of_a_share_export_unless_asked(db: Database, tmp_path: Path) -> None:
    _people(db)
    path = tmp_path / "people.csv"
    with db.session() as s:
        shared = export(s, ExportKind.PEOPLE, path, ExportOptions(share=True))
        everything = export(s, ExportKind.PEOPLE, path, ExportOptions())
    assert "contact_consent" not in shared.columns and "contact_consent" in everything.columns


@pytest.mark.parametrize(
    ("header", "cell"),
    [("Consent", "yes"), ("同意共享", "Yes"), ("رضامندی", "yes"), ("Consent to share contact details", "No")],
)
def test_consent_imports_under_its_names_in_three_languages(
    db: Database, tmp_path: Path, header: str, cell: str
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(f"Name,{header}\r\nZhang Wei,{cell}\r\n", encoding="utf-8")
    report = _import(db, path, ImportKind.PEOPLE)
    assert report.invalid == 0, report.errors
    with db.session() as s:
        consent = s.scalars(select(Person.contact_consent)).one()
    assert consent is ContactConsent(cell.lower())


def test_consent_round_trips_through_export_and_import(db: Database, tmp_path: Path) -> None:
    _people(db)
    path = tmp_path / "people.csv"
    with db.session() as s:
        export(s, ExportKind.PEOPLE, path, ExportOptions(bilingual=True))
    target = Database.open(tmp_path / "target.sqlite3")
    try:
        assert _import(target, path, ImportKind.PEOPLE).invalid == 0
        with target.session() as s:
            got = {
                name: consent for name, consent in s.execute(select(Person.full_name, Person.contact_consent))
            }
    finally:
        target.close()
    assert got == {
        "Yes Person": ContactConsent.YES,
        "No Person": ContactConsent.NO,
        "Unasked Person": ContactConsent.NOT_ASKED,
    }


def test_people_list_shows_and_filters_consent(db: Database) -> None:
    ids = _people(db)
    with db.session() as s:
        found = listing.list_ids(s, listing.PEOPLE, filters={"contact_consent": "yes"})
        rows = listing.fetch_rows(s, listing.PEOPLE, [ids["No Person"]])
    assert found == [ids["Yes Person"]]
    assert rows[ids["No Person"]]["contact_consent"] is ContactConsent.NO
    assert listing.PEOPLE.column("contact_consent").label == "Consent"


def test_the_lists_show_and_search_the_fields_the_catalog_says() -> None:
    """A list's columns are declared with their SQL beside the catalog; they must agree with its
    "listed" and "searchable" flags."""
    for spec in listing.ALL_SPECS:
        rec = catalog.record(spec.record)
        own = {f.io_key for f in rec.fields}
        assert {c.key for c in spec.columns if c.key in own} == {f.io_key for f in rec.fields if f.listed}
        looked_in = (*spec.search, *spec.phones)
        for f in rec.fields:
            column = getattr(spec.model, f.name, None)
            if f.kind in values.TEXT_KINDS | {ValueKind.NAMES} and column is not None:
                assert f.searchable == any(c is column for c in looked_in), (spec.key, f.name)


def test_conflicts_show_values_by_their_kind(db: Database) -> None:
    from tvet_alliance.services.sync.conflicts import display

    with db.session() as s:
        assert display(s, "person", "gender", "male") == "Male"
        assert display(s, "person", "nationality", "PK") == "Pakistan"
        assert display(s, "organization", "aliases", f'["{BAHAWALPUR}", "GCT"]') == f"{BAHAWALPUR}, GCT"
        assert display(s, "person", "position", "Dean") == "Dean"
