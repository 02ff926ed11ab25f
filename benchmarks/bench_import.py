"""Benchmark of the CSV import: a Chinese partner's delegate list, end to end, against ``sqlite3 .import``.

Generates (fixed seed) the list a Chinese partner sends: GB18030, CRLF, a title row above Chinese
headers 姓名,单位,手机,邮箱,参会方式,职务; names in Chinese, Pakistani Latin and some Urdu; ~1,000
organisations (Chinese ones named in Chinese, Pakistani ones in English); Chinese mobiles
(138/139/150/186 + 8 digits) and Pakistani 03XX-XXXXXXX; unique e-mails; 线上/线下. Then, in the same
run, into fresh databases:

* ours: ``detect`` + ``read_table`` + ``auto_map`` + ``engine.run(apply=True)`` (decode, detect, map,
  parse and validate, deduplicate, insert people + registrations + organisations + change log, commit)
  into a database made by ``Database.open`` with one Event;
* the baseline: ``iconv`` GB18030 → UTF-8 (``sqlite3 .import`` reads only UTF-8) and
  ``/usr/bin/sqlite3 db -cmd ".import --csv --skip 1 file t"`` into a bare table of a fresh file;
* the split of our time: reading alone (decode + CSV), time inside SQL statements, the rest;
* memory (``--memory``, on by default unless ``--quick``): a 1,000,000-row file (streamed to a temp
  dir) imported with ``apply=True`` in a subprocess; its peak RSS via ``getrusage(RUSAGE_CHILDREN)``.

It prints a table (measure, ours, baseline, ratio, target, PASS/FAIL) and exits 0, or with ``--check``
exits 1 when a target is missed. ``--profile`` adds a cProfile (top 15 by own time) of one import.

    .venv/bin/python benchmarks/bench_import.py              # 100,000 rows + the 1,000,000-row memory run
    .venv/bin/python benchmarks/bench_import.py --quick      # smoke run: 5,000 rows, no memory run
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# --- targets (from the issue) ----------------------------------------------------------------------

TARGET_RATIO = 20.0  # ours ≤ 20 × (iconv + sqlite3 .import); issue 14 restated it (was 5)
TARGET_MEMORY_MB = 500.0  # peak RSS of a 1,000,000-row import

SQLITE_CLI = "/usr/bin/sqlite3"
ICONV = shutil.which("iconv")
SEED = 20250318
ORGANISATIONS = 1_000
PK_SHARE = 0.4  # of organisations and of delegates
URDU_SHARE = 0.08  # of Pakistani delegates whose name is written in Urdu
MEMORY_ROWS = 1_000_000

# --- realistic values -----------------------------------------------------------------------------

CN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢"
)
CN_SURNAME_WEIGHTS = [
    72,
    72,
    66,
    52,
    45,
    31,
    24,
    20,
    20,
    19,
    15,
    14,
    12,
    12,
    11,
    11,
    10,
    10,
    9,
    9,
    9,
    8,
    7,
    6,
]
CN_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚慧浩宇轩红琳博凯鑫鹏华丹宁瑞天晓志建国文海云龙峰清颖梅淑春涵兰"
)
PK_MALE = ["Ahmed", "Ali", "Hassan", "Hussain", "Usman", "Bilal", "Imran", "Asif", "Kamran", "Faisal",
           "Zeeshan", "Tariq", "Waqas", "Shahid", "Abdullah", "Omar", "Hamza", "Saad", "Naveed", "Junaid",
           "Adnan", "Rizwan", "Arslan", "Fahad", "Irfan"]  # fmt: skip
PK_FEMALE = ["Fatima", "Ayesha", "Zainab", "Maryam", "Sana", "Hina", "Amna", "Sadia", "Nadia", "Rabia",
             "Mehwish", "Saima", "Bushra", "Kiran", "Iqra", "Asma", "Farah"]  # fmt: skip
PK_LAST = ["Khan", "Ahmed", "Malik", "Hussain", "Qureshi", "Butt", "Chaudhry", "Sheikh", "Raza", "Shah",
           "Iqbal", "Akhtar", "Mirza", "Abbasi", "Siddiqui", "Javed", "Anwar", "Rana", "Baig", "Aslam",
           "Farooq", "Nawaz", "Hashmi", "Bhatti", "Gill", "Awan", "Jatoi", "Memon", "Baloch", "Afridi"]  # fmt: skip
UR_FIRST = ["محمد", "احمد", "علی", "حسن", "عثمان", "بلال", "عمران", "فاطمہ", "عائشہ", "زینب", "مریم", "ثنا",
            "حمزہ", "سعد", "نوید", "عرفان"]  # fmt: skip
UR_LAST = ["خان", "ملک", "قریشی", "بٹ", "چوہدری", "شیخ", "رضا", "شاہ", "اقبال", "اختر", "مرزا", "عباسی",
           "صدیقی", "جاوید", "انور", "اعوان"]  # fmt: skip
CN_CITIES = ["重庆", "北京", "上海", "广州", "深圳", "成都", "武汉", "南京", "杭州", "西安", "天津", "长沙", "郑州",
             "济南", "青岛", "昆明", "乌鲁木齐", "喀什", "南宁", "哈尔滨", "沈阳", "合肥", "福州", "贵阳", "兰州"]  # fmt: skip
CN_FIELDS = ["工程", "电子工程", "信息技术", "机电工程", "工业", "交通", "铁道", "建筑", "化工", "纺织", "农业",
             "旅游", "财经", "轻工", "能源", "通信", "航空", "水利", "医药", "物流"]  # fmt: skip
CN_ORG_TEMPLATES = ["{c}{f}职业学院", "{c}{f}职业技术学院", "{c}{f}技师学院", "{c}{f}大学", "{c}{f}集团有限公司",
                    "{c}{f}职业教育协会", "{c}{f}高级技工学校"]  # fmt: skip
PK_CITIES = ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Quetta",
             "Hyderabad", "Sialkot", "Gujranwala", "Gwadar", "Sukkur", "Abbottabad", "Bahawalpur"]  # fmt: skip
PK_FIELDS = ["Engineering", "Electronics", "Information Technology", "Mechatronics", "Textile", "Agriculture",
             "Construction", "Automotive", "Welding", "Hospitality", "Logistics", "Renewable Energy",
             "Chemical Technology", "Leather", "Telecommunication", "Railways", "Civil Technology",
             "Refrigeration", "Surgical Instruments", "Mining"]  # fmt: skip
PK_ORG_TEMPLATES = ["Government Technical Training Institute {c} ({f})", "Government College of Technology {c} ({f})",
                    "{c} Institute of {f}", "University of {f}, {c}", "{c} {f} (Pvt) Ltd",
                    "TEVTA {c} ({f})", "{c} {f} Skills Development Council"]  # fmt: skip
CN_POSITIONS = ["教师", "讲师", "副教授", "教授", "院长", "副院长", "国际合作与交流处处长", "教务处副处长", "系主任",
                "专业带头人", "实训中心主任", "高级工程师", "总经理", "人力资源经理", "秘书长"]  # fmt: skip
PK_POSITIONS = ["Lecturer", "Senior Instructor", "Principal", "Vice Principal", "Director, International Office",
                "Head of Department, Electrical Technology", "Assistant Professor", "Programme Officer",
                "Deputy Director, TEVTA", "Chief Engineer", "Trainer, Welding"]  # fmt: skip
CN_MOBILE_PREFIXES = ("138", "139", "150", "186")
PK_MOBILE_PREFIXES = tuple(f"03{n:02d}" for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 21, 22, 23, 33, 34, 35, 45, 46))
TITLE = "2025年中国—巴基斯坦职业教育联盟年会 参会人员名单"
HEADER = ["姓名", "单位", "手机", "邮箱", "参会方式", "职务"]


def make_organisations(rng: random.Random, n: int = ORGANISATIONS) -> tuple[list[str], list[str]]:
    """(Chinese names, Pakistani names), all distinct."""
    cn: dict[str, None] = {}
    pk: dict[str, None] = {}
    n_pk = round(n * PK_SHARE)
    while len(pk) < n_pk:
        pk[rng.choice(PK_ORG_TEMPLATES).format(c=rng.choice(PK_CITIES), f=rng.choice(PK_FIELDS))] = None
    while len(cn) < n - n_pk:
        cn[rng.choice(CN_ORG_TEMPLATES).format(c=rng.choice(CN_CITIES), f=rng.choice(CN_FIELDS))] = None
    return list(cn), list(pk)


def delegate_rows(n: int, seed: int = SEED) -> Iterator[list[str]]:
    """*n* delegate rows (the cells under the header), deterministic for *seed*.

    A Pakistani organisation is first named in the file by a delegate whose name is in Urdu: a
    number without +92 is read in the delegate's country, which the importer takes from the
    organisation once it knows it, else from the script of the name (else the event's, China)."""
    rng = random.Random(seed)
    cn_orgs, pk_orgs = make_organisations(rng)
    seen_pk: set[str] = set()
    cn_phone = pk_phone = 0
    for i in range(n):
        pk = rng.random() < PK_SHARE
        if pk:
            org = rng.choice(pk_orgs)
            urdu = org not in seen_pk or rng.random() < URDU_SHARE
            seen_pk.add(org)
            if urdu:
                name = f"{rng.choice(UR_FIRST)} {rng.choice(UR_LAST)}"
                local = f"ur{i}"
            else:
                first = rng.choice(PK_FEMALE if rng.random() < 0.3 else PK_MALE)
                last = rng.choice(PK_LAST)
                if rng.random() < 0.3:
                    first = f"Muhammad {first}"
                name = f"{first} {last}"
                local = f"{first.split()[-1].lower()}.{last.lower()}{i}"
            pk_phone += 1
            # 7 distinct digits per delegate (a permutation of the counter), in the 03XX-XXXXXXX form
            phone = (
                f"{rng.choice(PK_MOBILE_PREFIXES)}-{(pk_phone * 7_919 + 1_000_000) % 9_000_000 + 1_000_000}"
            )
            email = f"{local}@{rng.choice(('gmail.com', 'yahoo.com', 'hotmail.com', 'tevta.gop.pk'))}"
            position = rng.choice(PK_POSITIONS)
        else:
            org = rng.choice(cn_orgs)
            surname = rng.choices(CN_SURNAMES[: len(CN_SURNAME_WEIGHTS)], CN_SURNAME_WEIGHTS)[0]
            if rng.random() < 0.25:
                surname = rng.choice(CN_SURNAMES)
            name = surname + "".join(rng.sample(CN_GIVEN, 1 if rng.random() < 0.35 else 2))
            cn_phone += 1
            phone = f"{rng.choice(CN_MOBILE_PREFIXES)}{(cn_phone * 7_919) % 100_000_000:08d}"
            email = f"{phone}@{rng.choice(('163.com', 'qq.com', '126.com', 'sina.com'))}"
            position = rng.choice(CN_POSITIONS)
        yield [name, org, phone, email, "线上" if rng.random() < 0.3 else "线下", position]


def write_csv(path: Path, n: int, seed: int = SEED) -> int:
    """Stream the partner's file to *path* (GB18030, CRLF, title row, header); returns its size."""
    with path.open("w", encoding="gb18030", newline="") as fh:
        out = csv.writer(fh)  # excel dialect: CRLF, quotes only where needed
        out.writerow([TITLE] + [""] * (len(HEADER) - 1))  # a merged title cell, as Excel saves it
        out.writerow(HEADER)
        for row in delegate_rows(n, seed):
            out.writerow(row)
    return path.stat().st_size


# --- ours ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    seconds: dict[str, float]  # stage -> seconds
    report: dict[str, Any]
    counts: dict[str, int]
    sql_seconds: float
    sql_statements: int
    cpu_seconds: float = 0.0  # CPU time of the whole pipeline (user + system), steadier on a shared machine


def fresh_database(path: Path) -> tuple[Any, uuid.UUID]:
    from tvet_alliance.domain import Event
    from tvet_alliance.persistence import Database

    db = Database.open(path)
    with db.session() as s:
        event = Event(name="2025 Alliance Annual Conference", country="CN")
        s.add(event)
        s.commit()
        event_id = event.id
    return db, event_id


def import_file(
    db_path: Path, csv_path: Path, *, apply: bool = True, profile: cProfile.Profile | None = None
) -> Outcome:
    """The pipeline as the import dialog runs it, into a fresh database at *db_path*."""
    from sqlalchemy import event, func, select

    from tvet_alliance.domain import ChangeLog, Organization, Participation, Person
    from tvet_alliance.services import importing as imp

    db, event_id = fresh_database(db_path)
    sql = {"seconds": 0.0, "statements": 0}
    started: list[float] = []

    def before(*_a: Any) -> None:
        started.append(time.perf_counter())

    def after(*_a: Any) -> None:
        sql["seconds"] += time.perf_counter() - started.pop()
        sql["statements"] += 1

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    seconds: dict[str, float] = {}
    if profile is not None:
        profile.enable()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    detection = imp.detect(csv_path)
    t1 = time.perf_counter()
    table = imp.read_table(csv_path, detection)
    t2 = time.perf_counter()
    mapping = imp.auto_map(imp.ImportKind.DELEGATES, table.header)
    t3 = time.perf_counter()
    sha = imp.sha256_of(csv_path)
    t4 = time.perf_counter()
    sql["seconds"], sql["statements"] = 0.0, 0
    with db.session() as s:
        report = imp.run(
            s,
            csv_path,
            detection,
            mapping,
            imp.ImportOptions(kind=imp.ImportKind.DELEGATES, event_id=event_id),
            apply=apply,
            sha256=sha,
            keep_rejected=True,
        )
    t5 = time.perf_counter()
    cpu = time.process_time() - cpu0
    if profile is not None:
        profile.disable()
    seconds.update(
        {
            "detect": t1 - t0,
            "read_table": t2 - t1,
            "auto_map": t3 - t2,
            "sha256": t4 - t3,
            "engine.run": t5 - t4,
        }
    )
    seconds["total"] = t5 - t0
    counts: dict[str, int] = {}
    with db.session() as s:
        for model in (Person, Organization, Participation, ChangeLog):
            counts[model.__tablename__] = int(s.scalar(select(func.count()).select_from(model)) or 0)
    db.close()
    info = report.as_json()
    info.pop("errors")
    info["mapped"] = {k: table.header[c] for k, c in mapping.columns.items()}
    info["first_errors"] = [f"row {e.row} {e.column}: {e.message}" for e in report.errors[:5]]
    info["created_by_table"] = report.created_by_table
    return Outcome(seconds, info, counts, sql["seconds"], sql["statements"], cpu)


def read_only(csv_path: Path) -> tuple[float, int]:
    """Decode + split the file the way the engine reads it, doing nothing with the rows."""
    from tvet_alliance.services import importing as imp
    from tvet_alliance.services.importing.source import data_rows

    t0 = time.perf_counter()
    detection = imp.detect(csv_path)
    rows = sum(1 for _ in data_rows(csv_path, detection))
    return time.perf_counter() - t0, rows


# --- the baseline ----------------------------------------------------------------------------------


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: CPU seconds (user + system) of the last baseline's two processes
BASELINE_CPU = [0.0]


def baseline(csv_path: Path, scratch: Path) -> tuple[float, float, int]:
    """(iconv seconds, sqlite3 .import seconds, rows imported); each includes starting the process.
    Their CPU time goes to :data:`BASELINE_CPU`."""
    utf8 = scratch / "delegates.utf8.csv"
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    if ICONV:
        with utf8.open("wb") as out:
            subprocess.run([ICONV, "-f", "GB18030", "-t", "UTF-8", str(csv_path)], stdout=out, check=True)
    else:  # no iconv: Python converts, streamed
        with (
            csv_path.open(encoding="gb18030", newline="") as src,
            utf8.open("w", encoding="utf-8", newline="") as dst,
        ):
            shutil.copyfileobj(src, dst, 1 << 20)
    t1 = time.perf_counter()
    db = scratch / "baseline.sqlite3"
    db.unlink(missing_ok=True)
    t2 = time.perf_counter()
    # --skip 1: the title row; the header row then names the columns of the new table "t".
    subprocess.run(
        [SQLITE_CLI, str(db), "-cmd", f".import --csv --skip 1 '{utf8}' t", "SELECT 1"],
        check=True,
        capture_output=True,
    )
    t3 = time.perf_counter()
    BASELINE_CPU[0] = _children_cpu() - cpu0
    done = subprocess.run(
        [SQLITE_CLI, str(db), "SELECT count(*) FROM t"], check=True, capture_output=True, text=True
    )
    utf8.unlink()
    return t1 - t0, t3 - t2, int(done.stdout.strip())


# --- memory: a child process -----------------------------------------------------------------------


def child(csv_path: Path, db_path: Path, apply: bool) -> int:
    outcome = import_file(db_path, csv_path, apply=apply)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {"seconds": outcome.seconds, "report": outcome.report, "counts": outcome.counts, "peak_mb": peak}
        )
    )
    return 0


