"""Write ``import/``: the messy files partners really send, for tests/core/test_import_source.py.

    .venv/bin/python tests/data/make_import_corpus.py

Every file is written byte for byte from the literals below (no randomness, no clock: the .xlsx gets
fixed document and zip timestamps), so running the script again gives identical files. The files are
small (a few KB each). ``import/README.md`` says what each one exercises.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "import"
FIXED_TIME = datetime(2024, 6, 1, 9, 0, 0)
ZIP_TIME = (2024, 6, 1, 9, 0, 0)


def _csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    """*rows* the way Excel writes them: a cell is quoted when it holds the delimiter, a quote or a
    line break; quotes inside are doubled."""
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(delimiter.join(cells))
    return newline.join(out) + newline


def _write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)


# --- Chinese delegates list saved by Excel on a Chinese Windows ("CSV (逗号分隔)"): GBK --------------

GB_HEADER = ["姓名", "单位", "手机", "邮箱", "参会方式", "职务", "报到日期"]
GB_ROWS = [
    ["张伟", "深圳职业技术大学", "13812345678", "zhangwei@szpu.edu.cn", "线下", "副校长", "2024年6月25日"],
    [
        "李娜",
        "天津中德应用技术大学",
        "13987654321",
        "lina@tsguas.edu.cn",
        "线上",
        "国际交流处处长",
        "2024年6月25日",
    ],
    ["王芳", "南京工业职业技术大学", "15011112222", "wangfang@niit.edu.cn", "线下", "教师", "2024年6月26日"],
    [
        "刘洋",
        "广东轻工职业技术学院",
        "18600001111",
        "liuyang@gdqy.edu.cn",
        "线下",
        "教务处副处长",
        "2024年6月25日",
    ],
    [
        "陈静",
        "无锡职业技术学院",
        "13300003333",
        "chenjing@wxit.edu.cn",
        "线上",
        "专业带头人",
        "2024年6月26日",
    ],
    ["赵磊", "金华职业技术大学", "17700004444", "zhaolei@jhc.edu.cn", "线下", "院长", "2024年6月25日"],
    ["孙丽", "重庆工业职业技术学院", "13500005555", "sunli@cqipc.edu.cn", "线上", "科长", "2024年6月27日"],
    ["周杰", "山东商业职业技术学院", "15900006666", "zhoujie@sdbi.edu.cn", "线下", "教师", "2024年6月25日"],
]


def gbk_delegates() -> None:
    width = len(GB_HEADER)
    rows = [
        ["2024年6月 国际数字技能交流研讨会 参会人员名单"] + [""] * (width - 1),  # title, padded by Excel
        [""] * width,  # the blank line Excel writes as commas
        GB_HEADER,
        *GB_ROWS,
    ]
    _write("delegates_zh_gbk.csv", _csv(rows).encode("gbk"))


# --- "Unicode text" from Excel: UTF-16 LE with a BOM, tab separated --------------------------------

UTF16_HEADER = ["Name", "Organisation", "Country", "Email", "Mode"]
UTF16_ROWS = [
    ["Nguyễn Văn An", "Hanoi Vocational College of Technology", "Viet Nam", "an.nv@hvct.edu.vn", "Online"],
    ["Somchai Prasert", "วิทยาลัยเทคนิคเชียงใหม่", "Thailand", "somchai@cmtc.ac.th", "In person"],
    ["黄丽", "Guangzhou Panyu Polytechnic", "China", "huangli@gzpyp.edu.cn", "In person"],
    ["Aigerim Nurlanovna", "Astana Polytechnic College", "Kazakhstan", "aigerim@apc.kz", "Online"],
    ["Ahmed Hassan", "Cairo Technical Institute, Heliopolis", "Egypt", "ahmed@cti.edu.eg", "In person"],
]


def utf16_delegates() -> None:
    text = _csv([UTF16_HEADER, *UTF16_ROWS], delimiter="\t")
    _write("delegates_utf16_tab.txt", text.encode("utf-16"))  # Python's "utf-16" writes the LE BOM


# --- European Excel: UTF-8 with a BOM, semicolons, dd.mm.yyyy, decimal commas ----------------------

EU_HEADER = ["Name", "Institution", "Land", "Anreise", "Abreise", "Gebühr (EUR)", "Modus"]
EU_ROWS = [
    ["Jürgen Müller", "Berufskolleg Köln", "Deutschland", "24.06.2024", "27.06.2024", "1.234,50", "Präsenz"],
    [
        "François Lefèvre",
        "Lycée Professionnel Jean Moulin",
        "France",
        "25.06.2024",
        "27.06.2024",
        "980,00",
        "Présentiel",
    ],
    ["Åsa Lindqvist", "Yrkeshögskolan Göteborg", "Sverige", "25.06.2024", "26.06.2024", "0,00", "Online"],
    [
        "Zoë van der Berg",
        "ROC Midden Nederland",
        "Nederland",
        "24.06.2024",
        "28.06.2024",
        "1.050,75",
        "Präsenz",
    ],
]


def eu_delegates() -> None:
    text = _csv([EU_HEADER, *EU_ROWS], delimiter=";")
    _write("delegates_eu_semicolon.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))


# --- Pakistani spreadsheet in cp1252 (Windows "ANSI"), two title rows above the header -------------

PK_HEADER = ["Sr. No.", "Name", "Institute", "Mobile", "Email", "Mode", "Designation"]
PK_ROWS = [
    [
        "1",
        "Muhammad Ali",
        "Government College of Technology, Lahore",
        "0300-1234567",
        "m.ali@gct.edu.pk",
        "Online",
        "Principal",
    ],
    [
        "2",
        "Ayesha Siddiqui",
        "TEVTA Institute – Rawalpindi",
        "0321-7654321",
        "ayesha@tevta.gop.pk",
        "In person",
        "Instructor",
    ],
    [
        "3",
        "Bilal Ahmed",
        "Women’s Polytechnic Institute",
        "0333-1112223",
        "bilal@wpi.edu.pk",
        "Physical",
        "Head of Department",
    ],
    [
        "4",
        "Fatima Zahra",
        "Café & Hospitality Training Centre",
        "0345-9998887",
        "fatima@chtc.pk",
        "Virtual",
        "Coordinator",
    ],
    [
        "5",
        "Usman Tariq",
        "Swedish-Pakistani Institute of Technology",
        "0312-4445556",
        "usman@spit.edu.pk",
        "Physical",
        "Lecturer",
    ],
]


def pk_delegates() -> None:
    width = len(PK_HEADER)
    rows = [
        ["Punjab TEVTA – Nominations for the International Digital Skills Seminar"] + [""] * (width - 1),
        ["Date:", "12/06/2024"] + [""] * (width - 2),
        PK_HEADER,
        *PK_ROWS,
    ]
    _write("delegates_pk_cp1252.csv", _csv(rows).encode("cp1252"))


# --- Urdu names, UTF-8 without a BOM -------------------------------------------------------------

UR_HEADER = ["نام", "ادارہ", "موبائل", "ای میل", "شرکت کا طریقہ"]
UR_ROWS = [
    ["محمد علی", "گورنمنٹ کالج آف ٹیکنالوجی لاہور", "0300-1234567", "m.ali@gct.edu.pk", "آن لائن"],
    ["عائشہ صدیقی", "ٹیوٹا انسٹی ٹیوٹ راولپنڈی", "0321-7654321", "ayesha@tevta.gop.pk", "بالمشافہ"],
    ["بلال احمد", "ویمن پولی ٹیکنک انسٹی ٹیوٹ", "0333-1112223", "bilal@wpi.edu.pk", "آن لائن"],
]


def urdu_delegates() -> None:
    _write("delegates_ur_utf8.csv", _csv([UR_HEADER, *UR_ROWS], newline="\n").encode("utf-8"))


# --- Partners: Chinese headers in UTF-8, and English headers separated by vertical bars -------------

PARTNERS_ZH_HEADER = ["院校名称", "英文名称", "国家", "省份", "类型"]
PARTNERS_ZH_ROWS = [
    ["深圳职业技术大学", "Shenzhen Polytechnic University", "中国", "广东", "高职"],
    ["天津中德应用技术大学", "Tianjin Sino-German University of Applied Sciences", "中国", "天津", "本科"],
    ["金华职业技术大学", "Jinhua University of Vocational Technology", "中国", "浙江", "高职"],
    ["卡拉奇技术学院", "Karachi Institute of Technology", "巴基斯坦", "信德", "中职"],
]

PARTNERS_EN_HEADER = ["Name", "Country", "Province", "Type", "Website"]
PARTNERS_EN_ROWS = [
    ["Government College of Technology", "Pakistan", "Punjab", "Polytechnic", "https://gct.edu.pk"],
    ["Nairobi Technical Training Institute", "Kenya", "Nairobi", "TVET institute", "https://ntti.ac.ke"],
    ["Astana Polytechnic College", "Kazakhstan", "Astana", "College", ""],
    [
        "Hanoi Vocational College of Technology",
        "Viet Nam",
        "Hanoi",
        "College",
        "http://hvct.edu.vn/?lang=en&a=1",
    ],
    ["Universidad Tecnológica de Panamá", "Panama", "Panamá", "University", "https://utp.ac.pa"],
]


def partners() -> None:
    _write("partners_zh_utf8.csv", _csv([PARTNERS_ZH_HEADER, *PARTNERS_ZH_ROWS]).encode("utf-8"))
    text = _csv([PARTNERS_EN_HEADER, *PARTNERS_EN_ROWS], delimiter="|", newline="\n")
    _write("partners_pipe.txt", text.encode("utf-8"))


# --- Partners in their own words: types, roles, countries and provinces as partners write them -------

OWN_WORDS_HEADER = ["Name", "中文名称", "Country", "Province", "Type", "Role"]
OWN_WORDS_ROWS = [
    [
        "Xinjiang Light Industry Vocational College",
        "新疆轻工职业技术学院",
        "China",
        "Xinjiang",
        "高职院校",
        "成员单位",
    ],
    ["Tibet Vocational Technical College", "西藏职业技术学院", "中国", "Tibet", "高职", "member institution"],
    [
        "Urumqi Vocational University",
        "乌鲁木齐职业大学",
        "中华人民共和国",
        "新疆维吾尔自治区",
        "高等职业院校",
        "牵头单位",
    ],
    [
        "Xinjiang Department of Education",
        "新疆维吾尔自治区教育厅",
        "PRC",
        "新疆维吾尔自治区",
        "政府部门",
        "理事长单位",
    ],
    [
        "Inner Mongolia Technical College",
        "内蒙古机电职业技术学院",
        "中国",
        "Nei Mongol Zizhiqu",
        "职业技术学院",
        "会员单位",
    ],
    [
        "Guangxi Vocational College of Water Resources",
        "广西水利电力职业技术学院",
        "China",
        "广西壮族自治区",
        "高职院校",
        "副理事长单位",
    ],
    ["TEVTA Punjab", "", "Pakistan", "Punjab Province", "government department", "lead partner institution"],
    ["Peshawar Polytechnic Institute", "", "پاکستان", "KPK", "Polytechnic", "Member"],
    ["KP TEVTA", "", "巴基斯坦", "Khyber-Pakhtunkhwa", "Government Department", "vice chair institution"],
    ["NAVTTC", "", "PK", "ICT", "政府机关", "lead partner"],
    ["AJK TEVTA", "", "Pakistan", "AJK", "主管部门", "observer organisation"],
]


def own_words_partners() -> None:
    _write("partners_own_words.csv", _csv([OWN_WORDS_HEADER, *OWN_WORDS_ROWS]).encode("utf-8"))


# --- Partners again, matching the sample's: some better data, some a contact person's -------------

PARTNERS_UPDATE_HEADER = ["院校名称", "英文名称", "国家", "网站", "邮箱", "电话", "填表人", "备注"]
PARTNERS_UPDATE_ROWS = [
    # CQVIE as the person who filled the form in (填表人, no field of ours) wrote it: his name, e-mail
    # and mobile in the college's columns
    ["重庆工程职业技术学院", "Zhang Wei", "中国", "", "zhangwei.cq@qq.com", "138 0013 8000", "张伟", ""],
    # better data: the website and notes the sample lacks, the same e-mail
    [
        "重庆城市管理职业学院",
        "Chongqing City Management College",
        "中国",
        "https://www.cqcmc.edu.cn",
        "iec@cqcmc.edu.cn",
        "",
        "李娜",
        "E-commerce and smart-city programmes",
    ],
    # a website the sample lacks, and the international officer's own phone
    [
        "乌鲁木齐职业大学",
        "Urumqi Vocational University",
        "中国",
        "https://www.uvu.edu.cn",
        "",
        "0991-4678000",
        "",
        "",
    ],
    # no Chinese name: matched by the English one; a website and notes to add
    ["", "Balochistan TEVTA", "巴基斯坦", "https://btevta.gob.pk", "", "", "", "Provincial TVET authority"],
    # not in the sample: created
    ["喀什职业技术学院", "Kashgar Vocational and Technical College", "中国", "", "", "", "", ""],
]


def partners_update() -> None:
    _write("partners_update.csv", _csv([PARTNERS_UPDATE_HEADER, *PARTNERS_UPDATE_ROWS]).encode("utf-8-sig"))


# --- A Chinese-only partner list: GB18030, no English name, no country (Country = China for all) ----

PARTNERS_ZH_ONLY_HEADER = ["名称", "所在省份", "类型", "联系人", "手机", "邮箱", "地址"]
PARTNERS_ZH_ONLY_ROWS = [
    [
        "新疆农业职业技术大学",
        "新疆",
        "高职",
        "阿依古丽",
        "13899123456",
        "ayiguli@xjnzy.edu.cn",
        "新疆昌吉市北京南路",
    ],
    [
        "昌吉职业技术学院",
        "新疆维吾尔自治区",
        "高职",
        "李明",
        "13983012345",
        "liming@cjxy.edu.cn",
        "新疆昌吉市延安北路",
    ],
    ["喀什职业技术学院", "新疆维吾尔自治区", "高职", "买买提", "13709981234", "", "新疆喀什市"],
    ["云南国防工业职业技术学院", "云南省", "中职", "张丽", "15887123456", "zhangli@ynnd.edu.cn", "昆明市"],
]


def partners_zh_only() -> None:
    text = _csv([PARTNERS_ZH_ONLY_HEADER, *PARTNERS_ZH_ONLY_ROWS])
    _write("partners_zh_only.csv", text.encode("gb18030"))


# --- Competition entries: members joined by ";" or "、" ---------------------------------------------

ENTRIES_HEADER = ["Track", "Team", "Members", "Score", "Medal"]
ENTRIES_ROWS = [
    ["Industrial Robotics", "Shenzhen Team A", "张伟、李娜、王芳", "92.5", "Gold"],
    ["Industrial Robotics", "Lahore Tech", "Muhammad Ali; Ayesha Siddiqui", "88", "Silver"],
    ["Cloud Computing", "Nairobi Nimbus", "Grace Wanjiru; Peter Otieno; Mary Achieng", "79.25", "Bronze"],
    ["Cloud Computing", "天津中德", "刘洋、陈静", "95", "金牌"],
    ["Smart Manufacturing", "Astana Makers", "Aigerim Nurlanovna", "61", ""],
]


def entries() -> None:
    _write("entries_competition.csv", _csv([ENTRIES_HEADER, *ENTRIES_ROWS]).encode("utf-8"))


# --- Quoted fields holding line breaks, commas and quotes ---------------------------------------

QUOTED_HEADER = ["Name", "Address", "Notes"]
QUOTED_ROWS = [
    ["Grace Wanjiru", "P.O. Box 1234,\nNairobi, Kenya", 'Arrives 24 June; needs a "halal" meal'],
    ["Peter Otieno", "Kenyatta Avenue 5", "Line one\nLine two\nLine three"],
    ["Mary Achieng", "Mombasa", "Plain"],
]


def quoted() -> None:
    _write("quoted_newlines.csv", _csv([QUOTED_HEADER, *QUOTED_ROWS]).encode("utf-8"))


# --- Trailing empty columns and blank lines ---------------------------------------------------------


def trailing() -> None:
    text = (
        "Name,Email,Mode,,,\r\n"
        "Grace Wanjiru,grace@ntti.ac.ke,Online,,,\r\n"
        ",,,,,\r\n"
        "\r\n"
        "Peter Otieno,peter@ntti.ac.ke,In person,,,\r\n"
        "   ,  ,\t,,,\r\n"
        "Mary Achieng,mary@ntti.ac.ke,Online,,,\r\n"
        "\r\n"
        ",,,,,\r\n"
    )
    _write("trailing_blank.csv", text.encode("utf-8"))


# --- Ragged rows: some rows longer than the header -----------------------------------------------


def ragged() -> None:
    text = (
        "Name,Email,Mode\n"
        "Grace Wanjiru,grace@ntti.ac.ke,Online\n"
        "Peter Otieno,peter@ntti.ac.ke,In person,extra note,second extra\n"
        "Mary Achieng,mary@ntti.ac.ke\n"
        "John Kamau,john@ntti.ac.ke,Online,late\n"
        "Esther Njeri,esther@ntti.ac.ke,Online\n"
    )
    _write("ragged_rows.csv", text.encode("utf-8"))


# --- The same column name twice -------------------------------------------------------------------


def duplicate_header() -> None:
    text = (
        "Name,Phone,Email,phone\n"
        "Grace Wanjiru,0712 345678,grace@ntti.ac.ke,0733 111222\n"
        "Peter Otieno,0722 987654,peter@ntti.ac.ke,\n"
    )
    _write("duplicate_header.csv", text.encode("utf-8"))


# --- Nothing, and not text ----------------------------------------------------------------------


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def empties_and_binary() -> None:
    _write("empty.csv", b"")
    _write("blank_lines_only.csv", b"\xef\xbb\xbf\r\n  \r\n\r\n")
    width, height = 16, 16
    raw = b"".join(
        b"\x00" + bytes((x * 16 + y) % 256 for x in range(width) for _ in range(3)) for y in range(height)
    )
    png = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", zlib.compress(raw, 9))
        + _png_chunk(b"IEND", b"")
    )
    _write("not_a_table.png", png)


# --- One cell of 10,000 characters -----------------------------------------------------------------

LONG_CELL = ("Curriculum notes: 数字技能 " + "abcdefghij" * 20 + "\n") * 1000


def long_cell() -> None:
    cell = LONG_CELL[:10_000]
    assert len(cell) == 10_000
    rows = [["Name", "Notes", "Mode"], ["Grace Wanjiru", cell, "Online"], ["Peter Otieno", "short", "Online"]]
    _write("long_cell.csv", _csv(rows).encode("utf-8"))


# --- A small workbook: a title row, a phone stored as text, and a second sheet --------------------

XLSX_HEADER = ["Name", "Institute", "Mobile", "Email", "Mode", "Arrival"]
XLSX_ROWS: list[list[object]] = [
    [
        "Muhammad Ali",
        "Government College of Technology",
        "03001234567",
        "m.ali@gct.edu.pk",
        "Online",
        datetime(2024, 6, 25),
    ],
    ["张伟", "深圳职业技术大学", "13812345678", "zhangwei@szpu.edu.cn", "线下", datetime(2024, 6, 26)],
    [
        "Grace Wanjiru",
        "Nairobi Technical Training Institute",
        "0712345678",
        "grace@ntti.ac.ke",
        "In person",
        datetime(2024, 6, 24, 14, 30),
    ],
]


def xlsx() -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Delegates"
    ws.append(["International Digital Skills Seminar 2024 – delegates"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(XLSX_HEADER))
    ws.append([])
    ws.append(XLSX_HEADER)
    for row in XLSX_ROWS:
        ws.append(row)
    for r in range(4, 4 + len(XLSX_ROWS)):
        ws.cell(row=r, column=3).number_format = "@"  # phones typed as text, keeping the leading 0
    notes = book.create_sheet("Notes")
    notes.append(["Note", "Author"])
    notes.append(["Phones are text so the leading 0 stays", "Secretariat"])
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps each zip entry with the clock: copy them with a fixed time so reruns are identical.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl sets "modified" to now on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-06-01T09:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    _write("delegates.xlsx", out.getvalue())


# --- delegates with cells to fix on the Check page (tests/core/test_import_fixes.py) -------------

FIXABLE_ROWS = [
    ["Name", "Organisation", "Nationality", "E-mail", "Attendance"],
    ["Zhou Lan", "CQVIE", "China", "zhoulan@cqvie.edu.cn", "线下"],
    ["Ahmed Raza", "Punjab TEVTA", "Punjab", "ahmed.raza at tevta.gop.pk", "Online"],
    ["Liu Min", "TSGUAS", "China", "liumin@@tsguas.edu.cn", "线上"],
    ["Sana Iqbal", "Punjab TEVTA", "Pakistan", "sana.iqbal@tevta.gop.pk", "In person"],
]


def fixable_delegates() -> None:
    _write("delegates_fixable.csv", _csv(FIXABLE_ROWS).encode("utf-8"))


# --- delegates with the phones partners really send: unassigned ranges, Excel's notation ------------

PHONES_HEADER = ["姓名", "单位", "手机", "邮箱", "参会方式"]
PHONES_ROWS = [
    ["张伟", "深圳职业技术大学", "13812345678", "zhangwei.p@szpu.edu.cn", "线下"],  # valid mobile
    ["李娜", "天津中德应用技术大学", "174 1234 5678", "lina.p@tsguas.edu.cn", "线上"],  # 174: no range in use
    ["王芳", "深圳职业技术大学", "8.61426E+12", "wangfang.p@szpu.edu.cn", "线下"],  # Excel's notation
    ["Ahmed Raza", "Punjab TEVTA", "0300-1234567", "ahmed.raza@tevta.gop.pk", "线下"],  # valid 03XX
    ["Bilal Khan", "Punjab TEVTA", "0399-1234567", "bilal.khan@tevta.gop.pk", "线上"],  # 0399: not in use
    ["Sana Iqbal", "Sindh TEVTA", "9.23E+11", "sana.iqbal@stevta.gos.pk", "线下"],  # Excel's notation
    ["刘洋", "天津中德应用技术大学", "8,61426E+12", "liuyang.p@tsguas.edu.cn", "线下"],  # comma decimal
    ["陈静", "深圳职业技术大学", "12345", "chenjing.p@szpu.edu.cn", "线下"],  # too short: impossible
    ["Usman Ali", "Sindh TEVTA", "+92 345 1112233", "usman.ali@stevta.gos.pk", "线上"],  # international
    ["赵磊", "天津中德应用技术大学", "138 0013 8001", "zhaolei.p@tsguas.edu.cn", "线下"],  # spaced
]


def phones_delegates() -> None:
    """UTF-8 with a BOM, as Excel's "CSV UTF-8" saves it."""
    _write("delegates_phones.csv", b"\xef\xbb\xbf" + _csv([PHONES_HEADER, *PHONES_ROWS]).encode("utf-8"))


