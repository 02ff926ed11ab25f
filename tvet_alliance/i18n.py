"""Qt-free marking and lookup of translatable text.

Messages made below the UI are English strings marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` extracts them; the UI translates them at display time with
``QCoreApplication.translate(context, text)``. The command line prints the English text.

Where the core itself needs a translation (the Chinese names in a bilingual export's header), it
reads the Qt Linguist source (``resources/translations/tvet_alliance_<language>.ts``, plain XML and
the source of truth) with :func:`translation`, without Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; marks it for extraction into the *context* of the .ts files."""
    del context
    return text


def ts_path(language: str) -> Path:
    from tvet_alliance.paths import resources_dir

    return resources_dir() / "translations" / f"tvet_alliance_{language}.ts"


@functools.cache
def _messages(language: str) -> dict[tuple[str, str], str]:
    """(context, English) -> finished translation, read once from the language's .ts file."""
    import xml.etree.ElementTree as ET

    path = ts_path(language)
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                continue
            out[(name, source)] = translation.text
    return out


@functools.cache
def _numerus(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, English) -> the finished plural forms of a counted text ("%n people")."""
    import xml.etree.ElementTree as ET

    path = ts_path(language)
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if message.get("numerus") != "yes" or source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                out[(name, source)] = forms
    return out


def plural_forms(language: str, context: str, text: str) -> tuple[str, ...] | None:
    """The finished plural forms of the counted *text* (with ``%n``) in the *language* .ts file."""
    return _numerus(language).get((context, text))


def translation(language: str, context: str, text: str) -> str | None:
    """The finished translation of *text* in *context* from the *language* .ts file, or None."""
    return _messages(language).get((context, text))


def translator(language: str) -> Callable[[str, str], str]:
    """A ``translate(context, text)`` callable reading the .ts file: the English text where no
    translation is finished."""

    def translate(context: str, text: str) -> str:
        return translation(language, context, text) or text

    return translate
