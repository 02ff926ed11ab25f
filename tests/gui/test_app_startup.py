"""The real start-up, in a process of its own: ``tvet-alliance-gui --exit-when-shown`` opens the
database, shows the window, says so on stdout and quits — the hook benchmarks/bench_startup.py times."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tvet_alliance import APP_NAME
from tvet_alliance.app import SHOWN_MARKER
from tvet_alliance.persistence import Database

ROOT = Path(__file__).resolve().parents[2]
START = "import sys; from tvet_alliance.app import main; sys.exit(main(sys.argv[1:]))"


def start_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the child's QSettings: never the real ones
    }
    return subprocess.run(
        [sys.executable, "-c", START, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_exit_when_shown_reports_the_window_on_its_database_and_quits(
    sample_db: Database, tmp_path: Path
) -> None:
    path = sample_db.path
    assert path is not None
    sample_db.close()
    result = start_app(tmp_path, "--db", str(path), "--exit-when-shown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{SHOWN_MARKER}: {path.name} — {APP_NAME}"]


def test_exit_when_shown_does_not_wait_on_the_sample_data_offer(tmp_path: Path) -> None:
    """On an empty database the window would ask whether to load the sample data; the hook skips
    the question, so a benchmark never hangs on a modal box."""
    path = tmp_path / "empty.sqlite3"
    result = start_app(tmp_path, "--db", str(path), "--exit-when-shown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{SHOWN_MARKER}: {path.name} — {APP_NAME}"]


def test_the_hook_is_not_offered_to_people(tmp_path: Path) -> None:
    result = start_app(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    assert "--db" in result.stdout
    assert "exit-when-shown" not in result.stdout
