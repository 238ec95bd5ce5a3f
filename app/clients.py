"""Clients: validation, search, the list's rows, duplicates, archiving, erasing, history.

Every change is audited field by field (old → new). Nothing is deleted by
ordinary use: a client is archived, with the date until which the record must
be kept; erasing is a separate, confirmed and audited act, allowed for a record
entered by mistake or one whose retention has ended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Select, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session, load_only, selectinload

from app import audit, diagnoses
from app.changes import Changed
from app.contact import format_phone, normalise_email
from app.errors import RapportError, ValidationError
from app.models import (
    AuditEntry,
    Client,
    ClientStatus,
    ConsentErased,
    ConsentRecord,
    Diagnosis,
    FeeArrangement,
    GoalStatus,
    Guardian,
    Invoice,
    Note,
    NoteStatus,
    RequestedBy,
    Tag,
    TreatmentGoal,
)
from app.models.client import client_tag
from app.money import format_amount, from_minor, parse_money, to_minor
from app.practice import get_profile, get_setting, retention_policy
from app.retention import age_on, retention_until
from app.text import digits, fold, like_pattern, search_tokens
from app.words import marked, said, words

#: Only for instruments whose cut-offs differ by sex; "" = not recorded.
SEXES_FOR_NORMS = ("", "female", "male")
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,11}$")
MAX_AGE_YEARS = 120
#: Far above any session fee, and far below what the database's integer column can hold.
MAX_SLIDING_FEE = Decimal(1_000_000)


class ArchivedRecord(RapportError):
    exit_code = 2
    default_message = marked(
        "This client is archived, so the record cannot be changed. Restore it first."
    )


class ClientNotFound(RapportError):
    exit_code = 6
    default_message = marked("That client no longer exists.")


class EraseRefused(RapportError):
    exit_code = 2
    default_message = marked("The record was not erased.")


class ArchiveRefused(RapportError):
    exit_code = 2
    default_message = marked("The record was not archived.")


class EraseReason(StrEnum):
    ENTERED_BY_MISTAKE = "entered_by_mistake"
    RETENTION_ENDED = "retention_ended"


class SortKey(StrEnum):
    NAME = "name"
    LAST_SESSION = "last_session"
    NEXT_SESSION = "next_session"


# ------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: str = ""
    phone: str = ""
    email: str = ""
    can_consent: bool = True
    pays: bool = False


@dataclass(frozen=True)
class DiagnosisInput:
    code: str
    description: str = ""
    is_primary: bool = False
    noted_on: date | None = None


@dataclass(frozen=True)
class GoalInput:
    title: str
    description: str = ""
    target_date: date | None = None
    status: str = GoalStatus.ACTIVE


@dataclass(frozen=True)
class ClientInput:
    """A client's record as a form holds it. ``sliding_fee`` is text, as typed."""

    legal_first_name: str
    legal_last_name: str
    date_of_birth: date | None
    preferred_name: str = ""
    pronouns: str = ""
    sex_for_norms: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    emergency_contact_relationship: str = ""
    referral_source: str = ""
    requested_by: str = RequestedBy.SELF
    status: str = ClientStatus.ACTIVE
    code: str = ""
    fee_arrangement: str = FeeArrangement.STANDARD
    sliding_fee: str = ""
    clinical_summary: str = ""
    tags: tuple[str, ...] = ()
    guardians: tuple[GuardianInput, ...] = ()
    diagnoses: tuple[DiagnosisInput, ...] = ()
    goals: tuple[GoalInput, ...] = ()


_SIMPLE_FIELDS = [
    "legal_first_name",
    "legal_last_name",
    "preferred_name",
    "pronouns",
    "sex_for_norms",
    "date_of_birth",
    "phone",
    "email",
    "address",
    "emergency_contact_name",
    "emergency_contact_phone",
    "emergency_contact_relationship",
    "referral_source",
    "requested_by",
    "status",
    "code",
    "fee_arrangement",
    "clinical_summary",
]

_EDITABLE_STATUSES = {ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.DISCHARGED}


