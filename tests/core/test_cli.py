"""The ``tvet-alliance`` command line, run in-process as a person would type it.

Exit codes: 0 success, 1 a check found problems, 2 bad usage or input (one line on stderr, never a
traceback).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tvet_alliance import __version__, paths
from tvet_alliance.cli import main
from tvet_alliance.persistence import migrate

from .helpers import dump_sqlite

HEAD = migrate.head_revision()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line; return (exit code, stdout, stderr). Usage errors exit via SystemExit."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert re.match(r"tvet-alliance( [a-z]+)?: error: \S", err), err
    assert "Traceback" not in err


def csv_rows(name: str) -> list[dict[str, str]]:
    with (paths.sample_dir() / name).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_sample_counts() -> dict[str, int]:
    """Live rows per table after ``sample``, computed from the CSV files themselves."""
    participations = csv_rows("participations.csv")
    return {
        "organization": len(csv_rows("organizations.csv")),
        "person": len(csv_rows("people.csv")),
        "event": len(csv_rows("events.csv")),
        "participation": len(participations),
        "check_in": sum(1 for r in participations if (r.get("checked_in_at") or "").strip()),
        "competition": len(csv_rows("competitions.csv")),
        "skill_track": len(csv_rows("tracks.csv")),
        "entry": len(csv_rows("entries.csv")),
        "marking_aspect": 0,  # the sample has no marking schemes
        "judge_mark": 0,
        "agreement": len(csv_rows("agreements.csv")),
        "certificate": 0,  # the sample holds none: certificates are issued from attendance and medals
        "import_batch": 0,
    }


def info_json(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, err = run(capsys, "--db", str(db), "info", "--json")
    assert (code, err) == (0, "")
    result: dict[str, object] = json.loads(out)
    return result


# --- init and info -------------------------------------------------------------------------------


def test_init_creates_the_database_and_is_idempotent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "office" / "alliance.sqlite3"
    assert run(capsys, "--db", str(db), "init") == (0, f"Database ready: {db} (schema {HEAD})\n", "")
    assert db.is_file()
    assert run(capsys, "--db", str(db), "init") == (0, f"Database ready: {db} (schema {HEAD})\n", "")


def test_without_db_the_database_lives_in_the_user_data_folder(
    capsys: pytest.CaptureFixture[str], isolated_user_data: Path
) -> None:
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert (isolated_user_data / "tvet_alliance.sqlite3").is_file()
    assert str(isolated_user_data / "tvet_alliance.sqlite3") in out


def test_info_of_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "init")
    code, out, err = run(capsys, "--db", str(db), "info")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Database: {db}"
    assert lines[1] == f"Schema:   {HEAD} (current: {HEAD})"
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[2:]}
    assert counts == dict.fromkeys([*expected_sample_counts(), "change_log"], 0)


def test_info_json_after_sample_matches_the_csv_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "alliance.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "sample")
    assert (code, err) == (0, "")
    assert out.startswith("Loaded sample data: ") and out.count("\n") == 1

    info = info_json(capsys, db)
    assert info["database"] == str(db)
    assert info["schema_revision"] == info["schema_head"] == HEAD
    counts = info["counts"]
    assert isinstance(counts, dict)
    change_log = counts.pop("change_log")
    assert counts == expected_sample_counts()
    assert change_log == len(dump_sqlite(db)["change_log"]) > 0


def test_info_of_a_missing_database_does_not_create_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "typo.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "info")
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert err == f"tvet-alliance: error: There is no database at {db}.\n"
    assert not db.exists()


def test_the_environment_variable_names_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv(paths.DB_ENV, str(db))
    assert run(capsys, "init")[0] == 0
    assert db.is_file()
    code, out, _ = run(capsys, "info", "--json")
    assert code == 0 and json.loads(out)["database"] == str(db)
    # --db wins over the environment
    other = tmp_path / "from-option.sqlite3"
    run(capsys, "--db", str(other), "init")
    assert json.loads(run(capsys, "--db", str(other), "info", "--json")[1])["database"] == str(other)


@pytest.mark.parametrize("command", ["info", "check", "backup", "init", "sample"])
def test_a_file_that_is_not_a_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    not_db = tmp_path / "partners.csv"
    not_db.write_text("name_en,country\nPunjab TEVTA,PK\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(not_db), command)
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "is not a database file" in err
    assert not_db.read_text(encoding="utf-8") == "name_en,country\nPunjab TEVTA,PK\n"


def test_another_programs_database_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "crm.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    conn.close()
    code, _, err = run(capsys, "--db", str(other), "init")
    assert code == 2
    assert_one_line_error(err)
    assert "not made by TVET Alliance Manager" in err


# --- backup and restore --------------------------------------------------------------------------


def test_backup_to_a_file_and_restore_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db, copy = tmp_path / "alliance.sqlite3", tmp_path / "copy.sqlite3"
    run(capsys, "--db", str(db), "sample")
    saved = dump_sqlite(db)

    assert run(capsys, "--db", str(db), "backup", str(copy)) == (0, f"Backed up to {copy}\n", "")
    assert dump_sqlite(copy) == saved

    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM check_in")
    conn.close()
    assert dump_sqlite(db) != saved

    code, out, err = run(capsys, "--db", str(db), "restore", str(copy))
    assert (code, err) == (0, "")
    restored_line, safety_line = out.splitlines()
    assert restored_line == f"Restored {db} from {copy}"
    safety = Path(safety_line.removeprefix("The previous content was saved to "))
    assert safety.parent == paths.backups_dir() and safety.is_file()
    assert dump_sqlite(db) == saved
    assert dump_sqlite(safety)["check_in"] == []


def test_backup_without_a_file_goes_to_the_backups_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_user_data: Path
) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "init")
    code, out, err = run(capsys, "--db", str(db), "backup")
    assert (code, err) == (0, "")
    made = Path(out.removeprefix("Backed up to ").rstrip("\n"))
    assert made.parent == isolated_user_data / "backups"
    assert made.name.startswith("alliance.") and made.name.endswith(".manual.sqlite3")
    assert dump_sqlite(made) == dump_sqlite(db)


def test_backup_to_a_missing_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "init")
    code, out, err = run(capsys, "--db", str(db), "backup", str(tmp_path / "nope" / "copy.sqlite3"))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert not (tmp_path / "nope").exists()


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, bogus = tmp_path / "alliance.sqlite3", tmp_path / "bogus.sqlite3"
    run(capsys, "--db", str(db), "sample")
    bogus.write_text("not a backup", encoding="utf-8")
    before = dump_sqlite(db)
    code, out, err = run(capsys, "--db", str(db), "restore", str(bogus))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert "is not a backup" in err
    assert dump_sqlite(db) == before


# --- check ---------------------------------------------------------------------------------------


def test_check_passes_on_the_sample(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "sample")
    records = sum(n for table, n in expected_sample_counts().items() if table != "import_batch")
    assert run(capsys, "--db", str(db), "check") == (
        0,
        f"OK: {records} records checked, no problems found.\n",
        "",
    )


def test_check_finds_a_record_broken_behind_the_programs_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "sample")
    with sqlite3.connect(db) as conn:
        (person_id,) = conn.execute("SELECT id FROM person ORDER BY full_name LIMIT 1").fetchone()
        conn.execute("UPDATE person SET email = 'li.na at cqvie' WHERE id = ?", (person_id,))
    conn.close()
    before = dump_sqlite(db)

    code, out, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    person_uuid = f"{person_id[:8]}-{person_id[8:12]}-{person_id[12:16]}-{person_id[16:20]}-{person_id[20:]}"
    assert out == (
        f"person {person_uuid}: email: “li.na at cqvie” is not an e-mail address (expected name@example.org).\n"
    )
    assert err.startswith("1 problem(s) found in ") and err.count("\n") == 1
    assert dump_sqlite(db) == before  # a check never writes, not even the normalised values


def test_check_of_a_missing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "missing.sqlite3"), "check")
    assert code == 2
    assert_one_line_error(err)


# --- sample --------------------------------------------------------------------------------------


def test_sample_twice_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "alliance.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    before = info_json(capsys, db)["counts"]
    assert run(capsys, "--db", str(db), "sample") == (
        2,
        "",
        "tvet-alliance: error: The sample data is already in this database.\n",
    )
    assert info_json(capsys, db)["counts"] == before


# --- usage ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["info", "--csv"], ["restore"], ["backup", "a", "b"], ["--db"], ["--nope", "info"]],
    ids=[
        "unknown-command",
        "unknown-option",
        "missing-argument",
        "extra-argument",
        "missing-value",
        "bad-global",
    ],
)
def test_bad_usage_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert err.rstrip().endswith("(see --help)")


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--help")
    assert (code, err) == (0, "")
    for command in ("init", "info", "backup", "restore", "check", "sample"):
        assert command in out
    assert run(capsys, "--version") == (0, f"tvet-alliance {__version__}\n", "")


# --- the real entry point ------------------------------------------------------------------------


def test_python_dash_m_runs_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "sample")
    result = subprocess.run(
        [sys.executable, "-m", "tvet_alliance", "--db", str(db), "info", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    counts = json.loads(result.stdout)["counts"]
    counts.pop("change_log")
    assert counts == expected_sample_counts()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("export", "people", "{tmp}/people.csv", "--event", "No such seminar"),
            "--event goes with delegates",
        ),
        (("export", "delegates", "{tmp}/d.csv", "--event", "No such seminar"), "There is no event called"),
        (("revert-import", "01890000-0000-7000-8000-000000000000"), ""),
        (("merge", "{tmp}/missing.tvetsync"), ""),
        (("load-export", "{tmp}/missing.zip"), ""),
    ],
    ids=["usage", "unknown-event", "unknown-batch", "missing-package", "missing-export"],
)
def test_a_command_that_fails_inside_the_database_says_why_in_one_line_and_closes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...], message: str
) -> None:
    """Every command opens the database through one context: whatever fails inside it, the person
    reads one line (exit 2) and the database is closed (SQLite's -wal and -shm files are gone)."""
    db = tmp_path / "alliance.sqlite3"
    assert run(capsys, "--db", str(db), "sample")[0] == 0
    before = dump_sqlite(db)
    code, out, err = run(capsys, "--db", str(db), *(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert (code, out) == (2, "")
    assert_one_line_error(err)
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("alliance")) == ["alliance.sqlite3"]
    assert dump_sqlite(db) == before


@pytest.mark.parametrize("command", [["info"], ["conflicts"], ["info", "--json"]])
def test_output_into_a_closed_pipe_ends_quietly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    """``info | head -0``: the reader has gone before anything is written. No traceback, no
    "Exception ignored" at exit; the exit code is the shell's for a closed pipe (141)."""
    db = tmp_path / "alliance.sqlite3"
    run(capsys, "--db", str(db), "sample")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command starts
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tvet_alliance", "--db", str(db), *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")
