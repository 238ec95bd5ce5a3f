"""Homework: what the client agreed to do between sessions, and how it went."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import ArchivedRecord, ClientNotFound
from app.errors import RapportError, ValidationError
from app.models import Client, ClientStatus, Homework, HomeworkReview, Note
from app.notes import HomeworkView
from app.words import marked, words

MAX_WHAT = 2000
MAX_WHY = 2000
MAX_REVIEW_NOTE = 5000

#: How much each review counts towards the completion rate (the others are left out).
COMPLETION_WEIGHTS: dict[str, float] = {
    HomeworkReview.DONE: 1.0,
    HomeworkReview.PARTLY: 0.5,
    HomeworkReview.NOT_DONE: 0.0,
}


class HomeworkNotFound(RapportError):
    default_message = marked("That homework no longer exists.")


def _view(row: Homework) -> HomeworkView:
    return HomeworkView(
        id=row.id,
        client_id=row.client_id,
        note_id=row.note_id,
        assigned_on=row.assigned_on,
        what=row.what,
        why=row.why,
        due_on=row.due_on,
        review=row.review,
        review_note=row.review_note,
        reviewed_on=row.reviewed_on,
    )


def assign_homework(
    session: Session,
    client_id: int,
    what: str,
    why: str,
    due_on: date | None,
    assigned_on: date,
    note_id: int | None = None,
) -> int:
    """Record homework agreed with the client (optionally from a note); returns its id."""
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound()
    if client.status == ClientStatus.ARCHIVED:
        raise ArchivedRecord()
    clean_what, clean_why = what.strip(), why.strip()
    problems: dict[str, str] = {}
    if not clean_what:
        problems["what"] = marked("Say what the client will do.")
    elif len(clean_what) > MAX_WHAT:
        problems["what"] = words("At most {count} characters.", count=MAX_WHAT)
    if len(clean_why) > MAX_WHY:
        problems["why"] = words("At most {count} characters.", count=MAX_WHY)
    if due_on is not None and due_on < assigned_on:
        problems["due_on"] = marked("The due date cannot be before the day it was set.")
    if note_id is not None:
        owner = session.scalar(select(Note.client_id).where(Note.id == note_id))
        if owner != client_id:
            problems["note_id"] = marked("That note is not one of this client's.")
    if problems:
        raise ValidationError(problems)
    row = Homework(
        client_id=client_id,
        note_id=note_id,
        assigned_on=assigned_on,
        what=clean_what,
        why=clean_why,
        due_on=due_on,
        review="",
        review_note="",
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "create", "homework", row.id, {"client_id": client_id, "note_id": note_id}
    )
    return row.id


def get_homework(session: Session, homework_id: int) -> HomeworkView:
    row = session.get(Homework, homework_id)
    if row is None:
        raise HomeworkNotFound()
    return _view(row)


def open_homework(session: Session, client_id: int) -> list[HomeworkView]:
    """The client's homework not reviewed yet, oldest first."""
    rows = session.scalars(
        select(Homework)
        .where(Homework.client_id == client_id, Homework.review == "")
        .order_by(Homework.assigned_on, Homework.id)
    )
    return [_view(row) for row in rows]


def client_homework(session: Session, client_id: int) -> list[HomeworkView]:
    """All of the client's homework, newest first."""
    rows = session.scalars(
        select(Homework)
        .where(Homework.client_id == client_id)
        .order_by(Homework.assigned_on.desc(), Homework.id.desc())
    )
    return [_view(row) for row in rows]


def review_homework(
    session: Session, homework_id: int, review: HomeworkReview | str, note: str, reviewed_on: date
) -> Changed:
    """Record how the homework went (done, partly, not done, or not assigned after all)."""
    row = session.get(Homework, homework_id)
    if row is None:
        raise HomeworkNotFound()
    problems: dict[str, str] = {}
    try:
        clean_review = HomeworkReview(review)
    except ValueError:
        problems["review"] = marked("Choose how the homework went.")
    clean_note = note.strip()
    if len(clean_note) > MAX_REVIEW_NOTE:
        problems["note"] = words("At most {count} characters.", count=MAX_REVIEW_NOTE)
    if reviewed_on < row.assigned_on:
        problems["reviewed_on"] = marked(
            "The review cannot be before the day the homework was set."
        )
    if problems:
        raise ValidationError(problems)
    old = row.review
    row.review = clean_review.value
    row.review_note = clean_note
    row.reviewed_on = reviewed_on
    session.flush()
    audit.record_changes(session, "homework", row.id, {"review": (old, clean_review.value)})
    return Changed.NOTES


def completion_rate(session: Session, client_id: int) -> float | None:
    """Done counts 1, partly ½, not done 0; None when nothing that counts was reviewed."""
    reviews = session.scalars(
        select(Homework.review).where(
            Homework.client_id == client_id, Homework.review.in_(list(COMPLETION_WEIGHTS))
        )
    ).all()
    if not reviews:
        return None
    return sum(COMPLETION_WEIGHTS[r] for r in reviews) / len(reviews)
