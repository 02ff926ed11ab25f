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
from tvet_alliance.services.exporting import ENCODINGS, ExportKind
from tvet_alliance.services.importing.engine import Decision, ImportSetupError
from tvet_alliance.services.importing.fields import ImportKind

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
    p_import = sub.add_parser(
        "import",
        help="import partners, people, delegates or entries from a CSV or .xlsx file",
        description="Detects the encoding, delimiter and header row, maps the columns, validates every "
        "row and writes the valid ones in one transaction (recorded as a batch that can be reverted). "
        "Exit 0 when it ran, even with rejected rows; 2 when the file cannot be read.",
    )
    p_import.add_argument("kind", choices=[k.value for k in ImportKind])
    p_import.add_argument("file")
    p_import.add_argument("--event", metavar="NAME", help="the event of the delegates")
    p_import.add_argument("--competition", metavar="NAME", help="the competition of the entries")
    p_import.add_argument("--dry-run", action="store_true", help="run everything, then roll back")
    p_import.add_argument(
        "--on-duplicate", choices=[d.value for d in Decision], default="skip", help="default: skip"
    )
    p_import.add_argument("--encoding", help="override the detected encoding (e.g. gb18030, utf-16)")
    p_import.add_argument("--delimiter", help="override the detected delimiter (, ; | or tab)")
    p_import.add_argument("--header-row", type=int, metavar="N", help="override the detected header row")
    p_import.add_argument("--sheet", help="the sheet of an .xlsx file (default: the first)")
    p_import.add_argument("--mapping", metavar="NAME", help="a saved column mapping")
    p_import.add_argument("--report", metavar="REJECTED.csv", help="write the rejected rows with a reason")
    p_import.add_argument("--json", action="store_true", help="print one JSON object")
    p_export = sub.add_parser(
        "export",
        help="export partners, people, delegates, entries, agreements or events to CSV or .xlsx; "
        "'export all FILE.zip' writes the whole database",
        description="CSV is UTF-8 with BOM, CRLF, every field quoted, formula-like cells prefixed with '. "
        ".xlsx cells are text. --share leaves e-mail, phone, WeChat and WhatsApp out.",
    )
    p_export.add_argument("kind", choices=[*(k.value for k in ExportKind), "all"])
    p_export.add_argument("file")
    p_export.add_argument("--format", choices=["csv", "xlsx"], help="default: from the file name, else csv")
    p_export.add_argument("--encoding", choices=list(ENCODINGS), default="utf-8-sig")
    p_export.add_argument("--replace-unencodable", action="store_true",
                          help="write characters the encoding cannot hold as ? (listed on stderr)")
    p_export.add_argument("--share", action="store_true", help="leave personal contact fields out")
    p_export.add_argument("--columns", metavar="a,b,c", help="the columns to write, in this order")
    p_export.add_argument("--bilingual", action="store_true", help="headers in English and Chinese")
    p_export.add_argument("--event", metavar="NAME", help="only the delegates of this event")
    p_load = sub.add_parser("load-export", help="load a full export (.zip) into an empty database")
    p_load.add_argument("file")
    p_revert = sub.add_parser("revert-import", help="undo an import batch (its id is in import --json)")
    p_revert.add_argument("batch")
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


