"""Fixtures shared by every test. No Qt here: tests/core must run with PySide6 absent.

Every test runs with its own user data folder (``TVET_ALLIANCE_HOME``) and without
``TVET_ALLIANCE_DB``, so nothing ever touches the real user's database, backups or settings.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tvet_alliance import paths
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample

# The suite is deterministic: Hypothesis draws the same examples on every run (a seed derived from
# each test) and keeps no example database. HYPOTHESIS_PROFILE=explore searches afresh each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=500, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Where pytest-qt is not installed (the core's Qt-free run), declare its ini options from
    pyproject.toml so that ``--strict-config`` does not reject them."""
    try:
        import pytestqt  # noqa: F401 - only its version module: no Qt import
    except ImportError:
        for name in ("qt_api", "qt_log_level_fail", "qt_log_ignore"):
            parser.addini(name, "pytest-qt option (pytest-qt is not installed here)")


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data dir at a fresh folder and forget any database named in the environment."""
    home = tmp_path / "user-data"
    home.mkdir()
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database lives (not created yet)."""
    return tmp_path / "alliance.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new, empty database at the current schema."""
    database = Database.open(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the sample loaded, made once per test run: copying it is ten times faster
    than loading the sample again for every test that needs it."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    database = Database.open(path)
    try:
        with database.transaction() as s:
            sample.load_sample(s)
    finally:
        database.close()  # the last connection to close checkpoints the WAL into the file
    return path


@pytest.fixture
def sample_db(db_path: Path, sample_template: Path) -> Iterator[Database]:
    """A database with the sample data of resources/sample/ loaded (by services.sample.load_sample
    in one db.transaction()). It lives at ``db_path``: use it instead of ``db``, not with it."""
    shutil.copyfile(sample_template, db_path)
    database = Database.open(db_path)
    try:
        yield database
    finally:
        database.close()
