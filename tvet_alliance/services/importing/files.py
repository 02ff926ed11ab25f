"""Import helpers shared by the command line and the wizard: the events and competitions an import
can go into (listed, or found by name), and the one writer of the rejected rows, back out in the
file's own encoding and delimiter."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import Competition, Event
from tvet_alliance.domain.names import named
from tvet_alliance.files import atomic_write
from tvet_alliance.services.importing.engine import (
    MSG_UNKNOWN_COMPETITION,
    MSG_UNKNOWN_EVENT,
    ImportSetupError,
    Report,
    RowError,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    """An event or a competition as a list to choose from shows it."""

    id: uuid.UUID
    name: str
    starts: date | None
    edition: str | None = None


def event_choices(session: Session) -> list[Choice]:
    """The events delegates can be imported into, the latest first."""
    stmt = select(Event.id, Event.name, Event.start_date).order_by(Event.start_date.desc(), Event.name)
    return [Choice(row.id, row.name, row.start_date) for row in session.execute(stmt)]


def competition_choices(session: Session) -> list[Choice]:
    """The competitions entries can be imported into, the latest first."""
    stmt = select(Competition.id, Competition.name, Competition.start_date, Competition.edition).order_by(
        Competition.start_date.desc()
    )
    return [Choice(row.id, row.name, row.start_date, row.edition) for row in session.execute(stmt)]


def find_event(session: Session, name: str) -> Event:
    """The event called *name* (case-insensitive; a unique prefix is enough)."""
    events = list(session.scalars(select(Event)))
    return _pick(events, name, lambda e: e.name, MSG_UNKNOWN_EVENT)


def find_competition(session: Session, name: str) -> Competition:
    competitions = list(session.scalars(select(Competition)))
    return _pick(competitions, name, lambda c: c.name, MSG_UNKNOWN_COMPETITION)


def _pick(items: list[T], name: str, name_of: Callable[[T], str], message: str) -> T:
    found = named(items, name, lambda i: (name_of(i),))
    if len(found) == 1:
        return found[0]
    raise ImportSetupError("unknown", message, name=name)


def write_rejected(
    report: Report,
    destination: Path,
    *,
    describe: Callable[[RowError], str] | None = None,
    headers: tuple[str, str] = ("row", "reason"),
) -> str:
    """Write the rejected rows of *report* to *destination*: a "row" column (the row's number in the
    file), the file's own columns, and a "reason" column, in the imported file's encoding and
    delimiter (UTF-8 with BOM and commas for a workbook). Returns the encoding used.

    *describe* words each problem (the window translates it; by default the English text), and
    *headers* names the two added columns. A reason the file's encoding cannot hold (a translated
    one) makes the file UTF-8 with a BOM instead. Written through :func:`atomic_write`.
    """
    d = report.detection
    encoding, delimiter = ("utf-8-sig", ",") if d.is_xlsx else (d.encoding, d.delimiter)
    by_row: dict[int, list[RowError]] = {}
    for error in report.errors:
        by_row.setdefault(error.row, []).append(error)
    width = len(report.header)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([headers[0], *report.header, headers[1]])
    for number, cells, reason in report.rejected:
        errors = by_row.get(number)
        if describe is not None and errors:
            reason = "; ".join(f"{e.column}: {describe(e)}" for e in errors)
        writer.writerow([number, *cells, *[""] * (width - len(cells)), reason])
    text = out.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "utf-8-sig"
        data = text.encode(encoding)
    with atomic_write(destination) as tmp:
        tmp.write_bytes(data)
    return encoding
