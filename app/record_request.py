"""A client's record request (right of access): their record as a readable PDF and a JSON file.

The copy is built as one plain document — the practice's letterhead details,
a little metadata, and a list of sections — that both the PDF and the JSON are
made from, so the two always say the same. Psychotherapy notes (the clinician's
private process notes) are left out unless the request asks for them; the
document's metadata and the PDF's cover say which.

Each section comes from one builder in :data:`SECTIONS`, in order. A capability
that adds to the record (sessions, notes, consents, invoices) adds its builder
there; a builder returns ``None`` when it has nothing to add to this copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from app import audit, clients, notes
from app._version import __version__
from app.clients import ClientRecord
from app.documents.dates import format_date
from app.labels import (
    CLIENT_STATUS_LABELS,
    FEE_LABELS,
    GOAL_STATUS_LABELS,
    HISTORY_ACTION_LABELS,
    HISTORY_FIELD_LABELS,
    REQUESTED_BY_LABELS,
    SEX_FOR_NORMS_LABELS,
)
from app.models import NoteKind, NoteStatus
from app.money import format_amount
from app.practice import ProfileInput, get_profile, retention_policy
from app.prospects import REASON_LABELS, STATUS_LABELS, get_prospect, prospects_of_client

FORMAT = "rapport.client-record/1"

NOTES_NOT_INCLUDED = "Psychotherapy notes are not included in this copy."
NOTES_INCLUDED = "Psychotherapy notes are included in this copy."

_HISTORY_VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": CLIENT_STATUS_LABELS,
    "requested_by": REQUESTED_BY_LABELS,
    "fee_arrangement": FEE_LABELS,
}
_HISTORY_DATES = {"date_of_birth", "retention_until"}
#: What an entry that names no field was about.
_HISTORY_SUBJECTS = {"link": "Enquiry"}


@dataclass(frozen=True)
class RecordRequest:
    client_id: int
    include_psychotherapy_notes: bool = False


@dataclass(frozen=True)
class RecordExport:
    pdf: bytes
    json: bytes
    #: A file name without its extension. It holds the client's code, never the
    #: name: file names show in folders and in recent-file lists.
    file_stem: str


# ----------------------------------------------------------------- sections


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    value: Any


@dataclass(frozen=True)
class Column:
    key: str
    label: str


@dataclass(frozen=True)
class Group:
    """One titled set of fields within a ``records`` section (one enquiry, one session …)."""

    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Section:
    """One part of the record. ``kind`` says which of the other attributes hold it.

    - ``fields``: label and value pairs about one thing;
    - ``table``: ``rows`` of many things, each a mapping from a column's key;
    - ``text``: free text, paragraphs separated by blank lines;
    - ``records``: several titled groups of fields.

    ``intro`` is shown under the title; ``empty`` stands in when nothing is recorded.
    """

    key: str
    title: str
    kind: str
    intro: str = ""
    empty: str = ""
    fields: tuple[Field, ...] = ()
    columns: tuple[Column, ...] = ()
    rows: tuple[Mapping[str, Any], ...] = ()
    text: str = ""
    groups: tuple[Group, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "title": self.title, "kind": self.kind}
        if self.intro:
            out["intro"] = self.intro
        if self.empty:
            out["empty"] = self.empty
        if self.kind == "fields":
            out["fields"] = [_field_dict(f) for f in self.fields]
        elif self.kind == "table":
            out["columns"] = [{"key": c.key, "label": c.label} for c in self.columns]
            out["rows"] = [dict(row) for row in self.rows]
        elif self.kind == "text":
            out["text"] = self.text
        elif self.kind == "records":
            out["records"] = [
                {"title": g.title, "fields": [_field_dict(f) for f in g.fields]}
                for g in self.groups
            ]
        else:
            raise ValueError(f"unknown section kind {self.kind!r}")
        return out


def _field_dict(f: Field) -> dict[str, Any]:
    return {"key": f.key, "label": f.label, "value": f.value}


def fields_section(key: str, title: str, items: Sequence[Field], intro: str = "") -> Section:
    return Section(key, title, "fields", intro=intro, fields=tuple(items))


def table_section(
    key: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Mapping[str, Any]],
    empty: str,
    intro: str = "",
) -> Section:
    return Section(
        key,
        title,
        "table",
        intro=intro,
        empty=empty,
        columns=tuple(Column(k, label) for k, label in columns),
        rows=tuple(rows),
    )


@dataclass(frozen=True)
class RecordContext:
    """What every section builder may read: the request, the client, the practice's clock."""

    session: Session
    request: RecordRequest
    today: date
    client: ClientRecord
    zone: ZoneInfo

    def local(self, moment: datetime) -> datetime:
        """An instant in the practice's time zone, to the second."""
        return moment.astimezone(self.zone).replace(microsecond=0)