def clean(
    data: ClientInput,
    today: date,
    country: str,
    majority: int = 18,
    money_locale: str = "en_US",
) -> ClientInput:
    """The input checked and tidied; ValidationError names every field that is wrong.

    Field keys of nested items are ``guardians.0.phone``, ``diagnoses.1.code`` …
    An amount is read the way ``money_locale`` writes numbers ("85,50" in de_DE).
    """
    problems: dict[str, str] = {}
    text = {
        f.name: str(getattr(data, f.name)).strip()
        for f in fields(data)
        if isinstance(getattr(data, f.name), str)
    }
    for name, missing in (
        ("legal_first_name", marked("Enter the client's legal first name.")),
        ("legal_last_name", marked("Enter the client's legal last name.")),
    ):
        if not text[name]:
            problems[name] = missing
    dob = data.date_of_birth
    if dob is None:
        problems["date_of_birth"] = marked("Enter the date of birth.")
    elif dob > today:
        problems["date_of_birth"] = marked("The date of birth cannot be in the future.")
    elif age_on(dob, today) > MAX_AGE_YEARS:
        problems["date_of_birth"] = words(
            "That would make the client older than {age}.", age=MAX_AGE_YEARS
        )
    for name in ("phone", "emergency_contact_phone"):
        try:
            text[name] = format_phone(text[name], country)
        except ValueError as exc:
            problems[name] = said(exc)
    try:
        text["email"] = normalise_email(text["email"])
    except ValueError as exc:
        problems["email"] = said(exc)
    if text["sex_for_norms"] not in SEXES_FOR_NORMS:
        problems["sex_for_norms"] = marked("Choose female, male, or not recorded.")
    if text["requested_by"] not in set(RequestedBy):
        problems["requested_by"] = marked("Choose who asked for the therapy.")
    if text["status"] not in _EDITABLE_STATUSES:
        problems["status"] = marked(
            "Choose active, paused or discharged (archive from the record)."
        )
    text["code"] = text["code"].upper()
    if text["code"] and not CODE_PATTERN.match(text["code"]):
        problems["code"] = marked("2 to 12 letters, digits or dashes, e.g. C0042.")
    if text["fee_arrangement"] not in set(FeeArrangement):
        problems["fee_arrangement"] = marked("Choose standard or sliding-scale.")
    sliding = ""
    if text["fee_arrangement"] == FeeArrangement.SLIDING_SCALE:
        try:
            amount = parse_money(text["sliding_fee"], money_locale)
        except ValueError as exc:
            problems["sliding_fee"] = said(exc)
        else:
            if amount <= 0:
                problems["sliding_fee"] = marked("A sliding-scale rate must be more than zero.")
            elif amount >= MAX_SLIDING_FEE:
                problems["sliding_fee"] = words(
                    "A sliding-scale rate must be less than {amount}.",
                    amount=format_amount(MAX_SLIDING_FEE),
                )
            sliding = str(amount)

    guardians = []
    for i, g in enumerate(data.guardians):
        name = g.name.strip()
        if not name:
            problems[f"guardians.{i}.name"] = marked("Enter the guardian's name.")
        phone, email = g.phone, g.email
        try:
            phone = format_phone(g.phone, country)
        except ValueError as exc:
            problems[f"guardians.{i}.phone"] = said(exc)
        try:
            email = normalise_email(g.email)
        except ValueError as exc:
            problems[f"guardians.{i}.email"] = said(exc)
        guardians.append(
            replace(g, name=name, relation=g.relation.strip(), phone=phone, email=email)
        )
    minor = dob is not None and dob <= today and age_on(dob, today) < majority
    if minor and not any(g.can_consent and g.name.strip() for g in data.guardians):
        problems["guardians"] = words(
            "The client is under {age}: add at least one guardian who can consent.", age=majority
        )

    found = []
    for i, d in enumerate(data.diagnoses):
        code = diagnoses.lookup(d.code)
        if code is None:
            problems[f"diagnoses.{i}.code"] = words(
                "“{code}” is not an ICD-10-CM code.", code=d.code
            )
            continue
        found.append(replace(d, code=code.code, description=d.description or code.description))
    if sum(d.is_primary for d in found) > 1:
        problems["diagnoses"] = marked("Mark only one diagnosis as primary.")

    goals = []
    for i, goal in enumerate(data.goals):
        if not goal.title.strip():
            problems[f"goals.{i}.title"] = marked("Give the goal a title.")
        if goal.status not in set(GoalStatus):
            problems[f"goals.{i}.status"] = marked("Choose a status for the goal.")
        goals.append(replace(goal, title=goal.title.strip(), description=goal.description.strip()))

    # One tag per name whatever its case ("Anxiety", "anxiety"): the first spelling wins.
    unique_tags: dict[str, str] = {}
    for t in data.tags:
        unique_tags.setdefault(t.strip().casefold(), t.strip())
    tags = tuple(sorted((t for t in unique_tags.values() if t), key=str.casefold))
    if any(len(t) > 60 for t in tags):
        problems["tags"] = marked("A tag has at most 60 characters.")
    if problems:
        raise ValidationError(problems)
    strings: dict[str, Any] = {k: v for k, v in text.items() if k != "sliding_fee"}
    return replace(
        data,
        **strings,
        sliding_fee=sliding,
        tags=tags,
        guardians=tuple(guardians),
        diagnoses=tuple(found),
        goals=tuple(goals),
    )


