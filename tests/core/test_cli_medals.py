"""``tvet-alliance medal-table`` and ``tvet-alliance ceremony`` as a person types them, on the sample."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from tvet_alliance import paths
from tvet_alliance.persistence import Database

from .test_cli import assert_one_line_error, run

COMPETITION = "2nd Belt and Road International Skills Competition"


def _sample_medals(country: str) -> Counter[str]:
    """The sample's medals of *country*, counted straight from resources/sample/entries.csv."""
    with (paths.sample_dir() / "entries.csv").open(encoding="utf-8-sig", newline="") as fh:
        return Counter(
            row["medal"]
            for row in csv.DictReader(fh)
            if row["country"] == country and row["status"] not in ("withdrawn", "disqualified")
        )


def test_medal_table_by_country_as_json(sample_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", "2nd Belt",
                         "--by", "country", "--json")  # fmt: skip
    assert code == 0, err
    table = json.loads(out)
    assert table["competition"] == COMPETITION and table["by"] == "country" and table["order"] == "gold-first"
    assert table["total_counts_medallions"] is False
    rows = table["rows"]
    assert [r["name"] for r in rows] == ["China", "Pakistan"]  # names in English
    for row, code_ in zip(rows, ("CN", "PK"), strict=True):
        counted = _sample_medals(code_)
        assert set(row) >= {"rank", "name", "gold", "silver", "bronze", "excellence", "total", "points"}
        assert (row["gold"], row["silver"], row["bronze"], row["excellence"]) == (
            counted["gold"], counted["silver"], counted["bronze"], counted["excellence"],
        )  # fmt: skip
        assert row["total"] == row["gold"] + row["silver"] + row["bronze"]
        assert row["points"] == 4 * row["gold"] + 3 * row["silver"] + 2 * row["bronze"] + row["excellence"]
    assert [r["rank"] for r in rows] == [1, 2]


def test_medal_table_by_institution_by_points_shares_ranks(
    sample_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", COMPETITION,
                         "--by", "organization", "--order", "points", "--json")  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)["rows"]
    points = [r["points"] for r in rows]
    assert points == sorted(points, reverse=True)
    for i, row in enumerate(rows):  # 1 + the rows ranked strictly above: 1, 2, 2, ..., 7
        assert row["rank"] == 1 + sum(1 for other in rows[:i] if other["rank"] != row["rank"])
    assert len({r["rank"] for r in rows}) < len(rows)  # the sample has shared ranks


def test_medal_table_as_text(sample_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", "2nd",
                         "--by", "country", "--order", "total")  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{COMPETITION}: medals by country, ordered total"
    assert lines[1].split() == [
        "rank",
        "country",
        "gold",
        "silver",
        "bronze",
        "excellence",
        "total",
        "points",
    ]
    assert lines[2].split()[:2] == ["1", "China"] and "medallions apart" in lines[-1]


def test_medal_table_refuses_unknown_competitions_and_orders(
    sample_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", "Olympics",
                         "--by", "country")  # fmt: skip
    assert code == 2 and out == "" and "There is no competition called Olympics." in err
    assert_one_line_error(err)
    code, _out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", "2nd",
                          "--by", "country", "--order", "silver-first")  # fmt: skip
    assert code == 2 and "silver-first" in err
    assert err.startswith("tvet-alliance medal-table: error: ") and err.count("\n") == 1
    code, _out, err = run(capsys, "--db", str(sample_db.path), "medal-table", "--competition", "2nd")
    assert code == 2 and "--by" in err


def test_ceremony_writes_csv_and_xlsx(
    sample_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "ceremony.xlsx"
    code, out, err = run(capsys, "--db", str(sample_db.path), "ceremony", "--competition", "2nd", str(target))
    assert code == 0, err
    assert "entries called" in out
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["order", "track", "track_zh", "medal"]
    by_track: dict[str, list[str]] = {}
    for row in rows[1:]:
        by_track.setdefault(str(row[1]), []).append(str(row[3]))
    steps = ["Medallion for Excellence", "Bronze", "Silver", "Gold"]
    for medals_called in by_track.values():  # each track: medallions, bronze, silver, gold last
        assert [steps.index(m) for m in medals_called] == sorted(steps.index(m) for m in medals_called)
        assert medals_called[-1] == "Gold"
    csv_target = tmp_path / "ceremony.csv"
    code, _out, err = run(capsys, "--db", str(sample_db.path), "ceremony", "--competition", "2nd",
                          str(csv_target))  # fmt: skip
    assert code == 0, err
    with csv_target.open(encoding="utf-8-sig", newline="") as fh:
        assert [r for r in csv.reader(fh)] == [[str(c or "") for c in row] for row in rows]


def test_ceremony_refuses_another_kind_of_file(
    sample_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--db", str(sample_db.path), "ceremony", "--competition", "2nd",
                          str(tmp_path / "ceremony.pdf"))  # fmt: skip
    assert code == 2 and ".csv or .xlsx" in err and not (tmp_path / "ceremony.pdf").exists()
    assert_one_line_error(err)
