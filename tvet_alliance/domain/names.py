"""Name keys: a name reduced for matching, shared by the import's deduplication, the sync merge's
duplicate search and the duplicate review (a rule of the domain, so that none of them imports
another)."""

from __future__ import annotations

import re
import unicodedata

_STOP = frozenset({"and", "of", "the", "for", "&", "in", "at"})
_WORD = re.compile(r"[\w]+", re.UNICODE)


def name_key(text: str) -> str:
    """A name reduced for matching: width, case, accents of Latin letters, punctuation and spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(plain))


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
