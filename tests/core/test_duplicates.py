"""Possible duplicates of a record typed in a form, by the import's matching rules (no Qt)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.core.test_postgres import ADMIN_URL, pg_db  # noqa: F401 (a fresh PostgreSQL database)
from tvet_alliance.persistence import Database
from tvet_alliance.services import duplicates, listing, records


def _add(db: Database, type_key: str, **values: Any) -> uuid.UUID:
    with db.session() as s, s.begin():
        return records.create(s, type_key, values)


def _found(db: Database, type_key: str, record_id: uuid.UUID | None = None, **values: Any) -> list[Any]:
    with db.session() as s:
        return duplicates.possible_duplicates(s, type_key, values, record_id)


@pytest.fixture
def alliance(db: Database) -> dict[str, uuid.UUID]:
    return _make_alliance(db)


def _make_alliance(db: Database) -> dict[str, uuid.UUID]:
    ids = {
        "tevta": _add(
            db,
            "partner",
            name_en="Punjab Technical Education and Vocational Training Authority",
            short_name="TEVTA",
            aliases=["Punjab TEVTA Board"],
            country="PK",
            city="Lahore",
        ),
        "chongqing": _add(
            db,
            "partner",
            name_en="Chongqing Industry Polytechnic",
            name_native="重庆工业职业技术学院",
            country="CN",
        ),
    }
    ids["zhang"] = _add(
        db,
        "person",
        full_name="Zhang Wei",
        name_native="张伟",
        organization_id=ids["chongqing"],
        email="Zhang.Wei@cqipc.edu.cn",
    )
    ids["ali"] = _add(
        db, "person", full_name="Ali Raza", phone="+92 321 9203098", organization_id=ids["tevta"]
    )
    return ids


def test_partner_same_name_short_name_alias_or_abbreviation(
    db: Database, alliance: dict[str, uuid.UUID]
) -> None:
    for typed in (
        {"name_en": "PUNJAB technical education and vocational training authority."},  # case, dot
        {"name_en": "Something new", "short_name": "tevta"},
        {"name_en": "PTEVTA"},  # the acronym of the existing name
        {"name_en": "Punjab TEVTA board"},  # an alias
        {"name_en": "New", "name_native": "重庆工业职业技术学院"},  # the native name, in Chinese
    ):
        found = _found(db, "partner", **typed)
        assert found, typed
        assert found[0].reason == "name"
    tevta = _found(db, "partner", name_en="TEVTA")[0]
    assert tevta.id == alliance["tevta"]
    assert (tevta.detail, tevta.country) == ("Lahore", "PK")  # the city and country tell namesakes apart


def test_partner_other_names_and_the_record_itself_are_not_duplicates(
    db: Database, alliance: dict[str, uuid.UUID]
) -> None:
    assert _found(db, "partner", name_en="Lahore Technical College") == []
    assert _found(db, "partner", name_en="") == []
    # Editing TEVTA does not find TEVTA itself.
    assert _found(db, "partner", alliance["tevta"], name_en="TEVTA") == []


def test_person_chinese_name_at_an_organisation_with_zhang_wei(
    db: Database, alliance: dict[str, uuid.UUID]
) -> None:
    found = _found(db, "person", full_name="张伟", organization_id=alliance["chongqing"])
    assert [(c.id, c.reason) for c in found] == [(alliance["zhang"], "name")]
    assert found[0].label == "Zhang Wei / 张伟"
    assert (found[0].detail, found[0].country) == ("Chongqing Industry Polytechnic", "CN")
    # The same name at another organisation is another person (the import's rule) ...
    assert _found(db, "person", full_name="张伟", organization_id=alliance["tevta"]) == []
    # ... but with no organisation given, anyone of that name may be the one.
    assert [c.id for c in _found(db, "person", full_name="zhang  wei")] == [alliance["zhang"]]


def test_a_name_typed_in_another_script_is_found_at_any_organisation(db: Database) -> None:
    """The stored person has only a Latin name, the form only a Chinese one, and no organisation is
    given on either side: the pinyin of 张伟 is Zhang Wei (the import's and the merge's rule)."""
    latin = _add(db, "person", full_name="Zhang Wei")
    found = _found(db, "person", full_name="张伟")
    assert [(c.id, c.reason) for c in found] == [(latin, "name")]
    # 章伟 reads "Zhang Wei" too: possibly the same, as a person would say; 李伟 is not.
    assert [c.id for c in _found(db, "person", full_name="章伟")] == [latin]
    assert _found(db, "person", full_name="李伟") == []


def test_person_same_email_or_phone_anywhere(db: Database, alliance: dict[str, uuid.UUID]) -> None:
    by_email = _found(db, "person", full_name="W. Zhang", email="zhang.wei@CQIPC.edu.cn")
    assert [(c.id, c.reason) for c in by_email] == [(alliance["zhang"], "email")]
    # A local number read in the organisation's country, as the save would store it.
    by_phone = _found(
        db, "person", full_name="A. Raza", phone="0321 9203098", organization_id=alliance["tevta"]
    )
    assert [(c.id, c.reason) for c in by_phone] == [(alliance["ali"], "phone")]
    assert _found(db, "person", full_name="Someone Else", email="else@example.org") == []
    # A deleted person is not offered; the record being edited is not its own duplicate.
    assert (
        _found(db, "person", alliance["zhang"], full_name="Zhang Wei", email="zhang.wei@cqipc.edu.cn") == []
    )
    with db.session() as s, s.begin():
        records.set_deleted(s, "person", [alliance["ali"]], True)
    assert _found(db, "person", full_name="Ali Raza", organization_id=alliance["tevta"]) == []


def test_only_changes_of_names_or_contacts_are_checked() -> None:
    assert duplicates.needs_check("person", {"full_name": "x"})
    assert duplicates.needs_check("partner", {"aliases": []})
    assert not duplicates.needs_check("person", {"position": "Dean"})
    assert not duplicates.needs_check("event", {"name": "x"})


def test_other_record_types_have_no_duplicate_check(db: Database) -> None:
    assert _found(db, "event", name="Anything") == []


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_the_same_duplicates_picker_details_and_typed_filter_on_postgres(
    request: pytest.FixtureRequest, db: Database
) -> None:
    found: dict[str, list[Any]] = {}
    for name, database in (("sqlite", db), ("postgres", request.getfixturevalue("pg_db"))):
        ids = _make_alliance(database)
        with database.session() as s:
            found[name] = [
                [(c.reason, c.label, c.detail, c.country) for c in duplicates.possible_duplicates(s, k, v)]
                for k, v in (
                    ("person", {"full_name": "张伟", "organization_id": ids["chongqing"]}),
                    ("person", {"full_name": "zhang wei"}),
                    ("person", {"full_name": "X", "email": "zhang.wei@cqipc.edu.cn"}),
                    ("person", {"full_name": "Y", "phone": "0321 9203098", "organization_id": ids["tevta"]}),
                    ("partner", {"name_en": "ptevta"}),
                )
            ]
            found[name].append(
                [(c.label, c.detail, c.country) for c in records.choices(s, "person", "zhang")]
            )
            found[name].append([len(listing.list_ids(s, listing.PEOPLE, filters={"organization": "TEVTA"}))])
    assert found["postgres"] == found["sqlite"]
    assert all(found["sqlite"]), found["sqlite"]
