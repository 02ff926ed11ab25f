"""Files are written beside and renamed: a failure or a cancel leaves the old file and no stray."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tvet_alliance.files import atomic_write, failure_reason, is_partial
from tvet_alliance.progress import Cancelled


def test_a_finished_write_replaces_the_file_with_normal_permissions(tmp_path: Path) -> None:
    dest = tmp_path / "list.csv"
    dest.write_text("old")
    with atomic_write(dest) as tmp:
        assert is_partial(tmp) and tmp.parent == tmp_path
        tmp.write_text("new")
    assert dest.read_text() == "new"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["list.csv"]


def test_a_cancelled_write_keeps_the_old_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    dest = tmp_path / "copy.sqlite3"
    dest.write_text("old")
    with pytest.raises(Cancelled), atomic_write(dest) as tmp:
        tmp.write_text("half")
        tmp.with_name(tmp.name + "-journal").write_text("j")
        raise Cancelled
    assert dest.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["copy.sqlite3"]


def test_a_failure_is_worded_in_the_systems_words() -> None:
    assert failure_reason(OSError(28, "No space left on device")) == "No space left on device"
    assert failure_reason(OSError("no errno")) == "no errno"
    assert failure_reason(sqlite3.OperationalError("database or disk is full")) == "database or disk is full"


def test_a_write_removes_what_a_killed_write_of_the_same_file_left(tmp_path: Path) -> None:
    dest = tmp_path / "list.csv"
    dead = tmp_path / ".list.csv.999999999x0badcafe.partial"  # no such process
    other = tmp_path / ".other.csv.999999999x0badcafe.partial"  # another file's: not ours to touch
    live = tmp_path / f".list.csv.{os.getpid()}xfeedbeef.partial"  # this process is writing it
    for p in (dead, other, live):
        p.write_text("half")
    with atomic_write(dest) as tmp:
        tmp.write_text("new")
    assert not dead.exists() and other.exists() and live.exists() and dest.read_text() == "new"
