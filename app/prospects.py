"""Prospects: people who enquired, from the first call to becoming a client (or not).

The status moves new → free consultation booked → consultation held → became
a client, or → did not proceed (with a reason). Converting keeps everything
entered and links the prospect — and so its consultation history — to the new
client.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, calendar
from app.changes import Changed
from app.clients import ClientInput, create_client
from app.contact import format_phone, normalise_email
from app.errors import RapportError, ValidationError
from app.models import NotProceedingReason, Prospect, ProspectStatus, RequestedBy
from app.practice import get_profile
from app.text import digits, fold, like_pattern, search_tokens
from app.words import marked, said, words

S = ProspectStatus

#: Which status may follow which (the clinician can also step back one).
TRANSITIONS: dict[str, set[str]] = {
    S.NEW: {S.CONSULTATION_BOOKED, S.DID_NOT_PROCEED},
    S.CONSULTATION_BOOKED: {S.CONSULTATION_HELD, S.NEW, S.DID_NOT_PROCEED},
    S.CONSULTATION_HELD: {S.BECAME_CLIENT, S.DID_NOT_PROCEED, S.CONSULTATION_BOOKED},
    S.DID_NOT_PROCEED: {S.NEW},
    S.BECAME_CLIENT: set(),
}

STATUS_LABELS: dict[str, str] = {
    S.NEW: marked("New enquiry"),
    S.CONSULTATION_BOOKED: marked("Free consultation booked"),
    S.CONSULTATION_HELD: marked("Consultation held"),
    S.BECAME_CLIENT: marked("Became a client"),
    S.DID_NOT_PROCEED: marked("Did not proceed"),
}

REASON_LABELS: dict[str, str] = {
    NotProceedingReason.COST: marked("Cost"),
    NotProceedingReason.FIT: marked("Not the right fit"),
    NotProceedingReason.TIMING: marked("Timing"),
    NotProceedingReason.REFERRED_ELSEWHERE: marked("Referred elsewhere"),
    NotProceedingReason.NO_ANSWER: marked("No answer"),
    NotProceedingReason.OTHER: marked("Other"),
}


class ProspectNotFound(RapportError):
    exit_code = 6
    default_message = marked("That enquiry no longer exists.")


class StatusChangeRefused(RapportError):
    exit_code = 2
    default_message = marked("That change of status is not possible.")


@dataclass(frozen=True)
class ProspectInput:
    name: str
    phone: str = ""
    email: str = ""
    heard_from: str = ""
    wants_help_with: str = ""
    requested_by: str = RequestedBy.SELF
    preferred_times: str = ""

    def cleaned(self, country: str) -> ProspectInput:
        problems: dict[str, str] = {}
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        if not values["name"]:
            problems["name"] = marked("Enter the name of the person who enquired.")
        try:
            values["phone"] = format_phone(values["phone"], country)
        except ValueError as exc:
            problems["phone"] = said(exc)
        try:
            values["email"] = normalise_email(values["email"])
        except ValueError as exc:
            problems["email"] = said(exc)
        if not (values["phone"] or values["email"]) and "phone" not in problems:
            problems["phone"] = marked("Enter a phone number or an e-mail address to reach them.")
        if values["requested_by"] not in set(RequestedBy):
            problems["requested_by"] = marked("Choose who is asking for the therapy.")
        if problems:
            raise ValidationError(problems)
        return ProspectInput(**values)


_FIELDS = [f.name for f in fields(ProspectInput)]


class SearchableProspect(Protocol):
    """The fields an enquiry's search text is made from (a Prospect has them)."""

    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...


def search_text_for(p: SearchableProspect) -> str:
    """What search-as-you-type matches: name and e-mail folded, the phone's digits."""
    number = digits(p.phone)
    return " ".join([fold(f"{p.name} {p.email}"), number, number[-7:]])


def _load(session: Session, prospect_id: int) -> Prospect:
    prospect = session.get(Prospect, prospect_id)
    if prospect is None:
        raise ProspectNotFound()
    return prospect


def create_prospect(session: Session, data: ProspectInput) -> tuple[int, Changed]:
    clean = data.cleaned(get_profile(session).country)
    prospect = Prospect(**{name: getattr(clean, name) for name in _FIELDS})
    prospect.search_text = search_text_for(prospect)
    session.add(prospect)
    session.flush()
    audit.record_changes(
        session,
        "prospect",
        prospect.id,
        {name: (None, getattr(clean, name)) for name in _FIELDS if getattr(clean, name)},
        action="create",
    )
    return prospect.id, Changed.PROSPECTS


def update_prospect(session: Session, prospect_id: int, data: ProspectInput) -> Changed:
    prospect = _load(session, prospect_id)
    clean = data.cleaned(get_profile(session).country)
    changes = {
        name: (getattr(prospect, name), getattr(clean, name))
        for name in _FIELDS
        if getattr(prospect, name) != getattr(clean, name)
    }
    for name, (_, new) in changes.items():
        setattr(prospect, name, new)
    prospect.search_text = search_text_for(prospect)
    audit.record_changes(session, "prospect", prospect.id, changes)
    return Changed.PROSPECTS if changes else Changed.NOTHING


