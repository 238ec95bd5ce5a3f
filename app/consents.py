"""Signed consents: signing a template version, the PDF in the vault, status, revoking, paper.

A consent is signed on one exact template version. ``sign`` checks that every
section asking for initials was initialled and that everyone who must sign did
(the client, or for a minor a guardian who can consent; every client of a
couple; and the clinician countersigning), then stores the signatures, the
initials, the PDF and everything the PDF shows (the practice profile and the
sections as they read that day). ``reproduce_pdf`` rebuilds the PDF from that
stored data alone, byte-for-byte, whatever was changed in the settings since.

The chain
---------
Every consent record of the practice (signed in the app or on paper) is
chained to the one before it, in id order:

* ``content_hash`` is :func:`app.documents.consent_data.content_hash` of the
  document (for a form signed on paper: the SHA-256 of the scanned file);
* ``prev_hash`` is the previous record's ``chain_hash`` (``"0" * 64`` for the
  first record);
* ``chain_hash`` is ``sha256((prev_hash + content_hash).encode("ascii"))``.

Erasing a client removes their consents with them, but not their place in the
chain: :func:`app.clients.erase` first copies each record's id and three hashes
(nothing about the person) into ``consent_erased``. A consent the erased client
signed only as one of a couple stays, as the other client's signed document;
the erased id is dropped from its ``partner_ids``, which are not part of the
content hash.

``verify_chain`` walks the records and the erased ones together, in id order.
For a live record it recomputes the content hash from the stored data and
checks the link; for an erased one, whose document is gone, it checks the link
only (``prev_hash`` is the previous chain value, ``chain_hash`` is the chain
value of ``prev_hash`` and the kept ``content_hash``). It names the first id
that does not fit. Revoking changes the status only (audited), not the chained
content.

The audit log gets ids, versions and hashes only: never the PDF, the names or
the signatures.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, String, or_, select, type_coerce
from sqlalchemy.orm import Session, defer

from app import audit
from app.clients import ClientRecord, get_client
from app.consent import RenderedSection, current_template, get_template, rendered_sections
from app.documents.consent_data import (
    CLIENT,
    CLINICIAN,
    GUARDIAN,
    ConsentDocument,
    Signature,
    content_hash,
)
from app.errors import ValidationError
from app.models import ConsentAudience, ConsentErased, ConsentRecord, ConsentRecordStatus
from app.models.base import utcnow
from app.practice import ProfileInput, get_profile
from app.words import marked, words

GENESIS = "0" * 64
MAX_SCAN_BYTES = 50 * 1024 * 1024
MAX_REASON = 2000
MAX_INITIALS = 10

#: Magic bytes of the scans a wet-signed form may be attached as.
SCAN_TYPES: dict[str, bytes] = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}

StatusKind = Literal["none", "signed", "outdated", "revoked", "on_paper"]


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class SignatureInput:
    """One person's signature as the wizard collects it.

    ``role`` is ``CLIENT``, ``GUARDIAN`` or ``CLINICIAN``. A client's signature
    names which client signed with ``client_id`` (needed for couples; for one
    client it may stay None). ``strokes`` (drawn) or ``typed`` (a typed full
    name) must hold something.
    """

    role: str
    name: str
    signed_on: date | None = None
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()
    typed: str = ""
    client_id: int | None = None

    @property
    def is_signed(self) -> bool:
        return any(len(stroke) for stroke in self.strokes) or bool(self.typed.strip())


@dataclass(frozen=True)
class SigningInput:
    """What the consent wizard hands over when every page was passed.

    ``initials`` maps a section's title (as rendered) to the initials typed for
    it. ``partner_ids`` are further clients signing the same form (couples).
    """

    client_id: int
    audience: str
    template_id: int
    initials: Mapping[str, str] = field(default_factory=dict)
    signers: Sequence[SignatureInput] = ()
    partner_ids: Sequence[int] = ()


@dataclass(frozen=True)
class ConsentStatus:
    """A client's consent as the screens show it."""

    kind: StatusKind
    version: int | None = None
    signed_on: date | None = None
    current_version: int | None = None
    record_id: int | None = None


@dataclass(frozen=True)
class ConsentRecordInfo:
    """One of a client's signed consents, as a list of them shows it (plain data).

    ``signers`` reads "role: name" for each signature, in signing order (empty
    for a form signed on paper). ``is_current_version`` is False once a newer
    version of the template was saved.
    """

    id: int
    template_name: str
    template_version: int
    audience: str
    signed_on: date
    status: str
    on_paper: bool
    revoked_on: date | None
    revoke_reason: str
    signers: tuple[str, ...]
    has_pdf: bool
    scan_mime: str
    is_current_version: bool


