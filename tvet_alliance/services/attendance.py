"""Online attendance: a meeting's participant report read, merged per person, matched against an
event's delegates and applied (Qt-free; the window's dialog and ``tvet-alliance import attendance``
use it).

**Reading** (:func:`read_report`) goes through the CSV import's own detection
(:mod:`services.importing.source`: byte-order marks, UTF-16, GB18030, delimiters, .xlsx) and then
recognises the layout:

- ``zoom``: Zoom's participant CSV, an optional meeting block above (Meeting ID, Topic, Start Time,
  End Time, …), then ``Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes),
  Guest`` with one row per join session;
- ``teams``: Microsoft Teams' attendance report (UTF-16, tab-separated, sections ``1. Summary``,
  ``2. Participants``, ``3. In-Meeting activities``; durations like ``1h 2m 5s``);
- ``mapped``: any other table (Tencent Meeting / VooV, Webex, a hand-made sheet) through a column
  mapping — name, e-mail, phone, join, leave, duration — guessed from the headers in English and
  Chinese (用户昵称 / 参会者, 入会时间, 离会时间, 参会时长, 手机号, 邮箱 …) or given. Their columns vary
  from version to version, so it is a mapping, not a fixed format.

A row that cannot be read is rejected with its line number; the rest of the file is read.

**Per person** the rows of one participant (the same e-mail, else the same name) are merged as the
*union of their intervals*: a rejoin adds its time, two devices at once count once. The meeting's
length is the Zoom block's or the Teams summary's, else first join to last leave.

**Matching** (:func:`match`) against the event's delegates: the e-mail, then the phone (E.164),
then the identity keys of the names (:func:`domain.search_keys.identity_keys`: 张伟 = "Zhang Wei"),
else the participant is left for review (several candidates) or unmatched (none).

**Applying** (:func:`apply`): a matched online delegate gets ``online_minutes`` and, at or above the
threshold (minutes, or share of the meeting: by default half of it), the status *attended*; a
matched in-person delegate who joined online is reported, not changed; participants chosen as
walk-ins are added (a person and an online participation with ``walk_in``). One transaction: the
caller commits, or rolls back for a dry run.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tvet_alliance.domain import Event, Participation, Person
from tvet_alliance.domain.enums import AttendanceMode, ParticipationRole, ParticipationStatus
from tvet_alliance.domain.errors import CodedError
from tvet_alliance.domain.search_keys import fold, identity_keys
from tvet_alliance.domain.validation import Invalid
from tvet_alliance.domain.validation import email as valid_email
from tvet_alliance.domain.validation import phone as valid_phone
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.progress import Progress, no_progress
from tvet_alliance.services.importing import source

#: The share of the meeting that counts as attended when no threshold is given.
DEFAULT_SHARE = 0.5

CONTEXT = "Attendance"


class AttendanceError(CodedError):
    """A report that cannot be used at all, or one row of it (``line`` set) that cannot be read."""

    context = CONTEXT

    def __init__(self, code: str, message: str, *, line: int = 0, **params: Any) -> None:
        self.line = line
        if line:
            params["line"] = line
        super().__init__(code, message, **params)


_MSG = {
    "unrecognised": QT_TRANSLATE_NOOP(
        "Attendance",
        "This is not a meeting report we can read: no header with a name and a join time or a "
        "duration was found (Zoom, Teams, Tencent Meeting / VooV, or a table with such columns).",
    ),
    "no_rows": QT_TRANSLATE_NOOP("Attendance", "The report holds no participant rows."),
    "too_many": QT_TRANSLATE_NOOP(
        "Attendance", "The file has more than {limit} rows: this is not one meeting's report."
    ),
    "no_name": QT_TRANSLATE_NOOP("Attendance", "Line {line}: the row has neither a name nor an e-mail."),
    "bad_time": QT_TRANSLATE_NOOP(
        "Attendance", "Line {line}: “{value}” is not a date and time (for example 6/24/2025 9:02:11 AM)."
    ),
    "order": QT_TRANSLATE_NOOP(
        "Attendance", "Line {line}: the leave time {leave} is before the join time {join}."
    ),
    "bad_duration": QT_TRANSLATE_NOOP(
        "Attendance", "Line {line}: “{value}” is not a duration (for example 62, 1h 2m 5s or 1:02:05)."
    ),
    "no_time": QT_TRANSLATE_NOOP(
        "Attendance", "Line {line}: the row has no join and leave time and no duration."
    ),
    "threshold": QT_TRANSLATE_NOOP(
        "Attendance", "Give the threshold in minutes or as a share of the meeting, not both."
    ),
    "share": QT_TRANSLATE_NOOP("Attendance", "The share of the meeting must be from 0 to 100%, not {value}."),
    "minutes": QT_TRANSLATE_NOOP("Attendance", "The minutes must be 0 or more, not {value}."),
    "mapping": QT_TRANSLATE_NOOP("Attendance", "The report has no column {column}."),
    "columns_needed": QT_TRANSLATE_NOOP(
        "Attendance", "Choose the column of the name, and that of the join time or of the duration."
    ),
    "delegate": QT_TRANSLATE_NOOP("Attendance", "The chosen delegate is not registered for this event."),
}


def _error(code: str, *, line: int = 0, **params: Any) -> AttendanceError:
    return AttendanceError(code, _MSG[code], line=line, **params)


# --- what a report holds -------------------------------------------------------------------------


class Layout(StrEnum):
    ZOOM = "zoom"
    TEAMS = "teams"
    MAPPED = "mapped"


#: The columns a mapping fills.
COLUMNS = ("name", "email", "phone", "join", "leave", "duration")


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime


@dataclass
class Participant:
    """One person of the report: their rows merged (same e-mail, else same name)."""

    name: str
    names: list[str]  # every name the rows gave ("Name (Original Name)" gives two)
    email: str | None
    phone: str | None
    intervals: list[Interval] = field(default_factory=list)
    #: Time of rows that had a duration but no join and leave time (cannot be unioned: added).
    loose_seconds: int = 0
    lines: list[int] = field(default_factory=list)

    @property
    def seconds(self) -> int:
        return union_seconds(self.intervals) + self.loose_seconds


@dataclass
class AttendanceReport:
    """A meeting report as read: its layout, the meeting's length and each participant."""

    path: Path
    detected: Layout
    encoding: str
    meeting_seconds: int
    participants: list[Participant]
    rejected: list[AttendanceError]
    title: str = ""
    #: The header of the participants' table, and the header of each column read (by COLUMNS).
    header: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def meeting_minutes(self) -> int:
        return minutes_of(self.meeting_seconds)

    def share(self, seconds: int) -> float:
        return min(1.0, seconds / self.meeting_seconds) if self.meeting_seconds > 0 else 0.0


