"""Fonts for printing: the bundled Urdu fonts, an explicit Simplified Chinese family, one font per script.

Qt shapes every script itself (HarfBuzz), so a name prints right when the font has its glyphs; what goes
wrong is the *choice* of font. With no family set, Han text falls back to the Japanese CJK face (other
glyph shapes for the same characters), and a system without an Urdu font prints unjoined letters or
boxes. So:

- :func:`register_bundled` adds the OFL fonts of ``resources/fonts/`` (Noto Nastaliq Urdu, Noto Naskh
  Arabic; see their README) to the application's font database, once. Every other function calls it.
- :func:`chinese_family` picks an installed Simplified Chinese family from :data:`CHINESE_FAMILIES`,
  never a Japanese, Korean or Traditional one.
- :func:`font_report` says what is missing, one :class:`FontProblem` (an English sentence marked for
  translation in the ``Fonts`` context) per script that would print wrong. The window shows them
  before printing; the command line prints them on stderr.
- :func:`font_for` gives the font for a text by its script (:func:`script_of`): Latin, Han, or
  Arabic script (Nastaliq for Urdu; Naskh, which is far less tall, with ``compact=True`` for table
  rows). Each font carries a fallback list (``QFont.setFamilies``) so mixed text (an Urdu name with
  Latin letters, a Chinese organisation with "TVET" in it) finds every glyph in a chosen family.

Sizes are in points: on a painter, Qt converts them with the device's own resolution, so they come
out the same on a 300-dpi ``QPdfWriter`` and on a ``QPrinter`` (see :mod:`tvet_alliance.render.pdf`).
A ``QGuiApplication`` must exist (:func:`tvet_alliance.render.pdf.ensure_application`).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QFont, QFontDatabase

from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.paths import resources_dir

URDU = "Noto Nastaliq Urdu"
NASKH = "Noto Naskh Arabic"
BUNDLED_FILES = (
    "NotoNastaliqUrdu-Regular.ttf",
    "NotoNastaliqUrdu-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)

#: Simplified Chinese families, best first (Linux, then Windows and macOS names).
CHINESE_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Serif CJK SC",
    "SimHei",
    "SimSun",
    "NSimSun",
)
#: CJK families that hold Han glyphs in another region's shapes: used only when no SC one is there.
OTHER_CJK_FAMILIES = ("Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR", "Droid Sans Fallback")
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial", "Helvetica")


#: ``QCoreApplication.translate`` or the like: (context, English text) -> translated text.
Translate = Callable[[str, str], str]


class Script(Enum):
    LATIN = "latin"
    HAN = "han"
    ARABIC = "arabic"


_lock = threading.Lock()
_registered: dict[str, str] = {}  # file name -> family, or "" when it could not be loaded


def register_bundled() -> dict[str, str]:
    """Add the bundled fonts to the application font database (once); file name -> family ("" when
    a file is missing or unreadable)."""
    with _lock:
        if not _registered:
            folder = resources_dir() / "fonts"
            for name in BUNDLED_FILES:
                path = folder / name
                font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                _registered[name] = families[0] if families else ""
        return dict(_registered)


def installed_families() -> set[str]:
    register_bundled()
    return set(QFontDatabase.families())


def chinese_family(available: Iterable[str] | None = None) -> str | None:
    """The Simplified Chinese family to print Han text with, or None when none is installed."""
    have = set(installed_families() if available is None else available)
    return next((family for family in CHINESE_FAMILIES if family in have), None)


def latin_family(available: Iterable[str] | None = None) -> str | None:
    have = set(installed_families() if available is None else available)
    return next((family for family in LATIN_FAMILIES if family in have), None)


@dataclass(frozen=True)
class FontProblem:
    """A script that would print wrong: *text* is English, to translate in the ``Fonts`` context
    with ``{family}`` filled in afterwards."""

    script: Script
    text: str
    family: str = ""

    def sentence(self, translate: Translate | None = None) -> str:
        """The sentence, translated by *translate(context, text)* when given."""
        template = translate("Fonts", self.text) if translate is not None else self.text
        return template.replace("{family}", self.family)


@dataclass(frozen=True)
class FontReport:
    """What is missing for printing; empty when every script prints right."""

    problems: tuple[FontProblem, ...] = ()
    chinese: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def sentences(self, translate: Translate | None = None) -> list[str]:
        return [problem.sentence(translate) for problem in self.problems]


NO_CHINESE = QT_TRANSLATE_NOOP(
    "Fonts",
    "No Simplified Chinese font is installed (such as Noto Sans CJK SC, Microsoft YaHei or SimSun): "
    "Chinese names will print as empty boxes. Install one and print again.",
)
OTHER_CHINESE = QT_TRANSLATE_NOOP(
    "Fonts",
    "No Simplified Chinese font is installed: Chinese names will print in {family}, whose characters "
    "have Japanese, Korean or Traditional shapes. Install Noto Sans CJK SC (or Microsoft YaHei) for "
    "Simplified Chinese.",
)
NO_URDU = QT_TRANSLATE_NOOP(
    "Fonts",
    "The Urdu font {family} that comes with the program could not be loaded: Urdu names may print "
    "unjoined or as boxes. Reinstall the program.",
)


def font_report(available: Iterable[str] | None = None, bundled: dict[str, str] | None = None) -> FontReport:
    """Check the fonts printing needs. *available* (installed families) and *bundled* (file name ->
    family, as :func:`register_bundled` gives) are for tests that simulate a missing font."""
    have = set(installed_families() if available is None else available)
    loaded = register_bundled() if bundled is None else bundled
    problems: list[FontProblem] = []
    chinese = chinese_family(have)
    if chinese is None:
        other = next((family for family in OTHER_CJK_FAMILIES if family in have), None)
        if other is None:
            problems.append(FontProblem(Script.HAN, NO_CHINESE))
        else:
            problems.append(FontProblem(Script.HAN, OTHER_CHINESE, other))
    for family, files in ((URDU, BUNDLED_FILES[:2]), (NASKH, BUNDLED_FILES[2:])):
        if family not in have or any(loaded.get(name) != family for name in files):
            problems.append(FontProblem(Script.ARABIC, NO_URDU, family))
    return FontReport(tuple(problems), chinese)


def script_of(text: str) -> Script:
    """The script a text is mostly printed in: Arabic script or Han if it holds any such letter
    (a name is one script; Latin digits beside them do not change the font), else Latin."""
    han = False
    for char in text:
        code = ord(char)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            return Script.ARABIC
        if not han and (
            0x4E00 <= code <= 0x9FFF
            or 0x3400 <= code <= 0x4DBF
            or 0x20000 <= code <= 0x2FA1F
            or 0x3000 <= code <= 0x303F
            or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF
        ):
            han = True
    return Script.HAN if han else Script.LATIN


def is_right_to_left(text: str) -> bool:
    """Whether *text*'s first strong character is right to left (its paragraph direction)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def families_for(script: Script, *, compact: bool = False) -> list[str]:
    """The family fallback list for a script, with the chosen family first."""
    register_bundled()
    chinese = chinese_family() or next((f for f in OTHER_CJK_FAMILIES if f in installed_families()), None)
    latin = latin_family()
    arabic = [NASKH, URDU] if compact else [URDU, NASKH]
    if script is Script.HAN:
        order = [chinese, latin, *arabic]
    elif script is Script.ARABIC:
        order = [*arabic, latin, chinese]
    else:
        order = [latin, chinese, *arabic]
    return [family for family in order if family]


def font_for(text: str, point_size: float, *, bold: bool = False, compact: bool = False) -> QFont:
    """The font to print *text* in at *point_size* points (see the module's notes)."""
    return script_font(script_of(text), point_size, bold=bold, compact=compact)


def script_font(script: Script, point_size: float, *, bold: bool = False, compact: bool = False) -> QFont:
    font = QFont()
    families = families_for(script, compact=compact)
    if families:
        font.setFamily(families[0])
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
