"""Clients (with guardians, diagnoses, goals, tags) and prospects.

Ids of clients and prospects are never reused (AUTOINCREMENT), so an erased
record's audit entries can never be mistaken for a later record's.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("legal_first_name", sa.String(length=100), nullable=False),
        sa.Column("legal_last_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=False),
        sa.Column("pronouns", sa.String(length=40), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=False),
        sa.Column("emergency_contact_phone", sa.String(length=50), nullable=False),
        sa.Column("emergency_contact_relationship", sa.String(length=60), nullable=False),
        sa.Column("referral_source", sa.String(length=200), nullable=False),
        sa.Column("requested_by", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("fee_arrangement", sa.String(length=20), nullable=False),
        sa.Column("sliding_fee_minor", sa.Integer(), nullable=True),
        sa.Column("clinical_summary", sa.Text(), nullable=False),
        sa.Column("last_service_on", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column("search_text", sa.String(length=800), nullable=False),
        sa.Column("sort_name", sa.String(length=220), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("code", name=op.f("uq_client_code")),
        sqlite_autoincrement=True,
    )
    # The client list reads this index alone, already in order: (status IN …,
    # search text LIKE …, ORDER BY sort name) with no table look-up and no sort.
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_list", ["sort_name", "id", "status", "search_text"], unique=False
        )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "client_tag",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_tag_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_client_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("client_id", "tag_id", name=op.f("pk_client_tag")),
    )
    op.create_table(
        "diagnosis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_diagnosis_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnosis")),
    )
    with op.batch_alter_table("diagnosis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diagnosis_client_id"), ["client_id"], unique=False)
    op.create_table(
        "guardian",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("can_consent", sa.Boolean(), nullable=False),
        sa.Column("pays", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_guardian_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian")),
    )
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardian_client_id"), ["client_id"], unique=False)
    op.create_table(
        "prospect",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("heard_from", sa.String(length=200), nullable=False),
        sa.Column("wants_help_with", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=20), nullable=False),
        sa.Column("preferred_times", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("not_proceeding_reason", sa.String(length=30), nullable=False),
        sa.Column("not_proceeding_note", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.String(length=600), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_prospect_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("prospect", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prospect_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prospect_status"), ["status"], unique=False)
    op.create_table(
        "treatment_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_treatment_goal_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_goal")),
    )
    with op.batch_alter_table("treatment_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_goal_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("treatment_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_goal_client_id"))
    op.drop_table("treatment_goal")
    with op.batch_alter_table("prospect", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prospect_status"))
        batch_op.drop_index(batch_op.f("ix_prospect_client_id"))
    op.drop_table("prospect")
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardian_client_id"))
    op.drop_table("guardian")
    with op.batch_alter_table("diagnosis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnosis_client_id"))
    op.drop_table("diagnosis")
    op.drop_table("client_tag")
    op.drop_table("tag")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_list")
    op.drop_table("client")
