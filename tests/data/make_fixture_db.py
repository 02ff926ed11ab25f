"""Build ``fixtures/schema_0001.sqlite3``: a database at the FIRST schema revision with a few rows in
every table, the way release 0.1 stored them.

    .venv/bin/python tests/data/make_fixture_db.py

The rows are written with plain SQL in the storage format of revision 0001 (UUIDs as 32 hex digits,
UTC datetimes as text, enums as their values, lists as JSON), never through today's models, so this
script keeps producing the same old database however the models change later. tests/core/
test_migrations.py opens a copy with today's code and checks every value below survived the upgrade.
Run it again only if the first revision itself is corrected; the output is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from any folder
    sys.path.insert(0, str(ROOT))

from tvet_alliance.persistence import migrate  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema_0001.sqlite3"
REVISION = "0001"

# Fixed keys, so the file is the same on every run.
SITE_HUB = "01900000000070008000000000000001"
SITE_LAPTOP = "01900000000070008000000000000002"
ORG_CQ = "01900000000070008000000000000101"
ORG_LHR = "01900000000070008000000000000102"
ORG_GONE = "01900000000070008000000000000103"
PERSON_LI = "01900000000070008000000000000201"
PERSON_ALI = "01900000000070008000000000000202"
EVENT = "01900000000070008000000000000301"
PART_LI = "01900000000070008000000000000401"
PART_ALI = "01900000000070008000000000000402"
CHECK_IN = "01900000000070008000000000000501"
COMPETITION = "01900000000070008000000000000601"
TRACK = "01900000000070008000000000000701"
ENTRY = "01900000000070008000000000000801"
AGREEMENT = "01900000000070008000000000000901"
BATCH = "01900000000070008000000000000a01"
TX_1 = "01900000000070008000000000000b01"
TX_2 = "01900000000070008000000000000b02"

T0 = "2024-06-20 08:00:00.000000"
T1 = "2024-06-25 03:30:00.000000"

#: Every row of the fixture, per table, as stored by revision 0001. Tables in foreign-key order.
ROWS: dict[str, list[dict[str, Any]]] = {
    "site": [
        {
            "id": SITE_HUB,
            "name": "Alliance secretariat, Chongqing",
            "kind": "hub",
            "is_local": 1,
            "created_at": T0,
            "source": None,
        },
        {
            "id": SITE_LAPTOP,
            "name": "Lahore laptop",
            "kind": "replica",
            "is_local": 0,
            "created_at": T1,
            "source": "//secretariat/alliance.sqlite3",
        },
    ],
    "sync_state": [
        {
            "peer_site_id": SITE_LAPTOP,
            "base_seq": 9,
            "last_sent_seq": 0,
            "last_merged_seq": 3,
            "updated_at": T1,
        },
    ],
    "import_batch": [
        {
            "id": BATCH,
            "file_name": "院校名单 2024.csv",
            "sha256": "9f" * 32,
            "kind": "organization",
            "user_name": "li.na",
            "at": T0,
            "counts": '{"created": 2, "updated": 0, "rejected": 0}',
            "reverted_at": None,
        },
    ],
    "organization": [
        {
            "id": ORG_CQ,
            "name_en": "Chongqing Vocational Institute of Engineering",
            "name_native": "重庆工程职业技术学院",
            "short_name": "CQVIE",
            "aliases": '["Chongqing Engineering Vocational College", "重庆工程学院（职教）"]',
            "country": "CN",
            "province": "CN-CQ",
            "city": "Chongqing",
            "org_type": "polytechnic",
            "alliance_role": "chair",
            "membership_status": "active",
            "joined_on": "2024-06-25",
            "website": "https://www.cqvie.edu.cn",
            "email": "international@cqvie.edu.cn",
            "phone": "+862361860001",
            "address": "1 Xuefu Avenue, Jiangjin District, Chongqing 402260",
            "notes": "Alliance chair.",
            "tags": '["digital skills", "秘书处"]',
            "created_at": T0,
            "updated_at": T1,
            "row_version": 2,
            "deleted_at": None,
        },
        {
            "id": ORG_LHR,
            "name_en": "Government College of Technology, Railway Road, Lahore",
            "name_native": "گورنمنٹ کالج آف ٹیکنالوجی، ریلوے روڈ، لاہور",
            "short_name": "GCT Lahore",
            "aliases": '["GCT Railway Road"]',
            "country": "PK",
            "province": "PK-PB",
            "city": "Lahore",
            "org_type": "tvet_college",
            "alliance_role": "member",
            "membership_status": "active",
            "joined_on": "2024-10-15",
            "website": None,
            "email": "principal@gctlahore.edu.pk",
            "phone": "+924299201234",
            "address": None,
            "notes": None,
            "tags": "[]",
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
        {
            "id": ORG_GONE,
            "name_en": "Duplicate of CQVIE",
            "name_native": None,
            "short_name": None,
            "aliases": "[]",
            "country": "CN",
            "province": None,
            "city": None,
            "org_type": "other",
            "alliance_role": "observer",
            "membership_status": "withdrawn",
            "joined_on": None,
            "website": None,
            "email": None,
            "phone": None,
            "address": None,
            "notes": "Entered twice by mistake.",
            "tags": "[]",
            "created_at": T0,
            "updated_at": T1,
            "row_version": 2,
            "deleted_at": T1,
        },
    ],
    "person": [
        {
            "id": PERSON_LI,
            "full_name": "Li Na",
            "name_native": "李娜",
            "organization_id": ORG_CQ,
            "position": "Director, International Office",
            "email": "na.li@cqvie.edu.cn",
            "phone": "+8618171055723",
            "wechat_id": "lina_1985",
            "whatsapp": None,
            "nationality": "CN",
            "gender": "female",
            "notes": None,
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
        {
            "id": PERSON_ALI,
            "full_name": "Muhammad Ali Khan",
            "name_native": "محمد علی خان",
            "organization_id": ORG_LHR,
            "position": "Principal",
            "email": "ali.khan@gctlahore.edu.pk",
            "phone": "+923001234567",
            "wechat_id": None,
            "whatsapp": "+923001234567",
            "nationality": "PK",
            "gender": "male",
            "notes": "Online on day two.",
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "event": [
        {
            "id": EVENT,
            "name": "International Digital Skills Exchange Seminar",
            "kind": "seminar",
            "start_date": "2024-06-24",
            "end_date": "2024-06-26",
            "venue": "International Conference Hall",
            "city": "Chongqing",
            "country": "CN",
            "mode": "hybrid",
            "notes": None,
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "event_organizer": [
        {"event_id": EVENT, "organization_id": ORG_CQ},
        {"event_id": EVENT, "organization_id": ORG_LHR},
    ],
    "participation": [
        {
            "id": PART_LI,
            "event_id": EVENT,
            "person_id": PERSON_LI,
            "role": "organizer",
            "attendance_mode": "in_person",
            "status": "attended",
            "notes": None,
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
        {
            "id": PART_ALI,
            "event_id": EVENT,
            "person_id": PERSON_ALI,
            "role": "speaker",
            "attendance_mode": "online",
            "status": "confirmed",
            "notes": "Keynote.",
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "check_in": [
        {
            "id": CHECK_IN,
            "participation_id": PART_LI,
            "at": "2024-06-24 00:26:00.000000",
            "site_id": SITE_HUB,
            "desk": "Registration",
            "created_at": "2024-06-24 00:26:01.000000",
        },
    ],
    "competition": [
        {
            "id": COMPETITION,
            "name": "2nd Belt and Road International Skills Competition",
            "edition": 2,
            "event_id": EVENT,
            "start_date": "2024-06-24",
            "end_date": "2024-06-26",
            "host_city": "Chongqing",
            "notes": None,
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "skill_track": [
        {
            "id": TRACK,
            "competition_id": COMPETITION,
            "name": "Industrial Robot System Integration",
            "team_size": 2,
            "max_score": 100,
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "entry": [
        {
            "id": ENTRY,
            "track_id": TRACK,
            "organization_id": ORG_LHR,
            "country": "PK",
            "team_name": "GCT Lahore Mechatronics",
            "status": "competed",
            "score": 86.7,
            "medal": "bronze",
            "notes": None,
            "created_at": T0,
            "updated_at": T1,
            "row_version": 2,
            "deleted_at": None,
        },
    ],
    "entry_member": [
        {"entry_id": ENTRY, "person_id": PERSON_ALI},
    ],
    "agreement": [
        {
            "id": AGREEMENT,
            "title": "MOU on Digital Skills and Teacher Training Cooperation",
            "kind": "mou",
            "areas": '["digital_skills", "teacher_training"]',
            "signed_on": "2024-06-25",
            "expires_on": "2029-06-24",
            "status": "active",
            "document_url": "https://www.cqvie.edu.cn/alliance/docs/mou.pdf",
            "notes": "Five-year term.",
            "created_at": T0,
            "updated_at": T0,
            "row_version": 1,
            "deleted_at": None,
        },
    ],
    "agreement_party": [
        {"agreement_id": AGREEMENT, "organization_id": ORG_CQ},
        {"agreement_id": AGREEMENT, "organization_id": ORG_LHR},
    ],
    "change_log": [
        {
            "id": 1,
            "site_id": SITE_HUB,
            "seq": 1,
            "tx_id": TX_1,
            "table_name": "organization",
            "row_id": ORG_CQ,
            "op": "insert",
            "field": "name_en",
            "old_value": None,
            "new_value": "Chongqing Vocational Institute of Engineering",
            "user_name": "li.na",
            "at": T0,
            "batch_id": BATCH,
        },
        {
            "id": 2,
            "site_id": SITE_HUB,
            "seq": 2,
            "tx_id": TX_1,
            "table_name": "organization",
            "row_id": ORG_LHR,
            "op": "insert",
            "field": "name_en",
            "old_value": None,
            "new_value": "Government College of Technology, Railway Road, Lahore",
            "user_name": "li.na",
            "at": T0,
            "batch_id": BATCH,
        },
        {
            "id": 3,
            "site_id": SITE_HUB,
            "seq": 3,
            "tx_id": TX_2,
            "table_name": "organization",
            "row_id": ORG_GONE,
            "op": "delete",
            "field": "deleted_at",
            "old_value": None,
            "new_value": "2024-06-25T03:30:00+00:00",
            "user_name": "chen.jing",
            "at": T1,
            "batch_id": None,
        },
    ],
}


def build(path: Path = FIXTURE, revision: str | None = None) -> Path:
    """Write the fixture database to *path* (replacing it) at *revision* (default: the first one)."""
    revision = revision or migrate.all_revisions()[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    try:
        with engine.connect() as conn:  # small pages keep the committed file small
            conn.exec_driver_sql("PRAGMA page_size=512")
        migrate.upgrade(engine, revision=revision)
        with engine.begin() as conn:
            for table, rows in ROWS.items():
                for row in rows:
                    columns = ", ".join(f'"{c}"' for c in row)
                    values = ", ".join(f":{c}" for c in row)
                    conn.execute(text(f'INSERT INTO "{table}" ({columns}) VALUES ({values})'), row)
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()
    return path


if __name__ == "__main__":
    print(f"wrote {build()}")
