"""Marks: judges' marks for a skill track's marking scheme, typed into a grid (one judge at a time)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.ui.pages import PageContext, PageSpec


def build(context: PageContext) -> QWidget:
    from tvet_alliance.ui.views.marks import MarksView

    editing = context.editing
    return MarksView(context.database, editing.undo_stack, editing.recordsChanged.emit)


PAGE = PageSpec(
    key="marks",
    title=QT_TRANSLATE_NOOP("Areas", "Marks"),
    icon="icons:marks.svg",
    tables=frozenset(
        {
            "competition",
            "skill_track",
            "entry",
            "entry_member",
            "marking_aspect",
            "judge_mark",
            "organization",
            "person",
        }
    ),
    build=build,
)
