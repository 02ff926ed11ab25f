"""Start-up time: the main window on the sample database against a bare PySide6 window, side by side.

Each run is a whole new process, timed from spawn to the line the child prints once its window is
exposed and painted (for the app: ``tvet_alliance.app --exit-when-shown``, after the Home page has its
figures). Bare and app runs alternate, after one warm-up run of each that is not counted, so both see
the same machine state. Prints min/median/max of both and the ratio of the medians (target ≤ 3×).

    .venv/bin/python benchmarks/bench_startup.py                 # 7 runs each, offscreen
    .venv/bin/python benchmarks/bench_startup.py --check         # exit 1 if the ratio is above 3
    xvfb-run -a .venv/bin/python benchmarks/bench_startup.py --platform xcb
    .venv/bin/python benchmarks/bench_startup.py --importtime    # + the app's imports by package
    .venv/bin/python benchmarks/bench_startup.py --profile       # + a cProfile of one app start-up

The package imported is the one in the tree this script belongs to (the children run in its folder's
parent, which is also put first on PYTHONPATH), so the figure is always the tree's own, wherever the
script is started from. Settings and user data go to a temp folder.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 3.0
#: What both children print once their window is on screen (the app's is tvet_alliance.app.SHOWN_MARKER).
MARKER = "window shown"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(5, 4)
model.setHorizontalHeaderLabels(["Name", "City", "Country", "Kind"])
for row in range(5):
    for column in range(4):
        model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1200, 760)
window.show()

def done():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(5, done)
        return
    app.processEvents()
    window.repaint()
    print("bare: window shown", flush=True)
    app.quit()

QTimer.singleShot(0, done)
sys.exit(app.exec())
"""

APP = "import sys; from tvet_alliance.app import main; sys.exit(main(sys.argv[1:]))"


def child_env(folder: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TVET_ALLIANCE_DB", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["QT_QPA_PLATFORM"] = platform
    # Byte-code as an installed program has it (PYTHONDONTWRITEBYTECODE would compile every module of
    # the tree on each start); kept in the temp folder, so the tree gets no __pycache__.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["TVET_ALLIANCE_HOME"] = str(folder / "home")  # the default database and backups
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # QSettings: never the user's real settings
    return env


def make_sample(folder: Path, env: dict[str, str]) -> Path:
    db = folder / "sample.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "tvet_alliance", "--db", str(db), "sample"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def timed_run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning *argv* to its marker line on stdout, and the CPU seconds the whole
    process used (less disturbed by other work on a busy machine than the wall clock)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if MARKER in line:
            elapsed = time.perf_counter() - start
            break
    _out, err = proc.communicate(timeout=60)
    if elapsed is None or proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} … failed (exit {proc.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu


def importtime(argv: list[str], env: dict[str, str], top: int) -> None:
    """The app's start-up imports, self time summed by top-level package (``python -X importtime``)."""
    proc = subprocess.run(
        [argv[0], "-X", "importtime", *argv[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    by_package: dict[str, int] = defaultdict(int)
    by_module: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if m:
            by_package[m[3].split(".")[0]] += int(m[1])
            by_module[m[3]] = int(m[2])
    total = sum(by_package.values())
    print(f"\nimports of one app start-up (-X importtime, self time by package; total {total / 1000:.0f} ms)")
    for name, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {us / 1000:8.1f} ms  {name}")
    print("\n  cumulative time of our modules (each includes what it imports first)")
    ours = [(n, us) for n, us in by_module.items() if n.startswith("tvet_alliance")]
    for name, us in sorted(ours, key=lambda kv: -kv[1])[:top]:
        print(f"  {us / 1000:8.1f} ms  {name}")


def profile(argv: list[str], env: dict[str, str], folder: Path, top: int) -> None:
    """cProfile of one app start-up, by cumulative time."""
    import pstats

    script = folder / "start_app.py"
    script.write_text(APP + "\n", encoding="utf-8")
    out = folder / "startup.prof"
    subprocess.run(
        [argv[0], "-m", "cProfile", "-o", str(out), str(script), *argv[3:]],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"\ncProfile of one app start-up (top {top} by cumulative time)")
    pstats.Stats(str(out), stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def summary(name: str, runs: list[tuple[float, float]]) -> str:
    wall = [w for w, _ in runs]
    cpu = statistics.median(c for _, c in runs)
    return (
        f"{name:<32} {min(wall) * 1000:8.0f} {statistics.median(wall) * 1000:8.0f} "
        f"{max(wall) * 1000:8.0f} {cpu * 1000:10.0f}"
    )


def ratio(app: list[tuple[float, float]], bare: list[tuple[float, float]], which: int) -> float:
    return statistics.median(r[which] for r in app) / statistics.median(r[which] for r in bare)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="counted runs of each (default 7)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the ratio is above {TARGET_RATIO:g}")
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM of the children (default offscreen; xcb under xvfb-run -a)",
    )
    parser.add_argument("--db", help="start the app on this database instead of a fresh sample one")
    parser.add_argument("--importtime", action="store_true", help="also list the app's imports by cost")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one app start")
    parser.add_argument("--top", type=int, default=30, help="lines of --importtime / --profile")
    args = parser.parse_args(argv)
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs a display: run under xvfb-run -a")

    with tempfile.TemporaryDirectory(prefix="bench_startup_") as tmp:
        folder = Path(tmp)
        env = child_env(folder, args.platform)
        db = Path(args.db).resolve() if args.db else make_sample(folder, env)
        bare = [sys.executable, "-c", BARE]
        app = [sys.executable, "-c", APP, "--db", str(db), "--exit-when-shown"]
        timed_run(bare, env), timed_run(app, env)  # warm-up: file cache, fontconfig cache, settings
        bare_runs, app_runs = [], []
        for _ in range(args.runs):
            bare_runs.append(timed_run(bare, env))
            app_runs.append(timed_run(app, env))
        wall_ratio = ratio(app_runs, bare_runs, 0)
        ok = wall_ratio <= TARGET_RATIO
        print(f"start-up to the window shown, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}")
        print(
            f"python {sys.version.split()[0]}, tree {ROOT}, database {db.name}, load {os.getloadavg()[0]:.1f}\n"
        )
        print(f"{'wall clock to shown (ms)':<32} {'min':>8} {'median':>8} {'max':>8} {'CPU median':>10}")
        print("-" * 70)
        print(summary("bare QMainWindow + QTableView", bare_runs))
        print(summary("TVET Alliance Manager (Home)", app_runs))
        print(
            f"\nratio of medians: {wall_ratio:.1f}×  (target ≤ {TARGET_RATIO:g}×)  {'PASS' if ok else 'FAIL'}"
            f"   [CPU time: {ratio(app_runs, bare_runs, 1):.1f}×, info]"
        )
        if args.importtime:
            importtime(app, env, args.top)
        if args.profile:
            profile(app, env, folder, args.top)
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
