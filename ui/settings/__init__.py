"""Settings: letterhead, security, backups, records, consent, services and hours, billing, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import tr
from ui.settings.backups_page import BackupsSettings
from ui.settings.billing_page import BillingSettingsPage
from ui.settings.consent_page import ConsentSettings
from ui.settings.feedback_page import FeedbackSettings
from ui.settings.note_templates_page import NoteTemplatesSettings
from ui.settings.practice_page import PracticeSettings
from ui.settings.records_page import RecordsSettings
from ui.settings.security_page import SecuritySettings
from ui.settings.services_page import ServicesSettings


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        title = QLabel(tr("Settings"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.practice = PracticeSettings(ctx)
        self.security = SecuritySettings(ctx)
        self.backups = BackupsSettings(ctx)
        self.records = RecordsSettings(ctx)
        self.consent = ConsentSettings(ctx)
        self.services = ServicesSettings(ctx)
        self.billing = BillingSettingsPage(ctx)
        self.note_templates = NoteTemplatesSettings(ctx)
        self.feedback = FeedbackSettings(ctx)
        self.tabs.addTab(self.practice, tr("Practice"))
        self.tabs.addTab(self.security, tr("Security"))
        self.tabs.addTab(self.backups, tr("Backups"))
        self.tabs.addTab(self.records, tr("Records"))
        self.tabs.addTab(self.consent, tr("Consent"))
        self.tabs.addTab(self.services, tr("Services and hours"))
        self.tabs.addTab(self.billing, tr("Billing"))
        self.tabs.addTab(self.note_templates, tr("Note templates"))
        self.tabs.addTab(self.feedback, tr("Feedback"))
        # The consent form quotes fees with the currency's symbol, which follows the currency.
        self.billing.sig_money_format_changed.connect(self.consent.fees.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        tabs = {
            "practice": self.practice,
            "security": self.security,
            "backups": self.backups,
            "records": self.records,
            "consent": self.consent,
            "services": self.services,
            "billing": self.billing,
            "note_templates": self.note_templates,
            "feedback": self.feedback,
        }
        self.tabs.setCurrentWidget(tabs[name])