# ---------------------------------------------------------------- helpers


def chain_value(prev_hash: str, digest: str) -> str:
    """The chain value of a record: SHA-256 over the previous value and its content hash."""
    return hashlib.sha256((prev_hash + digest).encode("ascii")).hexdigest()


def _last_chain(session: Session) -> str:
    """The chain value of the practice's newest link, live or erased."""
    newest: tuple[int, str] | None = None
    for model in (ConsentRecord, ConsentErased):
        last = session.execute(
            select(model.id, model.chain_hash).order_by(model.id.desc()).limit(1)
        ).first()
        if last is not None and (newest is None or last.id > newest[0]):
            newest = (last.id, last.chain_hash)
    return newest[1] if newest else GENESIS


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _full_name(client: ClientRecord) -> str:
    return f"{client.data.legal_first_name} {client.data.legal_last_name}".strip()


def _signature_json(sig: Signature) -> dict[str, Any]:
    return {
        "role": sig.role,
        "name": sig.name,
        "signed_on": sig.signed_on.isoformat() if sig.signed_on else None,
        "strokes": [[[float(x), float(y)] for x, y in stroke] for stroke in sig.strokes],
        "typed": sig.typed,
    }


def _signature_from_json(data: Mapping[str, Any]) -> Signature:
    signed_on = data.get("signed_on")
    return Signature(
        role=str(data["role"]),
        name=str(data["name"]),
        signed_on=date.fromisoformat(signed_on) if signed_on else None,
        strokes=tuple(
            tuple((float(x), float(y)) for x, y in stroke) for stroke in data.get("strokes", [])
        ),
        typed=str(data.get("typed", "")),
    )


def _document(row: ConsentRecord) -> ConsentDocument:
    """The document exactly as it was signed, from the stored record alone."""
    return ConsentDocument(
        profile=ProfileInput(**row.profile),
        template_name=row.template_name,
        template_version=row.template_version,
        audience=row.audience,
        sections=[
            RenderedSection(str(s["title"]), str(s["text"]), bool(s["needs_initials"]))
            for s in row.sections
        ],
        client_name=row.client_name,
        client_code=row.client_code,
        client_date_of_birth=row.client_date_of_birth,
        initials=dict(row.initials),
        signatures=[_signature_from_json(s) for s in row.signers],
    )


def _record_digest(row: ConsentRecord) -> str:
    if row.on_paper:
        return hashlib.sha256(row.scan or b"").hexdigest()
    return content_hash(_document(row))


def _load(session: Session, record_id: int) -> ConsentRecord:
    row = session.get(ConsentRecord, record_id)
    if row is None:
        raise ValidationError({"consent": marked("That signed consent no longer exists.")})
    return row


# ---------------------------------------------------------------- signing


_NOT_SIGNED = {
    CLIENT: marked("The client has not signed yet."),
    GUARDIAN: marked("The parent or guardian has not signed yet."),
    CLINICIAN: marked("The clinician has not signed yet."),
}


def _check_signers(
    data: SigningInput,
    client: ClientRecord,
    partners: Sequence[ClientRecord],
    today: date,
    problems: dict[str, str],
) -> list[Signature]:
    """The signatures in the order the PDF shows them; who is missing goes into ``problems``."""
    signed = [s for s in data.signers if s.is_signed]
    for s in data.signers:
        if not s.is_signed:
            problems[f"signature.{s.role}"] = _NOT_SIGNED.get(s.role) or words(
                "The {role} has not signed yet.", role=s.role.lower()
            )
    result: list[Signature] = []

    def keep(s: SignatureInput, name: str) -> None:
        result.append(
            Signature(
                role=s.role,
                name=name,
                signed_on=s.signed_on or today,
                strokes=s.strokes,
                typed=s.typed.strip(),
            )
        )

    if client.is_minor:
        consenting = [g.name for g in client.data.guardians if g.can_consent]
        guardians = [s for s in signed if s.role == GUARDIAN]
        if not guardians:
            problems["signature.guardian"] = marked(
                "A parent or guardian who can consent must sign for a minor."
            )
        for s in guardians:
            match = next((g for g in consenting if _same_name(g, s.name)), None)
            if match is None:
                problems["signature.guardian"] = marked(
                    "The guardian who signed is not one of the client's guardians who can consent."
                )
            else:
                keep(s, match)
    else:
        clients_signing = [s for s in signed if s.role == CLIENT]
        everyone = [client, *partners]
        for person in everyone:
            mine = [
                s
                for s in clients_signing
                if s.client_id == person.id or (s.client_id is None and len(everyone) == 1)
            ]
            if not mine:
                problems[f"signature.client.{person.id}"] = (
                    marked("The client must sign.")
                    if len(everyone) == 1
                    else words("The client {code} must sign.", code=person.data.code)
                )
                continue
            keep(mine[0], mine[0].name.strip() or _full_name(person))
    clinicians = [s for s in signed if s.role == CLINICIAN]
    if not clinicians:
        problems["signature.clinician"] = marked("The clinician must countersign.")
    else:
        keep(clinicians[0], clinicians[0].name.strip())
    return result


