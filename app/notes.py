"""Session notes: drafts saved as they are typed, signed and locked, addenda, search.

Drafts
------
A note is created from a template (its sections, each with a prompt) for a
client, usually for an appointment. The workspace saves the draft as it is
typed (``save_draft``: one small transaction, durable when it returns). Each
save carries the revision number it was based on; a save based on an older
revision than the stored one is refused (``StaleDraft``), so two windows
can never overwrite each other silently. An earlier state is kept as a
revision every few minutes until the note is signed.

Signing
-------
``sign`` freezes the note: who and when, a late-entry mark when it is signed
more than 24 hours after the session, and the SHA-256 of its canonical
content chained to the previous signed entry of the practice (signed notes
and addenda share one chain, in signing order: ``chain_seq``). A signed note
never changes: ``save_draft`` raises ``NoteLocked``. Corrections are addenda,
signed the same way. ``verify_chain`` recomputes every hash and link.

Psychotherapy notes (the clinician's private process notes) are a kind of
note of their own: kept apart from the record, left out of record requests
and exports unless asked for.

Search
------
Every note's text is indexed with SQLite FTS5 inside the encrypted database
(the index is part of the vault file). The index keeps the words, not a copy
of the text (it is contentless since migration 0016): it answers which notes
match, and ``search`` makes its highlighted snippets from the notes
themselves, newest first, leaving out archived clients unless asked. A draft's
text is taken into the index on its first save and then at most every
``FTS_EVERY_SECONDS`` while it is typed (so that a save stays a few
milliseconds); signing and every addendum index the note at once. Search
finds a draft as of its last index update. Deleting a note (or erasing its
client) takes it out of the index, by a database trigger.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, func, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import ArchivedRecord, ClientNotFound, display_name
from app.documents.dates import format_date
from app.errors import RapportError, ValidationError
from app.instruments import Instrument, load_all
from app.models import (
    Administration,
    Appointment,
    AppointmentParticipant,
    Client,
    ClientStatus,
    Note,
    NoteAddendum,
    NoteErased,
    NoteKind,
    NoteRevision,
    NoteStatus,
    NoteTemplate,
    TreatmentGoal,
)
from app.models.base import utcnow
from app.practice import get_profile
from app.words import marked, words

#: A note signed later than this after its session is marked as a late entry.
LATE_ENTRY_HOURS = 24
#: How often a draft's earlier state is kept as a revision while it is typed.
REVISION_EVERY_MINUTES = 5


@dataclass(frozen=True)
class TemplateSection:
    key: str
    title: str
    prompt: str = ""


@dataclass(frozen=True)
class NoteTemplateInfo:
    id: int
    name: str
    kind: NoteKind
    sections: tuple[TemplateSection, ...]
    builtin: bool
    archived: bool


@dataclass(frozen=True)
class NoteSection:
    """One section of a note as typed."""

    key: str
    title: str
    text: str = ""
    prompt: str = ""


@dataclass(frozen=True)
class AddendumView:
    id: int
    text: str
    signed_at: datetime
    signed_by: str


@dataclass(frozen=True)
class NoteView:
    """A note as the workspace, the client's record and search results show it."""

    id: int
    client_id: int
    appointment_id: int | None
    kind: NoteKind
    template_name: str
    sections: tuple[NoteSection, ...]
    goal_ids: tuple[int, ...]
    session_date: date
    status: str
    revision: int
    updated_at: datetime
    signed_at: datetime | None
    signed_by: str
    late_entry: bool
    content_hash: str
    addenda: tuple[AddendumView, ...]

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def text(self) -> str:
        """The whole note as plain text (titles and what was typed)."""
        return "\n\n".join(f"{s.title}\n{s.text}".strip() for s in self.sections if s.text.strip())


@dataclass(frozen=True)
class NoteRow:
    """A line in a list of notes (the client's Notes tab, "notes to sign")."""

    id: int
    client_id: int
    client_name: str
    client_code: str
    kind: NoteKind
    template_name: str
    session_date: date
    status: str
    late_entry: bool
    updated_at: datetime


@dataclass(frozen=True)
class SearchHit:
    note_id: int
    client_id: int
    client_name: str
    client_code: str
    kind: NoteKind
    session_date: date
    status: str
    #: The matching passage; matched words are wrapped in ``\x02`` … ``\x03``.
    snippet: str


@dataclass(frozen=True)
class HomeworkView:
    id: int
    client_id: int
    note_id: int | None
    assigned_on: date
    what: str
    why: str
    due_on: date | None
    review: str
    review_note: str
    reviewed_on: date | None


class NoteLocked(RapportError):
    default_message = marked(
        "This note is signed and can no longer be changed. Add an addendum instead."
    )


class StaleDraft(RapportError):
    default_message = marked(
        "This note was changed elsewhere since it was opened. Reopen it to see the latest text."
    )


class NoteNotFound(RapportError):
    default_message = marked("That note no longer exists.")


GENESIS = "0" * 64
MAX_SECTIONS = 20
MAX_TEMPLATE_NAME = 100
MAX_TITLE = 200
MAX_PROMPT = 2000
MAX_SECTION_TEXT = 200_000
MAX_ADDENDUM = 50_000
MAX_SIGNER = 200
#: A draft's text is taken into the search index at most this often while it is
#: typed; signing, an addendum and the first save always index it at once.
FTS_EVERY_SECONDS = 30
#: The key of the section :func:`measures_text` fills.
MEASURES_KEY = "measures"
#: Matched words in a search snippet are wrapped in these.
MARK_START = "\x02"
MARK_END = "\x03"


