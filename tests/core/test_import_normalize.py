"""Parsing what partners type: dates, decimals, countries, provinces, choices and our own export's
formula-injection prefix (services.importing.normalize)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tvet_alliance.domain.enums import AttendanceMode, Medal, OrgType
from tvet_alliance.services.importing.normalize import (
    BadValue,
    clean_text,
    parse_choice,
    parse_country,
    parse_date,
    parse_decimal,
    parse_province,
)

JUNE_25 = date(2024, 6, 25)


@pytest.mark.parametrize(
    "text",
    [
        "2024-06-25",
        "2024/6/25",
        "25.06.2024",
        "25/06/2024",
        "06/25/2024",  # a US-set Excel: the month cannot be 25
        "2024年6月25日",
        "25 Jun 2024",
        "June 25, 2024",
        "45468",  # Excel's day number
        " 2024-06-25 ",
    ],
)
def test_dates(text: str) -> None:
    assert parse_date(text) == JUNE_25


@pytest.mark.parametrize(
    "text", ["", "yesterday", "2024-13-40", "31.02.2024", "25 Foo 2024", "12345", "2024年"]
)
def test_bad_dates(text: str) -> None:
    with pytest.raises(BadValue) as exc:
        parse_date(text)
    assert exc.value.code == "date"
    assert text.strip() in str(exc.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", Decimal("12.5")),
        ("12.5", Decimal("12.5")),
        ("1.234,5", Decimal("1234.5")),
        ("1,234.5", Decimal("1234.5")),
        ("1 234,5", Decimal("1234.5")),
        ("93", Decimal("93")),
    ],
)
def test_decimals(text: str, expected: Decimal) -> None:
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "", "1,2,3"])
def test_bad_decimals(text: str) -> None:
    with pytest.raises(BadValue) as exc:
        parse_decimal(text)
    assert exc.value.code == "number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国", "CN"),
        ("China", "CN"),
        ("巴基斯坦", "PK"),
        ("Pakistan", "PK"),
        ("pk", "PK"),
        ("PAK", "PK"),
        ("پاکستان", "PK"),
        (" pakistan ", "PK"),
    ],
)
def test_countries(text: str, expected: str) -> None:
    assert parse_country(text) == expected


@pytest.mark.parametrize("text", ["Atlantis", "XX", "火星"])
def test_bad_countries(text: str) -> None:
    with pytest.raises(BadValue) as exc:
        parse_country(text)
    assert exc.value.code == "country"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("重庆", "CN", "CN-CQ"),
        ("重庆市", "CN", "CN-CQ"),
        ("四川省", "CN", "CN-SC"),
        ("Chongqing", "CN", "CN-CQ"),
        ("CN-CQ", "CN", "CN-CQ"),
        ("cq", "CN", "CN-CQ"),
        ("旁遮普", "PK", "PK-PB"),
        ("Punjab", "PK", "PK-PB"),
        ("پنجاب", "PK", "PK-PB"),
        ("KPK", "PK", "PK-KP"),
        ("Khyber Pakhtunkhwa", "PK", "PK-KP"),
        ("Sindh", "PK", "PK-SD"),
    ],
)
def test_provinces(text: str, country: str, expected: str) -> None:
    assert parse_province(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [("重庆", "PK"), ("Punjab", "CN"), ("CN-CQ", "PK"), ("Narnia", "PK"), ("Punjab", None)],
)
def test_bad_provinces(text: str, country: str | None) -> None:
    with pytest.raises(BadValue) as exc:
        parse_province(text, country)
    assert exc.value.code == "province"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("线上", AttendanceMode.ONLINE),
        ("线下", AttendanceMode.IN_PERSON),
        ("online", AttendanceMode.ONLINE),
        ("Online", AttendanceMode.ONLINE),
        ("In person", AttendanceMode.IN_PERSON),
        ("in_person", AttendanceMode.IN_PERSON),
        ("Physical", AttendanceMode.IN_PERSON),
        ("Virtual", AttendanceMode.ONLINE),
        ("آن لائن", AttendanceMode.ONLINE),
    ],
)
def test_attendance_mode(text: str, expected: AttendanceMode) -> None:
    assert parse_choice(AttendanceMode, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金牌", Medal.GOLD),
        ("Gold", Medal.GOLD),
        ("gold", Medal.GOLD),
        ("银牌", Medal.SILVER),
        ("铜牌", Medal.BRONZE),
    ],
)
def test_medal(text: str, expected: Medal) -> None:
    assert parse_choice(Medal, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("university", OrgType.UNIVERSITY),
        ("大学", OrgType.UNIVERSITY),
        ("企业", OrgType.ENTERPRISE),
        ("Polytechnic", OrgType.POLYTECHNIC),
        ("tvet_college", OrgType.TVET_COLLEGE),
        ("Government", OrgType.GOVERNMENT_AUTHORITY),
    ],
)
def test_org_type(text: str, expected: OrgType) -> None:
    assert parse_choice(OrgType, text) is expected


@pytest.mark.parametrize("enum", [AttendanceMode, Medal, OrgType])
def test_bad_choice(enum: type) -> None:
    with pytest.raises(BadValue) as exc:
        parse_choice(enum, "maybe")
    assert exc.value.code == "choice"
    assert "maybe" in str(exc.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'=cmd", "=cmd"),
        ("'+92 300 1234567", "+92 300 1234567"),
        ("'-5", "-5"),
        ("'@home", "@home"),
        ("'abc", "'abc"),
        ("'", "'"),
        ("  Ali Khan  ", "Ali Khan"),
        ("=cmd", "=cmd"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_clean_text_composes_unicode() -> None:
    assert clean_text("Cafe\u0301") == "Caf\u00e9"
