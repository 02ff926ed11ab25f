"""``tvet-alliance badges`` and ``tvet-alliance print delegates``: the exact forms, what they say,
the PDFs they write (read back with poppler), and clear one-line errors with nothing written.

Printing needs Qt: each command runs in a child process (its offscreen QGuiApplication must not be
the one this process's window tests use). The file lives in tests/render, which runs where Qt is
(the core's Qt-free run would only skip it); the last test hides PySide6 from the command to see it
say so in one line."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.data.seminar import ALI, TIANJIN, ZHANG, make_seminar
from tvet_alliance.persistence import Database

ROOT = Path(__file__).resolve().parents[2]


def _has_qt() -> bool:
    try:
        return importlib.util.find_spec("PySide6") is not None
    except ImportError:
        return False


needs_qt = pytest.mark.skipif(not _has_qt(), reason="printing needs PySide6")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "tvet_alliance", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match
    return int(match.group(1))


def pdf_text(pdf: Path) -> str:
    """What pdftotext reads, NFKC-folded: Qt maps some Han glyphs back to the Kangxi radical that
    shares them (大 as ⼤), and Arabic letters come as presentation forms; NFKC gives the letters."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", raw).replace("\u202b", "").replace("\u202c", "")


@pytest.fixture
def seminar_db(db: Database, db_path: Path) -> Path:
    make_seminar(db, extra=10)
    db.close()
    return db_path


@needs_qt
@needs_poppler
def test_badges_in_both_layouts_and_a_reprint(seminar_db: Path, tmp_path: Path) -> None:
    a6 = tmp_path / "badges.pdf"
    done = cli(seminar_db, "badges", "--event", "Founding", str(a6))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"14 badges of Founding Seminar of the Alliance (14 pages, a6) written to {a6}; "
        "1 cancelled registration left out"
    )
    assert done.stderr == ""  # every font is there: no warning
    assert pages(a6) == 14 and ZHANG in pdf_text(a6)

    sheet = tmp_path / "sheet.pdf"
    done = cli(seminar_db, "badges", "--event", "founding seminar", str(sheet), "--layout", "a4-8")
    assert done.returncode == 0, done.stderr
    assert "(2 pages, a4-8)" in done.stdout and pages(sheet) == 2

    one = tmp_path / "one.pdf"
    done = cli(seminar_db, "badges", "--event", "Founding", str(one), "--person", "Zhang Wei")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 badge of Founding Seminar") and pages(one) == 1
    assert "ZHANG Wei" in pdf_text(one) and "Muhammad Ali" not in pdf_text(one)


@needs_qt
@needs_poppler
def test_print_delegates_by_name_and_the_sign_in_sheet_by_organisation(
    seminar_db: Path, tmp_path: Path
) -> None:
    listed = tmp_path / "list.pdf"
    done = cli(seminar_db, "print", "delegates", "--event", "Founding", str(listed))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "The delegate list of Founding Seminar of the Alliance (14 delegates, 1 page)"
    )
    assert "Delegate list" in pdf_text(listed) and "Page 1 of 1" in pdf_text(listed)

    sheet = tmp_path / "sign-in.pdf"
    done = cli(
        seminar_db,
        "print",
        "delegates",
        "--event",
        "Founding",
        str(sheet),
        "--by",
        "organization",
        "--sign-in",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("The sign-in sheet of Founding Seminar")
    written = pdf_text(sheet)
    assert "Signature" in written and TIANJIN in written and "Muhammad Ali" in written and ALI in written


@needs_qt
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["badges", "--event", "Nope", "{out}"], "There is no event called Nope."),
        (["badges", "--event", "Founding", "{out}", "--person", "Nobody"], "No delegate of Founding Seminar"),
        (["badges", "--event", "Founding", "{out}", "--person", "Cancelled Person"], "is cancelled"),
        (["badges", "{out}"], "the following arguments are required: --event"),
        (["print", "sheets", "--event", "Founding", "{out}"], "invalid choice: 'sheets'"),
        (["badges", "--event", "Founding", "{missing}"], "cannot write"),
    ],
)
def test_bad_input_is_one_clear_line_and_nothing_written(
    seminar_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out.pdf"
    filled = [a.replace("{out}", str(out)).replace("{missing}", str(tmp_path / "no" / "x.pdf")) for a in args]
    done = cli(seminar_db, *filled)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == []


NO_QT = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, NoQt())
from tvet_alliance.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_without_qt_printing_says_so_in_one_line(seminar_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, "--db", str(seminar_db), "badges", "--event", "Founding", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("tvet-alliance: error: printing needs Qt (PySide6)")
    assert len(done.stderr.strip().splitlines()) == 1 and not out.exists()
