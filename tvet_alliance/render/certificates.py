"""Certificates as PDF: one A4 landscape page per person, with the verification code and its QR code.

A page holds, from the top: the alliance's name (English, then Chinese); what the certificate is
("Certificate of Attendance", "Certificate of Achievement — Gold medal", "Certificate of
Participation", each with its Chinese title); the person's name in their own script (Chinese family
name first as written, Urdu shaped right to left in Nastaliq) and in Latin script; the organisation
in both; what it is for (the event with its dates and city, or the competition and the skill track
in English and Chinese, with the team); the date of issue; and in the corner the QR code of the
verification code, the code grouped for typing (``abcd-efgh-jk``) and how to check it
(``Verify: tvet-alliance verify CODE``).

A certificate is a bilingual document (English and Chinese) whatever the language of the window,
so its fixed texts are not translated. The QR code holds the stored code alone: ``verify`` reads it
back as typed. Fonts come from :mod:`tvet_alliance.render.fonts` (an explicit Simplified Chinese
family, the bundled Urdu fonts); check :func:`~tvet_alliance.render.fonts.font_report` before printing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPen

from tvet_alliance.domain.enums import CertificateKind
from tvet_alliance.domain.values import country_name
from tvet_alliance.files import atomic_write
from tvet_alliance.progress import Progress, no_progress
from tvet_alliance.render import palette
from tvet_alliance.render.pdf import A4_LANDSCAPE, MM_PER_INCH, Canvas, PageSetup, pdf_bytes
from tvet_alliance.render.qr import draw_qr
from tvet_alliance.render.text import CENTER, LEFT, RIGHT, draw_text
from tvet_alliance.services.certificates import MEDAL_NAMES, TITLES, Issued, date_range, day_text

ALLIANCE = "China–Pakistan TVET Alliance"
ALLIANCE_ZH = "中巴职业教育联盟"
VERIFY_COMMAND = "tvet-alliance verify"

_INK = QColor("#1f2937")
_MUTED = QColor("#4b5563")
_FRAME = QColor("#1e3a5f")


def heading(cert: Issued) -> tuple[str, str]:
    """The certificate's title in English and Chinese ("Certificate of Achievement — Gold medal")."""
    english, chinese = TITLES[cert.kind]
    if cert.kind is CertificateKind.MEDAL and cert.medal in MEDAL_NAMES:
        medal_en, medal_zh = MEDAL_NAMES[cert.medal]
        return f"{english} — {medal_en}", f"{chinese} · {medal_zh}"
    return english, chinese


def statement(cert: Issued) -> list[str]:
    """What the certificate is for, as lines of English (a Chinese track name beside the English)."""
    if cert.kind is CertificateKind.ATTENDANCE:
        place = ", ".join(p for p in (cert.city, country_name(cert.event_country)) if p)
        when = ", ".join(p for p in (date_range(cert.start_date, cert.end_date), place) if p)
        return ["attended", cert.event or "", when]
    track = cert.track or ""
    if cert.track_zh:
        track = f"{track} ({cert.track_zh})"
    competition = cert.competition or ""
    when = ", ".join(p for p in (date_range(cert.start_date, cert.end_date), cert.city) if p)
    team = f"as a member of the team {cert.team}" if cert.team else ""
    if cert.kind is CertificateKind.MEDAL and cert.medal in MEDAL_NAMES:
        first = f"won the {MEDAL_NAMES[cert.medal][0]} in the skill {track}"
    else:
        first = f"took part in the skill {track}"
    return [line for line in (first, team, f"at the {competition}", when) if line]


class CertificatesDocument:
    """The certificates, one A4 landscape page each, in the order given."""

    setup: PageSetup = A4_LANDSCAPE

    def __init__(self, certificates: Sequence[Issued], title: str = "Certificates") -> None:
        self.certificates = list(certificates)
        self.title = title

    def layout(self, canvas: Canvas) -> int:
        return len(self.certificates)

    def paint_page(self, canvas: Canvas, index: int) -> None:
        paint_certificate(canvas, self.certificates[index])


def write_certificates(
    certificates: Sequence[Issued],
    path: str | os.PathLike[str],
    *,
    title: str = "Certificates",
    before_rename: Callable[[], None] | None = None,
    progress: Progress = no_progress,
) -> int:
    """Write the certificates to *path* as PDF; the page count. *before_rename* runs once the file
    is written beside *path* and before it takes its name (the caller commits there: a file of
    certificates whose codes the database does not hold never appears, and a failed or cancelled
    rendering leaves no file)."""
    data, pages = pdf_bytes(CertificatesDocument(certificates, title), progress)
    with atomic_write(Path(path)) as tmp:
        tmp.write_bytes(data)
        if before_rename is not None:
            before_rename()
    return pages


