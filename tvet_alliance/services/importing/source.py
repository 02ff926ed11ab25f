"""Reading what partners send: decode, detect the layout, and stream the rows.

Text until mapped: every cell comes out as a ``str``. The steps follow ARCHITECTURE.md:

1. **Encoding**: a byte-order mark; UTF-16 without one; else strict UTF-8; else GB18030, but only
   when the text then reads as Chinese and not as Latin words; else a Latin code page by its words
   (below); else charset-normalizer's best guess. A guess is checked by decoding strictly: never a
   silent replacement character. The person can always choose another encoding.
2. **Delimiter**: each of ``, ; TAB |`` is tried on a sample and the one giving the most consistent
   column count (more than one column) wins; csv.Sniffer alone misreads these files.
3. **Header row**: title rows above the header ("2024年 参会人员名单") are skipped: the header is the
   row, among the first :data:`HEADER_SCAN` rows, naming the most columns the import knows (two at
   least: "Name", "Country", 姓名, 手机); else the first row with enough filled cells that are all
   distinct text (not numbers or dates).
4. Blank lines and trailing empty columns are ignored; quoted newlines are kept (the csv module).

**Structure per row, never per file**: a NUL or another control character in a cell is that row's
problem (the import strips it with a warning, ``engine``); only a file that is really binary (a
picture, an archive or an old .xls by its signature, control bytes in a large share of the sample)
is refused, and UTF-16 without a byte-order mark, NULs everywhere, is recognised before that.

**Western first**: when several single-byte code pages read a Latin file, Windows-1252 is taken unless
the words themselves say otherwise (:func:`prefer_code_page`), and :attr:`Detection.alternatives`
lists the other readings with the words they would read differently.

Files are read as streams: a 1 GB file is never held in memory. Only the first :data:`SAMPLE_BYTES`
are read for detection.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, NamedTuple

from tvet_alliance.domain.errors import CodedError
from tvet_alliance.files import failure_reason
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

SAMPLE_BYTES = 256 * 1024
HEADER_SCAN = 15
MAX_CELL = 5000  # characters; a longer cell is refused by validation, not truncated
#: The longest cell reading accepts at all (Excel's own limit): a longer one is a broken or hostile
#: file, refused with its line and column before it can fill the memory.
CELL_LIMIT = 32_000
#: The longest line (record) read: every cell of a wide sheet at the cell limit is far below it.
LINE_LIMIT = 16 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
XLSX_SUFFIXES = (".xlsx", ".xlsm")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN_LOOKALIKES = frozenset(
    {"cp1250", "cp1257", "iso8859-2", "iso8859-15", "latin-1", "iso8859-1", "mac-roman"}
)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_NUMBERISH = re.compile(r"^[\s\d.,:/\-+年月日()%]*$")
_EOL = re.compile(r"\r\n|\r|\n")


class ImportFileError(CodedError):
    """The file cannot be read at all. ``message`` is English text marked for translation, with
    ``{name}`` placeholders filled from ``params``."""

    context = "Import"


_MSG = {
    "missing": QT_TRANSLATE_NOOP("Import", "The file {path} does not exist."),
    "empty": QT_TRANSLATE_NOOP("Import", "The file is empty."),
    "binary": QT_TRANSLATE_NOOP(
        "Import", "This is not a text file (it contains NUL bytes). Save it as CSV or .xlsx and try again."
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "Import",
        "The file cannot be read as {encoding} on line {line} (byte {offset}). Choose another encoding; "
        "if the lines before it read right, the file mixes encodings: save it all in one (UTF-8).",
    ),
    "undetected": QT_TRANSLATE_NOOP(
        "Import", "The text encoding of this file could not be recognised. Choose the encoding."
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP("Import", "Unknown encoding: {encoding}."),
    "no_rows": QT_TRANSLATE_NOOP("Import", "The file has no rows of data."),
    "xlsx": QT_TRANSLATE_NOOP("Import", "The Excel file cannot be opened: {reason}"),
    "sheet": QT_TRANSLATE_NOOP("Import", "The workbook has no sheet named {sheet}."),
    "header_duplicate": QT_TRANSLATE_NOOP(
        "Import", "The header names the column {name} twice (columns {first} and {second})."
    ),
    "delimiter": QT_TRANSLATE_NOOP("Import", "The delimiter must be one character, not {delimiter}."),
    "read": QT_TRANSLATE_NOOP("Import", "The file cannot be read: {reason}"),
    "mixed": QT_TRANSLATE_NOOP(
        "Import",
        "The file changes its text encoding on line {line}: the lines before it are {first}, the "
        "lines from it on are {second}. Save the whole file in one encoding (UTF-8) and try again.",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Line {line}, column {column} of the file holds a cell of {length} characters; a cell can hold "
        "at most {limit} (as in Excel). Correct the file and try again.",
    ),
    "line_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Line {line} of the file is longer than {limit} characters: this is not a table of records.",
    ),
}


def file_error(code: str, **params: object) -> ImportFileError:
    return ImportFileError(code, _MSG[code], **params)


@dataclass(frozen=True)
class Detection:
    """How a file is read. Every field can be overridden by the person (or the command line)."""

    encoding: str  # a Python codec name; "xlsx" for a workbook
    delimiter: str  # "" for a workbook
    header_row: int  # 1-based line (CSV record) or sheet row of the header
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    #: How sure detection is about the encoding: "bom", "utf-8", "gb18030", "guess" or "chosen".
    encoding_source: str = "utf-8"
    #: Other single-byte code pages the file reads in, with the words they read differently
    #: (Windows-1250's "Muńoz" for Windows-1252's "Muñoz"), those reading best first.
    alternatives: tuple[Alternative, ...] = ()

    @property
    def is_xlsx(self) -> bool:
        return self.encoding == "xlsx"


@dataclass
class Table:
    """The header and a preview of a file as detected."""

    detection: Detection
    header: list[str]
    preview: list[list[str]] = field(default_factory=list)  # first data rows, padded to the header
    title_rows: list[list[str]] = field(default_factory=list)  # skipped rows above the header


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- encoding --------------------------------------------------------------------------------------


def _sample(path: Path) -> bytes:
    if not path.exists():
        raise file_error("missing", path=str(path))
    try:
        with path.open("rb") as fh:
            return fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise file_error("read", reason=failure_reason(exc)) from exc


def _strict(data: bytes, encoding: str, *, final: bool) -> str | None:
    """*data* decoded strictly, or None. A sample cut in the middle of a character is decoded up to
    that character (*final* False)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return str(decoder.decode(data, final=final))
    except UnicodeError:  # UnicodeDecodeError, or "UTF-16 stream does not start with BOM"
        return None


