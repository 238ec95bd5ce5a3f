"""A clinician's guess per person: in a couple's session, one for each partner.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinician_guess", schema=None) as batch_op:
        batch_op.drop_constraint("uq_clinician_guess_appointment_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_clinician_guess_appointment_id", ["appointment_id", "client_id"]
        )


def downgrade() -> None:
    # Keeps the appointment's first guess (its main client's is the older row).
    op.execute(
        "DELETE FROM clinician_guess WHERE id NOT IN "
        "(SELECT min(id) FROM clinician_guess GROUP BY appointment_id)"
    )
    with op.batch_alter_table("clinician_guess", schema=None) as batch_op:
        batch_op.drop_constraint("uq_clinician_guess_appointment_id", type_="unique")
        batch_op.create_unique_constraint("uq_clinician_guess_appointment_id", ["appointment_id"])
