"""The colours of the program's own meanings, one palette for the window and for printing.

Keyed by the domain's codes (:class:`~tvet_alliance.domain.enums.Medal`, a participation's role, the agreement
:class:`~tvet_alliance.domain.rules.Expiry`), never by a translated label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from tvet_alliance.domain.enums import Medal, ParticipationRole
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


#: A role's band on a badge: *fill* for the band, *ink* for the role's name written on it (a contrast
#: of at least 4.5 : 1 with the fill). Keyed by the stored role code, never by its translated label.
ROLES: dict[ParticipationRole, Swatch] = {
    ParticipationRole.DELEGATE: Swatch(QColor("#1d4ed8"), QColor("#ffffff")),
    ParticipationRole.SPEAKER: Swatch(QColor("#b91c1c"), QColor("#ffffff")),
    ParticipationRole.OFFICIAL: Swatch(QColor("#6d28d9"), QColor("#ffffff")),
    ParticipationRole.OBSERVER: Swatch(QColor("#4b5563"), QColor("#ffffff")),
    ParticipationRole.ORGANIZER: Swatch(QColor("#047857"), QColor("#ffffff")),
    ParticipationRole.JUDGE: Swatch(QColor("#b45309"), QColor("#ffffff")),
    ParticipationRole.EXPERT: Swatch(QColor("#0e7490"), QColor("#ffffff")),
    ParticipationRole.COMPETITOR: Swatch(QColor("#facc15"), QColor("#111827")),
    ParticipationRole.STAFF: Swatch(QColor("#111827"), QColor("#ffffff")),
}


def role(code: ParticipationRole | str) -> Swatch:
    """The band of a role, from the :class:`ParticipationRole` or its stored code (``"speaker"``)."""
    return ROLES[ParticipationRole(str(getattr(code, "value", code)))]
