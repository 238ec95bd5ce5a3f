"""What a service call changed, so that every open view can refresh just that."""

from __future__ import annotations

from enum import Flag, auto


class Changed(Flag):
    NOTHING = 0
    PRACTICE = auto()
    SETTINGS = auto()
    SECURITY = auto()
    AUDIT = auto()
    CLIENTS = auto()
    PROSPECTS = auto()
    MEASURES = auto()
    CONSENT = auto()
    CALENDAR = auto()
    NOTES = auto()
    OUTCOMES = auto()
    BILLING = auto()
