"""QR codes drawn with QPainter from segno's module matrix: sharp at any resolution, no image.

:func:`draw_qr` fills one square per dark module, inside a white quiet zone of :data:`QUIET_ZONE`
modules (the standard's four) that is part of the square it is given. The error-correction level
follows the payload's length as pretix does (:func:`error_level`: H up to 32 characters, M up to
128, L above), so a short ticket code survives a scratched badge. :func:`qr_matrix` gives the
modules alone (rows of booleans) for anyone drawing them differently.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

#: Light modules around the symbol, on each side (ISO/IEC 18004 asks for four).
QUIET_ZONE = 4


def error_level(payload: str) -> str:
    """segno's error level for *payload*: ``"h"`` ≤ 32 characters, ``"m"`` ≤ 128, else ``"l"``."""
    length = len(payload)
    if length <= 32:
        return "h"
    if length <= 128:
        return "m"
    return "l"


def qr_matrix(payload: str) -> list[list[bool]]:
    """The symbol's modules, row by row (True = dark), without the quiet zone."""
    code = segno.make_qr(payload, error=error_level(payload), boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def draw_qr(
    painter: QPainter,
    rect: QRectF,
    payload: str,
    *,
    color: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    quiet_zone: int = QUIET_ZONE,
) -> float:
    """Draw the QR code of *payload* as the largest square centred in *rect* (device units), the
    quiet zone included; the size of one module in device units."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * quiet_zone
    side = min(rect.width(), rect.height())
    module = side / count
    left = rect.left() + (rect.width() - side) / 2 + quiet_zone * module
    top = rect.top() + (rect.height() - side) / 2 + quiet_zone * module
    path = QPainterPath()
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            # One rectangle per run of dark modules (rows of a path: no seams between modules).
            path.addRect(QRectF(left + start * module, top + y * module, (x - start) * module, module))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(
        QRectF(rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2, side, side),
        Qt.GlobalColor.white,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    path.setFillRule(Qt.FillRule.WindingFill)
    painter.fillPath(path, QColor(color))
    painter.restore()
    return module
