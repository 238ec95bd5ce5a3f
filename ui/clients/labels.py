"""Dates as the screens show them; the words for the core's codes come from ``app.labels``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.labels import CLIENT_STATUS_LABELS as CLIENT_STATUS
from app.labels import FEE_LABELS as FEE_ARRANGEMENT
from app.labels import GOAL_STATUS_LABELS as GOAL_STATUS
from app.labels import HISTORY_ACTION_LABELS, HISTORY_FIELD_LABELS, MANDATED, REQUESTED_BY_SHORT
from app.labels import REQUESTED_BY_LABELS as REQUESTED_BY
from ui.widgets.date_edit import display_format

__all__ = [
    "CLIENT_STATUS",
    "FEE_ARRANGEMENT",
    "GOAL_STATUS",
    "HISTORY_ACTION_LABELS",
    "HISTORY_FIELD_LABELS",
    "MANDATED",
    "REQUESTED_BY",
    "REQUESTED_BY_SHORT",
    "format_date",
]


def format_date(value: date | None) -> str:
    """A date the way the clinician's computer writes it, month as a word; "—" for none."""
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), display_format())
