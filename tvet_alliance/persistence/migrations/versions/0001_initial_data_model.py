"""initial data model

Revision ID: 0001
Revises:
Create Date: 2026-11-23 05:14:26.614773
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "agreement",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mou",
                "moa",
                "partnership",
                "tne_programme",
                name="agreementkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("areas", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "signed",
                "active",
                "expired",
                "terminated",
                name="agreementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("document_url", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_title"), ["title"], unique=False)

    op.create_table(
        "event",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "seminar",
                "workshop",
                "training",
                "meeting",
                "competition",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column(
            "mode",
            sa.Enum("in_person", "online", "hybrid", name="eventmode", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_start_date"), ["start_date"], unique=False)

    op.create_table(
        "import_batch",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.Column("reverted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_sha256"), ["sha256"], unique=False)

    op.create_table(
        "organization",
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_native", sa.String(length=300), nullable=True),
        sa.Column("short_name", sa.String(length=100), nullable=True),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("province", sa.String(length=6), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column(
            "org_type",
            sa.Enum(
                "tvet_college",
                "polytechnic",
                "university",
                "enterprise",
                "government_authority",
                "association",
                "ngo",
                "other",
                name="orgtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "alliance_role",
            sa.Enum(
                "chair",
                "vice_chair",
                "lead_partner",
                "founding_member",
                "member",
                "observer",
                name="alliancerole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "membership_status",
            sa.Enum(
                "prospective",
                "active",
                "suspended",
                "withdrawn",
                name="membershipstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_alliance_role"), ["alliance_role"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organization_membership_status"), ["membership_status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organization_name_en"), ["name_en"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_name_native"), ["name_native"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_org_type"), ["org_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_province"), ["province"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_short_name"), ["short_name"], unique=False)

    op.create_table(
        "site",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind", sa.Enum("hub", "replica", name="sitekind", native_enum=False, length=32), nullable=False
        ),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "sync_state",
        sa.Column("peer_site_id", sa.Uuid(), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False),
        sa.Column("last_sent_seq", sa.Integer(), nullable=False),
        sa.Column("last_merged_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("peer_site_id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "agreement_party",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_agreement_party_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "organization_id", name=op.f("pk_agreement_party")),
    )
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_party_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tx_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column(
            "op",
            sa.Enum("insert", "update", "delete", name="changeop", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batch.id"], name=op.f("fk_change_log_batch_id_import_batch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        sa.UniqueConstraint("site_id", "seq", name=op.f("uq_change_log_site_id_seq")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_change_log_row", ["table_name", "row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_tx_id"), ["tx_id"], unique=False)

    op.create_table(
        "competition",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("host_city", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_competition_event_id_event"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competition")),
    )
    with op.batch_alter_table("competition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competition_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_competition_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_competition_name"), ["name"], unique=False)

    op.create_table(
        "event_organizer",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_organizer_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_event_organizer_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "organization_id", name=op.f("pk_event_organizer")),
    )
    with op.batch_alter_table("event_organizer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_organizer_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_native", sa.String(length=200), nullable=True),
        sa.Column("organization_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("wechat_id", sa.String(length=100), nullable=True),
        sa.Column("whatsapp", sa.String(length=20), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column(
            "gender",
            sa.Enum("female", "male", "other", name="gender", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_person_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name_native"), ["name_native"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_nationality"), ["nationality"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone"), ["phone"], unique=False)

    op.create_table(
        "participation",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "speaker",
                "delegate",
                "official",
                "observer",
                "organizer",
                "judge",
                "expert",
                "competitor",
                "staff",
                name="participationrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "attendance_mode",
            sa.Enum("in_person", "online", name="attendancemode", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "registered",
                "confirmed",
                "attended",
                "no_show",
                "cancelled",
                name="participationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_participation_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_participation_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint("event_id", "person_id", name=op.f("uq_participation_event_id_person_id")),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participation_attendance_mode"), ["attendance_mode"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participation_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_role"), ["role"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_status"), ["status"], unique=False)

    op.create_table(
        "skill_track",
        sa.Column("competition_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team_size", sa.Integer(), nullable=False),
        sa.Column("max_score", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["competition_id"],
            ["competition.id"],
            name=op.f("fk_skill_track_competition_id_competition"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_track")),
    )
    with op.batch_alter_table("skill_track", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_track_competition_id"), ["competition_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_track_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_track_name"), ["name"], unique=False)

    op.create_table(
        "check_in",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("participation_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("desk", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_check_in_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
    )
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_check_in_participation_id"), ["participation_id"], unique=False)

    op.create_table(
        "entry",
        sa.Column("track_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("team_name", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "competed",
                "withdrawn",
                "disqualified",
                name="entrystatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column(
            "medal",
            sa.Enum(
                "gold", "silver", "bronze", "excellence", "none", name="medal", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_entry_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["track_id"], ["skill_track.id"], name=op.f("fk_entry_track_id_skill_track"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
    )
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_medal"), ["medal"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_track_id"), ["track_id"], unique=False)

    op.create_table(
        "entry_member",
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_entry_member_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_entry_member_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "person_id", name=op.f("pk_entry_member")),
    )
    with op.batch_alter_table("entry_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_member_person_id"), ["person_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("entry_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_member_person_id"))

    op.drop_table("entry_member")
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_track_id"))
        batch_op.drop_index(batch_op.f("ix_entry_organization_id"))
        batch_op.drop_index(batch_op.f("ix_entry_medal"))
        batch_op.drop_index(batch_op.f("ix_entry_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_entry_country"))

    op.drop_table("entry")
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_participation_id"))

    op.drop_table("check_in")
    with op.batch_alter_table("skill_track", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_track_name"))
        batch_op.drop_index(batch_op.f("ix_skill_track_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_skill_track_competition_id"))

    op.drop_table("skill_track")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_status"))
        batch_op.drop_index(batch_op.f("ix_participation_role"))
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))
        batch_op.drop_index(batch_op.f("ix_participation_event_id"))
        batch_op.drop_index(batch_op.f("ix_participation_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_participation_attendance_mode"))

    op.drop_table("participation")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone"))
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))
        batch_op.drop_index(batch_op.f("ix_person_nationality"))
        batch_op.drop_index(batch_op.f("ix_person_name_native"))
        batch_op.drop_index(batch_op.f("ix_person_full_name"))
        batch_op.drop_index(batch_op.f("ix_person_email"))
        batch_op.drop_index(batch_op.f("ix_person_deleted_at"))

    op.drop_table("person")
    with op.batch_alter_table("event_organizer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_organizer_organization_id"))

    op.drop_table("event_organizer")
    with op.batch_alter_table("competition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competition_name"))
        batch_op.drop_index(batch_op.f("ix_competition_event_id"))
        batch_op.drop_index(batch_op.f("ix_competition_deleted_at"))

    op.drop_table("competition")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_tx_id"))
        batch_op.drop_index("ix_change_log_row")
        batch_op.drop_index(batch_op.f("ix_change_log_batch_id"))

    op.drop_table("change_log")
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_party_organization_id"))

    op.drop_table("agreement_party")
    op.drop_table("sync_state")
    op.drop_table("site")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_short_name"))
        batch_op.drop_index(batch_op.f("ix_organization_province"))
        batch_op.drop_index(batch_op.f("ix_organization_phone"))
        batch_op.drop_index(batch_op.f("ix_organization_org_type"))
        batch_op.drop_index(batch_op.f("ix_organization_name_native"))
        batch_op.drop_index(batch_op.f("ix_organization_name_en"))
        batch_op.drop_index(batch_op.f("ix_organization_membership_status"))
        batch_op.drop_index(batch_op.f("ix_organization_email"))
        batch_op.drop_index(batch_op.f("ix_organization_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_organization_country"))
        batch_op.drop_index(batch_op.f("ix_organization_alliance_role"))

    op.drop_table("organization")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_sha256"))

    op.drop_table("import_batch")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_start_date"))
        batch_op.drop_index(batch_op.f("ix_event_name"))
        batch_op.drop_index(batch_op.f("ix_event_kind"))
        batch_op.drop_index(batch_op.f("ix_event_deleted_at"))

    op.drop_table("event")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_title"))
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_expires_on"))
        batch_op.drop_index(batch_op.f("ix_agreement_deleted_at"))

    op.drop_table("agreement")