def minutes_of(seconds: int) -> int:
    """Whole minutes, half a minute and more rounded up."""
    return (seconds + 30) // 60


def union_seconds(intervals: Iterable[Interval]) -> int:
    """The time covered by *intervals*, overlapping ones counted once."""
    total = 0
    end: datetime | None = None
    start: datetime | None = None
    for item in sorted(intervals, key=lambda i: i.start):
        if end is None or item.start > end:
            if end is not None and start is not None:
                total += int((end - start).total_seconds())
            start, end = item.start, item.end
        elif item.end > end:
            end = item.end
    if end is not None and start is not None:
        total += int((end - start).total_seconds())
    return total


# --- values --------------------------------------------------------------------------------------

_DATE_TIME = re.compile(
    r"^(\d{1,4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,4})\s*日?\s*[,T ]?\s*"
    r"(上午|下午)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?|上午|下午)?\s*(?:Z|[+-]\d{2}:?\d{2})?$"
)
_DURATION_HMS = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")
_DURATION_PARTS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|小时|时|minutes|minute|mins|min|m|分钟|分|seconds|second|secs|sec|s|秒)"
    r"(?![a-z])",
    re.IGNORECASE,
)


def _day_first(values: Iterable[str]) -> bool:
    """Whether the dates of a file are written day first (24/06/2025): a first number above 12
    somewhere, and no second number above 12. Otherwise month first, as Zoom and Teams write them in
    the United States locale."""
    first_big = second_big = False
    for value in values:
        m = _DATE_TIME.match(value.strip())
        if m is None or len(m[1]) == 4:
            continue
        first_big |= int(m[1]) > 12
        second_big |= int(m[2]) > 12
    return first_big and not second_big


