"""Formula injection (OWASP "CSV injection"): the one rule of our spreadsheet-bound files.

A cell starting with one of :data:`FORMULA_STARTS` gets a ``'`` in front in our exports, so a
spreadsheet shows it as text instead of running it; the import takes that ``'`` away again, so our
own exports import unchanged. Both sides use these functions.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")
_FORMULA_CHARS = frozenset(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """*text* as an export writes it: a ``'`` in front when a spreadsheet could read it as a formula."""
    return "'" + text if text[:1] in _FORMULA_CHARS else text


def unneutralise(text: str) -> str:
    """*text* as the import reads it: the ``'`` our export put before a formula character taken away."""
    return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_CHARS else text
