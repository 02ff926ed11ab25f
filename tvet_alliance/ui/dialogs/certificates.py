"""Certificates in the window: the certificates of an event or a competition (issue and save as PDF,
a preview of the one selected, revoke), and verifying a code.

The work is :mod:`tvet_alliance.services.certificates`; issuing and writing the PDF run as long
work through the window (:class:`~tvet_alliance.ui.actions.certificates.CertificateActions`). These
widgets collect the choices and show the answers.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tvet_alliance.domain.enums import CertificateKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates
from tvet_alliance.services.certificates import Issued, Status, Verification
from tvet_alliance.ui import text
from tvet_alliance.ui.models.direction import select_row, use_script_direction

DatabaseGetter = Callable[[], Database | None]
CONTEXT = "Certificates"  # the services' texts

#: The answer's colours: (background, border, text).
GOOD = ("#e3f4e8", "#2e7d4f", "#14532d")
BAD = ("#fde2e1", "#b42318", "#7a1a12")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_text(cert: Issued) -> str:
    """What the certificate is, in the person's language ("Certificate of Achievement — Gold medal")."""
    title = _tr(certificates.TITLES[cert.kind][0])
    if cert.kind is CertificateKind.MEDAL and cert.medal in certificates.MEDAL_NAMES:
        return f"{title} — {_tr(certificates.MEDAL_NAMES[cert.medal][0])}"
    return title


def verification_text(found: Verification) -> str:
    """The verdict in the person's language: "Valid certificate", "… revoked on …: why", …"""
    return text.fill(found.template, found.params, (CONTEXT,), found.text())


def _names(cert: Issued) -> str:
    native = cert.native if cert.native and cert.native != cert.name else ""
    return f"{cert.name} / {native}" if native else cert.name


def details_html(cert: Issued) -> str:
    """Whose certificate, for what and when, as rich text lines (names escaped)."""
    translate = QCoreApplication.translate
    lines = [
        f"<b>{html.escape(kind_text(cert))}</b>",
        f"<span style='font-size:large'>{html.escape(_names(cert))}</span>",
    ]
    org = " / ".join(p for p in (cert.organization, cert.organization_native) if p)
    if org:
        lines.append(html.escape(org))
    dates = certificates.date_range(cert.start_date, cert.end_date)
    if cert.event is not None:
        lines.append(
            translate("VerifyDialog", "Event: %1").replace(
                "%1", html.escape(", ".join(p for p in (cert.event, dates, cert.city) if p))
            )
        )
    else:
        if cert.competition:
            lines.append(
                translate("VerifyDialog", "Competition: %1").replace(
                    "%1", html.escape(", ".join(p for p in (cert.competition, dates, cert.city) if p))
                )
            )
        if cert.track:
            shown = cert.track + (f" / {cert.track_zh}" if cert.track_zh else "")
            lines.append(translate("VerifyDialog", "Skill track: %1").replace("%1", html.escape(shown)))
        if cert.team:
            lines.append(translate("VerifyDialog", "Team: %1").replace("%1", html.escape(cert.team)))
    issued = text.format_value(cert.issued_at) if cert.issued_at else ""
    line = translate("VerifyDialog", "Issued %1").replace("%1", html.escape(issued))
    if cert.issued_by:
        line += " · " + html.escape(cert.issued_by)
    lines.append(line)
    lines.append(
        translate("VerifyDialog", "Code %1").replace("%1", f"<tt>{html.escape(cert.shown_code)}</tt>")
    )
    return "<br>".join(f"\u2068{part}\u2069" for part in lines)


def _answer_style(colours: tuple[str, str, str]) -> str:
    background, border, ink = colours
    return (
        f"QLabel {{ background: {background}; border: 2px solid {border}; color: {ink}; "
        "border-radius: 6px; padding: 10px; font-size: 16pt; font-weight: bold; }"
    )


class VerifyDialog(QDialog):
    """One field for the code (typed or scanned; Enter verifies) and the answer shown plainly:
    green for a valid certificate with whose it is, red for revoked, unknown or mistyped."""

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self._database = database
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.last: Verification | None = None
        self.field = QLineEdit()
        self.field.setObjectName("verifyCode")
        self.field.setPlaceholderText(self.tr("The code printed on the certificate, e.g. abcd-efgh-jk"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.verify_button)
        self.answer = QLabel()
        self.answer.setObjectName("verifyAnswer")
        self.answer.setWordWrap(True)
        self.answer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.answer.hide()
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Type or scan the certificate's verification code, then press Enter."))
        )
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.field.setFocus()

    def verify(self) -> Verification | None:
        db = self._database()
        if db is None:
            return None
        with db.session() as session:
            found = certificates.verify(session, self.field.text())
        self.last = found
        if found.status is Status.VALID:
            headline, colours = self.tr("Valid certificate"), GOOD
        elif found.status is Status.REVOKED:
            headline, colours = self.tr("Revoked: not valid"), BAD
        else:
            headline, colours = "", BAD
        verdict = verification_text(found)
        shown = (
            headline if found.status is Status.VALID else (f"{headline}\n{verdict}" if headline else verdict)
        )
        self.answer.setText(text.directed(shown))
        self.answer.setStyleSheet(_answer_style(colours))
        self.answer.setProperty("verdict", found.status.value)
        self.answer.show()
        if found.certificate is not None:
            self.details.setText(details_html(found.certificate))
            self.details.show()
        else:
            self.details.clear()
            self.details.hide()
        self.field.selectAll()  # the next scan replaces the code
        return found


