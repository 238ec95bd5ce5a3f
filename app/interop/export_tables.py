"""What the full export holds: one table per kind of record, every column described in plain words.

Each :class:`Table` becomes ``csv/<name>.csv`` and ``json/<name>.json`` with
the same rows; ``README.txt`` is written from the same descriptions, so the
files and their description cannot drift apart. :func:`prepare` reads what
the tables and the clients' folders need besides their own rows (codes,
folder names, the consents' file names) into a :class:`Run`.
"""

from __future__ import annotations

import re
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.instruments import Instrument, Item, shipped_dir
from app.models import (
    Administration,
    AnsweredBy,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    AppointmentStatus,
    AttentionSnooze,
    AuditEntry,
    BlockedTime,
    Charge,
    ChargeKind,
    Client,
    ClientStatus,
    ClinicianGuess,
    ConsentErased,
    ConsentRecord,
    ConsentRecordStatus,
    ConsentTemplate,
    Diagnosis,
    FeeArrangement,
    FollowUp,
    FollowUpStatus,
    GoalStatus,
    Guardian,
    Homework,
    HomeworkReview,
    Intake,
    IntakeDraft,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    MeasurementPlan,
    Note,
    NoteAddendum,
    NoteErased,
    NoteKind,
    NoteStatus,
    NoteTemplate,
    Payment,
    PaymentAllocation,
    PaymentKind,
    PaymentMethod,
    PracticeProfile,
    Prospect,
    ProspectStatus,
    RequestedBy,
    ResistanceWorksheet,
    Service,
    ServiceKind,
    Setting,
    Tag,
    TreatmentGoal,
    TreatmentIntervention,
    TreatmentObjective,
)
from app.models.client import client_tag
from app.money import MINOR_DIGITS, currency_digits, from_minor, round_to_currency
from app.practice import SETTING_DEFAULTS, get_setting
from app.surveys import PIN_KEY

