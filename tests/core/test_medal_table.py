"""Medal tables (issue 16, item 4) and the ceremony order (item 5): the ranking rule against tables
worked by hand (Olympic gold-first with shared ranks 1, 2, 2, 4; by total; by points), a team counted
once, withdrawn and disqualified entries left out, by institution; the ceremony file's bytes and
cells."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.test_postgres import ADMIN_URL, pg_db
from tvet_alliance.domain import Competition, Entry, Organization, Person, SkillTrack
from tvet_alliance.domain.base import utcnow
from tvet_alliance.domain.enums import EntryStatus, Medal
from tvet_alliance.domain.medals import MedalOrder, Tally, Won, order_key, rank_table, tallies
from tvet_alliance.persistence import Database
from tvet_alliance.services import medals

__all__ = ["pg_db"]  # a fresh PostgreSQL database per test, as test_postgres makes it
G, S, B, X, N = Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE, Medal.NONE
C, W, D = EntryStatus.COMPETED, EntryStatus.WITHDRAWN, EntryStatus.DISQUALIFIED

# Five countries' entries, worked by hand:
#            gold silver bronze medallion | total points
#   A          2    0      1       0      |   3    10
#   B          1    2      0       1      |   3    11
#   C          1    2      0       0      |   3    10
#   D          0    1      3       0      |   4     9
#   E          0    0      0       3      |   0     3
# plus entries that count nothing: E's withdrawn gold, A's disqualified silver, entries without a medal.
WON = [
    *(Won("A", C, m) for m in (G, G, B)),
    Won("A", D, S),
    Won("A", C, N),
    *(Won("B", C, m) for m in (S, G, X, S)),
    *(Won("C", C, m) for m in ("silver", "gold", "silver")),  # stored codes count as the enum
    *(Won("D", C, m) for m in (B, S, B, B)),
    *(Won("E", C, m) for m in (X, X, X)),
    Won("E", W, G),
    Won("F", C, N),  # no medal at all: no row
]


def _table(order: MedalOrder) -> list[tuple[int, str, int, int]]:
    rows = rank_table(tallies(WON, lambda key: f"Country {key}"), order)
    return [(p.rank, str(p.tally.key), p.tally.total, p.tally.points) for p in rows]


def test_gold_first_is_the_olympic_rule_with_shared_ranks_that_skip() -> None:
    # A has the most golds; B and C have the same golds, silvers and bronzes (B's medallion breaks no
    # tie) and share rank 2, listed by name; D is fourth, not third.
    assert _table(MedalOrder.GOLD_FIRST) == [
        (1, "A", 3, 10),
        (2, "B", 3, 11),
        (2, "C", 3, 10),
        (4, "D", 4, 9),
        (5, "E", 0, 3),
    ]


def test_by_total_medallions_apart_and_a_tie_falls_back_to_gold_first() -> None:
    # D has four medals; A, B and C three each (A more golds); E's medallions are no medals.
    assert _table(MedalOrder.TOTAL) == [
        (1, "D", 4, 9),
        (2, "A", 3, 10),
        (3, "B", 3, 11),
        (3, "C", 3, 10),
        (5, "E", 0, 3),
    ]


def test_by_points_gold_4_silver_3_bronze_2_medallion_1() -> None:
    # B 4+3+3+1 = 11; A 4+4+2 = 10 and C 4+3+3 = 10 (A more golds); D 3+2+2+2 = 9; E 1+1+1 = 3.
    assert _table(MedalOrder.POINTS) == [
        (1, "B", 3, 11),
        (2, "A", 3, 10),
        (3, "C", 3, 10),
        (4, "D", 4, 9),
        (5, "E", 0, 3),
    ]


def test_equal_rows_share_a_rank_and_are_listed_by_name_whatever_their_order() -> None:
    rows = [Tally("z", "zeta", gold=1), Tally("a", "Alpha", gold=1), Tally("m", "mu", silver=5)]
    placed = rank_table(reversed(rows))
    assert [(p.rank, p.tally.name) for p in placed] == [(1, "Alpha"), (1, "zeta"), (3, "mu")]
    assert rank_table([]) == []


_TALLIES = st.lists(
    st.builds(Tally, st.text("abc", min_size=1, max_size=3), st.text("xyz", max_size=3),
              *(st.integers(0, 3) for _ in range(4))),
    max_size=12,
    unique_by=lambda t: t.key,
)  # fmt: skip


@given(rows=_TALLIES, order=st.sampled_from(list(MedalOrder)))
def test_a_rank_is_one_more_than_the_rows_strictly_better(rows: list[Tally], order: MedalOrder) -> None:
    placed = rank_table(rows, order)
    assert sorted(p.tally.key for p in placed) == sorted(t.key for t in rows)  # every row, once
    for p in placed:
        better = sum(1 for t in rows if order_key(t, order) > order_key(p.tally, order))
        assert p.rank == 1 + better
    assert [p.rank for p in placed] == sorted(p.rank for p in placed)


# --- from the database -----------------------------------------------------------------------------


def _people(names: list[tuple[str, str | None]], org: Organization) -> list[Person]:
    return [Person(full_name=n, name_native=native, organization=org) for n, native in names]


@pytest.fixture
def games(db: Database) -> dict[str, object]:
    return _make_games(db)


def _make_games(db: Database) -> dict[str, object]:
    """Two competitions. In "Belt and Road 2026": Welding (teams of three), Robotics; in "Belt and
    Road 2024" one gold for Pakistan."""
    with db.session() as s:
        cq = Organization(
            name_en="Chongqing Vocational Institute", name_native="重庆职业技术学院", country="CN"
        )
        tj = Organization(name_en="Tianjin Luban College", name_native="天津鲁班学院", country="CN")
        gct = Organization(name_en="GCT Lahore", name_native="گورنمنٹ کالج آف ٹیکنالوجی لاہور", country="PK")
        new = Competition(name="Belt and Road 2026")
        old = Competition(name="Belt and Road 2024")
        welding = SkillTrack(competition=new, name="Welding", name_zh="焊接", team_size=3)
        robots = SkillTrack(competition=new, name="Robotics", name_zh="机器人")
        past = SkillTrack(competition=old, name="Welding")
        team = _people([("Zhang Wei", "张伟"), ("Li Na", "李娜"), ("Wang Fang", "王芳")], cq)
        entries = [
            Entry(
                track=welding,
                organization=cq,
                country="CN",
                team_name="CQ Welders",
                members=team,
                status=C,
                medal=G,
            ),
            Entry(
                track=welding,
                organization=gct,
                country="PK",
                team_name="Lahore Welders",
                members=_people([("Ali Khan", "علی خان")], gct),
                status=C,
                medal=S,
            ),
            Entry(track=welding, organization=tj, country="CN", team_name="Luban A", status=C, medal=B),
            Entry(track=welding, organization=tj, country="CN", team_name="Luban B", status=C, medal=B),
            Entry(track=welding, organization=gct, country="PK", team_name="=Lahore B", status=C, medal=X),
            Entry(track=welding, organization=gct, country="PK", team_name="Out", status=W, medal=G),
            Entry(track=robots, organization=gct, country="PK", team_name="GCT Robots", status=C, medal=G),
            Entry(track=robots, organization=tj, country="CN", team_name="Luban Robots", status=D, medal=S),
            Entry(track=robots, organization=cq, country="CN", team_name="Gone", status=C, medal=S),
            Entry(track=robots, organization=tj, country="CN", team_name="Luban C", status=C, medal=N),
            Entry(track=past, organization=gct, country="PK", team_name="Old gold", status=C, medal=G),
        ]
        s.add_all([cq, tj, gct, new, old, welding, robots, past, *entries])
        s.flush()
        entries[8].deleted_at = utcnow()  # a deleted entry's silver counts nowhere
        s.commit()
        return {"new": new.id, "old": old.id, "cq": str(cq.id), "tj": str(tj.id), "gct": str(gct.id)}


