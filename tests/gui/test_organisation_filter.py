"""The People list's organisation filter filters by what is typed at once, and Ctrl+F after it
moves the keys to the search box (its suggestions took the first one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.gui.test_editing import focus, pick
from tvet_alliance.domain import Organization, Person
from tvet_alliance.persistence import Database


def _people_of_partners_matching(db: Database, typed: str) -> int:
    with db.session() as s:
        orgs = {
            o.id
            for o in s.scalars(select(Organization))
            if typed.casefold()
            in " ".join([o.name_en, o.name_native or "", o.short_name or "", *o.aliases]).casefold()
        }
        return sum(1 for p in s.scalars(select(Person)) if p.organization_id in orgs)


def test_typed_text_filters_at_once_and_ctrl_f_takes_the_next_key(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(2)
    QApplication.processEvents()
    section = window.page("people").section
    everyone = section.model.total
    picker = section.filters["organization"]
    focus(qtbot, picker)
    qtbot.keyClicks(picker, "Pun")
    expected = _people_of_partners_matching(sample_db, "Pun")
    assert 0 < expected < everyone
    qtbot.waitUntil(lambda: section.model.matched == expected, timeout=3000)  # nothing picked yet
    qtbot.waitUntil(lambda: picker.completer().popup().isVisible(), timeout=3000)

    # Ctrl+F while the suggestions show: the search box gets the focus and every key after it.
    qtbot.keyClick(
        QApplication.activePopupWidget() or picker, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is section.search
    assert not picker.completer().popup().isVisible()
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    qtbot.keyClicks(target, "ali")
    assert section.search.text() == "ali"
    assert picker.text() == "Pun"

    # Clearing the filter shows everyone again (the search aside).
    section.search.clear()
    picker.clear()
    qtbot.waitUntil(lambda: section.model.matched == everyone, timeout=3000)


def test_a_partner_picked_from_the_suggestions_filters_by_that_partner(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(2)
    QApplication.processEvents()
    section = window.page("people").section
    picker = section.filters["organization"]
    focus(qtbot, picker)
    pick(qtbot, picker, "Pun", "Pun")
    chosen = picker.value()
    with sample_db.session() as s:
        expected = sum(1 for p in s.scalars(select(Person)) if p.organization_id == chosen)
    assert section.model.filters == {"organization": chosen}
    qtbot.waitUntil(lambda: section.model.matched == expected, timeout=3000)
