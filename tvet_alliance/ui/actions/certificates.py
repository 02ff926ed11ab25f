"""File → Certificates… (issue and save the certificates of an event or a competition, revoke one)
and Help → Verify a certificate…: one mechanism for seminar and competition certificates.

Issuing and writing the PDF are long work (:meth:`Shell.start`, in the background with a cancellable
progress dialog): the certificates are issued and the PDF rendered in one session; the session
commits only once the whole file is written beside its name, and the file takes its name after the
commit (:func:`~tvet_alliance.render.certificates.write_certificates`). So a cancel or a failure
leaves neither new certificates nor a file, and no printed code is missing from the database.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from tvet_alliance.domain.changes import Changes, take
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.base import Controller, Shell
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.workers import Progress

if TYPE_CHECKING:
    from tvet_alliance.ui.dialogs.certificates import CertificatesDialog, Request, VerifyDialog


class CertificateActions(Controller):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.dialog: CertificatesDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.certificates_action = self.action(
            QCoreApplication.translate("MainWindow", "&Certificates…"),
            lambda: self.open_certificates(self.shown_competition()),
        )
        self.certificates_action.setObjectName("certificatesAction")
        self.verify_action = self.action(
            QCoreApplication.translate("MainWindow", "&Verify a certificate…"), self.open_verify
        )
        self.verify_action.setObjectName("verifyCertificateAction")

    def database_set(self, db: Database | None) -> None:
        for action in (self.certificates_action, self.verify_action):
            action.setEnabled(db is not None)
        for dialog in (self.dialog, self.verify_dialog):
            if dialog is not None:
                dialog.close()

    # --- the dialogs --------------------------------------------------------------------------

    def shown_competition(self) -> uuid.UUID | None:
        """The competition the page shown is about (Results, Marks), so File → Certificates… opens on
        it rather than on the first event listed."""
        current = getattr(self.window, "current_page", None)
        page = current() if callable(current) else None
        chosen = getattr(page, "competition_id", None)
        value = chosen() if callable(chosen) else None
        return value if isinstance(value, uuid.UUID) else None

    def open_certificates(self, subject_id: uuid.UUID | None = None) -> CertificatesDialog | None:
        """The certificates of an event or competition (*subject_id*, else the event on screen, else the first listed)."""
        if self.shell.db is None:
            return None
        if self.dialog is None:
            from tvet_alliance.ui.dialogs.certificates import CertificatesDialog

            subject_id = subject_id or self.event_on_screen()  # a new dialog starts with the event on screen

            dialog = CertificatesDialog(self.shell.database, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.issueRequested.connect(self.issue)
            dialog.revokeRequested.connect(self.revoke)
            dialog.destroyed.connect(lambda *_a: setattr(self, "dialog", None))
            self.dialog = dialog
        if subject_id is not None:
            self.dialog.choose(subject_id)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_verify(self) -> VerifyDialog | None:
        if self.shell.db is None:
            return None
        if self.verify_dialog is None:
            from tvet_alliance.ui.dialogs.certificates import VerifyDialog

            dialog = VerifyDialog(self.shell.database, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_a: setattr(self, "verify_dialog", None))
            self.verify_dialog = dialog
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.activateWindow()
        return self.verify_dialog

    # --- issuing and revoking -----------------------------------------------------------------

    def fonts_ok(self) -> bool:
        """True when every script prints right, or the person chose to print anyway."""
        from tvet_alliance.render.fonts import font_report

        report = font_report()
        if report.ok:
            return True
        lines = report.sentences(QCoreApplication.translate)
        return prompts.confirm(
            self.window,
            QCoreApplication.translate("MainWindow", "Fonts missing for printing"),
            "\n\n".join([*lines, QCoreApplication.translate("MainWindow", "Print the certificates anyway?")]),
        )

    def issue(self, request: Request, path: str) -> bool:
        """Issue the certificates *request* asks for (reusing those issued before) and write them
        to *path*; False when it did not start (busy, or the person stopped at a font warning)."""
        db = self.shell.db
        if db is None or self.shell.busy() or not self.fonts_ok():
            return False

        def work(progress: Progress) -> tuple[certificates.IssueReport, Changes]:
            from tvet_alliance.render.certificates import write_certificates

            with db.session() as session:
                if request.certificate_ids:
                    report = certificates.reprint(session, request.certificate_ids)
                elif request.event_id is not None:
                    report = certificates.issue_for_event(session, request.event_id)
                else:
                    assert request.competition_id is not None
                    report = certificates.issue_for_competition(
                        session,
                        request.competition_id,
                        track_id=request.track_id,
                        participants=request.participants,
                    )
                if not report.certificates:
                    raise certificates.CertificateError("nothing_to_print", certificates.MSG_NOTHING)

                def commit() -> None:
                    certificates.record_printed(session, [c.id for c in report.certificates])
                    session.commit()

                write_certificates(
                    report.certificates,
                    path,
                    title=request.subject.name,
                    before_rename=commit,
                    progress=progress,
                )
                return report, take(session)

        def succeeded(outcome: tuple[certificates.IssueReport, Changes]) -> None:
            report, changes = outcome
            self.shell.changed(changes)
            if self.dialog is not None:
                self.dialog.refresh()
            message = (
                self.tr("%n certificates saved to %1", "", len(report.certificates)).replace("%1", path)
                + " · "
                + self.tr("%n new", "", report.new)
                + " · "
                + self.tr("%n printed again with the same code", "", report.reused)
            )
            if report.provisional:
                message += " · " + self.tr("Results not confirmed yet, no certificates: %1").replace(
                    "%1", ", ".join(report.provisional)
                )
            self.shell.finished(message)

        return self.shell.start(
            QCoreApplication.translate("MainWindow", "Printing certificates…"),
            work,
            succeeded,
            lambda exc: self.shell.failed(
                text.error_text(exc), QCoreApplication.translate("MainWindow", "Certificates")
            ),
            cancelled_message=QCoreApplication.translate(
                "MainWindow", "Cancelled; no certificate was issued and no file was written."
            ),
        )

    def revoke(self, code: str, reason: str) -> bool:
        """Revoke the certificate *code* for *reason*; False (and the reason told) when refused."""
        db = self.shell.db
        if db is None:
            return False
        try:
            with db.session() as session:
                revoked = certificates.revoke(session, code, reason)
                session.commit()
                changes = take(session)
        except certificates.CertificateError as exc:
            prompts.warn(
                self.window,
                QCoreApplication.translate("MainWindow", "Revoke a certificate"),
                text.error_text(exc),
            )
            return False
        self.shell.changed(changes)
        if self.dialog is not None:
            self.dialog.refresh()
        self.shell.finished(
            QCoreApplication.translate("MainWindow", "Certificate %1 of %2 revoked.")
            .replace("%1", revoked.shown_code)
            .replace("%2", revoked.name)
        )
        return True
