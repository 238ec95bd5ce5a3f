"""The record request: one client's record as a PDF and a JSON file, audited, notes left out."""

from __future__ import annotations

import io
import json
import re
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from sqlalchemy import select

from app import clients, notes
from app.clients import ClientInput, DiagnosisInput, GoalInput, GuardianInput
from app.models import AuditEntry
from app.prospects import ProspectInput, convert_to_client, create_prospect
from app.record_request import (
    NOTES_INCLUDED,
    NOTES_NOT_INCLUDED,
    RecordRequest,
    export_record,
    record_document,
)
from app.vault import Vault

TODAY = date(2026, 11, 27)


def teenager(**changes: Any) -> ClientInput:
    """A 15-year-old with two guardians, diagnoses, goals and tags."""
    base = ClientInput(
        legal_first_name="Mira",
        legal_last_name="Okonkwo-Hale",
        date_of_birth=date(2011, 6, 3),
        preferred_name="Mimi",
        pronouns="she/her",
        phone="(619) 555-0142",
        email="mira@example.org",
        address="12 Harbor Way\nSan Diego, CA 92101",
        emergency_contact_name="Grace Hale",
        emergency_contact_phone="(619) 555-0177",
        emergency_contact_relationship="aunt",
        referral_source="School counsellor",
        requested_by="parent",
        code="C0042",
        fee_arrangement="sliding_scale",
        sliding_fee="85",
        clinical_summary="Worry about school most days.\n\nSleeps poorly before tests.",
        tags=("school", "anxiety"),
        guardians=(
            GuardianInput(
                "Dana Okonkwo", "mother", "(619) 555-0123", "dana@example.org", pays=True
            ),
            GuardianInput("Sam Hale", "father", can_consent=True, pays=False),
        ),
        diagnoses=(
            DiagnosisInput("F41.1", is_primary=True, noted_on=date(2026, 9, 1)),
            DiagnosisInput("F51.01", noted_on=date(2026, 10, 2)),
        ),
        goals=(
            GoalInput("Sleep before tests", "Fall asleep within 30 minutes", date(2027, 2, 1)),
            GoalInput("Go to school every day", status="achieved"),
        ),
    )
    return replace(base, **changes)


def add_teenager(vault: Vault, **changes: Any) -> int:
    """The teenager, converted from an enquiry, then changed once (so there is history)."""
    with vault.session() as session:
        prospect_id, _ = create_prospect(
            session,
            ProspectInput(
                "Dana Okonkwo",
                phone="(619) 555-0123",
                heard_from="School counsellor",
                wants_help_with="Her daughter's worry about school",
                requested_by="parent",
            ),
        )
        data = teenager(**changes)
        client_id, _ = convert_to_client(session, prospect_id, data, TODAY)
        clients.update_client(session, client_id, replace(data, pronouns="she/they"), TODAY)
    return client_id


