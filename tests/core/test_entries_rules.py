"""Entries (issue 13, item 13): a medal contradicting the rank is found (in Python and in the SQL
the list filters by, which must agree); an entry takes its organisation's country when saved or
imported without one; a skill track has a name in Chinese that the list, import and export carry."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.core.test_postgres import ADMIN_URL, pg_db
from tvet_alliance.domain import Competition, Entry, SkillTrack
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.domain.rules import MedalConflict, Medalled, medal_conflict_sql, medal_conflicts
from tvet_alliance.persistence import Database
from tvet_alliance.services import listing, records
from tvet_alliance.services.exporting import ExportKind, ExportOptions, export
from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run

C = EntryStatus.COMPETED
__all__ = ["pg_db"]  # a fresh PostgreSQL database per test, as test_postgres makes it


def test_rank_one_without_a_medal_next_to_rank_three_silver_is_flagged() -> None:
    got = medal_conflicts(
        [
            Medalled("a", "welding", C, Decimal("95"), Medal.NONE),
            Medalled("b", "welding", C, Decimal("90"), Medal.GOLD),
            Medalled("c", "welding", C, Decimal("80"), Medal.SILVER),
            Medalled("d", "welding", C, Decimal("70"), Medal.NONE),
        ]
    )
    # a (rank 1, none) against b (rank 2, gold): the nearest entry it contradicts.
    assert got == {
        "a": MedalConflict(1, Medal.NONE, 2, Medal.GOLD),
        "b": MedalConflict(2, Medal.GOLD, 1, Medal.NONE),
        "c": MedalConflict(3, Medal.SILVER, 1, Medal.NONE),
    }


def test_an_inverted_medal_order_is_flagged_and_a_right_one_is_not() -> None:
    inverted = medal_conflicts(
        [
            Medalled(1, "t", C, Decimal("90"), "silver"),  # stored codes read as the enum
            Medalled(2, "t", C, Decimal("80"), "gold"),
        ]
    )
    assert set(inverted) == {1, 2}
    right = medal_conflicts(
        [
            Medalled(1, "t", C, Decimal("90"), Medal.GOLD),
            Medalled(2, "t", C, Decimal("90"), Medal.GOLD),  # a shared rank, a shared medal
            Medalled(3, "t", C, Decimal("80"), Medal.BRONZE),  # rank 3 (no silver): not a contradiction
            Medalled(4, "t", C, Decimal("70"), Medal.EXCELLENCE),
            Medalled(5, "t", C, Decimal("60"), Medal.NONE),
            Medalled(6, "t", EntryStatus.WITHDRAWN, Decimal("99"), Medal.NONE),  # not ranked
            Medalled(7, "other", C, Decimal("99"), Medal.NONE),  # another track
        ]
    )
    assert right == {}


_LEVELS = st.sampled_from(list(Medal))
_SCORES = st.sampled_from([None, Decimal("60"), Decimal("75.5"), Decimal("90"), Decimal("100")])
_ENTRIES = st.lists(
    st.tuples(st.integers(0, 1), st.sampled_from(list(EntryStatus)), _SCORES, _LEVELS, st.booleans()),
    min_size=1,
    max_size=10,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=_ENTRIES)
def test_the_sql_medal_check_agrees_with_the_rule(
    db: Database, generated: list[tuple[int, EntryStatus, Decimal | None, Medal, bool]]
) -> None:
    with db.session() as s:  # flushed, never committed: each example starts from an empty database
        competition = Competition(name="Belt and Road Skills")
        tracks = [SkillTrack(competition=competition, name=name) for name in ("Welding", "Mechatronics")]
        entries = [
            Entry(track=tracks[t], status=status, score=score, medal=medal, team_name=f"team {n}")
            for n, (t, status, score, medal, _deleted) in enumerate(generated)
        ]
        s.add_all([competition, *tracks, *entries])
        s.flush()
        for entry, (*_, deleted) in zip(entries, generated, strict=True):
            if deleted:
                entry.deleted_at = utcnow()
        s.flush()
        live = [e for e in entries if e.deleted_at is None]
        expected = set(medal_conflicts(Medalled(e.id, e.track_id, e.status, e.score, e.medal) for e in live))
        flagged = set(
            s.scalars(select(Entry.id).where(Entry.id.in_([e.id for e in live]), medal_conflict_sql()))
        )
        assert flagged == expected
        s.rollback()


def _competition(db: Database) -> tuple[object, object, object]:
    with db.session() as s:
        comp = records.create(s, "competition", {"name": "Belt and Road Skills 2026"})
        track = records.create(s, "track", {"competition_id": comp, "name": "Welding", "name_zh": "焊接"})
        org = records.create(s, "partner", {"name_en": "Chongqing Vocational Institute", "country": "CN"})
        s.commit()
    return comp, track, org


def test_the_entries_list_flags_and_filters_contradicting_medals(db: Database) -> None:
    comp, track, _org = _competition(db)
    with db.session() as s:
        first = records.create(
            s, "entry", {"track_id": track, "team_name": "A", "status": "competed", "score": "95"}
        )
        third = records.create(
            s,
            "entry",
            {"track_id": track, "team_name": "C", "status": "competed", "score": "80", "medal": "silver"},
        )
        fine = records.create(s, "entry", {"track_id": track, "team_name": "D", "status": "registered"})
        s.commit()
    with db.session() as s:
        rows = listing.fetch_rows(s, listing.ENTRIES, [first, third, fine])
        flagged = listing.list_ids(s, listing.ENTRIES, parent_id=comp, filters={"medal_check": True})
        unflagged = listing.list_ids(s, listing.ENTRIES, parent_id=comp, filters={"medal_check": False})
    assert rows[first][listing.MEDAL_CONFLICT] == MedalConflict(1, Medal.NONE, 2, Medal.SILVER)
    assert rows[third][listing.MEDAL_CONFLICT] == MedalConflict(2, Medal.SILVER, 1, Medal.NONE)
    assert listing.MEDAL_CONFLICT not in rows[fine]
    assert set(flagged) == {first, third} and unflagged == [fine]


def test_an_entry_saved_without_a_country_takes_its_organisations(db: Database) -> None:
    _comp, track, org = _competition(db)
    with db.session() as s:
        filled = records.create(s, "entry", {"track_id": track, "team_name": "A", "organization_id": org})
        chosen = records.create(
            s, "entry", {"track_id": track, "team_name": "B", "organization_id": org, "country": "PK"}
        )
        bare = records.create(s, "entry", {"track_id": track, "team_name": "C"})
        s.commit()
    with db.session() as s:
        assert records.load(s, "entry", filled).values["country"] == "CN"
        assert records.load(s, "entry", chosen).values["country"] == "PK"  # the person's choice stays
        assert records.load(s, "entry", bare).values["country"] is None
        # Picking an organisation later fills an empty country on that save.
        records.update(s, "entry", bare, {"organization_id": org}, records.load(s, "entry", bare).version)
        s.commit()
        assert records.load(s, "entry", bare).values["country"] == "CN"


def _import(db: Database, path: Path, competition: object) -> object:
    detection = detect(path)
    mapping = auto_map(ImportKind.ENTRIES, read_table(path, detection).header)
    options = ImportOptions(ImportKind.ENTRIES, competition_id=competition)  # type: ignore[arg-type]
    with db.session() as s:
        return run(s, path, detection, mapping, options, apply=True, sha256="test")


def test_import_fills_the_country_from_the_organisation_and_matches_tracks_in_chinese(
    db: Database, tmp_path: Path
) -> None:
    comp, track, _org = _competition(db)
    path = tmp_path / "entries.csv"
    path.write_text(
        "赛项,选手,单位,国家\r\n"
        "焊接,Li Lei,Chongqing Vocational Institute,\r\n"  # the Chinese name finds the track
        "焊接,Ali Raza,Chongqing Vocational Institute,Pakistan\r\n"
        "Mechatronics,Wang Fang,Chongqing Vocational Institute,\r\n",
        encoding="utf-8",
    )
    report = _import(db, path, comp)
    assert report.invalid == 0, report.errors  # type: ignore[attr-defined]
    with db.session() as s:
        got = {
            (name, country)
            for name, country in s.execute(select(SkillTrack.name, Entry.country).join(Entry.track))
        }
        assert s.scalar(select(SkillTrack.id).where(SkillTrack.name_zh == "焊接")) == track
    assert got == {("Welding", "CN"), ("Welding", "PK"), ("Mechatronics", "CN")}


def test_the_track_name_in_chinese_travels_through_export_and_import(db: Database, tmp_path: Path) -> None:
    _comp, track, org = _competition(db)
    with db.session() as s:
        member = records.create(s, "person", {"full_name": "Li Lei", "organization_id": org})
        given = {"track_id": track, "organization_id": org, "team_name": "Team 1", "members": [member]}
        records.create(s, "entry", {**given, "status": "competed", "score": 90})
        s.commit()
        assert listing.fetch_rows(s, listing.TRACKS, [track])[track]["track_zh"] == "焊接"
    path = tmp_path / "entries.csv"
    with db.session() as s:
        export(s, ExportKind.ENTRIES, path, ExportOptions())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert row[header.index("Skill track in Chinese")] == "焊接"
    assert row[header.index("Rank")] == "1"

    target = Database.open(tmp_path / "target.sqlite3")
    try:
        with target.session() as s:
            other = records.create(s, "competition", {"name": "Belt and Road Skills 2026"})
            s.commit()
        report = _import(target, path, other)
        assert report.invalid == 0, report.errors  # type: ignore[attr-defined]
        with target.session() as s:
            assert s.execute(select(SkillTrack.name, SkillTrack.name_zh)).one() == ("Welding", "焊接")
    finally:
        target.close()


def test_a_tracks_chinese_name_set_on_a_laptop_merges_into_the_office(tmp_path: Path) -> None:
    from tests.core.sync_helpers import edit, laptop, make_office, value
    from tvet_alliance.services import sync

    office = make_office(tmp_path / "office.sqlite3")
    try:
        with office.db.transaction() as s:
            competition = Competition(name="Belt and Road Skills 2026")
            track = SkillTrack(competition=competition, name="Welding")
            s.add_all([competition, track])
            s.flush()
            track_id = track.id
        lap = laptop(office, tmp_path / "laptop.sqlite3", "Laptop 1")
        try:
            assert value(lap, SkillTrack, track_id, "name_zh") is None
            edit(lap, SkillTrack, track_id, name_zh="焊接")
            sync.create_package(lap, tmp_path / "p1.tvetsync")
        finally:
            lap.close()
        sync.merge_package(office.db, tmp_path / "p1.tvetsync")
        assert value(office.db, SkillTrack, track_id, "name_zh") == "焊接"
    finally:
        office.db.close()


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_the_medal_check_and_the_new_export_columns_agree_on_postgres(
    pg_db: Database, sample_db: Database, tmp_path: Path
) -> None:
    from tvet_alliance.services import sample

    with pg_db.transaction() as s:
        sample.load_sample(s)

    def flagged_and_exported(db: Database, name: str) -> tuple[set[str], list[list[str]]]:
        with db.session() as s:
            # The first ranked entry of a track gets no medal: it and the medalled ones below contradict it.
            first = s.scalars(
                select(Entry).where(Entry.score.is_not(None)).order_by(Entry.score.desc(), Entry.team_name)
            ).first()
            assert first is not None
            first.medal = Medal.NONE
            s.commit()
            ids = listing.list_ids(s, listing.ENTRIES, filters={"medal_check": True})
            flagged = {str(r["team_name"]) for r in listing.fetch_rows(s, listing.ENTRIES, ids).values()}
            export(
                s, ExportKind.ENTRIES, tmp_path / f"{name}.csv", ExportOptions(columns=("team_name", "rank"))
            )
            export(
                s,
                ExportKind.DELEGATES,
                tmp_path / f"{name}-d.csv",
                ExportOptions(columns=("event", "checked_in")),
            )
        with (tmp_path / f"{name}.csv").open(encoding="utf-8-sig", newline="") as fh:
            rows = sorted(csv.reader(fh))
        with (tmp_path / f"{name}-d.csv").open(encoding="utf-8-sig", newline="") as fh:
            rows += sorted(csv.reader(fh))
        return flagged, rows

    on_pg, on_sqlite = flagged_and_exported(pg_db, "pg"), flagged_and_exported(sample_db, "sqlite")
    assert on_pg[0] and on_pg == on_sqlite