class TemplateNotFound(RapportError):
    default_message = marked("That note template no longer exists.")


# ---------------------------------------------------------------- templates


def _measures_section() -> TemplateSection:
    return TemplateSection(
        MEASURES_KEY,
        "Measures",
        "Scores of the measures given today and their change since the first.",
    )


#: The templates every practice starts with (they cannot be changed, only copied).
BUILTIN_TEMPLATES: tuple[tuple[str, NoteKind, tuple[TemplateSection, ...]], ...] = (
    (
        "SOAP",
        NoteKind.PROGRESS,
        (
            TemplateSection(
                "subjective",
                "Subjective",
                "What the client reported: concerns, mood, events since the last session, "
                "in their own words where it matters.",
            ),
            TemplateSection(
                "objective",
                "Objective",
                "What you observed: appearance, affect, behaviour, speech, thought process.",
            ),
            _measures_section(),
            TemplateSection(
                "assessment",
                "Assessment",
                "Your clinical impression: progress towards the goals, risk, working formulation.",
            ),
            TemplateSection(
                "plan",
                "Plan",
                "Next steps: interventions, homework agreed, next session, referrals.",
            ),
        ),
    ),
    (
        "DAP",
        NoteKind.PROGRESS,
        (
            TemplateSection(
                "data",
                "Data",
                "What happened in the session: what the client said and did, "
                "what you observed, interventions used.",
            ),
            _measures_section(),
            TemplateSection(
                "assessment",
                "Assessment",
                "What the data mean: progress towards the goals, risk, changes in "
                "the working formulation.",
            ),
            TemplateSection(
                "plan", "Plan", "Next steps: homework agreed, focus of the next session, referrals."
            ),
        ),
    ),
    (
        "BIRP",
        NoteKind.PROGRESS,
        (
            TemplateSection(
                "behavior",
                "Behavior",
                "The client's presentation and what they reported: mood, symptoms, events, "
                "stated goals for today.",
            ),
            _measures_section(),
            TemplateSection(
                "intervention",
                "Intervention",
                "What you did: techniques and approaches used, tied to the treatment goals.",
            ),
            TemplateSection(
                "response",
                "Response",
                "How the client responded to the interventions, in session and since.",
            ),
            TemplateSection(
                "plan", "Plan", "Next steps: homework agreed, next session, changes to the plan."
            ),
        ),
    ),
    (
        "Free-form",
        NoteKind.PROGRESS,
        (TemplateSection("note", "Note", "What happened in the session and what comes next."),),
    ),
    (
        "Intake note",
        NoteKind.PROGRESS,
        (
            TemplateSection(
                "presenting_problem",
                "Presenting problem",
                "Why the client came now, in their words; onset, duration, what makes it "
                "better or worse.",
            ),
            TemplateSection(
                "history",
                "History",
                "Psychiatric and medical history, medication, substance use, earlier treatment.",
            ),
            TemplateSection(
                "social",
                "Social and family context",
                "Relationships, family, work or school, housing, supports, culture and identity.",
            ),
            TemplateSection(
                "mental_status",
                "Mental status",
                "Appearance, behaviour, speech, mood and affect, thought, perception, "
                "cognition, insight and judgement.",
            ),
            TemplateSection(
                "risk",
                "Risk assessment",
                "Thoughts of suicide or self-harm, harm to others, safeguarding concerns; "
                "protective factors and the safety plan.",
            ),
            _measures_section(),
            TemplateSection(
                "formulation",
                "Formulation and diagnosis",
                "Your understanding of the difficulties and any working diagnosis.",
            ),
            TemplateSection(
                "plan",
                "Plan",
                "Goals agreed, proposed treatment, frequency, referrals, next steps.",
            ),
        ),
    ),
    (
        "Discharge summary",
        NoteKind.PROGRESS,
        (
            TemplateSection(
                "reason",
                "Reason for discharge",
                "Goals met, client's choice, referral elsewhere, no contact …",
            ),
            TemplateSection(
                "course",
                "Course of treatment",
                "Dates, number of sessions, approaches used.",
            ),
            TemplateSection(
                "progress",
                "Progress on goals",
                "Where the client stands on each goal; first and last scores of the measures.",
            ),
            TemplateSection(
                "status",
                "Status at discharge",
                "Presentation, risk and diagnosis at the end of treatment.",
            ),
            TemplateSection(
                "recommendations",
                "Recommendations",
                "Aftercare, relapse prevention, referrals, how to return.",
            ),
        ),
    ),
    (
        "Process notes",
        NoteKind.PSYCHOTHERAPY,
        (
            TemplateSection(
                "process",
                "Process",
                "Your own impressions: themes, the relationship, transference and "
                "countertransference, hypotheses.",
            ),
            TemplateSection(
                "questions",
                "Questions",
                "What to explore next time or take to supervision.",
            ),
        ),
    ),
)


def _sections_json(sections: Iterable[TemplateSection]) -> list[dict[str, Any]]:
    return [{"key": s.key, "title": s.title, "prompt": s.prompt} for s in sections]