# ---------------------------------------------------------------- derived


def display_name(first: str, last: str, preferred: str = "") -> str:
    """How the practice addresses the client: ``Lastname, Preferred (First)``."""
    if preferred and preferred != first:
        return f"{last}, {preferred} ({first})"
    return f"{last}, {first}"


class SearchableClient(Protocol):
    """The fields a client's search text and sort key are made from (a Client has them)."""

    @property
    def legal_first_name(self) -> str: ...
    @property
    def legal_last_name(self) -> str: ...
    @property
    def preferred_name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...


def search_text_for(client: SearchableClient) -> str:
    """What search-as-you-type matches: names, code and e-mail folded, the phone's digits."""
    parts = [
        client.legal_first_name,
        client.legal_last_name,
        client.preferred_name,
        client.code,
        client.email,
    ]
    number = digits(client.phone)
    return " ".join([fold(" ".join(parts)), number, number[-7:]])


def sort_name_for(client: SearchableClient) -> str:
    """The key the client list sorts by: last name, then the name the client goes by."""
    return fold(f"{client.legal_last_name} {client.preferred_name or client.legal_first_name}")


def next_code(session: Session) -> str:
    """The next free automatic client code: C0001, C0002 … (never an erased client's code)."""
    erased = {
        entry.detail.get("code")
        for entry in session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "erase", AuditEntry.record_type == "client"
            )
        )
    }
    count = session.scalar(select(func.count(Client.id))) or 0
    n = count + 1
    while (
        f"C{n:04d}" in erased
        or session.scalar(select(Client.id).where(Client.code == f"C{n:04d}")) is not None
    ):
        n += 1
    return f"C{n:04d}"


# ----------------------------------------------------------------- writing


def _as_audit_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _nested_summary(client: Client) -> dict[str, Any]:
    return {
        "tags": ", ".join(t.name for t in client.tags),
        "guardians": "; ".join(
            f"{g.name} ({g.relation or 'guardian'}"
            f"{', consents' if g.can_consent else ''}{', pays' if g.pays else ''})"
            for g in client.guardians
        ),
        "diagnoses": "; ".join(
            f"{d.code}{' (primary)' if d.is_primary else ''}" for d in client.diagnoses
        ),
        "goals": "; ".join(f"{g.title} [{g.status}]" for g in client.goals),
        "sliding_fee": format_amount(from_minor(client.sliding_fee_minor))
        if client.sliding_fee_minor is not None
        else "",
    }


def _snapshot(client: Client) -> dict[str, Any]:
    values = {name: _as_audit_value(getattr(client, name)) for name in _SIMPLE_FIELDS}
    values.update(_nested_summary(client))
    return values


def _tags(session: Session, names: Sequence[str]) -> list[Tag]:
    existing = {
        t.name.casefold(): t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))
    }
    out = []
    for name in names:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = session.scalar(select(Tag).where(func.lower(Tag.name) == name.lower()))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        out.append(tag)
    return out


def _apply(session: Session, client: Client, data: ClientInput, today: date) -> None:
    for name in _SIMPLE_FIELDS:
        if name == "code" and not data.code:
            continue
        setattr(client, name, getattr(data, name))
    client.sliding_fee_minor = (
        to_minor(Decimal(data.sliding_fee))
        if data.fee_arrangement == FeeArrangement.SLIDING_SCALE
        else None
    )
    client.tags = _tags(session, data.tags)
    client.guardians = [Guardian(**asdict(g)) for g in data.guardians]
    client.diagnoses = [
        Diagnosis(
            code=d.code,
            description=d.description,
            is_primary=d.is_primary,
            noted_on=d.noted_on or today,
        )
        for d in data.diagnoses
    ]
    client.goals = [TreatmentGoal(**asdict(g)) for g in data.goals]
    client.search_text = search_text_for(client)
    client.sort_name = sort_name_for(client)