def _looks_chinese(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    cjk = sum(1 for ch in letters if _CJK.match(ch))
    return cjk >= max(2, len(letters) // 10)


#: The first bytes of files that are not text whatever their name: pictures, PDF, archives, old
#: Excel/Word (OLE2), executables. A zip is read as a workbook only when it holds one (:func:`detect`).
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"%PDF-",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",  # OLE2: .xls, .doc
    b"MZ",  # Windows executable
    b"\x7fELF",
    b"SQLite format 3\x00",
)
#: Control characters a text file does not hold (tab, line ends, form feed and escape are text).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: A sample with more of them than this share is binary; fewer are single rows' problems.
BINARY_SHARE = 0.1


def _has_binary_signature(sample: bytes) -> bool:
    return sample.startswith(_BINARY_SIGNATURES) and not sample.startswith(b"MZ,")  # "MZ," a CSV


def _binary_text(text: str) -> bool:
    """Control characters in a large share of *text* (decoded): a binary file, not stray bytes."""
    if text.isprintable():
        return False
    return len(_BINARY_CONTROLS.findall(text)) > len(text) * BINARY_SHARE


def _utf16_without_bom(sample: bytes, *, whole: bool) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark ("Unicode text" from some
    tools), else None: every other byte of ASCII is NUL — in a Chinese list only that of the commas,
    digits and line ends, but then no NUL is ever on the other side and the text reads as text."""
    even, odd = sample[0::2], sample[1::2]
    for name, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        share = zeros.count(0) / max(1, len(zeros))
        if share > 0.4 or (share > 0.02 and other.count(0) == 0):
            text = _strict(sample, name, final=whole)
            if text is None:
                continue
            # Its line ends are UTF-16 line ends (a stray NUL in an 8-bit file makes none).
            if share > 0.4 or (
                _BINARY_CONTROLS.search(text) is None and text.count("\n") * 2 >= max(1, sample.count(b"\n"))
            ):
                return name
    return None


def detect_encoding(sample: bytes, *, whole: bool) -> tuple[str, str]:
    """(codec, how it was found) for the first bytes of a file; *whole* when that is all of it.

    A binary file is refused here ("binary"); a few NUL or control bytes are not: they are the rows'
    problems, and are left out of the guessing."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name, "bom"
    if _has_binary_signature(sample):
        raise file_error("binary")
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample, whole=whole)
        if utf16 is not None:
            return utf16, "guess"
    if _binary_text(sample.decode("latin-1")):
        raise file_error("binary")
    if _strict(sample, "utf-8", final=whole) is not None:
        return "utf-8", "utf-8"
    mixed = _utf8_and_gb_line(sample, whole=whole)
    if mixed is not None:
        raise mixed
    text = _strict(sample, "gb18030", final=whole)
    latin = latin_share(sample, whole=whole) >= LATIN_SHARE
    if text is not None and _looks_chinese(text) and not latin:
        return "gb18030", "gb18030"
    if latin:  # Western or Central European text: no guess needed, nor trusted (Italian as cp1258)
        return prefer_code_page(sample, whole=whole, guess=None), "guess"
    from charset_normalizer import from_bytes

    best = from_bytes(sample.replace(b"\x00", b"")).best()  # a stray NUL is a row's problem
    if best is not None:
        name = codecs.lookup(best.encoding).name
        text = _strict(sample, name, final=whole)
        if text is not None:
            if name in _WESTERN_LOOKALIKES or name in LATIN_CODE_PAGES:
                # Single-byte European guesses: Windows' Western code page (what Excel in Pakistan
                # and Western Europe saves) unless the words say otherwise.
                return prefer_code_page(sample, whole=whole, guess=name), "guess"
            return name, "guess"
    chosen = prefer_code_page(sample, whole=whole, guess=None)  # Pakistani and European spreadsheets
    if _strict(sample, chosen, final=whole) is not None:
        return chosen, "guess"
    if _strict(sample, "latin-1", final=whole) is not None:
        return "latin-1", "guess"
    raise file_error("undetected")


