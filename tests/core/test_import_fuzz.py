"""Whatever bytes a partner sends, reading them either works or fails with an ImportFileError that
the window can show: never a UnicodeDecodeError, csv.Error, IndexError, ValueError... And a
successful read never invents a replacement character (U+FFFD): a wrong guess must fail loudly."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tvet_alliance.services.importing.source import ImportFileError, data_rows, detect, read_table

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: a failure here is reproducible
)

_counter = itertools.count()


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="import-fuzz-") as name:
        yield Path(name)


def write(folder: Path, data: bytes, suffix: str = ".csv") -> Path:
    """A fresh file per example: hypothesis runs many examples inside one test call."""
    path = folder / f"case{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def read_everything(path: Path) -> list[list[str]] | None:
    """Every cell read from *path* (header, preview and data rows), or None when the file is
    refused with an ImportFileError. Any other exception propagates and fails the test."""
    try:
        detection = detect(path)
        table = read_table(path, detection)
        rows = [cells for _, cells in data_rows(path, detection)]
    except ImportFileError as exc:
        assert exc.code and exc.message
        str(exc)  # the message formats with its params
        return None
    numbers = [n for n, _ in data_rows(path, detection)]
    assert numbers == sorted(set(numbers))
    assert all(n >= 1 for n in numbers)
    return [table.header, *table.preview, *rows]


def assert_no_invented_replacement(cells: list[list[str]] | None, original: str | None) -> None:
    if cells is None:
        return
    if original is not None and "\ufffd" in original:
        return
    for row in cells:
        for cell in row:
            assert "\ufffd" not in cell, (cell, original)


# --- arbitrary bytes -----------------------------------------------------------------------------


@SETTINGS
@given(data=st.binary(max_size=2000))
@example(data=b"")
@example(data=b"\x00")
@example(data=b"\xff\xfe")
@example(data=b"\xff\xfe\x00")
@example(data=b"\xfe\xff\xd8\x00")
@example(data=b"\xef\xbb\xbf\xff")
@example(data=b"PK\x03\x04")
@example(data=b'"unterminated\nquote')
@example(data=b"a,b\rc,d\r")
@example(data=b"\x81")
@example(data=b"\xff\xfe\x00\x00\x00\xd8\x00\x00")
def test_arbitrary_bytes(workdir: Path, data: bytes) -> None:
    cells = read_everything(write(workdir, data))
    # U+FFFD as it is written in UTF-8, UTF-16 (either order) and GB18030: then it may be real text.
    if not any(seq in data for seq in (b"\xef\xbf\xbd", b"\xfd\xff", b"\xff\xfd", b"\x84\x31\xa4\x37")):
        assert_no_invented_replacement(cells, None)


@SETTINGS
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_arbitrary_bytes_with_a_zip_signature(workdir: Path, data: bytes, suffix: str) -> None:
    read_everything(write(workdir, b"PK\x03\x04" + data, suffix))


# --- text in the scripts partners write, encoded the ways they save it --------------------------

LATIN = "Name Email Mode Müller François Åsa Zoë naïve café 0300-1234567 1.234,50 24.06.2024 Online In person"
CHINESE = "姓名单位手机邮箱参会方式线上线下职务年月日国际数字技能交流研讨会深圳职业技术大学张伟李娜、，。（）"
URDU = "نام ادارہ موبائل ای میل محمد علی عائشہ صدیقی آن لائن بالمشافہ ۰۱۲۳"
OTHER = "€“”‘’–—…™\ufeff\ufffd\u200b\t\r\n\x00\"',;|\\ "

ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-32"]

cell_text = st.text(alphabet=st.sampled_from(LATIN + CHINESE + URDU + OTHER), max_size=25)
separator = st.sampled_from([",", ";", "\t", "|", "、", " ", ""])
line_end = st.sampled_from(["\n", "\r\n", "\r", "\n\n", ",,,\n"])


@st.composite
def table_text(draw: st.DrawFn) -> str:
    """Rows of cells, some quoted (with doubled quotes inside), joined by delimiters and line ends."""
    width = draw(st.integers(min_value=1, max_value=6))
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        delimiter = draw(separator)
        cells = []
        for _ in range(draw(st.integers(min_value=0, max_value=width + 2))):
            cell = draw(cell_text)
            if draw(st.booleans()):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells) + draw(line_end))
    return "".join(lines)


@SETTINGS
@given(text=table_text(), encoding=st.sampled_from(ENCODINGS))
@example(text="姓名,单位\n张伟,深圳\n", encoding="gb18030")
@example(text='Name,Notes\n"a\nb",x\n', encoding="utf-16")
@example(text="نام,ادارہ\nمحمد علی,لاہور\n", encoding="utf-8")
@example(text="Name;Café\nZoë;1,5\n", encoding="cp1252")
@example(text='a,b\r"c\rd",e\r', encoding="utf-8")
def test_encoded_text(workdir: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
        text = data.decode(encoding)
    cells = read_everything(write(workdir, data))
    assert_no_invented_replacement(cells, text)


@SETTINGS
@given(
    text=table_text(),
    encoding=st.sampled_from(ENCODINGS),
    chosen=st.sampled_from(
        [
            "utf-8",
            "gb18030",
            "utf-16",
            "cp1252",
            "latin-1",
            "ascii",
            "utf-32-le",
            "utf-32",
            "shift_jis",
            "rot13",
            "base64",
        ]
    ),
    delimiter=st.sampled_from([",", ";", "\t", "|", "、"]),
    header_row=st.integers(min_value=1, max_value=20),
)
def test_overridden_settings(
    workdir: Path, text: str, encoding: str, chosen: str, delimiter: str, header_row: int
) -> None:
    """The person chooses an encoding, a delimiter and a header row, right or wrong."""
    data = text.encode(encoding, errors="replace")
    path = write(workdir, data)
    try:
        detection = detect(path, encoding=chosen, delimiter=delimiter, header_row=header_row)
        read_table(path, detection)
        for _ in data_rows(path, detection):
            pass
    except ImportFileError as exc:
        assert exc.code


@SETTINGS
@given(
    head=st.text(alphabet=st.sampled_from(LATIN + CHINESE + ',\n"'), max_size=200),
    tail=st.binary(min_size=1, max_size=50),
)
def test_bytes_after_a_valid_start(workdir: Path, head: str, tail: bytes) -> None:
    """Valid text, then garbage: a file cut short, or two files glued together."""
    for encoding in ("utf-8", "gb18030", "utf-16"):
        read_everything(write(workdir, head.encode(encoding) + tail))


XLSX = (Path(__file__).resolve().parents[1] / "data" / "import" / "delegates.xlsx").read_bytes()


@SETTINGS
@given(
    cut=st.just(len(XLSX)) | st.integers(min_value=0, max_value=len(XLSX)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(XLSX) - 1), st.integers(1, 255)), max_size=4
    ),
)
def test_damaged_workbook(workdir: Path, cut: int, flips: list[tuple[int, int]]) -> None:
    """A workbook cut short or with flipped bytes (a bad download or disk)."""
    data = bytearray(XLSX)
    for at, mask in flips:
        data[at] ^= mask
    read_everything(write(workdir, bytes(data[: max(cut, 4)]), ".xlsx"))
