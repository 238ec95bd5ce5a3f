"""Signed consents: stored PDF reproducible, missing signers refused, chain, status, paper."""

from __future__ import annotations

import io
import math
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream
from sqlalchemy import event, select, text

from app import clients, consent, consents
from app.consent import (
    Section,
    current_template,
    ensure_default_templates,
    rendered_sections,
    save_new_version,
)
from app.consents import SignatureInput, SigningInput
from app.documents.consent_form import CLIENT, CLINICIAN, GUARDIAN, short_hash
from app.errors import ValidationError
from app.models import ConsentErased, ConsentRecord
from app.practice import FeePolicy, get_profile, save_profile, set_fee_policy
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


# ------------------------------------------------------------ erasing a client


def erase(vault: Vault, client_id: int, code: str) -> None:
    with vault.session() as session:
        clients.erase(session, client_id, clients.EraseReason.ENTERED_BY_MISTAKE, code, TODAY)


def typed_signing(client_id: int, template_id: int, name: str, **changes: object) -> SigningInput:
    signer = SignatureInput(CLIENT, name, TODAY, typed=name)
    return signing(client_id, template_id, signers=(signer, clinician()), **changes)


def test_erasing_a_client_keeps_their_consents_place_in_the_chain(vault: Vault) -> None:
    template_id, _ = templates(vault)
    first_name, last_name = CANARY.split()
    before = add_client(vault)
    gone = add_client(
        vault, adult(legal_first_name=first_name, legal_last_name=last_name, email="q@example.org")
    )
    after = add_client(vault, adult(legal_first_name="Cy", email="cy@example.org"))
    first = sign(vault, signing(before, template_id))
    erased = sign(vault, typed_signing(gone, template_id, CANARY))
    last = sign(vault, signing(after, template_id))
    with vault.session() as session:
        row = session.get(ConsentRecord, erased)
        assert row is not None
        hashes = (row.content_hash, row.prev_hash, row.chain_hash)
    erase(vault, gone, "C0002")
    with vault.session() as session:
        assert consents.verify_chain(session) is None
        assert [r.id for r in session.scalars(select(ConsentRecord))] == [first, last]
        kept = session.get(ConsentErased, erased)
        assert kept is not None
        assert (kept.content_hash, kept.prev_hash, kept.chain_hash) == hashes
        assert kept.erased_on == TODAY
        stored = session.execute(text("SELECT * FROM consent_erased")).all()
        entry = audit_entries(session, "client", gone)[-1]
    assert len(stored) == 1
    for part in CANARY.split():
        assert part not in str(stored)
        assert part not in str(entry.detail)
    assert entry.action == "erase" and entry.detail["consents"] == [erased]


def test_a_consent_signed_after_an_erased_last_one_links_to_it(vault: Vault) -> None:
    template_id, _ = templates(vault)
    kept = add_client(vault)
    gone = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    sign(vault, signing(kept, template_id))
    erased = sign(vault, typed_signing(gone, template_id, "Bo Lee"))
    erase(vault, gone, "C0002")
    newest = sign(vault, signing(kept, template_id))
    with vault.session() as session:
        row = session.get(ConsentRecord, newest)
        tombstone = session.get(ConsentErased, erased)
        assert row is not None and tombstone is not None
        assert newest > erased
        assert row.prev_hash == tombstone.chain_hash
        assert consents.verify_chain(session) is None


@pytest.mark.parametrize("column", ["content_hash", "chain_hash", "prev_hash"])
def test_a_tampered_erased_record_is_named(vault: Vault, column: str) -> None:
    template_id, _ = templates(vault)
    kept = add_client(vault)
    gone = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    sign(vault, signing(kept, template_id))
    erased = sign(vault, typed_signing(gone, template_id, "Bo Lee"))
    sign(vault, signing(kept, template_id))
    erase(vault, gone, "C0002")
    with vault.session() as session:
        session.execute(
            text(f"UPDATE consent_erased SET {column} = :v WHERE id = :id"),  # noqa: S608
            {"v": "f" * 64, "id": erased},
        )
    with vault.session() as session:
        assert consents.verify_chain(session) == erased


