"""The one progress-and-cancel protocol of long work (import, export, merge, backup, printing).

Long work takes a ``progress(done, total)`` callable and calls it now and then. The caller cancels
by making that call raise :class:`Cancelled`; the work lets it propagate, its transaction rolls back
and any file it was writing is removed (see :func:`tvet_alliance.files.atomic_write`), so a cancel
changes nothing. Qt-free: the core, the command line and the window all use it.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised from a progress callback when the person cancelled the work."""


def no_progress(done: int, total: int) -> None:
    """A progress callback that reports nothing and never cancels."""
    del done, total
