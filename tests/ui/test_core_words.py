"""The core's words read in the window's language where the screens show them.

The core marks its labels and sentences (:mod:`app.words`); the screens translate
them when they show them. Most have no German yet, so these tests install a
stand-in translation that wraps each English source it knows in «…», and look
for the wrapped text on the screens: a table of labels (``Labels``), a marked
string (``tr``), a sentence made with ``words()`` (``translated``: its template
translated, its values as they are). English is put back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import billing, clients, outcomes, prospects
from app.changes import Changed
from app.clients import ClientInput, PossibleDuplicate
from app.interop.client_import import ImportPlan
from app.interop.ics_appointments import AppointmentImportPlan
from app.models import NotProceedingReason, ProspectStatus
from app.outcomes import AttentionSignal
from app.practice import FeePolicy, set_fee_policy
from app.prospects import ProspectInput
from app.words import marked, use_translation, words
from tests.app.billing_practice import open_practice
from ui import i18n
from ui.billing.dialogs import ChargeDialog
from ui.billing.page import OutstandingTab
from ui.calendar.ics_import_dialog import AppointmentImportDialog
from ui.clients.import_dialog import ClientImportDialog, TextRowsModel
from ui.clients.prospects_page import FILTERS, NotProceedingDialog
from ui.clients.review import ReviewWindow
from ui.main_window import MainWindow
from ui.session.surveys import PaperSurveyDialog
from ui.settings.feedback_page import FeedbackSettings
from ui.widgets.snooze import SnoozeDialog

#: The English the stand-in translates (each core table or sentence the tests look for).
SOURCES = frozenset(
    {
        # app.prospects: STATUS_LABELS, REASON_LABELS
        "Did not proceed",
        "Cost",
        "Not the right fit",
        # app.surveys: TIMING_LABELS
        "Before the session",
        "After the session",
        # the billing report: an ageing bucket, a kind of charge (ServiceIncome.label)
        "90+ days",
        "Other charges",
        # app.billing: CURRENCY_LOCKED
        "The currency cannot change once anything has been billed.",
        # app.review: a ReviewItem's title and fact, a worksheet prompt
        "Informed consent",
        "No signed consent: goals, fees, homework and surveys were never agreed in writing.",
        "Who else would notice if you changed, and how might they react?",
        # app.outcomes: an AttentionSignal's reasons (a words() template, a nested one)
        "The last {count} homework tasks were not done (last reviewed {day}).",
        "{missed} of the last {count} appointments were missed or cancelled late ({which}).",
        "no-show on {day}",
        # app.clients: PossibleDuplicate.reasons
        "same phone number",
        "same e-mail address",
        # app.interop.client_import: a row refused, what is still to choose, labels, names
        "{code} is also the code on line {line}.",
        "Client code",
        "Choose the column that goes into “{field}”.",
        "Legal last name",
        "Parent or guardian",
        "Date of birth",
        "“{value}” is not a date of the calendar.",
        "Column {number}",
        "Comma",
        "Automatic (usual column names)",
        "same name and date of birth",
        "line {line} of this file",
        # app.interop.ics / ics_appointments: why an event is left out
        "no client's code or full name is in the title",
        "{reason} ({times} times)",
        "cancelled",
        # app.consent: not_ready_to_sign
        "The consent form still says “fee not set yet” in: {sections}. Enter your fees "
        "in Settings → Consent before asking for a signature.",
        # app.money: an amount that cannot be read
        "Enter an amount.",
    }
)


def _shown(english: str) -> str:
    return f"«{english}»"


class StandIn(QTranslator):
    """A catalogue made in the test: each of :data:`SOURCES` "translated" as «source»."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return _shown(source) if source in SOURCES else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stand_in(qapp: QApplication) -> Iterator[StandIn]:
    translator = StandIn()
    assert qapp.installTranslator(translator)
    use_translation(i18n.tr)
    yield translator
    qapp.removeTranslator(translator)
    use_translation(i18n.tr)  # as the session's English (tests/ui/conftest.py) left it


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def _client(window: MainWindow, first: str = "Ada", last: str = "Okafor") -> int:
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput(first, last, date(1990, 4, 12)), window.ctx.today()
        )
    return client_id


def test_the_stand_in_translates_through_qt() -> None:
    translator = StandIn()
    QCoreApplication.installTranslator(translator)
    try:
        assert i18n.tr("Cost") == "«Cost»"
        assert i18n.tr("Timing") == "Timing"  # not in the stand-in: English
    finally:
        QCoreApplication.removeTranslator(translator)
    assert i18n.tr("Cost") == "Cost"


# ---------------------------------------------------------------- tables of labels


def test_an_enquirys_status_and_reason_are_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn
) -> None:
    with main_window.ctx.vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, ProspectInput("Tom Reyes", phone="415 555 0101")
        )
        changed = prospects.set_status(
            session, prospect_id, ProspectStatus.DID_NOT_PROCEED, NotProceedingReason.COST
        )
    main_window.ctx.bus.publish(changed)
    main_window.show_area("Prospects")
    page = main_window.prospects
    page.filter.setCurrentIndex([label for label, _ in FILTERS].index("Did not proceed"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # A translation keeps its own capitals inside the brackets (English writes "(cost)").
    assert page.model.data(page.model.index(0, 1)) == "«Did not proceed» («Cost»)"
    page.show_prospect(prospect_id)
    assert page.status_line.text().startswith("«Did not proceed»: «Cost» · enquired ")

    page.not_proceeding()
    dialog = page.dialog
    assert isinstance(dialog, NotProceedingDialog)
    reasons = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert "«Cost»" in reasons and "«Not the right fit»" in reasons
    assert "Timing" in reasons  # a label the stand-in lacks stays English
    dialog.reject()


def test_the_survey_timings_are_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn
) -> None:
    settings = FeedbackSettings(main_window.ctx)
    qtbot.addWidget(settings)
    texts = _texts(settings.plan)
    assert "«Before the session»" in texts and "«After the session»" in texts

    instruments = main_window.ctx.instruments().instruments
    dialog = PaperSurveyDialog(main_window.ctx, 0, instruments, {})
    qtbot.addWidget(dialog)
    assert [dialog.timing.itemText(i) for i in range(dialog.timing.count())] == [
        "«Before the session»",
        "«After the session»",
    ]


def test_the_billing_reports_labels_are_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn
) -> None:
    ctx = main_window.ctx
    today = ctx.today()
    last_year = today.year - 1
    with ctx.vault.session() as session:
        open_practice(session)
    client_id = _client(main_window)
    with ctx.vault.session() as session:
        billing.add_charge(
            session, client_id, "Report", Decimal("80"), date(last_year, 3, 4), today
        )
    main_window.show_area("Billing")
    reports = main_window.billing.reports
    with qtbot.waitSignal(reports.sig_loaded, timeout=10_000):
        reports.year.setValue(last_year)
    services = reports.services
    assert services.text(0, 0) == "«Other charges»"

    tab = OutstandingTab()
    qtbot.addWidget(tab)
    headers = [
        tab.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(tab.model.columnCount())
    ]
    assert "«90+ days»" in headers and "0–30 days" in headers


def test_the_currency_lock_is_translated(main_window: MainWindow, stand_in: StandIn) -> None:
    main_window.show_area("Settings")
    main_window.settings.show_tab("billing")
    page = main_window.settings.billing
    client_id = _client(main_window)
    with page.ctx.vault.session() as session:
        _, changed = billing.add_charge(
            session, client_id, "Report", Decimal("50"), page.ctx.today(), page.ctx.today()
        )
    page.ctx.bus.publish(changed | Changed.BILLING)
    assert page.currency_lock.text().startswith(
        "«The currency cannot change once anything has been billed.» Every amount"
    )


# ---------------------------------------------------------------- the core's sentences


def test_the_review_items_and_worksheet_are_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn
) -> None:
    client_id = _client(main_window)
    window = ReviewWindow(main_window.ctx, client_id, "Okafor, Ada")
    qtbot.addWidget(window)
    texts = _texts(window)
    assert "«Informed consent»" in texts
    assert (
        "«No signed consent: goals, fees, homework and surveys were never agreed in writing.»"
        in texts
    )
    assert "«Who else would notice if you changed, and how might they react?»" in texts
    assert "No past appointment yet." in texts  # not in the stand-in: English


def _signal(client_id: int) -> AttentionSignal:
    missed = words(marked("no-show on {day}"), day="3 Mar")
    reasons = (
        words(
            "{missed} of the last {count} appointments were missed or cancelled late ({which}).",
            missed=1,
            count=5,
            which=missed,
        ),
    )
    return AttentionSignal(
        client_id=client_id,
        client_name="Okafor, Ada",
        client_code="C0001",
        rule="attendance",
        reason=" ".join(reasons),
        act_in="calendar",
        severity=1,
        reasons=reasons,
    )


def test_a_needs_attention_reason_is_translated_with_its_values(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = _client(main_window)
    signal = _signal(client_id)
    expected = "«1 of the last 5 appointments were missed or cancelled late («no-show on 3 Mar»).»"

    dialog = SnoozeDialog(main_window.ctx, signal)
    qtbot.addWidget(dialog)
    assert f"Okafor, Ada: {expected}" in _texts(dialog)

    monkeypatch.setattr(outcomes, "needs_attention", lambda *args, **kwargs: [signal])
    main_window.open_client(client_id)
    overview = main_window.clients.overview
    assert expected in _texts(overview.attention)


def test_a_reason_is_translated_by_the_cores_own_hook(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Without Qt's catalogue: ``translated()`` asks whatever ``use_translation`` installed."""
    signal = _signal(_client(main_window))
    use_translation(
        lambda english: english.replace("appointments", "Termine").replace("no-show", "Ausfall")
    )
    try:
        dialog = SnoozeDialog(main_window.ctx, signal)
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
    finally:
        use_translation(i18n.tr)
    # Both templates translated, the values (a date, counts) as they were.
    assert (
        "Okafor, Ada: 1 of the last 5 Termine were missed or cancelled late (Ausfall on 3 Mar)."
        in texts
    )


def test_a_possible_duplicates_reasons_are_translated(
    main_window: MainWindow, stand_in: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.show_area("Clients")
    dialog = main_window.clients.new_client()
    asked: list[str] = []

    def shown(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    reasons = (marked("same phone number"), marked("same e-mail address"))
    match = PossibleDuplicate(7, "Okafor, Ada", "C0007", ", ".join(reasons), reasons)
    assert not dialog._ask([match])
    dialog.reject()
    assert "• Okafor, Ada (C0007) — «same phone number», «same e-mail address»" in asked[0]


# ---------------------------------------------------------------- imports


def _cells(model: TextRowsModel, column: int) -> list[str]:
    return [model.text(row, column) for row in range(model.rowCount())]


def test_the_client_imports_choices_and_refusals_are_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "First name,,Born,Code\n"
        "Ann,Lee,1990-05-17,C0100\n"
        "Bo,Ray,1991-06-18,C0100\n"  # the code of the row above
        "Ann,Lee,1990-05-17,\n"  # the first row again
        "Cy,Fox,1990-02-30,\n",  # no such day
        encoding="utf-8",
    )
    dialog = ClientImportDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_read, timeout=10_000):
        dialog.open_file(path)
    columns = dialog.columns

    # What the file is read with and as, and a column the file leaves unnamed.
    assert columns.delimiter.currentText() == "«Comma»"
    assert columns.preset.itemText(0) == "«Automatic (usual column names)»"
    unnamed = columns.mapping.item(1, 0)
    assert unnamed is not None and unnamed.text() == "«Column 2»"
    # The fields a column may fill, and what is still to choose (a label inside a sentence).
    fields = [columns.field_combo(1).itemText(i) for i in range(columns.field_combo(1).count())]
    assert "«Parent or guardian»" in fields and "«Legal last name» *" in fields
    assert columns.missing == ["«Choose the column that goes into “«Legal last name»”.»"]
    assert columns.problem.text() == "«Choose the column that goes into “«Legal last name»”.»"

    columns.set_field(1, "legal_last_name")
    assert columns.missing == []
    model = columns.preview_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "«Date of birth»" in headers
    assert _cells(model, 1)[3] == (
        "Refused — «Date of birth»: «“1990-02-30” is not a date of the calendar.»"
    )

    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        dialog.check()
    plan = blocker.args[0]
    assert isinstance(plan, ImportPlan) and [r.line for r in plan.refused] == [3, 5]
    refused = dialog.checking.refused_model
    assert _cells(refused, 2) == [
        "«Client code»: «C0100 is also the code on line 2.»",
        "«Date of birth»: «“1990-02-30” is not a date of the calendar.»",
    ]
    duplicates = dialog.checking.duplicates_model
    assert _cells(duplicates, 2) == ["«line 2 of this file»: «same name and date of birth»"]
    dialog.reject()


ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Old//Software//EN\r
BEGIN:VEVENT\r
UID:dentist@old.example\r
DTSTART:20270119T140000Z\r
DTEND:20270119T150000Z\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:Dentist\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled@old.example\r
DTSTART:20270120T140000Z\r
DTEND:20270120T150000Z\r
STATUS:CANCELLED\r
SUMMARY:C0001\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_why_a_calendar_event_is_left_out_is_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn, tmp_path: Path
) -> None:
    path = tmp_path / "old.ics"
    path.write_bytes(ICS)
    dialog = AppointmentImportDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        assert dialog.open_file(path)
    assert isinstance(blocker.args[0], AppointmentImportPlan)
    why = "««no client's code or full name is in the title» (3 times)»"
    assert _cells(dialog.refused_model, 3) == [why]
    assert (
        dialog.refused_model.data(dialog.refused_model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
        == why
    )
    assert _cells(dialog.skipped_model, 3) == ["«cancelled»"]
    dialog.reject()


# ---------------------------------------------------------------- consent, billing


def test_why_the_consent_cannot_be_signed_yet_is_translated(
    main_window: MainWindow, stand_in: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = _client(main_window)
    with main_window.ctx.vault.session() as session:
        set_fee_policy(session, FeePolicy())  # every fee "not set"
    main_window.open_client(client_id)
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.clients.consent_tab.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    assert main_window.clients.overview.sign_consent() is None
    assert warnings[0].startswith("«The consent form still says “fee not set yet” in: ")
    assert warnings[0].endswith(" before asking for a signature.»")


def test_an_amount_that_cannot_be_read_is_translated(
    qtbot: QtBot, main_window: MainWindow, stand_in: StandIn
) -> None:
    with main_window.ctx.vault.session() as session:
        open_practice(session)
    dialog = ChargeDialog(main_window.ctx, _client(main_window))
    qtbot.addWidget(dialog)
    dialog.description.setText("Report")
    dialog.amount.setText("")
    dialog.submit()
    assert dialog.problems["amount"] == "«Enter an amount.»"
    dialog.reject()
