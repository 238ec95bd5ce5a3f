"""A clinician typing a note, for the kill test: ``python -m tests.reliability.note_typist DIR``.

Opens the vault in ``DIR`` (the passphrase comes on stdin), starts a note for
the first client and types into it word by word, saving the draft after each
word. After every save has returned it prints ``ack <revision> <length>`` and
flushes, so the parent knows exactly what was acknowledged as saved.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from app import notes
from app.models import Client
from app.vault import Vault


def words() -> str:
    """The text typed: numbered words, so that any prefix can be recognised."""
    return " ".join(f"word{i}" for i in range(100_000))


def main(data_dir: Path, passphrase: str) -> None:
    vault = Vault.open(data_dir)
    vault.unlock_with_passphrase(passphrase)
    day = date(2026, 11, 27)
    with vault.session() as session:
        notes.ensure_builtin_templates(session)
        client_id = session.scalar(select(Client.id).order_by(Client.id).limit(1))
        assert client_id is not None
        template = next(t for t in notes.templates(session) if t.name == "Free-form")
        note_id = notes.start_note(session, client_id, template.id, day)
        view = notes.get_note(session, note_id)
    print(f"note {note_id}", flush=True)
    text, revision, i = "", view.revision, 0
    while True:
        text = f"{text} word{i}".strip()
        sections = [notes.NoteSection(view.sections[0].key, view.sections[0].title, text)]
        with vault.session() as session:
            revision = notes.save_draft(session, note_id, sections, revision, now=datetime.now(UTC))
        sys.stdout.write(f"ack {revision} {len(text)}\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"))
