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
from typing import TYPE_CHECKING, Any, NoReturn

from tvet_alliance import APP_NAME, __version__
from tvet_alliance.domain.errors import DomainError
from tvet_alliance.persistence import Database

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_alliance.render.pdf import Document
    from tvet_alliance.services.attendance import Applied
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

    return [*(k.value for k in ImportKind), "attendance", "marks"]


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
        help="import partners, people, delegates, entries or judges' marks from a CSV or .xlsx file; or "
        "an online meeting's attendance report (Zoom, Teams, Tencent Meeting / VooV)",
        description="Detects the encoding, delimiter and header row, maps the columns, validates every "
        "row and writes the valid ones in one transaction (recorded as a batch that can be reverted). "
        "`import attendance FILE --event NAME` reads a Zoom, Teams or Tencent Meeting / VooV participant "
        "report, merges each person's sessions, matches them with the event's delegates and marks the "
        "online ones attended from the threshold (default: half of the meeting). "
        "Exit 0 when it ran, even with rejected rows; 2 when the file cannot be read.",
    )
    p_import.add_argument("kind", metavar="KIND", choices=_Choices(_import_kinds), help="%(choices)s")
    p_import.add_argument("file")
    p_import.add_argument("--event", metavar="NAME", help="the event of the delegates")
    p_import.add_argument("--competition", metavar="NAME", help="the competition of the entries or marks")
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
    threshold = p_import.add_mutually_exclusive_group()
    threshold.add_argument(
        "--min-minutes", type=int, metavar="N", help="attendance: attended from N minutes in the meeting"
    )
    threshold.add_argument(
        "--min-share",
        type=_percent,
        metavar="P",
        help="attendance: attended from P%% of the meeting (default: 50)",
    )
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
    _add_medal_parsers(sub)
    _add_certificate_parsers(sub)
    return parser


