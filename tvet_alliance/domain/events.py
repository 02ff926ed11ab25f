"""Session listeners that keep every write honest.

* ``before_flush``: fills keys and defaults, validates every new or changed record (refusing the
  flush with :class:`ValidationFailed` listing every problem), then writes :class:`ChangeLog` rows
  for every changed field in the same transaction.
* ``do_orm_execute``: hides tombstoned rows unless ``include_deleted=True`` is an execution option.
"""

from __future__ import annotations

import getpass
import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import MANYTOONE, ORMExecuteState, Session, attributes, with_loader_criteria
from sqlalchemy.orm.base import PassiveFlag
from sqlalchemy.orm.properties import ColumnProperty, RelationshipProperty

from tvet_alliance.domain import changes as changed_tables
from tvet_alliance.domain.base import StrList, Tracked, UTCDateTime, uuid7
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.domain.errors import FieldError, ValidationFailed
from tvet_alliance.domain.models import ChangeLog, Site, Validatable

#: Columns that describe a row's bookkeeping rather than its content: never logged as changes.
SKIPPED_FIELDS = frozenset({"id", "created_at", "updated_at", "row_version"})

INFO_SITE = "site_id"
INFO_USER = "user"
INFO_BATCH = "batch_id"
INFO_SKIP_CHANGELOG = "skip_changelog"


def serialize(value: Any) -> str | None:
    """A field value as the text stored in ChangeLog.old_value/new_value (and in sync packages)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return json.dumps([serialize(v) if not isinstance(v, str) else v for v in value], ensure_ascii=False)
    return str(value)


def deserialize(column: Any, text: str | None) -> Any:
    """The inverse of :func:`serialize` for a value of *column* (a change-log value, a cell of a
    full export)."""
    if text is None:
        return None
    sql_type = column.type
    if isinstance(sql_type, StrList):  # its python_type is the str of the underlying Text
        return [str(item) for item in json.loads(text)]
    kind = getattr(sql_type, "enum_class", None)
    if kind is not None:
        return kind(text)
    if isinstance(sql_type, UTCDateTime):
        return datetime.fromisoformat(text)
    try:
        python_type = sql_type.python_type
    except NotImplementedError:
        return text
    if python_type is uuid.UUID:
        return uuid.UUID(text)
    if python_type is datetime:
        return datetime.fromisoformat(text)
    if python_type is date:
        return date.fromisoformat(text)
    if python_type is Decimal:
        return Decimal(text)
    if python_type is int:
        return int(text)
    if python_type is bool:
        return text == "1"
    return text


def _is_logged(obj: object) -> bool:
    return isinstance(obj, Tracked) or bool(getattr(type(obj), "__changelog__", False))


def _fill_defaults(obj: object) -> None:
    """Apply Python-side column defaults now, so the key and defaults are known before the INSERT."""
    mapper = inspect(type(obj))
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        default = column.default
        if default is None or getattr(obj, prop.key) is not None:
            continue
        if prop.key in ("row_version",):
            continue
        if default.is_scalar:
            setattr(obj, prop.key, default.arg)
        elif default.is_callable:
            setattr(obj, prop.key, default.arg(None))


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


def _local_site_id(session: Session) -> uuid.UUID:
    site = session.info.get(INFO_SITE)
    if site is None:
        conn = session.connection()
        site = conn.execute(select(Site.id).where(Site.is_local.is_(True))).scalar_one_or_none()
        if site is None:
            raise RuntimeError("This database has no local site; open it through persistence.Database.")
        session.info[INFO_SITE] = site
    return site if isinstance(site, uuid.UUID) else uuid.UUID(str(site))


def _relationship_ids(items: Any) -> list[str]:
    return sorted(
        str(inspect(item).identity[0]) if inspect(item).identity else str(item.id) for item in items
    )


def _changes_of_new(obj: object) -> list[tuple[str, str | None, str | None]]:
    mapper = inspect(type(obj))
    out: list[tuple[str, str | None, str | None]] = []
    for prop in mapper.attrs:
        if prop.key in SKIPPED_FIELDS:
            continue
        if isinstance(prop, ColumnProperty):
            value = serialize(getattr(obj, prop.key))
            if value is not None and value != "[]":
                out.append((prop.key, None, value))
        elif (
            isinstance(prop, RelationshipProperty)
            and prop.secondary is not None
            and prop.key not in getattr(mapper.class_, "__changelog_skip__", ())
        ):
            ids = _relationship_ids(getattr(obj, prop.key))
            if ids:
                out.append((prop.key, None, json.dumps(ids)))
    return out


def _changes_of_dirty(session: Session, obj: object) -> list[tuple[str, str | None, str | None]]:
    mapper = inspect(type(obj))
    state = inspect(obj)
    out: list[tuple[str, str | None, str | None]] = []
    unknown_old: list[str] = []
    pending: dict[str, tuple[Any, Any]] = {}
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
        elif (
            isinstance(prop, RelationshipProperty)
            and prop.secondary is not None
            and prop.key not in getattr(mapper.class_, "__changelog_skip__", ())
        ):
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
        old_s, new_s = serialize(old), serialize(new)
        if old_s != new_s:
            out.append((key, old_s, new_s))
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
    changed_tables.note(
        session.info, {inspect(type(o)).local_table.name for o in (*new, *dirty, *session.deleted)}
    )

    if session.info.get(INFO_SKIP_CHANGELOG):
        return
    rows: list[tuple[object, ChangeOp, str | None, str | None, str | None]] = []
    for obj in new:
        if _is_logged(obj):
            changes = _changes_of_new(obj)
            if not changes:
                rows.append((obj, ChangeOp.INSERT, None, None, None))
            rows.extend((obj, ChangeOp.INSERT, f, o, n) for f, o, n in changes)
    for obj in dirty:
        if _is_logged(obj):
            for f, o, n in _changes_of_dirty(session, obj):
                op = ChangeOp.DELETE if f == "deleted_at" and n is not None else ChangeOp.UPDATE
                rows.append((obj, op, f, o, n))
    for obj in session.deleted:
        if _is_logged(obj):
            rows.append((obj, ChangeOp.DELETE, None, None, None))
    if not rows:
        return

    site_id = _local_site_id(session)
    conn = session.connection()
    last = conn.execute(select(func.max(ChangeLog.seq)).where(ChangeLog.site_id == site_id)).scalar()
    seq = int(last or 0)
    tx_id = uuid7()
    user = session.info.get(INFO_USER) or _current_user()
    batch = session.info.get(INFO_BATCH)
    for obj, op, field, old, new_value in rows:
        seq += 1
        session.add(
            ChangeLog(
                site_id=site_id,
                seq=seq,
                tx_id=tx_id,
                table_name=inspect(type(obj)).local_table.name,
                row_id=obj.id,  # type: ignore[attr-defined]
                op=op,
                field=field,
                old_value=old,
                new_value=new_value,
                user_name=user,
                batch_id=batch,
            )
        )


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on some Windows services
        return "unknown"


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
