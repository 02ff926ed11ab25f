"""The ``tvet-alliance`` command line.

``tvet-alliance [--db URL] COMMAND``; with no command it opens the window. Exit codes: 0 success,
1 a check found problems, 2 bad usage or input (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from tvet_alliance import APP_NAME, __version__
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_alliance.services.importing.engine import Report as ImportReport

# Each command imports the services it uses (the import and export engines, maintenance, sync), so
# that `info` or `backup` does not load them all.

PROG = "tvet-alliance"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


class _Choices:
    """The choices of an argument, read from the core only when argparse checks a value given for it
    or prints help: a command that does not take the argument never imports their module. Give the
    argument a metavar (argparse would otherwise list the choices while it is being added)."""

    def __init__(self, values: Callable[[], Iterable[str]]) -> None:
        self._values = values
        self._loaded: tuple[str, ...] | None = None

    def _load(self) -> tuple[str, ...]:
        if self._loaded is None:
            self._loaded = tuple(self._values())
        return self._loaded

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __contains__(self, value: object) -> bool:
        return value in self._load()


def _import_kinds() -> list[str]:
    from tvet_alliance.services.importing.fields import ImportKind

    return [k.value for k in ImportKind]


def _decisions() -> list[str]:
    from tvet_alliance.services.importing.engine import Decision

    return [d.value for d in Decision]


def _export_kinds() -> list[str]:
    from tvet_alliance.services.exporting import ExportKind

    return [*(k.value for k in ExportKind), "all"]


def _encodings() -> list[str]:
    from tvet_alliance.services.exporting import ENCODINGS

    return list(ENCODINGS)


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
    p_import.add_argument("kind", metavar="KIND", choices=_Choices(_import_kinds), help="%(choices)s")
    p_import.add_argument("file")
    p_import.add_argument("--event", metavar="NAME", help="the event of the delegates")
    p_import.add_argument("--competition", metavar="NAME", help="the competition of the entries")
    p_import.add_argument("--dry-run", action="store_true", help="run everything, then roll back")
    p_import.add_argument(
        "--on-duplicate",
        metavar="DECISION",
        choices=_Choices(_decisions),
        default="skip",
        help="%(choices)s (default: skip)",
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
        description="CSV is UTF-8 with BOM, CRLF, every field quoted, formula-like cells prefixed with ' "
        "(phones, written as +92 321 9203098, need none). .xlsx cells are text. --share leaves e-mail, "
        "phone, WeChat and WhatsApp out, never writes notes, and names countries and provinces.",
    )
    p_export.add_argument("kind", metavar="KIND", choices=_Choices(_export_kinds), help="%(choices)s")
    p_export.add_argument("file")
    p_export.add_argument("--format", choices=["csv", "xlsx"], help="default: from the file name, else csv")
    p_export.add_argument(
        "--encoding",
        metavar="ENCODING",
        choices=_Choices(_encodings),
        default="utf-8-sig",
        help="%(choices)s",
    )
    p_export.add_argument(
        "--replace-unencodable",
        action="store_true",
        help="write characters the encoding cannot hold as ? (listed on stderr)",
    )
    p_export.add_argument(
        "--share", action="store_true", help="for partners: no contact fields unless asked, never notes"
    )
    p_export.add_argument("--columns", metavar="a,b,c", help="the columns to write, in this order")
    p_export.add_argument("--bilingual", action="store_true", help="headers in English and Chinese")
    p_export.add_argument("--event", metavar="NAME", help="only the delegates of this event")
    p_load = sub.add_parser("load-export", help="load a full export (.zip) into an empty database")
    p_load.add_argument("file")
    p_revert = sub.add_parser("revert-import", help="undo an import batch (its id is in import --json)")
    p_revert.add_argument("batch")
    _add_sync_parsers(sub)
    return parser


def _add_sync_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Offline sync: copies for seminar laptops, their sync packages, and the merge at the office."""
    p_replica = sub.add_parser(
        "replica",
        help="take an offline copy of the office database for a laptop, or replace a laptop's copy",
    )
    replica = p_replica.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_create = replica.add_parser(
        "create",
        help="write an offline copy of this (office) database to FILE",
        description="The copy gets its own site id and remembers how far the office's change log was "
        "when it was taken (its base mark); edits made on it travel back as sync packages.",
    )
    p_create.add_argument("file")
    p_create.add_argument("--event", metavar="NAME", help="only this event and what it needs")
    p_create.add_argument("--name", metavar="LAPTOP_NAME", help="the laptop's name, shown at the office")
    p_create.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p_refresh = replica.add_parser(
        "refresh",
        help="replace this offline copy (--db) by FRESH_FILE, a newer copy taken at the office",
        description="Refused while this copy holds changes the office has not merged. The replaced "
        "file is kept beside it.",
    )
    p_refresh.add_argument("fresh_file")
    p_package = sub.add_parser("package", help="write the changes of this offline copy as a sync package")
    package = p_package.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_pcreate = package.add_parser(
        "create",
        help="write the changes made since the last package to FILE",
        description="Run on the laptop's copy (--db). Sending a change twice is safe: the office "
        "merges each change once.",
    )
    p_pcreate.add_argument("file")
    p_pcreate.add_argument(
        "--all", action="store_true", help="every change of this copy, not only the new ones"
    )
    p_merge = sub.add_parser(
        "merge",
        help="merge a laptop's sync package into this (office) database",
        description="One transaction. A package merged before is a no-op; one that follows a missing "
        "package is refused. A field changed at the office and on the laptop keeps the office value "
        "and is held as a conflict for a person to choose (File → Offline sync → Conflicts…). An "
        "automatic backup is taken before a real merge of a SQLite database.",
    )
    p_merge.add_argument("package")
    p_merge.add_argument(
        "--dry-run", action="store_true", help="work out what merging would do; change nothing"
    )
    p_merge.add_argument("--json", action="store_true", help="print one JSON object")
    p_conflicts = sub.add_parser("conflicts", help="list the conflicts merges hold for a person to choose")
    p_conflicts.add_argument("--json", action="store_true", help="print one JSON array")
    p_search = sub.add_parser(
        "search", help="find people or partners by name in any script (pinyin, initials, Urdu, variants)"
    )
    p_search.add_argument("what", choices=("people", "partners"))
    p_search.add_argument("text", help="what to look for, as typed in the window's search box")
    p_search.add_argument("--limit", type=_positive, default=20, help="at most this many matches (20)")
    p_search.add_argument("--json", action="store_true", help="print one JSON array")
    p_checkin = sub.add_parser(
        "checkin",
        help="check a delegate in by ticket code or a search (exit 0: checked in or in already; 1: not)",
    )
    p_checkin.add_argument(
        "--event", metavar="NAME", required=True, help="the event (a unique prefix is enough)"
    )
    p_checkin.add_argument(
        "text", metavar="TEXT", help="a ticket code, or a name in any script, e-mail, phone"
    )
    p_checkin.add_argument("--desk", metavar="NAME", help="the desk's name (default: this computer's name)")
    p_checkin.add_argument("--json", action="store_true", help="print one JSON object")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to 10000, not {text!r}")
    return value


