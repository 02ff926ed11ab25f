"""The organisations a people or delegates import would create are listed first, each with the
closest partners; the person's choice per name is applied (issue 14, item 11). No Qt."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    ImportKind,
    ImportOptions,
    ImportSetupError,
    auto_map,
    detect,
    read_table,
)
from tvet_alliance.services.importing.engine import CREATE_ORGANIZATION
from tvet_alliance.services.importing.organizations import Scan, scan

from .test_import_engine import count, do_import, write_csv

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import" / "people_unknown_orgs.csv"
PEOPLE = ImportKind.PEOPLE
TYPO = "Chongqing Vocational Institute of Engineerng"
NEW = "Gilgit-Baltistan Skills Academy"
CQVIE = "Chongqing Vocational Institute of Engineering"
EMAILS = {
    "Wang Lei": "wanglei@cqvie.edu.cn",
    "Zhao Min": "zhaomin@cqvie.edu.cn",
    "Ahmed Raza": "ahmed.raza@gbsa.pk",
    "Li Ming": "liming@szpu.edu.cn",
    "Wang Leiming": "wlm@example.cn",
}


def scanned(db: Database, path: Path = CORPUS, kind: ImportKind = PEOPLE, **options: object) -> Scan:
    detection = detect(path)
    mapping = auto_map(kind, read_table(path, detection).header)
    with db.session() as s:
        return scan(s, path, detection, mapping, ImportOptions(kind, **options))  # type: ignore[arg-type]


def partner_id(db: Database, name: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Organization.id).where(Organization.name_en == name)).one()


def organisations_of_people(db: Database) -> dict[str, str | None]:
    with db.session() as s:
        rows = s.execute(
            select(Person.full_name, Organization.display_name)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.full_name.in_(list(EMAILS)), Person.email.in_(list(EMAILS.values())))
        ).all()
    return {name: org for name, org in rows}


def test_the_scan_lists_the_unknown_names_with_counts_and_the_closest_partners(sample_db: Database) -> None:
    result = scanned(sample_db)
    assert [(u.name, u.rows, u.first_row) for u in result.unknown] == [(TYPO, 2, 3), (NEW, 2, 5)]
    assert result.known_rows == 3  # a lower-case name, the Chinese name and an alias are known partners
    typo, new = result.unknown
    assert typo.spellings == [TYPO, TYPO.upper()]  # one organisation in two spellings
    assert typo.closest[0].name == CQVIE and typo.closest[0].country == "CN"
    assert typo.closest[0].score >= 95 and typo.likely is not None
    assert len(typo.closest) <= 3
    assert new.likely is None  # nothing close: the page suggests creating it
    assert all(c.score < 90 for c in new.closest)
    assert typo.as_json()["closest"][0]["name"] == CQVIE  # type: ignore[index]


def test_names_already_answered_and_other_kinds_are_not_listed(sample_db: Database, tmp_path: Path) -> None:
    assert [u.name for u in scanned(sample_db, organizations={TYPO.lower(): None}).unknown] == [NEW]
    partners = write_csv(tmp_path, [["Name", "Country"], ["Nowhere College", "CN"]])
    assert scanned(sample_db, partners, ImportKind.PARTNERS).unknown == []
    nothing = write_csv(tmp_path, [["Name"], ["Wang Lei"]], "no_orgs.csv")
    assert scanned(sample_db, nothing).unknown == []


def test_a_constant_organisation_is_scanned_too(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["Name"], ["Wang Lei"], ["Zhao Min"]])
    result = scanned(sample_db, path, constants={"organization": "Kashgar Skills Centre"})
    assert [(u.name, u.rows) for u in result.unknown] == [("Kashgar Skills Centre", 2)]


def test_without_choices_the_import_creates_them_and_counts_them(sample_db: Database) -> None:
    before = count(sample_db, Organization)
    report = do_import(sample_db, CORPUS, PEOPLE, constants={"nationality": "CN"})
    assert (report.created, report.invalid) == (7, 0)
    assert report.partners_created == 2 and report.organizations_created == [TYPO, NEW]
    assert report.as_json()["organizations_created"] == [TYPO, NEW]
    assert report.as_json()["partners_created"] == 2
    assert count(sample_db, Organization) == before + 2


def test_each_choice_is_applied(sample_db: Database) -> None:
    before = count(sample_db, Organization)
    cqvie = partner_id(sample_db, CQVIE)
    choices: dict[str, uuid.UUID | str | None] = {TYPO: cqvie, NEW: None}
    report = do_import(sample_db, CORPUS, PEOPLE, constants={"nationality": "CN"}, organizations=choices)
    assert (report.created, report.invalid, report.partners_created) == (7, 0, 0)
    assert count(sample_db, Organization) == before  # nothing created
    orgs = organisations_of_people(sample_db)
    assert orgs["Wang Lei"] == orgs["Zhao Min"] == CQVIE  # both spellings, any case
    assert orgs["Ahmed Raza"] is None  # "leave empty"
    assert orgs["Li Ming"] == "Shenzhen Polytechnic University"  # names not in the map: as before


def test_create_creates_once_for_every_spelling(sample_db: Database) -> None:
    choices: dict[str, uuid.UUID | str | None] = {TYPO: CREATE_ORGANIZATION, NEW: CREATE_ORGANIZATION}
    report = do_import(sample_db, CORPUS, PEOPLE, constants={"nationality": "CN"}, organizations=choices)
    assert report.organizations_created == [TYPO, NEW]
    orgs = organisations_of_people(sample_db)
    assert orgs["Wang Lei"] == orgs["Zhao Min"] == TYPO


def test_a_chosen_partner_that_no_longer_exists_stops_the_import_and_writes_nothing(
    sample_db: Database,
) -> None:
    before = (count(sample_db, Organization), count(sample_db, Person))
    with pytest.raises(ImportSetupError, match="no longer exists") as caught:
        do_import(sample_db, CORPUS, PEOPLE, organizations={TYPO: uuid.uuid4()})
    assert TYPO in str(caught.value)
    assert (count(sample_db, Organization), count(sample_db, Person)) == before


def test_no_new_partners_rejects_the_rows_naming_unknown_organisations(sample_db: Database) -> None:
    before = (count(sample_db, Organization), count(sample_db, Person))
    report = do_import(
        sample_db,
        CORPUS,
        PEOPLE,
        constants={"nationality": "CN"},
        new_organizations=False,
        organizations={NEW: None},
    )
    assert (report.created, report.invalid, report.partners_created) == (5, 2, 0)
    assert {(e.row, e.code) for e in report.errors} == {(3, "org_unknown"), (4, "org_unknown")}
    assert report.errors[0].message == f"There is no partner called {TYPO}, and this import creates none."
    assert count(sample_db, Organization) == before[0]
    assert count(sample_db, Person) == before[1] + 5


def test_a_delegates_import_applies_the_choices(sample_db: Database, tmp_path: Path) -> None:
    from .test_import_engine import event_id

    path = write_csv(
        tmp_path,
        [
            ["Name", "Organisation", "Nationality", "Email"],
            ["Wang Leiming", TYPO, "CN", EMAILS["Wang Leiming"]],
        ],
    )
    eid = event_id(sample_db)
    result = scanned(sample_db, path, ImportKind.DELEGATES, event_id=eid)
    assert [u.name for u in result.unknown] == [TYPO]
    choice = result.unknown[0].closest[0].id
    report = do_import(sample_db, path, ImportKind.DELEGATES, event_id=eid, organizations={TYPO: choice})
    assert (report.created, report.partners_created) == (1, 0)
    assert organisations_of_people(sample_db)["Wang Leiming"] == CQVIE


# --- the command line ------------------------------------------------------------------------------


def _people_with_countries(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path,
        [
            ["Name", "Organisation", "Nationality", "Email"],
            ["Wang Lei", TYPO, "China", "wl@example.cn"],
            ["Ahmed Raza", NEW, "Pakistan", "ar@example.pk"],
            ["Li Ming", "SZPU", "China", "lm@example.cn"],
        ],
        "people.csv",
    )


def test_the_dry_run_lists_the_organisations_to_create(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from .helpers import dump_sqlite
    from .test_cli import run

    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    path = _people_with_countries(tmp_path)
    before = dump_sqlite(db)
    code, out, err = run(capsys, "--db", str(db), "import", "people", str(path), "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    listed = data["organizations_to_create"]
    assert [(o["name"], o["rows"]) for o in listed] == [(TYPO, 1), (NEW, 1)]
    assert listed[0]["closest"][0]["name"] == CQVIE and listed[0]["closest"][0]["score"] >= 95
    assert listed[1]["closest"] == []
    assert (data["partners_created"], data["organizations_created"]) == (2, [TYPO, NEW])
    code, out, _ = run(capsys, "--db", str(db), "import", "people", str(path), "--dry-run")
    assert code == 0
    assert "Organisations that are not partners yet (2):" in out
    assert f"  {TYPO}: 1 row; closest partners: {CQVIE} (CN) 99%" in out
    assert f"Would create 2 partners: {TYPO}, {NEW}" in out
    assert dump_sqlite(db) == before


def test_a_real_import_names_the_partners_it_created_and_can_refuse_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from .test_cli import run

    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    path = _people_with_countries(tmp_path)
    code, out, err = run(
        capsys, "--db", str(db), "import", "people", str(path), "--no-new-partners", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["created"], data["invalid"], data["partners_created"]) == (1, 2, 0)
    assert [e["message"] for e in data["errors"]] == [
        f"There is no partner called {TYPO}, and this import creates none.",
        f"There is no partner called {NEW}, and this import creates none.",
    ]
    code, out, _ = run(capsys, "--db", str(db), "import", "people", str(path))
    assert code == 0
    assert "Created 2, updated 0, skipped 1." in out  # Li Ming is there already
    assert f"Created 2 partners: {TYPO}, {NEW}" in out


def test_the_command_line_chooses_per_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from .helpers import dump_sqlite
    from .test_cli import assert_one_line_error, run

    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    path = _people_with_countries(tmp_path)
    before = dump_sqlite(db)
    code, _, err = run(
        capsys, "--db", str(db), "import", "people", str(path), "--organization", f"{TYPO}=Nowhere"
    )
    assert code == 2
    assert_one_line_error(err)
    assert "there is no partner called Nowhere" in err
    assert dump_sqlite(db) == before
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "import",
        "people",
        str(path),
        "--organization",
        f"{TYPO.upper()}=CQVIE",  # any case; the partner by its short name
        "--organization",
        f"{NEW}=empty",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["created"], data["partners_created"], data["organizations_to_create"]) == (3, 0, [])
    sample_db = Database.open(db)
    try:
        with sample_db.session() as s:
            orgs = dict(
                s.execute(
                    select(Person.email, Organization.display_name)
                    .outerjoin(Organization, Organization.id == Person.organization_id)
                    .where(Person.email.in_(["wl@example.cn", "ar@example.pk"]))
                ).all()
            )
        assert orgs == {"wl@example.cn": CQVIE, "ar@example.pk": None}
    finally:
        sample_db.close()
