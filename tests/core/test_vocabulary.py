"""Vocabularies as data (issue 14 item 1): every controlled value known by its code, its labels and
the names partners write (resources/vocab), matched exactly, by words or fuzzily only when one code
fits (domain.vocabulary), and read by the import's parsers (services.importing.normalize)."""

from __future__ import annotations

import json
import shutil
from enum import Enum
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.data import make_import_corpus as corpus
from tvet_alliance import i18n
from tvet_alliance.domain import Organization, catalog, vocabulary
from tvet_alliance.domain.enums import AllianceRole, Gender, Medal, OrgType, ParticipationRole
from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import ImportKind, ImportOptions, auto_map, detect, read_table, run
from tvet_alliance.services.importing.normalize import BadValue, parse_choice, parse_country, parse_province

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def _catalog_enums() -> list[type[Enum]]:
    found: list[type[Enum]] = []
    for rec in catalog.RECORDS.values():
        for f in rec.fields:
            if f.enum is not None and f.enum not in found:
                found.append(f.enum)
    return found


# --- what the issue saw refused --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("enum", "text", "expected"),
    [
        (OrgType, "高职院校", OrgType.TVET_COLLEGE),
        (OrgType, "高职", OrgType.TVET_COLLEGE),
        (OrgType, "高等职业院校", OrgType.TVET_COLLEGE),
        (OrgType, "职业技术学院", OrgType.POLYTECHNIC),  # Polytechnic's label in the app's Chinese
        (OrgType, "government department", OrgType.GOVERNMENT_AUTHORITY),
        (OrgType, "Government Department", OrgType.GOVERNMENT_AUTHORITY),
        (OrgType, "政府部门", OrgType.GOVERNMENT_AUTHORITY),
        (OrgType, "政府机关", OrgType.GOVERNMENT_AUTHORITY),
        (OrgType, "主管部门", OrgType.GOVERNMENT_AUTHORITY),
        (OrgType, "Goverment", OrgType.GOVERNMENT_AUTHORITY),  # fuzzy: one letter missing
        (OrgType, "高职院校（公办）", OrgType.TVET_COLLEGE),  # a remark beside the word
        (AllianceRole, "lead partner", AllianceRole.LEAD_PARTNER),
        (AllianceRole, "lead partner institution", AllianceRole.LEAD_PARTNER),
        (AllianceRole, "Lead Partner Organisation", AllianceRole.LEAD_PARTNER),
        (AllianceRole, "牵头单位", AllianceRole.LEAD_PARTNER),
        (AllianceRole, "理事长单位", AllianceRole.CHAIR),
        (AllianceRole, "副理事长单位", AllianceRole.VICE_CHAIR),
        (AllianceRole, "常务副理事长单位", AllianceRole.VICE_CHAIR),  # not the chair inside it
        (AllianceRole, "成员单位", AllianceRole.MEMBER),
        (AllianceRole, "会员单位", AllianceRole.MEMBER),
        (AllianceRole, "vice chair institution", AllianceRole.VICE_CHAIR),
        (ParticipationRole, "参会代表", ParticipationRole.DELEGATE),
        (Medal, "金牌", Medal.GOLD),
        (Medal, "-", Medal.NONE),
        (Gender, "女", Gender.FEMALE),
        (Gender, "خاتون", Gender.FEMALE),  # Urdu label
    ],
)
def test_choices_in_partners_words(enum: type[Enum], text: str, expected: Enum) -> None:
    assert parse_choice(enum, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国", "CN"),
        ("中华人民共和国", "CN"),
        ("PRC", "CN"),
        ("P.R. China", "CN"),
        ("People's Republic of China", "CN"),
        ("巴基斯坦", "PK"),
        ("پاکستان", "PK"),
        ("Islamic Republic of Pakistan", "PK"),
        ("PAK", "PK"),
        ("ＰＫ", "PK"),  # full-width letters
        ("Republic of Korea", "KR"),  # the words of "Korea, Republic of" in another order
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Côte d’Ivoire", "CI"),
        ("Pakistn", "PK"),  # fuzzy
        ("哈萨克斯坦", "KZ"),  # iso-codes' Chinese
    ],
)
def test_countries_by_any_name(text: str, expected: str) -> None:
    assert parse_country(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Xinjiang", "CN", "CN-XJ"),
        ("Xinjiang Uygur Zizhiqu", "CN", "CN-XJ"),
        ("新疆维吾尔自治区", "CN", "CN-XJ"),
        ("新疆维吾尔族自治区", "CN", "CN-XJ"),
        ("新疆", "CN", "CN-XJ"),
        ("Tibet", "CN", "CN-XZ"),
        ("Xizang", "CN", "CN-XZ"),
        ("西藏自治区", "CN", "CN-XZ"),
        ("Inner Mongolia", "CN", "CN-NM"),
        ("Nei Mongol", "CN", "CN-NM"),
        ("内蒙古自治区", "CN", "CN-NM"),
        ("Guangxi", "CN", "CN-GX"),
        ("Guangxi Zhuang Autonomous Region", "CN", "CN-GX"),
        ("广西壮族自治区", "CN", "CN-GX"),
        ("Ningxia", "CN", "CN-NX"),
        ("宁夏", "CN", "CN-NX"),
        ("Hong Kong", "CN", "CN-HK"),
        ("香港特别行政区", "CN", "CN-HK"),
        ("Sichuan Province", "CN", "CN-SC"),
        ("Chongqing City", "CN", "CN-CQ"),
        ("KP", "PK", "PK-KP"),
        ("KPK", "PK", "PK-KP"),
        ("K.P.K", "PK", "PK-KP"),
        ("Khyber Pakhtunkhwa", "PK", "PK-KP"),
        ("Khyber-Pakhtunkhwa", "PK", "PK-KP"),
        ("NWFP", "PK", "PK-KP"),
        ("N.W.F.P.", "PK", "PK-KP"),
        ("ICT", "PK", "PK-IS"),
        ("Islamabad Capital Territory", "PK", "PK-IS"),
        ("AJK", "PK", "PK-JK"),
        ("Azad Kashmir", "PK", "PK-JK"),
        ("GB", "PK", "PK-GB"),
        ("Gilgit-Baltistan", "PK", "PK-GB"),
        ("Punjab Province", "PK", "PK-PB"),
        ("صوبہ پنجاب", "PK", "PK-PB"),
        ("Baluchistan", "PK", "PK-BA"),
    ],
)
def test_provinces_by_common_name(text: str, country: str, expected: str) -> None:
    assert parse_province(text, country) == expected


