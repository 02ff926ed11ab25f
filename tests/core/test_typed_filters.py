"""A reference filter given text (typed, not picked) keeps the rows whose record's names contain it,
in any script and any case: the organisation filter of the People list."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing


def _names(org: Organization) -> str:
    return " ".join([org.name_en, org.name_native or "", org.short_name or "", *org.aliases]).casefold()


@pytest.mark.parametrize("typed", ["tevta", "Punjab", "重庆", "college chongqing", "  TEVTA  "])
def test_typed_organisation_filter_keeps_the_people_of_matching_partners(
    sample_db: Database, typed: str
) -> None:
    with sample_db.session() as s:
        orgs = {o.id: o for o in s.scalars(select(Organization))}
        expected = sorted(
            p.id
            for p in s.scalars(select(Person))
            if p.organization_id in orgs
            and all(w.casefold() in _names(orgs[p.organization_id]) for w in typed.split())
        )
        found = sorted(listing.list_ids(s, listing.PEOPLE, filters={"organization": typed}))
    assert expected, f"the sample has people of partners matching {typed!r}"
    assert found == expected


def test_a_picked_partner_still_filters_by_that_partner(sample_db: Database) -> None:
    with sample_db.session() as s:
        person = s.scalars(select(Person).where(Person.organization_id.is_not(None))).first()
        assert person is not None
        found = listing.list_ids(s, listing.PEOPLE, filters={"organization": person.organization_id})
        assert person.id in found
        assert all(s.get(Person, i).organization_id == person.organization_id for i in found)


def test_text_matching_no_partner_shows_no_one(sample_db: Database) -> None:
    with sample_db.session() as s:
        assert listing.list_ids(s, listing.PEOPLE, filters={"organization": "no such partner zzz"}) == []
