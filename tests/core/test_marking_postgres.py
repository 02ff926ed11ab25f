"""Marks on PostgreSQL: the schema of migration 0009, set_mark (a tombstoned cell restored), the
computed score and progress (runs when TVET_ALLIANCE_TEST_PG names a server)."""

from __future__ import annotations

from decimal import Decimal

from tvet_alliance.domain import Competition, Entry, Organization, SkillTrack
from tvet_alliance.domain.enums import AspectKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import marking
from tvet_alliance.services.marking import AspectInput

from .test_postgres import pg_db, pytestmark  # noqa: F401 - the fixture and the skip mark


def test_marks_and_the_computed_score_on_postgres(pg_db: Database) -> None:  # noqa: F811
    with pg_db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", country="PK")
        comp = Competition(name="Skills 2026")
        track = SkillTrack(competition=comp, name="Welding", max_score=Decimal(100))
        entry = Entry(track=track, organization=org, team_name="Lahore")
        s.add_all([org, comp, track, entry])
        s.flush()
        marking.save_scheme(
            s,
            track.id,
            [
                AspectInput("A1", Decimal(50), AspectKind.MEASUREMENT),
                AspectInput("B1", Decimal(50), AspectKind.JUDGEMENT),
            ],
        )
        a1, b1 = (a.id for a in marking.aspects(s, track.id))
        marking.set_mark(s, entry.id, a1, 1, Decimal(25))
        for judge, mark in ((1, 3), (2, 3), (3, 3)):
            marking.set_mark(s, entry.id, b1, judge, Decimal(mark))
        ids = (comp.id, track.id, entry.id, a1)
    with pg_db.transaction() as s:
        assert s.get(Entry, ids[2]).score == Decimal("75.00")  # type: ignore[union-attr]
        marking.set_mark(s, ids[2], ids[3], 1, None)
        marking.set_mark(s, ids[2], ids[3], 1, Decimal(50))
    with pg_db.session() as s:
        assert s.get(Entry, ids[2]).score == Decimal("100.00")  # type: ignore[union-attr]
        (p,) = marking.progress(s, ids[0])
        assert (p.marked, p.to_mark) == (1, 0)