def _couple_signed(vault: Vault) -> tuple[int, int, int]:
    """Ann and Bo Lee sign one consent as a couple: (Ann's id, Bo's id, the consent's id)."""
    template_id, _ = templates(vault)
    first = add_client(vault)
    second = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    one = SignatureInput(CLIENT, "Ann Lee", TODAY, typed="Ann Lee", client_id=first)
    two = SignatureInput(CLIENT, "Bo Lee", TODAY, typed="Bo Lee", client_id=second)
    couple = sign(
        vault, signing(first, template_id, partner_ids=(second,), signers=(one, two, clinician()))
    )
    return first, second, couple


def test_erasing_a_partner_keeps_the_couples_consent_without_them(vault: Vault) -> None:
    first, second, couple = _couple_signed(vault)
    erase(vault, second, "C0002")
    newcomer = add_client(vault, adult(legal_first_name="Cy", email="cy@example.org"))
    with vault.session() as session:
        row = session.get(ConsentRecord, couple)
        assert row is not None and row.partner_ids == []
        assert count(session, ConsentErased) == 0
        assert consents.verify_chain(session) is None
        assert consents.reproduce_pdf(session, couple) == consents.stored_pdf(session, couple)
        assert consents.status(session, first, TODAY).kind == "signed"
        # SQLite may give the erased id to the next client: the couple's form is not theirs.
        assert consents.records(session, newcomer) == []
        assert consents.status(session, newcomer, TODAY).kind == "none"


# ------------------------------------------------------------ a client's consents


def test_opening_a_client_loads_only_their_consents_and_couples(vault: Vault) -> None:
    template_id, _ = templates(vault)
    ann = add_client(vault)
    others = [
        add_client(vault, adult(legal_first_name=f"Other{n}", email=f"o{n}@example.org"))
        for n in range(6)
    ]
    bo = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    for other in others:
        sign(vault, typed_signing(other, template_id, "Someone Else"))
    mine = sign(vault, signing(ann, template_id))
    one = SignatureInput(CLIENT, "Bo Lee", TODAY, typed="Bo Lee", client_id=bo)
    two = SignatureInput(CLIENT, "Ann Lee", TODAY, typed="Ann Lee", client_id=ann)
    couple = sign(
        vault, signing(bo, template_id, partner_ids=(ann,), signers=(one, two, clinician()))
    )
    for other in others[:2]:
        sign(vault, typed_signing(other, template_id, "Someone Else"))
    with vault.session() as session:
        loaded: list[int] = []

        @event.listens_for(session, "loaded_as_persistent")
        def _loaded(_: object, instance: object) -> None:
            if isinstance(instance, ConsentRecord):
                loaded.append(instance.id)

        assert consents.status(session, ann, TODAY).record_id == couple
        assert sorted(loaded) == [mine, couple]
        assert [r.id for r in consents.records(session, ann)] == [couple, mine]
        assert [r.id for r in consents.records(session, others[0])] != []


def test_records_list_a_clients_consents_newest_first(vault: Vault) -> None:
    template_id, _ = templates(vault)
    client_id = add_client(vault)
    png = b"\x89PNG\r\n\x1a\n" + b"scan" * 10
    signed = sign(vault, signing(client_id, template_id))
    with vault.session() as session:
        consents.revoke(session, signed, "Client withdrew consent.", date(2026, 11, 28))
        new_template = save_new_version(session, "adult", "Agreement", SECTIONS[:2])
        paper = consents.record_paper_signature(
            session, client_id, new_template, png, "image/png", date(2026, 11, 29)
        )
    with vault.session() as session:
        listed = consents.records(session, client_id)
        assert consents.scan(session, paper) == (png, "image/png")
        with pytest.raises(ValidationError):
            consents.scan(session, signed)
    assert [r.id for r in listed] == [paper, signed]
    on_paper, revoked = listed
    assert (on_paper.on_paper, on_paper.has_pdf, on_paper.scan_mime) == (True, False, "image/png")
    assert (on_paper.template_version, on_paper.is_current_version) == (2, True)
    assert on_paper.status == "on_paper" and on_paper.signers == ()
    assert on_paper.signed_on == date(2026, 11, 29)
    assert (revoked.status, revoked.revoked_on) == ("revoked", date(2026, 11, 28))
    assert revoked.revoke_reason == "Client withdrew consent."
    assert (revoked.template_name, revoked.template_version, revoked.audience) == (
        "Agreement",
        1,
        "adult",
    )
    assert (revoked.has_pdf, revoked.scan_mime, revoked.is_current_version) == (True, "", False)
    assert revoked.signers == ("Client: Ann Lee", "Clinician: Dr Zebulon Canaryfield")
    assert revoked.signed_on == TODAY


