"""The values only a person can map (services.importing.values): the scan of a file's refused
choices, countries and provinces with their counts and rows, the choices each can take, and the
value map saved with a mapping and applied by the import. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization
from tvet_alliance.domain.enums import MembershipStatus, OrgType
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    ImportKind,
    ImportOptions,
    ImportSetupError,
    auto_map,
    detect,
    load_mapping,
    read_table,
    save,
    value_key,
)
from tvet_alliance.services.importing import values as v

from .test_import_engine import count, do_import, write_csv

PARTNERS = ImportKind.PARTNERS
CORPUS = Path(__file__).resolve().parents[1] / "data" / "import" / "partners_values.csv"


def scan(path: Path, kind: ImportKind = PARTNERS, **options: object) -> dict[str, v.FieldValues]:
    detection = detect(path)
    mapping = auto_map(kind, read_table(path, detection).header)
    found = v.unrecognised(path, detection, mapping, kind, ImportOptions(kind, **options))  # type: ignore[arg-type]
    return {fv.key: fv for fv in found}


def test_refused_values_are_counted_once_each_however_they_are_written() -> None:
    found = scan(CORPUS)
    assert list(found) == ["province", "org_type", "membership_status"]  # the fields' order
    types = found["org_type"]
    # "Vocational Skills Hub", "vocational  skills hub" and "VOCATIONAL SKILLS HUB" are one value,
    # shown as first written; the most frequent first
    assert [(x.text, x.count, x.rows) for x in types.values] == [
        ("Vocational Skills Hub", 3, [1, 3, 5]),
        ("产教联合体", 2, [2, 4]),
    ]
    assert types.values[0].key == value_key("vocational  SKILLS hub")
    assert (types.more, types.rows) == (0, 5)
    assert [(x.text, x.count) for x in found["membership_status"].values] == [("Partner (awaiting board)", 3)]
    # what the parser reads ("TVET college", "Active", "Punjab") is not listed
    assert "TVET college" not in {x.text for fv in found.values() for x in fv.values}


def test_a_province_is_read_with_its_rows_country() -> None:
    province = scan(CORPUS)["province"]
    # Chongqing is a province of China (row 2) but not of Pakistan (row 5)
    assert [(x.text, x.count, x.rows, x.countries) for x in province.values] == [
        ("Chongqing", 1, [5], ["PK"])
    ]
    assert set(province.countries) == {"PK", "CN"}
    codes = [c.code for c in v.choices(province, countries=province.countries)]
    assert "PK-BA" in codes and "CN-CQ" in codes and not any(c.startswith("GB-") for c in codes)
    labels = {c.code: c.label for c in v.choices(province, language="zh_CN", countries=["CN"])}
    assert labels["CN-XJ"].startswith("新疆")


def test_a_mapped_country_gives_its_provinces_and_an_unknown_one_none(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Province"],
            ["A", "Home country", "Chongqing"],
            ["B", "Nowhere Land", "Chongqing"],
            ["C", "", "Sindh"],
        ],
    )
    found = scan(path)
    assert [x.text for x in found["country"].values] == ["Home country", "Nowhere Land"]
    assert "province" not in found, "a province whose country is unknown is the country's problem"
    found = scan(path, values={"country": {value_key("home country"): "PK"}})
    assert [x.text for x in found["country"].values] == ["Nowhere Land"]
    assert [(x.text, x.rows) for x in found["province"].values] == [("Chongqing", [1])]
    assert found["province"].countries == ("PK",)


def test_values_the_map_already_knows_are_not_listed_and_constants_are_scanned() -> None:
    known = {"org_type": {value_key("Vocational Skills Hub"): "tvet_college", value_key("产教联合体"): None}}
    found = scan(CORPUS, values=known)
    assert "org_type" not in found
    path = CORPUS
    detection = detect(path)
    mapping = auto_map(PARTNERS, ["Name", "Country"])  # only the first two columns
    options = ImportOptions(PARTNERS, constants={"alliance_role": "Friend of the alliance"})
    (role,) = v.unrecognised(path, detection, mapping, PARTNERS, options)
    assert (role.key, [(x.text, x.count) for x in role.values]) == (
        "alliance_role",
        [("Friend of the alliance", 6)],
    )


def test_a_field_stops_listing_at_the_limit_and_says_how_many_more(tmp_path: Path) -> None:
    rows = [["Name", "Country", "Type"]]
    rows += [[f"College {i}", "CN", f"Kind {i % 30}"] for i in range(90)]
    path = write_csv(tmp_path, rows)
    detection = detect(path)
    mapping = auto_map(PARTNERS, read_table(path, detection).header)
    progress: list[tuple[int, int]] = []
    (types,) = v.unrecognised(
        path,
        detection,
        mapping,
        PARTNERS,
        ImportOptions(PARTNERS),
        limit=10,
        progress=lambda d, t: progress.append((d, t)),
    )
    assert len(types.values) == 10
    assert all(x.count == 3 for x in types.values)
    assert (types.more, types.more_rows, types.rows) == (20, 60, 90)
    assert progress[-1][0] == progress[-1][1] > 0, "the scan ends at the end of the file"


def test_choices_in_the_readers_language() -> None:
    field = v.find_field(PARTNERS, "org_type")
    english = v.choices(field)
    assert [c.code for c in english] == [m.value for m in OrgType]
    assert english[0].label == "TVET college"
    shouted = v.choices(field, translate=lambda _ctx, text: text.upper())
    assert shouted[0].label == "TVET COLLEGE"
    countries = {c.code: c.label for c in v.choices(v.find_field(PARTNERS, "country"), language="zh_CN")}
    assert countries["PK"] == "巴基斯坦"


def test_a_choice_is_named_by_code_or_english_label_and_a_field_by_key_label_or_header() -> None:
    assert v.resolve_choice(PARTNERS, "org_type", "association") == "association"
    assert v.resolve_choice(PARTNERS, "org_type", "Government authority") == "government_authority"
    assert v.resolve_choice(PARTNERS, "org_type", "") is None
    assert v.resolve_choice(PARTNERS, "country", "Pakistan") == "PK"
    assert v.resolve_choice(PARTNERS, "province", "cn-xj") == "CN-XJ"
    with pytest.raises(ImportSetupError, match="Cooperative is not a choice of Type; choices: tvet_college"):
        v.resolve_choice(PARTNERS, "org_type", "Cooperative")
    with pytest.raises(ImportSetupError, match="Xinjiang is not a province"):
        v.resolve_choice(PARTNERS, "province", "Xinjiang")
    header = ["院校", "类别"]
    mapping = auto_map(PARTNERS, header).with_choice("org_type", 1)
    assert v.find_field(PARTNERS, "Type").key == "org_type"
    assert v.find_field(PARTNERS, "membership status").key == "membership_status"
    assert v.find_field(PARTNERS, "类别", header, mapping).key == "org_type"
    with pytest.raises(ImportSetupError, match="Flavour is not a field of this import; fields: country"):
        v.find_field(PARTNERS, "Flavour")
    with pytest.raises(ImportSetupError, match="has no choices"):
        v.find_field(PARTNERS, "name_en")


def test_the_value_map_is_saved_reloaded_and_lands_in_the_database(sample_db: Database) -> None:
    chosen = {
        "org_type": {
            value_key("Vocational Skills Hub"): "tvet_college",
            value_key("产教联合体"): "association",
        },
        "membership_status": {value_key("Partner (awaiting board)"): "prospective"},
        "province": {value_key("Chongqing"): None},  # leave it empty
    }
    header = read_table(CORPUS, detect(CORPUS)).header
    mapping = auto_map(PARTNERS, header)
    with sample_db.session() as s:
        save(s, "Skills hubs", PARTNERS, mapping.by_header(header), values=chosen)
        s.commit()
    with sample_db.session() as s:
        loaded = load_mapping(s, "Skills hubs")
    assert loaded is not None
    kind, saved = loaded
    assert kind is PARTNERS and saved.values == chosen and saved.columns["Type"] == "org_type"
    assert scan(CORPUS, values=saved.values) == {}, "nothing left to map"

    before = count(sample_db, Organization)
    report = do_import(sample_db, CORPUS, PARTNERS, values=saved.values)
    assert (report.created, report.invalid) == (6, 0), report.errors
    with sample_db.session() as s:
        rows = {
            name: (org_type, status, province)
            for name, org_type, status, province in s.execute(
                select(
                    Organization.name_en,
                    Organization.org_type,
                    Organization.membership_status,
                    Organization.province,
                )
            )
        }
    assert rows["Quetta Skills Hub"] == (OrgType.TVET_COLLEGE, MembershipStatus.PROSPECTIVE, "PK-BA")
    assert rows["Sichuan Vocational Education Group"][0] is OrgType.ASSOCIATION
    assert rows["Karachi Skills Hub"][2] is None
    # "leave Chongqing empty" is for the row it was refused in: a Chinese partner's stays
    assert rows["Chongqing Vocational Education Group"][2] == "CN-CQ"
    assert count(sample_db, Organization) == before + 6


def test_a_column_of_free_text_is_read_only_until_enough_is_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(v, "COUNT_MORE", 25)
    rows = [["Name", "Country", "Type"]] + [[f"College {i}", "CN", f"Free text {i}"] for i in range(100)]
    path = write_csv(tmp_path, rows)
    detection = detect(path)
    mapping = auto_map(PARTNERS, read_table(path, detection).header)
    (types,) = v.unrecognised(path, detection, mapping, PARTNERS, ImportOptions(PARTNERS), limit=10)
    assert (len(types.values), types.more, types.more_rows, types.complete) == (10, 25, 25, False)


def test_a_province_before_its_mapped_country_is_read_with_that_country(
    sample_db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path, [["Province", "Name", "Country"], ["Sindh", "Hyderabad Skills Hub", "Home country"]]
    )
    found = scan(path)
    assert list(found) == ["country"], "the province waits for its country"
    values = {"country": {value_key("Home country"): "PK"}}
    assert scan(path, values=values) == {}
    report = do_import(sample_db, path, PARTNERS, values=values)
    assert (report.created, report.invalid) == (1, 0), report.errors
    with sample_db.session() as s:
        org = s.scalars(select(Organization).where(Organization.name_en == "Hyderabad Skills Hub")).one()
        assert (org.country, org.province) == ("PK", "PK-SD")
