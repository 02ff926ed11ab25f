"""File → Print: badges, a reprint of the selected delegate's badge, the delegate list and the
sign-in sheet, and Ctrl+P, the preview of what the page on screen prints.

Each action asks what to print (:class:`~tvet_alliance.ui.dialogs.print_options.PrintOptionsDialog`),
warns when a font the pages need is missing (:func:`tvet_alliance.render.fonts.font_report`), then
shows the preview (:class:`~tvet_alliance.ui.dialogs.print_preview.PrintPreviewDialog`) or writes
the PDF in the background with a cancellable progress dialog (:meth:`Controller.run`). The delegates
come from :func:`tvet_alliance.services.printing.delegates`; the pages are drawn by ``render``.

Other printed things (certificates, result sheets) add their actions to :attr:`PrintingActions.menu`
and use :meth:`PrintingActions.preview` / :meth:`PrintingActions.save_pdf`. A page that knows what
it prints offers ``print_document() -> Document | None``: Ctrl+P previews it.
"""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tvet_alliance.persistence import Database
from tvet_alliance.services import listing, printing
from tvet_alliance.ui import text
from tvet_alliance.ui.actions.base import NOTHING, Controller, Shell
from tvet_alliance.ui.dialogs import prompts
from tvet_alliance.ui.dialogs.print_options import (
    BADGES,
    DELEGATE_LIST,
    LISTED,
    PREVIEW,
    SELECTED,
    SIGN_IN,
    EventRows,
    PrintChoice,
    PrintOptionsDialog,
)
from tvet_alliance.ui.workers import Progress

if TYPE_CHECKING:
    from tvet_alliance.render.pdf import Document
    from tvet_alliance.ui.dialogs.print_preview import PrintPreviewDialog


