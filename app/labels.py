"""The words for the core's codes (statuses, who asked for therapy, audited fields …).

One place for both the screens and the printed documents, so a record reads
the same everywhere.
"""

from __future__ import annotations

from app.models import AnsweredBy, ClientStatus, FeeArrangement, GoalStatus, RequestedBy
from app.words import marked

CLIENT_STATUS_LABELS: dict[str, str] = {
    ClientStatus.ACTIVE: marked("Active"),
    ClientStatus.PAUSED: marked("Paused"),
    ClientStatus.DISCHARGED: marked("Discharged"),
    ClientStatus.ARCHIVED: marked("Archived"),
}
REQUESTED_BY_LABELS: dict[str, str] = {
    RequestedBy.SELF: marked("The client themself"),
    RequestedBy.PARENT: marked("A parent or guardian"),
    RequestedBy.PARTNER: marked("A partner"),
    RequestedBy.COURT: marked("A court (mandated)"),
    RequestedBy.EMPLOYER: marked("An employer (mandated)"),
    RequestedBy.OTHER: marked("Someone else"),
}
REQUESTED_BY_SHORT: dict[str, str] = {
    RequestedBy.SELF: marked("Self"),
    RequestedBy.PARENT: marked("Parent"),
    RequestedBy.PARTNER: marked("Partner"),
    RequestedBy.COURT: marked("Court"),
    RequestedBy.EMPLOYER: marked("Employer"),
    RequestedBy.OTHER: marked("Other"),
}
#: Therapy that someone else imposed rather than the client chose.
MANDATED: frozenset[str] = frozenset({RequestedBy.COURT, RequestedBy.EMPLOYER})
FEE_LABELS: dict[str, str] = {
    FeeArrangement.STANDARD: marked("Standard fee"),
    FeeArrangement.SLIDING_SCALE: marked("Sliding-scale rate"),
}
#: Who gave a questionnaire's answers.
ANSWERED_BY_LABELS: dict[str, str] = {
    AnsweredBy.CLIENT: marked("Client, on the laptop"),
    AnsweredBy.PAPER: marked("Client, on paper"),
    AnsweredBy.CLINICIAN: marked("Clinician, asked aloud"),
}
GOAL_STATUS_LABELS: dict[str, str] = {
    GoalStatus.ACTIVE: marked("Active"),
    GoalStatus.ACHIEVED: marked("Achieved"),
    GoalStatus.REVISED: marked("Revised"),
    GoalStatus.DROPPED: marked("Dropped"),
}

#: How each audited field of the client's record is named in the change history.
HISTORY_FIELD_LABELS = {
    "legal_first_name": marked("Legal first name"),
    "legal_last_name": marked("Legal last name"),
    "preferred_name": marked("Preferred name"),
    "pronouns": marked("Pronouns"),
    "sex_for_norms": marked("Sex (for screening norms)"),
    "date_of_birth": marked("Date of birth"),
    "phone": marked("Phone"),
    "email": marked("E-mail"),
    "address": marked("Address"),
    "emergency_contact_name": marked("Emergency contact"),
    "emergency_contact_phone": marked("Emergency contact's phone"),
    "emergency_contact_relationship": marked("Emergency contact's relationship"),
    "referral_source": marked("Referral source"),
    "requested_by": marked("Therapy asked for by"),
    "status": marked("Status"),
    "code": marked("Client code"),
    "fee_arrangement": marked("Fee arrangement"),
    "sliding_fee": marked("Sliding-scale fee"),
    "clinical_summary": marked("Clinical summary"),
    "tags": marked("Tags"),
    "guardians": marked("Parents and guardians"),
    "diagnoses": marked("Diagnoses"),
    "goals": marked("Treatment goals"),
    "retention_until": marked("Kept until"),
}
HISTORY_ACTION_LABELS = {
    "create": marked("Created"),
    "change": marked("Changed"),
    "archive": marked("Archived"),
    "restore": marked("Restored"),
    "link": marked("Linked"),
    "export": marked("Copy made"),
    "print": marked("Printed"),
    "open": marked("Opened"),
}

SEX_FOR_NORMS_LABELS: dict[str, str] = {
    "": marked("Not recorded"),
    "female": marked("Female"),
    "male": marked("Male"),
}
