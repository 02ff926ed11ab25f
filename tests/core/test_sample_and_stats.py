"""The sample data loads through the domain rules, passes ``check``, and the Home page figures
(services.stats.dashboard) agree with the CSV files they came from."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from tvet_alliance import paths
from tvet_alliance.domain import ChangeLog, Entry, Organization, Participation, Person
from tvet_alliance.domain.enums import AgreementStatus, AttendanceMode, ChangeOp, Medal
from tvet_alliance.persistence import Database
from tvet_alliance.services import maintenance, sample, stats
from tvet_alliance.services.sample import SampleDataError

from .helpers import dump_sqlite


def rows(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    with ((folder or paths.sample_dir()) / name).open(encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


def test_sample_loads_every_csv_row(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    with db.transaction() as s:
        result = sample.load_sample(s, progress=lambda done, total: seen.append((done, total)))
    participations = rows("participations.csv")
    assert result.counts == {
        "organization": len(rows("organizations.csv")),
        "person": len(rows("people.csv")),
        "event": len(rows("events.csv")),
        "participation": len(participations),
        "check_in": sum(1 for r in participations if r["checked_in_at"]),
        "competition": len(rows("competitions.csv")),
        "skill_track": len(rows("tracks.csv")),
        "entry": len(rows("entries.csv")),
        "agreement": len(rows("agreements.csv")),
    }
    total = sum(len(rows(name)) for name in sample.FILES)
    assert seen[-1] == (total, total)
    with db.session() as s:
        counts = stats.live_counts(s)
    assert counts.pop("change_log") > 0
    # The sample has no certificates, marking schemes (nor marks).
    assert counts == {
        **result.counts,
        "certificate": 0,
        "import_batch": 0,
        "marking_aspect": 0,
        "judge_mark": 0,
    }


def test_sample_passes_check(sample_db: Database) -> None:
    with sample_db.session() as s:
        report = maintenance.check_database(sample_db, s)
        counts = stats.live_counts(s)
    assert report.problems == []
    assert report.ok
    assert report.checked_rows == sum(
        n for table, n in counts.items() if table not in ("change_log", "import_batch")
    )


def test_sample_keeps_native_names_and_links(sample_db: Database) -> None:
    by_key = {r["key"]: r for r in rows("organizations.csv")}
    with sample_db.session() as s:
        natives = {o.name_en: o.name_native for o in s.scalars(select(Organization))}
        assert natives == {r["name_en"]: (r["name_native"] or None) for r in by_key.values()}
        for person_row in rows("people.csv"):
            person = s.scalars(select(Person).where(Person.full_name == person_row["full_name"])).first()
            assert person is not None
            org_key = person_row["organization_key"]
            expected = by_key[org_key]["name_en"] if org_key else None
            assert (person.organization.name_en if person.organization else None) == expected


def test_every_sample_row_is_in_the_change_log_with_its_links(sample_db: Database) -> None:
    """Keys set through relationships (a delegate's event and person) are logged too, so the sample
    could travel to a laptop and back."""
    with sample_db.session() as s:
        logged = {
            (r.row_id, r.field) for r in s.scalars(select(ChangeLog).where(ChangeLog.op == ChangeOp.INSERT))
        }
        for part in s.scalars(select(Participation)):
            assert {(part.id, "event_id"), (part.id, "person_id")} <= logged
        for entry in s.scalars(select(Entry)):
            assert (entry.id, "track_id") in logged


def test_sample_is_refused_a_second_time_and_nothing_changes(sample_db: Database) -> None:
    assert sample_db.path is not None
    before = dump_sqlite(sample_db.path)
    with pytest.raises(SampleDataError) as info, sample_db.transaction() as s:
        sample.load_sample(s)
    assert info.value.text() == "The sample data is already in this database."
    assert dump_sqlite(sample_db.path) == before


def test_missing_sample_files_are_named(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "sample"
    folder.mkdir()
    for name in sample.FILES[:-2]:
        shutil.copy(paths.sample_dir() / name, folder / name)
    with pytest.raises(SampleDataError) as info, db.transaction() as s:
        sample.load_sample(s, folder)
    assert info.value.text() == "Sample data files are missing: entries.csv, agreements.csv"


def test_sample_that_breaks_a_rule_loads_nothing(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "sample"
    shutil.copytree(paths.sample_dir(), folder)
    people = rows("people.csv")
    people[0]["email"] = "not an address"
    with (folder / "people.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(people[0]))
        writer.writeheader()
        writer.writerows(people)
    assert db.path is not None
    before = dump_sqlite(db.path)
    with pytest.raises(SampleDataError) as info, db.transaction() as s:
        sample.load_sample(s, folder)
    assert info.value.text().startswith("The sample data does not pass validation: Person.email:")
    assert "not an address" in info.value.text()
    assert dump_sqlite(db.path) == before


def test_dashboard_matches_the_csv_files(sample_db: Database) -> None:
    orgs = rows("organizations.csv")
    participations = rows("participations.csv")
    entries = rows("entries.csv")
    agreements = rows("agreements.csv")
    with sample_db.session() as s:
        board = stats.dashboard(s)

    by_country = Counter(r["country"] for r in orgs)
    assert board.partners == len(orgs)
    assert board.partners_by_country == dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])))
    assert list(board.partners_by_country) == sorted(by_country, key=lambda c: (-by_country[c], c))
    assert board.active_partners == sum(1 for r in orgs if r["membership_status"] == "active")

    present = [r for r in participations if r["status"] != "cancelled"]
    assert board.delegates_by_mode == {
        m.value: sum(1 for r in present if r["attendance_mode"] == m.value) for m in AttendanceMode
    }
    assert board.delegates == len(present) < len(participations)  # the sample has cancellations
    assert board.delegates_attended == sum(1 for r in participations if r["status"] == "attended")

    medals = Counter(r["medal"] or "none" for r in entries)
    assert board.entries_by_medal == {m.value: medals.get(m.value, 0) for m in Medal}
    assert board.entries == len(entries)
    assert board.agreements_by_status == {
        st.value: sum(1 for r in agreements if r["status"] == st.value) for st in AgreementStatus
    }
    assert not board.is_empty


def test_dashboard_leaves_out_deleted_rows(sample_db: Database) -> None:
    with sample_db.session() as s:
        before = stats.dashboard(s)
    with sample_db.transaction() as s:
        org = s.scalars(select(Organization).where(Organization.country == "PK")).first()
        assert org is not None
        org.soft_delete()
        part = s.scalars(
            select(Participation).where(
                Participation.status != "cancelled", Participation.attendance_mode == "online"
            )
        ).first()
        assert part is not None
        part.soft_delete()
    with sample_db.session() as s:
        after = stats.dashboard(s)
    assert after.partners == before.partners - 1
    assert after.partners_by_country["PK"] == before.partners_by_country["PK"] - 1
    assert after.delegates_by_mode["online"] == before.delegates_by_mode["online"] - 1


def test_dashboard_of_an_empty_database(db: Database) -> None:
    with db.session() as s:
        board = stats.dashboard(s)
    assert board.is_empty
    assert board.partners_by_country == {}
    assert board.delegates_by_mode == {"in_person": 0, "online": 0}
    assert set(board.entries_by_medal.values()) == {0}


def test_a_database_is_empty_until_a_record_is_entered_and_stays_so_after_deleting_it(
    db: Database, tmp_path: Path
) -> None:
    """One rule for "empty" (the sample offer, Home, and loading a full export): a deleted record
    still counts, since its id is taken and its tombstone travels in sync."""
    from tvet_alliance.domain import Event
    from tvet_alliance.services import exporting

    with db.session() as s:
        assert stats.is_empty(s) and stats.dashboard(s).is_empty
    with db.transaction() as s:
        event = Event(name="Seminar on dual training")
        s.add(event)
        s.flush()
        event_id = event.id
    with db.transaction() as s:
        s.get(Event, event_id).soft_delete()
    with db.session() as s:
        assert stats.dashboard(s).partners == 0
        assert not stats.is_empty(s) and not stats.dashboard(s).is_empty
        with pytest.raises(exporting.ExportError) as refused:
            exporting.load_all(s, tmp_path / "any.zip")
    assert refused.value.code == "not_empty"
