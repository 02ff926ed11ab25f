"""Results of a competition (issue 16, item 3): confirming a track stores its medals and standard
scores and locks its entries (the form, the import and a sync merge are refused with a message naming
the track, the database unchanged); unlocking needs a reason, kept in the history; the best of
nation; the `results` command line."""

from __future__ import annotations

import csv
import json
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.core.helpers import dump_sqlite
from tests.core.test_postgres import ADMIN_URL, pg_db
from tvet_alliance import cli
from tvet_alliance.domain import Competition, Entry, Organization, Person, SkillTrack, incoming
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.domain.errors import ValidationFailed
from tvet_alliance.persistence import Database
from tvet_alliance.services import records, results
from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run

C = EntryStatus.COMPETED
__all__ = ["pg_db"]  # a fresh PostgreSQL database per test, as test_postgres makes it


def make_competition(db: Database, marks: dict[str, str | None] | None = None) -> dict[str, uuid.UUID]:
    """A competition with a welding track (team of 3 from Lahore, and four others) and a CNC track."""
    marks = marks or {"Lahore": "90", "Karachi": "85", "Xian": "80", "Tianjin": "75", "Quetta": "70"}
    ids: dict[str, uuid.UUID] = {}
    with db.session() as s:
        comp = Competition(name="Belt and Road Skills 2026")
        weld = SkillTrack(competition=comp, name="Welding", name_zh="焊接", team_size=3)
        cnc = SkillTrack(competition=comp, name="CNC Milling", name_zh="数控铣")
        s.add_all([comp, weld, cnc])
        for name, mark in marks.items():
            country = "CN" if name in ("Xian", "Tianjin") else "PK"
            org = Organization(name_en=f"GCT {name}", name_native=f"{name} 学院", country=country)
            people = [
                Person(full_name=f"{name} {i}", name_native=f"选手{i}", organization=org)
                for i in range(3 if name == "Lahore" else 1)
            ]
            entry = Entry(
                track=weld,
                organization=org,
                country=country,
                team_name=f"Team {name}",
                status=C,
                score=None if mark is None else Decimal(mark),
                members=people,
            )
            s.add_all([org, *people, entry])
            s.flush()
            ids[name] = entry.id
        other = Entry(track=cnc, team_name="CNC Karachi", country="PK", status=C, score=Decimal(99))
        s.add(other)
        s.commit()
        ids.update(competition=comp.id, welding=weld.id, cnc=cnc.id, cnc_karachi=other.id)
    return ids


