"""The colours of the program's own meanings, one palette for the window and for printing.

Keyed by the domain's codes (:class:`~tvet_alliance.domain.enums.Medal`, the agreement
:class:`~tvet_alliance.domain.rules.Expiry`), never by a translated label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.rules import Expiry


@dataclass(frozen=True)
class Swatch:
    """A medal's colours: *fill* for areas (chart bars, badges, certificate seals), *ink* for text on
    a white background (dark enough to read: contrast of at least 4.5 : 1), None when it has none."""

    fill: QColor
    ink: QColor | None


MEDALS: dict[Medal, Swatch] = {
    Medal.GOLD: Swatch(QColor("#d4a017"), QColor("#8a6700")),
    Medal.SILVER: Swatch(QColor("#9ca3af"), QColor("#6b7280")),
    Medal.BRONZE: Swatch(QColor("#b87333"), QColor("#9a5b2a")),
    Medal.EXCELLENCE: Swatch(QColor("#3b82f6"), QColor("#2563eb")),
    Medal.NONE: Swatch(QColor("#d1d5db"), None),
}

#: The background of an agreement's row that ends soon, or is still in force after its end.
EXPIRY_BACKGROUNDS: dict[Expiry, QColor] = {
    Expiry.SOON: QColor("#fff4d6"),
    Expiry.LAPSED: QColor("#fde2e1"),
}


#: The background of an entry's rank and medal when its medal contradicts the ranking (domain.rules).
MEDAL_CHECK_BACKGROUND = QColor("#ffe8cc")


def medal(code: Medal | str) -> Swatch:
    """The swatch of a medal, from the :class:`Medal` or its stored code (``"gold"``)."""
    return MEDALS[Medal(str(getattr(code, "value", code)))]
