"""The one palette of the program's meanings (QtGui only, no widgets, no QApplication needed)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from tvet_alliance.domain.enums import Medal
from tvet_alliance.domain.rules import Expiry
from tvet_alliance.render import palette


def _contrast_on_white(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminance + 0.05)


def test_every_medal_and_every_expiry_has_its_colours() -> None:
    assert set(palette.MEDALS) == set(Medal)
    assert set(palette.EXPIRY_BACKGROUNDS) == set(Expiry)


@pytest.mark.parametrize("medal", [m for m in Medal if m is not Medal.NONE])
def test_a_medal_written_in_a_list_is_readable_on_white(medal: Medal) -> None:
    ink = palette.medal(medal).ink
    assert ink is not None
    assert _contrast_on_white(ink) >= 4.5  # WCAG AA for normal text


def test_a_medal_is_found_by_its_stored_code_not_its_label() -> None:
    assert palette.medal("gold") == palette.medal(Medal.GOLD)
    assert palette.medal(Medal.NONE).ink is None  # "no medal" is written in the ordinary text colour
    with pytest.raises(ValueError):
        palette.medal("Gold")  # a label (and a translated one all the more) is not a key
