"""Sync packages: a laptop's changes since its last package, as one SQLite file.

Tables of a package file:

* ``manifest(key, value)``: format, package id, the laptop's site, the sequence range, the office
  high-water mark the laptop's copy was taken at, the schema revision and a SHA-256 checksum over the
  other manifest entries, the changes and the images (format 2; format 1 left the manifest out);
* ``changes``: the laptop's change-log rows of the range, in sequence order;
* ``images``: the full current row of every record those changes touch (JSON), so a record the
  laptop added is inserted whole.

A package is a file that travels on a USB stick, so nothing in it is trusted. The checksum finds
accidents and a hand-edited manifest; someone who recomputes it still cannot move the facts that
decide a merge, because the office checks them against what it recorded when the copy was taken
(the site of the copy and its high-water mark, ``sync_state``). Every change and image is read
strictly (:func:`read_package`): known tables and fields only, every value valid for its column and
field (:mod:`tvet_alliance.domain.incoming`); a problem refuses the whole package in one line.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from tvet_alliance.domain import ChangeLog, SyncState, incoming
from tvet_alliance.domain.base import utcnow, uuid7
from tvet_alliance.domain.enums import ChangeOp
from tvet_alliance.domain.events import serialize
from tvet_alliance.files import atomic_write, failure_reason
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence import Database, migrate
from tvet_alliance.progress import Progress
from tvet_alliance.services.sync.common import TABLES, SyncError, row_images
from tvet_alliance.services.sync.replica import ReplicaInfo, replica_info

FORMAT = "tvet-alliance-sync-package"
FORMAT_VERSION = 2
SUFFIX = ".tvetsync"

_CHANGE_COLUMNS = (
    "site_id",
    "seq",
    "tx_id",
    "table_name",
    "row_id",
    "op",
    "field",
    "old_value",
    "new_value",
    "user_name",
    "at",
)


@dataclass(frozen=True)
class Change:
    """One change-log row of a package (values as text, as logged)."""

    seq: int
    tx_id: str
    table_name: str
    row_id: uuid.UUID
    op: ChangeOp
    field: str | None
    old_value: str | None
    new_value: str | None
    user_name: str | None
    at: str


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    package_id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    office_site_id: uuid.UUID
    seq_from: int
    seq_to: int
    base_mark: int
    schema_revision: str
    created_at: datetime
    change_count: int
    record_count: int


@dataclass
class Package:
    info: PackageInfo
    changes: list[Change]
    #: (table, row id) -> the row's image (column -> text; many-to-many field -> JSON id list)
    images: dict[tuple[str, uuid.UUID], dict[str, Any]]


def _checksum(
    changes: list[tuple[Any, ...]], images: list[tuple[Any, ...]], manifest: dict[str, Any] | None = None
) -> str:
    """SHA-256 over the manifest (every entry but the checksum; None: format 1, without it), the
    changes and the images."""
    digest = hashlib.sha256()
    if manifest is not None:
        for key, value in sorted((str(k), str(v)) for k, v in manifest.items() if k != "checksum"):
            digest.update(json.dumps([key, value], ensure_ascii=False).encode())
            digest.update(b"\n")
        digest.update(b"--\n")
    for row in changes:
        digest.update(json.dumps(row, ensure_ascii=False).encode())
        digest.update(b"\n")
    for row in images:
        digest.update(json.dumps(row, ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _require_replica(db: Database) -> ReplicaInfo:
    with db.session() as s:
        info = replica_info(s, db.path)
    if info is None:
        raise SyncError(
            "not_replica",
            QT_TRANSLATE_NOOP(
                "Sync",
                "This is the office database. Sync packages are made on offline copies and merged here.",
            ),
        )
    return info


def create_package(
    db: Database,
    destination: str | os.PathLike[str],
    *,
    since: int | None = None,
    progress: Progress | None = None,
) -> PackageInfo:
    """Write the changes this offline copy made since its last package (or since change *since*:
    ``since=1`` sends everything again, which is safe: the office skips what it has merged)."""
    replica = _require_replica(db)
    dest = Path(destination).expanduser().resolve()
    if not dest.parent.is_dir():
        raise SyncError(
            "no_folder",
            QT_TRANSLATE_NOOP("Sync", "The folder {folder} does not exist."),
            folder=str(dest.parent),
        )
    first = since if since is not None else replica.last_sent_seq + 1
    first = max(1, first)
    last = replica.last_seq
    if last == 0:
        raise SyncError(
            "nothing_new",
            QT_TRANSLATE_NOOP("Sync", "There is nothing to send: no change has been made on this copy yet."),
        )
    if last < first:
        raise SyncError(
            "nothing_new",
            QT_TRANSLATE_NOOP(
                "Sync",
                "There is nothing new to send: every change of this copy (up to number {last}) is in a package already.",
            ),
            last=last,
        )
    with db.session() as s:
        conn = s.connection()
        log = list(
            conn.execute(
                select(*(ChangeLog.__table__.c[c] for c in _CHANGE_COLUMNS))
                .where(ChangeLog.site_id == replica.site_id, ChangeLog.seq.between(first, last))
                .order_by(ChangeLog.seq)
            )
        )
        if progress:
            progress(0, len(log) + 1)
        changes = [
            (
                r.seq,
                str(r.tx_id),
                r.table_name,
                str(r.row_id),
                str(r.op.value),
                r.field,
                r.old_value,
                r.new_value,
                r.user_name,
                serialize(r.at),
            )
            for r in log
        ]
        touched: dict[str, set[uuid.UUID]] = defaultdict(set)
        for r in log:
            touched[r.table_name].add(r.row_id)
        images: list[tuple[str, str, str]] = []
        for name, info in TABLES.items():
            if name in touched:
                for row_id, image in sorted(row_images(conn, info, touched[name]).items()):
                    images.append((name, str(row_id), json.dumps(image, ensure_ascii=False, sort_keys=True)))
    package_id = uuid7()
    created = utcnow()
    manifest = {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "package_id": str(package_id),
        "site_id": str(replica.site_id),
        "site_name": replica.site_name,
        "office_site_id": str(replica.office_site_id),
        "seq_from": str(first),
        "seq_to": str(last),
        "base_mark": str(replica.base_mark),
        "schema_revision": str(migrate.current_revision(db.engine)),
        "created_at": created.isoformat(),
        "change_count": str(len(changes)),
        "record_count": str(len(images)),
    }
    manifest["checksum"] = _checksum(changes, images, manifest)
    try:
        with atomic_write(dest) as tmp:
            out = sqlite3.connect(tmp)
            try:
                out.executescript(
                    """
                    CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE changes (seq INTEGER PRIMARY KEY, tx_id TEXT NOT NULL, table_name TEXT NOT NULL,
                        row_id TEXT NOT NULL, op TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT,
                        user_name TEXT, at TEXT NOT NULL);
                    CREATE TABLE images (table_name TEXT NOT NULL, row_id TEXT NOT NULL, image TEXT NOT NULL,
                        PRIMARY KEY (table_name, row_id));
                    """
                )
                out.executemany("INSERT INTO manifest VALUES (?, ?)", sorted(manifest.items()))
                out.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes)
                out.executemany("INSERT INTO images VALUES (?, ?, ?)", images)
                out.commit()
            finally:
                out.close()
    except (OSError, sqlite3.Error) as exc:
        reason = failure_reason(exc)
        raise SyncError(
            "write_failed",
            QT_TRANSLATE_NOOP("Sync", "Cannot write the sync package to {path}: {reason}"),
            path=str(dest),
            reason=reason,
        ) from exc
    with db.transaction() as s:
        s.execute(
            update(SyncState)
            .where(SyncState.peer_site_id == replica.office_site_id)
            .values(last_sent_seq=max(last, replica.last_sent_seq), updated_at=utcnow())
        )
    if progress:
        progress(len(log) + 1, len(log) + 1)
    return PackageInfo(
        path=dest,
        package_id=package_id,
        site_id=replica.site_id,
        site_name=replica.site_name,
        office_site_id=replica.office_site_id,
        seq_from=first,
        seq_to=last,
        base_mark=replica.base_mark,
        schema_revision=manifest["schema_revision"],
        created_at=created,
        change_count=len(changes),
        record_count=len(images),
    )


def _bad(path: Path, code: str = "not_package", reason: str = "") -> SyncError:
    if code == "damaged":
        return SyncError(
            "damaged",
            QT_TRANSLATE_NOOP(
                "Sync", "{path} is damaged (its checksum does not match); make the package again."
            ),
            path=str(path),
        )
    if code == "invalid":
        return SyncError(
            "invalid",
            QT_TRANSLATE_NOOP("Sync", "{path} is refused: {reason}. Nothing was changed."),
            path=str(path),
            reason=reason,
        )
    return SyncError(
        "not_package",
        QT_TRANSLATE_NOOP("Sync", "{path} is not a sync package made by this program."),
        path=str(path),
    )


def _texts(rows: list[Any], path: Path, what: str, nullable: frozenset[int] = frozenset()) -> None:
    """Every cell of *rows* is text (or NULL where allowed): a crafted file may hold numbers or BLOBs."""
    for row in rows:
        for i, cell in enumerate(row):
            if not isinstance(cell, str) and not (cell is None and i in nullable):
                if what == "changes" and i == 0 and isinstance(cell, int):
                    continue  # the sequence number
                raise _bad(path, "invalid", f"a cell of its {what} holds a {type(cell).__name__}, not text")


def _check_change(path: Path, change: Change) -> None:
    """A change's table, field and values are ones this database has and accepts."""
    info = TABLES[change.table_name]
    if change.field is None:  # a whole-row image of an insert or a hard delete (JSON), or nothing
        for text in (change.old_value, change.new_value):
            try:
                if text is not None and not isinstance(json.loads(text), dict):
                    raise ValueError(text)
            except ValueError as exc:
                raise _bad(path, "invalid", f"change {change.seq} holds a row that is not an object") from exc
        return
    if change.field in info.many:
        for text in (change.old_value, change.new_value):
            _many_ids(path, f"change {change.seq}", text)
        return
    if change.field not in info.table.c:
        raise _bad(
            path,
            "invalid",
            f"change {change.seq} is to {change.table_name}.{change.field}, which does not exist",
        )
    if change.field == "id":
        raise _bad(path, "invalid", f"change {change.seq} changes the id of a record")
    column = info.table.c[change.field]
    try:
        incoming.value_of(column, change.old_value) if change.old_value is not None else None
        new = incoming.value_of(column, change.new_value)
        if change.op is not ChangeOp.DELETE:
            incoming.check_field(change.table_name, change.field, new)
            incoming.check_changed(change.table_name, change.field, new)
    except incoming.BadValue as exc:
        raise _bad(path, "invalid", f"change {change.seq}: {exc}") from exc


