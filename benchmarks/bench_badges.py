"""Benchmark of badge printing: 500 delegates in three scripts to one PDF, against a plain baseline.

Builds a SQLite database through ``Database.open`` (the real migrated schema) with one seminar of
N delegates (default 500, fixed seed): a third Chinese (张伟 style, some with only the Chinese name
stored), a third Pakistani with Urdu and Latin names, a third with Latin names only, from ~60
organisations with Chinese, Urdu or English names. Then, in the same run:

* read: ``services.printing.delegates`` (the query and every text of the badges);
* ours: ``render.pdf.write_pdf(BadgeDocument(...))`` — every name fitted and shaped (Nastaliq with
  its searchable Naskh copy, a Simplified Chinese face), a QR code per badge, in the ``a6`` layout
  (one a page) and ``a4-8`` (eight a page); the median of the runs, including the atomic write;
* the baseline: the same pages with the same ``QPdfWriter`` at the same resolution, each drawing the
  Latin name with one ``QPainter.drawText`` and the QR code — what the least a badge costs here.

It prints a table (measure, ours, baseline, ratio, target, PASS/FAIL) and exits 0, or with ``--check``
exits 1 when a target is missed (the whole job, read + a6 PDF, ≤ 10 s).

    .venv/bin/python benchmarks/bench_badges.py            # 500 delegates, 3 runs
    .venv/bin/python benchmarks/bench_badges.py --quick    # smoke run: 100 delegates, 1 run
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QFont, QPainter, QPdfWriter

from tvet_alliance.domain.enums import ParticipationRole
from tvet_alliance.domain.models import Event, Organization, Participation, Person
from tvet_alliance.persistence import Database
from tvet_alliance.render.pdf import A6, PDF_DPI, ensure_application, write_pdf
from tvet_alliance.render.qr import _matrix, draw_qr

TARGET_SECONDS = 10.0

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志"
URDU_FIRST = ["محمد", "علی", "احمد", "فاطمہ", "عائشہ", "حسن", "عمران", "ثناء", "بلال", "زینب", "عبدالرحمٰن"]
URDU_LAST = ["خان", "قریشی", "بلوچ", "ملک", "شاہ", "چوہدری", "بٹ", "رضا", "انجم", "محمود"]
LATIN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang"]
LATIN_FIRST = ["Muhammad", "Ali", "Ahmed", "Fatima", "Ayesha", "Hassan", "Imran", "Sana", "Bilal", "Zainab"]
LATIN_LAST = ["Khan", "Qureshi", "Baloch", "Malik", "Shah", "Chaudhry", "Butt", "Raza", "Anjum", "Mehmood"]
PINYIN = dict(
    zip(
        SURNAMES,
        [
            "wang",
            "li",
            "zhang",
            "liu",
            "chen",
            "yang",
            "huang",
            "zhao",
            "wu",
            "zhou",
            "xu",
            "sun",
            "ma",
            "zhu",
            "hu",
            "guo",
            "he",
            "gao",
            "lin",
            "luo",
            "zheng",
            "liang",
            "xie",
            "song",
            "tang",
            "xu",
            "han",
            "feng",
            "deng",
            "cao",
            "peng",
            "zeng",
            "xiao",
            "tian",
            "dong",
            "yuan",
            "pan",
        ],
        strict=True,
    )
)


def build(path: Path, delegates: int) -> Database:
    rng = random.Random(20261201)
    db = Database.open(path, create=True)
    with db.transaction() as s:
        event = Event(
            name="Founding Seminar of the Alliance", start_date=date(2026, 5, 10), end_date=date(2026, 5, 12)
        )
        orgs = []
        for n in range(60):
            if n % 3 == 0:
                orgs.append(
                    Organization(
                        name_en=f"Vocational College No. {n}", name_native=f"第{n}职业技术学院", country="CN"
                    )
                )
            elif n % 3 == 1:
                orgs.append(
                    Organization(
                        name_en=f"Government College of Technology {n}",
                        name_native=f"گورنمنٹ کالج آف ٹیکنالوجی {n}",
                        country="PK",
                    )
                )
            else:
                orgs.append(Organization(name_en=f"TEVTA Institute {n}", country="PK"))
        s.add(event)
        s.add_all(orgs)
        s.flush()
        people = []
        for n in range(delegates):
            org = orgs[rng.randrange(len(orgs))]
            if n % 3 == 0:
                surname, given = (
                    rng.choice(SURNAMES),
                    "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))),
                )
                han = surname + given
                if n % 2:  # only the Chinese stored: the Latin line comes from the pinyin
                    people.append(Person(full_name=han, organization_id=org.id))
                else:
                    latin = f"{PINYIN[surname].capitalize()} {rng.choice(LATIN_GIVEN)}"
                    people.append(Person(full_name=latin, name_native=han, organization_id=org.id))
            elif n % 3 == 1:
                i, j = rng.randrange(10), rng.randrange(10)
                people.append(
                    Person(
                        full_name=f"{LATIN_FIRST[i]} {LATIN_LAST[j]}",
                        name_native=f"{URDU_FIRST[i]} {URDU_LAST[j]}",
                        organization_id=org.id,
                    )
                )
            else:
                people.append(
                    Person(
                        full_name=f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)} {n}",
                        organization_id=org.id,
                    )
                )
        s.add_all(people)
        s.flush()
        roles = list(ParticipationRole)
        s.add_all(Participation(event_id=event.id, person_id=p.id, role=rng.choice(roles)) for p in people)
    return db


def baseline(printed: object) -> float:
    """The same pages with one drawText of the Latin name and the QR code each."""
    delegates = printed.delegates  # type: ignore[attr-defined]
    start = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(A6.page_layout())
    painter = QPainter(writer)
    font = QFont("Noto Sans")
    font.setPointSizeF(16)
    painter.setFont(font)
    mm = PDF_DPI / 25.4
    for n, d in enumerate(delegates):
        if n:
            writer.newPage()
        painter.drawText(QRectF(7 * mm, 40 * mm, 91 * mm, 10 * mm), d.latin_name)
        if d.ticket_code:
            draw_qr(painter, QRectF(33 * mm, 80 * mm, 38 * mm, 38 * mm), d.ticket_code)
    painter.end()
    buffer.close()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--delegates", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="100 delegates, one run")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    if args.quick:
        args.delegates, args.runs = 100, 1
    ensure_application()
    from tvet_alliance.render.badges import BadgeDocument
    from tvet_alliance.render.fonts import font_report
    from tvet_alliance.services import printing

    for sentence in font_report().sentences():
        print(f"warning: {sentence}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        t0 = time.perf_counter()
        db = build(folder / "bench.sqlite3", args.delegates)
        built = time.perf_counter() - t0
        with db.session() as s:
            event_id = s.query(Event.id).scalar()
        reads, a6, a48, base = [], [], [], []
        pages = sheets = 0
        for _ in range(args.runs):
            t = time.perf_counter()
            with db.session() as s:
                printed = printing.delegates(s, event_id)
            reads.append(time.perf_counter() - t)
            _matrix.cache_clear()  # each measure computes its QR codes afresh
            t = time.perf_counter()
            pages = write_pdf(BadgeDocument(printed, "a6"), folder / "a6.pdf")
            a6.append(time.perf_counter() - t)
            _matrix.cache_clear()
            t = time.perf_counter()
            sheets = write_pdf(BadgeDocument(printed, "a4-8"), folder / "a4-8.pdf")
            a48.append(time.perf_counter() - t)
            _matrix.cache_clear()
            base.append(baseline(printed))
        size = (folder / "a6.pdf").stat().st_size
        db.close()
    read, ours6, ours48, plain = (statistics.median(x) for x in (reads, a6, a48, base))
    total = read + ours6
    rows = [
        (f"build {args.delegates} delegates (setup)", built, None, None, "info"),
        ("read the badges' data (services.printing)", read, None, None, "info"),
        (f"a6 PDF, {pages} pages ({size / 1e6:.1f} MB)", ours6, plain, None, "info"),
        (f"a4-8 PDF, {sheets} sheets", ours48, plain, None, "info"),
        (
            "read + a6 PDF (the whole job)",
            total,
            None,
            TARGET_SECONDS,
            "PASS" if total <= TARGET_SECONDS else "FAIL",
        ),
    ]
    print(f"{'measure':<44} {'ours':>9} {'baseline':>9} {'ratio':>6} {'target':>8}  result")
    print(f"{'-' * 44} {'-' * 9} {'-' * 9} {'-' * 6} {'-' * 8}  ------")
    for measure, ours, base_s, target, result in rows:
        ratio = f"{ours / base_s:.1f}×" if base_s else "-"
        print(
            f"{measure:<44} {ours:>8.2f}s {f'{base_s:.2f}s' if base_s else '-':>9} {ratio:>6} "
            f"{f'≤ {target:.0f} s' if target else '-':>8}  {result}"
        )
    print(
        f"per badge: ours {ours6 / max(pages, 1) * 1000:.1f} ms, baseline {plain / max(pages, 1) * 1000:.1f} ms"
    )
    return 1 if args.check and total > TARGET_SECONDS else 0


if __name__ == "__main__":
    raise SystemExit(main())
