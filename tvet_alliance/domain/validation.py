"""Rules that values must follow, shared by forms, importers and the flush-time check.

Each checker returns a normalised value or raises :class:`Invalid` with a code and a translatable
message; models collect them into :class:`FieldError` lists so a person sees every problem at once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pycountry

from tvet_alliance.i18n import QT_TRANSLATE_NOOP

# Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 rejects nothing people type.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass
class Invalid(Exception):
    code: str
    message: str
    params: dict[str, Any]


def _fail(code: str, message: str, **params: Any) -> Invalid:
    return Invalid(code, message, params)


MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
MSG_CONTROL = QT_TRANSLATE_NOOP(
    "Validation",
    "The text contains an invisible control character ({char}), perhaps pasted from another program. "
    "Delete it and type the text again.",
)
MSG_INVISIBLE = QT_TRANSLATE_NOOP(
    "Validation", "This field is required: the text typed in it is only invisible characters."
)
MSG_BIDI = QT_TRANSLATE_NOOP(
    "Validation",
    "The text contains a hidden text-direction control ({char}) that would show it in another order "
    "than it is stored. Delete it: Urdu, Chinese and English text show in the right direction by "
    "themselves.",
)

# --- text rules ------------------------------------------------------------------------------------
#
# Every text field refuses control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F), but
# tab and line breaks, which multi-line fields (notes, addresses) hold. A NUL was stored by SQLite and
# then lost by every export, so what is stored is what a person can see and export.
#
# Bidirectional controls, on purpose: the overrides LRO/RLO (U+202D/U+202E) are refused everywhere:
# they reverse how the text is shown ("Trojan Source" spoofing: a name reads as another) and nothing
# a person types needs them. The embeddings and isolates (U+202A–U+202C, U+2066–U+2069) are kept when
# they pair up (a PDF/PDI closes each one), as word processors write them around Urdu in English
# text; an unpaired one is refused, since it would change the direction of whatever is shown after
# the field (the next column, the rest of an exported line). The marks LRM/RLM/ALM are ordinary.
#
# A required text (a name) must have something visible: one made only of spaces and format
# characters (zero-width space U+200B, joiners, marks, BOM) counts as empty.

_ALLOWED_CONTROLS = frozenset("\t\n\r")
_OVERRIDES = frozenset("\u202d\u202e")
_OPENERS = {
    "\u202a": "\u202c",
    "\u202b": "\u202c",
    "\u2066": "\u2069",
    "\u2067": "\u2069",
    "\u2068": "\u2069",
}
_CLOSERS = frozenset("\u202c\u2069")


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def is_control(ch: str) -> bool:
    """A C0 or C1 control character or DEL (tab and line breaks included)."""
    o = ord(ch)
    return o < 0x20 or 0x7F <= o <= 0x9F


def is_invisible(ch: str) -> bool:
    """White space, a control or a format character (zero-width space, joiners, marks, BOM)."""
    return ch.isspace() or is_control(ch) or unicodedata.category(ch) == "Cf"


def check_text(text: str) -> str:
    """*text* if it holds no refused control character (see the rules above); else :class:`Invalid`."""
    if text.isascii() and text.isprintable():
        return text  # the common case, at C speed
    stack: list[str] = []
    for ch in text:
        if is_control(ch):
            if ch not in _ALLOWED_CONTROLS:
                raise _fail("control", MSG_CONTROL, char=_code(ch))
        elif ch in _OVERRIDES:
            raise _fail("bidi", MSG_BIDI, char=_code(ch))
        elif ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS:
            if not stack or _OPENERS[stack[-1]] != ch:
                raise _fail("bidi", MSG_BIDI, char=_code(ch))
            stack.pop()
    if stack:
        raise _fail("bidi", MSG_BIDI, char=_code(stack[-1]))
    return text


def required_text(value: str | None) -> str:
    text = check_text((value or "").strip())
    if not text:
        raise _fail("required", MSG_REQUIRED)
    if not text.isascii() and all(is_invisible(ch) for ch in text):
        raise _fail("invisible", MSG_INVISIBLE)
    return text


def optional_text(value: str | None) -> str | None:
    text = check_text((value or "").strip())
    if text and not text.isascii() and all(is_invisible(ch) for ch in text):
        return None  # nothing a person could see or search for
    return text or None


# --- search input ----------------------------------------------------------------------------------

#: What a search box reads of its text: the first characters and words. A longer query only costs
#: time (300 words took 20 s on PostgreSQL) or breaks the database's limits (SQLite's expression tree).
SEARCH_MAX_CHARS = 200
SEARCH_MAX_WORDS = 8


def search_words(text: str | None) -> list[str]:
    """The words a search looks for in *text*: control and format characters removed (a NUL, a
    zero-width space pasted with a name), the first :data:`SEARCH_MAX_CHARS` characters, each word
    once (ignoring case), at most :data:`SEARCH_MAX_WORDS`. Every list, picker and export of a list
    searches through this, so they all find the same on SQLite and PostgreSQL."""
    if not text:
        return []
    if not (text.isascii() and text.isprintable()):
        text = "".join(" " if is_control(ch) else ch for ch in text if unicodedata.category(ch) != "Cf")
    words: list[str] = []
    seen: set[str] = set()
    for word in text[:SEARCH_MAX_CHARS].split():
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            words.append(word)
            if len(words) == SEARCH_MAX_WORDS:
                break
    return words


def email(value: str | None) -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    text = text.lower()
    if not _EMAIL_RE.match(text):
        raise _fail(
            "email",
            QT_TRANSLATE_NOOP(
                "Validation", "“{value}” is not an e-mail address (expected name@example.org)."
            ),
            value=text,
        )
    return text


def url(value: str | None) -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    if not _URL_RE.match(text):
        raise _fail(
            "url",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a web address (expected https://…)."),
            value=text,
        )
    return text


def country(value: str | None, *, required: bool = False) -> str | None:
    text = optional_text(value)
    if text is None:
        if required:
            raise _fail("required", MSG_REQUIRED)
        return None
    code = text.upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise _fail(
            "country",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a country code (ISO 3166-1, e.g. CN or PK)."),
            value=text,
        )
    return code


def province(value: str | None, country_code: str | None) -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    code = text.upper()
    sub = pycountry.subdivisions.get(code=code)
    if sub is None:
        raise _fail(
            "province",
            QT_TRANSLATE_NOOP(
                "Validation", "“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ)."
            ),
            value=text,
        )
    if country_code and sub.country_code != country_code:
        raise _fail(
            "province_country",
            QT_TRANSLATE_NOOP("Validation", "Province {value} ({name}) is not in country {country}."),
            value=code,
            name=sub.name,
            country=country_code,
        )
    return code


@functools.lru_cache(maxsize=4096)
def international(number: str) -> str:
    """A stored (E.164) phone number as people write it: "+923219203098" -> "+92 321 9203098"; text
    that is not a number it can read is returned as it is."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


