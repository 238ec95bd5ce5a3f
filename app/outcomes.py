"""Is therapy working? Each client's scores over time, reliable change, recovery, and the radar.

Change is judged the way the instruments' own sources judge it:

* **Reliable change** (Jacobson & Truax 1991): the change from the baseline
  (the first valid score) is at least the instrument's ``reliable_change``
  threshold (from its data file), in the better or worse direction.
* **Clinically significant change**: the score crossed the instrument's
  clinical cut-off (from caseness to non-caseness, or back).
* **Recovery** (NHS Talking Therapies, PHQ-9 and GAD-7): the baseline was at or
  above the cut-off (caseness) and the latest is below it; **reliable recovery**
  adds reliable improvement.

The needs-attention rules turn these and the other signals (risk answers,
session evaluations, homework, attendance, consent, open follow-up items) into
plain-language reasons with a link to where the clinician can act. A signal
can be snoozed until a date, with a reason (audited).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from app import audit
from app.changes import Changed
from app.clients import ClientNotFound, display_name
from app.errors import ValidationError
from app.instruments import Instrument
from app.models import (
    Administration,
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    AttentionSnooze,
    Client,
    ClientStatus,
    ClinicianGuess,
    ConsentRecord,
    ConsentRecordStatus,
    ConsentTemplate,
    FollowUp,
    FollowUpStatus,
    Homework,
    HomeworkReview,
    Note,
    Prospect,
    ProspectStatus,
    Service,
    ServiceKind,
    Setting,
)
from app.practice import SETTING_DEFAULTS, get_profile, set_setting
from app.words import day_words, marked, words

ChangeKind = Literal["improved", "deteriorated", "no_reliable_change", "baseline_only"]


@dataclass(frozen=True)
class ScorePoint:
    """One valid total on a client's chart."""

    administration_id: int
    at: datetime
    total: float
    band: str
    #: The n-th attended session this score belongs to (None: outside a session, e.g. intake).
    session_number: int | None
    #: "before" / "after" a session, or "".
    timing: str
    #: Change from the baseline, and whether it is reliable ("improved"/"deteriorated"/…).
    change: float
    change_kind: ChangeKind
    recovered: bool
    #: Item id → answer, for the hover text.
    answers: dict[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    label: str


@dataclass(frozen=True)
class InstrumentSeries:
    """Everything one instrument's chart panel needs, computed in the core."""

    instrument_id: str
    short_name: str
    kind: str  # "outcome", "screen", "check_in", "evaluation", …
    higher_is_better: bool
    max_total: float | None
    bands: tuple[Band, ...]
    cutoff: float | None
    reliable_change: float | None
    points: tuple[ScorePoint, ...]

    @property
    def baseline(self) -> ScorePoint | None:
        return self.points[0] if self.points else None

    @property
    def latest(self) -> ScorePoint | None:
        return self.points[-1] if self.points else None


@dataclass(frozen=True)
class InstrumentSummary:
    """Baseline, latest and what the change means, for one instrument."""

    instrument_id: str
    short_name: str
    baseline: float | None
    latest: float | None
    change: float | None
    change_kind: ChangeKind
    clinically_significant: bool
    recovered: bool
    reliably_recovered: bool
    sessions_since_intake: int


@dataclass(frozen=True)
class GuessPoint:
    """The clinician's guess of a session's rating against the client's own rating."""

    appointment_id: int
    at: datetime
    guessed: float
    actual: float | None


@dataclass(frozen=True)
class StripPoint:
    """One attended (or missed) session, for the homework and attendance strip."""

    day: date
    status: str  # an AppointmentStatus value
    homework: str  # "", "done", "partly", "not_done", "not_assigned"


@dataclass(frozen=True)
class CheckInPoint:
    """One session check-in (rated item by item, no total): before or after a session."""

    administration_id: int
    at: datetime
    session_number: int | None
    timing: str
    answers: dict[str, int | None]


@dataclass(frozen=True)
class CheckInSeries:
    """The check-in's items over time; ``within`` pairs a session's before and after."""

    instrument_id: str
    short_name: str
    items: tuple[tuple[str, str], ...]  # (item id, label)
    max_value: int
    points: tuple[CheckInPoint, ...]

    def within(self) -> list[tuple[CheckInPoint, CheckInPoint]]:
        """(before, after) for every session where the check-in was given at both ends."""
        before: dict[int, CheckInPoint] = {}
        pairs = []
        for point in self.points:
            if point.session_number is None:
                continue
            if point.timing == "before":
                before[point.session_number] = point
            elif point.timing == "after" and point.session_number in before:
                pairs.append((before[point.session_number], point))
        return pairs


@dataclass(frozen=True)
class ClientChart:
    """A client's whole chart: outcome panels, the evaluation panel, guesses, the strip."""

    client_id: int
    series: tuple[InstrumentSeries, ...]
    evaluations: InstrumentSeries | None
    guesses: tuple[GuessPoint, ...]
    strip: tuple[StripPoint, ...]
    summaries: tuple[InstrumentSummary, ...]
    check_ins: tuple[CheckInSeries, ...] = ()


Rule = Literal[
    "no_improvement",
    "deterioration",
    "risk",
    "low_evaluation",
    "homework",
    "attendance",
    "consent",
    "open_follow_up",
]


@dataclass(frozen=True)
class AttentionSignal:
    """One reason a client needs attention, in plain words, and where to act on it."""

    client_id: int
    client_name: str
    client_code: str
    rule: Rule
    reason: str
    #: Where to act: "chart", "consent", "screening", "calendar", "notes".
    act_in: str
    severity: int  # 2: act now (risk, deterioration); 1: review soon
    #: The sentences ``reason`` joins, each marked so that the screen can translate it.
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttentionSettings:
    """The radar's thresholds (Settings → Feedback)."""

    sessions_without_improvement: int = 6
    low_evaluation_total: float = 12
    homework_not_done_running: int = 3
    missed_in_last_five: int = 2
    follow_up_open_sessions: int = 3


@dataclass(frozen=True)
class Snooze:
    """A signal set aside until a date (the reason is shown only on the client's own page)."""

    id: int
    client_id: int
    rule: str
    reason: str
    until: date
    created_at: datetime


@dataclass(frozen=True)
class InstrumentOutcomes:
    """How the practice's clients did on one outcome instrument over a period."""

    instrument_id: str
    short_name: str
    #: Clients with a baseline and a later score in the period (compared: baseline → last in it).
    clients: int
    reliably_improved: int
    reliably_deteriorated: int
    #: Of ``clients``, those at or above the cut-off at baseline (the only ones who can recover).
    at_caseness: int
    recovered: int
    reliably_recovered: int

    @property
    def improvement_rate(self) -> float | None:
        return _rate(self.reliably_improved, self.clients)

    @property
    def deterioration_rate(self) -> float | None:
        return _rate(self.reliably_deteriorated, self.clients)

    @property
    def recovery_rate(self) -> float | None:
        return _rate(self.recovered, self.at_caseness)

    @property
    def reliable_recovery_rate(self) -> float | None:
        return _rate(self.reliably_recovered, self.at_caseness)


@dataclass(frozen=True)
class PracticeOutcomes:
    """The practice's own results over a period (Reports → Outcomes)."""

    since: date
    until: date
    instruments: tuple[InstrumentOutcomes, ...]
    #: The mean session evaluation total given in the period (None: none given).
    average_evaluation: float | None
    evaluations: int
    #: Enquiries whose free consultation was held in the period, and how many became clients.
    consultations_held: int
    became_clients: int
    #: Clients whose first session was in the period, and the sessions they attended.
    episodes: int
    episode_sessions: int

    @property
    def conversion_rate(self) -> float | None:
        return _rate(self.became_clients, self.consultations_held)

    @property
    def average_sessions_per_episode(self) -> float | None:
        return None if not self.episodes else self.episode_sessions / self.episodes


RULES: tuple[Rule, ...] = get_args(Rule)

#: What each rule is called in Settings and in the snooze dialog.
RULE_LABELS: dict[str, str] = {
    "no_improvement": marked("No reliable improvement"),
    "deterioration": marked("Reliable deterioration"),
    "risk": marked("Risk answer"),
    "low_evaluation": marked("Low session rating"),
    "homework": marked("Homework not done"),
    "attendance": marked("Missed sessions"),
    "consent": marked("Consent"),
    "open_follow_up": marked("Open follow-up item"),
}

#: Rules that ask for action now; the others ask for a review soon.
URGENT_RULES = frozenset({"risk", "deterioration"})

RISK_RECENT_DAYS = 14
CONSENT_RECENT_DAYS = 90
ATTENDANCE_WINDOW = 5
DETERIORATION_WINDOW = 3
EVALUATION_DROP = 2
MAX_SNOOZE_DAYS = 180
MAX_SNOOZE_REASON = 2000

#: AttentionSettings field → (setting key, lowest, highest).
_SETTING_KEYS: dict[str, tuple[str, float, float]] = {
    "sessions_without_improvement": ("radar.sessions_without_improvement", 2, 52),
    "low_evaluation_total": ("radar.low_evaluation_total", 0, 1000),
    "homework_not_done_running": ("radar.homework_not_done_running", 1, 20),
    "missed_in_last_five": ("radar.missed_in_last_five", 1, ATTENDANCE_WINDOW),
    "follow_up_open_sessions": ("radar.follow_up_open_sessions", 1, 52),
}

#: Statuses shown on the strip (a scheduled appointment has not happened yet).
_STRIP_STATUSES = (
    AppointmentStatus.ATTENDED,
    AppointmentStatus.NO_SHOW,
    AppointmentStatus.LATE_CANCELLED,
    AppointmentStatus.CANCELLED_BY_CLIENT,
    AppointmentStatus.CANCELLED_BY_CLINICIAN,
)
#: What the client did with an appointment (a clinician's cancellation says nothing about them).
_CLIENT_OUTCOMES = frozenset(
    {
        AppointmentStatus.ATTENDED,
        AppointmentStatus.NO_SHOW,
        AppointmentStatus.LATE_CANCELLED,
        AppointmentStatus.CANCELLED_BY_CLIENT,
    }
)
_MISSED = frozenset({AppointmentStatus.NO_SHOW, AppointmentStatus.LATE_CANCELLED})
#: How the attendance signal names a missed appointment (``{day}``: its date).
_MISSED_WORDS: dict[str, str] = {
    AppointmentStatus.NO_SHOW: marked("no-show on {day}"),
    AppointmentStatus.LATE_CANCELLED: marked("late cancellation on {day}"),
}


# ------------------------------------------------------------------ judging change


def _rate(part: int, whole: int) -> float | None:
    return None if not whole else part / whole


def _num(value: float) -> str:
    """A total as people write it: 12, or 12.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _day(day: date) -> str:
    """``3 Mar 2026`` (in the window's language)."""
    return day_words(day)


def _better(instrument: Instrument) -> int:
    """+1 when a higher total is better, −1 when it is worse."""
    return 1 if instrument.direction == "higher_is_better" else -1


def judge(baseline: float, total: float, instrument: Instrument) -> tuple[float, ChangeKind]:
    """The change from ``baseline`` to ``total`` and whether it is reliable.

    A change of at least the instrument's reliable-change threshold in the
    better direction is "improved", in the worse direction "deteriorated".
    Without a threshold no change is called reliable.
    """
    change = total - baseline
    threshold = instrument.reliable_change_threshold()
    if threshold is None:
        return change, "no_reliable_change"
    gain = change * _better(instrument)
    # A tiny tolerance: a prorated total may carry a rounding error.
    if gain >= threshold - 1e-9:
        return change, "improved"
    if -gain >= threshold - 1e-9:
        return change, "deteriorated"
    return change, "no_reliable_change"


def is_case(total: float, cutoff: float, instrument: Instrument) -> bool:
    """At caseness: at or above the cut-off, or below it where a higher total is better."""
    return total < cutoff if instrument.direction == "higher_is_better" else total >= cutoff


def recovered(baseline: float, latest: float, cutoff: float | None, instrument: Instrument) -> bool:
    """Recovery (NHS Talking Therapies): from caseness at baseline to below the cut-off."""
    if cutoff is None:
        return False
    return is_case(baseline, cutoff, instrument) and not is_case(latest, cutoff, instrument)


def _is_outcome(instrument: Instrument) -> bool:
    """Instruments whose change over treatment is judged (a published reliable change)."""
    return instrument.kind in ("outcome", "screen") and instrument.reliable_change is not None


def _id_list(ids: Iterable[int]) -> Any:
    """Ids as one bound JSON value (a long list stays one parameter, not thousands)."""
    values = func.json_each(json.dumps(sorted({int(i) for i in ids}))).table_valued("value")
    return select(values.c.value)


def _zone(session: Session) -> ZoneInfo:
    return ZoneInfo(get_profile(session).time_zone or "UTC")


def _utc_bounds(since: date, until: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC instants: the start of ``since`` and the end of ``until`` in the practice's time."""
    start = datetime.combine(since, time.min, zone).astimezone(UTC)
    end = datetime.combine(until + timedelta(days=1), time.min, zone).astimezone(UTC)
    return start, end


# ------------------------------------------------------------------ sessions


def _utc_text(column: Any) -> Any:
    """An instant column as the text SQLite holds (UTC, '2024-05-01 16:00:00.000000').

    Where thousands of rows are read, :func:`_utc` parses that text in C, several
    times quicker than the column type's own conversion, which runs in Python.
    """
    return type_coerce(column, String)


def _utc(text: str) -> datetime:
    """The time-zone aware instant of a :func:`_utc_text` value."""
    return datetime.fromisoformat(text + "+00:00")


def _session_rows(session: Session, clients: ColumnElement[bool] | None, participants: Any) -> Any:
    """(client_id, appointment_id, start_utc text, status) of clients' appointments, joint too.

    Free consultations are left out: they come before therapy and are not sessions.
    """
    start = _utc_text(Appointment.start_utc)
    own = (
        select(Appointment.client_id, Appointment.id, start, Appointment.status)
        .join(Service, Service.id == Appointment.service_id)
        .where(Service.kind != ServiceKind.CONSULTATION, Appointment.client_id.is_not(None))
    )
    joint = (
        select(
            AppointmentParticipant.client_id,
            Appointment.id,
            start,
            Appointment.status,
        )
        .join(Appointment, Appointment.id == AppointmentParticipant.appointment_id)
        .join(Service, Service.id == Appointment.service_id)
        .where(Service.kind != ServiceKind.CONSULTATION)
    )
    if clients is not None:
        own = own.where(clients)
        joint = joint.where(participants)
    return session.execute(own.union_all(joint))


@dataclass
class _Sessions:
    """One client's appointments in order, with the attended ones numbered."""

    #: (appointment_id, start_utc, local day, status), oldest first.
    rows: list[tuple[int, datetime, date, str]] = field(default_factory=list)
    attended_days: list[date] = field(default_factory=list)
    #: The attended sessions' numbers by appointment and by day, made when first asked
    #: for (the radar reads every active client's sessions and numbers none).
    _numbers: tuple[dict[int, int], dict[date, int]] | None = None

    def finish(self) -> None:
        self.rows.sort(key=itemgetter(1, 0))
        self.attended_days = [
            day for _, _, day, status in self.rows if status == AppointmentStatus.ATTENDED
        ]

    def number_of(self, appointment_id: int | None, day: date) -> int | None:
        if self._numbers is None:
            by_id: dict[int, int] = {}
            by_day: dict[date, int] = {}
            attended = (r for r in self.rows if r[3] == AppointmentStatus.ATTENDED)
            for number, (attended_id, _, attended_on, _) in enumerate(attended, start=1):
                by_id[attended_id] = number
                by_day.setdefault(attended_on, number)
            self._numbers = (by_id, by_day)
        by_id, by_day = self._numbers
        if appointment_id is not None and appointment_id in by_id:
            return by_id[appointment_id]
        return by_day.get(day)

    def attended_from(self, day: date, until: date | None = None) -> int:
        """Attended sessions on or after ``day`` (and on or before ``until``)."""
        return sum(1 for d in self.attended_days if d >= day and (until is None or d <= until))


def _group_sessions(rows: Iterable[Any], zone: ZoneInfo) -> dict[int, _Sessions]:
    grouped: dict[int, _Sessions] = defaultdict(_Sessions)
    # A joint session can come twice for a client (as its own and as a participant's);
    # a set of ids per client, not a tuple per row for the collector to follow.
    seen: dict[int, set[int]] = defaultdict(set)
    for client_id, appointment_id, start, status in rows:
        if appointment_id in seen[client_id]:
            continue
        seen[client_id].add(appointment_id)
        at = _utc(start)
        grouped[client_id].rows.append((appointment_id, at, at.astimezone(zone).date(), status))
    for sessions in grouped.values():
        sessions.finish()
    return grouped


# ------------------------------------------------------------------ the chart


def _bands(instrument: Instrument) -> tuple[Band, ...]:
    return tuple(Band(float(b.min), float(b.max), b.label) for b in instrument.bands)


def _series(
    instrument: Instrument,
    rows: Sequence[Any],
    sessions: _Sessions,
    sex: str,
    zone: ZoneInfo,
) -> InstrumentSeries:
    """One instrument's panel from its valid administrations (oldest first, instants as text)."""
    cutoff = instrument.cutoff_for(sex)
    points: list[ScorePoint] = []
    baseline: float | None = None
    for adm_id, given, total, band, appointment_id, timing, answers in rows:
        at = _utc(given)
        day = at.astimezone(zone).date()
        kind: ChangeKind
        if baseline is None:
            baseline = total
            change, kind = 0.0, "baseline_only"
        else:
            change, kind = judge(baseline, total, instrument)
        points.append(
            ScorePoint(
                administration_id=adm_id,
                at=at,
                total=total,
                band=band,
                session_number=sessions.number_of(appointment_id, day),
                timing=timing or "",
                change=change,
                change_kind=kind,
                recovered=recovered(baseline, total, cutoff, instrument),
                answers=dict(answers or {}),
            )
        )
    max_total: float | None = instrument.max_score
    if max_total is None:
        tops = [b.max for b in instrument.bands] + [p.total for p in points]
        max_total = max(tops) if tops else None
    return InstrumentSeries(
        instrument_id=instrument.id,
        short_name=instrument.short_name,
        kind=instrument.kind,
        higher_is_better=instrument.direction == "higher_is_better",
        max_total=None if max_total is None else float(max_total),
        bands=_bands(instrument),
        cutoff=None if cutoff is None else float(cutoff),
        reliable_change=instrument.reliable_change_threshold(),
        points=tuple(points),
    )


def summarise(
    series: InstrumentSeries, instrument: Instrument, sessions_attended: int
) -> InstrumentSummary:
    """Baseline, latest and what the change means (reliable, clinically significant, recovery)."""
    first, last = series.baseline, series.latest
    if first is None or last is None:
        return InstrumentSummary(
            instrument.id,
            instrument.short_name,
            None,
            None,
            None,
            "baseline_only",
            False,
            False,
            False,
            sessions_attended,
        )
    kind: ChangeKind
    if len(series.points) == 1:
        change, kind = 0.0, "baseline_only"
    else:
        change, kind = judge(first.total, last.total, instrument)
    crossed = recovered(first.total, last.total, series.cutoff, instrument)
    return InstrumentSummary(
        instrument_id=instrument.id,
        short_name=instrument.short_name,
        baseline=first.total,
        latest=last.total,
        change=change,
        change_kind=kind,
        clinically_significant=crossed,
        recovered=crossed,
        reliably_recovered=crossed and kind == "improved",
        sessions_since_intake=sessions_attended,
    )


def _homework_word(reviews: Sequence[str]) -> str:
    """One word for the homework set in a session: all done, none done, or partly."""
    counted = [r for r in reviews if r and r != HomeworkReview.NOT_ASSIGNED]
    if not counted:
        return HomeworkReview.NOT_ASSIGNED.value if reviews and all(reviews) else ""
    if all(r == HomeworkReview.DONE for r in counted):
        return HomeworkReview.DONE.value
    if all(r == HomeworkReview.NOT_DONE for r in counted):
        return HomeworkReview.NOT_DONE.value
    return HomeworkReview.PARTLY.value


def client_chart(
    session: Session, client_id: int, instruments: Mapping[str, Instrument]
) -> ClientChart:
    """Everything the client's chart shows, in a few queries (no query per point)."""
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound()
    zone = _zone(session)
    sessions = _group_sessions(
        _session_rows(
            session,
            Appointment.client_id == client_id,
            AppointmentParticipant.client_id == client_id,
        ),
        zone,
    ).get(client_id, _Sessions())

    by_instrument: dict[str, list[Any]] = defaultdict(list)
    statement = (
        select(
            Administration.instrument_id,
            Administration.id,
            _utc_text(Administration.administered_at),
            Administration.total,
            Administration.band,
            Administration.appointment_id,
            Administration.timing,
            Administration.answers,
        )
        .where(
            Administration.client_id == client_id,
            Administration.valid.is_(True),
            Administration.total.is_not(None),
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    for instrument_id, *row in session.execute(statement):
        if instrument_id in instruments:
            by_instrument[instrument_id].append(row)

    series: list[InstrumentSeries] = []
    evaluations: InstrumentSeries | None = None
    summaries: list[InstrumentSummary] = []
    for instrument_id, rows in by_instrument.items():
        instrument = instruments[instrument_id]
        if not instrument.has_total:
            continue
        panel = _series(instrument, rows, sessions, client.sex_for_norms, zone)
        if instrument.kind == "evaluation":
            # The session evaluation shipped with Rapport is preferred over a practice's own.
            if evaluations is None or instrument_id == "session_evaluation":
                evaluations = panel
            continue
        series.append(panel)
        if _is_outcome(instrument):
            summaries.append(summarise(panel, instrument, len(sessions.attended_days)))
    order = {"outcome": 0, "screen": 1, "check_in": 2}
    series.sort(key=lambda s: (order.get(s.kind, 3), s.short_name))
    wanted = check_in_instruments(instruments)

    return ClientChart(
        client_id=client_id,
        series=tuple(series),
        evaluations=evaluations,
        guesses=tuple(guesses_by_client(session, [client_id]).get(client_id, ())),
        strip=strip_points(homework_reviews(session, [client_id]).get(client_id, {}), sessions),
        summaries=tuple(sorted(summaries, key=lambda s: s.short_name)),
        check_ins=check_in_series(
            check_in_rows(session, [client_id], wanted).get(client_id, {}), wanted, sessions, zone
        ),
    )


def check_in_rows(
    session: Session, client_ids: Sequence[int], wanted: Mapping[str, Instrument]
) -> dict[int, dict[str, list[Any]]]:
    """Check-ins (rated item by item, no total), oldest first, by client and instrument.

    Each row holds the instant as text, for :func:`check_in_series`.
    """
    found: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    if not wanted:
        return found
    statement = (
        select(
            Administration.client_id,
            Administration.instrument_id,
            Administration.id,
            _utc_text(Administration.administered_at),
            Administration.appointment_id,
            Administration.timing,
            Administration.answers,
        )
        .where(
            Administration.client_id.in_(client_ids),
            Administration.instrument_id.in_(sorted(wanted)),
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    for client_id, instrument_id, *row in session.execute(statement):
        found[client_id][instrument_id].append(row)
    return found


def check_in_series(
    found: Mapping[str, list[Any]],
    wanted: Mapping[str, Instrument],
    sessions: _Sessions,
    zone: ZoneInfo,
) -> tuple[CheckInSeries, ...]:
    """A client's check-ins (from :func:`check_in_rows`) by instrument, as the chart shows them."""
    result = []
    for instrument_id, rows in found.items():
        instrument = wanted[instrument_id]
        points = []
        for adm_id, given, appointment_id, timing, answers in rows:
            at = _utc(given)
            number = sessions.number_of(appointment_id, at.astimezone(zone).date())
            points.append(CheckInPoint(adm_id, at, number, timing or "", dict(answers or {})))
        items = tuple(
            (item.id, item.text or item.id) for item in instrument.items if not item.open_text
        )
        top = max((o.value for item in instrument.items for o in item.options), default=10)
        result.append(
            CheckInSeries(instrument_id, instrument.short_name, items, int(top), tuple(points))
        )
    return tuple(result)


def check_in_instruments(instruments: Mapping[str, Instrument]) -> dict[str, Instrument]:
    """The instruments rated item by item before and after sessions (the session check-in)."""
    return {i.id: i for i in instruments.values() if i.kind == "check_in" and not i.has_total}


def guesses_by_client(session: Session, client_ids: Sequence[int]) -> dict[int, list[GuessPoint]]:
    """The clinician's guesses of session ratings, each with the client's own, by client."""
    actual = (
        select(Administration.total)
        .where(
            Administration.appointment_id == ClinicianGuess.appointment_id,
            Administration.client_id == ClinicianGuess.client_id,
            Administration.instrument_id == ClinicianGuess.instrument_id,
            Administration.valid.is_(True),
        )
        .order_by(Administration.administered_at.desc(), Administration.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    statement = (
        select(
            ClinicianGuess.client_id,
            ClinicianGuess.appointment_id,
            Appointment.start_utc,
            ClinicianGuess.guessed_total,
        )
        .add_columns(actual)
        .join(Appointment, Appointment.id == ClinicianGuess.appointment_id)
        .where(ClinicianGuess.client_id.in_(client_ids))
        .order_by(Appointment.start_utc, ClinicianGuess.id)
    )
    guesses: dict[int, list[GuessPoint]] = defaultdict(list)
    for client_id, appointment_id, at, guessed, real in session.execute(statement):
        guesses[client_id].append(GuessPoint(appointment_id, at, guessed, real))
    return guesses


def homework_reviews(
    session: Session, client_ids: Sequence[int]
) -> dict[int, dict[int | None, list[str]]]:
    """How the homework set in each session was reviewed, by client and appointment."""
    statement = (
        select(Homework.client_id, Note.appointment_id, Homework.review)
        .join(Note, Note.id == Homework.note_id)
        .where(Homework.client_id.in_(client_ids), Note.appointment_id.is_not(None))
        .order_by(Homework.id)
    )
    reviews: dict[int, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))
    for client_id, appointment_id, review in session.execute(statement):
        reviews[client_id][appointment_id].append(review)
    return reviews


def strip_points(
    reviews: Mapping[int | None, Sequence[str]], sessions: _Sessions
) -> tuple[StripPoint, ...]:
    """The attendance and homework strip from a client's sessions and homework reviews."""
    return tuple(
        StripPoint(day, status, _homework_word(reviews.get(appointment_id, ())))
        for appointment_id, _, day, status in sessions.rows
        if status in _STRIP_STATUSES
    )


# ------------------------------------------------------------------ guesses


def record_guess(
    session: Session,
    appointment_id: int,
    guessed_total: float,
    instrument: Instrument,
    client_id: int | None = None,
) -> Changed:
    """Store the clinician's guess of a client's rating of a session, before it is seen.

    One guess per person per session (``client_id``: the appointment's own
    client unless given; in a couple's session, either partner). A second
    guess replaces the first, as long as that person's own rating of the
    session is not stored yet.
    """
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.client_id is None:
        raise ValidationError({"appointment_id": marked("That session no longer exists.")})
    person = appointment.client_id if client_id is None else client_id
    if person != appointment.client_id and person not in session.scalars(
        select(AppointmentParticipant.client_id).where(
            AppointmentParticipant.appointment_id == appointment_id
        )
    ):
        raise ValidationError({"client_id": marked("That client was not in this session.")})
    if not instrument.has_total:
        raise ValidationError(
            {"instrument": words("The {name} has no total.", name=instrument.short_name)}
        )
    rated = session.scalar(
        select(Administration.id)
        .where(
            Administration.appointment_id == appointment_id,
            Administration.client_id == person,
            Administration.instrument_id == instrument.id,
        )
        .limit(1)
    )
    if rated is not None:
        raise ValidationError(
            {"guessed_total": marked("Record your guess before seeing the client's rating.")}
        )
    low, high = instrument.min_score, instrument.max_score
    assert low is not None and high is not None
    if not low <= guessed_total <= high:
        raise ValidationError(
            {
                "guessed_total": words(
                    "Choose a total from {low} to {high}.", low=_num(low), high=_num(high)
                )
            }
        )
    row = session.scalar(
        select(ClinicianGuess).where(
            ClinicianGuess.appointment_id == appointment_id, ClinicianGuess.client_id == person
        )
    )
    if row is None:
        row = ClinicianGuess(
            client_id=person,
            appointment_id=appointment_id,
            instrument_id=instrument.id,
            guessed_total=float(guessed_total),
        )
        session.add(row)
        session.flush()
        action = "create"
    else:
        if row.guessed_total == float(guessed_total) and row.instrument_id == instrument.id:
            return Changed.NOTHING
        row.guessed_total = float(guessed_total)
        row.instrument_id = instrument.id
        action = "change"
    audit.record(
        session,
        action,
        "clinician_guess",
        row.id,
        {"client_id": person, "appointment_id": appointment_id},
    )
    return Changed.OUTCOMES


# ------------------------------------------------------------------ settings


def attention_settings(session: Session) -> AttentionSettings:
    """The radar's thresholds (one query)."""
    keys = [key for key, _, _ in _SETTING_KEYS.values()]
    statement = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    stored: dict[str, Any] = {key: value for key, value in session.execute(statement)}
    values: dict[str, Any] = {}
    for name, (key, _, _) in _SETTING_KEYS.items():
        value = stored.get(key, SETTING_DEFAULTS[key])
        values[name] = float(value) if name == "low_evaluation_total" else int(value)
    return AttentionSettings(**values)


def set_attention_settings(session: Session, settings: AttentionSettings) -> Changed:
    """Store the radar's thresholds; ValidationError names each value out of range."""
    problems: dict[str, str] = {}
    for name, (_, low, high) in _SETTING_KEYS.items():
        value = getattr(settings, name)
        whole = name != "low_evaluation_total"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems[name] = marked("Enter a number.")
        elif whole and not float(value).is_integer():
            problems[name] = marked("Enter a whole number.")
        elif not low <= value <= high:
            problems[name] = words(
                "Choose between {low} and {high}.", low=_num(low), high=_num(high)
            )
    if problems:
        raise ValidationError(problems)
    changed = Changed.NOTHING
    for name, (key, _, _) in _SETTING_KEYS.items():
        value = getattr(settings, name)
        stored = float(value) if name == "low_evaluation_total" else int(value)
        changed |= set_setting(session, key, stored)
    return changed


# ------------------------------------------------------------------ snoozes


def snooze(
    session: Session, client_id: int, rule: str, reason: str, until: date, today: date
) -> Changed:
    """Set a client's signal aside until a date (at most 180 days), with why.

    The reason may hold clinical words, so the audit log keeps only the rule and the date.
    """
    if session.get(Client, client_id) is None:
        raise ClientNotFound()
    problems: dict[str, str] = {}
    if rule not in RULES:
        problems["rule"] = marked("Choose which signal to set aside.")
    clean = reason.strip()
    if not clean:
        problems["reason"] = marked("Say why this can wait (a sentence is enough).")
    elif len(clean) > MAX_SNOOZE_REASON:
        problems["reason"] = words("At most {count} characters.", count=MAX_SNOOZE_REASON)
    if until <= today:
        problems["until"] = marked("Choose a day after today.")
    elif until > today + timedelta(days=MAX_SNOOZE_DAYS):
        problems["until"] = words("Choose a day at most {days} days ahead.", days=MAX_SNOOZE_DAYS)
    if problems:
        raise ValidationError(problems)
    row = AttentionSnooze(client_id=client_id, rule=rule, reason=clean, until=until)
    session.add(row)
    session.flush()
    audit.record(
        session,
        "create",
        "attention_snooze",
        row.id,
        {"client_id": client_id, "rule": rule, "until": until.isoformat()},
    )
    return Changed.OUTCOMES


def snoozed(session: Session, client_id: int, today: date | None = None) -> list[Snooze]:
    """The client's snoozes, newest first; with ``today``, only those still in force."""
    statement = select(AttentionSnooze).where(AttentionSnooze.client_id == client_id)
    if today is not None:
        statement = statement.where(AttentionSnooze.until >= today)
    rows = session.scalars(statement.order_by(AttentionSnooze.id.desc()))
    return [Snooze(r.id, r.client_id, r.rule, r.reason, r.until, r.created_at) for r in rows]


# ------------------------------------------------------------------ the radar


@dataclass
class _Score:
    at: datetime
    day: date
    total: float


def needs_attention(
    session: Session,
    today: date,
    instruments: Mapping[str, Instrument],
    client_ids: Sequence[int] | None = None,
) -> list[AttentionSignal]:
    """Every reason an active client (or one of ``client_ids``) needs attention, urgent first.

    One signal per client and rule, with the reasons in plain words; a rule
    snoozed for a client until today or later is left out. Each kind of record
    is read once for all the clients together.
    """
    settings = attention_settings(session)
    zone = _zone(session)
    if client_ids is None:
        in_scope = Client.status == ClientStatus.ACTIVE
        scoped = select(Client.id).where(in_scope).scalar_subquery()
    else:
        in_scope = Client.id.in_(_id_list(client_ids))
        scoped = select(Client.id).where(in_scope).scalar_subquery()

    people = {
        cid: (display_name(first, last, preferred), code, sex, sort)
        for cid, first, last, preferred, code, sex, sort in session.execute(
            select(
                Client.id,
                Client.legal_first_name,
                Client.legal_last_name,
                Client.preferred_name,
                Client.code,
                Client.sex_for_norms,
                Client.sort_name,
            ).where(in_scope)
        )
    }
    if not people:
        return []
    sessions = _group_sessions(
        _session_rows(
            session,
            Appointment.client_id.in_(scoped),
            AppointmentParticipant.client_id.in_(scoped),
        ),
        zone,
    )
    snoozes = {
        (cid, rule)
        for cid, rule in session.execute(
            select(AttentionSnooze.client_id, AttentionSnooze.rule).where(
                AttentionSnooze.until >= today, AttentionSnooze.client_id.in_(scoped)
            )
        )
    }

    found: dict[tuple[int, str], list[str]] = defaultdict(list)

    def add(client_id: int, rule: Rule, reason: str) -> None:
        if (client_id, rule) not in snoozes:
            found[(client_id, rule)].append(reason)

    scores = _ends_of_series(session, scoped, instruments, zone)
    # Risk answers, however old: an answer's follow-up may still be open.
    risky: dict[int, list[tuple[int, date, str]]] = defaultdict(list)
    statement = (
        select(
            Administration.id,
            Administration.client_id,
            Administration.instrument_id,
            Administration.administered_at,
        )
        .where(
            Administration.client_id.in_(scoped),
            type_coerce(Administration.risk, String).not_in(("", "[]")),
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    for adm_id, cid, instrument_id, at in session.execute(statement):
        risky[cid].append((adm_id, at.astimezone(zone).date(), instrument_id))

    open_risk: set[int] = set()
    open_items: list[tuple[int, str, datetime]] = []
    # An item is raised when its administration was given (which may be typed in later).
    raised_at = func.coalesce(Administration.administered_at, FollowUp.created_at)
    for cid, kind, source_id, title, created in session.execute(
        select(
            FollowUp.client_id,
            FollowUp.kind,
            FollowUp.administration_id,
            FollowUp.title,
            type_coerce(raised_at, FollowUp.created_at.type),
        )
        .outerjoin(Administration, Administration.id == FollowUp.administration_id)
        .where(FollowUp.status == FollowUpStatus.OPEN, FollowUp.client_id.in_(scoped))
    ):
        if kind == "risk":
            if source_id is not None:
                open_risk.add(source_id)
        else:
            open_items.append((cid, title, created))

    for (cid, instrument_id), points in scores.items():
        instrument = instruments[instrument_id]
        name = instrument.short_name
        if instrument.kind == "evaluation":
            _check_evaluations(add, cid, name, points, instrument, settings)
            continue
        if not _is_outcome(instrument) or len(points) < 2:
            continue
        base = points[0].total
        worse = [
            p
            for p in points[1:][-DETERIORATION_WINDOW:]
            if judge(base, p.total, instrument)[1] == "deteriorated"
        ]
        if worse:
            p = worse[-1]
            add(
                cid,
                "deterioration",
                words(
                    "Reliable deterioration on the {name}: {first} → {last} on {day} "
                    "(a change of {threshold} or more is reliable).",
                    name=name,
                    first=_num(base),
                    last=_num(p.total),
                    day=_day(p.day),
                    threshold=_num(instrument.reliable_change_threshold() or 0),
                ),
            )
            continue
        if instrument.kind != "outcome":
            continue
        latest = points[-1]
        held = sessions.get(cid, _Sessions()).attended_from(points[0].day, today)
        if (
            held >= settings.sessions_without_improvement
            and judge(base, latest.total, instrument)[1] != "improved"
        ):
            add(
                cid,
                "no_improvement",
                words(
                    "No reliable improvement on the {name} after {sessions} sessions "
                    "({first} → {last}).",
                    name=name,
                    sessions=held,
                    first=_num(base),
                    last=_num(latest.total),
                ),
            )

    recent = today - timedelta(days=RISK_RECENT_DAYS)
    for cid, answers in risky.items():
        flagged = [a for a in answers if a[0] in open_risk or a[1] >= recent]
        if not flagged:
            continue
        adm_id, day, instrument_id = flagged[-1]
        known = instruments.get(instrument_id)
        name = known.short_name if known else instrument_id
        if adm_id in open_risk:
            template = (
                marked(
                    "Risk answer on the {name} on {day}; its risk follow-up is still open "
                    "({count} such answers)."
                )
                if len(flagged) > 1
                else marked("Risk answer on the {name} on {day}; its risk follow-up is still open.")
            )
        else:
            template = (
                marked(
                    "Risk answer on the {name} on {day}; within the last {days} days "
                    "({count} such answers)."
                )
                if len(flagged) > 1
                else marked("Risk answer on the {name} on {day}; within the last {days} days.")
            )
        add(
            cid,
            "risk",
            words(template, name=name, day=_day(day), days=RISK_RECENT_DAYS, count=len(flagged)),
        )

    _check_homework(session, add, scoped, settings)
    _check_attendance(add, sessions, today, settings)
    _check_consent(session, add, sessions, today)
    _check_follow_ups(add, open_items, sessions, zone, settings)

    signals = []
    for (cid, rule), reasons in found.items():
        name, code, _, _ = people.get(cid, ("", "", "", ""))
        if not code:
            continue
        signals.append(
            AttentionSignal(
                client_id=cid,
                client_name=name,
                client_code=code,
                rule=rule,  # type: ignore[arg-type]
                reason=" ".join(reasons),
                reasons=tuple(reasons),
                act_in=_ACT_IN[rule],
                severity=2 if rule in URGENT_RULES else 1,
            )
        )
    signals.sort(key=lambda s: (-s.severity, people[s.client_id][3], RULES.index(s.rule)))
    return signals


def _ends_of_series(
    session: Session, scoped: Any, instruments: Mapping[str, Instrument], zone: ZoneInfo
) -> dict[tuple[int, str], list[_Score]]:
    """The valid totals the rules read, oldest first, by client and instrument (first used first).

    The rules judge a series by its baseline and its last :data:`DETERIORATION_WINDOW`
    totals (an evaluation by its last two), so only those are read: a long
    treatment's totals in between stay in the database.
    """
    judged = sorted(i for i, known in instruments.items() if _judged_by_rules(known))
    last = max(DETERIORATION_WINDOW, 2)
    pairs = (
        select(Administration.client_id, Administration.instrument_id)
        .where(Administration.client_id.in_(scoped), Administration.instrument_id.in_(judged))
        .distinct()
        .subquery()
    )
    given = aliased(Administration)

    def valid(count: int, newest_first: bool) -> Any:
        order = (given.administered_at, given.id)
        return (
            select(given.id)
            .where(
                given.client_id == pairs.c.client_id,
                given.instrument_id == pairs.c.instrument_id,
                given.valid.is_(True),
                given.total.is_not(None),
            )
            .order_by(*(column.desc() for column in order) if newest_first else order)
            .limit(count)
        )

    statement = (
        select(
            Administration.client_id,
            Administration.instrument_id,
            Administration.total,
            Administration.administered_at,
        )
        .select_from(pairs)
        .join(
            Administration,
            or_(
                Administration.id == valid(1, newest_first=False).scalar_subquery(),
                Administration.id.in_(valid(last, newest_first=True)),
            ),
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    scores: dict[tuple[int, str], list[_Score]] = defaultdict(list)
    for cid, instrument_id, total, at in session.execute(statement):
        assert total is not None  # valid totals only
        scores[(cid, instrument_id)].append(_Score(at, at.astimezone(zone).date(), total))
    return scores


def _judged_by_rules(instrument: Instrument) -> bool:
    """Instruments a rule reads the totals of: evaluations, and those whose change is judged."""
    return instrument.kind == "evaluation" or _is_outcome(instrument)


_ACT_IN: dict[str, str] = {
    "no_improvement": "chart",
    "deterioration": "chart",
    "risk": "screening",
    "low_evaluation": "chart",
    "homework": "notes",
    "attendance": "calendar",
    "consent": "consent",
    "open_follow_up": "screening",
}


def _check_evaluations(
    add: Any,
    cid: int,
    name: str,
    points: Sequence[_Score],
    instrument: Instrument,
    settings: AttentionSettings,
) -> None:
    latest = points[-1]
    if instrument.direction == "higher_is_better" and latest.total < settings.low_evaluation_total:
        add(
            cid,
            "low_evaluation",
            words(
                "The last {name} was {total} on {day} (below {limit}).",
                name=name,
                total=_num(latest.total),
                day=_day(latest.day),
                limit=_num(settings.low_evaluation_total),
            ),
        )
        return
    if len(points) >= 2:
        before = points[-2]
        if (latest.total - before.total) * _better(instrument) <= -EVALUATION_DROP:
            add(
                cid,
                "low_evaluation",
                words(
                    "The {name} fell from {before} to {after} on {day}.",
                    name=name,
                    before=_num(before.total),
                    after=_num(latest.total),
                    day=_day(latest.day),
                ),
            )


def _check_homework(session: Session, add: Any, scoped: Any, settings: AttentionSettings) -> None:
    running = settings.homework_not_done_running
    reviewed: dict[int, list[tuple[str, date | None]]] = defaultdict(list)
    statement = (
        select(Homework.client_id, Homework.review, Homework.reviewed_on)
        .where(
            Homework.client_id.in_(scoped),
            Homework.review.in_(
                [HomeworkReview.DONE, HomeworkReview.PARTLY, HomeworkReview.NOT_DONE]
            ),
        )
        .order_by(Homework.reviewed_on, Homework.id)
    )
    for cid, review, reviewed_on in session.execute(statement):
        reviewed[cid].append((review, reviewed_on))
    for cid, items in reviewed.items():
        last = items[-running:]
        if len(last) == running and all(r == HomeworkReview.NOT_DONE for r, _ in last):
            when = last[-1][1]
            reason = (
                words(
                    "The last {count} homework tasks were not done (last reviewed {day}).",
                    count=running,
                    day=_day(when),
                )
                if when
                else words("The last {count} homework tasks were not done.", count=running)
            )
            add(cid, "homework", reason)


def _check_attendance(
    add: Any, sessions: Mapping[int, _Sessions], today: date, settings: AttentionSettings
) -> None:
    for cid, booked in sessions.items():
        past = [r for r in booked.rows if r[2] <= today and r[3] in _CLIENT_OUTCOMES]
        last = past[-ATTENDANCE_WINDOW:]
        missed = [r for r in last if r[3] in _MISSED]
        if len(missed) >= settings.missed_in_last_five:
            which = ", ".join(words(_MISSED_WORDS[r[3]], day=_day(r[2])) for r in missed)
            add(
                cid,
                "attendance",
                words(
                    "{missed} of the last {count} appointments were missed or "
                    "cancelled late ({which}).",
                    missed=len(missed),
                    count=len(last),
                    which=which,
                ),
            )


#: The consent signal's reason for each kind (``{day}``: the last session's date).
_CONSENT_REASONS = {
    "none": marked("No signed consent; last session on {day}."),
    "outdated": marked("The consent was signed on an older version; last session on {day}."),
    "revoked": marked("The consent was revoked; last session on {day}."),
}


def _check_consent(
    session: Session, add: Any, sessions: Mapping[int, _Sessions], today: date
) -> None:
    """The same kinds as app.consents.status, worked out for every recent client at once."""
    recent = today - timedelta(days=CONSENT_RECENT_DAYS)
    last_seen: dict[int, date] = {}
    for cid, booked in sessions.items():
        days = [d for d in booked.attended_days if recent <= d <= today]
        if days:
            last_seen[cid] = days[-1]
    if not last_seen:
        return
    latest_versions = select(ConsentTemplate.audience, func.max(ConsentTemplate.version))
    current = {
        audience: version
        for audience, version in session.execute(latest_versions.group_by(ConsentTemplate.audience))
    }
    newest: dict[int, Any] = {}
    statement = (
        select(
            ConsentRecord.id,
            ConsentRecord.client_id,
            ConsentRecord.partner_ids,
            ConsentRecord.template_version,
            ConsentRecord.audience,
            ConsentRecord.status,
        )
        .where(
            or_(
                ConsentRecord.client_id.in_(_id_list(last_seen)),
                type_coerce(ConsentRecord.partner_ids, String) != "[]",
            )
        )
        .order_by(ConsentRecord.id)
    )
    for row in session.execute(statement):
        for cid in (row.client_id, *(row.partner_ids or ())):
            if cid in last_seen:
                newest[cid] = row
    for cid, seen in last_seen.items():
        found = newest.get(cid)
        if found is None:
            kind = "none"
        elif found.status == ConsentRecordStatus.REVOKED:
            kind = "revoked"
        elif (version := current.get(found.audience)) is not None and (
            found.template_version < version
        ):
            kind = "outdated"
        else:
            continue
        add(cid, "consent", words(_CONSENT_REASONS[kind], day=_day(seen)))


def _check_follow_ups(
    add: Any,
    items: Sequence[tuple[int, str, datetime]],
    sessions: Mapping[int, _Sessions],
    zone: ZoneInfo,
    settings: AttentionSettings,
) -> None:
    for cid, title, created in sorted(items, key=lambda i: i[2]):
        booked = sessions.get(cid)
        if booked is None:
            continue
        held = sum(
            1
            for _, start, _, status in booked.rows
            if status == AppointmentStatus.ATTENDED and start >= created
        )
        if held >= settings.follow_up_open_sessions:
            day = created.astimezone(zone).date()
            add(
                cid,
                "open_follow_up",
                words(
                    "“{title}” has been open since {day} ({count} sessions since).",
                    title=title,
                    day=_day(day),
                    count=held,
                ),
            )


# ------------------------------------------------------------------ the practice's results


def practice_outcomes(
    session: Session, since: date, until: date, instruments: Mapping[str, Instrument]
) -> PracticeOutcomes:
    """The practice's outcomes between two days (inclusive, in the practice's time)."""
    if until < since:
        raise ValidationError({"until": marked("The end of the period is before its start.")})
    zone = _zone(session)
    start, end = _utc_bounds(since, until, zone)

    results: list[InstrumentOutcomes] = []
    for instrument in sorted(instruments.values(), key=lambda i: i.short_name):
        if instrument.kind != "outcome" or instrument.reliable_change is None:
            continue
        results.append(_instrument_outcomes(session, instrument, start, end))

    evaluation_ids = [i.id for i in instruments.values() if i.kind == "evaluation"]
    count, average = session.execute(
        select(func.count(Administration.id), func.avg(Administration.total)).where(
            Administration.instrument_id.in_(evaluation_ids),
            Administration.valid.is_(True),
            Administration.total.is_not(None),
            Administration.administered_at >= start,
            Administration.administered_at < end,
        )
    ).one()

    held_prospects: set[int] = set()
    held_clients: set[int] = set()
    for client_id, prospect_id in session.execute(
        select(Appointment.client_id, Appointment.prospect_id)
        .join(Service, Service.id == Appointment.service_id)
        .where(
            Service.kind == ServiceKind.CONSULTATION,
            Appointment.status == AppointmentStatus.ATTENDED,
            Appointment.start_utc >= start,
            Appointment.start_utc < end,
        )
    ):
        if client_id is not None:
            held_clients.add(client_id)
        elif prospect_id is not None:
            held_prospects.add(prospect_id)
    converted = 0
    if held_prospects:
        converted = (
            session.scalar(
                select(func.count(Prospect.id)).where(
                    Prospect.id.in_(sorted(held_prospects)),
                    or_(
                        Prospect.status == ProspectStatus.BECAME_CLIENT,
                        Prospect.client_id.is_not(None),
                    ),
                )
            )
            or 0
        )

    first_session = (
        select(Appointment.client_id, func.min(Appointment.start_utc).label("first"))
        .join(Service, Service.id == Appointment.service_id)
        .where(
            Appointment.client_id.is_not(None),
            Appointment.status == AppointmentStatus.ATTENDED,
            Service.kind != ServiceKind.CONSULTATION,
        )
        .group_by(Appointment.client_id)
        .subquery()
    )
    attended = (
        select(Appointment.client_id, func.count(Appointment.id).label("n"))
        .join(Service, Service.id == Appointment.service_id)
        .where(
            Appointment.status == AppointmentStatus.ATTENDED,
            Service.kind != ServiceKind.CONSULTATION,
        )
        .group_by(Appointment.client_id)
        .subquery()
    )
    episodes, episode_sessions = session.execute(
        select(func.count(first_session.c.client_id), func.coalesce(func.sum(attended.c.n), 0))
        .join(attended, attended.c.client_id == first_session.c.client_id)
        .where(first_session.c.first >= start, first_session.c.first < end)
    ).one()

    return PracticeOutcomes(
        since=since,
        until=until,
        instruments=tuple(results),
        average_evaluation=None if not count else float(average),
        evaluations=int(count),
        consultations_held=len(held_prospects) + len(held_clients),
        became_clients=converted + len(held_clients),
        episodes=int(episodes),
        episode_sessions=int(episode_sessions),
    )


def _instrument_outcomes(
    session: Session, instrument: Instrument, start: datetime, end: datetime
) -> InstrumentOutcomes:
    """Each client's baseline against their last score in the period."""
    baseline: dict[int, tuple[float, str]] = {}
    last_in_period: dict[int, float] = {}
    statement = (
        select(
            Administration.client_id,
            Administration.total,
            Administration.administered_at,
            Client.sex_for_norms,
        )
        .join(Client, Client.id == Administration.client_id)
        .where(
            Administration.instrument_id == instrument.id,
            Administration.valid.is_(True),
            Administration.total.is_not(None),
            Administration.administered_at < end,
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    for cid, total, at, sex in session.execute(statement):
        if total is None:
            continue
        if cid not in baseline:
            baseline[cid] = (total, sex)
        elif at >= start:
            last_in_period[cid] = total
    improved = deteriorated = caseness = recovered_ = reliably = 0
    for cid, latest in last_in_period.items():
        first, sex = baseline[cid]
        kind = judge(first, latest, instrument)[1]
        improved += kind == "improved"
        deteriorated += kind == "deteriorated"
        cutoff = instrument.cutoff_for(sex)
        if cutoff is not None and is_case(first, cutoff, instrument):
            caseness += 1
            if recovered(first, latest, cutoff, instrument):
                recovered_ += 1
                reliably += kind == "improved"
    return InstrumentOutcomes(
        instrument_id=instrument.id,
        short_name=instrument.short_name,
        clients=len(last_in_period),
        reliably_improved=improved,
        reliably_deteriorated=deteriorated,
        at_caseness=caseness,
        recovered=recovered_,
        reliably_recovered=reliably,
    )
