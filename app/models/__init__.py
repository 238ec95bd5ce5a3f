"""Typed SQLAlchemy models, one module per aggregate; importing this loads them all."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.calendar import (
    FREE_AGAIN,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    AppointmentStatus,
    BlockedTime,
    Service,
    ServiceKind,
)
from app.models.client import (
    Client,
    ClientStatus,
    Diagnosis,
    FeeArrangement,
    GoalStatus,
    Guardian,
    RequestedBy,
    Tag,
    TreatmentGoal,
)
from app.models.consent import (
    ConsentAudience,
    ConsentErased,
    ConsentRecord,
    ConsentRecordStatus,
    ConsentTemplate,
)
from app.models.measures import (
    Administration,
    AnsweredBy,
    FollowUp,
    FollowUpStatus,
    Intake,
    IntakeDraft,
)
from app.models.practice import PracticeProfile, Setting
from app.models.prospect import NotProceedingReason, Prospect, ProspectStatus

__all__ = [
    "FREE_AGAIN",
    "Administration",
    "AnsweredBy",
    "Appointment",
    "AppointmentParticipant",
    "AppointmentSeries",
    "AppointmentStatus",
    "AuditEntry",
    "Base",
    "BlockedTime",
    "Client",
    "ClientStatus",
    "ConsentAudience",
    "ConsentErased",
    "ConsentRecord",
    "ConsentRecordStatus",
    "ConsentTemplate",
    "Diagnosis",
    "FeeArrangement",
    "FollowUp",
    "FollowUpStatus",
    "GoalStatus",
    "Guardian",
    "Intake",
    "IntakeDraft",
    "NotProceedingReason",
    "PracticeProfile",
    "Prospect",
    "ProspectStatus",
    "RequestedBy",
    "Service",
    "ServiceKind",
    "Setting",
    "Tag",
    "TreatmentGoal",
]
