"""Controlled values as data: the choices of the catalog's enums, countries and provinces, each known
by its code, its label in English, Chinese and Urdu, and the other names partners write for it.

The data is ``resources/vocab/*.tsv`` (its README says how to extend it): one line per code, or
several lines for one code whose names add up. Countries and provinces start from pycountry (ISO
3166 names, official and common names, the iso-codes translations); the data files add to it and
their labels come first. Pure Python: no Qt, no database. Loaded lazily, once.

Matching (:func:`match`) reads a text the way a person would:

1. a **code** (``PK``, ``PAK``, ``CN-XJ``, ``XJ`` given the country, ``in_person``);
2. **exact**: the text equals one of an entry's names once normalised (:func:`normalise`: width,
   case, accents, punctuation, spaces) — with or without the vocabulary's suffixes (省 / 市 / 自治区 /
   Zizhiqu / Province for places, 单位 / 机构 / institution / organisation for choices);
3. **token**: every word of the text is among one entry's words, or every word of an entry among
   the text's ("government department" → government; a Chinese name inside the text: 新疆维吾尔族
   → 新疆);
4. **fuzzy**: rapidfuzz's ratio at least :data:`FUZZY_THRESHOLD` against a name of four or more
   letters (never for Chinese, where one character changes the meaning).

Each step is accepted only when it points to exactly one code; several codes raise
:class:`NoMatch` with the ``candidates``, so an ambiguous text is refused, never guessed.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from tvet_alliance.domain.search_keys import fold, has_han, is_han

__all__ = [
    "FUZZY_THRESHOLD",
    "Match",
    "NoMatch",
    "Vocabularies",
    "default",
    "label",
    "labels",
    "match",
    "normalise",
    "vocab_dir",
]

#: A fuzzy match needs at least this rapidfuzz ``fuzz.ratio`` (0-100) against a name: "Baluchistan"
#: (91 against Balochistan) and "Goverment" (95) pass, "Chnia" (80) does not. Every name at or
#: above it must belong to one code: "Shanxii" is near both Shanxi and Shaanxi, and refused.
FUZZY_THRESHOLD = 85.0
#: Names shorter than this (Latin or Urdu letters) are matched exactly only ("m", "kp", "-").
SHORT = 3
#: Words that never tell two entries apart.
STOPWORDS = frozenset({"of", "the", "and", "و"})

COUNTRY = "country"
PROVINCE = "province"
#: The suffix file's word for "every enum's choices".
CHOICES = "choices"
#: The languages of the label columns; a reader's ``zh_CN`` / ``zh`` / ``ur_PK`` falls on these.
LANGUAGES = ("en", "zh_CN", "ur")
#: iso-codes translations whose names are read as names too (a partner writes 巴基斯坦 or پاکستان).
ISO_LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "ur")
#: What pycountry's English province names end with, left out of the English label.
_ISO_PROVINCE_WORDS = (" Sheng", " Shi", " Zizhiqu", " Uygur", " Huizu", " Zhuangzu")


@dataclass(frozen=True)
class Match:
    code: str
    how: str  # "code", "exact", "token" or "fuzzy"


class NoMatch(LookupError):
    """No code, or several (``candidates``, in the vocabulary's order), for the text."""

    def __init__(self, vocabulary: str, text: str, candidates: Iterable[str] = ()) -> None:
        self.vocabulary = vocabulary
        self.text = text
        self.candidates = tuple(candidates)
        super().__init__(f"{text!r} in {vocabulary}: " + (", ".join(self.candidates) or "no match"))

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def vocab_dir() -> Path:
    from tvet_alliance.paths import resources_dir

    return resources_dir() / "vocab"


# --- normalising -----------------------------------------------------------------------------------

_DOTTED = re.compile(r"(?<=\w)[.'’](?=\w)")  # N.W.F.P., People's: one word


def normalise(text: str) -> str:
    """*text* reduced for comparison: NFKC (full-width letters and digits), case, Latin accents,
    Arabic-keyboard letters, punctuation and spaces as :func:`search_keys.fold` does, dotted
    abbreviations and apostrophes joined ("N.W.F.P." = "NWFP"), underscores as spaces. A text made
    only of punctuation ("-") keeps its characters."""
    nfkc = unicodedata.normalize("NFKC", text).strip()
    folded = fold(_DOTTED.sub("", nfkc).replace("_", " "))
    return folded or " ".join(nfkc.casefold().split())


def _cjk(text: str) -> bool:
    return has_han(text)


def _all_cjk(text: str) -> bool:
    return bool(text) and all(is_han(ch) for ch in text)


@dataclass(frozen=True)
class Affix:
    text: str  # normalised
    at_start: bool

    def strip(self, value: str) -> str:
        t = self.text
        if _all_cjk(t):
            if self.at_start and value.startswith(t) and len(value) > len(t):
                return value[len(t) :].strip()
            if not self.at_start and value.endswith(t) and len(value) > len(t):
                return value[: -len(t)].strip()
            return value
        if self.at_start and value.startswith(t + " "):
            return value[len(t) + 1 :]
        if not self.at_start and value.endswith(" " + t):
            return value[: -len(t) - 1]
        return value


def strip_affixes(value: str, affixes: tuple[Affix, ...]) -> str:
    """*value* (normalised) without the affixes, longest first, as long as something is left."""
    changed = True
    while changed:
        changed = False
        for affix in affixes:
            stripped = affix.strip(value)
            if stripped != value and stripped:
                value, changed = stripped, True
                break
    return value


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split() if w not in STOPWORDS)


