"""A corpus of tampered sync packages (issue 12, item 5): each is made from a real package, altered,
and merged through the command line. Every one ends in one line on stderr, exit 2 and an office
database that is exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.core.helpers import dump_sqlite
from tests.core.sync_helpers import Office, edit, laptop, make_office
from tests.core.test_cli import assert_one_line_error, run
from tvet_alliance.domain import Competition, Entry, Event, Organization, Person, SkillTrack
from tvet_alliance.persistence import Database
from tvet_alliance.services import sync
from tvet_alliance.services.sync.package import _checksum

_CHANGES = "seq, tx_id, table_name, row_id, op, field, old_value, new_value, user_name, at"


def reseal(path: Path) -> None:
    """Recompute the checksum as an attacker who knows the format would."""
    conn = sqlite3.connect(path)
    manifest = dict(conn.execute("SELECT key, value FROM manifest"))
    rows = [tuple(r) for r in conn.execute(f"SELECT {_CHANGES} FROM changes ORDER BY seq")]
    images = [tuple(r) for r in conn.execute("SELECT table_name, row_id, image FROM images ORDER BY rowid")]
    checksum = _checksum(rows, images, manifest)
    conn.execute("UPDATE manifest SET value = ? WHERE key = 'checksum'", (checksum,))
    conn.commit()
    conn.close()


def _row_sql(table: str, change: str) -> str:
    """SQL changing the image of the (one) added *table* record with the JSON expression *change*."""
    return f"UPDATE images SET image = {change} WHERE table_name = '{table}'"


def _image_sql(change: str) -> str:
    """SQL changing the added person's image with the JSON path expression *change*."""
    return f"UPDATE images SET image = {change} WHERE table_name = 'person' AND json_extract(image, '$.full_name') = 'Zainab Bibi'"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Office, Path, uuid.UUID]:
    """An office, and a laptop's real package: an edit of a person and a person added."""
    office = make_office(tmp_path / "office.sqlite3")
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Person, office.people[0], position="Principal", email="ayesha@tevta.gov.pk")
    with lap.transaction() as s:
        s.add(Person(full_name="Zainab Bibi", email="zainab@example.org", nationality="PK"))
        s.add(
            Organization(
                name_en="Lahore Skills College", country="PK", province="PK-PB", phone="+924235761999"
            )
        )
        s.add(Event(name="Skills Week", start_date=date(2026, 3, 2), end_date=date(2026, 3, 6)))
        track = SkillTrack(competition=Competition(name="Skills Cup"), name="Welding", max_score=Decimal(100))
        s.add(Entry(track=track, team_name="Lahore A", score=Decimal(80)))
    site = lap.site_id
    sync.create_package(lap, tmp_path / "real.tvetsync")
    lap.close()
    yield office, tmp_path / "real.tvetsync", site
    office.db.close()