def parse_time(text: str, *, day_first: bool = False) -> datetime | None:
    """A report's date and time: ``6/24/2025 9:02:11 AM``, ``6/24/25, 9:02:11 AM``, ``2025-06-24
    09:02:11``, ``2025/6/24 下午2:05`` or ``24/06/2025 14:05`` (*day_first*); None if it is not one."""
    m = _DATE_TIME.match(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    a, b, c = m[1], int(m[2]), m[3]
    if len(a) == 4:
        year, month, day = int(a), b, int(c)
    else:
        year = int(c) + (2000 if len(c) <= 2 else 0)
        month, day = (b, int(a)) if day_first else (int(a), b)
    hour, minute, second = int(m[5]), int(m[6]), int(m[7] or 0)
    marker = (m[8] or m[4] or "").replace(".", "").lower()
    if marker in ("pm", "下午") and hour < 12:
        hour += 12
    elif marker in ("am", "上午") and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def parse_duration(text: str, *, unit: int = 60) -> int | None:
    """Seconds of a duration: ``62`` (in *unit* seconds: minutes unless the header says seconds),
    ``1h 2m 5s``, ``10m 59s``, ``1:02:05``, ``62分钟``, ``1小时2分5秒``; None if it is not one."""
    value = unicodedata.normalize("NFKC", text).strip().lower()
    if not value:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", value):
        return round(float(value.replace(",", ".")) * unit)
    if m := _DURATION_HMS.match(value):
        return int(m[1] or 0) * 3600 + int(m[2]) * 60 + int(m[3])
    total = 0.0
    rest = value
    for part in _DURATION_PARTS.finditer(value):
        number, name = float(part[1]), part[2].lower()
        if name in ("h", "hr", "hrs", "hour", "hours", "小时", "时"):
            total += number * 3600
        elif name in ("s", "sec", "secs", "second", "seconds", "秒"):
            total += number
        else:
            total += number * 60
        rest = rest.replace(part[0], " ", 1)
    if total == 0 and not re.search(r"\d", value):
        return None
    if rest.strip(" ,"):
        return None
    return round(total)


_TAGS = re.compile(
    r"\s*[\(（\[]\s*(ext|external|guest|host|co-?host|外部|访客|嘉宾|主持人|联席主持人|来宾"
    r"|iphone|ipad|android|phone|mobile|手机|电话)\s*[\)）\]]\s*",
    re.IGNORECASE,
)
_PAREN = re.compile(r"^(.*?)\s*[\(（]([^()（）]+)[\)）]\s*$")


def _names(raw: str) -> list[str]:
    """The names one cell gives: Zoom's "Display (Original)" two; "(EXT)"/"(Guest)" tags removed;
    Teams' "Last, First" also as "First Last"."""
    text = unicodedata.normalize("NFC", _TAGS.sub(" ", raw)).strip()
    names: list[str] = []
    m = _PAREN.match(text)
    if m and m[1].strip():
        names += [m[1].strip(), m[2].strip()]
    elif text:
        names.append(text)
    for name in list(names):
        if name.count(",") == 1 and not any(ch.isdigit() for ch in name):
            last, first = (p.strip() for p in name.split(","))
            if last and first:
                names.append(f"{first} {last}")
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def _header_key(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", "", value).replace("：", ":").rstrip(":")


#: Header names of each column (compared without spaces, case or full-width forms).
ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name(originalname)",
        "name",
        "participant",
        "participantname",
        "username",
        "displayname",
        "fullname",
        "用户昵称",
        "参会者",
        "参会人",
        "参会人员",
        "昵称",
        "姓名",
        "入会昵称",
        "用户名",
        "成员",
        "名称",
        "会议昵称",
    ),
    "email": ("useremail", "email", "e-mail", "emailaddress", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件"),
    "phone": (
        "phone",
        "phonenumber",
        "mobile",
        "mobilephone",
        "telephone",
        "手机号",
        "手机",
        "手机号码",
        "电话",
        "电话号码",
    ),
    "join": (
        "jointime",
        "firstjoin",
        "entrytime",
        "入会时间",
        "加入时间",
        "首次入会时间",
        "进入时间",
        "加入会议时间",
        "首次加入",
        "首次加入时间",
    ),
    "leave": (
        "leavetime",
        "lastleave",
        "exittime",
        "离会时间",
        "退出时间",
        "最后离会时间",
        "离开时间",
        "离开会议时间",
        "上次离开",
        "最后离开",
        "最后离开时间",
    ),
    "duration": (
        "duration(minutes)",
        "duration",
        "in-meetingduration",
        "durationinminutes",
        "参会时长",
        "参会时长(分钟)",
        "参会时长(分)",
        "参会时长(秒)",
        "时长",
        "时长(分钟)",
        "入会时长",
        "在会时长",
        "持续时间",
        "会议中持续时间",
    ),
}


def auto_map(header: Sequence[str]) -> dict[str, int]:
    """Column index of each field found in *header* (the first column of a name wins)."""
    keys = [_header_key(h) for h in header]
    found: dict[str, int] = {}
    for column, aliases in ALIASES.items():
        for i, key in enumerate(keys):
            if key in aliases and i not in found.values():
                found[column] = i
                break
    return found


def _unit_of(header: str) -> int:
    key = _header_key(header)
    return 1 if ("秒" in key or "second" in key or "(s)" in key) else 60


# --- reading -------------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    name: str
    email: str
    phone: str
    join: str
    leave: str
    duration: str


@dataclass
class _Table:
    layout: Layout
    rows: list[_Row]
    duration_unit: int = 60
    meeting: dict[str, str] = field(default_factory=dict)
    title: str = ""
    header: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)


#: The most rows a report is read with (a meeting of thousands has a few times as many sessions).
MAX_ROWS = 200_000


