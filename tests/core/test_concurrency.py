"""Many writers at once, in separate processes, on SQLite and (with ``TVET_ALLIANCE_TEST_PG``) on
PostgreSQL: window saves of different records, of the same record, and imports, all at the same
moment. Every save succeeds or ends in the edit-conflict question about the record it saved; no
other error; nothing is lost (the rows are all there and each site's change log is numbered without
a gap or a repeat). A database kept busy past the timeout gives one clear sentence."""

from __future__ import annotations

import csv
import multiprocessing
import os
import sqlite3
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL, make_url

from tvet_alliance.domain import ChangeLog, Organization
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database, database
from tvet_alliance.services import records

ADMIN_URL = os.environ.get("TVET_ALLIANCE_TEST_PG")
WORKERS = 3
SAVES = 12
IMPORT_ROWS = 30
PARTNER = "partner"


# --- what each process does ---------------------------------------------------------------------


def _save_loop(url: str, ids: list[str], rounds: int, tag: str) -> list[tuple[str, str, str]]:
    """Save each record of *ids* *rounds* times (reading it, then saving with the version read);
    returns (outcome, record id, detail) per save: "ok", "conflict" or "error"."""
    out = []
    db = Database.open(make_url(url), create=False)
    try:
        for n in range(rounds):
            for rid in ids:
                record_id = uuid.UUID(rid)
                try:
                    with db.session() as s:
                        version = records.load(s, PARTNER, record_id).version
                    with db.transaction() as s:
                        records.update(s, PARTNER, record_id, {"notes": f"{tag} {n}"}, version)
                    out.append(("ok", rid, ""))
                except records.EditConflict as exc:
                    same = exc.current.id == record_id
                    out.append(("conflict" if same else "error", rid, "other record" if not same else ""))
                except Exception as exc:
                    out.append(("error", rid, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
    finally:
        db.close()
    return out


def _import_loop(url: str, folder: str, tag: str, times: int) -> list[tuple[str, str, str]]:
    from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run

    out = []
    db = Database.open(make_url(url), create=False)
    try:
        for n in range(times):
            path = Path(folder) / f"{tag}-{n}.csv"
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["Name", "Country"])
                writer.writerows([f"{tag} import {n} college {i}", "PK"] for i in range(IMPORT_ROWS))
            try:
                detection = detect(path)
                mapping = auto_map(ImportKind.PARTNERS, read_table(path, detection).header)
                with db.session() as s:
                    report = run(s, path, detection, mapping, ImportOptions(ImportKind.PARTNERS), apply=True)
                out.append(("ok" if report.created == IMPORT_ROWS else "error", "", str(report.created)))
            except Exception as exc:
                out.append(("error", "", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
    finally:
        db.close()
    return out


def _worker(job: tuple[str, Any, Any, Any, Any], barrier: Any, results: Any) -> None:
    kind, url, a, b, c = job
    barrier.wait()  # start together
    if kind == "save":
        results.put(_save_loop(url, a, b, c))
    else:
        results.put(_import_loop(url, a, b, c))


def _run_all(jobs: list[tuple[str, Any, Any, Any, Any]]) -> list[tuple[str, str, str]]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(jobs))
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(job, barrier, results)) for job in jobs]
    for p in procs:
        p.start()
    outcomes: list[tuple[str, str, str]] = []
    for _ in procs:
        outcomes.extend(results.get(timeout=120))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return outcomes


# --- databases ----------------------------------------------------------------------------------


def _seed(db: Database, count: int) -> list[str]:
    ids = []
    with db.transaction() as s:
        for i in range(count):
            ids.append(str(records.create(s, PARTNER, {"name_en": f"College {i}", "country": "PK"})))
    return ids


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, str]]:
    if request.param == "sqlite":
        db = Database.open(tmp_path / "shared.sqlite")
        try:
            yield db, db.url.render_as_string(hide_password=False)
        finally:
            db.close()
        return
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url: URL = make_url(ADMIN_URL).set(database=name)
    db = Database.open(url)
    try:
        yield db, url.render_as_string(hide_password=False)
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _errors(outcomes: list[tuple[str, str, str]]) -> list[str]:
    return [detail for outcome, _, detail in outcomes if outcome == "error"]


def _assert_log_contiguous(db: Database) -> None:
    with db.session() as s:
        for site_id, low, high, count in s.execute(
            select(
                ChangeLog.site_id, func.min(ChangeLog.seq), func.max(ChangeLog.seq), func.count()
            ).group_by(ChangeLog.site_id)
        ):
            assert (low, high) == (1, count), site_id


# --- the tests ----------------------------------------------------------------------------------


def test_saves_of_different_records_at_once_all_succeed(shared_db: tuple[Database, str]) -> None:
    db, url = shared_db
    ids = _seed(db, WORKERS)
    outcomes = _run_all([("save", url, [ids[w]], SAVES, f"worker {w}") for w in range(WORKERS)])
    assert _errors(outcomes) == []
    assert [o for o, _, _ in outcomes].count("ok") == WORKERS * SAVES  # nobody's save was refused
    with db.session() as s:
        versions = s.scalars(select(Organization.row_version)).all()
    assert sorted(versions) == [1 + SAVES] * WORKERS  # every save is there
    _assert_log_contiguous(db)


