"""Every country and every province of the alliance's countries reads in Chinese and in Urdu."""

from __future__ import annotations

import unicodedata

import pycountry
import pytest

from tvet_alliance.domain import values


def _script(text: str, script: str) -> bool:
    return any(script in unicodedata.name(ch, "") for ch in text)


#: The countries whose provinces the window offers in its province filter, and the sample data uses.
ALLIANCE_COUNTRIES = ("CN", "PK")


@pytest.mark.parametrize(("language", "script"), [("zh_CN", "CJK"), ("ur_PK", "ARABIC")])
def test_every_country_has_a_name_in_the_language(language: str, script: str) -> None:
    missing = [
        f"{c.alpha_2} {values.country_name(c.alpha_2, language)}"
        for c in pycountry.countries
        if not _script(values.country_name(c.alpha_2, language), script)
    ]
    assert not missing, missing


@pytest.mark.parametrize(("language", "script"), [("zh_CN", "CJK"), ("ur_PK", "ARABIC")])
def test_every_province_of_the_alliance_countries_has_a_name_in_the_language(
    language: str, script: str
) -> None:
    missing = [
        f"{s.code} {values.province_name(s.code, language)}"
        for country in ALLIANCE_COUNTRIES
        for s in pycountry.subdivisions.get(country_code=country) or []
        if not _script(values.province_name(s.code, language), script)
    ]
    assert not missing, missing


def test_the_names_seen_in_the_issue() -> None:
    assert values.country_name("CN", "ur_PK") == "چین"
    assert values.province_name("PK-BA", "zh_CN") == "俾路支省"
    assert values.province_name("PK-KP", "zh_CN") == "开伯尔-普赫图赫瓦省"
    assert values.province_name("PK-SD", "zh_CN") == "信德省"
    assert values.province_name("PK-PB", "zh_CN") == "旁遮普省"  # our list corrects iso-codes' 旁遮普邦
    # English keeps the short ISO names.
    assert values.country_name("CN", "en_US") == "China"
    assert values.province_name("PK-BA", "en_US") == "Balochistan"
    assert values.province_name("CN-CQ", "en_US") == "Chongqing"