def _records(path: Path, detection: source.Detection) -> list[tuple[int, list[str]]]:
    out: list[tuple[int, list[str]]] = []
    for n, record in enumerate(source.records(path, detection), start=1):
        if n > MAX_ROWS:
            raise _error("too_many", limit=MAX_ROWS)
        out.append((n, record))
    return out


def _pick(record: list[str], index: int | None) -> str:
    return record[index].strip() if index is not None and index < len(record) else ""


def _rows(
    records: list[tuple[int, list[str]]], mapping: Mapping[str, int], stop: int | None = None
) -> list[_Row]:
    out: list[_Row] = []
    for line, record in records:
        if stop is not None and line >= stop:
            break
        if not any(record):
            continue
        out.append(_Row(line, *(_pick(record, mapping.get(c)) for c in COLUMNS)))
    return out


def _zoom(records: list[tuple[int, list[str]]]) -> _Table | None:
    for pos, (_line, record) in enumerate(records[:60]):
        keys = [_header_key(c) for c in record]
        if "jointime" in keys and "leavetime" in keys and keys and keys[0].startswith("name"):
            mapping = auto_map(record)
            meeting: dict[str, str] = {}
            above = [r for _, r in records[:pos] if any(r)]
            for head, values in itertools.pairwise(above):
                if any(_header_key(c) == "starttime" for c in head):
                    meeting = {_header_key(k): v for k, v in zip(head, values, strict=False)}
                    break
            for r in above:  # the "Key, Value" form of the block
                if len(r) == 2 and _header_key(r[0]) in (
                    "starttime",
                    "endtime",
                    "duration(minutes)",
                    "topic",
                ):
                    meeting.setdefault(_header_key(r[0]), r[1])
            rows = _rows(records[pos + 1 :], mapping)
            return _Table(Layout.ZOOM, rows, 60, meeting, meeting.get("topic", ""), record, mapping)
    return None


_SECTION = re.compile(r"^\s*(\d)\.\s*(.+)$")


def _teams(records: list[tuple[int, list[str]]]) -> _Table | None:
    sections: dict[str, int] = {}
    for pos, (_line, record) in enumerate(records):
        if len(record) == 1 and (m := _SECTION.match(record[0])):
            sections[m[1]] = pos
    if "2" not in sections and "3" not in sections:
        return None
    meeting: dict[str, str] = {}
    if "1" in sections:
        start = sections["1"]
        following = [p for p in sections.values() if p > start]
        for _line, record in records[start + 1 : min(following) if following else len(records)]:
            if len(record) >= 2:
                meeting.setdefault(_header_key(record[0]), record[1])
    title = meeting.get("meetingtitle", "")

    def section(number: str) -> tuple[dict[str, int], list[str], list[tuple[int, list[str]]]] | None:
        start = sections.get(number)
        if start is None:
            return None
        following = [p for p in sections.values() if p > start]
        end = min(following) if following else len(records)
        body = [(ln, r) for ln, r in records[start + 1 : end] if any(r)]
        if not body:
            return None
        return auto_map(body[0][1]), body[0][1], body[1:]

    activities = section("3")  # each session, with its join and leave time
    if activities is not None and "name" in activities[0] and "join" in activities[0]:
        return _Table(
            Layout.TEAMS,
            _rows(activities[2], activities[0]),
            60,
            meeting,
            title,
            activities[1],
            activities[0],
        )
    participants = section("2")
    if participants is not None and "name" in participants[0]:
        # First join to last leave would count the gaps between sessions: their in-meeting duration.
        columns = participants[0]
        if "duration" in columns:
            columns = {k: v for k, v in columns.items() if k not in ("join", "leave")}
        if "join" in columns or "duration" in columns:
            return _Table(
                Layout.TEAMS, _rows(participants[2], columns), 60, meeting, title, participants[1], columns
            )
    return None


def _mapped(records: list[tuple[int, list[str]]], given: Mapping[str, str] | None) -> _Table | None:
    wanted = {c: _header_key(h) for c, h in (given or {}).items() if h}
    seen: set[str] = set()
    for pos, (_line, record) in enumerate(records[:30]):
        keys = [_header_key(c) for c in record]
        seen.update(keys)
        mapping = auto_map(record)
        if wanted:
            if not all(key in keys for key in wanted.values()):
                continue
            chosen = {column: keys.index(key) for column, key in wanted.items()}
            mapping = {**{k: v for k, v in mapping.items() if v not in chosen.values()}, **chosen}
        if "name" in mapping and ("join" in mapping or "duration" in mapping):
            meeting: dict[str, str] = {}
            for _ln, above in records[:pos]:
                for cell_index, cell in enumerate(above):
                    key, _sep, value = unicodedata.normalize("NFKC", cell).partition(":")
                    if not value and cell_index + 1 < len(above):
                        value = above[cell_index + 1]
                    meeting.setdefault(_header_key(key), value.strip())
            unit = _unit_of(record[mapping["duration"]]) if "duration" in mapping else 60
            return _Table(
                Layout.MAPPED, _rows(records[pos + 1 :], mapping), unit, meeting, "", record, mapping
            )
        if wanted:
            raise _error("columns_needed")
    if wanted:
        missing = next(h for c, h in (given or {}).items() if h and wanted[c] not in seen)
        raise _error("mapping", column=missing)
    return None