def test_saves_of_one_record_at_once_succeed_or_are_its_edit_conflict(
    shared_db: tuple[Database, str],
) -> None:
    db, url = shared_db
    ids = _seed(db, 1)
    outcomes = _run_all([("save", url, ids, SAVES, f"worker {w}") for w in range(WORKERS)])
    assert _errors(outcomes) == []
    assert {o for o, _, _ in outcomes} <= {"ok", "conflict"}
    saved = [o for o, _, _ in outcomes].count("ok")
    with db.session() as s:
        version = s.scalars(select(Organization.row_version)).one()
    assert version == 1 + saved  # each save that succeeded is one version; no refused save wrote
    _assert_log_contiguous(db)


def test_imports_and_saves_at_once_lose_nothing(shared_db: tuple[Database, str], tmp_path: Path) -> None:
    db, url = shared_db
    ids = _seed(db, 2)
    times = 3
    jobs: list[tuple[str, Any, Any, Any, Any]] = [
        ("import", url, str(tmp_path), "first", times),
        ("import", url, str(tmp_path), "second", times),
        ("save", url, ids, SAVES // 2, "form"),
    ]
    outcomes = _run_all(jobs)
    assert _errors(outcomes) == []
    with db.session() as s:
        partners = s.scalar(select(func.count()).select_from(Organization))
        versions = sorted(
            s.scalars(
                select(Organization.row_version).where(Organization.id.in_([uuid.UUID(i) for i in ids]))
            ).all()
        )
    assert partners == 2 + 2 * times * IMPORT_ROWS
    assert versions == [1 + SAVES // 2] * 2  # the form saves were not refused during the imports
    _assert_log_contiguous(db)


def test_a_database_busy_past_the_timeout_gives_one_clear_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "busy.sqlite"
    db = Database.open(path)
    try:
        record_id = uuid.UUID(_seed(db, 1)[0])
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(DomainError) as caught, db.transaction() as s:
                records.update(s, PARTNER, record_id, {"notes": "mine"}, 1)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert isinstance(caught.value, database.DatabaseBusy)
        assert caught.value.text() == (
            "The database is busy with another change (an import, a merge or someone else's save). "
            "Nothing was saved; try again in a moment."
        )
        with db.session() as s:
            assert records.load(s, PARTNER, record_id).version == 1  # unchanged
            assert records.load(s, PARTNER, record_id).values["notes"] in (None, "")
        with db.transaction() as s:  # and once the other program is done, saving works
            records.update(s, PARTNER, record_id, {"notes": "mine"}, 1)
    finally:
        db.close()


def test_a_stale_save_noticed_at_the_write_is_the_edit_conflict_question(db: Database) -> None:
    """The save read version 1, someone else saved version 2 before its write: the write finds no
    version 1 and the save ends in the conflict question with the record as it is now, never in a
    closed-transaction error."""
    record_id = uuid.UUID(_seed(db, 1)[0])
    with pytest.raises(records.EditConflict) as caught, db.transaction() as mine:
        assert mine.get_one(Organization, record_id).row_version == 1  # read before theirs
        with db.transaction() as theirs:
            records.update(theirs, PARTNER, record_id, {"notes": "theirs"}, 1)
        records.update(mine, PARTNER, record_id, {"notes": "mine"}, 1)
    assert caught.value.current.version == 2
    assert caught.value.current.values["notes"] == "theirs"
    assert caught.value.changed_fields == ["notes"]
    with db.session() as s:
        assert records.load(s, PARTNER, record_id).values["notes"] == "theirs"


# --- undo checks versions like a save (item 4) --------------------------------------------------


def test_undo_of_a_change_to_many_records_leaves_someone_elses_later_edit(db: Database) -> None:
    ids = [uuid.UUID(i) for i in _seed(db, 3)]
    with db.transaction() as s:  # A sets the notes of three records at once
        before = records.bulk_set(s, PARTNER, ids, "notes", "checked by A")
        after = records.versions(s, PARTNER, ids)
    with db.transaction() as s:  # B then edits one of them
        records.update(s, PARTNER, ids[1], {"notes": "B's note"}, after[ids[1]])

    with db.transaction() as s:  # A undoes
        done, conflicts = records.set_values(s, PARTNER, "notes", before, after)
    assert set(done) == {ids[0], ids[2]}  # the others are undone
    assert [(c.id, c.title, c.values["notes"]) for c in conflicts] == [(ids[1], "College 1", "B's note")]
    with db.session() as s:
        notes = {i: records.load(s, PARTNER, i).values["notes"] for i in ids}
    assert notes == {ids[0]: None, ids[1]: "B's note", ids[2]: None}  # B's edit stands

    with db.transaction() as s:  # A chose to overwrite it after all
        done, conflicts = records.set_values(s, PARTNER, "notes", {ids[1]: before[ids[1]]}, None)
    assert conflicts == []
    with db.session() as s:
        assert records.load(s, PARTNER, ids[1]).values["notes"] is None
        assert records.load(s, PARTNER, ids[1]).version == done[ids[1]]