MSG_PHONE_EXCEL = QT_TRANSLATE_NOOP(
    "Validation", "Excel turned this phone number into a number; its last digits are lost."
)
MSG_PHONE_UNASSIGNED = QT_TRANSLATE_NOOP(
    "Validation", "This number is not in a range in use in {country}; check it."
)

#: "8.61426E+12", "9.23E+11", "8,61426E+12": a number Excel showed in scientific notation and saved so.
_EXCEL_RE = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE]\+?\d+$")


def phone(value: str | None, region: str | None) -> str | None:
    """Normalise to E.164. Numbers without a + are read as numbers of *region*. A number of the
    right length for its country (phonenumbers' "possible") is kept even when it is not in a range
    in use (not "valid"): :func:`unassigned` tells which, for a warning. (What is stored is the
    E.164 form, so a stray control character is one more reason for "not a valid number".)"""
    text = (value or "").strip() or None
    if text is None:
        return None
    if text in _E164_SEEN:  # a number this function made: it is possible and in E.164 already
        return text
    if _EXCEL_RE.match(text):
        raise _fail("phone_excel", MSG_PHONE_EXCEL, value=text)
    result = _fast_e164(text, region)
    if result is not None:
        _remember(result, None)
        return result
    import phonenumbers  # ~20 ms of metadata: loaded on the first number, not at start-up

    try:
        parsed = phonenumbers.parse(text, region if not text.startswith("+") else None)
    except phonenumbers.NumberParseException:
        parsed = None
    valid = parsed is not None and phonenumbers.is_valid_number(parsed)
    possible = valid or (
        parsed is not None
        and phonenumbers.is_possible_number_with_reason(parsed) == phonenumbers.ValidationResult.IS_POSSIBLE
    )
    if parsed is None or not possible:
        if not text.startswith("+") and not region:
            raise _fail(
                "phone_region",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” needs a country: start it with + and the country code."
                ),
                value=text,
            )
        raise _fail(
            "phone",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a valid phone number for {region}."),
            value=text,
            region=region or "+",
        )
    result = str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    country = None if valid else str(phonenumbers.region_code_for_country_code(parsed.country_code or 0))
    _remember(result, country)
    return result


def unassigned(number: str | None) -> Invalid | None:
    """For a number :func:`phone` returned (E.164): the warning to show when it is of the right
    length but not in a range in use in its country (a typo, or a range opened after the metadata),
    else None. It is a warning, not an error: the number is stored."""
    if not number:
        return None
    if number in _E164_SEEN:
        country = _E164_SEEN[number]
    else:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(parsed):
            return None
        country = str(phonenumbers.region_code_for_country_code(parsed.country_code or 0))
    if country is None:
        return None
    return _fail("phone_unassigned", MSG_PHONE_UNASSIGNED, value=number, country=country)


