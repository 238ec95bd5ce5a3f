"""The main areas of the window, by name, in the order of its navigation."""

from __future__ import annotations

AREA_NAMES = (
    "Today",
    "Calendar",
    "Clients",
    "Prospects",
    "Notes",
    "Outcomes",
    "Billing",
    "Settings",
)