class _Failed(Exception):
    """A command stops with *code*; its one-line message is printed already."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _error(message: str) -> int:
    """Print the one-line error of bad usage or input; the command returns what this returns."""
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


@contextmanager
def _database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database of ``--db`` for one command: opened (created first if *create*), closed after,
    whatever happens. A :class:`DomainError` inside (or in opening) is printed as its one-line
    message and ends the command with :data:`EXIT_USAGE`."""
    from sqlalchemy.exc import DatabaseError

    from tvet_alliance.persistence.database import DatabaseDamaged, damaged
    from tvet_alliance.persistence.migrate import is_damage

    try:
        db = Database.open(args.db, create=create)
        try:
            yield db
        except DatabaseError as exc:  # bad pages met while reading: damaged, not a bug
            if db.path is None or not is_damage(exc):
                raise
            raise damaged(db.path, exc) from exc
        finally:
            db.close()
    except DatabaseDamaged as exc:  # a check's finding: exit 1, with the backup to restore
        print(f"{PROG}: error: {exc.text()}", file=sys.stderr)
        raise _Failed(EXIT_PROBLEMS) from exc
    except DomainError as exc:
        raise _Failed(_error(exc.text())) from exc


def _cmd_init(args: argparse.Namespace) -> int:
    from tvet_alliance.services import stats

    with _database(args, create=True) as db, db.session() as s:
        info = stats.database_info(s, db.name, str(db.site_id))
    print(f"Database ready: {db.name} (schema {info.revision})")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from tvet_alliance.services import stats

    with _database(args) as db, db.session() as s:
        info = stats.database_info(s, db.name, str(db.site_id))
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
    from tvet_alliance.services import maintenance

    with _database(args) as db:
        path = maintenance.backup(db, args.file)
    print(f"Backed up to {path}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from tvet_alliance.persistence import restore
    from tvet_alliance.persistence.database import DatabaseDamaged, resolve_url, sqlite_path
    from tvet_alliance.services import maintenance

    try:
        Database.open(args.db, create=True).close()
    except DatabaseDamaged:  # too damaged to open: put the backup in place of the file itself
        path = sqlite_path(resolve_url(args.db))
        assert path is not None
        try:
            kept = restore.restore_damaged_file(path, args.file)
        except DomainError as exc:
            return _error(exc.text())
        print(f"Restored {path} from {args.file}")
        print(f"The damaged file was kept as {kept}")
        return EXIT_OK
    except DomainError:
        pass  # reported just below, as every command reports it
    with _database(args, create=True) as db:
        safety = maintenance.restore(db, args.file)
    print(f"Restored {db.name} from {args.file}")
    print(f"The previous content was saved to {safety}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from tvet_alliance.services import maintenance

    with _database(args) as db, db.session() as s:
        report = maintenance.check_database(db, s)
    if report.ok:
        print(f"OK: {report.checked_rows} records checked, no problems found.")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    if db.path is not None and any(p.startswith("integrity_check") for p in report.problems):
        from tvet_alliance.persistence.database import damaged

        print(f"{PROG}: error: {damaged(db.path).text()}", file=sys.stderr)
    print(f"{len(report.problems)} problem(s) found in {report.checked_rows} records.", file=sys.stderr)
    return EXIT_PROBLEMS


def _cmd_sample(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sample

    with _database(args, create=True) as db, db.transaction() as s:
        result = sample.load_sample(s)
    print("Loaded sample data: " + ", ".join(f"{n} {k}" for k, n in result.counts.items()))
    return EXIT_OK


_DELIMITERS = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import importing
    from tvet_alliance.services.importing import files
    from tvet_alliance.services.importing.engine import Decision
    from tvet_alliance.services.importing.fields import ImportKind

    path = Path(args.file)
    delimiter = _DELIMITERS.get(args.delimiter, args.delimiter) if args.delimiter else None
    detection = importing.detect(
        path, encoding=args.encoding, delimiter=delimiter, header_row=args.header_row, sheet=args.sheet
    )
    table = importing.read_table(path, detection, preview_rows=0)
    kind = ImportKind(args.kind)
    report_path = Path(args.report) if args.report else None
    if report_path is not None:
        # Checked before the import: once it is committed, the report must not be what fails.
        problem = _unwritable(report_path)
        if problem:
            return _error(f"cannot write the report {report_path}: {problem}")
    with _database(args, create=True) as db:
        with db.session() as s:
            saved = None
            if args.mapping:
                found = importing.load_saved(s, args.mapping)
                if found is None:
                    return _error(f"there is no saved mapping called {args.mapping}")
                saved = found[1]
            mapping = importing.auto_map(kind, table.header, saved)
            options = importing.ImportOptions(kind, on_duplicate=Decision(args.on_duplicate))
            if kind is ImportKind.DELEGATES:
                if not args.event:
                    return _error("delegates need --event NAME")
                options.event_id = files.find_event(s, args.event).id
            if kind is ImportKind.ENTRIES:
                if not args.competition:
                    return _error("entries need --competition NAME")
                options.competition_id = files.find_competition(s, args.competition).id
        if not args.dry_run and db.engine.dialect.name == "sqlite":
            from tvet_alliance.persistence.backup import automatic_backup

            automatic_backup(db.engine, "import")
        with db.session() as s:
            report = importing.run(
                s, path, detection, mapping, options, apply=not args.dry_run, sha256=importing.sha256_of(path)
            )
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        _print_import(report, path, dry_run=args.dry_run)
    if report_path is not None and report.rejected:
        # After the summary: the batch id is printed whatever happens to the report.
        try:
            encoding = files.write_rejected(report, report_path)
        except (OSError, ValueError) as exc:  # the disk filled, the folder went away
            from tvet_alliance.files import failure_reason

            done = "Checked" if args.dry_run else "Imported"
            print(
                f"{PROG}: warning: {done}, but the rejected rows could not be written to {report_path}: "
                f"{failure_reason(exc)}",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        if not args.json:
            print(f"Rejected rows written to {report_path} ({encoding})")
    return EXIT_OK


def _unwritable(path: Path) -> str:
    """Why a file cannot be written at *path* ("" when it can): checked before work that commits."""
    import os

    folder = path.parent  # "." for a bare name
    if path.is_dir():
        return "it is a folder"
    if not folder.is_dir():
        return f"there is no folder {folder}"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is not writable"
    return ""


def _print_import(report: ImportReport, path: Path, *, dry_run: bool) -> None:
    d = report.detection
    shown_delimiter = {"\t": "tab"}.get(d.delimiter, d.delimiter)
    print(f"Read {path.name}: {d.encoding}, delimiter {shown_delimiter!r}, header on row {d.header_row}")
    print(
        f"{report.rows} rows: {report.valid} valid, {report.invalid} rejected, {report.duplicate_count} duplicates"
    )
    verb = "Would create" if dry_run else "Created"
    print(f"{verb} {report.created}, updated {report.updated}, skipped {report.skipped}.")
    for error in report.errors[:50]:
        print(f"  row {error.row}, {error.column}: {error.message}")
    if len(report.errors) > 50:
        print(f"  … and {len(report.errors) - 50} more (use --report or --json)")
    if report.applied:
        print(f"Import batch {report.batch_id} (undo with: {PROG} revert-import {report.batch_id})")


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import exporting
    from tvet_alliance.services.exporting import ExportKind
    from tvet_alliance.services.importing import files

    path = Path(args.file)
    with _database(args) as db, db.session() as s:
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
                return _error("--event goes with delegates")
            view = exporting.View(parent_id=files.find_event(s, args.event).id)
        result = exporting.export(s, kind, path, options, view=view)
    print(f"Exported {result.rows} {kind.value} ({', '.join(result.columns)}) to {path}")
    if result.replaced:
        print(f"Written as ?: {' '.join(result.replaced)}", file=sys.stderr)
    return EXIT_OK


def _cmd_load_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import exporting

    with _database(args, create=True) as db, db.session() as s:
        counts = exporting.load_all(s, Path(args.file))
        s.commit()
    print(f"Loaded {sum(counts.values())} rows of {len(counts)} tables from {args.file}")
    return EXIT_OK


def _cmd_revert_import(args: argparse.Namespace) -> int:
    import uuid

    from tvet_alliance.services import importing

    try:
        batch = uuid.UUID(args.batch)
    except ValueError:
        return _error(f"{args.batch} is not an import batch id")
    with _database(args) as db, db.session() as s:
        result = importing.revert(s, batch)
        s.commit()
    print(f"Reverted: {result.removed} records removed, {result.restored} fields restored.")
    if result.kept:
        print(f"Changed since the import and left as they are: {', '.join(sorted(set(result.kept)))}")
    return EXIT_OK


def _cmd_replica(args: argparse.Namespace) -> int:
    return _cmd_replica_create(args) if args.action == "create" else _cmd_replica_refresh(args)


def _cmd_replica_create(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sync
    from tvet_alliance.services.importing import files

    with _database(args) as db:
        event_id = None
        if args.event:
            with db.session() as s:
                event_id = files.find_event(s, args.event).id
        info = sync.create_replica(db, args.file, name=args.name, event_id=event_id, overwrite=args.force)
    print(f"Offline copy written to {info.path}")
    print(f"  laptop:    {info.site_name}")
    if info.event_name:
        print(f"  event:     {info.event_name} (this event and what it needs)")
    print(f"  base mark: {info.base_mark} (the office's changes up to this one are in the copy)")
    return EXIT_OK


def _cmd_replica_refresh(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sync

    with _database(args) as db:
        path = db.path
    # closed: the file is about to be replaced, hold no connection to it
    if path is None:
        return _error(f"an offline copy is a SQLite file, not {db.name}")
    kept = sync.refresh_replica(path, args.fresh_file)
    print(f"Replaced {path} with a fresh copy of {args.fresh_file}")
    print(f"The previous copy was kept as {kept}")
    return EXIT_OK


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _cmd_package(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sync

    with _database(args) as db:
        try:
            info = sync.create_package(db, args.file, since=1 if args.all else None)
        except sync.SyncError as exc:
            if exc.code != "nothing_new":
                raise
            last = int(exc.params.get("last", 0))
            if last == 0:
                return _error("nothing to send: no change has been made on this copy")
            return _error(
                f"nothing new to send: changes 1–{last} of this copy are in packages "
                "already (--all sends them again)"
            )
    print(
        f"Sync package written to {info.path}: {_n(info.change_count, 'change')} "
        f"({info.seq_from}–{info.seq_to}) of {_n(info.record_count, 'record')} from “{info.site_name}”"
    )
    return EXIT_OK


#: Where a person resolves what merges hold (the window's menu names).
CONFLICTS_MENU = "File → Offline sync → Conflicts…"
DUPLICATES_MENU = "File → Offline sync → Possible duplicates…"


def _cmd_merge(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sync

    with _database(args) as db:
        report = sync.merge_package(db, args.package, dry_run=args.dry_run, backup=True)
    backup = report.backup
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    package = f"package of “{report.site_name}” (changes {report.seq_from}–{report.seq_to})"
    if report.already_merged:
        print(f"The {package} was merged before: nothing to do.")
        return EXIT_OK
    if report.dry_run:
        print(f"Dry run, nothing was changed. Merging the {package} into {db.name} would give:")
    else:
        print(f"Merged the {package} into {db.name}:")
    print(
        f"  {report.added} added, {report.changed} changed, {report.deleted} deleted, "
        f"{_n(report.check_ins, 'check-in')}"
    )
    if report.check_ins_repeated:
        print(f"  {_n(report.check_ins_repeated, 'check-in')} held already (the same scan): nothing added")
    if report.check_ins_to_review:
        print(
            f"  {_n(report.check_ins_to_review, 'delegate')} checked in on two laptops: "
            "one attendance, the later check-in listed for review on the Check-in page"
        )
    for table, counts in report.by_table.items():
        parts = [f"{n} {what}" for what, n in counts.items() if n]
        if parts:
            print(f"    {table}: {', '.join(parts)}")
    held = "would be held" if report.dry_run else "held"
    if report.conflicts:
        print(f"  {_n(report.conflicts, 'conflict')} {held}: the office value stands until someone chooses")
    if report.duplicates:
        print(f"  {_n(report.duplicates, 'possible duplicate')} to review")
    if not report.dry_run:
        menus = [
            m for n, m in ((report.conflicts, CONFLICTS_MENU), (report.duplicates, DUPLICATES_MENU)) if n
        ]
        if menus:
            print(
                f"Resolve them in the window: {' and '.join(menus)} (list conflicts with: {PROG} conflicts)"
            )
    if backup is not None:
        print(f"An automatic backup was taken first: {backup}")
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from tvet_alliance.services import sync
    from tvet_alliance.services.sync.conflicts import REASONS

    with _database(args) as db, db.session() as s:
        conflicts = sync.open_conflicts(s)
    if args.json:
        rows = [
            {
                "id": str(c.id),
                "table": c.table_name,
                "row_id": str(c.row_id),
                "record": c.record,
                "field": c.field,
                "field_label": c.field_label,
                "reason": c.reason,
                "base": c.base_text,
                "office": c.office_text,
                "laptop": c.laptop_text,
                "site": c.site_name,
                "laptop_user": c.laptop_user,
                "laptop_at": c.laptop_at.isoformat() if c.laptop_at else None,
            }
            for c in conflicts
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not conflicts:
        print("No open conflicts.")
        return EXIT_OK
    print(
        f"{_n(len(conflicts), 'open conflict')}; the office value stands until someone chooses "
        f"in the window: {CONFLICTS_MENU}"
    )
    for c in conflicts:
        reason = REASONS.get(c.reason, c.reason)
        print(f"  {c.table_name} “{c.record}”, {c.field_label}: {reason}")
        print(f"      office: {c.office_text or '(empty)'}")
        who = ", ".join(
            x for x in (c.laptop_user, f"{c.laptop_at:%Y-%m-%d %H:%M}" if c.laptop_at else None) if x
        )
        print(f"      laptop: {c.laptop_text or '(empty)'}  (“{c.site_name}”{', ' + who if who else ''})")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from tvet_alliance.services import search

    if not search.query_text(args.text):
        return _error("nothing to search for: give a name, a part of one, pinyin or initials")
    with _database(args) as db, db.session() as s:
        if args.what == "people":
            found = search.find_people(s, args.text, limit=args.limit)
        else:
            found = search.find_partners(s, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([m.as_dict() for m in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"No {args.what} found for “{args.text}”.")
        return EXIT_OK
    for m in found:
        names = m.name + (f" / {m.native}" if m.native and m.native != m.name else "")
        detail = f" — {m.detail}" if m.detail else ""
        print(f"{m.id}  {names}{detail}  ({m.why}: {m.key})")
    return EXIT_OK


def _cmd_checkin(args: argparse.Namespace) -> int:
    """Exit 0 when the delegate is in (checked in now, or before); 1 when not (not registered,
    cancelled, or several matches: pick by ticket code)."""
    import socket

    from tvet_alliance.services import checkin
    from tvet_alliance.services.importing import files

    if not args.text.strip():
        return _error("nothing to look for: give a ticket code or a name")
    desk = args.desk or socket.gethostname()
    with _database(args) as db, db.transaction() as s:
        event = files.find_event(s, args.event)
        event_name = event.name
        result = checkin.lookup(s, event.id, args.text, desk=desk)
    ok = result.kind in (checkin.Kind.CHECKED_IN, checkin.Kind.ALREADY)
    if args.json:
        print(
            json.dumps({"event": event_name, "desk": desk, **result.as_json()}, ensure_ascii=False, indent=2)
        )
        return EXIT_OK if ok else EXIT_PROBLEMS
    who = ""
    if result.person is not None:
        p = result.person
        who = p.name + (f" / {p.native}" if p.native and p.native != p.name else "")
        who += f" — {p.organization}" if p.organization else ""
    if result.kind is checkin.Kind.CHECKED_IN:
        print(f"Checked in: {who} at {desk}")
    elif result.kind is checkin.Kind.ALREADY:
        when = f"{result.first_at.astimezone():%H:%M}" if result.first_at else "?"
        print(f"Already checked in at {when} at {result.first_desk or '?'}: {who}")
    elif result.kind is checkin.Kind.CANCELLED:
        print(f"Registration cancelled: {who}")
    elif result.kind is checkin.Kind.AMBIGUOUS:
        print(f"{len(result.matches)} delegates match “{args.text}”; give the ticket code of one:")
        for m in result.matches:
            names = m.name + (f" / {m.native}" if m.native and m.native != m.name else "")
            print(f"  {m.ticket_code}  {names}" + (f" — {m.organization}" if m.organization else ""))
    elif result.replaced:
        print("This ticket was replaced: ask for the new badge, or search by name.")
    else:
        print(f"Not registered for {event_name}: “{args.text}”")
    return EXIT_OK if ok else EXIT_PROBLEMS


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
    "replica": _cmd_replica,
    "package": _cmd_package,
    "merge": _cmd_merge,
    "conflicts": _cmd_conflicts,
    "search": _cmd_search,
    "checkin": _cmd_checkin,
    "gui": _cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        code = command(args)
        sys.stdout.flush()  # inside the try: a closed pipe shows here, not at the interpreter's exit
        return code
    except _Failed as failed:
        return failed.code
    except DomainError as exc:  # raised outside a database (reading an import file, a fresh copy)
        return _error(exc.text())
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The reader of our output went away (``info | head``): stop quietly, as the shell's own tools
    do. Python would report the pipe again when it flushes stdout at exit, so stdout is pointed at
    the null device first."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (captured by a test)
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a command stopped by a closed pipe