def memory_run(rows: int, scratch: Path, apply: bool) -> dict[str, Any]:
    csv_path = scratch / f"delegates-{rows}.csv"
    t0 = time.perf_counter()
    size = write_csv(csv_path, rows, SEED + 1)
    generated = time.perf_counter() - t0
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    t0 = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            str(csv_path),
            str(scratch / "memory.sqlite3"),
            "1" if apply else "0",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        raise RuntimeError(f"the memory run failed:\n{done.stderr[-4000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(
        rows=rows, size=size, generated=generated, wall=wall, rusage_children_mb=peak, before_mb=before
    )
    csv_path.unlink()
    return result


# --- the report -----------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    ours: float | None
    unit: str = "s"  # "s", "MB", "x", "rows/s"
    base: float | None = None
    target: float | None = None
    strict: bool = False
    ratio: float | None = None

    @property
    def passed(self) -> bool | None:
        value = self.ratio if self.unit == "s" and self.target is not None else self.ours
        if self.target is None or value is None:
            return None
        return value < self.target if self.strict else value <= self.target

    def fmt(self, value: float | None, unit: str | None = None) -> str:
        unit = unit or self.unit
        if value is None:
            return "-"
        if unit == "MB":
            return f"{value:,.1f} MB"
        if unit == "rows/s":
            return f"{value:,.0f} rows/s"
        if unit == "x":
            return f"{value:.1f}×"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"

    def cells(self) -> list[str]:
        ratio = self.ratio if self.ratio is not None else None
        if self.target is None:
            target = "-"
        elif self.unit == "s":
            target = f"≤ {self.target:.1f}×"
        else:
            target = ("< " if self.strict else "≤ ") + self.fmt(self.target)
        result = {None: "info", True: "PASS", False: "FAIL"}[self.passed]
        return [self.measure, self.fmt(self.ours), self.fmt(self.base), self.fmt(ratio, "x"), target, result]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(rows: Sequence[Row]) -> None:
    header = ["measure", "ours", "baseline", "ratio", "target", "result"]
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


