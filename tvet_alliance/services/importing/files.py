"""Import helpers shared by the command line and the wizard: finding the event or competition by
name, and writing the rejected rows back out in the file's own encoding and delimiter."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import Competition, Event
from tvet_alliance.services.importing.engine import (
    MSG_UNKNOWN_COMPETITION,
    MSG_UNKNOWN_EVENT,
    ImportSetupError,
    Report,
)

T = TypeVar("T")


def find_event(session: Session, name: str) -> Event:
    """The event called *name* (case-insensitive; a unique prefix is enough)."""
    events = list(session.scalars(select(Event)))
    return _pick(events, name, lambda e: e.name, MSG_UNKNOWN_EVENT)


def find_competition(session: Session, name: str) -> Competition:
    competitions = list(session.scalars(select(Competition)))
    return _pick(competitions, name, lambda c: c.name, MSG_UNKNOWN_COMPETITION)


def _pick(items: list[T], name: str, name_of: Callable[[T], str], message: str) -> T:
    key = name.strip().casefold()
    exact = [i for i in items if name_of(i).casefold() == key]
    if len(exact) == 1:
        return exact[0]
    starts = [i for i in items if name_of(i).casefold().startswith(key)]
    if len(starts) == 1:
        return starts[0]
    raise ImportSetupError("unknown", message, name=name)


def write_rejected(report: Report, destination: Path) -> Path:
    """The rejected rows with a "reason" column, in the imported file's encoding and delimiter (UTF-8
    with BOM and commas for a workbook), written to a temp file and then renamed into place."""
    d = report.detection
    encoding = "utf-8-sig" if d.is_xlsx else d.encoding
    delimiter = "," if d.is_xlsx else d.delimiter
    destination = Path(destination)
    fd, tmp = tempfile.mkstemp(prefix=".rejected-", suffix=".csv", dir=destination.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors="strict", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(["row", *report.header, "reason"])
            for number, cells, reason in report.rejected:
                padded = cells + [""] * (len(report.header) - len(cells))
                writer.writerow([number, *padded, reason])
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return destination
