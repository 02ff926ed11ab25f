"""The Detect page's side-by-side comparison of code pages, and how its preview shows control
characters. The comparison: when another single-byte code page
would read some words of the file differently ("Muñoz" in Windows-1252, "Muńoz" in Windows-1250),
the words as read now and as each alternative reads them, the differing characters highlighted,
and one button (or Alt+1, Alt+2, …) per alternative to read the file that way."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tvet_alliance.services.importing.source import ENCODING_REGIONS, Detection, encoding_name

#: Words shown per code page: enough to judge, few enough to leave room for the preview.
SHOWN_WORDS = 3
_MARK = '<span style="background-color:#ffe08a; color:#000000;"><b>{}</b></span>'


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ for NUL, ␋ for a vertical tab
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def shown_controls(cell: str) -> str:
    """*cell* for a preview: each control character visible (as the import warns about it)."""
    return cell if cell.isprintable() else _CONTROLS.sub(_picture, cell)


def marked(word: str, other: str) -> str:
    """*word* as rich text, the characters where it differs from *other* (as long) highlighted."""
    out = []
    for i, ch in enumerate(word):
        escaped = html.escape(ch)
        out.append(_MARK.format(escaped) if i < len(other) and other[i] != ch else escaped)
    return "".join(out)


def _title(codec: str) -> str:
    """The code page's name in bold, its region on a second line."""
    region = ENCODING_REGIONS.get(codec)
    name = f"<b>{html.escape(encoding_name(codec))}</b>"
    if region is None:
        return name
    return f"{name}<br>{html.escape(QCoreApplication.translate('Import', region))}"


class EncodingAlternatives(QWidget):
    """Hidden unless the detection has alternatives; :attr:`chosen` carries the codec picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importAlternatives")
        self.intro = QLabel()
        self.intro.setObjectName("importAlternativesIntro")
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        self.buttons: dict[str, QPushButton] = {}
        self.setVisible(False)

    def show_detection(self, detection: Detection | None) -> None:
        self._clear()
        alternatives = detection.alternatives if detection is not None and not detection.is_xlsx else ()
        self.setVisible(bool(alternatives))
        if detection is None or not alternatives:
            return
        self.intro.setText(
            self.tr(
                "Other code pages would read some words of this file differently. Look at the words: "
                "if those of another column are right, read the file that way."
            )
        )
        heading = html.escape(self.tr("As read now:"))
        now = self._label(f"{heading}<br>{_title(detection.encoding)}")
        self.grid.addWidget(now, 0, 0, Qt.AlignmentFlag.AlignBottom)
        words = alternatives[0].samples[:SHOWN_WORDS]
        for row, (word, _other) in enumerate(words, start=1):
            # Marked where any alternative reads it differently.
            others = [alt.samples[row - 1][1] for alt in alternatives if row - 1 < len(alt.samples)]
            shown = "".join(
                _MARK.format(html.escape(ch))
                if any(o[i] != ch for o in others if i < len(o))
                else html.escape(ch)
                for i, ch in enumerate(word)
            )
            self.grid.addWidget(self._label(shown, name=f"importAlternativeNow{row}"), row, 0)
        for column, alt in enumerate(alternatives, start=1):
            self.grid.addWidget(self._label(_title(alt.encoding)), 0, column, Qt.AlignmentFlag.AlignBottom)
            for row, (word, other) in enumerate(alt.samples[:SHOWN_WORDS], start=1):
                label = self._label(marked(other, word), name=f"importAlternative{column}Word{row}")
                self.grid.addWidget(label, row, column)
            caption = self.tr("Read as %1 (Alt+%2)").replace("%1", encoding_name(alt.encoding))
            button = QPushButton(caption.replace("%2", str(column)))
            button.setObjectName(f"importAlternative{column}")
            if column <= 9:
                button.setShortcut(QKeySequence(f"Alt+{column}"))
            button.clicked.connect(lambda _checked=False, codec=alt.encoding: self.chosen.emit(codec))
            self.grid.addWidget(button, len(words) + 1, column, Qt.AlignmentFlag.AlignLeft)
            self.buttons[alt.encoding] = button
        self.grid.setColumnStretch(len(alternatives) + 1, 1)

    def _label(self, content: str, *, name: str = "") -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(content)
        if name:
            label.setObjectName(name)
        return label

    def _clear(self) -> None:
        self.buttons.clear()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
