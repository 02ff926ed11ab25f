"""Turning core values and messages into translated display text."""

from __future__ import annotations

import functools
import gettext
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale

from tvet_alliance.domain.enums import CollaborationArea, LabelledEnum
from tvet_alliance.domain.errors import CONTEXT as VALIDATION_CONTEXT
from tvet_alliance.domain.errors import DomainError, FieldError

_PROVINCE_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " Uygur", " Huizu", " Zhuangzu")


def is_rtl(value: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Urdu, Arabic)."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def enum_label(member: StrEnum | str | None) -> str:
    if member is None:
        return ""
    if isinstance(member, LabelledEnum):
        return translate("Enum", member.label)
    return str(member)


def area_label(value: str) -> str:
    try:
        return enum_label(CollaborationArea(value))
    except ValueError:
        return value


@functools.cache
def _iso_catalog(domain: str, language: str) -> gettext.NullTranslations:
    """pycountry ships the iso-codes translations of country and province names (gettext catalogs)."""
    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[language, language.split("_")[0]], fallback=True
    )


def _iso_translate(domain: str, name: str) -> str:
    language = QLocale().name()  # e.g. zh_CN, ur_PK, en_US
    if language.startswith("en"):
        return name
    return _iso_catalog(domain, language).gettext(name)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    common = getattr(country, "common_name", None)
    translated = _iso_translate("iso3166-1", str(country.name))
    if translated != country.name:
        return translated
    return str(common or country.name)


def province_name(code: str | None) -> str:
    """'Chongqing Shi' reads as 'Chongqing', 'Xinjiang Uygur Zizhiqu' as 'Xinjiang' (in English)."""
    if not code:
        return ""
    sub = pycountry.subdivisions.get(code=code)
    if sub is None:
        return code
    translated = _iso_translate("iso3166-2", str(sub.name))
    if translated != sub.name:
        return translated
    name = str(sub.name)
    for suffix in _PROVINCE_SUFFIXES:
        name = name.replace(suffix, "")
    return name.strip()


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "Yes") if value else ""
    return str(value)


def fill(template: str, params: Mapping[str, Any], contexts: Sequence[str], fallback: str) -> str:
    """An English *template* from the core in the person's language, its ``{placeholders}`` filled:
    the first of *contexts* that translates it wins. A translation whose placeholders do not fit
    gives the English *fallback* rather than an error."""
    translated = template
    for context in contexts:
        translated = translate(context, template)
        if translated != template:
            break
    if not params:
        return translated
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback


def error_text(problem: BaseException | FieldError) -> str:
    """The one translator of the core's messages: a :class:`DomainError` (and so every
    ``CodedError``: import, export, sync, backup...) or a :class:`FieldError` in the person's
    language, from its own translation context; any other exception as its plain text."""
    if isinstance(problem, FieldError):
        return fill(problem.message, problem.params, (VALIDATION_CONTEXT,), problem.text())
    if isinstance(problem, DomainError):
        return fill(problem.message, problem.params, (problem.context,), problem.text())
    return str(problem) or type(problem).__name__
