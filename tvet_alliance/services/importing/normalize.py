"""Turning the text partners type into our values: dates, decimals, countries, provinces and
choices, in English, Chinese and Urdu. Each parser returns the value or raises :class:`BadValue`
with a translatable message."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import Any

from tvet_alliance.domain import vocabulary
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.spreadsheet import unneutralise
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


class BadValue(CodedError):
    """A cell that does not read as what its column holds."""

    context = "Import"


MSG_DATE = QT_TRANSLATE_NOOP(
    "Import", "{value} is not a date (for example 2024-06-25, 25.06.2024 or 2024年6月25日)."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("Import", "{value} is not a number.")
MSG_COUNTRY = QT_TRANSLATE_NOOP(
    "Import", "{value} is not a country we know (write it in English or Chinese, or as a code like PK)."
)
MSG_COUNTRY_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{value} could be any of these countries: {candidates}. Write one of them, or its code."
)
MSG_PROVINCE = QT_TRANSLATE_NOOP("Import", "{value} is not a province of {country}.")
MSG_PROVINCE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{value} could be any of these provinces of {country}: {candidates}. Write one of them."
)
MSG_CHOICE = QT_TRANSLATE_NOOP("Import", "{value} is not one of: {choices}.")
MSG_CHOICE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{value} could be any of: {candidates}. Write one of them."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Import", "The text is {length} characters long; at most {limit} fit.")


def clean_text(value: str) -> str:
    """A cell as text: our export's ``'`` before a formula character removed, spaces trimmed and
    Unicode in its composed form (an Urdu or Chinese name typed on two systems compares equal)."""
    return unicodedata.normalize("NFC", unneutralise(value).strip())


# --- dates and numbers -----------------------------------------------------------------------------

_CJK_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_TEXT_DATE = re.compile(
    r"^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$|^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$"
)


def parse_date(text: str) -> date:
    """2024-06-25, 2024/6/25, 25.06.2024, 25/06/2024 (day first, as in Pakistan and Europe),
    2024年6月25日, 25 Jun 2024, June 25, 2024, or an Excel day number."""
    value = text.strip()
    try:
        if m := _CJK_DATE.match(value) or _YMD.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(value):
            day, month = int(m[1]), int(m[2])
            if month > 12 and day <= 12:  # 06/25/2024 from a US-set Excel
                day, month = month, day
            return date(int(m[3]), month, day)
        if m := _TEXT_DATE.match(value):
            if m[1]:
                day, month_name, year = int(m[1]), m[2], int(m[3])
            else:
                month_name, day, year = m[4], int(m[5]), int(m[6])
            named = _MONTHS.get(month_name.lower())
            if named:
                return date(year, named, day)
        if value.isdigit() and 20000 < int(value) < 80000:  # an Excel serial day
            return date(1899, 12, 30) + timedelta(days=int(value))
    except ValueError:
        pass
    raise BadValue("date", MSG_DATE, value=value)


def parse_decimal(text: str) -> Decimal:
    """12.5, 12,5 (comma decimals), 1.234,5, 1,234.5 or 1 234,5."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif value.count(",") == 1:
        value = value.replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue("number", MSG_NUMBER, value=text.strip()) from None
    if not number.is_finite():
        raise BadValue("number", MSG_NUMBER, value=text.strip())
    return number


def parse_int(text: str) -> int:
    number = parse_decimal(text)
    if number != number.to_integral_value():
        raise BadValue("number", MSG_NUMBER, value=text.strip())
    return int(number)


# --- countries, provinces and choices: the vocabularies of resources/vocab ------------------------


def _english_list(vocab: str | type[Enum], codes: tuple[str, ...]) -> str:
    """The English labels of *codes* (the command line's and the report's wording)."""
    return ", ".join(vocabulary.label(vocab, code) for code in codes)


@lru_cache(maxsize=4096)
def parse_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code (PK, PAK) or a name in any language we know."""
    try:
        return vocabulary.match(vocabulary.COUNTRY, text).code
    except vocabulary.NoMatch as exc:
        if exc.ambiguous:
            raise BadValue(
                "country", MSG_COUNTRY_AMBIGUOUS, value=text.strip(),
                candidates=_english_list(vocabulary.COUNTRY, exc.candidates), codes=exc.candidates,
            ) from None  # fmt: skip
        raise BadValue("country", MSG_COUNTRY, value=text.strip()) from None


@lru_cache(maxsize=4096)
def parse_province(text: str, country: str | None) -> str:
    """An ISO 3166-2 code from a code (CN-XJ, XJ) or a name in English, Chinese or Urdu, of *country*."""
    if not country:
        raise BadValue("province", MSG_PROVINCE, value=text.strip(), country="?")
    try:
        return vocabulary.match(vocabulary.PROVINCE, text, country=country).code
    except vocabulary.NoMatch as exc:
        if exc.ambiguous:
            raise BadValue(
                "province", MSG_PROVINCE_AMBIGUOUS, value=text.strip(), country=country,
                candidates=_english_list(vocabulary.PROVINCE, exc.candidates), codes=exc.candidates,
            ) from None  # fmt: skip
        raise BadValue("province", MSG_PROVINCE, value=text.strip(), country=country) from None


def parse_choice(enum: type[Enum], text: str) -> Any:
    """The member of *enum* that *text* names: its code, its label in English, Chinese or Urdu, or
    another name of ``resources/vocab/choices.tsv``. The error's ``codes`` are the choices (all of
    them, or the candidates of an ambiguous text) and ``enum`` the enum's name, so that a screen
    lists them in its reader's language."""
    return enum(_choice_code(enum, text))


@lru_cache(maxsize=4096)
def _choice_code(enum: type[Enum], text: str) -> str:
    try:
        return vocabulary.match(enum, text).code
    except vocabulary.NoMatch as exc:
        every = tuple(str(m.value) for m in enum)
        choices = _english_list(enum, every)
        if exc.ambiguous:
            raise BadValue(
                "choice", MSG_CHOICE_AMBIGUOUS, value=text.strip(), choices=choices, enum=enum.__name__,
                candidates=_english_list(enum, exc.candidates), codes=exc.candidates,
            ) from None  # fmt: skip
        raise BadValue(
            "choice", MSG_CHOICE, value=text.strip(), choices=choices, enum=enum.__name__, codes=every
        ) from None


def too_long(text: str, limit: int) -> None:
    if len(text) > limit:
        raise BadValue("too_long", MSG_TOO_LONG, length=len(text), limit=limit)
