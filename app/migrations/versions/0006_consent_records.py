"""Signed consents: the PDF, the signatures and initials, chained by SHA-256.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("partner_ids", sa.JSON(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("template_name", sa.String(length=200), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("profile", sa.JSON(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("client_name", sa.String(length=500), nullable=False),
        sa.Column("client_code", sa.String(length=100), nullable=False),
        sa.Column("client_date_of_birth", sa.Date(), nullable=True),
        sa.Column("signers", sa.JSON(), nullable=False),
        sa.Column("initials", sa.JSON(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=False),
        sa.Column("on_paper", sa.Boolean(), nullable=False),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("scan_mime", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_consent_record_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["consent_template.id"],
            name=op.f("fk_consent_record_template_id_consent_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_record_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_record_client_id"))
    op.drop_table("consent_record")
