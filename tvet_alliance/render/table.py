"""A table for printed lists: title, header row on every page, groups, page numbers, signatures.

:class:`TableDocument` is a :class:`~tvet_alliance.render.pdf.Document`. Give it a title and
subtitle, :class:`Column`\\ s (relative widths, alignment, and ``signature=True`` for an empty column
with a ruled line to sign on) and :class:`Group`\\ s of rows (a group's ``heading`` — an
organisation — is printed above its rows, and again with "(continued)" when it runs onto the next
page; a heading is never left alone at the foot of a page; one group with no heading is a plain
list). Every page repeats the title, the subtitle and the header row; its foot says when it was
printed and "Page 3 of 12". Each cell is drawn by :func:`~tvet_alliance.render.text.draw_text`: its
own script's font (Naskh for Urdu, which fits a row), its own direction, shrunk and then cut to fit.
Pages break by row heights in millimetres, so the pages are the same on the PDF and in the preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from tvet_alliance.render.pdf import A4, Canvas, PageSetup
from tvet_alliance.render.text import LEFT, Align, draw_text

GRID = QColor("#9ca3af")
HEADER_FILL = QColor("#e5e7eb")
GROUP_FILL = QColor("#f3f4f6")
MUTED = QColor("#4b5563")


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    align: Align = LEFT
    signature: bool = False  # no text: a ruled line to sign on


@dataclass(frozen=True)
class Group:
    heading: str | None
    rows: Sequence[Sequence[str]]


@dataclass
class TableDocument:
    """A list of rows in columns, paginated (see the module's notes). Sizes in mm and points."""

    title: str
    subtitle: str
    columns: Sequence[Column]
    groups: Sequence[Group]
    setup: PageSetup = A4
    printed_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    font_size: float = 9.0
    row_height: float = 7.0
    right_to_left: bool = False  # columns from the right (a page in Urdu)
    _pages: list[list[tuple[str, int, int]]] = field(default_factory=list, init=False, repr=False)

    TITLE_HEIGHT = 9.0
    SUBTITLE_HEIGHT = 6.0
    HEADER_HEIGHT = 7.0
    GROUP_HEIGHT = 7.0
    FOOTER_HEIGHT = 6.0

    def _paginate(self) -> list[list[tuple[str, int, int]]]:
        """Pages of items: ("group", g, 0 | 1 when continued) and ("row", g, r)."""
        _, top, _, bottom = self.setup.margins
        height = self.setup.size_mm().height() - top - bottom
        room = height - self.TITLE_HEIGHT - self.SUBTITLE_HEIGHT - self.HEADER_HEIGHT - self.FOOTER_HEIGHT - 2
        pages: list[list[tuple[str, int, int]]] = [[]]
        used = 0.0
        for g, group in enumerate(self.groups):
            headed = group.heading is not None
            if headed:
                if used and used + self.GROUP_HEIGHT + self.row_height > room:
                    pages.append([])
                    used = 0.0
                pages[-1].append(("group", g, 0))
                used += self.GROUP_HEIGHT
            for r in range(len(group.rows)):
                if used + self.row_height > room:
                    pages.append([])
                    used = 0.0
                    if headed:
                        pages[-1].append(("group", g, 1))
                        used += self.GROUP_HEIGHT
                pages[-1].append(("row", g, r))
                used += self.row_height
        return pages

    def layout(self, canvas: Canvas) -> int:
        self._pages = self._paginate()
        return len(self._pages)

    def _column_rects(self, canvas: Canvas, top: float, height: float) -> list[QRectF]:
        body = canvas.body
        total = sum(column.width for column in self.columns) or 1.0
        rects: list[QRectF] = []
        x = body.left()
        for column in self.columns:
            width = body.width() * column.width / total
            rects.append(QRectF(x, top, width, height))
            x += width
        if self.right_to_left:
            rects = [
                QRectF(body.right() - (r.right() - body.left()), r.top(), r.width(), r.height())
                for r in rects
            ]
        return rects

    def _cell(self, canvas: Canvas, rect: QRectF, text: str, align: Align, *, bold: bool = False) -> None:
        pad = canvas.mm(1.2)
        draw_text(
            canvas,
            rect.adjusted(pad, canvas.mm(0.3), -pad, -canvas.mm(0.3)),
            text,
            self.font_size,
            bold=bold,
            align=align,
            compact=True,
            min_size=min(6.0, self.font_size),
        )

    def paint_page(self, canvas: Canvas, index: int) -> None:
        painter = canvas.painter
        body = canvas.body
        left_mm = canvas.to_mm(body.left())
        top_mm = canvas.to_mm(body.top())
        width_mm = canvas.to_mm(body.width())
        title_align = Align.RIGHT if self.right_to_left else Align.LEFT
        draw_text(
            canvas,
            canvas.rect(left_mm, top_mm, width_mm, self.TITLE_HEIGHT),
            self.title,
            15,
            bold=True,
            align=title_align,
        )
        y = top_mm + self.TITLE_HEIGHT
        draw_text(
            canvas,
            canvas.rect(left_mm, y, width_mm, self.SUBTITLE_HEIGHT),
            self.subtitle,
            10,
            align=title_align,
            color=MUTED,
        )
        y += self.SUBTITLE_HEIGHT + 1
        thin = QPen(GRID, canvas.mm(0.2))

        # The header row.
        header = self._column_rects(canvas, canvas.mm(y), canvas.mm(self.HEADER_HEIGHT))
        painter.fillRect(
            QRectF(body.left(), canvas.mm(y), body.width(), canvas.mm(self.HEADER_HEIGHT)), HEADER_FILL
        )
        for column, rect in zip(self.columns, header, strict=True):
            self._cell(canvas, rect, column.title, column.align, bold=True)
        y += self.HEADER_HEIGHT

        for kind, g, r in self._pages[index]:
            group = self.groups[g]
            if kind == "group":
                rect = QRectF(body.left(), canvas.mm(y), body.width(), canvas.mm(self.GROUP_HEIGHT))
                painter.fillRect(rect, GROUP_FILL)
                heading = group.heading or ""
                if r:
                    heading = QCoreApplication.translate("Printing", "%1 (continued)").replace("%1", heading)
                self._cell(canvas, rect, heading, title_align, bold=True)
                y += self.GROUP_HEIGHT
                continue
            cells = self._column_rects(canvas, canvas.mm(y), canvas.mm(self.row_height))
            values = group.rows[r]
            for c, (column, rect) in enumerate(zip(self.columns, cells, strict=True)):
                if column.signature:
                    painter.setPen(QPen(Qt.GlobalColor.black, canvas.mm(0.25)))
                    base = rect.bottom() - canvas.mm(1.8)
                    painter.drawLine(
                        QPointF(rect.left() + canvas.mm(2), base), QPointF(rect.right() - canvas.mm(2), base)
                    )
                    continue
                self._cell(canvas, rect, values[c] if c < len(values) else "", column.align)
            painter.setPen(thin)
            painter.drawLine(
                QPointF(body.left(), canvas.mm(y + self.row_height)),
                QPointF(body.right(), canvas.mm(y + self.row_height)),
            )
            y += self.row_height

        # The foot: when printed, and the page number.
        foot = canvas.rect(
            left_mm, canvas.to_mm(body.bottom()) - self.FOOTER_HEIGHT, width_mm, self.FOOTER_HEIGHT
        )
        painter.setPen(thin)
        painter.drawLine(foot.topLeft(), foot.topRight())
        printed = QCoreApplication.translate("Printing", "Printed %1").replace(
            "%1", self.printed_at.strftime("%Y-%m-%d %H:%M")
        )
        page = (
            QCoreApplication.translate("Printing", "Page %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self._pages)))
        )
        start, end = (Align.RIGHT, Align.LEFT) if self.right_to_left else (Align.LEFT, Align.RIGHT)
        draw_text(canvas, foot, printed, 8, align=start, color=MUTED)
        draw_text(canvas, foot, page, 8, align=end, color=MUTED)
