"""Result sheets and the results book (issue 16, item 5), on the render foundation (``render/pdf``,
``render/text``, ``render/fonts``).

A :class:`ResultsDocument` holds a competition's :class:`~tvet_alliance.services.results.TrackResults`.
Each track gets a result sheet: the competition, the track in English and Chinese, whether its
results are confirmed (when and by whom) or provisional — then a large "PROVISIONAL" watermark
crosses every page of it — and a table of rank, entry (team, members in both scripts), organisation
(English and native), country, mark, standard score and medal (the stored one when confirmed, the
proposed one otherwise; medal colours from ``render/palette``). Its foot states the standardisation
(median, spread) and "Page n of N". A book (``book=True``) starts with a contents page listing each
track's first page. Every cell is drawn by ``draw_text``: each text in its own script's font, shaped
by Qt, in its own direction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.values import country_name
from tvet_alliance.progress import Progress, no_progress
from tvet_alliance.render import palette
from tvet_alliance.render.fonts import font_for
from tvet_alliance.render.pdf import A4, Canvas, PageSetup, write_pdf
from tvet_alliance.render.text import LEFT, RIGHT, Align, Fitted, draw_text

if TYPE_CHECKING:
    from tvet_alliance.services.results import ResultRow, TrackResults

GRID = QColor("#9ca3af")
HEADER_FILL = QColor("#e5e7eb")
MUTED = QColor("#4b5563")
WATERMARK = QColor(200, 200, 200, 110)


def _language() -> str:
    return QLocale().name()


def medal_label(medal: Medal) -> str:
    return "" if medal is Medal.NONE else QCoreApplication.translate("Enum", medal.label)


def _number(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"


@dataclass(frozen=True)
class _Column:
    title: str
    width: float
    align: Align = LEFT


def _columns() -> list[_Column]:
    return [
        _Column(QCoreApplication.translate("ResultSheet", "Rank"), 0.6, RIGHT),
        _Column(QCoreApplication.translate("ResultSheet", "Entry"), 3.2),
        _Column(QCoreApplication.translate("ResultSheet", "Organisation"), 2.6),
        _Column(QCoreApplication.translate("ResultSheet", "Country"), 1.3),
        _Column(QCoreApplication.translate("ResultSheet", "Mark"), 0.8, RIGHT),
        _Column(QCoreApplication.translate("ResultSheet", "Standard"), 0.9, RIGHT),
        _Column(QCoreApplication.translate("ResultSheet", "Medal"), 1.5),
    ]


def _unranked(row: ResultRow) -> str:
    reasons = {
        "withdrawn": QCoreApplication.translate("ResultSheet", "withdrawn"),
        "disqualified": QCoreApplication.translate("ResultSheet", "disqualified"),
        "no_mark": QCoreApplication.translate("ResultSheet", "no mark"),
        "not_competed": QCoreApplication.translate("ResultSheet", "not competed"),
    }
    return reasons.get(row.unranked.value if row.unranked else "", "")


@dataclass
class _Page:
    track: int  # index into the tracks; -1: the contents page
    rows: range = range(0)
    part: int = 0  # the page's number within its track's sheet
    parts: int = 1


@dataclass
class ResultsDocument:
    """Result sheets of *tracks*; with *book*, a contents page first."""

    competition: str
    tracks: list[TrackResults]
    book: bool = False
    setup: PageSetup = A4
    printed_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    _pages: list[_Page] = field(default_factory=list, init=False, repr=False)
    ROW_HEIGHT = 11.0
    HEAD_HEIGHT = 34.0
    HEADER_ROW = 7.0
    FOOT_HEIGHT = 12.0

    title: str = ""

    def __post_init__(self) -> None:
        if not self.title:
            self.title = (
                QCoreApplication.translate("ResultSheet", "Results book: %1")
                if self.book
                else QCoreApplication.translate("ResultSheet", "Result sheet: %1")
            ).replace("%1", self.competition)

    def rows_per_page(self) -> int:
        _, top, _, bottom = self.setup.margins
        room = (
            self.setup.size_mm().height()
            - top
            - bottom
            - self.HEAD_HEIGHT
            - self.HEADER_ROW
            - self.FOOT_HEIGHT
        )
        return max(1, int(room // self.ROW_HEIGHT))

    def layout(self, canvas: Canvas) -> int:
        per = self.rows_per_page()
        pages: list[_Page] = [_Page(-1)] if self.book else []
        for t, track in enumerate(self.tracks):
            count = len(track.rows)
            parts = max(1, -(-count // per))
            for part in range(parts):
                pages.append(_Page(t, range(part * per, min(count, (part + 1) * per)), part, parts))
        self._pages = pages
        return len(pages)

    def first_pages(self) -> list[int]:
        """The 1-based page number of each track's sheet."""
        firsts: dict[int, int] = {}
        for number, page in enumerate(self._pages, start=1):
            if page.track >= 0:
                firsts.setdefault(page.track, number)
        return [firsts[t] for t in range(len(self.tracks))]

    # -- painting -----------------------------------------------------------------------------------

    def paint_page(self, canvas: Canvas, index: int) -> None:
        page = self._pages[index]
        if page.track < 0:
            self._contents(canvas)
        else:
            self._sheet(canvas, page)
        self._foot(canvas, index, page)

    def _mm_body(self, canvas: Canvas) -> tuple[float, float, float, float]:
        body = canvas.body
        return (
            canvas.to_mm(body.left()),
            canvas.to_mm(body.top()),
            canvas.to_mm(body.width()),
            canvas.to_mm(body.height()),
        )

    def _contents(self, canvas: Canvas) -> None:
        left, top, width, _ = self._mm_body(canvas)
        draw_text(canvas, canvas.rect(left, top, width, 12), self.competition, 20, bold=True)
        draw_text(
            canvas,
            canvas.rect(left, top + 13, width, 8),
            QCoreApplication.translate("ResultSheet", "Results book"),
            13,
            color=MUTED,
        )
        draw_text(
            canvas,
            canvas.rect(left, top + 26, width, 8),
            QCoreApplication.translate("ResultSheet", "Contents"),
            13,
            bold=True,
        )
        y = top + 36
        pen = QPen(GRID, canvas.mm(0.2))
        for track, first in zip(self.tracks, self.first_pages(), strict=True):
            name = track.name + (f"  {track.name_zh}" if track.name_zh else "")
            state = (
                QCoreApplication.translate("ResultSheet", "confirmed")
                if track.confirmed
                else QCoreApplication.translate("ResultSheet", "provisional")
            )
            draw_text(canvas, canvas.rect(left, y, width * 0.62, 8), name, 11)
            draw_text(canvas, canvas.rect(left + width * 0.62, y, width * 0.25, 8), state, 10, color=MUTED)
            draw_text(
                canvas, canvas.rect(left + width * 0.87, y, width * 0.13, 8), str(first), 11, align=RIGHT
            )
            canvas.painter.setPen(pen)
            canvas.painter.drawLine(
                QPointF(canvas.mm(left), canvas.mm(y + 8.5)),
                QPointF(canvas.mm(left + width), canvas.mm(y + 8.5)),
            )
            y += 9.5

    def _sheet(self, canvas: Canvas, page: _Page) -> None:
        track = self.tracks[page.track]
        painter = canvas.painter
        left, top, width, _ = self._mm_body(canvas)
        if not track.confirmed:
            self._watermark(canvas)
        draw_text(canvas, canvas.rect(left, top, width, 7), self.competition, 11, color=MUTED)
        draw_text(canvas, canvas.rect(left, top + 7, width * 0.6, 11), track.name, 18, bold=True)
        if track.name_zh:
            draw_text(
                canvas,
                canvas.rect(left + width * 0.6, top + 7, width * 0.4, 11),
                track.name_zh,
                18,
                bold=True,
                align=RIGHT,
            )
        if track.confirmed_at is not None:
            when = track.confirmed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            state = (
                QCoreApplication.translate("ResultSheet", "Confirmed results, %1 by %2")
                .replace("%1", when)
                .replace("%2", track.confirmed_by or "")
            )
        else:
            state = QCoreApplication.translate(
                "ResultSheet", "Provisional results: the medals are proposed by the rule, not confirmed"
            )
        draw_text(canvas, canvas.rect(left, top + 19, width, 7), state, 10, bold=not track.confirmed)
        if page.parts > 1:
            part = (
                QCoreApplication.translate("ResultSheet", "Sheet %1 of %2")
                .replace("%1", str(page.part + 1))
                .replace("%2", str(page.parts))
            )
            draw_text(canvas, canvas.rect(left, top + 26, width, 6), part, 9, color=MUTED, align=RIGHT)

        columns = _columns()
        total = sum(c.width for c in columns)
        y = top + self.HEAD_HEIGHT
        xs = [left]
        for col in columns:
            xs.append(xs[-1] + width * col.width / total)
        painter.fillRect(canvas.rect(left, y, width, self.HEADER_ROW), HEADER_FILL)
        for c, column in enumerate(columns):
            self._cell(
                canvas, xs[c], y, xs[c + 1] - xs[c], self.HEADER_ROW, column.title, 9, column.align, bold=True
            )
        y += self.HEADER_ROW
        thin = QPen(GRID, canvas.mm(0.2))
        language = _language()
        for i in page.rows:
            r = track.rows[i]
            medal = track.medal(r)
            standard = track.standard(r)
            rank = str(r.rank) if r.rank is not None else "–"
            second = ", ".join(r.members) if r.team_name and r.members else ""
            native = r.entry_native
            cells: list[tuple[str, str]] = [
                (rank, ""),
                (r.entry, "\n".join(x for x in (second, native) if x)),
                (r.organization or "", r.organization_native or ""),
                (country_name(r.country, language) if r.country else "", r.country or ""),
                (_number(r.mark), ""),
                ("" if standard is None else str(standard), ""),
                (medal_label(medal) if r.rank is not None else _unranked(r), ""),
            ]
            h = self.ROW_HEIGHT
            for c, (column, (first, extra)) in enumerate(zip(columns, cells, strict=True)):
                x, w = xs[c], xs[c + 1] - xs[c]
                color: QColor | Qt.GlobalColor = Qt.GlobalColor.black
                if c == 6:
                    ink = palette.medal(medal).ink
                    if ink is not None:
                        fill = QColor(palette.medal(medal).fill)
                        fill.setAlpha(60)
                        painter.fillRect(canvas.rect(x + 0.4, y + 1.5, w - 0.8, h - 3), fill)
                        color = ink
                if extra:
                    self._cell(canvas, x, y + 0.6, w, 5.4, first, 9, column.align, bold=c == 1, color=color)
                    self._parts(canvas, x, y + 5.6, w, 4.8, extra.split("\n"), 7.5)
                else:
                    self._cell(canvas, x, y, w, h, first, 9, column.align, bold=c in (0, 6), color=color)
            painter.setPen(thin)
            painter.drawLine(
                QPointF(canvas.mm(left), canvas.mm(y + h)), QPointF(canvas.mm(left + width), canvas.mm(y + h))
            )
            y += h

    def _cell(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float,
        align: Align,
        *,
        bold: bool = False,
        color: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    ) -> Fitted:
        return draw_text(
            canvas, canvas.rect(x + 1.2, y, max(1.0, w - 2.4), h), text, size, bold=bold, align=align,
            color=color, compact=True, min_size=6.0,
        )  # fmt: skip

    def _parts(
        self, canvas: Canvas, x: float, y: float, w: float, h: float, parts: list[str], size: float
    ) -> None:
        """Texts of different scripts on one line, one after the other, each in its own font (the
        members' names, then their names in Chinese or Urdu)."""
        used = 0.0
        gap = 2.0
        for part in parts:
            room = w - used
            if room < 6:
                return
            fitted = self._cell(canvas, x + used, y, room, h, part, size, LEFT, color=MUTED)
            advance = QFontMetricsF(fitted.font, canvas.device).horizontalAdvance(fitted.text)
            used += canvas.to_mm(advance) + 2.4 + gap

    def _watermark(self, canvas: Canvas) -> None:
        painter = canvas.painter
        page = canvas.page
        painter.save()
        painter.translate(page.center())
        painter.rotate(-35)
        word = QCoreApplication.translate("ResultSheet", "PROVISIONAL")
        font: QFont = font_for(word, 72, bold=True)
        painter.setFont(font)
        painter.setPen(WATERMARK)
        box = QRectF(-page.width(), -page.height() / 6, page.width() * 2, page.height() / 3)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), word)
        painter.restore()

    def _foot(self, canvas: Canvas, index: int, page: _Page) -> None:
        left, top, width, height = self._mm_body(canvas)
        y = top + height - self.FOOT_HEIGHT
        canvas.painter.setPen(QPen(GRID, canvas.mm(0.2)))
        canvas.painter.drawLine(
            QPointF(canvas.mm(left), canvas.mm(y)), QPointF(canvas.mm(left + width), canvas.mm(y))
        )
        if page.track >= 0:
            track = self.tracks[page.track]
            if track.scale.median is not None:
                method = (
                    QCoreApplication.translate(
                        "ResultSheet",
                        "Standard score = 700 + 100 × (mark − median) ÷ spread (this program's formula); median %1, spread %2 mark points.",
                    )
                    .replace("%1", _number(track.scale.median))
                    .replace("%2", _number(track.scale.spread.quantize(Decimal("0.01"))))
                )
                draw_text(canvas, canvas.rect(left, y + 0.5, width, 5), method, 7.5, color=MUTED)
        printed = QCoreApplication.translate("ResultSheet", "Printed %1").replace(
            "%1", self.printed_at.strftime("%Y-%m-%d %H:%M")
        )
        number = (
            QCoreApplication.translate("ResultSheet", "Page %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self._pages)))
        )
        draw_text(canvas, canvas.rect(left, y + 6, width / 2, 5), printed, 8, color=MUTED)
        draw_text(
            canvas, canvas.rect(left + width / 2, y + 6, width / 2, 5), number, 8, color=MUTED, align=RIGHT
        )


def write_results(
    path: str | os.PathLike[str],
    competition: str,
    tracks: list[TrackResults],
    *,
    book: bool = True,
    progress: Progress = no_progress,
) -> int:
    """Write the result sheets of *tracks* (with a contents page when *book*) to *path* as PDF
    (atomically); the page count."""
    return write_pdf(ResultsDocument(competition, list(tracks), book), path, progress)