def test_how_each_was_matched() -> None:
    assert vocabulary.match("country", "pk") == vocabulary.Match("PK", "code")
    assert vocabulary.match(OrgType, "高职院校").how == "exact"
    assert vocabulary.match(OrgType, "TVET college of technology").how == "token"
    assert vocabulary.match("province", "Gilgit", country="PK") == vocabulary.Match("PK-GB", "token")
    assert vocabulary.match("province", "Baluchistaan", country="PK") == vocabulary.Match("PK-BA", "fuzzy")


# --- ambiguous and unknown texts are refused -------------------------------------------------------


@pytest.mark.parametrize(
    ("vocab", "text", "country", "candidates"),
    [
        (OrgType, "university college", None, ("tvet_college", "university")),
        (AllianceRole, "chair member", None, ("chair", "member")),
        ("country", "Korea", None, ("KR", "KP")),
        ("province", "Shanxii", "CN", ("CN-SN", "CN-SX")),  # Shaanxi or Shanxi: not guessed
    ],
)
def test_an_ambiguous_text_names_its_candidates(
    vocab: str | type[Enum], text: str, country: str | None, candidates: tuple[str, ...]
) -> None:
    with pytest.raises(vocabulary.NoMatch) as caught:
        vocabulary.match(vocab, text, country=country)
    assert set(caught.value.candidates) == set(candidates)
    assert caught.value.ambiguous


def test_an_ambiguous_choice_is_refused_with_the_candidates_in_english() -> None:
    with pytest.raises(BadValue) as caught:
        parse_choice(OrgType, "university college")
    error = caught.value
    assert error.code == "choice"
    assert str(error) == "university college could be any of: TVET college, University. Write one of them."
    assert error.params["codes"] == ("tvet_college", "university")
    assert error.params["enum"] == "OrgType"


def test_an_ambiguous_country_and_province_are_refused() -> None:
    with pytest.raises(BadValue) as caught:
        parse_country("Korea")
    assert caught.value.code == "country"
    assert "South Korea" in str(caught.value) and "North Korea" in str(caught.value)
    with pytest.raises(BadValue) as caught:
        parse_province("Shanxii", "CN")
    assert caught.value.code == "province"
    assert set(caught.value.params["codes"]) == {"CN-SN", "CN-SX"}
    assert "Shaanxi" in str(caught.value) and "Shanxi" in str(caught.value)


