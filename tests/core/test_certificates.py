"""Certificates of attendance and of competitions: issued to the right people, reprinted with the
same code, revoked with a reason, and verified — a typing mistake told apart from an unknown code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.helpers import change_log_count
from tests.core.sync_helpers import laptop, make_office
from tests.core.test_postgres import ADMIN_URL as PG_URL
from tests.core.test_postgres import pg_db  # noqa: F401 - the fixture
from tvet_alliance.domain import (
    Certificate,
    Competition,
    Entry,
    Event,
    Organization,
    Participation,
    Person,
    SkillTrack,
    codes,
)
from tvet_alliance.domain.enums import (
    AttendanceMode,
    CertificateKind,
    EntryStatus,
    Medal,
    ParticipationStatus,
)
from tvet_alliance.persistence import Database
from tvet_alliance.services import certificates, exporting, sync
from tvet_alliance.services.certificates import CertificateError, Status


@dataclass
class Seminar:
    event: uuid.UUID
    li: uuid.UUID  # attended in person
    ayesha: uuid.UUID  # attended online, above the threshold
    bilal: uuid.UUID  # registered, never came
    chen: uuid.UUID  # cancelled


def make_seminar(db: Database) -> Seminar:
    with db.transaction() as s:
        college = Organization(name_en="Punjab TEVTA", name_native="پنجاب ٹیوٹا", country="PK")
        tianjin = Organization(
            name_en="Tianjin Vocational Institute", name_native="天津职业大学", country="CN"
        )
        event = Event(
            name="Belt and Road TVET Seminar",
            start_date=date(2026, 6, 24),
            end_date=date(2026, 6, 26),
            city="Tianjin",
            country="CN",
        )
        li = Person(full_name="Li Wei", name_native="李伟", organization=tianjin)
        ayesha = Person(full_name="Ayesha Khan", name_native="عائشہ خان", organization=college)
        bilal = Person(full_name="Bilal Ahmed", organization=college)
        chen = Person(full_name="Chen Jing", name_native="陈静", organization=tianjin)
        s.add_all([event, li, ayesha, bilal, chen])
        s.add_all(
            [
                Participation(event=event, person=li, status=ParticipationStatus.ATTENDED),
                Participation(
                    event=event,
                    person=ayesha,
                    status=ParticipationStatus.ATTENDED,
                    attendance_mode=AttendanceMode.ONLINE,
                    online_minutes=150,
                ),
                Participation(event=event, person=bilal, status=ParticipationStatus.REGISTERED),
                Participation(event=event, person=chen, status=ParticipationStatus.CANCELLED),
            ]
        )
        s.flush()
        return Seminar(event.id, li.id, ayesha.id, bilal.id, chen.id)


def count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Certificate)) or 0)


def test_only_those_who_attended_get_a_certificate_and_verify_says_whose(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        report = certificates.issue_for_event(s, seminar.event)
    assert [c.name for c in report.certificates] == ["Ayesha Khan", "Li Wei"]
    assert (report.new, report.reused) == (2, 0)
    li = next(c for c in report.certificates if c.person_id == seminar.li)
    assert codes.is_valid_verification_code(li.code)
    assert li.kind is CertificateKind.ATTENDANCE

    with db.session() as s:
        found = certificates.verify(s, li.shown_code.upper())
    assert found.status is Status.VALID and found.valid
    cert = found.certificate
    assert cert is not None
    assert (cert.name, cert.native) == ("Li Wei", "李伟")
    assert (cert.organization, cert.organization_native) == ("Tianjin Vocational Institute", "天津职业大学")
    assert (cert.event, cert.start_date, cert.end_date, cert.city) == (
        "Belt and Road TVET Seminar",
        date(2026, 6, 24),
        date(2026, 6, 26),
        "Tianjin",
    )
    assert cert.issued_at is not None and cert.issued_by
    assert found.as_json()["certificate"]["event"]["name"] == "Belt and Road TVET Seminar"


def test_a_reprint_gives_the_same_code_and_no_new_row(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        first = certificates.issue_for_event(s, seminar.event)
        certificates.record_printed(s, [c.id for c in first.certificates])
    with db.transaction() as s:
        again = certificates.issue_for_event(s, seminar.event)
        certificates.record_printed(s, [c.id for c in again.certificates])
    assert [c.code for c in again.certificates] == [c.code for c in first.certificates]
    assert (again.new, again.reused) == (0, 2)
    assert count(db) == 2
    with db.session() as s:
        assert {c.printed_count for c in certificates.certificates_of(s, event_id=seminar.event)} == {2}
    # One delegate reprinted alone keeps the code too.
    with db.transaction() as s:
        one = certificates.issue_for_event(s, seminar.event, person_ids=[seminar.ayesha])
    assert [c.code for c in one.certificates] == [
        c.code for c in first.certificates if c.name == "Ayesha Khan"
    ]


def test_a_delegate_marked_attended_later_gets_one_then(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        certificates.issue_for_event(s, seminar.event)
    with db.transaction() as s:
        part = s.scalar(select(Participation).where(Participation.person_id == seminar.bilal))
        assert part is not None
        part.status = ParticipationStatus.ATTENDED
    with db.transaction() as s:
        report = certificates.issue_for_event(s, seminar.event)
    assert (report.new, report.reused) == (1, 2)
    assert count(db) == 3


def test_revoked_says_when_and_why_and_is_not_printed_again(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        li = next(
            c for c in certificates.issue_for_event(s, seminar.event).certificates if c.name == "Li Wei"
        )
    with db.transaction() as s:
        revoked = certificates.revoke(s, li.shown_code, "  Issued to the wrong delegate ")
    assert revoked.revoked_reason == "Issued to the wrong delegate"
    with db.session() as s:
        found = certificates.verify(s, li.code)
    assert found.status is Status.REVOKED and not found.valid
    assert found.certificate is not None and found.certificate.name == "Li Wei"
    assert "Issued to the wrong delegate" in found.text()
    assert found.params["when"] == f"{revoked.revoked_at:%Y-%m-%d}"
    with db.transaction() as s:
        report = certificates.issue_for_event(s, seminar.event)
    assert [c.name for c in report.certificates] == ["Ayesha Khan"]
    assert report.revoked == 1
    assert count(db) == 2
    with db.transaction() as s, pytest.raises(CertificateError) as raised:
        certificates.revoke(s, li.code, "again")
    assert raised.value.code == "already_revoked"


def test_one_typed_character_wrong_is_a_typing_mistake_not_an_unknown_code(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        code = certificates.issue_for_event(s, seminar.event).certificates[0].code
    wrong = ("b" if code[3] != "b" else "c").join((code[:3], code[4:]))
    with db.session() as s:
        typo = certificates.verify(s, codes.grouped(wrong))
        assert typo.status is Status.TYPING_MISTAKE
        assert "typing mistake" in typo.text()
        assert typo.certificate is None
        # Well formed (its check character holds) but issued by nobody: unknown.
        fresh = codes.new_verification_code()
        unknown = certificates.verify(s, fresh)
        assert unknown.status is Status.UNKNOWN
        assert codes.grouped(fresh) in unknown.text()
        assert certificates.verify(s, "abcd-efgh").status is Status.NOT_A_CODE
        assert certificates.verify(s, "0000-1111-ll").status is Status.NOT_A_CODE
        assert certificates.verify(s, "   ").status is Status.EMPTY


def test_bad_input_to_revoke_is_refused_and_changes_nothing(db: Database) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        code = certificates.issue_for_event(s, seminar.event).certificates[0].code
    before = change_log_count(db)
    for typed, reason, expected in (
        ("", "a reason", "empty"),
        (code, "", "reason_required"),
        (code, "   ", "reason_required"),
        (codes.new_verification_code(), "a reason", "unknown"),
        (code[:-1] + ("a" if code[-1] != "a" else "b"), "a reason", "typing_mistake"),
    ):
        with db.transaction() as s, pytest.raises(CertificateError) as raised:
            certificates.revoke(s, typed, reason)
        assert raised.value.code == expected
        assert raised.value.text()
    assert change_log_count(db) == before
    with db.session() as s:
        assert certificates.verify(s, code).status is Status.VALID


@dataclass
class Contest:
    competition: uuid.UUID
    mechatronics: uuid.UUID
    welding: uuid.UUID
    team: uuid.UUID  # gold, three members
    bronze: uuid.UUID
    fourth: uuid.UUID  # competed, no medal
    members: list[uuid.UUID]


def make_competition(db: Database) -> Contest:
    with db.transaction() as s:
        college = Organization(name_en="Punjab TEVTA", name_native="پنجاب ٹیوٹا", country="PK")
        tianjin = Organization(name_en="Tianjin Vocational Institute", country="CN")
        comp = Competition(name="Belt and Road Skills Competition", edition=2, host_city="Tianjin")
        mech = SkillTrack(competition=comp, name="Mechatronics", name_zh="机电一体化", team_size=3)
        weld = SkillTrack(competition=comp, name="Welding", name_zh="焊接")
        people = [
            Person(full_name="Zhang Min", name_native="张敏", organization=tianjin),
            Person(full_name="Wang Fang", name_native="王芳", organization=tianjin),
            Person(full_name="Liu Yang", name_native="刘洋", organization=tianjin),
        ]
        usman = Person(full_name="Usman Ali", name_native="عثمان علی", organization=college)
        sara = Person(full_name="Sara Iqbal", organization=college)
        gone = Person(full_name="Hamza Tariq", organization=college)
        team = Entry(
            track=mech, organization=tianjin, team_name="Tianjin A", status=EntryStatus.COMPETED,
            score=Decimal(92), medal=Medal.GOLD, members=people,
        )  # fmt: skip
        bronze = Entry(
            track=weld, organization=college, status=EntryStatus.COMPETED, medal=Medal.BRONZE, members=[usman]
        )
        fourth = Entry(track=weld, organization=college, status=EntryStatus.COMPETED, members=[sara])
        withdrawn = Entry(track=weld, organization=college, status=EntryStatus.WITHDRAWN, members=[gone])
        s.add_all([comp, team, bronze, fourth, withdrawn])
        s.flush()
        return Contest(comp.id, mech.id, weld.id, team.id, bronze.id, fourth.id, [p.id for p in people])


def test_each_member_of_a_medal_team_gets_one_and_participants_only_when_asked(db: Database) -> None:
    contest = make_competition(db)
    with db.transaction() as s:
        report = certificates.issue_for_competition(s, contest.competition)
    # By track, then medal: the gold team's three members, then the bronze welder.
    assert [(c.name, c.medal) for c in report.certificates] == [
        ("Liu Yang", Medal.GOLD),
        ("Wang Fang", Medal.GOLD),
        ("Zhang Min", Medal.GOLD),
        ("Usman Ali", Medal.BRONZE),
    ]
    gold = report.certificates[0]
    assert (gold.kind, gold.track, gold.track_zh, gold.team) == (
        CertificateKind.MEDAL,
        "Mechatronics",
        "机电一体化",
        "Tianjin A",
    )
    assert len({c.code for c in report.certificates}) == 4
    with db.session() as s:
        stored = s.scalar(select(Certificate.medal).where(Certificate.code == gold.code))
        assert stored is Medal.GOLD  # the medal's code, not its label

    with db.transaction() as s:
        everyone = certificates.issue_for_competition(s, contest.competition, participants=True)
    assert (everyone.new, everyone.reused) == (1, 4)
    sara = everyone.certificates[-1]
    assert (sara.name, sara.kind, sara.medal) == ("Sara Iqbal", CertificateKind.PARTICIPATION, None)
    assert "Hamza Tariq" not in {c.name for c in everyone.certificates}  # withdrawn
    with db.transaction() as s:
        welding = certificates.issue_for_competition(s, contest.competition, track_id=contest.welding)
    assert [c.name for c in welding.certificates] == ["Usman Ali"]
    with db.session() as s:
        assert certificates.find_track(s, contest.competition, "机电").id == contest.mechatronics
        assert certificates.find_track(s, contest.competition, "weld").id == contest.welding
        with pytest.raises(CertificateError):
            certificates.find_track(s, contest.competition, "Plumbing")
        found = certificates.verify(s, gold.code)
    assert found.certificate is not None
    assert (found.certificate.competition, found.certificate.track) == (
        "Belt and Road Skills Competition",
        "Mechatronics",
    )


def test_a_changed_medal_revokes_the_old_certificate_and_issues_a_new_code(db: Database) -> None:
    contest = make_competition(db)
    with db.transaction() as s:
        old = {
            c.name: c.code for c in certificates.issue_for_competition(s, contest.competition).certificates
        }
    with db.transaction() as s:
        entry = s.get(Entry, contest.bronze)
        assert entry is not None
        entry.medal = Medal.SILVER
    with db.transaction() as s:
        report = certificates.issue_for_competition(s, contest.competition)
    assert report.replaced == 1
    usman = next(c for c in report.certificates if c.name == "Usman Ali")
    assert usman.medal is Medal.SILVER and usman.code != old["Usman Ali"]
    with db.session() as s:
        before = certificates.verify(s, old["Usman Ali"])
    assert before.status is Status.REVOKED
    assert before.certificate is not None and "Bronze" in (before.certificate.revoked_reason or "")


def test_a_certificate_issued_on_a_laptop_verifies_at_the_office_and_copies_keep_to_their_event(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "office.sqlite3")
    with office.db.transaction() as s:
        other = Event(name="Another seminar")
        s.add(other)
        s.add(Participation(event=other, person_id=office.people[-1], status=ParticipationStatus.ATTENDED))
        s.flush()
        elsewhere = certificates.issue_for_event(s, other.id).certificates[0].code
        part = s.scalar(select(Participation).where(Participation.person_id == office.people[0]))
        assert part is not None
        part.status = ParticipationStatus.ATTENDED
    lap = laptop(office, tmp_path / "lap.sqlite3", "Desk 1", event_id=office.event)
    with lap.session() as s:
        assert certificates.verify(s, elsewhere).status is Status.UNKNOWN  # another event's: not copied
    with lap.transaction() as s:
        code = certificates.issue_for_event(s, office.event).certificates[0].code
    sync.create_package(lap, tmp_path / "lap.tvetsync")
    lap.close()
    sync.merge_package(office.db, tmp_path / "lap.tvetsync")
    with office.db.session() as s:
        found = certificates.verify(s, code)
    office.db.close()
    assert found.status is Status.VALID
    assert found.certificate is not None and found.certificate.event == "Digital Skills Seminar"


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server given (TVET_ALLIANCE_TEST_PG)")
def test_issue_reprint_revoke_and_verify_on_postgres(pg_db: Database) -> None:  # noqa: F811
    seminar = make_seminar(pg_db)
    contest = make_competition(pg_db)
    with pg_db.transaction() as s:
        first = certificates.issue_for_event(s, seminar.event)
        medals = certificates.issue_for_competition(s, contest.competition, participants=True)
    with pg_db.transaction() as s:
        again = certificates.issue_for_event(s, seminar.event)
        certificates.revoke(s, medals.certificates[0].code, "Wrong team list")
    assert [c.code for c in again.certificates] == [c.code for c in first.certificates]
    with pg_db.session() as s:
        assert certificates.verify(s, first.certificates[0].code).valid
        assert certificates.verify(s, medals.certificates[0].code).status is Status.REVOKED
        assert certificates.eligible(s, competition_id=contest.competition, participants=True) == 5
    assert count(pg_db) == 7


def test_certificates_travel_in_a_full_export(db: Database, tmp_path: Path) -> None:
    seminar = make_seminar(db)
    with db.transaction() as s:
        issued = certificates.issue_for_event(s, seminar.event).certificates
        certificates.revoke(s, issued[0].code, "Duplicate")
    archive = tmp_path / "all.zip"
    with db.session() as s:
        exporting.export_all(s, archive)
    moved = Database.open(tmp_path / "moved.sqlite3")
    try:
        with moved.session() as s:
            exporting.load_all(s, archive)
            s.commit()
        with moved.session() as s:
            assert certificates.verify(s, issued[0].code).status is Status.REVOKED
            found = certificates.verify(s, issued[1].code)
            assert found.valid and found.certificate is not None
            assert found.certificate.event == "Belt and Road TVET Seminar"
    finally:
        moved.close()


def test_certificates_that_no_longer_hold_are_revoked_when_the_competition_is_issued_again(
    db: Database,
) -> None:
    contest = make_competition(db)
    with db.transaction() as s:
        first = {
            c.name: c.code for c in certificates.issue_for_competition(s, contest.competition).certificates
        }
    with db.transaction() as s:
        bronze, team = s.get(Entry, contest.bronze), s.get(Entry, contest.team)
        assert bronze is not None and team is not None
        bronze.medal = Medal.NONE  # results unlocked and confirmed again: no medal now
        team.status = EntryStatus.DISQUALIFIED
    with db.transaction() as s:
        report = certificates.issue_for_competition(s, contest.competition)
    assert (report.certificates, report.outdated) == ([], 4)
    with db.session() as s:
        usman = certificates.verify(s, first["Usman Ali"])
        zhang = certificates.verify(s, first["Zhang Min"])
    assert usman.status is Status.REVOKED and zhang.status is Status.REVOKED
    assert usman.certificate is not None and usman.certificate.revoked_reason == (
        "The entry no longer holds this medal (Bronze); it now has: No medal."
    )
    assert zhang.certificate is not None and "was disqualified" in (zhang.certificate.revoked_reason or "")


def test_no_medal_certificate_from_a_marked_track_until_its_results_are_confirmed(db: Database) -> None:
    """Welding gets a marking scheme: its stored medals (Usman Ali's typed bronze) are no results
    until the judges' marks are confirmed. "All tracks" then leaves Welding out, and says so; once
    confirmed, the medals the rule gave are certified."""
    from tvet_alliance.services import marking, results
    from tvet_alliance.services.marking import AspectInput

    contest = make_competition(db)
    with db.transaction() as s:
        marking.save_scheme(s, contest.welding, [AspectInput("A1", Decimal(100))])
        aspect = marking.aspects(s, contest.welding)[0].id
        assert aspect is not None
    with db.transaction() as s:
        report = certificates.issue_for_competition(s, contest.competition)
        assert certificates.eligible(s, competition_id=contest.competition) == 3  # the gold team only
    assert [c.name for c in report.certificates] == ["Liu Yang", "Wang Fang", "Zhang Min"]
    assert report.provisional == ["Welding"] and report.as_json()["provisional"] == ["Welding"]
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Certificate).where(Certificate.medal == Medal.BRONZE))
            == 0
        )

    with db.transaction() as s:
        marking.set_mark(s, contest.bronze, aspect, 1, Decimal(60))
        marking.set_mark(s, contest.fourth, aspect, 1, Decimal(80))
    with db.transaction() as s:
        results.confirm(s, contest.welding)
    with db.transaction() as s:
        report = certificates.issue_for_competition(s, contest.competition, track_id=contest.welding)
    assert report.provisional == []
    assert [(c.name, c.medal) for c in report.certificates] == [
        ("Sara Iqbal", Medal.GOLD),
        ("Usman Ali", Medal.SILVER),
    ]