def _many_ids(path: Path, where: str, text: Any) -> None:
    if text is None:
        return
    try:
        ids = json.loads(text) if isinstance(text, str) else None
        if not isinstance(ids, list):
            raise ValueError(text)
        for i in ids:
            uuid.UUID(str(i))
    except ValueError as exc:
        raise _bad(path, "invalid", f"{where} holds {str(text)[:40]!r}, not a list of ids") from exc


def _check_image(path: Path, table: str, row_id: uuid.UUID, image: Any) -> dict[str, Any]:
    """An image is an object of the table's columns (every one) and many-to-many lists, all valid;
    returns its values."""
    where = f"the image of {table} {row_id}"
    if not isinstance(image, dict):
        raise _bad(path, "invalid", f"{where} is not an object")
    info = TABLES[table]
    columns = {k: v for k, v in image.items() if k not in info.many}
    try:
        values = incoming.row_values(info.table, columns)
    except incoming.BadValue as exc:
        raise _bad(path, "invalid", f"{where}: {exc}") from exc
    if values["id"] != row_id:
        raise _bad(path, "invalid", f"{where} holds the id {values['id']}")
    for key in info.many:
        _many_ids(path, where, image.get(key))
    return values


def _check_rows(path: Path, images: dict[tuple[str, uuid.UUID], Any]) -> None:
    """Every image (an inserted record) passes its model's rules, its parents read from the package."""
    checked = {key: _check_image(path, key[0], key[1], image) for key, image in images.items()}

    def parents(table: str, row_id: Any) -> dict[str, Any] | None:
        return checked.get((table, row_id))

    for (table, row_id), values in checked.items():
        info = TABLES[table]
        many = {k: json.loads(images[table, row_id].get(k) or "[]") for k in info.many}
        try:
            incoming.check_row(table, values, parents, many)
        except incoming.BadValue as exc:
            raise _bad(path, "invalid", f"the image of {table} {row_id}: {exc}") from exc


