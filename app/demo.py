"""A deterministic synthetic practice, for the demo and the benchmarks.

Everything is made from a seeded random generator and a fixed "today"
(:data:`DEMO_TODAY`), so the same scale and seed always give the same practice.
No real person's data is involved: names are drawn from word lists, phone
numbers from the ranges reserved for fiction, e-mail addresses from
example.org and example.com. Each capability of the practice adds its records
here as it is built.

Records are written in bulk, not through :func:`app.clients.create_client`
(which validates and audits each one): 25,000 clients would take minutes.
What the services derive on save — search text, sort key, formatted phone
numbers, the scores of a questionnaire — is derived here with the same
functions, so search and charts behave exactly as for records typed in;
generating the practice is audited once.

Consents are the exception: they are signed through :func:`app.consents.sign`
(and a few attached as paper scans, one revoked), so their PDFs and their chain
are real, and each is audited as a signature typed in would be. Rendering a PDF
takes tens of milliseconds, so a large practice signs only its most recently
seen clients (:data:`MAX_DEMO_CONSENTS`).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import random
import struct
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import Table, func, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app import audit, consent, consents, notes
from app.billing import BillingSettings, billing_settings, set_billing_settings
from app.calendar import DEFAULT_SERVICES, Recurrence, Repeat, rule_for
from app.clients import search_text_for, sort_name_for
from app.consents import SignatureInput, SigningInput
from app.contact import format_phone
from app.demo_billing import BilledAppointment, BilledClient, Ledger, ServicePrice
from app.demo_data import (
    ADULT_STORIES,
    CITIES,
    COMPLAINT_STORIES,
    CULTURES,
    DIAGNOSIS_DESCRIPTIONS,
    EVALUATION_COMMENTS,
    LIFE_DETAILS,
    LOCAL_AREA_CODES,
    LOW_EVALUATION_COMMENTS,
    MEDICAL_CONDITIONS,
    MINOR_MEDICAL_CONDITIONS,
    MINOR_RISK_ACKNOWLEDGEMENTS,
    MINOR_RISK_HISTORY_SOME,
    MINOR_STORIES,
    MINOR_SUBSTANCE_USE,
    NEUTRAL_NAMES,
    NICKNAMES,
    NOT_PROCEEDING_NOTES,
    OTHER_AREA_CODES,
    PREFERRED_TIMES,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    REFERRAL_SOURCES,
    RESOLUTION_NOTES,
    RESOLUTION_WEIGHTS,
    REVISED_CANCELLATION,
    REVOKE_REASONS,
    RISK_ACKNOWLEDGEMENTS,
    RISK_HISTORY_EMOTION,
    RISK_HISTORY_NONE,
    RISK_HISTORY_SOME,
    SCREEN_PROFILES,
    SESSION_RISK_NOTES,
    STREETS,
    SUBSTANCE_USE_BY_AUDITC,
    THEMES,
    Culture,
    IntakeStory,
    ScreenProfile,
    Theme,
)
from app.demo_notes import ClientStory, Course, IntakeTold, NoteWriter, Task
from app.documents.consent_data import CLIENT, CLINICIAN, GUARDIAN
from app.documents.dates import format_date
from app.instruments import Instrument, load_all
from app.intake import DEFAULT_SCREENS, IntakeData
from app.models import (
    Administration,
    AnsweredBy,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    AppointmentStatus,
    AuditEntry,
    Base,
    BlockedTime,
    Client,
    ClientStatus,
    ClinicianGuess,
    ConsentAudience,
    ConsentTemplate,
    Diagnosis,
    FeeArrangement,
    FollowUp,
    FollowUpStatus,
    GoalStatus,
    Guardian,
    Homework,
    Intake,
    Note,
    NoteAddendum,
    NoteKind,
    NoteStatus,
    NotProceedingReason,
    Prospect,
    ProspectStatus,
    RequestedBy,
    Service,
    ServiceKind,
    Tag,
    TreatmentGoal,
    TreatmentIntervention,
    TreatmentObjective,
)
from app.models.client import client_tag
from app.practice import (
    FeePolicy,
    ProfileInput,
    get_profile,
    retention_policy,
    save_profile,
    set_auto_lock_minutes,
    set_fee_policy,
)
from app.prospects import search_text_for as prospect_search_text_for
from app.retention import RetentionPolicy, age_on, retention_until
from app.scoring import Score, score
from app.text import fold
from app.vault import KdfPolicy, Vault

DEMO_PASSPHRASE = "demo practice passphrase"
DEFAULT_SEED = 20261127
#: The demo practice's "today": generated dates never depend on the clock.
DEMO_TODAY = date(2026, 11, 27)
DEMO_COUNTRY = "US"
DEMO_TIME_ZONE = "America/Los_Angeles"

T = TypeVar("T")


@dataclass(frozen=True)
class DemoScale:
    """How big the synthetic practice is."""

    name: str
    years: int
    clients: int
    appointments_per_client_year: int
    #: How many appointments may share an hour. One person sees one client at a time,
    #: but DESIGN.md's ten-year practice holds 75,000 appointments (thirty a working
    #: day), so the benchmark's practice lets up to ten share an hour: every list, chart
    #: and search then holds DESIGN's counts, and its busiest week (255 appointments) is
    #: about six times a real one.
    lanes: int = 1
    #: How much longer than usual its clients stay in therapy (the ten-year practice's
    #: 75,000 appointments are thirty per client).
    therapy_length: float = 1.0


SCALES = {
    # A year of a new practice: enough to click through every screen.
    "small": DemoScale("small", years=1, clients=80, appointments_per_client_year=30),
    # DESIGN.md's ten-year practice: the reference for every performance budget.
    "10y": DemoScale(
        "10y",
        years=10,
        clients=2_500,
        appointments_per_client_year=30,
        lanes=10,
        therapy_length=1.25,
    ),
    # Ten years with ten times the people, to show the lists stay smooth.
    "large": DemoScale("large", years=10, clients=25_000, appointments_per_client_year=3),
}

_PRACTICES = [
    ("Harbour Light Counselling", "Dr. Maya Okafor", "PsyD, Licensed Psychologist", "PSY 31842"),
    ("Cedar Street Therapy", "Jonas Whitfield", "LCSW", "LCS 88213"),
    ("Quiet River Psychotherapy", "Dr. Elena Marsh", "PhD, Clinical Psychologist", "PSY 27719"),
]

# Shares of the practice (DESIGN.md's "realistic" mix).
MINOR_SHARE = 0.12
ARCHIVED_SHARE = 0.10
SLIDING_SCALE_SHARE = 0.12
PROSPECTS_PER_CLIENT = 0.5
CONVERTED_SHARE = 0.44  # of the prospects: the ones that became clients

_SLIDING_FEES_MINOR = (6000, 7000, 7500, 8000, 9000, 10000)
#: Self-report screens for adolescents (from this age); younger children are not screened.
SCREENING_AGE = 12
ADOLESCENT_SCREENS = ("phq9", "gad7")
#: Follow-ups of intakes older than this are mostly resolved; newer ones mostly still open.
SETTLED_AFTER = timedelta(days=28)
#: The share of follow-ups resolved by "today", by kind: (intake settled, intake recent).
RESOLVED_SHARE = {"risk": (1.0, 0.85), "screen": (0.92, 0.25)}
#: The fields of an intake row's ``data`` (what :meth:`IntakeData.without_screens` keeps).
INTAKE_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(IntakeData)
    if f.name not in ("client", "screens", "risk_acknowledgement")
)
_PRONOUNS_ANYONE = ("they/them",) * 3 + ("she/they", "he/they")
#: At most this many consents are signed (each renders a PDF): the most recently seen clients'.
MAX_DEMO_CONSENTS = 300
#: The share of consents signed on the adult agreement's first version, before it was revised.
OUTDATED_CONSENT_SHARE = 0.12
TYPED_SIGNATURE_SHARE = 0.25
PAPER_CONSENTS = 2
#: Where a pad's drawing may go: x from 0 to 1, y down from 0 to the pad's height over width.
_PAD_HEIGHT = 150 / 420

Stroke = tuple[tuple[float, float], ...]


def demo_profile(rng: random.Random) -> ProfileInput:
    practice, clinician, credentials, licence = rng.choice(_PRACTICES)
    return ProfileInput(
        practice_name=practice,
        clinician_name=clinician,
        credentials=credentials,
        licence_number=licence,
        address=(
            f"{rng.randint(10, 990)} Harbor Way, Suite {rng.randint(2, 9)}0\nSan Diego, CA 92101"
        ),
        phone=f"(619) 555-01{rng.randint(10, 99)}",
        email="office@example.org",
        website="www.example.org",
        country=DEMO_COUNTRY,
        time_zone=DEMO_TIME_ZONE,
    )


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`populate` made (also the detail of its one audit entry)."""

    scale: str
    seed: int
    today: date
    clients: int
    minors: int
    guardians: int
    diagnoses: int
    goals: int
    client_statuses: dict[str, int]
    prospects: int
    prospect_statuses: dict[str, int]
    intakes: int = 0
    administrations: int = 0
    administrations_by_instrument: dict[str, int] = field(default_factory=dict)
    #: Given before or after a session (check-ins, outcome measures, evaluations).
    session_administrations: int = 0
    #: The clinician's guesses of how a client would rate a session.
    clinician_guesses: int = 0
    follow_ups: int = 0
    open_follow_ups: int = 0
    risk_follow_ups: int = 0
    open_risk_follow_ups: int = 0
    consents: int = 0
    outdated_consents: int = 0
    paper_consents: int = 0
    revoked_consents: int = 0
    services: int = 0
    appointment_series: int = 0
    appointments: int = 0
    appointment_statuses: dict[str, int] = field(default_factory=dict)
    appointment_kinds: dict[str, int] = field(default_factory=dict)
    future_appointments: int = 0
    couples_sessions: int = 0
    blocked_times: int = 0
    #: Progress notes (signed and drafts), late entries, addenda, private process notes.
    notes: int = 0
    notes_signed: int = 0
    notes_unsigned: int = 0
    late_entries: int = 0
    addenda: int = 0
    process_notes: int = 0
    homework_assigned: int = 0
    homework_reviewed: int = 0
    homework_reviews: dict[str, int] = field(default_factory=dict)
    treatment_objectives: int = 0
    treatment_interventions: int = 0
    #: Billing (see :mod:`app.demo_billing`).
    charges: int = 0
    waived_charges: int = 0
    manual_charges: int = 0
    invoices: int = 0
    void_invoices: int = 0
    open_invoices: int = 0
    payments: int = 0
    credits: int = 0
    write_offs: int = 0
    payment_habits: dict[str, int] = field(default_factory=dict)

    def as_detail(self) -> dict[str, Any]:
        return {
            "scale": self.scale,
            "seed": self.seed,
            "today": self.today.isoformat(),
            "clients": self.clients,
            "minors": self.minors,
            "guardians": self.guardians,
            "diagnoses": self.diagnoses,
            "goals": self.goals,
            "client_statuses": dict(sorted(self.client_statuses.items())),
            "prospects": self.prospects,
            "prospect_statuses": dict(sorted(self.prospect_statuses.items())),
            "intakes": self.intakes,
            "administrations": self.administrations,
            "administrations_by_instrument": dict(
                sorted(self.administrations_by_instrument.items())
            ),
            "session_administrations": self.session_administrations,
            "clinician_guesses": self.clinician_guesses,
            "follow_ups": self.follow_ups,
            "open_follow_ups": self.open_follow_ups,
            "risk_follow_ups": self.risk_follow_ups,
            "open_risk_follow_ups": self.open_risk_follow_ups,
            "consents": self.consents,
            "outdated_consents": self.outdated_consents,
            "paper_consents": self.paper_consents,
            "revoked_consents": self.revoked_consents,
            "services": self.services,
            "appointment_series": self.appointment_series,
            "appointments": self.appointments,
            "appointment_statuses": dict(sorted(self.appointment_statuses.items())),
            "appointment_kinds": dict(sorted(self.appointment_kinds.items())),
            "future_appointments": self.future_appointments,
            "couples_sessions": self.couples_sessions,
            "blocked_times": self.blocked_times,
            "notes": self.notes,
            "notes_signed": self.notes_signed,
            "notes_unsigned": self.notes_unsigned,
            "late_entries": self.late_entries,
            "addenda": self.addenda,
            "process_notes": self.process_notes,
            "homework_assigned": self.homework_assigned,
            "homework_reviewed": self.homework_reviewed,
            "homework_reviews": dict(sorted(self.homework_reviews.items())),
            "treatment_objectives": self.treatment_objectives,
            "treatment_interventions": self.treatment_interventions,
            "charges": self.charges,
            "waived_charges": self.waived_charges,
            "manual_charges": self.manual_charges,
            "invoices": self.invoices,
            "void_invoices": self.void_invoices,
            "open_invoices": self.open_invoices,
            "payments": self.payments,
            "credits": self.credits,
            "write_offs": self.write_offs,
            "payment_habits": dict(sorted(self.payment_habits.items())),
        }


DEMO_FEES = FeePolicy(
    fee_individual=Decimal("150.00"),
    fee_couples=Decimal("180.00"),
    late_cancel_fee=Decimal("75.00"),
    no_show_fee=Decimal("150.00"),
)


#: The practice's identifiers on a superbill: a made-up tax id, and CMS's example NPI.
DEMO_BILLING = BillingSettings(tax_id="12-3456789", npi="1234567893")


def populate(
    vault: Vault, scale: DemoScale, seed: int = DEFAULT_SEED, today: date = DEMO_TODAY
) -> DemoSummary:
    """Fill an unlocked, empty vault with the synthetic practice (one transaction)."""
    rng = random.Random(seed)
    with vault.session() as session:
        save_profile(session, demo_profile(rng))
        set_auto_lock_minutes(session, 30)
        set_fee_policy(session, DEMO_FEES)
        consent.ensure_default_templates(session)
        if session.scalar(select(func.count(Client.id))):
            raise ValueError("The demo practice is made in an empty vault only.")
        practice = _Practice(rng, scale, today, retention_policy(session))
        practice.generate()
        # Its own generator too: the calendar changes nothing made before it.
        practice.schedule(random.Random(f"{seed} calendar"), DEMO_FEES)
        practice.store(session)
        # Its own generator: signing consents changes nothing else in the practice.
        practice.sign_consents(session, random.Random(f"{seed} consents"))
        # And the notes theirs.
        practice.write_notes(session, random.Random(f"{seed} notes"))
        # And the session feedback its own, read from the notes' course of each client.
        practice.gather_feedback(session, random.Random(f"{seed} feedback"))
        # And the bills theirs.
        set_billing_settings(session, DEMO_BILLING)
        practice.bill(session, random.Random(f"{seed} billing"))
        summary = practice.summary(seed)
        audit.record(session, "demo_generated", "vault", vault.vault_id, summary.as_detail())
    _formatted_phone.cache_clear()
    return summary


def create_demo_vault(
    data_dir: Path,
    scale: str = "small",
    seed: int = DEFAULT_SEED,
    policy: KdfPolicy | None = None,
) -> Vault:
    """Create a demo vault (passphrase :data:`DEMO_PASSPHRASE`) and return it unlocked."""
    chosen = SCALES[scale]
    rng = random.Random(seed)
    vault = Vault.create(data_dir, DEMO_PASSPHRASE, demo_profile(rng), policy=policy, demo=True)
    try:
        populate(vault, chosen, seed)
    except BaseException:
        vault.close()
        raise
    return vault