def _check_code_free(session: Session, code: str, own_id: int | None) -> None:
    if not code:
        return
    other = session.scalar(select(Client.id).where(Client.code == code))
    if other is not None and other != own_id:
        raise ValidationError(
            {"code": words("The code {code} is already used by another client.", code=code)}
        )


def _cleaned(session: Session, data: ClientInput, today: date) -> ClientInput:
    country = get_profile(session).country
    majority = retention_policy(session).age_of_majority
    return clean(data, today, country, majority, get_setting(session, "billing.locale"))


def create_client(
    session: Session, data: ClientInput, today: date, prospect_id: int | None = None
) -> tuple[int, Changed]:
    """Validate and store a new client; returns its id."""
    checked = _cleaned(session, data, today)
    _check_code_free(session, checked.code, None)
    client = Client(code=checked.code or next_code(session))
    session.add(client)
    _apply(session, client, checked, today)
    session.flush()
    snapshot = _snapshot(client)
    audit.record_changes(
        session,
        "client",
        client.id,
        {k: (None, v) for k, v in snapshot.items() if v not in ("", None)},
        action="create",
    )
    if prospect_id is not None:
        audit.record(session, "link", "client", client.id, {"prospect_id": prospect_id})
    return client.id, Changed.CLIENTS


def _load(session: Session, client_id: int) -> Client:
    client = session.get(
        Client,
        client_id,
        options=[
            selectinload(Client.guardians),
            selectinload(Client.diagnoses),
            selectinload(Client.goals),
            selectinload(Client.tags),
        ],
    )
    if client is None:
        raise ClientNotFound()
    return client


def update_client(session: Session, client_id: int, data: ClientInput, today: date) -> Changed:
    """Validate and store changes; every changed field is audited old → new."""
    client = _load(session, client_id)
    if client.status == ClientStatus.ARCHIVED:
        raise ArchivedRecord()
    checked = _cleaned(session, data, today)
    if not checked.code:
        checked = replace(checked, code=client.code)
    _check_code_free(session, checked.code, client.id)
    before = _snapshot(client)
    _apply(session, client, checked, today)
    session.flush()
    after = _snapshot(client)
    changes = {k: (before[k], after[k]) for k in after if before.get(k) != after[k]}
    audit.record_changes(session, "client", client.id, changes)
    return Changed.CLIENTS if changes else Changed.NOTHING


def set_last_service(session: Session, client_id: int, day: date) -> None:
    """Record the latest day the client was served (kept for the retention period)."""
    client = _load(session, client_id)
    if client.last_service_on is None or day > client.last_service_on:
        client.last_service_on = day


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class ClientRecord:
    """One client as the screens show it (plain data: safe to pass between threads)."""

    id: int
    data: ClientInput
    age: int
    is_minor: bool
    display_name: str
    status: str
    archived_at: datetime | None
    retention_until: date | None
    last_service_on: date | None
    created_at: datetime

    @property
    def is_archived(self) -> bool:
        return self.status == ClientStatus.ARCHIVED

    def may_be_erased_for_retention(self, today: date) -> bool:
        return self.retention_until is not None and today >= self.retention_until


def _as_input(client: Client) -> ClientInput:
    return ClientInput(
        **{name: getattr(client, name) for name in _SIMPLE_FIELDS},
        sliding_fee=str(from_minor(client.sliding_fee_minor))
        if client.sliding_fee_minor is not None
        else "",
        tags=tuple(t.name for t in client.tags),
        guardians=tuple(
            GuardianInput(g.name, g.relation, g.phone, g.email, g.can_consent, g.pays)
            for g in client.guardians
        ),
        diagnoses=tuple(
            DiagnosisInput(d.code, d.description, d.is_primary, d.noted_on)
            for d in client.diagnoses
        ),
        goals=tuple(
            GoalInput(g.title, g.description, g.target_date, g.status) for g in client.goals
        ),
    )


def get_client(session: Session, client_id: int, today: date) -> ClientRecord:
    client = _load(session, client_id)
    majority = retention_policy(session).age_of_majority
    return ClientRecord(
        id=client.id,
        data=_as_input(client),
        age=age_on(client.date_of_birth, today),
        is_minor=age_on(client.date_of_birth, today) < majority,
        display_name=display_name(
            client.legal_first_name, client.legal_last_name, client.preferred_name
        ),
        status=client.status,
        archived_at=client.archived_at,
        retention_until=client.retention_until,
        last_service_on=client.last_service_on,
        created_at=client.created_at,
    )


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    statuses: frozenset[str] = frozenset(_EDITABLE_STATUSES)
    tag: str = ""
    sort: SortKey = SortKey.NAME


