"""Dates as Rapport's documents write them: ``27 November 2025``."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: date, *, short: bool = False) -> str:
    """``27 November 2025``, or ``27 Nov 2025`` when ``short``."""
    month = MONTHS[day.month - 1]
    return f"{day.day} {month[:3] if short else month} {day.year}"


def format_datetime(moment: datetime, *, short: bool = False) -> str:
    """The day as :func:`format_date` writes it, then the time: ``27 Nov 2025, 14:05``."""
    return f"{format_date(moment.date(), short=short)}, {moment:%H:%M}"
