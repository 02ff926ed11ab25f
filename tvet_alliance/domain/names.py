"""Name keys: a name reduced for matching, and the keys an organisation's name is found by.

Pure Python, shared by the import (finding duplicates in the file and the database) and the sync
merge (finding a record created twice on two laptops), so both match names by one rule.
"""

from __future__ import annotations

import re

from tvet_alliance.domain.search_keys import fold

_STOP = frozenset({"and", "of", "the", "for", "&", "in", "at"})
_WORD = re.compile(r"[\w]+", re.UNICODE)


def name_key(text: str) -> str:
    """A name reduced for matching: width, case, accents of Latin letters, Arabic-keyboard letters
    and harakat, punctuation and spaces (:func:`search_keys.fold`, the one rule every search uses)."""
    return fold(text)


def org_keys(text: str) -> tuple[set[str], set[str]]:
    """The keys an organisation's name is found by: (the name itself, its abbreviations). The
    abbreviations are the acronym and each leading run of words followed by the acronym of the rest:
    "Punjab Technical Education and Vocational Training Authority" gives "punjab tevta", "ptevta", …

    A name matches another when either's name is the other's name or abbreviation; two
    abbreviations alone never match ("Lahore Technical College" is not "Larkana Training Centre")."""
    key = name_key(text)
    if not key:
        return set(), set()
    words = key.split()
    names = {key, key.replace(" ", "")}
    short: set[str] = set()
    significant = [w for w in words if w not in _STOP]
    if len(significant) >= 3:
        short.add("".join(w[0] for w in significant))
        for i in range(1, len(words) - 1):
            rest = [w for w in words[i:] if w not in _STOP]
            if len(rest) >= 2:
                short.add(" ".join(words[:i]) + " " + "".join(w[0] for w in rest))
    return names, short - names
