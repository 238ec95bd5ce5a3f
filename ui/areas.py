"""The main areas of the window, by name, in the order of its navigation.

The names identify the areas (links of the help page, the area remembered between
starts, the self-test); :func:`area_title` is the word the window shows for one.
"""

from __future__ import annotations

from ui.i18n import marked, tr

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

#: What the navigation and the Go menu show for each area.
AREA_TITLES = {
    "Today": marked("Today"),
    "Calendar": marked("Calendar"),
    "Clients": marked("Clients"),
    "Prospects": marked("Prospects"),
    "Notes": marked("Notes"),
    "Outcomes": marked("Outcomes"),
    "Billing": marked("Billing"),
    "Settings": marked("Settings"),
}


def area_title(name: str) -> str:
    """The area ``name`` as the window shows it, in the window's language."""
    return tr(AREA_TITLES[name])
