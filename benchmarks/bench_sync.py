"""Benchmark of the office merge: ``sync.merge_package`` of a seminar laptop's package into a large register.

Builds an office database through ``Database.open`` (the real migrated schema) with the builder of
``bench_people_page.py`` (SQLAlchemy Core bulk inserts of realistic Chinese and Pakistani partners and
people, fixed seed), gives it the change log an import of those records would have left, and an event
with registered delegates. Then, as at a seminar:

* ``sync.create_replica`` takes the laptop's copy;
* the laptop makes its changes through the ORM, as the window makes them (every change is a
  change-log row, the unit of a package's "N changes"): 1–2 fields edited on many people, walk-in
  delegates registered (new person + delegate + check-in, a few with the e-mail of someone already in
  the register), check-ins and status changes of registered delegates, a few people deleted;
* the office edits after the copy was taken, so that some conflicts are real: the same field of some
  people the laptop edited, another field of others, deletes of a few, and unrelated edits;
* ``sync.create_package`` writes the package.

Measured in the same run, each on a fresh copy of the office file (``shutil.copyfile``, timed: the
baseline): ``sync.merge_package(office, package)`` (median of the runs), and the dry run. Target
(issue): merging 5,000 changes into 100,000 people takes ≤ 2 s (a larger ``--changes`` is info only).

It prints a table (measure, ours, the copy, ratio, target, PASS/FAIL) and exits 0, or with ``--check``
exits 1 when the target is missed. ``--profile`` adds a cProfile of one merge.

    .venv/bin/python benchmarks/bench_sync.py             # 100,000 people, 2,000 partners, 5,000 changes
    .venv/bin/python benchmarks/bench_sync.py --quick     # smoke run: 5,000 people, 500 partners, 1,000 changes
    .venv/bin/python benchmarks/bench_sync.py --reuse     # keep the prepared office + package in $TMPDIR
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_people_page import POSITIONS, _cn_person, _pk_person, _width, open_or_build, peak_rss_mb
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tvet_alliance.domain import ChangeLog, CheckIn, Event, Organization, Participation, Person
from tvet_alliance.domain.enums import EventKind, ParticipationStatus
from tvet_alliance.persistence import Database
from tvet_alliance.persistence.backup import backup_to
from tvet_alliance.services import sync

TARGET_S = 2.0  # merging a package of up to TARGET_CHANGES changes takes ≤ 2 s
TARGET_CHANGES = 5_000
SEED = 20240626
EVENT_NAME = "Belt and Road Digital Skills Seminar 2025"
SAVES_PER_TX = 25  # records saved per transaction on the laptop (a person saves one form at a time)

# The laptop's mix for 5,000 changes (change-log rows), scaled for --changes.
MIX = {
    "edit_1": 1_000,  # people with one field edited (1 row each)
    "edit_2": 500,  # people with two fields edited (2 rows)
    "walk_ins": 120,  # new person (7–8 rows) + delegate (5 rows) + check-in (3 rows)
    "check_ins": 250,  # registered delegates checking in (3 rows)
    "status": 230,  # registered delegates' status changed (1 row)
    "deletes": 100,  # people deleted (1 row)
}
# The office's edits after the copy, per 5,000 laptop changes.
OFFICE = {
    "same_field": 100,  # a field the laptop also edited: a conflict
    "other_field": 100,  # another field of a person the laptop edited: no conflict
    "deleted": 20,  # a person the laptop edited, deleted at the office: a conflict per laptop field
    "unrelated": 300,  # people the laptop did not touch
}
DUPLICATE_SHARE = 0.05  # walk-ins registered with the e-mail of someone already in the register


# --- preparing the office database, the laptop's work and the package ------------------------------


def add_history(db: Database) -> int:
    """The change log an import of the bulk-inserted records would have left (an insert row per set
    field, under the office's site): the merge reads it record by record."""
    fields = {
        "person": (
            "full_name",
            "name_native",
            "organization_id",
            "position",
            "email",
            "phone",
            "nationality",
        ),
        "organization": ("name_en", "name_native", "country", "city", "email"),
    }
    site, tx = db.site_id.hex, uuid.uuid4().hex
    with db.engine.begin() as conn:
        for table, columns in fields.items():
            parts = [
                f"SELECT id, created_at, '{c}' AS f, {c} AS v FROM {table} WHERE {c} IS NOT NULL"
                for c in columns
            ]
            conn.execute(
                text(
                    "INSERT INTO change_log (site_id, seq, tx_id, table_name, row_id, op, field, old_value, "
                    "new_value, user_name, at) "
                    "SELECT :site, (SELECT coalesce(max(seq), 0) FROM change_log WHERE site_id = :site) "
                    "+ row_number() OVER (ORDER BY created_at, id, f), :tx, :table, id, 'insert', f, NULL, v, "
                    f"'bench', created_at FROM ({' UNION ALL '.join(parts)})"
                ),
                {"site": site, "tx": tx, "table": table},
            )
        conn.exec_driver_sql("ANALYZE")
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def add_event(db: Database, delegates: int, rng: random.Random) -> None:
    """The seminar, with *delegates* registered people (through the ORM, logged)."""
    with db.engine.connect() as conn:
        people = list(conn.scalars(select(Person.id).where(Person.deleted_at.is_(None)).order_by(Person.id)))
    chosen = rng.sample(people, min(delegates, len(people)))
    with db.transaction() as s:
        event = Event(name=EVENT_NAME, kind=EventKind.SEMINAR, city="Chongqing", country="CN")
        s.add(event)
        s.flush()
        for person_id in chosen:
            s.add(
                Participation(event_id=event.id, person_id=person_id, status=ParticipationStatus.REGISTERED)
            )


def _scaled(table: dict[str, int], changes: int) -> dict[str, int]:
    return {k: max(1, round(v * changes / 5_000)) for k, v in table.items()}


def _saves(s: Session, items: Sequence[Any], apply: Callable[[Any], None]) -> None:
    """Apply *apply* to *items*, committing every SAVES_PER_TX records (one transaction per few saves)."""
    for n, item in enumerate(items, 1):
        apply(item)
        if n % SAVES_PER_TX == 0:
            s.commit()
    s.commit()


def _people(s: Session, ids: Sequence[uuid.UUID]) -> list[Person]:
    out: list[Person] = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        out += s.scalars(select(Person).where(Person.id.in_(part)).order_by(Person.id)).all()
    return out


@dataclass
class LaptopWork:
    edited: dict[uuid.UUID, tuple[str, ...]] = field(default_factory=dict)  # person -> fields edited
    counts: dict[str, int] = field(default_factory=dict)
    changes: int = 0


def laptop_changes(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).where(ChangeLog.site_id == db.site_id)) or 0)