def header_of(path: Path, *, encoding: str | None = None) -> list[str]:
    """The header of a table the reading did not recognise (the import's own header detection), so
    that a person can say which column is which."""
    detection = source.detect(Path(path), encoding=encoding)
    return [h for h in source.read_table(Path(path), detection, preview_rows=0).header if h]


_MEETING_START = ("starttime", "meetingstarttime", "会议开始时间", "开始时间")
_MEETING_END = ("endtime", "meetingendtime", "会议结束时间", "结束时间")
_MEETING_LENGTH = ("duration(minutes)", "meetingduration", "会议时长", "会议时长(分钟)")


def read_report(
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
) -> AttendanceReport:
    """Read a meeting's participant report. *mapping* names the report's column (its header) of
    some of :data:`COLUMNS`; the rest are guessed. Raises :class:`AttendanceError` or
    :class:`~services.importing.source.ImportFileError` when the file cannot be used at all."""
    path = Path(path)
    detection = source.detect(path, encoding=encoding)
    table: _Table | None = None
    delimiters = (
        [detection.delimiter]
        if detection.is_xlsx
        else [detection.delimiter, *(d for d in ("\t", ",", ";") if d != detection.delimiter)]
    )
    for delimiter in delimiters:
        attempt = (
            detection
            if delimiter == detection.delimiter
            else source.Detection(detection.encoding, delimiter, 1, None, (), detection.encoding_source)
        )
        records = _records(path, attempt)
        table = (_teams(records) or _zoom(records)) if not mapping else None
        table = table or _mapped(records, mapping)
        if table is not None:
            break
    if table is None:
        raise _error("unrecognised")
    return _build(path, detection.encoding, table)


def _build(path: Path, encoding: str, table: _Table) -> AttendanceReport:
    day_first = _day_first(
        [r.join for r in table.rows] + [r.leave for r in table.rows] + list(table.meeting.values())
    )
    rejected: list[AttendanceError] = []
    groups: list[Participant] = []
    by_email: dict[str, Participant] = {}
    by_name: dict[str, list[Participant]] = {}
    first: datetime | None = None
    last: datetime | None = None

    start = _meeting_value(table.meeting, _MEETING_START, day_first)
    end = _meeting_value(table.meeting, _MEETING_END, day_first)
    for row in table.rows:
        names = _names(row.name)
        email = row.email.strip().lower() or None
        if email is not None and "@" not in email:
            email = None
        if not names and email is None:
            rejected.append(_error("no_name", line=row.line))
            continue
        interval: Interval | None = None
        loose = 0
        if row.join or row.leave:
            join = parse_time(row.join, day_first=day_first)
            leave = parse_time(row.leave, day_first=day_first)
            if join is None or leave is None:
                bad = row.join if join is None else row.leave
                rejected.append(_error("bad_time", line=row.line, value=bad))
                continue
            if leave < join:
                rejected.append(_error("order", line=row.line, join=row.join, leave=row.leave))
                continue
            if start is not None and end is not None and start < end:
                join, leave = max(join, start), min(leave, end)
                leave = max(leave, join)
            interval = Interval(join, leave)
            first = join if first is None or join < first else first
            last = leave if last is None or leave > last else last
        elif row.duration:
            seconds = parse_duration(row.duration, unit=table.duration_unit)
            if seconds is None:
                rejected.append(_error("bad_duration", line=row.line, value=row.duration))
                continue
            loose = seconds
        else:
            rejected.append(_error("no_time", line=row.line))
            continue
        name = names[0] if names else (email or "")
        key = _name_key(name)
        person = by_email.get(email) if email else None
        if person is None and email is None:
            same = by_name.get(key, [])
            person = same[0] if len(same) == 1 else None
        if person is None:
            person = Participant(name, list(names), email, row.phone.strip() or None)
            groups.append(person)
            if email:
                by_email[email] = person
            by_name.setdefault(key, []).append(person)
        else:
            person.names += [n for n in names if n not in person.names]
            person.phone = person.phone or row.phone.strip() or None
        if interval is not None:
            person.intervals.append(interval)
        person.loose_seconds += loose
        person.lines.append(row.line)
    if not groups:
        if rejected:
            raise rejected[0]
        raise _error("no_rows")
    if start is not None and end is not None and end > start:
        meeting = int((end - start).total_seconds())
    elif (length := _meeting_length(table.meeting)) is not None:
        meeting = length
    elif first is not None and last is not None:
        meeting = int((last - first).total_seconds())
    else:
        meeting = max(p.seconds for p in groups)
    columns = {c: table.header[i] for c, i in table.columns.items() if i < len(table.header)}
    return AttendanceReport(
        path, table.layout, encoding, meeting, groups, rejected, table.title, list(table.header), columns
    )


