"""Pages for printing: page setups, a document protocol, and writing a PDF safely.

A printable thing (badges, a delegate list, certificates, a result sheet) is a :class:`Document`:
its :class:`PageSetup`, ``layout(canvas) -> page count`` and ``paint_page(canvas, index)``. The same
document paints onto any ``QPagedPaintDevice`` through :func:`render`: a 300-dpi ``QPdfWriter``
(:func:`pdf_bytes`, :func:`write_pdf`) or the ``QPrinter`` of the window's print preview, so what is
previewed is what is saved.

Units: a document works in millimetres and converts with its :class:`Canvas` (``canvas.mm(10)``,
``canvas.rect(x, y, w, h)`` -> device units, the painter's own coordinates; the origin is the page's
top-left corner, margins are the document's business: ``canvas.body`` is the page inside the setup's
margins). Fonts are sized in points (``QFont.setPointSizeF``, see :mod:`~tvet_alliance.render.fonts`):
Qt converts them with the device's resolution, so they come out right on the writer and the printer
alike. Never scale the painter to millimetres (fonts would scale too), and measure text with the
device (``QFontMetricsF(font, canvas.device)``, :mod:`~tvet_alliance.render.text` does), not the screen.

:func:`write_pdf` renders into memory and then writes the file through
:func:`tvet_alliance.files.atomic_write`; it calls ``progress(done, total)`` per page, and a
``progress`` raising :class:`~tvet_alliance.progress.Cancelled` stops it with no file written.
Rendering needs a ``QGuiApplication`` (:func:`ensure_application` makes an offscreen one for the
command line) and may run in any thread.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from tvet_alliance.files import atomic_write
from tvet_alliance.progress import Progress, no_progress

#: The resolution PDFs are drawn at (device units per inch): fine enough for QR modules and cut marks.
PDF_DPI = 300
MM_PER_INCH = 25.4


def ensure_application() -> QCoreApplication:
    """The running Qt application; a ``QGuiApplication`` on the offscreen platform when there is
    none (the command line): fonts and painting need one, a screen they do not."""
    app = QCoreApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "tvet-alliance"])
    return app


@dataclass(frozen=True)
class PageSetup:
    """A paper size and orientation, and the margins (mm) that ``canvas.body`` leaves."""

    size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    landscape: bool = False
    margins: tuple[float, float, float, float] = (15.0, 15.0, 15.0, 15.0)  # left, top, right, bottom

    def page_layout(self) -> QPageLayout:
        """The device's layout: the whole sheet, no margins (the document draws its own)."""
        orientation = (
            QPageLayout.Orientation.Landscape if self.landscape else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(
            QPageSize(self.size), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )

    def size_mm(self) -> QSizeF:
        size = QPageSize(self.size).size(QPageSize.Unit.Millimeter)
        return size.transposed() if self.landscape else size


A4 = PageSetup()
A4_LANDSCAPE = PageSetup(landscape=True)
A6 = PageSetup(QPageSize.PageSizeId.A6, margins=(6.0, 6.0, 6.0, 6.0))


@dataclass
class Canvas:
    """A painter on a device, with millimetre conversions. ``page`` and ``body`` are device rects."""

    painter: QPainter
    device: QPagedPaintDevice
    setup: PageSetup
    dpi: float = field(init=False)

    def __post_init__(self) -> None:
        self.dpi = float(self.device.logicalDpiX())

    def mm(self, value: float) -> float:
        """*value* millimetres in device units."""
        return value * self.dpi / MM_PER_INCH

    def to_mm(self, value: float) -> float:
        return value * MM_PER_INCH / self.dpi

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        """A rectangle given in millimetres from the page's top-left corner, in device units."""
        return QRectF(self.mm(x), self.mm(y), self.mm(width), self.mm(height))

    @property
    def page(self) -> QRectF:
        size = self.setup.size_mm()
        return self.rect(0, 0, size.width(), size.height())

    @property
    def body(self) -> QRectF:
        left, top, right, bottom = self.setup.margins
        size = self.setup.size_mm()
        return self.rect(left, top, size.width() - left - right, size.height() - top - bottom)


class Document(Protocol):
    """Something printable. ``layout`` is called once per rendering, before any page is painted,
    and returns the page count; ``paint_page`` paints page *index* (0-based) on a fresh page."""

    title: str
    setup: PageSetup

    def layout(self, canvas: Canvas) -> int: ...

    def paint_page(self, canvas: Canvas, index: int) -> None: ...


def render(document: Document, device: QPagedPaintDevice, progress: Progress = no_progress) -> int:
    """Paint every page of *document* on *device* (a QPdfWriter or QPrinter); the page count.

    The device gets the document's page setup. ``progress(done, total)`` is called before each page
    and at the end; a :class:`~tvet_alliance.progress.Cancelled` from it propagates (the painter is
    ended first)."""
    ensure_application()
    device.setPageLayout(document.setup.page_layout())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "The page could not be drawn."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        canvas = Canvas(painter, device, document.setup)
        total = document.layout(canvas)
        for index in range(total):
            progress(index, total)
            if index:
                device.newPage()
            painter.save()
            document.paint_page(canvas, index)
            painter.restore()
        progress(total, total)
    finally:
        painter.end()
    return total


def pdf_bytes(document: Document, progress: Progress = no_progress) -> tuple[bytes, int]:
    """The document as PDF (drawn at :data:`PDF_DPI`) and its page count."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("TVET Alliance Manager")
    try:
        pages = render(document, writer, progress)
    finally:
        del writer  # finishes the PDF into the buffer
        buffer.close()
    return bytes(data.data()), pages


def write_pdf(document: Document, path: str | os.PathLike[str], progress: Progress = no_progress) -> int:
    """Write *document* to *path* as PDF (in one rename: a reader never sees half a file, a cancel
    or failure leaves what was there); the page count."""
    data, pages = pdf_bytes(document, progress)
    with atomic_write(Path(path)) as tmp:
        tmp.write_bytes(data)
    return pages
