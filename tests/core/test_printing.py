"""What badges and printed lists show, read from the database without Qt: names in their script and
in Latin (Chinese family name first), organisations in two languages, cancelled registrations left
out and counted, one delegate found by name for a reprint, and orders by name or organisation."""

from __future__ import annotations

import pytest

from tests.data.seminar import ALI, LAHORE, OUYANG, TIANJIN, ZHANG, make_seminar
from tvet_alliance import i18n
from tvet_alliance.domain.names import printed_names
from tvet_alliance.persistence import Database
from tvet_alliance.services import printing


@pytest.mark.parametrize(
    ("full_name", "native", "expected"),
    [
        ("Zhang Wei", ZHANG, (ZHANG, "ZHANG Wei")),
        ("Wei Zhang", ZHANG, (ZHANG, "ZHANG Wei")),  # given name first in the record: turned round
        ("zhang wei", ZHANG, (ZHANG, "ZHANG Wei")),
        (ZHANG, None, (ZHANG, "ZHANG Wei")),  # only the Chinese: from the pinyin
        ("单田芳", None, ("单田芳", "SHAN Tianfang")),  # the surname's reading, not dan
        (OUYANG, None, (OUYANG, "OUYANG Xiaoming")),  # a two-character family name
        ("Li Na", "王芳", ("王芳", "Li Na")),  # a Latin name that is not the pinyin: kept
        ("Muhammad Ali", ALI, (ALI, "Muhammad Ali")),
        (ALI, None, (ALI, ALI)),  # no Latin form known: the stored name
        ("Fatima Khan", None, (None, "Fatima Khan")),
    ],
)
def test_printed_names(full_name: str, native: str | None, expected: tuple[str | None, str]) -> None:
    assert printed_names(full_name, native) == expected


def test_the_delegates_to_print_in_the_readers_language(db: Database) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id)
        chinese = printing.delegates(s, seminar.event_id, language="zh_CN")
    assert printed.event.name == "Founding Seminar of the Alliance"
    assert printed.event.dates == "2026-05-10 – 2026-05-12"
    assert printed.left_out == 1
    by_name = {d.latin_name: d for d in printed.delegates}
    assert list(by_name) == ["Fatima Khan", "Muhammad Ali", "OUYANG Xiaoming", "ZHANG Wei"]
    zhang = by_name["ZHANG Wei"]
    assert (zhang.native_name, zhang.organization, zhang.organization_en) == (
        ZHANG,
        TIANJIN,
        "Tianjin University of Technology and Education",
    )
    assert (zhang.country, zhang.role_label, zhang.ticket_code) == (
        "China",
        "Speaker",
        seminar.tickets["Zhang Wei"],
    )
    assert by_name["Muhammad Ali"].organization == LAHORE
    fatima = by_name["Fatima Khan"]
    assert (fatima.native_name, fatima.organization, fatima.organization_en) == (None, "TEVTA Punjab", None)
    assert {d.country for d in chinese.delegates} == {"中国", "巴基斯坦"}
    speaker = next(d for d in chinese.delegates if d.latin_name == "ZHANG Wei")
    assert speaker.role_label == (i18n.translation("zh_CN", "Enum", "Speaker") or "Speaker")
    assert speaker.role_label != "Speaker"  # the zh_CN .ts has it


def test_grouped_by_organisation(db: Database) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id, order=printing.BY_ORGANIZATION)
    headings = [heading for heading, _members in printed.groups]
    assert headings == [
        f"Government College of Technology — {LAHORE}",
        "TEVTA Punjab",
        f"{TIANJIN} — Tianjin University of Technology and Education",
    ]
    assert [d.latin_name for d in printed.groups[2][1]] == ["OUYANG Xiaoming", "ZHANG Wei"]
    assert [d.latin_name for d in printed.delegates][-2:] == ["OUYANG Xiaoming", "ZHANG Wei"]


def test_only_the_listed_ones(db: Database) -> None:
    seminar = make_seminar(db)
    chosen = [seminar.participations["Zhang Wei"], seminar.participations["Cancelled Person"]]
    with db.session() as s:
        printed = printing.delegates(s, seminar.event_id, participation_ids=chosen)
    assert [d.latin_name for d in printed.delegates] == ["ZHANG Wei"]
    assert printed.left_out == 1


def test_one_delegate_by_name_for_a_reprint(db: Database) -> None:
    seminar = make_seminar(db)
    with db.session() as s:
        for name in ("Muhammad Ali", ALI, "muhammad", "محمد"):
            (found,) = printing.delegates(s, seminar.event_id, person=name).delegates
            assert found.ticket_code == seminar.tickets["Muhammad Ali"]


@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("Nobody", "unknown", "No delegate of Founding Seminar of the Alliance is called Nobody."),
        ("  ", "unknown", "No delegate"),
        ("Cancelled Person", "cancelled", "is cancelled: no badge is printed"),
    ],
)
def test_a_reprint_that_cannot_be_printed_says_why(db: Database, name: str, code: str, words: str) -> None:
    seminar = make_seminar(db)
    with db.session() as s, pytest.raises(printing.PrintingError) as caught:
        printing.delegates(s, seminar.event_id, person=name)
    assert caught.value.code == code and words in caught.value.text()


def test_a_reprint_of_a_name_two_delegates_share_asks_for_the_whole_name(db: Database) -> None:
    seminar = make_seminar(db, extra=2)  # Delegate 0000, Delegate 0001
    with db.session() as s, pytest.raises(printing.PrintingError) as caught:
        printing.delegates(s, seminar.event_id, person="Delegate")
    assert caught.value.code == "ambiguous"
    assert "Delegate 0000, Delegate 0001" in caught.value.text()


def test_the_events_to_choose_from(db: Database) -> None:
    make_seminar(db)
    with db.session() as s:
        assert printing.events(s)[0][1] == "Founding Seminar of the Alliance (2026-05-10)"