def test_results_propose_medals_and_a_team_of_three_counts_once(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        t = results.track_results(s, ids["welding"])
    assert [(r.entry, r.rank, r.standard_score, r.proposed) for r in t.rows] == [
        ("Team Lahore", 1, 835, Medal.GOLD),
        ("Team Karachi", 2, 767, Medal.SILVER),
        ("Team Xian", 3, 700, Medal.BRONZE),
        ("Team Tianjin", 4, 633, Medal.NONE),
        ("Team Quetta", 5, 565, Medal.NONE),
    ]
    assert t.rows[0].members == ("Lahore 0", "Lahore 1", "Lahore 2")
    assert t.rows[0].organization == "GCT Lahore" and t.rows[0].organization_native == "Lahore 学院"
    assert not t.confirmed and all(r.stored_medal is Medal.NONE for r in t.rows)


def test_confirm_stores_medals_and_standard_scores_and_locks_the_track(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        done = results.confirm(s, ids["welding"])
        s.commit()
    # every entry gets its standard score stored; three get a medal, the others stay without
    assert done.confirmed and len(done.changed) == 5
    assert [c.new for c in done.changed if c.old is not c.new] == [Medal.GOLD, Medal.SILVER, Medal.BRONZE]
    with db.session() as s:
        stored = {
            e.team_name: (e.medal, e.standard_score)
            for e in s.scalars(select(Entry))
            if e.track_id == ids["welding"]
        }
        track = s.get(SkillTrack, ids["welding"])
        assert track is not None and track.results_confirmed_at is not None and track.results_confirmed_by
    assert stored == {
        "Team Lahore": (Medal.GOLD, 835),
        "Team Karachi": (Medal.SILVER, 767),
        "Team Xian": (Medal.BRONZE, 700),
        "Team Tianjin": (Medal.NONE, 633),
        "Team Quetta": (Medal.NONE, 565),
    }
    with db.session() as s, pytest.raises(results.ResultsError) as again:
        results.confirm(s, ids["welding"])
    assert "Welding" in again.value.text() and again.value.code == "already_confirmed"


@pytest.mark.parametrize(
    "change",
    [
        {"score": Decimal("95")},
        {"status": EntryStatus.WITHDRAWN},
        {"medal": Medal.GOLD},
    ],
)
def test_a_confirmed_entry_cannot_change_and_the_database_is_unchanged(
    db: Database, db_path: Path, change: dict[str, Any]
) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.confirm(s, ids["welding"])
        s.commit()
    before = dump_sqlite(db_path)
    with db.session() as s, pytest.raises(ValidationFailed) as refused:
        records.update(s, "entry", ids["Karachi"], change, None)
        s.commit()
    message = refused.value.errors[0].text()
    assert message == "The results of Welding are confirmed: unlock them before changing its entries."
    assert dump_sqlite(db_path) == before
    # the notes are not locked; another track's entries are not either
    with db.session() as s:
        records.update(s, "entry", ids["Karachi"], {"notes": "photo taken"}, None)
        records.update(s, "entry", ids["cnc_karachi"], {"score": Decimal(98)}, None)
        s.commit()


def test_members_new_entries_deletion_and_moving_out_are_locked(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.confirm(s, ids["welding"])
        s.commit()
    with db.session() as s:
        person = s.scalars(select(Person).where(Person.full_name == "Quetta 0")).one()
        attempts = [
            lambda: records.update(s, "entry", ids["Karachi"], {"members": [person.id]}, None),
            lambda: records.create(
                s, "entry", {"track_id": ids["welding"], "team_name": "Late", "country": "PK"}
            ),
            lambda: records.set_deleted(s, "entry", [ids["Tianjin"]], True),
            lambda: records.update(s, "entry", ids["Quetta"], {"track_id": ids["cnc"]}, None),
        ]
        for attempt in attempts:
            with pytest.raises(ValidationFailed, match="Welding are confirmed"):
                attempt()
                s.flush()
            s.rollback()


def test_ensure_unlocked_names_the_track(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.ensure_unlocked(s, ids["welding"])
        results.confirm(s, ids["welding"])
        s.commit()
        with pytest.raises(results.ResultsLocked, match="Welding"):
            results.ensure_unlocked(s, ids["welding"])
        results.ensure_unlocked(s, ids["cnc"])


def test_unlock_needs_a_reason_which_the_history_keeps(db: Database, db_path: Path) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.confirm(s, ids["welding"])
        s.commit()
    before = dump_sqlite(db_path)
    for reason in ("", "   \n "):
        with db.session() as s, pytest.raises(results.ResultsError) as refused:
            results.unlock(s, ids["welding"], reason)
        assert refused.value.text() == "Say why the results of Welding are unlocked."
    assert dump_sqlite(db_path) == before
    with db.session() as s:
        done = results.unlock(s, ids["welding"], "Judge re-marked aspect B2 after appeal")
        s.commit()
    assert not done.confirmed
    with db.session() as s:
        history = records.history(s, "track", ids["welding"])
        reasons = [h for h in history if h.field == "unlock_reason"]
        assert {h.label for h in reasons} == {"Reason for unlocking the results"}
        assert [h.stored_new for h in reasons] == ["Judge re-marked aspect B2 after appeal"]
        assert any(h.field == "results_confirmed_at" and h.stored_new is None for h in history)
        # unlocked: the entry can change again; its stored medal stays until the next confirmation
        records.update(s, "entry", ids["Tianjin"], {"score": Decimal(88)}, None)
        s.commit()
        t = results.track_results(s, ids["welding"])
    tianjin = next(r for r in t.rows if r.entry == "Team Tianjin")
    assert (tianjin.rank, tianjin.proposed, tianjin.stored_medal, tianjin.differs) == (
        2,
        Medal.SILVER,
        Medal.NONE,
        True,
    )
    with db.session() as s, pytest.raises(results.ResultsError, match="not confirmed"):
        results.unlock(s, ids["welding"], "again")


def test_a_track_without_ranked_entries_cannot_be_confirmed(db: Database) -> None:
    ids = make_competition(db, {"Lahore": None, "Karachi": None})
    with db.session() as s, pytest.raises(results.ResultsError) as refused:
        results.confirm(s, ids["welding"])
    assert refused.value.code == "nothing_to_confirm" and "Welding" in refused.value.text()


def test_settings_change_the_proposals_and_are_validated(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.set_settings(s, ids["competition"], 630, Decimal(5))
        s.commit()
        t = results.track_results(s, ids["welding"])
    # margin 5: 90 and 85 share gold; 80 and 75 share bronze; 70 (565) is under the 630 threshold
    assert [(r.rank, r.proposed) for r in t.rows] == [
        (1, Medal.GOLD),
        (1, Medal.GOLD),
        (3, Medal.BRONZE),
        (3, Medal.BRONZE),
        (5, Medal.NONE),
    ]
    with db.session() as s, pytest.raises(ValidationFailed, match="between 0 and 1000"):
        results.set_settings(s, ids["competition"], 1200, Decimal(0))


def test_best_of_nation(db: Database) -> None:
    ids = make_competition(db)
    with db.session() as s:
        best = results.best_of_nation(s, ids["competition"])
    # CNC Karachi is alone in its track (700); Team Lahore is at 835 in welding
    assert [(b.country, b.entry, b.standard_score) for b in best] == [
        ("CN", "Team Xian", 700),
        ("PK", "Team Lahore", 835),
    ]


def test_an_import_into_a_confirmed_track_is_refused(db: Database, tmp_path: Path) -> None:
    ids = make_competition(db)
    with db.session() as s:
        results.confirm(s, ids["welding"])
        s.commit()
    path = tmp_path / "entries.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["Track", "Team", "Members", "Score"],
                ["Welding", "Team Late", "Ali Khan", "99"],
                ["CNC Milling", "Team New", "Wang Fang", "50"],
            ]
        )
    detection = detect(path)
    mapping = auto_map(ImportKind.ENTRIES, read_table(path, detection).header)
    with db.session() as s:
        report = run(
            s,
            path,
            detection,
            mapping,
            ImportOptions(ImportKind.ENTRIES, competition_id=ids["competition"]),
            apply=True,
            sha256="t",
        )
        s.commit()
    assert report.invalid == 1
    assert "The results of Welding are confirmed" in report.errors[0].message
    with db.session() as s:
        assert {e.team_name for e in s.scalars(select(Entry))} >= {"Team New"}
        assert "Team Late" not in {e.team_name for e in s.scalars(select(Entry))}


def test_a_merged_change_of_a_confirmed_entry_is_refused_naming_the_track() -> None:
    track = {
        "max_score": Decimal(100),
        "team_size": 1,
        "name": "Welding",
        "results_confirmed_at": "2026-12-01",
    }
    values = {"track_id": uuid.uuid4(), "score": Decimal(50), "status": C, "medal": Medal.NONE}
    with pytest.raises(incoming.BadValue, match="The results of Welding are confirmed"):
        incoming.check_row("entry", values, lambda t, i: track, fields=frozenset({"score"}))
    incoming.check_row("entry", values, lambda t, i: track, fields=frozenset({"notes"}))
    incoming.check_row("entry", values, lambda t, i: track)  # a whole row (loading an export) is not a change


def _cli(db_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_results_confirm_and_unlock(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_competition(db)
    db.close()
    name = "Belt and Road Skills 2026"
    code, out, _ = _cli(db_path, capsys, "results", "--competition", name, "--json")
    assert code == 0
    data = json.loads(out)
    assert [t["track"] for t in data["tracks"]] == ["CNC Milling", "Welding"]
    assert [(b["country"], b["entry"]) for b in data["best_of_nation"]] == [
        ("CN", "Team Xian"),
        ("PK", "Team Lahore"),
    ]
    first = data["tracks"][1]["entries"][0]
    assert {k: first[k] for k in ("rank", "entry", "organization", "country", "mark", "standard_score", "medal", "medal_is")} == {
        "rank": 1, "entry": "Team Lahore", "organization": "GCT Lahore", "country": "PK", "mark": "90.00",
        "standard_score": 835, "medal": "gold", "medal_is": "proposed",
    }  # fmt: skip
    code, out, _ = _cli(db_path, capsys, "results", "confirm", "--competition", name, "--track", "焊接")
    assert code == 0 and out.startswith("Confirmed the results of Welding: 1 gold, 1 silver, 1 bronze")
    code, out, _ = _cli(db_path, capsys, "results", "--competition", name, "--track", "Welding")
    assert code == 0 and "(confirmed" in out and "Team Lahore" in out
    code, _, err = _cli(db_path, capsys, "results", "unlock", "--competition", name, "--track", "Welding")
    assert code == 2 and "Say why the results of Welding are unlocked." in err
    code, out, _ = _cli(
        db_path,
        capsys,
        "results",
        "unlock",
        "--competition",
        name,
        "--track",
        "Welding",
        "--reason",
        "appeal",
    )
    assert code == 0 and out.strip() == "Unlocked the results of Welding: appeal"
    code, _, err = _cli(db_path, capsys, "results", "confirm", "--competition", name)
    assert code == 2 and "needs --track" in err
    code, _, err = _cli(db_path, capsys, "results", "--competition", "Nope")
    assert code == 2 and "There is no competition named Nope." in err
    code, _, err = _cli(db_path, capsys, "results", "--competition", name, "--track", "Plumbing")
    assert code == 2 and "has no skill track named Plumbing" in err


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_confirm_lock_and_unlock_on_postgres(pg_db: Database) -> None:
    ids = make_competition(pg_db)
    with pg_db.session() as s:
        results.set_settings(s, ids["competition"], 700, Decimal("0.5"))
        results.confirm(s, ids["welding"])
        s.commit()
    with pg_db.session() as s, pytest.raises(ValidationFailed, match="Welding are confirmed"):
        records.update(s, "entry", ids["Karachi"], {"score": Decimal(95)}, None)
    with pg_db.session() as s:
        assert s.get(Entry, ids["Lahore"]).medal is Medal.GOLD
        assert s.get(Entry, ids["Karachi"]).score == Decimal(85)
        results.unlock(s, ids["welding"], "appeal")
        s.commit()
        assert [
            h.stored_new for h in records.history(s, "track", ids["welding"]) if h.field == "unlock_reason"
        ] == ["appeal"]


def test_the_history_shows_when_the_results_were_confirmed_as_a_reader_reads_a_time(db: Database) -> None:
    """The track's history read "2026-12-01T16:07:36.061722+00:00" for "Results confirmed": the
    moment reads as the When column does."""
    import re

    ids = make_competition(db)
    with db.session() as s:
        results.confirm(s, ids["welding"])
        s.commit()
    with db.session() as s:
        results.unlock(s, ids["welding"], "Appeal")
        s.commit()
    with db.session() as s:
        confirmed = [
            h for h in records.history(s, "track", ids["welding"]) if h.field == "results_confirmed_at"
        ]
    assert [bool(h.stored_new) for h in confirmed] == [False, True]  # newest first: unlocked, confirmed
    for shown in (confirmed[1].new, confirmed[0].old):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", shown), shown