def _name_key(name: str) -> str:
    return "".join(fold(name).split())


def _meeting_value(meeting: Mapping[str, str], keys: tuple[str, ...], day_first: bool) -> datetime | None:
    for key in keys:
        if meeting.get(key):
            found = parse_time(meeting[key], day_first=day_first)
            if found is not None:
                return found
    return None


def _meeting_length(meeting: Mapping[str, str]) -> int | None:
    for key in _MEETING_LENGTH:
        if meeting.get(key):
            return parse_duration(meeting[key])
    return None


# --- matching ------------------------------------------------------------------------------------


class How(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"


@dataclass(frozen=True)
class Delegate:
    """A delegate of the event as matching sees it."""

    participation_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    native: str | None
    email: str | None
    phone: str | None
    mode: AttendanceMode
    status: ParticipationStatus

    @property
    def shown(self) -> str:
        return f"{self.name} / {self.native}" if self.native and self.native != self.name else self.name

    @property
    def detailed(self) -> str:
        """The name and the address (or phone) that tells namesakes apart."""
        contact = self.email or self.phone
        return f"{self.shown} <{contact}>" if contact else self.shown


@dataclass
class Attendee:
    """A participant and the delegates they may be: one when matched (``how`` says by what), several
    to review, none when unmatched."""

    participant: Participant
    candidates: list[Delegate]
    how: How | None

    @property
    def matched(self) -> Delegate | None:
        return self.candidates[0] if self.how is not None and len(self.candidates) == 1 else None

    @property
    def state(self) -> str:
        if self.matched is not None:
            return "matched"
        return "review" if self.candidates else "unmatched"


@dataclass
class Plan:
    """A report matched against an event's delegates, ready to apply."""

    report: AttendanceReport
    event_id: uuid.UUID
    event_name: str
    attendees: list[Attendee]
    delegates: list[Delegate]


def delegates_of(session: Session, event_id: uuid.UUID) -> list[Delegate]:
    stmt = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == event_id)
        .order_by(Person.full_name)
    )
    return [
        Delegate(
            p.id,
            person.id,
            person.full_name,
            person.name_native,
            person.email,
            person.phone,
            p.attendance_mode,
            p.status,
        )
        for p, person in session.execute(stmt)
    ]


def _phone_keys(text: str | None, regions: Iterable[str]) -> set[str]:
    if not text or "*" in text:
        return set()
    out: set[str] = set()
    for region in [None, *regions]:
        try:
            number = valid_phone(text.replace("00", "+", 1) if text.startswith("00") else text, region)
        except Invalid:
            continue
        if number:
            out.add(number)
    return out


def _regions(delegates: Sequence[Delegate], country: str | None) -> list[str]:
    import phonenumbers

    regions: list[str] = [country] if country else []
    for d in delegates:
        if d.phone:
            try:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(d.phone, None))
            except phonenumbers.NumberParseException:
                continue
            if region and region not in regions:
                regions.append(region)
    return regions


def match(session: Session, report: AttendanceReport, event_id: uuid.UUID) -> Plan:
    """Match each participant of *report* with the delegates of the event *event_id*."""
    event = session.get_one(Event, event_id)
    delegates = delegates_of(session, event_id)
    by_email: dict[str, list[Delegate]] = {}
    by_phone: dict[str, list[Delegate]] = {}
    by_name: dict[str, list[Delegate]] = {}
    for d in delegates:
        if d.email:
            by_email.setdefault(d.email.casefold(), []).append(d)
        if d.phone:
            by_phone.setdefault(d.phone, []).append(d)
        for key in identity_keys(d.name, d.native):
            by_name.setdefault(key, []).append(d)
    regions = _regions(delegates, event.country)
    attendees = []
    for p in report.participants:
        found: list[Delegate] = []
        how: How | None = None
        if p.email and (found := by_email.get(p.email.casefold(), [])):
            how = How.EMAIL
        if not found:
            found = _unique(d for key in _phone_keys(p.phone, regions) for d in by_phone.get(key, []))
            how = How.PHONE if found else None
        if not found:
            found = _unique(d for key in identity_keys(*p.names) for d in by_name.get(key, []))
            if not found:  # Western order of a two-word name: "Wei Zhang" is 张伟
                turned = [" ".join(reversed(n.split())) for n in p.names if len(n.split()) == 2]
                found = _unique(d for key in identity_keys(*turned) for d in by_name.get(key, []))
            how = How.NAME if found else None
        attendees.append(Attendee(p, found, how if len(found) == 1 else None))
    return Plan(report, event_id, event.name, attendees, delegates)


