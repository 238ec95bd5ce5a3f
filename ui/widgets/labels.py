"""Small text labels in the app's styles (hints, warnings, confirmations)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def text_label(text: str, kind: str = "hint") -> QLabel:
    """A word-wrapping label styled as ``kind`` (hint, ok, warning, formError…)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if kind:
        label.setObjectName(kind)
    return label
