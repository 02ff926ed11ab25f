"""What each import kind can fill, and the column names partners use for it.

A field's ``synonyms`` are header names in English, Chinese and Urdu; matching ignores case, spaces,
punctuation and a trailing "(optional)"-like remark in brackets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum, StrEnum

from tvet_alliance.domain import enums
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


class ImportKind(StrEnum):
    PARTNERS = "partners"
    PEOPLE = "people"
    DELEGATES = "delegates"
    ENTRIES = "entries"


class Parse(StrEnum):
    TEXT = "text"
    DATE = "date"
    DECIMAL = "decimal"
    INT = "int"
    COUNTRY = "country"
    PROVINCE = "province"
    CHOICE = "choice"
    LIST = "list"  # several values in one cell (team members, aliases)


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    synonyms: tuple[str, ...]
    parse: Parse = Parse.TEXT
    required: bool = False
    choices: type[Enum] | None = None
    limit: int = 300


def _f(
    key: str,
    label: str,
    *synonyms: str,
    parse: Parse = Parse.TEXT,
    required: bool = False,
    choices: type[Enum] | None = None,
    limit: int = 300,
) -> ImportField:
    return ImportField(key, label, synonyms, parse, required, choices, limit)


_ORG_NAME = _f(
    "organization",
    QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
    "organization", "organisation", "institution", "institute", "college", "university", "company",
    "employer", "affiliation", "unit", "school", "department", "organization name", "organisation name",
    "institution name", "institute name", "college name", "school name", "company name", "单位", "工作单位", "所在单位", "院校",
    "院校名称", "学校", "学校名称", "机构", "单位名称", "企业", "ادارہ", "کالج", "تنظیم", "ادارے کا نام",
)  # fmt: skip
_PERSON_FIELDS = (
    _f("full_name", QT_TRANSLATE_NOOP("ImportFields", "Name"), "name", "full name", "fullname",
       "participant", "participant name", "delegate", "delegate name", "expert", "english name",
       "name in english", "姓名", "名字", "英文名", "英文姓名", "参会人", "参会人员", "专家姓名", "نام",
       "پورا نام", required=True, limit=200),
    _f("name_native", QT_TRANSLATE_NOOP("ImportFields", "Name in Chinese or Urdu"), "native name",
       "name (chinese)", "chinese name", "urdu name", "local name", "中文名", "中文姓名", "اردو نام",
       "نام اردو", limit=200),
    _ORG_NAME,
    _f("position", QT_TRANSLATE_NOOP("ImportFields", "Position"), "position", "title", "job title",
       "designation", "post", "role in organisation", "职务", "职位", "职称", "عہدہ", limit=200),
    _f("email", QT_TRANSLATE_NOOP("ImportFields", "E-mail"), "email", "e-mail", "mail", "email address",
       "邮箱", "电子邮箱", "电子邮件", "邮件", "ای میل", limit=254),
    _f("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), "phone", "mobile", "mobile no", "cell",
       "cell no", "contact", "contact no", "telephone", "tel", "phone number", "手机", "手机号", "手机号码",
       "电话", "联系电话", "联系方式", "موبائل", "فون", "رابطہ نمبر", limit=40),
    _f("wechat_id", QT_TRANSLATE_NOOP("ImportFields", "WeChat"), "wechat", "wechat id", "weixin", "微信",
       "微信号", limit=100),
    _f("whatsapp", QT_TRANSLATE_NOOP("ImportFields", "WhatsApp"), "whatsapp", "whatsapp no", "whats app",
       "واٹس ایپ", limit=40),
    _f("nationality", QT_TRANSLATE_NOOP("ImportFields", "Nationality"), "nationality", "country",
       "国籍", "国家", "قومیت", "ملک", parse=Parse.COUNTRY),
    _f("gender", QT_TRANSLATE_NOOP("ImportFields", "Gender"), "gender", "sex", "性别", "جنس",
       parse=Parse.CHOICE, choices=enums.Gender),
)  # fmt: skip

FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.PARTNERS: (
        _f(
            "name_en",
            QT_TRANSLATE_NOOP("ImportFields", "Name in English"),
            "name",
            "name in english",
            "english name",
            "institution",
            "institution name",
            "organization",
            "organisation",
            "partner",
            "college",
            "英文名称",
            "英文名",
            "机构英文名称",
            "院校英文名称",
            "نام انگریزی",
            "ادارہ",
            required=True,
        ),
        _f(
            "name_native",
            QT_TRANSLATE_NOOP("ImportFields", "Name in Chinese or Urdu"),
            "native name",
            "chinese name",
            "urdu name",
            "local name",
            "院校名称",
            "单位名称",
            "机构名称",
            "名称",
            "中文名称",
            "学校名称",
            "اردو نام",
            "ادارے کا نام",
        ),
        _f(
            "short_name",
            QT_TRANSLATE_NOOP("ImportFields", "Short name"),
            "short name",
            "abbreviation",
            "acronym",
            "简称",
            "缩写",
            "مخفف",
            limit=100,
        ),
        _f(
            "country",
            QT_TRANSLATE_NOOP("ImportFields", "Country"),
            "country",
            "国家",
            "国别",
            "ملک",
            parse=Parse.COUNTRY,
            required=True,
        ),
        _f(
            "province",
            QT_TRANSLATE_NOOP("ImportFields", "Province"),
            "province",
            "state",
            "region",
            "省份",
            "省",
            "地区",
            "所在省份",
            "صوبہ",
            parse=Parse.PROVINCE,
        ),
        _f(
            "city",
            QT_TRANSLATE_NOOP("ImportFields", "City"),
            "city",
            "town",
            "城市",
            "所在城市",
            "شہر",
            limit=100,
        ),
        _f(
            "org_type",
            QT_TRANSLATE_NOOP("ImportFields", "Type"),
            "type",
            "category",
            "institution type",
            "类型",
            "机构类型",
            "院校类型",
            "قسم",
            parse=Parse.CHOICE,
            choices=enums.OrgType,
        ),
        _f(
            "alliance_role",
            QT_TRANSLATE_NOOP("ImportFields", "Role in the alliance"),
            "role",
            "alliance role",
            "联盟职务",
            "联盟角色",
            "角色",
            parse=Parse.CHOICE,
            choices=enums.AllianceRole,
        ),
        _f(
            "membership_status",
            QT_TRANSLATE_NOOP("ImportFields", "Membership"),
            "membership",
            "membership status",
            "status",
            "会员状态",
            "状态",
            parse=Parse.CHOICE,
            choices=enums.MembershipStatus,
        ),
        _f(
            "joined_on",
            QT_TRANSLATE_NOOP("ImportFields", "Joined on"),
            "joined",
            "joined on",
            "date joined",
            "加入日期",
            "入盟日期",
            parse=Parse.DATE,
        ),
        _f(
            "website",
            QT_TRANSLATE_NOOP("ImportFields", "Website"),
            "website",
            "web",
            "url",
            "网址",
            "网站",
            "ویب سائٹ",
        ),
        _f(
            "email",
            QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
            "email",
            "e-mail",
            "邮箱",
            "电子邮箱",
            "ای میل",
            limit=254,
        ),
        _f(
            "phone",
            QT_TRANSLATE_NOOP("ImportFields", "Phone"),
            "phone",
            "telephone",
            "tel",
            "电话",
            "联系电话",
            "فون",
            limit=40,
        ),
        _f(
            "address",
            QT_TRANSLATE_NOOP("ImportFields", "Address"),
            "address",
            "地址",
            "通讯地址",
            "پتہ",
            limit=1000,
        ),
        _f(
            "aliases",
            QT_TRANSLATE_NOOP("ImportFields", "Other names"),
            "aliases",
            "other names",
            "also known as",
            "aka",
            "别名",
            "曾用名",
            parse=Parse.LIST,
            limit=1000,
        ),
        _f(
            "notes",
            QT_TRANSLATE_NOOP("ImportFields", "Notes"),
            "notes",
            "remarks",
            "comment",
            "备注",
            "说明",
            "نوٹس",
            "ریمارکس",
            limit=5000,
        ),
    ),
    ImportKind.PEOPLE: (
        *_PERSON_FIELDS,
        _f(
            "notes",
            QT_TRANSLATE_NOOP("ImportFields", "Notes"),
            "notes",
            "remarks",
            "备注",
            "نوٹس",
            limit=5000,
        ),
    ),
    ImportKind.DELEGATES: (
        *_PERSON_FIELDS,
        _f(
            "role",
            QT_TRANSLATE_NOOP("ImportFields", "Role"),
            "role",
            "participant type",
            "category",
            "身份",
            "参会身份",
            "类别",
            "کردار",
            parse=Parse.CHOICE,
            choices=enums.ParticipationRole,
        ),
        _f(
            "attendance_mode",
            QT_TRANSLATE_NOOP("ImportFields", "Attendance"),
            "attendance",
            "mode",
            "attendance mode",
            "participation mode",
            "online/in person",
            "online / offline",
            "参会方式",
            "参会形式",
            "方式",
            "线上/线下",
            "شرکت کا طریقہ",
            "طریقہ",
            parse=Parse.CHOICE,
            choices=enums.AttendanceMode,
        ),
        _f(
            "status",
            QT_TRANSLATE_NOOP("ImportFields", "Status"),
            "status",
            "registration status",
            "状态",
            "报名状态",
            "حیثیت",
            parse=Parse.CHOICE,
            choices=enums.ParticipationStatus,
        ),
        _f(
            "notes",
            QT_TRANSLATE_NOOP("ImportFields", "Notes"),
            "notes",
            "remarks",
            "备注",
            "نوٹس",
            limit=5000,
        ),
    ),
    ImportKind.ENTRIES: (
        _f(
            "track",
            QT_TRANSLATE_NOOP("ImportFields", "Skill track"),
            "track",
            "skill",
            "skill track",
            "event",
            "competition event",
            "trade",
            "赛项",
            "赛道",
            "项目",
            "比赛项目",
            "مہارت",
            required=True,
            limit=200,
        ),
        _f(
            "team_name",
            QT_TRANSLATE_NOOP("ImportFields", "Team"),
            "team",
            "team name",
            "队名",
            "团队",
            "参赛队",
            "ٹیم",
            limit=200,
        ),
        _f(
            "members",
            QT_TRANSLATE_NOOP("ImportFields", "Members"),
            "members",
            "competitor",
            "competitors",
            "contestant",
            "contestants",
            "participant",
            "participants",
            "name",
            "names",
            "选手",
            "参赛选手",
            "选手姓名",
            "队员",
            "姓名",
            "ارکان",
            "نام",
            parse=Parse.LIST,
            required=True,
            limit=2000,
        ),
        _ORG_NAME,
        _f(
            "country",
            QT_TRANSLATE_NOOP("ImportFields", "Country"),
            "country",
            "国家",
            "ملک",
            parse=Parse.COUNTRY,
        ),
        _f(
            "score",
            QT_TRANSLATE_NOOP("ImportFields", "Score"),
            "score",
            "points",
            "marks",
            "result",
            "成绩",
            "分数",
            "得分",
            "نمبر",
            parse=Parse.DECIMAL,
        ),
        _f(
            "medal",
            QT_TRANSLATE_NOOP("ImportFields", "Medal"),
            "medal",
            "award",
            "prize",
            "奖项",
            "奖牌",
            "获奖",
            "تمغہ",
            parse=Parse.CHOICE,
            choices=enums.Medal,
        ),
        _f(
            "status",
            QT_TRANSLATE_NOOP("ImportFields", "Status"),
            "status",
            "状态",
            parse=Parse.CHOICE,
            choices=enums.EntryStatus,
        ),
        _f("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"), "notes", "remarks", "备注", limit=5000),
    ),
}

KIND_LABELS = {
    ImportKind.PARTNERS: QT_TRANSLATE_NOOP("ImportKinds", "Partners"),
    ImportKind.PEOPLE: QT_TRANSLATE_NOOP("ImportKinds", "People"),
    ImportKind.DELEGATES: QT_TRANSLATE_NOOP("ImportKinds", "Delegates of an event"),
    ImportKind.ENTRIES: QT_TRANSLATE_NOOP("ImportKinds", "Entries of a competition"),
}


_REMARK = re.compile(r"[(（\[【].*?[)）\]】]")
_PUNCT = re.compile(r"[\s_\-.:：/\\*#·•'\"]+")


def header_key(name: str) -> str:
    """A header name reduced for comparison: case, width, spaces, punctuation and bracketed remarks
    ("手机（必填）", "E-mail *") do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    stripped = _REMARK.sub("", text)
    text = stripped if stripped.strip() else text
    return _PUNCT.sub("", text)


LIST_SEPARATORS = re.compile(r"\s*[;；、,，/|\n]\s*")


def split_list(text: str) -> list[str]:
    return [part for part in LIST_SEPARATORS.split(text) if part]