def certificate_image(cert: Issued, width: int) -> QImage:
    """The certificate drawn on an image *width* pixels wide (the window's preview): the same
    painting as the PDF's page."""
    setup = CertificatesDocument.setup
    size = setup.size_mm()
    dpi = width * MM_PER_INCH / size.width()
    image = QImage(width, round(size.height() * dpi / MM_PER_INCH), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
    image.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # A Canvas works on any paint device with a resolution; an image is not paged, nothing else differs.
        paint_certificate(Canvas(painter, cast("QPagedPaintDevice", image), setup), cert)
    finally:
        painter.end()
    return image


def _frame(canvas: Canvas, accent: QColor) -> None:
    painter = canvas.painter
    size = canvas.setup.size_mm()
    width, height = size.width(), size.height()
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(_FRAME, canvas.mm(1.6)))
    painter.drawRect(canvas.rect(8, 8, width - 16, height - 16))
    painter.setPen(QPen(accent, canvas.mm(0.5)))
    painter.drawRect(canvas.rect(11, 11, width - 22, height - 22))
    painter.restore()


def paint_certificate(canvas: Canvas, cert: Issued) -> None:
    """One certificate on the canvas's page (A4 landscape, 297 × 210 mm)."""

    def draw(rect: QRectF, text: str, points: float, *, bold: bool = False, **options: Any) -> None:
        draw_text(canvas, rect, text, points, bold=bold, **options)

    size = canvas.setup.size_mm()
    width = size.width()
    medal = cert.medal if cert.kind is CertificateKind.MEDAL else None
    swatch = palette.medal(medal) if medal is not None else None
    accent = swatch.fill if swatch is not None else QColor("#2f6f9f")
    _frame(canvas, accent)
    left, inner = 24.0, width - 48.0

    def line(
        y: float, height: float, text: str, points: float, *, bold: bool = False, color: QColor = _INK
    ) -> None:
        draw(canvas.rect(left, y, inner, height), text, points, align=CENTER, bold=bold, color=color)

    line(20, 10, ALLIANCE, 18, bold=True, color=_FRAME)
    line(30, 8, ALLIANCE_ZH, 13, color=_FRAME)
    english, chinese = heading(cert)
    title_ink = swatch.ink if swatch is not None and swatch.ink is not None else _INK
    line(44, 16, english, 30, bold=True, color=title_ink)
    line(60, 9, chinese, 16, color=title_ink)
    painter = canvas.painter
    painter.save()
    painter.setPen(QPen(accent, canvas.mm(0.6)))
    painter.drawLine(
        QPointF(canvas.mm(width / 2 - 40), canvas.mm(72)), QPointF(canvas.mm(width / 2 + 40), canvas.mm(72))
    )
    painter.restore()
    line(76, 8, "This is to certify that", 13, color=_MUTED)
    native = (cert.native or "").strip()
    y = 86.0
    if native and native != cert.name:
        line(y, 17, native, 28, bold=True, color=_INK)
        y += 17
        line(y, 11, cert.name, 20, color=_INK)
        y += 12
    else:
        line(y, 16, cert.name, 28, bold=True, color=_INK)
        y += 18
    if cert.organization:
        line(y, 8, cert.organization, 13, color=_MUTED)
        y += 8
    if cert.organization_native and cert.organization_native != cert.organization:
        line(y, 9, cert.organization_native, 13, color=_MUTED)
        y += 9
    y += 2
    body = statement(cert)
    for index, text in enumerate(body):
        strong = index == (1 if cert.kind is CertificateKind.ATTENDANCE else 0) or text.startswith("at the ")
        line(y, 8, text, 15 if strong else 13, bold=strong, color=_INK)
        y += 8

    # The foot: issued on (left), the verification code and its QR code (right).
    foot = 166.0
    issued = day_text(cert.issued_at.date()) if cert.issued_at is not None else ""
    draw(canvas.rect(24, foot + 6, 90, 7), f"Issued on {issued}", 12, align=LEFT, color=_INK)
    painter.save()
    painter.setPen(QPen(_MUTED, canvas.mm(0.3)))
    painter.drawLine(
        QPointF(canvas.mm(24), canvas.mm(foot + 24)), QPointF(canvas.mm(94), canvas.mm(foot + 24))
    )
    painter.restore()
    draw(canvas.rect(24, foot + 25, 70, 6), "For the Secretariat", 10, align=LEFT, color=_MUTED)
    qr_side = 32.0
    qr_left = width - 20 - qr_side
    draw_qr(painter, canvas.rect(qr_left, foot - 8, qr_side, qr_side), cert.code)
    text_right = qr_left - 2
    draw(
        canvas.rect(text_right - 110, foot + 2, 110, 7),
        "Verification code",
        10,
        align=RIGHT,
        color=_MUTED,
    )
    draw(canvas.rect(text_right - 110, foot + 9, 110, 9), cert.shown_code, 17, bold=True, align=RIGHT)
    draw(
        canvas.rect(text_right - 110, foot + 18, 110, 6),
        f"Verify: {VERIFY_COMMAND} {cert.shown_code}",
        9,
        align=RIGHT,
        color=_MUTED,
    )
