"""Feedback: administrations before or after a session, clinicians' guesses, snoozed alerts.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("administration") as batch:
        batch.add_column(
            sa.Column("timing", sa.String(length=10), nullable=False, server_default="")
        )
    op.create_table(
        "clinician_guess",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.String(length=60), nullable=False),
        sa.Column("guessed_total", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_clinician_guess_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_clinician_guess_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinician_guess")),
        sa.UniqueConstraint("appointment_id", name=op.f("uq_clinician_guess_appointment_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_clinician_guess_client_id"), "clinician_guess", ["client_id"])
    op.create_table(
        "attention_snooze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_attention_snooze_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attention_snooze")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_attention_snooze_client_id"), "attention_snooze", ["client_id"])


def downgrade() -> None:
    op.drop_table("attention_snooze")
    op.drop_table("clinician_guess")
    with op.batch_alter_table("administration") as batch:
        batch.drop_column("timing")
