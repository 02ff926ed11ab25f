"""Session listeners that keep every write honest.

* ``before_flush``: fills keys and defaults, validates every new or changed record (refusing the
  flush with :class:`ValidationFailed` listing every problem), computes derived keys, then writes
  :class:`ChangeLog` rows for every changed field in the same transaction. The rules are those of
  :mod:`tvet_alliance.domain.changelog`, which the bulk writer (import, sync merge, load-export)
  follows too.
* ``do_orm_execute``: hides tombstoned rows unless ``include_deleted=True`` is an execution option.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import MANYTOONE, ORMExecuteState, Session, attributes, with_loader_criteria
from sqlalchemy.orm.base import PassiveFlag
from sqlalchemy.orm.properties import ColumnProperty, RelationshipProperty

from tvet_alliance.domain import changelog
from tvet_alliance.domain import changes as changed_tables
from tvet_alliance.domain.base import Tracked, utcnow
from tvet_alliance.domain.changelog import (
    INFO_BATCH,
    INFO_SITE,
    INFO_SKIP_CHANGELOG,
    INFO_USER,
    SKIPPED_FIELDS,
    deserialize,
    serialize,
)
from tvet_alliance.domain.errors import FieldError, ValidationFailed
from tvet_alliance.domain.models import ChangeLog, Validatable

__all__ = [
    "INFO_BATCH",
    "INFO_SITE",
    "INFO_SKIP_CHANGELOG",
    "INFO_USER",
    "SKIPPED_FIELDS",
    "deserialize",
    "serialize",
]


def _is_logged(obj: object) -> bool:
    return changelog.is_logged_model(type(obj))


def _fill_defaults(obj: object) -> None:
    """Apply the key, the column defaults and the timestamps now (the bulk writer's rule,
    :func:`changelog.fill_insert`), so they are known before the INSERT. ``row_version`` is the
    mapper's (``version_id_col``)."""
    mapper = inspect(type(obj))
    keys = {prop.columns[0].name: prop.key for prop in mapper.column_attrs}
    given = {name: value for name, key in keys.items() if (value := getattr(obj, key)) is not None}
    filled = changelog.fill_insert(mapper.local_table, dict(given), utcnow(), skip=("row_version",))
    for name, value in filled.items():
        if name not in given and name in keys and value is not None:
            setattr(obj, keys[name], value)


def _derive(obj: object, *, new: bool) -> None:
    """Compute the record's derived keys from the fields being written (:data:`changelog.DERIVED`)."""
    mapper = inspect(type(obj))
    table = mapper.local_table.name
    if table not in changelog.DERIVED:
        return
    written = {
        prop.key: getattr(obj, prop.key)
        for prop in mapper.column_attrs
        if new
        or attributes.get_history(obj, prop.key, passive=PassiveFlag.PASSIVE_NO_INITIALIZE).has_changes()
    }
    row = {source: getattr(obj, source) for source in changelog.derived_sources(table)}
    if changelog.derive(table, written, row):
        for column in changelog.derived_columns(table):
            if column in written:
                setattr(obj, column, written[column])


def _sync_many_to_one_keys(obj: object) -> None:
    """Copy the key of a many-to-one relationship set as an object (``person.organization = org``)
    into its foreign-key column now. The unit of work would only do it later, during the flush, and
    the change log would miss the new ``organization_id``."""
    mapper = inspect(type(obj))
    for rel in mapper.relationships:
        if rel.direction is not MANYTOONE or rel.secondary is not None:
            continue
        hist = attributes.get_history(obj, rel.key, passive=PassiveFlag.PASSIVE_NO_INITIALIZE)
        if not hist.added:
            continue
        target = hist.added[0]
        for local, remote in rel.local_remote_pairs:
            value = None
            if target is not None:
                value = getattr(target, inspect(type(target)).get_property_by_column(remote).key)
                if value is None:  # the parent's key is not known yet; the flush will set it
                    continue
            key = mapper.get_property_by_column(local).key
            if getattr(obj, key) != value:
                setattr(obj, key, value)


def _relationship_ids(items: Any) -> list[str]:
    return sorted(
        str(inspect(item).identity[0]) if inspect(item).identity else str(item.id) for item in items
    )


