"""What detection finds in the files partners send (tests/data/import, written by
tests/data/make_import_corpus.py): encoding, delimiter, header row, header, data rows and their
numbers, and the error for each file that cannot be read."""

from __future__ import annotations

import codecs
import os
import tracemalloc
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.data import make_import_corpus as corpus
from tvet_alliance.domain import Organization
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import ImportKind, ImportOptions, Report, auto_map, run, source
from tvet_alliance.services.importing.source import (
    SAMPLE_BYTES,
    Detection,
    ImportFileError,
    check_header,
    data_rows,
    detect,
    detect_delimiter,
    detect_encoding,
    detect_header,
    read_table,
    records,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def f(name: str) -> Path:
    path = CORPUS / name
    assert path.exists(), f"{name} missing: run tests/data/make_import_corpus.py"
    return path


def rows_of(path: Path, detection: Detection) -> list[tuple[int, list[str]]]:
    return list(data_rows(path, detection))


def codec(name: str) -> str:
    return codecs.lookup(name).name


def error_code(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    """The code of the ImportFileError *call* raises (iterating what it returns, if anything)."""
    with pytest.raises(ImportFileError) as info:
        result = call(*args, **kwargs)
        if hasattr(result, "__next__"):
            list(result)
    return info.value.code


# --- the corpus is what the script writes ----------------------------------------------------------


def test_corpus_is_small_and_documented() -> None:
    files = sorted(p for p in CORPUS.iterdir() if p.name != "README.md")
    assert len(files) >= 17
    assert sum(p.stat().st_size for p in files) < 300_000
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for p in files:
        assert f"`{p.name}`" in readme, p.name


def test_corpus_script_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "OUT", tmp_path)
    corpus.main()
    for p in sorted(CORPUS.iterdir()):
        assert (tmp_path / p.name).read_bytes() == p.read_bytes(), p.name


# --- one file at a time ------------------------------------------------------------------------


def test_chinese_excel_gbk_with_title_row_and_blank_line() -> None:
    path = f("delegates_zh_gbk.csv")
    d = detect(path)
    assert d.encoding == "gb18030"  # GBK is a subset; GB18030 reads every file GBK does
    assert d.encoding_source == "gb18030"
    assert d.delimiter == ","
    assert d.header_row == 3  # title on line 1, a blank line (commas only) on line 2
    t = read_table(path, d)
    assert t.header == ["姓名", "单位", "手机", "邮箱", "参会方式", "职务", "报到日期"]
    assert t.title_rows == [["2024年6月 国际数字技能交流研讨会 参会人员名单"]]
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == list(range(1, len(corpus.GB_ROWS) + 1))
    assert [cells for _, cells in rows] == corpus.GB_ROWS
    assert {cells[4] for _, cells in rows} == {"线上", "线下"}
    assert rows[0][1][6] == "2024年6月25日"
    assert t.preview == corpus.GB_ROWS


def test_chinese_file_forced_as_utf8_is_an_encoding_error() -> None:
    path = f("delegates_zh_gbk.csv")
    with pytest.raises(ImportFileError) as info:
        detect(path, encoding="utf-8")
    assert info.value.code == "encoding"
    assert info.value.params["encoding"] == "utf-8"
    raw = path.read_bytes()
    assert raw[: info.value.params["offset"]].decode("utf-8")  # the bytes before it are fine
    assert "utf-8" in str(info.value)


def test_utf16_unicode_text_tab_separated() -> None:
    path = f("delegates_utf16_tab.txt")
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    d = detect(path)
    assert codec(d.encoding) == "utf-16"
    assert d.encoding_source == "bom"
    assert d.delimiter == "\t"
    assert d.header_row == 1
    t = read_table(path, d)
    assert t.header == corpus.UTF16_HEADER
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3, 4, 5]
    assert [cells for _, cells in rows] == corpus.UTF16_ROWS
    assert rows[1][1][1] == "วิทยาลัยเทคนิคเชียงใหม่"
    assert rows[4][1][1] == "Cairo Technical Institute, Heliopolis"  # a comma is text in a tab file


def test_european_excel_bom_semicolons_decimal_commas() -> None:
    path = f("delegates_eu_semicolon.csv")
    d = detect(path)
    assert codec(d.encoding) == "utf-8-sig"
    assert d.encoding_source == "bom"
    assert d.delimiter == ";"
    assert d.header_row == 1
    t = read_table(path, d)
    assert t.header == corpus.EU_HEADER
    assert not t.header[0].startswith("\ufeff")
    rows = rows_of(path, d)
    assert [cells for _, cells in rows] == corpus.EU_ROWS
    assert rows[0][1][3] == "24.06.2024"
    assert rows[0][1][5] == "1.234,50"  # text until mapped: the decimal comma is not a delimiter


def test_pakistani_cp1252_two_title_rows() -> None:
    path = f("delegates_pk_cp1252.csv")
    d = detect(path)
    # Not UTF-8, not Chinese: a guess. cp1252 and cp1250 read these bytes the same, so compare text.
    assert d.encoding_source == "guess"
    assert path.read_bytes().decode(d.encoding) == path.read_bytes().decode("cp1252")
    assert d.delimiter == ","
    assert d.header_row == 3
    t = read_table(path, d)
    assert t.header == corpus.PK_HEADER
    assert t.title_rows == [
        ["Punjab TEVTA – Nominations for the International Digital Skills Seminar"],
        ["Date:", "12/06/2024"],
    ]
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3, 4, 5]
    assert [cells for _, cells in rows] == corpus.PK_ROWS
    assert {cells[5] for _, cells in rows} == {"Online", "In person", "Physical", "Virtual"}
    assert rows[0][1][3] == "0300-1234567"
    assert rows[2][1][2] == "Women’s Polytechnic Institute"
    assert rows[3][1][2] == "Café & Hospitality Training Centre"


