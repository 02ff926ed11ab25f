"""The import wizard's Organisations page: the organisations a people or delegates file names that
no partner matches, each with its count and a choice — create a new partner, one of the closest
partners, or leave the person's organisation empty (``ImportOptions.organizations``).

The scan (``services/importing/organizations.scan``) runs in the background when the person leaves
the Columns page (:meth:`OrganizationsPage.ready`); the page is shown only when it found names.
Pre-selected: the closest partner when it is almost certainly the one meant (score ≥
``organizations.LIKELY``: a spelling the exact rules missed), else "Create new partner" — either way
the page is shown and the person sees and can change every choice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tvet_alliance.persistence import Database
from tvet_alliance.services import importing as imp
from tvet_alliance.services.importing import organizations as orgs
from tvet_alliance.services.importing.engine import CREATE_ORGANIZATION
from tvet_alliance.ui import text
from tvet_alliance.ui.workers import Progress, Task, run_task

#: The combo's data for "leave empty" (None is no data in a QComboBox)
LEAVE_EMPTY = "leave"
Choice = uuid.UUID | str | None


class WizardState(Protocol):
    """What the page reads of the import wizard."""

    detection: imp.Detection | None
    mapping: imp.ColumnMapping
    task: Task | None

    def database(self) -> Database | None: ...

    @property
    def path(self) -> Path: ...

    @property
    def kind(self) -> imp.ImportKind: ...

    def import_options(self) -> imp.ImportOptions: ...


class OrganizationsPage(QWizardPage):
    def __init__(self, state: WizardState, *, after: int) -> None:
        super().__init__()
        self.state = state
        self.after = after  # the page that follows (the wizard's Check page)
        self.setObjectName("organizationsPage")
        self.setTitle(self.tr("Organisations"))
        self.setSubTitle(
            self.tr(
                "These organisations in the file are not partners yet. For each, create a new partner,"
                " choose the partner it is, or leave the people's organisation empty."
            )
        )
        self.scan_result: orgs.Scan | None = None
        self._scanned_for: tuple[object, ...] | None = None
        #: the person's choice per unknown name (its first spelling)
        self.chosen: dict[str, Choice] = {}
        self.touched = False  # the person changed a choice (closing the wizard asks first)
        self.combos: dict[str, QComboBox] = {}
        #: per listed name: its label (the file's spelling) and its count of rows
        self.names: list[tuple[QLabel, QLabel]] = []

        # A grid, not a table: Tab goes from one choice to the next, as a form's fields do.
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnStretch(2, 1)
        self.list_area = QScrollArea()
        self.list_area.setObjectName("organizationsList")
        self.list_area.setWidgetResizable(True)
        self.list_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from choice to choice
        self.list_area.setWidget(self.grid_widget)
        self.more_label = QLabel()
        self.more_label.setObjectName("organizationsMore")
        self.more_label.setWordWrap(True)
        #: a new partner needs a country, which a row without country, nationality or phone lacks
        self.country_note = QLabel()
        self.country_note.setObjectName("organizationsCountryNote")
        self.country_note.setWordWrap(True)
        self.country_note.setStyleSheet("color: #b00020;")
        self.country_note.setVisible(False)
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For all:")))
        self.create_all = QPushButton(self.tr("&Create new partners"))
        self.create_all.setObjectName("organizationsCreateAll")
        self.create_all.clicked.connect(lambda: self.set_all(CREATE_ORGANIZATION))
        self.leave_all = QPushButton(self.tr("&Leave empty"))
        self.leave_all.setObjectName("organizationsLeaveAll")
        self.leave_all.clicked.connect(lambda: self.set_all(LEAVE_EMPTY))
        for button in (self.create_all, self.leave_all):
            # Enter means Next on this page, even on these buttons (Space presses them): a hurried
            # Enter once set every choice to "Leave empty".
            button.setAutoDefault(False)
            all_row.addWidget(button)
        all_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_area, 1)  # first: the wizard gives the page's first widget the focus
        layout.addLayout(all_row)
        layout.addWidget(self.more_label)
        layout.addWidget(self.country_note)

    # -- the scan, before the page -------------------------------------------------------------------

    def _key(self) -> tuple[object, ...]:
        s = self.state
        options = s.import_options()
        return (
            s.path,
            s.detection,
            s.kind,
            tuple(sorted(s.mapping.columns.items())),
            options.constants.get("organization", ""),
        )

    def needed(self) -> bool:
        """Whether the scan found organisations to decide about (the page is shown)."""
        return bool(self.scan_result and self.scan_result.unknown)

    def next_from(self, page_id: int, own_id: int) -> int:
        """The page after the one before this: this page (*own_id*) when it is needed, else *page_id*."""
        return own_id if self.needed() and self._scanned_for == self._key() else page_id

    def ready(self, *, then: Callable[[], None], failed: Callable[[str], None]) -> bool:
        """True when the scan for the current file and mapping is done; otherwise start it in the
        background (progress and Cancel) and return False — *then* is called when it is done."""
        key = self._key()
        if self._scanned_for == key:
            return True
        s = self.state
        db = s.database()
        if (
            s.kind not in (imp.ImportKind.PEOPLE, imp.ImportKind.DELEGATES)
            or db is None
            or s.detection is None
        ):
            self._scanned(key, orgs.Scan())
            return True
        column, constant = orgs.organization_column(s.mapping, s.import_options())
        if column is None and not constant:
            self._scanned(key, orgs.Scan())
            return True
        if s.task is not None:
            return False
        path, detection, mapping = s.path, s.detection, s.mapping
        options = imp.ImportOptions(s.kind, constants=s.import_options().constants)

        def work(progress: Progress) -> orgs.Scan:
            with db.session() as session:
                return orgs.scan(session, path, detection, mapping, options, progress=progress)

        def done() -> None:
            s.task = None

        def succeeded(result: object) -> None:
            done()
            assert isinstance(result, orgs.Scan)
            self._scanned(key, result)
            then()

        def on_failure(exc: BaseException) -> None:
            done()
            failed(text.error_text(exc))

        def cancelled() -> None:
            done()

        s.task = run_task(
            self,
            self.tr("Looking for organisations that are not partners yet…"),
            work,
            on_success=succeeded,
            on_failure=on_failure,
            on_cancel=cancelled,
        )
        return False

    def _scanned(self, key: tuple[object, ...], result: orgs.Scan) -> None:
        self._scanned_for = key
        self.scan_result = result
        names = {u.name for u in result.unknown}
        self.chosen = {name: choice for name, choice in self.chosen.items() if name in names}
        for u in result.unknown:
            if u.name not in self.chosen:
                likely = u.likely
                self.chosen[u.name] = likely.id if likely is not None else CREATE_ORGANIZATION

    # -- the choices ---------------------------------------------------------------------------------

    def choices(self) -> dict[str, Choice]:
        """``ImportOptions.organizations``: every spelling of every listed name, as chosen."""
        if self.scan_result is None or self._scanned_for is None:
            return {}
        out: dict[str, Choice] = {}
        for u in self.scan_result.unknown:
            choice = self.chosen.get(u.name, CREATE_ORGANIZATION)
            for spelling in u.spellings:
                out[spelling] = choice
        return out

    def initializePage(self) -> None:
        result = self.scan_result or orgs.Scan()
        self.combos.clear()
        self.names.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for column, heading in enumerate(
            (self.tr("Organisation in the file"), self.tr("Rows"), self.tr("Partner"))
        ):
            head = QLabel(f"<b>{heading}</b>")
            self.grid.addWidget(head, 0, column)
        for r, u in enumerate(result.unknown, start=1):
            # the same name in another case or width too (listed in the tooltip)
            shown = (
                self.tr("%1 (and other spellings)").replace("%1", u.name) if len(u.spellings) > 1 else u.name
            )
            name = QLabel(shown)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setToolTip("\n".join(u.spellings))
            count = QLabel(str(u.rows))
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(name, r, 0)
            self.grid.addWidget(count, r, 1)
            self.names.append((name, count))
            combo = QComboBox()
            combo.setObjectName(f"organization_{r}")
            combo.setAccessibleName(u.name)
            combo.addItem(self.tr("Create new partner"), CREATE_ORGANIZATION)
            for c in u.closest:
                country = text.country_name(c.country) if c.country else ""
                combo.addItem(
                    self.tr("%1 (%2)").replace("%1", c.name).replace("%2", country) if country else c.name,
                    c.id,
                )
            combo.addItem(self.tr("Leave empty"), LEAVE_EMPTY)
            chosen = self.chosen.get(u.name, CREATE_ORGANIZATION)
            combo.setCurrentIndex(max(0, text.index_of(combo, LEAVE_EMPTY if chosen is None else chosen)))
            combo.currentIndexChanged.connect(lambda _i, key=u.name, box=combo: self._chose(key, box))
            name.setBuddy(combo)
            self.combos[u.name] = combo
            self.grid.addWidget(combo, r, 2)
        self.grid.setRowStretch(len(result.unknown) + 1, 1)
        self.more_label.setText(
            self.tr(
                "%n more organisations are not listed; they are created as new partners.", "", result.more
            )
            if result.more
            else ""
        )
        self._show_country_note()

    def showEvent(self, event: QShowEvent) -> None:
        """The first choice has the keyboard whenever the page is shown (coming back to it too),
        after the wizard has focused its own widgets."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        if self.combos and self.isVisible():
            next(iter(self.combos.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _chose(self, name: str, combo: QComboBox) -> None:
        data = combo.currentData()
        if self.chosen.get(name, CREATE_ORGANIZATION) != (None if data == LEAVE_EMPTY else data):
            self.touched = True
        self.chosen[name] = None if data == LEAVE_EMPTY else data
        self._show_country_note()

    def no_country(self) -> bool:
        """Whether a partner created from this file would have no country: no column or value for
        every row gives a country, a nationality or a phone to tell it by."""
        s = self.state
        constants = s.import_options().constants
        return not any(
            key in s.mapping.columns or constants.get(key) for key in ("country", "nationality", "phone")
        )

    def _show_country_note(self) -> None:
        creating = [name for name, choice in self.chosen.items() if choice == CREATE_ORGANIZATION]
        shown = bool(creating) and self.combos and self.no_country()
        self.country_note.setText(
            self.tr(
                "A new partner needs a country, and no column of this file gives one (country, "
                "nationality or phone): its rows would be rejected. Choose the partner each one is, "
                "leave it empty, or go Back and give a Nationality for every row."
            )
            if shown
            else ""
        )
        self.country_note.setVisible(bool(shown))

    def set_all(self, choice: str) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(max(0, text.index_of(combo, choice)))

    def isComplete(self) -> bool:
        return self.state.task is None

    def nextId(self) -> int:
        return self.after
