"""A state machine over a real vault: every invariant holds, whatever the clinician does.

Hypothesis runs random sequences of what a clinician does to a record (create
and edit clients, write, sign and delete notes, add addenda, archive, restore,
erase a record entered by mistake, try to erase too early or a record with
signed notes, lock and unlock the vault) against a fresh encrypted vault per
example. After every step: a signed note reads exactly as it was signed, the
notes' chain and the audit log verify, an archived client is still there while
its retention date has not come, and an archived record takes no change (it is
not archived over an unsigned draft).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, clients, notes
from app.clients import ArchivedRecord, ArchiveRefused, EraseReason, EraseRefused
from app.errors import VaultLocked
from app.models import AuditEntry, ClientStatus, Note, NoteStatus
from app.notes import NoteLocked, NoteSection
from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault
from tests.app.people import TODAY, adult

PASSPHRASE = "correct horse battery staple"
SIGNER = "Dr Zebulon Canaryfield"
LONDON = ZoneInfo("Europe/London")
T0 = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)

# What a clinician types: any text (no lone surrogates, which no keyboard makes),
# with something visible in it, since an empty note cannot be signed.
typed_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
first_names = st.sampled_from(["Ann", "Bea", "Cy", "Dara", "Élodie", "Zoë"])
pronouns = st.sampled_from(["", "she/her", "he/him", "they/them"])


@dataclass(frozen=True)
class SignedSnapshot:
    """A note as it was when signed, and the addenda added since (in order)."""

    sections: tuple[NoteSection, ...]
    content_hash: str
    chain_hash: str
    signed_at: datetime
    signed_by: str
    addenda: tuple[str, ...] = ()


@dataclass
class ClientModel:
    first_name: str
    pronouns: str = ""
    retention_until: date | None = None

    @property
    def archived(self) -> bool:
        return self.retention_until is not None


class VaultLifecycle(RuleBasedStateMachine):
    """What the vault must hold, whatever order the clinician works in."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory(prefix="rapport-state-")
        self.vault = Vault.create(
            Path(self.folder.name) / "vault",
            PASSPHRASE,
            ProfileInput(practice_name="State Practice", clinician_name=SIGNER),
            plan=NewVaultPlan.make(),
        )
        with self.vault.session() as session:
            notes.ensure_builtin_templates(session)
            self.template_id = next(t.id for t in notes.templates(session) if t.name == "SOAP")
        self.clock = T0
        self.clients: dict[int, ClientModel] = {}
        self.drafts: dict[int, int] = {}  # note id -> revision
        self.signed: dict[int, SignedSnapshot] = {}
        self.client_of: dict[int, int] = {}  # note id -> client id

    def teardown(self) -> None:
        try:
            self.vault.close()
        finally:
            self.folder.cleanup()

    # ---------------------------------------------------------------- helpers

    def tick(self) -> datetime:
        """A moment later than every earlier one (drafts and signatures are dated)."""
        self.clock += timedelta(minutes=7)
        return self.clock

    def ids(self, archived: bool) -> list[int]:
        return sorted(i for i, c in self.clients.items() if c.archived == archived)

    def has(self, archived: bool) -> bool:
        return bool(self.ids(archived))

    def notes_of(self, client_id: int) -> list[int]:
        return sorted(n for n, c in self.client_of.items() if c == client_id)

    def open_drafts(self) -> list[int]:
        return sorted(n for n in self.drafts if not self.clients[self.client_of[n]].archived)

    def signed_notes(self, archived: bool) -> list[int]:
        return sorted(
            n for n in self.signed if self.clients[self.client_of[n]].archived == archived
        )

    def code(self, client_id: int) -> str:
        with self.vault.session() as session:
            return clients.get_client(session, client_id, TODAY).data.code

    def audit_size(self) -> int:
        with self.vault.session() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    def chain_hash(self, note_id: int) -> str:
        with self.vault.session() as session:
            note = session.get(Note, note_id)
            assert note is not None
            return note.chain_hash

    def new_client(self, first: str) -> int:
        with self.vault.session() as session:
            client_id, _ = clients.create_client(
                session, adult(legal_first_name=first, phone="", email=""), TODAY
            )
        self.clients[client_id] = ClientModel(first)
        return client_id

    def new_draft(self, client_id: int, text: str) -> int:
        with self.vault.session() as session:
            note_id = notes.start_note(session, client_id, self.template_id, TODAY)
            view = notes.get_note(session, note_id)
            first, *rest = view.sections
            revision = notes.save_draft(
                session, note_id, [replace(first, text=text), *rest], view.revision, now=self.tick()
            )
        self.drafts[note_id] = revision
        self.client_of[note_id] = client_id
        return note_id

    def sign_draft(self, note_id: int) -> None:
        with self.vault.session() as session:
            before = notes.get_note(session, note_id)
            view = notes.sign(session, note_id, SIGNER, self.tick(), LONDON)
        assert view.signed_at is not None
        assert view.sections == before.sections
        assert len(view.content_hash) == 64
        del self.drafts[note_id]
        self.signed[note_id] = SignedSnapshot(
            sections=view.sections,
            content_hash=view.content_hash,
            chain_hash=self.chain_hash(note_id),
            signed_at=view.signed_at,
            signed_by=view.signed_by,
        )

    @initialize(first=first_names, signed_text=typed_text, draft_text=typed_text)
    def a_practice_in_use(self, first: str, signed_text: str, draft_text: str) -> None:
        """One client with a signed note and a draft, so that every rule has something to act on."""
        client_id = self.new_client(first)
        self.sign_draft(self.new_draft(client_id, signed_text))
        self.new_draft(client_id, draft_text)

    # ------------------------------------------------------------------ clients

    @precondition(lambda self: len(self.clients) < 5)
    @rule(first=first_names)
    def create_client(self, first: str) -> None:
        self.new_client(first)

    @precondition(lambda self: self.has(archived=False))
    @rule(data=st.data(), new_pronouns=pronouns)
    def edit_client(self, data: st.DataObject, new_pronouns: str) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=False)), label="client")
        model = self.clients[client_id]
        with self.vault.session() as session:
            current = clients.get_client(session, client_id, TODAY).data
            clients.update_client(
                session, client_id, replace(current, pronouns=new_pronouns), TODAY
            )
        model.pronouns = new_pronouns
        with self.vault.session() as session:
            assert clients.get_client(session, client_id, TODAY).data.pronouns == new_pronouns

    @precondition(lambda self: self.has(archived=True))
    @rule(data=st.data(), new_pronouns=pronouns)
    def archived_client_cannot_be_edited(self, data: st.DataObject, new_pronouns: str) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=True)), label="client")
        entries = self.audit_size()
        with pytest.raises(ArchivedRecord), self.vault.session() as session:
            current = clients.get_client(session, client_id, TODAY).data
            clients.update_client(
                session, client_id, replace(current, pronouns=new_pronouns), TODAY
            )
        assert self.audit_size() == entries

    @precondition(lambda self: self.has(archived=False))
    @rule(data=st.data())
    def archive_client(self, data: st.DataObject) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=False)), label="client")
        if any(n in self.drafts for n in self.notes_of(client_id)):
            # A draft would be frozen unsigned: it is signed or deleted first.
            entries = self.audit_size()
            with pytest.raises(ArchiveRefused), self.vault.session() as session:
                clients.archive(session, client_id, TODAY)
            assert self.audit_size() == entries
            return
        with self.vault.session() as session:
            clients.archive(session, client_id, TODAY)
            record = clients.get_client(session, client_id, TODAY)
        assert record.is_archived
        assert record.retention_until is not None
        assert record.retention_until > TODAY
        self.clients[client_id].retention_until = record.retention_until
        # No new note is started for an archived client.
        with pytest.raises(ArchivedRecord), self.vault.session() as session:
            notes.start_note(session, client_id, self.template_id, TODAY)

    @precondition(lambda self: self.has(archived=True))
    @rule(data=st.data())
    def restore_client(self, data: st.DataObject) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=True)), label="client")
        with self.vault.session() as session:
            clients.restore(session, client_id)
            assert clients.get_client(session, client_id, TODAY).retention_until is None
        self.clients[client_id].retention_until = None

    @precondition(lambda self: self.has(archived=True))
    @rule(data=st.data())
    def erase_before_retention_is_refused(self, data: st.DataObject) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=True)), label="client")
        until = self.clients[client_id].retention_until
        assert until is not None
        early = data.draw(st.integers(0, (until - TODAY).days - 1), label="days after today")
        reason = data.draw(st.sampled_from(EraseReason), label="reason")
        entries = self.audit_size()
        code = self.code(client_id)
        with pytest.raises(EraseRefused), self.vault.session() as session:
            clients.erase(session, client_id, reason, code, TODAY + timedelta(days=early))
        assert self.audit_size() == entries

    @precondition(lambda self: bool(self.signed_notes(archived=False)))
    @rule(data=st.data())
    def a_client_with_signed_notes_was_not_entered_by_mistake(self, data: st.DataObject) -> None:
        note_id = data.draw(st.sampled_from(self.signed_notes(archived=False)), label="note")
        client_id = self.client_of[note_id]
        entries = self.audit_size()
        with pytest.raises(EraseRefused), self.vault.session() as session:
            clients.erase(
                session, client_id, EraseReason.ENTERED_BY_MISTAKE, self.code(client_id), TODAY
            )
        assert self.audit_size() == entries

    @precondition(
        lambda self: any(
            not self.notes_of(c) or all(n in self.drafts for n in self.notes_of(c))
            for c in self.ids(archived=False)
        )
    )
    @rule(data=st.data())
    def erase_a_client_entered_by_mistake(self, data: st.DataObject) -> None:
        """A client with nothing signed goes, drafts and all; the chains still verify."""
        client_id = data.draw(
            st.sampled_from(
                [
                    c
                    for c in self.ids(archived=False)
                    if all(n in self.drafts for n in self.notes_of(c))
                ]
            ),
            label="client",
        )
        with self.vault.session() as session:
            clients.erase(
                session, client_id, EraseReason.ENTERED_BY_MISTAKE, self.code(client_id), TODAY
            )
        for note_id in self.notes_of(client_id):
            del self.drafts[note_id], self.client_of[note_id]
        del self.clients[client_id]

    @precondition(lambda self: self.has(archived=False))
    @rule(data=st.data())
    def erase_for_retention_of_a_kept_client_is_refused(self, data: st.DataObject) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=False)), label="client")
        with self.vault.session() as session:
            code = clients.get_client(session, client_id, TODAY).data.code
        with pytest.raises(EraseRefused), self.vault.session() as session:
            clients.erase(session, client_id, EraseReason.RETENTION_ENDED, code, date(2100, 1, 1))

    # -------------------------------------------------------------------- notes

    @precondition(lambda self: self.has(archived=False))
    @rule(data=st.data(), text=typed_text)
    def start_note_and_save_draft(self, data: st.DataObject, text: str) -> None:
        client_id = data.draw(st.sampled_from(self.ids(archived=False)), label="client")
        self.new_draft(client_id, text)

    @precondition(lambda self: bool(self.open_drafts()))
    @rule(data=st.data(), text=typed_text)
    def edit_draft(self, data: st.DataObject, text: str) -> None:
        note_id = data.draw(st.sampled_from(self.open_drafts()), label="draft")
        with self.vault.session() as session:
            view = notes.get_note(session, note_id)
            assert view.revision == self.drafts[note_id]
            *rest, last = view.sections
            self.drafts[note_id] = notes.save_draft(
                session, note_id, [*rest, replace(last, text=text)], view.revision, now=self.tick()
            )

    @precondition(lambda self: bool(self.open_drafts()))
    @rule(data=st.data())
    def sign_note(self, data: st.DataObject) -> None:
        note_id = data.draw(st.sampled_from(self.open_drafts()), label="draft")
        self.sign_draft(note_id)

    @precondition(lambda self: bool(self.open_drafts()))
    @rule(data=st.data())
    def delete_draft(self, data: st.DataObject) -> None:
        note_id = data.draw(st.sampled_from(self.open_drafts()), label="draft")
        with self.vault.session() as session:
            notes.delete_draft(session, note_id)
        del self.drafts[note_id], self.client_of[note_id]

    @precondition(lambda self: bool(self.signed))
    @rule(data=st.data(), text=typed_text)
    def signed_note_cannot_be_changed(self, data: st.DataObject, text: str) -> None:
        note_id = data.draw(st.sampled_from(sorted(self.signed)), label="signed note")
        entries = self.audit_size()
        with pytest.raises(NoteLocked), self.vault.session() as session:
            view = notes.get_note(session, note_id)
            first, *rest = view.sections
            notes.save_draft(
                session, note_id, [replace(first, text=text), *rest], view.revision, now=self.tick()
            )
        with pytest.raises(NoteLocked), self.vault.session() as session:
            notes.sign(session, note_id, SIGNER, self.tick(), LONDON)
        with pytest.raises(NoteLocked), self.vault.session() as session:
            notes.delete_draft(session, note_id)
        assert self.audit_size() == entries

    @precondition(lambda self: bool(self.signed_notes(archived=False)))
    @rule(data=st.data(), text=typed_text)
    def add_addendum(self, data: st.DataObject, text: str) -> None:
        note_id = data.draw(st.sampled_from(self.signed_notes(archived=False)), label="note")
        with self.vault.session() as session:
            notes.add_addendum(session, note_id, text, SIGNER, now=self.tick())
        snapshot = self.signed[note_id]
        self.signed[note_id] = replace(snapshot, addenda=(*snapshot.addenda, text.strip()))

    @precondition(lambda self: bool(self.signed_notes(archived=True)))
    @rule(data=st.data(), text=typed_text)
    def an_archived_record_takes_no_addendum(self, data: st.DataObject, text: str) -> None:
        note_id = data.draw(st.sampled_from(self.signed_notes(archived=True)), label="note")
        entries = self.audit_size()
        with pytest.raises(ArchivedRecord), self.vault.session() as session:
            notes.add_addendum(session, note_id, text, SIGNER, now=self.tick())
        assert self.audit_size() == entries

    # ---------------------------------------------------------------- the vault

    @rule()
    def lock_and_unlock(self) -> None:
        self.vault.lock()
        assert not self.vault.is_unlocked
        with pytest.raises(VaultLocked), self.vault.session():
            pass
        self.vault.lock()  # locking a locked vault is harmless
        self.vault.unlock_with_passphrase(PASSPHRASE)
        assert self.vault.is_unlocked

    # --------------------------------------------------------------- invariants

    @invariant()
    def every_invariant_holds(self) -> None:
        with self.vault.session() as session:
            assert notes.verify_chain(session) is None
            report = audit.verify(session)
            assert report.ok, f"audit chain broken at entry {report.first_broken_id}"

            for note_id, snapshot in self.signed.items():
                view = notes.get_note(session, note_id)
                assert view.status == NoteStatus.SIGNED
                assert view.sections == snapshot.sections
                assert view.content_hash == snapshot.content_hash
                assert view.signed_at == snapshot.signed_at
                assert view.signed_by == snapshot.signed_by
                assert tuple(a.text for a in view.addenda) == snapshot.addenda
            assert self.chain_hashes(session) == {
                note_id: s.chain_hash for note_id, s in self.signed.items()
            }

            for note_id, revision in self.drafts.items():
                draft = notes.get_note(session, note_id)
                assert not draft.is_signed
                assert draft.revision == revision

            for client_id, model in self.clients.items():
                # Only a record entered by mistake is erased; an archived one outlives its date.
                record = clients.get_client(session, client_id, TODAY)
                assert record.data.legal_first_name == model.first_name
                assert record.data.pronouns == model.pronouns
                assert record.retention_until == model.retention_until
                assert record.is_archived == model.archived
                if model.archived:
                    assert record.status == ClientStatus.ARCHIVED
                    assert not record.may_be_erased_for_retention(TODAY)

    @staticmethod
    def chain_hashes(session: Session) -> dict[int, str]:
        rows = session.execute(
            select(Note.id, Note.chain_hash).where(Note.status == NoteStatus.SIGNED)
        )
        return {note_id: chain for note_id, chain in rows}


VaultLifecycle.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
TestVaultLifecycle = VaultLifecycle.TestCase
