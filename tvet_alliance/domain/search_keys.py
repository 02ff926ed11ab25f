"""Search keys: the texts a person or a partner is found by, in any script (issue 17).

Pure Python (no database, no Qt). One normalisation, :func:`fold`, is applied to every stored
name and to every query. From a record's names it derives keys, each with a *kind*:

* ``NAME``: the folded name, each of its word suffixes ("zhang wei", "wei") and the name without
  spaces ("zhangwei"); for a Chinese name the characters and the given name (张伟, 伟);
* ``PINYIN``: every reading of a Chinese name (pypinyin's heteronyms; the surname readings of
  ``resources/search/surnames.tsv`` for the first characters of a personal name), spaced and
  joined, given name first too ("wei zhang"), with ü written v and u ("lv", "lu");
* ``INITIALS``: the pinyin initials ("zw"; "cqgczyjsxy" for 重庆工程职业技术学院);
* ``SKELETON``: the consonants of an Urdu/Arabic name in Latin letters (:func:`skeleton`);
* ``VARIANT``: the name with each word replaced by its canonical spelling from
  ``resources/search/variants.tsv`` (Mohammed → muhammad, Wong → huang and wang).

A query is folded the same way and matched by prefix against the keys (:func:`query_forms`).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.paths import resources_dir

#: Change when the rules below change: stored keys are rebuilt when this (or a data file) differs.
RULES_VERSION = "3"
#: Keys longer than this are cut (an index entry stays small; nobody types 200 characters).
KEY_LENGTH = 120
#: At most this many readings of one Chinese name (every combination of heteronyms would explode).
MAX_READINGS = 6


class Kind(IntEnum):
    NAME = 0
    PINYIN = 1
    INITIALS = 2
    SKELETON = 3
    VARIANT = 4
    JOINED = 5  # a name of several words written without spaces ("zhangwei"): ranked as a name


#: Why a record matched, per kind of key (shown by the command line and available to the window).
WHY = {
    Kind.NAME: QT_TRANSLATE_NOOP("Search", "name"),
    Kind.PINYIN: QT_TRANSLATE_NOOP("Search", "pinyin"),
    Kind.INITIALS: QT_TRANSLATE_NOOP("Search", "initials"),
    Kind.SKELETON: QT_TRANSLATE_NOOP("Search", "Latin letters of the Urdu name"),
    Kind.VARIANT: QT_TRANSLATE_NOOP("Search", "spelling variant"),
    Kind.JOINED: QT_TRANSLATE_NOOP("Search", "name"),
}

# --- one normalisation -----------------------------------------------------------------------------

#: Arabic letters typed on an Arabic keyboard -> the Urdu letters (ئ is left alone: NFD would break it).
_ARABIC = {
    "\u0643": "\u06a9",  # ك -> ک
    "\u064a": "\u06cc",  # ي -> ی
    "\u0649": "\u06cc",  # ى -> ی
    "\u0647": "\u06c1",  # ه -> ہ
}
#: Harakat (U+064B-U+0652), the superscript alef (U+0670), tatweel, ZWNJ and ZWJ: removed.
_REMOVED = frozenset([*map(chr, range(0x064B, 0x0653)), "\u0670", "\u0640", "\u200c", "\u200d"])
_WORD = re.compile(r"\w+", re.UNICODE)


def _presentation(ch: str) -> bool:
    """The alphabetic and Arabic presentation forms (ligatures), and the full- and half-width forms."""
    o = ord(ch)
    return 0xFB00 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF or 0xFF00 <= o <= 0xFFEF


@lru_cache(maxsize=8_192)  # an import folds each name several times (matching, then its keys)
def fold(text: str) -> str:
    """*text* reduced for matching, the same for stored names and queries: NFC; presentation and
    full-width forms mapped (NFKC on those characters only); case folded; accents of Latin letters
    removed; Arabic-keyboard letters mapped to Urdu ones (ك→ک, ي/ى→ی, ه→ہ); harakat, tatweel,
    ZWJ and ZWNJ removed; punctuation dropped and words joined by one space."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for ch in text:
        if _presentation(ch):
            ch = unicodedata.normalize("NFKC", ch)
        for c in ch.casefold():
            if c in _REMOVED:
                continue
            c = _ARABIC.get(c, c)
            if ord(c) < 0x0370 and not c.isascii():  # Latin with accents: the plain letter
                c = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
            out.append(c)
    return " ".join(_WORD.findall("".join(out)))


