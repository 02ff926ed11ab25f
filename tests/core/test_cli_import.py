"""``tvet-alliance import`` and ``revert-import``: the JSON report, exit codes, dry runs, the
rejected-rows file, and undoing a batch."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from .helpers import dump_sqlite
from .test_cli import assert_one_line_error, run

EVENT = "International Digital Skills Exchange Seminar"

DELEGATES = (
    "2024年6月 国际数字技能交流研讨会 参会人员名单\n"
    "\n"
    "姓名,单位,手机,邮箱,参会方式\n"
    "王伟,重庆工程职业技术学院,13800138000,wangwei@example.cn,线下\n"
    "Ali Raza,Punjab TEVTA,0300-1234567,ali.raza@example.pk,online\n"
    "Bad Phone,ITMC Technology,12,bad@example.cn,线上\n"
    "王伟,重庆工程职业技术学院,13800138000,wangwei@example.cn,线下\n"
)


@pytest.fixture
def sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "office.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    return db


def _file(tmp_path: Path, text: str, encoding: str = "gb18030", name: str = "delegates.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_json_report(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    code, out, err = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["detected"] == {
        "encoding": "gb18030",
        "delimiter": ",",
        "header_row": 3,
        "alternatives": [],
    }
    assert (report["rows"], report["valid"], report["invalid"]) == (4, 3, 1)
    assert (report["created"], report["skipped"], report["duplicates"]) == (2, 1, 1)
    assert report["errors"] == [
        {"row": 3, "column": "手机", "message": "“12” is not a valid phone number for CN."}
    ]
    assert report["applied"] is True and report["batch"]


def test_dry_run_changes_nothing(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    before = dump_sqlite(sample)
    code, out, _ = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--dry-run"
    )
    assert code == 0
    assert "Would create 2" in out
    assert dump_sqlite(sample) == before


def test_rejected_rows_in_the_files_own_encoding(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, DELEGATES)
    rejected = tmp_path / "rejected.csv"
    code, *_ = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "delegates",
        str(path),
        "--event",
        EVENT,
        "--report",
        str(rejected),
    )
    assert code == 0
    rows = list(csv.reader(rejected.read_text(encoding="gb18030").splitlines()))
    assert rows[0] == ["row", "姓名", "单位", "手机", "邮箱", "参会方式", "reason"]
    assert rows[1][:2] == ["3", "Bad Phone"] and "not a valid phone number" in rows[1][-1]


def test_revert_import(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    live = "SELECT count(*) FROM person WHERE deleted_at IS NULL"
    import sqlite3

    def people() -> int:
        with sqlite3.connect(sample) as conn:
            return int(conn.execute(live).fetchone()[0])

    before = people()
    code, out, _ = run(
        capsys, "--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--json"
    )
    batch = json.loads(out)["batch"]
    assert people() == before + 2
    code, out, err = run(capsys, "--db", str(sample), "revert-import", batch)
    assert code == 0, err
    assert people() == before
    code, _, err = run(capsys, "--db", str(sample), "revert-import", batch)
    assert code == 2
    assert_one_line_error(err)


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file")],
)
def test_unreadable_file_exits_2_with_one_line(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, needle: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = dump_sqlite(sample)
    code, _, err = run(capsys, "--db", str(sample), "import", "people", str(path))
    assert code == 2
    assert_one_line_error(err)
    assert needle in err
    assert dump_sqlite(sample) == before


def test_delegates_need_an_event(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, DELEGATES)
    code, _, err = run(capsys, "--db", str(sample), "import", "delegates", str(path))
    assert code == 2
    assert_one_line_error(err)
    code, _, err = run(capsys, "--db", str(sample), "import", "delegates", str(path), "--event", "No such")
    assert code == 2
    assert "There is no event called No such" in err


# --- the rejected-rows report never fails after the commit (issue 12) ----------------------------

LATIN1_PEOPLE = "Name,Email,Country\nJosé Müller,jose@example.es,ES\nRenée Côté,not-an-e-mail,FR\n"


def test_report_of_a_latin1_file_falls_back_to_utf8_and_prints_the_batch(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reason (“…” quotes) does not fit Latin-1: the report is UTF-8 with a BOM instead, and the
    batch id is printed."""
    path = _file(tmp_path, LATIN1_PEOPLE, "latin-1", "people.csv")
    rejected = tmp_path / "rejected.csv"
    code, out, err = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "people",
        str(path),
        "--encoding",
        "latin-1",
        "--report",
        str(rejected),
    )
    assert (code, err) == (0, "")
    assert re.search(r"Import batch [0-9a-f-]{36}", out)
    assert rejected.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(rejected.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:2] == ["2", "Renée Côté"] and "not an e-mail address" in rows[1][-1]


