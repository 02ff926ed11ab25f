"""Rules that values must follow, shared by forms, importers and the flush-time check.

Each checker returns a normalised value or raises :class:`Invalid` with a code and a translatable
message; models collect them into :class:`FieldError` lists so a person sees every problem at once.
"""

from __future__ import annotations

import re
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


def required_text(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise _fail("required", MSG_REQUIRED)
    return text


def optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


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


def phone(value: str | None, region: str | None) -> str | None:
    """Normalise to E.164. Numbers without a + are read as numbers of *region*."""
    text = optional_text(value)
    if text is None:
        return None
    if text in _E164_SEEN:  # a number this function made: it is valid and in E.164 already
        return text
    import phonenumbers  # ~20 ms of metadata: loaded on the first number, not at start-up

    try:
        parsed = phonenumbers.parse(text, region if not text.startswith("+") else None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
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
    if len(_E164_SEEN) >= _E164_SEEN_MAX:
        _E164_SEEN.clear()
    _E164_SEEN.add(result)
    return result


#: Numbers :func:`phone` has returned. An import normalises a number, then the record's validation
#: sees the result again; parsing it a second time was a fifth of the import's time.
_E164_SEEN: set[str] = set()
_E164_SEEN_MAX = 100_000