def is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def is_arabic(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF


def has_han(text: str) -> bool:
    return any(is_han(c) for c in text)


def has_arabic(text: str) -> bool:
    return any(is_arabic(c) for c in text)


# --- the data tables -------------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    path: Path = resources_dir() / "search" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in re.split(r"[\t,]", line) if cell.strip()])
    return rows


@cache
def surnames() -> dict[str, list[list[str]]]:
    """Surname (one or two characters) -> its readings, each a list of syllables, usual one first."""
    out: dict[str, list[list[str]]] = {}
    for cells in _data_lines("surnames.tsv"):
        out[cells[0]] = [reading.split() for reading in cells[1:]]
    return out


@cache
def variants() -> dict[str, frozenset[str]]:
    """A Latin word (folded) -> the canonical spellings it is a variant of (itself included)."""
    out: dict[str, set[str]] = {}
    for cells in _data_lines("variants.tsv"):
        words = [fold(c.rstrip(".")) for c in cells]
        canonical = words[0]
        for word in words:
            out.setdefault(word, set()).add(canonical)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def fingerprint() -> str:
    """Identifies the rules and data the stored keys were made with."""
    digest = hashlib.sha256(RULES_VERSION.encode())
    for name in ("surnames.tsv", "variants.tsv"):
        digest.update((resources_dir() / "search" / name).read_bytes())
    # the installed version, read without importing pypinyin (that takes most of a second)
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        digest.update(importlib.metadata.version("pypinyin").encode())
    return digest.hexdigest()[:16]


# --- Chinese ----------------------------------------------------------------------------------------


@lru_cache(maxsize=4_096)
def _readings(han: str, *, person: bool) -> tuple[tuple[str, ...], ...]:
    """Every reading of the Chinese characters *han* (syllables each), the usual first; for a
    person's name the surname table decides the first one or two characters. Remembered: an
    import reads each name for matching and again for its search keys, and pypinyin was a
    quarter of an import's time."""
    from pypinyin import Style, lazy_pinyin, pinyin

    usual = lazy_pinyin(han, style=Style.NORMAL, errors="ignore")
    if len(usual) != len(han):  # a character pypinyin does not know: no pinyin keys
        return ()
    per_char: list[list[list[str]]] = []
    start = 0
    if person:
        length = _surname_length(han)
        if han[:length] in surnames():
            per_char.append(surnames()[han[:length]])
            start = length
    for i, options in enumerate(pinyin(han[start:], style=Style.NORMAL, heteronym=True), start=start):
        ordered = [usual[i], *[o for o in options if o != usual[i]]][:2]
        per_char.append([[o] for o in ordered])
    out: list[tuple[str, ...]] = []
    for combo in itertools.product(*per_char):
        out.append(tuple(s for part in combo for s in part))
        if len(out) >= MAX_READINGS:
            break
    return tuple(out)


def _surname_length(han: str) -> int:
    """One character, or two for a compound surname of the table followed by a given name."""
    return 2 if len(han) > 2 and han[:2] in surnames() else 1


@lru_cache(maxsize=2_048)  # ~4 kB each: enough for a chunk's names, bounded for a million rows
def _chinese_keys(han: str, *, person: bool) -> tuple[tuple[Kind, str], ...]:
    keys: list[tuple[Kind, str]] = [(Kind.NAME, han)]
    split = _surname_length(han) if person and len(han) >= 2 else 0
    if split:
        keys.append((Kind.NAME, han[split:]))  # the given name alone
    for n, syllables in enumerate(_readings(han, person=person)):
        spellings = [syllables]
        if any("v" in s for s in syllables):  # ü as v (pypinyin's) and as u
            spellings.append(tuple(s.replace("v", "u") for s in syllables))
        for s in spellings:
            keys += [(Kind.PINYIN, " ".join(s)), (Kind.PINYIN, "".join(s))]
            keys.append((Kind.INITIALS, "".join(x[0] for x in s if x)))
            if n:  # another reading: the whole name only (the usual one gives the parts)
                continue
            for i in range(1, len(s)):
                keys += [(Kind.PINYIN, " ".join(s[i:])), (Kind.PINYIN, "".join(s[i:]))]
            if split and len(s) > split:  # given name first, as on a Western business card
                turned = s[split:] + s[:split]
                keys += [(Kind.PINYIN, " ".join(turned)), (Kind.PINYIN, "".join(turned))]
    return tuple(keys)


# --- Urdu / Arabic and the Latin skeleton ---------------------------------------------------------

_VOWELS = frozenset("aeiouwy")


def skeleton(text: str) -> str:
    """The consonants of *text* in Latin letters, words kept apart: anyascii's transliteration
    (Urdu/Arabic script writes few vowels: فاطمہ → "ftmh"), lower case, only the letters a-z kept,
    the vowels a e i o u and the semi-vowels w y dropped (they stand for vowels in Urdu too:
    و ی), and a letter repeated at once written once ("muhammad" → "mhmd", as محمد).

    Latin typing is reduced the same way, so "fatima" → "ftm" is a prefix of "ftmh"."""
    from anyascii import anyascii

    words = []
    for word in fold(text).split():
        latin = anyascii(word).lower()
        letters = [c for c in latin if "a" <= c <= "z" and c not in _VOWELS]
        collapsed = [c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1]]
        if collapsed:
            words.append("".join(collapsed))
    return " ".join(words)