def export(vault: Vault, client_id: int, notes: bool = False) -> Any:
    with vault.session() as session:
        return export_record(session, RecordRequest(client_id, notes), TODAY)


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def section(document: dict[str, Any], key: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [s for s in document["sections"] if s["key"] == key]
    assert len(found) == 1, key
    return found[0]


def values(section_: dict[str, Any]) -> dict[str, Any]:
    return {f["key"]: f["value"] for f in section_["fields"]}


def test_the_pdf_holds_the_record(vault: Vault) -> None:
    client_id = add_teenager(vault)

    result = export(vault, client_id)

    assert result.pdf.startswith(b"%PDF")
    text = squeezed(pdf_text(result.pdf))
    for expected in (
        "Client record",
        "Mira",
        "Okonkwo-Hale",
        "C0042",
        "F41.1",
        "F51.01",
        "Dana Okonkwo",
        "Sam Hale",
        "Sleep before tests",
        "School counsellor",
        "Canary Practice ZQX",
        "Prepared on 27 November 2026 at the client’s request.",
        NOTES_NOT_INCLUDED,
        "Confidential".upper(),
    ):
        assert expected in text, expected
    assert re.search(r"Page 1 of (\d+)", text)
    pages = int(re.search(r"Page 1 of (\d+)", text).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    assert f"Page {pages} of {pages}" in text


def test_the_json_holds_the_same_data(vault: Vault) -> None:
    client_id = add_teenager(vault)

    result = export(vault, client_id)
    data = json.loads(result.json.decode("utf-8"))

    assert result.json.decode("utf-8").startswith("{\n  ")
    assert data["metadata"]["psychotherapy_notes_included"] is False
    assert data["metadata"]["prepared_on"] == "2026-11-27"
    assert data["client"]["code"] == "C0042"
    assert data["practice"]["practice_name"] == "Canary Practice ZQX"
    client = values(section(data, "client"))
    assert client["legal_first_name"] == "Mira"
    assert client["date_of_birth"] == "2011-06-03"
    assert client["age"] == 15
    assert client["tags"] == ["anxiety", "school"]
    assert values(section(data, "referral_and_fees"))["sliding_fee"] == "85.00"
    assert values(section(data, "contact"))["address"] == "12 Harbor Way\nSan Diego, CA 92101"
    guardians = section(data, "guardians")["rows"]
    assert [(g["name"], g["can_consent"], g["pays"]) for g in guardians] == [
        ("Dana Okonkwo", True, True),
        ("Sam Hale", True, False),
    ]
    diagnoses = section(data, "diagnoses")["rows"]
    assert [(d["code"], d["is_primary"], d["noted_on"]) for d in diagnoses] == [
        ("F41.1", True, "2026-09-01"),
        ("F51.01", False, "2026-10-02"),
    ]
    assert [g["title"] for g in section(data, "goals")["rows"]] == [
        "Sleep before tests",
        "Go to school every day",
    ]
    enquiries = section(data, "enquiries")["records"]
    assert len(enquiries) == 1
    assert {f["key"]: f["value"] for f in enquiries[0]["fields"]}["name"] == "Dana Okonkwo"
    history = section(data, "history")["rows"]
    assert {"old": "she/her", "new": "she/they"}.items() <= history[0].items()
    assert any(row["action"] == "Created" for row in history)


def test_every_client_field_is_in_the_copy(vault: Vault) -> None:
    client_id = add_teenager(vault)

    with vault.session() as session:
        document = record_document(session, RecordRequest(client_id), TODAY)

    keys = {f["key"] for s in document["sections"] if s["kind"] == "fields" for f in s["fields"]}
    keys |= {s["key"] for s in document["sections"]}
    assert {f.name for f in fields(ClientInput)} <= keys


def test_json_and_pdf_are_made_from_the_same_document(vault: Vault) -> None:
    client_id = add_teenager(vault)

    with vault.session() as session:
        document = record_document(session, RecordRequest(client_id), TODAY)
    result = export(vault, client_id)

    data = json.loads(result.json)
    assert [s["key"] for s in data["sections"]] == [s["key"] for s in document["sections"]]
    assert data["sections"][0] == json.loads(json.dumps(document["sections"][0], default=str))


def test_the_file_name_has_the_code_not_the_name(vault: Vault) -> None:
    client_id = add_teenager(vault)

    stem = export(vault, client_id).file_stem

    assert stem == "Record C0042 2026-11-27"
    assert "Mira" not in stem and "Okonkwo" not in stem


def test_the_export_is_audited(vault: Vault) -> None:
    client_id = add_teenager(vault)

    export(vault, client_id)

    with vault.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        assert entry is not None
        assert (entry.action, entry.record_type, entry.record_id) == (
            "export",
            "client",
            str(client_id),
        )
        assert entry.detail == {"kind": "record_request", "psychotherapy_notes": False}


def test_asking_for_psychotherapy_notes_is_stated(vault: Vault) -> None:
    client_id = add_teenager(vault)

    result = export(vault, client_id, notes=True)

    text = squeezed(pdf_text(result.pdf))
    assert NOTES_INCLUDED in text
    assert NOTES_NOT_INCLUDED not in text
    assert json.loads(result.json)["metadata"]["psychotherapy_notes_included"] is True
    with vault.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        assert entry is not None
        assert entry.detail["psychotherapy_notes"] is True


def test_an_earlier_copy_shows_in_the_next_ones_history(vault: Vault) -> None:
    client_id = add_teenager(vault)

    export(vault, client_id)
    second = json.loads(export(vault, client_id).json)

    assert section(second, "history")["rows"][0]["action"] == "Copy made"


def test_an_archived_client_can_be_exported(vault: Vault) -> None:
    client_id = add_teenager(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)

    result = export(vault, client_id)

    retention = values(section(json.loads(result.json), "retention"))
    assert retention["archived_on"] is not None
    assert retention["retention_until"] == "2033-11-27"  # 7 years after archiving
    text = squeezed(pdf_text(result.pdf))
    assert "Archived" in text
    assert "27 November 2033" in text


def test_non_ascii_names_render(vault: Vault) -> None:
    client_id = add_teenager(
        vault, legal_first_name="Zoë", legal_last_name="Müller-Łukasiewicz", preferred_name=""
    )

    result = export(vault, client_id)

    text = pdf_text(result.pdf)
    assert "Zoë" in text
    assert "Müller-Łukasiewicz" in text
    assert "■" not in text
    assert json.loads(result.json)["client"]["name"] == "Zoë Müller-Łukasiewicz"
    assert "Müller-Łukasiewicz" in result.json.decode("utf-8")


def test_a_long_record_splits_across_pages(vault: Vault) -> None:
    summary = "\n\n".join(f"Paragraph {i}: " + "worry and sleep " * 60 for i in range(12))
    client_id = add_teenager(vault, clinical_summary=summary)
    with vault.session() as session:
        data = teenager(clinical_summary=summary)
        for i in range(40):
            clients.update_client(session, client_id, replace(data, pronouns=f"p{i}"), TODAY)

    result = export(vault, client_id)

    pdf = pypdfium2.PdfDocument(io.BytesIO(result.pdf))
    assert len(pdf) >= 5
    assert f"Page {len(pdf)} of {len(pdf)}" in pdf[len(pdf) - 1].get_textpage().get_text_range()


def test_the_same_document_gives_the_same_pdf(vault: Vault) -> None:
    from app.documents.client_record import render_client_record

    client_id = add_teenager(vault)
    with vault.session() as session:
        document = record_document(session, RecordRequest(client_id), TODAY)

    assert render_client_record(document) == render_client_record(document)


def test_an_unknown_client_is_refused(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(clients.ClientNotFound):
        export_record(session, RecordRequest(999_999), TODAY)


def add_notes(vault: Vault, client_id: int) -> dict[str, int]:
    """A signed progress note with an addendum, a draft, and a signed psychotherapy note."""
    signer = "Dr Zebulon Canaryfield"
    zone = ZoneInfo("UTC")
    moment = datetime(2026, 11, 27, 12, tzinfo=UTC)
    with vault.session() as session:
        notes.ensure_builtin_templates(session)
        by_name = {t.name: t.id for t in notes.templates(session)}

        def write(template: str, day: date, **texts: str) -> int:
            note_id = notes.start_note(session, client_id, by_name[template], day)
            view = notes.get_note(session, note_id)
            sections = [replace(s, text=texts.get(s.key, "")) for s in view.sections]
            notes.save_draft(session, note_id, sections, view.revision, now=moment)
            return note_id

        progress = write("SOAP", date(2026, 11, 20), subjective="Worried about exams.")
        notes.sign(session, progress, signer, moment, zone)
        notes.add_addendum(session, progress, "Exams are in June.", signer, moment)
        draft = write("SOAP", TODAY, subjective="Unsigned draft words.")
        private = write("Process notes", date(2026, 11, 20), process="Private process words.")
        notes.sign(session, private, signer, moment, zone)
    return {"progress": progress, "draft": draft, "private": private}


def test_signed_progress_notes_are_in_the_record_and_drafts_are_not(vault: Vault) -> None:
    client_id = add_teenager(vault)
    add_notes(vault, client_id)
    result = export(vault, client_id)
    document = json.loads(result.json)
    notes_section = section(document, "notes")
    assert "not part of the record" in notes_section["intro"]
    (group,) = notes_section["records"]
    fields_ = {f["key"]: f["value"] for f in group["fields"]}
    assert group["title"] == "SOAP of 20 November 2026"
    assert fields_["section.subjective"] == "Worried about exams."
    assert fields_["addendum.1.text"] == "Exams are in June."
    assert fields_["signed_by"] == "Dr Zebulon Canaryfield" and fields_["late_entry"] is True
    assert "psychotherapy_notes" not in [s["key"] for s in document["sections"]]
    text = squeezed(pdf_text(result.pdf))
    assert "Worried about exams." in text and "Exams are in June." in text
    for hidden in ("Unsigned draft words", "Private process words"):
        assert hidden not in text and hidden not in result.json.decode()


def test_psychotherapy_notes_are_in_their_own_section_when_asked_for(vault: Vault) -> None:
    client_id = add_teenager(vault)
    add_notes(vault, client_id)
    result = export(vault, client_id, notes=True)
    document = json.loads(result.json)
    (private,) = section(document, "psychotherapy_notes")["records"]
    assert {f["key"]: f["value"] for f in private["fields"]}["section.process"] == (
        "Private process words."
    )
    assert len(section(document, "notes")["records"]) == 1
    assert "Private process words." in squeezed(pdf_text(result.pdf))
