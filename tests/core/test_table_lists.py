"""The tables a full export and an offline copy carry come from the metadata: every table is either
carried or deliberately left out, so a table added later cannot be forgotten silently. And a full
export carries the merged-duplicate redirects (``record_alias``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from tests.core.sync_helpers import edit, laptop, make_office, value
from tvet_alliance.domain import TRACKED_MODELS, Base, Participation, Person, RecordAlias
from tvet_alliance.domain.base import Tracked
from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting, sync
from tvet_alliance.services.sync import replica
from tvet_alliance.services.sync.common import TABLES

ALL = {t.name for t in Base.metadata.sorted_tables}


def _parents_first(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        table = Base.metadata.tables[name]
        parents = {fk.column.table.name for fk in table.foreign_keys} - {name}
        assert parents & set(names) <= seen, f"{name} comes before its parents {parents - seen}"
        seen.add(name)


def test_every_table_is_in_a_full_export_or_left_out_on_purpose() -> None:
    carried = set(exporting.FULL_TABLES)
    left_out = set(exporting.FULL_EXPORT_LEFT_OUT)
    assert not carried & left_out
    assert carried | left_out == ALL
    assert "record_alias" in carried
    _parents_first(list(exporting.FULL_TABLES))


def test_every_table_is_in_an_offline_copy_or_left_out_on_purpose() -> None:
    carried = set(replica.COPIED)
    left_out = set(replica.LEFT_OUT)
    assert not carried & left_out
    assert carried | left_out == ALL
    _parents_first(list(replica.COPIED))


def test_every_logged_model_travels_in_sync_packages() -> None:
    logged = {
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Tracked) or getattr(m.class_, "__changelog__", False)
    }
    assert set(TRACKED_MODELS) == logged
    assert set(TABLES) == {inspect(m).local_table.name for m in logged}
    _parents_first(list(TABLES))
    # A merge writes table by table: the records a many-to-many field lists are written before.
    order = list(TABLES)
    for name, info in TABLES.items():
        for m in info.many.values():
            assert order.index(m.target) < order.index(name), (name, m.key)


def test_a_full_export_keeps_merged_duplicate_redirects(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office.sqlite3")
    one = laptop(office, tmp_path / "one.sqlite3", "L1")
    two = laptop(office, tmp_path / "two.sqlite3", "L2")
    ids = []
    for db in (one, two):
        with db.transaction() as s:
            p = Person(full_name="Zainab Bibi", email="zainab@example.pk")
            s.add(p)
            s.flush()
            s.add(Participation(event_id=office.event, person_id=p.id))
            ids.append(p.id)
        db.close()
    for name in ("one", "two"):
        lap = Database.open(tmp_path / f"{name}.sqlite3")
        sync.create_package(lap, tmp_path / f"{name}.tvetsync")
        lap.close()
        sync.merge_package(office.db, tmp_path / f"{name}.tvetsync")
    with office.db.transaction() as s:
        (dup,) = sync.open_duplicates(s)
        kept = sync.merge_duplicate(s, dup.id)
    old = ids[1] if kept == ids[0] else ids[0]
    archive = tmp_path / "all.zip"
    with office.db.session() as s:
        exporting.export_all(s, archive)
    office.db.close()

    moved = Database.open(tmp_path / "moved.sqlite3", user="office")
    with moved.session() as s:
        exporting.load_all(s, archive)
        s.commit()
    with moved.session() as s:
        alias = s.get(RecordAlias, ("person", old))
        assert alias is not None and alias.new_id == kept
    # A laptop copy of the moved office still holds the merged-away record (as a tombstone); a
    # change made to it there lands on the record that was kept.
    lap = laptop(_Office(moved), tmp_path / "three.sqlite3", "L3")
    edit(lap, Person, old, position="Lab technician")
    sync.create_package(lap, tmp_path / "three.tvetsync")
    lap.close()
    sync.merge_package(moved, tmp_path / "three.tvetsync")
    assert value(moved, Person, kept, "position") == "Lab technician"
    assert value(moved, Person, old, "position") is None
    with moved.session() as s:
        assert s.scalar(select(RecordAlias.new_id).where(RecordAlias.old_id == old)) == kept
    moved.close()


class _Office:
    """Just what :func:`laptop` needs of an office."""

    def __init__(self, db: Database) -> None:
        self.db = db
