"""Every rule a record must follow, as a person sees it: the field, a code, and a plain English text.

Each refused save must leave the database exactly as it was (rows and change log alike).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from tvet_alliance.domain import (
    Agreement,
    Competition,
    Entry,
    Event,
    FieldError,
    Organization,
    Person,
    SkillTrack,
    ValidationFailed,
)
from tvet_alliance.domain import validation as v
from tvet_alliance.persistence import Database

from .helpers import dump_sqlite


def refused(db: Database, build: Callable[[Session], object]) -> ValidationFailed:
    """Run *build* in a transaction, expect ValidationFailed, and check nothing was written."""
    assert db.path is not None
    before = dump_sqlite(db.path)
    with pytest.raises(ValidationFailed) as info, db.transaction() as s:
        build(s)
    assert dump_sqlite(db.path) == before, "a refused save changed the database"
    return info.value


def only(errors: ValidationFailed, field: str) -> FieldError:
    found = errors.for_field(field)
    assert len(found) == 1, errors.errors
    return found[0]


@pytest.fixture
def track_id(db: Database) -> object:
    """A two-person track with a maximum score of 100, and a partner to enter it."""
    with db.transaction() as s:
        comp = Competition(name="2nd Belt and Road International Skills Competition", edition=2)
        track = SkillTrack(
            competition=comp,
            name="Industrial Robot System Integration",
            team_size=2,
            max_score=Decimal("100"),
        )
        s.add(track)
        s.flush()
        return track.id


# --- required text -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", None])
def test_partner_needs_a_name_in_some_script(db: Database, name: str | None) -> None:
    # issue 14: English, or Chinese or Urdu alone (a name in no script is refused)
    exc = refused(db, lambda s: s.add(Organization(name_en=name, name_native=name, country="PK")))
    error = only(exc, "name_en")
    assert (error.entity, error.code, error.text()) == (
        "Organization",
        "partner_name",
        "A partner needs a name: in English, or in Chinese or Urdu.",
    )
    assert exc.errors == [error]
    with db.transaction() as s:
        s.add(Organization(name_en=name, name_native="پنجاب ٹیوٹا", country="PK"))  # valid


def test_person_event_competition_track_and_agreement_need_their_names(db: Database) -> None:
    def build(s: Session) -> None:
        comp = Competition(name=" ")
        s.add_all(
            [
                Person(full_name=""),
                Event(name=""),
                comp,
                SkillTrack(competition=comp, name=""),
                Agreement(title=""),
            ]
        )

    exc = refused(db, build)
    assert sorted((e.entity, e.field, e.code) for e in exc.errors) == [
        ("Agreement", "title", "required"),
        ("Competition", "name", "required"),
        ("Event", "name", "required"),
        ("Person", "full_name", "required"),
        ("SkillTrack", "name", "required"),
    ]


# --- e-mail --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address", ["ali.khan@gct", "ali khan@gct.edu.pk", "ali.khan.gct.edu.pk", "@gct.edu.pk"]
)
def test_email_syntax_is_checked(db: Database, address: str) -> None:
    exc = refused(db, lambda s: s.add(Person(full_name="Ali Khan", email=address)))
    error = only(exc, "email")
    assert error.code == "email"
    assert error.text() == f"“{address.lower()}” is not an e-mail address (expected name@example.org)."


def test_email_is_trimmed_and_lower_cased(db: Database) -> None:
    with db.transaction() as s:
        person = Person(full_name="Li Na", email="  Na.Li@CQVIE.edu.cn ")
        s.add(person)
        s.flush()
        person_id = person.id
    with db.session() as s:
        assert s.get_one(Person, person_id).email == "na.li@cqvie.edu.cn"


# --- phones --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("PK", "042 99201234", "+924299201234"),
        ("PK", "0300-1234567", "+923001234567"),
        ("CN", "138 0013 8000", "+8613800138000"),
        ("CN", "023 6186 0001", "+862361860001"),
        ("CN", "+92 42 99201234", "+924299201234"),  # an explicit + wins over the partner's country
    ],
)
def test_phone_is_stored_in_e164_read_by_the_partners_country(
    db: Database, country: str, typed: str, stored: str
) -> None:
    with db.transaction() as s:
        org = Organization(name_en="Partner", country=country, phone=typed)
        s.add(org)
        s.flush()
        org_id = org.id
    with db.session() as s:
        assert s.get_one(Organization, org_id).phone == stored


def test_persons_phone_is_read_by_nationality_else_by_their_organization(db: Database) -> None:
    with db.transaction() as s:
        lahore = Organization(name_en="GCT Lahore", country="PK")
        by_org = Person(full_name="Waqas Chaudhry", organization=lahore, phone="0300 1234567")
        by_nationality = Person(
            full_name="Zhang Wei",
            nationality="cn",
            organization=lahore,
            phone="138 0013 8000",
            whatsapp="138 0013 8000",
        )
        s.add_all([by_org, by_nationality])
        s.flush()
        ids = by_org.id, by_nationality.id
    with db.session() as s:
        assert s.get_one(Person, ids[0]).phone == "+923001234567"
        zhang = s.get_one(Person, ids[1])
        assert (zhang.phone, zhang.whatsapp, zhang.nationality) == ("+8613800138000", "+8613800138000", "CN")


def test_persons_phone_is_read_by_the_country_of_an_organization_given_by_id(db: Database) -> None:
    """An editor that sets ``organization_id`` (not ``organization``) gets the same normalisation."""
    with db.transaction() as s:
        lahore = Organization(name_en="GCT Lahore", country="PK")
        s.add(lahore)
        s.flush()
        org_id = lahore.id
    with db.transaction() as s:
        person = Person(full_name="Waqas Chaudhry", organization_id=org_id, phone="0300 1234567")
        s.add(person)
        s.flush()
        person_id = person.id
    with db.session() as s:
        assert s.get_one(Person, person_id).phone == "+923001234567"


@pytest.mark.parametrize("typed", ["12345", "0300 12", "call the office"])
def test_invalid_phone_is_refused_with_the_number_and_country(db: Database, typed: str) -> None:
    exc = refused(db, lambda s: s.add(Organization(name_en="Partner", country="PK", phone=typed)))
    error = only(exc, "phone")
    assert error.code == "phone"
    assert error.text() == f"“{typed}” is not a valid phone number for PK."


def test_phone_without_country_asks_for_the_plus(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Person(full_name="Guest", phone="0300 1234567")))
    error = only(exc, "phone")
    assert error.code == "phone_region"
    assert error.text() == "“0300 1234567” needs a country: start it with + and the country code."


def test_invalid_whatsapp_is_refused(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Person(full_name="Hamza Iqbal", nationality="PK", whatsapp="0300")))
    assert only(exc, "whatsapp").code == "phone"


REGIONS = st.sampled_from([None, "PK", "CN", "US", "GB", "XX", "ZZ", ""])


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40), region=REGIONS)
def test_phone_normaliser_raises_nothing_but_invalid(text: str, region: str | None) -> None:
    try:
        result = v.phone(text, region)
    except v.Invalid as exc:
        assert exc.code in {"phone", "phone_region", "phone_excel"}
        assert exc.params["value"] == text.strip()
        return
    if result is None:
        assert not text.strip()
    else:
        assert result.startswith("+") and result[1:].isdigit()
        assert v.phone(result, None) == result  # normalising twice changes nothing


KNOWN_NUMBERS = [
    ("PK", "04299201234", "+924299201234"),
    ("PK", "03001234567", "+923001234567"),
    ("CN", "13800138000", "+8613800138000"),
    ("CN", "02361860001", "+862361860001"),
]


@st.composite
def typed_numbers(draw: st.DrawFn) -> tuple[str, str, str]:
    """A known number as people type it: spaces, dashes and dots anywhere between the digits."""
    region, digits, e164 = draw(st.sampled_from(KNOWN_NUMBERS))
    separators = st.sampled_from(["", "", " ", "-", ".", "  "])
    typed = "".join(d + draw(separators) for d in digits)
    return region, draw(st.sampled_from(["", " "])) + typed, e164


@settings(max_examples=200, deadline=None)
@given(number=typed_numbers())
def test_how_a_number_is_typed_does_not_change_what_is_stored(number: tuple[str, str, str]) -> None:
    region, typed, e164 = number
    assert v.phone(typed, region) == e164
    assert v.phone(e164, None) == e164


# --- countries and provinces ---------------------------------------------------------------------


def test_province_must_belong_to_the_country(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Organization(name_en="GCT Lahore", country="PK", province="CN-CQ")))
    error = only(exc, "province")
    assert error.code == "province_country"
    assert error.params == {"value": "CN-CQ", "name": "Chongqing Shi", "country": "PK"}
    assert error.text() == "Province CN-CQ (Chongqing Shi) is not in country PK."


def test_unknown_province_code_is_refused(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Organization(name_en="GCT Lahore", country="PK", province="PK-XX")))
    error = only(exc, "province")
    assert error.code == "province"
    assert "“PK-XX” is not a province code" in error.text()


def test_province_matching_the_country_is_upper_cased_and_kept(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", country="pk", province="pk-pb")
        s.add(org)
        s.flush()
        org_id = org.id
    with db.session() as s:
        org = s.get_one(Organization, org_id)
        assert (org.country, org.province) == ("PK", "PK-PB")


@pytest.mark.parametrize("code", ["ZZ", "Pakistan", "P"])
def test_unknown_country_code_is_refused(db: Database, code: str) -> None:
    exc = refused(db, lambda s: s.add(Organization(name_en="Partner", country=code)))
    error = only(exc, "country")
    assert error.code == "country"
    assert error.text() == f"“{code}” is not a country code (ISO 3166-1, e.g. CN or PK)."


def test_partner_needs_a_country(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Organization(name_en="Partner", country="")))
    assert (only(exc, "country").code, only(exc, "country").text()) == ("required", "This field is required.")


def test_unknown_country_is_refused_on_person_event_and_entry(db: Database, track_id: object) -> None:
    def build(s: Session) -> None:
        s.add_all(
            [
                Person(full_name="Guest", nationality="XY"),
                Event(name="Seminar", country="XY"),
                Entry(track_id=track_id, country="XY"),
            ]
        )

    exc = refused(db, build)
    assert sorted((e.entity, e.field, e.code) for e in exc.errors) == [
        ("Entry", "country", "country"),
        ("Event", "country", "country"),
        ("Person", "nationality", "country"),
    ]


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Event(name="Seminar", start_date=date(2024, 6, 26), end_date=date(2024, 6, 24)), "end_date"),
        (
            lambda: Competition(name="BRISC", start_date=date(2024, 6, 26), end_date=date(2024, 6, 24)),
            "end_date",
        ),
        (
            lambda: Agreement(title="MOU", signed_on=date(2024, 6, 26), expires_on=date(2024, 6, 24)),
            "expires_on",
        ),
    ],
    ids=["event", "competition", "agreement"],
)
def test_end_date_before_start_date_is_refused(db: Database, build: Callable[[], object], field: str) -> None:
    exc = refused(db, lambda s: s.add(build()))
    error = only(exc, field)
    assert error.code == "date_order"
    assert error.text() == "The end date 2024-06-24 is before the start date 2024-06-26."


def test_one_day_event_is_fine(db: Database) -> None:
    with db.transaction() as s:
        s.add(
            Event(name="Alliance Council Meeting", start_date=date(2025, 1, 16), end_date=date(2025, 1, 16))
        )


# --- competitions --------------------------------------------------------------------------------


@pytest.mark.parametrize("by_id", [True, False], ids=["track-by-id", "track-object"])
def test_score_above_the_tracks_maximum_is_refused(db: Database, track_id: object, by_id: bool) -> None:
    def build(s: Session) -> None:
        track = {"track_id": track_id} if by_id else {"track": s.get_one(SkillTrack, track_id)}
        s.add(Entry(score=Decimal("100.50"), **track))

    exc = refused(db, build)
    error = only(exc, "score")
    assert error.code == "score_max"
    assert error.text() == "Score 100.50 is above the track's maximum of 100.00."


def test_negative_score_is_refused(db: Database, track_id: object) -> None:
    exc = refused(db, lambda s: s.add(Entry(track_id=track_id, score=Decimal("-0.5"))))
    error = only(exc, "score")
    assert (error.code, error.text()) == ("score_negative", "A score cannot be negative.")


def test_full_marks_and_zero_are_fine(db: Database, track_id: object) -> None:
    with db.transaction() as s:
        s.add_all(
            [Entry(track_id=track_id, score=Decimal("100")), Entry(track_id=track_id, score=Decimal(0))]
        )


def test_team_bigger_than_the_track_allows_is_refused(db: Database, track_id: object) -> None:
    def build(s: Session) -> None:
        track = s.get_one(SkillTrack, track_id)
        members = [Person(full_name=name, nationality="PK") for name in ("Waqas", "Hamza", "Bilal")]
        s.add(Entry(track_id=track_id, team_name="GCT Lahore Mechatronics", members=members))
        s.add(Entry(track=track, team_name="Also too big", members=members))

    exc = refused(db, build)
    # one error per entry, whether the track was given by id or as an object
    assert [(e.field, e.code, e.text()) for e in exc.errors] == [
        ("members", "team_size", "3 members, but this track takes teams of 2.")
    ] * 2


def test_track_needs_a_positive_team_size_and_maximum(db: Database) -> None:
    def build(s: Session) -> None:
        s.add(
            SkillTrack(competition=Competition(name="BRISC"), name="Cloud", team_size=0, max_score=Decimal(0))
        )

    exc = refused(db, build)
    assert (only(exc, "team_size").code, only(exc, "max_score").code) == ("positive", "positive_score")


def test_edition_must_be_positive(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Competition(name="BRISC", edition=0)))
    assert only(exc, "edition").text() == "Must be 1 or more."


def test_editing_a_saved_score_above_the_maximum_is_refused(db: Database, track_id: object) -> None:
    with db.transaction() as s:
        entry = Entry(track_id=track_id, score=Decimal("90"))
        s.add(entry)
        s.flush()
        entry_id = entry.id

    def build(s: Session) -> None:
        s.get_one(Entry, entry_id).score = Decimal("120")

    assert only(refused(db, build), "score").code == "score_max"
    with db.session() as s:
        assert s.get_one(Entry, entry_id).score == Decimal("90.00")


# --- agreements ----------------------------------------------------------------------------------


def test_unknown_agreement_area_is_refused(db: Database) -> None:
    exc = refused(db, lambda s: s.add(Agreement(title="MOU", areas=["digital_skills", "tourism"])))
    error = only(exc, "areas")
    assert error.code == "area"
    assert error.text() == "“tourism” is not an area of collaboration."


# --- several problems at once; edits of saved rows --------------------------------------------


def test_every_problem_of_a_record_is_reported_at_once(db: Database) -> None:
    def build(s: Session) -> None:
        s.add(
            Organization(
                name_en=" ",
                country="PK",
                province="CN-CQ",
                email="office@",
                phone="12",
                website="www.example",
            )
        )

    exc = refused(db, build)
    assert sorted((e.field, e.code) for e in exc.errors) == [
        ("email", "email"),
        ("name_en", "partner_name"),  # a name in no script (issue 14)
        ("phone", "phone"),
        ("province", "province_country"),
        ("website", "url"),
    ]
    # the summary names every field, for the command line and logs
    for field in ("name_en", "email", "phone", "province", "website"):
        assert f"Organization.{field}:" in exc.text()


def test_problems_of_several_records_in_one_save_are_all_reported(db: Database) -> None:
    def build(s: Session) -> None:
        s.add_all([Organization(name_en="A", country="ZZ"), Person(full_name="B", email="b@")])

    exc = refused(db, build)
    assert sorted((e.entity, e.field) for e in exc.errors) == [
        ("Organization", "country"),
        ("Person", "email"),
    ]


def test_invalid_edit_of_a_saved_partner_changes_nothing(db: Database) -> None:
    with db.transaction() as s:
        org = Organization(name_en="Punjab TEVTA", country="PK", email="info@tevta.gop.pk")
        s.add(org)
        s.flush()
        org_id = org.id

    def build(s: Session) -> None:
        org = s.get_one(Organization, org_id)
        org.email = "not an address"
        org.name_en = "Punjab TEVTA (renamed)"

    exc = refused(db, build)
    assert [e.field for e in exc.errors] == ["email"]
    with db.session() as s:
        org = s.get_one(Organization, org_id)
        assert (org.name_en, org.email, org.row_version) == ("Punjab TEVTA", "info@tevta.gop.pk", 1)


def test_messages_are_translatable_in_the_validation_context() -> None:
    error = FieldError(
        "Organization",
        "province",
        "province_country",
        "Province {value} ({name}) is not in country {country}.",
        {"value": "CN-CQ", "name": "Chongqing Shi", "country": "PK"},
    )
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "省份 {value}（{name}）不属于国家 {country}。"

    assert error.text(translate) == "省份 CN-CQ（Chongqing Shi）不属于国家 PK。"
    assert seen == [("Validation", "Province {value} ({name}) is not in country {country}.")]
    assert str(error) == "province: Province CN-CQ (Chongqing Shi) is not in country PK."


@pytest.mark.parametrize(
    "values",
    [
        {"full_name": "  Ali Raza ", "email": "Ali@Example.PK", "phone": "0300 1234567", "nationality": "PK"},
        {"full_name": "王伟", "phone": "+86 138 0013 8000", "position": " 教师 "},
        {"full_name": "", "email": "bad@", "nationality": "XX"},
        {"full_name": "Sara", "phone": "12", "nationality": "CN", "whatsapp": "+923001234567"},
    ],
)
def test_check_values_applies_exactly_the_rules_of_validate(values: dict[str, str]) -> None:
    from tvet_alliance.domain import Person

    person = Person(**values)
    errors = person.validate()
    clean, problems = Person.check_values(dict(values))
    assert problems == errors
    assert clean == {k: getattr(person, k) for k in values}
