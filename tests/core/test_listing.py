"""The queries behind every list: search in three scripts, phones by digits, filters, paging and the
SQLite full-text index, which must find exactly what a plain scan finds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database, search_index
from tvet_alliance.services import listing

TERMS = [
    "tevta",
    "Muhammad",
    "wang",
    "gmail.com",
    "Punjab",
    "重庆",
    "王",
    "محمد",
    "300",
    "Li",
    "ali raza",
    "zz_",
    "edu 300",
]


def _ids(db: Database, spec: listing.ListSpec, text: str, *, full_text: bool) -> list:
    with db.session() as s:
        s.info["full_text"] = full_text
        return listing.list_ids(s, spec, search=text)


@pytest.mark.parametrize("term", [t for t in TERMS if all(len(w) >= 3 for w in t.split())])
def test_full_text_finds_what_a_scan_finds(sample_db: Database, term: str) -> None:
    assert sample_db.full_text
    assert _ids(sample_db, listing.PEOPLE, term, full_text=True) == _ids(
        sample_db, listing.PEOPLE, term, full_text=False
    )


@pytest.mark.parametrize("term", [*TERMS, "zhang wei", "zhang w", "ali r", "fatima", "w"])
def test_walking_the_name_index_finds_what_sorting_finds(
    sample_db: Database, term: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search reads the name index in order when its words find many rows, else sorts its
    matches (services.listing.WALK_KEYS): the same rows in the same order either way, page by page."""

    def pages(walk_keys: int) -> tuple[list, list]:
        monkeypatch.setattr(listing, "WALK_KEYS", walk_keys)
        with sample_db.session() as s:
            first, _ = listing.list_page(s, listing.PEOPLE, search=term, limit=3)
            second, _ = listing.list_page(s, listing.PEOPLE, search=term, limit=3, offset=3)
        return first + second, _ids(sample_db, listing.PEOPLE, term, full_text=True)

    assert pages(1) == pages(10**9)
    assert pages(1)[1] == _ids(sample_db, listing.PEOPLE, term, full_text=False)


def test_short_words_match_the_start_of_names(sample_db: Database) -> None:
    found = _ids(sample_db, listing.PEOPLE, "王", full_text=True)
    with sample_db.session() as s:
        expected = {p.id for p in s.scalars(select(Person).where(Person.name_native.like("王%")))}
        names = {p.id: p for p in s.scalars(select(Person))}
    assert expected and set(found) >= expected
    for person_id in set(found) - expected:  # the rest match through their organisation's name
        assert names[person_id].organization_id is not None


def test_index_follows_inserts_updates_and_deletes(sample_db: Database) -> None:
    with sample_db.transaction() as s:
        person = Person(full_name="Zarghuna Khattak", name_native="زرغونہ خٹک", nationality="PK")
        s.add(person)
        s.flush()
        person_id = person.id
    assert _ids(sample_db, listing.PEOPLE, "Zarghuna", full_text=True) == [person_id]
    assert person_id in _ids(sample_db, listing.PEOPLE, "زرغونہ", full_text=True)
    with sample_db.transaction() as s:
        # Both names change: the Urdu name alone would still be found by "Zarghuna" (its consonants).
        renamed = s.get(Person, person_id)
        renamed.full_name, renamed.name_native = "Palwasha Khattak", "پلوشہ خٹک"
    assert _ids(sample_db, listing.PEOPLE, "Zarghuna", full_text=True) == []
    assert _ids(sample_db, listing.PEOPLE, "Palwasha", full_text=True) == [person_id]
    with sample_db.transaction() as s:
        s.delete(s.get(Person, person_id))
    assert _ids(sample_db, listing.PEOPLE, "Palwasha", full_text=True) == []


def test_ensure_repairs_missing_triggers_and_stale_index(sample_db: Database) -> None:
    with sample_db.engine.begin() as conn:
        for trigger in ("person_search_ai", "person_search_ad", "person_search_au"):
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql(
            "UPDATE person SET full_name = 'Qurratulain Haider' WHERE full_name = 'Ali Raza'"
        )
    with sample_db.engine.begin() as conn:
        assert search_index.ensure(conn)
    assert len(_ids(sample_db, listing.PEOPLE, "Qurratulain", full_text=True)) == 1


def test_phone_digits_and_quotes_are_safe(sample_db: Database) -> None:
    with sample_db.session() as s:
        phone = s.scalars(select(Person.phone).where(Person.phone.is_not(None))).first()
    assert phone
    found = _ids(sample_db, listing.PEOPLE, f"{phone[3:6]} {phone[6:]}", full_text=True)
    assert found
    for tricky in ('"', 'a"b"c', "%%%", "_", "\\", "OR", "NEAR(", "*"):
        assert isinstance(_ids(sample_db, listing.PEOPLE, tricky, full_text=True), list)


def test_pages_join_up_to_the_whole_list_and_counts_agree(sample_db: Database) -> None:
    with sample_db.session() as s:
        everything = listing.list_ids(s, listing.PEOPLE, order_by="full_name")
        pages, offset = [], 0
        while True:
            page, matched = listing.list_page(
                s, listing.PEOPLE, order_by="full_name", limit=17, offset=offset, with_count=True
            )
            if not page:
                break
            assert matched == len(everything)
            pages += page
            offset += len(page)
        assert pages == everything
        for term in TERMS:
            assert listing.count(s, listing.PEOPLE, search=term) == len(
                listing.list_ids(s, listing.PEOPLE, search=term)
            )


def test_filters_combine_with_search(sample_db: Database) -> None:
    with sample_db.session() as s:
        ids = listing.list_ids(s, listing.PARTNERS, search="college", filters={"country": "PK"})
        rows = listing.fetch_rows(s, listing.PARTNERS, ids)
        assert ids and all(r["country"] == "PK" and "college" in r["name_en"].lower() for r in rows.values())
        pk = s.scalars(select(Organization.id).where(Organization.country == "PK")).all()
        assert set(listing.list_ids(s, listing.PARTNERS, filters={"country": "PK"})) == set(pk)


@pytest.mark.parametrize("spec", listing.ALL_SPECS, ids=lambda s: s.key)
def test_every_column_sorts_with_and_without_a_search(sample_db: Database, spec: listing.ListSpec) -> None:
    with sample_db.session() as s:
        everything = set(listing.list_ids(s, spec))
        for column in spec.columns:
            if column.expr is None or not column.sortable:
                continue
            for descending in (False, True):
                ordered = listing.list_ids(s, spec, order_by=column.key, descending=descending)
                assert set(ordered) == everything and len(ordered) == len(everything), column.key
            found = listing.list_ids(s, spec, order_by=column.key, search="tech")
            assert len(found) == listing.count(s, spec, search="tech"), column.key
