"""Optimistic locking: when two people edit the same partner, the second save is refused instead of
silently overwriting the first one's work."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from tvet_alliance.domain import ChangeLog, Organization
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.persistence import Database


def test_second_of_two_concurrent_edits_is_refused_and_the_first_stands(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", country="PK", city="Lahore")
        s.add(org)
        s.flush()
        org_id = org.id

    first, second = db.session(), db.session()
    try:
        mine = first.get_one(Organization, org_id)
        theirs = second.get_one(Organization, org_id)
        assert mine.row_version == theirs.row_version == 1

        mine.email = "info@tevta.gop.pk"
        first.commit()

        theirs.city = "Rawalpindi"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()

    with db.session() as s:
        org = s.get_one(Organization, org_id)
        assert (org.email, org.city, org.row_version) == ("info@tevta.gop.pk", "Lahore", 2)
        updates = s.scalars(
            select(ChangeLog.field).where(ChangeLog.row_id == org_id, ChangeLog.op == ChangeOp.UPDATE)
        ).all()
        assert updates == ["email"]  # the refused edit left no trace in the change log


def test_refused_editor_can_reload_and_save(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", country="PK")
        s.add(org)
        s.flush()
        org_id = org.id

    with db.session() as stale:
        theirs = stale.get_one(Organization, org_id)
        with db.transaction() as s:
            s.get_one(Organization, org_id).city = "Lahore"
        theirs.website = "https://www.tevta.gop.pk"
        with pytest.raises(StaleDataError):
            stale.commit()
        stale.rollback()
        stale.refresh(theirs)
        assert (theirs.city, theirs.row_version) == ("Lahore", 2)
        theirs.website = "https://www.tevta.gop.pk"
        stale.commit()

    with db.session() as s:
        org = s.get_one(Organization, org_id)
        assert (org.city, org.website, org.row_version) == ("Lahore", "https://www.tevta.gop.pk", 3)


def test_every_save_counts_the_row_version_up(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="NAVTTC", country="PK")
        s.add(org)
        s.flush()
        org_id = org.id
    for n, city in enumerate(["Islamabad", "Lahore", "Karachi"], start=2):
        with db.transaction() as s:
            org = s.get_one(Organization, org_id)
            org.city = city
        with db.session() as s:
            assert s.get_one(Organization, org_id).row_version == n
