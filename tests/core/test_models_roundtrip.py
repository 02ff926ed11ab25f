"""Every model keeps what was written: save in one session, read back in a fresh one."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from tvet_alliance.domain import (
    Agreement,
    CheckIn,
    Competition,
    Entry,
    Event,
    ImportBatch,
    Organization,
    Participation,
    Person,
    Site,
    SkillTrack,
    SyncState,
    base,
)
from tvet_alliance.domain.base import uuid7
from tvet_alliance.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AllianceRole,
    AttendanceMode,
    EntryStatus,
    EventKind,
    EventMode,
    Gender,
    Medal,
    MembershipStatus,
    OrgType,
    ParticipationRole,
    ParticipationStatus,
    SiteKind,
)
from tvet_alliance.persistence import Database

PKT = timezone(timedelta(hours=5), "PKT")
CST = timezone(timedelta(hours=8), "CST")


def _org_cn() -> Organization:
    return Organization(
        name_en="Chongqing Vocational Institute of Engineering",
        name_native="重庆工程职业技术学院",
        short_name="CQVIE",
        aliases=["Chongqing Engineering Vocational College", "重庆工程学院（职教）"],
        country="CN",
        province="CN-CQ",
        city="Chongqing",
        org_type=OrgType.POLYTECHNIC,
        alliance_role=AllianceRole.CHAIR,
        membership_status=MembershipStatus.ACTIVE,
        joined_on=date(2024, 6, 25),
        website="https://www.cqvie.edu.cn",
        email="international@cqvie.edu.cn",
        phone="+86 23 6186 0001",
        address="1 Xuefu Avenue, Jiangjin District, Chongqing 402260",
        notes="Hosts the secretariat.",
        tags=["digital skills", "秘书处"],
    )


def _org_pk() -> Organization:
    return Organization(
        name_en="Government College of Technology, Railway Road, Lahore",
        name_native="گورنمنٹ کالج آف ٹیکنالوجی، ریلوے روڈ، لاہور",
        short_name="GCT Lahore",
        aliases=["GCT Railway Road", "جی سی ٹی لاہور"],
        country="PK",
        province="PK-PB",
        city="Lahore",
        org_type=OrgType.TVET_COLLEGE,
        alliance_role=AllianceRole.MEMBER,
        membership_status=MembershipStatus.PROSPECTIVE,
        email="principal@gctlahore.edu.pk",
        phone="042 99201234",
        tags=["mechatronics"],
    )


def test_organization_round_trip_keeps_scripts_and_lists(db: Database) -> None:
    with db.transaction() as s:
        cn, pk = _org_cn(), _org_pk()
        s.add_all([cn, pk])
        s.flush()
        cn_id, pk_id = cn.id, pk.id

    with db.session() as s:
        cn = s.get_one(Organization, cn_id)
        assert cn.name_en == "Chongqing Vocational Institute of Engineering"
        assert cn.name_native == "重庆工程职业技术学院"
        assert cn.short_name == "CQVIE"
        assert cn.aliases == ["Chongqing Engineering Vocational College", "重庆工程学院（职教）"]
        assert cn.tags == ["digital skills", "秘书处"]
        assert (cn.country, cn.province, cn.city) == ("CN", "CN-CQ", "Chongqing")
        assert cn.org_type is OrgType.POLYTECHNIC
        assert cn.alliance_role is AllianceRole.CHAIR
        assert cn.membership_status is MembershipStatus.ACTIVE
        assert cn.joined_on == date(2024, 6, 25)
        assert cn.website == "https://www.cqvie.edu.cn"
        assert cn.email == "international@cqvie.edu.cn"
        assert cn.phone == "+862361860001"
        assert cn.address == "1 Xuefu Avenue, Jiangjin District, Chongqing 402260"
        assert cn.notes == "Hosts the secretariat."
        assert cn.row_version == 1
        assert cn.deleted_at is None
        assert cn.created_at.tzinfo is not None and cn.updated_at.tzinfo is not None

        pk = s.get_one(Organization, pk_id)
        assert pk.name_native == "گورنمنٹ کالج آف ٹیکنالوجی، ریلوے روڈ، لاہور"
        assert pk.aliases == ["GCT Railway Road", "جی سی ٹی لاہور"]
        assert pk.phone == "+924299201234"
        assert pk.joined_on is None and pk.website is None


def test_organization_defaults_and_empty_lists(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="  Punjab TEVTA  ", country="pk")
        s.add(org)
        s.flush()
        org_id = org.id

    with db.session() as s:
        org = s.get_one(Organization, org_id)
        assert org.name_en == "Punjab TEVTA"  # trimmed
        assert org.country == "PK"  # upper-cased
        assert org.aliases == [] and org.tags == []
        assert org.org_type is OrgType.OTHER
        assert org.alliance_role is AllianceRole.MEMBER
        assert org.membership_status is MembershipStatus.PROSPECTIVE


def test_people_events_participations_and_check_ins_round_trip(db: Database) -> None:
    arrived = datetime(2024, 6, 24, 9, 10, tzinfo=CST)
    with db.transaction() as s:
        cn, pk = _org_cn(), _org_pk()
        person = Person(
            full_name="Muhammad Ali Khan",
            name_native="محمد علی خان",
            organization=pk,
            position="Principal",
            email="Ali.Khan@GCTLahore.edu.pk",
            phone="0300 1234567",
            wechat_id="alikhan_lhr",
            whatsapp="+92 300 1234567",
            nationality="PK",
            gender=Gender.MALE,
            notes="Speaks Urdu, English and some Chinese.",
        )
        event = Event(
            name="International Digital Skills Exchange Seminar",
            kind=EventKind.SEMINAR,
            start_date=date(2024, 6, 24),
            end_date=date(2024, 6, 26),
            venue="International Conference Hall",
            city="Chongqing",
            country="CN",
            mode=EventMode.HYBRID,
            notes="Day two online for Lahore.",
            organizers=[cn, pk],
        )
        part = Participation(
            event=event,
            person=person,
            role=ParticipationRole.SPEAKER,
            attendance_mode=AttendanceMode.ONLINE,
            status=ParticipationStatus.ATTENDED,
            notes="Keynote on day two.",
        )
        check_in = CheckIn(participation=part, at=arrived, site_id=db.site_id, desk="Hall A")
        s.add_all([person, event, part, check_in])
        s.flush()
        ids = (cn.id, pk.id, person.id, event.id, part.id, check_in.id)

    cn_id, pk_id, person_id, event_id, part_id, check_in_id = ids
    with db.session() as s:
        person = s.get_one(Person, person_id)
        assert person.full_name == "Muhammad Ali Khan"
        assert person.name_native == "محمد علی خان"
        assert person.organization_id == pk_id
        assert person.position == "Principal"
        assert person.email == "ali.khan@gctlahore.edu.pk"
        assert person.phone == "+923001234567"
        assert person.whatsapp == "+923001234567"
        assert person.wechat_id == "alikhan_lhr"
        assert person.nationality == "PK"
        assert person.gender is Gender.MALE
        assert person.notes == "Speaks Urdu, English and some Chinese."

        event = s.get_one(Event, event_id)
        assert event.name == "International Digital Skills Exchange Seminar"
        assert event.kind is EventKind.SEMINAR
        assert (event.start_date, event.end_date) == (date(2024, 6, 24), date(2024, 6, 26))
        assert (event.venue, event.city, event.country) == (
            "International Conference Hall",
            "Chongqing",
            "CN",
        )
        assert event.mode is EventMode.HYBRID
        assert event.notes == "Day two online for Lahore."
        assert sorted(o.id for o in event.organizers) == sorted([cn_id, pk_id])

        part = s.get_one(Participation, part_id)
        assert (part.event_id, part.person_id) == (event_id, person_id)
        assert part.role is ParticipationRole.SPEAKER
        assert part.attendance_mode is AttendanceMode.ONLINE
        assert part.status is ParticipationStatus.ATTENDED
        assert part.notes == "Keynote on day two."
        assert [p.id for p in event.participations] == [part_id]

        check_in = s.get_one(CheckIn, check_in_id)
        assert check_in.participation_id == part_id
        assert check_in.at == arrived  # the same instant...
        assert check_in.at.utcoffset() == timedelta(0)  # ...given back in UTC
        assert check_in.site_id == db.site_id
        assert check_in.desk == "Hall A"
        assert [c.id for c in part.check_ins] == [check_in_id]


def test_competition_tracks_and_team_entries_round_trip(db: Database) -> None:
    with db.transaction() as s:
        org = _org_cn()
        members = [Person(full_name="Gao Peng", nationality="CN"), Person(full_name="Lin Xiaoming")]
        event = Event(name="2nd BRISC", kind=EventKind.COMPETITION)
        comp = Competition(
            name="2nd Belt and Road International Skills Competition",
            edition=2,
            event=event,
            start_date=date(2024, 6, 24),
            end_date=date(2024, 6, 26),
            host_city="Chongqing",
            notes="Four tracks.",
        )
        track = SkillTrack(
            competition=comp,
            name="Industrial Robot System Integration",
            team_size=2,
            max_score=Decimal("100"),
        )
        entry = Entry(
            track=track,
            organization=org,
            country="cn",
            team_name="CQIPC Robotics Team",
            members=members,
            status=EntryStatus.COMPETED,
            score=Decimal("93.10"),
            medal=Medal.GOLD,
            notes="Fastest integration.",
        )
        s.add_all([comp, entry])
        s.flush()
        ids = (org.id, [m.id for m in members], event.id, comp.id, track.id, entry.id)

    org_id, member_ids, event_id, comp_id, track_id, entry_id = ids
    with db.session() as s:
        comp = s.get_one(Competition, comp_id)
        assert comp.name == "2nd Belt and Road International Skills Competition"
        assert comp.edition == 2
        assert comp.event_id == event_id
        assert (comp.start_date, comp.end_date) == (date(2024, 6, 24), date(2024, 6, 26))
        assert comp.host_city == "Chongqing"
        assert comp.notes == "Four tracks."
        assert [t.id for t in comp.tracks] == [track_id]

        track = s.get_one(SkillTrack, track_id)
        assert track.name == "Industrial Robot System Integration"
        assert track.team_size == 2
        assert track.max_score == Decimal("100")

        entry = s.get_one(Entry, entry_id)
        assert entry.track_id == track_id
        assert entry.organization_id == org_id
        assert entry.country == "CN"
        assert entry.team_name == "CQIPC Robotics Team"
        assert entry.status is EntryStatus.COMPETED
        assert isinstance(entry.score, Decimal)
        assert entry.score == Decimal("93.10")
        assert str(entry.score) == "93.10"
        assert entry.medal is Medal.GOLD
        assert entry.notes == "Fastest integration."
        assert sorted(m.id for m in entry.members) == sorted(member_ids)


def test_agreement_round_trip_keeps_parties_and_areas(db: Database) -> None:
    with db.transaction() as s:
        cn, pk = _org_cn(), _org_pk()
        agreement = Agreement(
            title="MOU on Digital Skills and Teacher Training Cooperation",
            kind=AgreementKind.MOU,
            parties=[cn, pk],
            areas=["digital_skills", "Teacher training", "digital_skills"],
            signed_on=date(2024, 6, 25),
            expires_on=date(2029, 6, 24),
            status=AgreementStatus.ACTIVE,
            document_url="https://www.cqvie.edu.cn/alliance/docs/mou.pdf",
            notes="Five-year term.",
        )
        s.add(agreement)
        s.flush()
        ids = (agreement.id, cn.id, pk.id)

    agreement_id, cn_id, pk_id = ids
    with db.session() as s:
        agreement = s.get_one(Agreement, agreement_id)
        assert agreement.title == "MOU on Digital Skills and Teacher Training Cooperation"
        assert agreement.kind is AgreementKind.MOU
        assert sorted(o.id for o in agreement.parties) == sorted([cn_id, pk_id])
        # labels are accepted and stored as values; duplicates are dropped, order kept
        assert agreement.areas == ["digital_skills", "teacher_training"]
        assert (agreement.signed_on, agreement.expires_on) == (date(2024, 6, 25), date(2029, 6, 24))
        assert agreement.status is AgreementStatus.ACTIVE
        assert agreement.document_url == "https://www.cqvie.edu.cn/alliance/docs/mou.pdf"
        assert agreement.notes == "Five-year term."
        assert [a.id for a in s.get_one(Organization, pk_id).agreements] == [agreement_id]


def test_import_batch_site_and_sync_state_round_trip(db: Database) -> None:
    at = datetime(2025, 1, 16, 10, 30, tzinfo=PKT)
    hub_id = uuid7()
    with db.transaction() as s:
        batch = ImportBatch(
            file_name="院校名单 2024.csv",
            sha256="a" * 64,
            kind="organization",
            user_name="li.na",
            at=at,
            counts=json.dumps({"created": 12, "updated": 3, "rejected": 1}),
        )
        replica = Site(
            id=hub_id,
            name="Lahore laptop",
            kind=SiteKind.REPLICA,
            is_local=False,
            source="/srv/alliance.sqlite3",
        )
        state = SyncState(peer_site_id=hub_id, base_seq=120, last_sent_seq=7, last_merged_seq=5)
        s.add_all([batch, replica, state])
        s.flush()
        batch_id = batch.id

    with db.session() as s:
        batch = s.get_one(ImportBatch, batch_id)
        assert batch.file_name == "院校名单 2024.csv"
        assert batch.sha256 == "a" * 64
        assert batch.kind == "organization"
        assert batch.user_name == "li.na"
        assert batch.at == at
        assert json.loads(batch.counts or "") == {"created": 12, "updated": 3, "rejected": 1}
        assert batch.reverted_at is None

        replica = s.get_one(Site, hub_id)
        assert (replica.name, replica.kind, replica.is_local) == ("Lahore laptop", SiteKind.REPLICA, False)
        assert replica.source == "/srv/alliance.sqlite3"
        local = s.scalars(select(Site).where(Site.is_local.is_(True))).all()
        assert [site.id for site in local] == [db.site_id]
        assert local[0].kind is SiteKind.HUB

        state = s.get_one(SyncState, hub_id)
        assert (state.base_seq, state.last_sent_seq, state.last_merged_seq) == (120, 7, 5)
        assert state.updated_at.tzinfo is not None


def test_uuid7_ids_are_version_7_and_time_ordered() -> None:
    ids = [uuid7() for _ in range(200)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert len(set(ids)) == len(ids)
    # the first 48 bits are Unix milliseconds, so an id made later never carries an earlier time
    millis = [i.int >> 80 for i in ids]
    assert millis == sorted(millis)
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    assert abs(now_ms - millis[-1]) < 60_000


def test_rows_sort_by_id_in_creation_order(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a clock that ticks one millisecond per id, ORDER BY id gives the order rows were made in."""
    clock = iter(range(1_750_000_000_000, 1_750_000_001_000))
    monkeypatch.setattr(base, "time", SimpleNamespace(time_ns=lambda: next(clock) * 1_000_000))
    names = ["Zhejiang", "Lahore", "Chongqing", "Peshawar", "Alpha", "Multan"]
    for name in names:
        with db.transaction() as s:
            s.add(Organization(name_en=name, country="PK"))
    with db.session() as s:
        ordered = s.scalars(select(Organization.name_en).order_by(Organization.id)).all()
        assert ordered == names
        assert all(i.version == 7 for i in s.scalars(select(Organization.id)))