def _unique(items: Iterable[Delegate]) -> list[Delegate]:
    out: list[Delegate] = []
    for d in items:
        if d not in out:
            out.append(d)
    return out


# --- the threshold and the outcome ---------------------------------------------------------------


@dataclass(frozen=True)
class Threshold:
    """Attended from *minutes* in the meeting, or from a *share* of it (0–1; half by default)."""

    minutes: int | None = None
    share: float | None = None

    @classmethod
    def of(cls, minutes: int | None = None, percent: float | None = None) -> Threshold:
        if minutes is not None and percent is not None:
            raise _error("threshold")
        if minutes is not None and minutes < 0:
            raise _error("minutes", value=minutes)
        if percent is not None and not 0 <= percent <= 100:
            raise _error("share", value=percent)
        return cls(minutes, None if percent is None else percent / 100)

    def reached(self, seconds: int, report: AttendanceReport) -> bool:
        if self.minutes is not None:
            return minutes_of(seconds) >= self.minutes
        share = DEFAULT_SHARE if self.share is None else self.share
        return report.meeting_seconds > 0 and seconds >= share * report.meeting_seconds - 0.5

    def as_json(self) -> dict[str, Any]:
        if self.minutes is not None:
            return {"min_minutes": self.minutes}
        return {"min_share": round(100 * (DEFAULT_SHARE if self.share is None else self.share), 2)}


class Choice(StrEnum):
    """What to do with a participant left for review."""

    LEAVE = "leave"
    WALK_IN = "walk_in"


#: Per attendee (its index in :attr:`Plan.attendees`): a delegate's participation id, a walk-in, or
#: leave it. Attendees not named keep their match (or are left).
Choices = Mapping[int, "uuid.UUID | Choice"]


@dataclass
class Credited:
    """A delegate's time in the meeting: the union of every participant assigned to them."""

    delegate: Delegate
    seconds: int
    share: float
    attended: bool
    attendees: list[int]

    @property
    def minutes(self) -> int:
        return minutes_of(self.seconds)


@dataclass
class Outcome:
    """What applying a plan does (or did)."""

    credited: list[Credited]
    walk_ins: list[tuple[int, int, bool]]  # (attendee index, seconds, attended)
    unmatched: list[int]  # attendee indexes left (no delegate or several)

    def of_attendee(self, index: int) -> Credited | None:
        return next((c for c in self.credited if index in c.attendees), None)


def outcome(plan: Plan, threshold: Threshold, choices: Choices | None = None) -> Outcome:
    """Who gets what: each delegate credited with the union of the intervals of every participant
    assigned to them (two rows of the report, matched one way and another, count once)."""
    choices = choices or {}
    by_id = {d.participation_id: d for d in plan.delegates}
    assigned: dict[uuid.UUID, list[int]] = {}
    walk_ins: list[tuple[int, int, bool]] = []
    unmatched: list[int] = []
    for index, attendee in enumerate(plan.attendees):
        choice = choices.get(index)
        if isinstance(choice, uuid.UUID):
            if choice not in by_id:
                raise _error("delegate")
            assigned.setdefault(choice, []).append(index)
        elif choice is Choice.WALK_IN:
            seconds = attendee.participant.seconds
            walk_ins.append((index, seconds, threshold.reached(seconds, plan.report)))
        elif choice is None and attendee.matched is not None:
            assigned.setdefault(attendee.matched.participation_id, []).append(index)
        else:
            unmatched.append(index)
    credited = []
    for pid, indexes in assigned.items():
        people = [plan.attendees[i].participant for i in indexes]
        seconds = union_seconds(i for p in people for i in p.intervals) + sum(p.loose_seconds for p in people)
        credited.append(
            Credited(
                by_id[pid],
                seconds,
                plan.report.share(seconds),
                threshold.reached(seconds, plan.report),
                indexes,
            )
        )
    credited.sort(key=lambda c: c.delegate.name.casefold())
    return Outcome(credited, walk_ins, unmatched)


# --- applying ------------------------------------------------------------------------------------