README = """\
# Import corpus

Files a partner might send, written by `tests/data/make_import_corpus.py` (deterministic: run it
again and the bytes are identical). `tests/core/test_import_source.py` asserts what
`tvet_alliance.services.importing.source` detects in each one. Do not edit the files by hand:
change the script and run it.

| File | What it exercises |
| --- | --- |
| `delegates_zh_gbk.csv` | Chinese Excel "CSV (逗号分隔)": GBK bytes (decoded as GB18030), comma, a title row "2024年6月 国际数字技能交流研讨会 参会人员名单" padded with commas, a blank line (commas only), header on line 3 (姓名, 单位, 手机, 邮箱, 参会方式, 职务, 报到日期), 线上/线下, dates like 2024年6月25日 |
| `delegates_utf16_tab.txt` | Excel "Unicode text": UTF-16 LE with a BOM, tab separated, CRLF; Vietnamese, Thai and Chinese text; a comma inside a cell |
| `delegates_eu_semicolon.csv` | European Excel: UTF-8 with a BOM, semicolons, dd.mm.yyyy dates, decimal commas (1.234,50), accented names |
| `delegates_pk_cp1252.csv` | Pakistani spreadsheet saved as "ANSI" (cp1252: en dash, curly apostrophe, é), two title rows above the header (the second "Date:,12/06/2024"), Name/Institute/Mobile/Email/Mode, modes Online/In person/Physical/Virtual, phones like 0300-1234567 |
| `delegates_ur_utf8.csv` | Urdu headers (نام, ادارہ, ...) and names (محمد علی) in UTF-8 without a BOM, LF line ends |
| `partners_zh_utf8.csv` | Partners with Chinese headers 院校名称, 英文名称, 国家, 省份, 类型 (UTF-8, comma) |
| `partners_update.csv` | Partners the sample holds, as partners send them again (UTF-8 with a BOM, Chinese headers): CQVIE with its contact person's name, e-mail and mobile in the college's columns (the update trap), rows with a website or notes the sample lacks, one matched by its English name only, one new partner |
| `partners_zh_only.csv` | A Chinese-only partner list (GB18030, CRLF): 名称, 所在省份, 类型, 联系人, 手机, 邮箱, 地址 — no English name and no country column (Country = China is set for every row); provinces with and without 省/维吾尔自治区; one e-mail empty |
| `partners_pipe.txt` | Partners Name/Country/Province/Type/Website separated by vertical bars; an empty cell; a URL with `?` and `&` |
| `entries_competition.csv` | Competition entries Track/Team/Members/Score/Medal: members joined by `;` (in a comma file) or `、`; decimal scores; an empty last cell |
| `quoted_newlines.csv` | Quoted cells holding line breaks, commas, semicolons and doubled quotes: 3 records over 7 lines |
| `trailing_blank.csv` | Trailing empty columns on every line, blank lines (empty, commas only, spaces and a tab) between and after the rows: row numbers still count them |
| `ragged_rows.csv` | Rows with more cells than the header (and one with fewer): the preview is padded, no cell lost |
| `duplicate_header.csv` | The header names "Phone" twice (case differs): `read_table` refuses it (`header_duplicate`) |
| `empty.csv` | Zero bytes: `empty` |
| `blank_lines_only.csv` | A BOM and blank lines only: `empty` |
| `not_a_table.png` | A real (tiny) PNG: NUL bytes, `binary` |
| `long_cell.csv` | A quoted cell of exactly 10,000 characters with line breaks and Chinese: comes back whole |
| `partners_own_words.csv` | Partners in their own words: types 高职院校, 高职, 高等职业院校, 政府部门, "government department", 主管部门; roles 牵头单位, 理事长单位, 成员单位, "lead partner institution"; countries 中国, 中华人民共和国, PRC, پاکستان; provinces Xinjiang, Tibet, 新疆维吾尔自治区, Nei Mongol Zizhiqu, KPK, ICT, AJK (`resources/vocab`): every row imports |
| `delegates_phones.csv` | Delegates (UTF-8 BOM) with the phones partners send: valid Chinese 1XX and Pakistani 03XX mobiles, spaced and international forms, numbers of the right length in ranges not in use (174…, 0399…: kept with a warning), Excel's scientific notation (8.61426E+12, 9.23E+11, 8,61426E+12: `phone_excel`) and a number too short (refused) |
| `delegates.xlsx` | Workbook: first sheet "Delegates" with a merged title row, a blank row, the header on row 3, phones stored as text (leading 0 kept), dates; a second sheet "Notes" |
| `delegates_fixable.csv` | Four delegates of sample partners (UTF-8, comma) for the Check page's fixes: row 2 gives a province (Punjab) as its nationality and an e-mail with "at", row 3 an e-mail with "@@" — a cell to fix in the grid, and a domain-level problem to leave empty in every row |
| `partners_values.csv` | Partners in their own words — types "Vocational Skills Hub" ×3 (case and spaces differ) and 产教联合体 ×2, membership "Partner (awaiting board)" ×3, the province Chongqing for a Pakistani partner (refused with its country): only a person can map them (the Values page, `--value`) |
| `people_unknown_orgs.csv` | People naming the sample's partners by variant spellings (lower case, 深圳职业技术大学, the alias "TEVTA Punjab") and two organisations no partner has: "Chongqing Vocational Institute of Engineerng" (a typo of CQVIE, in two cases) and "Gilgit-Baltistan Skills Academy" (nothing close) |
| `partners_nul_row.csv` | Five partners in UTF-8; row 3's name ends in three NUL bytes (an old export's padding), row 4's holds a vertical tab: those rows' problems (stripped with a warning), not the file's |
| `delegates_cp1252_latin.csv` | Spanish and Portuguese delegates (Muñoz, Peña, João, Gonçalves, Ñusta) in Windows-1252 with €, an en dash and curly quotes, semicolons: read as Windows-1252, Windows-1250 ("Muńoz") an alternative |
| `partners_cp1250_polish.csv` | Polish partners (Śląska, Łódzkie, Wrocławiu, Białymstoku) in Windows-1250, semicolons: read as Windows-1250, since Windows-1252 reads "Wroc³awiu" |
"""


