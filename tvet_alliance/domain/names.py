"""Name keys: a name reduced for matching, and the keys an organisation's name is found by.

Pure Python, shared by the import (finding duplicates in the file and the database), the forms'
duplicate warning (``services/duplicates.py``) and the sync merge (finding a record created twice on
two laptops), so all match names by one rule.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from tvet_alliance.domain.search_keys import chinese_name_in_latin, fold, has_arabic, has_han, identity_keys

_STOP = frozenset({"and", "of", "the", "for", "&", "in", "at"})
_WORD = re.compile(r"[\w]+", re.UNICODE)
T = TypeVar("T")


def name_key(text: str) -> str:
    """A name reduced for matching: width, case, accents of Latin letters, Arabic-keyboard letters
    and harakat, punctuation and spaces (:func:`search_keys.fold`, the one rule every search uses)."""
    return fold(text)


def named(items: Iterable[T], text: str, names_of: Callable[[T], Iterable[str | None]]) -> list[T]:
    """The records a name typed on the command line means: those with a name equal to *text*
    (any case, spaces around ignored), else those with a name starting with it. One item is the
    answer; none or several are for the caller to say (the one rule of every ``--event NAME``,
    ``--competition NAME`` and ``--track NAME``)."""
    key = text.strip().casefold()
    listed = [(item, [n.strip().casefold() for n in names_of(item) if n]) for item in items]
    exact = [item for item, names in listed if key in names]
    if exact or not key:
        return exact
    return [item for item, names in listed if any(n.startswith(key) for n in names)]


def partner_name(name_en: str | None, name_native: str | None) -> str:
    """How a partner is named wherever it is shown: its English name, else its name in its own
    script (a Chinese- or Urdu-only partner stores "" as its English name). The SQL of the same rule
    is ``Organization.display_name``."""
    return (name_en or "").strip() or (name_native or "").strip()


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


class OrgIndex(Generic[T]):
    """Organisations found by any of their names (English, native, short name, aliases), by the rule
    of :func:`org_keys`. One index serves the import (every organisation of the database and the
    file) and the forms' duplicate warning (:mod:`services.duplicates`), so both match alike."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[T]] = {}
        self.by_abbreviation: dict[str, list[T]] = {}

    def add(self, names: Iterable[str | None], entry: T) -> None:
        for name in names:
            full, short = org_keys(name or "")
            for key in full:
                _append(self.by_name, key, entry)
            for key in short:
                _append(self.by_abbreviation, key, entry)

    def find_all(self, name: str) -> list[T]:
        """Every organisation *name* may mean, the likeliest first: a longer key before a shorter, a
        name before an abbreviation."""
        names, short = org_keys(name)
        found: list[T] = []
        for key in sorted(names, key=len, reverse=True):
            for entry in (*self.by_name.get(key, ()), *self.by_abbreviation.get(key, ())):
                if entry not in found:
                    found.append(entry)
        for key in sorted(short, key=len, reverse=True):
            for entry in self.by_name.get(key, ()):
                if entry not in found:
                    found.append(entry)
        return found

    def find(self, name: str) -> T | None:
        """The organisation *name* most likely means (the first added of the likeliest key)."""
        found = self.find_all(name)
        return found[0] if found else None


def _append(index: dict[str, list[T]], key: str, entry: T) -> None:
    entries = index.setdefault(key, [])
    if entry not in entries:
        entries.append(entry)


def person_keys(
    email: str | None,
    phone: str | None,
    full_name: str,
    organization_id: uuid.UUID | None,
    name_native: str | None = None,
) -> list[tuple[str, str]]:
    """The keys a person is matched by, as (key, reason) in the order a match counts: the e-mail
    (any case), the phone (normalised, as stored), the name at the same organisation ("n:" and each
    of :func:`person_name_keys` of the names, the organisation's id in hex; empty for a person of
    no organisation)."""
    keys = []
    if email:
        keys.append(("e:" + email.casefold(), "email"))
    if phone:
        keys.append(("p:" + phone, "phone"))
    org = organization_id.hex if organization_id else ""
    for key in sorted(person_name_keys(full_name, name_native)):
        keys.append((f"n:{key}\x1f{org}", "name"))
    return keys


def person_name_keys(*names: str | None) -> set[str]:
    """The keys a person's names (the main name and the native one) share with the same person's
    names typed in another script: :func:`search_keys.identity_keys` ("Zhang Wei" and 张伟 both give
    "zhangwei"; spelling variants are not the same person)."""
    return identity_keys(*names)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:] if word.islower() else word


def _is_latin(text: str) -> bool:
    return not has_han(text) and not has_arabic(text)


def printed_names(full_name: str, name_native: str | None) -> tuple[str | None, str]:
    """A person's name as a badge prints it: (the name in its native script, or None when the person
    has only a Latin one; the name in Latin letters).

    A Chinese name is written family name first in Latin too, the family name in capitals
    ("ZHANG Wei"): the stored Latin name is turned round when it puts the family name last
    ("Wei Zhang"), and made from the pinyin (the surname table's reading) when only the Chinese is
    stored. Other names keep their stored Latin form; with no Latin name and no pinyin (an Urdu name
    alone), the stored ``full_name`` is printed as it is."""
    full = (full_name or "").strip()
    native = (name_native or "").strip() or None
    if native is None and not _is_latin(full):
        native, full = full, ""
    if native is not None and full and native == full:
        full = ""
    latin = full if full and _is_latin(full) else ""
    if native is not None and has_han(native):
        parts = chinese_name_in_latin(native)
        if parts is not None:
            family, given = parts
            words = latin.split()
            folded = [fold(w).replace(" ", "").replace("-", "") for w in words]
            if words and folded[0] == family:
                return native, " ".join([words[0].upper(), *(_capital(w) for w in words[1:])])
            if len(words) > 1 and folded[-1] == family:
                return native, " ".join([words[-1].upper(), *(_capital(w) for w in words[:-1])])
            if not latin:
                return native, f"{family.upper()} {given.capitalize()}".strip()
    if latin:
        return native, latin
    return native, full or (native or "")