def sign(session: Session, data: SigningInput, today: date) -> int:
    """Store a consent signed in the app; returns the record's id.

    ValidationError names what is missing (initials for a section, a signer)
    and nothing is stored then.
    """
    # Loaded on first use: reportlab is only needed to make a PDF.
    from app.documents.consent_form import render_consent

    client = get_client(session, data.client_id, today)
    partners = [get_client(session, pid, today) for pid in dict.fromkeys(data.partner_ids)]
    partners = [p for p in partners if p.id != client.id]
    template = get_template(session, data.template_id)
    try:
        audience = ConsentAudience(data.audience)
    except ValueError:
        raise ValidationError({"audience": marked("Choose adult or guardian.")}) from None
    if template.audience != audience:
        raise ValidationError({"template": marked("That template is for another audience.")})
    if client.is_minor and audience != ConsentAudience.GUARDIAN:
        raise ValidationError({"audience": marked("A minor's consent is given by a guardian.")})
    sections = rendered_sections(session, template.id)
    initials: dict[str, str] = {}
    problems: dict[str, str] = {}
    for section in sections:
        if not section.needs_initials:
            continue
        typed = str(data.initials.get(section.title, "")).strip()
        if not typed:
            problems[f"initials.{section.title}"] = words(
                "Initials are missing for '{title}'.", title=section.title
            )
        elif len(typed) > MAX_INITIALS:
            problems[f"initials.{section.title}"] = words(
                "The initials for '{title}' are longer than {limit} characters.",
                title=section.title,
                limit=MAX_INITIALS,
            )
        else:
            initials[section.title] = typed
    signatures = _check_signers(data, client, partners, today, problems)
    if problems:
        raise ValidationError(problems)

    profile = get_profile(session)
    people = [client, *partners]
    signatures = [dataclasses.replace(s, name=s.name or profile.clinician_name) for s in signatures]
    doc = ConsentDocument(
        profile=profile,
        template_name=template.name,
        template_version=template.version,
        audience=audience.value,
        sections=sections,
        client_name=" and ".join(_full_name(p) for p in people),
        client_code=", ".join(p.data.code for p in people),
        client_date_of_birth=client.data.date_of_birth if not partners else None,
        initials=initials,
        signatures=signatures,
    )
    row = ConsentRecord(
        client_id=client.id,
        partner_ids=[p.id for p in partners],
        template_id=template.id,
        template_version=template.version,
        template_name=template.name,
        audience=audience.value,
        profile=dataclasses.asdict(profile),
        sections=[
            {"title": s.title, "text": s.text, "needs_initials": bool(s.needs_initials)}
            for s in sections
        ],
        client_name=doc.client_name,
        client_code=doc.client_code,
        client_date_of_birth=doc.client_date_of_birth,
        signers=[_signature_json(s) for s in signatures],
        initials=initials,
        signed_on=today,
        signed_at=utcnow(),
        status=ConsentRecordStatus.SIGNED,
        on_paper=False,
        scan_mime="",
        revoke_reason="",
    )
    # Render from the stored form (JSON round trip), so reproduction matches exactly.
    digest = content_hash(_document(row))
    row.pdf = render_consent(_document(row))
    row.content_hash = digest
    row.prev_hash = _last_chain(session)
    row.chain_hash = chain_value(row.prev_hash, digest)
    session.add(row)
    session.flush()
    audit.record(
        session,
        "sign",
        "consent",
        row.id,
        {
            "client_id": client.id,
            "partner_ids": row.partner_ids,
            "template_id": template.id,
            "version": template.version,
            "audience": audience.value,
            "sha256": digest,
            "chain": row.chain_hash,
        },
    )
    return row.id