def _remember(number: str, unassigned_in: str | None) -> None:
    if len(_E164_SEEN) >= _E164_SEEN_MAX:
        _E164_SEEN.clear()
    _E164_SEEN[number] = unassigned_in


#: Numbers :func:`phone` has returned, each with the country whose ranges it is not in (None: it is
#: in a range in use). An import normalises a number, then the record's validation sees the result
#: again; parsing it a second time was a fifth of the import's time.
_E164_SEEN: dict[str, str | None] = {}
_E164_SEEN_MAX = 20_000

# --- the fast path: a region's patterns, compiled once ----------------------------------------------
#
# phonenumbers.parse + is_valid_number cost ~40 µs a number, most of an import's validation. For the
# common case — digits (with spaces or dashes) of a country whose calling code is its own, no
# carrier code or international prefix in front — the number is read here with the region's
# metadata patterns: the national prefix stripped, then the whole national number matched against
# the general pattern and the fixed-line or mobile pattern, with their lengths. Only a number found
# valid that way takes this path; everything else (another type, a possible-only number, anything
# unusual) goes through the full parser, so the result is always the parser's.
# tests/core/test_import_phones.py holds both paths equal on many generated numbers.

_FAST_TEXT = re.compile(r"^\+?[0-9][0-9 \-]*$")


@dataclass(frozen=True)
class _Rules:
    country_code: str
    national_prefix: str | None
    prefix_for_parsing: re.Pattern[str] | None
    international_prefix: re.Pattern[str] | None
    general: tuple[frozenset[int], re.Pattern[str]]
    types: tuple[tuple[frozenset[int], re.Pattern[str]], ...]


def _desc(desc: Any, general: Any) -> tuple[frozenset[int], re.Pattern[str]] | None:
    if desc is None or desc.national_number_pattern is None:
        return None
    lengths = desc.possible_length or general.possible_length
    return frozenset(lengths), re.compile(f"(?:{desc.national_number_pattern})")


@functools.lru_cache(maxsize=512)
def _rules(region: str) -> _Rules | None:
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    md = PhoneMetadata.metadata_for_region(region.upper())
    if md is None or md.national_prefix_transform_rule:
        return None
    if len(phonenumbers.region_codes_for_country_code(md.country_code or 0)) != 1:
        return None  # +1, +7, +44…: which country a number is in needs the full parser
    general = _desc(md.general_desc, md.general_desc)
    types = tuple(d for d in (_desc(md.mobile, md.general_desc), _desc(md.fixed_line, md.general_desc)) if d)
    if general is None or not types:
        return None
    return _Rules(
        str(md.country_code),
        md.national_prefix,
        re.compile(md.national_prefix_for_parsing) if md.national_prefix_for_parsing else None,
        re.compile(md.international_prefix) if md.international_prefix else None,
        general,
        types,
    )


@functools.lru_cache(maxsize=1)
def _calling_codes() -> dict[str, str | None]:
    """Calling code → its one region, or None when several countries share it (+1, +7, +44…)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return {
        str(cc): regions[0] if len(regions) == 1 else None
        for cc, regions in COUNTRY_CODE_TO_REGION_CODE.items()
    }


def _matches(national: str, desc: tuple[frozenset[int], re.Pattern[str]]) -> bool:
    return len(national) in desc[0] and desc[1].fullmatch(national) is not None


def _fast_e164(text: str, region: str | None) -> str | None:
    """*text* in E.164 when the region's patterns show it valid (see above), else None."""
    if not _FAST_TEXT.match(text):
        return None
    digits = text.replace(" ", "").replace("-", "")
    if digits.startswith("+"):
        digits = digits[1:]
        codes = _calling_codes()
        size = next((size for size in (1, 2, 3) if digits[:size] in codes), 0)
        region = codes.get(digits[:size]) if size else None
        if region is None:
            return None
        digits = digits[size:]
        rules = _rules(region)
    else:
        if not region:
            return None
        rules = _rules(region)
        if rules is None or (rules.international_prefix and rules.international_prefix.match(digits)):
            return None
    if rules is None:
        return None
    national = digits
    if rules.prefix_for_parsing is not None and (m := rules.prefix_for_parsing.match(digits)):
        if m.group(0) != rules.national_prefix or any(m.groups()):
            return None  # a carrier code or another prefix: the full parser
        national = digits[len(m.group(0)) :]
    if not national or national[0] == "0" or not _matches(national, rules.general):
        return None
    if not any(_matches(national, desc) for desc in rules.types):
        return None
    return f"+{rules.country_code}{national}"
