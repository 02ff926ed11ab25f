"""Turning the text partners type into our values: dates, decimals, countries, provinces and
choices, in English, Chinese and Urdu. Each parser returns the value or raises :class:`BadValue`
with a translatable message."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import Any

import pycountry

from tvet_alliance.domain import enums
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.spreadsheet import unneutralise
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


class BadValue(CodedError):
    """A cell that does not read as what its column holds."""

    context = "Import"


MSG_DATE = QT_TRANSLATE_NOOP(
    "Import", "{value} is not a date (for example 2024-06-25, 25.06.2024 or 2024年6月25日)."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("Import", "{value} is not a number.")
MSG_COUNTRY = QT_TRANSLATE_NOOP(
    "Import", "{value} is not a country we know (write it in English or Chinese, or as a code like PK)."
)
MSG_PROVINCE = QT_TRANSLATE_NOOP("Import", "{value} is not a province of {country}.")
MSG_CHOICE = QT_TRANSLATE_NOOP("Import", "{value} is not one of: {choices}.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Import", "The text is {length} characters long; at most {limit} fit.")


def clean_text(value: str) -> str:
    """A cell as text: our export's ``'`` before a formula character removed, spaces trimmed and
    Unicode in its composed form (an Urdu or Chinese name typed on two systems compares equal)."""
    return unicodedata.normalize("NFC", unneutralise(value).strip())


# --- dates and numbers -----------------------------------------------------------------------------

_CJK_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_TEXT_DATE = re.compile(
    r"^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$|^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$"
)


def parse_date(text: str) -> date:
    """2024-06-25, 2024/6/25, 25.06.2024, 25/06/2024 (day first, as in Pakistan and Europe),
    2024年6月25日, 25 Jun 2024, June 25, 2024, or an Excel day number."""
    value = text.strip()
    try:
        if m := _CJK_DATE.match(value) or _YMD.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(value):
            day, month = int(m[1]), int(m[2])
            if month > 12 and day <= 12:  # 06/25/2024 from a US-set Excel
                day, month = month, day
            return date(int(m[3]), month, day)
        if m := _TEXT_DATE.match(value):
            if m[1]:
                day, month_name, year = int(m[1]), m[2], int(m[3])
            else:
                month_name, day, year = m[4], int(m[5]), int(m[6])
            named = _MONTHS.get(month_name.lower())
            if named:
                return date(year, named, day)
        if value.isdigit() and 20000 < int(value) < 80000:  # an Excel serial day
            return date(1899, 12, 30) + timedelta(days=int(value))
    except ValueError:
        pass
    raise BadValue("date", MSG_DATE, value=value)


def parse_decimal(text: str) -> Decimal:
    """12.5, 12,5 (comma decimals), 1.234,5, 1,234.5 or 1 234,5."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif value.count(",") == 1:
        value = value.replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue("number", MSG_NUMBER, value=text.strip()) from None
    if not number.is_finite():
        raise BadValue("number", MSG_NUMBER, value=text.strip())
    return number


def parse_int(text: str) -> int:
    number = parse_decimal(text)
    if number != number.to_integral_value():
        raise BadValue("number", MSG_NUMBER, value=text.strip())
    return int(number)


# --- countries and provinces -----------------------------------------------------------------------

_COUNTRY_NAMES = {
    "中国": "CN",
    "中华人民共和国": "CN",
    "china": "CN",
    "prc": "CN",
    "چین": "CN",
    "巴基斯坦": "PK",
    "巴基斯坦伊斯兰共和国": "PK",
    "pakistan": "PK",
    "پاکستان": "PK",
    "俄罗斯": "RU",
    "哈萨克斯坦": "KZ",
    "乌兹别克斯坦": "UZ",
    "泰国": "TH",
    "马来西亚": "MY",
    "印度尼西亚": "ID",
    "柬埔寨": "KH",
    "老挝": "LA",
    "越南": "VN",
    "英国": "GB",
    "美国": "US",
    "德国": "DE",
    "埃及": "EG",
    "沙特阿拉伯": "SA",
    "阿联酋": "AE",
    "孟加拉国": "BD",
    "斯里兰卡": "LK",
    "尼泊尔": "NP",
    "阿富汗": "AF",
    "伊朗": "IR",
    "土耳其": "TR",
}

