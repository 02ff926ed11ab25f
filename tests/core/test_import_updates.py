"""Updates a person can trust (services.importing.engine): each duplicate carries its field-by-field
differences, "fill empty fields only", per-field keep / take, the CQVIE trap of issue 14, the change
log and revert of a field-level update, and a revert that lists what depends on the records it
would remove. No Qt."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance.domain import ChangeLog, Entry, Organization, Participation, Person
from tvet_alliance.domain.enums import ChangeOp, ParticipationRole
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample
from tvet_alliance.services.importing import (
    Decision,
    ImportKind,
    RevertBlocked,
    dependents,
    revert,
)

from .helpers import dump_sqlite
from .test_import_engine import (
    SEMINAR,
    competition_id,
    db_file,
    do_import,
    event_id,
    live_rows,
    org_named,
    person_named,
    write_csv,
)
from .test_postgres import ADMIN_URL, pg_db  # noqa: F401 - the fixture

PARTNERS, PEOPLE, DELEGATES, ENTRIES = (
    ImportKind.PARTNERS,
    ImportKind.PEOPLE,
    ImportKind.DELEGATES,
    ImportKind.ENTRIES,
)
CORPUS = Path(__file__).parent.parent / "data" / "import"
CQVIE = "Chongqing Vocational Institute of Engineering"


def corpus(tmp_path: Path, name: str = "partners_update.csv") -> Path:
    return Path(shutil.copy(CORPUS / name, tmp_path / name))


def diffs(report_dup: object) -> dict[str, tuple[str, str]]:
    return {c.key: (c.stored_text(), c.incoming_text()) for c in report_dup.fields}  # type: ignore[attr-defined]


def test_a_duplicate_lists_only_the_fields_that_differ(sample_db: Database, tmp_path: Path) -> None:
    before = dump_sqlite(db_file(sample_db))
    report = do_import(sample_db, corpus(tmp_path), PARTNERS, apply=False)
    assert dump_sqlite(db_file(sample_db)) == before  # a test import
    dups = {d.label.split(" (")[0]: d for d in report.duplicates}
    assert set(dups) == {
        CQVIE,
        "Chongqing City Management College",
        "Urumqi Vocational University",
        "Balochistan TEVTA",
    }
    # Stored → file, as a person reads them; the same name, country and e-mail are not listed.
    assert diffs(dups[CQVIE]) == {
        "name_en": (CQVIE, "Zhang Wei"),
        "email": ("international@cqvie.edu.cn", "zhangwei.cq@qq.com"),
        "phone": ("+862361860001", "+8613800138000"),
    }
    assert diffs(dups["Chongqing City Management College"]) == {
        "website": ("", "https://www.cqcmc.edu.cn"),
        "notes": ("", "E-commerce and smart-city programmes"),
    }
    urumqi = dups["Urumqi Vocational University"]
    assert [(c.key, c.stored_empty) for c in urumqi.fields] == [("website", True), ("phone", False)]
    assert dups[CQVIE].fields[0].label == "Name in English"
    assert report.as_json()["duplicates"] == 4


def test_fill_only_fills_empty_fields_and_the_cqvie_trap(sample_db: Database, tmp_path: Path) -> None:
    """Issue 14: "update the existing record" replaced CQVIE's English name, e-mail and phone with a
    contact person's. Filling empty fields only leaves them; the better data still goes in."""
    cqvie = org_named(sample_db, CQVIE)
    urumqi = org_named(sample_db, "Urumqi Vocational University")
    report = do_import(sample_db, corpus(tmp_path), PARTNERS, on_duplicate=Decision.FILL)
    assert (report.created, report.updated, report.skipped, report.invalid) == (1, 3, 0, 0)
    after = org_named(sample_db, CQVIE)
    assert (after.name_en, after.email, after.phone, after.row_version) == (
        cqvie.name_en,
        cqvie.email,
        cqvie.phone,
        cqvie.row_version,
    )
    cqcmc = org_named(sample_db, "Chongqing City Management College")
    assert (cqcmc.website, cqcmc.notes) == (
        "https://www.cqcmc.edu.cn",
        "E-commerce and smart-city programmes",
    )
    uvu = org_named(sample_db, "Urumqi Vocational University")
    assert (uvu.website, uvu.phone) == ("https://www.uvu.edu.cn", urumqi.phone)  # the phone was kept
    with sample_db.session() as s:
        logged = s.execute(
            select(ChangeLog.row_id, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value).where(
                ChangeLog.batch_id == report.batch_id, ChangeLog.op == ChangeOp.UPDATE
            )
        ).all()
    assert sorted((f, old, new) for _r, f, old, new in logged) == [
        ("notes", None, "E-commerce and smart-city programmes"),
        ("notes", None, "Provincial TVET authority"),
        ("website", None, "https://btevta.gob.pk"),
        ("website", None, "https://www.cqcmc.edu.cn"),
        ("website", None, "https://www.uvu.edu.cn"),
    ]
    assert cqvie.id not in {r for r, *_ in logged}


