"""Writing files so that a reader never sees half of one: write beside, then rename.

Every file the program writes (exports, backups, offline copies, sync packages, rejected-rows files,
PDFs) goes through :func:`atomic_write`. The temporary file sits in the destination's folder (so the
rename stays on one file system) under one naming scheme, ``.<name>.<random>.partial``, which start-up
clean-up and backup rotation can recognise.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".partial"
#: Files people open with other programs get the usual permissions, whatever the umask of a temp file.
FILE_MODE = 0o644


def partial_path(destination: Path) -> Path:
    """A fresh temporary name beside *destination*, carrying the writing process's id (so that a
    later start can tell a file left by a killed writer from one being written)."""
    return destination.with_name(f".{destination.name}.{os.getpid()}x{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def _writer_alive(partial: Path) -> bool:
    """Whether the process that named *partial* may still be writing it."""
    token = partial.name[: -len(PARTIAL_SUFFIX)].rsplit(".", 1)[-1]
    pid_text, _, _ = token.partition("x")
    if not pid_text.isdigit():
        return False  # an older name without the writer's id: nobody writes it any more
    pid = int(pid_text)
    if pid == os.getpid() or os.name == "nt":
        # This process may write it in another thread; on Windows an open file cannot be removed,
        # so removing it fails harmlessly while it is written.
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_partials_of(destination: Path) -> list[Path]:
    """Remove what killed writes of *destination* left beside it (only their own temporary files)."""
    removed: list[Path] = []
    try:
        entries = list(destination.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not (is_partial(entry) and entry.name.startswith(f".{destination.name}.")):
            continue
        if _writer_alive(entry):
            continue
        try:
            remove_partial(entry)
        except OSError:
            continue
        removed.append(entry)
    return removed


def is_partial(path: Path) -> bool:
    """Whether *path* is a temporary file left by :func:`atomic_write` (for clean-up)."""
    return path.name.startswith(".") and path.name.endswith(PARTIAL_SUFFIX)


def failure_reason(exc: BaseException) -> str:
    """Why a file could not be read or written, in the system's words ("No space left on device")
    for an ``OSError``, else the error's own text (a SQLite error writing a copy)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


@contextmanager
def atomic_write(destination: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces *destination* in one rename.

    On any exception (a failed write, a cancel raised from a progress callback) the temporary file
    and its SQLite side files are removed and *destination* is left as it was. ``OSError`` from
    creating the folder entry or renaming propagates unchanged for the caller to word.
    """
    dest = Path(destination)
    remove_stale_partials_of(dest)
    tmp = partial_path(dest)
    try:
        yield tmp
        if tmp.exists():
            os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException:
        remove_partial(tmp)
        raise


#: The side files SQLite may leave beside a temporary database file.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def remove_partial(tmp: Path) -> None:
    """Remove the temporary file *tmp* and its SQLite side files, whichever exist."""
    for leftover in (tmp, *(tmp.with_name(tmp.name + side) for side in SQLITE_SIDE_FILES)):
        leftover.unlink(missing_ok=True)