# --- Latin variants --------------------------------------------------------------------------------


def canonical_forms(words: list[str]) -> list[list[str]]:
    """*words* with each word replaced by its canonical spellings (at most :data:`MAX_READINGS`
    combinations); only the forms that differ from *words*. A word is replaced only when it is a
    whole entry of the table (a word still being typed is replaced once it is one)."""
    table = variants()
    options = [sorted(table.get(w, ())) or [w] for w in words]
    out: list[list[str]] = []
    for combo in itertools.product(*options):
        form = list(combo)
        if form != words and form not in out:
            out.append(form)
        if len(out) >= MAX_READINGS:
            break
    return out


# --- keys of a record ------------------------------------------------------------------------------


def _word_keys(folded: str) -> list[tuple[Kind, str]]:
    words = folded.split()
    keys = [(Kind.NAME, folded), (Kind.JOINED if len(words) > 1 else Kind.NAME, "".join(words))]
    keys += [(Kind.NAME, " ".join(words[i:])) for i in range(1, len(words))]
    return keys


def name_keys(text: str | None, *, person: bool) -> list[tuple[Kind, str]]:
    """The keys of one name (a person's name or a partner's name, short name or alias)."""
    if not text:
        return []
    folded = fold(text)
    if not folded:
        return []
    keys = _word_keys(folded)
    han = "".join(c for c in folded if is_han(c))
    if han:
        keys += _chinese_keys(han, person=person)
    if has_arabic(folded):
        sk = skeleton(folded)
        if sk:
            words = sk.split()
            keys += [(Kind.SKELETON, sk), (Kind.SKELETON, "".join(words))]
            keys += [(Kind.SKELETON, " ".join(words[i:])) for i in range(1, len(words))]
    latin = [w for w in folded.split() if w.isascii()]
    if latin:
        for form in canonical_forms(latin):
            keys += [(Kind.VARIANT, k) for _kind, k in _word_keys(" ".join(form))]
    return keys


#: Which kind a key shared by two kinds keeps: the names first.
_PRIORITY = {
    Kind.NAME: 0,
    Kind.JOINED: 1,
    Kind.PINYIN: 2,
    Kind.INITIALS: 3,
    Kind.SKELETON: 4,
    Kind.VARIANT: 5,
}


def unique_keys(keys: Iterable[tuple[Kind, str]]) -> list[tuple[int, str]]:
    """Each key once, with its best (lowest) kind, cut to :data:`KEY_LENGTH`; sorted."""
    best: dict[str, int] = {}
    for kind, key in keys:
        key = key[:KEY_LENGTH].strip()
        if key and (key not in best or _PRIORITY[kind] < _PRIORITY[Kind(best[key])]):
            best[key] = int(kind)
    return sorted((kind, key) for key, kind in best.items())


def person_keys(full_name: str | None, name_native: str | None) -> list[tuple[int, str]]:
    return unique_keys([*name_keys(full_name, person=True), *name_keys(name_native, person=True)])


def partner_keys(
    name_en: str | None, name_native: str | None, short_name: str | None, aliases: Iterable[str] | None
) -> list[tuple[int, str]]:
    keys = [*name_keys(name_en, person=False), *name_keys(name_native, person=False)]
    keys += name_keys(short_name, person=False)
    for alias in aliases or ():
        keys += name_keys(alias, person=False)
    return unique_keys(keys)


