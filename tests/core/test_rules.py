"""The rules of domain.rules: when an agreement is ending, and how entries rank (in Python and in
the SQL the entries list sorts by, which must agree)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tvet_alliance.domain import Competition, Entry, SkillTrack
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.enums import AgreementStatus, EntryStatus
from tvet_alliance.domain.rules import (
    EXPIRY_WARNING_DAYS,
    Expiry,
    Scored,
    agreement_expiry,
    rank_sql,
    ranks,
)
from tvet_alliance.persistence import Database

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("status", "ends_in", "expected"),
    [
        (AgreementStatus.ACTIVE, 20, Expiry.SOON),
        (AgreementStatus.SIGNED, 0, Expiry.SOON),
        (AgreementStatus.ACTIVE, EXPIRY_WARNING_DAYS, Expiry.SOON),
        (AgreementStatus.ACTIVE, EXPIRY_WARNING_DAYS + 1, None),
        (AgreementStatus.ACTIVE, -1, Expiry.LAPSED),
        ("signed", -400, Expiry.LAPSED),  # the stored code reads the same as the enum
        (AgreementStatus.EXPIRED, -1, None),  # already marked as ended: nothing to notice
        (AgreementStatus.TERMINATED, 10, None),
        (AgreementStatus.DRAFT, 10, None),
        (None, 10, None),
    ],
)
def test_agreement_expiry(
    status: AgreementStatus | str | None, ends_in: int, expected: Expiry | None
) -> None:
    assert agreement_expiry(status, TODAY + timedelta(days=ends_in), today=TODAY) is expected


def test_an_agreement_without_an_end_date_never_expires() -> None:
    assert agreement_expiry(AgreementStatus.ACTIVE, None, today=TODAY) is None


def test_ties_share_a_rank_and_the_next_one_skips() -> None:
    got = ranks(
        [
            Scored("a", "welding", EntryStatus.COMPETED, Decimal("91.5")),
            Scored("b", "welding", EntryStatus.COMPETED, Decimal("91.5")),
            Scored("c", "welding", EntryStatus.COMPETED, Decimal("88")),
            Scored("d", "welding", EntryStatus.COMPETED, Decimal("70")),
            Scored("e", "welding", EntryStatus.WITHDRAWN, Decimal("99")),
            Scored("f", "welding", EntryStatus.DISQUALIFIED, Decimal("99")),
            Scored("g", "welding", EntryStatus.COMPETED, None),
            Scored("h", "welding", EntryStatus.REGISTERED, Decimal("95")),
            Scored("i", "mechatronics", "competed", Decimal("50")),  # another track ranks alone
        ]
    )
    assert got == {"a": 1, "b": 1, "c": 3, "d": 4, "e": None, "f": None, "g": None, "h": None, "i": 1}


_SCORES = st.sampled_from(
    [None, Decimal("60"), Decimal("75.5"), Decimal("75.5"), Decimal("90"), Decimal("100")]
)
_ENTRIES = st.lists(
    st.tuples(st.integers(0, 1), st.sampled_from(list(EntryStatus)), _SCORES, st.booleans()),
    min_size=1,
    max_size=12,
)


def _sql_and_python_ranks(
    db: Database, generated: list[tuple[int, EntryStatus, Decimal | None, bool]]
) -> None:
    with db.session() as s:  # flushed, never committed: each example starts from an empty database
        competition = Competition(name="Belt and Road Skills")
        tracks = [SkillTrack(competition=competition, name=name) for name in ("Welding", "Mechatronics")]
        entries = [
            Entry(track=tracks[track], status=status, score=score, team_name=f"team {n}")
            for n, (track, status, score, _deleted) in enumerate(generated)
        ]
        s.add_all([competition, *tracks, *entries])
        s.flush()
        for entry, (*_, deleted) in zip(entries, generated, strict=True):
            if deleted:
                entry.deleted_at = utcnow()
        s.flush()
        live = [e for e in entries if e.deleted_at is None]
        expected = ranks(Scored(e.id, e.track_id, e.status, e.score) for e in live)
        rows = s.execute(
            select(Entry.id, rank_sql().label("rank")).where(Entry.id.in_([e.id for e in live]))
        ).all()
        assert {row.id: row.rank for row in rows} == expected
        s.rollback()


def test_the_sql_rank_agrees_with_the_rule_on_ties_and_unranked_entries(db: Database) -> None:
    _sql_and_python_ranks(
        db,
        [
            (0, EntryStatus.COMPETED, Decimal("90"), False),
            (0, EntryStatus.COMPETED, Decimal("90"), False),
            (0, EntryStatus.COMPETED, Decimal("75.5"), False),
            (0, EntryStatus.COMPETED, Decimal("100"), True),  # deleted: ranks no one lower
            (0, EntryStatus.WITHDRAWN, Decimal("100"), False),
            (0, EntryStatus.COMPETED, None, False),
            (1, EntryStatus.COMPETED, Decimal("60"), False),
        ],
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=_ENTRIES)
def test_the_sql_rank_agrees_with_the_rule_on_any_entries(
    db: Database, generated: list[tuple[int, EntryStatus, Decimal | None, bool]]
) -> None:
    _sql_and_python_ranks(db, generated)
