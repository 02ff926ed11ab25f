"""Sync packages: a laptop's changes since its last package, as one SQLite file.

Tables of a package file:

* ``manifest(key, value)``: format, package id, the laptop's site, the sequence range, the office
  high-water mark the laptop's copy was taken at, the schema revision and a SHA-256 checksum;
* ``changes``: the laptop's change-log rows of the range, in sequence order;
* ``images``: the full current row of every record those changes touch (JSON), so a record the
  laptop added is inserted whole.
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

from tvet_alliance.domain import ChangeLog, SyncState
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
FORMAT_VERSION = 1
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


def _checksum(changes: list[tuple[Any, ...]], images: list[tuple[str, str, str]]) -> str:
    digest = hashlib.sha256()
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
        "checksum": _checksum(changes, images),
    }
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


def _bad(path: Path, code: str = "not_package") -> SyncError:
    if code == "damaged":
        return SyncError(
            "damaged",
            QT_TRANSLATE_NOOP(
                "Sync", "{path} is damaged (its checksum does not match); make the package again."
            ),
            path=str(path),
        )
    return SyncError(
        "not_package",
        QT_TRANSLATE_NOOP("Sync", "{path} is not a sync package made by this program."),
        path=str(path),
    )


def read_package(source: str | os.PathLike[str]) -> Package:
    """Read and check a package file (format and checksum); nothing is written."""
    path = Path(source).expanduser()
    if not path.is_file():
        raise SyncError("no_file", QT_TRANSLATE_NOOP("Sync", "There is no file {path}."), path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise _bad(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            manifest = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
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
    if manifest.get("format") != FORMAT:
        raise _bad(path)
    if int(manifest.get("format_version", "0")) > FORMAT_VERSION:
        raise SyncError(
            "newer_format",
            QT_TRANSLATE_NOOP("Sync", "{path} was made by a newer release of this program; update it first."),
            path=str(path),
        )
    if _checksum([tuple(r) for r in rows], [tuple(r) for r in image_rows]) != manifest.get("checksum"):
        raise _bad(path, "damaged")
    try:
        changes = [
            Change(
                seq=int(r[0]),
                tx_id=r[1],
                table_name=r[2],
                row_id=uuid.UUID(r[3]),
                op=ChangeOp(r[4]),
                field=r[5],
                old_value=r[6],
                new_value=r[7],
                user_name=r[8],
                at=r[9],
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
    except (KeyError, ValueError) as exc:
        raise _bad(path) from exc
    unknown = {c.table_name for c in changes} - set(TABLES)
    in_order = all(b.seq == a.seq + 1 for a, b in itertools.pairwise(changes))
    if (
        unknown
        or not in_order
        or len(changes) != info.change_count
        or (changes and (changes[0].seq != info.seq_from or changes[-1].seq != info.seq_to))
    ):
        raise _bad(path)
    return Package(info, changes, images)