# ------------------------------------------------------------ the PDF as a reader sees it

#: A parent's drawn signature, in the pad's coordinates (x 0 to 1, y down from 0).
GUARDIAN_STROKES = (
    tuple((0.08 + i * 0.012, 0.2 - 0.06 * math.sin(i / 3)) for i in range(30)),
    tuple((0.5 + i * 0.01, 0.18 + 0.04 * math.cos(i / 2)) for i in range(25)),
    ((0.62, 0.27), (0.9, 0.25)),
)


def test_the_stored_pdf_reads_as_signed_in_pypdf(vault: Vault) -> None:
    with vault.session() as session:
        ensure_default_templates(session)
        set_fee_policy(session, FeePolicy(Decimal(150), Decimal(180), Decimal(75), Decimal(150)))
        template = current_template(session, "guardian")
        assert template is not None
        sections = rendered_sections(session, template.id)
    client_id = add_client(vault, minor())
    guardian = SignatureInput(GUARDIAN, "Dana Park", TODAY, strokes=GUARDIAN_STROKES)
    data = SigningInput(
        client_id=client_id,
        audience="guardian",
        template_id=template.id,
        initials={s.title: "DP" for s in sections if s.needs_initials},
        signers=(guardian, clinician()),
    )
    record_id = sign(vault, data)
    with vault.session() as session:
        pdf = consents.stored_pdf(session, record_id)
        row = session.get(ConsentRecord, record_id)
        assert row is not None
        digest = row.content_hash
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())

    for number, section in enumerate(sections, start=1):
        assert f"{number}. {section.title}" in text
    assert f"{template.name} · version {template.version}" in text
    assert "Young person Theo Park" in text
    assert "Dana Park Parent or guardian Signed 27 November 2026" in text
    assert "Dr Zebulon Canaryfield Clinician Typed signature 27 November 2026" in text
    assert "Canary Practice ZQX" in text
    assert consent.FEE_NOT_SET not in text and "$150.00" in text
    assert text.count(f"Fingerprint SHA-256 {short_hash(digest)}") == len(reader.pages)
    assert reader.metadata is not None and digest in str(reader.metadata.subject)

    # The drawing is vector strokes on the last page, after the "Signatures" heading: one
    # move per stroke and a line to each further point, each point the pad's point scaled
    # by one factor (y flipped), and no image anywhere.
    last = reader.pages[-1]
    assert "/XObject" not in last["/Resources"]
    ops = ContentStream(last.get_contents(), reader).operations
    heading = next(i for i, (args, op) in enumerate(ops) if op == b"Tj" and args == ["Signatures"])
    pen = next(i for i, (args, op) in enumerate(ops) if op == b"w" and float(args[0]) == 1.1)
    assert heading < pen
    end = next(i for i in range(pen, len(ops)) if ops[i][1] == b"S")
    path = [(op, float(args[0]), float(args[1])) for args, op in ops[pen:end] if op in (b"m", b"l")]
    expected = [
        (b"m" if i == 0 else b"l", x, y) for s in GUARDIAN_STROKES for i, (x, y) in enumerate(s)
    ]
    assert [op for op, _, _ in path] == [op for op, _, _ in expected]
    (_, x0, y0), (_, px0, py0) = expected[0], path[0]
    scale = (path[1][1] - px0) / (expected[1][1] - x0)
    assert scale > 50
    for (_, x, y), (_, px, py) in zip(expected, path, strict=True):
        assert px == pytest.approx(x * scale, abs=0.01)
        assert py - py0 == pytest.approx(-(y - y0) * scale, abs=0.01)


def test_erasing_the_first_of_a_couple_passes_the_consent_to_the_partner(vault: Vault) -> None:
    first, second, couple = _couple_signed(vault)
    erase(vault, first, "C0001")
    with vault.session() as session:
        row = session.get(ConsentRecord, couple)
        assert row is not None and row.client_id == second and row.partner_ids == []
        assert count(session, ConsentErased) == 0
        assert consents.verify_chain(session) is None
        assert consents.status(session, second, TODAY).kind == "signed"
