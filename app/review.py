"""The "Why isn't therapy working?" review: every signal about one client at once.

The review is a checklist in the order the questions are best asked: is there
real consent (agreed goals, fees, homework, surveys); what did the screens at
intake find, and is anything still open; what do the scores say; how does
the client rate the sessions (the alliance); is the homework being done; are
the sessions being attended. Each item states the facts in plain words and
how it looks ("ok", "concern" or "unknown"). The clinician ticks what they
have looked at, and may write a worksheet explored with the client — what
might be good about things staying as they are, what change would cost —
which is kept in the client's record.

The worksheet prompts were written for Rapport as conversation starters; they
are not a validated instrument.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, calendar, consents, homework, measures, outcomes
from app.errors import ValidationError
from app.instruments import Instrument
from app.models import AppointmentStatus, ResistanceWorksheet
from app.words import marked, words

Look = Literal["ok", "concern", "unknown"]
MAX_ANSWER = 4000


@dataclass(frozen=True)
class ReviewItem:
    key: str
    title: str
    look: Look
    facts: tuple[str, ...]
    #: Where the clinician can act: "consent", "screening", "chart", "notes", "calendar".
    act_in: str


@dataclass(frozen=True)
class WorksheetPrompt:
    key: str
    text: str


#: Conversation starters for exploring what keeps things as they are (written for Rapport).
WORKSHEET: tuple[WorksheetPrompt, ...] = (
    WorksheetPrompt(
        "staying_the_same",
        marked(
            "What might be good about things staying as they are? What does the problem "
            "protect you from, or make possible?"
        ),
    ),
    WorksheetPrompt(
        "cost_of_change",
        marked(
            "If things changed, what would it cost you? What might you lose, or have to face, "
            "or have to do?"
        ),
    ),
    WorksheetPrompt(
        "others",
        marked("Who else would notice if you changed, and how might they react?"),
    ),
    WorksheetPrompt(
        "importance",
        marked(
            "From 0 to 10, how important is this change to you right now? What makes it that "
            "number, and not a lower one?"
        ),
    ),
    WorksheetPrompt(
        "our_work",
        marked(
            "What would need to be different in our work together for it to help more — "
            "the goals, the pace, the methods, the homework, or something between us?"
        ),
    ),
)
PROMPT_KEYS = frozenset(p.key for p in WORKSHEET)


@dataclass(frozen=True)
class WorksheetView:
    id: int
    written_on: date
    answers: dict[str, str]
    reviewed: tuple[str, ...]


@dataclass(frozen=True)
class ClientReview:
    client_id: int
    items: tuple[ReviewItem, ...]
    worksheets: tuple[WorksheetView, ...]


def _consent_item(session: Session, client_id: int, today: date) -> ReviewItem:
    status = consents.status(session, client_id, today)
    said = {
        "signed": words("Signed on version {version}.", version=status.version),
        "on_paper": words("Signed on paper (version {version}).", version=status.version),
        "outdated": words(
            "Signed on version {version}; the form is now at version "
            "{current}: the agreement may no longer match how you work.",
            version=status.version,
            current=status.current_version,
        ),
        "revoked": marked("The client revoked their consent."),
        "none": marked(
            "No signed consent: goals, fees, homework and surveys were never agreed in writing."
        ),
    }
    look: Look = "ok" if status.kind in ("signed", "on_paper") else "concern"
    return ReviewItem("consent", marked("Informed consent"), look, (said[status.kind],), "consent")


def _screens_item(session: Session, client_id: int) -> ReviewItem:
    items = measures.follow_ups(session, client_id)
    open_items = [i for i in items if i.is_open]
    facts: list[str] = [words("Still open: {title}", title=i.title) for i in open_items]
    if not items:
        facts.append(marked("No positive screen or risk answer was recorded."))
    elif not open_items:
        facts.append(
            marked("The follow-up item from the screens was dealt with.")
            if len(items) == 1
            else words(
                "All {count} follow-up items from the screens were dealt with.", count=len(items)
            )
        )
    look: Look = "concern" if open_items else "ok"
    return ReviewItem(
        "screens", marked("Screens and follow-up items"), look, tuple(facts), "screening"
    )


def _trend_item(chart: outcomes.ClientChart) -> ReviewItem:
    facts: list[str] = []
    look: Look = "unknown"
    for summary in chart.summaries:
        if summary.baseline is None or summary.latest is None:
            continue
        change = {
            "improved": marked("reliable improvement"),
            "deteriorated": marked("reliable deterioration"),
            "no_reliable_change": marked("no reliable change"),
            "baseline_only": marked("only one score so far"),
        }[summary.change_kind]
        template = (
            marked("{name}: {first} → {last}, {change}, recovered ({sessions} sessions).")
            if summary.recovered
            else marked("{name}: {first} → {last}, {change} ({sessions} sessions).")
        )
        facts.append(
            words(
                template,
                name=summary.short_name,
                first=f"{summary.baseline:g}",
                last=f"{summary.latest:g}",
                change=change,
                sessions=summary.sessions_since_intake,
            )
        )
        if summary.change_kind == "deteriorated" or (
            summary.change_kind == "no_reliable_change" and summary.sessions_since_intake >= 6
        ):
            look = "concern"
        elif summary.change_kind == "improved" and look != "concern":
            look = "ok"
    if not facts:
        facts.append(marked("No outcome measure has been given more than once."))
    return ReviewItem("trend", marked("Outcome trend"), look, tuple(facts), "chart")


def _alliance_item(chart: outcomes.ClientChart) -> ReviewItem:
    series = chart.evaluations
    if series is None or not series.points:
        return ReviewItem(
            "alliance",
            marked("How the client rates the sessions"),
            "unknown",
            (marked("No session evaluation yet: the client's view of the work is unknown."),),
            "chart",
        )
    totals = [p.total for p in series.points]
    top = series.max_total or max(totals)
    below = sum(1 for t in totals if t < top)
    latest = totals[-1]
    facts = [
        words(
            "Latest {latest} of {top}; average {average} over {sessions} sessions; "
            "{below} below the top.",
            latest=f"{latest:g}",
            top=f"{top:g}",
            average=f"{sum(totals) / len(totals):.1f}",
            sessions=len(totals),
            below=below,
        )
    ]
    guesses = [g for g in chart.guesses if g.actual is not None]
    if guesses:
        gap = sum(g.guessed - (g.actual or 0) for g in guesses) / len(guesses)
        template = (
            marked(
                "Your guesses were {points} points higher "
                "than the client's ratings on average ({sessions} sessions)."
            )
            if gap > 0
            else marked(
                "Your guesses were {points} points lower "
                "than the client's ratings on average ({sessions} sessions)."
            )
        )
        facts.append(words(template, points=f"{abs(gap):.1f}", sessions=len(guesses)))
    drop = len(totals) > 1 and latest <= totals[-2] - 2
    look: Look = "concern" if latest < 12 or drop else "ok"
    return ReviewItem(
        "alliance", marked("How the client rates the sessions"), look, tuple(facts), "chart"
    )


def _homework_item(session: Session, client_id: int) -> ReviewItem:
    rate = homework.completion_rate(session, client_id)
    reviewed = [h for h in homework.client_homework(session, client_id) if h.review][:3]
    if rate is None:
        return ReviewItem(
            "homework",
            marked("Homework"),
            "unknown",
            (marked("No homework has been reviewed yet."),),
            "notes",
        )
    how_it_went = {
        "done": marked("{what}: done"),
        "partly": marked("{what}: partly"),
        "not_done": marked("{what}: not done"),
        "not_assigned": marked("{what}: —"),
    }
    facts: list[str] = [words("Completion {rate} of the homework reviewed.", rate=f"{rate:.0%}")]
    facts += [
        words(how_it_went[h.review], what=h.what)
        if h.review in how_it_went
        else f"{h.what}: {h.review}"
        for h in reviewed
    ]
    look: Look = "concern" if rate < 0.5 else "ok"
    return ReviewItem("homework", marked("Homework"), look, tuple(facts), "notes")


def _attendance_item(session: Session, client_id: int, today: date) -> ReviewItem:
    booked = [
        a
        for a in calendar.client_appointments(session, client_id)
        if a.start.date() <= today and a.status != AppointmentStatus.SCHEDULED
    ][:5]
    if not booked:
        return ReviewItem(
            "attendance",
            marked("Attendance"),
            "unknown",
            (marked("No past appointment yet."),),
            "calendar",
        )
    missed = [
        a
        for a in booked
        if a.status in (AppointmentStatus.NO_SHOW, AppointmentStatus.LATE_CANCELLED)
    ]
    facts = (
        words(
            "{attended} of the last {count} appointments attended or "
            "cancelled in good time; {missed} missed or cancelled late.",
            attended=len(booked) - len(missed),
            count=len(booked),
            missed=len(missed),
        ),
    )
    look: Look = "concern" if len(missed) >= 2 else "ok"
    return ReviewItem("attendance", marked("Attendance"), look, facts, "calendar")


def review(
    session: Session, client_id: int, today: date, instruments: Mapping[str, Instrument]
) -> ClientReview:
    """Every signal about one client, in the order the review asks about them."""
    chart = outcomes.client_chart(session, client_id, instruments)
    items = (
        _consent_item(session, client_id, today),
        _screens_item(session, client_id),
        _trend_item(chart),
        _alliance_item(chart),
        _homework_item(session, client_id),
        _attendance_item(session, client_id, today),
    )
    return ClientReview(client_id, items, tuple(worksheets(session, client_id)))


def worksheets(session: Session, client_id: int) -> list[WorksheetView]:
    """The client's worksheets, newest first."""
    rows = session.scalars(
        select(ResistanceWorksheet)
        .where(ResistanceWorksheet.client_id == client_id)
        .order_by(ResistanceWorksheet.written_on.desc(), ResistanceWorksheet.id.desc())
    )
    return [
        WorksheetView(r.id, r.written_on, dict(r.answers or {}), tuple(r.reviewed or ()))
        for r in rows
    ]


