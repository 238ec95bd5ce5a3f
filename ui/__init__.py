"""Rapport's screens (PySide6): they call the practice core in ``app`` and hold no rules."""