def read_package(source: str | os.PathLike[str]) -> Package:
    """Read and check a package file (format, checksum, every value); nothing is written.

    Refuses (:class:`SyncError`, one line) a file that is no package, a damaged or altered one, and
    one holding a table, field or value this database does not accept."""
    path = Path(source).expanduser()
    if not path.is_file():
        raise SyncError("no_file", QT_TRANSLATE_NOOP("Sync", "There is no file {path}."), path=str(path))
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise _bad(path)
    except OSError as exc:
        raise _bad(path) from exc
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _bad(path) from exc
    try:
        try:
            too_long = conn.execute(
                "SELECT 1 FROM manifest WHERE length(value) > :n UNION ALL "
                "SELECT 1 FROM images WHERE length(image) > 4 * :n UNION ALL "
                "SELECT 1 FROM changes WHERE length(old_value) > 4 * :n OR length(new_value) > 4 * :n "
                "LIMIT 1",
                {"n": incoming.CELL_LIMIT},
            ).fetchone()
            if too_long:  # refused before it is read into memory
                raise _bad(path, "invalid", "it holds a value of more than a million characters")
            manifest_rows = conn.execute("SELECT key, value FROM manifest").fetchall()
            rows = conn.execute(
                f"SELECT {', '.join(_CHANGE_COLUMNS[1:])} FROM changes ORDER BY seq"
            ).fetchall()
            image_rows = conn.execute(
                "SELECT table_name, row_id, image FROM images ORDER BY rowid"
            ).fetchall()
        except sqlite3.Error as exc:
            raise _bad(path) from exc
    finally:
        conn.close()
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in manifest_rows):
        raise _bad(path)
    manifest = dict(manifest_rows)
    if manifest.get("format") != FORMAT:
        raise _bad(path)
    try:
        version = int(manifest.get("format_version", "0"))
    except ValueError as exc:
        raise _bad(path) from exc
    if version > FORMAT_VERSION:
        raise SyncError(
            "newer_format",
            QT_TRANSLATE_NOOP("Sync", "{path} was made by a newer release of this program; update it first."),
            path=str(path),
        )
    covered = manifest if version >= 2 else None  # format 2 put the manifest in
    try:
        checksum = _checksum([tuple(r) for r in rows], [tuple(r) for r in image_rows], covered)
    except TypeError as exc:  # a BLOB where text belongs
        raise _bad(path, "damaged") from exc
    if checksum != manifest.get("checksum"):
        raise _bad(path, "damaged")
    # columns: seq, tx_id, table_name, row_id, op, field, old_value, new_value, user_name, at
    _texts(rows, path, "changes", frozenset({5, 6, 7, 8}))
    _texts(image_rows, path, "images")
    try:
        changes = [
            Change(
                seq=int(r[0]),
                tx_id=str(uuid.UUID(r[1])),
                table_name=r[2],
                row_id=uuid.UUID(r[3]),
                op=ChangeOp(r[4]),
                field=r[5],
                old_value=r[6],
                new_value=r[7],
                user_name=r[8],
                at=datetime.fromisoformat(r[9]).isoformat(),
            )
            for r in rows
        ]
        images = {(t, uuid.UUID(i)): json.loads(img) for t, i, img in image_rows}
        info = PackageInfo(
            path=path,
            package_id=uuid.UUID(manifest["package_id"]),
            site_id=uuid.UUID(manifest["site_id"]),
            site_name=manifest["site_name"],
            office_site_id=uuid.UUID(manifest["office_site_id"]),
            seq_from=int(manifest["seq_from"]),
            seq_to=int(manifest["seq_to"]),
            base_mark=int(manifest["base_mark"]),
            schema_revision=manifest["schema_revision"],
            created_at=datetime.fromisoformat(manifest["created_at"]),
            change_count=int(manifest["change_count"]),
            record_count=int(manifest["record_count"]),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise _bad(path, "invalid", f"a value of it cannot be read ({str(exc)[:80]})") from exc
    unknown = ({c.table_name for c in changes} | {t for t, _ in images}) - set(TABLES)
    if unknown:
        raise _bad(path, "invalid", f"it holds the unknown table {sorted(unknown)[0]!r}")
    in_order = all(b.seq == a.seq + 1 for a, b in itertools.pairwise(changes))
    if (
        not in_order
        or len(changes) != info.change_count
        or len(images) != info.record_count
        or info.seq_from < 1
        or info.seq_to < info.seq_from
        or info.base_mark < 0
        or (changes and (changes[0].seq != info.seq_from or changes[-1].seq != info.seq_to))
    ):
        raise _bad(path)
    for change in changes:
        _check_change(path, change)
    _check_rows(path, images)
    return Package(info, changes, images)
