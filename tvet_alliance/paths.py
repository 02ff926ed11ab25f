"""Where resources and the user's data live. No Qt here."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from tvet_alliance import APP_NAME, ORG_NAME

#: Set this to a folder to keep all user data (default database, backups) there: tests and portable use.
HOME_ENV = "TVET_ALLIANCE_HOME"
#: A path or SQLAlchemy URL of the database to open instead of the default one.
DB_ENV = "TVET_ALLIANCE_DB"


def resources_dir() -> Path:
    """The ``resources/`` folder shipped beside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the tvet_alliance package")


def sample_dir() -> Path:
    return resources_dir() / "sample"


def user_data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "tvet_alliance.sqlite3"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
