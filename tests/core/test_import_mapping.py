"""Which file column fills which field (services.importing.mapping): names in English, Chinese and
Urdu, remarks and typos, saved mappings; guesses only above the threshold, by a margin, in one
script, and never for a header that names another field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import (
    FIELDS,
    ImportKind,
    auto_map,
    detect,
    load_saved,
    read_table,
    save,
    saved_names,
)
from tvet_alliance.services.importing import fields as import_fields
from tvet_alliance.services.importing import mapping as import_mapping
from tvet_alliance.services.importing.fields import ImportField
from tvet_alliance.services.importing.mapping import (
    GUESS_MARGIN,
    GUESS_THRESHOLD,
    MappingError,
    can_be_constant,
    check_constant,
    column_named,
    field_named,
    missing_required,
    with_columns,
)


def _contact(header: str) -> dict[str, str]:
    """{header: "contact_name"} once partners have a contact person (issue 14, item 11), else {}."""
    has = "contact_name" in {f.key for f in FIELDS[ImportKind.PARTNERS]}
    return {header: "contact_name"} if has else {}


def fields_of(kind: ImportKind, header: list[str]) -> dict[str, str]:
    """header name -> field key, as auto_map maps them."""
    return auto_map(kind, header).by_header(header)


def test_chinese_headers() -> None:
    header = ["序号", "姓名", "单位", "手机", "参会方式", "邮箱"]
    mapping = auto_map(ImportKind.DELEGATES, header)
    assert mapping.by_header(header) == {
        "姓名": "full_name",
        "单位": "organization",
        "手机": "phone",
        "参会方式": "attendance_mode",
        "邮箱": "email",
    }
    assert mapping.column_of("full_name") == 1
    assert set(mapping.how.values()) == {"synonym"}


def test_urdu_headers() -> None:
    assert fields_of(ImportKind.PEOPLE, ["نام", "ادارہ", "موبائل"]) == {
        "نام": "full_name",
        "ادارہ": "organization",
        "موبائل": "phone",
    }


def test_english_headers_with_remarks() -> None:
    header = ["Full Name", "E-mail *", "Mobile No.", "手机（必填）", "Organisation (optional)"]
    mapped = fields_of(ImportKind.PEOPLE, header)
    assert mapped["Full Name"] == "full_name"
    assert mapped["E-mail *"] == "email"
    assert mapped["Organisation (optional)"] == "organization"
    # Two columns name the phone: the first one wins, the other is left for the person to choose.
    assert mapped["Mobile No."] == "phone"
    assert "手机（必填）" not in mapped
    assert fields_of(ImportKind.PEOPLE, ["姓名", "手机（必填）"]) == {
        "姓名": "full_name",
        "手机（必填）": "phone",
    }


def test_fuzzy_headers() -> None:
    header = ["Participant Nme", "Institue name", "Emial"]
    mapping = auto_map(ImportKind.PEOPLE, header)
    mapped = mapping.by_header(header)
    assert mapped["Participant Nme"] == "full_name"
    assert mapped["Institue name"] == "organization"
    assert mapping.how["full_name"] == "guess"
    assert mapping.how["organization"] == "guess"


def test_unknown_columns_stay_unmapped() -> None:
    header = ["Name", "Shoe size", "Favourite colour"]
    assert fields_of(ImportKind.PEOPLE, header) == {"Name": "full_name"}


def test_saved_mapping_wins_over_names() -> None:
    header = ["Name", "Contact", "Remarks"]
    plain = auto_map(ImportKind.PEOPLE, header)
    assert plain.by_header(header)["Contact"] == "phone"
    saved = auto_map(ImportKind.PEOPLE, header, saved={"contact": "email", "Name": "full_name"})
    assert saved.by_header(header) == {"Name": "full_name", "Contact": "email", "Remarks": "notes"}
    assert saved.how["email"] == "saved"
    assert "phone" not in saved.columns
    # A saved field that the kind does not have is ignored.
    odd = auto_map(ImportKind.PEOPLE, header, saved={"Contact": "score"})
    assert odd.by_header(header)["Contact"] == "phone"


def test_with_choice() -> None:
    header = ["Name", "Contact", "Remarks"]
    mapping = auto_map(ImportKind.PEOPLE, header).with_choice("email", 1)
    assert mapping.by_header(header) == {"Name": "full_name", "Contact": "email", "Remarks": "notes"}
    assert mapping.how["email"] == "chosen"
    assert mapping.with_choice("email", None).by_header(header) == {"Name": "full_name", "Remarks": "notes"}


def test_missing_required() -> None:
    assert missing_required(ImportKind.PEOPLE, auto_map(ImportKind.PEOPLE, ["Email", "Phone"])) == [
        "full_name"
    ]
    assert missing_required(ImportKind.PEOPLE, auto_map(ImportKind.PEOPLE, ["Name"])) == []
    assert missing_required(ImportKind.PARTNERS, auto_map(ImportKind.PARTNERS, ["City"])) == [
        "name_en",
        "country",
    ]
    assert missing_required(ImportKind.ENTRIES, auto_map(ImportKind.ENTRIES, ["队名", "成绩"])) == [
        "track",
        "members",
    ]
    assert missing_required(ImportKind.ENTRIES, auto_map(ImportKind.ENTRIES, ["赛项", "选手"])) == []


def test_save_and_load_round_trip(db: Database) -> None:
    header = ["姓名", "单位", "Contact"]
    mapping = auto_map(ImportKind.DELEGATES, header).with_choice("email", 2)
    with db.transaction() as s:
        assert saved_names(s) == []
        save(s, "Punjab TEVTA delegates", ImportKind.DELEGATES, mapping.by_header(header))
        save(s, "CQVIE partners", ImportKind.PARTNERS, {"英文名称": "name_en", "国家": "country"})
    with db.session() as s:
        assert saved_names(s) == ["CQVIE partners", "Punjab TEVTA delegates"]
        assert saved_names(s, ImportKind.DELEGATES) == ["Punjab TEVTA delegates"]
        assert saved_names(s, ImportKind.ENTRIES) == []
        loaded = load_saved(s, "Punjab TEVTA delegates")
        assert loaded == (
            ImportKind.DELEGATES,
            {"姓名": "full_name", "单位": "organization", "Contact": "email"},
        )
        assert load_saved(s, "nothing") is None
        kind, columns = loaded
        again = auto_map(kind, header, saved=columns)
        assert again.columns == mapping.columns
        assert set(again.how.values()) == {"saved"}
    # Saving under the same name replaces it.
    with db.transaction() as s:
        save(s, "Punjab TEVTA delegates", ImportKind.PEOPLE, {"Name": "full_name"})
    with db.session() as s:
        assert saved_names(s) == ["CQVIE partners", "Punjab TEVTA delegates"]
        assert load_saved(s, "Punjab TEVTA delegates") == (ImportKind.PEOPLE, {"Name": "full_name"})


def test_a_field_whose_synonym_names_a_taken_column_still_finds_its_own() -> None:
    # "name (chinese)" reduces to "name", the column Name fills; the native name must still map
    # by its exact label, not by luck.
    header = ["Name", "Name in Chinese or Urdu", "Organisation"]
    m = auto_map(ImportKind.PEOPLE, header)
    assert (m.columns["full_name"], m.columns["name_native"]) == (0, 1)
    assert m.how["name_native"] == "exact"


# --- conservative matching (issue 14, item 9) ------------------------------------------------------


def test_how_each_column_was_matched() -> None:
    header = ["Name", "手机", "Emial", "Shoe size"]
    m = auto_map(ImportKind.PEOPLE, header)
    assert m.how == {"full_name": "exact", "phone": "synonym", "email": "guess"}
    assert m.like == {"email": "email"}  # what the guess resembled, for the Columns page
    saved = auto_map(ImportKind.PEOPLE, header, saved={"Emial": "email"})
    assert saved.how["email"] == "saved" and saved.like == {}
    chosen = m.with_choice("notes", 3)
    assert chosen.how["notes"] == "chosen" and chosen.like == {"email": "email"}
    assert m.with_choice("email", None).like == {}


def test_address_is_not_the_email() -> None:
    # "address" is a partner's field: in a people import it stays unmapped, never guessed as
    # "email address" (which is a word longer).
    header = ["Name", "address", "E-mail"]
    assert fields_of(ImportKind.PEOPLE, header) == {"Name": "full_name", "E-mail": "email"}
    assert fields_of(ImportKind.PEOPLE, ["Name", "Address"]) == {"Name": "full_name"}
    assert fields_of(ImportKind.PARTNERS, ["Name", "Address"])["Address"] == "address"


def test_a_partners_english_name_is_not_the_persons_name() -> None:
    # 英文名称 is a partner's English name; in a people import it is no guess for the person's name
    # (英文名), nor is 单位英文名称 (the organisation's English name).
    for header in (["英文名称", "手机"], ["单位英文名称", "姓名"], ["Name", "英文名称"]):
        mapped = fields_of(ImportKind.PEOPLE, header)
        assert "英文名称" not in mapped and "单位英文名称" not in mapped, mapped
    assert fields_of(ImportKind.PEOPLE, ["姓名", "单位英文名称"]) == {"姓名": "full_name"}
    assert fields_of(ImportKind.PARTNERS, ["单位英文名称", "名称"]) == {
        "单位英文名称": "name_en",
        "名称": "name_native",
    }


def test_chinese_partner_headers() -> None:
    header = ["名称", "所在省份", "类型", "联系人", "手机", "邮箱", "地址"]
    m = auto_map(ImportKind.PARTNERS, header)
    assert m.by_header(header) == {
        "名称": "name_native",
        "所在省份": "province",
        "类型": "org_type",
        "手机": "phone",
        "邮箱": "email",
        "地址": "address",
    } | _contact("联系人")  # the contact person, never the phone
    for other in ("手机号", "移动电话", "手机号码"):
        assert fields_of(ImportKind.PARTNERS, ["Name", other]) == {"Name": "name_en", other: "phone"}


def test_contact_person_synonyms_go_to_the_contact_field() -> None:
    # The partner's contact person (contact_name, the catalog's synonyms)
    for name in ("联系人", "联系人姓名", "Contact person", "Contact Name", "Focal person"):
        assert fields_of(ImportKind.PARTNERS, ["名称", name, "手机"]) == {
            "名称": "name_native",
            name: "contact_name",
            "手机": "phone",
        }
    # ... and in a people import a contact person is no one's phone (the person's "contact" is).
    assert fields_of(ImportKind.PEOPLE, ["Name", "Contact person"]) == {"Name": "full_name"}


def test_a_professional_title_is_the_position_only_without_one() -> None:
    assert fields_of(ImportKind.PEOPLE, ["姓名", "职称", "职务"]) == {"姓名": "full_name", "职务": "position"}
    assert fields_of(ImportKind.PEOPLE, ["姓名", "职称"]) == {"姓名": "full_name", "职称": "position"}


def test_realistic_headers_by_synonym() -> None:
    assert fields_of(ImportKind.PEOPLE, ["姓名", "所在单位", "移动电话"]) == {
        "姓名": "full_name",
        "所在单位": "organization",
        "移动电话": "phone",
    }
    assert fields_of(ImportKind.DELEGATES, ["Name of Institution", "Name"]) == {
        "Name of Institution": "organization",
        "Name": "full_name",
    }
    assert fields_of(ImportKind.PARTNERS, ["Name", "County", "Organisation type"]) == {
        "Name": "name_en",
        "County": "province",  # a Kenyan county, not a guess at "country"
        "Organisation type": "org_type",
    }
    # A Pakistani delegates list and partner list; a Chinese entries list.
    header = ["Sr. No", "Name", "Father Name", "Designation", "Institute", "Cell No", "Email ID", "CNIC",
              "Mode of Participation"]  # fmt: skip
    assert fields_of(ImportKind.DELEGATES, header) == {
        "Name": "full_name",
        "Designation": "position",
        "Institute": "organization",
        "Cell No": "phone",
        "Email ID": "email",
        "Mode of Participation": "attendance_mode",
    }
    header = ["S.No", "Name of Institute", "Province", "Type of Institute", "Contact Number", "Email Address"]
    assert fields_of(ImportKind.PARTNERS, header) == {
        "Name of Institute": "name_en",
        "Province": "province",
        "Type of Institute": "org_type",
        "Contact Number": "phone",
        "Email Address": "email",
    }
    header = ["序号", "赛项名称", "参赛队", "选手姓名", "指导教师", "成绩", "奖项", "院校名称"]
    assert fields_of(ImportKind.ENTRIES, header) == {
        "赛项名称": "track",
        "参赛队": "team_name",
        "选手姓名": "members",
        "成绩": "score",
        "奖项": "medal",
        "院校名称": "organization",
    }
    # Columns that are none of our fields are known as such, so never guessed.
    known = import_mapping.known_names()
    assert {"fathername", "cnic", "序号", "身份证号", "指导教师"} <= known
    # In a people import "Organisation type" names a partner's field: not the person's organisation.
    assert fields_of(ImportKind.PEOPLE, ["Name", "Organisation type"]) == {"Name": "full_name"}


def test_no_guess_below_the_threshold() -> None:
    from rapidfuzz.distance import OSA

    assert OSA.normalized_similarity("emial", "email") >= GUESS_THRESHOLD
    assert OSA.normalized_similarity("organisationtype", "organisation") < GUESS_THRESHOLD
    # A word added or two letters wrong in a short header: no guess.
    assert fields_of(ImportKind.PEOPLE, ["Name", "Emal adr"]) == {"Name": "full_name"}
    assert fields_of(ImportKind.PEOPLE, ["Name", "Gendre"]) == {"Name": "full_name", "Gendre": "gender"}
    assert fields_of(ImportKind.PEOPLE, ["Name", "Gnedre"]) == {"Name": "full_name"}


def test_a_guess_needs_a_clear_margin(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two fields whose names are about as like the header: no guess, the person chooses.
    twins = (
        ImportField("full_name", "Name", (), required=True),
        ImportField("alpha", "Coordinates", ()),
        ImportField("beta", "Coordinator", ()),
    )
    monkeypatch.setitem(import_fields.FIELDS, ImportKind.PEOPLE, twins)
    monkeypatch.setattr(import_mapping, "FIELDS", import_fields.FIELDS)
    import_mapping.known_names.cache_clear()
    try:
        assert fields_of(ImportKind.PEOPLE, ["Name", "Coordinatos"]) == {"Name": "full_name"}
        m = auto_map(ImportKind.PEOPLE, ["Name", "Coordinatess"])
        assert m.how.get("alpha") == "guess"  # closer to one than the other by the margin
        assert GUESS_MARGIN > 0
    finally:
        import_mapping.known_names.cache_clear()


def test_no_guess_across_scripts() -> None:
    # A header with Chinese in it is compared with Chinese names only: "Mobile号" is one letter
    # from "mobile", but no guess at the phone.
    assert import_mapping._script("mobile号") == "cjk"
    assert import_mapping._script("موبائل") == "arabic"
    assert fields_of(ImportKind.PEOPLE, ["Name", "Mobile号"]) == {"Name": "full_name"}
    assert fields_of(ImportKind.PEOPLE, ["姓名", "Mobil"])["Mobil"] == "phone"


# --- the corpus's Chinese-only list; fields, columns and constants by name ------------------------

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_the_chinese_only_partner_list_maps_and_needs_only_a_country() -> None:
    path = CORPUS / "partners_zh_only.csv"
    detection = detect(path)
    assert detection.encoding == "gb18030"
    header = read_table(path, detection).header
    m = auto_map(ImportKind.PARTNERS, header)
    assert m.by_header(header) == {
        "名称": "name_native",
        "所在省份": "province",
        "类型": "org_type",
        "手机": "phone",
        "邮箱": "email",
        "地址": "address",
    } | _contact("联系人")
    assert "country" in missing_required(ImportKind.PARTNERS, m)  # what --set country=China gives


def test_fields_and_columns_by_name() -> None:
    assert field_named(ImportKind.PARTNERS, "country").key == "country"
    assert field_named(ImportKind.PARTNERS, " Name in English ").key == "name_en"
    assert field_named(ImportKind.PEOPLE, "E-mail").key == "email"
    assert field_named(ImportKind.PEOPLE, "organization").key == "organization"
    with pytest.raises(MappingError, match="There is no field Colour in this import; the fields are: "):
        field_named(ImportKind.PEOPLE, "Colour")
    header = ["名称", "Where", "E-mail *", ""]
    assert [column_named(header, x) for x in ("1", "Where", "where", "email", "4")] == [0, 1, 1, 2, 3]
    with pytest.raises(
        MappingError, match=r"no column 5; its columns are: 1 名称, 2 Where, 3 E-mail \*, 4\."
    ):
        column_named(header, "5")
    with pytest.raises(MappingError, match="no column 0"):
        column_named(header, "0")


def test_constants_are_checked_for_their_field() -> None:
    country = field_named(ImportKind.PARTNERS, "country")
    province = field_named(ImportKind.PARTNERS, "province")
    assert check_constant(country, " 中国 ") == "中国"
    assert check_constant(province, "新疆", {"country": "CN"}) == "新疆"
    assert check_constant(province, "Nowhere") == "Nowhere"  # without a country, each row's decides
    for f, text, needle in (
        (country, "Narnia", "Narnia is not a country"),
        (province, "Nowhere", "Nowhere is not a province of CN"),
        (field_named(ImportKind.PARTNERS, "joined_on"), "someday", "someday is not a date"),
        (field_named(ImportKind.PARTNERS, "org_type"), "spaceport", "spaceport is not one of"),
        (country, "  ", "the value is empty"),
        (field_named(ImportKind.PARTNERS, "name_en"), "One College", "cannot be the same in every row"),
    ):
        with pytest.raises(MappingError, match=needle):
            check_constant(f, text, {"country": "CN"})
    assert not can_be_constant(field_named(ImportKind.PEOPLE, "phone"))
    assert can_be_constant(field_named(ImportKind.PEOPLE, "organization"))
    m = with_columns(auto_map(ImportKind.PEOPLE, ["Name", "Mail", "Mail 2"]), {"email": 2, "notes": 1})
    assert m.columns == {"full_name": 0, "email": 2, "notes": 1}
    assert (m.how["email"], m.how["notes"]) == ("chosen", "chosen")


def test_a_second_name_column_in_another_script_is_the_native_name() -> None:
    # "Name" and 姓名 in one delegates list: the Chinese column is the native name, never dropped
    assert fields_of(ImportKind.DELEGATES, ["Name", "姓名", "单位"]) == {
        "Name": "full_name",
        "姓名": "name_native",
        "单位": "organization",
    }
    assert fields_of(ImportKind.PEOPLE, ["Name", "نام"]) == {"Name": "full_name", "نام": "name_native"}
    # 姓名 alone is the person's name, and a native-name column of its own wins
    assert fields_of(ImportKind.PEOPLE, ["姓名", "单位"])["姓名"] == "full_name"
    assert fields_of(ImportKind.PEOPLE, ["Name", "中文名", "姓名"]) == {
        "Name": "full_name",
        "中文名": "name_native",
    }