def _filtered(query: ClientQuery) -> Select[Any]:
    statement = select(Client.id)
    if query.statuses:
        statement = statement.where(Client.status.in_(sorted(query.statuses)))
    for token in search_tokens(query.text):
        statement = statement.where(Client.search_text.like(like_pattern(token), escape="\\"))
    if query.tag:
        statement = statement.where(
            Client.id.in_(
                select(client_tag.c.client_id)
                .join(Tag, Tag.id == client_tag.c.tag_id)
                .where(Tag.name == query.tag)
            )
        )
    return statement


def _ordered(query: ClientQuery) -> Select[Any]:
    statement = _filtered(query)
    if query.sort == SortKey.LAST_SESSION:
        return statement.order_by(
            Client.last_service_on.is_(None), Client.last_service_on.desc(), Client.sort_name
        )
    # Next session sorts by name until the calendar knows the sessions.
    return statement.order_by(Client.sort_name, Client.id)


def search_ids(session: Session, query: ClientQuery) -> list[int]:
    """Ids of every client matching ``query``, in the list's order."""
    return list(session.scalars(_ordered(query)))


def count(session: Session, query: ClientQuery) -> int:
    """How many clients match ``query`` (what the list's length and scroll bar need)."""
    return session.scalar(select(func.count()).select_from(_filtered(query).subquery())) or 0


def search_page(session: Session, query: ClientQuery, offset: int, limit: int) -> list[int]:
    """One window of the matching ids, in the list's order.

    The list asks for the count and the first window on each keystroke, and
    for further windows as the clinician scrolls: a search matching 20,000
    clients costs what one screenful costs.
    """
    return list(session.scalars(_ordered(query).offset(offset).limit(limit)))


@dataclass(frozen=True)
class ClientRow:
    """What the client list shows per row."""

    id: int
    name: str
    code: str
    status: str
    age: int
    is_minor: bool
    phone: str
    email: str
    last_service_on: date | None
    tags: str