#: Rows read from the database at a time.
_BATCH = 2000
#: The scan's file name ending, by its MIME type.
_SCAN_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def _instant(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def _values(choices: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in choices)


Getter = Callable[[Any, "Run"], Any]


@dataclass(frozen=True)
class Column:
    name: str
    about: str
    get: Getter


@dataclass(frozen=True)
class Table:
    """One kind of record: a CSV file and a JSON file with the same rows."""

    name: str
    about: str
    columns: tuple[Column, ...]
    rows: Callable[[Run], Iterable[Any]]

    @property
    def csv_name(self) -> str:
        return f"csv/{self.name}.csv"

    @property
    def json_name(self) -> str:
        return f"json/{self.name}.json"


def _attr(name: str) -> Getter:
    return lambda row, _run: getattr(row, name)


def _col(name: str, about: str, get: Getter | None = None) -> Column:
    return Column(name, about, get or _attr(name))


def _id(what: str) -> Column:
    return _col("id", f"The number of this {what}; other files refer to it by this number.")


def _client_ref(attribute: str = "client_id", *, which: str = "") -> tuple[Column, Column]:
    """The client's id and code; ``which`` says which client, where that needs saying."""
    which = f" {which}" if which else ""
    return (
        _col(attribute, f"The client's id (csv/clients.csv){which}.", _attr(attribute)),
        _col(
            "client_code",
            f"The client's code{which}, for reading; the name is only in csv/clients.csv.",
            lambda row, run: run.code(getattr(row, attribute)),
        ),
    )


def _amount(attribute: str, about: str, *, hundredths: bool = False) -> Column:
    def get(row: Any, run: Run) -> Decimal | None:
        value = getattr(row, attribute)
        if value is None:
            return None
        return run.fee(value) if hundredths else run.money(value)

    return Column(attribute.removesuffix("_minor").removesuffix("_cents"), about, get)


def _currency() -> Column:
    return _col(
        "currency",
        "The ISO 4217 currency of the amounts in this row (e.g. USD).",
        lambda _row, run: run.currency,
    )


_CREATED = _col("created_at", "When the row was made (UTC).", lambda r, _: _instant(r.created_at))
_UPDATED = _col(
    "updated_at", "When the row was last changed (UTC).", lambda r, _: _instant(r.updated_at)
)


def _when(name: str, about: str, attribute: str | None = None) -> Column:
    source = attribute or name
    return _col(name, f"{about} (UTC).", lambda row, _run: _instant(getattr(row, source)))


def _stream(run: Run, statement: Any) -> Iterator[Any]:
    """The rows of ``statement``, read :data:`_BATCH` at a time, as named tuples.

    Run on the session's connection, in its transaction, without the work the session
    adds to each row (a third of the time of reading the biggest tables). The tables
    read every column of every row by name, which takes a named tuple a third of the
    time it takes a result row.
    """
    result = run.session.connection().execute(statement.execution_options(yield_per=_BATCH))
    record = namedtuple("record", result.keys())  # type: ignore[misc]  # names known at run time
    return map(record._make, result)


def _orm(model: Any, *order: Any) -> Callable[[Run], Iterable[Any]]:
    """The table's rows in id order, as plain rows (faster to read than mapped objects)."""

    def rows(run: Run) -> Iterable[Any]:
        return _stream(run, select(model.__table__).order_by(*(order or (model.id,))))

    return rows


# ------------------------------------------------------------ rows of their own


class _SettingRow(NamedTuple):
    key: str
    value: Any
    stored: bool


def _setting_rows(run: Run) -> Iterable[_SettingRow]:
    stored = {
        row.key: row.value for row in run.session.scalars(select(Setting).order_by(Setting.key))
    }
    # The client-facing window's PIN is kept as a hash: a secret of this vault, of no use elsewhere.
    stored.pop(PIN_KEY, None)
    keys = sorted(set(SETTING_DEFAULTS) | set(stored))
    return [
        _SettingRow(k, stored[k] if k in stored else SETTING_DEFAULTS.get(k), k in stored)
        for k in keys
    ]


class _InstrumentRow(NamedTuple):
    id: str
    instrument: Instrument | None
    own: bool


def _instrument_rows(run: Run) -> Iterable[_InstrumentRow]:
    used = set(run.session.scalars(select(Administration.instrument_id).distinct()))
    shipped = shipped_dir().resolve()
    rows = []
    for ident in sorted(set(run.instruments) | used):
        instrument = run.instruments.get(ident)
        path = instrument.path if instrument is not None else None
        own = path is not None and shipped not in path.resolve().parents
        rows.append(_InstrumentRow(ident, instrument, own))
    return rows


def _instrument_get(get: Callable[[Instrument], Any]) -> Getter:
    return lambda row, _run: None if row.instrument is None else get(row.instrument)


class _Answer(NamedTuple):
    administration_id: int
    client_id: int
    instrument_id: str
    position: int
    item_id: str
    item_text: str
    answer: Any
    answer_label: str
    comment: str


def _answer_rows(run: Run) -> Iterator[_Answer]:
    statement = select(
        Administration.id,
        Administration.client_id,
        Administration.instrument_id,
        Administration.answers,
        Administration.comments,
    ).order_by(Administration.id)
    # Each instrument's items, looked up once: a practice has a handful of instruments
    # and hundreds of thousands of answers.
    known: dict[str, tuple[list[str], set[str], dict[str, Item], bool]] = {}
    for ident, client_id, instrument_id, answers, comments in _stream(run, statement):
        found = known.get(instrument_id)
        if found is None:
            instrument = run.instruments.get(instrument_id)
            order = [i.id for i in instrument.items] if instrument is not None else []
            items = instrument.items_by_id if instrument is not None else {}
            texts = instrument is not None and instrument.item_texts_included
            found = known[instrument_id] = (order, set(order), items, texts)
        order, listed, items, texts = found
        keys = [k for k in order if k in answers or k in comments]
        keys += sorted(k for k in set(answers) | set(comments) if k not in listed)
        for position, key in enumerate(keys, start=1):
            item = items.get(key)
            answer = answers.get(key)
            yield _Answer(
                ident,
                client_id,
                instrument_id,
                position,
                key,
                item.text if texts and item is not None else "",
                answer,
                _answer_label(item, answer),
                comments.get(key, ""),
            )


def _answer_label(item: Item | None, answer: Any) -> str:
    """What an answer's value means (e.g. Several days), where the item says."""
    if item is None or not isinstance(answer, int) or isinstance(answer, bool):
        return ""
    return item.label_for(answer) or ""


def _note_rows(run: Run) -> Iterator[Any]:
    statement = select(Note.__table__).order_by(Note.id)
    if not run.psychotherapy_notes:
        statement = statement.where(Note.kind != NoteKind.PSYCHOTHERAPY)
    for note in _stream(run, statement):
        run.note_ids.add(note.id)
        yield note


def _addendum_rows(run: Run) -> Iterator[Any]:
    statement = select(NoteAddendum.__table__).order_by(NoteAddendum.id)
    for row in _stream(run, statement):
        if row.note_id in run.note_ids:
            yield row


def _note_text(note: Any, _run: Run) -> str:
    parts = []
    for section in note.sections:
        text = str(section.get("text", "")).strip()
        if text:
            parts.append(f"{section.get('title', '')}\n{text}".strip())
    return "\n\n".join(parts)


def _kept_note(attribute: str) -> Getter:
    """A note's id where that note is in this export (a psychotherapy note may be left out)."""

    def get(row: Any, run: Run) -> int | None:
        note_id = getattr(row, attribute)
        return note_id if note_id in run.note_ids else None

    return get


def _consent_rows(run: Run) -> Iterable[Any]:
    # The documents themselves are files of their own (clients/<code>/…), read client by client.
    columns = [c for c in ConsentRecord.__table__.c if c.name not in ("pdf", "scan")]
    return _stream(run, select(*columns).order_by(ConsentRecord.id))


def _client_tags(run: Run) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    statement = (
        select(client_tag.c.client_id, Tag.name)
        .join(Tag, Tag.id == client_tag.c.tag_id)
        .order_by(client_tag.c.client_id, Tag.name)
    )
    for client_id, name in run.session.execute(statement):
        tags[client_id].append(name)
    return tags


def _local(name: str) -> Getter:
    return lambda row, run: run.local(getattr(row, name))


# ------------------------------------------------------------ the list

_STATUSES = _values(ClientStatus)
_REQUESTED = _values(RequestedBy)

TABLES: tuple[Table, ...] = (
    Table(
        "practice",
        "The practice itself: its letterhead details (one row).",
        (
            _col("practice_name", "The practice's name."),
            _col("clinician_name", "The clinician's name."),
            _col("credentials", "Degrees and licence type."),
            _col("licence_number", "Licence number."),
            _col("address", "Postal address."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("website", "Website."),
            _col("country", "Two-letter country code."),
            _col("time_zone", "The practice's time zone (IANA name, e.g. Europe/London)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(PracticeProfile),
    ),
    Table(
        "settings",
        "Every practice setting, with the value in force. Fees in settings are in hundredths "
        "of the currency (8500 = 85.00). The PIN of the client-facing window is left out.",
        (
            _col("key", "The setting's name, e.g. retention.years_after_last_service."),
            _col("value", "Its value (lists and mappings as JSON text in the CSV file)."),
            _col("stored", "true: chosen by the clinician; false: Rapport's default."),
        ),
        _setting_rows,
    ),
    Table(
        "services",
        "The kinds of appointment the practice offers.",
        (
            _id("service"),
            _col("name", "The service's name, as the calendar shows it."),
            _col("kind", f"What it is for: one of {_values(ServiceKind)}."),
            _col("duration_minutes", "Usual length in minutes."),
            _amount("fee_cents", "The fee (empty: no charge).", hundredths=True),
            _currency(),
            _col("billable", "true if attending it is charged."),
            _col("procedure_code", "Billing code (e.g. CPT 90834), if any."),
            _col("buffer_after_minutes", "Minutes kept free after it."),
            _col("colour", "Its colour in the calendar."),
            _col("archived", "true if no longer offered for new bookings."),
        ),
        _orm(Service),
    ),
    Table(
        "instruments",
        "The questionnaires (instruments) the practice uses or has used, to read "
        "csv/administrations.csv.",
        (
            _col("id", "The instrument's id, as administrations refer to it."),
            _col("name", "Full name.", _instrument_get(lambda i: i.name)),
            _col("short_name", "Short name (e.g. PHQ-9).", _instrument_get(lambda i: i.short_name)),
            _col("version", "Version of its definition.", _instrument_get(lambda i: i.version)),
            _col(
                "kind",
                'What it is: "screen", "outcome", "check_in" or "evaluation".',
                _instrument_get(lambda i: i.kind),
            ),
            _col(
                "direction",
                '"higher_is_worse" or "higher_is_better".',
                _instrument_get(lambda i: i.direction),
            ),
            _col(
                "scoring",
                '"sum": the answers add up to a total; "none": each item stands alone.',
                _instrument_get(lambda i: i.method),
            ),
            _col("min_total", "Lowest possible total.", _instrument_get(lambda i: i.min_score)),
            _col("max_total", "Highest possible total.", _instrument_get(lambda i: i.max_score)),
            _col(
                "cutoff_female",
                "Clinical cut-off: a total at or above it is in the clinical range (women).",
                _instrument_get(lambda i: None if i.cutoff is None else i.cutoff.female),
            ),
            _col(
                "cutoff_male",
                "The same for men (the lower of the two applies when sex is not recorded).",
                _instrument_get(lambda i: None if i.cutoff is None else i.cutoff.male),
            ),
            _col(
                "reliable_change",
                "The smallest change beyond measurement error (Jacobson & Truax).",
                _instrument_get(lambda i: i.reliable_change_threshold()),
            ),
            _col(
                "item_texts_included",
                "false when the item wording may not be reproduced (item ids only).",
                _instrument_get(lambda i: i.item_texts_included),
            ),
            _col(
                "source",
                "Published source of the instrument.",
                _instrument_get(lambda i: i.source.citation),
            ),
            _col(
                "own",
                "true for an instrument the practice defined itself.",
                lambda row, _run: row.own,
            ),
            _col(
                "known",
                "false: administrations use this id but its definition is not available.",
                lambda row, _run: row.instrument is not None,
            ),
        ),
        _instrument_rows,
    ),
    Table(
        "clients",
        "Every client, active or not, archived ones included.",
        (
            _id("client"),
            _col("code", "The client's code (C0042): the folder clients/<code>/ is theirs."),
            _col("legal_first_name", "Legal first name."),
            _col("legal_last_name", "Legal last name."),
            _col("preferred_name", "The name they go by."),
            _col("pronouns", "Pronouns."),
            _col("date_of_birth", "Date of birth."),
            _col(
                "sex_for_norms",
                'Sex used for screening norms only ("female", "male"; empty: not recorded).',
            ),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("address", "Postal address."),
            _col("emergency_contact_name", "Emergency contact's name."),
            _col("emergency_contact_relationship", "Emergency contact's relationship."),
            _col("emergency_contact_phone", "Emergency contact's phone."),
            _col("referral_source", "Who referred them."),
            _col("requested_by", f"Who wanted the therapy: one of {_REQUESTED}."),
            _col("status", f"One of {_STATUSES}."),
            _col("fee_arrangement", f"One of {_values(FeeArrangement)}."),
            _amount("sliding_fee_minor", "Their sliding-scale fee per session.", hundredths=True),
            _currency(),
            _col("clinical_summary", "The clinician's summary of the case."),
            _col(
                "tags",
                "The client's tags (a JSON list).",
                lambda row, run: run.tags.get(row.id, []),
            ),
            _col("last_service_on", "Date of the last service."),
            _when("archived_at", "When the record was archived"),
            _col("retention_until", "Kept until this date (set when archived)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(Client),
    ),
    Table(
        "guardians",
        "Parents and guardians of clients who are minors.",
        (
            _id("guardian"),
            *_client_ref(),
            _col("name", "Name."),
            _col("relation", "Relationship to the client."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("can_consent", "true if they may consent to treatment."),
            _col("pays", "true if they pay."),
        ),
        _orm(Guardian),
    ),
    Table(
        "diagnoses",
        "Diagnoses (ICD-10-CM), with the description as it was chosen.",
        (
            _id("diagnosis"),
            *_client_ref(),
            _col("code", "ICD-10-CM code."),
            _col("description", "Description."),
            _col("is_primary", "true for the primary diagnosis."),
            _col("noted_on", "Date it was recorded."),
        ),
        _orm(Diagnosis),
    ),
    Table(
        "treatment_goals",
        "Treatment goals of each client's treatment plan.",
        (
            _id("goal"),
            *_client_ref(),
            _col("title", "The goal."),
            _col("description", "Details."),
            _col("target_date", "Target date."),
            _col("status", f"One of {_values(GoalStatus)}."),
        ),
        _orm(TreatmentGoal),
    ),
    Table(
        "treatment_objectives",
        "Measurable steps towards a treatment goal.",
        (
            _id("objective"),
            _col("goal_id", "The goal (csv/treatment_goals.csv)."),
            _col("text", "The objective."),
            _col("target_date", "Target date."),
            _col("met", "true once met."),
            _col("position", "Order within the goal."),
        ),
        _orm(TreatmentObjective),
    ),
    Table(
        "treatment_interventions",
        "What the clinician does towards a treatment goal.",
        (
            _id("intervention"),
            _col("goal_id", "The goal (csv/treatment_goals.csv)."),
            _col("text", "The intervention."),
            _col("position", "Order within the goal."),
        ),
        _orm(TreatmentIntervention),
    ),
    Table(
        "enquiries",
        "Everyone who enquired (prospects), whether or not they became a client.",
        (
            _id("enquiry"),
            _col("name", "The name they gave."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("heard_from", "How they heard of the practice."),
            _col("wants_help_with", "What they wanted help with."),
            _col("requested_by", f"Who wanted the therapy: one of {_REQUESTED}."),
            _col("preferred_times", "When they could come."),
            _col("status", f"One of {_values(ProspectStatus)}."),
            _col("not_proceeding_reason", "Why they did not go on, where they did not."),
            _col("not_proceeding_note", "A note about that."),
            *_client_ref(which="they became, if they did"),
            _CREATED,
            _UPDATED,
        ),
        _orm(Prospect),
    ),
    Table(
        "intakes",
        "Finished intakes: the intake wizard's answers about the client.",
        (
            _id("intake"),
            *_client_ref(),
            _col("data", "Everything the intake recorded (JSON: presenting problem, history …)."),
            _col("risk_acknowledgement", "What the clinician recorded about risk answers."),
            _when("completed_at", "When it was finished"),
            _CREATED,
        ),
        _orm(Intake),
    ),
    Table(
        "intake_drafts",
        "Intakes stopped part-way, to be resumed.",
        (
            _id("draft"),
            _col("prospect_id", "The enquiry it started from (csv/enquiries.csv), if any."),
            _col("label", "Its label in the list of drafts."),
            _col("page", "The page it stopped on."),
            _col("data", "What was entered so far (JSON)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(IntakeDraft),
    ),
    Table(
        "follow_ups",
        "What a positive screen or a risk answer raised, and what was done about it.",
        (
            _id("follow-up"),
            *_client_ref(),
            _col("administration_id", "The questionnaire that raised it."),
            _col("kind", '"screen" or "risk".'),
            _col("title", "What it is about."),
            _col("status", f"One of {_values(FollowUpStatus)}."),
            _col("resolution_note", "What was done."),
            _when("resolved_at", "When it was resolved"),
            _CREATED,
        ),
        _orm(FollowUp),
    ),
    Table(
        "measurement_plans",
        "Clients' own plans of questionnaires before and after sessions (others follow the "
        "practice's default, in csv/settings.csv as surveys.default_plan).",
        (
            _id("plan"),
            *_client_ref(),
            _col("before", 'Given before sessions (JSON list of {"instrument_id", "every"}).'),
            _col("after", "Given after sessions (same form)."),
            _UPDATED,
        ),
        _orm(MeasurementPlan),
    ),
    Table(
        "appointment_series",
        "Recurring series of appointments; each session is also a row of its own in "
        "csv/appointments.csv.",
        (
            _id("series"),
            _col("rule", "The recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12)."),
            _col(
                "first_start",
                "Local wall-clock start of the first session (no offset: in time_zone).",
            ),
            _col("time_zone", "The time zone of first_start."),
            _CREATED,
        ),
        _orm(AppointmentSeries),
    ),
    Table(
        "appointments",
        "Every appointment: free consultations of enquiries and clients' sessions, with "
        "their status and any late-cancellation or no-show fee.",
        (
            _id("appointment"),
            *_client_ref(
                which="(in a joint session the first; the others are in "
                "csv/appointment_participants.csv)"
            ),
            _col("prospect_id", "For a free consultation of an enquiry: the enquiry."),
            _col("service_id", "The service (csv/services.csv)."),
            _col("service", "The service's name.", lambda r, run: run.services.get(r.service_id)),
            _when("start", "Start", "start_utc"),
            _when("end", "End", "end_utc"),
            _col("start_local", "Start in the practice's time zone.", _local("start_utc")),
            _col("end_local", "End in the practice's time zone.", _local("end_utc")),
            _col("status", f"One of {_values(AppointmentStatus)}."),
            _when("status_changed_at", "When the status was last set"),
            _amount(
                "fee_owed_cents",
                "The fee owed for a late cancellation or a no-show.",
                hundredths=True,
            ),
            _currency(),
            _col("location", 'Where ("video", an address; empty: the usual room).'),
            _col("memo", "The clinician's memo."),
            _col("series_id", "The recurring series it belongs to, if any."),
            _when("occurrence", "The series slot it stands for, even if moved", "occurrence_utc"),
            _col("is_exception", "true if changed on its own within its series."),
            _col("buffer_after_minutes", "Minutes kept free after it."),
            _col("consent_warning", "Why it was booked without a valid consent, if it was."),
            _col(
                "external_uid",
                "For an appointment imported from a calendar file: the event it came from.",
            ),
            _CREATED,
            _UPDATED,
        ),
        _orm(Appointment),
    ),
    Table(
        "appointment_participants",
        "Further clients in a joint session (a couple's other partner, family members).",
        (
            _col("appointment_id", "The appointment (csv/appointments.csv)."),
            *_client_ref(),
        ),
        _orm(AppointmentParticipant, AppointmentParticipant.appointment_id),
    ),
    Table(
        "blocked_times",
        "Time the clinician was not available (typed in, or read from their own calendar).",
        (
            _id("blocked time"),
            _when("start", "Start", "start_utc"),
            _when("end", "End", "end_utc"),
            _col("summary", "What it says (imported events only ever say Busy)."),
            _col("source", '"manual" or "ics" (imported).'),
            _CREATED,
        ),
        _orm(BlockedTime),
    ),
    Table(
        "note_templates",
        "The shapes of session notes (SOAP, DAP … and the practice's own).",
        (
            _id("template"),
            _col("name", "Name."),
            _col("kind", f"The kind of note it makes: one of {_values(NoteKind)}."),
            _col("sections", 'Its sections (JSON list of {"key", "title", "prompt"}).'),
            _col("builtin", "true if it came with Rapport."),
            _col("archived", "true if no longer offered."),
        ),
        _orm(NoteTemplate),
    ),
    Table(
        "notes",
        "Session notes, signed and drafts. Psychotherapy notes (the clinician's private process "
        "notes) are here only when the export was made with them (see manifest.json). "
        "A signed note never changed after signing; corrections are addenda.",
        (
            _id("note"),
            *_client_ref(which="(a joint session's note is kept with its first client)"),
            _col("appointment_id", "The session it is about, if any."),
            _col(
                "kind",
                '"progress" (part of the clinical record) or "psychotherapy" '
                "(private process notes).",
            ),
            _col("status", f"One of {_values(NoteStatus)} (a draft is not part of the record)."),
            _col("session_date", "Date of the session."),
            _col("template_name", "The template it was written on."),
            _col(
                "text",
                "The whole note as plain text: each section's title, then its text.",
                _note_text,
            ),
            _col(
                "sections", 'The same, section by section (JSON list of {"key", "title", "text"}).'
            ),
            _col("goal_ids", "Treatment goals it addressed (JSON list of goal ids)."),
            _when("signed_at", "When it was signed"),
            _col("signed_by", "Who signed it."),
            _col("late_entry", "true if signed more than a day after the session."),
            _col("chain_seq", "Its place in the chain of signed notes and addenda."),
            _col(
                "content_hash",
                "SHA-256 of the note's content as signed (its signature fingerprint).",
            ),
            _col("prev_hash", "chain_hash of the previous link of the chain."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash (hex text)."),
            _CREATED,
            _UPDATED,
        ),
        _note_rows,
    ),
    Table(
        "note_addenda",
        "Signed, dated corrections and additions under signed notes.",
        (
            _id("addendum"),
            _col("note_id", "The note (csv/notes.csv)."),
            _col("text", "The addendum."),
            _when("signed_at", "When it was signed"),
            _col("signed_by", "Who signed it."),
            _col("chain_seq", "Its place in the chain of signed notes and addenda."),
            _col("content_hash", "SHA-256 of the addendum's content."),
            _col("prev_hash", "chain_hash of the previous link."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
        ),
        _addendum_rows,
    ),
    Table(
        "note_chain_erased",
        "Links of the chain of signed notes whose note was erased with its client: hashes "
        "only, so that the chain can still be followed.",
        (
            _col("chain_seq", "Its place in the chain."),
            _col("kind", '"note" or "addendum".'),
            _col("content_hash", "SHA-256 of the erased content."),
            _col("prev_hash", "chain_hash of the previous link."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
        ),
        _orm(NoteErased, NoteErased.chain_seq),
    ),
    Table(
        "homework",
        "What clients agreed to do between sessions, and how it went.",
        (
            _id("homework"),
            *_client_ref(),
            _col(
                "note_id",
                "The note it was set in, if that note is in this export.",
                _kept_note("note_id"),
            ),
            _col("assigned_on", "Date it was set."),
            _col("what", "What to do."),
            _col("why", "Why."),
            _col("due_on", "Due date."),
            _col("review", f"How it went: one of {_values(HomeworkReview)} (empty: not reviewed)."),
            _col("review_note", "A note from the review."),
            _col("reviewed_on", "Date reviewed."),
            _CREATED,
        ),
        _orm(Homework),
    ),
    Table(
        "administrations",
        "Every questionnaire given: when, by whom, the scores. Each answer is a row of "
        "csv/administration_answers.csv.",
        (
            _id("administration"),
            *_client_ref(),
            _col("instrument_id", "The questionnaire (csv/instruments.csv)."),
            _col("instrument_version", "Version of its definition when given."),
            _when("administered_at", "When it was answered"),
            _col("answered_by", f"One of {_values(AnsweredBy)}."),
            _col("appointment_id", "The session it belongs to, if any."),
            _col("timing", '"before" or "after" that session (empty: outside a session).'),
            _col("total", "The total score (empty when it has none or is not valid)."),
            _col("valid", "false when too many items were left out to score it."),
            _col("prorated", "true when missing items were filled in by the instrument's rule."),
            _col("band", "The severity band of the total."),
            _col("at_or_above_cutoff", "true if the total is in the clinical range."),
            _col("risk", "Risk answers it raised (JSON list)."),
            _col("answers", "Every answer by item id (JSON; the same as the answers file)."),
            _col("comments", "Free-text comments by item id (JSON)."),
            _CREATED,
        ),
        _orm(Administration),
    ),
    Table(
        "administration_answers",
        "Every answer to every questionnaire item, one row each.",
        (
            _col("administration_id", "The administration (csv/administrations.csv)."),
            *_client_ref(),
            _col("instrument_id", "The questionnaire."),
            _col("position", "Order of the item in the questionnaire."),
            _col("item_id", "The item's id."),
            _col("item_text", "The item's wording, where it may be reproduced."),
            _col("answer", "The answer's value (empty: not answered; text for open items)."),
            _col("answer_label", "What the value means (e.g. Several days)."),
            _col("comment", "A free-text comment on the item."),
        ),
        _answer_rows,
    ),
    Table(
        "clinician_guesses",
        "How the clinician expected a session to be rated, recorded before seeing the rating.",
        (
            _id("guess"),
            *_client_ref(),
            _col("appointment_id", "The session."),
            _col("instrument_id", "The evaluation questionnaire."),
            _col("guessed_total", "The guessed total."),
            _CREATED,
        ),
        _orm(ClinicianGuess),
    ),
    Table(
        "attention_snoozes",
        "Needs-attention signals the clinician set aside until a date, with why.",
        (
            _id("snooze"),
            *_client_ref(),
            _col("rule", "The signal."),
            _col("reason", "Why it was set aside."),
            _col("until", "Until this date."),
            _CREATED,
        ),
        _orm(AttentionSnooze),
    ),
    Table(
        "resistance_worksheets",
        "Worksheets explored with clients who were not getting better.",
        (
            _id("worksheet"),
            *_client_ref(),
            _col("written_on", "Date."),
            _col("answers", "What was written, by prompt (JSON)."),
            _col("reviewed", "Checklist items looked at (JSON list)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(ResistanceWorksheet),
    ),
    Table(
        "consent_templates",
        "Every version of the practice's consent forms; a version is never edited once saved.",
        (
            _id("template version"),
            _col("name", "Name."),
            _col("audience", '"adult" (for themselves) or "guardian" (for a minor).'),
            _col("version", "Version number."),
            _col(
                "sections",
                'Its sections (JSON list of {"key", "title", "body", "needs_initials"}).',
            ),
            _col("created_by", "Who saved it."),
            _CREATED,
        ),
        _orm(ConsentTemplate),
    ),
    Table(
        "consents",
        "Every consent signed in the app or on paper, revoked ones included. The documents "
        "are in the clients' folders (see documents).",
        (
            _id("consent"),
            *_client_ref(),
            _col("partner_ids", "Further clients who signed the same form (JSON list of ids)."),
            _col("template_id", "The template version signed (csv/consent_templates.csv)."),
            _col("template_name", "Its name."),
            _col("template_version", "Its version."),
            _col("audience", '"adult" or "guardian".'),
            _col("status", f"One of {_values(ConsentRecordStatus)}."),
            _col("on_paper", "true if signed on paper (the scan is the document)."),
            _col("signed_on", "Date signed."),
            _when("signed_at", "When it was recorded"),
            _col("client_name", "The client's name as on the form."),
            _col("client_date_of_birth", "Date of birth as on the form."),
            _col(
                "signers",
                'Who signed (JSON list of {"role", "name", "signed_on", "typed", "strokes"}).',
            ),
            _col("initials", "Initials per section (JSON)."),
            _col("sections", "The sections as they read when signed (JSON)."),
            _col("profile", "The practice's details as printed on the form (JSON)."),
            _when("revoked_at", "When it was revoked"),
            _col("revoked_on", "Date it was revoked."),
            _col("revoke_reason", "Why."),
            _col("scan_type", "The scan's file type (paper consents).", _attr("scan_mime")),
            _col("content_hash", "SHA-256 of the document as signed (for paper: of the scan)."),
            _col("prev_hash", "chain_hash of the previous consent of the practice."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash (hex text)."),
            _col(
                "documents",
                "The document's files in this export (JSON list; one per client folder).",
                lambda row, run: run.consent_files.get(row.id, []),
            ),
        ),
        _consent_rows,
    ),
    Table(
        "consent_chain_erased",
        "Places in the chain of consents whose client was erased: hashes only.",
        (
            _col("id", "The erased consent's id."),
            _col("content_hash", "SHA-256 of the erased document."),
            _col("prev_hash", "chain_hash of the previous consent."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
            _col("erased_on", "Date erased."),
        ),
        _orm(ConsentErased),
    ),
    Table(
        "charges",
        "Everything clients were charged: sessions, late cancellations, no-shows, manual charges.",
        (
            _id("charge"),
            *_client_ref(),
            _col("appointment_id", "The appointment it is for, if any."),
            _col("service_id", "The service, if any."),
            _col("kind", f"One of {_values(ChargeKind)}."),
            _col("description", "Typed description (manual charges)."),
            _col("on_date", "Date."),
            _amount("amount_minor", "The amount."),
            _currency(),
            _col("invoice_id", "The invoice it is on now (empty: not invoiced)."),
            _col("waived_on", "Date waived, if it was."),
            _col("waive_reason", "Why."),
            _CREATED,
        ),
        _orm(Charge),
    ),
    Table(
        "invoices",
        "Invoices as issued (voided ones included: they are never edited).",
        (
            _id("invoice"),
            _col("number", "Invoice number (2027-0001)."),
            *_client_ref(),
            _col("guardian_id", "The guardian who pays, if not the client."),
            _col("payer_name", "The payer's name as on the invoice."),
            _col("payer_details", "The payer's address as on the invoice."),
            _col("client_name", "The client's name as on the invoice."),
            _col("issued_on", "Date issued."),
            _col("due_on", "Date due."),
            _col("period_start", "First day it covers."),
            _col("period_end", "Last day it covers."),
            _amount("total_minor", "The total."),
            _amount("due_minor", "What is still to be paid (0 once voided)."),
            _col("currency", "Currency."),
            _col("status", f"One of {_values(InvoiceStatus)}."),
            _col("voided_on", "Date voided."),
            _col("void_reason", "Why."),
        ),
        _orm(Invoice),
    ),
    Table(
        "invoice_lines",
        "The lines of each invoice, as issued.",
        (
            _id("line"),
            _col("invoice_id", "The invoice (csv/invoices.csv)."),
            _col("charge_id", "The charge it shows (csv/charges.csv)."),
            _col("position", "Order on the invoice."),
            _col("on_date", "Date."),
            _col("description", "Description."),
            _col("procedure_code", "Billing code."),
            _amount("amount_minor", "The amount."),
            _currency(),
        ),
        _orm(InvoiceLine),
    ),
    Table(
        "payments",
        "Money received, and amounts written off; voided ones keep their row.",
        (
            _id("payment"),
            *_client_ref(),
            _col("kind", f"One of {_values(PaymentKind)}."),
            _col("paid_on", "Date."),
            _amount("amount_minor", "The amount."),
            _amount("unapplied_minor", "What no invoice has taken yet (a credit)."),
            _currency(),
            _col("method", f"One of {_values(PaymentMethod)} (empty for a write-off)."),
            _col("reference", "Cheque number, transfer reference …"),
            _col("reason", "Why it was written off."),
            _col("voided_on", "Date voided."),
            _col("void_reason", "Why."),
            _CREATED,
        ),
        _orm(Payment),
    ),
    Table(
        "payment_allocations",
        "Which payment (or write-off) settled how much of which invoice.",
        (
            _id("allocation"),
            _col("payment_id", "The payment (csv/payments.csv)."),
            _col("invoice_id", "The invoice (csv/invoices.csv)."),
            _amount("amount_minor", "The amount."),
            _currency(),
        ),
        _orm(PaymentAllocation),
    ),
    Table(
        "audit_log",
        "The practice's audit log: who did what to which record, when. Each entry is chained "
        "to the one before it. It names records by id and fields by name, and for changes "
        "holds the values before and after; it never holds passphrases or keys.",
        (
            _id("entry"),
            _when("at", "When"),
            _col("action", "What was done (create, change, sign, export, unlock …)."),
            _col("record_type", "The kind of record (client, note, appointment …)."),
            _col("record_id", "The record's id."),
            _col("detail", "Details (JSON)."),
            _col("prev_hash", "The hash of the entry before (64 zeros for the first)."),
            _col("hash", "SHA-256 of this entry's content together with prev_hash."),
        ),
        _orm(AuditEntry),
    ),
)


# ================================================================= the run


@dataclass(frozen=True)
class ClientFacts:
    """What a client's folder and chart summary show of them."""

    id: int
    code: str
    folder: str
    first_name: str
    last_name: str
    preferred_name: str
    date_of_birth: date | None
    status: str

    @property
    def name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p.strip())
        preferred = self.preferred_name.strip()
        if preferred and preferred not in name.split():
            return f"{name} (known as {preferred})"
        return name


@dataclass(frozen=True)
class ConsentFile:
    """A consent's document in a client's folder."""

    consent_id: int
    name: str
    on_paper: bool


@dataclass
class Run:
    """What every table and every client's files are made from: one session, its lookups."""

    session: Session
    psychotherapy_notes: bool
    instruments: Mapping[str, Instrument]
    today: date
    zone: ZoneInfo
    practice_name: str
    currency: str
    digits: int
    clients: list[ClientFacts]
    codes: dict[int, str]
    services: dict[int, str]
    tags: dict[int, list[str]]
    #: Consent id → its files in the export; client id → the consent files in their folder.
    consent_files: dict[int, list[str]]
    client_consents: dict[int, list[ConsentFile]]
    #: The notes written so far (filled by the notes table, read by the tables after it).
    note_ids: set[int] = field(default_factory=set)

    def code(self, client_id: int | None) -> str | None:
        return None if client_id is None else self.codes.get(client_id)

    def money(self, minor: int) -> Decimal:
        return from_minor(minor, self.digits)

    def fee(self, hundredths: int) -> Decimal:
        """A fee kept in hundredths (services, sliding rates) in the currency's own digits."""
        return round_to_currency(from_minor(hundredths, MINOR_DIGITS), self.currency)

    def local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(self.zone)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _folder_names(codes: Mapping[int, str]) -> dict[int, str]:
    """A folder name per client: the code, made safe for every file system and unique."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for client_id, code in sorted(codes.items()):
        name = re.sub(r"[^A-Za-z0-9._-]", "_", code).strip("._") or "client"
        if name.casefold() in taken:
            name = f"{name}-{client_id}"
        taken.add(name.casefold())
        names[client_id] = name
    return names


def _consent_file_name(
    consent_id: int, signed_on: date, version: int, on_paper: bool, mime: str
) -> str:
    stem = f"consent-{signed_on.isoformat()}-v{version}-{consent_id}"
    if on_paper:
        return f"{stem}-paper-scan{_SCAN_SUFFIX.get(mime, '.bin')}"
    return f"{stem}.pdf"


def prepare(
    session: Session,
    instruments: Mapping[str, Instrument],
    psychotherapy_notes: bool,
    today: date,
) -> Run:
    """Read the lookups the export needs besides the tables' own rows, in ``session``."""
    profile = session.scalar(select(PracticeProfile).limit(1))
    currency_code = str(get_setting(session, "billing.currency"))
    rows = session.execute(
        select(
            Client.id,
            Client.code,
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
            Client.date_of_birth,
            Client.status,
        ).order_by(Client.code, Client.id)
    ).all()
    codes = {row.id: row.code for row in rows}
    folders = _folder_names(codes)
    clients = [
        ClientFacts(
            row.id,
            row.code,
            folders[row.id],
            row.legal_first_name,
            row.legal_last_name,
            row.preferred_name,
            row.date_of_birth,
            row.status,
        )
        for row in rows
    ]
    consent_files: dict[int, list[str]] = {}
    client_consents: dict[int, list[ConsentFile]] = defaultdict(list)
    statement = select(
        ConsentRecord.id,
        ConsentRecord.client_id,
        ConsentRecord.partner_ids,
        ConsentRecord.signed_on,
        ConsentRecord.template_version,
        ConsentRecord.on_paper,
        ConsentRecord.scan_mime,
    ).order_by(ConsentRecord.id)
    for ident, client_id, partners, signed_on, version, on_paper, mime in session.execute(
        statement
    ):
        name = _consent_file_name(ident, signed_on, version, on_paper, mime)
        owners = [client_id, *(p for p in partners if p in codes and p != client_id)]
        consent_files[ident] = [f"clients/{folders[o]}/{name}" for o in owners if o in folders]
        for owner in owners:
            client_consents[owner].append(ConsentFile(ident, name, on_paper))
    run = Run(
        session=session,
        psychotherapy_notes=psychotherapy_notes,
        instruments=instruments,
        today=today,
        zone=_zone(profile.time_zone if profile is not None else "UTC"),
        practice_name=profile.practice_name if profile is not None else "",
        currency=currency_code,
        digits=currency_digits(currency_code),
        clients=clients,
        codes=codes,
        services={row.id: row.name for row in session.execute(select(Service.id, Service.name))},
        tags={},
        consent_files=consent_files,
        client_consents=dict(client_consents),
    )
    run.tags = _client_tags(run)
    return run