_DELIMITERS = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import importing
    from tvet_alliance.services.importing import files

    path = Path(args.file)
    delimiter = _DELIMITERS.get(args.delimiter, args.delimiter) if args.delimiter else None
    try:
        detection = importing.detect(
            path, encoding=args.encoding, delimiter=delimiter, header_row=args.header_row, sheet=args.sheet
        )
        table = importing.read_table(path, detection, preview_rows=0)
    except importing.ImportFileError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    kind = ImportKind(args.kind)
    db = _open(args)
    try:
        with db.session() as s:
            saved = None
            if args.mapping:
                found = importing.load_saved(s, args.mapping)
                if found is None:
                    print(f"{PROG}: error: there is no saved mapping called {args.mapping}", file=sys.stderr)
                    return EXIT_USAGE
                saved = found[1]
            mapping = importing.auto_map(kind, table.header, saved)
            options = importing.ImportOptions(kind, on_duplicate=Decision(args.on_duplicate))
            if kind is ImportKind.DELEGATES:
                if not args.event:
                    print(f"{PROG}: error: delegates need --event NAME", file=sys.stderr)
                    return EXIT_USAGE
                options.event_id = files.find_event(s, args.event).id
            if kind is ImportKind.ENTRIES:
                if not args.competition:
                    print(f"{PROG}: error: entries need --competition NAME", file=sys.stderr)
                    return EXIT_USAGE
                options.competition_id = files.find_competition(s, args.competition).id
        if not args.dry_run and db.engine.dialect.name == "sqlite":
            from tvet_alliance.persistence.backup import automatic_backup

            automatic_backup(db.engine, "import")
        with db.session() as s:
            report = importing.run(
                s, path, detection, mapping, options, apply=not args.dry_run, sha256=importing.sha256_of(path)
            )
    except (importing.ImportFileError, importing.ImportSetupError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    if args.report and report.rejected:
        files.write_rejected(report, Path(args.report))
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    d = report.detection
    shown_delimiter = {"\t": "tab"}.get(d.delimiter, d.delimiter)
    print(f"Read {path.name}: {d.encoding}, delimiter {shown_delimiter!r}, header on row {d.header_row}")
    print(
        f"{report.rows} rows: {report.valid} valid, {report.invalid} rejected, {report.duplicate_count} duplicates"
    )
    verb = "Would create" if args.dry_run else "Created"
    print(f"{verb} {report.created}, updated {report.updated}, skipped {report.skipped}.")
    for error in report.errors[:50]:
        print(f"  row {error.row}, {error.column}: {error.message}")
    if len(report.errors) > 50:
        print(f"  … and {len(report.errors) - 50} more (use --report or --json)")
    if report.applied:
        print(f"Import batch {report.batch_id} (undo with: {PROG} revert-import {report.batch_id})")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import exporting
    from tvet_alliance.services.importing import files

    path = Path(args.file)
    db = _open(args, create=False)
    try:
        with db.session() as s:
            if args.kind == "all":
                counts = exporting.export_all(s, path)
                print(f"Exported {sum(counts.values())} rows of {len(counts)} tables to {path}")
                return EXIT_OK
            kind = ExportKind(args.kind)
            fmt = args.format or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
            columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) if args.columns else None
            options = exporting.ExportOptions(
                format=fmt,
                encoding=args.encoding,
                columns=columns,
                share=args.share,
                bilingual=args.bilingual,
                replace_unencodable=args.replace_unencodable,
            )
            view = exporting.View()
            if args.event:
                if kind is not ExportKind.DELEGATES:
                    print(f"{PROG}: error: --event goes with delegates", file=sys.stderr)
                    return EXIT_USAGE
                view = exporting.View(parent_id=files.find_event(s, args.event).id)
            result = exporting.export(s, kind, path, options, view=view)
    except (exporting.ExportError, ImportSetupError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    print(f"Exported {result.rows} {kind.value} ({', '.join(result.columns)}) to {path}")
    if result.replaced:
        print(f"Written as ?: {' '.join(result.replaced)}", file=sys.stderr)
    return EXIT_OK


def _cmd_load_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import exporting

    db = _open(args)
    try:
        with db.session() as s:
            counts = exporting.load_all(s, Path(args.file))
            s.commit()
    except exporting.ExportError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    print(f"Loaded {sum(counts.values())} rows of {len(counts)} tables from {args.file}")
    return EXIT_OK


def _cmd_revert_import(args: argparse.Namespace) -> int:
    import uuid

    from tvet_alliance.services import importing

    try:
        batch = uuid.UUID(args.batch)
    except ValueError:
        print(f"{PROG}: error: {args.batch} is not an import batch id", file=sys.stderr)
        return EXIT_USAGE
    db = _open(args, create=False)
    try:
        with db.session() as s:
            result = importing.revert(s, batch)
            s.commit()
    except importing.ImportSetupError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    print(f"Reverted: {result.removed} records removed, {result.restored} fields restored.")
    if result.kept:
        print(f"Changed since the import and left as they are: {', '.join(sorted(set(result.kept)))}")
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
    "import": _cmd_import,
    "revert-import": _cmd_revert_import,
    "export": _cmd_export,
    "load-export": _cmd_load_export,
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