# --- main -----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=None, help="delegate rows (default 100000; --quick 5000)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5000 rows, no memory run")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--profile", action="store_true", help="cProfile one import (top 15 by own time)")
    parser.add_argument(
        "--memory", action=argparse.BooleanOptionalAction, default=None, help="the 1,000,000-row RSS run"
    )
    parser.add_argument("--memory-rows", type=int, default=MEMORY_ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--memory-dry", action="store_true", help="memory run with apply=False (rolls back)")
    parser.add_argument("--keep", type=Path, default=None, help="also write the generated file here")
    parser.add_argument("--child", nargs=3, metavar=("CSV", "DB", "APPLY"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rows is None:
        args.rows = 5_000 if args.quick else 100_000
    if args.memory is None:
        args.memory = not args.quick
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="tvet-bench-import-"))
    # Backups and any default file stay out of the user's data.
    os.environ.setdefault("TVET_ALLIANCE_HOME", str(scratch / "home"))
    try:
        if args.child:
            csv_path, db_path, apply = args.child
            return child(Path(csv_path), Path(db_path), apply == "1")
        return run(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(args: argparse.Namespace, scratch: Path) -> int:
    csv_path = scratch / "delegates.csv"
    t0 = time.perf_counter()
    size = write_csv(csv_path, args.rows)
    print(
        f"generated {args.rows:,} rows, {size / 1e6:.1f} MB GB18030 in {time.perf_counter() - t0:.2f} s: {csv_path}"
    )
    if args.keep:
        shutil.copyfile(csv_path, args.keep)

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours = import_file(scratch / "ours.sqlite3", csv_path, apply=True)
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    read_s, read_rows = read_only(csv_path)
    iconv_s, import_s, base_rows = baseline(csv_path, scratch)

    r = ours.report
    print(f"\ndetected: {r['detected']}; mapped: {r['mapped']}")
    print(
        f"report: rows {r['rows']:,}, valid {r['valid']:,}, invalid {r['invalid']:,}, created {r['created']:,}, "
        f"skipped {r['skipped']:,} (duplicates {r['duplicates']:,}); records {r['created_by_table']}"
    )
    for line in r["first_errors"]:
        print(f"  e.g. {line}")
    print(f"in the database: {ours.counts}; sqlite3 .import: {base_rows:,} rows")
    run_s = ours.seconds["engine.run"]
    print(
        "ours, by stage: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in ours.seconds.items() if k != "total")
        + f"\n  inside engine.run: reading (decode + CSV, timed alone) {read_s:.2f} s"
        f" ({read_s / run_s:.0%}), SQL statements {ours.sql_seconds:.2f} s ({ours.sql_seconds / run_s:.0%},"
        f" {ours.sql_statements:,} executes incl. commit-time work), the rest (parse, validate, dedupe,"
        f" build rows + change log) {run_s - read_s - ours.sql_seconds:.2f} s"
        f" ({(run_s - read_s - ours.sql_seconds) / run_s:.0%})"
    )
    print(f"peak RSS of this process: {rss0:.1f} MB before the import, {rss1:.1f} MB after it")
    assert read_rows == args.rows and base_rows == args.rows, (read_rows, base_rows)

    base = iconv_s + import_s
    rows = [
        Row(f"import {args.rows:,} delegates (apply=True)", ours.seconds["total"], base=base,
            ratio=ours.seconds["total"] / base, target=TARGET_RATIO),
        Row("  of which engine.run", run_s, base=import_s, ratio=run_s / import_s),
        Row("  baseline: iconv GB18030→UTF-8", None, base=iconv_s),
        Row("  baseline: sqlite3 .import", None, base=import_s),
        Row("  CPU time (user + system; steadier when the machine is shared)", ours.cpu_seconds,
            base=BASELINE_CPU[0], ratio=ours.cpu_seconds / BASELINE_CPU[0] if BASELINE_CPU[0] else None),
        Row("throughput", args.rows / ours.seconds["total"], unit="rows/s", base=args.rows / base),
        Row("peak RSS of the benchmark process", rss1, unit="MB"),
    ]  # fmt: skip

    memory: dict[str, Any] | None = None
    if args.memory:
        apply = not args.memory_dry
        print(f"\nmemory run: {args.memory_rows:,} rows, apply={apply}, in a subprocess …", flush=True)
        memory = memory_run(args.memory_rows, scratch, apply)
        m = memory["report"]
        print(
            f"  file {memory['size'] / 1e6:.1f} MB generated in {memory['generated']:.1f} s; import {memory['wall']:.1f} s"
            f" wall ({memory['seconds']['total']:.1f} s in the pipeline, {memory['rows'] / memory['seconds']['total']:,.0f}"
            f" rows/s); rows {m['rows']:,}, created {m['created']:,}, invalid {m['invalid']:,}, skipped {m['skipped']:,}"
        )
        print(
            f"  peak RSS: getrusage(RUSAGE_CHILDREN) {memory['rusage_children_mb']:.1f} MB"
            f" (the child's own RUSAGE_SELF {memory['peak_mb']:.1f} MB)"
        )
        label = f"peak RSS, {memory['rows']:,}-row import (apply={apply})"
        if memory["rows"] != MEMORY_ROWS:
            label += f" [measured at {memory['rows']:,} rows]"
        rows.append(Row(label, memory["rusage_children_mb"], unit="MB", target=TARGET_MEMORY_MB, strict=True))
        rows.append(Row(f"  time of that import ({memory['rows']:,} rows)", memory["seconds"]["total"]))

    print()
    print_table(rows)
    print(
        "\nbaseline = iconv (sqlite3 .import reads only UTF-8; our import decodes GB18030 itself) + "
        "/usr/bin/sqlite3 .import --csv --skip 1\ninto a bare table of a fresh file (each includes starting"
        " the process). ratio = ours / baseline."
    )

    if args.profile:
        profiler = cProfile.Profile()
        import_file(scratch / "profiled.sqlite3", csv_path, apply=True, profile=profiler)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(15)
        print("\n=== profile: one import, top 15 by own time ===")
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
        print("=== profile: top 40 by cumulative time ===")
        print(out.getvalue())

    missed = [r.measure for r in rows if r.passed is False]
    if missed:
        print(f"\n{len(missed)} target(s) missed: " + "; ".join(missed))
    else:
        print("\nall targets met")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