def generated(vault: Vault) -> dict[str, Any] | None:
    """What the demo generator recorded it made (its audit entry's detail), if it ran."""
    with vault.session() as session:
        detail = session.scalar(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "demo_generated")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
    return detail


# ------------------------------------------------------------- generation


class _ClientNames(NamedTuple):
    """What a client's search text and sort key are made from."""

    legal_first_name: str
    legal_last_name: str
    preferred_name: str
    code: str
    email: str
    phone: str


class _ProspectNames(NamedTuple):
    name: str
    email: str
    phone: str


def _table(model: type[Base]) -> Table:
    """The model's table: Core INSERTs with many rows go out as one executemany."""
    return Base.metadata.tables[model.__tablename__]


@cache
def _formatted_phone(typed: str) -> str:
    """The phone number as the client form would store it (same check, same format)."""
    return format_phone(typed, DEMO_COUNTRY)


def _spread(rng: random.Random, total: int, values: list[int], top: int) -> list[int]:
    """Add ``total`` to ``values`` one point at a time, on items not yet at ``top``."""
    room = [i for i, v in enumerate(values) if v < top]
    for _ in range(total):
        if not room:
            break
        k = rng.randrange(len(room))
        i = room[k]
        values[i] += 1
        if values[i] == top:
            room[k] = room[-1]
            room.pop()
    return values


class _Weighted(Generic[T]):
    """A fast weighted choice from a fixed list."""

    def __init__(self, items: Sequence[T], weights: Sequence[int]) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum)[0]


@dataclass
class _Draft:
    """One client being made, with what its enquiry (if any) needs to know."""

    intake: date
    date_of_birth: date
    minor: bool
    theme: Theme
    complaint: str
    row: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    guardians: list[dict[str, Any]] = field(default_factory=list)
    diagnoses: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    ended: bool = False
    female: bool = False
    intake_row: dict[str, Any] = field(default_factory=dict)
    administrations: list[dict[str, Any]] = field(default_factory=list)
    #: Each follow-up with the index (in ``administrations``) of the one that raised it.
    follow_ups: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