@pytest.mark.parametrize("where", ["missing-folder/rejected.csv", "."])
def test_a_report_that_cannot_be_written_is_refused_before_the_import(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    path = _file(tmp_path, LATIN1_PEOPLE, "latin-1", "people.csv")
    before = dump_sqlite(sample)
    code, out, err = run(
        capsys, "--db", str(sample), "import", "people", str(path), "--report", str(tmp_path / where)
    )
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "cannot write the report" in err
    assert dump_sqlite(sample) == before


def test_a_report_failing_after_the_commit_still_prints_the_batch(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the report is written: the import stays committed, its batch id is
    printed, and the failure is one line on stderr (exit 1), no traceback."""
    from tvet_alliance.services.importing import files

    def disk_full(*_args: object, **_kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "write_rejected", disk_full)
    path = _file(tmp_path, LATIN1_PEOPLE, "latin-1", "people.csv")
    code, out, err = run(
        capsys, "--db", str(sample), "import", "people", str(path), "--report", str(tmp_path / "r.csv")
    )
    assert code == 1
    batch = re.search(r"Import batch ([0-9a-f-]{36})", out)
    assert batch is not None
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "No space left on device" in err
    assert run(capsys, "--db", str(sample), "revert-import", batch.group(1))[0] == 0  # it was committed


# --- the value map: --value FIELD:TEXT=CHOICE and the saved mapping's values ------------------------
# --- constant fields and chosen columns (--set, --map, a saved mapping's constants) ---------------

ZH_PARTNERS = (
    "名称,英文名称,所在省份,类型,联系人,手机,邮箱,地址\n"
    "新疆农业职业技术大学,Xinjiang Agricultural Vocational University,新疆,高职,阿依古丽,13899123456,"
    "ayiguli@xjnzy.edu.cn,新疆昌吉市\n"
    "喀什职业技术学院,Kashgar Vocational and Technical College,新疆维吾尔自治区,高职,买买提,13709981234,,喀什市\n"
)


def _partners(db_path: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """English name -> (country, province, phone) of every partner."""
    from sqlalchemy import select

    from tvet_alliance.domain import Organization
    from tvet_alliance.persistence import Database

    db = Database.open(db_path)
    try:
        with db.session() as s:
            rows = s.execute(
                select(Organization.name_en, Organization.country, Organization.province, Organization.phone)
            ).all()
    finally:
        db.close()
    return {name: (country, province, phone) for name, country, province, phone in rows}


def _backups() -> list[Path]:
    from tvet_alliance import paths

    folder = paths.backups_dir()
    return sorted(folder.iterdir()) if folder.exists() else []


def test_set_gives_a_chinese_only_list_its_country(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, ZH_PARTNERS, name="partners.csv")
    before = dump_sqlite(sample)
    backups = _backups()
    code, _, err = run(capsys, "--db", str(sample), "import", "partners", str(path))
    assert code == 2  # no column holds the country: the error says how to give one
    assert_one_line_error(err)
    assert "no column is mapped to Country" in err and "--set FIELD=VALUE" in err
    assert dump_sqlite(sample) == before
    assert _backups() == backups, "an import that cannot start takes no backup"
    code, out, err = run(
        capsys, "--db", str(sample), "import", "partners", str(path), "--set", "country=China", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["invalid"]) == (2, 0), report["errors"]
    assert len(_backups()) > len(backups)  # the real import took its backup
    partners = _partners(sample)
    assert partners["Xinjiang Agricultural Vocational University"] == ("CN", "CN-XJ", "+8613899123456")
    assert partners["Kashgar Vocational and Technical College"][:2] == ("CN", "CN-XJ")


def test_set_fills_only_empty_cells(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(
        tmp_path,
        "Name,Country\nLahore Skills Centre,Pakistan\nKashi Tech,\n",
        encoding="utf-8",
        name="partners.csv",
    )
    code, _, err = run(capsys, "--db", str(sample), "import", "partners", str(path), "--set", "Country=中国")
    assert code == 0, err
    partners = _partners(sample)
    assert partners["Lahore Skills Centre"][0] == "PK"
    assert partners["Kashi Tech"][0] == "CN"


def test_map_by_header_and_by_number(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path,
        "Institution,Where,Tel,Email,Backup\n"
        "Quetta Technical College,Pakistan,0812 345678,main@qtc.edu.pk,info@qtc.edu.pk\n",
        encoding="utf-8",
        name="partners.csv",
    )
    code, _, err = run(capsys, "--db", str(sample), "import", "partners", str(path), "--dry-run")
    assert code == 2 and "Country" in err  # "Where" means nothing to the automatic mapping
    code, out, err = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "partners",
        str(path),
        "--map",
        "country=Where",  # by its header
        "--map",
        "E-mail=5",  # by its number, instead of the Email column the automatic mapping chose
        "--map",
        "phone=",  # not imported
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["created"] == 1
    from sqlalchemy import select

    from tvet_alliance.domain import Organization
    from tvet_alliance.persistence import Database

    db = Database.open(sample)
    try:
        with db.session() as s:
            org = s.scalars(
                select(Organization).where(Organization.name_en == "Quetta Technical College")
            ).one()
            assert (org.country, org.email, org.phone) == ("PK", "info@qtc.edu.pk", None)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        (["--set", "colour=red"], "There is no field colour"),
        (["--set", "country"], "--set takes FIELD=VALUE"),
        (["--set", "country="], "the value is empty"),
        (["--set", "country=Narnia"], "Narnia is not a country"),
        (["--set", "org_type=spaceport"], "spaceport is not one of"),
        (["--set", "email=office@example.org"], "cannot be the same in every row"),
        (["--map", "country=Nowhere"], "The file has no column Nowhere"),
        (["--map", "country=9"], "The file has no column 9"),
        (["--map", "colour=1"], "There is no field colour"),
        (["--map", "=1"], "--map takes FIELD=COLUMN"),
    ],
)
def test_bad_map_or_set_exits_2_and_changes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], needle: str
) -> None:
    path = _file(tmp_path, ZH_PARTNERS, name="partners.csv")
    before = dump_sqlite(sample)
    code, _, err = run(capsys, "--db", str(sample), "import", "partners", str(path), *options)
    assert code == 2
    assert_one_line_error(err)
    assert needle in err
    assert dump_sqlite(sample) == before


def test_a_saved_mappings_constants_apply(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tvet_alliance.persistence import Database
    from tvet_alliance.services.importing import ImportKind, save

    db = Database.open(sample)
    try:
        with db.transaction() as s:
            save(
                s, "Xinjiang list", ImportKind.PARTNERS, {"英文名称": "name_en"}, constants={"country": "CN"}
            )
    finally:
        db.close()
    path = _file(tmp_path, ZH_PARTNERS, name="partners.csv")
    code, out, err = run(
        capsys, "--db", str(sample), "import", "partners", str(path), "--mapping", "Xinjiang list", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["created"] == 2
    assert _partners(sample)["Kashgar Vocational and Technical College"][0] == "CN"
    before = dump_sqlite(sample)
    code, _, err = run(
        capsys, "--db", str(sample), "import", "people", str(path), "--mapping", "Xinjiang list"
    )
    assert code == 2
    assert_one_line_error(err)
    assert "the saved mapping Xinjiang list is for partners, not people" in err
    assert dump_sqlite(sample) == before


VALUES_CORPUS = Path(__file__).resolve().parents[1] / "data" / "import" / "partners_values.csv"


def _partner_types(db: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return {
            name: (org_type, status, province)
            for name, org_type, status, province in conn.execute(
                "SELECT name_en, org_type, membership_status, province FROM organization"
            )
        }
    finally:
        conn.close()


def test_values_given_on_the_command_line_are_imported(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "partners",
        str(VALUES_CORPUS),
        "--value",
        "Type:vocational skills HUB=TVET college",  # the English label, any case
        "--value",
        "org_type:产教联合体=association",  # the code
        "--value",
        "Membership:Partner (awaiting board)=prospective",  # the file's header
        "--value",
        "province:Chongqing=",  # leave it empty
        "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["invalid"]) == (6, 0), report["errors"]
    assert "unrecognised" not in report, "listed by a dry run only"
    types = _partner_types(sample)
    assert types["Karachi Skills Hub"] == ("tvet_college", "prospective", None)
    assert types["Chongqing Vocational Education Group"] == ("association", "active", "CN-CQ")


@pytest.mark.parametrize(
    ("argument", "says"),
    [
        ("Flavour:Hub=other", "Flavour is not a field of this import; fields: country, province, org_type"),
        ("Name:Hub=other", "Name has no choices to map"),
        (
            "org_type:Hub=Cooperative",
            "Cooperative is not a choice of Type; choices: tvet_college, polytechnic",
        ),
        ("province:Chongqing=Xinjiang", "Xinjiang is not a province: write its ISO code"),
        ("org_type=other", "write it FIELD:TEXT=CHOICE"),
    ],
)
def test_a_bad_value_argument_is_one_line_and_changes_nothing(
    sample: Path, capsys: pytest.CaptureFixture[str], argument: str, says: str
) -> None:
    before = dump_sqlite(sample)
    code, _out, err = run(
        capsys, "--db", str(sample), "import", "partners", str(VALUES_CORPUS), "--value", argument
    )
    assert code == 2
    assert_one_line_error(err)
    assert says in err and repr(argument) in err
    assert dump_sqlite(sample) == before


def test_a_dry_run_lists_what_is_not_recognised_and_the_saved_mapping_brings_its_values(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(sample), "import", "partners", str(VALUES_CORPUS), "--dry-run", "--json"
    )
    assert code == 0, err
    unknown = json.loads(out)["unrecognised"]
    assert unknown["org_type"] == [
        {"value": "Vocational Skills Hub", "count": 3, "rows": [1, 3, 5]},
        {"value": "产教联合体", "count": 2, "rows": [2, 4]},
    ]
    assert unknown["membership_status"] == [
        {"value": "Partner (awaiting board)", "count": 3, "rows": [1, 3, 5]}
    ]
    assert unknown["province"] == [{"value": "Chongqing", "count": 1, "rows": [5]}]
    code, out, _ = run(capsys, "--db", str(sample), "import", "partners", str(VALUES_CORPUS), "--dry-run")
    assert "not recognised in org_type: 'Vocational Skills Hub' (3), '产教联合体' (2)" in out

    from tvet_alliance.persistence import Database
    from tvet_alliance.services import importing

    db = Database.open(sample)
    try:
        with db.session() as s:
            header = importing.read_table(VALUES_CORPUS, importing.detect(VALUES_CORPUS)).header
            mapping = importing.auto_map(importing.ImportKind.PARTNERS, header)
            importing.save(
                s,
                "Skills hubs",
                importing.ImportKind.PARTNERS,
                mapping.by_header(header),
                values={
                    "org_type": {"vocational skills hub": "tvet_college", "产教联合体": "association"},
                    "membership_status": {"partner (awaiting board)": "prospective"},
                },
            )
            s.commit()
    finally:
        db.close()
    code, out, err = run(
        capsys,
        "--db",
        str(sample),
        "import",
        "partners",
        str(VALUES_CORPUS),
        "--mapping",
        "Skills hubs",
        "--value",
        "province:chongqing=",
        "--json",
    )
    assert code == 0, err
    assert (json.loads(out)["created"], json.loads(out)["invalid"]) == (6, 0)
    assert _partner_types(sample)["Quetta Skills Hub"] == ("tvet_college", "prospective", "PK-BA")


CORPUS = Path(__file__).parent.parent / "data" / "import"


def test_on_duplicate_fill_only_fills_empty_fields(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    query = "SELECT name_en, email, website FROM organization WHERE short_name = ?"

    def partner(short: str) -> tuple[str, str, str | None]:
        with sqlite3.connect(sample) as conn:
            return conn.execute(query, (short,)).fetchone()  # type: ignore[no-any-return]

    cqvie, cqcmc = partner("CQVIE"), partner("CQCMC")
    path = CORPUS / "partners_update.csv"
    code, out, err = run(
        capsys, "--db", str(sample), "import", "partners", str(path), "--on-duplicate", "fill", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["updated"], report["duplicates"]) == (1, 3, 4)
    assert report["updates"][0] == {
        "row": 2,
        "existing": "Chongqing City Management College (CN)",
        "fields": [
            {"field": "website", "stored": "", "file": "https://www.cqcmc.edu.cn"},
            {"field": "notes", "stored": "", "file": "E-commerce and smart-city programmes"},
        ],
    }
    assert [u["row"] for u in report["updates"]] == [2, 3, 4]  # CQVIE (row 1) kept all it had
    assert partner("CQVIE") == cqvie  # the contact person's name and e-mail did not go in
    assert partner("CQCMC") == (cqcmc[0], cqcmc[1], "https://www.cqcmc.edu.cn")
    code, _, err = run(
        capsys, "--db", str(sample), "import", "partners", str(path), "--on-duplicate", "merge"
    )
    assert code == 2 and "fill" in err


def test_revert_refuses_with_dependents_then_force(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--db", str(sample), "import", "partners", str(CORPUS / "partners_update.csv"), "--json"
    )
    batch = json.loads(out)["batch"]
    people = _file(
        tmp_path,
        "Name,Organisation\nAliya Tursun,Kashgar Vocational and Technical College\n",
        "utf-8",
        "people.csv",
    )
    assert run(capsys, "--db", str(sample), "import", "people", str(people))[0] == 0
    before = dump_sqlite(sample)
    code, out, err = run(capsys, "--db", str(sample), "revert-import", batch)
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert "depend on records it created" in lines[0] and "--force" in lines[0]
    assert lines[1:] == ["  People (1): Aliya Tursun — pointing to Kashgar Vocational and Technical College"]
    assert dump_sqlite(sample) == before
    code, out, err = run(capsys, "--db", str(sample), "revert-import", batch, "--force")
    assert code == 0, err
    assert "0 records removed" in out and "Kept 1 records" in out and "Aliya Tursun" in out
    import sqlite3

    with sqlite3.connect(sample) as conn:
        live = conn.execute(
            "SELECT o.deleted_at FROM person p JOIN organization o ON o.id = p.organization_id"
            " WHERE p.full_name = 'Aliya Tursun'"
        ).fetchone()
    assert live == (None,)


def test_western_file_names_the_other_code_page(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Windows-1252 file read as such; the other reading is said, with the characters that differ."""
    path = Path(__file__).resolve().parents[1] / "data" / "import" / "delegates_cp1252_latin.csv"
    before = dump_sqlite(sample)
    args = ("--db", str(sample), "import", "delegates", str(path), "--event", EVENT, "--dry-run")
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    detected = json.loads(out)["detected"]
    assert (detected["encoding"], detected["alternatives"][0]) == ("cp1252", "cp1250")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "read as Windows-1252; Windows-1250 would read 'ń' where this reads 'ñ'" in out
    assert "choose with --encoding cp1250" in out
    code, out, err = run(capsys, *args, "--encoding", "cp1250", "--json")
    assert code == 0, err
    assert json.loads(out)["detected"]["alternatives"][0] == "cp1252"
    assert dump_sqlite(sample) == before
