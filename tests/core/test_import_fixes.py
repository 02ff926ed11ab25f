"""Fixing a partner's file without editing it (issue 14 item 5, Qt-free): a cell typed on the Check
page is checked at once (``check_cell``), and a problem can be left empty in every row — also one
that only the domain's rule finds (an e-mail, a web address) — each such row kept with a warning;
the rejected-rows file then holds what is left, with the partner's own text and the reasons."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tvet_alliance.domain import Organization, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    ImportKind,
    ImportOptions,
    ImportSetupError,
    check_cell,
    value_key,
)
from tvet_alliance.services.importing.files import write_rejected

from .test_import_engine import count, do_import, event_id, write_csv

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
DELEGATES = ImportKind.DELEGATES
PARTNERS = ImportKind.PARTNERS


@pytest.fixture
def fixable(tmp_path: Path) -> Path:
    path = tmp_path / "delegates_fixable.csv"
    shutil.copyfile(CORPUS / "delegates_fixable.csv", path)
    return path


def _registered(db: Database) -> dict[str, str | None]:
    """Name -> e-mail of the people registered for the seminar."""
    with db.session() as s:
        rows = s.execute(
            select(Person.full_name, Person.email)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.event_id == event_id(db))
        )
        return {name: email for name, email in rows}


def test_the_file_as_sent_rejects_two_rows(sample_db: Database, fixable: Path) -> None:
    report = do_import(sample_db, fixable, DELEGATES, apply=False, event_id=event_id(sample_db))
    assert (report.rows, report.valid, report.invalid) == (4, 2, 2)
    problems = sorted((e.row, e.key, e.code) for e in report.errors)
    assert problems == [(2, "email", "email"), (2, "nationality", "country"), (3, "email", "email")]
    assert [e.column for e in report.errors if e.key == "email"] == ["E-mail", "E-mail"]


def test_a_domain_level_problem_left_empty_and_a_fixed_cell(sample_db: Database, fixable: Path) -> None:
    """The e-mail problem (the domain's rule, not the parser's) left empty in every row, row 2's
    nationality typed in the grid: every row is imported, the two e-mails empty, each of those rows
    with a warning that says what was left empty."""
    seminar = event_id(sample_db)
    people = count(sample_db, Person)
    report = do_import(
        sample_db,
        fixable,
        DELEGATES,
        event_id=seminar,
        fixes={(2, "nationality"): "Pakistan"},
        blank={("email", "email")},
    )
    assert (report.valid, report.invalid, report.created) == (4, 0, 4), report.errors
    assert report.rejected == []
    assert [(w.row, w.column, w.code, w.key) for w in report.warnings] == [
        (2, "E-mail", "left_empty", "email"),
        (3, "E-mail", "left_empty", "email"),
    ]
    assert report.warning_count == 2
    assert "ahmed.raza at tevta.gop.pk" in report.warnings[0].message
    assert report.warnings[0].message.startswith("Left empty, as chosen:")
    assert report.as_json()["warnings"][1] == {
        "row": 3,
        "column": "E-mail",
        "message": report.warnings[1].message,
    }
    # the cells of the rows kept with warnings, as the file has them, for the Check page's grid
    assert [number for number, _cells in report.warned_rows] == [2, 3]
    assert report.warned_rows[0][1][2] == "Punjab"
    registered = _registered(sample_db)
    assert registered["Ahmed Raza"] is None and registered["Liu Min"] is None
    assert registered["Zhou Lan"] == "zhoulan@cqvie.edu.cn"
    assert registered["Sana Iqbal"] == "sana.iqbal@tevta.gop.pk"
    assert count(sample_db, Person) == people + 4
    with sample_db.session() as s:
        nationality = s.scalar(select(Person.nationality).where(Person.full_name == "Ahmed Raza"))
    assert nationality == "PK"


def test_a_row_still_rejected_gets_no_warning_and_keeps_its_text(
    sample_db: Database, fixable: Path, tmp_path: Path
) -> None:
    """Only the e-mail problem is left empty: row 3 is kept (with its warning), row 2 is still
    rejected for its nationality. The rejected file holds row 2 as the partner wrote it — the
    e-mail too, though it was left empty — and only the reason that is left."""
    report = do_import(
        sample_db, fixable, DELEGATES, event_id=event_id(sample_db), blank={("email", "email")}
    )
    assert (report.valid, report.invalid) == (3, 1)
    assert [(w.row, w.code) for w in report.warnings] == [(3, "left_empty")]
    assert [(e.row, e.key) for e in report.errors] == [(2, "nationality")]
    target = tmp_path / "rejected.csv"
    write_rejected(report, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert rows[0] == ["row", "Name", "Organisation", "Nationality", "E-mail", "Attendance", "reason"]
    assert rows[1][:6] == [
        "2",
        "Ahmed Raza",
        "Punjab TEVTA",
        "Punjab",
        "ahmed.raza at tevta.gop.pk",
        "Online",
    ]
    assert rows[1][6].startswith("Nationality: Punjab is not a country")
    assert "E-mail" not in rows[1][6]
    assert len(rows) == 2


def test_the_rejected_file_after_a_fix_that_is_still_wrong(
    sample_db: Database, fixable: Path, tmp_path: Path
) -> None:
    """A cell fixed with another wrong text: the row stays rejected, the file keeps the partner's
    text and the reason names what was typed."""
    report = do_import(
        sample_db,
        fixable,
        DELEGATES,
        apply=False,
        event_id=event_id(sample_db),
        fixes={(2, "nationality"): "Lahore", (2, "email"): "ahmed.raza@tevta.gop.pk", (3, "email"): ""},
    )
    assert (report.valid, report.invalid) == (3, 1)
    target = tmp_path / "rejected.csv"
    write_rejected(report, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert rows[1][3] == "Punjab" and rows[1][4] == "ahmed.raza at tevta.gop.pk"
    assert (
        rows[1][6]
        == "Nationality: Lahore is not a country we know (write it in English or Chinese, or as a code like PK)."
    )


def test_a_required_field_cannot_be_left_empty(sample_db: Database, fixable: Path) -> None:
    people = count(sample_db, Person)
    with pytest.raises(ImportSetupError, match="Name is needed in every row") as raised:
        do_import(
            sample_db, fixable, DELEGATES, event_id=event_id(sample_db), blank={("full_name", "required")}
        )
    assert raised.value.code == "blank_required"
    assert count(sample_db, Person) == people


def test_a_partners_web_address_left_empty(sample_db: Database, tmp_path: Path) -> None:
    """A web address is refused by the domain's rule (Organization.validate): left empty, the
    partner is imported; a problem of another field stays a problem."""
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Website", "E-mail"],
            ["Hotan Vocational College", "China", "www hotan edu cn", "office@hotan.edu.cn"],
            ["Gwadar Skills Institute", "Pakistan", "gwadar.edu.pk/home page", "info at gwadar"],
        ],
    )
    before = count(sample_db, Organization)
    first = do_import(sample_db, path, PARTNERS, apply=False)
    website_codes = {e.code for e in first.errors if e.key == "website"}
    assert len(website_codes) == 1 and first.invalid == 2
    report = do_import(sample_db, path, PARTNERS, blank={("website", next(iter(website_codes)))})
    assert (report.created, report.invalid) == (1, 1)
    assert [(e.row, e.key) for e in report.errors] == [(2, "email")]
    assert [(w.row, w.key) for w in report.warnings] == [(1, "website")]
    with sample_db.session() as s:
        org = s.scalars(select(Organization).where(Organization.name_en == "Hotan Vocational College")).one()
        assert org.website is None and org.email == "office@hotan.edu.cn"
        assert s.scalar(select(func.count()).select_from(Organization)) == before + 1


# --- a cell checked as it is typed ----------------------------------------------------------------


def test_check_cell_reads_a_typed_value_as_the_import_would() -> None:
    options = ImportOptions(DELEGATES)
    row = {"full_name": "Ahmed Raza", "nationality": "Punjab", "email": "x"}
    bad = check_cell(options, "nationality", "Punjab", row)
    assert bad is not None and (bad.code, bad.key, bad.column) == ("country", "nationality", "Nationality")
    assert "Punjab" in bad.message
    assert check_cell(options, "nationality", "Pakistan", row) is None
    assert check_cell(options, "nationality", "", row) is None  # not required: empty is fine
    # the domain's rule for one field, at once
    email = check_cell(options, "email", "ahmed.raza at tevta.gop.pk", row)
    assert email is not None and email.code == "email"
    assert check_cell(options, "email", " ahmed.raza@tevta.gop.pk ", row) is None
    name = check_cell(options, "full_name", "  ", row)
    assert name is not None and name.code == "required"
    # a phone is read as a number of the row's nationality; without one, the test import decides
    assert check_cell(options, "phone", "0300 1234567", {"nationality": "Pakistan"}) is None
    bad_phone = check_cell(options, "phone", "12", {"nationality": "Pakistan"})
    assert bad_phone is not None and bad_phone.key == "phone"
    assert check_cell(options, "phone", "0300 1234567", {}) is None
    # choices, and the person's value map
    mode = check_cell(options, "attendance_mode", "by plane", row)
    assert mode is not None and mode.code == "choice"
    mapped = ImportOptions(DELEGATES, values={"attendance_mode": {value_key("by plane"): "in_person"}})
    assert check_cell(mapped, "attendance_mode", "By Plane", row) is None


def test_check_cell_for_partners_uses_the_rows_country() -> None:
    options = ImportOptions(PARTNERS)
    assert check_cell(options, "province", "Punjab", {"country": "Pakistan"}) is None
    bad = check_cell(options, "province", "Punjab", {"country": "China"})
    assert bad is not None and bad.code == "province"
    site = check_cell(options, "website", "www hotan edu cn", {})
    assert site is not None and site.key == "website"
    assert check_cell(options, "website", "https://hotan.edu.cn", {}) is None
    assert check_cell(options, "no_such_field", "x", {}) is None


def test_the_cli_prints_the_warnings_count_and_the_first_few(
    sample_db: Database, fixable: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tvet_alliance import cli

    report = do_import(
        sample_db, fixable, DELEGATES, apply=False, event_id=event_id(sample_db), blank={("email", "email")}
    )
    cli._print_import(report, fixable, dry_run=True)
    out = capsys.readouterr().out
    assert "1 row kept with warnings (1 warning):" in out
    assert "  row 3, E-mail: Left empty, as chosen: “liumin@@tsguas.edu.cn” is not an e-mail address" in out
    monkeypatch.setattr(cli, "WARNINGS_SHOWN", 0)
    cli._print_import(report, fixable, dry_run=True)
    out = capsys.readouterr().out
    assert "row 3, E-mail: Left" not in out and "… and 1 more (use --json)" in out


def test_a_phone_the_domain_refuses_left_empty(sample_db: Database, tmp_path: Path) -> None:
    """A phone too short for its country is the domain's problem (validation.phone, read with the
    row's nationality): left empty, the person is imported without it, with the warning."""
    path = write_csv(
        tmp_path,
        [
            ["Name", "Nationality", "Mobile", "E-mail"],
            ["Bilal Ahmad", "Pakistan", "0300 12", "bilal@example.pk"],
            ["Hina Shah", "Pakistan", "0301 2345678", "hina@example.pk"],
        ],
    )
    people = count(sample_db, Person)
    first = do_import(sample_db, path, ImportKind.PEOPLE, apply=False)
    (error,) = first.errors
    assert (error.row, error.key) == (1, "phone")
    report = do_import(sample_db, path, ImportKind.PEOPLE, blank={("phone", error.code)})
    assert (report.created, report.invalid) == (2, 0)
    assert [(w.row, w.column, w.key) for w in report.warnings] == [(1, "Mobile", "phone")]
    assert "0300 12" in report.warnings[0].message
    with sample_db.session() as s:
        rows = s.execute(select(Person.full_name, Person.phone).where(Person.email.like("%@example.pk")))
        phones = {name: phone for name, phone in rows}
    assert phones == {"Bilal Ahmad": None, "Hina Shah": "+923012345678"}
    assert count(sample_db, Person) == people + 2
