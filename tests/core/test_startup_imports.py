"""Start-up loads only what showing the register needs: the heavy libraries of import, export, fuzzy
matching, phone numbers and schema upgrades are loaded when first used, and opening a current
database costs no Alembic. Each check runs in a fresh interpreter, where sys.modules tells the truth."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.data import make_fixture_db as fixture
from tvet_alliance.persistence import Database

ROOT = Path(__file__).resolve().parents[2]

#: Loaded when first used, never by importing the core or opening a database.
HEAVY = (
    "alembic",
    "mako",
    "openpyxl",
    "charset_normalizer",
    "rapidfuzz",
    "phonenumbers",
    "pypinyin",  # the search keys' pinyin: loaded by the first key computed, not by opening
    "anyascii",
)

#: What the window needs on the core side to show the Home page and the record lists.
WINDOW_CORE = (
    "tvet_alliance.domain",
    "tvet_alliance.persistence.database",
    "tvet_alliance.services.listing",
    "tvet_alliance.services.records",
    "tvet_alliance.services.stats",
)
#: The services behind the window's menus and the command line, imported but not used.
MENU_SERVICES = (
    "tvet_alliance.services.exporting",
    "tvet_alliance.services.importing",
    "tvet_alliance.services.maintenance",
    "tvet_alliance.services.printing",
    "tvet_alliance.services.sample",
    "tvet_alliance.services.sync",
)

PROBE = textwrap.dedent(
    """
    import importlib, json, sys
    heavy, modules, db = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
    for name in modules:
        importlib.import_module(name)
    if db:
        from tvet_alliance.persistence import Database
        from tvet_alliance.services import stats
        database = Database.open(db, create=False)
        with database.session() as session:
            stats.dashboard(session)
            stats.database_info(session, database.name, str(database.site_id))
        database.close()
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))))
    """
)


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """*code* in a fresh interpreter importing this tree's package; it must exit 0."""
    pythonpath = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": pythonpath, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def loaded_after(
    modules: tuple[str, ...], db: Path | None = None, heavy: tuple[str, ...] = HEAVY
) -> list[str]:
    """The *heavy* top-level packages in sys.modules of a fresh interpreter that imported *modules*
    (and opened *db*, read the Home figures and the schema info)."""
    result = run_python(PROBE, json.dumps(heavy), json.dumps(modules), str(db or ""))
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_the_windows_core_loads_no_heavy_library() -> None:
    assert loaded_after(WINDOW_CORE) == []


def test_the_services_behind_the_menus_load_no_heavy_library_until_used() -> None:
    assert loaded_after(WINDOW_CORE + MENU_SERVICES) == []


def test_opening_a_current_database_imports_no_alembic(sample_db: Database) -> None:
    path = sample_db.path
    assert path is not None
    sample_db.close()
    assert loaded_after(WINDOW_CORE, db=path) == []


CLI_PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from tvet_alliance import cli
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(sys.argv[2:])
    assert code == 0, code
    watched = json.loads(sys.argv[1])
    print(json.dumps(sorted(m for m in sys.modules if m in watched or m.split(".")[0] in watched)))
    """
)


def test_the_info_command_loads_only_what_it_shows(sample_db: Database) -> None:
    """``tvet-alliance info`` imports neither the heavy libraries nor the engines of other commands."""
    path = sample_db.path
    assert path is not None
    sample_db.close()
    result = run_python(CLI_PROBE, json.dumps([*HEAVY, *MENU_SERVICES]), "--db", str(path), "info")
    assert json.loads(result.stdout) == []


def test_an_old_database_is_upgraded_through_alembic_then_opens_without(tmp_path: Path) -> None:
    """The other side of the shortcut: a database at an earlier revision goes through Alembic."""
    path = tmp_path / "from-release-0.1.sqlite3"
    shutil.copyfile(fixture.FIXTURE, path)
    assert loaded_after(WINDOW_CORE, db=path, heavy=("alembic",)) == ["alembic"]
    assert loaded_after(WINDOW_CORE, db=path, heavy=("alembic",)) == []  # upgraded: current now
