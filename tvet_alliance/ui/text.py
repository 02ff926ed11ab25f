"""Turning core values and messages into translated display text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from tvet_alliance.domain import values
from tvet_alliance.domain.errors import CONTEXT as VALIDATION_CONTEXT
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


def plain_label(label: str) -> str:
    """A menu label without its mnemonic: "&Import…" and "导入(&I)…" read "Import…" and "导入…"."""
    label = re.sub(r"\s*\(&[^&]\)", "", label)
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


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