SectionBuilder = Callable[[RecordContext], Section | None]


def _label(labels: Mapping[Any, str], value: str) -> str:
    """The readable label of a stored value (the value itself if it has none)."""
    return labels.get(value, value)


def _identity(ctx: RecordContext) -> Section:
    data = ctx.client.data
    return fields_section(
        "client",
        "Client",
        [
            Field("legal_first_name", "Legal first name", data.legal_first_name),
            Field("legal_last_name", "Legal last name", data.legal_last_name),
            Field("preferred_name", "Preferred name", data.preferred_name),
            Field("pronouns", "Pronouns", data.pronouns),
            Field(
                "sex_for_norms",
                "Sex (for screening norms)",
                _label(SEX_FOR_NORMS_LABELS, data.sex_for_norms),
            ),
            Field("date_of_birth", "Date of birth", data.date_of_birth),
            Field("age", f"Age on {format_date(ctx.today)}", ctx.client.age),
            Field("code", "Client code", data.code),
            Field("status", "Status", _label(CLIENT_STATUS_LABELS, data.status)),
            Field("tags", "Tags", list(data.tags)),
        ],
    )


def _contact(ctx: RecordContext) -> Section:
    data = ctx.client.data
    return fields_section(
        "contact",
        "Contact details",
        [
            Field("phone", "Phone", data.phone),
            Field("email", "E-mail", data.email),
            Field("address", "Address", data.address),
        ],
    )


def _emergency_contact(ctx: RecordContext) -> Section:
    data = ctx.client.data
    return fields_section(
        "emergency_contact",
        "Emergency contact",
        [
            Field("emergency_contact_name", "Name", data.emergency_contact_name),
            Field(
                "emergency_contact_relationship",
                "Relationship",
                data.emergency_contact_relationship,
            ),
            Field("emergency_contact_phone", "Phone", data.emergency_contact_phone),
        ],
    )


def _guardians(ctx: RecordContext) -> Section:
    return table_section(
        "guardians",
        "Parents and guardians",
        [
            ("name", "Name"),
            ("relation", "Relationship"),
            ("phone", "Phone"),
            ("email", "E-mail"),
            ("can_consent", "May consent"),
            ("pays", "Pays"),
        ],
        [
            {
                "name": g.name,
                "relation": g.relation,
                "phone": g.phone,
                "email": g.email,
                "can_consent": g.can_consent,
                "pays": g.pays,
            }
            for g in ctx.client.data.guardians
        ],
        empty="No parent or guardian is recorded.",
    )


def _referral_and_fees(ctx: RecordContext) -> Section:
    data = ctx.client.data
    sliding = Decimal(data.sliding_fee) if data.sliding_fee else None
    return fields_section(
        "referral_and_fees",
        "Referral and fees",
        [
            Field("referral_source", "Referral source", data.referral_source),
            Field(
                "requested_by",
                "Therapy asked for by",
                _label(REQUESTED_BY_LABELS, data.requested_by),
            ),
            Field(
                "fee_arrangement",
                "Fee arrangement",
                _label(FEE_LABELS, data.fee_arrangement),
            ),
            Field("sliding_fee", "Sliding-scale fee", sliding),
        ],
    )


def _clinical_summary(ctx: RecordContext) -> Section:
    return Section(
        "clinical_summary",
        "Clinical summary",
        "text",
        empty="No clinical summary is recorded.",
        text=ctx.client.data.clinical_summary,
    )


def _diagnoses(ctx: RecordContext) -> Section:
    return table_section(
        "diagnoses",
        "Diagnoses",
        [
            ("code", "Code"),
            ("description", "Description"),
            ("is_primary", "Primary"),
            ("noted_on", "Noted on"),
        ],
        [
            {
                "code": d.code,
                "description": d.description,
                "is_primary": d.is_primary,
                "noted_on": d.noted_on,
            }
            for d in ctx.client.data.diagnoses
        ],
        empty="No diagnosis is recorded.",
        intro="Codes are from ICD-10-CM.",
    )


def _goals(ctx: RecordContext) -> Section:
    return table_section(
        "goals",
        "Treatment goals",
        [
            ("title", "Goal"),
            ("description", "Details"),
            ("target_date", "Target date"),
            ("status", "Status"),
        ],
        [
            {
                "title": g.title,
                "description": g.description,
                "target_date": g.target_date,
                "status": _label(GOAL_STATUS_LABELS, g.status),
            }
            for g in ctx.client.data.goals
        ],
        empty="No treatment goal is recorded.",
    )