#: name -> (SQL run on a copy of the real package, whether the checksum is recomputed after)
CASES: dict[str, tuple[str, bool]] = {
    "base mark raised": ("UPDATE manifest SET value = value + 1000 WHERE key = 'base_mark'", False),
    "base mark raised, resealed": ("UPDATE manifest SET value = value + 1000 WHERE key = 'base_mark'", True),
    "base mark lowered, resealed": ("UPDATE manifest SET value = 0 WHERE key = 'base_mark'", True),
    "site id changed": (f"UPDATE manifest SET value = '{uuid.uuid4()}' WHERE key = 'site_id'", False),
    "site id changed, resealed": (
        f"UPDATE manifest SET value = '{uuid.uuid4()}' WHERE key = 'site_id'",
        True,
    ),
    "package id changed": (f"UPDATE manifest SET value = '{uuid.uuid4()}' WHERE key = 'package_id'", False),
    "change count wrong, resealed": ("UPDATE manifest SET value = '999' WHERE key = 'change_count'", True),
    "invalid e-mail in an edit": (
        "UPDATE changes SET new_value = 'not an address' WHERE field = 'email' AND op = 'update'",
        True,
    ),
    "invalid e-mail in an image": (_image_sql("json_set(image, '$.email', 'zainab at home')"), True),
    "invalid country in an image": (_image_sql("json_set(image, '$.nationality', 'XX')"), True),
    "invalid phone in an image": (_image_sql("json_set(image, '$.phone', '+92 12')"), True),
    "a province of another country in an image": (
        _row_sql("organization", "json_set(image, '$.province', 'CN-CQ')"),
        True,
    ),
    "an end date before the start date in an image": (
        _row_sql("event", "json_set(image, '$.end_date', '2026-03-01')"),
        True,
    ),
    "a score above the track's maximum in an image": (
        _row_sql("entry", "json_set(image, '$.score', '250.00')"),
        True,
    ),
    "invalid phone in an edit": (
        "UPDATE changes SET field = 'phone', new_value = '+92 12' WHERE field = 'position'",
        True,
    ),
    "invalid country in an edit": (
        "UPDATE changes SET field = 'nationality', new_value = 'Atlantis' WHERE field = 'position'",
        True,
    ),
    "a field that does not exist": ("UPDATE changes SET field = 'salary' WHERE field = 'position'", True),
    "a change to the id": ("UPDATE changes SET field = 'id' WHERE field = 'position'", True),
    "bad date": (
        "UPDATE changes SET field = 'deleted_at', new_value = 'yesterday' WHERE field = 'position'",
        True,
    ),
    "bad enum": ("UPDATE changes SET field = 'gender', new_value = 'robot' WHERE field = 'position'", True),
    "bad row id": ("UPDATE changes SET row_id = 'not-an-id' WHERE field = 'position'", True),
    "bad op": ("UPDATE changes SET op = 'explode' WHERE field = 'position'", True),
    "bad time": ("UPDATE changes SET at = 'tomorrow' WHERE field = 'position'", True),
    "bad id in an image": (_image_sql("json_set(image, '$.organization_id', 'xyz')"), True),
    "image id not its row": (_image_sql(f"json_set(image, '$.id', '{uuid.uuid4()}')"), True),
    "image with an unknown column": (_image_sql("json_set(image, '$.password', 'x')"), True),
    "image missing a column": (_image_sql("json_remove(image, '$.full_name')"), True),
    "image with an empty required name": (_image_sql("json_set(image, '$.full_name', '   ')"), True),
    "image value not text": (_image_sql("json_set(image, '$.position', 42)"), True),
    "image too long for its column": (_image_sql("json_set(image, '$.nationality', 'PKPK')"), True),
    "image a BLOB": ("UPDATE images SET image = CAST(image AS BLOB)", False),
    "image not an object": (_image_sql("'[1, 2, 3]'"), True),
    "image not JSON": (_image_sql("'{not json'"), True),
    "change value a BLOB": (
        "UPDATE changes SET new_value = CAST(new_value AS BLOB) WHERE field = 'position'",
        False,
    ),
    "a value of four million characters": (
        "UPDATE changes SET new_value = replace(hex(zeroblob(2100000)), '0', 'x') WHERE field = 'position'",
        True,
    ),
    "unknown table": ("UPDATE changes SET table_name = 'sqlite_master' WHERE field = 'position'", True),
    "manifest missing": ("DROP TABLE manifest", False),
    "changes missing": ("DROP TABLE changes", False),
    "format version not a number": ("UPDATE manifest SET value = 'two' WHERE key = 'format_version'", True),
    "created_at not a time": ("UPDATE manifest SET value = 'noon' WHERE key = 'created_at'", True),
}