def save_worksheet(
    session: Session,
    client_id: int,
    answers: Mapping[str, str],
    reviewed: Sequence[str],
    today: date,
    worksheet_id: int | None = None,
) -> int:
    """Store (or update) a worksheet; at least one answer or one reviewed item is needed."""
    unknown = set(answers) - PROMPT_KEYS
    if unknown:
        raise ValidationError(
            {"answers": words("Unknown prompt: {keys}.", keys=", ".join(sorted(unknown)))}
        )
    clean = {k: str(v).strip() for k, v in answers.items() if str(v).strip()}
    for key, text in clean.items():
        if len(text) > MAX_ANSWER:
            raise ValidationError({key: words("At most {count} characters.", count=MAX_ANSWER)})
    if not clean and not reviewed:
        raise ValidationError(
            {"answers": marked("Write at least one answer, or tick what you reviewed.")}
        )
    if worksheet_id is None:
        row = ResistanceWorksheet(client_id=client_id, written_on=today)
        session.add(row)
    else:
        found = session.get(ResistanceWorksheet, worksheet_id)
        if found is None or found.client_id != client_id:
            raise ValidationError({"worksheet": marked("That worksheet no longer exists.")})
        row = found
    row.answers = clean
    row.reviewed = sorted(set(reviewed))
    session.flush()
    audit.record(
        session,
        "save" if worksheet_id else "create",
        "worksheet",
        row.id,
        {"client_id": client_id, "reviewed": row.reviewed},
    )
    return row.id