# --- single-byte code pages: Western unless the words say otherwise ----------------------------------

#: The single-byte code pages of Latin text, Windows' Western first, and the letters (beyond ASCII)
#: each one's languages write, a word's letters all of one language. A word read by a code page is
#: plausible when it holds only letters, ASCII digits and in-word marks, no capital after a small
#: letter, and the non-ASCII letters of one of its languages.
LATIN_CODE_PAGES: dict[str, tuple[str, ...]] = {
    "cp1252": (
        "áéíóúñü",  # Spanish
        "áàâãçéêíóôõú",  # Portuguese
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "àèéìíîòóù",  # Italian
        "àçèéíïòóúü",  # Catalan
        "áéíóúèëïöü",  # Dutch
        "æøåéèêóòô",  # Danish, Norwegian
        "åäöéšž",  # Swedish, Finnish
        # Not Icelandic: its ð, ý and þ are Turkish ğ, ı and ş in Windows-1254, and Turkish partners
        # are many more.
    ),
    "cp1250": (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "ăâîşţ",  # Romanian
        "čćđšž",  # Croatian, Slovene, Bosnian
        "äöüß",  # German
    ),
    "cp1257": (
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äõöüšž",  # Estonian
        "ąćęłńóśźż",  # Polish
        "äöüß",  # German
    ),
    "cp1254": (
        "çğıöşüâîû",  # Turkish
        "áéíóúñü",
        "áàâãçéêíóôõú",
        "àâæçéèêëîïôœùûüÿ",
        "äöüß",
        "àèéìíîòóù",
    ),
}
# Old Mac Excel's "CSV (Macintosh)": the Western languages in Mac OS Roman.
LATIN_CODE_PAGES["mac-roman"] = LATIN_CODE_PAGES["cp1252"]
#: How a person knows them (the codec names are Python's).
ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1257": "Windows-1257",
    "cp1254": "Windows-1254",
    "mac-roman": "Mac OS Roman",
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "latin-1": "ISO-8859-1",
}
ENCODING_REGIONS = {
    "cp1252": QT_TRANSLATE_NOOP("Import", "Western European"),
    "cp1250": QT_TRANSLATE_NOOP("Import", "Central European"),
    "cp1257": QT_TRANSLATE_NOOP("Import", "Baltic"),
    "cp1254": QT_TRANSLATE_NOOP("Import", "Turkish"),
    "mac-roman": QT_TRANSLATE_NOOP("Import", "old Mac Excel"),
}
#: Distinct words more that another code page must read plausibly before it is taken over
#: Windows-1252 ("in several words"); one word could be a name from anywhere.
EVIDENCE_WORDS = 2
#: Words kept per alternative for the person to compare.
ALTERNATIVE_SAMPLES = 6
_IN_WORD = frozenset("-'’.&/·")
_WORD = re.compile(rb"[^\x00-\x20,;|\"()\[\]<>=+*]+")


class Alternative(NamedTuple):
    """Another code page the file decodes with, and words it reads differently: (as read now, as it
    would read) — equally long, character for character, as both are single-byte."""

    encoding: str
    #: the same words for every alternative of a detection, some perhaps read alike by this one
    samples: tuple[tuple[str, str], ...]

    def differences(self, limit: int = 3) -> list[tuple[str, str]]:
        """The characters that differ: (as read now, as this code page reads), each pair once."""
        out: list[tuple[str, str]] = []
        for now, other in self.samples:
            for a, b in zip(now, other, strict=False):
                if a != b and (a, b) not in out:
                    out.append((a, b))
        return out[:limit]