# --- Values only a person can map (the wizard's Values page, --value) ------------------------------

VALUES_ROWS = [
    ["Name", "Country", "Province", "Type", "Membership"],
    ["Gwadar Skills Hub", "Pakistan", "Balochistan", "Vocational Skills Hub", "Partner (awaiting board)"],
    ["Chongqing Vocational Education Group", "China", "Chongqing", "产教联合体", "Active"],
    ["Quetta Skills Hub", "Pakistan", "Balochistan", "vocational  skills hub", "Partner (awaiting board)"],
    ["Sichuan Vocational Education Group", "China", "Sichuan", "产教联合体", "Active"],
    ["Karachi Skills Hub", "Pakistan", "Chongqing", "VOCATIONAL SKILLS HUB", "partner (awaiting board)"],
    ["Lahore Technical College", "Pakistan", "Punjab", "TVET college", "Active"],
]


def values_partners() -> None:
    text = "\r\n".join(",".join(row) for row in VALUES_ROWS) + "\r\n"
    _write("partners_values.csv", text.encode("utf-8"))


# --- Structure per row, and Latin code pages (issue 14, items 7 and 8) -------------------------------

NUL_HEADER = ["Name", "Country", "Province", "Type", "Website"]
NUL_ROWS = [
    ["Government College of Technology", "Pakistan", "Punjab", "Polytechnic", "https://gct.edu.pk"],
    ["Nairobi Technical Training Institute", "Kenya", "", "University", "https://ntti.ac.ke"],
    # An old database export pads a fixed-width field with NULs; a vertical tab stood for a line break.
    ["Astana Polytechnic College\x00\x00\x00", "Kazakhstan", "Astana", "Polytechnic", ""],
    ["Hanoi Vocational\x0bCollege of Technology", "Viet Nam", "", "Polytechnic", "http://hvct.edu.vn"],
    ["Universidad Tecnológica de Panamá", "Panama", "Panamá", "University", "https://utp.ac.pa"],
]

