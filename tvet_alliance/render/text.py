"""Text in a rectangle: in its own direction, shaped, shrunk to fit, elided as the last resort.

:func:`draw_text` is how every printed text is drawn. It picks the font by the text's script
(:func:`tvet_alliance.render.fonts.font_for`), lays the text out with ``QTextLayout`` on the
painter's own device (so sizes in points are right at any resolution), in the text's paragraph
direction (an Urdu name reads right to left, also when it starts with Latin letters of a title), and
places it by *align* (absolute: left, centre or right of the rectangle; :data:`START` puts it at its
own reading start) and vertically centred. When it does not fit — wider than the rectangle on one
line, or more than *max_lines* lines — the size shrinks step by step down to *min_size*; only then is
the text cut with an ellipsis. :func:`fit_text` does the measuring alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from tvet_alliance.render.fonts import font_for, is_right_to_left
from tvet_alliance.render.pdf import Canvas


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    #: Where the text's own reading starts: left for Latin and Chinese, right for Urdu.
    START = "start"


LEFT, CENTER, RIGHT, START = Align.LEFT, Align.CENTER, Align.RIGHT, Align.START
_STEP = 0.92  # each shrink step keeps this share of the size


@dataclass(frozen=True)
class Fitted:
    """How a text fits: the size used (points), whether it had to be cut, its lines and height."""

    size: float
    elided: bool
    text: str
    font: QFont
    lines: int
    height: float


def _option(text: str, align: Align, wrap: bool) -> QTextOption:
    rtl = is_right_to_left(text)
    horizontal = {
        Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
        Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
        Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
        Align.START: Qt.AlignmentFlag.AlignLeading,
    }[align]
    option = QTextOption(horizontal)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    return option


def _layout(
    text: str, font: QFont, width: float, device: QPaintDevice, option: QTextOption
) -> tuple[QTextLayout, float, float]:
    """The text laid out in lines of *width*; (layout, height, widest natural line)."""
    layout = QTextLayout(text, font, device)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return layout, y, widest


def fit_text(
    canvas: Canvas,
    rect: QRectF,
    text: str,
    size: float,
    *,
    bold: bool = False,
    compact: bool = False,
    max_lines: int = 1,
    min_size: float | None = None,
    font: QFont | None = None,
) -> Fitted:
    """The size (and, at the smallest, the cut text) that fits *text* in *rect*; see :func:`draw_text`."""
    smallest = min_size if min_size is not None else max(5.0, size * 0.45)
    option = _option(text, Align.START, max_lines > 1)
    current = size
    while True:
        chosen = QFont(font) if font is not None else font_for(text, current, bold=bold, compact=compact)
        chosen.setPointSizeF(current)
        layout, height, widest = _layout(text, chosen, rect.width(), canvas.device, option)
        lines = layout.lineCount()
        if lines <= max_lines and widest <= rect.width() + 0.01 and height <= rect.height() + 0.01:
            return Fitted(current, False, text, chosen, lines, height)
        if current <= smallest:
            break
        current = max(smallest, current * _STEP)
    # Still too big at the smallest size: keep the lines that fit, cut the last one.
    metrics = QFontMetricsF(chosen, canvas.device)
    line_height = metrics.lineSpacing()
    room = max(1, min(max_lines, int((rect.height() + 0.01) // line_height) if line_height else 1))
    if max_lines == 1 or room == 1:
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    else:
        last = layout.lineAt(room - 1)
        head = text[: last.textStart()]
        cut = head + metrics.elidedText(text[last.textStart() :], Qt.TextElideMode.ElideRight, rect.width())
    option = _option(cut, Align.START, max_lines > 1)
    layout, height, _ = _layout(cut, chosen, rect.width(), canvas.device, option)
    return Fitted(current, True, cut, chosen, min(room, layout.lineCount()), height)


def draw_text(
    canvas: Canvas,
    rect: QRectF,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Align = Align.START,
    color: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    compact: bool = False,
    max_lines: int = 1,
    min_size: float | None = None,
    font: QFont | None = None,
) -> Fitted:
    """Draw *text* in *rect* (device units) at up to *size* points; how it fitted.

    *compact* prints Arabic script in Naskh (table rows) instead of the taller Nastaliq; *font*
    overrides the script's font (its size is still fitted). Empty text draws nothing."""
    if not text:
        return Fitted(size, False, text, font or font_for(text, size), 0, 0.0)
    fitted = fit_text(
        canvas,
        rect,
        text,
        size,
        bold=bold,
        compact=compact,
        max_lines=max_lines,
        min_size=min_size,
        font=font,
    )
    option = _option(fitted.text, align, max_lines > 1)
    layout, height, _ = _layout(fitted.text, fitted.font, rect.width(), canvas.device, option)
    painter = canvas.painter
    painter.save()
    painter.setPen(QColor(color))
    painter.setClipRect(rect.adjusted(-canvas.mm(0.5), -canvas.mm(0.5), canvas.mm(0.5), canvas.mm(0.5)))
    top = rect.top() + max(0.0, (rect.height() - height) / 2)
    count = min(layout.lineCount(), max(1, fitted.lines))
    for index in range(count):
        layout.lineAt(index).draw(painter, QPointF(rect.left(), top))
    painter.restore()
    return fitted
