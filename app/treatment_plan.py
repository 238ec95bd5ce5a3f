"""The treatment plan: each goal of the client's record with its objectives and interventions.

The goals themselves are part of the client's record (edited with the client);
this module keeps the measurable steps towards each goal (objectives, with a
target date and whether they were met) and what the clinician does about it
(interventions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import ArchivedRecord
from app.errors import RapportError, ValidationError
from app.models import (
    Client,
    ClientStatus,
    TreatmentGoal,
    TreatmentIntervention,
    TreatmentObjective,
)
from app.words import marked, words

MAX_TEXT = 1000


class PlanItemNotFound(RapportError):
    default_message = marked("That part of the treatment plan no longer exists.")


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    text: str
    target_date: date | None
    met: bool


@dataclass(frozen=True)
class InterventionView:
    id: int
    text: str


@dataclass(frozen=True)
class GoalPlan:
    goal_id: int
    title: str
    status: str
    objectives: tuple[ObjectiveView, ...]
    interventions: tuple[InterventionView, ...]


def plan(session: Session, client_id: int) -> list[GoalPlan]:
    """The client's goals in the order of the record, each with its objectives and interventions."""
    goals = list(
        session.scalars(
            select(TreatmentGoal)
            .where(TreatmentGoal.client_id == client_id)
            .order_by(TreatmentGoal.id)
        )
    )
    ids = [g.id for g in goals]
    objectives: dict[int, list[ObjectiveView]] = {i: [] for i in ids}
    for o in session.scalars(
        select(TreatmentObjective)
        .where(TreatmentObjective.goal_id.in_(ids))
        .order_by(TreatmentObjective.position, TreatmentObjective.id)
    ):
        objectives[o.goal_id].append(ObjectiveView(o.id, o.text, o.target_date, o.met))
    interventions: dict[int, list[InterventionView]] = {i: [] for i in ids}
    for i in session.scalars(
        select(TreatmentIntervention)
        .where(TreatmentIntervention.goal_id.in_(ids))
        .order_by(TreatmentIntervention.position, TreatmentIntervention.id)
    ):
        interventions[i.goal_id].append(InterventionView(i.id, i.text))
    return [
        GoalPlan(g.id, g.title, g.status, tuple(objectives[g.id]), tuple(interventions[g.id]))
        for g in goals
    ]


def _goal(session: Session, goal_id: int) -> TreatmentGoal:
    goal = session.get(TreatmentGoal, goal_id)
    if goal is None:
        raise PlanItemNotFound(marked("That treatment goal no longer exists."))
    client = session.get(Client, goal.client_id)
    if client is not None and client.status == ClientStatus.ARCHIVED:
        raise ArchivedRecord()
    return goal


def _text(value: str) -> str:
    clean = " ".join(value.split())
    if not clean:
        raise ValidationError({"text": marked("Write what it is.")})
    if len(clean) > MAX_TEXT:
        raise ValidationError({"text": words("At most {count} characters.", count=MAX_TEXT)})
    return clean


def add_objective(
    session: Session, goal_id: int, text: str, target_date: date | None = None
) -> int:
    """Add a measurable objective under the goal; returns its id."""
    goal = _goal(session, goal_id)
    clean = _text(text)
    position = session.scalar(
        select(func.max(TreatmentObjective.position)).where(TreatmentObjective.goal_id == goal_id)
    )
    row = TreatmentObjective(
        goal_id=goal_id,
        text=clean,
        target_date=target_date,
        met=False,
        position=(position or 0) + 1,
    )
    session.add(row)
    session.flush()
    audit.record(session, "create", "treatment_objective", row.id, {"client_id": goal.client_id})
    return row.id


def set_objective_met(session: Session, objective_id: int, met: bool = True) -> Changed:
    row = session.get(TreatmentObjective, objective_id)
    if row is None:
        raise PlanItemNotFound()
    _goal(session, row.goal_id)
    if row.met == met:
        return Changed.NOTHING
    row.met = met
    session.flush()
    audit.record_changes(session, "treatment_objective", row.id, {"met": (not met, met)})
    return Changed.NOTES


def remove_objective(session: Session, objective_id: int) -> Changed:
    row = session.get(TreatmentObjective, objective_id)
    if row is None:
        raise PlanItemNotFound()
    _goal(session, row.goal_id)
    session.delete(row)
    session.flush()
    audit.record(session, "delete", "treatment_objective", objective_id)
    return Changed.NOTES


def add_intervention(session: Session, goal_id: int, text: str) -> int:
    """Add an intervention under the goal; returns its id."""
    goal = _goal(session, goal_id)
    clean = _text(text)
    position = session.scalar(
        select(func.max(TreatmentIntervention.position)).where(
            TreatmentIntervention.goal_id == goal_id
        )
    )
    row = TreatmentIntervention(goal_id=goal_id, text=clean, position=(position or 0) + 1)
    session.add(row)
    session.flush()
    audit.record(session, "create", "treatment_intervention", row.id, {"client_id": goal.client_id})
    return row.id


def remove_intervention(session: Session, intervention_id: int) -> Changed:
    row = session.get(TreatmentIntervention, intervention_id)
    if row is None:
        raise PlanItemNotFound()
    _goal(session, row.goal_id)
    session.delete(row)
    session.flush()
    audit.record(session, "delete", "treatment_intervention", intervention_id)
    return Changed.NOTES