LATIN_HEADER = ["Name", "Institution", "Country", "Email", "Mode", "Fee"]
LATIN_ROWS = [
    ["José Muñoz", "Instituto Tecnológico de Aragón", "Spain", "jmunoz@ita.es", "In person", "€ 250"],
    [
        "Inés Peña",
        "Centro Integrado de Formación Profesional “Cuatrovientos”",
        "Spain",
        "ipena@cfp.es",
        "Online",
        "€ 0",
    ],
    [
        "João Gonçalves",
        "Instituto de Emprego e Formação Profissional",
        "Portugal",
        "jgoncalves@iefp.pt",
        "In person",
        "€ 250",
    ],
    ["Conceição Araújo", "Escola Profissional de Braga", "Portugal", "caraujo@epb.pt", "Online", "€ 0"],
    [
        "Ñusta Quispe Peña",
        "SENATI – Servicio Nacional de Adiestramiento",
        "Peru",
        "nquispe@senati.pe",
        "In person",
        "€ 250",
    ],
    [
        "Sebastião Magalhães",
        "Centro Paula Souza – São Paulo",
        "Brazil",
        "smagalhaes@cps.sp.gov.br",
        "Online",
        "€ 0",
    ],
]

POLISH_HEADER = ["Name", "Country", "Province", "Type", "Website"]
POLISH_ROWS = [
    ["Politechnika Śląska", "Poland", "Śląskie", "University", "https://www.polsl.pl"],
    ["Zespół Szkół Technicznych w Łodzi", "Poland", "Łódzkie", "Polytechnic", "https://zst.lodz.pl"],
    ["Centrum Kształcenia Zawodowego we Wrocławiu", "Poland", "Dolnośląskie", "Polytechnic", ""],
    ["Politechnika Gdańska", "Poland", "Pomorskie", "University", "https://pg.edu.pl"],
    ["Zakład Doskonalenia Zawodowego w Białymstoku", "Poland", "Podlaskie", "Polytechnic", ""],
    ["Politechnika Częstochowska", "Poland", "Śląskie", "University", "https://pcz.pl"],
]