# --- the data --------------------------------------------------------------------------------------


@dataclass
class Entry:
    code: str
    labels: dict[str, str] = field(default_factory=dict)  # language -> label
    names: list[str] = field(default_factory=list)  # every other name, as written


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if any((v or "").strip() for v in row.values()):
                yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _split_names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


class Index:
    """The match index of one vocabulary (one enum, the countries, one country's provinces)."""

    def __init__(self, name: str, entries: dict[str, Entry], affixes: tuple[Affix, ...],
                 codes: dict[str, str]) -> None:  # fmt: skip
        self.name = name
        self.order = {code: i for i, code in enumerate(entries)}
        self.codes = codes  # normalised code -> code
        self.affixes = affixes
        exact: dict[str, set[str]] = {}
        words: list[tuple[frozenset[str], str]] = []
        chinese: list[tuple[str, str]] = []
        fuzzy: dict[str, set[str]] = {}
        for entry in entries.values():
            for written in (*entry.labels.values(), *entry.names):
                full = normalise(written)
                if not full:
                    continue
                bare = strip_affixes(full, affixes)
                for form in {full, bare}:
                    exact.setdefault(form, set()).add(entry.code)
                if _all_cjk(bare.replace(" ", "")):
                    if len(bare) >= 2:
                        chinese.append((bare.replace(" ", ""), entry.code))
                    continue
                if len(bare) >= SHORT and (ws := _words(bare)):
                    words.append((ws, entry.code))
                if len(bare) >= 4:
                    fuzzy.setdefault(bare, set()).add(entry.code)
        self.exact = exact
        self.words = words
        self.chinese = chinese
        self.fuzzy = fuzzy
        self.fuzzy_names = list(fuzzy)

    def _sorted(self, codes: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(codes), key=lambda c: self.order.get(c, len(self.order))))

    def _one(self, codes: Iterable[str], how: str, text: str) -> Match | None:
        found = self._sorted(codes)
        if len(found) == 1:
            return Match(found[0], how)
        if found:
            raise NoMatch(self.name, text, found)
        return None

    def match(self, text: str) -> Match:
        value = normalise(text)
        if not value:
            raise NoMatch(self.name, text)
        code = self.codes.get(value.replace(" ", "")) or self.codes.get(value)
        if code is not None:
            return Match(code, "code")
        bare = strip_affixes(value, self.affixes)
        found = self._one(self.exact.get(value, set()) or self.exact.get(bare, set()), "exact", text)
        if found is None:
            found = self._token(bare, text)
        if found is None:
            found = self._fuzzy(bare, text)
        if found is None:
            raise NoMatch(self.name, text)
        return found

    def _token(self, bare: str, text: str) -> Match | None:
        hits: list[tuple[frozenset[str], str]] = []
        joined = bare.replace(" ", "")
        if _cjk(joined):
            for name, code in self.chinese:
                if name in joined or (len(joined) >= 2 and joined in name):
                    hits.append((frozenset({name}), code))
        words = _words(bare)
        if words and not _all_cjk(joined):
            same = [code for ws, code in self.words if ws == words]
            if found := self._one(same, "token", text):
                return found
            hits += [(ws, code) for ws, code in self.words if ws <= words or words <= ws]
        # a name inside a longer name that matched too does not count (理事长 inside 副理事长)
        kept = [
            (ws, code)
            for ws, code in hits
            if not any(code != other_code and _inside(ws, other) for other, other_code in hits)
        ]
        return self._one((code for _, code in kept), "token", text)

    def _fuzzy(self, bare: str, text: str) -> Match | None:
        if _cjk(bare) or len(bare) < 4 or not self.fuzzy_names:
            return None
        from rapidfuzz import fuzz, process

        near = process.extract(
            bare, self.fuzzy_names, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None
        )
        return self._one((code for name, _, _ in near for code in self.fuzzy[name]), "fuzzy", text)


