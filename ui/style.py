"""Rapport's look: a calm palette, readable type, and its own icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

ACCENT = "#2f5d62"
ACCENT_LIGHT = "#dfeeea"
WARNING = "#a15c00"
DANGER = "#b3261e"

STYLESHEET = f"""
QWidget#page {{ background: #fbfbfa; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; color: #1f2d2f; }}
QLabel#pageSubtitle {{ font-size: 11pt; color: #5f6b6d; }}
QLabel#hint {{ color: #5f6b6d; }}
QLabel#fieldError {{ color: {DANGER}; }}
QLabel#formError {{ color: {DANGER}; font-weight: 600; }}
QLabel#recoveryCode {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
    font-size: 17pt; letter-spacing: 1px; padding: 14px;
    background: {ACCENT_LIGHT}; border: 1px solid #b9d3cc; border-radius: 8px;
    color: #1f2d2f;
}}
QFrame#card {{
    background: white; border: 1px solid #e2e5e4; border-radius: 10px;
}}
QLabel#cardTitle {{ font-size: 12pt; font-weight: 600; color: #1f2d2f; }}
QLabel#ok {{ color: #2e7d32; }}
QFrame#attention {{
    background: #fff7e8; border: 1px solid #f0d9a8; border-radius: 8px;
}}
QLabel#warning {{ color: {WARNING}; }}
QListWidget#navigation {{
    background: #eef2f1; border: none; padding-top: 8px; font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 9px 14px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: none; border-radius: 6px;
    padding: 7px 18px; font-weight: 600;
}}
QPushButton#primary:disabled {{ background: #9fb5b7; }}
QPushButton#primary:hover {{ background: #264d51; }}
QPushButton#danger {{
    background: {DANGER}; color: white; border: none; border-radius: 6px;
    padding: 7px 18px; font-weight: 600;
}}
QPushButton#danger:disabled {{ background: #d9a5a1; }}
QPushButton#link {{
    border: none; color: {ACCENT}; text-decoration: underline; background: transparent;
    padding: 2px;
}}
"""


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(icon("rapport"))