def test_an_unknown_choice_lists_every_code() -> None:
    with pytest.raises(BadValue) as caught:
        parse_choice(AllianceRole, "sponsor")
    assert caught.value.params["codes"] == tuple(m.value for m in AllianceRole)
    assert str(caught.value) == (
        "sponsor is not one of: Chair, Vice chair, Lead partner, Founding member, Member, Observer."
    )


@pytest.mark.parametrize("text", ["Chnia", "火星", "in person", "m", "Republic"])
def test_no_guess_for_far_or_generic_texts(text: str) -> None:
    with pytest.raises(BadValue):
        parse_country(text)


# --- normalising -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("  Khyber-Pakhtunkhwa  ", "khyber pakhtunkhwa"),
        ("N.W.F.P.", "nwfp"),
        ("ＰＲＣ", "prc"),
        ("in_person", "in person"),
        ("Côte d’Ivoire", "cote divoire"),
        ("People's Republic", "peoples republic"),
        ("高职院校（公办）", "高职院校 公办"),
        ("ك", "ک"),  # the Arabic keyboard's kaf is Urdu's
        ("-", "-"),  # punctuation only keeps its characters
    ],
)
def test_normalise(text: str, normal: str) -> None:
    assert vocabulary.normalise(text) == normal


def test_suffixes_are_left_out_both_ways() -> None:
    provinces = vocabulary.default().index("province", "CN")
    assert provinces.match("新疆维吾尔自治区").code == provinces.match("新疆").code == "CN-XJ"
    assert vocabulary.match(AllianceRole, "observer organisation").code == "observer"


# --- the data --------------------------------------------------------------------------------------


def test_every_choice_of_the_catalog_is_in_the_data_with_labels_in_three_languages() -> None:
    rows = vocabulary.default().rows()
    for enum in _catalog_enums():
        for member in enum:
            entry = rows.get(enum.__name__, {}).get(str(member.value))
            assert entry is not None, f"{enum.__name__}.{member.value}"
            assert set(entry.labels) == {"en", "zh_CN", "ur"}, f"{enum.__name__}.{member.value}"


def test_the_labels_agree_with_the_apps_translations() -> None:
    rows = vocabulary.default().rows()
    for enum in _catalog_enums():
        for member in enum:
            entry = rows[enum.__name__][str(member.value)]
            english = str(getattr(member, "label", member.value))
            assert entry.labels["en"] == english
            for language in ("zh_CN", "ur"):
                translated = i18n.translation(language, "Enum", english)
                if translated:
                    assert entry.labels[language] == translated, (enum.__name__, member.value, language)


def test_every_code_in_the_data_exists() -> None:
    import pycountry

    for name, entries in vocabulary.default().rows().items():
        for code in entries:
            if name == "country":
                assert pycountry.countries.get(alpha_2=code) is not None, code
            elif name == "province":
                assert pycountry.subdivisions.get(code=code) is not None, code
            else:
                enum = vocabulary._enum(name)
                assert enum is not None, name
                assert code in {m.value for m in enum}, (name, code)


def test_no_name_means_two_codes() -> None:
    """A name given to two codes would make both refuse it: the data (and pycountry's names with
    it) says one thing for every choice, country and province of China and Pakistan."""
    indexes = [(enum.__name__, None) for enum in _catalog_enums()]
    indexes += [("country", None), ("province", "CN"), ("province", "PK")]
    for name, country in indexes:
        index = vocabulary.default().index(name, country)
        clashes = {text: codes for text, codes in index.exact.items() if len(codes) > 1}
        assert not clashes, (name, country, clashes)


def test_labels_in_the_readers_language() -> None:
    assert vocabulary.labels(AllianceRole, "zh_CN")[2] == ("lead_partner", "牵头单位")
    assert dict(vocabulary.labels(OrgType, "ur_PK"))["university"] == "یونیورسٹی"
    assert dict(vocabulary.labels(OrgType, "en_US"))["ngo"] == "NGO"
    assert vocabulary.label("country", "PK", "zh_CN") == "巴基斯坦"
    assert vocabulary.label("province", "PK-PB", "zh_CN") == "旁遮普省"
    assert vocabulary.label("province", "CN-XJ", "en") == "Xinjiang"