def _inside(small: frozenset[str], big: frozenset[str]) -> bool:
    """*small* is a strictly smaller part of *big*: fewer words, or a Chinese name inside a longer one."""
    if small < big:
        return True
    if len(small) == 1 and len(big) == 1:
        (s,), (b,) = small, big
        return s != b and _all_cjk(s) and s in b
    return False


class Vocabularies:
    """Every vocabulary read from one data directory (the app's, or a maintainer's copy in a test)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._rows: dict[str, dict[str, Entry]] | None = None
        self._affixes: dict[str, list[Affix]] | None = None

    # the data files
    def rows(self) -> dict[str, dict[str, Entry]]:
        """vocabulary name -> code -> entry, from every ``*.tsv`` but the suffixes."""
        if self._rows is None:
            rows: dict[str, dict[str, Entry]] = {}
            for path in sorted(self.directory.glob("*.tsv")):
                if path.name == "suffixes.tsv":
                    continue
                for row in _read_tsv(path):
                    name, code = row.get("vocabulary", ""), row.get("code", "")
                    if not name or not code:
                        continue
                    entry = rows.setdefault(name, {}).setdefault(code, Entry(code))
                    for language in LANGUAGES:
                        if row.get(language) and language not in entry.labels:
                            entry.labels[language] = row[language]
                    entry.names.extend(_split_names(row.get("names", "")))
            self._rows = rows
        return self._rows

    def affixes(self, name: str) -> tuple[Affix, ...]:
        """The suffixes (and prefixes) of vocabulary *name*: its own and, for an enum, "choices"."""
        if self._affixes is None:
            found: dict[str, list[Affix]] = {}
            path = self.directory / "suffixes.tsv"
            if path.is_file():
                for row in _read_tsv(path):
                    text = normalise(row.get("suffix", ""))
                    if text:
                        affix = Affix(text, row.get("at", "end") == "start")
                        found.setdefault(row.get("vocabulary", ""), []).append(affix)
            self._affixes = found
        groups = (name,) if name in (COUNTRY, PROVINCE) else (name, CHOICES)
        chosen = [a for g in groups for a in self._affixes.get(g, [])]
        return tuple(sorted(set(chosen), key=lambda a: -len(a.text)))

    # the vocabularies
    @functools.cache  # noqa: B019 - one Vocabularies per data directory, kept for the program's life
    def index(self, name: str, country: str | None = None) -> Index:
        if name == COUNTRY:
            return self._countries()
        if name == PROVINCE:
            return self._provinces(country or "")
        entries = {code: _copy(e) for code, e in self.rows().get(name, {}).items()}
        enum = _enum(name)
        if enum is not None:
            entries = {str(m.value): entries.get(str(m.value)) or Entry(str(m.value)) for m in enum}
            for member in enum:
                e = entries[str(member.value)]
                e.labels.setdefault("en", str(getattr(member, "label", member.value)))
                e.names.append(str(member.value))
        codes = {normalise(c).replace(" ", ""): c for c in entries}
        return Index(name, entries, self.affixes(name), codes)

    def _countries(self) -> Index:
        import pycountry

        own = self.rows().get(COUNTRY, {})
        entries: dict[str, Entry] = {}
        codes: dict[str, str] = {}
        for c in pycountry.countries:
            code = str(c.alpha_2)
            entry = _copy(own[code]) if code in own else Entry(code)
            iso = [
                str(getattr(c, a)) for a in ("name", "official_name", "common_name") if getattr(c, a, None)
            ]
            entry.names.extend(iso)
            for language in ISO_LANGUAGES:
                entry.names.extend(_iso_translate("iso3166-1", n, language) for n in iso)
            entries[code] = entry
            codes[code.casefold()] = code
            codes[str(c.alpha_3).casefold()] = code
        return Index(COUNTRY, entries, self.affixes(COUNTRY), codes)

    def _provinces(self, country: str) -> Index:
        import pycountry

        own = self.rows().get(PROVINCE, {})
        entries: dict[str, Entry] = {}
        codes: dict[str, str] = {}
        for s in pycountry.subdivisions.get(country_code=country) or []:
            code = str(s.code)
            entry = _copy(own[code]) if code in own else Entry(code)
            entry.names.append(str(s.name))
            for language in ISO_LANGUAGES:
                entry.names.append(_iso_translate("iso3166-2", str(s.name), language))
            entries[code] = entry
            codes[code.casefold().replace("-", "")] = code
            codes[code.split("-", 1)[1].casefold()] = code
        return Index(f"{PROVINCE} {country}", entries, self.affixes(PROVINCE), codes)

    # labels
    def label(self, name: str, code: str, language: str = "en") -> str:
        """*code*'s label in *language* (``zh_CN``, ``ur_PK``, ``en_US``): the data's, else for a
        place the iso-codes translation, else the English name; an unknown code as given."""
        return _label(self, name, code, _language(language))

    def labels(self, name: str, language: str = "en") -> list[tuple[str, str]]:
        """(code, label in *language*) of every choice of an enum vocabulary, in the enum's order."""
        enum = _enum(name)
        codes = [str(m.value) for m in enum] if enum is not None else list(self.rows().get(name, {}))
        return [(code, self.label(name, code, language)) for code in codes]


