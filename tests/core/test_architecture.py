"""The core lives without Qt: domain, persistence, services and the command line import and work in
a Python where any import of PySide6 fails. (``lint-imports``, run by ``make test``, checks the
import graph; this checks what actually happens at run time.)"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

NO_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked: the core must not need Qt")
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker did not block")

    import tvet_alliance.cli
    import tvet_alliance.domain
    import tvet_alliance.persistence
    import tvet_alliance.services

    imported = []
    for package in (tvet_alliance.domain, tvet_alliance.persistence, tvet_alliance.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if module.name.endswith(".migrations.env"):
                continue  # Alembic's script: runs only inside a migration
            importlib.import_module(module.name)
            imported.append(module.name)

    from tvet_alliance.cli import main

    db = sys.argv[1]
    for argv in (["--db", db, "sample"], ["--db", db, "check"], ["--db", db, "backup", db + ".bak"]):
        code = main(argv)
        if code != 0:
            raise SystemExit(f"{argv} exited {code}")
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    if qt:
        raise SystemExit(f"Qt modules loaded: {qt}")
    print("imported", len(imported), "modules without Qt")
    """
)


def test_core_and_command_line_work_with_pyside6_blocked(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, str(tmp_path / "alliance.sqlite3")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "without Qt" in result.stdout
    assert (tmp_path / "alliance.sqlite3.bak").is_file()


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_render_uses_qtgui_and_qtcore_only() -> None:
    """Printing (PDF, QR, badges) runs without widgets, off the GUI thread: the render layer may use
    QtGui and QtCore but never QtWidgets (nor any other Qt module). lint-imports sees PySide6 as one
    package, so this reads the imports themselves."""
    render = Path(__file__).parents[2] / "tvet_alliance" / "render"
    modules = sorted(render.rglob("*.py"))
    assert modules, "the render package exists"
    qt = {
        (path.name, name)
        for path in modules
        for name in _imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6")
    }
    assert qt, "render is where the Qt rendering lives"
    assert {(file, name) for file, name in qt if name not in ("PySide6.QtGui", "PySide6.QtCore")} == set()


PACKAGE = Path(__file__).parents[2] / "tvet_alliance"


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(PACKAGE.parent)): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_every_file_is_written_through_the_one_atomic_writer() -> None:
    """Exports, backups, offline copies, sync packages and rejected-rows files all go through
    tvet_alliance.files.atomic_write (one naming scheme that start-up clean-up can recognise)."""
    own = {
        name
        for name, source in _sources().items()
        if name != "tvet_alliance/files.py"
        and ("tempfile" in source or ".partial" in source or '.part"' in source)
    }
    assert own == set()


def test_one_progress_and_cancel_protocol() -> None:
    defined = {
        name
        for name, source in _sources().items()
        if name != "tvet_alliance/progress.py"
        and ("\nProgress = " in source or "\nclass Cancelled" in source)
    }
    assert defined == set()


def test_every_translated_literal_is_one_lupdate_reads() -> None:
    """pyside6-lupdate reads only double-quoted literals: ``self.tr('confirmed')`` was shown in
    English to every reader (seen on the Urdu Results page). Single-quoted literals in tr() or
    translate() calls are refused here."""
    import re

    pattern = re.compile(r"""\btr\(\s*'|\btranslate\(\s*'[^']*'\s*,\s*'""")
    root = Path(__file__).resolve().parents[2] / "tvet_alliance"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []
