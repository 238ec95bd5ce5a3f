"""Settings: one tab per subject, each made the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import marked, tr
from ui.settings.backups_page import BackupsSettings
from ui.settings.billing_page import BillingSettingsPage
from ui.settings.consent_page import ConsentSettings
from ui.settings.feedback_page import FeedbackSettings
from ui.settings.note_templates_page import NoteTemplatesSettings
from ui.settings.practice_page import PracticeSettings
from ui.settings.records_page import RecordsSettings
from ui.settings.security_page import SecuritySettings
from ui.settings.services_page import ServicesSettings
from ui.widgets.tabs import tab_widget

Page = TypeVar("Page", bound=QWidget)

#: The tabs, in order: name, title, and the page's class.
TABS: tuple[tuple[str, str, Callable[[AppContext], QWidget]], ...] = (
    ("practice", marked("Practice"), PracticeSettings),
    ("security", marked("Security"), SecuritySettings),
    ("backups", marked("Backups"), BackupsSettings),
    ("records", marked("Records"), RecordsSettings),
    ("consent", marked("Consent"), ConsentSettings),
    ("services", marked("Services and hours"), ServicesSettings),
    ("billing", marked("Billing"), BillingSettingsPage),
    ("note_templates", marked("Note templates"), NoteTemplatesSettings),
    ("feedback", marked("Feedback"), FeedbackSettings),
)


class SettingsPage(QWidget):
    """The settings' tabs. A tab's page is made (and reads the practice) when it is first
    shown or asked for: most visits to Settings look at one or two of them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        title = QLabel(tr("Settings"))
        title.setObjectName("pageTitle")
        self.tabs = tab_widget()
        self.pages: dict[str, QWidget] = {}
        for _name, label, _make in TABS:
            self.tabs.addTab(QWidget(), tr(label))
        self.tabs.currentChanged.connect(self._made_at)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self._made_at(self.tabs.currentIndex())

    def _made_at(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self._page(TABS[index][0], QWidget)

    def _page(self, name: str, kind: type[Page]) -> Page:
        """The page of tab ``name``, made and put in its tab the first time."""
        page = self.pages.get(name)
        if page is None:
            index = next(i for i, (n, _label, _make) in enumerate(TABS) if n == name)
            page = self.pages[name] = TABS[index][2](self.ctx)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if placeholder is not None:
                placeholder.deleteLater()
            self.tabs.insertTab(index, page, tr(TABS[index][1]))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if name == "billing":
                # The consent form quotes fees with the currency's symbol, which follows it.
                self.billing.sig_money_format_changed.connect(self._money_format_changed)
        assert isinstance(page, kind)
        return page

    def _money_format_changed(self) -> None:
        consent = self.pages.get("consent")
        if isinstance(consent, ConsentSettings):
            consent.fees.load()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self._page(name, QWidget))

    @property
    def practice(self) -> PracticeSettings:
        return self._page("practice", PracticeSettings)

    @property
    def security(self) -> SecuritySettings:
        return self._page("security", SecuritySettings)

    @property
    def backups(self) -> BackupsSettings:
        return self._page("backups", BackupsSettings)

    @property
    def records(self) -> RecordsSettings:
        return self._page("records", RecordsSettings)

    @property
    def consent(self) -> ConsentSettings:
        return self._page("consent", ConsentSettings)

    @property
    def services(self) -> ServicesSettings:
        return self._page("services", ServicesSettings)

    @property
    def billing(self) -> BillingSettingsPage:
        return self._page("billing", BillingSettingsPage)

    @property
    def note_templates(self) -> NoteTemplatesSettings:
        return self._page("note_templates", NoteTemplatesSettings)

    @property
    def feedback(self) -> FeedbackSettings:
        return self._page("feedback", FeedbackSettings)