def _copy(entry: Entry) -> Entry:
    return Entry(entry.code, dict(entry.labels), list(entry.names))


def _language(language: str) -> str:
    lower = (language or "en").lower()
    if lower.startswith("zh"):
        return "zh_CN"
    if lower.startswith("ur"):
        return "ur"
    return "en"


@functools.lru_cache(maxsize=8192)
def _label(vocab: Vocabularies, name: str, code: str, language: str) -> str:
    entry = vocab.rows().get(name, {}).get(code)
    own = entry.labels.get(language) if entry else None
    if own:
        return own
    if name == COUNTRY:
        return _country_label(code, language)
    if name == PROVINCE:
        return _province_label(code, language)
    enum = _enum(name)
    if enum is not None:
        try:
            return str(getattr(enum(code), "label", code))
        except ValueError:
            return code
    return code


def _country_label(code: str, language: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    if language != "en":
        translated = _iso_translate("iso3166-1", str(country.name), language)
        if translated != country.name:
            return translated
    return str(getattr(country, "common_name", None) or country.name)


def _province_label(code: str, language: str) -> str:
    import pycountry

    sub = pycountry.subdivisions.get(code=code)
    if sub is None:
        return code
    if language != "en":
        translated = _iso_translate("iso3166-2", str(sub.name), language)
        if translated != sub.name:
            return translated
    english = str(sub.name)
    for word in _ISO_PROVINCE_WORDS:
        english = english.replace(word, "")
    return english.strip()


@functools.cache
def _iso_catalog(domain: str, language: str) -> Any:
    """pycountry ships the iso-codes translations of country and province names (gettext catalogs)."""
    import gettext

    import pycountry

    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[language, language.split("_")[0]], fallback=True
    )


def _iso_translate(domain: str, name: str, language: str) -> str:
    return str(_iso_catalog(domain, language).gettext(name))


@functools.cache
def _enums() -> dict[str, type[Enum]]:
    from tvet_alliance.domain import enums

    return {
        name: value
        for name, value in vars(enums).items()
        if isinstance(value, type) and issubclass(value, Enum) and value is not Enum
    }


def _enum(name: str) -> type[Enum] | None:
    return _enums().get(name)


def _name_of(vocabulary: str | type[Enum]) -> str:
    return vocabulary if isinstance(vocabulary, str) else vocabulary.__name__


# --- the program's vocabularies ----------------------------------------------------------------------


@functools.cache
def default() -> Vocabularies:
    """The vocabularies of ``resources/vocab``, read once."""
    return Vocabularies(vocab_dir())


@functools.lru_cache(maxsize=16384)
def _outcome(name: str, text: str, country: str | None) -> Match | NoMatch:
    """The match or the refusal, kept: a file repeating a refused value is not searched again."""
    try:
        return default().index(name, country).match(text)
    except NoMatch as exc:
        return exc


def match(vocabulary: str | type[Enum], text: str, *, country: str | None = None) -> Match:
    """The one code *text* names in *vocabulary* (an enum, "country", or "province" with the ISO
    *country*), and how it was found. Raises :class:`NoMatch` (with the candidates when several)."""
    name = _name_of(vocabulary)
    found = _outcome(name, text, country if name == PROVINCE else None)
    if isinstance(found, NoMatch):
        raise NoMatch(found.vocabulary, found.text, found.candidates)
    return found


def label(vocabulary: str | type[Enum], code: str, language: str = "en") -> str:
    return default().label(_name_of(vocabulary), code, language)


def labels(vocabulary: str | type[Enum], language: str = "en") -> list[tuple[str, str]]:
    return default().labels(_name_of(vocabulary), language)