_CN_PROVINCES = {
    "北京": "BJ", "天津": "TJ", "河北": "HE", "山西": "SX", "内蒙古": "NM", "辽宁": "LN", "吉林": "JL",
    "黑龙江": "HL", "上海": "SH", "江苏": "JS", "浙江": "ZJ", "安徽": "AH", "福建": "FJ", "江西": "JX",
    "山东": "SD", "河南": "HA", "湖北": "HB", "湖南": "HN", "广东": "GD", "广西": "GX", "海南": "HI",
    "重庆": "CQ", "四川": "SC", "贵州": "GZ", "云南": "YN", "西藏": "XZ", "陕西": "SN", "甘肃": "GS",
    "青海": "QH", "宁夏": "NX", "新疆": "XJ", "台湾": "TW", "香港": "HK", "澳门": "MO",
}  # fmt: skip
_PK_PROVINCES = {
    "旁遮普": "PB", "پنجاب": "PB", "punjab": "PB",
    "信德": "SD", "سندھ": "SD", "sindh": "SD",
    "开伯尔-普赫图赫瓦": "KP", "开伯尔普什图": "KP", "خیبر پختونخوا": "KP", "kpk": "KP", "kp": "KP",
    "khyber pakhtunkhwa": "KP",
    "俾路支": "BA", "بلوچستان": "BA", "balochistan": "BA", "baluchistan": "BA",
    "伊斯兰堡": "IS", "اسلام آباد": "IS", "islamabad": "IS", "ict": "IS",
    "吉尔吉特-巴尔蒂斯坦": "GB", "گلگت بلتستان": "GB", "gilgit-baltistan": "GB", "gilgit baltistan": "GB",
    "阿扎德克什米尔": "JK", "آزاد کشمیر": "JK", "azad kashmir": "JK", "ajk": "JK", "azad jammu and kashmir": "JK",
}  # fmt: skip
_CN_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_EN_SUFFIXES = (" province", " sheng", " shi", " zizhiqu", " municipality", " autonomous region", " sar")


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("_", " ").split())


@lru_cache(maxsize=4096)
def parse_country(text: str) -> str:
    value = _key(text)
    if value.upper() in _ALPHA2:
        return value.upper()
    if value in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[value]
    for attr in ("alpha_3", "name", "official_name", "common_name"):
        for c in pycountry.countries:
            if _key(str(getattr(c, attr, "") or "")) == value:
                return str(c.alpha_2)
    raise BadValue("country", MSG_COUNTRY, value=text.strip())


_ALPHA2 = frozenset(str(c.alpha_2) for c in pycountry.countries)


@lru_cache(maxsize=4096)
def parse_province(text: str, country: str | None) -> str:
    """An ISO 3166-2 code from a code, or a name in English, Chinese or Urdu."""
    value = _key(text)
    if not country:
        raise BadValue("province", MSG_PROVINCE, value=text.strip(), country="?")
    subdivisions = list(pycountry.subdivisions.get(country_code=country) or [])
    codes = {str(s.code).upper(): str(s.code) for s in subdivisions}
    if value.upper() in codes:
        return codes[value.upper()]
    if f"{country}-{value.upper()}" in codes:
        return codes[f"{country}-{value.upper()}"]
    stripped = value
    for suffix in _CN_SUFFIXES:
        if stripped.endswith(suffix) and len(stripped) > len(suffix):
            stripped = stripped[: -len(suffix)]
            break
    for suffix in _EN_SUFFIXES:
        if stripped.endswith(suffix):
            stripped = stripped[: -len(suffix)]
    local = {"CN": _CN_PROVINCES, "PK": _PK_PROVINCES}.get(country, {})
    for candidate in (value, stripped):
        if candidate in local and f"{country}-{local[candidate]}" in codes:
            return codes[f"{country}-{local[candidate]}"]
    for s in subdivisions:
        name = _key(str(s.name))
        base = name
        for suffix in _EN_SUFFIXES:
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        if stripped in (name, base) or value in (name, base):
            return str(s.code)
    raise BadValue("province", MSG_PROVINCE, value=text.strip(), country=country)


# --- choices ---------------------------------------------------------------------------------------

