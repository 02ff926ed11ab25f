"""What an action changed is collected by the write path and taken after the commit."""

from __future__ import annotations

from tvet_alliance.domain import changes
from tvet_alliance.persistence.database import Database
from tvet_alliance.services import records


def test_a_save_reports_the_tables_it_wrote_and_a_rollback_reports_nothing(db: Database) -> None:
    with db.session() as session:
        records.create(session, "partner", {"name_en": "Lahore College", "country": "PK"})
        session.commit()
        done = changes.take(session)
        assert done.touches({"organization"}) and not done.touches({"person"})
        assert not changes.take(session)  # taken once

        records.create(session, "partner", {"name_en": "Multan College", "country": "PK"})
        session.rollback()
        assert not changes.take(session)