@dataclass
class Applied:
    """What an import of attendance did (or, in a dry run, would do)."""

    plan: Plan
    threshold: Threshold
    outcome: Outcome
    marked_attended: list[str] = field(default_factory=list)  # delegates' names
    minutes_recorded: int = 0
    in_person: list[str] = field(default_factory=list)  # in-person delegates who joined online
    walk_ins_added: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def attended(self) -> int:
        """Online delegates (and walk-ins) at or above the threshold."""
        online = sum(
            1 for c in self.outcome.credited if c.attended and c.delegate.mode is AttendanceMode.ONLINE
        )
        return online + sum(1 for _i, _s, attended in self.outcome.walk_ins if attended)

    def unmatched_names(self) -> list[str]:
        return [self.plan.attendees[i].participant.name for i in self.outcome.unmatched]

    def as_json(self) -> dict[str, Any]:
        report = self.plan.report
        matched = sum(len(c.attendees) for c in self.outcome.credited)
        return {
            "detected": report.detected.value,
            "event": self.plan.event_name,
            "meeting_minutes": report.meeting_minutes,
            "threshold": self.threshold.as_json(),
            "participants": len(report.participants),
            "matched": matched,
            "attended": self.attended,
            "unmatched": self.unmatched_names(),
            "review": [
                {"name": a.participant.name, "candidates": [d.detailed for d in a.candidates]}
                for a in self.plan.attendees
                if a.state == "review"
            ],
            "in_person_joined_online": self.in_person,
            "walk_ins": self.walk_ins_added,
            "delegates": [
                {
                    "name": c.delegate.shown,
                    "minutes": c.minutes,
                    "share": round(100 * c.share, 1),
                    "attended": c.attended,
                    "mode": c.delegate.mode.value,
                }
                for c in self.outcome.credited
            ],
            "rejected": [{"line": e.line, "message": e.text()} for e in report.rejected],
            "dry_run": self.dry_run,
        }


def apply(
    session: Session,
    plan: Plan,
    threshold: Threshold,
    choices: Choices | None = None,
    progress: Progress = no_progress,
) -> Applied:
    """Write *plan* in *session* (not committed: the caller commits, or rolls back a dry run)."""
    result = outcome(plan, threshold, choices)
    applied = Applied(plan, threshold, result)
    total = len(result.credited) + len(result.walk_ins)
    done = 0
    for credit in result.credited:
        progress(done, total)
        done += 1
        delegate = credit.delegate
        if delegate.mode is not AttendanceMode.ONLINE:
            applied.in_person.append(delegate.shown)
            continue
        participation = session.get_one(Participation, delegate.participation_id)
        if participation.online_minutes != credit.minutes:
            participation.online_minutes = credit.minutes
        applied.minutes_recorded += 1
        if credit.attended and participation.status is not ParticipationStatus.ATTENDED:
            participation.status = ParticipationStatus.ATTENDED
            applied.marked_attended.append(delegate.shown)
    for index, seconds, attended in result.walk_ins:
        progress(done, total)
        done += 1
        participant = plan.attendees[index].participant
        person = _walk_in_person(participant)
        session.add(person)
        session.add(
            Participation(
                event_id=plan.event_id,
                person=person,
                role=ParticipationRole.DELEGATE,
                attendance_mode=AttendanceMode.ONLINE,
                status=ParticipationStatus.ATTENDED if attended else ParticipationStatus.REGISTERED,
                walk_in=True,
                online_minutes=minutes_of(seconds),
            )
        )
        applied.walk_ins_added.append(participant.name)
    session.flush()
    progress(total, total)
    return applied


def _walk_in_person(participant: Participant) -> Person:
    from tvet_alliance.domain.search_keys import has_arabic, has_han

    latin = [n for n in participant.names if not (has_han(n) or has_arabic(n))]
    native = [n for n in participant.names if has_han(n) or has_arabic(n)]
    full_name = (latin or native or [participant.name])[0]
    name_native = native[0] if native and native[0] != full_name else None
    try:
        email = valid_email(participant.email)
    except Invalid:
        email = None
    return Person(full_name=full_name[:200], name_native=name_native, email=email)


def run(
    session: Session,
    path: Path,
    event_id: uuid.UUID,
    threshold: Threshold,
    *,
    choices: Choices | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> Applied:
    """Read, match and apply in one go (the command line)."""
    report = read_report(path, mapping=mapping)
    return apply(session, match(session, report, event_id), threshold, choices, progress)


__all__ = [
    "ALIASES",
    "COLUMNS",
    "DEFAULT_SHARE",
    "Applied",
    "AttendanceError",
    "AttendanceReport",
    "Attendee",
    "Choice",
    "Credited",
    "Delegate",
    "How",
    "Interval",
    "Layout",
    "Outcome",
    "Participant",
    "Plan",
    "Threshold",
    "apply",
    "auto_map",
    "header_of",
    "match",
    "outcome",
    "parse_duration",
    "parse_time",
    "read_report",
    "run",
    "union_seconds",
]