def test_pakistani_file_with_encoding_chosen() -> None:
    path = f("delegates_pk_cp1252.csv")
    d = detect(path, encoding="windows-1252")
    assert d.encoding == "cp1252"
    assert d.encoding_source == "chosen"
    assert d.header_row == 3
    assert [cells for _, cells in rows_of(path, d)] == corpus.PK_ROWS
    assert error_code(detect, path, encoding="utf-8") == "encoding"
    assert error_code(detect, path, encoding="no-such-codec") == "unknown_encoding"


def test_urdu_utf8() -> None:
    path = f("delegates_ur_utf8.csv")
    d = detect(path)
    assert d.encoding == "utf-8"
    assert d.encoding_source == "utf-8"
    assert d.delimiter == ","
    assert d.header_row == 1
    t = read_table(path, d)
    assert t.header == ["نام", "ادارہ", "موبائل", "ای میل", "شرکت کا طریقہ"]
    rows = rows_of(path, d)
    assert [cells for _, cells in rows] == corpus.UR_ROWS
    assert rows[0][1][0] == "محمد علی"


def test_partners_chinese_headers() -> None:
    path = f("partners_zh_utf8.csv")
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("utf-8", ",", 1)
    assert read_table(path, d).header == ["院校名称", "英文名称", "国家", "省份", "类型"]
    assert [cells for _, cells in rows_of(path, d)] == corpus.PARTNERS_ZH_ROWS


def test_partners_pipe_delimited() -> None:
    path = f("partners_pipe.txt")
    d = detect(path)
    assert d.delimiter == "|"
    assert d.header_row == 1
    assert read_table(path, d).header == ["Name", "Country", "Province", "Type", "Website"]
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3, 4, 5]
    expected = [r[:-1] if r[-1] == "" else r for r in corpus.PARTNERS_EN_ROWS]  # trailing empty dropped
    assert [cells for _, cells in rows] == expected
    assert rows[2][1] == ["Astana Polytechnic College", "Kazakhstan", "Astana", "College"]


def test_competition_entries_members_kept_in_one_cell() -> None:
    path = f("entries_competition.csv")
    d = detect(path)
    assert d.delimiter == ","  # not the ";" between members
    t = read_table(path, d)
    assert t.header == ["Track", "Team", "Members", "Score", "Medal"]
    rows = rows_of(path, d)
    assert rows[0][1][2] == "张伟、李娜、王芳"
    assert rows[1][1][2] == "Muhammad Ali; Ayesha Siddiqui"
    assert rows[2][1][3] == "79.25"
    assert rows[4][1] == ["Smart Manufacturing", "Astana Makers", "Aigerim Nurlanovna", "61"]
    assert t.preview[4] == ["Smart Manufacturing", "Astana Makers", "Aigerim Nurlanovna", "61", ""]


def test_quoted_newlines_and_delimiters_are_kept() -> None:
    path = f("quoted_newlines.csv")
    assert path.read_bytes().count(b"\n") == 7
    d = detect(path)
    assert (d.delimiter, d.header_row) == (",", 1)
    assert read_table(path, d).header == ["Name", "Address", "Notes"]
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3]  # records, not lines
    assert rows[0][1] == [
        "Grace Wanjiru",
        "P.O. Box 1234,\nNairobi, Kenya",
        'Arrives 24 June; needs a "halal" meal',
    ]
    assert rows[1][1][2] == "Line one\nLine two\nLine three"
    assert rows[2][1] == ["Mary Achieng", "Mombasa", "Plain"]


def test_trailing_empty_columns_and_blank_lines() -> None:
    path = f("trailing_blank.csv")
    d = detect(path)
    assert (d.delimiter, d.header_row) == (",", 1)
    t = read_table(path, d)
    assert t.header == ["Name", "Email", "Mode"]  # ",,," after the header dropped
    assert [len(r) for r in t.preview] == [3, 3, 3]
    rows = rows_of(path, d)
    # Blank lines are skipped but counted, so the numbers are the lines below the header.
    assert [n for n, _ in rows] == [1, 4, 6]
    assert [cells[0] for _, cells in rows] == ["Grace Wanjiru", "Peter Otieno", "Mary Achieng"]
    assert all(len(cells) == 3 for _, cells in rows)
    assert list(records(path, d))[2:4] == [[], []]


def test_ragged_rows_keep_every_cell() -> None:
    path = f("ragged_rows.csv")
    d = detect(path)
    assert d.header_row == 1
    t = read_table(path, d)
    assert t.header == ["Name", "Email", "Mode", "", ""]  # padded to the widest row
    assert t.preview[1] == ["Peter Otieno", "peter@ntti.ac.ke", "In person", "extra note", "second extra"]
    assert t.preview[2] == ["Mary Achieng", "mary@ntti.ac.ke", "", "", ""]
    assert all(len(r) == 5 for r in t.preview)
    rows = rows_of(path, d)
    assert [len(cells) for _, cells in rows] == [3, 5, 2, 4, 3]


