"""Benchmark of the people export: ``exporting.export`` of a large register against ``sqlite3 -csv``.

Builds a SQLite database through ``Database.open`` (the real migrated schema) with the builder of
``bench_people_page.py`` (SQLAlchemy Core bulk inserts of realistic Chinese and Pakistani partners and
people, fixed seed), then measures, in the same run, on the same file:

* ours: ``exporting.export(session, ExportKind.PEOPLE, path, ExportOptions())`` of every live person
  in list order (one pass over the list's own ordered statement, ``listing.ordered_select``, with the
  export's columns added): UTF-8 with BOM, CRLF, every field
  quoted, formula cells neutralised, the organisation joined; median of the runs;
* the baseline: ``/usr/bin/sqlite3 -csv -header`` running the equivalent query (the same columns,
  the organisation joined, ``ORDER BY lower(full_name), id``) into a file (includes process start);
* the same export as .xlsx (info), and the resident set size (info).

It prints a table (measure, ours, baseline, ratio, target, PASS/FAIL) and exits 0, or with ``--check``
exits 1 when a target is missed. ``--profile`` adds a cProfile (top 20 by own time) of one CSV export.

    .venv/bin/python benchmarks/bench_export.py            # 100,000 people, 2,000 partners
    .venv/bin/python benchmarks/bench_export.py --quick    # smoke run: 5,000 people, 500 partners
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gc
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_people_page import _width, open_or_build, peak_rss_mb, rss_mb

from tvet_alliance.persistence import Database
from tvet_alliance.services import exporting, listing
from tvet_alliance.services.exporting import ExportKind, ExportOptions

TARGET_RATIO = 3.0  # ours ≤ 3 × sqlite3 -csv
SQLITE_CLI = "/usr/bin/sqlite3"

BASELINE_SQL = (
    "SELECT p.full_name, p.name_native, o.name_en, p.position, p.nationality, p.gender, p.email, p.phone, "
    "p.wechat_id, p.whatsapp, p.notes "
    "FROM person AS p LEFT OUTER JOIN organization AS o ON o.id = p.organization_id "
    "WHERE p.deleted_at IS NULL ORDER BY lower(p.full_name), p.id;"
)


def export_once(db: Database, path: Path, fmt: str = "csv") -> tuple[float, int]:
    t0 = time.perf_counter()
    with db.session() as s:
        result = exporting.export(s, ExportKind.PEOPLE, path, ExportOptions(format=fmt))
    return time.perf_counter() - t0, result.rows


def list_ids_once(db: Database) -> float:
    t0 = time.perf_counter()
    with db.session() as s:
        listing.list_ids(s, listing.PEOPLE)
    return time.perf_counter() - t0


def baseline_once(db_path: Path, out: Path) -> float | None:
    if not Path(SQLITE_CLI).exists():
        return None
    t0 = time.perf_counter()
    with out.open("wb") as fh:
        done = subprocess.run(
            [SQLITE_CLI, "-batch", "-csv", "-header", str(db_path), BASELINE_SQL],
            stdout=fh,
            stderr=subprocess.PIPE,
            check=False,
        )
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"sqlite3 failed: {done.stderr.decode(errors='replace').strip()}")
    return seconds


def csv_rows(path: Path, encoding: str) -> int:
    with path.open(encoding=encoding, newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def first_names(path: Path, encoding: str, n: int = 1000) -> list[str]:
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        return [row[0].removeprefix("'") for _, row in zip(range(n), reader, strict=False)]


# --- the report -----------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    ours: float | None  # seconds, or MB
    unit: str = "s"
    baseline: float | None = None
    target: float | None = None  # on the ratio

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.ours is not None and self.baseline else None

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.ratio is None:
            return None
        return self.ratio <= self.target

    def cells(self) -> list[str]:
        def fmt(value: float | None) -> str:
            if value is None:
                return "-"
            if self.unit == "MB":
                return f"{value:.1f} MB"
            return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"

        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "-"
        target = f"≤ {self.target:.1f}×" if self.target is not None else "-"
        result = {None: "info", True: "PASS", False: "FAIL"}[self.passed]
        return [self.measure, fmt(self.ours), fmt(self.baseline), ratio, target, result]


def print_table(rows: Sequence[Row]) -> None:
    header = ["measure", "ours", "sqlite3 -csv", "ratio", "target", "result"]
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


def print_profile(db: Database, path: Path) -> None:
    print("\n=== profile: one CSV export (top 20 by own time) ===")
    profiler = cProfile.Profile()
    with db.session() as s:
        profiler.enable()
        exporting.export(s, ExportKind.PEOPLE, path, ExportOptions())
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(20)
    print(out.getvalue())


# --- main -----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--people", type=int, default=None, help="people to insert (default 100000)")
    parser.add_argument("--partners", type=int, default=None, help="partners to insert (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure; the median counts")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5000 people, 500 partners")
    parser.add_argument("--profile", action="store_true", help="also profile one CSV export")
    args = parser.parse_args(argv)
    if args.people is None:
        args.people = 5_000 if args.quick else 100_000
    if args.partners is None:
        args.partners = 500 if args.quick else 2_000
    if args.people < 1 or args.partners < 1 or args.runs < 1:
        parser.error("--people, --partners and --runs must be ≥ 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="tvet-bench-export-"))
    os.environ.setdefault("TVET_ALLIANCE_HOME", str(scratch / "home"))
    try:
        return run(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(args: argparse.Namespace, scratch: Path) -> int:
    path = scratch / "people.sqlite3"
    print(f"database: {path}")
    db, build = open_or_build(path, args.people, args.partners, reuse=False)
    for step, seconds in build.seconds.items():
        print(f"  {step:<32} {seconds:7.2f} s")

    ours_csv, base_csv, ours_xlsx = scratch / "ours.csv", scratch / "sqlite3.csv", scratch / "ours.xlsx"
    gc.collect()
    rss_before = rss_mb()
    ours_times, base_times, ids_times, rows = [], [], [], 0
    for _ in range(args.runs):  # interleaved, so that both see the same machine
        seconds, rows = export_once(db, ours_csv)
        ours_times.append(seconds)
        base = baseline_once(path, base_csv)
        if base is not None:
            base_times.append(base)
        ids_times.append(list_ids_once(db))
    rss_after_csv = rss_mb()
    xlsx_times = []
    for _ in range(max(1, args.runs - 1)):
        seconds, _rows = export_once(db, ours_xlsx, "xlsx")
        xlsx_times.append(seconds)
    rss_after_xlsx = rss_mb()

    ours = statistics.median(ours_times)
    baseline = statistics.median(base_times) if base_times else None
    print(f"\nexported {rows:,} people: ours {ours_csv.stat().st_size / 1e6:.1f} MB, ", end="")
    if baseline is not None:
        base_rows = csv_rows(base_csv, "utf-8")
        print(f"sqlite3 {base_csv.stat().st_size / 1e6:.1f} MB ({base_rows:,} rows)")
        if base_rows != rows:
            print(f"  !! the baseline wrote {base_rows:,} rows, ours {rows:,}")
        if first_names(ours_csv, "utf-8-sig") != first_names(base_csv, "utf-8"):
            print("  !! the first 1,000 names are not in the same order")
    else:
        print(f"({SQLITE_CLI} not found: no baseline)")
    print(
        f"  runs (s): ours {', '.join(f'{t:.2f}' for t in ours_times)}; "
        f"sqlite3 {', '.join(f'{t:.2f}' for t in base_times) or '-'}; xlsx {', '.join(f'{t:.2f}' for t in xlsx_times)}"
    )

    table = [
        Row(
            f"export {rows:,} people to CSV (median of {args.runs})",
            ours,
            baseline=baseline,
            target=TARGET_RATIO,
        ),
        Row("  listing.list_ids alone (info: what a page loads)", statistics.median(ids_times)),
        Row(
            f"export {rows:,} people to .xlsx (median of {len(xlsx_times)})",
            statistics.median(xlsx_times),
            baseline=baseline,
        ),
        Row("RSS before the exports", rss_before, unit="MB"),
        Row("RSS growth over the CSV exports", rss_after_csv - rss_before, unit="MB"),
        Row("RSS growth over the .xlsx exports", rss_after_xlsx - rss_after_csv, unit="MB"),
        Row("peak RSS of the process", peak_rss_mb(), unit="MB"),
    ]
    print()
    print_table(table)
    if args.profile:
        print_profile(db, ours_csv)
    db.close()
    missed = [r.measure for r in table if r.passed is False]
    print(f"\n{len(missed)} target(s) missed: " + "; ".join(missed) if missed else "\nall targets met")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
