"""A session's questionnaires are found by their appointment without reading every one.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_administration_appointment", "administration", ["appointment_id"])


def downgrade() -> None:
    op.drop_index("ix_administration_appointment", table_name="administration")
