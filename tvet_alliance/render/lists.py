"""Printed lists of an event's delegates: the delegate list and the sign-in sheet.

:func:`delegate_list` turns a :class:`~tvet_alliance.services.printing.PrintSet` into a
:class:`~tvet_alliance.render.table.TableDocument`: numbered rows with the name in its own script,
the name in Latin, the organisation, country and role (the list), or with a ruled signature column
and taller rows (the sign-in sheet, ``sign_in=True``). Ordered by name, or by organisation with one
heading per organisation (its column then left out). Titles and headers are translated with the
window's translator (``Printing`` and ``Fields`` contexts); the command line prints them in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from tvet_alliance.render.pdf import A4
from tvet_alliance.render.table import Column, Group, TableDocument
from tvet_alliance.render.text import RIGHT
from tvet_alliance.services.printing import BY_ORGANIZATION, PrintedDelegate, PrintSet


class Printing(QObject):
    """The translation context of printed texts (``Printing.tr`` for counted ones, which lupdate sees)."""


def _count(n: int) -> str:
    return Printing.tr("%n delegates", "", n)  # type: ignore[arg-type]


def delegate_list(printed: PrintSet, *, sign_in: bool = False) -> TableDocument:
    """The delegate list (or, with *sign_in*, the sign-in sheet) of *printed*'s event."""
    grouped = printed.order == BY_ORGANIZATION
    columns = [
        Column(QCoreApplication.translate("Printing", "No."), 0.55, RIGHT),
        Column(QCoreApplication.translate("Printing", "Name"), 2.6),
        Column(QCoreApplication.translate("Printing", "Name in Latin"), 2.6),
    ]
    if not grouped:
        columns.append(Column(QCoreApplication.translate("Printing", "Organisation"), 3.2))
    if sign_in:
        columns.append(Column(QCoreApplication.translate("Printing", "Signature"), 3.0, signature=True))
    else:
        columns += [
            Column(QCoreApplication.translate("Printing", "Country"), 1.4),
            Column(QCoreApplication.translate("Printing", "Role"), 1.3),
        ]

    def row(number: int, person: PrintedDelegate) -> tuple[str, ...]:
        native = person.native_name or ""
        latin = person.latin_name if person.latin_name != native else ""
        cells = [str(number), native or latin, latin if native else ""]
        if not grouped:
            cells.append(person.organization or "")
        if not sign_in:
            cells += [person.country, person.role_label]
        return tuple(cells)

    if grouped:
        groups: list[Group] = []
        number = 0
        for heading, members in printed.groups:
            rows = []
            for person in members:
                number += 1
                rows.append(row(number, person))
            groups.append(Group(heading, rows))
    else:
        groups = [Group(None, [row(n, p) for n, p in enumerate(printed.delegates, start=1)])]
    event = printed.event
    title = (
        QCoreApplication.translate("Printing", "Sign-in sheet")
        if sign_in
        else QCoreApplication.translate("Printing", "Delegate list")
    )
    subtitle = " · ".join(x for x in (event.dates, event.place, _count(len(printed.delegates))) if x)
    return TableDocument(
        f"{title} — {event.name}",
        subtitle,
        columns,
        groups,
        setup=A4,
        row_height=11.0 if sign_in else 7.0,
        right_to_left=printed.language.startswith("ur"),  # an Urdu page reads from the right
        font_size=10.0 if sign_in else 9.0,
    )