def rows(session: Session, ids: Sequence[int], today: date, majority: int = 18) -> list[ClientRow]:
    """The rows for ``ids`` (in that order)."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in session.execute(
            select(
                Client.id,
                Client.legal_first_name,
                Client.legal_last_name,
                Client.preferred_name,
                Client.code,
                Client.status,
                Client.date_of_birth,
                Client.phone,
                Client.email,
                Client.last_service_on,
            ).where(Client.id.in_(list(ids)))
        )
    }
    tag_names: dict[int, list[str]] = {}
    for client_id, name in session.execute(
        select(client_tag.c.client_id, Tag.name)
        .join(Tag, Tag.id == client_tag.c.tag_id)
        .where(client_tag.c.client_id.in_(list(ids)))
        .order_by(Tag.name)
    ):
        tag_names.setdefault(client_id, []).append(name)
    out = []
    for client_id in ids:
        r = found.get(client_id)
        if r is None:
            continue
        age = age_on(r.date_of_birth, today)
        out.append(
            ClientRow(
                id=r.id,
                name=display_name(r.legal_first_name, r.legal_last_name, r.preferred_name),
                code=r.code,
                status=r.status,
                age=age,
                is_minor=age < majority,
                phone=r.phone,
                email=r.email,
                last_service_on=r.last_service_on,
                tags=", ".join(tag_names.get(client_id, [])),
            )
        )
    return out


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))


# -------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class PossibleDuplicate:
    client_id: int
    name: str
    code: str
    reason: str
    #: The reasons ``reason`` joins, each a marked phrase the screen can translate.
    reasons: tuple[str, ...] = ()


def find_duplicates(
    session: Session, data: ClientInput, exclude_id: int | None = None
) -> list[PossibleDuplicate]:
    """Existing clients that may be the same person: name and birth date, phone or e-mail."""
    conditions = []
    if data.date_of_birth is not None and data.legal_last_name.strip():
        conditions.append(Client.date_of_birth == data.date_of_birth)
    number = digits(data.phone)
    if len(number) >= 7:
        conditions.append(Client.search_text.like(like_pattern(number[-7:]), escape="\\"))
    email = data.email.strip().casefold()
    if email:
        conditions.append(func.lower(Client.email) == email)
    if not conditions:
        return []
    statement = select(Client).where(or_(*conditions))
    if exclude_id is not None:
        statement = statement.where(Client.id != exclude_id)
    first, last = fold(data.legal_first_name), fold(data.legal_last_name)
    out = []
    for client in session.scalars(statement.limit(50)):
        reasons = []
        same_name = fold(client.legal_last_name) == last and (
            fold(client.legal_first_name) == first or fold(client.preferred_name) == first
        )
        if same_name and client.date_of_birth == data.date_of_birth:
            reasons.append(marked("same name and date of birth"))
        if len(number) >= 7 and digits(client.phone)[-7:] == number[-7:]:
            reasons.append(marked("same phone number"))
        if email and client.email.casefold() == email:
            reasons.append(marked("same e-mail address"))
        if reasons:
            out.append(
                PossibleDuplicate(
                    client.id,
                    display_name(
                        client.legal_first_name, client.legal_last_name, client.preferred_name
                    ),
                    client.code,
                    ", ".join(reasons),
                    tuple(reasons),
                )
            )
    return out


# ----------------------------------------------------- archive and erase


def archive(session: Session, client_id: int, today: date) -> Changed:
    """Archive the client: read-only, hidden from the usual lists, kept until retention ends.

    Refused while a note is still a draft: an archived record cannot be
    changed, so the draft is signed or deleted first.
    """
    client = _load(session, client_id)
    if client.status == ClientStatus.ARCHIVED:
        return Changed.NOTHING
    drafts = _count(session, Note, Note.client_id == client_id, Note.status != NoteStatus.SIGNED)
    if drafts:
        raise ArchiveRefused(
            words(
                "{code} has 1 unsigned note. Sign or delete it first: "
                "an archived record cannot be changed.",
                code=client.code,
            )
            if drafts == 1
            else words(
                "{code} has {count} unsigned notes. Sign or delete them first: "
                "an archived record cannot be changed.",
                code=client.code,
                count=drafts,
            )
        )
    keep_until = retention_until(
        client.date_of_birth, client.last_service_on, today, retention_policy(session)
    )
    old_status = client.status
    client.status = ClientStatus.ARCHIVED
    client.archived_at = datetime.now(UTC)
    client.retention_until = keep_until
    audit.record_changes(
        session,
        "client",
        client.id,
        {
            "status": (old_status, ClientStatus.ARCHIVED),
            "retention_until": (None, keep_until.isoformat()),
        },
        action="archive",
    )
    return Changed.CLIENTS


def restore(session: Session, client_id: int) -> Changed:
    """Bring an archived client back to the active list."""
    client = _load(session, client_id)
    if client.status != ClientStatus.ARCHIVED:
        return Changed.NOTHING
    old_until = client.retention_until
    client.status = ClientStatus.ACTIVE
    client.archived_at = None
    client.retention_until = None
    audit.record_changes(
        session,
        "client",
        client.id,
        {
            "status": (ClientStatus.ARCHIVED, ClientStatus.ACTIVE),
            "retention_until": (old_until.isoformat() if old_until else None, None),
        },
        action="restore",
    )
    return Changed.CLIENTS


def erase(
    session: Session, client_id: int, reason: EraseReason, typed_confirmation: str, today: date
) -> Changed:
    """Erase a client for good. The clinician must type the client's code to confirm.

    Allowed for an archived record whose retention period has ended, and for a
    record entered by mistake — one that is not archived and holds no signed
    note and no invoice (those are records of care and of money, kept for
    their retention period: archive instead). The audit log keeps that it
    happened (id, code, reason), not what the record said. The client's signed
    consents keep their place in the consent chain, as hashes only (see
    :mod:`app.consents`).
    """
    client = _load(session, client_id)
    if typed_confirmation.strip().upper() != client.code.upper():
        raise EraseRefused(
            words("To erase, type the client's code ({code}) exactly.", code=client.code)
        )
    kept = client.retention_until is None or today < client.retention_until
    archived = client.status == ClientStatus.ARCHIVED
    if (reason == EraseReason.RETENTION_ENDED or archived) and kept:
        raise EraseRefused(
            words(
                "This record must be kept until {date}; it cannot be erased yet.",
                date=client.retention_until.isoformat(),
            )
            if client.retention_until
            else marked("No retention date is set for this record, so it cannot be erased yet.")
        )
    if reason == EraseReason.ENTERED_BY_MISTAKE and not archived:
        signed = _count(
            session, Note, Note.client_id == client_id, Note.status == NoteStatus.SIGNED
        )
        invoices = _count(session, Invoice, Invoice.client_id == client_id)
        if signed or invoices:
            notes_held = (
                words("{count} signed note", count=signed)
                if signed == 1
                else words("{count} signed notes", count=signed)
            )
            invoices_held = (
                words("{count} invoice", count=invoices)
                if invoices == 1
                else words("{count} invoices", count=invoices)
            )
            held: str
            if signed and invoices:
                held = words("{notes} and {invoices}", notes=notes_held, invoices=invoices_held)
            else:
                held = notes_held if signed else invoices_held
            raise EraseRefused(
                words(
                    "{code} has {held}, so it was not entered by mistake. "
                    "Archive the record instead: it is then kept until its retention period ends.",
                    code=client.code,
                    held=held,
                )
            )
    code = client.code
    erased_consents = _keep_consents_in_chain(session, client_id, today)
    session.delete(client)
    session.flush()
    detail: dict[str, Any] = {"code": code, "reason": str(reason)}
    if erased_consents:
        detail["consents"] = erased_consents
    audit.record(session, "erase", "client", client_id, detail)
    return Changed.CLIENTS


def _count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _keep_consents_in_chain(session: Session, client_id: int, today: date) -> list[int]:
    """Before a client is erased: their consents' hashes into ``consent_erased``; returns the ids.

    The rows themselves go with the client (the foreign key cascades). A
    consent signed as a couple stays: it is the partner's signed form too, so
    it passes to the partner (or simply loses the erased client's id).
    """
    shared = session.scalars(
        select(ConsentRecord).where(
            ConsentRecord.client_id == client_id,
            type_coerce(ConsentRecord.partner_ids, String) != "[]",
        )
    )
    for row in shared:
        first, *rest = row.partner_ids
        row.client_id, row.partner_ids = first, rest
    session.flush()
    own = session.execute(
        select(
            ConsentRecord.id,
            ConsentRecord.content_hash,
            ConsentRecord.prev_hash,
            ConsentRecord.chain_hash,
        )
        .where(ConsentRecord.client_id == client_id)
        .order_by(ConsentRecord.id)
    ).all()
    session.add_all(
        ConsentErased(
            id=record_id,
            content_hash=content_hash,
            prev_hash=prev_hash,
            chain_hash=chain_hash,
            erased_on=today,
        )
        for record_id, content_hash, prev_hash, chain_hash in own
    )
    couples = session.scalars(
        select(ConsentRecord)
        .where(
            ConsentRecord.client_id != client_id,
            type_coerce(ConsentRecord.partner_ids, String) != "[]",
        )
        .options(load_only(ConsentRecord.id, ConsentRecord.partner_ids))
    )
    for row in couples:
        if client_id in (row.partner_ids or []):
            row.partner_ids = [p for p in row.partner_ids if p != client_id]
    session.flush()
    return [record_id for record_id, *_ in own]


# ----------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    action: str
    field: str
    old: Any
    new: Any


def history(session: Session, client_id: int) -> list[HistoryEntry]:
    """Every audited change to the client's record, newest first, one line per field."""
    of_this_id = (AuditEntry.record_type == "client", AuditEntry.record_id == str(client_id))
    # SQLite hands an erased client's id to the next new client: that client's
    # history starts after the erasure, and never shows the erased person's entries.
    erased_at = session.scalar(
        select(func.max(AuditEntry.id)).where(*of_this_id, AuditEntry.action == "erase")
    )
    entries = session.scalars(
        select(AuditEntry)
        .where(*of_this_id, AuditEntry.id > (erased_at or 0))
        .order_by(AuditEntry.id.desc())
    )
    out = []
    for entry in entries:
        changed = entry.detail.get("fields") if isinstance(entry.detail, dict) else None
        if changed:
            for name, (old, new) in changed.items():
                out.append(HistoryEntry(entry.at, entry.action, name, old, new))
        else:
            out.append(HistoryEntry(entry.at, entry.action, "", None, None))
    return out


def retention_if_archived(session: Session, client_id: int, today: date) -> date:
    """Until when the record would be kept if it were archived today."""
    client = _load(session, client_id)
    return retention_until(
        client.date_of_birth, client.last_service_on, today, retention_policy(session)
    )