def set_status(
    session: Session,
    prospect_id: int,
    status: str,
    reason: str = "",
    note: str = "",
) -> Changed:
    """Move the enquiry on; "did not proceed" needs a reason from the list."""
    prospect = _load(session, prospect_id)
    if status == S.BECAME_CLIENT:
        raise StatusChangeRefused(marked("Use “Convert to client” to make this person a client."))
    if status not in TRANSITIONS.get(prospect.status, set()):
        raise StatusChangeRefused(
            words(
                "An enquiry that is “{old}” cannot become “{new}”.",
                old=STATUS_LABELS[S(prospect.status)],
                new=STATUS_LABELS.get(status, status),
            )
        )
    if status == S.DID_NOT_PROCEED and reason not in set(NotProceedingReason):
        raise ValidationError({"reason": marked("Choose why they did not proceed.")})
    changes = {"status": (prospect.status, status)}
    prospect.status = status
    if status == S.DID_NOT_PROCEED:
        changes["not_proceeding_reason"] = (prospect.not_proceeding_reason, reason)
        changes["not_proceeding_note"] = (prospect.not_proceeding_note, note.strip())
        prospect.not_proceeding_reason = reason
        prospect.not_proceeding_note = note.strip()
    audit.record_changes(session, "prospect", prospect.id, changes, action="status")
    return Changed.PROSPECTS


def client_input_from(session: Session, prospect_id: int) -> ClientInput:
    """A new client's form, filled in from what the enquiry recorded."""
    prospect = _load(session, prospect_id)
    first, _, last = prospect.name.strip().rpartition(" ")
    if not first:
        first, last = last, ""
    return ClientInput(
        legal_first_name=first,
        legal_last_name=last,
        date_of_birth=None,
        phone=prospect.phone,
        email=prospect.email,
        referral_source=prospect.heard_from,
        requested_by=prospect.requested_by,
        clinical_summary=(
            f"At enquiry, wanted help with: {prospect.wants_help_with}"
            if prospect.wants_help_with
            else ""
        ),
    )


def convert_to_client(
    session: Session, prospect_id: int, data: ClientInput, today: date
) -> tuple[int, Changed]:
    """Create the client from ``data``, link the enquiry to them and give them its appointments."""
    prospect = _load(session, prospect_id)
    if prospect.status == S.BECAME_CLIENT:
        raise StatusChangeRefused(marked("This enquiry has already become a client."))
    client_id, changed = create_client(session, data, today, prospect_id=prospect.id)
    old = prospect.status
    prospect.status = S.BECAME_CLIENT
    prospect.client_id = client_id
    audit.record_changes(
        session,
        "prospect",
        prospect.id,
        {"status": (old, S.BECAME_CLIENT), "client_id": (None, client_id)},
        action="convert",
    )
    if calendar.move_prospect_appointments(session, prospect.id, client_id):
        changed |= Changed.CALENDAR
    return client_id, changed | Changed.PROSPECTS


@dataclass(frozen=True)
class ProspectRow:
    id: int
    name: str
    phone: str
    email: str
    status: str
    requested_by: str
    wants_help_with: str
    created_at: datetime
    client_id: int | None
    not_proceeding_reason: str


def search_ids(
    session: Session, text: str = "", statuses: frozenset[str] = frozenset()
) -> list[int]:
    statement = select(Prospect.id)
    if statuses:
        statement = statement.where(Prospect.status.in_(sorted(statuses)))
    for token in search_tokens(text):
        statement = statement.where(Prospect.search_text.like(like_pattern(token), escape="\\"))
    return list(session.scalars(statement.order_by(Prospect.created_at.desc(), Prospect.id.desc())))


def rows(session: Session, ids: list[int]) -> list[ProspectRow]:
    found = {p.id: p for p in session.scalars(select(Prospect).where(Prospect.id.in_(ids)))}
    return [
        ProspectRow(
            id=p.id,
            name=p.name,
            phone=p.phone,
            email=p.email,
            status=p.status,
            requested_by=p.requested_by,
            wants_help_with=p.wants_help_with,
            created_at=p.created_at,
            client_id=p.client_id,
            not_proceeding_reason=p.not_proceeding_reason,
        )
        for p in (found.get(i) for i in ids)
        if p is not None
    ]


def get_prospect(session: Session, prospect_id: int) -> tuple[ProspectInput, ProspectRow]:
    prospect = _load(session, prospect_id)
    data = ProspectInput(**{name: getattr(prospect, name) for name in _FIELDS})
    return data, rows(session, [prospect_id])[0]


def prospects_of_client(session: Session, client_id: int) -> list[ProspectRow]:
    """The enquiries that led to this client (their consultation history hangs off these)."""
    ids = list(session.scalars(select(Prospect.id).where(Prospect.client_id == client_id)))
    return rows(session, ids)