def encoding_name(codec: str) -> str:
    """The name people know an encoding by ("Windows-1252" for cp1252)."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    return ENCODING_NAMES.get(name, codec)


def _plausible(word: str, languages: tuple[str, ...]) -> bool:
    inner = _trim_word(word)
    letters: set[str] = set()
    previous_lower = False
    for ch in inner:
        if ch.isalpha():
            if not ch.isascii():
                if ch.isupper() and previous_lower:
                    return False  # "ódŸ": a capital inside a word
                low = ch.lower()[0]  # "İ" lowers to "i" and a combining dot
                if not low.isascii():
                    letters.add(low)
            previous_lower = ch.islower()
        elif not _wordlike(ch) and ch not in _IN_WORD:
            return False  # "Wroc³aw": a symbol inside a word
        else:
            previous_lower = False
    return not letters or any(letters <= set(language) for language in languages)


def _wordlike(ch: str) -> bool:
    return ch.isalpha() or (ch.isascii() and ch.isdigit())


def _trim_word(word: str) -> str:
    start, end = 0, len(word)
    while start < end and not _wordlike(word[start]):
        start += 1
    while end > start and not _wordlike(word[end - 1]):
        end -= 1
    return word[start:end]


#: Distinct words beyond ASCII compared at most: evidence enough, in a few milliseconds.
WORDS_COMPARED = 1000


def _word_spans(sample: bytes) -> list[bytes]:
    """The first distinct words of *sample* with a byte beyond ASCII (where code pages can differ)."""
    seen: dict[bytes, None] = {}
    for match in _WORD.finditer(sample):
        word = match.group()
        if not word.isascii():
            seen.setdefault(word, None)
            if len(seen) >= WORDS_COMPARED:
                break
    return list(seen)


def _readings(sample: bytes, *, whole: bool) -> dict[str, str]:
    out = {}
    for name in LATIN_CODE_PAGES:
        text = _strict(sample, name, final=whole)
        if text is not None:
            out[name] = text
    return out


def _compare(words: list[bytes], base: str, other: str) -> tuple[int, int, list[bytes]]:
    """(words only *other* reads plausibly, words only *base* does, the words they read differently)."""
    wins = losses = 0
    differing: list[bytes] = []
    for word in words:
        a, b = word.decode(base), word.decode(other)
        if a == b:
            continue
        ok_a, ok_b = _plausible(a, LATIN_CODE_PAGES[base]), _plausible(b, LATIN_CODE_PAGES[other])
        wins += ok_b and not ok_a
        losses += ok_a and not ok_b
        differing.append(word)
    return wins, losses, differing


def _coherence(words: list[bytes], name: str) -> int:
    """The most of *words* one language of code page *name* reads plausibly: Hungarian reads
    "Szőke" and "Műszaki" where Windows-1252's "Szõke" is Portuguese and "Mûszaki" French."""
    return max(
        sum(_plausible(w.decode(name), (language,)) for w in words) for language in LATIN_CODE_PAGES[name]
    )


def _sample_words(sample: bytes, *, whole: bool) -> list[bytes]:
    return _word_spans(sample if whole else sample[: sample.rfind(b"\n") + 1] or sample)


def latin_share(sample: bytes, *, whole: bool) -> float:
    """The share of the words beyond ASCII that the best Latin code page reads plausibly (0 when it
    has none, or none reads the sample): near 1 for Western or Central European text, near 0 for
    Chinese bytes, whose Windows-1252 reading is "ÕÅÎ°"."""
    readings = _readings(sample, whole=whole)
    if not readings:
        return 0.0
    first = next(iter(readings))
    # Words of symbols only ("€", "–", GBK's "±±¾©") say nothing either way.
    words = [w for w in _sample_words(sample, whole=whole) if _trim_word(w.decode(first))]
    if not words:
        return 0.0
    best = max(sum(_plausible(w.decode(name), LATIN_CODE_PAGES[name]) for w in words) for name in readings)
    return best / len(words)


#: A sample whose words read this plausibly in a Latin code page is Latin text, whatever GB18030 or
#: charset-normalizer make of it (French "Établissement" is two Chinese characters in GB18030).
LATIN_SHARE = 0.8


def prefer_code_page(sample: bytes, *, whole: bool, guess: str | None) -> str:
    """The single-byte code page to read *sample* with: Windows-1252 unless another reads at least
    :data:`EVIDENCE_WORDS` more words plausibly than it (Polish "Wrocław" where Windows-1252 reads
    "Wroc³aw"), or as many and :data:`EVIDENCE_WORDS` more in one language (Hungarian "Szőke",
    "Győr", "Műszaki"); charset-normalizer's *guess* alone is no evidence ("Muñoz" and "Muńoz" are
    both words). When Windows-1252 cannot read the sample, the code page reading most words
    plausibly, the guess on a tie."""
    readings = _readings(sample, whole=whole)
    if not readings:
        return guess or "cp1252"
    words = _sample_words(sample, whole=whole)
    base = "cp1252" if "cp1252" in readings else None
    if base is None:

        def plausible_words(name: str) -> int:
            return sum(_plausible(w.decode(name), LATIN_CODE_PAGES[name]) for w in words)

        return max(readings, key=lambda name: (plausible_words(name), name == guess))
    best, margin = base, (0, 0)
    for name in readings:
        if name == base:
            continue
        wins, losses, differing = _compare(words, base, name)
        if wins - losses < 0 or not differing:
            continue
        coherence = _coherence(differing, name) - _coherence(differing, base)
        if (wins - losses >= EVIDENCE_WORDS or coherence >= EVIDENCE_WORDS) and (
            wins - losses,
            coherence,
        ) > margin:
            best, margin = name, (wins - losses, coherence)
    return best