def test_duplicate_header_is_refused() -> None:
    path = f("duplicate_header.csv")
    d = detect(path)
    assert d.header_row == 1
    with pytest.raises(ImportFileError) as info:
        read_table(path, d)
    assert info.value.code == "header_duplicate"
    assert info.value.params == {"name": "phone", "first": 2, "second": 4}
    with pytest.raises(ImportFileError):
        check_header(["Name", "Email", "NAME"])
    check_header(["Name", "", "", "Email"])  # empty header cells are not duplicates


@pytest.mark.parametrize("name", ["empty.csv", "blank_lines_only.csv"])
def test_empty_files(name: str) -> None:
    assert error_code(detect, f(name)) == "empty"


def test_binary_file() -> None:
    path = f("not_a_table.png")
    assert b"\x00" in path.read_bytes()
    assert error_code(detect, path) == "binary"
    assert error_code(detect, path, encoding="latin-1") == "binary"  # even with an encoding chosen


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as info:
        detect(tmp_path / "nowhere.csv")
    assert info.value.code == "missing"
    assert "nowhere.csv" in str(info.value)


def test_ten_thousand_character_cell_comes_back_whole() -> None:
    path = f("long_cell.csv")
    d = detect(path)
    assert d.header_row == 1
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2]
    cell = rows[0][1][1]
    assert len(cell) == 10_000
    assert cell == corpus.LONG_CELL[:10_000]
    assert rows[0][1][2] == "Online"
    assert read_table(path, d).preview[0][1] == cell


def test_xlsx_title_row_text_phone_and_sheets() -> None:
    path = f("delegates.xlsx")
    d = detect(path)
    assert d.is_xlsx
    assert d.sheet == "Delegates"
    assert d.sheets == ("Delegates", "Notes")
    assert d.header_row == 3
    t = read_table(path, d)
    assert t.header == corpus.XLSX_HEADER
    assert t.title_rows == [["International Digital Skills Seminar 2024 – delegates"]]
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3]
    assert rows[0][1] == [
        "Muhammad Ali",
        "Government College of Technology",
        "03001234567",
        "m.ali@gct.edu.pk",
        "Online",
        "2024-06-25",
    ]
    assert rows[1][1][2] == "13812345678"
    assert rows[2][1][5] == "2024-06-24 14:30:00"

    notes = detect(path, sheet="Notes")
    assert notes.sheet == "Notes"
    assert notes.header_row == 1
    assert read_table(path, notes).header == ["Note", "Author"]
    assert rows_of(path, notes) == [(1, ["Phones are text so the leading 0 stays", "Secretariat"])]
    assert error_code(detect, path, sheet="Missing") == "sheet"
    assert error_code(records, path, Detection("xlsx", "", 1, "Missing", d.sheets, "xlsx")) == "sheet"


