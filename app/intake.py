"""The intake: what the wizard gathers, page by page, its drafts, and finishing it.

An intake turns an enquiry (or a walk-in) into a client with a structured
picture: who wants the therapy and why now, what was tried before, the history
that is easy to miss under the presenting complaint, and screening
questionnaires whose positive results become follow-up items the clinician must
close. Drafts are kept inside the vault and resume on the page where they
stopped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clients, measures, prospects
from app.changes import Changed
from app.clients import ClientInput, DiagnosisInput, GoalInput, GuardianInput
from app.errors import RapportError, ValidationError
from app.instruments import Instrument
from app.models import AnsweredBy, Intake, IntakeDraft
from app.practice import get_profile, retention_policy
from app.scoring import Score, score
from app.words import marked, words

#: The wizard's pages, in order; validation and drafts refer to them by name.
PAGES = ("identity", "contacts", "reasons", "history", "screening", "summary")

#: Screens offered by default (the clinician may choose others).
DEFAULT_SCREENS = ("phq9", "gad7", "auditc", "pcptsd5")


class RiskNotAcknowledged(RapportError):
    exit_code = 2
    default_message = marked(
        "A risk item was answered above zero. Record that you have seen it, and the safety "
        "plan or your rationale, before finishing the intake."
    )


@dataclass(frozen=True)
class ScreenAnswers:
    instrument_id: str
    #: Item id → the chosen value; open-text items (comments) hold text.
    answers: Mapping[str, int | str | None]
    answered_by: str = "clinician"


@dataclass(frozen=True)
class IntakeData:
    """Everything the intake wizard holds (plain data: a draft is this, serialised)."""

    client: ClientInput
    why_now: str = ""
    hopes: str = ""
    tried_before: str = ""
    earlier_therapy: str = ""
    what_did_not_help: str = ""
    medical_conditions: str = ""
    medication: str = ""
    substance_use: str = ""
    trauma_exposure: str = ""  # "yes", "no", "not asked"
    prior_diagnoses: str = ""
    risk_history: str = ""
    screens: tuple[ScreenAnswers, ...] = ()
    risk_acknowledgement: str = ""

    def without_screens(self) -> dict[str, Any]:
        """The intake's own answers (what the ``intake`` row keeps)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if f.name not in ("client", "screens", "risk_acknowledgement")
        }


TRAUMA_CHOICES = ("", "yes", "no", "not asked")


def validate_page(
    page: str, data: IntakeData, today: date, country: str, majority: int = 18
) -> None:
    """Raise ValidationError for what is wrong on ``page`` (keys as in the client form)."""
    if page in ("identity", "contacts"):
        try:
            clients.clean(data.client, today, country, majority)
        except ValidationError as exc:
            # As on the client form's identity tab; phone, e-mail and address are contacts.
            identity = {
                "legal_first_name",
                "legal_last_name",
                "date_of_birth",
                "preferred_name",
                "pronouns",
                "sex_for_norms",
                "code",
                "status",
            }
            on_page = {
                k: v
                for k, v in exc.problems.items()
                if (k.split(".")[0] in identity) == (page == "identity")
                and k.split(".")[0] not in ("diagnoses", "goals", "sliding_fee", "fee_arrangement")
            }
            if on_page:
                raise ValidationError(on_page) from None
    elif page == "reasons":
        if not data.why_now.strip():
            raise ValidationError(
                {"why_now": marked("Note briefly why the client is seeking help now.")}
            )
    elif page == "history":
        if data.trauma_exposure not in TRAUMA_CHOICES[1:]:
            raise ValidationError(
                {"trauma_exposure": marked("Record whether trauma exposure was asked about.")}
            )
    elif page == "screening":
        ids = [s.instrument_id for s in data.screens]
        if len(ids) != len(set(ids)):
            raise ValidationError(
                {"screens": marked("Each questionnaire can be given once per intake.")}
            )
        empty = [
            s.instrument_id
            for s in data.screens
            if not any(v is not None and v != "" for v in s.answers.values())
        ]
        if empty:
            raise ValidationError(
                {
                    "screens": words(
                        "No answers were entered for {names}: enter them or "
                        "untick the questionnaire.",
                        names=", ".join(empty),
                    )
                }
            )
        if any(s.answered_by not in set(AnsweredBy) for s in data.screens):
            raise ValidationError(
                {"screens": marked("Say who gave the answers to each questionnaire.")}
            )


@dataclass(frozen=True)
class ScreenResult:
    instrument: Instrument
    score: Score
    answered_by: str


def screen_results(data: IntakeData, instruments: Mapping[str, Instrument]) -> list[ScreenResult]:
    """Each screen's score (for the summary page); unknown instruments are skipped."""
    out = []
    for screen in data.screens:
        instrument = instruments.get(screen.instrument_id)
        if instrument is None:
            continue
        open_text = {item.id for item in instrument.items if item.open_text}
        scored = {
            k: v if isinstance(v, int) else None
            for k, v in screen.answers.items()
            if k not in open_text
        }
        result = score(instrument, scored, data.client.sex_for_norms or None)
        out.append(ScreenResult(instrument, result, screen.answered_by))
    return out


