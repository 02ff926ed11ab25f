"""Formula injection (OWASP "CSV injection"): the one rule of our spreadsheet-bound files.

A cell starting with one of :data:`FORMULA_STARTS` gets a ``'`` in front in our exports, so a
spreadsheet shows it as text instead of running it; the import takes that ``'`` away again, so our
own exports import unchanged. Both sides use these functions.

A phone number is the one exception: it is written in international format ("+92 321 9203098"),
which spreadsheets show as the text it is — the spaces keep it from being read as a number, and a
cell of only a ``+``, digits, spaces and hyphens cannot be a formula that does anything — so it gets
no ``'``, which LibreOffice and Excel would show in front of the number. ``tests/core/
test_spreadsheet_cells.py`` opens our CSV and .xlsx in LibreOffice to check what it shows.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")
_FORMULA_CHARS = frozenset(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """*text* as an export writes it: a ``'`` in front when a spreadsheet could read it as a formula."""
    return "'" + text if text[:1] in _FORMULA_CHARS else text


def unneutralise(text: str) -> str:
    """*text* as the import reads it: the ``'`` our export put before a formula character taken away."""
    return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_CHARS else text


#: A phone number as an export writes it (international format): "+92 321 9203098", "+1 650-253-0000".
_PHONE_TEXT = re.compile(r"\+[0-9]{1,3}(?:[ -][0-9]+)+")


def phone_cell(text: str) -> str:
    """A phone column's cell: a number in international format as it is (a spreadsheet shows it as
    text, see above); anything else as :func:`neutralise` writes any cell."""
    return text if _PHONE_TEXT.fullmatch(text) else neutralise(text)
