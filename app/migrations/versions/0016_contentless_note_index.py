"""The notes' search index keeps no copy of their text, only the words it needs to find them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Search reads only the rowids of the notes that match (snippets are made from
# the notes themselves), so the index holds no copy of the text: that copy was a
# seventh of a ten-year practice's file, and one more place a note's words were
# kept. contentless_delete lets a note be taken out by its rowid alone, as
# app.notes and the note_deleted trigger of 0009 do.
CONTENTLESS = (
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    "body, addenda, content='', contentless_delete=1, "
    'tokenize = "unicode61 remove_diacritics 2")'
)
# The index as 0009 made it, with its own copy of every note's text.
WITH_CONTENT = (
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    'body, addenda, tokenize = "unicode61 remove_diacritics 2")'
)
# Every note's text as app.notes indexes it: the non-blank texts of its sections,
# then its addenda in the order they were added, one to a line. A draft comes in
# as last saved (the old index could be FTS_EVERY_SECONDS behind its typing).
# The note_deleted trigger names the table, not this copy of it: it keeps working.
FILL = """INSERT INTO note_fts (rowid, body, addenda)
    SELECT n.id,
        coalesce((SELECT group_concat(s.value ->> '$.text', char(10) ORDER BY s.key)
                  FROM json_each(n.sections) AS s
                  WHERE trim(s.value ->> '$.text') != ''), ''),
        coalesce((SELECT group_concat(a.text, char(10) ORDER BY a.id)
                  FROM note_addendum AS a WHERE a.note_id = n.id), '')
    FROM note AS n"""


def upgrade() -> None:
    op.execute("DROP TABLE note_fts")
    op.execute(CONTENTLESS)
    op.execute(FILL)


def downgrade() -> None:
    op.execute("DROP TABLE note_fts")
    op.execute(WITH_CONTENT)
    op.execute(FILL)