def _add_medal_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Competition day: the medal table and the ceremony order, from the medals stored on entries."""
    p_table = sub.add_parser(
        "medal-table",
        help="the medal table of a competition by country or by institution",
        description="Counts the medals stored on the competition's entries: a team counts once, "
        "withdrawn and disqualified entries count nothing. total = gold + silver + bronze (Medallions "
        "for Excellence are counted apart); points: gold 4, silver 3, bronze 2, medallion 1. "
        "gold-first (the Olympic rule) compares gold, then silver, then bronze; total and points fall "
        "back to it. Equal rows share a rank and the next one skips (1, 2, 2, 4).",
    )
    p_table.add_argument("--competition", metavar="NAME", required=True, help="a unique prefix is enough")
    p_table.add_argument("--by", choices=("country", "organization"), required=True)
    p_table.add_argument(
        "--order",
        choices=("gold-first", "total", "points"),
        default="gold-first",
        help="(default: gold-first)",
    )
    p_table.add_argument("--json", action="store_true", help="print one JSON object")
    p_ceremony = sub.add_parser(
        "ceremony",
        help="write the ceremony order of a competition (CSV or .xlsx)",
        description="Track by track, each track's Medallions for Excellence first, then bronze, silver "
        "and gold, with the members' names in both scripts, the institution and the country. CSV is "
        "UTF-8 with BOM, CRLF, formula-like cells prefixed with '; .xlsx cells are text.",
    )
    p_ceremony.add_argument("--competition", metavar="NAME", required=True, help="a unique prefix is enough")
    p_ceremony.add_argument("file", metavar="FILE.csv|FILE.xlsx")


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
    p_scheme = sub.add_parser("scheme", help="a skill track's marking scheme: import it or copy another's")
    scheme_sub = p_scheme.add_subparsers(
        dest="scheme_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    p_scheme_import = scheme_sub.add_parser(
        "import",
        help="make a track's scheme from a CSV or .xlsx file (code, description, type, max, criterion)",
    )
    p_scheme_import.add_argument("file")
    p_scheme_import.add_argument("--competition", metavar="NAME", required=True)
    p_scheme_import.add_argument("--track", metavar="NAME", required=True)
    p_scheme_copy = scheme_sub.add_parser("copy", help="give a track a copy of another track's scheme")
    p_scheme_copy.add_argument(
        "--competition", metavar="NAME", required=True, help="the competition of --track"
    )
    p_scheme_copy.add_argument("--track", metavar="NAME", required=True, help="the track that gets the copy")
    p_scheme_copy.add_argument(
        "--from-competition", metavar="NAME", help="the competition of --from-track (default: --competition)"
    )
    p_scheme_copy.add_argument("--from-track", metavar="NAME", required=True, help="the track copied")
    for p in (p_scheme_import, p_scheme_copy):
        p.add_argument("--json", action="store_true", help="print one JSON object")
    p_search = sub.add_parser(
        "search", help="find people or partners by name in any script (pinyin, initials, Urdu, variants)"
    )
    p_search.add_argument("what", choices=("people", "partners"))
    p_search.add_argument("text", help="what to look for, as typed in the window's search box")
    p_search.add_argument("--limit", type=_positive, default=20, help="at most this many matches (20)")
    p_search.add_argument("--json", action="store_true", help="print one JSON array")
    _add_printing(sub)
    p_results = sub.add_parser(
        "results",
        help="a competition's results by rule; confirm or unlock a track's",
        description="Without an action: per track, each entry's rank, mark, standard score and medal "
        "(proposed by the rule, or as confirmed). 'confirm' stores a track's medals and locks it; "
        "'unlock' needs --reason, kept in the history.",
    )
    p_results.add_argument("action", nargs="?", choices=("confirm", "unlock"), help="%(choices)s")
    p_results.add_argument("--competition", metavar="NAME", required=True)
    p_results.add_argument("--track", metavar="NAME", help="one skill track (English or Chinese name)")
    p_results.add_argument("--reason", help="why the track is unlocked (required to unlock)")
    p_results.add_argument("--json", action="store_true", help="print one JSON object")
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


def _add_certificate_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Certificates of attendance and of competitions (one mechanism), and their verification."""
    p_certs = sub.add_parser(
        "certificates",
        help="print certificates of attendance (--event) or of a competition (--competition) to a PDF; "
        "'certificates revoke CODE --reason TEXT' revokes one",
        usage=f"{PROG} certificates (--event NAME [--person NAME] | --competition NAME [--track NAME] "
        "[--participants]) FILE.pdf [--json]\n"
        f"       {PROG} certificates revoke CODE --reason TEXT",
        description="An event's certificates go to the delegates marked attended (checked in at the desk, "
        "or online above the attendance threshold); a competition's to each member of every entry with a "
        "medal (as stored by confirming results), and with --participants to every other member of an entry "
        "that competed. A certificate issued before is printed again with the same verification code. "
        "Revoked certificates are not printed.",
    )
    p_certs.add_argument("target", nargs="+", metavar="FILE.pdf", help="the PDF to write (or: revoke CODE)")
    p_certs.add_argument("--event", metavar="NAME", help="the event whose attendees get certificates")
    p_certs.add_argument("--person", metavar="NAME", help="only this delegate (a reprint of one)")
    p_certs.add_argument(
        "--competition", metavar="NAME", help="the competition whose medallists get certificates"
    )
    p_certs.add_argument("--track", metavar="NAME", help="only this skill track of the competition")
    p_certs.add_argument(
        "--participants",
        action="store_true",
        help="also every member of an entry that competed without a medal",
    )
    p_certs.add_argument("--reason", metavar="TEXT", help="with revoke: why (kept with the certificate)")
    p_certs.add_argument("--json", action="store_true", help="print one JSON object")
    p_verify = sub.add_parser(
        "verify",
        help="say whose certificate a verification code is, or that it is unknown, mistyped or revoked",
        description="Exit 0 for a valid certificate, 1 for a revoked, unknown or mistyped code.",
    )
    p_verify.add_argument("code", metavar="CODE", help="the code printed on the certificate (abcd-efgh-jk)")
    p_verify.add_argument("--json", action="store_true", help="print one JSON object")


