"""Phones as partners send them (issue 14, item 6): a number of the right length for its country is
kept in E.164, with a warning when it is in no range in use; Excel's scientific notation has its own
message; an impossible number is still refused. The fast path of validation.phone (the region's
patterns, compiled once) always agrees with the full parser. No Qt."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization, Participation, Person
from tvet_alliance.domain import validation as v
from tvet_alliance.persistence import Database

from .test_cli import run as cli_run
from .test_import_engine import DELEGATES, PARTNERS, count, do_import, event_id, write_csv

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
EXCEL = "Excel turned this phone number into a number; its last digits are lost."


def phones_of(db: Database) -> dict[str, str | None]:
    with db.session() as s:
        return dict(s.execute(select(Person.full_name, Person.phone)).all())


# --- the rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "region", "stored"),
    [
        ("13812345678", "CN", "+8613812345678"),  # China Mobile 138
        ("186 0000 1234", "CN", "+8618600001234"),  # China Unicom 186, spaced
        ("+86 199 7710 5572", None, "+8619977105572"),
        ("0300-1234567", "PK", "+923001234567"),  # Pakistani 03XX
        ("0321 9203098", "PK", "+923219203098"),
        ("+92 333 5556677", "PK", "+923335556677"),
    ],
)
def test_valid_mobiles_are_stored_in_e164_without_a_warning(
    typed: str, region: str | None, stored: str
) -> None:
    assert v.phone(typed, region) == stored
    assert v.unassigned(stored) is None


@pytest.mark.parametrize(
    ("typed", "region", "stored", "country"),
    [
        ("174 1234 5678", "CN", "+8617412345678", "CN"),
        ("0399-1234567", "PK", "+923991234567", "PK"),
        ("+92 399 1234567", None, "+923991234567", "PK"),
    ],
)
def test_a_possible_number_in_no_range_in_use_is_kept_with_a_warning(
    typed: str, region: str | None, stored: str, country: str
) -> None:
    assert v.phone(typed, region) == stored
    note = v.unassigned(stored)
    assert note is not None and note.code == "phone_unassigned"
    assert (
        note.message.format(**note.params) == f"This number is not in a range in use in {country}; check it."
    )
    v._E164_SEEN.clear()  # the warning does not depend on the remembered numbers
    assert v.unassigned(stored) is not None and v.unassigned(v.phone(stored, None)) is not None


@pytest.mark.parametrize("typed", ["8.61426E+12", "9.23E+11", "8,61426E+12", "8.6E12", "9.23e+11"])
def test_excels_scientific_notation_has_its_own_message(typed: str) -> None:
    with pytest.raises(v.Invalid) as exc:
        v.phone(typed, "CN")
    assert exc.value.code == "phone_excel"
    assert exc.value.message == EXCEL


@pytest.mark.parametrize("typed", ["12345", "0300 12", "138123456789012", "call the office"])
def test_an_impossible_number_is_still_refused(typed: str) -> None:
    with pytest.raises(v.Invalid) as exc:
        v.phone(typed, "CN")
    assert exc.value.code == "phone"


def _parser(text: str, region: str | None) -> str | None:
    """The full parser's verdict: E.164 of a valid number, else None."""
    try:
        parsed = phonenumbers.parse(text, region if not text.startswith("+") else None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def test_the_fast_path_agrees_with_the_full_parser() -> None:
    """Numbers near every region's example mobile and fixed-line numbers, written as people do
    (national, with the trunk 0, with the calling code, with + and spaces): whenever the compiled
    patterns decide, they decide as phonenumbers does."""
    rnd = random.Random(14)
    decided = 0
    types = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in types:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = phonenumbers.national_significant_number(example)
            cc = str(example.country_code)
            for _ in range(4):
                tail = "".join(rnd.choice("0123456789") for _ in range(3))
                number = national[:-3] + tail if len(national) > 5 else national
                for text in (number, "0" + number, cc + number, f"+{cc} {number}", f"+{cc}0{number}"):
                    fast = v._fast_e164(text, region)
                    if fast is not None:
                        decided += 1
                        assert fast == _parser(text, region), (region, text)
    assert decided > 1000  # the fast path is taken for most well-formed numbers


# --- the import ------------------------------------------------------------------------------------


def test_delegates_phones_corpus(sample_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "delegates_phones.csv"
    shutil.copyfile(CORPUS / "delegates_phones.csv", path)
    before = count(sample_db, Participation)
    report = do_import(sample_db, path, DELEGATES, event_id=event_id(sample_db))
    by_row = {e.row: (e.column, e.code, e.message) for e in report.errors}
    assert by_row == {
        3: ("手机", "phone_excel", EXCEL),
        6: ("手机", "phone_excel", EXCEL),
        7: ("手机", "phone_excel", EXCEL),
        8: ("手机", "phone", "“12345” is not a valid phone number for CN."),
    }
    assert [(w.row, w.column, w.message) for w in report.warnings] == [
        (2, "手机", "This number is not in a range in use in CN; check it."),
        (5, "手机", "This number is not in a range in use in PK; check it."),
    ]
    assert report.warning_count == 2
    assert [d.as_json() for d in report.duplicates] == []
    assert report.created == 6 and count(sample_db, Participation) == before + 6
    phones = phones_of(sample_db)
    assert phones["张伟"] == "+8613812345678"
    assert phones["李娜"] == "+8617412345678"  # kept, in E.164
    assert phones["Ahmed Raza"] == "+923001234567"
    assert phones["Bilal Khan"] == "+923991234567"
    assert phones["Usman Ali"] == "+923451112233"
    assert phones["赵磊"] == "+8613800138001"
    assert not {"王芳", "Sana Iqbal", "刘洋", "陈静"} & phones.keys()  # their rows are rejected
    as_json = report.as_json()
    assert {
        "row": 2,
        "column": "手机",
        "message": "This number is not in a range in use in CN; check it.",
    } in (
        as_json["warnings"]  # type: ignore[operator]
    )


def test_a_test_import_warns_too_and_writes_nothing(sample_db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, [["Name", "Organisation", "Mobile"], ["Bilal Khan", "Punjab TEVTA", "0399 1234567"]]
    )
    before = count(sample_db, Person)
    report = do_import(sample_db, path, DELEGATES, event_id=event_id(sample_db), apply=False)
    assert (report.invalid, report.warning_count) == (0, 1)
    assert count(sample_db, Person) == before


def test_a_partners_phone_in_no_range_in_use_is_kept_with_a_warning(
    sample_db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        [
            ["Name", "Country", "Phone"],
            ["Kashgar Vocational College", "CN", "0998 1234567"],  # a Kashgar landline: valid
            ["Hotan Polytechnic", "CN", "174 1234 5678"],
            ["Multan Skills Centre", "PK", "0399-7654321"],
            ["Quetta Skills Centre", "PK", "9.23E+11"],
        ],
    )
    before = count(sample_db, Organization)
    report = do_import(sample_db, path, PARTNERS)
    assert [(e.row, e.code) for e in report.errors] == [(4, "phone_excel")]
    assert [(w.row, w.column, w.code) for w in report.warnings] == [
        (2, "Phone", "phone_unassigned"),
        (3, "Phone", "phone_unassigned"),
    ]
    assert count(sample_db, Organization) == before + 3
    with sample_db.session() as s:
        phones = dict(s.execute(select(Organization.name_en, Organization.phone)).all())
    assert phones["Kashgar Vocational College"] == "+869981234567"
    assert phones["Hotan Polytechnic"] == "+8617412345678"
    assert phones["Multan Skills Centre"] == "+923997654321"
    assert "Quetta Skills Centre" not in phones


# --- the command line ------------------------------------------------------------------------------

PHONES_FILE = (
    "姓名,单位,手机,邮箱,参会方式\n"
    "李晓梅,重庆工程职业技术学院,174 1234 5678,lixiaomei@example.cn,线下\n"
    "Bilal Raza,Punjab TEVTA,0399-1234567,bilal.raza@example.pk,online\n"
    "王芳,重庆工程职业技术学院,8.61426E+12,wangfang@example.cn,线下\n"
)
SEMINAR_NAME = "International Digital Skills Exchange Seminar"


def test_cli_json_lists_the_warnings_and_keeps_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.sqlite3"
    assert cli_run(capsys, "--db", str(db), "sample")[0] == 0
    path = tmp_path / "delegates.csv"
    path.write_text(PHONES_FILE, encoding="utf-8")
    code, out, err = cli_run(
        capsys, "--db", str(db), "import", "delegates", str(path), "--event", SEMINAR_NAME, "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["warnings"] == [
        {"row": 1, "column": "手机", "message": "This number is not in a range in use in CN; check it."},
        {"row": 2, "column": "手机", "message": "This number is not in a range in use in PK; check it."},
    ]
    assert report["errors"] == [{"row": 3, "column": "手机", "message": EXCEL}]
    assert (report["created"], report["invalid"]) == (2, 1)
    conn = sqlite3.connect(db)
    try:
        stored = dict(
            conn.execute("SELECT full_name, phone FROM person WHERE full_name IN ('李晓梅', 'Bilal Raza')")
        )
    finally:
        conn.close()
    assert stored == {"李晓梅": "+8617412345678", "Bilal Raza": "+923991234567"}


def test_cli_summary_shows_the_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sqlite3"
    assert cli_run(capsys, "--db", str(db), "sample")[0] == 0
    path = tmp_path / "delegates.csv"
    path.write_text(PHONES_FILE, encoding="utf-8")
    code, out, _ = cli_run(
        capsys, "--db", str(db), "import", "delegates", str(path), "--event", SEMINAR_NAME, "--dry-run"
    )
    assert code == 0
    assert "2 rows kept with warnings (2 warnings):" in out
    assert "  row 2, 手机: This number is not in a range in use in PK; check it." in out
    assert f"  row 3, 手机: {EXCEL}" in out
