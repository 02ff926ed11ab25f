"""Qt-free marking of translatable text.

Messages made below the UI are English strings marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` extracts them; the UI translates them at display time with
``QCoreApplication.translate(context, text)``. The command line prints the English text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; marks it for extraction into the *context* of the .ts files."""
    del context
    return text
