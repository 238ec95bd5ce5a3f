"""Dates as the screens show them, and the words for the core's codes (``app.labels``) in
the window's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from app import labels
from app.labels import MANDATED
from ui.i18n import Labels
from ui.widgets.date_edit import display_format

__all__ = [
    "ANSWERED_BY",
    "CLIENT_STATUS",
    "FEE_ARRANGEMENT",
    "GOAL_STATUS",
    "HISTORY_ACTION_LABELS",
    "HISTORY_FIELD_LABELS",
    "MANDATED",
    "REQUESTED_BY",
    "REQUESTED_BY_SHORT",
    "SEX_FOR_NORMS",
    "format_date",
]


CLIENT_STATUS = Labels(labels.CLIENT_STATUS_LABELS)
FEE_ARRANGEMENT = Labels(labels.FEE_LABELS)
GOAL_STATUS = Labels(labels.GOAL_STATUS_LABELS)
HISTORY_ACTION_LABELS = Labels(labels.HISTORY_ACTION_LABELS)
HISTORY_FIELD_LABELS = Labels(labels.HISTORY_FIELD_LABELS)
REQUESTED_BY = Labels(labels.REQUESTED_BY_LABELS)
REQUESTED_BY_SHORT = Labels(labels.REQUESTED_BY_SHORT)
SEX_FOR_NORMS = Labels(labels.SEX_FOR_NORMS_LABELS)
ANSWERED_BY = Labels(labels.ANSWERED_BY_LABELS)


def format_date(value: date | None) -> str:
    """A date the way the clinician's computer writes it, month as a word; "—" for none."""
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), display_format())