def describe_alternatives(detection: Detection) -> str:
    """One English sentence for the command line: "read as Windows-1252; Windows-1250 would read
    'Ń' where this reads 'Ñ' (Muńoz); choose with --encoding cp1250"; "" without alternatives."""
    if not detection.alternatives:
        return ""
    parts = []
    for alt in detection.alternatives:
        shown = ", ".join(f"'{b}' where this reads '{a}'" for a, b in alt.differences())
        example = next(other for now, other in alt.samples if now != other)
        parts.append(f"{encoding_name(alt.encoding)} would read {shown} ({example})")
    choose = " or ".join(f"--encoding {a.encoding}" for a in detection.alternatives)
    return f"read as {encoding_name(detection.encoding)}; " + "; ".join(parts) + f"; choose with {choose}"


def _ordered(words: list[bytes], encoding: str, other: str) -> list[bytes]:
    """*words* (read differently by the two code pages) in the order worth showing: those the
    current reading makes implausible first, each showing a character difference not shown yet,
    then the rest."""
    words = sorted(words, key=lambda w: _plausible(w.decode(encoding), LATIN_CODE_PAGES[encoding]))
    shown: set[tuple[str, str]] = set()
    first: list[bytes] = []
    for word in words:
        new = {(a, b) for a, b in zip(word.decode(encoding), word.decode(other), strict=True) if a != b}
        if new - shown:
            first.append(word)
            shown |= new
    return first + [w for w in words if w not in first]


def _worth_offering(name: str, differing: list[bytes], wins: int, losses: int) -> bool:
    """Windows-1252 always (the default); Mac OS Roman, rare now, only with evidence (more words it
    reads better than worse); the others when they read at least half the words they change as
    words (Windows-1250's "Muńoz" is a word, Mac OS Roman's "MuÒoz" none)."""
    if name == "cp1252":
        return True
    if name == "mac-roman":
        return wins > losses
    plausible = sum(_plausible(w.decode(name), LATIN_CODE_PAGES[name]) for w in differing)
    return plausible * 2 >= len(differing)


def alternatives(sample: bytes, encoding: str, *, whole: bool) -> tuple[Alternative, ...]:
    """The other single-byte code pages that read *sample* differently from *encoding* (one of
    them), those that read best first. Their samples are the same few words (taken in turn from
    each one's differences), so that they line up side by side."""
    if encoding not in LATIN_CODE_PAGES:
        return ()
    readings = _readings(sample, whole=whole)
    if encoding not in readings:
        return ()
    words = _word_spans(sample if whole else sample[: sample.rfind(b"\n") + 1] or sample)
    found: list[tuple[int, str, list[bytes]]] = []
    for name in readings:
        if name != encoding:
            wins, losses, differing = _compare(words, encoding, name)
            if differing and _worth_offering(name, differing, wins, losses):
                found.append((wins - losses, name, _ordered(differing, encoding, name)))
    found.sort(key=lambda item: (item[1] != "cp1252", -item[0]))  # the Western default first
    # A code page reading the whole sample as one listed before it does is the same choice.
    kept: list[str] = []
    for item in list(found):
        if any(readings[item[1]] == readings[other] for other in kept):
            found.remove(item)
        else:
            kept.append(item[1])
    chosen: list[bytes] = []
    queues = [list(order) for _score, _name, order in found]
    while len(chosen) < ALTERNATIVE_SAMPLES and any(queues):
        for queue in queues:
            while queue and queue[0] in chosen:
                queue.pop(0)
            if queue and len(chosen) < ALTERNATIVE_SAMPLES:
                chosen.append(queue.pop(0))
    return tuple(
        Alternative(name, tuple((w.decode(encoding), w.decode(name)) for w in chosen))
        for _score, name, _order in found
    )


def _utf8_and_gb_line(sample: bytes, *, whole: bool) -> ImportFileError | None:
    """The "mixed" error for a sample that has lines in UTF-8 and lines in GBK/GB18030 (two lists
    pasted together), naming the first line in the second encoding; None for any other sample.

    A line of non-ASCII text that is valid UTF-8 is UTF-8 (GBK text almost never is); a line that
    is not, but reads as Chinese in GB18030, is GBK. Read as one encoding, the other half would be
    stored as garbage, so the file is refused rather than guessed."""
    lines = sample.split(b"\n")
    if not whole:
        lines = lines[:-1]  # the sample may end inside a line
    first: str | None = None
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        if _strict(line, "utf-8", final=True) is not None:
            kind = "UTF-8"
        else:
            text = _strict(line, "gb18030", final=True)
            if text is None or not _looks_chinese(text):
                return None  # neither: not this case (charset detection decides)
            kind = "GBK"
        if first is None:
            first = kind
        elif kind != first:
            return file_error("mixed", line=number, first=first, second=kind)
    return None