def _template_info(row: NoteTemplate) -> NoteTemplateInfo:
    return NoteTemplateInfo(
        id=row.id,
        name=row.name,
        kind=NoteKind(row.kind),
        sections=tuple(
            TemplateSection(str(s["key"]), str(s["title"]), str(s.get("prompt", "")))
            for s in row.sections
        ),
        builtin=row.builtin,
        archived=row.archived,
    )


def ensure_builtin_templates(session: Session) -> Changed:
    """Add the built-in templates that are missing (by name); never changes existing ones."""
    names = set(session.scalars(select(NoteTemplate.name)))
    added = False
    for position, (name, kind, sections) in enumerate(BUILTIN_TEMPLATES):
        if name in names:
            continue
        session.add(
            NoteTemplate(
                name=name,
                kind=kind.value,
                sections=_sections_json(sections),
                builtin=True,
                archived=False,
                position=position,
            )
        )
        added = True
    if not added:
        return Changed.NOTHING
    session.flush()
    return Changed.NOTES


def templates(session: Session, include_archived: bool = False) -> list[NoteTemplateInfo]:
    """The practice's note templates: the built-in ones first, then the own ones by name."""
    statement = select(NoteTemplate).order_by(
        NoteTemplate.builtin.desc(), NoteTemplate.position, NoteTemplate.name
    )
    if not include_archived:
        statement = statement.where(NoteTemplate.archived.is_(False))
    return [_template_info(row) for row in session.scalars(statement)]


def get_template(session: Session, template_id: int) -> NoteTemplateInfo:
    row = session.get(NoteTemplate, template_id)
    if row is None:
        raise TemplateNotFound()
    return _template_info(row)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", title.casefold()).strip("_") or "section"


def _clean_sections(
    sections: Sequence[TemplateSection], problems: dict[str, str]
) -> list[TemplateSection]:
    """The sections tidied, with what is wrong with them noted in ``problems``."""
    if not sections:
        problems["sections"] = marked("A template needs at least one section.")
    elif len(sections) > MAX_SECTIONS:
        problems["sections"] = words("A template has at most {count} sections.", count=MAX_SECTIONS)
    out: list[TemplateSection] = []
    keys: set[str] = set()
    for i, section in enumerate(sections):
        title = " ".join(section.title.split())
        if not title:
            problems[f"sections.{i}.title"] = words("Section {number} needs a title.", number=i + 1)
        elif len(title) > MAX_TITLE:
            problems[f"sections.{i}.title"] = words("At most {count} characters.", count=MAX_TITLE)
        if len(section.prompt) > MAX_PROMPT:
            problems[f"sections.{i}.prompt"] = words(
                "At most {count} characters.", count=MAX_PROMPT
            )
        key = _slug(section.key.strip() or title)
        base, n = key, 2
        while key in keys:
            key, n = f"{base}_{n}", n + 1
        keys.add(key)
        out.append(TemplateSection(key, title, section.prompt.strip()))
    return out


def _free_name(session: Session, name: str) -> str:
    taken = {n.casefold() for n in session.scalars(select(NoteTemplate.name))}
    candidate, n = f"{name} (own)", 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} (own {n})", n + 1
    return candidate[:MAX_TEMPLATE_NAME]


def save_template(
    session: Session,
    name: str,
    kind: NoteKind | str,
    sections: Sequence[TemplateSection],
    template_id: int | None = None,
) -> int:
    """Save an own template (new, or changed when ``template_id`` is given); returns its id.

    A built-in template is never changed: saving one saves a copy (under
    "<name> (own)" when the name was left as it was) and returns the copy's id.
    """
    clean_name = " ".join(name.split())
    problems: dict[str, str] = {}
    row = None
    if template_id is not None:
        row = session.get(NoteTemplate, template_id)
        if row is None:
            raise TemplateNotFound()
        if row.builtin:
            if clean_name.casefold() == row.name.casefold():
                clean_name = _free_name(session, row.name)
            row = None
    try:
        clean_kind = NoteKind(kind)
    except ValueError:
        problems["kind"] = marked("Choose a progress note or a psychotherapy note.")
    if not clean_name:
        problems["name"] = marked("Give the template a name.")
    elif len(clean_name) > MAX_TEMPLATE_NAME:
        problems["name"] = words("At most {count} characters.", count=MAX_TEMPLATE_NAME)
    else:
        other = session.scalar(
            select(NoteTemplate.id).where(func.lower(NoteTemplate.name) == clean_name.lower())
        )
        if other is not None and (row is None or other != row.id):
            problems["name"] = marked("Another template already has that name.")
    clean = _clean_sections(sections, problems)
    if problems:
        raise ValidationError(problems)
    if row is None:
        position = session.scalar(select(func.max(NoteTemplate.position))) or 0
        row = NoteTemplate(builtin=False, archived=False, position=position + 1)
        session.add(row)
        action = "create"
    else:
        action = "change"
    row.name = clean_name
    row.kind = clean_kind.value
    row.sections = _sections_json(clean)
    session.flush()
    audit.record(session, action, "note_template", row.id, {"sections": len(clean)})
    return row.id


