"""Turning core values and messages into translated display text."""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from tvet_alliance.domain import values
from tvet_alliance.domain.errors import DomainError, FieldError
from tvet_alliance.domain.values import ValueKind


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
    return values.enum_text(member, translate)


def language() -> str:
    """The language country and province names are shown in, e.g. zh_CN, ur_PK, en_US."""
    return QLocale().name()


def country_name(code: str | None) -> str:
    return values.country_name(code, language())


def province_name(code: str | None) -> str:
    return values.province_name(code, language())


def show(kind: ValueKind, value: Any, **options: Any) -> str:
    """A value of *kind* as the person reads it, in the UI's language (see :func:`values.display`)."""
    return values.display(kind, value, translate, language=language(), **options)


def show_stored(kind: ValueKind, stored: str | None, **options: Any) -> str:
    """A serialized value (change log, conflict) as the person reads it."""
    return values.display_stored(kind, stored, translate, language=language(), **options)


def format_value(value: Any) -> str:
    """Any value by its Python type (a date, a decimal, an enum member, a yes)."""
    return values.display(ValueKind.TEXT, value, translate, language=language())


def field_error_text(error: FieldError) -> str:
    return error.text(QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """A message for a person: translated for our own errors, the plain text otherwise."""
    if isinstance(exc, DomainError):
        return exc.text(QCoreApplication.translate)
    return str(exc) or type(exc).__name__