def test_update_takes_every_value_unless_a_field_is_kept(sample_db: Database, tmp_path: Path) -> None:
    cqvie = org_named(sample_db, CQVIE)
    path = corpus(tmp_path)
    # Update, the old trap: everything the file has replaces the stored values...
    trap = do_import(sample_db, path, PARTNERS, apply=False, on_duplicate=Decision.UPDATE)
    assert [c.key for c in trap.duplicates[0].changes()] == ["name_en", "email", "phone"]
    # ... unless the person keeps them, field by field: CQVIE keeps its name and e-mail, takes the phone.
    report = do_import(
        sample_db,
        path,
        PARTNERS,
        on_duplicate=Decision.UPDATE,
        field_decisions={1: {"name_en": False, "email": False}, 3: {"phone": False}},
    )
    after = org_named(sample_db, CQVIE)
    assert (after.name_en, after.email, after.phone) == (cqvie.name_en, cqvie.email, "+8613800138000")
    assert report.duplicates[0].written == ["phone"]
    assert report.as_json()["updates"][0] == {
        "row": 1,
        "existing": f"{CQVIE} (CN)",
        "fields": [{"field": "phone", "stored": cqvie.phone, "file": "+8613800138000"}],
    }
    assert after.row_version == cqvie.row_version + 1
    uvu = org_named(sample_db, "Urumqi Vocational University")
    assert (uvu.website, uvu.phone) == ("https://www.uvu.edu.cn", "+869914678123")
    with sample_db.session() as s:
        logged = s.execute(
            select(ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value).where(
                ChangeLog.batch_id == report.batch_id, ChangeLog.row_id == cqvie.id
            )
        ).all()
    assert logged == [("phone", cqvie.phone, "+8613800138000")]


def test_fill_with_a_field_taken_over_the_stored_value(sample_db: Database, tmp_path: Path) -> None:
    cqvie = org_named(sample_db, CQVIE)
    do_import(
        sample_db,
        corpus(tmp_path),
        PARTNERS,
        on_duplicate=Decision.FILL,
        field_decisions={1: {"email": True}, 2: {"website": False}},
    )
    after = org_named(sample_db, CQVIE)
    assert (after.name_en, after.email, after.phone) == (cqvie.name_en, "zhangwei.cq@qq.com", cqvie.phone)
    cqcmc = org_named(sample_db, "Chongqing City Management College")
    assert (cqcmc.website, cqcmc.notes) == (None, "E-commerce and smart-city programmes")


def test_skip_and_create_change_nothing_whatever_the_fields_say(sample_db: Database, tmp_path: Path) -> None:
    cqvie = org_named(sample_db, CQVIE)
    report = do_import(
        sample_db,
        corpus(tmp_path),
        PARTNERS,
        decisions={1: Decision.SKIP},
        field_decisions={1: {"email": True, "name_en": True}},
    )
    assert report.duplicates[0].changes() == []
    assert org_named(sample_db, CQVIE).row_version == cqvie.row_version