def stored_pdf(session: Session, record_id: int) -> bytes:
    """The PDF stored when the consent was signed (empty for a form signed on paper)."""
    return _load(session, record_id).pdf or b""


def reproduce_pdf(session: Session, record_id: int) -> bytes:
    """The PDF rebuilt from the stored data alone; equal to the stored one byte for byte."""
    from app.documents.consent_form import render_consent

    row = _load(session, record_id)
    if row.on_paper:
        raise ValidationError(
            {"consent": marked("This consent was signed on paper: see its scan.")}
        )
    return render_consent(_document(row))


def verify_chain(session: Session) -> int | None:
    """The id of the first record whose content or link does not fit, or None when all do.

    An erased record (hashes only) is checked for its link alone.
    """
    prev = GENESIS
    erased = list(session.scalars(select(ConsentErased).order_by(ConsentErased.id)))
    rows = session.scalars(
        select(ConsentRecord).order_by(ConsentRecord.id).execution_options(yield_per=200)
    )
    links: Iterable[ConsentRecord | ConsentErased] = heapq.merge(
        erased, rows, key=lambda link: link.id
    )
    for link in links:
        if isinstance(link, ConsentErased):
            digest = link.content_hash
        else:
            digest = _record_digest(link)
            if link.content_hash != digest:
                return link.id
        if link.prev_hash != prev or link.chain_hash != chain_value(prev, digest):
            return link.id
        prev = link.chain_hash
    return None


# ---------------------------------------------------------------- status


def _maybe_of(client_id: int) -> ColumnElement[bool]:
    """The rows that may concern the client: theirs, and every couple's (checked in Python)."""
    return or_(
        ConsentRecord.client_id == client_id,
        type_coerce(ConsentRecord.partner_ids, String) != "[]",
    )


def _concerns(row: ConsentRecord, client_id: int) -> bool:
    return row.client_id == client_id or client_id in (row.partner_ids or [])


def _records_of(session: Session, client_id: int) -> list[ConsentRecord]:
    """The client's consents, newest first (including those signed as one of a couple).

    The PDF and the scan are not loaded.
    """
    rows = session.scalars(
        select(ConsentRecord)
        .where(_maybe_of(client_id))
        .options(defer(ConsentRecord.pdf), defer(ConsentRecord.scan))
        .order_by(ConsentRecord.id.desc())
    )
    return [r for r in rows if _concerns(r, client_id)]


def status(session: Session, client_id: int, today: date) -> ConsentStatus:
    """The client's consent: none, signed, on paper, outdated (older version) or revoked."""
    client = get_client(session, client_id, today)
    records = _records_of(session, client_id)
    if not records:
        audience = ConsentAudience.GUARDIAN if client.is_minor else ConsentAudience.ADULT
        current = current_template(session, audience)
        return ConsentStatus("none", current_version=current.version if current else None)
    row = records[0]
    current = current_template(session, row.audience)
    current_version = current.version if current else None
    if row.status == ConsentRecordStatus.REVOKED:
        kind: StatusKind = "revoked"
    elif current_version is not None and row.template_version < current_version:
        kind = "outdated"
    elif row.on_paper:
        kind = "on_paper"
    else:
        kind = "signed"
    return ConsentStatus(kind, row.template_version, row.signed_on, current_version, row.id)


def records(session: Session, client_id: int) -> list[ConsentRecordInfo]:
    """Every consent the client signed (alone or as one of a couple), newest first."""
    rows = session.execute(
        select(ConsentRecord, ConsentRecord.pdf.is_not(None))
        .where(_maybe_of(client_id))
        .options(defer(ConsentRecord.pdf), defer(ConsentRecord.scan))
        .order_by(ConsentRecord.id.desc())
    ).all()
    current: dict[str, int | None] = {}
    out = []
    for row, has_pdf in rows:
        if not _concerns(row, client_id):
            continue
        if row.audience not in current:
            template = current_template(session, row.audience)
            current[row.audience] = template.version if template else None
        newest = current[row.audience]
        out.append(
            ConsentRecordInfo(
                id=row.id,
                template_name=row.template_name,
                template_version=row.template_version,
                audience=row.audience,
                signed_on=row.signed_on,
                status=row.status,
                on_paper=row.on_paper,
                revoked_on=row.revoked_on,
                revoke_reason=row.revoke_reason,
                signers=tuple(f"{s['role']}: {s['name']}" for s in row.signers),
                has_pdf=bool(has_pdf),
                scan_mime=row.scan_mime,
                is_current_version=newest is None or row.template_version >= newest,
            )
        )
    return out


