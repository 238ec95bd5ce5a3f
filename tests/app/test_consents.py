"""Signed consents: stored PDF reproducible, missing signers refused, chain, status, paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app import consents
from app.consent import Section, save_new_version
from app.consents import SignatureInput, SigningInput
from app.documents.consent_form import CLIENT, CLINICIAN, GUARDIAN
from app.errors import ValidationError
from app.models import ConsentRecord
from app.practice import get_profile, save_profile
from app.vault import Vault
from tests.app.people import TODAY, add_client, adult, audit_entries, count, minor

SECTIONS = [
    Section("intro", "About therapy", "We work together at {practice_name}."),
    Section("fees", "Fees", "A session costs {fee_individual}.", needs_initials=True),
    Section("consent", "Consent", "I agree to therapy.", needs_initials=True),
]
INITIALS = {"Fees": "AL", "Consent": "AL"}
STROKES = (((0.1, 0.2), (0.3, 0.25), (0.5, 0.1)), ((0.6, 0.2),))
CANARY = "Quorvanthe Xyllobriand"


def clinician() -> SignatureInput:
    return SignatureInput(CLINICIAN, "Dr Zebulon Canaryfield", TODAY, typed="Zebulon Canaryfield")


def templates(vault: Vault) -> tuple[int, int]:
    with vault.session() as session:
        adult_id = save_new_version(session, "adult", "Agreement", SECTIONS)
        guardian_id = save_new_version(session, "guardian", "Agreement for a child", SECTIONS)
    return adult_id, guardian_id


def signing(client_id: int, template_id: int, **changes: object) -> SigningInput:
    base = SigningInput(
        client_id=client_id,
        audience="adult",
        template_id=template_id,
        initials=INITIALS,
        signers=(SignatureInput(CLIENT, "Ann Lee", TODAY, strokes=STROKES), clinician()),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sign(vault: Vault, data: SigningInput) -> int:
    with vault.session() as session:
        return consents.sign(session, data, TODAY)


def test_signing_stores_a_pdf_reproducible_after_the_profile_changes(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    record_id = sign(vault, signing(client_id, template_id))
    with vault.session() as session:
        stored = consents.stored_pdf(session, record_id)
        assert stored.startswith(b"%PDF")
        assert consents.reproduce_pdf(session, record_id) == stored
        profile = get_profile(session)
        save_profile(session, replace(profile, practice_name="Another Name", phone="415.555.2671"))
    with vault.session() as session:
        assert consents.reproduce_pdf(session, record_id) == stored
        entries = audit_entries(session, "consent", record_id)
    assert [e.action for e in entries] == ["sign"]
    detail = entries[0].detail
    assert detail["version"] == 1 and len(detail["sha256"]) == 64
    assert "Ann" not in str(detail) and "pdf" not in detail


def test_missing_initials_are_named_and_nothing_is_stored(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    with pytest.raises(ValidationError) as raised:
        sign(vault, signing(client_id, template_id, initials={"Consent": "AL"}))
    assert "Fees" in raised.value.message
    with vault.session() as session:
        assert count(session, ConsentRecord) == 0


def test_the_clinician_must_countersign(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    client_only = (SignatureInput(CLIENT, "Ann Lee", TODAY, typed="Ann Lee"),)
    with pytest.raises(ValidationError) as raised:
        sign(vault, signing(client_id, template_id, signers=client_only))
    assert "clinician" in raised.value.message
    with vault.session() as session:
        assert count(session, ConsentRecord) == 0


def test_a_minor_is_signed_for_by_a_consenting_guardian(vault: Vault) -> None:
    _, guardian_id = templates(vault)
    client_id = add_client(vault, minor())

    def data(name: str) -> SigningInput:
        return signing(
            client_id,
            guardian_id,
            audience="guardian",
            signers=(SignatureInput(GUARDIAN, name, TODAY, typed=name), clinician()),
        )

    with pytest.raises(ValidationError) as raised:
        sign(vault, data("Someone Else"))
    assert "guardian" in raised.value.message
    with vault.session() as session:
        assert count(session, ConsentRecord) == 0
    record_id = sign(vault, data("dana  park"))
    with vault.session() as session:
        row = session.get(ConsentRecord, record_id)
        assert row is not None
        assert row.signers[0]["name"] == "Dana Park"


def test_a_couple_signs_each(vault: Vault) -> None:
    template_id, _ = templates(vault)
    first = add_client(vault)
    second = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    one = SignatureInput(CLIENT, "Ann Lee", TODAY, typed="Ann Lee", client_id=first)
    two = SignatureInput(CLIENT, "Bo Lee", TODAY, typed="Bo Lee", client_id=second)
    with pytest.raises(ValidationError):
        sign(vault, signing(first, template_id, partner_ids=(second,), signers=(one, clinician())))
    sign(vault, signing(first, template_id, partner_ids=(second,), signers=(one, two, clinician())))
    with vault.session() as session:
        assert consents.status(session, second, TODAY).kind == "signed"


def test_the_chain_verifies_and_a_tampered_record_is_named(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    ids = [sign(vault, signing(client_id, template_id)) for _ in range(3)]
    with vault.session() as session:
        assert consents.verify_chain(session) is None
        rows = [session.get(ConsentRecord, i) for i in ids]
        assert rows[0] is not None and rows[0].prev_hash == "0" * 64
        assert rows[1] is not None and rows[1].prev_hash == rows[0].chain_hash
    with vault.session() as session:
        session.execute(
            text("UPDATE consent_record SET initials = :v WHERE id = :id"),
            {"v": '{"Fees": "XX", "Consent": "AL"}', "id": ids[1]},
        )
    with vault.session() as session:
        assert consents.verify_chain(session) == ids[1]


def test_status_through_signing_a_new_version_and_revoking(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    with vault.session() as session:
        assert consents.status(session, client_id, TODAY).kind == "none"
    record_id = sign(vault, signing(client_id, template_id))
    with vault.session() as session:
        now = consents.status(session, client_id, TODAY)
    assert (now.kind, now.version, now.signed_on, now.current_version) == ("signed", 1, TODAY, 1)
    with vault.session() as session:
        save_new_version(session, "adult", "Agreement", SECTIONS[:2])
    with vault.session() as session:
        now = consents.status(session, client_id, TODAY)
    assert (now.kind, now.version, now.current_version) == ("outdated", 1, 2)
    with vault.session() as session, pytest.raises(ValidationError):
        consents.revoke(session, record_id, "  ", TODAY)
    with vault.session() as session:
        consents.revoke(session, record_id, "Client withdrew consent.", TODAY)
    with vault.session() as session:
        assert consents.status(session, client_id, TODAY).kind == "revoked"
        assert [e.action for e in audit_entries(session, "consent", record_id)] == [
            "sign",
            "revoke",
        ]
        assert consents.verify_chain(session) is None


@pytest.mark.parametrize(
    ("scan", "mime"),
    [(b"%PDF-1.7\n...", "application/pdf"), (b"\x89PNG\r\n\x1a\n....", "image/png")],
)
def test_a_paper_scan_is_accepted_by_its_magic_bytes(vault: Vault, scan: bytes, mime: str) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    with vault.session() as session:
        record_id = consents.record_paper_signature(
            session, client_id, template_id, scan, mime, date(2026, 11, 20)
        )
    with vault.session() as session:
        now = consents.status(session, client_id, TODAY)
        row = session.get(ConsentRecord, record_id)
        assert row is not None and row.scan == scan and row.scan_mime == mime
        assert consents.verify_chain(session) is None
    assert (now.kind, now.version, now.signed_on) == ("on_paper", 1, date(2026, 11, 20))


def test_a_scan_of_another_kind_is_refused(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    with vault.session() as session, pytest.raises(ValidationError):
        consents.record_paper_signature(
            session, client_id, template_id, b"GIF89a....", "image/gif", TODAY
        )
    with vault.session() as session, pytest.raises(ValidationError):
        consents.record_paper_signature(
            session, client_id, template_id, b"%PDF-1.7", "image/png", TODAY
        )
    with vault.session() as session:
        assert count(session, ConsentRecord) == 0


def test_a_blank_form_renders(vault: Vault) -> None:
    templates(vault)
    with vault.session() as session:
        assert consents.blank_form(session, "adult").startswith(b"%PDF")
        assert consents.blank_form(session, "guardian").startswith(b"%PDF")


def plain_text_copies(root: Path, canary: str) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            for part in canary.split():
                if part.encode(encoding) in data:
                    found.append(f"{path.name}: {part} ({encoding})")
        if b"%PDF" in data:
            found.append(f"{path.name}: a PDF")
    return found


def test_the_signed_pdf_lives_only_inside_the_vault(vault: Vault, data_dir: Path) -> None:
    template_id, _ = templates(vault)
    first, last = CANARY.split()
    client_id = add_client(vault, adult(legal_first_name=first, legal_last_name=last))
    signer = SignatureInput(CLIENT, CANARY, TODAY, typed=CANARY)
    record_id = sign(vault, signing(client_id, template_id, signers=(signer, clinician())))
    with vault.session() as session:
        assert consents.stored_pdf(session, record_id).startswith(b"%PDF")
    assert plain_text_copies(data_dir, CANARY) == []
    vault.lock()
    assert plain_text_copies(data_dir, CANARY) == []
