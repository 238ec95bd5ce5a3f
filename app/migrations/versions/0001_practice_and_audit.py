"""The practice profile and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "practice_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("practice_name", sa.String(200), nullable=False),
        sa.Column("clinician_name", sa.String(200), nullable=False),
        sa.Column("credentials", sa.String(200), nullable=False),
        sa.Column("licence_number", sa.String(100), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("website", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_profile")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("record_type", sa.String(60), nullable=False),
        sa.Column("record_id", sa.String(60), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entry_hash")),
    )
    op.create_index(op.f("ix_audit_entry_action"), "audit_entry", ["action"])
    op.create_index(op.f("ix_audit_entry_record_id"), "audit_entry", ["record_id"])


def downgrade() -> None:
    op.drop_table("audit_entry")
    op.drop_table("practice_profile")