def test_people_and_delegates_fill_and_field_decisions(sample_db: Database, tmp_path: Path) -> None:
    zhang = person_named(sample_db, "Zhang Wei")
    path = write_csv(
        tmp_path,
        [
            ["Name", "E-mail", "Position", "WeChat", "Organisation"],
            ["Zhang Wei", "wei.zhang@cqvie.edu.cn", "Honorary President", "zw-2026", "Punjab TEVTA"],
        ],
    )
    tested = do_import(sample_db, path, PEOPLE, apply=False, on_duplicate=Decision.FILL)
    fields = {c.key: (c.stored_text(), c.incoming_text()) for c in tested.duplicates[0].fields}
    assert fields["organization"] == (CQVIE, "Punjab TEVTA")  # a reference by its name
    assert fields["position"] == (zhang.position, "Honorary President")
    report = do_import(
        sample_db, path, PEOPLE, on_duplicate=Decision.FILL, field_decisions={1: {"position": True}}
    )
    after = person_named(sample_db, "Zhang Wei")
    assert after.position == "Honorary President"
    assert after.organization_id == zhang.organization_id  # not empty: kept under fill
    assert after.wechat_id == (zhang.wechat_id or "zw-2026")
    assert report.updated == 1

    # A delegate already registered: the person's fields and the registration's, each by its key.
    seminar = event_id(sample_db, SEMINAR)
    with sample_db.session() as s:
        part = s.scalars(
            select(Participation).where(
                Participation.event_id == seminar, Participation.person_id == zhang.id
            )
        ).one()
        role = part.role
    other = ParticipationRole.SPEAKER if role is not ParticipationRole.SPEAKER else ParticipationRole.OBSERVER
    delegates = write_csv(
        tmp_path,
        [
            ["Name", "E-mail", "Position", "Role"],
            ["Zhang Wei", "wei.zhang@cqvie.edu.cn", "Dean", other.value],
        ],
        "delegates.csv",
    )
    tested = do_import(
        sample_db, delegates, DELEGATES, apply=False, event_id=seminar, on_duplicate=Decision.UPDATE
    )
    assert [c.key for c in tested.duplicates[0].fields] == ["position", "role"]
    assert {c.table for c in tested.duplicates[0].fields} == {"person", "participation"}
    do_import(
        sample_db,
        delegates,
        DELEGATES,
        event_id=seminar,
        on_duplicate=Decision.UPDATE,
        field_decisions={1: {"position": False}},
    )
    assert person_named(sample_db, "Zhang Wei").position == "Honorary President"
    with sample_db.session() as s:
        assert s.get_one(Participation, part.id).role is other


def test_entries_fill_and_a_duplicate_of_an_earlier_row(sample_db: Database, tmp_path: Path) -> None:
    competition = competition_id(sample_db)
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "CQIPC Robotics Team")).one()
        score, notes = entry.score, entry.notes
    path = write_csv(
        tmp_path,
        [
            ["赛项", "队名", "选手", "成绩", "备注"],
            ["Industrial Robot System Integration", "CQIPC Robotics Team", "Gao Peng", "11", "fast team"],
            ["Smart Logistics", "Brand New Team", "A Person", "", ""],
            ["Smart Logistics", "Brand New Team", "A Person", "50", "second row"],
        ],
    )
    report = do_import(sample_db, path, ENTRIES, on_duplicate=Decision.FILL, competition_id=competition)
    dups = {d.row: d for d in report.duplicates}
    assert dups[3].of_row == 2
    assert [c.key for c in dups[3].fields] == ["score", "notes"]  # read from the pending insert
    with sample_db.session() as s:
        entry = s.scalars(select(Entry).where(Entry.team_name == "CQIPC Robotics Team")).one()
        assert entry.score == score  # stored: kept
        assert entry.notes == (notes or "fast team")
        new = s.scalars(select(Entry).where(Entry.team_name == "Brand New Team")).one()
        assert (new.score, new.notes) == (50, "second row")  # empty in the first row: filled