def _enquiries(ctx: RecordContext) -> Section:
    groups = []
    for row in sorted(prospects_of_client(ctx.session, ctx.client.id), key=lambda r: r.id):
        data, _ = get_prospect(ctx.session, row.id)
        enquired_on = ctx.local(row.created_at).date()
        reason = row.not_proceeding_reason
        groups.append(
            Group(
                f"Enquiry of {format_date(enquired_on)}",
                (
                    Field("enquired_on", "Enquired on", enquired_on),
                    Field("name", "Name given", data.name),
                    Field("phone", "Phone", data.phone),
                    Field("email", "E-mail", data.email),
                    Field("heard_from", "Heard of the practice from", data.heard_from),
                    Field(
                        "requested_by",
                        "Therapy asked for by",
                        _label(REQUESTED_BY_LABELS, data.requested_by),
                    ),
                    Field("wants_help_with", "Wanted help with", data.wants_help_with),
                    Field("preferred_times", "Preferred times", data.preferred_times),
                    Field("status", "Outcome", _label(STATUS_LABELS, row.status)),
                    *(
                        [Field("not_proceeding_reason", "Reason", _label(REASON_LABELS, reason))]
                        if reason
                        else []
                    ),
                ),
            )
        )
    return Section(
        "enquiries",
        "Enquiry history",
        "records",
        intro="The first contact with the practice, before the record was opened.",
        empty="No enquiry is recorded.",
        groups=tuple(groups),
    )


def _retention(ctx: RecordContext) -> Section:
    client = ctx.client
    policy = retention_policy(ctx.session)
    items = [
        Field("created_on", "Record opened", ctx.local(client.created_at).date()),
        Field("last_service_on", "Last service", client.last_service_on),
    ]
    if client.is_archived:
        archived_on = ctx.local(client.archived_at).date() if client.archived_at else None
        items += [
            Field("archived_on", "Archived on", archived_on),
            Field("retention_until", "Kept until", client.retention_until),
        ]
    else:
        items.append(Field("archived", "Archived", False))
    items.append(
        Field(
            "retention_policy",
            "Retention policy",
            f"Kept for {policy.years_after_last_service} years after the last service, or "
            f"until {policy.years_after_majority} years after the client turns "
            f"{policy.age_of_majority}, whichever is later.",
        )
    )
    intro = (
        "The record is archived: it can no longer be changed, and it is kept until the date below."
        if client.is_archived
        else "The date until which the record is kept is set when the record is archived."
    )
    return fields_section("retention", "Archive and retention", items, intro=intro)


def _history_value(name: str, value: Any) -> Any:
    labels = _HISTORY_VALUE_LABELS.get(name)
    if labels is not None and isinstance(value, str):
        return labels.get(value, value)
    if name in _HISTORY_DATES and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _history(ctx: RecordContext) -> Section:
    rows = [
        {
            "at": ctx.local(entry.at),
            "action": HISTORY_ACTION_LABELS.get(entry.action, entry.action.capitalize()),
            "field": HISTORY_FIELD_LABELS.get(entry.field, entry.field)
            or _HISTORY_SUBJECTS.get(entry.action, ""),
            "old": _history_value(entry.field, entry.old),
            "new": _history_value(entry.field, entry.new),
        }
        for entry in clients.history(ctx.session, ctx.client.id)
    ]
    return table_section(
        "history",
        "Change history",
        [
            ("at", "When"),
            ("action", "What"),
            ("field", "Field"),
            ("old", "Before"),
            ("new", "After"),
        ],
        rows,
        empty="No change is recorded.",
        intro="Every recorded change to this record, newest first, with the values before and "
        "after, and each copy made of it.",
    )


def _note_groups(ctx: RecordContext, kind: NoteKind) -> tuple[Group, ...]:
    """The client's signed notes of ``kind``, oldest session first, each with its addenda."""
    rows = [
        r
        for r in reversed(notes.client_notes(ctx.session, ctx.client.id))
        if r.kind == kind and r.status == NoteStatus.SIGNED
    ]
    groups = []
    for row in rows:
        note = notes.get_note(ctx.session, row.id)
        assert note.signed_at is not None
        items = [
            Field("session_date", "Session date", note.session_date),
            Field("template", "Template", note.template_name),
            *(Field(f"section.{s.key}", s.title, s.text) for s in note.sections if s.text.strip()),
            Field("signed_by", "Signed by", note.signed_by),
            Field("signed_at", "Signed at", ctx.local(note.signed_at)),
            Field("late_entry", "Late entry", note.late_entry),
        ]
        for n, addendum in enumerate(note.addenda, start=1):
            items += [
                Field(f"addendum.{n}.text", f"Addendum {n}", addendum.text),
                Field(f"addendum.{n}.signed_by", f"Addendum {n} signed by", addendum.signed_by),
                Field(
                    f"addendum.{n}.signed_at",
                    f"Addendum {n} signed at",
                    ctx.local(addendum.signed_at),
                ),
            ]
        groups.append(
            Group(f"{note.template_name} of {format_date(note.session_date)}", tuple(items))
        )
    return tuple(groups)