#: Words partners use for our choices, beside the value itself and its English label.
CHOICE_SYNONYMS: dict[type[Enum], dict[str, str]] = {
    enums.AttendanceMode: {
        "线上": "online", "在线": "online", "网络": "online", "远程": "online", "视频": "online", "云端": "online",
        "online": "online", "virtual": "online", "remote": "online", "zoom": "online", "web": "online",
        "آن لائن": "online", "آنلائن": "online", "ورچوئل": "online",
        "线下": "in_person", "现场": "in_person", "到场": "in_person", "实地": "in_person", "参会": "in_person",
        "in person": "in_person", "in-person": "in_person", "physical": "in_person", "onsite": "in_person",
        "on-site": "in_person", "on site": "in_person", "offline": "in_person", "face to face": "in_person",
        "f2f": "in_person", "حاضر": "in_person", "بالمشافہ": "in_person", "فزیکل": "in_person",
    },
    enums.Medal: {
        "金": "gold", "金牌": "gold", "一等奖": "gold", "银": "silver", "银牌": "silver", "二等奖": "silver",
        "铜": "bronze", "铜牌": "bronze", "三等奖": "bronze", "优秀奖": "excellence", "优胜奖": "excellence",
        "excellence": "excellence", "merit": "excellence", "无": "none", "-": "none", "none": "none",
        "no": "none", "طلائی": "gold", "سونے": "gold", "چاندی": "silver", "کانسی": "bronze",
    },
    enums.OrgType: {
        "职业院校": "tvet_college", "职业学院": "tvet_college", "高职": "tvet_college", "中职": "tvet_college",
        "技师学院": "tvet_college", "college": "tvet_college", "tvet": "tvet_college", "institute": "tvet_college",
        "大学": "university", "university": "university", "本科": "university",
        "企业": "enterprise", "公司": "enterprise", "company": "enterprise", "industry": "enterprise",
        "政府": "government_authority", "主管部门": "government_authority", "authority": "government_authority",
        "government": "government_authority", "协会": "association", "association": "association",
        "polytechnic": "polytechnic", "理工": "polytechnic", "ngo": "ngo", "其他": "other",
    },
    enums.ParticipationRole: {
        "嘉宾": "speaker", "发言人": "speaker", "主讲": "speaker", "代表": "delegate", "参会代表": "delegate",
        "官员": "official", "观察员": "observer", "组织者": "organizer", "裁判": "judge", "评委": "judge",
        "专家": "expert", "选手": "competitor", "参赛选手": "competitor", "工作人员": "staff",
        "participant": "delegate", "attendee": "delegate", "guest": "delegate",
    },
    enums.ParticipationStatus: {
        "已报名": "registered", "报名": "registered", "已确认": "confirmed", "确认": "confirmed",
        "已签到": "attended", "签到": "attended", "出席": "attended", "present": "attended",
        "缺席": "no_show", "absent": "no_show", "取消": "cancelled", "邀请": "invited",
    },
    enums.EntryStatus: {"已参赛": "competed", "参赛": "competed", "退赛": "withdrawn", "取消资格": "disqualified"},
    enums.Gender: {"男": "male", "女": "female", "m": "male", "f": "female", "مرد": "male", "عورت": "female", "خاتون": "female"},
    enums.AllianceRole: {"理事长": "chair", "主席": "chair", "副理事长": "vice_chair", "成员": "member", "会员": "member", "观察员": "observer"},
    enums.MembershipStatus: {"正式": "active", "在册": "active", "申请中": "prospective", "暂停": "suspended", "退出": "withdrawn"},
}  # fmt: skip


def parse_choice(enum: type[Enum], text: str) -> Any:
    value = _key(text)
    for member in enum:
        if value in (_key(str(member.value)), _key(str(getattr(member, "label", member.value)))):
            return member
        if value == _key(str(member.value).replace("_", " ")):
            return member
    synonym = CHOICE_SYNONYMS.get(enum, {}).get(value)
    if synonym is not None:
        return enum(synonym)
    choices = ", ".join(str(getattr(m, "label", m.value)) for m in enum)
    # "enum" lets a screen list the choices in its own language
    raise BadValue("choice", MSG_CHOICE, value=text.strip(), choices=choices, enum=enum.__name__)


def too_long(text: str, limit: int) -> None:
    if len(text) > limit:
        raise BadValue("too_long", MSG_TOO_LONG, length=len(text), limit=limit)