def archive_template(session: Session, template_id: int, archived: bool = True) -> Changed:
    """Hide a template from the choice of templates for new notes (or bring it back)."""
    row = session.get(NoteTemplate, template_id)
    if row is None:
        raise TemplateNotFound()
    if row.archived == archived:
        return Changed.NOTHING
    row.archived = archived
    session.flush()
    audit.record(session, "archive" if archived else "restore", "note_template", row.id)
    return Changed.NOTES


# ---------------------------------------------------------------- helpers


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_value(prev_hash: str, digest: str) -> str:
    """The chain value of a signed entry: SHA-256 over the previous value and its content hash."""
    return hashlib.sha256((prev_hash + digest).encode("ascii")).hexdigest()


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def note_digest(note: Note) -> str:
    """The SHA-256 of a signed note's canonical content, from its stored row."""
    assert note.signed_at is not None
    content = {
        "kind": note.kind,
        "template_name": note.template_name,
        "sections": [
            {"key": s["key"], "title": s["title"], "text": s.get("text", "")} for s in note.sections
        ],
        "goal_ids": list(note.goal_ids),
        "client_id": note.client_id,
        "session_date": note.session_date.isoformat(),
        "signed_by": note.signed_by,
        "signed_at": _instant(note.signed_at),
    }
    return hashlib.sha256(_canonical(content).encode("utf-8")).hexdigest()


def addendum_digest(addendum: NoteAddendum) -> str:
    """The SHA-256 of an addendum's canonical content, from its stored row."""
    content = {
        "note_id": addendum.note_id,
        "text": addendum.text,
        "signed_by": addendum.signed_by,
        "signed_at": _instant(addendum.signed_at),
    }
    return hashlib.sha256(_canonical(content).encode("utf-8")).hexdigest()


def _chain_head(session: Session) -> tuple[int, str]:
    """The newest link of the notes' chain (signed notes, addenda, erased ones): seq and value."""
    newest = (0, GENESIS)
    for model in (Note, NoteAddendum, NoteErased):
        last = session.execute(
            select(model.chain_seq, model.chain_hash)
            .where(model.chain_seq.is_not(None))
            .order_by(model.chain_seq.desc())
            .limit(1)
        ).first()
        if last is not None and last.chain_seq > newest[0]:
            newest = (last.chain_seq, last.chain_hash)
    return newest


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("give a time-zone-aware moment")
    return moment.astimezone(UTC)