class PrintingActions(Controller):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.options_dialog: PrintOptionsDialog | None = None
        self.preview_dialog: PrintPreviewDialog | None = None
        #: What the last printing left out (cancelled registrations), for the status message.
        self.left_out = 0
        self.menu = QMenu(QCoreApplication.translate("MainWindow", "&Print"), self.window)
        self.menu.setObjectName("printMenu")
        self.badges_action = self.action(self.tr("&Badges…"), lambda: self.open(BADGES))
        self.reprint_action = self.action(
            self.tr("&Reprint badge (selected delegate)"), self.reprint_selected
        )
        self.list_action = self.action(self.tr("&Delegate list…"), lambda: self.open(DELEGATE_LIST))
        self.sign_in_action = self.action(self.tr("&Sign-in sheet…"), lambda: self.open(SIGN_IN))
        self.preview_action = self.action(self.tr("Print pre&view"), self.preview_current, "Ctrl+P")
        self.preview_action.setStatusTip(
            self.tr("Preview what the page on screen prints (an event's delegate list)")
        )
        for action in (self.badges_action, self.reprint_action, self.list_action, self.sign_in_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.preview_action)

    @property
    def actions(self) -> list[Any]:
        return [
            self.badges_action,
            self.reprint_action,
            self.list_action,
            self.sign_in_action,
            self.preview_action,
        ]

    def database_set(self, db: Database | None) -> None:
        for action in self.actions:
            action.setEnabled(db is not None)

    # --- what the page on screen shows ----------------------------------------------------------

    def event_rows(self) -> EventRows | None:
        """The event selected on the Events page, with its delegates listed (when filtered) and selected."""
        page = self.shell.current_page()
        if getattr(getattr(page, "spec", None), "key", None) != "events":
            return None
        event_id = page.selected_id()  # type: ignore[union-attr]
        section = page.details.get("delegates")  # type: ignore[union-attr]
        db = self.shell.db
        if event_id is None or section is None or db is None:
            return None
        model = section.model
        listed: list[uuid.UUID] | None = None
        if model.search.strip() or any(value is not None for value in model.filters.values()):
            with db.session() as session:
                listed = listing.list_ids(
                    session,
                    listing.DELEGATES,
                    parent_id=event_id,
                    search=model.search,
                    filters=model.filters,
                )
        return EventRows(event_id, listed, section.selected_ids())

    # --- the actions ------------------------------------------------------------------------------

    def open(self, kind: str) -> PrintOptionsDialog | None:
        """Ask what to print, then preview or save it."""
        db = self.shell.db
        if db is None or self.shell.busy():
            return None
        with db.session() as session:
            events = printing.events(session)
        if not events:
            prompts.warn(
                self.window, self.tr("Print"), self.tr("There is no event to print for. Add an event first.")
            )
            return None
        rows = self.event_rows()
        shown = self.event_on_screen()
        if rows is None and shown is not None:  # the desk's event: all of its delegates
            rows = EventRows(shown, None, ())
        dialog = PrintOptionsDialog(kind, events, rows, self.window)
        self.options_dialog = dialog
        dialog.accepted.connect(lambda: self._chosen(dialog.choice))
        dialog.open()
        return dialog

    def reprint_selected(self) -> None:
        """The badge of the delegate selected in an event's delegate list, again (same ticket code)."""
        rows = self.event_rows()
        if rows is None or len(rows.selected) != 1:
            prompts.warn(
                self.window,
                self.tr("Reprint badge"),
                self.tr(
                    "Select one delegate in an event's Delegates list (Events page), then reprint the badge."
                ),
            )
            return
        self._chosen(PrintChoice(BADGES, rows.event_id, "a6", SELECTED, printing.BY_NAME, PREVIEW), rows)

    def preview_current(self) -> None:
        """Ctrl+P: the preview of what the page on screen prints."""
        page = self.shell.current_page()
        offer = getattr(page, "print_document", None)
        if callable(offer):
            document = offer()
            if document is not None:
                self.preview(document)
                return
        rows = self.event_rows()
        if rows is None:
            self.open(DELEGATE_LIST)
            return
        scope = LISTED if rows.listed is not None else "all"
        self._chosen(PrintChoice(DELEGATE_LIST, rows.event_id, "a6", scope, printing.BY_NAME, PREVIEW), rows)

    def _chosen(self, choice: PrintChoice | None, rows: EventRows | None = None) -> None:
        if choice is None:
            return
        rows = rows if rows is not None else self.event_rows()
        document = self.document(choice, rows)
        if document is None:
            return
        if choice.then == PREVIEW:
            self.preview(document, note=self.left_out_text(self.left_out))
        else:
            self.ask_and_save(document)

    def document(self, choice: PrintChoice, rows: EventRows | None) -> Document | None:
        """The pages *choice* asks for (None, with a message, when there is nothing to print)."""
        from tvet_alliance.render.badges import BadgeDocument
        from tvet_alliance.render.lists import delegate_list

        db = self.shell.db
        if db is None:
            return None
        ids: list[uuid.UUID] | None = None
        if rows is not None and rows.event_id == choice.event_id:
            if choice.scope == LISTED and rows.listed is not None:
                ids = list(rows.listed)
            elif choice.scope == SELECTED:
                ids = list(rows.selected)
        try:
            with db.session() as session:
                printed = printing.delegates(
                    session,
                    choice.event_id,
                    language=text.language(),
                    participation_ids=ids,
                    order=choice.order,
                )
        except printing.PrintingError as exc:
            prompts.warn(self.window, self.tr("Print"), text.error_text(exc))
            return None
        self.left_out = printed.left_out
        if not printed.delegates:
            message = self.tr("Nothing to print: the event has no delegates to print for.")
            if printed.left_out:
                message += " " + self.left_out_text(printed.left_out)
            prompts.warn(self.window, self.tr("Print"), message)
            return None
        if not self.fonts_ok():
            return None
        if choice.kind == BADGES:
            return BadgeDocument(printed, choice.layout)
        return delegate_list(printed, sign_in=choice.kind == SIGN_IN)

    def fonts_ok(self) -> bool:
        """Warn when a font the pages need is missing; whether to go on."""
        from tvet_alliance.render.fonts import font_report

        report = font_report()
        if report.ok:
            return True
        sentences = report.sentences(QCoreApplication.translate)
        answer = QMessageBox.question(
            self.window,
            self.tr("A font is missing"),
            "\n\n".join([*sentences, self.tr("Print anyway?")]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def left_out_text(self, count: int) -> str:
        return self.tr("%n cancelled registrations were left out.", "", count) if count else ""

    def preview(self, document: Document, *, note: str = "") -> PrintPreviewDialog:
        from tvet_alliance.ui.dialogs.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(
            document,
            self.window,
            save=lambda path: self.save_pdf(document, path),
            start_dir=self.start_dir(),
            note=note,
        )
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def ask_and_save(self, document: Document) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as PDF"), self.start_dir(), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self.save_pdf(document, path)
        return path

    def save_pdf(self, document: Document, path: Path) -> None:
        """Write *document* to *path* in the background (progress per page, Cancel writes nothing)."""
        from tvet_alliance.render.pdf import write_pdf

        own = copy.copy(document)  # the preview may lay its copy out again meanwhile
        left_out = self.left_out

        def work(progress: Progress) -> tuple[int, Any]:
            return write_pdf(own, path, progress), NOTHING

        def done(pages: int) -> str:
            message = self.tr("Saved %n pages to %1.", "", pages).replace("%1", path.name)
            if left_out:
                message += " " + self.left_out_text(left_out)
            return message

        self.run(self.tr("Writing the PDF…"), work, done)
