"""Turning core values and messages into translated display text."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pycountry
from PySide6.QtCore import QCoreApplication

from tvet_alliance.domain.enums import CollaborationArea, LabelledEnum
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


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return translate("Countries", str(getattr(country, "common_name", None) or country.name))


def province_name(code: str | None) -> str:
    """'Chongqing Shi' reads as 'Chongqing', 'Xinjiang Uygur Zizhiqu' as 'Xinjiang'."""
    if not code:
        return ""
    sub = pycountry.subdivisions.get(code=code)
    if sub is None:
        return code
    name = str(sub.name)
    for suffix in _PROVINCE_SUFFIXES:
        name = name.replace(suffix, "")
    return translate("Provinces", name.strip())


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


def field_error_text(error: FieldError) -> str:
    return error.text(QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """A message for a person: translated for our own errors, the plain text otherwise."""
    if isinstance(exc, DomainError):
        return exc.text(QCoreApplication.translate)
    return str(exc) or type(exc).__name__