def test_damaged_xlsx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert error_code(detect, bad) == "xlsx"
    # A workbook whose sheet was cut short (an interrupted download): openpyxl only finds out while
    # reading the rows.
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(f("delegates.xlsx")) as src, zipfile.ZipFile(cut, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(info.filename, data)
    assert error_code(detect, cut) == "xlsx"
    d = detect(cut, sheet="Notes")  # the other sheet is whole
    assert read_table(cut, d).header == ["Note", "Author"]


# --- overrides ---------------------------------------------------------------------------------


def test_overrides() -> None:
    path = f("delegates_zh_gbk.csv")
    d = detect(path, header_row=1)
    assert d.header_row == 1
    header = read_table(path, d).header
    assert header == ["2024年6月 国际数字技能交流研讨会 参会人员名单"] + [""] * 6  # padded to the rows
    d = detect(path, delimiter=";")
    assert d.delimiter == ";"
    assert read_table(path, d).header[0].startswith("2024年6月")  # one wide column: every row has 1 cell
    d = detect(path, encoding="GBK")
    assert d.encoding == "gbk"
    assert d.encoding_source == "chosen"
    assert read_table(path, d).header == corpus.GB_HEADER

    eu = f("delegates_eu_semicolon.csv")
    d = detect(eu, delimiter=",", header_row=1)
    assert (d.delimiter, d.header_row) == (",", 1)
    assert read_table(eu, d).header == ["Name;Institution;Land;Anreise;Abreise;Gebühr (EUR);Modus", ""]

    assert error_code(detect, eu, delimiter=";;") == "delimiter"


def test_header_row_override_beyond_the_file() -> None:
    path = f("partners_zh_utf8.csv")
    d = detect(path, header_row=100)
    assert error_code(read_table, path, d) == "no_rows"
    assert rows_of(path, d) == []


# --- the detection helpers on their own --------------------------------------------------------


def test_detect_encoding_helpers() -> None:
    assert detect_encoding(codecs.BOM_UTF8 + b"a,b", whole=True) == ("utf-8-sig", "bom")
    assert detect_encoding(codecs.BOM_UTF16_BE + "a,b".encode("utf-16-be"), whole=True) == ("utf-16", "bom")
    assert detect_encoding(codecs.BOM_UTF32_LE + "a,b".encode("utf-32-le"), whole=True) == ("utf-32", "bom")
    assert detect_encoding("Name,Email\n".encode("utf-16-le"), whole=True) == ("utf-16-le", "guess")
    assert detect_encoding("Name,Email\n".encode("utf-16-be"), whole=True) == ("utf-16-be", "guess")
    assert detect_encoding("姓名,单位\n张伟,深圳".encode("gb18030"), whole=True) == ("gb18030", "gb18030")
    assert detect_encoding("Name,é".encode(), whole=True) == ("utf-8", "utf-8")
    # A sample cut inside a UTF-8 character is still UTF-8.
    assert detect_encoding("Name,单位".encode()[:-1], whole=False) == ("utf-8", "utf-8")
    with pytest.raises(ImportFileError) as info:
        detect_encoding(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", whole=True)
    assert info.value.code == "binary"


def test_detect_delimiter_helper() -> None:
    assert detect_delimiter("a,b,c\n1,2,3\n") == ","
    assert detect_delimiter("a;b;c\n1,5;2,5;3\n") == ";"
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    assert detect_delimiter("a|b|c\n1|2|3\n") == "|"
    assert detect_delimiter("just one column\nanother\n") == ","
    assert detect_delimiter("") == ","


def test_detect_header_helper() -> None:
    assert detect_header([]) == 1
    assert detect_header([["Title"], [], ["Name", "Email"], ["a", "b"]]) == 3
    assert detect_header([["Date:", "12/06/2024"], ["Name", "Email", "Mode"], ["a", "b", "c"]]) == 2
    assert detect_header([[], ["1", "2"], ["3", "4"]]) == 2  # no header-like row: the first non-empty


# --- old Mac line ends -----------------------------------------------------------------------------


def test_carriage_return_line_ends(tmp_path: Path) -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR."""
    path = tmp_path / "mac.csv"
    path.write_bytes(b'Title\r\rName;Email;Notes\rGrace;g@x.org;"two\rlines"\r\rPeter;p@x.org;x\r')
    d = detect(path)
    assert (d.delimiter, d.header_row) == (";", 3)
    assert read_table(path, d).header == ["Name", "Email", "Notes"]
    assert rows_of(path, d) == [(1, ["Grace", "g@x.org", "two\rlines"]), (3, ["Peter", "p@x.org", "x"])]


def test_crlf_split_across_read_blocks(tmp_path: Path) -> None:
    """A CRLF whose CR ends one 64 KB block and whose LF starts the next is one line end."""
    head = b"Name,Notes\r\n"
    # Cells below the cell limit (CELL_LIMIT), the line as long as the first block.
    text = b"x" * ((1 << 16) - len(head) - 2 - 1)
    filler = b"a," + b",".join(text[i : i + 30_000] for i in range(0, len(text), 30_000))[: len(text)] + b"\r"
    path = tmp_path / "split.csv"
    path.write_bytes(head + filler + b"\nb,y\r\n")
    d = detect(path)
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2]
    assert rows[1][1] == ["b", "y"]


# --- large files -------------------------------------------------------------------------------


def test_bad_byte_after_the_sample_is_an_import_error(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    line = b"Grace Wanjiru,grace@ntti.ac.ke,Online\n"
    body = b"Name,Email,Mode\n" + line * (SAMPLE_BYTES // len(line) + 100)
    bad_at = len(body) + len(b"Ren")
    path.write_bytes(body + "Ren\xe9,rene@x.org,Online\n".encode("cp1252") + line)
    assert bad_at > SAMPLE_BYTES
    d = detect(path)
    assert d.encoding == "utf-8"  # the sample is plain ASCII
    assert read_table(path, d).header == ["Name", "Email", "Mode"]
    seen = 0
    with pytest.raises(ImportFileError) as info:
        for _ in data_rows(path, d):
            seen += 1
    assert info.value.code == "encoding"
    assert info.value.params["offset"] == bad_at
    assert seen > 0
    # Chosen as cp1252, the whole file reads.
    d = detect(path, encoding="cp1252")
    assert sum(1 for _ in data_rows(path, d)) == body.count(b"\n") - 1 + 2


def test_sample_cut_inside_a_record(tmp_path: Path) -> None:
    """A GB18030 file longer than the sample: the sample ends inside a record (maybe inside a
    character); detection still finds the encoding and the delimiter, and every row is read."""
    path = tmp_path / "cut.csv"
    line = "张伟;深圳职业技术大学;线下\n"
    text = "姓名;单位;参会方式\n" + line * (SAMPLE_BYTES // len(line.encode("gb18030")) + 50)
    path.write_bytes(text.encode("gb18030"))
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("gb18030", ";", 1)
    assert sum(1 for _ in data_rows(path, d)) == text.count("\n") - 1


def test_streaming_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    line = "Grace Wanjiru,grace@ntti.ac.ke,0712 345678,Nairobi Technical Training Institute,线上\n".encode()
    count = 30_000_000 // len(line)
    with path.open("wb") as fh:
        fh.write(b"Name,Email,Phone,Institute,Mode\n")
        block = line * 1000
        for _ in range(count // 1000):
            fh.write(block)
        count = count // 1000 * 1000
    assert path.stat().st_size > 29_000_000
    tracemalloc.start()
    try:
        d = detect(path)
        last = 0
        for number, cells in data_rows(path, d):
            last = number
            assert len(cells) == 5
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert d.header_row == 1
    assert last == count
    assert peak < 20_000_000, peak


def test_module_constants() -> None:
    assert source.DELIMITERS == (",", ";", "\t", "|")
    assert SAMPLE_BYTES >= 64 * 1024


def test_trailing_empty_columns_do_not_hide_the_comma(tmp_path: Path) -> None:
    # Found by the export round trip: a quoted ';' in a few cells and empty last columns made the
    # delimiter look like ';' when widths were counted without the empty cells.
    text = (
        '"Name","Name in Chinese or Urdu","Organisation","Position","Nationality","Notes"\r\n'
        '"0","","","0;0","CN",""\r\n'
        '"1","","","0;","CN",""\r\n'
    )
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8-sig")
    detection = detect(path)
    assert (detection.delimiter, detection.header_row) == (",", 1)


# --- long lines, huge cells, mixed encodings (issue 12) ----------------------------------------


def test_a_long_line_is_read_in_linear_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 20 MB line is read with one block read and one end-of-line search per 64 KB block (the
    search never goes over the same text again), and its cells come out whole."""
    searched: list[int] = []
    real = source._EOL

    class CountingEOL:
        def search(self, text: str, pos: int = 0) -> object:
            searched.append(len(text) - pos)
            return real.search(text, pos)

    monkeypatch.setattr(source, "_EOL", CountingEOL())
    monkeypatch.setattr(source, "LINE_LIMIT", 32 << 20)
    cells = 700
    cell = "x" * 30_000  # under the cell limit: 700 of them make a 21 MB line
    path = tmp_path / "long.csv"
    path.write_text("Name,Notes\n" + ",".join([cell] * cells) + "\nAli,short\n", encoding="utf-8")
    size = path.stat().st_size
    with path.open("rb") as raw:
        text = source._CheckedText(raw, "utf-8")
        lines = list(text)
    blocks = size // (1 << 16) + 2
    assert [len(line) for line in lines] == [11, size - 11 - 10, 10]
    assert text.fills <= blocks + 1
    assert len(searched) <= blocks + 2 * len(lines) + 2  # one per block, two per line at most
    assert sum(searched) <= 2 * size  # each character looked at about once, not once per block
    rows = [cells_ for _, cells_ in source.data_rows(path, Detection("utf-8", ",", 1))]
    assert len(rows[0]) == cells and rows[0][0] == cell
    assert rows[1] == ["Ali", "short"]


def test_a_cell_over_the_limit_is_refused_naming_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "cell.csv"
    path.write_text(
        "Name,Email,Notes\nAli,ali@x.org,ok\nBibi,bibi@x.org," + "y" * (source.CELL_LIMIT + 1) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError) as info:
        rows_of(path, detect(path))
    error = info.value
    assert error.code == "cell_too_long"
    assert (error.params["line"], error.params["column"]) == (3, "3")
    assert error.params["limit"] == source.CELL_LIMIT
    assert "Line 3, column 3" in error.text()


def test_a_quoted_cell_over_the_limit_names_the_line_it_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    body = "\n".join(["z" * 1000] * 40)  # 40 lines in one quoted cell
    path.write_text(f'Name,Notes\nAli,short\nBibi,"{body}"\nCyrus,x\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        rows_of(path, Detection("utf-8", ",", 1))
    assert info.value.code == "cell_too_long"
    assert (info.value.params["line"], info.value.params["column"]) == (3, "2")


def test_a_line_over_the_line_limit_is_refused_before_it_fills_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(source, "LINE_LIMIT", 1 << 20)
    path = tmp_path / "huge.csv"
    path.write_text("Name,Notes\nAli," + "x" * (3 << 20) + "\n", encoding="utf-8")
    with path.open("rb") as raw:
        text = source._CheckedText(raw, "utf-8")
        with pytest.raises(ImportFileError) as info:
            list(text)
    assert info.value.code == "line_too_long" and info.value.params["line"] == 2
    assert text.fills <= (1 << 20) // (1 << 16) + 2  # it stopped at the limit, not at the end


def test_a_cell_over_the_limit_in_a_workbook_names_its_row_and_column(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", "Notes"])
    sheet.append(["Ali", "ali@x.org", "ok"])
    sheet.append(["Bibi", "bibi@x.org", "y" * (source.CELL_LIMIT + 1)])
    path = tmp_path / "cell.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError) as info:
        rows_of(path, detect(path))
    assert info.value.code == "cell_too_long"
    assert (info.value.params["line"], info.value.params["column"]) == (3, "C")


@pytest.mark.parametrize(
    ("first", "second", "names"), [("utf-8", "gbk", ("UTF-8", "GBK")), ("gbk", "utf-8", ("GBK", "UTF-8"))]
)
def test_a_file_half_utf8_half_gbk_is_refused_naming_the_line(
    tmp_path: Path, first: str, second: str, names: tuple[str, str]
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "姓名,单位,邮箱\n王伟,重庆工程职业技术学院,wang@example.cn\n".encode(first)
        + "李娜,北京电子科技职业学院,li@example.cn\n张敏,深圳职业技术大学,zhang@example.cn\n".encode(second)
    )
    with pytest.raises(ImportFileError) as info:
        detect(path)
    assert info.value.code == "mixed"
    assert info.value.params == {"line": 3, "first": names[0], "second": names[1]}
    assert "line 3" in info.value.text()


def test_a_file_in_one_encoding_is_not_taken_for_a_mixed_one() -> None:
    rows = "姓名,单位\n王伟,重庆工程职业技术学院\n李娜,北京电子科技职业学院\n"
    assert detect_encoding(rows.encode("gbk"), whole=True) == ("gb18030", "gb18030")
    assert detect_encoding(rows.encode("utf-8"), whole=True) == ("utf-8", "utf-8")
    assert detect_encoding("Name,City\nJosé,Málaga\n".encode("cp1252"), whole=True)[0] != "utf-8"


def test_gbk_after_the_sample_names_the_line_it_starts_on(tmp_path: Path) -> None:
    line = "王伟,wang@example.cn\n".encode()
    body = "姓名,邮箱\n".encode() + line * (SAMPLE_BYTES // len(line) + 10)
    path = tmp_path / "late_gbk.csv"
    path.write_bytes(body + "李娜,li@example.cn\n".encode("gbk"))
    d = detect(path)
    assert d.encoding == "utf-8"
    with pytest.raises(ImportFileError) as info:
        rows_of(path, d)
    assert info.value.code == "encoding"
    assert info.value.params["line"] == body.count(b"\n") + 1
    assert info.value.params["offset"] == len(body)


# --- structure per row, never per file (issue 14, item 7) ---------------------------------------


def test_nul_in_one_row_is_that_rows_problem() -> None:
    path = f("partners_nul_row.csv")
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("utf-8", ",", 1)
    assert read_table(path, d).header == corpus.NUL_HEADER
    rows = rows_of(path, d)
    assert [n for n, _ in rows] == [1, 2, 3, 4, 5]
    assert rows[2][1][0] == "Astana Polytechnic College\x00\x00\x00"  # read as it is: the import strips it
    assert rows[3][1][0] == "Hanoi Vocational\x0bCollege of Technology"


def test_nul_in_a_header_cell_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_bytes(b"Name\x00,Country\nTEVTA,Pakistan\n")
    assert read_table(path, detect(path)).header == ["Name", "Country"]


def test_nul_bytes_beyond_the_sample_are_rows_problems(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    line = b"Government College of Technology,Pakistan\r\n"
    path.write_bytes(
        b"Name,Country\r\n" + line * (SAMPLE_BYTES // len(line) + 10) + b"Bad\x00Row,Pakistan\r\n"
    )
    d = detect(path)
    last = rows_of(path, d)[-1]
    assert last[1] == ["Bad\x00Row", "Pakistan"]


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ".csv"),  # a picture renamed
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ".xls"),  # old Excel
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ".csv"),
        (bytes(range(32)) * 50 + b"Name,Country\n", ".txt"),  # control bytes in a large share
    ],
)
def test_really_binary_files_are_refused(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    assert error_code(detect, path) == "binary"
    assert error_code(detect, path, encoding="utf-8") == "binary"


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "partners.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("partners.csv", "Name,Country\nTEVTA,Pakistan\n")
    assert error_code(detect, path) == "binary"
    # The same zip named .xlsx is a damaged workbook, said so.
    renamed = path.rename(tmp_path / "partners.xlsx")
    assert error_code(detect, renamed) == "xlsx"


def test_utf16_without_bom_is_read_as_utf16(tmp_path: Path) -> None:
    text = "Name\tCountry\tMobile\r\nZhang Wei\t中国\t13812345678\r\nAli Raza\tPakistan\t03001234567\r\n"
    for codec_name in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec_name}.txt"
        path.write_bytes(text.encode(codec_name))
        d = detect(path)
        assert (d.encoding, d.delimiter, d.header_row) == (codec_name, "\t", 1)
        assert [cells for _n, cells in rows_of(path, d)] == [
            ["Zhang Wei", "中国", "13812345678"],
            ["Ali Raza", "Pakistan", "03001234567"],
        ]


def test_chinese_utf16_without_bom_is_read_as_utf16(tmp_path: Path) -> None:
    """Mostly Chinese: only the commas, digits and line ends put a NUL in every other byte."""
    text = "姓名,单位,职务\r\n" + "".join(f"张伟{i},深圳职业技术大学国际交流处,副处长\r\n" for i in range(30))
    for codec_name in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec_name}.csv"
        path.write_bytes(text.encode(codec_name))
        d = detect(path)
        assert (d.encoding, d.delimiter, d.header_row) == (codec_name, ",", 1)
        assert rows_of(path, d)[0][1] == ["张伟0", "深圳职业技术大学国际交流处", "副处长"]
    # A stray NUL at an odd offset of an 8-bit file does not make it UTF-16.
    for stray in (b"Name,Country\r\nTEVTA,Pakistan,x\x00y\r\n", b"Name,Country\r\nTEVTA,Pakistan,\x00y\r\n"):
        assert detect_encoding(stray, whole=True) == ("utf-8", "utf-8")


# --- Windows-1252 unless the words say otherwise (issue 14, item 8) -----------------------------


def test_spanish_and_portuguese_cp1252_is_read_as_cp1252() -> None:
    path = f("delegates_cp1252_latin.csv")
    raw = path.read_bytes()
    from charset_normalizer import from_bytes

    guess = from_bytes(raw).best()
    assert guess is not None and guess.encoding == "cp1250"  # the guess that made Ñ into Ń
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("cp1252", ";", 1)
    rows = [cells for _n, cells in rows_of(path, d)]
    assert rows == corpus.LATIN_ROWS  # Ñ, ã, ç, €, “” and – as written
    assert [a.encoding for a in d.alternatives][:1] == ["cp1250"]
    cp1250 = d.alternatives[0]
    assert ("Muñoz", "Muńoz") in cp1250.samples
    assert ("João", "Joăo") in cp1250.samples
    assert ("Ñ", "Ń") in cp1250.differences(limit=10)
    # Chosen by hand, the other reading is the preview; the alternatives still offer Windows-1252.
    chosen = detect(path, encoding="cp1250")
    assert chosen.encoding_source == "chosen"
    assert rows_of(path, chosen)[0][1][0] == "José Muńoz"
    assert "cp1252" in [a.encoding for a in chosen.alternatives]


def test_polish_cp1250_is_read_as_cp1250() -> None:
    path = f("partners_cp1250_polish.csv")
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("cp1250", ";", 1)
    assert [cells for _n, cells in rows_of(path, d)] == [source._trim(r) for r in corpus.POLISH_ROWS]
    cp1252 = next(a for a in d.alternatives if a.encoding == "cp1252")
    assert {("Ś", "Œ"), ("ą", "¹"), ("ł", "³")} <= set(cp1252.differences(limit=20))
    assert ("Śląska", "Œl¹ska") in cp1252.samples


def test_one_word_is_not_evidence_enough() -> None:
    """One word is a name from anywhere: Windows-1252 stays, and the other reading is offered."""
    one = "Name;City\nAnna Nowak;Wrocław\nJosé Pérez;Zaragoza\n".encode("cp1250")
    assert source.prefer_code_page(one, whole=True, guess="cp1250") == "cp1252"
    offered = source.alternatives(one, "cp1252", whole=True)
    assert offered[0].encoding == "cp1250"
    assert offered[0].samples == (("Wroc³aw", "Wrocław"),)
    two = "Name;City\nAnna Nowak;Wrocław\nJan Wiśniewski;Białystok\n".encode("cp1250")
    assert source.prefer_code_page(two, whole=True, guess="cp1252") == "cp1250"
    # charset-normalizer's guess alone is no evidence: "Muñoz" and "Muńoz" are both words.
    western = "Name;City\nJosé Muñoz;Zaragoza\nJoão Gonçalves;Braga\nIñigo Peña;Bilbao\n".encode("cp1252")
    assert source.prefer_code_page(western, whole=True, guess="cp1250") == "cp1252"


def test_a_file_without_differences_has_no_alternatives() -> None:
    path = f("delegates_pk_cp1252.csv")  # en dash, curly apostrophe and é read alike in every code page
    d = detect(path)
    assert d.encoding == "cp1252"
    assert d.alternatives == ()
    assert detect(f("partners_zh_utf8.csv")).alternatives == ()


def test_encoding_names() -> None:
    assert source.encoding_name("cp1252") == "Windows-1252"
    assert source.encoding_name("windows-1250") == "Windows-1250"
    assert source.encoding_name("shift_jis") == "shift_jis"


# --- header rows on small files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "header"),
    [
        # Data rows wider than the header (unnamed note columns) made the first data row the header.
        (
            [
                ["Name", "Country", "Type"],
                ["TEVTA", "Pakistan", "government", "Lahore", "note", "x", "y"],
                ["CQVIE", "China", "college", "Chongqing", "note", "x", "y"],
            ],
            1,
        ),
        # A column named by a year made the header look like data.
        ([["Name", "Country", "2024"], ["TEVTA", "Pakistan", "yes"], ["CQVIE", "China", "no"]], 1),
        # Chinese title row above the header still skipped.
        ([["2024年 参会人员名单"], ["姓名", "单位", "手机"], ["张伟", "深圳职业技术大学", "13812345678"]], 2),
        ([["Partners of the alliance"], ["Name", "Country", "Type"], ["TEVTA", "Pakistan", "government"]], 2),
        # Headers the import does not know: the old rule.
        ([["Institution", "Land"], ["TEVTA", "Pakistan"]], 1),
    ],
)
def test_header_row_is_the_row_naming_known_columns(rows: list[list[str]], header: int) -> None:
    assert detect_header(rows) == header


