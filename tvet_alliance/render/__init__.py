"""Qt rendering without widgets: QtGui and QtCore only (PDF pages, QR codes, images, colours).

The window (``ui``) uses it; the core (``domain``, ``persistence``, ``services``) never imports it,
and it never imports ``ui`` (import-linter contracts in pyproject.toml, and
tests/core/test_architecture.py for "QtGui and QtCore only"). Printing runs here, off the GUI thread.
"""