def _load(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NoteNotFound()
    return note


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound()
    return client


def _refuse_archived(session: Session, client_id: int) -> None:
    """An archived client's record is read-only: its notes are neither changed nor added to."""
    status = session.scalar(select(Client.status).where(Client.id == client_id))
    if status == ClientStatus.ARCHIVED:
        raise ArchivedRecord()


def _addenda(session: Session, note_id: int) -> list[NoteAddendum]:
    return list(
        session.scalars(
            select(NoteAddendum).where(NoteAddendum.note_id == note_id).order_by(NoteAddendum.id)
        )
    )


def _view(note: Note, addenda: Sequence[NoteAddendum]) -> NoteView:
    return NoteView(
        id=note.id,
        client_id=note.client_id,
        appointment_id=note.appointment_id,
        kind=NoteKind(note.kind),
        template_name=note.template_name,
        sections=tuple(
            NoteSection(
                str(s["key"]), str(s["title"]), str(s.get("text", "")), str(s.get("prompt", ""))
            )
            for s in note.sections
        ),
        goal_ids=tuple(note.goal_ids),
        session_date=note.session_date,
        status=note.status,
        revision=note.revision,
        updated_at=note.updated_at,
        signed_at=note.signed_at,
        signed_by=note.signed_by,
        late_entry=note.late_entry,
        content_hash=note.content_hash,
        addenda=tuple(AddendumView(a.id, a.text, a.signed_at, a.signed_by) for a in addenda),
    )


# ---------------------------------------------------------------- search index


def _body(sections: Iterable[Mapping[str, Any]]) -> str:
    return "\n".join(str(s.get("text", "")) for s in sections if str(s.get("text", "")).strip())


def _index(session: Session, note_id: int, body: str, addenda: str, now: datetime) -> None:
    """Put the note's current text into the search index (replacing what was there)."""
    session.execute(sql_text("DELETE FROM note_fts WHERE rowid = :id"), {"id": note_id})
    session.execute(
        sql_text("INSERT INTO note_fts (rowid, body, addenda) VALUES (:id, :body, :addenda)"),
        {"id": note_id, "body": body, "addenda": addenda},
    )
    # Bookkeeping only: updated_at stays what it was.
    session.execute(
        update(Note.__table__)  # type: ignore[arg-type]
        .where(Note.__table__.c.id == note_id)
        .values(indexed_at=now, updated_at=Note.__table__.c.updated_at)
    )


def _index_note(session: Session, note: Note, now: datetime) -> None:
    addenda = "\n".join(a.text for a in _addenda(session, note.id))
    _index(session, note.id, _body(note.sections), addenda, now)


# ---------------------------------------------------------------- drafts


def start_note(
    session: Session,
    client_id: int,
    template_id: int,
    session_date: date,
    appointment_id: int | None = None,
) -> int:
    """Open a new draft from a template; returns the note's id.

    For an appointment that already has a draft of the template's kind, that
    draft is returned instead: one appointment, one note of each kind.
    """
    client = _client(session, client_id)
    if client.status == ClientStatus.ARCHIVED:
        raise ArchivedRecord()
    template = session.get(NoteTemplate, template_id)
    if template is None:
        raise TemplateNotFound()
    if template.archived:
        raise ValidationError(
            {"template": marked("That template is archived: choose another one.")}
        )
    if appointment_id is not None:
        appointment = session.get(Appointment, appointment_id)
        if appointment is None:
            raise ValidationError({"appointment": marked("That appointment no longer exists.")})
        participant = session.get(AppointmentParticipant, (appointment_id, client_id))
        if appointment.client_id != client_id and participant is None:
            raise ValidationError(
                {"appointment": marked("That appointment is not with this client.")}
            )
        existing = session.scalar(
            select(Note.id)
            .where(
                Note.appointment_id == appointment_id,
                Note.client_id == client_id,
                Note.kind == template.kind,
                Note.status == NoteStatus.DRAFT,
            )
            .order_by(Note.id)
            .limit(1)
        )
        if existing is not None:
            return existing
    note = Note(
        client_id=client_id,
        appointment_id=appointment_id,
        kind=template.kind,
        template_name=template.name,
        sections=[
            {"key": s["key"], "title": s["title"], "text": "", "prompt": s.get("prompt", "")}
            for s in template.sections
        ],
        goal_ids=[],
        session_date=session_date,
        status=NoteStatus.DRAFT,
        revision=0,
        signed_by="",
        late_entry=False,
        content_hash="",
        prev_hash="",
        chain_hash="",
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        "create",
        "note",
        note.id,
        {
            "client_id": client_id,
            "kind": template.kind,
            "template_id": template.id,
            "appointment_id": appointment_id,
        },
    )
    return note.id


def get_note(session: Session, note_id: int) -> NoteView:
    note = _load(session, note_id)
    return _view(note, _addenda(session, note_id))


def note_for_appointment(
    session: Session, appointment_id: int, kind: NoteKind = NoteKind.PROGRESS
) -> NoteView | None:
    """The appointment's note of that kind (the newest, if there are several), or None."""
    note = session.scalar(
        select(Note)
        .where(Note.appointment_id == appointment_id, Note.kind == kind)
        .order_by(Note.id.desc())
        .limit(1)
    )
    return None if note is None else _view(note, _addenda(session, note.id))


def _rows(session: Session, statement: Any) -> list[NoteRow]:
    return [
        NoteRow(
            id=note.id,
            client_id=note.client_id,
            client_name=display_name(first, last, preferred),
            client_code=code,
            kind=NoteKind(note.kind),
            template_name=note.template_name,
            session_date=note.session_date,
            status=note.status,
            late_entry=note.late_entry,
            updated_at=note.updated_at,
        )
        for note, first, last, preferred, code in session.execute(statement)
    ]


def _row_statement() -> Any:
    return select(
        Note,
        Client.legal_first_name,
        Client.legal_last_name,
        Client.preferred_name,
        Client.code,
    ).join(Client, Client.id == Note.client_id)


def client_notes(
    session: Session, client_id: int, include_psychotherapy: bool = True
) -> list[NoteRow]:
    """The client's notes, newest session first."""
    statement = _row_statement().where(Note.client_id == client_id)
    if not include_psychotherapy:
        statement = statement.where(Note.kind != NoteKind.PSYCHOTHERAPY)
    return _rows(session, statement.order_by(Note.session_date.desc(), Note.id.desc()))


def unsigned_notes(session: Session) -> list[NoteRow]:
    """Every draft of the practice (progress and psychotherapy), oldest session first."""
    statement = _row_statement().where(Note.status == NoteStatus.DRAFT)
    return _rows(session, statement.order_by(Note.session_date, Note.id))


def _draft_sections(sections: Sequence[NoteSection]) -> list[dict[str, Any]]:
    problems: dict[str, str] = {}
    keys: set[str] = set()
    out = []
    for i, section in enumerate(sections):
        if not section.key or section.key in keys:
            problems[f"sections.{i}"] = marked("Each section needs a key of its own.")
        keys.add(section.key)
        if len(section.text) > MAX_SECTION_TEXT:
            problems[f"sections.{section.key}"] = words(
                "'{title}' is longer than {count} characters.",
                title=section.title,
                count=f"{MAX_SECTION_TEXT:,}",
            )
        out.append(
            {
                "key": section.key,
                "title": section.title,
                "text": section.text,
                "prompt": section.prompt,
            }
        )
    if len(out) > MAX_SECTIONS * 2:
        problems["sections"] = marked("The note has too many sections.")
    if problems:
        raise ValidationError(problems)
    return out


def save_draft(
    session: Session,
    note_id: int,
    sections: Sequence[NoteSection],
    based_on_revision: int,
    goal_ids: Sequence[int] = (),
    now: datetime | None = None,
) -> int:
    """Save the draft as typed; returns the new revision number.

    One small transaction (the caller's): the text is durable once the
    session commits. Refused with ``NoteLocked`` for a signed note and with
    ``StaleDraft`` when ``based_on_revision`` is not the stored revision.
    """
    when = _require_aware(now or utcnow())
    current = session.execute(
        select(Note.status, Note.revision, Note.client_id, Note.indexed_at).where(
            Note.id == note_id
        )
    ).first()
    if current is None:
        raise NoteNotFound()
    if current.status == NoteStatus.SIGNED:
        raise NoteLocked()
    _refuse_archived(session, current.client_id)
    if current.revision != based_on_revision:
        raise StaleDraft()
    stored = _draft_sections(sections)
    goals = list(dict.fromkeys(int(g) for g in goal_ids))
    if goals:
        known = set(
            session.scalars(
                select(TreatmentGoal.id).where(
                    TreatmentGoal.client_id == current.client_id, TreatmentGoal.id.in_(goals)
                )
            )
        )
        if unknown := [g for g in goals if g not in known]:
            raise ValidationError(
                {"goal_ids": words("Not a goal of this client: {goal}.", goal=unknown[0])}
            )
    revision = based_on_revision + 1
    result = session.execute(
        update(Note)
        .where(
            Note.id == note_id,
            Note.revision == based_on_revision,
            Note.status == NoteStatus.DRAFT,
        )
        .values(sections=stored, goal_ids=goals, revision=revision, updated_at=when)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise StaleDraft()
    last_kept = session.scalar(
        select(func.max(NoteRevision.saved_at)).where(NoteRevision.note_id == note_id)
    )
    if last_kept is None or when - last_kept >= timedelta(minutes=REVISION_EVERY_MINUTES):
        session.add(NoteRevision(note_id=note_id, saved_at=when, sections=stored))
        session.flush()
    indexed = current.indexed_at
    if indexed is None or (when - indexed).total_seconds() >= FTS_EVERY_SECONDS:
        _index(session, note_id, _body(stored), "", when)
    return revision


def revisions(session: Session, note_id: int) -> list[tuple[datetime, tuple[NoteSection, ...]]]:
    """The kept earlier states of a draft, oldest first (none once it is signed)."""
    return [
        (
            row.saved_at,
            tuple(
                NoteSection(str(s["key"]), str(s["title"]), str(s.get("text", "")))
                for s in row.sections
            ),
        )
        for row in session.scalars(
            select(NoteRevision)
            .where(NoteRevision.note_id == note_id)
            .order_by(NoteRevision.saved_at, NoteRevision.id)
        )
    ]


def delete_draft(session: Session, note_id: int) -> Changed:
    """Throw a draft away (a signed note is never deleted: ``NoteLocked``)."""
    note = _load(session, note_id)
    if note.status == NoteStatus.SIGNED:
        raise NoteLocked()
    client_id = note.client_id
    _refuse_archived(session, client_id)
    session.delete(note)
    session.flush()
    audit.record(session, "delete", "note", note_id, {"client_id": client_id})
    return Changed.NOTES


# ---------------------------------------------------------------- signing


def session_end(session: Session, note: Note | NoteView, zone: ZoneInfo) -> datetime:
    """When the note's session ended: its appointment's end, else the end of its day."""
    if note.appointment_id is not None:
        end = session.scalar(
            select(Appointment.end_utc).where(Appointment.id == note.appointment_id)
        )
        if end is not None:
            return end
    next_day = note.session_date + timedelta(days=1)
    return datetime.combine(next_day, time.min, tzinfo=zone).astimezone(UTC)


def sign(session: Session, note_id: int, signed_by: str, now: datetime, zone: ZoneInfo) -> NoteView:
    """Sign and lock the note; returns it as signed.

    Refused for a note with nothing written. The note is marked a late entry
    when signed more than ``LATE_ENTRY_HOURS`` after its session ended. Its
    revisions are dropped: the signed text is the record.
    """
    when = _require_aware(now)
    note = _load(session, note_id)
    if note.status == NoteStatus.SIGNED:
        raise NoteLocked()
    _refuse_archived(session, note.client_id)
    signer = " ".join(signed_by.split())
    problems: dict[str, str] = {}
    if not any(str(s.get("text", "")).strip() for s in note.sections):
        problems["note"] = marked("The note is empty: write something before signing it.")
    if not signer:
        problems["signed_by"] = marked("Say who signs the note.")
    elif len(signer) > MAX_SIGNER:
        problems["signed_by"] = words("At most {count} characters.", count=MAX_SIGNER)
    if problems:
        raise ValidationError(problems)
    late = when > session_end(session, note, zone) + timedelta(hours=LATE_ENTRY_HOURS)
    seq, prev = _chain_head(session)
    note.status = NoteStatus.SIGNED
    note.signed_at = when
    note.signed_by = signer
    note.late_entry = late
    digest = note_digest(note)
    note.chain_seq = seq + 1
    note.content_hash = digest
    note.prev_hash = prev
    note.chain_hash = chain_value(prev, digest)
    session.execute(delete(NoteRevision).where(NoteRevision.note_id == note_id))
    session.flush()
    _index_note(session, note, when)
    audit.record(
        session,
        "sign",
        "note",
        note.id,
        {
            "client_id": note.client_id,
            "kind": note.kind,
            "late_entry": late,
            "sha256": digest,
            "chain": note.chain_hash,
        },
    )
    return get_note(session, note.id)


def add_addendum(
    session: Session, note_id: int, text: str, signed_by: str, now: datetime | None = None
) -> int:
    """Add a signed, dated addendum under a signed note; returns its id."""
    when = _require_aware(now or utcnow())
    note = _load(session, note_id)
    if note.status != NoteStatus.SIGNED:
        raise ValidationError(
            {"note": marked("Addenda are added to signed notes; edit the draft instead.")}
        )
    _refuse_archived(session, note.client_id)
    clean = text.strip()
    signer = " ".join(signed_by.split())
    problems: dict[str, str] = {}
    if not clean:
        problems["text"] = marked("Write the addendum.")
    elif len(clean) > MAX_ADDENDUM:
        problems["text"] = words("At most {count} characters.", count=f"{MAX_ADDENDUM:,}")
    if not signer:
        problems["signed_by"] = marked("Say who signs the addendum.")
    elif len(signer) > MAX_SIGNER:
        problems["signed_by"] = words("At most {count} characters.", count=MAX_SIGNER)
    if problems:
        raise ValidationError(problems)
    seq, prev = _chain_head(session)
    row = NoteAddendum(
        note_id=note_id,
        text=clean,
        signed_at=when,
        signed_by=signer,
        chain_seq=seq + 1,
        content_hash="",
        prev_hash=prev,
        chain_hash="",
    )
    digest = addendum_digest(row)
    row.content_hash = digest
    row.chain_hash = chain_value(prev, digest)
    session.add(row)
    session.flush()
    _index_note(session, note, when)
    audit.record(
        session,
        "addendum",
        "note",
        note_id,
        {"addendum_id": row.id, "sha256": digest, "chain": row.chain_hash},
    )
    return row.id


def verify_chain(session: Session) -> tuple[str, int] | None:
    """The first ("note" | "addendum", id) whose content or link does not fit, or None.

    Signed notes and addenda are walked together in signing order; a link
    erased with its client is checked for its link alone.
    """
    notes = session.scalars(
        select(Note)
        .where(Note.chain_seq.is_not(None))
        .order_by(Note.chain_seq)
        .execution_options(yield_per=500, populate_existing=True)
    )
    addenda = session.scalars(
        select(NoteAddendum)
        .order_by(NoteAddendum.chain_seq)
        .execution_options(yield_per=500, populate_existing=True)
    )
    erased = session.scalars(
        select(NoteErased)
        .order_by(NoteErased.chain_seq)
        .execution_options(yield_per=500, populate_existing=True)
    )
    links: Iterable[Note | NoteAddendum | NoteErased] = heapq.merge(
        notes, addenda, erased, key=lambda link: link.chain_seq or 0
    )
    prev, expected = GENESIS, 1
    for link in links:
        if isinstance(link, NoteErased):
            name, ident, digest = link.kind, link.record_id, link.content_hash
        elif isinstance(link, Note):
            name, ident = "note", link.id
            digest = note_digest(link) if link.signed_at is not None else ""
        else:
            name, ident, digest = "addendum", link.id, addendum_digest(link)
        if (
            link.chain_seq != expected
            or link.content_hash != digest
            or link.prev_hash != prev
            or link.chain_hash != chain_value(prev, digest)
        ):
            return name, ident
        prev, expected = link.chain_hash, expected + 1
    return None


# ---------------------------------------------------------------- measures


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _practice_zone(session: Session) -> ZoneInfo:
    try:
        return ZoneInfo(get_profile(session).time_zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def measures_text(
    session: Session,
    client_id: int,
    day: date,
    instruments: Mapping[str, Instrument] | None = None,
    zone: ZoneInfo | None = None,
) -> str:
    """One line per instrument the client completed on ``day``; "" when there is none.

    For example "PHQ-9 12 (moderate), down 5 since 3 Feb 2026 (first)", followed
    by "— reliable improvement" (or deterioration) when the change since the
    first administration reaches the instrument's reliable-change threshold.
    """
    known = instruments if instruments is not None else load_all().instruments
    tz = zone or _practice_zone(session)
    start = datetime.combine(day, time.min, tzinfo=tz)
    given = session.scalars(
        select(Administration)
        .where(
            Administration.client_id == client_id,
            Administration.administered_at >= start,
            Administration.administered_at < start + timedelta(days=1),
        )
        .order_by(Administration.administered_at, Administration.id)
    ).all()
    lines: list[str] = []
    for row in given:
        instrument = known.get(row.instrument_id)
        name = instrument.short_name if instrument else row.instrument_id
        if row.total is None or not row.valid:
            if instrument is None or instrument.has_total:
                lines.append(f"{name}: incomplete, no total")
            continue
        line = f"{name} {_number(row.total)}"
        if row.band:
            line += f" ({row.band.lower()})"
        first = session.execute(
            select(Administration.total, Administration.administered_at)
            .where(
                Administration.client_id == client_id,
                Administration.instrument_id == row.instrument_id,
                Administration.valid.is_(True),
                Administration.total.is_not(None),
            )
            .order_by(Administration.administered_at, Administration.id)
            .limit(1)
        ).first()
        if first is not None and first.administered_at < row.administered_at:
            change = row.total - first.total
            first_day = format_date(first.administered_at.astimezone(tz).date(), short=True)
            if change == 0:
                line += f", no change since {first_day} (first)"
            else:
                way = "up" if change > 0 else "down"
                line += f", {way} {_number(abs(change))} since {first_day} (first)"
            threshold = instrument.reliable_change_threshold() if instrument else None
            if threshold is not None and change != 0 and abs(change) >= threshold:
                higher_is_worse = (
                    instrument is not None and instrument.direction == "higher_is_worse"
                )
                worse = (change > 0) == higher_is_worse
                line += " — reliable deterioration" if worse else " — reliable improvement"
        lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------- search

# Words as the index's tokenizer (unicode61) sees them: letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
SNIPPET_WORDS = 16
# Newest session first: the notes are walked in the order of an index holding
# everything the filters need, and the first ``limit`` that match are kept, so
# a common word stops early and no note's text is read to sort.
_SEARCH = sql_text(
    "SELECT n.id, n.client_id, n.kind, n.session_date, n.status, c.legal_first_name, "
    "c.legal_last_name, c.preferred_name, c.code "
    "FROM note AS n INDEXED BY ix_note_search JOIN client AS c ON c.id = n.client_id "
    "WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :q) "
    "AND (:client_id IS NULL OR n.client_id = :client_id) "
    "AND (:since IS NULL OR n.session_date >= :since) "
    "AND (:until IS NULL OR n.session_date <= :until) "
    "AND (:include_archived OR c.status != :archived) "
    "AND (:kind IS NULL OR n.kind = :kind) "
    "ORDER BY n.session_date DESC, n.id DESC LIMIT :limit"
)


def _fold(word: str) -> str:
    """A word as the index compares it: accents removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def snippet(text: str, terms: Sequence[str], words: int = SNIPPET_WORDS) -> str:
    """The passage of ``text`` around the first match, matched words wrapped in markers.

    ``terms`` are folded search words; the last one matches as a prefix.
    """
    if not text.strip():
        return ""

    def hit(word: str) -> bool:
        folded = word.lower() if word.isascii() else _fold(word)
        if terms and folded.startswith(terms[-1]):
            return True
        return folded in terms[:-1]

    # Words are read only as far as the end of the passage.
    tokens: list[re.Match[str]] = []
    first_hit: int | None = None
    for m in _TOKEN.finditer(text):
        tokens.append(m)
        if first_hit is None and hit(m.group()):
            first_hit = len(tokens) - 1
        if first_hit is not None and len(tokens) >= max(0, first_hit - 3) + words:
            break
    if not tokens:
        return ""
    first = max(0, first_hit - 3) if first_hit is not None else 0
    last = min(len(tokens), first + words)
    first = max(0, last - words)
    parts: list[str] = []
    position = tokens[first].start()
    for i in range(first, last):
        m = tokens[i]
        parts.append(text[position : m.start()])
        parts.append(f"{MARK_START}{m.group()}{MARK_END}" if hit(m.group()) else m.group())
        position = m.end()
    out = " ".join("".join(parts).split())
    if first > 0:
        out = "…" + out
    if _TOKEN.search(text, tokens[last - 1].end()):
        out += "…"
    return out


def _texts(session: Session, note_ids: Sequence[int]) -> dict[int, str]:
    """The notes' searchable text (sections, then addenda)."""
    out = {
        note_id: _body(sections)
        for note_id, sections in session.execute(
            select(Note.id, Note.sections).where(Note.id.in_(note_ids))
        )
    }
    for note_id, addendum in session.execute(
        select(NoteAddendum.note_id, NoteAddendum.text)
        .where(NoteAddendum.note_id.in_(note_ids))
        .order_by(NoteAddendum.id)
    ):
        out[note_id] = f"{out.get(note_id, '')}\n{addendum}"
    return out


MAX_SEARCH_TOKENS = 16


def match_expression(user_text: str) -> str | None:
    """The user's words as a safe FTS5 query: each quoted, the last one as a prefix."""
    tokens = _TOKEN.findall(user_text)[:MAX_SEARCH_TOKENS]
    if not tokens:
        return None
    parts = [f'"{t}"' for t in tokens]
    parts[-1] += "*"
    return " ".join(parts)


def search(
    session: Session,
    text: str,
    client_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    include_archived: bool = False,
    kind: NoteKind | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Notes whose text (or addenda) hold every word typed, newest session first.

    The last word matches as a prefix ("anx" finds "anxiety"); accents are
    ignored. Input that is not words (quotes, operators) is never an error:
    it is ignored, and nothing typed returns nothing.
    """
    query = match_expression(text)
    if query is None or limit <= 0:
        return []
    try:
        found = session.execute(
            _SEARCH,
            {
                "q": query,
                "client_id": client_id,
                "since": since.isoformat() if since else None,
                "until": until.isoformat() if until else None,
                "archived": ClientStatus.ARCHIVED.value,
                "include_archived": include_archived,
                "kind": NoteKind(kind).value if kind is not None else None,
                "limit": limit,
            },
        ).all()
    except OperationalError:
        return []
    if not found:
        return []
    texts = _texts(session, [row.id for row in found])
    terms = [_fold(t) for t in _TOKEN.findall(text)[:MAX_SEARCH_TOKENS]]
    return [
        SearchHit(
            note_id=row.id,
            client_id=row.client_id,
            client_name=display_name(row.legal_first_name, row.legal_last_name, row.preferred_name),
            client_code=row.code,
            kind=NoteKind(row.kind),
            session_date=date.fromisoformat(str(row.session_date)),
            status=row.status,
            snippet=snippet(texts.get(row.id, ""), terms),
        )
        for row in found
    ]
