"""Finding anyone in any script (issue 17): one table of queries -> the people and partners they
must find, run through the search service on SQLite and on PostgreSQL (when
``TVET_ALLIANCE_TEST_PG`` names a server), and the same through the lists' search boxes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tvet_alliance.domain import search_keys as rules
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing, records, search

ADMIN_URL = os.environ.get("TVET_ALLIANCE_TEST_PG")

PARTNERS = {
    "cqvie": {
        "name_en": "Chongqing Vocational Institute of Engineering",
        "name_native": "重庆工程职业技术学院",
        "short_name": "CQVIE",
        "aliases": ["Chongqing Engineering Vocational College"],
        "country": "CN",
        "city": "Chongqing",
    },
    "tevta": {
        "name_en": "Punjab Technical Education and Vocational Training Authority",
        "name_native": "پنجاب ٹیوٹا",
        "short_name": "TEVTA",
        "country": "PK",
        "city": "Lahore",
    },
    "wh": {"name_en": "Wuhan Polytechnic", "name_native": "武汉职业技术学院", "country": "CN"},
}

#: key -> (full name, name in Chinese/Urdu, organisation key)
PEOPLE = {
    "zhangwei": ("张伟", None, "cqvie"),
    "latin_zhang": ("Zhang Wei", None, "wh"),
    "cheung": ("Jacky Cheung", "張學友", None),
    "shan": ("单雄信", None, None),
    "zeng": ("曾国藩", None, None),
    "xie": ("解缙", None, None),
    "lv": ("吕布", None, None),
    "huanghai": ("黄海", None, "wh"),
    "wangfang": ("王芳", None, "cqvie"),
    "fatima": ("فاطمہ جناح", None, "tevta"),
    "fatimah": ("Fatimah Khan", None, "tevta"),
    "ali": ("Muhammad Ali", "محمد علی", "tevta"),
    "mohammed": ("Mohammed Hussein", None, "tevta"),
    "wong": ("Wong Ka Fai", None, None),
    "lee": ("Lee Kuan", None, None),
    "chan": ("Chan Tai Man", None, None),
    "email_only": ("Someone Else", None, None),
}

#: query -> the people it must find (others may follow; the first listed must come first when
#: marked with "!").
PEOPLE_QUERIES: list[tuple[str, set[str]]] = [
    ("zhang wei", {"zhangwei", "latin_zhang"}),
    ("zhang", {"zhangwei", "latin_zhang", "cheung"}),
    ("zhang w", {"zhangwei", "latin_zhang"}),
    ("zhangw", {"zhangwei", "latin_zhang"}),
    ("zw", {"zhangwei"}),
    ("Wei Zhang", {"zhangwei", "latin_zhang"}),  # given name first, from a business card
    ("张伟", {"zhangwei"}),
    ("張偉", {"zhangwei"}),  # traditional characters find the simplified name (same pinyin)
    ("zhang xue", {"cheung"}),  # pinyin of a traditional name
    ("zxy", {"cheung"}),
    ("Chang Wei", {"zhangwei", "latin_zhang"}),  # Wade-Giles spelling
    ("shan xiong", {"shan"}),  # surname readings
    ("zeng guofan", {"zeng"}),
    ("zgf", {"zeng"}),
    ("xie jin", {"xie"}),
    ("lv bu", {"lv"}),
    ("lu bu", {"lv"}),
    ("lü bu", {"lv"}),
    ("黄海", {"huanghai"}),  # issue 13 item 9: two characters in the main name field
    ("黄", {"huanghai"}),
    ("huang hai", {"huanghai"}),
    ("wang fang", {"wangfang"}),
    ("fatima", {"fatima", "fatimah"}),  # the Urdu name by its consonants; the Latin variant
    ("fatima jinnah", {"fatima"}),
    ("فاطمه جناح", {"fatima"}),  # typed on an Arabic keyboard (ه)
    ("فاطمة", {"fatima"}),  # teh marbuta: the same consonants
    ("فَاطِمہ", {"fatima"}),  # with harakat
    ("محمد علي", {"ali"}),  # Arabic ي
    ("muhammad", {"ali", "mohammed"}),
    ("mohammad", {"ali", "mohammed"}),
    ("Md. Hussain", {"mohammed"}),
    ("hussain", {"mohammed"}),
    ("huang", {"huanghai", "wong"}),  # Wong is a Hong Kong spelling of Huang
    ("wang", {"wangfang", "wong"}),
    ("li", {"lee"}),
    ("chen", {"chan"}),
    ("khan", {"fatimah"}),
]

PARTNER_QUERIES: list[tuple[str, set[str]]] = [
    ("chongqing gongcheng", {"cqvie"}),
    ("cqgc", {"cqvie"}),
    ("重庆", {"cqvie"}),
    ("CQVIE", {"cqvie"}),
    ("chongqing engineering", {"cqvie"}),  # an alias
    ("tevta", {"tevta"}),
    ("punjab tevta", {"tevta"}),
    ("پنجاب", {"tevta"}),
    ("wuhan zhiye", {"wh"}),
    ("whzy", {"wh"}),
]


def _fill(db: Database) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    with db.session() as s:
        orgs = {key: records.create(s, "partner", values) for key, values in PARTNERS.items()}
        s.flush()
        people = {}
        for key, (name, native, org) in PEOPLE.items():
            values = {"full_name": name, "name_native": native, "organization_id": orgs[org] if org else None}
            if key == "email_only":
                values["email"] = "fatima.office@example.org"
            people[key] = records.create(s, "person", values)
        s.commit()
    return orgs, people


@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, dict, dict]]:
    if request.param == "sqlite":
        db = Database.open(tmp_path / "search.sqlite3")
        try:
            yield (db, *_fill(db))
        finally:
            db.close()
        return
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(ADMIN_URL).set(database=name))
    try:
        yield (db, *_fill(db))
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _names(ids: dict[str, uuid.UUID], found: list[uuid.UUID]) -> set[str]:
    back = {v: k for k, v in ids.items()}
    return {back[i] for i in found if i in back}


def test_every_query_finds_its_people_through_the_service_and_the_list(filled: tuple) -> None:
    db, _orgs, people = filled
    missing = []
    with db.session() as s:
        for query, expected in PEOPLE_QUERIES:
            found = _names(people, [m.id for m in search.find_people(s, query, limit=50)])
            listed = _names(people, listing.list_ids(s, listing.PEOPLE, search=query))
            if not expected <= found or not expected <= listed:
                missing.append((query, expected - found, expected - listed))
    assert missing == []


def test_every_query_finds_its_partners_through_the_service_and_the_list(filled: tuple) -> None:
    db, orgs, _people = filled
    missing = []
    with db.session() as s:
        for query, expected in PARTNER_QUERIES:
            found = _names(orgs, [m.id for m in search.find_partners(s, query, limit=50)])
            listed = _names(orgs, listing.list_ids(s, listing.PARTNERS, search=query))
            if not expected <= found or not expected <= listed:
                missing.append((query, expected - found, expected - listed))
    assert missing == []


def test_ranking_exact_and_native_script_first_then_keys_then_variants(filled: tuple) -> None:
    db, _orgs, people = filled
    with db.session() as s:
        latin = search.find_people(s, "zhang wei")
        assert [m.id for m in latin[:2]] == [people["latin_zhang"], people["zhangwei"]]
        assert (latin[0].why, latin[0].rank) == ("name", rules.EXACT)
        assert (latin[1].why, latin[1].key) == ("pinyin", "zhang wei")
        native = search.find_people(s, "张伟")
        assert native[0].id == people["zhangwei"] and native[0].rank == rules.EXACT
        fatima = search.find_people(s, "fatima")
        # "Fatimah Khan" starts with the text typed (a name); the Urdu name is found by its consonants
        assert [m.id for m in fatima[:2]] == [people["fatimah"], people["fatima"]]
        assert fatima[0].why == "name" and fatima[1].why == "Latin letters of the Urdu name"
        # a spelling variant comes after the names and keys
        mohammad = {m.id: m for m in search.find_people(s, "mohammad")}
        assert mohammad[people["mohammed"]].why == "spelling variant"  # Mohammed Hussein
        assert mohammad[people["ali"]].why == "Latin letters of the Urdu name"  # محمد علی
        hussain = search.find_people(s, "muhammad hussain")
        assert hussain[0].id == people["mohammed"] and hussain[0].rank == rules.VARIANT_RANK
        # a name merely containing the text comes last (here an e-mail address)
        assert fatima[-1].id == people["email_only"] and fatima[-1].why == "contains"
        # the detail tells namesakes apart: the person's organisation
        assert latin[0].detail == "Wuhan Polytechnic"
        assert latin[1].detail == "Chongqing Vocational Institute of Engineering"


def test_people_of_one_organisation_and_excluded_ids(filled: tuple) -> None:
    db, orgs, people = filled
    with db.session() as s:
        assert [m.id for m in search.find_people(s, "zhang", organization_id=orgs["cqvie"])] == [
            people["zhangwei"]
        ]
        found = search.find_people(s, "zhang wei", exclude=[people["latin_zhang"]])
        assert people["latin_zhang"] not in {m.id for m in found}


def test_nothing_typed_finds_nothing_and_odd_input_is_bounded(filled: tuple) -> None:
    db, _orgs, _people = filled
    with db.session() as s:
        assert search.find_people(s, "") == []
        assert search.find_people(s, "   \x00 ") == []
        assert search.find_partners(s, "%_\\") == []
        assert search.find_people(s, "zhang " * 200)  # bounded to the first words, still found