def source_rows() -> None:
    _write("partners_nul_row.csv", _csv([NUL_HEADER, *NUL_ROWS]).encode("utf-8"))
    _write("delegates_cp1252_latin.csv", _csv([LATIN_HEADER, *LATIN_ROWS], delimiter=";").encode("cp1252"))
    _write("partners_cp1250_polish.csv", _csv([POLISH_HEADER, *POLISH_ROWS], delimiter=";").encode("cp1250"))


# --- A people list naming organisations no partner has (the Organisations page) --------------------

ORGS_HEADER = ["Name", "姓名", "Organisation", "Email", "Position"]
ORGS_ROWS = [
    ["Li Ming", "李明", "shenzhen polytechnic university", "liming@szpu.edu.cn", "Dean"],
    ["Chen Jing", "陈静", "深圳职业技术大学", "chenjing@szpu.edu.cn", "Lecturer"],
    ["Wang Lei", "王磊", "Chongqing Vocational Institute of Engineerng", "wanglei@cqvie.edu.cn", "Director"],
    ["Zhao Min", "赵敏", "CHONGQING VOCATIONAL INSTITUTE OF ENGINEERNG", "zhaomin@cqvie.edu.cn", "Teacher"],
    ["Ahmed Raza", "", "Gilgit-Baltistan Skills Academy", "ahmed.raza@gbsa.pk", "Principal"],
    ["Sara Khan", "", "TEVTA Punjab", "sara.khan@tevta.gop.pk", "Coordinator"],
    ["Bilal Hussain", "", "Gilgit-Baltistan Skills Academy", "bilal@gbsa.pk", "Instructor"],
]


def unknown_orgs_people() -> None:
    lines = [",".join(ORGS_HEADER), *(",".join(row) for row in ORGS_ROWS)]
    _write("people_unknown_orgs.csv", ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for make in (
        gbk_delegates,
        utf16_delegates,
        eu_delegates,
        pk_delegates,
        urdu_delegates,
        partners,
        own_words_partners,
        partners_update,
        partners_zh_only,
        entries,
        quoted,
        trailing,
        ragged,
        duplicate_header,
        empties_and_binary,
        long_cell,
        xlsx,
        fixable_delegates,
        values_partners,
        unknown_orgs_people,
        source_rows,
        phones_delegates,
    ):
        make()
    (OUT / "README.md").write_text(README, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
