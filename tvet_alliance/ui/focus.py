"""The keyboard focus is always visible: a frame in the highlight colour around the focused box or list.

Fusion marks the focused combo box only after a Tab (``State_KeyboardFocusChange``), and item lists
and tables not at all, so a form's Enter moving on to Status or Medal showed no change. One proxy
style, installed by :func:`install` when the application is configured, draws the frame around every
focused combo box, spin or date box, line edit, text box and item view (list, table, tree) of every window,
whatever moved the focus there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

#: How wide the focus frame is, in pixels.
FRAME_WIDTH = 2

_FRAMED = (QAbstractItemView, QPlainTextEdit, QTextEdit)  # the scroll areas a person types or picks in
_BOXES = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


def focus_colour() -> QColor:
    """The frame's colour: the application palette's highlight (a widget's own palette may carry a
    style sheet's pale selection colour, as tables do)."""
    return QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def _draw_frame(painter: QPainter, rect: QRect) -> None:
    painter.save()
    pen = QPen(focus_colour())
    pen.setWidth(FRAME_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    half = FRAME_WIDTH // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


class FocusFrameStyle(QProxyStyle):
    """The application's style with a focus frame drawn over the focused widget's own frame."""

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _BOXES and option.state & QStyle.StateFlag.State_HasFocus:
            _draw_frame(painter, option.rect)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit or (
            element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, _FRAMED)
        ):
            _draw_frame(painter, option.rect)


#: The style installed (the application owns it; kept so it is installed once).
_STYLE: list[FocusFrameStyle] = []


def install(app: QApplication) -> None:
    """Use :class:`FocusFrameStyle` over the application's style (once; call before its style sheet)."""
    if _STYLE:
        return
    style = FocusFrameStyle()
    app.setStyle(style)
    _STYLE.append(style)
