"""The mouse wheel changes a combo box (or a spin box) only when it has the keyboard focus.

Otherwise the wheel scrolls whatever list, table or form the box sits in, as a person scrolling
down the import wizard's column mapping expects: a wheel turned over "Name in English" must not make
it "not imported". One application-wide event filter does it for every box of the window, including
those inside table cells; :func:`install` is called once when the application is configured.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


def _box_of(watched: QObject) -> QWidget | None:
    """The combo or spin box *watched* is (or is a part of: an editable combo's line edit)."""
    widget = watched if isinstance(watched, QWidget) else None
    for _ in range(2):
        if widget is None:
            return None
        if isinstance(widget, _GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            # A turn of the wheel must not focus the box (Qt's default, WheelFocus), or the next
            # turn would change it.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            box = _box_of(watched)
            if box is not None and not box.hasFocus():
                area = _scroll_area_of(box)
                if area is not None and isinstance(watched, QWidget):
                    viewport = area.viewport()
                    at = viewport.mapFromGlobal(event.globalPosition())
                    QApplication.sendEvent(
                        viewport,
                        QWheelEvent(
                            at,
                            event.globalPosition(),
                            event.pixelDelta(),
                            event.angleDelta(),
                            event.buttons(),
                            event.modifiers(),
                            event.phase(),
                            event.inverted(),
                        ),
                    )
                return True  # the box stays as it is
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> WheelGuard:
    """Guard every combo and spin box of *app* (once; calling it again changes nothing)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard


__all__ = ["WheelGuard", "install"]
