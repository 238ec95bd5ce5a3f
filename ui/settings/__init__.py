"""Settings: the practice's letterhead details and the vault's security."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.settings.practice_page import PracticeSettings
from ui.settings.security_page import SecuritySettings


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        title = QLabel("Settings")
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.practice = PracticeSettings(ctx)
        self.security = SecuritySettings(ctx)
        self.tabs.addTab(self.practice, "Practice")
        self.tabs.addTab(self.security, "Security")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.security if name == "security" else self.practice)
