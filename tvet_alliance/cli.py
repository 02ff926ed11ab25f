"""The ``tvet-alliance`` command line.

``tvet-alliance [--db URL] COMMAND``; with no command it opens the window. Exit codes: 0 success,
1 a check found problems, 2 bad usage or input (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import NoReturn

from tvet_alliance import APP_NAME, __version__
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database
from tvet_alliance.services import maintenance, sample, stats

PROG = "tvet-alliance"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: the register of the China–Pakistan TVET alliance. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="a SQLite file path or SQLAlchemy URL (default: $TVET_ALLIANCE_DB, else the file in the user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("gui", help="open the window (the default)")
    sub.add_parser("init", help="create the database, or upgrade it to the current schema")
    p_info = sub.add_parser("info", help="schema revision and live row counts per table")
    p_info.add_argument("--json", action="store_true", help="print one JSON object")
    p_backup = sub.add_parser("backup", help="write a consistent copy of the database")
    p_backup.add_argument("file", nargs="?", help="where to write it (default: the automatic backups folder)")
    p_restore = sub.add_parser(
        "restore",
        help="replace the database's content with a backup (the current "
        "content is saved as an automatic backup first)",
    )
    p_restore.add_argument("file", help="the backup file")
    sub.add_parser("check", help="integrity check of storage, keys and every record's rules")
    sub.add_parser("sample", help="load the sample partners, seminar, competition and agreements")
    return parser


def _open(args: argparse.Namespace, *, create: bool = True) -> Database:
    return Database.open(args.db, create=create)


def _cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as s:
            info = stats.database_info(s, db.name, str(db.site_id))
        print(f"Database ready: {db.name} (schema {info.revision})")
    finally:
        db.close()
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    db = _open(args, create=False)
    try:
        with db.session() as s:
            info = stats.database_info(s, db.name, str(db.site_id))
    finally:
        db.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Database: {info.database}")
        print(f"Schema:   {info.revision} (current: {info.head})")
        width = max(len(name) for name in info.counts)
        for name, count in info.counts.items():
            print(f"  {name:<{width}}  {count:>8}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    db = _open(args, create=False)
    try:
        path = maintenance.backup(db, args.file)
    finally:
        db.close()
    print(f"Backed up to {path}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        safety = maintenance.restore(db, args.file)
    finally:
        db.close()
    print(f"Restored {db.name} from {args.file}")
    print(f"The previous content was saved to {safety}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    db = _open(args, create=False)
    try:
        with db.session() as s:
            report = maintenance.check_database(db, s)
    finally:
        db.close()
    if report.ok:
        print(f"OK: {report.checked_rows} records checked, no problems found.")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    print(f"{len(report.problems)} problem(s) found in {report.checked_rows} records.", file=sys.stderr)
    return EXIT_PROBLEMS


def _cmd_sample(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.transaction() as s:
            result = sample.load_sample(s)
    finally:
        db.close()
    print("Loaded sample data: " + ", ".join(f"{n} {k}" for k, n in result.counts.items()))
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from tvet_alliance.app import main as gui_main

    return gui_main(["--db", args.db] if args.db else [])


COMMANDS = {
    "init": _cmd_init,
    "info": _cmd_info,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "sample": _cmd_sample,
    "gui": _cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except DomainError as exc:
        print(f"{PROG}: error: {exc.text()}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