def finish(
    session: Session,
    data: IntakeData,
    instruments: Mapping[str, Instrument],
    today: date,
    prospect_id: int | None = None,
    draft_id: int | None = None,
    at: datetime | None = None,
) -> tuple[int, Changed]:
    """Create the client (converting the enquiry), the intake, its screens and follow-ups."""
    results = screen_results(data, instruments)
    if any(r.score.risk for r in results) and not data.risk_acknowledgement.strip():
        raise RiskNotAcknowledged()
    country = get_profile(session).country
    for page in PAGES:
        validate_page(page, data, today, country, retention_policy(session).age_of_majority)
    if prospect_id is not None:
        client_id, changed = prospects.convert_to_client(session, prospect_id, data.client, today)
    else:
        client_id, changed = clients.create_client(session, data.client, today)
    when = at or datetime.now(UTC)
    intake = Intake(
        client_id=client_id,
        data=data.without_screens(),
        risk_acknowledgement=data.risk_acknowledgement.strip(),
        completed_at=when,
    )
    session.add(intake)
    session.flush()
    audit.record(session, "create", "intake", intake.id, {"client_id": client_id})
    for screen in data.screens:
        instrument = instruments.get(screen.instrument_id)
        if instrument is not None:
            measures.record_administration(
                session, client_id, instrument, screen.answers, screen.answered_by, when
            )
    if draft_id is not None:
        delete_draft(session, draft_id)
    return client_id, changed | Changed.MEASURES


# ------------------------------------------------------------------ drafts


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _date(text: Any) -> date | None:
    return date.fromisoformat(text) if text else None


def data_to_json(data: IntakeData) -> dict[str, Any]:
    out: dict[str, Any] = _jsonable(data)
    return out


def data_from_json(raw: Mapping[str, Any]) -> IntakeData:
    c = dict(raw["client"])
    client = ClientInput(
        **{
            k: v
            for k, v in c.items()
            if k not in ("date_of_birth", "tags", "guardians", "diagnoses", "goals")
        },
        date_of_birth=_date(c.get("date_of_birth")),
        tags=tuple(c.get("tags", ())),
        guardians=tuple(GuardianInput(**g) for g in c.get("guardians", ())),
        diagnoses=tuple(
            DiagnosisInput(**{**d, "noted_on": _date(d.get("noted_on"))})
            for d in c.get("diagnoses", ())
        ),
        goals=tuple(
            GoalInput(**{**g, "target_date": _date(g.get("target_date"))})
            for g in c.get("goals", ())
        ),
    )
    rest = {k: v for k, v in raw.items() if k not in ("client", "screens")}
    screens = tuple(
        ScreenAnswers(s["instrument_id"], dict(s["answers"]), s.get("answered_by", "clinician"))
        for s in raw.get("screens", ())
    )
    return IntakeData(client=client, screens=screens, **rest)


@dataclass(frozen=True)
class DraftRow:
    id: int
    label: str
    page: int
    prospect_id: int | None
    updated_at: datetime


def save_draft(
    session: Session,
    data: IntakeData,
    page: int,
    draft_id: int | None = None,
    prospect_id: int | None = None,
) -> int:
    """Keep the intake so far (inside the vault); returns the draft's id."""
    label = " ".join(p for p in (data.client.legal_first_name, data.client.legal_last_name) if p)
    draft = session.get(IntakeDraft, draft_id) if draft_id is not None else None
    if draft is None:
        draft = IntakeDraft(prospect_id=prospect_id)
        session.add(draft)
    draft.label = label or "Unnamed intake"
    draft.page = page
    draft.data = data_to_json(data)
    session.flush()
    audit.record(session, "draft", "intake_draft", draft.id, {"page": page})
    return draft.id


def load_draft(session: Session, draft_id: int) -> tuple[IntakeData, int, int | None]:
    """The draft's data, the page to resume on, and its enquiry (if any)."""
    draft = session.get(IntakeDraft, draft_id)
    if draft is None:
        raise RapportError(marked("That intake draft no longer exists."))
    return data_from_json(draft.data), draft.page, draft.prospect_id


def drafts(session: Session) -> list[DraftRow]:
    return [
        DraftRow(d.id, d.label, d.page, d.prospect_id, d.updated_at)
        for d in session.scalars(
            select(IntakeDraft).order_by(IntakeDraft.updated_at.desc(), IntakeDraft.id.desc())
        )
    ]


def delete_draft(session: Session, draft_id: int) -> None:
    draft = session.get(IntakeDraft, draft_id)
    if draft is not None:
        session.delete(draft)
        audit.record(session, "delete", "intake_draft", draft_id)


def start_from_prospect(session: Session, prospect_id: int) -> IntakeData:
    """A new intake pre-filled from an enquiry."""
    client = prospects.client_input_from(session, prospect_id)
    return IntakeData(client=client, why_now="")


def with_screen(data: IntakeData, screen: ScreenAnswers) -> IntakeData:
    """The data with ``screen`` added or replacing the same instrument's answers."""
    kept = tuple(s for s in data.screens if s.instrument_id != screen.instrument_id)
    return replace(data, screens=(*kept, screen))