def _rows(table: medals.MedalTable) -> list[tuple[object, ...]]:
    return [(r.rank, r.name, r.gold, r.silver, r.bronze, r.excellence, r.total, r.points) for r in table.rows]


def test_by_country_a_team_of_three_counts_once_and_withdrawn_count_nothing(
    db: Database, games: dict[str, object]
) -> None:
    with db.session() as s:
        table = medals.medal_table(s, games["new"], "country")  # type: ignore[arg-type]
    # China: the team's gold (three people, one medal), two bronzes; its disqualified and deleted
    # silvers count nothing. Pakistan: gold, silver, a medallion; its withdrawn gold counts nothing.
    assert _rows(table) == [
        (1, "Pakistan", 1, 1, 0, 1, 2, 8),
        (2, "China", 1, 0, 2, 0, 3, 8),
    ]
    with db.session() as s:
        by_total = medals.medal_table(s, games["new"], "country", "total")  # type: ignore[arg-type]
        by_points = medals.medal_table(s, games["new"], "country", "points")  # type: ignore[arg-type]
    assert [r.name for r in by_total.rows] == ["China", "Pakistan"]
    # 8 points each, one gold each; Pakistan's silver beats China's bronzes.
    assert [(r.rank, r.name) for r in by_points.rows] == [(1, "Pakistan"), (2, "China")]