def _logged_many(obj: object) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {key: getattr(obj, key) for key in changelog.many_to_many(mapper.class_)}


def _changes_of_new(obj: object) -> list[tuple[str, str]]:
    mapper = inspect(type(obj))
    values = {prop.key: getattr(obj, prop.key) for prop in mapper.column_attrs}
    many = {key: _relationship_ids(items) for key, items in _logged_many(obj).items()}
    return changelog.insert_fields(mapper.local_table.name, values, many)


def _changes_of_dirty(session: Session, obj: object) -> list[tuple[str, str | None, str | None]]:
    mapper = inspect(type(obj))
    state = inspect(obj)
    out: list[tuple[str, str | None, str | None]] = []
    unknown_old: list[str] = []
    pending: dict[str, tuple[Any, Any]] = {}
    many = changelog.many_to_many(mapper.class_)
    for prop in mapper.attrs:
        if prop.key in SKIPPED_FIELDS:
            continue
        hist = attributes.get_history(obj, prop.key, passive=PassiveFlag.PASSIVE_NO_INITIALIZE)
        if not hist.has_changes():
            continue
        if isinstance(prop, ColumnProperty):
            if hist.deleted:
                pending[prop.key] = (hist.deleted[0], hist.added[0] if hist.added else None)
            else:
                unknown_old.append(prop.key)
                pending[prop.key] = (None, hist.added[0] if hist.added else None)
        elif isinstance(prop, RelationshipProperty) and prop.key in many:
            before = list(hist.unchanged or ()) + list(hist.deleted or ())
            after = list(hist.unchanged or ()) + list(hist.added or ())
            out.append(
                (prop.key, json.dumps(_relationship_ids(before)), json.dumps(_relationship_ids(after)))
            )
    if unknown_old and state.identity:
        table = mapper.local_table
        cols = [table.c[mapper.get_property(k).columns[0].key] for k in unknown_old]
        row = session.connection().execute(select(*cols).where(table.c.id == state.identity[0])).one_or_none()
        if row is not None:
            for key, old in zip(unknown_old, row, strict=True):
                pending[key] = (old, pending[key][1])
    for key, (old, new) in pending.items():
        out.append((key, serialize(old), serialize(new)))
    return out


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    new = [o for o in session.new if _is_logged(o) or isinstance(o, Validatable)]
    dirty = [
        o for o in session.dirty if session.is_modified(o) and (_is_logged(o) or isinstance(o, Validatable))
    ]

    errors: list[FieldError] = []
    for obj in new:
        _fill_defaults(obj)
    for obj in (*new, *dirty):
        _sync_many_to_one_keys(obj)
    for obj in (*new, *dirty):
        if isinstance(obj, Validatable):
            errors.extend(obj.validate())
    if errors:
        raise ValidationFailed(errors)
    for obj in new:
        _derive(obj, new=True)
    for obj in dirty:
        _derive(obj, new=False)
    changed_tables.note(
        session.info, {inspect(type(o)).local_table.name for o in (*new, *dirty, *session.deleted)}
    )

    if session.info.get(INFO_SKIP_CHANGELOG):
        return
    items: list[tuple[str, uuid.UUID, changelog.Entry]] = []

    def add(obj: object, entries: list[changelog.Entry]) -> None:
        table = inspect(type(obj)).local_table.name
        items.extend((table, obj.id, entry) for entry in entries)  # type: ignore[attr-defined]

    for obj in new:
        if _is_logged(obj):
            add(obj, changelog.insert_entries(_changes_of_new(obj), whole_row=False))
    for obj in dirty:
        if _is_logged(obj):
            table = inspect(type(obj)).local_table.name
            add(obj, changelog.update_entries(table, _changes_of_dirty(session, obj)))
    for obj in session.deleted:
        if _is_logged(obj):
            add(obj, [changelog.DELETE_ENTRY])
    if not items:
        return
    context = changelog.log_context(session)
    for row in changelog.log_rows(session.connection(), context, items, utcnow()):
        session.add(ChangeLog(**row))


@event.listens_for(Session, "do_orm_execute")
def _hide_tombstones(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Tracked, lambda cls: cls.deleted_at.is_(None), include_aliases=True)
        )