def _session_notes(ctx: RecordContext) -> Section:
    return Section(
        "notes",
        "Session notes",
        "records",
        intro="Signed progress notes, oldest first, each with its addenda (later corrections "
        "or additions, signed and dated). Notes not yet signed are drafts and are not part "
        "of the record.",
        empty="No signed progress note is recorded.",
        groups=_note_groups(ctx, NoteKind.PROGRESS),
    )


def _psychotherapy_notes(ctx: RecordContext) -> Section | None:
    if not ctx.request.include_psychotherapy_notes:
        return None
    return Section(
        "psychotherapy_notes",
        "Psychotherapy notes",
        "records",
        intro="The clinician's process notes, kept apart from the progress notes; included "
        "in this copy on request.",
        empty="No signed psychotherapy note is recorded.",
        groups=_note_groups(ctx, NoteKind.PSYCHOTHERAPY),
    )


SECTIONS: tuple[SectionBuilder, ...] = (
    _identity,
    _contact,
    _emergency_contact,
    _guardians,
    _referral_and_fees,
    _clinical_summary,
    _diagnoses,
    _goals,
    _session_notes,
    _psychotherapy_notes,
    _enquiries,
    _retention,
    _history,
)


# ----------------------------------------------------------------- document


def _zone(profile: ProfileInput) -> ZoneInfo:
    try:
        return ZoneInfo(profile.time_zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def notes_statement(included: bool) -> str:
    return NOTES_INCLUDED if included else NOTES_NOT_INCLUDED


def record_document(session: Session, request: RecordRequest, today: date) -> dict[str, Any]:
    """The copy as plain data: ``metadata``, ``practice``, ``client`` and ``sections``.

    Values are str, int, bool, None, Decimal, date, datetime or lists of these;
    raises ClientNotFound for an unknown client.
    """
    record = clients.get_client(session, request.client_id, today)
    profile = get_profile(session)
    zone = _zone(profile)
    ctx = RecordContext(session, request, today, record, zone)
    sections = [built for builder in SECTIONS if (built := builder(ctx)) is not None]
    data = record.data
    legal_name = f"{data.legal_first_name} {data.legal_last_name}".strip()
    return {
        "metadata": {
            "format": FORMAT,
            "kind": "record_request",
            "title": "Client record",
            "prepared_on": today,
            "prepared_with": f"Rapport {__version__}",
            "time_zone": zone.key,
            "psychotherapy_notes_included": request.include_psychotherapy_notes,
            "psychotherapy_notes_statement": notes_statement(request.include_psychotherapy_notes),
        },
        "practice": {
            "practice_name": profile.practice_name,
            "clinician_name": profile.clinician_name,
            "credentials": profile.credentials,
            "licence_number": profile.licence_number,
            "address": profile.address,
            "phone": profile.phone,
            "email": profile.email,
            "website": profile.website,
        },
        "client": {
            "code": data.code,
            "name": legal_name,
            "preferred_name": data.preferred_name,
            "date_of_birth": data.date_of_birth,
        },
        "sections": [section.as_dict() for section in sections],
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format_amount(value).replace(",", "")
    raise TypeError(f"{type(value).__name__} is not part of a record document")


def document_json(document: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON: indented, keys sorted, dates in ISO 8601."""
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, default=_json_value)
    return (text + "\n").encode("utf-8")


def file_stem(code: str, today: date) -> str:
    return f"Record {code} {today.isoformat()}"


def export_record(session: Session, request: RecordRequest, today: date) -> RecordExport:
    """The client's record as a PDF and a JSON file; the export is audited."""
    # Loaded on first use: reportlab is only needed to make a PDF.
    from app.documents.client_record import render_client_record

    document = record_document(session, request, today)
    export = RecordExport(
        pdf=render_client_record(document),
        json=document_json(document),
        file_stem=file_stem(document["client"]["code"], today),
    )
    audit.record(
        session,
        "export",
        "client",
        request.client_id,
        {"kind": "record_request", "psychotherapy_notes": request.include_psychotherapy_notes},
    )
    return export
