"""What the sync modules share: the tables that travel, row images, aliases and the error type."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlalchemy.orm import RelationshipProperty

from tvet_alliance.domain import TRACKED_MODELS, RecordAlias
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.events import deserialize, serialize

#: Rows fetched or tested per statement (well under SQLite's limit of bound parameters).
CHUNK = 500


class SyncError(CodedError):
    """Why a replica, a package or a merge was refused, with a translatable English text."""

    context = "Sync"


@dataclass(frozen=True)
class ManyToMany:
    """A many-to-many field of a record (an event's organizers): logged as a JSON list of ids."""

    key: str
    table: Table
    own: Column[Any]
    other: Column[Any]
    target: str  # the table of the ids in the list


@dataclass(frozen=True)
class TableInfo:
    name: str
    model: type[Any]
    table: Table
    tracked: bool
    #: column name -> the table its foreign key points at (for redirecting merged-away records)
    foreign: dict[str, str] = field(default_factory=dict)
    many: dict[str, ManyToMany] = field(default_factory=dict)

    def column(self, name: str) -> Column[Any]:
        return self.table.c[name]


def _build() -> dict[str, TableInfo]:
    from sqlalchemy import inspect

    out: dict[str, TableInfo] = {}
    for model in TRACKED_MODELS:
        mapper = inspect(model)
        table = mapper.local_table
        assert isinstance(table, Table)
        foreign = {}
        for col in table.c:
            for fk in col.foreign_keys:
                foreign[col.name] = fk.column.table.name
        many = {}
        skip = getattr(model, "__changelog_skip__", ())
        for rel in mapper.relationships:
            if not isinstance(rel, RelationshipProperty) or rel.secondary is None or rel.key in skip:
                continue
            secondary = rel.secondary
            assert isinstance(secondary, Table)
            own = next(c for c in secondary.c if any(fk.column.table is table for fk in c.foreign_keys))
            other = next(c for c in secondary.c if c is not own)
            target = next(iter(other.foreign_keys)).column.table.name
            many[rel.key] = ManyToMany(rel.key, secondary, own, other, target)
        out[table.name] = TableInfo(
            table.name, model, table, tracked="deleted_at" in table.c, foreign=foreign, many=many
        )
    return out


#: The tables that travel in replicas and packages, parents first.
TABLES: dict[str, TableInfo] = _build()


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def row_images(
    conn: Connection, info: TableInfo, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The rows *ids* of a table as images: column -> serialized text, many-to-many key -> id list."""
    wanted = sorted(set(ids))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for part in chunks(wanted):
        for row in conn.execute(select(info.table).where(info.table.c.id.in_(part))).mappings():
            out[row["id"]] = {name: serialize(value) for name, value in row.items()}
        for m in info.many.values():
            for image in (out[i] for i in part if i in out):
                image.setdefault(m.key, [])
            for own, other in conn.execute(select(m.own, m.other).where(m.own.in_(part))):
                if own in out:
                    out[own][m.key].append(str(other))
    for image in out.values():
        for m in info.many.values():
            image[m.key] = json.dumps(sorted(image.get(m.key, [])))
    return out


def values_of_image(info: TableInfo, image: dict[str, Any]) -> dict[str, Any]:
    """The column values of an image (text back to Python values); many-to-many lists left out."""
    return {col.name: deserialize(col, image.get(col.name)) for col in info.table.c if col.name in image}


def existing(conn: Connection, m: ManyToMany, ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Those of *ids* that are records of the many-to-many field *m*'s target table."""
    target = TABLES[m.target].table
    wanted = sorted(set(ids))
    found: set[uuid.UUID] = set()
    for part in chunks(wanted):
        found.update(conn.execute(select(target.c.id).where(target.c.id.in_(part))).scalars())
    return [i for i in wanted if i in found]


def parse_ids(text: str | None) -> list[uuid.UUID]:
    return [uuid.UUID(str(i)) for i in json.loads(text)] if text else []


class Aliases:
    """Records merged into others (``record_alias``): old id -> the record that holds it now."""

    def __init__(self, conn: Connection) -> None:
        self._map: dict[tuple[str, uuid.UUID], uuid.UUID] = {
            (t, o): n
            for t, o, n in conn.execute(
                select(RecordAlias.table_name, RecordAlias.old_id, RecordAlias.new_id)
            )
        }

    def __bool__(self) -> bool:
        return bool(self._map)

    def resolve(self, table: str, row_id: uuid.UUID) -> uuid.UUID:
        seen = set()
        while (table, row_id) in self._map and row_id not in seen:
            seen.add(row_id)
            row_id = self._map[(table, row_id)]
        return row_id

    def add(self, table: str, old: uuid.UUID, new: uuid.UUID) -> None:
        self._map[(table, old)] = new

    def value(self, info: TableInfo, name: str, text: str | None) -> str | None:
        """A field's serialized value with any id it holds redirected to the record that holds it now."""
        if text is None or not self._map:
            return text
        if name in info.foreign:
            return str(self.resolve(info.foreign[name], uuid.UUID(text)))
        if name in info.many:
            target = info.many[name].target
            return json.dumps(sorted({str(self.resolve(target, i)) for i in parse_ids(text)}))
        return text