def test_small_text_only_file_header_on_row_one(tmp_path: Path) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Name,Country,Type\nTEVTA,Pakistan,government,Lahore,,,note\nCQVIE,China,college,Chongqing,,,note\n",
        encoding="utf-8",
    )
    d = detect(path)
    assert d.header_row == 1
    assert read_table(path, d).header[:3] == ["Name", "Country", "Type"]


# --- the import: a control character is stripped, with a warning, and the row kept ----------------


def _import_partners(db: Database, path: Path, *, apply: bool = True) -> Report:
    detection = detect(path)
    mapping = auto_map(ImportKind.PARTNERS, read_table(path, detection).header)
    with db.session() as s:
        return run(s, path, detection, mapping, ImportOptions(ImportKind.PARTNERS), apply=apply)


def _partner_names(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Organization.name_en)))


def test_import_strips_a_nul_with_a_warning_and_keeps_every_row(db: Database) -> None:
    report = _import_partners(db, f("partners_nul_row.csv"))
    assert (report.rows, report.valid, report.invalid, report.created) == (5, 5, 0, 5)
    assert [(w.row, w.column, w.code, w.params["chars"]) for w in report.warnings] == [
        (3, "Name", "control_character", "U+0000"),
        (4, "Name", "control_character", "U+000B"),
    ]
    assert report.warning_count == 2
    assert report.warnings[0].message == (
        "An invisible control character (U+0000) was taken out of this cell; the rest was imported."
    )
    assert report.as_json()["warnings"][0] == {
        "row": 3,
        "column": "Name",
        "message": report.warnings[0].message,
    }
    names = _partner_names(db)
    assert "Astana Polytechnic College" in names  # the NULs gone, nothing else changed
    assert "Hanoi Vocational College of Technology" in names  # the vertical tab became a space
    assert len(names) == 5