@dataclass(frozen=True)
class Request:
    """What to issue and print: an event's certificates, or a competition's (one track or all)."""

    subject: certificates.Subject
    track_id: uuid.UUID | None = None
    participants: bool = False
    #: Only these certificates, printed again as they are (a lost or damaged one).
    certificate_ids: tuple[uuid.UUID, ...] = ()

    @property
    def event_id(self) -> uuid.UUID | None:
        return self.subject.id if self.subject.kind == "event" else None

    @property
    def competition_id(self) -> uuid.UUID | None:
        return self.subject.id if self.subject.kind == "competition" else None


class RevokeDialog(QDialog):
    """Asks before revoking, and for the reason (kept with the certificate): Revoke does nothing
    until a reason is given, and says so."""

    def __init__(self, cert: Issued, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.cert = cert
        self.setWindowTitle(self.tr("Revoke a certificate"))
        self.question = question = QLabel(
            text.directed(
                self.tr(
                    "Revoke the certificate %1 of %2? Verifying it will then say it is revoked, with "
                    "the reason below. This cannot be undone; a new certificate gets a new code."
                )
                .replace("%1", cert.shown_code)
                .replace("%2", _names(cert))
            )
        )
        question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setPlaceholderText(self.tr("Why, e.g. issued to the wrong person"))
        self.problem = QLabel()
        self.problem.setObjectName("revokeProblem")
        self.problem.setStyleSheet(f"color: {BAD[1]};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = self.buttons.addButton(
            self.tr("Re&voke"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.revoke_button.setObjectName("revokeButton")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def try_accept(self) -> None:
        if not self.reason.text().strip():
            self.problem.setText(text.directed(_tr(certificates.MSG_NO_REASON)))
            self.problem.show()
            self.adjustSize()
            self.reason.setFocus()
            return
        self.accept()


class CertificatesDialog(QDialog):
    """The certificates of one event or competition: who holds one (revoked ones marked), a preview
    of the selected one, "Issue and save PDF…" and "Revoke…"."""

    #: The person asked to issue and save: (request, the PDF's path).
    issueRequested = Signal(object, str)
    #: The person confirmed revoking: (the certificate's code, the reason).
    revokeRequested = Signal(str, str)

    def __init__(self, database: DatabaseGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesDialog")
        self._database = database
        self.setWindowTitle(self.tr("Certificates"))
        self.shown: list[Issued] = []
        self.subject_box = QComboBox()
        self.subject_box.setObjectName("certificateSubject")
        self.track_box = QComboBox()
        self.track_box.setObjectName("certificateTrack")
        self.participants_box = QCheckBox(self.tr("Also those who took part &without a medal"))
        self.participants_box.setObjectName("certificateParticipants")
        self.summary = QLabel()
        self.summary.setObjectName("certificateSummary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.subject_box)
        self.track_label = QLabel(self.tr("Skill &track:"))
        self.track_label.setBuddy(self.track_box)
        form.addRow(self.track_label, self.track_box)
        form.addRow("", self.participants_box)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("certificateTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Native name"),
                self.tr("Certificate"),
                self.tr("Code"),
                self.tr("Issued"),
                self.tr("Printed"),
                self.tr("Revoked"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        use_script_direction(self.table)  # each name in its own script's direction
        self.preview = QLabel()
        self.preview.setObjectName("certificatePreview")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(300, 212)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.preview, 2)

        self.issue_button = QPushButton(self.tr("&Issue and save PDF…"))
        self.issue_button.setObjectName("issueCertificates")
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(lambda: self._ask_path())
        self.reprint_button = QPushButton(self.tr("Save the &selected one…"))
        self.reprint_button.setObjectName("reprintCertificate")
        self.reprint_button.setToolTip(self.tr("Print the selected certificate again, with the same code"))
        self.reprint_button.clicked.connect(lambda: self._ask_path(selected=True))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setObjectName("revokeCertificate")
        self.revoke_button.clicked.connect(self.ask_revoke)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.revoke_dialog: RevokeDialog | None = None
        self._preview_image: QImage | None = None

        self._fill_subjects()
        self.subject_box.currentIndexChanged.connect(self._subject_changed)
        self.track_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.participants_box.toggled.connect(lambda _c: self.refresh())
        self._subject_changed()

    # --- choices ------------------------------------------------------------------------------

    def _fill_subjects(self) -> None:
        db = self._database()
        found: list[certificates.Subject] = []
        if db is not None:
            with db.session() as session:
                found = certificates.subjects(session)
        self.subject_box.clear()
        for subject in found:
            label = (
                subject.name
                if subject.kind == "event"
                else self.tr("%1 (competition)").replace("%1", subject.name)
            )
            if subject.start_date is not None:
                label += f" · {text.format_value(subject.start_date)}"
            self.subject_box.addItem(label, subject)

    def choose(self, subject_id: uuid.UUID) -> None:
        """Show the certificates of the event or competition *subject_id*."""
        for index in range(self.subject_box.count()):
            if self.subject_box.itemData(index).id == subject_id:
                self.subject_box.setCurrentIndex(index)
                return

    def request(self) -> Request | None:
        subject = self.subject_box.currentData()
        if not isinstance(subject, certificates.Subject):
            return None
        if subject.kind == "event":
            return Request(subject)
        track = self.track_box.currentData()
        return Request(
            subject, track if isinstance(track, uuid.UUID) else None, self.participants_box.isChecked()
        )

    def _subject_changed(self) -> None:
        subject = self.subject_box.currentData()
        competition = isinstance(subject, certificates.Subject) and subject.kind == "competition"
        for widget in (self.track_label, self.track_box, self.participants_box):
            widget.setVisible(competition)
        self.track_box.blockSignals(True)
        self.track_box.clear()
        if competition:
            self.track_box.addItem(self.tr("All tracks"), None)
            db = self._database()
            if db is not None:
                with db.session() as session:
                    for track in certificates.tracks(session, subject.id):
                        self.track_box.addItem(track.name.shown_in(text.language()), track.id)
        self.track_box.blockSignals(False)
        self.refresh()

    # --- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the certificates of the chosen event or competition again."""
        request = self.request()
        db = self._database()
        before = self.current()
        self.shown = []
        waiting = 0
        if request is not None and db is not None:
            with db.session() as session:
                self.shown = certificates.certificates_of(
                    session,
                    event_id=request.event_id,
                    competition_id=request.competition_id,
                    track_id=request.track_id,
                )
                waiting = certificates.eligible(
                    session,
                    event_id=request.event_id,
                    competition_id=request.competition_id,
                    track_id=request.track_id,
                    participants=request.participants,
                )
        if request is not None and request.subject.kind == "competition" and not request.participants:
            self.shown = [c for c in self.shown if c.kind is not CertificateKind.PARTICIPATION]
        self.table.setRowCount(len(self.shown))
        for row, cert in enumerate(self.shown):
            cells = (
                cert.name,
                cert.native or "",
                kind_text(cert),
                cert.shown_code,
                text.format_value(cert.issued_at) if cert.issued_at else "",
                str(cert.printed_count),
                (text.format_value(cert.revoked_at) + " · " + (cert.revoked_reason or ""))
                if cert.revoked_at
                else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if cert.revoked:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        live = sum(1 for c in self.shown if not c.revoked)
        revoked = len(self.shown) - live
        if request is None:
            summary = self.tr("There is no event or competition yet.")
        elif request.subject.kind == "event":
            summary = self.tr("%n delegates attended.", "", waiting)
        else:
            summary = self.tr("%n competitors to certify.", "", waiting)
        if request is not None:
            summary += " " + self.tr("%n certificates issued", "", live)
            if revoked:
                summary += " · " + self.tr("%n revoked", "", revoked)
            summary += "."
        self.summary.setText(text.directed(summary))
        self.issue_button.setEnabled(request is not None and waiting > 0)
        if self.shown:
            # The certificate selected before stays selected (after a revoke, a reprint).
            ids = [c.id for c in self.shown]
            select_row(self.table, ids.index(before.id) if before is not None and before.id in ids else 0)
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No certificate issued yet."))
        self._selected()

    def current(self) -> Issued | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _selected(self) -> None:
        cert = self.current()
        self.revoke_button.setEnabled(cert is not None and not cert.revoked)
        self.reprint_button.setEnabled(cert is not None and not cert.revoked)
        if cert is None:
            self._preview_image = None
            return
        from tvet_alliance.render.certificates import certificate_image

        self._preview_image = certificate_image(cert, 900)
        self._show_preview()

    def _show_preview(self) -> None:
        image = getattr(self, "_preview_image", None)
        if image is None:
            return
        room = self.preview.contentsRect().size()
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_preview()

    # --- actions ------------------------------------------------------------------------------

    def _ask_path(self, *, selected: bool = False) -> None:
        from PySide6.QtWidgets import QFileDialog

        request = self.request()
        cert = self.current()
        if request is None or (selected and (cert is None or cert.revoked)):
            return
        name = request.subject.name
        if selected and cert is not None:
            request = Request(request.subject, certificate_ids=(cert.id,))
            name = f"{cert.name} {cert.shown_code}"
        suggested = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificates"),
            f"{suggested or 'certificates'} - certificates.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.issueRequested.emit(request, path)

    def ask_revoke(self) -> RevokeDialog | None:
        cert = self.current()
        if cert is None or cert.revoked:
            return None
        dialog = RevokeDialog(cert, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.revokeRequested.emit(cert.code, dialog.reason.text()))
        dialog.destroyed.connect(lambda *_a: setattr(self, "revoke_dialog", None))
        self.revoke_dialog = dialog
        dialog.open()
        return dialog
