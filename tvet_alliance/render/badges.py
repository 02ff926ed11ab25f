"""Name badges: the name in its own script and in Latin, organisation, country, the role as a coloured
band, the QR code of the ticket code with the code printed below it, and the event.

:class:`BadgeDocument` lays out a :class:`~tvet_alliance.services.printing.PrintSet` in one of
:data:`LAYOUTS`: ``a6`` (one badge a page, portrait) or ``a4-8`` (eight 95 × 68 mm badges a page,
two by four, with cut marks in the margins). Every text goes through
:func:`~tvet_alliance.render.text.draw_text`: Urdu in Nastaliq right to left, Chinese in a Simplified
Chinese face, shrunk to fit and cut only as a last resort. The QR code holds the ticket code as it is
stored, which the check-in desk reads back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from tvet_alliance.domain.codes import grouped
from tvet_alliance.render import palette
from tvet_alliance.render.pdf import A4, A6, Canvas, PageSetup
from tvet_alliance.render.qr import draw_qr
from tvet_alliance.render.text import CENTER, LEFT, draw_text
from tvet_alliance.services.printing import PrintedDelegate, PrintedEvent, PrintSet

A6_LAYOUT = "a6"
A4_8_LAYOUT = "a4-8"
LAYOUTS = (A6_LAYOUT, A4_8_LAYOUT)

INK = QColor("#111827")
MUTED = QColor("#4b5563")
CUT = QColor("#6b7280")

#: The badges of an ``a4-8`` sheet (mm): two columns, four rows, centred on the page.
CELL_WIDTH, CELL_HEIGHT, COLUMNS, ROWS = 95.0, 68.0, 2, 4


@dataclass
class BadgeDocument:
    """Badges for the delegates of *badges* (a :class:`PrintSet`), in *layout*."""

    badges: PrintSet
    layout_name: str = A6_LAYOUT

    def __post_init__(self) -> None:
        if self.layout_name not in LAYOUTS:
            raise ValueError(self.layout_name)
        self.title = QCoreApplication.translate("Printing", "Badges: %1").replace(
            "%1", self.badges.event.name
        )
        self.setup: PageSetup = (
            A6 if self.layout_name == A6_LAYOUT else PageSetup(A4.size, margins=(0, 0, 0, 0))
        )

    @property
    def per_page(self) -> int:
        return 1 if self.layout_name == A6_LAYOUT else COLUMNS * ROWS

    def layout(self, canvas: Canvas) -> int:
        count = len(self.badges.delegates)
        return max(1, -(-count // self.per_page))

    def paint_page(self, canvas: Canvas, index: int) -> None:
        people = self.badges.delegates[index * self.per_page : (index + 1) * self.per_page]
        if self.layout_name == A6_LAYOUT:
            if people:
                size = self.setup.size_mm()
                paint_badge(canvas, (0, 0, size.width(), size.height()), people[0], self.badges.event)
            return
        page = self.setup.size_mm()
        left = (page.width() - COLUMNS * CELL_WIDTH) / 2
        top = (page.height() - ROWS * CELL_HEIGHT) / 2
        for n, person in enumerate(people):
            row, column = divmod(n, COLUMNS)
            box = (left + column * CELL_WIDTH, top + row * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT)
            paint_badge(canvas, box, person, self.badges.event)
        _cut_marks(canvas, left, top)


def _cut_marks(canvas: Canvas, left: float, top: float) -> None:
    """Short lines in the margins where the sheet is cut, and a thin frame round each badge."""
    painter = canvas.painter
    painter.save()
    painter.setPen(QPen(CUT, canvas.mm(0.2)))
    right, bottom = left + COLUMNS * CELL_WIDTH, top + ROWS * CELL_HEIGHT
    mark = min(left, top) - 2
    for column in range(COLUMNS + 1):
        x = canvas.mm(left + column * CELL_WIDTH)
        painter.drawLine(QPointF(x, canvas.mm(top - 1 - mark)), QPointF(x, canvas.mm(top - 1)))
        painter.drawLine(QPointF(x, canvas.mm(bottom + 1)), QPointF(x, canvas.mm(bottom + 1 + mark)))
    for row in range(ROWS + 1):
        y = canvas.mm(top + row * CELL_HEIGHT)
        painter.drawLine(QPointF(canvas.mm(left - 1 - mark), y), QPointF(canvas.mm(left - 1), y))
        painter.drawLine(QPointF(canvas.mm(right + 1), y), QPointF(canvas.mm(right + 1 + mark), y))
    painter.setPen(QPen(QColor("#d1d5db"), canvas.mm(0.1), Qt.PenStyle.DashLine))
    for column in range(COLUMNS + 1):
        x = canvas.mm(left + column * CELL_WIDTH)
        painter.drawLine(QPointF(x, canvas.mm(top)), QPointF(x, canvas.mm(bottom)))
    for row in range(ROWS + 1):
        y = canvas.mm(top + row * CELL_HEIGHT)
        painter.drawLine(QPointF(canvas.mm(left), y), QPointF(canvas.mm(right), y))
    painter.restore()


def _names(person: PrintedDelegate) -> tuple[str, str]:
    """(the large name, the smaller line under it): the native name over the Latin one."""
    if person.native_name and person.native_name != person.latin_name:
        return person.native_name, person.latin_name
    return person.native_name or person.latin_name, ""


def paint_badge(
    canvas: Canvas, box: tuple[float, float, float, float], person: PrintedDelegate, event: PrintedEvent
) -> None:
    """One badge in *box* (x, y, width, height in mm): portrait when taller than wide, else landscape."""
    x, y, width, height = box
    if height >= width:
        _portrait(canvas, x, y, width, height, person, event)
    else:
        _landscape(canvas, x, y, width, height, person, event)


def _band(canvas: Canvas, rect: QRectF, person: PrintedDelegate, size: float) -> None:
    swatch = palette.role(person.role)
    canvas.painter.fillRect(rect, swatch.fill)
    pad = canvas.mm(2)
    draw_text(
        canvas,
        rect.adjusted(pad, 0, -pad, 0),
        person.role_label.upper() if person.role_label.isascii() else person.role_label,
        size,
        bold=True,
        align=CENTER,
        color=swatch.ink or Qt.GlobalColor.white,
    )


def _code(canvas: Canvas, rect: QRectF, code: str, size: float) -> None:
    draw_text(canvas, rect, grouped(code), size, align=CENTER, color=MUTED)


def _portrait(
    canvas: Canvas, x: float, y: float, w: float, h: float, person: PrintedDelegate, event: PrintedEvent
) -> None:
    pad = 7.0
    inner = w - 2 * pad
    big, small = _names(person)
    top = y + 6
    draw_text(
        canvas, canvas.rect(x + pad, top, inner, 11), event.name, 11, bold=True, align=CENTER, max_lines=2
    )
    draw_text(canvas, canvas.rect(x + pad, top + 11, inner, 5), event.dates, 8, align=CENTER, color=MUTED)
    top += 19
    draw_text(
        canvas, canvas.rect(x + pad, top, inner, 22), big, 30, bold=True, align=CENTER, color=INK, min_size=12
    )
    top += 22
    if small:
        draw_text(canvas, canvas.rect(x + pad, top, inner, 9), small, 16, bold=True, align=CENTER, color=INK)
    top += 11
    if person.organization:
        draw_text(
            canvas, canvas.rect(x + pad, top, inner, 10), person.organization, 11, align=CENTER, max_lines=2
        )
    top += 10
    if person.organization_en:
        draw_text(
            canvas,
            canvas.rect(x + pad, top, inner, 8),
            person.organization_en,
            9,
            align=CENTER,
            max_lines=2,
            color=MUTED,
        )
    top += 8
    draw_text(canvas, canvas.rect(x + pad, top, inner, 6), person.country, 10, align=CENTER, color=MUTED)
    top += 7
    band = 15.0
    room = y + h - band - 6 - top
    if person.ticket_code:
        side = min(38.0, room)
        draw_qr(canvas.painter, canvas.rect(x + (w - side) / 2, top, side, side), person.ticket_code)
        _code(canvas, canvas.rect(x + pad, top + side, inner, 5), person.ticket_code, 9)
    _band(canvas, canvas.rect(x, y + h - band, w, band), person, 18)


def _landscape(
    canvas: Canvas, x: float, y: float, w: float, h: float, person: PrintedDelegate, event: PrintedEvent
) -> None:
    pad = 4.0
    band = 9.0
    big, small = _names(person)
    qr_side = min(30.0, h - band - 2 * pad - 5)
    text_w = w - 3 * pad - (qr_side if person.ticket_code else 0)
    left = x + pad
    top = y + pad
    draw_text(
        canvas, canvas.rect(left, top, w - 2 * pad, 5), event.name, 8.5, bold=True, align=LEFT, color=MUTED
    )
    top += 6
    draw_text(
        canvas, canvas.rect(left, top, text_w, 15), big, 22, bold=True, align=LEFT, color=INK, min_size=9
    )
    top += 15
    if small:
        draw_text(canvas, canvas.rect(left, top, text_w, 6), small, 12, bold=True, align=LEFT, color=INK)
    top += 7
    if person.organization:
        draw_text(canvas, canvas.rect(left, top, text_w, 8), person.organization, 9, align=LEFT, max_lines=2)
    top += 8
    if person.organization_en:
        draw_text(
            canvas,
            canvas.rect(left, top, text_w, 6),
            person.organization_en,
            7.5,
            align=LEFT,
            max_lines=2,
            color=MUTED,
        )
    top += 6
    draw_text(canvas, canvas.rect(left, top, text_w, 4.5), person.country, 8, align=LEFT, color=MUTED)
    if person.ticket_code:
        qx = x + w - pad - qr_side
        qy = y + pad + 5
        draw_qr(canvas.painter, canvas.rect(qx, qy, qr_side, qr_side), person.ticket_code)
        _code(canvas, canvas.rect(qx - 3, qy + qr_side, qr_side + 6, 4), person.ticket_code, 7.5)
    _band(canvas, canvas.rect(x, y + h - band, w, band), person, 12)