def test_by_institution_and_over_every_competition(db: Database, games: dict[str, object]) -> None:
    with db.session() as s:
        table = medals.medal_table(s, games["new"], medals.By.ORGANIZATION)  # type: ignore[arg-type]
        every = medals.medal_table(s, None, medals.By.COUNTRY)
    assert _rows(table) == [
        (1, "GCT Lahore", 1, 1, 0, 1, 2, 8),
        (2, "Chongqing Vocational Institute", 1, 0, 0, 0, 1, 4),
        (3, "Tianjin Luban College", 0, 0, 2, 0, 2, 4),
    ]
    assert [r.key for r in table.rows] == [games["gct"], games["cq"], games["tj"]]
    assert table.rows[0].native == "گورنمنٹ کالج آف ٹیکنالوجی لاہور"
    assert table.competition is not None and table.competition.name == "Belt and Road 2026"
    # The 2024 gold joins Pakistan's in the table of every competition.
    assert _rows(every)[0] == (1, "Pakistan", 2, 1, 0, 1, 3, 12)
    assert every.competition is None


def test_the_latest_competition_is_the_one_with_the_latest_start(db: Database) -> None:
    from datetime import date

    with db.session() as s:
        assert medals.latest_competition(s) is None
        s.add_all(
            [
                Competition(name="Undated"),
                Competition(name="June", start_date=date(2026, 6, 1)),
                Competition(name="March", start_date=date(2026, 3, 1)),
            ]
        )
        s.commit()
        latest = medals.latest_competition(s)
        assert latest is not None and latest.name == "June"


