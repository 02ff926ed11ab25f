"""The import options that the wizard's later pages and the CLI fill (services.importing.engine):
constant fields, the value map, cells fixed in the Check page's grid and problems left empty. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization
from tvet_alliance.domain.enums import OrgType
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    ImportKind,
    ImportSetupError,
    SavedMapping,
    load_mapping,
    save,
    value_key,
)

from .test_import_engine import count, do_import, write_csv

PARTNERS = ImportKind.PARTNERS


def test_a_constant_fills_a_required_field_that_no_column_holds(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["Name", "Type"], ["Kashgar Vocational College", "TVET college"]])
    before = count(sample_db, Organization)
    with pytest.raises(ImportSetupError, match="Country"):  # required, and no column holds it
        do_import(sample_db, path, PARTNERS, apply=False)
    report = do_import(sample_db, path, PARTNERS, constants={"country": "China"})
    assert (report.created, report.invalid) == (1, 0)
    with sample_db.session() as s:
        org = s.scalars(
            select(Organization).where(Organization.name_en == "Kashgar Vocational College")
        ).one()
        assert org.country == "CN"
    assert count(sample_db, Organization) == before + 1


def test_a_column_with_a_value_wins_over_the_constant(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, [["Name", "Country"], ["Lahore Skills Centre", "Pakistan"], ["Urumqi Tech", ""]]
    )
    report = do_import(sample_db, path, PARTNERS, constants={"country": "CN"})
    assert report.created == 2
    with sample_db.session() as s:
        countries = dict(s.execute(select(Organization.name_en, Organization.country)).all())
    assert countries["Lahore Skills Centre"] == "PK"
    assert countries["Urumqi Tech"] == "CN"


def test_the_value_map_reads_a_partners_word_or_leaves_it_empty(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Type", "Joined on"],
            ["Alpha Poly", "CN", "Fancy Words", "2024-06-25"],
            ["Beta Poly", "CN", "Unknown kind", "2024-06-25"],
            ["Omega Technical Institute", "CN", "", "2024-06-25"],
        ],
    )
    refused = do_import(sample_db, path, PARTNERS, apply=False)
    assert refused.invalid == 2
    values = {
        "org_type": {value_key("FANCY  words"): OrgType.UNIVERSITY.value, value_key("unknown kind"): None}
    }
    report = do_import(sample_db, path, PARTNERS, values=values)
    assert (report.created, report.invalid) == (3, 0)
    with sample_db.session() as s:
        types = dict(s.execute(select(Organization.name_en, Organization.org_type)).all())
    assert types["Alpha Poly"] is OrgType.UNIVERSITY
    assert types["Beta Poly"] is types["Omega Technical Institute"]  # left empty, as if the cell were


def test_a_cell_fixed_in_the_grid_replaces_the_files(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, [["Name", "Country", "Joined on"], ["Gamma Institute", "Narnia", "32.13.2024"]]
    )
    fixes = {(1, "country"): "Pakistan", (1, "joined_on"): ""}  # row 1: the first data row
    report = do_import(sample_db, path, PARTNERS, fixes=fixes)
    assert (report.created, report.invalid) == (1, 0), report.errors


def test_a_problem_left_empty_in_every_row(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Joined on"],
            ["Delta College", "PK", "sometime"],
            ["Eps College", "Mars", "later"],
        ],
    )
    first = do_import(sample_db, path, PARTNERS, apply=False)
    codes = {(e.row, e.code) for e in first.errors}
    date_code = next(code for row, code in codes if row == 1)
    report = do_import(sample_db, path, PARTNERS, blank={("joined_on", date_code)})
    assert report.created == 1  # Delta; Eps still has a country no one knows
    assert [(e.row, e.column) for e in report.errors] == [(2, "Country")]
    # Delta is kept and says what was left empty; the rejected Eps gets no warning
    assert [(w["row"], w["column"]) for w in report.as_json()["warnings"]] == [(1, "Joined on")]
    assert "sometime" in report.warnings[0].message


def test_a_saved_mapping_keeps_values_and_constants(sample_db: Database) -> None:
    with sample_db.session() as s:
        save(s, "Xinjiang list", PARTNERS, {"名称": "name_en"}, values={"org_type": {"高职": "tvet_college"}},
             constants={"country": "CN"})  # fmt: skip
        s.commit()
        kind, saved = load_mapping(s, "Xinjiang list") or (None, None)
    assert kind is PARTNERS
    assert saved == SavedMapping(
        {"名称": "name_en"}, {"org_type": {"高职": "tvet_college"}}, {"country": "CN"}
    )