def test_a_maintainers_new_line_takes_effect(tmp_path: Path) -> None:
    data = tmp_path / "vocab"
    shutil.copytree(vocabulary.vocab_dir(), data)
    assert _match_or_none(vocabulary.Vocabularies(data), "AllianceRole", "联络单位") is None
    with (data / "choices.tsv").open("a", encoding="utf-8") as handle:
        handle.write("AllianceRole\tmember\t\t\t\t联络单位 | liaison partner\tadded by a maintainer\n")
    with (data / "suffixes.tsv").open("a", encoding="utf-8") as handle:
        handle.write("province\t地区\t\t\n")
    copy = vocabulary.Vocabularies(data)
    assert copy.index("AllianceRole").match("联络单位") == vocabulary.Match("member", "exact")
    assert copy.index("AllianceRole").match("Liaison Partner").code == "member"
    assert copy.index("province", "CN").match("新疆地区").code == "CN-XJ"
    # The lines before it are kept: the labels still come from the first line of the code.
    assert copy.label("AllianceRole", "member", "zh_CN") == "成员"


def _match_or_none(vocab: vocabulary.Vocabularies, name: str, text: str) -> str | None:
    try:
        return vocab.index(name).match(text).code
    except vocabulary.NoMatch:
        return None


# --- a partner list in the partners' own words imports every row ------------------------------------


def test_partners_in_their_own_words_import_every_row(db: Database) -> None:
    path = CORPUS / "partners_own_words.csv"
    detection = detect(path)
    mapping = auto_map(ImportKind.PARTNERS, read_table(path, detection).header)
    with db.session() as s:
        report = run(s, path, detection, mapping, ImportOptions(ImportKind.PARTNERS), apply=True, sha256="x")
    assert [e.message for e in report.errors] == []
    assert (report.rows, report.valid, report.created) == (11, 11, 11)
    names = [row[0] for row in corpus.OWN_WORDS_ROWS]
    with db.session() as s:
        got = {
            o.name_en: (o.country, o.province, o.org_type.value, o.alliance_role.value)
            for o in s.scalars(select(Organization).where(Organization.name_en.in_(names)))
        }
    assert got == {
        "Xinjiang Light Industry Vocational College": ("CN", "CN-XJ", "tvet_college", "member"),
        "Tibet Vocational Technical College": ("CN", "CN-XZ", "tvet_college", "member"),
        "Urumqi Vocational University": ("CN", "CN-XJ", "tvet_college", "lead_partner"),
        "Xinjiang Department of Education": ("CN", "CN-XJ", "government_authority", "chair"),
        "Inner Mongolia Technical College": ("CN", "CN-NM", "polytechnic", "member"),
        "Guangxi Vocational College of Water Resources": ("CN", "CN-GX", "tvet_college", "vice_chair"),
        "TEVTA Punjab": ("PK", "PK-PB", "government_authority", "lead_partner"),
        "Peshawar Polytechnic Institute": ("PK", "PK-KP", "polytechnic", "member"),
        "KP TEVTA": ("PK", "PK-KP", "government_authority", "vice_chair"),
        "NAVTTC": ("PK", "PK-IS", "government_authority", "lead_partner"),
        "AJK TEVTA": ("PK", "PK-JK", "government_authority", "observer"),
    }


def test_the_command_line_names_the_candidates_in_english(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tvet_alliance.cli import main

    source = tmp_path / "partners.csv"
    source.write_text(
        "Name,Country,Province,Type,Role\n"
        "Lahore University College,Pakistan,KPK,university college,lead partner institution\n"
        "Korea Polytechnic,Korea,,Polytechnic,member\n",
        encoding="utf-8",
    )
    code = main(["--db", str(db_path), "import", "partners", str(source), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    report = json.loads(out)
    assert (report["valid"], report["invalid"]) == (0, 2)
    assert report["errors"] == [
        {
            "row": 1,
            "column": "Type",
            "message": "university college could be any of: TVET college, University. Write one of them.",
        },
        {
            "row": 2,
            "column": "Country",
            "message": "Korea could be any of these countries: South Korea, North Korea. "
            "Write one of them, or its code.",
        },
    ]
    opened = Database.open(str(db_path), create=False)
    try:
        with opened.session() as s:
            assert s.scalar(select(func.count()).select_from(Organization)) == 0
    finally:
        opened.close()
