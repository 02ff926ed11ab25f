"""What a user action changed, so that the window refreshes only what shows it (Anki's ``OpChanges``).

Every write path notes the tables it writes in the session's ``info`` (the ORM flush listener and the
bulk writer both call :func:`note`); the caller of a service takes them after the commit with
:func:`take`. A rollback forgets what was noted since the last commit. Services never need to say by
hand what they changed, so a new service cannot forget to.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

INFO_CHANGED = "changed_tables"
_INFO_COMMITTED = "changed_tables_committed"


@dataclass(frozen=True)
class Changes:
    """The tables one action wrote. Falsy when nothing changed."""

    tables: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *tables: str) -> Changes:
        return cls(frozenset(tables))

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of *tables* changed."""
        return not self.tables.isdisjoint(tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)

    def __bool__(self) -> bool:
        return bool(self.tables)


#: Everything: for actions that replace the whole database (open, restore, load an export).
EVERYTHING_TABLE = "*"
EVERYTHING = Changes.of(EVERYTHING_TABLE)


def note(info: MutableMapping[str, Any], tables: Iterable[str]) -> None:
    """Record in a session's (or connection's) *info* that *tables* are being written."""
    pending: set[str] = info.setdefault(INFO_CHANGED, set())
    pending.update(tables)


def take(session: Session) -> Changes:
    """What the session committed since the last call, and forget it."""
    committed: set[str] = session.info.pop(_INFO_COMMITTED, set())
    return Changes(frozenset(committed))


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    pending: set[str] = session.info.pop(INFO_CHANGED, set())
    session.info.setdefault(_INFO_COMMITTED, set()).update(pending)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(INFO_CHANGED, None)