def test_revert_of_a_field_level_update_restores_exactly_those(sample_db: Database, tmp_path: Path) -> None:
    path = db_file(sample_db)
    before = live_rows(path)
    report = do_import(
        sample_db,
        corpus(tmp_path),
        PARTNERS,
        on_duplicate=Decision.UPDATE,
        field_decisions={1: {"name_en": False, "email": False}},
    )
    assert live_rows(path) != before
    assert report.batch_id is not None
    with sample_db.transaction() as s:
        assert dependents(s, report.batch_id) == []
        result = revert(s, report.batch_id)
    assert (result.removed, result.kept, result.kept_records) == (1, [], 0)
    assert live_rows(path) == before


# --- revert and what depends on an import -----------------------------------------------------------


def _partner_then_people(db: Database, tmp_path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """A partner import creating Kashgar Vocational and Technical College, then a people import
    (another batch) of two people working there, one of them registered for the seminar."""
    partners = do_import(db, corpus(tmp_path), PARTNERS, on_duplicate=Decision.FILL)
    people = write_csv(
        tmp_path,
        [
            ["Name", "Organisation", "E-mail"],
            ["Aliya Tursun", "Kashgar Vocational and Technical College", "aliya@kstc.example.cn"],
            ["Memet Ablimit", "Kashgar Vocational and Technical College", ""],
        ],
        "people.csv",
    )
    later = do_import(db, people, PEOPLE)
    assert (partners.created, later.created) == (1, 2)
    assert partners.batch_id is not None and later.batch_id is not None
    return partners.batch_id, later.batch_id


def test_revert_refuses_when_later_records_depend_on_it(sample_db: Database, tmp_path: Path) -> None:
    partners, _people = _partner_then_people(sample_db, tmp_path)
    with sample_db.session() as s:
        found = dependents(s, partners)
    assert [(d.table, d.refers_to, d.count) for d in found] == [("person", "organization", 2)]
    assert found[0].names == ["Aliya Tursun", "Memet Ablimit"]
    assert found[0].targets == ["Kashgar Vocational and Technical College"]
    assert found[0].text() == (
        "People (2): Aliya Tursun, Memet Ablimit — pointing to Kashgar Vocational and Technical College"
    )
    before = dump_sqlite(db_file(sample_db))
    with sample_db.session() as s, pytest.raises(RevertBlocked) as exc:
        revert(s, partners)
    assert exc.value.code == "dependents" and "Aliya Tursun" in exc.value.text()
    assert dump_sqlite(db_file(sample_db)) == before


def test_a_forced_revert_keeps_what_others_point_to(sample_db: Database, tmp_path: Path) -> None:
    partners, _people = _partner_then_people(sample_db, tmp_path)
    with sample_db.transaction() as s:
        result = revert(s, partners, force=True)
    assert (result.removed, result.kept_records) == (0, 1)
    assert result.restored == 5  # the filled fields go back all the same
    kashgar = org_named(sample_db, "Kashgar Vocational and Technical College")
    assert kashgar.deleted_at is None
    assert person_named(sample_db, "Aliya Tursun").organization_id == kashgar.id
    assert org_named(sample_db, "Chongqing City Management College").website is None
    _assert_nothing_points_to_removed_records(sample_db)


def test_a_kept_person_keeps_the_partner_he_works_at(sample_db: Database, tmp_path: Path) -> None:
    """One people import creates a person and his organisation; he is registered later: a forced
    revert keeps both (the fixed point), and removes the import's other person."""
    path = write_csv(
        tmp_path,
        [
            ["Name", "Organisation", "Nationality"],
            ["Nurlan Bek", "Almaty Polytechnic", "KZ"],
            ["Aigerim Sultan", "", "KZ"],
        ],
    )
    report = do_import(sample_db, path, PEOPLE)
    assert report.created_by_table == {"organization": 1, "person": 2}
    assert report.batch_id is not None
    nurlan = person_named(sample_db, "Nurlan Bek")
    with sample_db.transaction() as s:
        s.add(Participation(event_id=event_id(sample_db), person_id=nurlan.id))
    with sample_db.session() as s:
        found = dependents(s, report.batch_id)
    assert [(d.table, d.refers_to, d.names) for d in found] == [("participation", "person", ["Nurlan Bek"])]
    with sample_db.transaction() as s:
        result = revert(s, report.batch_id, force=True)
    assert (result.removed, result.kept_records) == (1, 2)
    assert org_named(sample_db, "Almaty Polytechnic").deleted_at is None
    with sample_db.session() as s:
        assert s.scalars(select(Person).where(Person.full_name == "Aigerim Sultan")).all() == []
    _assert_nothing_points_to_removed_records(sample_db)


def _assert_nothing_points_to_removed_records(db: Database) -> None:
    with db.session() as s:
        dead_orgs = set(
            s.scalars(
                select(Organization.id)
                .where(Organization.deleted_at.is_not(None))
                .execution_options(include_deleted=True)
            )
        )
        dead_people = set(
            s.scalars(
                select(Person.id)
                .where(Person.deleted_at.is_not(None))
                .execution_options(include_deleted=True)
            )
        )
        assert not {p.organization_id for p in s.scalars(select(Person))} & dead_orgs
        assert not {p.person_id for p in s.scalars(select(Participation))} & dead_people


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_fill_field_decisions_and_a_blocked_revert_on_postgres(pg_db: Database, tmp_path: Path) -> None:  # noqa: F811
    with pg_db.transaction() as s:
        sample.load_sample(s)
    cqvie = org_named(pg_db, CQVIE)
    partners, _people = _partner_then_people(pg_db, tmp_path)
    assert org_named(pg_db, CQVIE).email == cqvie.email
    assert org_named(pg_db, "Chongqing City Management College").website == "https://www.cqcmc.edu.cn"
    with pg_db.session() as s:
        found = dependents(s, partners)
        assert [(d.table, d.count, d.names) for d in found] == [
            ("person", 2, ["Aliya Tursun", "Memet Ablimit"])
        ]
        with pytest.raises(RevertBlocked):
            revert(s, partners)
    with pg_db.transaction() as s:
        result = revert(s, partners, force=True)
    assert (result.removed, result.kept_records, result.restored) == (0, 1, 5)
    _assert_nothing_points_to_removed_records(pg_db)


def test_an_agreement_and_a_check_in_are_dependents_too(sample_db: Database, tmp_path: Path) -> None:
    """A link row (an agreement's party) counts through its agreement; a check-in through the
    registration it belongs to, which keeps the person it registers."""
    from tvet_alliance.domain import Agreement, CheckIn

    partners = do_import(sample_db, corpus(tmp_path), PARTNERS)
    delegates = write_csv(tmp_path, [["Name", "Nationality"], ["Gulnar Ismail", "CN"]], "delegates.csv")
    seminar = event_id(sample_db, SEMINAR)
    registered = do_import(sample_db, delegates, DELEGATES, event_id=seminar)
    assert partners.batch_id is not None and registered.batch_id is not None
    kashgar = org_named(sample_db, "Kashgar Vocational and Technical College")
    gulnar = person_named(sample_db, "Gulnar Ismail")
    with sample_db.transaction() as s:
        s.add(Agreement(title="MOU with Kashgar", parties=[s.get_one(Organization, kashgar.id)]))
        part = s.scalars(select(Participation).where(Participation.person_id == gulnar.id)).one()
        s.add(CheckIn(participation_id=part.id, site_id=sample_db.site_id, nonce=uuid.uuid4().hex))
    with sample_db.session() as s:
        assert [(d.table, d.names, d.targets) for d in dependents(s, partners.batch_id)] == [
            ("agreement", ["MOU with Kashgar"], ["Kashgar Vocational and Technical College"])
        ]
        assert [(d.table, d.refers_to, d.names) for d in dependents(s, registered.batch_id)] == [
            ("check_in", "participation", ["Gulnar Ismail"])
        ]
    with sample_db.transaction() as s:
        result = revert(s, registered.batch_id, force=True)
    assert (result.removed, result.kept_records) == (0, 2)  # the registration and its person
    assert person_named(sample_db, "Gulnar Ismail").deleted_at is None
    with sample_db.transaction() as s:
        result = revert(s, partners.batch_id, force=True)
    assert (result.removed, result.kept_records) == (0, 1)
    with sample_db.session() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.title == "MOU with Kashgar")).one()
        assert [o.deleted_at for o in agreement.parties] == [None]