def _add_printing(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``badges`` and ``print delegates`` (``print`` takes more kinds of pages: add them here)."""
    p_badges = sub.add_parser(
        "badges", help="name badges of an event's delegates as PDF (with QR ticket codes)"
    )
    p_badges.add_argument(
        "--event", metavar="NAME", required=True, help="the event (a unique start of its name)"
    )
    p_badges.add_argument("file", metavar="FILE.pdf", help="the PDF to write")
    p_badges.add_argument(
        "--layout",
        choices=("a6", "a4-8"),
        default="a6",
        help="a6: one badge a page; a4-8: eight on A4 to cut",
    )
    p_badges.add_argument("--person", metavar="NAME", help="only this delegate's badge (a reprint)")
    p_print = sub.add_parser("print", help="printed lists as PDF")
    printed = p_print.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=_Parser)
    p_print_results = printed.add_parser(
        "results", help="the results book of a competition: a contents page and a sheet per track"
    )
    p_print_results.add_argument("--competition", metavar="NAME", required=True)
    p_print_results.add_argument("--track", metavar="NAME", help="only this track's result sheet")
    p_print_results.add_argument("file", metavar="FILE.pdf", help="the PDF to write")
    p_delegates = printed.add_parser("delegates", help="the delegate list (or sign-in sheet) of an event")
    p_delegates.add_argument(
        "--event", metavar="NAME", required=True, help="the event (a unique start of its name)"
    )
    p_delegates.add_argument("file", metavar="FILE.pdf", help="the PDF to write")
    p_delegates.add_argument(
        "--by",
        choices=("name", "organization"),
        default="name",
        help="order by name, or group by organisation",
    )
    p_delegates.add_argument("--sign-in", action="store_true", help="a sign-in sheet: a signature column")


def _percent(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"expected a share from 0 to 100 (%), not {text!r}")
    return value


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

    if args.kind == "marks":
        return _cmd_import_marks(args)

    from tvet_alliance.services import importing
    from tvet_alliance.services.importing import files
    from tvet_alliance.services.importing.engine import Decision
    from tvet_alliance.services.importing.fields import ImportKind

    if args.kind == "attendance":
        return _cmd_import_attendance(args)
    if args.min_minutes is not None or args.min_share is not None:
        return _error("--min-minutes and --min-share are for `import attendance`")
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


def _cmd_import_marks(args: argparse.Namespace) -> int:
    """``import marks FILE --competition NAME``: every row matched is written (one transaction);
    each one that is not is listed with its reason. Exit 0 when it ran, even with rejected rows."""
    from pathlib import Path

    from tvet_alliance.services import marking, marking_files

    if not args.competition:
        return _error("marks need --competition NAME")
    path = Path(args.file)
    with _database(args) as db:
        if not args.dry_run and db.engine.dialect.name == "sqlite":
            from tvet_alliance.persistence.backup import automatic_backup

            automatic_backup(db.engine, "import")
        with db.session() as s:
            competition = marking.find_competition(s, args.competition)
            report = marking_files.import_marks(s, path, competition.id, apply=not args.dry_run)
            if args.dry_run:
                s.rollback()
            else:
                s.commit()
    if args.json:
        print(json.dumps({**report.as_json(), "dry_run": args.dry_run}, ensure_ascii=False, indent=2))
        return EXIT_OK
    verb = "Would write" if args.dry_run else "Wrote"
    print(
        f"{report.rows} rows: {verb.lower()} {report.written} marks, {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected; entries marked: {len(report.entries)}."
    )
    for r in report.rejected[:50]:
        print(f"  row {r.row}: {r.reason}")
    if len(report.rejected) > 50:
        print(f"  … and {len(report.rejected) - 50} more (use --json)")
    return EXIT_OK


def _cmd_scheme(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import marking, marking_files

    with _database(args) as db, db.session() as s:
        competition = marking.find_competition(s, args.competition)
        track = marking.find_track(s, competition.id, args.track)
        if args.scheme_command == "import":
            warnings = marking_files.import_scheme(s, track.id, Path(args.file))
        else:
            source_competition = (
                marking.find_competition(s, args.from_competition) if args.from_competition else competition
            )
            source = marking.find_track(s, source_competition.id, args.from_track)
            warnings = marking.copy_scheme(s, source.id, track.id)
        s.commit()
        scheme = marking.aspects(s, track.id)
    if args.json:
        print(
            json.dumps(
                {
                    "track": track.name,
                    "aspects": [
                        {
                            "code": a.code,
                            "kind": a.kind.value,
                            "max": str(a.max_mark),
                            "criterion": a.criterion,
                            "description": a.description,
                        }
                        for a in scheme
                    ],
                    "warnings": [w.text() for w in warnings],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    from decimal import Decimal

    from tvet_alliance.domain.models import plain_number

    total = plain_number(sum((a.max_mark for a in scheme), Decimal(0)))
    print(f"{track.name}: {len(scheme)} aspects, maxima totalling {total}.")
    for w in warnings:
        print(f"warning: {w.text()}")
    return EXIT_OK


def _cmd_import_attendance(args: argparse.Namespace) -> int:
    """``import attendance FILE --event NAME``: a meeting's participant report applied to the
    event's delegates (services/attendance.py)."""
    from pathlib import Path

    from tvet_alliance.services import attendance
    from tvet_alliance.services.importing import files

    if not args.event:
        return _error("attendance needs --event NAME")
    threshold = attendance.Threshold.of(args.min_minutes, args.min_share)
    path = Path(args.file)
    report = attendance.read_report(path, encoding=args.encoding)
    with _database(args) as db:
        with db.session() as s:
            event_id = files.find_event(s, args.event).id
        if not args.dry_run and db.engine.dialect.name == "sqlite":
            from tvet_alliance.persistence.backup import automatic_backup

            automatic_backup(db.engine, "import")
        with db.session() as s:
            plan = attendance.match(s, report, event_id)
            applied = attendance.apply(s, plan, threshold)
            applied.dry_run = args.dry_run
            if args.dry_run:
                s.rollback()
            else:
                s.commit()
    if args.json:
        print(json.dumps(applied.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_attendance(applied, path)
    return EXIT_OK


def _print_attendance(applied: Applied, path: Path) -> None:
    data = applied.as_json()
    share = data["threshold"].get("min_share")
    rule = (
        f"{share:g}% of the meeting" if share is not None else f"{data['threshold']['min_minutes']} minutes"
    )
    print(
        f"Read {path.name}: {data['detected']}, {data['participants']} participants, meeting of "
        f"{data['meeting_minutes']} minutes; attended from {rule}"
    )
    verb = "would mark" if applied.dry_run else "marked"
    print(f"{data['matched']} matched with delegates of {data['event']}; {verb} {data['attended']} attended.")
    for row in data["delegates"]:
        mark = "attended" if row["attended"] else "below the threshold"
        print(
            f"  {row['name']}: {row['minutes']} min ({row['share']:g}%), {mark}"
            + ("" if row["mode"] == "online" else " — registered in person, not changed")
        )
    if data["unmatched"]:
        print("Not matched: " + ", ".join(data["unmatched"]))
    for review in data["review"]:
        print(f"  {review['name']} could be: {'; '.join(review['candidates'])}")
    for problem in data["rejected"]:
        print(f"  rejected: {problem['message']}")


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
    if report.warning_count:  # kept rows worth a look (a phone in no range in use)
        print(f"{report.warning_count} warnings (the rows are kept):")
        for warning in report.warnings[:50]:
            print(f"  row {warning.row}, {warning.column}: {warning.message}")
        if report.warning_count > 50:
            print(f"  … and {report.warning_count - 50} more (use --json)")
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


def _results_json(t: Any) -> dict[str, Any]:
    return {
        "track": t.name,
        "track_zh": t.name_zh,
        "confirmed": t.confirmed,
        "confirmed_at": t.confirmed_at.isoformat() if t.confirmed_at else None,
        "confirmed_by": t.confirmed_by,
        "unlock_reason": t.unlock_reason,
        "max_score": str(t.max_score),
        "median": None if t.scale.median is None else str(t.scale.median),
        "spread": str(t.scale.spread),
        "entries": [
            {
                "rank": r.rank,
                "entry": r.entry,
                "entry_native": r.entry_native or None,
                "members": list(r.members),
                "organization": r.organization,
                "country": r.country,
                "status": r.status,
                "mark": None if r.mark is None else str(r.mark),
                "standard_score": t.standard(r),
                "medal": t.medal(r).value,
                "medal_is": "confirmed" if t.confirmed else "proposed",
                "proposed_medal": r.proposed.value,
                "stored_medal": r.stored_medal.value,
                "unranked": None if r.unranked is None else r.unranked.value,
            }
            for r in t.rows
        ],
    }


def _cmd_results(args: argparse.Namespace) -> int:
    from tvet_alliance.services import results

    if args.action and not args.track:
        return _error(f"results {args.action} needs --track NAME")
    if args.action != "unlock" and args.reason:
        return _error("--reason is for results unlock")
    with _database(args) as db, db.session() as s:
        competition = results.find_competition(s, args.competition)
        tracks = [results.find_track(s, competition, args.track)] if args.track else None
        if args.action == "confirm":
            assert tracks is not None
            done = results.confirm(s, tracks[0].id)
            s.commit()
        elif args.action == "unlock":
            assert tracks is not None
            done = results.unlock(s, tracks[0].id, args.reason or "")
            s.commit()
        else:
            shown = (
                [results.track_results(s, t.id) for t in tracks]
                if tracks
                else results.competition_results(s, competition.id)
            )
            if args.json:
                best = [] if tracks else results.best_of_nation(s, competition.id)
                nations = [
                    {"country": b.country, "track": b.track, "entry": b.entry, "organization": b.organization,
                     "standard_score": b.standard_score}
                    for b in best
                ]  # fmt: skip
                print(
                    json.dumps(
                        {
                            "competition": competition.name,
                            "tracks": [_results_json(t) for t in shown],
                            "best_of_nation": nations,
                        },
                        ensure_ascii=False,
                        indent=2,
                    )
                )
                return EXIT_OK
            for t in shown:
                state = (
                    f"confirmed {t.confirmed_at:%Y-%m-%d %H:%M} by {t.confirmed_by}"
                    if t.confirmed_at
                    else "provisional"
                )
                print(f"{t.name}{f' / {t.name_zh}' if t.name_zh else ''}  ({state})")
                for r in t.rows:
                    rank = "-" if r.rank is None else str(r.rank)
                    medal = t.medal(r).value
                    where = ", ".join(x for x in (r.organization, r.country) if x)
                    mark = "-" if r.mark is None else str(r.mark)
                    std = t.standard(r)
                    extra = f" ({r.unranked.value})" if r.unranked else ""
                    print(
                        f"  {rank:>3}  {r.entry}  [{where}]  mark {mark}  standard {std if std is not None else '-'}  {medal}{extra}"
                    )
            return EXIT_OK
    if args.json:
        print(
            json.dumps(
                {
                    "track": done.track,
                    "confirmed": done.confirmed,
                    "changed": [
                        {
                            "entry": c.entry,
                            "old": c.old.value,
                            "new": c.new.value,
                            "standard_score": c.new_standard,
                        }
                        for c in done.changed
                    ],
                    **_results_json(done.results),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif done.confirmed:
        medals = ", ".join(f"{n} {m.value}" for m, n in done.results.medals.items() if n)
        print(
            f"Confirmed the results of {done.track}: {medals or 'no medal'}; {len(done.changed)} entries changed."
        )
    else:
        print(f"Unlocked the results of {done.track}: {done.results.unlock_reason}")
    return EXIT_OK


def _cmd_certificates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import certificates
    from tvet_alliance.services.importing import files

    if args.target[0] == "revoke":
        return _revoke_certificate(args)
    if len(args.target) != 1:
        return _error("give one FILE.pdf (or: certificates revoke CODE --reason TEXT)")
    if bool(args.event) == bool(args.competition):
        return _error("certificates need --event NAME or --competition NAME")
    if args.event and (args.track or args.participants):
        return _error("--track and --participants go with --competition")
    if args.competition and args.person:
        return _error("--person goes with --event")
    path = Path(args.target[0])
    problem = _unwritable(path)
    if problem:
        return _error(f"cannot write {path}: {problem}")
    try:
        from tvet_alliance.render.certificates import write_certificates
        from tvet_alliance.render.fonts import font_report
        from tvet_alliance.render.pdf import ensure_application
    except ImportError as exc:  # a Python without PySide6: everything else works, printing does not
        return _error(f"printing certificates needs Qt (PySide6), which cannot be loaded here: {exc}")

    ensure_application()
    for sentence in font_report().sentences():
        print(f"{PROG}: warning: {sentence}", file=sys.stderr)
    with _database(args) as db, db.session() as s:
        if args.event:
            event = files.find_event(s, args.event)
            person_ids = None
            if args.person:
                person_ids = certificates.find_delegates(s, event.id, args.person)[:1]
                if not person_ids:
                    return _error(f"no delegate of {event.name} is called {args.person}")
            report = certificates.issue_for_event(s, event.id, person_ids=person_ids)
            what = event.name
            if not report.certificates:
                s.rollback()
                if report.revoked:
                    return _error(f"the certificates of {what} asked for are revoked: nothing to print")
                return _error(
                    f"no delegate of {what} is marked attended (checked in at the desk, or online above "
                    "the threshold): nothing to print"
                )
        else:
            competition = files.find_competition(s, args.competition)
            track_id = certificates.find_track(s, competition.id, args.track).id if args.track else None
            report = certificates.issue_for_competition(
                s, competition.id, track_id=track_id, participants=args.participants
            )
            what = competition.name + (f", {args.track}" if args.track else "")
            if not report.certificates:
                s.rollback()
                return _error(
                    f"no entry of {what} holds a medal"
                    + ("" if args.participants else " (add --participants for those who competed)")
                    + ": nothing to print"
                )

        def commit() -> None:
            certificates.record_printed(s, [c.id for c in report.certificates])
            s.commit()

        pages = write_certificates(
            report.certificates, path, title=f"Certificates: {what}", before_rename=commit
        )
    if args.json:
        print(
            json.dumps({"file": str(path), "pages": pages, **report.as_json()}, ensure_ascii=False, indent=2)
        )
        return EXIT_OK
    print(
        f"Wrote {_n(pages, 'certificate')} of {what} to {path}: {report.new} new, "
        f"{report.reused} printed again with their codes."
    )
    if report.replaced:
        print(f"  {_n(report.replaced, 'certificate')} revoked because the medal changed; new codes issued.")
    if report.outdated:
        print(
            f"  {_n(report.outdated, 'certificate')} revoked: the entry lost its medal, or was withdrawn "
            "or disqualified."
        )
    if report.revoked:
        print(f"  {_n(report.revoked, 'revoked certificate')} left out.")
    if report.without_members:
        print(f"  {_n(report.without_members, 'entry', 'entries')} without members got none.")
    if report.provisional:
        print(
            f"  Results not confirmed yet (no certificates until they are): {', '.join(report.provisional)}."
        )
    return EXIT_OK


def _revoke_certificate(args: argparse.Namespace) -> int:
    from tvet_alliance.services import certificates

    if len(args.target) != 2:
        return _error("give the code to revoke: certificates revoke CODE --reason TEXT")
    if not (args.reason or "").strip():
        return _error("--reason TEXT is needed: say why the certificate is revoked (it is kept with it)")
    with _database(args) as db, db.session() as s:
        revoked = certificates.revoke(s, args.target[1], args.reason)
        s.commit()
    if args.json:
        print(json.dumps(revoked.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Revoked the certificate {revoked.shown_code} of {revoked.name}: {revoked.revoked_reason}")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from tvet_alliance.services import certificates

    with _database(args) as db, db.session() as s:
        found = certificates.verify(s, args.code)
    if found.status is certificates.Status.EMPTY:
        return _error(found.text())
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK if found.valid else EXIT_PROBLEMS
    cert = found.certificate
    if cert is None:
        print(found.text())
        return EXIT_PROBLEMS
    print(f"{'VALID' if found.valid else 'REVOKED'}: certificate {cert.shown_code}")
    if not found.valid:
        print(f"  {found.text()}")
    print(f"  {certificates.describe_kind(cert)}")
    names = cert.name + (f" / {cert.native}" if cert.native and cert.native != cert.name else "")
    print(f"  of {names}")
    org = " / ".join(p for p in (cert.organization, cert.organization_native) if p)
    if org:
        print(f"  {org}")
    for label, value in certificates.describe_what(cert):
        print(f"  {label}: {value}")
    when = f"{cert.issued_at:%Y-%m-%d %H:%M} UTC" if cert.issued_at else ""
    print(f"  issued {when}" + (f" by {cert.issued_by}" if cert.issued_by else ""))
    return EXIT_OK if found.valid else EXIT_PROBLEMS


def _cmd_medal_table(args: argparse.Namespace) -> int:
    from tvet_alliance.services import medals
    from tvet_alliance.services.importing import files

    with _database(args) as db, db.session() as s:
        competition = files.find_competition(s, args.competition)
        table = medals.medal_table(s, competition.id, args.by, args.order)
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    by = "country" if args.by == "country" else "institution"
    print(f"{competition.name}: medals by {by}, ordered {args.order}")
    if not table.rows:
        print("No medals yet.")
        return EXIT_OK
    width = max(len(r.name) for r in table.rows)
    print(f"{'rank':>4}  {by:<{width}}  gold silver bronze excellence total points")
    for r in table.rows:
        print(
            f"{r.rank:>4}  {r.name:<{width}}  {r.gold:>4} {r.silver:>6} {r.bronze:>6} {r.excellence:>10} "
            f"{r.total:>5} {r.points:>6}"
        )
    print(
        "total = gold + silver + bronze (medallions apart); points: gold 4, silver 3, bronze 2, medallion 1"
    )
    return EXIT_OK


def _cmd_ceremony(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import medals
    from tvet_alliance.services.importing import files

    path = Path(args.file)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        return _error(f"{args.file}: the ceremony order is written as .csv or .xlsx")
    with _database(args) as db, db.session() as s:
        competition = files.find_competition(s, args.competition)
        called = medals.write_ceremony(s, competition.id, path)
    print(f"Wrote the ceremony order of {competition.name}: {called} entries called, to {path}")
    return EXIT_OK


def _render_fonts_checked() -> None:
    """Start Qt's painting without a screen and say on stderr what fonts are missing."""
    try:
        from tvet_alliance.render.fonts import font_report
        from tvet_alliance.render.pdf import ensure_application
    except ImportError as exc:
        raise _Failed(_error(f"printing needs Qt (PySide6), which is not installed here: {exc}")) from exc

    ensure_application()
    for sentence in font_report().sentences():
        print(f"{PROG}: warning: {sentence}", file=sys.stderr)


def _write_printed(document: Document, path: str) -> int:
    from tvet_alliance.files import failure_reason
    from tvet_alliance.render.pdf import write_pdf

    try:
        return write_pdf(document, path)
    except OSError as exc:
        raise _Failed(_error(f"cannot write {path}: {failure_reason(exc)}")) from exc


def _left_out(count: int) -> str:
    return f"; {_n(count, 'cancelled registration')} left out" if count else ""


def _cmd_badges(args: argparse.Namespace) -> int:
    from tvet_alliance.services import printing

    with _database(args) as db, db.session() as s:
        event = printing.find_event(s, args.event)
        printed = printing.delegates(s, event.id, person=args.person)
    if not printed.delegates:
        return _error(f"{event.name} has no delegates to print badges for{_left_out(printed.left_out)}")
    _render_fonts_checked()
    from tvet_alliance.render.badges import BadgeDocument

    pages = _write_printed(BadgeDocument(printed, args.layout), args.file)
    print(
        f"{_n(len(printed.delegates), 'badge')} of {printed.event.name} ({_n(pages, 'page')}, {args.layout}) "
        f"written to {args.file}{_left_out(printed.left_out)}"
    )
    return EXIT_OK


def _cmd_print(args: argparse.Namespace) -> int:
    if args.what == "results":
        return _cmd_print_results(args)
    from tvet_alliance.services import printing

    with _database(args) as db, db.session() as s:
        event = printing.find_event(s, args.event)
        printed = printing.delegates(s, event.id, order=args.by)
    _render_fonts_checked()
    from tvet_alliance.render.lists import delegate_list

    pages = _write_printed(delegate_list(printed, sign_in=args.sign_in), args.file)
    what = "sign-in sheet" if args.sign_in else "delegate list"
    print(
        f"The {what} of {printed.event.name} ({_n(len(printed.delegates), 'delegate')}, {_n(pages, 'page')}) "
        f"written to {args.file}{_left_out(printed.left_out)}"
    )
    return EXIT_OK


def _cmd_print_results(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tvet_alliance.services import results

    with _database(args) as db, db.session() as s:
        competition = results.find_competition(s, args.competition)
        if args.track:
            shown = [results.track_results(s, results.find_track(s, competition, args.track).id)]
        else:
            shown = results.competition_results(s, competition.id)
    from tvet_alliance.render.results import write_results

    target = Path(args.file)
    try:
        pages = write_results(target, competition.name, shown, book=not args.track)
    except OSError as exc:
        from tvet_alliance.files import failure_reason

        return _error(f"cannot write {target}: {failure_reason(exc)}")
    print(f"Wrote {target}: {pages} pages, {len(shown)} tracks.")
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
    "replica": _cmd_replica,
    "package": _cmd_package,
    "merge": _cmd_merge,
    "conflicts": _cmd_conflicts,
    "search": _cmd_search,
    "medal-table": _cmd_medal_table,
    "ceremony": _cmd_ceremony,
    "badges": _cmd_badges,
    "print": _cmd_print,
    "certificates": _cmd_certificates,
    "verify": _cmd_verify,
    "scheme": _cmd_scheme,
    "results": _cmd_results,
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
