"""Homework (assigned, reviewed, completion rate) and the treatment plan's objectives."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from app import clients, homework, treatment_plan
from app.changes import Changed
from app.clients import ArchivedRecord, GoalInput
from app.errors import ValidationError
from app.models import HomeworkReview
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_entries

R = HomeworkReview


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def new_client(session: Session, *goals: str) -> int:
    data = adult(goals=tuple(GoalInput(g) for g in goals))
    client_id, _ = clients.create_client(session, data, TODAY)
    return client_id


def assign(session: Session, client_id: int, what: str = "Sleep diary") -> int:
    return homework.assign_homework(
        session, client_id, what, "See the pattern", TODAY + timedelta(days=7), TODAY
    )


def test_homework_is_assigned_reviewed_and_leaves_the_open_list(session: Session) -> None:
    client_id = new_client(session)
    first = assign(session, client_id)
    second = assign(session, client_id, "Walk daily")
    assert [h.id for h in homework.open_homework(session, client_id)] == [first, second]
    changed = homework.review_homework(session, first, R.PARTLY, "Four nights of seven", TODAY)
    assert changed == Changed.NOTES
    done = homework.get_homework(session, first)
    assert (done.review, done.review_note, done.reviewed_on) == (
        "partly",
        "Four nights of seven",
        TODAY,
    )
    assert [h.id for h in homework.open_homework(session, client_id)] == [second]
    actions = [e.action for e in audit_entries(session, "homework", first)]
    assert actions == ["create", "change"]
    assert "Sleep" not in str([e.detail for e in audit_entries(session, "homework", first)])


@pytest.mark.parametrize(
    ("what", "due_on", "field"),
    [
        ("  ", None, "what"),
        ("x" * 2001, None, "what"),
        ("Diary", TODAY - timedelta(days=1), "due_on"),
    ],
)
def test_bad_homework_is_refused(
    session: Session, what: str, due_on: date | None, field: str
) -> None:
    client_id = new_client(session)
    with pytest.raises(ValidationError) as raised:
        homework.assign_homework(session, client_id, what, "", due_on, TODAY)
    assert field in raised.value.problems


def test_a_review_must_be_a_known_outcome(session: Session) -> None:
    homework_id = assign(session, new_client(session))
    with pytest.raises(ValidationError) as raised:
        homework.review_homework(session, homework_id, "maybe", "", TODAY)
    assert "review" in raised.value.problems
    with pytest.raises(ValidationError) as raised:
        homework.review_homework(session, homework_id, R.DONE, "", TODAY - timedelta(days=1))
    assert "reviewed_on" in raised.value.problems


def test_an_archived_client_gets_no_homework(session: Session) -> None:
    client_id = new_client(session)
    clients.archive(session, client_id, TODAY)
    with pytest.raises(ArchivedRecord):
        assign(session, client_id)


def test_completion_rate_counts_done_partly_and_not_done(session: Session) -> None:
    client_id = new_client(session)
    assert homework.completion_rate(session, client_id) is None
    for review in (R.DONE, R.PARTLY, R.NOT_DONE, R.NOT_ASSIGNED, None):
        homework_id = assign(session, client_id)
        if review is not None:
            homework.review_homework(session, homework_id, review, "", TODAY)
    assert homework.completion_rate(session, client_id) == pytest.approx(0.5)
    other = new_client(session)
    homework.review_homework(session, assign(session, other), R.NOT_ASSIGNED, "", TODAY)
    assert homework.completion_rate(session, other) is None


def test_the_plan_holds_objectives_and_interventions_under_each_goal(session: Session) -> None:
    client_id = new_client(session, "Sleep through the night", "Return to work")
    sleep, work = (g.goal_id for g in treatment_plan.plan(session, client_id))
    first = treatment_plan.add_objective(session, sleep, "Asleep within 30 minutes", TODAY)
    second = treatment_plan.add_objective(session, sleep, "  No naps  ")
    intervention = treatment_plan.add_intervention(session, sleep, "CBT-I, weekly")
    assert treatment_plan.set_objective_met(session, first) == Changed.NOTES
    assert treatment_plan.set_objective_met(session, first) == Changed.NOTHING
    plan = treatment_plan.plan(session, client_id)
    assert [g.title for g in plan] == ["Sleep through the night", "Return to work"]
    assert [(o.text, o.target_date, o.met) for o in plan[0].objectives] == [
        ("Asleep within 30 minutes", TODAY, True),
        ("No naps", None, False),
    ]
    assert [i.text for i in plan[0].interventions] == ["CBT-I, weekly"]
    assert plan[1].objectives == () and plan[1].interventions == ()
    treatment_plan.remove_objective(session, second)
    treatment_plan.remove_intervention(session, intervention)
    plan = treatment_plan.plan(session, client_id)
    assert [o.id for o in plan[0].objectives] == [first] and plan[0].interventions == ()
    with pytest.raises(ValidationError):
        treatment_plan.add_objective(session, work, "   ")
    with pytest.raises(treatment_plan.PlanItemNotFound):
        treatment_plan.add_intervention(session, 999_999, "Anything")
    with pytest.raises(treatment_plan.PlanItemNotFound):
        treatment_plan.remove_objective(session, second)