def laptop_work(replica: Database, target: int, rng: random.Random) -> LaptopWork:
    """The laptop's changes through the ORM, topped up with one-field edits to exactly *target* rows."""
    mix = _scaled(MIX, target)
    work = LaptopWork(counts=dict(mix))
    with replica.session() as s:
        event = s.scalars(select(Event).where(Event.name == EVENT_NAME)).one()
        delegates = list(
            s.scalars(
                select(Participation).where(Participation.event_id == event.id).order_by(Participation.id)
            )
        )
        delegate_people = {p.person_id for p in delegates}
        all_people = list(s.scalars(select(Person.id).order_by(Person.id)))
        orgs = list(s.scalars(select(Organization.id).order_by(Organization.id)))
        emails = list(s.scalars(select(Person.email).where(Person.email.is_not(None)).order_by(Person.id)))
        pool = [i for i in all_people if i not in delegate_people]
        rng.shuffle(pool)
        taken = iter(pool)
        edit_1 = [next(taken) for _ in range(mix["edit_1"])]
        edit_2 = [next(taken) for _ in range(mix["edit_2"])]
        deletes = [next(taken) for _ in range(mix["deletes"])]
        rng.shuffle(delegates)
        checking_in = delegates[: mix["check_ins"]]
        status = delegates[mix["check_ins"] : mix["check_ins"] + mix["status"]]

        one_field = ("position", "notes", "wechat_id")

        def edit_one(p: Person, name: str | None = None) -> None:
            name = name or rng.choice(one_field)
            if name == "position":
                p.position = f"{rng.choice(POSITIONS)} (seminar)"
            elif name == "notes":
                p.notes = f"Met at the {EVENT_NAME}; follow up on the MOU ({rng.randint(1, 999)})"
            else:
                p.wechat_id = f"wx_seminar_{rng.randint(100_000, 999_999)}"
            work.edited[p.id] = (*work.edited.get(p.id, ()), name)

        def edit_two(p: Person) -> None:
            if rng.random() < 0.5:
                edit_one(p, "position")
                edit_one(p, "notes")
            else:
                p.email = f"seminar.{p.id.hex[-10:]}@example.org"
                work.edited[p.id] = ("email",)
                edit_one(p, "wechat_id")

        _saves(s, _people(s, edit_1), edit_one)
        _saves(s, _people(s, edit_2), edit_two)
        _saves(s, _people(s, deletes), lambda p: p.soft_delete())
        for p_id in deletes:
            work.edited[p_id] = ("deleted_at",)

        def walk_in(n: int) -> None:
            pk = rng.random() < 0.45
            full, native, gender, local, _wechat = (_pk_person if pk else _cn_person)(rng)
            email = rng.choice(emails) if rng.random() < DUPLICATE_SHARE else f"{local}.walkin{n}@example.org"
            person = Person(
                full_name=full,
                name_native=native,
                organization_id=rng.choice(orgs),
                position=rng.choice(POSITIONS),
                email=email,
                phone=f"+{(923450000000 if pk else 8615900000000) + n}",
                nationality="PK" if pk else "CN",
                gender=gender,
            )
            s.add(person)
            s.flush()
            delegate = Participation(
                event_id=event.id, person_id=person.id, status=ParticipationStatus.ATTENDED
            )
            s.add(delegate)
            s.flush()
            s.add(CheckIn(participation_id=delegate.id, desk=f"Desk {rng.choice('ABC')}"))

        _saves(s, range(mix["walk_ins"]), walk_in)
        _saves(s, checking_in, lambda d: s.add(CheckIn(participation_id=d.id, desk="Desk A")))

        def change_status(d: Participation) -> None:
            d.status = rng.choice([ParticipationStatus.CONFIRMED, ParticipationStatus.NO_SHOW])

        _saves(s, status, change_status)

    done = laptop_changes(replica)
    if done < target:  # top up to exactly *target* changes with one-field edits of other people
        extra = [next(taken) for _ in range(target - done)]
        with replica.session() as s:
            _saves(s, _people(s, extra), edit_one)
        work.counts["edit_1"] += len(extra)
    work.changes = laptop_changes(replica)
    return work


