"""Turning core values and messages into translated display text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QGuiApplication

from tvet_alliance import i18n
from tvet_alliance.domain import values
from tvet_alliance.domain.errors import CONTEXT as VALIDATION_CONTEXT
from tvet_alliance.domain.errors import DomainError, FieldError, ValidationFailed
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


def is_rtl(value: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Urdu, Arabic)."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def readable_name(english: str | None, native: str | None) -> str:
    """The name a reader of the window's language reads: the native name when it is in that
    language's script (Chinese characters for Chinese, right-to-left letters for Urdu), otherwise
    the English one. A Pakistani college's Urdu name is no help to a Chinese reader."""
    if native:
        code = language().split("_")[0]
        if code == "zh" and any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in native):
            return native
        if code == "ur" and is_rtl(native):
            return native
    return english or native or ""


_LRM, _RLM = "\u200e", "\u200f"


def isolated(name: str) -> str:
    """*name* as a unit of its own in a sentence (Unicode first-strong isolate): "Yasir Mehmood
    یاسر محمود" followed by ": 2" then reads name, then mark, instead of the Urdu run taking the
    ": 2" after it into its right-to-left order ("2 :یاسر محمود")."""
    return f"\u2068{name}\u2069" if name else name


def directed(message: str) -> str:
    """*message* with each paragraph in the window's direction when it is a sentence of the
    window's language that merely starts with a name in another script ("Allama Iqbal Open
    University حذف کریں؟" reads right to left in the Urdu window, "علامہ اقبال … was changed" left to
    right in the English one). A paragraph with no letter of the window's direction (an English
    message in the Urdu window) keeps its own direction."""
    rtl = QCoreApplication.instance() is not None and QGuiApplication.isRightToLeft()
    mark, own = (_RLM, ("R", "AL")) if rtl else (_LRM, ("L",))
    lines = []
    for line in message.split("\n"):
        kinds = [unicodedata.bidirectional(ch) for ch in line]
        first = next((k for k in kinds if k in ("L", "R", "AL")), None)
        if first is not None and first not in own and any(k in own for k in kinds):
            line = mark + line
        lines.append(line)
    return "\n".join(lines)


def plain_label(label: str) -> str:
    """A menu label without its mnemonic: "&Import…" and "导入(&I)…" read "Import…" and "导入…"."""
    label = re.sub(r"\s*\(&[^&]\)", "", label)
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class EnglishPlurals(QTranslator):
    """The English singular of counted texts: the code says ``self.tr("%n people", "", n)`` and
    ``resources/translations/tvet_alliance_en.ts`` (made by ``lupdate -pluralonly``) holds "%n person"
    and "%n people". Read from the .ts itself, so English needs no compiled file; installed first, it
    answers only what the person's language left untranslated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's "not here" (a null string); "" would be taken as the translation.
        if n < 0:
            return None
        forms = i18n.plural_forms("en", context, source)
        if not forms:
            return None
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]

    def isEmpty(self) -> bool:
        return False


_MNEMONIC = re.compile(r"&([^&\s])")


def latin_mnemonic(source: str, translated: str) -> str:
    """*translated* with the access key of *source* when its own is a letter no Latin keyboard
    types ("&مقابلہ:" for "&Competition:" becomes "مقابلہ: (&C)", as the Chinese "竞赛(&C)："): Alt
    and the English letter then work in every language."""
    mine, english = _MNEMONIC.search(translated), _MNEMONIC.search(source)
    if mine is None or english is None or mine.group(1).isascii() or not english.group(1).isascii():
        return translated
    plain = translated[: mine.start()] + translated[mine.start() + 1 :]
    return f"{plain.rstrip()} (&{english.group(1).upper()})"


class LatinMnemonics(QTranslator):
    """The language's translator, with :func:`latin_mnemonic` applied to what it answers."""

    def __init__(self, inner: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self.inner.translate(context, source, disambiguation, n)
        if not found:
            return None
        return latin_mnemonic(source, found) if "&" in source else found

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def enum_label(member: StrEnum | str | None) -> str:
    return values.enum_text(member, translate)


def language() -> str:
    """The language country and province names are shown in, e.g. zh_CN, ur_PK, en_US."""
    return QLocale().name()


#: The languages the window speaks: (setting, name in that language).
LANGUAGES: tuple[tuple[str, str], ...] = (("en_US", "English"), ("zh_CN", "简体中文"), ("ur", "اردو"))


def current_language() -> str:
    """Which of :data:`LANGUAGES` the window shows now (English when it shows none of them)."""
    name = language()
    for code, _label in LANGUAGES:
        if name.split("_")[0] == code.split("_")[0]:
            return code
    return LANGUAGES[0][0]


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
    if isinstance(problem, ValidationFailed):
        # Each field's problem in the person's language, after the field's label ("Score"), not
        # the English "Entry.score: ..." the exception's own text holds for logs.
        details = "; ".join(_field_problem(e) for e in problem.errors)
        return fill(problem.message, {"details": details}, (problem.context,), problem.text())
    if isinstance(problem, DomainError):
        return fill(problem.message, problem.params, (problem.context,), problem.text())
    return str(problem) or type(problem).__name__


MSG_FIELD_PROBLEM = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")


def _field_problem(problem: FieldError) -> str:
    from tvet_alliance.domain import catalog

    record = next((r for r in catalog.RECORDS.values() if r.model.__name__ == problem.entity), None)
    found = catalog.field_of_column(record, problem.field) if record is not None else None
    said = error_text(problem)
    if found is None:
        return said
    label = plain_label(translate("Fields", found.label))
    return fill(MSG_FIELD_PROBLEM, {"field": label, "problem": said}, ("Errors",), f"{label}: {said}")


def index_of(box: Any, value: object, role: int = 256) -> int:  # 256: Qt.ItemDataRole.UserRole
    """The index of the item whose data equals *value* (Python equality), or -1. ``findData`` does
    not do for ids: a uuid read again from the database is another Python object, which the
    QVariant comparison takes as different — the page fell back to the first track after every
    save of a scheme, and a judge marked the wrong track."""
    return next((i for i in range(box.count()) if box.itemData(i, role) == value), -1)