def check_encoding(name: str) -> str:
    try:
        info = codecs.lookup(name)
    except LookupError as exc:
        raise file_error("unknown_encoding", encoding=name) from exc
    if not info._is_text_encoding:  # base64, hex, rot13...: codecs, but not of text files
        raise file_error("unknown_encoding", encoding=name)
    return info.name


# --- rows ------------------------------------------------------------------------------------------


class _CheckedText:
    """A text stream over a binary file that turns a decoding error anywhere in the file into an
    :class:`ImportFileError` naming the line and byte. A NUL or another control character is kept:
    it is its row's problem (the import strips it, with a warning).

    Reading is linear in the size of the file however long a line is: a line longer than the buffer
    is collected in pieces and joined once, and the search for its end never looks at the same
    text twice. A line longer than :data:`LINE_LIMIT` is refused."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        self._raw = raw
        self._encoding = encoding
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        self._offset = 0
        self._buffer = ""
        self._pos = 0  # where the text not yet returned starts in the buffer
        self._eof = False
        self._decoded_lines = 0  # line feeds decoded so far
        self.lines = 0  # lines returned so far
        self.fills = 0  # blocks read (for the tests of linear reading)

    def _fill(self) -> None:
        block = self._raw.read(1 << 16)
        self.fills += 1
        try:
            text = self._decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            line = self._decoded_lines + block[: exc.start].count(b"\n") + 1
            raise file_error(
                "encoding", encoding=self._encoding, line=line, offset=self._offset + exc.start
            ) from exc
        except UnicodeError as exc:  # "UTF-16 stream does not start with BOM" (utf-16 or utf-32 chosen)
            raise file_error("encoding", encoding=self._encoding, line=1, offset=self._offset) from exc
        self._offset += len(block)
        self._decoded_lines += text.count("\n")
        self._buffer += text  # the buffer holds at most one block (and a CR) when this is called
        self._eof = not block

    def readline(self) -> str:
        """The next line with its ending; like ``newline=""``, a line ends at CRLF, LF or a lone CR
        (old Mac Excel "CSV (Macintosh)"), so that the csv module sees what it expects."""
        eol = _EOL.search(self._buffer, self._pos)
        if eol is not None and eol.end() < len(self._buffer):  # the common case: a whole line is here
            line = self._buffer[self._pos : eol.end()]
            self._pos = eol.end()
            self.lines += 1
            return line
        parts: list[str] = []
        length = 0
        while True:
            eol = _EOL.search(self._buffer, self._pos)
            # A CR at the end of the buffer may be the first half of a CRLF: read on to know.
            if eol is not None and (eol.end() < len(self._buffer) or eol.group() != "\r" or self._eof):
                parts.append(self._buffer[self._pos : eol.end()])
                self._pos = eol.end()
                break
            if self._eof:
                parts.append(self._buffer[self._pos :])
                self._pos = len(self._buffer)
                break
            # No whole line left in the buffer: keep its text (but a final CR) and read on.
            keep = len(self._buffer) - 1 if eol is not None else len(self._buffer)
            piece = self._buffer[self._pos : keep]
            parts.append(piece)
            length += len(piece)
            if length > LINE_LIMIT:
                raise file_error("line_too_long", line=self.lines + 1, limit=LINE_LIMIT)
            self._buffer, self._pos = self._buffer[keep:], 0
            self._fill()
        line = parts[0] if len(parts) == 1 else "".join(parts)
        if line:
            self.lines += 1
        return line

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line


@dataclass
class ReadPosition:
    """How far reading has got: bytes of a CSV file, or rows of a sheet (``total`` 0 when unknown)."""

    done: int = 0
    total: int = 0


def _csv_records(
    path: Path, encoding: str, delimiter: str, where: ReadPosition | None = None
) -> Iterator[list[str]]:
    """Every CSV record of the file, cells stripped and trailing empty cells dropped; a record with
    nothing in it comes out as ``[]`` (so record numbers stay the file's own)."""
    if len(delimiter) != 1:
        raise file_error("delimiter", delimiter=delimiter)
    # A cell longer than a line is possible (quoted line breaks), but never longer than the limit.
    csv.field_size_limit(LINE_LIMIT)
    with path.open("rb") as raw:
        if where is not None:
            where.total = path.stat().st_size
        text = _CheckedText(raw, encoding)
        line = 1  # where the next record starts
        try:
            for record in csv.reader(text, delimiter=delimiter):
                if where is not None:
                    where.done = raw.tell()
                if record and max(map(len, record)) > CELL_LIMIT:
                    _check_cells(record, line, str)
                line = text.lines + 1
                yield _trim(record)
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise file_error("line_too_long", line=line, limit=LINE_LIMIT) from exc
            raise file_error("read", reason=str(exc)) from exc


def _check_cells(record: Sequence[str], line: int, column_name: Callable[[int], str]) -> None:
    """Refuse a cell longer than :data:`CELL_LIMIT`, naming its line (or sheet row) and column."""
    for i, cell in enumerate(record, start=1):
        if len(cell) > CELL_LIMIT:
            raise file_error(
                "cell_too_long", line=line, column=column_name(i), length=len(cell), limit=CELL_LIMIT
            )


def _trim(record: list[str]) -> list[str]:
    cells = [c.strip().lstrip("\ufeff") if c else "" for c in record]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _xlsx_records(path: Path, sheet: str | None) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip, XML or format errors from a damaged or foreign file
        raise file_error("xlsx", reason=str(exc) or type(exc).__name__) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise file_error("sheet", sheet=sheet)
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        number = 0
        while True:
            # A read-only workbook parses each sheet while it is read: a damaged or truncated sheet
            # (an interrupted download) fails here, not in load_workbook.
            try:
                row = next(rows)
            except StopIteration:
                break
            except Exception as exc:
                raise file_error("xlsx", reason=str(exc) or type(exc).__name__) from exc
            number += 1
            cells = [_cell_text(v) for v in row]
            if cells and max(map(len, cells)) > CELL_LIMIT:
                _check_cells(cells, number, _column_letter)
            yield _trim(cells)
    finally:
        book.close()


def _column_letter(index: int) -> str:
    """The spreadsheet name of the 1-based column *index* (1 -> A, 28 -> AB)."""
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _cell_text(value: object) -> str:
    from datetime import date, datetime, time

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def records(path: Path, detection: Detection, where: ReadPosition | None = None) -> Iterator[list[str]]:
    """Every record of the file (the header and title rows included), as detected. *where*, when
    given, follows how far the reading has got (for a progress bar)."""
    if detection.is_xlsx:
        return _counted(_xlsx_records(path, detection.sheet), where)
    return _csv_records(path, detection.encoding, detection.delimiter, where)


def _counted(rows: Iterator[list[str]], where: ReadPosition | None) -> Iterator[list[str]]:
    for row in rows:
        if where is not None:
            where.done += 1
        yield row


# --- detection -------------------------------------------------------------------------------------


def _delimiter_score(sample_text: str, delimiter: str) -> tuple[float, int]:
    """(consistency, columns) of the sample read with *delimiter*: the share of non-empty records
    having the most common column count, when that count is above one."""
    reader = csv.reader(io.StringIO(sample_text, newline=""), delimiter=delimiter)
    counts: Counter[int] = Counter()
    try:
        for n, record in enumerate(reader):
            if n >= 200:
                break
            # The record as written (trailing empty cells included: a spreadsheet writes every
            # column on every line, and empty last columns must not make the rows look ragged).
            if any(c.strip() for c in record):
                counts[len(record)] += 1
    except csv.Error:
        return 0.0, 0
    if not counts:
        return 0.0, 0
    width, hits = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if width < 2:
        return 0.0, width
    return hits / sum(counts.values()), width


def detect_delimiter(sample_text: str) -> str:
    best = max(DELIMITERS, key=lambda d: (*_delimiter_score(sample_text, d), -DELIMITERS.index(d)))
    return best if _delimiter_score(sample_text, best)[0] > 0 else ","


def _known_headers() -> frozenset[str]:
    """Every column name the import kinds know (field keys, labels and synonyms), as header keys."""
    global _KNOWN
    if _KNOWN is None:
        from tvet_alliance.services.importing.fields import FIELDS, header_key

        _KNOWN = frozenset(
            key
            for fields in FIELDS.values()
            for f in fields
            for name in (f.key, f.label, *f.synonyms)
            if (key := header_key(name))
        )
    return _KNOWN


_KNOWN: frozenset[str] | None = None


def known_header_cells(row: Sequence[str]) -> int:
    """How many distinct cells of *row* are column names the import knows ("Name", "国家", "Mobile")."""
    from tvet_alliance.services.importing.fields import header_key

    known = _known_headers()
    return len({key for c in row if c and (key := header_key(c)) in known})


def detect_header(rows: list[list[str]]) -> int:
    """The 1-based position of the header among the first rows.

    A row naming at least two columns the import knows (field labels and synonyms: "Name",
    "Country", 姓名, 手机), more than any other row does, is the header: on a small file whose rows
    are all text, the data cannot then pass for it. Otherwise the first row filling at least half
    of the usual width (two cells or more) with distinct text that is not a number or a date. Title
    rows above it ("2024年 参会人员名单") have one or two cells and name no column."""
    widths = Counter(len(r) for r in rows if r)
    if not widths:
        return 1
    scan = rows[:HEADER_SCAN]
    known = [known_header_cells(r) for r in scan]
    most = max(known, default=0)
    if most >= 2:
        return known.index(most) + 1
    common = max(widths.items(), key=lambda kv: (kv[1], kv[0]))[0]
    need = max(2, (common + 1) // 2) if common >= 2 else 1
    first = next((i for i, r in enumerate(rows) if r), 0)
    for i, row in enumerate(rows[:HEADER_SCAN]):
        filled = [c for c in row if c]
        if (
            len(filled) >= need
            and not any(_NUMBERISH.match(c) for c in filled)
            and len({c.casefold() for c in filled}) == len(filled)
        ):
            return i + 1
    return first + 1


def _detect_sheet_names(path: Path) -> tuple[str, ...]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
    except Exception as exc:
        raise file_error("xlsx", reason=str(exc) or type(exc).__name__) from exc
    try:
        return tuple(book.sheetnames)
    finally:
        book.close()


def detect(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
    sheet: str | None = None,
) -> Detection:
    """How to read *path*; any argument given overrides what would be detected."""
    path = Path(path)
    sample = _sample(path)
    found: tuple[Alternative, ...] = ()
    if (
        sample.startswith(b"PK\x03\x04")
        and path.suffix.lower() not in XLSX_SUFFIXES
        and not _is_workbook(path)
    ):
        raise file_error("binary")  # a zip archive, a Word or OpenDocument file
    if path.suffix.lower() in XLSX_SUFFIXES or sample.startswith(b"PK\x03\x04"):
        sheets = _detect_sheet_names(path)
        chosen = sheet or (sheets[0] if sheets else None)
        if chosen not in sheets:
            raise file_error("sheet", sheet=chosen)
        detection = Detection("xlsx", "", 1, chosen, sheets, "xlsx")
    else:
        if not sample.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
            raise file_error("empty")
        whole = len(sample) < SAMPLE_BYTES
        if _has_binary_signature(sample):
            raise file_error("binary")  # whatever encoding is chosen
        if encoding:
            enc, how = check_encoding(encoding), "chosen"
        else:
            enc, how = detect_encoding(sample, whole=whole)
        text = _strict(sample, enc, final=whole)
        if text is None:
            offset = _bad_offset(sample, enc)
            raise file_error("encoding", encoding=enc, line=sample[:offset].count(b"\n") + 1, offset=offset)
        if _binary_text(text):
            raise file_error("binary")
        found = alternatives(sample, enc, whole=whole)
        if not whole:  # the sample may end inside a record
            text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1] or text
        detection = Detection(enc, delimiter or detect_delimiter(text), 1, None, (), how, found)
    head = _head(path, detection)
    if not any(head):
        raise file_error("no_rows")
    return replace(detection, header_row=header_row or detect_header(head))


def _is_workbook(path: Path) -> bool:
    """Whether the zip at *path* is an Excel workbook (an .xlsx saved under another name)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True  # damaged: let the workbook reader say what is wrong with it


def _bad_offset(sample: bytes, encoding: str) -> int:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    except UnicodeError:
        return 0
    return 0


def _head(path: Path, detection: Detection, n: int = HEADER_SCAN * 4) -> list[list[str]]:
    out: list[list[str]] = []
    for record in records(path, detection):
        out.append(record)
        if len(out) >= n:
            break
    return out


def read_table(path: Path, detection: Detection, preview_rows: int = 50) -> Table:
    """The header and the first data rows, for the preview and the mapping."""
    header: list[str] = []
    titles: list[list[str]] = []
    preview: list[list[str]] = []
    for n, record in enumerate(records(path, detection), start=1):
        if n < detection.header_row:
            if record:
                titles.append(record)
            continue
        if n == detection.header_row:
            header = record
            continue
        if record:
            preview.append(record)
            if len(preview) >= preview_rows:
                break
    if not header:
        raise file_error("no_rows")
    header = [_visible(name) for name in header]
    check_header(header)
    width = max([len(header), *(len(r) for r in preview)])
    header = header + [""] * (width - len(header))
    return Table(detection, header, [r + [""] * (width - len(r)) for r in preview], titles)


_HEADER_CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(name: str) -> str:
    """A header cell without control characters: a column's name is no one's data."""
    return _HEADER_CONTROLS.sub("", name).strip() if not name.isprintable() else name


def check_header(header: list[str]) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(header, start=1):
        if not name:
            continue
        key = name.casefold()
        if key in seen:
            raise file_error("header_duplicate", name=name, first=seen[key], second=i)
        seen[key] = i


def data_rows(
    path: Path, detection: Detection, where: ReadPosition | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every data row after the header; the first data row is 1 and blank
    lines are skipped but still counted, so numbers match what a spreadsheet shows below the
    header."""
    number = 0
    for n, record in enumerate(records(path, detection, where), start=1):
        if n <= detection.header_row:
            continue
        number += 1
        if record:
            yield number, record