def office_work(office: Database, work: LaptopWork, changes: int, rng: random.Random) -> dict[str, int]:
    """The office's edits after the copy was taken."""
    plan = _scaled(OFFICE, changes)
    edited = [i for i, names in work.edited.items() if "deleted_at" not in names and "email" not in names]
    rng.shuffle(edited)
    same = edited[: plan["same_field"]]
    other = edited[plan["same_field"] : plan["same_field"] + plan["other_field"]]
    deleted = edited[len(same) + len(other) : len(same) + len(other) + plan["deleted"]]
    with office.session() as s:
        untouched = [
            i for i in s.scalars(select(Person.id).order_by(Person.id).limit(50_000)) if i not in work.edited
        ]
        unrelated = rng.sample(untouched, plan["unrelated"])

        def same_field(p: Person) -> None:
            name = work.edited[p.id][0]
            if name == "position":
                p.position = "Vice Principal (office)"
            elif name == "notes":
                p.notes = "Office: phoned on Monday"
            else:
                p.wechat_id = f"wx_office_{rng.randint(100_000, 999_999)}"

        def other_field(p: Person) -> None:
            p.whatsapp = None if p.whatsapp else p.phone  # a field the laptop never edits

        _saves(s, _people(s, same), same_field)
        _saves(s, _people(s, other), other_field)
        _saves(s, _people(s, deleted), lambda p: p.soft_delete())
        _saves(s, _people(s, unrelated), lambda p: setattr(p, "notes", "Office: newsletter sent"))
    return plan


