"""The print preview: the pages of a render document as they will print, with Save as PDF… and Print….

:class:`PrintPreviewDialog` shows any :class:`tvet_alliance.render.pdf.Document` (badges, a
delegate list, certificates, a result sheet) in Qt's ``QPrintPreviewWidget``: the document paints on
the preview's ``QPrinter`` through :func:`~tvet_alliance.render.pdf.render`, the same code that
writes the PDF. "Save as PDF…" asks for a file and hands it to *save* (the controller writes it in
the background with a progress dialog); "Print…" opens the system's print dialog. Zoom buttons and
Ctrl+plus / Ctrl+minus zoom; Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.render.pdf import Document, render


def _safe_name(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(kept.split())[:80] or "print"


class PrintPreviewDialog(QDialog):
    """A preview of *document*; *save(path)* writes it as PDF (None: no Save button); *note* is
    said beside the page count (what was left out)."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        save: Callable[[Path], None] | None = None,
        start_dir: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.document = document
        self._save = save
        self._start_dir = start_dir
        self._note = note
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", document.title))
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printer.setDocName(document.title)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("previewPages")
        self.preview.paintRequested.connect(self._paint)
        self.preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)

        self.pages_label = QLabel()
        self.pages_label.setObjectName("previewPageCount")
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_in = QPushButton(self.tr("Zoom in"))
        fit = QPushButton(self.tr("Whole page"))
        zoom_out.clicked.connect(lambda: self.preview.zoomOut())
        zoom_in.clicked.connect(lambda: self.preview.zoomIn())
        fit.clicked.connect(lambda: self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("previewSave")
        self.save_button.clicked.connect(self.save_as_pdf)
        self.save_button.setVisible(save is not None)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.clicked.connect(self.print_pages)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for button in (zoom_out, zoom_in, fit):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)
            bar.addWidget(button)
        self.save_button.setDefault(save is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.preview.zoomIn)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.preview.zoomOut)
        self.resize(900, 760)
        self.preview.updatePreview()
        self._show_count()

    def _paint(self, printer: QPrinter) -> None:
        self.page_count = render(self.document, printer)

    def _show_count(self) -> None:
        count = self.preview.pageCount()
        shown = self.tr("%n pages", "", count)
        self.pages_label.setText(f"{shown} · {self._note}" if self._note else shown)

    def pageCount(self) -> int:
        return self.preview.pageCount()

    def save_as_pdf(self) -> Path | None:
        """Ask where, then let the controller write the PDF; the path chosen (None: cancelled)."""
        if self._save is None:
            return None
        start = str(Path(self._start_dir) / f"{_safe_name(self.document.title)}.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self._save(path)
        return path

    def print_pages(self) -> bool:
        """The system's print dialog, then the pages on the printer chosen."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        render(self.document, self.printer)
        return True
