"""The field catalog: for each record type, its fields, described once.

A :class:`Field` says what kind of value it holds (:mod:`tvet_alliance.domain.values`), its label
(English, translated in the one ``"Fields"`` context), whether it is required, which record type it
refers to, whether it is a personal contact detail, whether the search box looks in it and the list
shows it, and the names partners give its column in a spreadsheet (English, Chinese, Urdu). Record
forms, list columns and filters, import, export, history and conflict displays all derive from here:
adding a field to a record is the model column, its migration and one entry below.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tvet_alliance.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AllianceRole,
    AttendanceMode,
    CollaborationArea,
    ContactConsent,
    EntryStatus,
    EventKind,
    EventMode,
    Gender,
    Medal,
    MembershipStatus,
    OrgType,
    ParticipationRole,
    ParticipationStatus,
)
from tvet_alliance.domain.models import (
    Agreement,
    Competition,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
)
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Fields"  # the translation context of every field label


@dataclass(frozen=True)
class Field:
    name: str  # the model attribute
    label: str  # English, in the "Fields" context: the form's label
    kind: ValueKind = ValueKind.TEXT
    required: bool = False
    enum: type[StrEnum] | None = None
    ref: str | None = None  # the record type key a REF / REFS field points at
    default: Any = None
    # A contact detail: a "share with partners" export leaves it out unless asked for, and a
    # person's only with their consent (Person.contact_consent).
    contact: bool = False
    private: bool = False  # for the office only: a share export leaves it out unless asked for
    # The office's internal remarks (notes): a share export never carries it, even when asked for.
    internal: bool = False
    searchable: bool = False  # the list's search box looks in it
    listed: bool = False  # a column of the record's list
    column: str | None = None  # a shorter label for the list's column header ("Fields" context)
    header: str | None = None  # the import/export column name, when not the label ("Fields" context)
    key: str | None = None  # the import/export key, when not the name ("organization" for a REF)
    synonyms: tuple[str, ...] = ()  # more column names partners use (English, Chinese, Urdu)
    limit: int = 300  # the longest text an import accepts

    @property
    def shared_by_default(self) -> bool:
        """Whether a "share with partners" export carries it when no columns are chosen."""
        return not (self.contact or self.private or self.internal)

    @property
    def column_label(self) -> str:
        return self.column or self.label

    @property
    def header_label(self) -> str:
        return self.header or self.label

    @property
    def io_key(self) -> str:
        return self.key or self.name


@dataclass(frozen=True)
class Record:
    key: str  # "partner", "person", ...: the one key of a record type
    label: str  # English, "Entity" context
    model: type[Any]
    fields: tuple[Field, ...]
    title_field: str

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name or f.io_key == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def contact_fields(self) -> list[Field]:
        return [f for f in self.fields if f.contact]


F = Field
K = ValueKind


# Column names shared by several fields (a person's or an entry's organisation; notes).
_ORG_NAMES = (
    "organization", "organisation", "institution", "institute", "college", "university", "company",
    "employer", "affiliation", "unit", "school", "department", "organization name", "organisation name",
    "institution name", "institute name", "college name", "school name", "company name", "单位", "工作单位",
    "所在单位", "院校", "院校名称", "学校", "学校名称", "机构", "单位名称", "企业", "ادارہ", "کالج", "تنظیم",
    "ادارے کا نام", "所属单位", "所在院校", "所在学校", "所属院校", "工作单位名称", "单位全称", "name of institution",
    "name of organization", "name of organisation",
)  # fmt: skip
_NOTES = ("notes", "remarks", "备注", "نوٹس")
_EMAIL = (
    "email", "e-mail", "mail", "email address", "email id", "e-mail id", "邮箱", "电子邮箱", "电子邮件", "邮件",
    "邮箱地址", "联系邮箱", "ای میل",
)  # fmt: skip

NAME = QT_TRANSLATE_NOOP("Fields", "Name")
NOTES = QT_TRANSLATE_NOOP("Fields", "Notes")
COUNTRY = QT_TRANSLATE_NOOP("Fields", "Country")
STATUS = QT_TRANSLATE_NOOP("Fields", "Status")
KIND = QT_TRANSLATE_NOOP("Fields", "Kind")
ORGANISATION = QT_TRANSLATE_NOOP("Fields", "Organisation")
STARTS = QT_TRANSLATE_NOOP("Fields", "Starts")
ENDS = QT_TRANSLATE_NOOP("Fields", "Ends")
CITY = QT_TRANSLATE_NOOP("Fields", "City")
EMAIL = QT_TRANSLATE_NOOP("Fields", "E-mail")
PHONE = QT_TRANSLATE_NOOP("Fields", "Phone")
NATIVE_NAME = QT_TRANSLATE_NOOP("Fields", "Name (Chinese or Urdu)")
NATIVE_HEADER = QT_TRANSLATE_NOOP("Fields", "Name in Chinese or Urdu")
NATIVE_COLUMN = QT_TRANSLATE_NOOP("Fields", "Native name")

PARTNER = Record(
    key="partner",
    label=QT_TRANSLATE_NOOP("Entity", "Partner"),
    model=Organization,
    title_field="name_en",
    fields=(
        # Not required alone: a partner needs a name in English OR in its own script (Organization.validate).
        F("name_en", QT_TRANSLATE_NOOP("Fields", "Name (English)"), searchable=True, listed=True, column=NAME,
          header=QT_TRANSLATE_NOOP("Fields", "Name in English"),
          synonyms=("name", "name in english", "english name", "institution", "institution name",
                    "organization", "organisation", "partner", "college", "英文名称", "英文名", "机构英文名称",
                    "院校英文名称", "单位英文名称", "学校英文名称", "name of institute", "name of institution",
                    "institute name", "name of organisation", "name of organization", "نام انگریزی", "ادارہ")),
        F("name_native", NATIVE_NAME, K.NATIVE, searchable=True, listed=True, column=NATIVE_COLUMN,
          header=NATIVE_HEADER,
          synonyms=("native name", "chinese name", "urdu name", "local name", "院校名称", "单位名称", "机构名称",
                    "名称", "中文名称", "学校名称", "单位", "院校", "学校", "机构", "单位全称", "اردو نام",
                    "ادارے کا نام")),
        F("short_name", QT_TRANSLATE_NOOP("Fields", "Short name"), searchable=True, listed=True,
          synonyms=("short name", "abbreviation", "acronym", "简称", "缩写", "مخفف"), limit=100),
        F("aliases", QT_TRANSLATE_NOOP("Fields", "Other names"), K.NAMES, searchable=True,
          synonyms=("aliases", "other names", "also known as", "aka", "别名", "曾用名"), limit=1000),
        F("country", COUNTRY, K.COUNTRY, required=True, listed=True,
          synonyms=("country", "country/region", "国家", "国别", "国家/地区", "所在国家", "ملک")),
        F("province", QT_TRANSLATE_NOOP("Fields", "Province"), K.PROVINCE, listed=True,
          synonyms=("province", "state", "region", "county", "province/state", "state/province", "省份", "省",
                    "地区", "所在地区", "所在省份", "所在省", "所属省份", "省市", "صوبہ")),
        F("city", CITY, searchable=True, listed=True, synonyms=("city", "town", "城市", "所在城市", "شہر"),
          limit=100),
        F("org_type", QT_TRANSLATE_NOOP("Fields", "Type"), K.ENUM, enum=OrgType, default=OrgType.TVET_COLLEGE, listed=True,
          synonyms=("type", "category", "institution type", "organisation type", "organization type",
                    "type of institute", "type of institution", "institute type", "类型",
                    "机构类型", "院校类型", "单位类型", "单位性质", "机构性质", "قسم")),
        F("alliance_role", QT_TRANSLATE_NOOP("Fields", "Role in the alliance"), K.ENUM, enum=AllianceRole, default=AllianceRole.MEMBER,
          listed=True, column=QT_TRANSLATE_NOOP("Fields", "Role"), synonyms=("role", "alliance role", "联盟职务", "联盟角色", "角色")),
        F("membership_status", QT_TRANSLATE_NOOP("Fields", "Membership"), K.ENUM, enum=MembershipStatus,
          default=MembershipStatus.PROSPECTIVE, listed=True,
          synonyms=("membership", "membership status", "status", "会员状态", "状态")),
        F("joined_on", QT_TRANSLATE_NOOP("Fields", "Joined on"), K.DATE, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Joined"),
          synonyms=("joined", "joined on", "date joined", "加入日期", "入盟日期")),
        F("website", QT_TRANSLATE_NOOP("Fields", "Website"), K.URL,
          synonyms=("website", "web", "url", "homepage", "网址", "网站", "官网", "官方网站", "ویب سائٹ")),
        F("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact person"), contact=True,
          synonyms=("contact person", "contact name", "contact person name", "contact", "focal person",
                    "focal point", "联系人", "联系人姓名", "联络人", "对接人", "负责人", "رابطہ شخص"), limit=200),
        F("email", EMAIL, K.EMAIL, contact=True, searchable=True, listed=True, synonyms=_EMAIL, limit=254),
        F("phone", PHONE, K.PHONE, contact=True, searchable=True, listed=True,
          synonyms=("phone", "telephone", "tel", "mobile", "mobile no", "phone number", "phone no", "contact no",
                    "contact number", "mobile number", "电话", "联系电话", "电话号码",
                    "办公电话", "手机", "手机号", "手机号码", "移动电话", "فون", "موبائل"), limit=40),
        F("address", QT_TRANSLATE_NOOP("Fields", "Address"), K.MULTILINE, synonyms=("address", "postal address", "mailing address", "地址", "通讯地址",
          "详细地址", "单位地址", "联系地址", "پتہ"), limit=1000),
        F("tags", QT_TRANSLATE_NOOP("Fields", "Tags"), K.TAGS),
        F("notes", NOTES, K.MULTILINE, internal=True, synonyms=(*_NOTES, "comment", "说明", "ریمارکس"), limit=5000),
    ),
)  # fmt: skip

PERSON = Record(
    key="person",
    label=QT_TRANSLATE_NOOP("Entity", "Person"),
    model=Person,
    title_field="full_name",
    fields=(
        F("full_name", QT_TRANSLATE_NOOP("Fields", "Name (Latin script)"), required=True, searchable=True, listed=True, column=NAME,
          header=NAME,
          synonyms=("name", "full name", "fullname", "participant", "participant name", "delegate",
                    "delegate name", "expert", "english name", "name in english", "姓名", "名字", "英文名",
                    "英文姓名", "参会人", "参会人员", "专家姓名", "نام", "پورا نام"), limit=200),
        F("name_native", NATIVE_NAME, K.NATIVE, searchable=True, listed=True, column=NATIVE_COLUMN,
          header=NATIVE_HEADER,
          synonyms=("native name", "name (chinese)", "chinese name", "urdu name", "local name", "中文名",
                    "中文姓名", "اردو نام", "نام اردو"), limit=200),
        F("organization_id", ORGANISATION, K.REF, ref="partner", searchable=True, listed=True,
          key="organization", synonyms=_ORG_NAMES),
        F("position", QT_TRANSLATE_NOOP("Fields", "Position"), searchable=True, listed=True,
          synonyms=("position", "title", "job title", "designation", "post", "role in organisation", "职务",
                    "职位", "عہدہ"), limit=200),
        F("nationality", QT_TRANSLATE_NOOP("Fields", "Nationality"), K.COUNTRY, listed=True,
          synonyms=("nationality", "country", "国籍", "国家", "قومیت", "ملک")),
        F("gender", QT_TRANSLATE_NOOP("Fields", "Gender"), K.ENUM, enum=Gender, synonyms=("gender", "sex", "性别", "جنس")),
        F("email", EMAIL, K.EMAIL, contact=True, searchable=True, listed=True,
          synonyms=(*_EMAIL, "mail", "email address", "电子邮件", "邮件"), limit=254),
        F("phone", PHONE, K.PHONE, contact=True, searchable=True, listed=True,
          synonyms=("phone", "mobile", "mobile no", "cell", "cell no", "contact", "contact no", "telephone",
                    "tel", "phone number", "phone no", "mobile number", "cell number", "contact number", "手机", "手机号",
                    "手机号码", "移动电话", "电话", "联系电话", "联系方式", "موبائل",
                    "فون", "رابطہ نمبر"), limit=40),
        F("wechat_id", QT_TRANSLATE_NOOP("Fields", "WeChat ID"), contact=True, searchable=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "WeChat"),
          header=QT_TRANSLATE_NOOP("Fields", "WeChat"), synonyms=("wechat", "wechat id", "weixin", "微信", "微信号"), limit=100),
        F("whatsapp", QT_TRANSLATE_NOOP("Fields", "WhatsApp"), K.PHONE, contact=True, searchable=True, listed=True,
          synonyms=("whatsapp", "whatsapp no", "whats app", "واٹس ایپ"), limit=40),
        F("contact_consent", QT_TRANSLATE_NOOP("Fields", "Consent to share contact details"), K.ENUM, enum=ContactConsent,
          default=ContactConsent.NOT_ASKED, private=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Consent"),
          synonyms=("consent", "contact consent", "consent to share", "share contact details", "同意共享",
                    "同意共享联系方式", "共享同意", "رضامندی", "رابطہ شیئر کرنے کی رضامندی")),
        F("notes", NOTES, K.MULTILINE, internal=True, synonyms=_NOTES, limit=5000),
    ),
)  # fmt: skip

EVENT = Record(
    key="event",
    label=QT_TRANSLATE_NOOP("Entity", "Event"),
    model=Event,
    title_field="name",
    fields=(
        F("name", NAME, required=True, searchable=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Event"), header=QT_TRANSLATE_NOOP("Fields", "Event")),
        F("kind", KIND, K.ENUM, enum=EventKind, default=EventKind.SEMINAR, listed=True),
        F("mode", QT_TRANSLATE_NOOP("Fields", "Mode"), K.ENUM, enum=EventMode, default=EventMode.HYBRID, listed=True),
        F("start_date", STARTS, K.DATE, listed=True),
        F("end_date", ENDS, K.DATE, listed=True),
        F("venue", QT_TRANSLATE_NOOP("Fields", "Venue"), searchable=True),
        F("city", CITY, searchable=True, listed=True),
        F("country", COUNTRY, K.COUNTRY, listed=True),
        F("organizers", QT_TRANSLATE_NOOP("Fields", "Organisers"), K.REFS, ref="partner"),
        F("notes", NOTES, K.MULTILINE, internal=True),
    ),
)  # fmt: skip

DELEGATE = Record(
    key="delegate",
    label=QT_TRANSLATE_NOOP("Entity", "Delegate"),
    model=Participation,
    title_field="person_id",
    fields=(
        F("event_id", QT_TRANSLATE_NOOP("Fields", "Event"), K.REF, required=True, ref="event"),
        F("person_id", QT_TRANSLATE_NOOP("Fields", "Person"), K.REF, required=True, ref="person"),
        F("role", QT_TRANSLATE_NOOP("Fields", "Role"), K.ENUM, enum=ParticipationRole, default=ParticipationRole.DELEGATE, listed=True,
          synonyms=("role", "participant type", "category", "身份", "参会身份", "类别", "کردار")),
        F("attendance_mode", QT_TRANSLATE_NOOP("Fields", "Attends"), K.ENUM, enum=AttendanceMode, default=AttendanceMode.IN_PERSON,
          listed=True, header=QT_TRANSLATE_NOOP("Fields", "Attendance"),
          synonyms=("attendance", "mode", "attendance mode", "participation mode", "online/in person",
                    "online / offline", "mode of participation", "mode of attendance", "参会方式", "参会形式", "方式", "线上/线下", "شرکت کا طریقہ", "طریقہ")),
        F("status", STATUS, K.ENUM, enum=ParticipationStatus, default=ParticipationStatus.REGISTERED,
          listed=True, synonyms=("status", "registration status", "状态", "报名状态", "حیثیت")),
        F("notes", NOTES, K.MULTILINE, internal=True, synonyms=_NOTES, limit=5000),
    ),
)  # fmt: skip

COMPETITION = Record(
    key="competition",
    label=QT_TRANSLATE_NOOP("Entity", "Competition"),
    model=Competition,
    title_field="name",
    fields=(
        F("name", NAME, required=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Competition")),
        F("edition", QT_TRANSLATE_NOOP("Fields", "Edition"), K.INT, listed=True),
        F("event_id", QT_TRANSLATE_NOOP("Fields", "Held during"), K.REF, ref="event"),
        F("start_date", STARTS, K.DATE, listed=True),
        F("end_date", ENDS, K.DATE, listed=True),
        F("host_city", QT_TRANSLATE_NOOP("Fields", "Host city"), listed=True),
        # The results rule's settings (domain/results.py), shown on the Results page too.
        F("excellence_threshold", QT_TRANSLATE_NOOP("Fields", "Medallion threshold (standard score)"), K.INT,
          default=700),
        F("tie_margin", QT_TRANSLATE_NOOP("Fields", "Tie margin (mark points)"), K.DECIMAL, default=Decimal(0)),
        F("notes", NOTES, K.MULTILINE, internal=True),
    ),
)  # fmt: skip

TRACK = Record(
    key="track",
    label=QT_TRANSLATE_NOOP("Entity", "Skill track"),
    model=SkillTrack,
    title_field="name",
    fields=(
        F("competition_id", QT_TRANSLATE_NOOP("Fields", "Competition"), K.REF, required=True, ref="competition"),
        F("name", NAME, required=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Skill track")),
        # The track's name in Chinese: an entry's import and export carry it beside the English name.
        F("name_zh", QT_TRANSLATE_NOOP("Fields", "Name in Chinese"), listed=True, key="track_zh",
          header=QT_TRANSLATE_NOOP("Fields", "Skill track in Chinese"),
          synonyms=("skill track in chinese", "track in chinese", "chinese track name", "赛项中文名称",
                    "赛项中文名", "中文赛项名称", "中文赛项"), limit=200),
        F("team_size", QT_TRANSLATE_NOOP("Fields", "Team size"), K.INT, default=1, listed=True),
        F("max_score", QT_TRANSLATE_NOOP("Fields", "Maximum score"), K.DECIMAL, default=Decimal(100), listed=True, column=QT_TRANSLATE_NOOP("Fields", "Max score")),
    ),
)  # fmt: skip

ENTRY = Record(
    key="entry",
    label=QT_TRANSLATE_NOOP("Entity", "Entry"),
    model=Entry,
    title_field="team_name",
    fields=(
        F("track_id", QT_TRANSLATE_NOOP("Fields", "Skill track"), K.REF, required=True, ref="track", searchable=True, listed=True,
          key="track",
          synonyms=("track", "skill", "skill track", "event", "competition event", "trade", "赛项", "赛项名称", "赛道",
                    "项目", "比赛项目", "مہارت"), limit=200),
        F("organization_id", ORGANISATION, K.REF, ref="partner", searchable=True, listed=True,
          key="organization", synonyms=_ORG_NAMES),
        F("country", COUNTRY, K.COUNTRY, listed=True, synonyms=("country", "国家", "ملک")),
        F("team_name", QT_TRANSLATE_NOOP("Fields", "Team name"), searchable=True, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Team"), header=QT_TRANSLATE_NOOP("Fields", "Team"),
          synonyms=("team", "team name", "队名", "团队", "参赛队", "ٹیم"), limit=200),
        F("members", QT_TRANSLATE_NOOP("Fields", "Members"), K.REFS, ref="person", searchable=True, listed=True,
          synonyms=("members", "competitor", "competitors", "contestant", "contestants", "participant",
                    "participants", "name", "names", "选手", "参赛选手", "选手姓名", "队员", "姓名", "ارکان", "نام"),
          limit=2000),
        F("status", STATUS, K.ENUM, enum=EntryStatus, default=EntryStatus.REGISTERED, listed=True,
          synonyms=("status", "状态")),
        F("score", QT_TRANSLATE_NOOP("Fields", "Score"), K.DECIMAL, listed=True,
          synonyms=("score", "points", "marks", "result", "成绩", "分数", "得分", "نمبر")),
        F("medal", QT_TRANSLATE_NOOP("Fields", "Medal"), K.ENUM, enum=Medal, default=Medal.NONE, listed=True,
          synonyms=("medal", "award", "prize", "奖项", "奖牌", "获奖", "تمغہ")),
        F("notes", NOTES, K.MULTILINE, internal=True, synonyms=("notes", "remarks", "备注"), limit=5000),
    ),
)  # fmt: skip

AGREEMENT = Record(
    key="agreement",
    label=QT_TRANSLATE_NOOP("Entity", "Agreement"),
    model=Agreement,
    title_field="title",
    fields=(
        F("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True, searchable=True, listed=True),
        F("kind", KIND, K.ENUM, enum=AgreementKind, default=AgreementKind.MOU, listed=True),
        F("status", STATUS, K.ENUM, enum=AgreementStatus, default=AgreementStatus.DRAFT, listed=True),
        F("parties", QT_TRANSLATE_NOOP("Fields", "Parties"), K.REFS, ref="partner", searchable=True, listed=True),
        F("areas", QT_TRANSLATE_NOOP("Fields", "Areas of collaboration"), K.AREAS, enum=CollaborationArea, listed=True,
          column=QT_TRANSLATE_NOOP("Fields", "Areas"), header=QT_TRANSLATE_NOOP("Fields", "Areas")),
        F("signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on"), K.DATE, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Signed")),
        F("expires_on", QT_TRANSLATE_NOOP("Fields", "Expires on"), K.DATE, listed=True, column=QT_TRANSLATE_NOOP("Fields", "Expires")),
        F("document_url", QT_TRANSLATE_NOOP("Fields", "Document link")),
        F("notes", NOTES, K.MULTILINE, internal=True, searchable=True),
    ),
)  # fmt: skip

RECORDS: dict[str, Record] = {
    r.key: r for r in (PARTNER, PERSON, EVENT, DELEGATE, COMPETITION, TRACK, ENTRY, AGREEMENT)
}
_BY_MODEL = {r.model: r for r in RECORDS.values()}
_BY_TABLE = {r.model.__table__.name: r for r in RECORDS.values()}


def record(key: str) -> Record:
    return RECORDS[key]


def record_of_model(model: type[Any]) -> Record | None:
    return _BY_MODEL.get(model)


def record_of_table(table_name: str) -> Record | None:
    return _BY_TABLE.get(table_name)


def field_of_column(rec: Record, column: str) -> Field | None:
    """The field behind a table column (a REF field's column is its name; a change-log field)."""
    for f in rec.fields:
        if f.name == column:
            return f
    return None