def test_control_characters_in_unmapped_columns_are_not_warned(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "partners.csv"
    path.write_bytes(  # U+0085 (next line) in UTF-8
        b"Name,Country,X1\r\nTEVTA,Pakistan,x\x00\x01y\r\nChongqing\xc2\x85Vocational Institute,China,\r\n"
    )
    report = _import_partners(db, path)
    assert (report.valid, report.invalid) == (2, 0)
    assert [(w.row, w.column, w.params["chars"]) for w in report.warnings] == [(2, "Name", "U+0085")]
    assert _partner_names(db) == ["Chongqing Vocational Institute", "TEVTA"]


def test_a_test_import_of_a_nul_row_writes_nothing(db: Database) -> None:
    report = _import_partners(db, f("partners_nul_row.csv"), apply=False)
    assert (report.valid, report.warning_count, report.applied) == (5, 2, False)
    assert _partner_names(db) == []


def test_a_code_page_reading_like_another_is_not_offered_twice() -> None:
    d = detect(f("partners_cp1250_polish.csv"))
    # Windows-1254 reads this file exactly as Windows-1252 does: one choice, listed once.
    assert [a.encoding for a in d.alternatives] == ["cp1252"]


@pytest.mark.parametrize(
    ("text", "written", "read"),
    [
        # French in Windows-1252 pairs into Chinese characters in GB18030 ("Établissement").
        (
            "Nom;Établissement;Ville\nFrançois Lefèvre;Lycée professionnel;Besançon\n"
            "Hélène Gaël;École nationale supérieure;Nîmes\n",
            "cp1252",
            "cp1252",
        ),
        # Italian, which charset-normalizer takes for Vietnamese (cp1258).
        (
            "Nome;Istituto;Città\nNiccolò Fabbrì;Istituto tecnico;Forlì\nPerché Sì;Università;Cantù\n",
            "cp1252",
            "cp1252",
        ),
        # Hungarian: each word is some Western language in Windows-1252, but not one language.
        (
            "Név;Iskola;Város\nKovács Gábor;Műszaki Szakközépiskola;Győr\nSzőke Zoltán;Gépipari Technikum;Pécs\n"
            "Fűzfa Ödön;Villamosipari Szakiskola;Hódmezővásárhely\n",
            "cp1250",
            "cp1250",
        ),
        # Czech.
        (
            "Jméno;Škola;Město\nJiří Dvořák;Střední průmyslová škola;Plzeň\nPetr Černý;Vysoké učení technické;Brno\n",
            "cp1250",
            "cp1250",
        ),
        # Turkish: ş, ı and ğ are no Western letters.
        (
            "Ad;Okul;Şehir\nAyşe Yılmaz;Mesleki Eğitim Merkezi;İstanbul\nMehmet Öztürk;Teknik Lise;Eskişehir\n",
            "cp1254",
            "cp1254",
        ),
        # Chinese in GBK stays GB18030, however short.
        ("单位,手机\n北京,139\n", "gbk", "gb18030"),
    ],
)
def test_latin_code_pages_by_their_words(text: str, written: str, read: str) -> None:
    data = text.encode(written)
    assert detect_encoding(data, whole=True)[0] == read


@pytest.mark.skipif(not os.environ.get("TVET_ALLIANCE_TEST_PG"), reason="no PostgreSQL server given")
def test_nul_row_imports_on_postgres() -> None:
    """PostgreSQL refuses a NUL in text outright: the stripped row is what reaches it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = os.environ["TVET_ALLIANCE_TEST_PG"]
    name = f"tvet_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(admin_url).set(database=name))
    try:
        report = _import_partners(db, f("partners_nul_row.csv"))
        assert (report.valid, report.invalid, report.warning_count) == (5, 0, 2)
        assert "Astana Polytechnic College" in _partner_names(db)
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_old_mac_excel_csv_is_read_as_mac_roman(tmp_path: Path) -> None:
    """Excel for Mac's "CSV (Macintosh)": Mac OS Roman with lone CRs; Windows-1252 reads "MŸnchen"."""
    text = "Name;Einrichtung;Stadt\rJürgen Müller;Berufsschule für Technik;München\rGrüße Straße;Öffentliche Schule;Köln\r"
    path = tmp_path / "mac.csv"
    path.write_bytes(text.encode("mac-roman"))
    d = detect(path)
    assert (d.encoding, d.delimiter, d.header_row) == ("mac-roman", ";", 1)
    assert rows_of(path, d)[0][1] == ["Jürgen Müller", "Berufsschule für Technik", "München"]
    assert d.alternatives[0].encoding == "cp1252"  # the Western default first when it is one
    assert source.encoding_name("mac_roman") == "Mac OS Roman"