class _Practice:
    """The generator: call :meth:`generate`, then :meth:`store`."""

    def __init__(
        self, rng: random.Random, scale: DemoScale, today: date, policy: RetentionPolicy
    ) -> None:
        self.rng = rng
        self.scale = scale
        self.today = today
        self.policy = policy
        self.start = today - relativedelta(years=scale.years)
        self.zone = ZoneInfo(DEMO_TIME_ZONE)
        self.cultures = _Weighted(CULTURES, [c.weight for c in CULTURES])
        self.adult_themes = _Weighted(
            [t for t in THEMES if t.for_adults], [t.weight for t in THEMES if t.for_adults]
        )
        self.minor_themes = _Weighted(
            [t for t in THEMES if t.for_minors], [t.weight for t in THEMES if t.for_minors]
        )
        self.referrals = _Weighted(
            [s for s, _ in REFERRAL_SOURCES], [w for _, w in REFERRAL_SOURCES]
        )
        self.phone_pool = self._phone_pool()
        self.next_phone = 0
        self.emails: set[str] = set()
        self.drafts: list[_Draft] = []
        self.prospects: list[dict[str, Any]] = []
        shipped = load_all().instruments
        self.instruments: dict[str, Instrument] = {i: shipped[i] for i in DEFAULT_SCREENS}
        self.answered_by = _Weighted(
            [str(AnsweredBy.CLIENT), str(AnsweredBy.PAPER), str(AnsweredBy.CLINICIAN)],
            [70, 20, 10],
        )
        self.outcomes = {
            key: _Weighted([status for status, _ in pairs], [weight for _, weight in pairs])
            for key, pairs in RESOLUTION_WEIGHTS.items()
        }
        self.consents: Counter[str] = Counter()
        self.calendar: _Calendar | None = None
        #: The id of the calendar's first appointment, once stored.
        self.first_appointment_id = 0
        self.notebook: _Notebook | None = None
        self.feedback: _Feedback | None = None
        self.ledger: Ledger | None = None
        self.fees = FeePolicy()

    # ------------------------------------------------------------ small parts

    def _phone_pool(self) -> list[tuple[int, int]]:
        """Every fictional number, the San Diego ones first, each area in a random order."""
        local = [(a, n) for a in LOCAL_AREA_CODES for n in range(100)]
        other = [(a, n) for a in OTHER_AREA_CODES for n in range(100)]
        self.rng.shuffle(local)
        self.rng.shuffle(other)
        return local + other

    @staticmethod
    def _us_phone(area: int, line: int) -> str:
        return _formatted_phone(f"({area}) 555-01{line:02d}")

    def phone(self) -> str:
        """A phone number not given to anyone else yet (while there are any left)."""
        if self.rng.random() < 0.01:  # someone from the UK, on Ofcom's drama range
            return _formatted_phone(f"+44 20 7946 0{self.rng.randint(0, 999):03d}")
        area, line = self.phone_pool[self.next_phone % len(self.phone_pool)]
        self.next_phone += 1
        return self._us_phone(area, line)

    def other_phone(self) -> str:
        """Someone else's phone (an emergency contact): any fictional number."""
        area, line = self.phone_pool[self.rng.randrange(len(self.phone_pool))]
        return self._us_phone(area, line)

    def email(self, first: str, last: str) -> str:
        """A unique address at example.org or example.com, made from the name."""
        f = "".join(ch for ch in fold(first) if ch.isalnum())
        last_part = "".join(ch for ch in fold(last) if ch.isalnum())
        style = self.rng.random()
        if style < 0.45:
            local = f"{f}.{last_part}"
        elif style < 0.65:
            local = f"{f}{last_part}"
        elif style < 0.8:
            local = f"{f[:1]}{last_part}"
        else:
            local = f"{f}.{last_part}{self.rng.randint(1, 99)}"
        domain = "example.org" if self.rng.random() < 0.5 else "example.com"
        address = f"{local}@{domain}"
        n = 2
        while address in self.emails:
            address = f"{local}{n}@{domain}"
            n += 1
        self.emails.add(address)
        return address

    def address(self) -> str:
        city, zips = CITIES[self.rng.randrange(len(CITIES))]
        street = f"{self.rng.randint(100, 9899)} {self.rng.choice(STREETS)}"
        if self.rng.random() < 0.3:
            street += f", Apt {self.rng.randint(1, 40)}{self.rng.choice('ABCD')}"
        return f"{street}\n{city}, CA {self.rng.choice(zips)}"

    def person(
        self, female: bool | None = None, culture: Culture | None = None
    ) -> tuple[str, str, bool]:
        """(first, last, female): most names from one culture, some of mixed heritage."""
        rng = self.rng
        culture = culture or self.cultures.pick(rng)
        if female is None:
            female = rng.random() < 0.54
        r = rng.random()
        if r < 0.03:
            first = rng.choice(NEUTRAL_NAMES)
        else:
            source = culture if r < 0.88 else self.cultures.pick(rng)
            first = rng.choice(source.female if female else source.male)
        last = rng.choice(culture.last)
        if culture.name == "polish" and female and last.endswith("ski"):
            last = last[:-1] + "a"  # Kowalski → Kowalska
        elif culture.name == "hispanic" and rng.random() < 0.25:
            last = f"{last} {rng.choice(culture.last)}"
        elif rng.random() < 0.02:
            last = f"{last}-{rng.choice(self.cultures.pick(rng).last)}"
        return first, last, female

    def when(self, day: date, earliest: int = 8, latest: int = 19) -> datetime:
        """An instant on ``day`` during office hours, in UTC."""
        moment = time(self.rng.randint(earliest, latest - 1), self.rng.choice((0, 15, 30, 45)))
        return datetime.combine(day, moment, tzinfo=self.zone).astimezone(UTC)

    def day_between(self, first: date, last: date, skew: float = 1.0) -> date:
        if last <= first:
            return first
        span = (last - first).days
        return first + timedelta(days=round(span * self.rng.random() ** skew))

    # ------------------------------------------------------------- clients

    def _birth_and_intake(self, minor: bool) -> tuple[date, date]:
        rng, today = self.rng, self.today
        last_day = today - timedelta(days=1)
        if minor:
            youngest = min(date(2018, 12, 31), today - relativedelta(years=6))
            oldest = today - relativedelta(years=self.policy.age_of_majority) + timedelta(days=1)
            dob = self.day_between(oldest, youngest)
            earliest = max(self.start, dob + relativedelta(years=6))
        else:
            age = int(rng.triangular(self.policy.age_of_majority, 86, 34))
            dob = today - relativedelta(years=age) - timedelta(days=rng.randint(1, 364))
            dob = max(dob, date(1940, 1, 1))
            earliest = max(self.start, dob + relativedelta(years=self.policy.age_of_majority))
        return dob, self.day_between(min(earliest, last_day), last_day, skew=0.85)

    def generate(self) -> None:
        n = self.scale.clients
        minors = round(n * MINOR_SHARE)
        plans = [(*self._birth_and_intake(i < minors), i < minors) for i in range(n)]
        plans.sort(key=lambda p: p[1])  # codes follow the order clients came in
        for number, (dob, intake, minor) in enumerate(plans, start=1):
            self.drafts.append(self._client(number, dob, intake, minor))
        self._archive_some()
        self._make_prospects()
        self._intakes()

    def _client(self, number: int, dob: date, intake: date, minor: bool) -> _Draft:
        rng, today = self.rng, self.today
        theme = (self.minor_themes if minor else self.adult_themes).pick(rng)
        draft = _Draft(intake, dob, minor, theme, rng.choice(theme.complaints_for(minor)))
        first, last, female = self.person()
        draft.female = female
        age = age_on(dob, today)

        preferred, pronouns = "", ""
        nicknames = NICKNAMES.get(first)
        if nicknames and rng.random() < 0.4:
            preferred = rng.choice(nicknames)
        if rng.random() < 0.02:  # goes by a chosen name
            preferred = rng.choice(NEUTRAL_NAMES)
            pronouns = rng.choice(_PRONOUNS_ANYONE)
        elif rng.random() < 0.45:
            pronouns = rng.choice(PRONOUNS_FEMALE if female else PRONOUNS_MALE)
        if preferred == first:
            preferred = ""

        tags = list(theme.tags)
        if minor:
            tags.append("adolescent" if age >= 13 else "child")
            requested = rng.choices(
                (RequestedBy.PARENT, RequestedBy.OTHER, RequestedBy.SELF),
                cum_weights=(88, 94, 100),
            )[0]
            if theme.name == "child" and rng.random() < 0.06:
                requested = RequestedBy.COURT  # juvenile court or child protective services
        elif theme.name == "couples" and rng.random() < 0.4:
            requested = RequestedBy.PARTNER
        elif theme.name in ("substance", "emotion") and rng.random() < 0.3:
            requested = RequestedBy.COURT
        else:
            requested = rng.choices(
                (
                    RequestedBy.SELF,
                    RequestedBy.PARTNER,
                    RequestedBy.EMPLOYER,
                    RequestedBy.PARENT,
                    RequestedBy.OTHER,
                ),
                cum_weights=(84, 89, 94, 97 if age < 26 else 94, 100),
            )[0]
        if requested == RequestedBy.EMPLOYER:
            referral = "Employee Assistance Program (EAP)"
            tags.append("EAP")
        elif requested == RequestedBy.COURT:
            referral = "Superior Court, probation department"
            tags.append("court-ordered")
        elif minor and rng.random() < 0.35:
            referral = "School counsellor"
        else:
            referral = self.referrals.pick(rng)
        if rng.random() < 0.04:
            tags.append("LGBTQ+")
        if female and not minor and 24 <= age <= 42 and rng.random() < 0.06:
            tags.append("perinatal")
        sliding = None
        if rng.random() < SLIDING_SCALE_SHARE:
            sliding = rng.choice(_SLIDING_FEES_MINOR)
            tags.append("sliding-scale")

        code = f"C{number:04d}"
        phone = self.phone() if rng.random() < 0.97 else ""
        email = self.email(preferred or first, last) if rng.random() < 0.92 else ""
        if minor and age < 13:
            email = ""  # children are reached through their guardians

        # Timeline: how long therapy lasted, and where it stands today.
        weeks = rng.choices(
            (rng.randint(2, 10), rng.randint(10, 40), rng.randint(40, 160)),
            cum_weights=(30, 75, 100),
        )[0]
        weeks = round(weeks * self.scale.therapy_length)
        end = intake + timedelta(weeks=weeks)
        status = ClientStatus.ACTIVE
        if end >= today - timedelta(days=14):
            last_service = max(intake, today - timedelta(days=rng.randint(1, 13)))
            if rng.random() < 0.06:
                status = ClientStatus.PAUSED
                last_service = max(intake, today - timedelta(days=rng.randint(21, 120)))
        else:
            last_service = end
            recent = (today - end).days < 180
            status = (
                ClientStatus.PAUSED if recent and rng.random() < 0.15 else ClientStatus.DISCHARGED
            )
            draft.ended = status == ClientStatus.DISCHARGED

        if minor:
            self._guardians(draft, last, female)
            guardian = draft.guardians[0]
            emergency = (guardian["name"], guardian["phone"], guardian["relation"])
        elif rng.random() < 0.85:
            emergency = self._emergency_contact(last, age)
        else:
            emergency = ("", "", "")

        summary = f"{_REQUEST_WORDS[requested]}: {draft.complaint}."
        if not minor and rng.random() < 0.6:
            summary += " " + rng.choice(LIFE_DETAILS)

        names = _ClientNames(first, last, preferred, code, email, phone)
        draft.row = {
            "code": code,
            "legal_first_name": first,
            "legal_last_name": last,
            "preferred_name": preferred,
            "pronouns": pronouns,
            "date_of_birth": dob,
            "phone": phone,
            "email": email,
            "address": self.address() if rng.random() < 0.97 else "",
            "emergency_contact_name": emergency[0],
            "emergency_contact_phone": emergency[1],
            "emergency_contact_relationship": emergency[2],
            "referral_source": referral,
            "requested_by": str(requested),
            "status": str(status),
            "fee_arrangement": str(
                FeeArrangement.SLIDING_SCALE if sliding else FeeArrangement.STANDARD
            ),
            "sliding_fee_minor": sliding,
            "clinical_summary": summary,
            "last_service_on": last_service,
            "archived_at": None,
            "retention_until": None,
            "search_text": search_text_for(names),
            "sort_name": sort_name_for(names),
            "created_at": self.when(intake),
            "updated_at": self.when(last_service),
        }
        draft.tags = sorted(set(tags), key=str.casefold)
        self._clinical(draft, status, last_service)
        return draft

    def _guardians(self, draft: _Draft, child_last: str, child_female: bool) -> None:
        rng = self.rng
        relation = rng.choices(
            ("mother", "father", "grandmother", "legal guardian", "foster parent"),
            cum_weights=(60, 85, 92, 96, 100),
        )[0]
        count = 2 if relation in ("mother", "father") and rng.random() < 0.6 else 1
        people = []
        for i in range(count):
            if i == 0:
                female = relation in ("mother", "grandmother") or (
                    relation in ("legal guardian", "foster parent") and rng.random() < 0.6
                )
            else:
                female = relation == "father"
                relation = rng.choices(
                    ("mother" if female else "father", "stepmother" if female else "stepfather"),
                    cum_weights=(75, 100),
                )[0]
            first, last, _ = self.person(female=female)
            if rng.random() < 0.7:
                last = child_last
            people.append((f"{first} {last}", relation, first, last))
        payer = 0 if count == 1 or rng.random() < 0.8 else 1
        for i, (name, rel, first, last) in enumerate(people):
            draft.guardians.append(
                {
                    "name": name,
                    "relation": rel,
                    "phone": self.phone(),
                    "email": self.email(first, last) if rng.random() < 0.8 else "",
                    # The first always may consent; a step-parent usually may not.
                    "can_consent": i == 0 or (not rel.startswith("step") and rng.random() < 0.85),
                    "pays": i == payer,
                }
            )

    def _emergency_contact(self, client_last: str, age: int) -> tuple[str, str, str]:
        rng = self.rng
        options = ["partner", "spouse", "mother", "father", "sister", "brother", "friend"]
        if age > 50:
            options += ["daughter", "son", "daughter", "son"]
        relation = rng.choice(options)
        female = relation in ("mother", "sister", "daughter") or (
            relation in ("partner", "spouse", "friend") and rng.random() < 0.55
        )
        first, last, _ = self.person(female=female)
        if relation in ("mother", "father", "sister", "brother", "daughter", "son") or (
            relation == "spouse" and rng.random() < 0.6
        ):
            last = client_last
        return f"{first} {last}", self.other_phone(), relation

    def _clinical(self, draft: _Draft, status: str, last_service: date) -> None:
        """0–3 diagnoses (the first primary) and 0–3 treatment goals."""
        rng = self.rng
        theme = draft.theme
        count = rng.choices((0, 1, 2, 3), cum_weights=(15, 60, 90, 100))[0]
        codes: list[str] = []
        pool = list(theme.codes)
        while len(codes) < count and pool:
            code = pool.pop(rng.randrange(len(pool)))
            if code not in codes:
                codes.append(code)
            if not pool and len(codes) < count:  # a second problem from another theme
                other = (self.minor_themes if draft.minor else self.adult_themes).pick(rng)
                pool = [c for c in other.codes if c not in codes][:1]
        noted = min(draft.intake + timedelta(days=rng.randint(0, 21)), last_service)
        for i, code in enumerate(codes):
            draft.diagnoses.append(
                {
                    "code": code,
                    "description": DIAGNOSIS_DESCRIPTIONS[code],
                    "is_primary": i == 0,
                    "noted_on": noted,
                }
            )
        titles = theme.goals_for(draft.minor)
        goals = rng.sample(titles, min(len(titles), rng.choice((0, 1, 1, 2, 2, 3))))
        for title in goals:
            if status == ClientStatus.ACTIVE:
                goal_status = GoalStatus.ACHIEVED if rng.random() < 0.2 else GoalStatus.ACTIVE
            else:
                goal_status = rng.choices(
                    (
                        GoalStatus.ACHIEVED,
                        GoalStatus.REVISED,
                        GoalStatus.DROPPED,
                        GoalStatus.ACTIVE,
                    ),
                    cum_weights=(55, 70, 90, 100),
                )[0]
            draft.goals.append(
                {
                    "title": title,
                    "description": "",
                    "target_date": draft.intake + timedelta(weeks=rng.randint(8, 26)),
                    "status": str(goal_status),
                }
            )

    def _archive_some(self) -> None:
        """About a tenth of the clients, from those discharged, archived with a retention date."""
        ended = [d for d in self.drafts if d.ended]
        count = min(len(ended), round(len(self.drafts) * ARCHIVED_SHARE))
        for draft in self.rng.sample(ended, count):
            row = draft.row
            served: date = row["last_service_on"]
            archived_on = min(
                self.today - timedelta(days=1), served + timedelta(days=self.rng.randint(14, 540))
            )
            row["status"] = str(ClientStatus.ARCHIVED)
            row["archived_at"] = self.when(archived_on)
            row["retention_until"] = retention_until(
                draft.date_of_birth, served, archived_on, self.policy
            )
            row["updated_at"] = row["archived_at"]

    # ----------------------------------------------------------- prospects

    def _make_prospects(self) -> None:
        rng, today = self.rng, self.today
        total = round(len(self.drafts) * PROSPECTS_PER_CLIENT)
        eligible = [
            i
            for i, d in enumerate(self.drafts)
            if d.intake >= self.start + timedelta(days=14) or self.scale.years == 1
        ]
        converted = sorted(rng.sample(eligible, min(len(eligible), round(total * CONVERTED_SHARE))))
        rest = total - len(converted)
        # Still open: about the last three weeks' enquiries (at least one of each).
        pending = max(3, round(total / (self.scale.years * 12) * 0.8))
        booked = held = max(1, pending // 3)
        new = pending - booked - held
        not_proceeding = max(1, rest - pending)

        for i in converted:
            draft = self.drafts[i]
            row = draft.row
            first = row["preferred_name"] or row["legal_first_name"]
            enquired = draft.intake - timedelta(days=rng.randint(4, 21))
            self._prospect(
                name=f"{first} {row['legal_last_name']}",
                phone=row["phone"],
                email=row["email"],
                heard_from=row["referral_source"],
                wants=self._wants(
                    draft.complaint, draft.minor, age_on(draft.date_of_birth, enquired)
                ),
                requested_by=row["requested_by"],
                status=ProspectStatus.BECAME_CLIENT,
                created=enquired,
                updated=draft.intake,
                client_index=i,
            )
        last_day = today - timedelta(days=1)
        statuses = (
            [ProspectStatus.NEW] * new
            + [ProspectStatus.CONSULTATION_BOOKED] * booked
            + [ProspectStatus.CONSULTATION_HELD] * held
            + [ProspectStatus.DID_NOT_PROCEED] * not_proceeding
        )
        for status in statuses:
            if status == ProspectStatus.DID_NOT_PROCEED:
                created = self.day_between(self.start, today - timedelta(days=30))
                updated = created + timedelta(days=rng.randint(1, 21))
            elif status == ProspectStatus.NEW:
                created = today - timedelta(days=rng.randint(1, 6))
                updated = created
            else:
                created = today - timedelta(days=rng.randint(3, 28))
                updated = self.day_between(created, last_day)
            self._new_prospect(status, created, updated)
        self.prospects.sort(key=lambda p: (p["created_at"], p["name"]))

    def _wants(self, complaint: str, minor: bool, age: int) -> str:
        if minor:
            parent = self.rng.choice(("Mother", "Father", "Grandmother"))
            return f"{parent} calling about their {max(age, 6)}-year-old: {complaint}"
        return complaint[:1].upper() + complaint[1:]

    def _new_prospect(self, status: ProspectStatus, created: date, updated: date) -> None:
        rng = self.rng
        minor = rng.random() < 0.12
        theme = (self.minor_themes if minor else self.adult_themes).pick(rng)
        first, last, _ = self.person()
        phone = self.phone() if rng.random() < 0.85 else ""
        email = self.email(first, last) if not phone or rng.random() < 0.6 else ""
        reason, note = "", ""
        if status == ProspectStatus.DID_NOT_PROCEED:
            reason = rng.choices(
                [str(r) for r in NotProceedingReason], weights=(25, 15, 20, 15, 20, 5)
            )[0]
            note = rng.choice(NOT_PROCEEDING_NOTES[reason])
        self._prospect(
            name=f"{first} {last}",
            phone=phone,
            email=email,
            heard_from=self.referrals.pick(rng) if rng.random() < 0.8 else "",
            wants=self._wants(rng.choice(theme.complaints_for(minor)), minor, rng.randint(7, 17)),
            requested_by=RequestedBy.PARENT if minor else RequestedBy.SELF,
            status=status,
            created=created,
            updated=updated,
            reason=reason,
            note=note,
        )

    def _prospect(
        self,
        *,
        name: str,
        phone: str,
        email: str,
        heard_from: str,
        wants: str,
        requested_by: str,
        status: ProspectStatus,
        created: date,
        updated: date,
        client_index: int | None = None,
        reason: str = "",
        note: str = "",
    ) -> None:
        self.prospects.append(
            {
                "name": name,
                "phone": phone,
                "email": email,
                "heard_from": heard_from,
                "wants_help_with": wants,
                "requested_by": str(requested_by),
                "preferred_times": self.rng.choice(PREFERRED_TIMES),
                "status": str(status),
                "not_proceeding_reason": reason,
                "not_proceeding_note": note,
                "client_index": client_index,
                "search_text": prospect_search_text_for(_ProspectNames(name, email, phone)),
                "created_at": self.when(created),
                "updated_at": self.when(updated),
            }
        )

    # ------------------------------------------------------------- intakes

    def _intakes(self) -> None:
        """Every client's intake: their story, the screens they answered, what those raised.

        Drawn after everything else, so the clients and enquiries are the same
        as without intakes. Scores come from :func:`app.scoring.score`, exactly
        as :func:`app.measures.record_administration` computes them.
        """
        for draft in self.drafts:
            self._intake(draft)

    def _sex_for_norms(self, draft: _Draft) -> str:
        """Mostly recorded; not for some who go by they/them, nor for a few others."""
        unrecorded = 0.5 if draft.row["pronouns"] in _PRONOUNS_ANYONE else 0.04
        if self.rng.random() < unrecorded:
            return ""
        return "female" if draft.female else "male"

    def _intake(self, draft: _Draft) -> None:
        rng, row, theme = self.rng, draft.row, draft.theme
        sex = self._sex_for_norms(draft)
        row["sex_for_norms"] = sex
        at: datetime = row["created_at"]
        age = age_on(draft.date_of_birth, draft.intake)
        if not draft.minor:
            given: tuple[str, ...] = DEFAULT_SCREENS
        else:
            given = ADOLESCENT_SCREENS if age >= SCREENING_AGE else ()
        profile = SCREEN_PROFILES[theme.name]
        answered_by = self.answered_by.pick(rng)
        results: dict[str, tuple[dict[str, int], Score]] = {}
        for instrument_id in given:
            instrument = self.instruments[instrument_id]
            answers = self._answers(instrument, profile)
            result = score(instrument, answers, sex or None)
            results[instrument_id] = (answers, result)
            index = len(draft.administrations)
            draft.administrations.append(
                {
                    "instrument_id": instrument.id,
                    "instrument_version": instrument.version,
                    "answers": answers,
                    "comments": {},
                    "total": result.total,
                    "valid": result.valid,
                    "prorated": result.prorated,
                    "band": result.band or "",
                    "at_or_above_cutoff": result.at_or_above_cutoff,
                    "risk": [
                        {"item": f.item, "value": f.value, "message": f.message}
                        for f in result.risk
                    ],
                    "answered_by": answered_by,
                    "administered_at": at,
                    "appointment_id": None,
                    "created_at": at,
                }
            )
            # The follow-ups record_administration opens, in the same order.
            if result.at_or_above_cutoff and instrument.positive_screen:
                draft.follow_ups.append(
                    (
                        index,
                        self._follow_up(draft, "screen", instrument.positive_screen, instrument.id),
                    )
                )
            for flag in result.risk:
                title = f"{instrument.short_name}: {flag.message}"
                draft.follow_ups.append((index, self._follow_up(draft, "risk", title, "risk")))

        story = (
            COMPLAINT_STORIES.get(draft.complaint)
            or (MINOR_STORIES if draft.minor else ADULT_STORIES)[theme.name]
        )
        risk = any(r.risk for _, r in results.values())
        complaint = draft.complaint[:1].upper() + draft.complaint[1:]
        data = dict.fromkeys(INTAKE_FIELDS, "")
        data.update(
            why_now=f"{complaint}. {rng.choice(story.why_now)}",
            hopes=rng.choice(story.hopes),
            tried_before=rng.choice(story.tried_before),
            earlier_therapy=rng.choice(story.earlier_therapy),
            what_did_not_help=rng.choice(story.what_did_not_help),
            medical_conditions=rng.choice(
                story.medical_conditions
                or (MINOR_MEDICAL_CONDITIONS if draft.minor else MEDICAL_CONDITIONS)
            ),
            medication=rng.choice(story.medication),
            substance_use=self._substance_use(draft, story, results.get("auditc")),
            trauma_exposure=self._trauma_exposure(draft, results.get("pcptsd5")),
            prior_diagnoses=rng.choice(story.prior_diagnoses),
            risk_history=self._risk_history(draft, risk),
        )
        acknowledgement = ""
        if risk:  # the intake cannot be finished without it
            acknowledgement = rng.choice(
                MINOR_RISK_ACKNOWLEDGEMENTS if draft.minor else RISK_ACKNOWLEDGEMENTS
            )
        draft.intake_row = {
            "data": data,
            "risk_acknowledgement": acknowledgement,
            "completed_at": at,
            "created_at": at,
            "updated_at": at,
        }

    def _level(self, shape: tuple[int, int, int], top: int) -> int:
        low, mode, high = shape
        return max(0, min(top, round(self.rng.triangular(low, high, mode))))

    def _spread(self, total: int, values: list[int], top: int) -> list[int]:
        return _spread(self.rng, total, values, top)

    def _answers(self, instrument: Instrument, profile: ScreenProfile) -> dict[str, int]:
        """Answers to one intake screen that fit the client's presenting theme."""
        rng = self.rng
        items = instrument.scoring_items
        if instrument.id == "phq9":
            item9 = 0
            if rng.random() < profile.item9:
                item9 = rng.choices((1, 2, 3), cum_weights=(70, 92, 100))[0]
            total = self._level(profile.phq9, 27)
            values = self._spread(max(0, total - item9), [0] * 8, 3)
            answers = dict(zip(items[:8], values, strict=True))
            answers[items[8]] = item9
            answers["difficulty"] = min(3, (total + rng.randint(0, 6)) // 8)
            return answers
        if instrument.id == "gad7":
            return dict(
                zip(items, self._spread(self._level(profile.gad7, 21), [0] * 7, 3), strict=True)
            )
        if instrument.id == "auditc":
            total = self._level(profile.auditc, 12)
            if total == 0:
                return dict.fromkeys(items, 0)
            # Someone who drinks at all answers "how often" with more than "never".
            return dict(zip(items, self._spread(total - 1, [1, 0, 0], 4), strict=True))
        if instrument.id == "pcptsd5":
            if rng.random() >= profile.exposed:
                return {"exposure": 0}  # the gate is closed: the five questions are not asked
            yes = set(rng.sample(range(5), self._level(profile.ptsd, 5)))
            return {"exposure": 1} | {item: int(i in yes) for i, item in enumerate(items)}
        raise ValueError(f"the demo has no answers for {instrument.id}")

    def _substance_use(
        self,
        draft: _Draft,
        story: IntakeStory,
        auditc: tuple[dict[str, int], Score] | None,
    ) -> str:
        rng = self.rng
        if story.substance_use:
            return rng.choice(story.substance_use)
        if draft.minor or auditc is None:
            return rng.choice(MINOR_SUBSTANCE_USE)
        total = auditc[1].total or 0
        said = SUBSTANCE_USE_BY_AUDITC[0][1]
        for lowest, texts in SUBSTANCE_USE_BY_AUDITC:
            if total >= lowest:
                said = texts
        return rng.choice(said)

    def _trauma_exposure(self, draft: _Draft, pcptsd5: tuple[dict[str, int], Score] | None) -> str:
        if pcptsd5 is not None:
            return "yes" if pcptsd5[0]["exposure"] else "no"
        if draft.theme.name == "trauma":
            return "yes"
        return self.rng.choices(("no", "yes", "not asked"), cum_weights=(70, 85, 100))[0]

    def _risk_history(self, draft: _Draft, risk: bool) -> str:
        rng = self.rng
        if draft.theme.name == "emotion":
            return rng.choice(RISK_HISTORY_EMOTION)
        if risk or rng.random() < 0.05:
            return rng.choice(MINOR_RISK_HISTORY_SOME if draft.minor else RISK_HISTORY_SOME)
        return rng.choice(RISK_HISTORY_NONE)

    def _follow_up(self, draft: _Draft, kind: str, title: str, raised_by: str) -> dict[str, Any]:
        """A follow-up as the intake opened it, closed later as a clinician would."""
        rng = self.rng
        opened: datetime = draft.row["created_at"]
        settled = self.today - draft.intake >= SETTLED_AFTER
        chance = RESOLVED_SHARE[kind][0 if settled else 1]
        row: dict[str, Any] = {
            "kind": kind,
            "title": title,
            "status": str(FollowUpStatus.OPEN),
            "resolution_note": "",
            "resolved_at": None,
            "created_at": opened,
            "updated_at": opened,
        }
        if rng.random() >= chance:
            return row
        status = self.outcomes[raised_by].pick(rng)
        if kind == "risk":  # assessed in the intake session itself
            resolved = opened + timedelta(minutes=rng.randint(40, 90))
        else:  # at one of the next sessions, before today and while still in therapy
            served: date = draft.row["last_service_on"]
            latest = min(21, (served - draft.intake).days, (self.today - draft.intake).days - 1)
            resolved = opened + timedelta(days=rng.randint(0, max(0, latest)), hours=1)
        row.update(
            status=status,
            resolution_note=rng.choice(RESOLUTION_NOTES[(raised_by, status)]),
            resolved_at=resolved,
            updated_at=resolved,
        )
        return row

    # ------------------------------------------------------------ calendar

    def schedule(self, rng: random.Random, fees: FeePolicy) -> None:
        """Plan the calendar: consultations, intakes, recurring sessions, busy time.

        Call after :meth:`generate`, with a generator of its own, so the rest of
        the practice is the same with or without it.
        """
        self.calendar = _Calendar(
            rng,
            self.today,
            self.zone,
            fees,
            self.drafts,
            self.prospects,
            self.scale.appointments_per_client_year,
            self.scale.lanes,
        )
        self.calendar.make()
        self.fees = fees

    # --------------------------------------------------------------- storing

    def store(self, session: Session) -> None:
        """Write everything with bulk INSERTs (executemany), in the caller's transaction."""
        first_id = (session.scalar(select(func.max(Client.id))) or 0) + 1
        client_rows = []
        for offset, draft in enumerate(self.drafts):
            draft.row["id"] = first_id + offset
            client_rows.append(draft.row)
        tag_names = sorted({t for d in self.drafts for t in d.tags}, key=str.casefold)
        existing = dict(session.execute(select(Tag.name, Tag.id)).all())
        missing = [{"name": name} for name in tag_names if name not in existing]
        if missing:
            session.execute(insert(Tag), missing)
        tag_ids = dict(session.execute(select(Tag.name, Tag.id)).all())

        session.execute(insert(_table(Client)), client_rows)
        session.execute(
            insert(client_tag),
            [{"client_id": d.row["id"], "tag_id": tag_ids[t]} for d in self.drafts for t in d.tags],
        )
        for model, attribute in (
            (Guardian, "guardians"),
            (Diagnosis, "diagnoses"),
            (TreatmentGoal, "goals"),
        ):
            rows = [
                {"client_id": d.row["id"], **item}
                for d in self.drafts
                for item in getattr(d, attribute)
            ]
            if rows:
                session.execute(insert(_table(model)), rows)
        first_prospect = (session.scalar(select(func.max(Prospect.id))) or 0) + 1
        prospect_rows = []
        for offset, p in enumerate(self.prospects):
            p["id"] = first_prospect + offset
            row = {k: v for k, v in p.items() if k != "client_index"}
            index = p["client_index"]
            row["client_id"] = None if index is None else self.drafts[index].row["id"]
            prospect_rows.append(row)
        if prospect_rows:
            session.execute(insert(_table(Prospect)), prospect_rows)
        self._store_intakes(session)
        self._store_calendar(session)

    def _store_intakes(self, session: Session) -> None:
        intake_rows = [{"client_id": d.row["id"], **d.intake_row} for d in self.drafts]
        if intake_rows:
            session.execute(insert(_table(Intake)), intake_rows)
        next_id = (session.scalar(select(func.max(Administration.id))) or 0) + 1
        administration_rows = []
        follow_up_rows = []
        for draft in self.drafts:
            client_id = draft.row["id"]
            ids = []
            for administration in draft.administrations:
                ids.append(next_id)
                administration_rows.append(
                    {"id": next_id, "client_id": client_id, **administration}
                )
                next_id += 1
            for index, follow_up in draft.follow_ups:
                follow_up_rows.append(
                    {"client_id": client_id, "administration_id": ids[index], **follow_up}
                )
        for model, rows in ((Administration, administration_rows), (FollowUp, follow_up_rows)):
            if rows:
                session.execute(insert(_table(model)), rows)

    def _store_services(self, session: Session) -> dict[ServiceKind, int]:
        """The default services (those not there yet), priced from the fee policy."""
        fees = self.fees
        individual = _cents(fees.fee_individual)
        prices = {
            ServiceKind.INDIVIDUAL: individual,
            ServiceKind.COUPLES: _cents(fees.fee_couples),
            ServiceKind.INTAKE: None if individual is None else round(individual * 1.2, -2),
        }
        existing = set(session.scalars(select(Service.name)))
        rows = [
            {
                "name": s.name,
                "kind": str(s.kind),
                "duration_minutes": s.duration_minutes,
                "fee_cents": prices.get(ServiceKind(s.kind)) if s.billable else None,
                "billable": s.billable,
                "procedure_code": s.procedure_code,
                "colour": s.colour,
                "buffer_after_minutes": s.buffer_after_minutes,
                "archived": False,
                "position": position,
            }
            for position, s in enumerate(DEFAULT_SERVICES)
            if s.name not in existing
        ]
        if rows:
            session.execute(insert(_table(Service)), rows)
        names = {s.name: ServiceKind(s.kind) for s in DEFAULT_SERVICES}
        return {
            names[name]: service_id
            for name, service_id in session.execute(select(Service.name, Service.id))
            if name in names
        }

    def _store_calendar(self, session: Session) -> None:
        if self.calendar is None:
            return
        plan = self.calendar
        services = self._store_services(session)
        first_series = (session.scalar(select(func.max(AppointmentSeries.id))) or 0) + 1
        series_rows = [{"id": first_series + k, **row} for k, row in enumerate(plan.series)]
        first_id = (session.scalar(select(func.max(Appointment.id))) or 0) + 1
        self.first_appointment_id = first_id
        rows = []
        for k, planned in enumerate(plan.appointments):
            row = dict(planned)
            client, prospect, series = (
                row.pop("client_index"),
                row.pop("prospect"),
                row.pop("series_index"),
            )
            row.update(
                id=first_id + k,
                service_id=services[row.pop("kind")],
                client_id=None if client is None else self.drafts[client].row["id"],
                prospect_id=None if prospect is None else prospect["id"],
                series_id=None if series is None else first_series + series,
            )
            rows.append(row)
        participants = [
            {"appointment_id": first_id + k, "client_id": self.drafts[partner].row["id"]}
            for k, partner in plan.partners
        ]
        for model, table_rows in (
            (AppointmentSeries, series_rows),
            (Appointment, rows),
            (AppointmentParticipant, participants),
            (BlockedTime, plan.blocked),
        ):
            for at in range(0, len(table_rows), _CHUNK):
                session.execute(insert(_table(model)), table_rows[at : at + _CHUNK])

    # ------------------------------------------------------------ consents

    def sign_consents(self, session: Session, rng: random.Random) -> None:
        """Sign a consent for each client not archived, on the day of their first session.

        At most :data:`MAX_DEMO_CONSENTS`: the most recently seen clients'. They
        sign in the order they came in. The earliest adults sign the adult
        agreement's first version; then the clinician revises its cancellations
        section (version 2) and everyone after signs that. A few sign on paper
        (a scan is attached), one revokes. Each version is dated before anyone
        signs it: the first ones the day before the practice opened, version 2
        between the last signature on version 1 and the first on it. Call after
        :meth:`store`, in the same transaction.
        """
        profile = get_profile(session)
        seen = sorted(
            (d for d in self.drafts if d.row["status"] != ClientStatus.ARCHIVED),
            key=lambda d: (d.row["last_service_on"], d.row["code"]),
            reverse=True,
        )
        chosen = sorted(seen[:MAX_DEMO_CONSENTS], key=lambda d: (d.intake, d.row["code"]))
        adults = [i for i, d in enumerate(chosen) if not d.minor]
        on_first = min(len(adults) - 1, round(len(chosen) * OUTDATED_CONSENT_SHARE))
        # Revised just before the first adult who signs version 2 (there is always one).
        revised_from = adults[on_first] if adults else len(chosen)
        later = [i for i in adults if i >= revised_from]
        paper = set(rng.sample(later, min(PAPER_CONSENTS, len(later))))
        ended = [i for i in later if i not in paper and chosen[i].ended]
        revoked = rng.choice(ended) if ended else None
        clinician = _drawn_signature(rng, profile.clinician_name)
        templates = {
            audience: _template_id(session, audience)
            for audience in (ConsentAudience.ADULT, ConsentAudience.GUARDIAN)
        }
        for template_id in templates.values():
            self._date_template(session, template_id, self.start - timedelta(days=1))
        initialled: dict[int, list[str]] = {}
        for i, draft in enumerate(chosen):
            if i == revised_from:
                templates[ConsentAudience.ADULT] = _revise_adult_template(
                    session, profile.clinician_name
                )
                # The day before its first signature, unless someone signed that day too.
                signed_before = chosen[i - 1].intake if i else self.start
                revised_on = max(signed_before, draft.intake - timedelta(days=1))
                self._date_template(session, templates[ConsentAudience.ADULT], revised_on)
            client_id: int = draft.row["id"]
            audience = ConsentAudience.GUARDIAN if draft.minor else ConsentAudience.ADULT
            template_id = templates[audience]
            if i in paper:
                consents.record_paper_signature(
                    session, client_id, template_id, _scan_png(rng), "image/png", draft.intake
                )
                self.consents["on_paper"] += 1
                continue
            if template_id not in initialled:
                initialled[template_id] = [
                    section.title
                    for section in consent.rendered_sections(session, template_id)
                    if section.needs_initials
                ]
            signing = self._signing(
                draft,
                audience,
                template_id,
                initialled[template_id],
                profile.clinician_name,
                clinician,
                rng,
            )
            record_id = consents.sign(session, signing, draft.intake)
            self.consents["signed"] += 1
            if i < revised_from and audience == ConsentAudience.ADULT:
                self.consents["outdated"] += 1
            if i == revoked:
                served: date = draft.row["last_service_on"]
                consents.revoke(session, record_id, rng.choice(REVOKE_REASONS), served)
                self.consents["revoked"] += 1

    def _date_template(self, session: Session, template_id: int, day: date) -> None:
        """Date a consent template's version on ``day``, before the day's sessions (it is
        saved now, which would date it after the signatures the demo backdates)."""
        template = session.get(ConsentTemplate, template_id)
        if template is None:
            raise ValueError(f"no consent template {template_id}")
        template.created_at = datetime.combine(day, time(7, 30), tzinfo=self.zone).astimezone(UTC)
        session.flush()

    # --------------------------------------------------------------- notes

    def write_notes(self, session: Session, rng: random.Random) -> None:
        """Write every attended session's note, homework and process notes, and the plans.

        Call after :meth:`store`, in the same transaction.
        """
        if self.calendar is None:
            return
        notes.ensure_builtin_templates(session)
        templates = {t.name: t for t in notes.templates(session, include_archived=True)}
        goals: dict[int, list[tuple[int, str, str, date | None]]] = {}
        for goal in session.execute(
            select(
                TreatmentGoal.client_id,
                TreatmentGoal.id,
                TreatmentGoal.title,
                TreatmentGoal.status,
                TreatmentGoal.target_date,
            ).order_by(TreatmentGoal.id)
        ):
            goals.setdefault(goal.client_id, []).append(
                (goal.id, goal.title, goal.status, goal.target_date)
            )
        self.notebook = _Notebook(
            rng,
            self,
            self.calendar,
            self.first_appointment_id,
            templates,
            get_profile(session).clinician_name,
        )
        self.notebook.make(goals)
        self.notebook.store(session)

    def gather_feedback(self, session: Session, rng: random.Random) -> None:
        """Give each attended session its check-in, measures, evaluation and the clinician's guess.

        Call after :meth:`write_notes`, in the same transaction: the scores follow the
        course the notes tell of each client.
        """
        if self.calendar is None or self.notebook is None:
            return
        self.feedback = _Feedback(
            rng, self, self.calendar, self.notebook.stories, self.first_appointment_id
        )
        self.feedback.make()
        self.feedback.store(session)

    def bill(self, session: Session, rng: random.Random) -> None:
        """Charge, invoice and settle the practice's history (see :mod:`app.demo_billing`).

        Call after :meth:`store`, in the same transaction.
        """
        if self.calendar is None:
            return
        settings = billing_settings(session)
        services: dict[ServiceKind, ServicePrice] = {}
        for service in session.scalars(select(Service).order_by(Service.position, Service.id)):
            services.setdefault(
                ServiceKind(service.kind),
                ServicePrice(
                    service.id,
                    service.name,
                    service.procedure_code,
                    service.billable,
                    service.fee_cents,
                ),
            )
        paying: dict[int, tuple[int, str, str]] = {}
        addresses = {d.row["id"]: d.row["address"] for d in self.drafts}
        for client_id, guardian_id, name, email, phone in session.execute(
            select(Guardian.client_id, Guardian.id, Guardian.name, Guardian.email, Guardian.phone)
            .where(Guardian.pays.is_(True))
            .order_by(Guardian.id)
        ):
            details = "\n".join(p for p in (addresses.get(client_id, ""), email, phone) if p)
            paying.setdefault(client_id, (guardian_id, name, details))
        clients = []
        for draft in self.drafts:
            row = draft.row
            sliding = row["fee_arrangement"] == FeeArrangement.SLIDING_SCALE
            clients.append(
                BilledClient(
                    id=row["id"],
                    name=f"{row['legal_first_name']} {row['legal_last_name']}",
                    address=row["address"],
                    ended=row["status"] in (ClientStatus.DISCHARGED, ClientStatus.ARCHIVED),
                    rate_cents=row["sliding_fee_minor"] if sliding else None,
                    payer=paying.get(row["id"]),
                )
            )
        appointments = [
            BilledAppointment(
                id=self.first_appointment_id + k,
                client_id=None
                if a["client_index"] is None
                else self.drafts[a["client_index"]].row["id"],
                kind=ServiceKind(a["kind"]),
                status=a["status"],
                day=a["start_utc"].astimezone(self.zone).date(),
                fee_owed_cents=a["fee_owed_cents"],
            )
            for k, a in enumerate(self.calendar.appointments)
        ]
        self.ledger = Ledger(rng, self.today, self.zone, settings.currency, settings.digits)
        self.ledger.make(clients, appointments, services)
        self.ledger.store(session)

    def _signing(
        self,
        draft: _Draft,
        audience: ConsentAudience,
        template_id: int,
        initialled: Sequence[str],
        clinician_name: str,
        clinician: tuple[Stroke, ...],
        rng: random.Random,
    ) -> SigningInput:
        """What the wizard would hand over: initials in every box, both signatures."""
        row = draft.row
        if draft.minor:
            role = GUARDIAN
            name = next(g["name"] for g in draft.guardians if g["can_consent"])
        else:
            role = CLIENT
            name = f"{row['legal_first_name']} {row['legal_last_name']}"
        if rng.random() < TYPED_SIGNATURE_SHARE:
            signer = SignatureInput(role, name, draft.intake, typed=name, client_id=row["id"])
        else:
            strokes = _drawn_signature(rng, name)
            signer = SignatureInput(role, name, draft.intake, strokes=strokes, client_id=row["id"])
        # The clinician's hand: the same signature, never drawn exactly alike.
        countersigned = tuple(
            tuple(
                (round(x + rng.uniform(-0.002, 0.002), 4), round(y + rng.uniform(-0.002, 0.002), 4))
                for x, y in stroke
            )
            for stroke in clinician
        )
        return SigningInput(
            client_id=row["id"],
            audience=audience.value,
            template_id=template_id,
            initials=dict.fromkeys(initialled, _initials(name)),
            signers=(
                signer,
                SignatureInput(CLINICIAN, clinician_name, draft.intake, strokes=countersigned),
            ),
        )

    def summary(self, seed: int) -> DemoSummary:
        given = [a for d in self.drafts for a in d.administrations]
        raised = [f for d in self.drafts for _, f in d.follow_ups]
        guesses = 0
        if self.feedback is not None:
            given += self.feedback.administrations
            raised += [f for _, f in self.feedback.follow_ups]
            guesses = len(self.feedback.guesses)
        by_instrument = Counter(a["instrument_id"] for a in given)
        still_open = [f for f in raised if f["status"] == FollowUpStatus.OPEN]
        return DemoSummary(
            scale=self.scale.name,
            seed=seed,
            today=self.today,
            clients=len(self.drafts),
            minors=sum(d.minor for d in self.drafts),
            guardians=sum(len(d.guardians) for d in self.drafts),
            diagnoses=sum(len(d.diagnoses) for d in self.drafts),
            goals=sum(len(d.goals) for d in self.drafts),
            client_statuses=dict(Counter(d.row["status"] for d in self.drafts)),
            prospects=len(self.prospects),
            prospect_statuses=dict(Counter(p["status"] for p in self.prospects)),
            intakes=sum(bool(d.intake_row) for d in self.drafts),
            administrations=len(given),
            administrations_by_instrument=dict(sorted(by_instrument.items())),
            session_administrations=sum(bool(a.get("timing")) for a in given),
            clinician_guesses=guesses,
            follow_ups=len(raised),
            open_follow_ups=len(still_open),
            risk_follow_ups=sum(f["kind"] == "risk" for f in raised),
            open_risk_follow_ups=sum(f["kind"] == "risk" for f in still_open),
            consents=self.consents["signed"] + self.consents["on_paper"],
            outdated_consents=self.consents["outdated"],
            paper_consents=self.consents["on_paper"],
            revoked_consents=self.consents["revoked"],
            **self._calendar_summary(),
            **(self.notebook.summary() if self.notebook else {}),
            **(self.ledger.summary() if self.ledger else {}),
        )

    def _calendar_summary(self) -> dict[str, Any]:
        plan = self.calendar
        if plan is None:
            return {}
        today = datetime.combine(self.today, time(), self.zone)
        return {
            "services": len(DEFAULT_SERVICES),
            "appointment_series": len(plan.series),
            "appointments": len(plan.appointments),
            "appointment_statuses": dict(Counter(a["status"] for a in plan.appointments)),
            "appointment_kinds": dict(Counter(str(a["kind"]) for a in plan.appointments)),
            "future_appointments": sum(a["start_utc"] >= today for a in plan.appointments),
            "couples_sessions": len(plan.partners),
            "blocked_times": len(plan.blocked),
        }


# ------------------------------------------------------------- calendar

#: Working hours, Monday to Friday: a session on the hour, the last at 16:00.
DAY_HOURS = tuple(range(9, 17))
#: The hours a recurring slot may take: 12:00 and 13:00 stay open for
#: consultations, intakes, couples and moved sessions.
SERIES_HOURS = (9, 10, 11, 14, 15, 16)
#: When a day is full, an intake is still seen that day, after hours.
AFTER_HOURS = 17
SERIES_MIX = ((Repeat.WEEKLY, 60), (Repeat.FORTNIGHTLY, 28), (Repeat.MONTHLY, 12))
#: About the sessions a client-year gives with :data:`SERIES_MIX`; a scale asking
#: for fewer offers a series to that share of its clients only.
FULL_RATE = 30
#: A series is booked as a block of sessions, and the next block when it runs out.
BLOCK_SESSIONS = (12, 40)
#: What became of past sessions, in percent (the rest were attended).
CANCELLED_SHARE = 6
LATE_CANCELLED_SHARE = 3
NO_SHOW_SHARE = 2
CLINICIAN_CANCELLED_SHARE = 2
MOVED_SHARE = 0.02
VIDEO_SHARE = 0.15
_VIDEO = "video"
#: Pairs of adult clients also seen together, per client.
COUPLES_SHARE = 0.02
CONSULTED_SHARE = 0.8  # of the enquiries that did not proceed: the ones seen first
_UTC_MINUTE = timedelta(minutes=1)
#: Rows per INSERT statement when there are very many.
_CHUNK = 5_000


def _cents(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount * 100)


def _rule_text(rule: Any) -> str:
    """The RRULE part of a dateutil rule's text (the series keeps its start apart)."""
    return next(line for line in str(rule).splitlines() if line.startswith("RRULE:"))[6:]


class _Calendar:
    """The clinician's appointments and busy time, planned before anything is stored.

    One clinician sees one client at a time: every appointment takes whole
    hours of the day (its length and the buffer after it, rounded up), and no
    hour is given twice. Planning follows the practice's history day by day,
    so a recurring slot goes to whoever needs it first and is free again when
    their therapy ends.
    """

    def __init__(
        self,
        rng: random.Random,
        today: date,
        zone: ZoneInfo,
        fees: FeePolicy,
        drafts: Sequence[_Draft],
        prospects: Sequence[dict[str, Any]],
        rate: int,
        lanes: int = 1,
    ) -> None:
        self.rng = rng
        self.today = today
        self.zone = zone
        self.fees = {
            AppointmentStatus.LATE_CANCELLED: _cents(fees.late_cancel_fee),
            AppointmentStatus.NO_SHOW: _cents(fees.no_show_fee),
        }
        self.late_cancel = timedelta(hours=fees.late_cancel_hours)
        self.drafts = drafts
        self.prospects = prospects
        self.series_share = min(1.0, rate / FULL_RATE)
        self.services = {ServiceKind(s.kind): s for s in DEFAULT_SERVICES}
        #: How many appointments hold each hour (``day.toordinal() * 24 + hour``).
        self.taken: Counter[int] = Counter()
        self.lanes = lanes
        self.appointments: list[dict[str, Any]] = []
        self.series: list[dict[str, Any]] = []
        #: (index in ``appointments``, index of the partner in ``drafts``)
        self.partners: list[tuple[int, int]] = []
        self.blocked: list[dict[str, Any]] = []
        #: Each client's wanted run of sessions: (first possible day, last day).
        self.spans: dict[int, tuple[date, date]] = {}
        self.repeats = _Weighted([r for r, _ in SERIES_MIX], [w for _, w in SERIES_MIX])
        self.enquiry = {p["client_index"]: p for p in prospects if p["client_index"] is not None}

    # ------------------------------------------------------------ time

    def _utc(self, day: date, hour: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, tzinfo=self.zone).astimezone(UTC)

    def _local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def _moment(self, day: date) -> datetime:
        """Some time on ``day`` while the office is open, in UTC."""
        minute = self.rng.randrange(8 * 60, 18 * 60, 5)
        return self._utc(day, 0) + timedelta(minutes=minute)

    def _cells(self, kind: ServiceKind) -> int:
        service = self.services[kind]
        return -(-(service.duration_minutes + service.buffer_after_minutes) // 60)

    def _free(self, day: date, hour: int, cells: int) -> bool:
        key = day.toordinal() * 24 + hour
        return all(self.taken[key + k] < self.lanes for k in range(cells))

    def _slot(
        self, days: Sequence[date], hours: Sequence[int], cells: int, weekends: bool = False
    ) -> tuple[date, int] | None:
        for day in days:
            if day.weekday() >= 5 and not weekends:
                continue
            for hour in hours:
                if self._free(day, hour, cells):
                    return day, hour
        return None

    @staticmethod
    def _around(day: date, first: date, last: date) -> list[date]:
        """``day`` and the days nearest to it (a week either way), within first..last."""
        days = [day] if first <= day <= last else []
        for k in range(1, 8):
            for near in (day + timedelta(days=k), day - timedelta(days=k)):
                if first <= near <= last:
                    days.append(near)
        return days

    def _one_off_hours(self) -> list[int]:
        rng = self.rng
        return rng.sample((12, 13), 2) + rng.sample(SERIES_HOURS, len(SERIES_HOURS))

    # ----------------------------------------------------------- booking

    def _outcome(self, past: bool) -> AppointmentStatus:
        if not past:
            return AppointmentStatus.SCHEDULED
        r = self.rng.random() * 100
        for status, share in (
            (AppointmentStatus.CANCELLED_BY_CLIENT, CANCELLED_SHARE),
            (AppointmentStatus.LATE_CANCELLED, LATE_CANCELLED_SHARE),
            (AppointmentStatus.NO_SHOW, NO_SHOW_SHARE),
            (AppointmentStatus.CANCELLED_BY_CLINICIAN, CLINICIAN_CANCELLED_SHARE),
        ):
            if r < share:
                return status
            r -= share
        return AppointmentStatus.ATTENDED

    def _status_change(
        self, status: AppointmentStatus, start: datetime, end: datetime, booked: datetime
    ) -> tuple[AppointmentStatus, datetime | None]:
        """When the status was set, as the rules allow it (a cancellation comes before the start).

        An on-time cancellation of an appointment booked less than the policy's
        notice before it is a late one.
        """
        rng = self.rng
        if status == AppointmentStatus.SCHEDULED:
            return status, None
        if status == AppointmentStatus.ATTENDED:
            return status, end + timedelta(minutes=rng.randint(2, 120))
        if status == AppointmentStatus.NO_SHOW:
            return status, start + timedelta(minutes=rng.randint(15, 45))
        notice = start - booked
        if status == AppointmentStatus.CANCELLED_BY_CLIENT:
            if notice < self.late_cancel + _UTC_MINUTE:
                status = AppointmentStatus.LATE_CANCELLED
            else:
                ahead = rng.randint(self.late_cancel // _UTC_MINUTE, 7 * 24 * 60)
                return status, max(start - ahead * _UTC_MINUTE, booked + _UTC_MINUTE)
        if status == AppointmentStatus.LATE_CANCELLED:
            ahead = rng.randint(20, self.late_cancel // _UTC_MINUTE - 1)
            return status, max(start - ahead * _UTC_MINUTE, booked + _UTC_MINUTE)
        ahead = rng.randint(24 * 60, 14 * 24 * 60)  # the clinician's own cancellation
        return status, max(start - ahead * _UTC_MINUTE, booked + _UTC_MINUTE)

    def _book(
        self,
        kind: ServiceKind,
        day: date,
        hour: int,
        status: AppointmentStatus,
        booked: datetime,
        *,
        client: int | None = None,
        prospect: dict[str, Any] | None = None,
        series: int | None = None,
        location: str = "",
    ) -> dict[str, Any]:
        service = self.services[kind]
        start = self._utc(day, hour)
        end = start + timedelta(minutes=service.duration_minutes)
        status, changed = self._status_change(status, start, end, booked)
        fee = self.fees.get(status) if service.billable else None
        row = {
            "kind": kind,
            "client_index": client,
            "prospect": prospect,
            "series_index": series,
            "occurrence_utc": start if series is not None else None,
            "is_exception": False,
            "start_utc": start,
            "end_utc": end,
            "buffer_after_minutes": service.buffer_after_minutes,
            "location": location,
            "memo": "",
            "status": str(status),
            "status_changed_at": changed,
            "fee_owed_cents": fee,
            "consent_warning": "",
            "created_at": booked,
            "updated_at": changed or booked,
        }
        key = day.toordinal() * 24 + hour
        self.taken.update(key + k for k in range(self._cells(kind)))
        self.appointments.append(row)
        return row

    # ------------------------------------------------------------ making

    def make(self) -> None:
        """Plan everything, in the order the practice lived it."""
        events: list[tuple[date, int, int]] = []
        for index, prospect in enumerate(self.prospects):
            if prospect["client_index"] is None:
                day = self._consultation_day(prospect)
                if day is not None:
                    events.append((day, 0, index))
        events += [(d.intake, 1, i) for i, d in enumerate(self.drafts)]
        events.sort()
        for day, what, index in events:
            if what:
                self._client(index)
            else:
                self._prospect_consultation(self.prospects[index], day)
        self._couples()
        self._busy_time()

    def _consultation_day(self, prospect: dict[str, Any]) -> date | None:
        """The day an enquiry that is not a client (yet) was or will be seen, if at all."""
        rng, today = self.rng, self.today
        status = prospect["status"]
        asked = self._local_day(prospect["created_at"])
        decided = self._local_day(prospect["updated_at"])
        if status == ProspectStatus.CONSULTATION_BOOKED:
            return today + timedelta(days=rng.randint(1, 14))
        if status == ProspectStatus.CONSULTATION_HELD:
            first = min(asked + timedelta(days=1), decided)
            return first + timedelta(days=rng.randint(0, (decided - first).days))
        if status == ProspectStatus.DID_NOT_PROCEED and rng.random() < CONSULTED_SHARE:
            return asked + timedelta(days=rng.randint(1, max(1, (decided - asked).days)))
        return None

    def _prospect_consultation(self, prospect: dict[str, Any], day: date) -> None:
        rng, today = self.rng, self.today
        asked = self._local_day(prospect["created_at"])
        if prospect["status"] == ProspectStatus.CONSULTATION_BOOKED:
            first, last = today + timedelta(days=1), today + timedelta(days=21)
            status = AppointmentStatus.SCHEDULED
        else:
            first = asked + timedelta(days=1)
            last = max(first, self._local_day(prospect["updated_at"]))
            last = min(last, today - timedelta(days=1))
            status = AppointmentStatus.ATTENDED
            if prospect["status"] == ProspectStatus.DID_NOT_PROCEED:
                status = rng.choices(
                    (
                        AppointmentStatus.ATTENDED,
                        AppointmentStatus.NO_SHOW,
                        AppointmentStatus.CANCELLED_BY_CLIENT,
                    ),
                    cum_weights=(60, 80, 100),
                )[0]
        hours = self._one_off_hours()
        cells = self._cells(ServiceKind.CONSULTATION)
        slot = self._slot(self._around(day, first, last), hours, cells)
        if slot is None and prospect["status"] == ProspectStatus.CONSULTATION_HELD:
            # Asked at a weekend and marked seen at once: seen on the next working day.
            slot = self._slot(self._around(first, first, today - timedelta(days=1)), hours, cells)
        if slot is None:
            return
        booked: datetime = prospect["created_at"] + timedelta(minutes=rng.randint(5, 240))
        self._book(ServiceKind.CONSULTATION, *slot, status, booked, prospect=prospect)

    def _client(self, index: int) -> None:
        rng = self.rng
        draft = self.drafts[index]
        intake_day = draft.intake
        booked: datetime | None = None
        prospect = self.enquiry.get(index)
        if prospect is not None:
            # The free consultation, between the call and the intake; the client's own now.
            first = self._local_day(prospect["created_at"]) + timedelta(days=1)
            last = intake_day - timedelta(days=1)
            if first <= last:
                day = first + timedelta(days=rng.randint(0, (last - first).days))
                slot = self._slot(
                    self._around(day, first, last),
                    self._one_off_hours(),
                    self._cells(ServiceKind.CONSULTATION),
                )
                if slot is not None:
                    asked: datetime = prospect["created_at"]
                    row = self._book(
                        ServiceKind.CONSULTATION,
                        *slot,
                        AppointmentStatus.ATTENDED,
                        asked + timedelta(minutes=rng.randint(5, 240)),
                        client=index,
                    )
                    booked = row["end_utc"] + timedelta(minutes=rng.randint(2, 15))
        if booked is None:
            booked = self._moment(intake_day - timedelta(days=rng.randint(2, 14)))
        # The intake, on the day it was completed, ending about when it was.
        completed: datetime = draft.row["created_at"]
        near = completed.astimezone(self.zone).hour - 1
        cells = self._cells(ServiceKind.INTAKE)
        hours = sorted(range(DAY_HOURS[0], DAY_HOURS[-1] + 2 - cells), key=lambda h: abs(h - near))
        slot = self._slot([intake_day], [*hours, AFTER_HOURS], cells, weekends=True)
        if slot is not None:
            row = self._book(
                ServiceKind.INTAKE, *slot, AppointmentStatus.ATTENDED, booked, client=index
            )
            booked = row["end_utc"] + timedelta(minutes=rng.randint(2, 20))
        else:
            booked = self._moment(intake_day)

        served: date = draft.row["last_service_on"]
        start = intake_day + timedelta(days=rng.randint(3, 10))
        if draft.row["status"] == ClientStatus.ACTIVE:
            end = self.today + timedelta(weeks=rng.randint(2, 16))
        else:
            end = served
        self.spans[index] = (start, end)
        video = rng.random() < VIDEO_SHARE
        if rng.random() < self.series_share and start <= end:
            self._series(
                ServiceKind.INDIVIDUAL,
                self.repeats.pick(rng),
                start,
                end,
                SERIES_HOURS,
                booked,
                client=index,
                location=_VIDEO if video else "",
                last_attended=end < self.today,
            )

    def _days(self, repeat: Repeat, first: date, last: date) -> list[date]:
        if last < first:
            return []
        if repeat == Repeat.MONTHLY:
            rule = rule_for(Recurrence(repeat, until=last), datetime.combine(first, time()))
            return [moment.date() for moment in rule]
        step = 14 if repeat == Repeat.FORTNIGHTLY else 7
        return [first + timedelta(days=k) for k in range(0, (last - first).days + 1, step)]

    def _series(
        self,
        kind: ServiceKind,
        repeat: Repeat,
        start: date,
        end: date,
        hours: Sequence[int],
        booked: datetime,
        *,
        client: int,
        partner: int | None = None,
        location: str = "",
        most: int | None = None,
        last_attended: bool = False,
    ) -> None:
        """Book a recurring slot free from ``start`` to ``end`` (or the longest run free)."""
        rng, today = self.rng, self.today
        cells = self._cells(kind)
        shifts = (0, 7) if repeat == Repeat.FORTNIGHTLY else (0,)
        candidates = [(wd, h, s) for wd in range(5) for h in hours for s in shifts]
        rng.shuffle(candidates)
        runs: dict[date, list[date]] = {}
        best: tuple[int, list[date]] = (0, [])
        for weekday, hour, shift in candidates:
            first = start + timedelta(days=(weekday - start.weekday()) % 7 + shift)
            if repeat == Repeat.MONTHLY and first.day > 28:
                first += timedelta(days=7)  # no "fifth Tuesday": it is not in every month
            if first not in runs:
                days = self._days(repeat, first, end)
                runs[first] = days[:most] if most else days
            days = runs[first]
            free = 0
            for day in days:
                if not self._free(day, hour, cells):
                    break
                free += 1
            if free > len(best[1]):
                best = (hour, days[:free])
                if free == len(days):
                    break
        hour, days = best
        if not days:
            return
        if len(days) == 1:
            status = self._outcome(days[0] < today)
            self._book(kind, days[0], hour, status, booked, client=client, location=location)
            if partner is not None:
                self.partners.append((len(self.appointments) - 1, partner))
            return
        statuses = [self._outcome(day < today) for day in days]
        if last_attended:  # therapy ended with a session held
            statuses[-1] = AppointmentStatus.ATTENDED
        k = 0
        while k < len(days):
            size = len(days) - k
            if repeat != Repeat.MONTHLY:
                size = min(size, rng.randint(*BLOCK_SESSIONS))
                if days[k + size - 1] >= today:  # the next block is not booked yet
                    size = len(days) - k
            block = days[k : k + size]
            first_start = datetime.combine(block[0], time(hour))
            series_index = len(self.series)
            self.series.append(
                {
                    "rule": _rule_text(rule_for(Recurrence(repeat, count=size), first_start)),
                    "first_start": first_start,
                    "time_zone": self.zone.key,
                    "created_at": booked,
                }
            )
            last = None
            for day, status in zip(block, statuses[k : k + size], strict=True):
                row = self._book(
                    kind,
                    day,
                    hour,
                    status,
                    booked,
                    client=client,
                    series=series_index,
                    location=location,
                )
                if partner is not None:
                    self.partners.append((len(self.appointments) - 1, partner))
                kept = row["status"] in (AppointmentStatus.ATTENDED, AppointmentStatus.SCHEDULED)
                if kept and rng.random() < MOVED_SHARE:
                    self._move(row, day, hour, cells)
                last = row
            assert last is not None
            booked = last["end_utc"] + timedelta(minutes=rng.randint(2, 15))
            k += size

    def _move(self, row: dict[str, Any], day: date, hour: int, cells: int) -> None:
        """Move one session of a series by a day or an hour, to a time still free."""
        rng, today = self.rng, self.today
        options = [
            (day + timedelta(days=1), hour),
            (day - timedelta(days=1), hour),
            (day, hour + 1),
            (day, hour - 1),
        ]
        rng.shuffle(options)
        for new_day, new_hour in options:
            if new_day.weekday() >= 5 or new_hour not in DAY_HOURS[: len(DAY_HOURS) + 1 - cells]:
                continue
            if (new_day < today) != (day < today) or not self._free(new_day, new_hour, cells):
                continue
            length = row["end_utc"] - row["start_utc"]
            start = self._utc(new_day, new_hour)
            moved_at = min(start, row["start_utc"]) - timedelta(
                minutes=rng.randint(2 * 60, 96 * 60)
            )
            before_today = self._utc(today, 0) - timedelta(minutes=rng.randint(30, 600))
            moved_at = max(min(moved_at, before_today), row["created_at"] + _UTC_MINUTE)
            row.update(start_utc=start, end_utc=start + length, is_exception=True)
            if row["status_changed_at"] is not None:  # attended: marked after the new end
                row["status_changed_at"] = row["end_utc"] + timedelta(minutes=rng.randint(2, 120))
            row["updated_at"] = max(moved_at, row["status_changed_at"] or moved_at)
            key = new_day.toordinal() * 24 + new_hour
            self.taken.update(key + k for k in range(cells))
            return

    def _couples(self) -> None:
        """A few pairs of adult clients, seen together every other week for a while."""
        rng = self.rng
        adults = [i for i in self.spans if not self.drafts[i].minor]
        wanted = max(2, round(len(self.drafts) * COUPLES_SHARE))
        # Those who came about their relationship first, each with someone who came about then.
        order = sorted(adults, key=lambda i: self.drafts[i].theme.name != "couples")
        used: set[int] = set()
        pairs = 0
        for a in order:
            if pairs >= wanted:
                break
            if a in used:
                continue
            start_a, end_a = self.spans[a]
            partner = None
            for b in sorted(adults, key=lambda b: abs((self.spans[b][0] - start_a).days)):
                if b == a or b in used:
                    continue
                start_b, end_b = self.spans[b]
                if abs((start_b - start_a).days) > 60:
                    break
                if (min(end_a, end_b) - max(start_a, start_b)).days >= 42:
                    partner = b
                    break
            if partner is None:
                continue
            start = max(start_a, self.spans[partner][0]) + timedelta(days=rng.randint(0, 14))
            end = min(end_a, self.spans[partner][1])
            later = max(self.drafts[a].intake, self.drafts[partner].intake)
            booked = self._moment(
                max(later + timedelta(days=1), start - timedelta(days=rng.randint(1, 6)))
            )
            before = len(self.appointments)
            self._series(
                ServiceKind.COUPLES,
                Repeat.FORTNIGHTLY,
                start,
                end,
                DAY_HOURS,
                booked,
                client=a,
                partner=partner,
                most=rng.randint(4, 12),
            )
            if len(self.appointments) > before:
                used.update((a, partner))
                pairs += 1

    def _busy_time(self) -> None:
        """A few hours the clinician is busy in the coming weeks, from their own calendar."""
        rng, today = self.rng, self.today
        imported = self._moment(today - timedelta(days=1))
        for _ in range(rng.randint(4, 7)):
            day = today + timedelta(days=rng.randint(1, 28))
            length = rng.choice((1, 1, 2, 3))
            slot = self._slot(
                self._around(day, day, day + timedelta(days=7)),
                rng.sample(DAY_HOURS[: len(DAY_HOURS) + 1 - length], len(DAY_HOURS) + 1 - length),
                length,
            )
            if slot is None:
                continue
            start = self._utc(*slot)
            key = slot[0].toordinal() * 24 + slot[1]
            self.taken.update({key + k: self.lanes for k in range(length)})  # the whole hour
            self.blocked.append(
                {
                    "start_utc": start,
                    "end_utc": start + timedelta(hours=length),
                    "summary": "Busy",
                    "source": "ics",
                    "uid": f"{rng.getrandbits(64):016x}@calendar.example.org",
                    "created_at": imported,
                }
            )


def _template_id(session: Session, audience: ConsentAudience) -> int:
    template = consent.current_template(session, audience)
    if template is None:
        raise ValueError(f"the demo needs a {audience} consent template")
    return template.id


def _revise_adult_template(session: Session, clinician_name: str) -> int:
    """Save version 2 of the adult agreement: the cancellations section reworded."""
    current = consent.current_template(session, ConsentAudience.ADULT)
    if current is None or not any(s.key == "cancellation" for s in current.sections):
        raise ValueError("the demo revises the adult agreement's cancellations section")
    sections = [
        dataclasses.replace(s, body=REVISED_CANCELLATION) if s.key == "cancellation" else s
        for s in current.sections
    ]
    return consent.save_new_version(
        session, ConsentAudience.ADULT, current.name, sections, created_by=clinician_name
    )


def _initials(name: str) -> str:
    """The first letters of the first two words: "Ana García López" gives "AG"."""
    return "".join(word[0] for word in name.split()[:2]).upper()


def _drawn_signature(rng: random.Random, name: str) -> tuple[Stroke, ...]:
    """A drawn signature, as the signature pad records it.

    A looping stroke for each of the first two names (a taller first letter, a
    slant, a loop for each letter or so), sometimes an underline. Points are in
    the pad's coordinates: x from 0 to 1, y down from 0 to :data:`_PAD_HEIGHT`,
    rounded to four places as the content hash keeps them.
    """
    words = [w for w in name.split() if not w.endswith(".")][:2] or ["x"]  # not "Dr."
    lengths = [(0.06 + 0.035 * len(word)) * rng.uniform(0.85, 1.1) for word in words]
    gap = rng.uniform(0.03, 0.06)
    fit = min(1.0, (0.8 - gap * (len(words) - 1)) / sum(lengths))
    x = rng.uniform(0.06, 0.1)
    baseline = _PAD_HEIGHT * rng.uniform(0.7, 0.78)
    slant = rng.uniform(0.1, 0.3)
    strokes: list[Stroke] = []
    for word, length in zip(words, lengths, strict=True):
        length *= fit
        loops = max(2, min(7, len(word) - 1 + rng.randint(-1, 1)))
        height = rng.uniform(0.05, 0.08)
        wobble = rng.uniform(0, 2 * math.pi)
        steps = 10 * loops
        points = []
        for k in range(steps + 1):
            t = k / steps
            angle = 2 * math.pi * loops * t
            tall = 2.0 if t < 1 / loops else 1.0
            rise = height * tall * (1 + 0.2 * math.sin(5 * t + wobble)) * (1 - math.cos(angle)) / 2
            px = x + length * t - 0.25 * length / loops * math.sin(angle) + slant * rise
            points.append((round(min(px, 0.99), 4), round(baseline - rise, 4)))
        strokes.append(tuple(points))
        x += length + gap
    if rng.random() < 0.4:
        start, end = strokes[0][0][0], min(0.97, x - gap)
        under = baseline + 0.012
        strokes.append(
            tuple(
                (round(start + (end - start) * k / 8, 4), round(under + 0.006 * math.sin(k), 4))
                for k in range(9)
            )
        )
    return tuple(strokes)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _scan_png(rng: random.Random, width: int = 170, height: int = 220) -> bytes:
    """A small greyscale "scan" of a form signed on paper: lines of print, then a signature."""
    paper = [bytearray([246] * width) for _ in range(height)]
    y = 16
    while y < height - 70:
        end = width - 14 - (rng.randint(20, 70) if rng.random() < 0.25 else rng.randint(0, 10))
        for x in range(14, end):
            if rng.random() < 0.8:  # print is words, not a solid bar
                paper[y][x] = paper[y + 1][x] = rng.randint(60, 110)
        y += 7 if rng.random() < 0.85 else 14
    scale = width * 0.9
    for stroke in _drawn_signature(rng, "A B"):
        for (x0, y0), (x1, y1) in itertools.pairwise(stroke):
            for k in range(6):
                px = round(8 + (x0 + (x1 - x0) * k / 6) * scale)
                py = round(height - 78 + (y0 + (y1 - y0) * k / 6) * scale)
                if 0 <= px < width and 0 <= py < height:
                    paper[py][px] = 30
    raw = b"".join(b"\x00" + bytes(row) for row in paper)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(raw, 9))
        + _png_chunk(b"IEND", b"")
    )


_REQUEST_WORDS = {
    RequestedBy.SELF: "Self-referred",
    RequestedBy.PARENT: "Brought by a parent",
    RequestedBy.PARTNER: "At the partner's request",
    RequestedBy.COURT: "Court-ordered",
    RequestedBy.EMPLOYER: "Through the employer's EAP",
    RequestedBy.OTHER: "Referred by a third party",
}


# ------------------------------------------------------------------ notes

#: How clients' progress notes are written: the template each client's notes use.
NOTE_TEMPLATE_MIX = (("SOAP", 70), ("DAP", 18), ("BIRP", 12))
#: The share of sessions after which homework is agreed.
HOMEWORK_SHARE = 0.6
#: The share of sessions with private process notes too.
PROCESS_NOTE_SHARE = 0.05
#: The share of signed progress notes with an addendum.
ADDENDUM_SHARE = 0.01
#: The share of notes signed more than a day after the session (late entries).
LATE_SHARE = 0.04
#: At most this many of the last sessions before "today" still wait for their note to be signed.
UNSIGNED_NOTES = (1, 5)


@dataclass
class _NoteDraft:
    """One demo note before it is stored (its id is given once all are made)."""

    client_id: int
    appointment_id: int
    kind: str
    template_name: str
    sections: list[dict[str, Any]]
    goal_ids: list[int]
    session_date: date
    created_at: datetime
    signed_at: datetime | None
    late_entry: bool = False
    revision: int = 1
    id: int = 0
    addenda: list[dict[str, Any]] = field(default_factory=list)
    chain_seq: int | None = None
    content_hash: str = ""
    prev_hash: str = ""
    chain_hash: str = ""


class _Notebook:
    """Every attended session's progress note, homework, process notes and treatment plans.

    Written after the calendar is stored, from a generator of its own, so the
    rest of the practice is the same with or without notes. Signed notes and
    addenda carry the hashes :func:`app.notes.sign` and
    :func:`app.notes.add_addendum` would give them, in one chain in signing
    order; every note is in the search index as :mod:`app.notes` puts it there.
    """

    def __init__(
        self,
        rng: random.Random,
        practice: _Practice,
        plan: _Calendar,
        first_appointment_id: int,
        templates: dict[str, notes.NoteTemplateInfo],
        signer: str,
    ) -> None:
        self.rng = rng
        self.practice = practice
        self.plan = plan
        self.first_appointment_id = first_appointment_id
        self.templates = templates
        self.signer = signer
        self.zone = practice.zone
        self.now = datetime.combine(practice.today, time(), self.zone).astimezone(UTC)
        self.writer = NoteWriter(rng)
        self.mix = _Weighted([n for n, _ in NOTE_TEMPLATE_MIX], [w for _, w in NOTE_TEMPLATE_MIX])
        self.notes: list[_NoteDraft] = []
        self.homework: list[tuple[_NoteDraft, dict[str, Any]]] = []
        self.objectives: list[dict[str, Any]] = []
        self.interventions: list[dict[str, Any]] = []
        #: Each client's story, in the order of the practice's clients.
        self.stories: list[ClientStory] = []

    # ------------------------------------------------------------ making

    def make(self, goals: dict[int, list[tuple[int, str, str, date | None]]]) -> None:
        sessions: dict[int, list[int]] = {}
        for k, row in enumerate(self.plan.appointments):
            if row["status"] == AppointmentStatus.ATTENDED and row["client_index"] is not None:
                sessions.setdefault(row["client_index"], []).append(k)
        attended = sorted(
            (k for ks in sessions.values() for k in ks),
            key=lambda k: self.plan.appointments[k]["start_utc"],
        )
        waiting = set(attended[-self.rng.randint(*UNSIGNED_NOTES) :]) if attended else set()
        for index, draft in enumerate(self.practice.drafts):
            client_goals = goals.get(draft.row["id"], [])
            story = self.writer.story(
                draft.theme.name,
                draft.complaint,
                draft.minor,
                [title for _, title, _, _ in client_goals],
                draft.ended,
            )
            self.stories.append(story)
            self._plan(story, client_goals)
            ks = sorted(
                sessions.get(index, []), key=lambda k: self.plan.appointments[k]["start_utc"]
            )
            self._client(draft, story, client_goals, ks, waiting)
        self.notes.sort(key=lambda n: (n.created_at, n.kind))
        for offset, note in enumerate(self.notes, start=1):
            note.id = offset

    def _plan(self, story: ClientStory, goals: Sequence[tuple[int, str, str, date | None]]) -> None:
        """One or two objectives and interventions for each goal still worked on or reached."""
        for goal_id, title, status, target in goals:
            if status == GoalStatus.DROPPED:
                continue
            objectives, interventions = self.writer.plan(story, title)
            for position, text in enumerate(objectives):
                met = status == GoalStatus.ACHIEVED or (
                    story.course == Course.IMPROVING and self.rng.random() < 0.3
                )
                self.objectives.append(
                    {
                        "goal_id": goal_id,
                        "text": text,
                        "target_date": target,
                        "met": met,
                        "position": position,
                    }
                )
            for position, text in enumerate(interventions):
                self.interventions.append({"goal_id": goal_id, "text": text, "position": position})

    def _sections(self, template: str, texts: dict[str, str]) -> list[dict[str, Any]]:
        return [
            {"key": s.key, "title": s.title, "text": texts.get(s.key, ""), "prompt": s.prompt}
            for s in self.templates[template].sections
        ]

    def _screens(self, draft: _Draft) -> str:
        said = []
        for given in draft.administrations:
            instrument = self.practice.instruments[given["instrument_id"]]
            if given["total"] is None:
                continue
            band = f" ({given['band'].lower()})" if given["band"] else ""
            said.append(f"{instrument.short_name} {given['total']}{band}")
        return "At intake: " + "; ".join(said) + "." if said else ""

    def _told(self, draft: _Draft) -> IntakeTold:
        data = draft.intake_row["data"]
        summary: str = draft.row["clinical_summary"]
        life = summary.split(f"{draft.complaint}.", 1)[-1].strip()
        return IntakeTold(
            why_now=data["why_now"],
            hopes=data["hopes"],
            earlier_therapy=data["earlier_therapy"],
            medication=data["medication"],
            medical=data["medical_conditions"],
            substances=data["substance_use"],
            risk_history=data["risk_history"],
            life=life,
        )

    def _signed(self, end: datetime) -> datetime:
        """When a note of a session ending at ``end`` was signed (before "today")."""
        rng = self.rng
        r = rng.random()
        if r < LATE_SHARE:
            delay = timedelta(minutes=rng.randint(25 * 60, 72 * 60))
        elif r < 0.75:
            delay = timedelta(minutes=rng.randint(5, 4 * 60))
        else:
            delay = timedelta(minutes=rng.randint(4 * 60, 20 * 60))
        signed = end + delay
        if signed >= self.now:  # the session was yesterday: signed last night
            room = int((self.now - end).total_seconds() // 60) - 1
            signed = end + timedelta(minutes=rng.randint(min(5, room), max(5, room)))
        return signed.replace(microsecond=0)

    def _client(
        self,
        draft: _Draft,
        story: ClientStory,
        goals: Sequence[tuple[int, str, str, date | None]],
        ks: Sequence[int],
        waiting: set[int],
    ) -> None:
        rng, plan = self.rng, self.plan
        client_id: int = draft.row["id"]
        template = self.mix.pick(rng)
        worked_on = [g for g, _, status, _ in goals if status != GoalStatus.DROPPED] or [
            g for g, _, _, _ in goals
        ]
        own = [k for k in ks if plan.appointments[k]["kind"] in _OWN_SESSIONS]
        couples_story: ClientStory | None = None
        pending: list[tuple[dict[str, Any], Task]] = []
        last = own[-1] if own else None
        for k in ks:
            row = plan.appointments[k]
            kind = row["kind"]
            day: date = row["start_utc"].astimezone(self.zone).date()
            video = row["location"] == _VIDEO
            goal_ids: list[int] = []
            tasks: list[Task] = []
            if kind == ServiceKind.CONSULTATION:
                name, texts = "Free-form", self.writer.consultation(story)
            elif kind == ServiceKind.COUPLES:
                if couples_story is None:
                    couples_story = self.writer.story(
                        "couples", "the relationship", False, (), draft.ended
                    )
                progress = (own.index(k) / max(1, len(own) - 1)) if k in own else 0.5
                name = template
                texts = self.writer.session(couples_story, template, progress, (), (), video)
            else:
                reviews = []
                for homework, task in pending:
                    review = self.writer.review(story, task)
                    homework.update(
                        review=str(review.review), review_note=review.note, reviewed_on=day
                    )
                    reviews.append(review)
                pending = []
                position = own.index(k)
                progress = position / max(1, len(own) - 1)
                goal_ids = sorted(rng.sample(worked_on, min(len(worked_on), rng.randint(1, 2))))
                ends = draft.ended and k == last and position > 0
                if not ends and rng.random() < HOMEWORK_SHARE:
                    tasks = self.writer.tasks(story)
                if kind == ServiceKind.INTAKE:
                    name = "Intake note"
                    goal_ids = sorted(worked_on)
                    texts = self.writer.intake(
                        story, self._told(draft), self._screens(draft), tasks, video
                    )
                elif ends:
                    name = "Discharge summary"
                    first_day = plan.appointments[own[0]]["start_utc"].astimezone(self.zone)
                    texts = self.writer.discharge(
                        story, len(own), format_date(first_day.date()), format_date(day)
                    )
                else:
                    name = template
                    texts = self.writer.session(story, template, progress, reviews, tasks, video)
            note = self._note(client_id, k, row, name, texts, goal_ids, k in waiting)
            if tasks:
                due = None
                later = own[own.index(k) + 1 :]
                if later:
                    due = plan.appointments[later[0]]["start_utc"].astimezone(self.zone).date()
                for task in tasks:
                    homework = {
                        "client_id": client_id,
                        "assigned_on": day,
                        "what": task.what,
                        "why": task.why,
                        "due_on": due or day + timedelta(days=7),
                        "review": "",
                        "review_note": "",
                        "reviewed_on": None,
                        "created_at": note.created_at,
                        "updated_at": note.created_at,
                    }
                    self.homework.append((note, homework))
                    pending.append((homework, task))
            if kind != ServiceKind.CONSULTATION and rng.random() < PROCESS_NOTE_SHARE:
                self._note(
                    client_id,
                    k,
                    row,
                    "Process notes",
                    self.writer.process(couples_story or story),
                    [],
                    k in waiting,
                )

    def _note(
        self,
        client_id: int,
        k: int,
        row: dict[str, Any],
        template: str,
        texts: dict[str, str],
        goal_ids: list[int],
        waiting: bool,
    ) -> _NoteDraft:
        rng = self.rng
        end: datetime = row["end_utc"]
        created = row["start_utc"] + timedelta(minutes=rng.randint(5, 45))
        signed = None if waiting else self._signed(end)
        note = _NoteDraft(
            client_id=client_id,
            appointment_id=self.first_appointment_id + k,
            kind=str(self.templates[template].kind),
            template_name=template,
            sections=self._sections(template, texts),
            goal_ids=goal_ids,
            session_date=row["start_utc"].astimezone(self.zone).date(),
            created_at=created.replace(microsecond=0),
            signed_at=signed,
            late_entry=signed is not None and signed > end + _LATE,
            revision=rng.randint(1, 6),
        )
        if signed is not None and note.kind == NoteKind.PROGRESS and rng.random() < ADDENDUM_SHARE:
            later = signed + timedelta(minutes=rng.randint(24 * 60, 20 * 24 * 60))
            if later < self.now:
                note.addenda.append(
                    {"text": self.writer.addendum(), "signed_at": later, "signed_by": self.signer}
                )
        self.notes.append(note)
        return note

    # ----------------------------------------------------------- storing

    def store(self, session: Session) -> None:
        first_id = (session.scalar(select(func.max(Note.id))) or 0) + 1
        for note in self.notes:
            note.id += first_id - 1
        self._chain()
        note_rows = []
        fts_rows = []
        addendum_rows: list[dict[str, Any]] = []
        for note in self.notes:
            signed = note.signed_at
            updated = signed or note.created_at + timedelta(minutes=self.rng.randint(1, 30))
            note_rows.append(
                {
                    "id": note.id,
                    "client_id": note.client_id,
                    "appointment_id": note.appointment_id,
                    "kind": note.kind,
                    "template_name": note.template_name,
                    "sections": note.sections,
                    "goal_ids": note.goal_ids,
                    "session_date": note.session_date,
                    "status": str(NoteStatus.SIGNED if signed else NoteStatus.DRAFT),
                    "revision": note.revision,
                    "signed_at": signed,
                    "signed_by": self.signer if signed else "",
                    "late_entry": note.late_entry,
                    "chain_seq": note.chain_seq,
                    "content_hash": note.content_hash,
                    "prev_hash": note.prev_hash,
                    "chain_hash": note.chain_hash,
                    "indexed_at": max((a["signed_at"] for a in note.addenda), default=updated),
                    "created_at": note.created_at,
                    "updated_at": updated,
                }
            )
            fts_rows.append(
                {
                    "id": note.id,
                    "body": notes._body(note.sections),
                    "addenda": "\n".join(a["text"] for a in note.addenda),
                }
            )
            addendum_rows.extend({"note_id": note.id, **a} for a in note.addenda)
        homework_rows = [{"note_id": note.id, **row} for note, row in self.homework]
        for model, rows in (
            (Note, note_rows),
            (NoteAddendum, addendum_rows),
            (Homework, homework_rows),
            (TreatmentObjective, self.objectives),
            (TreatmentIntervention, self.interventions),
        ):
            for at in range(0, len(rows), _CHUNK):
                session.execute(insert(_table(model)), rows[at : at + _CHUNK])
        for at in range(0, len(fts_rows), _CHUNK):
            session.execute(_FTS_INSERT, fts_rows[at : at + _CHUNK])

    def _chain(self) -> None:
        """Hash and chain the signed notes and addenda, in the order they were signed."""
        links: list[tuple[datetime, int, int, _NoteDraft, dict[str, Any] | None]] = []
        for note in self.notes:
            if note.signed_at is not None:
                links.append((note.signed_at, 0, note.id, note, None))
            links.extend((a["signed_at"], 1, note.id, note, a) for a in note.addenda)
        links.sort(key=lambda link: link[:3])
        prev = notes.GENESIS
        for seq, (signed_at, _, _, note, addendum) in enumerate(links, start=1):
            if addendum is None:
                digest = notes.note_digest(
                    Note(
                        kind=note.kind,
                        template_name=note.template_name,
                        sections=note.sections,
                        goal_ids=note.goal_ids,
                        client_id=note.client_id,
                        session_date=note.session_date,
                        signed_by=self.signer,
                        signed_at=signed_at,
                    )
                )
                target: Any = note
            else:
                digest = notes.addendum_digest(
                    NoteAddendum(
                        note_id=note.id,
                        text=addendum["text"],
                        signed_by=addendum["signed_by"],
                        signed_at=signed_at,
                    )
                )
                target = None
            chained = notes.chain_value(prev, digest)
            values = {
                "chain_seq": seq,
                "content_hash": digest,
                "prev_hash": prev,
                "chain_hash": chained,
            }
            if target is None:
                assert addendum is not None
                addendum.update(values)
            else:
                for attribute, value in values.items():
                    setattr(note, attribute, value)
            prev = chained

    def summary(self) -> dict[str, Any]:
        progress = [n for n in self.notes if n.kind == NoteKind.PROGRESS]
        reviewed = [h for _, h in self.homework if h["review"]]
        return {
            "notes": len(progress),
            "notes_signed": sum(n.signed_at is not None for n in progress),
            "notes_unsigned": sum(n.signed_at is None for n in progress),
            "late_entries": sum(n.late_entry for n in self.notes),
            "addenda": sum(len(n.addenda) for n in self.notes),
            "process_notes": len(self.notes) - len(progress),
            "homework_assigned": len(self.homework),
            "homework_reviewed": len(reviewed),
            "homework_reviews": dict(sorted(Counter(h["review"] for h in reviewed).items())),
            "treatment_objectives": len(self.objectives),
            "treatment_interventions": len(self.interventions),
        }


_OWN_SESSIONS = (ServiceKind.INTAKE, ServiceKind.INDIVIDUAL)
#: How :func:`app.notes` puts a note into the search index (its rowid is the note's id).
_FTS_INSERT = sql_text("INSERT INTO note_fts (rowid, body, addenda) VALUES (:id, :body, :addenda)")
_LATE = timedelta(hours=notes.LATE_ENTRY_HOURS)


# ------------------------------------------------------------------ session feedback

CHECK_IN = "session_checkin"
EVALUATION = "session_evaluation"
#: The outcome measures given before every second session (the first, the third …).
SESSION_MEASURES = ("phq9", "gad7")
#: Clients who also fill in the check-in after the session, so a session's change shows.
CHECK_IN_AFTER_SHARE = 0.10
#: Clients who rate some sessions low (11 or less), by course: ruptures go with being stuck.
LOW_RATER_SHARE = {Course.IMPROVING: 0.06, Course.STUCK: 0.16, Course.WORSE: 0.25}
#: How a satisfied client rates a session (total of four 0–4 ratings, and weight).
USUAL_RATINGS = ((16, 42), (15, 33), (14, 18), (13, 5), (12, 2))
#: The share of evaluated sessions for which the clinician first records a guess.
GUESS_SHARE = 0.30
#: The chance of urges to self-harm at a stuck or worse client's check-in: with
#: suicidal thoughts in their story, and without. Improving clients report none.
SELF_HARM_SHARE = (0.03, 0.006)
#: Risk follow-ups of the last few days left open for the clinician (at least one).
HELD_OPEN = (1, 2)
RECENT_DAYS = 14
PAPER_SHARE = 0.08
#: Sessions over which an improving or worsening client's scores reach their new level.
SPAN_SESSIONS = (8, 20)


class _Visit(NamedTuple):
    """One attended session, as its feedback needs it."""

    client_id: int
    appointment_id: int
    sex: str | None
    answered_by: str
    #: The latest a risk follow-up raised in it is resolved: the next session, or today.
    settled_by: datetime
    #: Its risk follow-ups are still open on the demo's "today".
    held_open: bool


class _Rater(NamedTuple):
    """How a client rates their sessions."""

    low: bool
    #: Low ratings throughout, rather than in one dip (the sessions in ``dip``).
    throughout: bool
    dip: range


def _ten(value: float) -> int:
    """A 0–10 rating."""
    return max(0, min(10, round(value)))


class _Feedback:
    """Every attended individual session's feedback, and the clinician's guesses.

    Before the session the client answers the check-in, and every second session the
    PHQ-9 and GAD-7; after it, the session evaluation (a few also the check-in again).
    The scores follow the course the notes tell of each client, starting from the
    intake screens' totals: improving clients fall below the cut-off, stuck ones stay
    near where they began, worse ones rise by more than the reliable change.

    Made after the notes, from a generator of its own, so the rest of the practice is
    the same with or without it. Every score comes from :func:`app.scoring.score`, and
    every risk answer opens a follow-up, as :func:`app.measures.record_administration`
    does; outcome measures given in a session open no screening follow-up (a client
    in treatment is not being screened).
    """

    def __init__(
        self,
        rng: random.Random,
        practice: _Practice,
        plan: _Calendar,
        stories: Sequence[ClientStory],
        first_appointment_id: int,
    ) -> None:
        self.rng = rng
        self.practice = practice
        self.plan = plan
        self.stories = stories
        self.first_appointment_id = first_appointment_id
        self.midnight = datetime.combine(practice.today, time(), practice.zone).astimezone(UTC)
        shipped = load_all().instruments
        self.check_in = shipped[CHECK_IN]
        self.evaluation = shipped[EVALUATION]
        self.measures = [practice.instruments[i] for i in SESSION_MEASURES]
        self.usual = _Weighted([t for t, _ in USUAL_RATINGS], [w for _, w in USUAL_RATINGS])
        self.administrations: list[dict[str, Any]] = []
        #: Each follow-up with the index (in ``administrations``) of the one that raised it.
        self.follow_ups: list[tuple[int, dict[str, Any]]] = []
        self.guesses: list[dict[str, Any]] = []

    # ------------------------------------------------------------ making

    def make(self) -> None:
        appointments = self.plan.appointments
        sessions: dict[int, list[int]] = {}
        for k, row in enumerate(appointments):
            if (
                row["status"] == AppointmentStatus.ATTENDED
                and row["kind"] == ServiceKind.INDIVIDUAL
                and row["client_index"] is not None
            ):
                sessions.setdefault(row["client_index"], []).append(k)
        for ks in sessions.values():
            ks.sort(key=lambda k: appointments[k]["start_utc"])
        held_open = self._held_open(sessions)
        for index, draft in enumerate(self.practice.drafts):
            if index in sessions:
                self._client(draft, self.stories[index], sessions[index], held_open)

    def _held_open(self, sessions: dict[int, list[int]]) -> set[int]:
        """One or two stuck or worse clients' last sessions, in the last two weeks.

        Urges to self-harm are rated at them, and their risk follow-ups are still open.
        """
        recent = self.midnight - timedelta(days=RECENT_DAYS)
        candidates = sorted(
            ks[-1]
            for index, ks in sessions.items()
            if self.stories[index].course != Course.IMPROVING
            and self.plan.appointments[ks[-1]]["start_utc"] >= recent
        )
        count = min(len(candidates), self.rng.randint(*HELD_OPEN))
        return set(self.rng.sample(candidates, count))

    def _client(
        self, draft: _Draft, story: ClientStory, ks: Sequence[int], held_open: set[int]
    ) -> None:
        rng = self.rng
        course = story.course
        n = len(ks)
        intake = {a["instrument_id"]: a["total"] for a in draft.administrations}
        measured = all(intake.get(i.id) is not None for i in self.measures)
        # A child too young for the questionnaires still rates the check-in: from a level
        # that is never shown, drawn like the measures' totals.
        baselines = [
            int(intake[i.id]) if measured else rng.randint(i.max_score // 4, i.max_score * 3 // 5)
            for i in self.measures
            if i.max_score is not None
        ]
        paths = [
            self._path(course, baseline, instrument, n)
            for baseline, instrument in zip(baselines, self.measures, strict=True)
        ]
        rater = self._rater(course, n)
        again_after = rng.random() < CHECK_IN_AFTER_SHARE
        on_paper = rng.random() < PAPER_SHARE
        anger = rng.uniform(-1.0, 2.0)
        urges = 0.0
        if course != Course.IMPROVING:
            urges = SELF_HARM_SHARE[0 if story.risk else 1]
        for position, k in enumerate(ks):
            row = self.plan.appointments[k]
            start: datetime = row["start_utc"]
            end: datetime = row["end_utc"]
            if row["location"] == _VIDEO:
                by = str(AnsweredBy.CLINICIAN)  # asked aloud on the call
            else:
                by = str(AnsweredBy.PAPER if on_paper else AnsweredBy.CLIENT)
            following = self.plan.appointments[ks[position + 1]] if position + 1 < n else None
            visit = _Visit(
                client_id=draft.row["id"],
                appointment_id=self.first_appointment_id + k,
                sex=draft.row["sex_for_norms"] or None,
                answered_by=by,
                settled_by=min(following["start_utc"] if following else end, self.midnight),
                held_open=k in held_open,
            )
            depression, anxiety = (path[position] for path in paths)
            urge = 0
            if visit.held_open:
                urge = rng.randint(1, 3)
            elif urges and rng.random() < urges * (1 + depression / 27):
                urge = rng.choices((1, 2, 3, 4, 5), cum_weights=(45, 75, 90, 97, 100))[0]

            before = start - timedelta(minutes=rng.randint(3, 12))
            feeling = self._feeling(depression, anxiety, anger, urge)
            self._give(visit, self.check_in, feeling, before, "before")
            if measured and position % 2 == 0:
                item9 = 0
                if urge and not visit.held_open and rng.random() < 0.6:
                    item9 = 1 if urge < 3 else 2
                for minutes, instrument, total in (
                    (1, self.measures[0], depression),
                    (2, self.measures[1], anxiety),
                ):
                    answers = self._measure_answers(instrument, total, item9)
                    self._give(
                        visit, instrument, answers, before + timedelta(minutes=minutes), "before"
                    )
            if again_after:
                after = self._after(feeling, course, visit.held_open)
                self._give(visit, self.check_in, after, end + timedelta(minutes=2), "after")
            self._evaluate(visit, rater, position, end)

    def _rater(self, course: Course, n: int) -> _Rater:
        """How a client rates their sessions: mostly high; a few low at times, or throughout."""
        rng = self.rng
        low = rng.random() < LOW_RATER_SHARE[course]
        drop = low and rng.random() < 0.6
        dip_at = rng.randrange(n)
        dip = range(dip_at, dip_at + rng.randint(1, 3)) if drop else range(0)
        return _Rater(low=low, throughout=low and not drop, dip=dip)

    def _after(self, feeling: dict[str, int], course: Course, held_open: bool) -> dict[str, int]:
        """The check-in again after the session: mostly a little easier."""
        rng = self.rng
        after = {
            "mood": feeling["mood"] - rng.randint(0, 2),
            "anxiety": feeling["anxiety"] - rng.randint(0, 3),
            "anger": feeling["anger"] - rng.randint(0, 1),
            "hopelessness": feeling["hopelessness"] - rng.randint(0, 2),
            "self_harm": 0 if held_open else feeling["self_harm"] - rng.randint(1, 3),
        }
        if course == Course.WORSE and rng.random() < 0.3:  # a hard session
            after["mood"] = feeling["mood"] + 1
        return {item: _ten(value) for item, value in after.items()}

    def _evaluate(self, visit: _Visit, rater: _Rater, position: int, end: datetime) -> None:
        """The session evaluation, and (sometimes) the clinician's guess recorded before it."""
        rng = self.rng
        if position in rater.dip:
            total = rng.randint(6, 11)
        elif rater.throughout:
            total = max(5, min(16, round(rng.gauss(11.5, 1.6))))
        else:
            total = self.usual.pick(rng)
        if rng.random() < GUESS_SHARE:
            if rater.low:  # clinicians tend not to see it coming
                guessed = total + rng.choices((0, 1, 2, 3), cum_weights=(15, 45, 75, 100))[0]
            else:
                guessed = total + rng.choice((-1, 0, 0, 0, 1))
            self.guesses.append(
                {
                    "client_id": visit.client_id,
                    "appointment_id": visit.appointment_id,
                    "instrument_id": self.evaluation.id,
                    "guessed_total": float(max(0, min(16, guessed))),
                    "created_at": end - timedelta(minutes=rng.randint(0, 2)),
                }
            )
        items = self.evaluation.scoring_items
        shortfall = _spread(rng, 16 - total, [0] * len(items), 4)
        ratings = {item: 4 - short for item, short in zip(items, shortfall, strict=True)}
        comments = {}
        if total <= 11 and rng.random() < 0.35:
            comments["comment"] = rng.choice(LOW_EVALUATION_COMMENTS)
        elif rng.random() < 0.02:
            comments["comment"] = rng.choice(EVALUATION_COMMENTS)
        rated = end + timedelta(minutes=rng.randint(3, 9))
        self._give(visit, self.evaluation, ratings, rated, "after", comments)

    def _path(self, course: Course, baseline: int, instrument: Instrument, n: int) -> list[int]:
        """The totals of ``n`` sessions in a row, from ``baseline``, as the course goes."""
        rng = self.rng
        top = instrument.max_score or 0
        cutoff = instrument.cutoff_for(None) or 0
        change = round(instrument.reliable_change_threshold() or 0)
        noise = top / 18
        span = rng.randint(*SPAN_SESSIONS)
        if course == Course.IMPROVING:
            target = min(rng.randint(1, max(1, cutoff - 3)), max(0, baseline - change - 2))
        elif course == Course.WORSE:
            target = min(top, baseline + change + rng.randint(2, 5))
        else:
            target = baseline
        totals = []
        wander = 0.0
        for j in range(1, n + 1):
            if course == Course.STUCK:
                wander = max(-2.0, min(2.0, wander + rng.gauss(0, 0.7)))
                value = baseline + wander + rng.gauss(0, noise * 0.6)
                value = max(baseline - 3, min(baseline + 3, value))
            else:
                # Most of the change comes early, as it does in therapy.
                share = 1 - (1 - min(1.0, j / span)) ** 1.6
                value = baseline + (target - baseline) * share + rng.gauss(0, noise)
            totals.append(max(0, min(top, round(value))))
        return totals

    def _feeling(self, depression: int, anxiety: int, anger: float, urge: int) -> dict[str, int]:
        """The check-in's five 0–10 ratings, from the measures' current levels."""
        gauss = self.rng.gauss
        low, worry = depression / 27, anxiety / 21
        mood = _ten(11 * low + gauss(0, 1))
        return {
            "mood": mood,
            "anxiety": _ten(11 * worry + gauss(0, 1)),
            "anger": _ten(1 + anger + 3 * (low + worry) + gauss(0, 1.2)),
            "hopelessness": _ten(0.8 * mood - 0.5 + gauss(0, 1)),
            "self_harm": urge,
        }

    def _measure_answers(self, instrument: Instrument, total: int, item9: int) -> dict[str, int]:
        """Answers adding up to ``total`` (the PHQ-9's item 9 as given, its difficulty to fit)."""
        rng = self.rng
        items = instrument.scoring_items
        if instrument.id == "phq9":
            rest = min(24, max(0, total - item9))
            answers = dict(zip(items[:8], _spread(rng, rest, [0] * 8, 3), strict=True))
            answers[items[8]] = item9
            answers["difficulty"] = min(3, (rest + item9 + rng.randint(0, 6)) // 8)
            return answers
        return dict(zip(items, _spread(rng, total, [0] * len(items), 3), strict=True))

    def _give(
        self,
        visit: _Visit,
        instrument: Instrument,
        answers: dict[str, int],
        at: datetime,
        timing: str,
        comments: dict[str, str] | None = None,
    ) -> None:
        """One administration, and a risk follow-up for each risk answer."""
        result = score(instrument, answers, visit.sex)
        index = len(self.administrations)
        self.administrations.append(
            {
                "client_id": visit.client_id,
                "instrument_id": instrument.id,
                "instrument_version": instrument.version,
                "answers": answers,
                "comments": comments or {},
                "total": result.total,
                "valid": result.valid,
                "prorated": result.prorated,
                "band": result.band or "",
                "at_or_above_cutoff": result.at_or_above_cutoff,
                "risk": [
                    {"item": f.item, "value": f.value, "message": f.message} for f in result.risk
                ],
                "answered_by": visit.answered_by,
                "administered_at": at,
                "appointment_id": visit.appointment_id,
                "timing": timing,
                "created_at": at,
            }
        )
        for flag in result.risk:
            title = f"{instrument.short_name}: {flag.message}"
            self.follow_ups.append((index, self._risk_follow_up(visit, title, at)))

    def _risk_follow_up(self, visit: _Visit, title: str, opened: datetime) -> dict[str, Any]:
        rng = self.rng
        row: dict[str, Any] = {
            "client_id": visit.client_id,
            "kind": "risk",
            "title": title,
            "status": str(FollowUpStatus.OPEN),
            "resolution_note": "",
            "resolved_at": None,
            "created_at": opened,
            "updated_at": opened,
        }
        if visit.held_open:
            return row
        status = self.practice.outcomes["risk"].pick(rng)
        # Mostly asked about in the session itself; otherwise before the next one.
        at = opened + timedelta(minutes=rng.randint(20, 60))
        room = int((visit.settled_by - at).total_seconds() // 60) - 1
        if room > 60 and rng.random() < 0.25:
            at += timedelta(minutes=rng.randint(60, room))
        at = min(at, self.midnight - _UTC_MINUTE)
        row.update(
            status=status,
            resolution_note=rng.choice(SESSION_RISK_NOTES[status]),
            resolved_at=at,
            updated_at=at,
        )
        return row

    # ----------------------------------------------------------- storing

    def store(self, session: Session) -> None:
        first_id = (session.scalar(select(func.max(Administration.id))) or 0) + 1
        administration_rows = [
            {"id": first_id + offset, **row} for offset, row in enumerate(self.administrations)
        ]
        follow_up_rows = [
            {"administration_id": first_id + index, **row} for index, row in self.follow_ups
        ]
        for model, rows in (
            (Administration, administration_rows),
            (FollowUp, follow_up_rows),
            (ClinicianGuess, self.guesses),
        ):
            for at in range(0, len(rows), _CHUNK):
                session.execute(insert(_table(model)), rows[at : at + _CHUNK])