def encode(keys: list[tuple[int, str]]) -> str:
    """The keys as stored in a record's ``search_keys`` column (a JSON list of [kind, key])."""
    return json.dumps([[k, v] for k, v in keys], ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> list[tuple[int, str]]:
    return [(int(k), str(v)) for k, v in json.loads(text or "[]")]


# --- queries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One way of reading a query: the prefix to look up, the kinds of key it may match (None:
    any) and the rank of a match (0 best)."""

    prefix: str
    kinds: tuple[int, ...] | None
    rank: int


#: Ranks: the whole name exactly, a name (native script included) by prefix, a pinyin / initials /
#: skeleton key, a spelling variant; then (services/search) every word by itself, and containing.
EXACT, NAME_PREFIX, KEY, VARIANT_RANK, WORDS_RANK, CONTAINS_RANK = 0, 1, 2, 3, 4, 5


def rank_of(form: Form, kind: int, key: str) -> int:
    if kind == Kind.JOINED:
        kind = Kind.NAME
    if form.rank == NAME_PREFIX and kind == Kind.NAME:
        return EXACT if key == form.prefix else NAME_PREFIX
    if form.rank == NAME_PREFIX and kind == Kind.VARIANT:
        return VARIANT_RANK
    return max(form.rank, KEY if kind != Kind.NAME else NAME_PREFIX)


def query_forms(text: str) -> list[Form]:
    """The prefixes a typed query is looked up by, best first."""
    folded = fold(text)[:KEY_LENGTH]
    if not folded:
        return []
    words = folded.split()
    forms = [Form(folded, None, NAME_PREFIX)]
    joined = "".join(words)
    if joined != folded:
        forms.append(Form(joined, None, NAME_PREFIX))
    han = "".join(c for c in folded if is_han(c))
    if len(han) >= 2:  # 張偉 finds 张伟 (and namesakes written otherwise) through the pinyin
        for syllables in _readings(han, person=True)[:2]:
            forms.append(Form("".join(syllables), (int(Kind.PINYIN),), KEY))
    ascii_letters = sum(1 for c in joined if c.isascii() and c.isalpha())
    if (folded.isascii() and ascii_letters >= 3) or has_arabic(folded):
        # Latin typing finds an Urdu name by its consonants; an Urdu or Arabic spelling finds
        # another one with the same consonants (فاطمة, فاطمہ).
        sk = skeleton(folded)
        if len(sk.replace(" ", "")) >= 2:
            forms.append(Form(sk, (int(Kind.SKELETON),), KEY))
    if folded.isascii():
        for form in canonical_forms(words):
            forms.append(Form(" ".join(form), None, VARIANT_RANK))
    seen: set[tuple[str, tuple[int, ...] | None]] = set()
    out = []
    for f in forms:
        if (f.prefix, f.kinds) not in seen:
            seen.add((f.prefix, f.kinds))
            out.append(f)
    return out


def upper_bound(prefix: str) -> str:
    """The smallest text after every text starting with *prefix* (code-point order, as SQLite's
    BINARY and PostgreSQL's "C" collation compare): ``prefix <= key < upper_bound(prefix)``."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return prefix[:-1] + chr(last)


# --- the derived columns ---------------------------------------------------------------------------


def person_column(values: Mapping[str, Any]) -> str:
    return encode(person_keys(values.get("full_name"), values.get("name_native")))


def partner_column(values: Mapping[str, Any]) -> str:
    return encode(
        partner_keys(
            values.get("name_en"), values.get("name_native"), values.get("short_name"), values.get("aliases")
        )
    )


PERSON_SOURCES = ("full_name", "name_native")
PARTNER_SOURCES = ("name_en", "name_native", "short_name", "aliases")


# --- the same record? -------------------------------------------------------------------------------


def identity_keys(*names: str | None) -> set[str]:
    """The whole-name keys two records of the same person (or partner) share whatever the script
    each was typed in: each name folded without spaces ("zhangwei", "张伟", "محمدعلی") and each
    pinyin reading of a Chinese name ("zhangwei"). Spelling variants are left out on purpose: Chan
    and Chen, Wong and Wang are different families. Used by import and sync to find duplicates;
    every such key is also a stored search key, so candidates are looked up in ``search_key`` by
    equality."""
    out: set[str] = set()
    for name in names:
        if not name:
            continue
        folded = fold(name)
        if not folded:
            continue
        words = folded.split()
        out.add("".join(words)[:KEY_LENGTH])
        han = "".join(c for c in folded if is_han(c))
        if han and len(han) == len(folded.replace(" ", "")):
            out.update("".join(s)[:KEY_LENGTH] for s in _readings(han, person=True))
    return out


#: Two-character family names, for writing a name family name first (欧阳小明 -> OUYANG Xiaoming).
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "司徒",
        "夏侯",
        "尉迟",
        "长孙",
        "宇文",
        "公孙",
        "端木",
        "西门",
        "独孤",
        "南宫",
        "呼延",
        "轩辕",
        "歐陽",
        "諸葛",
        "東方",
        "長孫",
        "司空",
        "澹台",
        "公冶",
        "濮阳",
        "申屠",
        "闻人",
    ]
)


def chinese_name_in_latin(han: str) -> tuple[str, str] | None:
    """A Chinese person's name in pinyin as (family name, given name), by the surname table's
    reading of the family name: 张伟 -> ("zhang", "wei"), 欧阳小明 -> ("ouyang", "xiaoming"),
    单田芳 -> ("shan", "tianfang"). None when a character has no reading or *han* is not all Han."""
    han = han.strip()
    if not han or not all(is_han(c) for c in han):
        return None
    readings = _readings(han, person=True)
    if not readings:
        return None
    syllables = readings[0]
    split = 2 if len(han) > 2 and han[:2] in COMPOUND_SURNAMES else _surname_length(han)
    split = min(split, len(han))
    if len(syllables) != len(han):  # a compound reading from the table: keep its own split
        split = min(split, len(syllables))
    return "".join(syllables[:split]), "".join(syllables[split:])
