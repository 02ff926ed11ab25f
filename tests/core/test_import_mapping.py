"""Which file column fills which field (services.importing.mapping): names in English, Chinese and
Urdu, remarks and typos, saved mappings."""

from __future__ import annotations

from tvet_alliance.persistence import Database
from tvet_alliance.services.importing import ImportKind, auto_map, load_saved, save, saved_names
from tvet_alliance.services.importing.mapping import missing_required


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
    assert set(mapping.how.values()) == {"name"}


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
    assert mapping.how["full_name"] == "fuzzy"
    assert mapping.how["organization"] == "fuzzy"


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
    assert m.how["name_native"] == "name"
