"""Session notes: templates, notes with revisions and addenda, their chain and search index;
homework; treatment objectives and interventions.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The full-text index of the notes lives in the vault like every other table;
# its rowid is the note's id. Diacritics are folded so "cafe" finds "café".
FTS = (
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    'body, addenda, tokenize = "unicode61 remove_diacritics 2")'
)
# Deleting a note (a draft thrown away, or a client erased: the foreign keys
# cascade) takes it out of the index. A signed note's or an addendum's place in
# the chain is kept as hashes, so the chain of the other notes still verifies.
TRIGGERS = (
    """CREATE TRIGGER note_deleted AFTER DELETE ON note
    BEGIN
        DELETE FROM note_fts WHERE rowid = old.id;
        INSERT INTO note_erased (chain_seq, kind, record_id, content_hash, prev_hash, chain_hash)
        SELECT old.chain_seq, 'note', old.id, old.content_hash, old.prev_hash, old.chain_hash
        WHERE old.chain_seq IS NOT NULL;
    END""",
    """CREATE TRIGGER note_addendum_deleted AFTER DELETE ON note_addendum
    BEGIN
        INSERT INTO note_erased (chain_seq, kind, record_id, content_hash, prev_hash, chain_hash)
        VALUES (old.chain_seq, 'addendum', old.id, old.content_hash, old.prev_hash,
                old.chain_hash);
    END""",
)


def upgrade() -> None:
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
        sa.UniqueConstraint("name", name=op.f("uq_note_template_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("template_name", sa.String(length=100), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("goal_ids", sa.JSON(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("late_entry", sa.Boolean(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("indexed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_note_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_note_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_note_chain_seq")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_note_client", "note", ["client_id", "session_date"])
    op.create_index("ix_note_search", "note", ["session_date", "id", "client_id", "kind", "status"])
    op.create_index(op.f("ix_note_appointment_id"), "note", ["appointment_id"])
    op.create_table(
        "note_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_note_revision_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_revision")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_note_revision_note_id"), "note_revision", ["note_id"])
    op.create_table(
        "note_addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_note_addendum_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_addendum")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_note_addendum_chain_seq")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_note_addendum_note_id"), "note_addendum", ["note_id"])
    op.create_table(
        "note_erased",
        sa.Column("chain_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain_seq", name=op.f("pk_note_erased")),
    )
    op.create_table(
        "homework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("review", sa.String(length=20), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_homework_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_homework_note_id_note"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_homework")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_homework_client_id"), "homework", ["client_id"])
    op.create_table(
        "treatment_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["treatment_goal.id"],
            name=op.f("fk_treatment_objective_goal_id_treatment_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_objective")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_treatment_objective_goal_id"), "treatment_objective", ["goal_id"])
    op.create_table(
        "treatment_intervention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["treatment_goal.id"],
            name=op.f("fk_treatment_intervention_goal_id_treatment_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_intervention")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_treatment_intervention_goal_id"), "treatment_intervention", ["goal_id"]
    )
    op.execute(FTS)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS note_addendum_deleted")
    op.execute("DROP TRIGGER IF EXISTS note_deleted")
    op.execute("DROP TABLE IF EXISTS note_fts")
    op.drop_table("treatment_intervention")
    op.drop_table("treatment_objective")
    op.drop_table("homework")
    op.drop_table("note_erased")
    op.drop_table("note_addendum")
    op.drop_table("note_revision")
    op.drop_table("note")
    op.drop_table("note_template")