@dataclass
class Prepared:
    office: Path
    package: Path
    info: sync.PackageInfo | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def prepare(folder: Path, people: int, partners: int, changes: int) -> Prepared:
    rng = random.Random(SEED)
    prepared = Prepared(folder / "office.sqlite3", folder / "laptop.tvetsync")
    office, build = open_or_build(prepared.office, people, partners, reuse=False)
    prepared.seconds.update(build.seconds)
    t0 = time.perf_counter()
    history = add_history(office)
    prepared.seconds[f"change log of the import ({history:,} rows)"] = time.perf_counter() - t0
    delegates = max(100, people // 50)
    t0 = time.perf_counter()
    add_event(office, delegates, rng)
    prepared.seconds[f"event + {delegates:,} delegates (ORM)"] = time.perf_counter() - t0

    laptop = folder / "laptop.sqlite3"
    t0 = time.perf_counter()
    replica_info = sync.create_replica(office, laptop, name="Seminar laptop 1")
    prepared.seconds["sync.create_replica (whole copy)"] = time.perf_counter() - t0
    replica = Database.open(laptop, create=False)
    t0 = time.perf_counter()
    work = laptop_work(replica, changes, rng)
    prepared.seconds[f"laptop: {work.changes:,} changes (ORM)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    plan = office_work(office, work, changes, rng)
    prepared.seconds["office edits after the copy (ORM)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    info = sync.create_package(replica, prepared.package)
    prepared.seconds["sync.create_package"] = time.perf_counter() - t0
    replica.close()
    office.close()  # the last connection checkpoints the WAL: the file alone is the database
    laptop.unlink()
    prepared.info = info
    prepared.notes = [
        f"base mark {replica_info.base_mark:,}",
        "laptop: " + ", ".join(f"{k} {v:,}" for k, v in work.counts.items()),
        "office after the copy: " + ", ".join(f"{k} {v:,}" for k, v in plan.items()),
    ]
    (folder / "ready").write_text("\n".join(prepared.notes), encoding="utf-8")
    return prepared


# --- measuring ---------------------------------------------------------------------------------------


def fresh_copy(source: Path, dest: Path) -> float:
    dest.unlink(missing_ok=True)
    t0 = time.perf_counter()
    shutil.copyfile(source, dest)
    return time.perf_counter() - t0


def merge_once(path: Path, package: Path, dry_run: bool) -> tuple[float, sync.MergeReport]:
    db = Database.open(path, create=False, backup_before_upgrade=False)
    try:
        gc.collect()
        t0 = time.perf_counter()
        report = sync.merge_package(db, package, dry_run=dry_run)
        seconds = time.perf_counter() - t0
    finally:
        db.close()
    return seconds, report


def backup_once(path: Path, dest: Path) -> float:
    """What ``tvet-alliance merge`` does before merging: an automatic backup (SQLite backup API)."""
    db = Database.open(path, create=False)
    try:
        dest.unlink(missing_ok=True)
        t0 = time.perf_counter()
        backup_to(db.engine, dest)
        return time.perf_counter() - t0
    finally:
        db.close()


@dataclass
class Row:
    measure: str
    ours: float | None
    baseline: float | None = None
    target: float | None = None  # seconds, on ours

    @property
    def passed(self) -> bool | None:
        return None if self.target is None or self.ours is None else self.ours <= self.target

    def cells(self) -> list[str]:
        def fmt(value: float | None) -> str:
            if value is None:
                return "-"
            return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"

        ratio = f"{self.ours / self.baseline:.1f}×" if self.ours is not None and self.baseline else "-"
        target = f"≤ {fmt(self.target)}" if self.target is not None else "-"
        result = {None: "info", True: "PASS", False: "FAIL"}[self.passed]
        return [self.measure, fmt(self.ours), fmt(self.baseline), ratio, target, result]


def print_table(rows: Sequence[Row]) -> None:
    header = ["measure", "ours", "copy file", "ratio", "target", "result"]
    table = [header] + [r.cells() for r in rows]
    widths = [max(_width(line[i]) for line in table) for i in range(len(header))]
    for n, line in enumerate(table):
        cells = []
        for i, (cell, w) in enumerate(zip(line, widths, strict=True)):
            pad = " " * (w - _width(cell))
            cells.append(pad + cell if 0 < i < 4 else cell + pad)
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_profile(office: Path, work: Path, package: Path) -> None:
    fresh_copy(office, work)
    db = Database.open(work, create=False, backup_before_upgrade=False)
    profiler = cProfile.Profile()
    try:
        profiler.enable()
        sync.merge_package(db, package)
        profiler.disable()
    finally:
        db.close()
    for order in ("tottime", "cumulative"):
        print(f"\n=== profile: one merge (top 25 by {order}) ===")
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(25)
        print(out.getvalue())


# --- main ----------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--people", type=int, default=None, help="people in the office (default 100000)")
    parser.add_argument("--partners", type=int, default=None, help="partners in the office (default 2000)")
    parser.add_argument("--changes", type=int, default=None, help="changes in the package (default 5000)")
    parser.add_argument(
        "--runs", type=int, default=3, help="merges (each on a fresh copy); the median counts"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="keep the prepared office and package in $TMPDIR"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 5000 people, 500 partners, 1000 changes"
    )
    parser.add_argument("--profile", action="store_true", help="also profile one merge")
    args = parser.parse_args(argv)
    if args.people is None:
        args.people = 5_000 if args.quick else 100_000
    if args.partners is None:
        args.partners = 500 if args.quick else 2_000
    if args.changes is None:
        args.changes = 1_000 if args.quick else 5_000
    if args.people < 5_000 or args.partners < 1 or args.runs < 1 or args.changes < 100:
        parser.error("--people must be ≥ 5000, --changes ≥ 100, --partners and --runs ≥ 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="tvet-bench-sync-"))
    # Backups and any default file stay out of the user's data.
    os.environ.setdefault("TVET_ALLIANCE_HOME", str(scratch / "home"))
    if args.reuse:
        folder = Path(tempfile.gettempdir()) / f"tvet-bench-sync-{args.people}-{args.partners}-{args.changes}"
    else:
        folder = scratch / "prepared"
    try:
        return run(args, folder, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(args: argparse.Namespace, folder: Path, scratch: Path) -> int:
    print(f"prepared in: {folder}")
    if args.reuse and (folder / "ready").exists():
        prepared = Prepared(folder / "office.sqlite3", folder / "laptop.tvetsync")
        prepared.notes = (folder / "ready").read_text(encoding="utf-8").splitlines()
        print("  reusing the prepared office database and package")
    else:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        prepared = prepare(folder, args.people, args.partners, args.changes)
        for step, seconds in prepared.seconds.items():
            print(f"  {step:<48} {seconds:7.2f} s")
    for note in prepared.notes:
        print(f"  {note}")
    package = sync.read_package(prepared.package).info
    office_mb = prepared.office.stat().st_size / 1e6
    package_kb = prepared.package.stat().st_size / 1e3
    print(
        f"office file {office_mb:.1f} MB; package {package_kb:.0f} kB: {package.change_count:,} changes "
        f"({package.seq_from}–{package.seq_to}) of {package.record_count:,} records"
    )

    work = scratch / "office-copy.sqlite3"
    copies, merges, dry_runs, reports = [], [], [], []
    for _ in range(args.runs):
        copies.append(fresh_copy(prepared.office, work))
        seconds, report = merge_once(work, prepared.package, dry_run=False)
        merges.append(seconds)
        reports.append(report)
        copies.append(fresh_copy(prepared.office, work))
        seconds, dry = merge_once(work, prepared.package, dry_run=True)
        dry_runs.append(seconds)
    backup = backup_once(prepared.office, scratch / "backup.sqlite3")
    report = reports[0]
    counts = ("added", "changed", "deleted", "check_ins", "conflicts", "duplicates")
    print("merge: " + ", ".join(f"{k} {getattr(report, k):,}" for k in counts))
    if any(r.as_json() | {"package_id": ""} != report.as_json() | {"package_id": ""} for r in reports):
        print("  !! the runs did not merge the same way")
    if (dry.added, dry.changed, dry.conflicts) != (report.added, report.changed, report.conflicts):
        print("  !! the dry run's counts differ from the merge's")
    print(
        f"  runs (s): merge {', '.join(f'{t:.2f}' for t in merges)}; dry run "
        f"{', '.join(f'{t:.2f}' for t in dry_runs)}; copy {', '.join(f'{t:.3f}' for t in copies)}"
    )

    copy = statistics.median(copies)
    changes = f"{package.change_count:,} changes into {args.people:,} people"
    table = [
        Row(
            f"merge {changes} (median of {args.runs})",
            statistics.median(merges),
            copy,
            TARGET_S if package.change_count <= TARGET_CHANGES else None,  # the size, or smaller
        ),
        Row(f"dry run of the same (median of {args.runs})", statistics.median(dry_runs), copy),
        Row(f"copy the office file, {office_mb:.0f} MB (median of {len(copies)})", copy),
        Row("backup before merging (what the CLI adds)", backup, copy),
    ]
    print()
    print_table(table)
    print(f"peak RSS of the process: {peak_rss_mb():.0f} MB")
    if args.profile:
        print_profile(prepared.office, work, prepared.package)
    missed = [r.measure for r in table if r.passed is False]
    print(f"\n{len(missed)} target(s) missed: " + "; ".join(missed) if missed else "\nall targets met")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
