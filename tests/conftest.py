"""Fixtures shared by every test. No Qt here: tests/core must run with PySide6 absent.

Every test runs with its own user data folder (``TVET_ALLIANCE_HOME``) and without
``TVET_ALLIANCE_DB``, so nothing ever touches the real user's database, backups or settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tvet_alliance import paths
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample


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


@pytest.fixture
def sample_db(db: Database) -> Database:
    """The database with the sample data of resources/sample/ loaded."""
    with db.transaction() as s:
        sample.load_sample(s)
    return db