def revoke(session: Session, record_id: int, reason: str, today: date) -> None:
    """Record that the consent was withdrawn, with the date and the reason (required)."""
    row = _load(session, record_id)
    clean = reason.strip()
    if not clean:
        raise ValidationError({"reason": marked("Give the reason the consent was revoked.")})
    if len(clean) > MAX_REASON:
        raise ValidationError({"reason": words("At most {limit} characters.", limit=MAX_REASON)})
    if row.status == ConsentRecordStatus.REVOKED:
        raise ValidationError({"consent": marked("This consent was already revoked.")})
    row.status = ConsentRecordStatus.REVOKED
    row.revoked_at = utcnow()
    row.revoked_on = today
    row.revoke_reason = clean
    session.flush()
    audit.record(
        session,
        "revoke",
        "consent",
        row.id,
        {"client_id": row.client_id, "version": row.template_version, "on": today.isoformat()},
    )


# ---------------------------------------------------------------- paper


def scan_type(scan: bytes) -> str | None:
    """The MIME type the scan's magic bytes show (PDF, PNG or JPEG), or None."""
    for mime, magic in SCAN_TYPES.items():
        if scan.startswith(magic):
            return mime
    return None


def record_paper_signature(
    session: Session,
    client_id: int,
    template_id: int,
    scan: bytes,
    mime: str,
    signed_on: date,
) -> int:
    """Attach a scanned wet-signed form (PDF, PNG or JPEG); returns the record's id.

    The file's magic bytes must match a supported type (and ``mime``, when
    given). The scan is stored inside the vault only.
    """
    client = get_client(session, client_id, signed_on)
    template = get_template(session, template_id)
    found = scan_type(scan)
    if found is None:
        raise ValidationError({"scan": marked("Attach a PDF, PNG or JPEG file.")})
    if mime.strip() and mime.strip().lower() != found:
        raise ValidationError({"scan": marked("The file's content does not match its type.")})
    if len(scan) > MAX_SCAN_BYTES:
        raise ValidationError({"scan": marked("The file is larger than 50 MB.")})
    digest = hashlib.sha256(scan).hexdigest()
    prev = _last_chain(session)
    row = ConsentRecord(
        client_id=client.id,
        partner_ids=[],
        template_id=template.id,
        template_version=template.version,
        template_name=template.name,
        audience=template.audience.value,
        profile={},
        sections=[],
        client_name="",
        client_code=client.data.code,
        client_date_of_birth=None,
        signers=[],
        initials={},
        signed_on=signed_on,
        signed_at=utcnow(),
        pdf=None,
        content_hash=digest,
        prev_hash=prev,
        chain_hash=chain_value(prev, digest),
        status=ConsentRecordStatus.ON_PAPER,
        on_paper=True,
        scan=scan,
        scan_mime=found,
        revoke_reason="",
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "attach",
        "consent",
        row.id,
        {
            "client_id": client.id,
            "template_id": template.id,
            "version": template.version,
            "mime": found,
            "sha256": digest,
            "signed_on": signed_on.isoformat(),
        },
    )
    return row.id


def scan(session: Session, record_id: int) -> tuple[bytes, str]:
    """The scanned form of a consent signed on paper, and its MIME type."""
    row = _load(session, record_id)
    if not row.scan:
        raise ValidationError({"scan": marked("This consent has no scanned form.")})
    return row.scan, row.scan_mime


def blank_form(session: Session, audience: ConsentAudience | str) -> bytes:
    """A blank form of the current template for ``audience``, for signing on paper."""
    from app.documents.consent_form import render_consent

    template = current_template(session, audience)
    if template is None:
        raise ValidationError({"template": marked("There is no consent template yet.")})
    profile = get_profile(session)
    return render_consent(
        ConsentDocument(
            profile=profile,
            template_name=template.name,
            template_version=template.version,
            audience=template.audience.value,
            sections=rendered_sections(session, template.id),
            signatures=[Signature(CLINICIAN, profile.clinician_name, None)],
            blank=True,
        )
    )


def signed_sections(session: Session, record_id: int) -> list[RenderedSection]:
    """The sections as the client read them when signing (empty for a form signed on paper)."""
    row = _load(session, record_id)
    return [
        RenderedSection(str(s["title"]), str(s["text"]), bool(s.get("needs_initials")))
        for s in row.sections or []
    ]