def test_the_ceremony_goes_track_by_track_medallions_bronze_silver_then_gold(
    db: Database, games: dict[str, object], tmp_path: Path
) -> None:
    with db.session() as s:
        called = medals.ceremony(s, games["new"])  # type: ignore[arg-type]
    assert [(c.order, c.track, c.medal, c.team) for c in called] == [
        (1, "Robotics", G, "GCT Robots"),  # the disqualified silver and the deleted one are not called
        (2, "Welding", X, "=Lahore B"),
        (3, "Welding", B, "Luban A"),  # a shared bronze, by team name
        (4, "Welding", B, "Luban B"),
        (5, "Welding", S, "Lahore Welders"),
        (6, "Welding", G, "CQ Welders"),
    ]
    gold = called[-1]
    assert gold.names == "Li Na; Wang Fang; Zhang Wei" and gold.names_native == "李娜; 王芳; 张伟"

    path = tmp_path / "ceremony.csv"
    with db.session() as s:
        assert medals.write_ceremony(s, games["new"], path) == 6  # type: ignore[arg-type]
    data = path.read_bytes()
    assert (
        data.startswith(b"\xef\xbb\xbf")
        and data.count(b"\r\n") == 7
        and b"\n" not in data.replace(b"\r\n", b"")
    )
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(medals.CEREMONY_COLUMNS)
    assert rows[2] == [
        "2", "Welding", "焊接", "Medallion for Excellence", "'=Lahore B", "", "", "GCT Lahore",
        "گورنمنٹ کالج آف ٹیکنالوجی لاہور", "Pakistan",
    ]  # fmt: skip
    assert rows[6][:8] == [
        "6", "Welding", "焊接", "Gold", "CQ Welders", "Li Na; Wang Fang; Zhang Wei", "李娜; 王芳; 张伟",
        "Chongqing Vocational Institute",
    ]  # fmt: skip
    assert b'"1","Robotics","\xe6\x9c\xba\xe5\x99\xa8\xe4\xba\xba","Gold"' in data  # every field quoted

    book_path = tmp_path / "ceremony.xlsx"
    with db.session() as s:
        medals.write_ceremony(s, games["new"], book_path)  # type: ignore[arg-type]
    sheet = openpyxl.load_workbook(book_path).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == list(medals.CEREMONY_COLUMNS)
    assert cells[1][0] == "1" and sheet["A2"].data_type == "s"  # text cells, never numbers
    assert cells[2][4] == "=Lahore B" and sheet["E3"].data_type == "s"  # text, never a formula
    assert cells[6][3:7] == ["Gold", "CQ Welders", "Li Na; Wang Fang; Zhang Wei", "李娜; 王芳; 张伟"]


@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_postgresql_gives_the_same_tables_and_ceremony(pg_db: Database, db: Database) -> None:
    found = []
    for database in (pg_db, db):
        ids = _make_games(database)
        with database.session() as s:
            found.append(
                (
                    [_rows(medals.medal_table(s, ids["new"], by, order))  # type: ignore[arg-type]
                     for by in medals.By for order in MedalOrder],
                    medals.ceremony_cells(medals.ceremony(s, ids["new"])),  # type: ignore[arg-type]
                )
            )  # fmt: skip
    assert found[0] == found[1] and found[0][1]


def test_a_marked_track_counts_in_the_medal_table_and_ceremony_once_confirmed(db: Database) -> None:
    """Welding gets a marking scheme: Usman Ali's bronze, typed before, is no result until the
    judges' marks are confirmed — Punjab TEVTA has no medal at a glance, nobody is called for welding;
    once confirmed, the rule's medals count."""
    from decimal import Decimal

    from tests.core.test_certificates import make_competition
    from tvet_alliance.services import marking, results
    from tvet_alliance.services.marking import AspectInput

    contest = make_competition(db)
    with db.session() as s:
        assert {
            r.name: (r.gold, r.bronze)
            for r in medals.medal_table(s, contest.competition, "organization").rows
        } == {
            "Tianjin Vocational Institute": (1, 0),
            "Punjab TEVTA": (0, 1),
        }
    with db.transaction() as s:
        marking.save_scheme(s, contest.welding, [AspectInput("A1", Decimal(100))])
        aspect = marking.aspects(s, contest.welding)[0].id
        assert aspect is not None
    with db.session() as s:
        assert [r.name for r in medals.medal_table(s, contest.competition, "organization").rows] == [
            "Tianjin Vocational Institute"
        ]
        assert [c.track for c in medals.ceremony(s, contest.competition)] == ["Mechatronics"]
    with db.transaction() as s:
        marking.set_mark(s, contest.bronze, aspect, 1, Decimal(60))
        marking.set_mark(s, contest.fourth, aspect, 1, Decimal(80))
    with db.transaction() as s:
        results.confirm(s, contest.welding)
    with db.session() as s:
        table = {
            r.name: (r.gold, r.silver, r.bronze)
            for r in medals.medal_table(s, contest.competition, "organization").rows
        }
        assert table == {"Tianjin Vocational Institute": (1, 0, 0), "Punjab TEVTA": (1, 1, 0)}