def _altered(real: Path, tmp_path: Path, sql: str, seal: bool) -> Path:
    copy = tmp_path / "altered.tvetsync"
    copy.write_bytes(real.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute(sql)
    conn.commit()
    conn.close()
    if seal:
        reseal(copy)
    return copy


@pytest.mark.parametrize("case", list(CASES))
def test_a_tampered_package_is_refused_in_one_line_and_nothing_changes(
    case: str, made: tuple[Office, Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, real, _ = made
    sql, seal = CASES[case]
    copy = _altered(real, tmp_path, sql, seal)
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    code, out, err = run(capsys, "--db", str(office.db.path), "merge", str(copy))
    assert (code, out) == (2, ""), (case, out, err)
    assert_one_line_error(err)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    # ... and the real package still merges afterwards
    assert run(capsys, "--db", str(office.db.path), "merge", str(real))[0] == 0


def test_the_messages_say_what_is_wrong(
    made: tuple[Office, Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, real, _ = made
    expected = {
        "base mark raised": "is damaged (its checksum does not match)",
        "base mark raised, resealed": "does not match the offline copy “L1” taken here (it was altered)",
        "site id changed, resealed": "names an offline copy that was not taken from this database",
        "invalid e-mail in an edit": "person.email: 'not an address' is refused (email)",
        "invalid country in an image": "person.nationality: 'XX' is refused (country)",
        "a field that does not exist": "is to person.salary, which does not exist",
        "bad enum": "person.gender: 'robot' is not a valid value",
        "image not an object": "is not an object",
        "image with an unknown column": "person has no column 'password'",
        "invalid phone in an image": "person.phone: “+92 12” is not a valid phone number",
        "a province of another country in an image": "organization.province: Province CN-CQ",
        "an end date before the start date in an image": "event.end_date: The end date 2026-03-01 is before",
        "a score above the track's maximum in an image": "entry.score: Score 250.00 is above the track's maximum",
    }
    for case, text in expected.items():
        sql, seal = CASES[case]
        code, _, err = run(
            capsys, "--db", str(office.db.path), "merge", str(_altered(real, tmp_path, sql, seal))
        )
        assert code == 2 and text in err, (case, err)


def test_a_merged_package_sent_again_under_another_site_is_no_phantom_laptop(
    made: tuple[Office, Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, real, _ = made
    assert run(capsys, "--db", str(office.db.path), "merge", str(real))[0] == 0
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    sql, _ = CASES["site id changed, resealed"]
    copy = _altered(real, tmp_path, sql.replace("'site_id'", "'site_id'"), True)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE manifest SET value = ? WHERE key = 'package_id'", (str(uuid.uuid4()),))
    reseal(copy)
    code, _, err = run(capsys, "--db", str(office.db.path), "merge", str(copy))
    assert code == 2
    assert_one_line_error(err)
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]


def test_an_office_edit_after_the_copy_stays_a_conflict_whatever_the_package_claims(
    made: tuple[Office, Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, real, _ = made
    edit(office.db, Person, office.people[0], position="Director")  # the office's later edit
    copy = _altered(real, tmp_path, "UPDATE manifest SET value = value + 1000 WHERE key = 'base_mark'", True)
    assert run(capsys, "--db", str(office.db.path), "merge", str(copy))[0] == 2
    code, out, _ = run(capsys, "--db", str(office.db.path), "merge", str(real))
    assert code == 0 and "1 conflict" in out
    with office.db.session() as s:
        person = s.get(Person, office.people[0])
        assert person is not None and person.position == "Director"


def test_the_same_package_merged_by_another_process_meanwhile_is_merged_before(
    made: tuple[Office, Path, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    """The other process commits between this merge's "merged before?" check and its writes."""
    office, real, _ = made
    other = Database.open(office.db.path, user="colleague")
    done: list[sync.MergeReport] = []

    def meanwhile(step: int, total: int) -> None:
        if not done:
            done.append(sync.merge_package(other, real))

    try:
        report = sync.merge_package(office.db, real, progress=meanwhile)
    finally:
        other.close()
    assert done[0].applied and report.already_merged and not report.applied
    code, out, _ = run(capsys, "--db", str(office.db.path), "merge", str(real))
    assert code == 0 and "merged before" in out
    with office.db.session() as s:
        assert s.query(Person).filter(Person.full_name == "Zainab Bibi").count() == 1
    assert json.loads(json.dumps(report.as_json()))["already_merged"] is True


def test_an_edit_leaving_a_province_outside_the_record_s_country_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The office's partner is in Pakistan; a laptop's edit of its province, altered to a province of
    China, is refused when merged against the office row, naming the rule; nothing changes."""
    office = make_office(tmp_path / "office.sqlite3")
    lap = laptop(office, tmp_path / "laptop.sqlite3", "L1")
    edit(lap, Organization, office.org, province="PK-PB", phone="+924235761999")
    sync.create_package(lap, tmp_path / "real.tvetsync")
    lap.close()
    real = tmp_path / "real.tvetsync"
    sql = "UPDATE changes SET new_value = 'CN-CQ' WHERE field = 'province'"
    before = dump_sqlite(office.db.path)  # type: ignore[arg-type]
    code, out, err = run(
        capsys, "--db", str(office.db.path), "merge", str(_altered(real, tmp_path, sql, True))
    )
    assert (code, out) == (2, ""), err
    assert_one_line_error(err)
    assert "organization.province: Province CN-CQ" in err and "is not in country PK" in err, err
    assert dump_sqlite(office.db.path) == before  # type: ignore[arg-type]
    assert run(capsys, "--db", str(office.db.path), "merge", str(real))[0] == 0
    office.db.close()
