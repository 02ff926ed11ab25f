"""Reading a PDF back as a person would see it: pages (pdfinfo), pictures (pdftoppm), text
(pdftotext) and QR codes (zxing-cpp on the rendered picture)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm, pdftotext) not installed")


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1))


def pictures(pdf: Path, dpi: int = 60, first: int = 1, last: int | None = None) -> list[Path]:
    """The pages rendered to PNG files beside the PDF, in page order."""
    prefix = pdf.with_name(pdf.stem + f"-{dpi}")
    args = ["pdftoppm", "-r", str(dpi), "-png", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def ink_share(png: Path) -> float:
    """The share of the page's pixels that are not white (0 for a blank page)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    dark = sum(1 for y in range(height) for value in data[y * stride : y * stride + width] if value < 200)
    return dark / (width * height)


def text(pdf: Path, first: int = 1, last: int | None = None) -> str:
    """pdftotext's text, folded with NFKC (the Arabic presentation forms a shaped PDF holds become
    the letters a person typed) and without the direction marks poppler adds around Urdu."""
    args = ["pdftotext", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    raw = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", raw).translate({0x202B: None, 0x202C: None, 0x202A: None})


def qr_codes(png: Path) -> list[str]:
    """The texts of the QR codes zxing-cpp finds in a rendered page."""
    import zxingcpp

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
    found = zxingcpp.read_barcodes(memoryview(rows).cast("B", (height, width)))
    return [barcode.text for barcode in found if barcode.format == zxingcpp.BarcodeFormat.QRCode]
