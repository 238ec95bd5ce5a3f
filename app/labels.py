"""The words for the core's codes (statuses, who asked for therapy, audited fields …).

One place for both the screens and the printed documents, so a record reads
the same everywhere.
"""

from __future__ import annotations

from app.models import AnsweredBy, ClientStatus, FeeArrangement, GoalStatus, RequestedBy

CLIENT_STATUS_LABELS: dict[str, str] = {
    ClientStatus.ACTIVE: "Active",
    ClientStatus.PAUSED: "Paused",
    ClientStatus.DISCHARGED: "Discharged",
    ClientStatus.ARCHIVED: "Archived",
}
REQUESTED_BY_LABELS: dict[str, str] = {
    RequestedBy.SELF: "The client themself",
    RequestedBy.PARENT: "A parent or guardian",
    RequestedBy.PARTNER: "A partner",
    RequestedBy.COURT: "A court (mandated)",
    RequestedBy.EMPLOYER: "An employer (mandated)",
    RequestedBy.OTHER: "Someone else",
}
REQUESTED_BY_SHORT: dict[str, str] = {
    RequestedBy.SELF: "Self",
    RequestedBy.PARENT: "Parent",
    RequestedBy.PARTNER: "Partner",
    RequestedBy.COURT: "Court",
    RequestedBy.EMPLOYER: "Employer",
    RequestedBy.OTHER: "Other",
}
#: Therapy that someone else imposed rather than the client chose.
MANDATED: frozenset[str] = frozenset({RequestedBy.COURT, RequestedBy.EMPLOYER})
FEE_LABELS: dict[str, str] = {
    FeeArrangement.STANDARD: "Standard fee",
    FeeArrangement.SLIDING_SCALE: "Sliding-scale rate",
}
#: Who gave a questionnaire's answers.
ANSWERED_BY_LABELS: dict[str, str] = {
    AnsweredBy.CLIENT: "Client, on the laptop",
    AnsweredBy.PAPER: "Client, on paper",
    AnsweredBy.CLINICIAN: "Clinician, asked aloud",
}
GOAL_STATUS_LABELS: dict[str, str] = {
    GoalStatus.ACTIVE: "Active",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.REVISED: "Revised",
    GoalStatus.DROPPED: "Dropped",
}

#: How each audited field of the client's record is named in the change history.
HISTORY_FIELD_LABELS = {
    "legal_first_name": "Legal first name",
    "legal_last_name": "Legal last name",
    "preferred_name": "Preferred name",
    "pronouns": "Pronouns",
    "sex_for_norms": "Sex (for screening norms)",
    "date_of_birth": "Date of birth",
    "phone": "Phone",
    "email": "E-mail",
    "address": "Address",
    "emergency_contact_name": "Emergency contact",
    "emergency_contact_phone": "Emergency contact's phone",
    "emergency_contact_relationship": "Emergency contact's relationship",
    "referral_source": "Referral source",
    "requested_by": "Therapy asked for by",
    "status": "Status",
    "code": "Client code",
    "fee_arrangement": "Fee arrangement",
    "sliding_fee": "Sliding-scale fee",
    "clinical_summary": "Clinical summary",
    "tags": "Tags",
    "guardians": "Parents and guardians",
    "diagnoses": "Diagnoses",
    "goals": "Treatment goals",
    "retention_until": "Kept until",
}
HISTORY_ACTION_LABELS = {
    "create": "Created",
    "change": "Changed",
    "archive": "Archived",
    "restore": "Restored",
    "link": "Linked",
    "export": "Copy made",
    "print": "Printed",
    "open": "Opened",
}

SEX_FOR_NORMS_LABELS: dict[str, str] = {
    "": "Not recorded",
    "female": "Female",
    "male": "Male",
}
