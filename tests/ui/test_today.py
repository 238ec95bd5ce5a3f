"""The Today page: each client stands once in a list, with all their reasons in one row."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app import clients, measures, outcomes
from app.clients import ClientInput
from app.measures import FollowUpRow, OpenItem
from app.outcomes import AttentionSignal, Rule
from ui.main_window import MainWindow
from ui.widgets.labels import LinkLabel

#: The first two clients of a new practice.
ADA, BEN = 1, 2


def _signal(client_id: int, rule: Rule, reason: str) -> AttentionSignal:
    name = {ADA: "Okafor, Ada", BEN: "Baker, Ben"}[client_id]
    return AttentionSignal(
        client_id=client_id,
        client_name=name,
        client_code=f"C{client_id}",
        rule=rule,
        reason=reason,
        act_in="chart",
        severity=2 if rule in outcomes.URGENT_RULES else 1,
    )


#: As the core lists them: urgent first, then by name, then by rule.
SIGNALS = [
    _signal(ADA, "deterioration", "Reliable deterioration on the PHQ-9."),
    _signal(BEN, "low_evaluation", "The Evaluation fell from 16 to 14."),
    _signal(BEN, "homework", "The last 3 homework tasks were not done."),
    _signal(ADA, "no_improvement", "No reliable improvement on the GAD-7."),
    _signal(ADA, "attendance", "2 of the last 5 sessions missed."),
]
RISK = _signal(BEN, "risk", "Risk answer on the Check-in.")


def _item(client_id: int, kind: str, title: str) -> OpenItem:
    name = {ADA: "Okafor, Ada", BEN: "Baker, Ben"}[client_id]
    row = FollowUpRow(
        id=len(title),
        client_id=client_id,
        kind=kind,
        title=title,
        status="open",
        resolution_note="",
        created_at=datetime(2027, 1, 1, tzinfo=UTC),
        resolved_at=None,
    )
    return OpenItem(row, name)


#: As the core lists them: risk first, then the oldest.
ITEMS = [
    _item(BEN, "risk", "Urges to self-harm rated above 0"),
    _item(ADA, "screening", "PHQ-9 at or above 10"),
    _item(BEN, "screening", "AUDIT-C positive"),
    _item(ADA, "screening", "GAD-7 at or above 8"),
]


@pytest.fixture
def today(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """Today, with two clients who each need attention for several reasons."""
    with main_window.ctx.vault.session() as session:
        made = [
            clients.create_client(
                session, ClientInput(first, last, date(1990, 4, 12)), main_window.ctx.today()
            )[0]
            for first, last in (("Ada", "Okafor"), ("Ben", "Baker"))
        ]
    assert made == [ADA, BEN]

    def needs_attention(*_args: Any, **_kwargs: Any) -> list[AttentionSignal]:
        return list(SIGNALS)

    def open_follow_ups(_session: Any, limit: int) -> tuple[int, list[OpenItem]]:
        return len(ITEMS), ITEMS[:limit]

    monkeypatch.setattr(outcomes, "needs_attention", needs_attention)
    monkeypatch.setattr(measures, "open_follow_ups", open_follow_ups)
    main_window.show_area("Today")
    main_window.today.refresh()
    return main_window


def _rows(layout: QVBoxLayout) -> list[QWidget]:
    """A card's rows, its title left out."""
    items = (layout.itemAt(index) for index in range(1, layout.count()))
    return [w for w in (item.widget() for item in items if item is not None) if w is not None]


def _lines(layout: QVBoxLayout) -> list[QLabel]:
    """The labels of a card's rows."""
    labels: list[QLabel] = []
    for row in _rows(layout):
        labels += [row] if isinstance(row, QLabel) else row.findChildren(QLabel)
    return labels


def _buttons(layout: QVBoxLayout) -> list[QPushButton]:
    """The "Set aside…" button of each row."""
    return [b for row in _rows(layout) for b in row.findChildren(QPushButton)]


def test_each_client_needing_attention_has_one_row_with_all_their_reasons(
    today: MainWindow,
) -> None:
    page = today.today
    texts = [label.text() for label in _lines(page.radar_lines)]
    # Ada's most urgent reason is more urgent than any of Ben's: her row comes first.
    assert texts == [
        '<a href="1">Okafor, Ada</a>: Reliable deterioration on the PHQ-9. · '
        "No reliable improvement on the GAD-7. · 2 of the last 5 sessions missed.",
        '<a href="2">Baker, Ben</a>: The Evaluation fell from 16 to 14. · '
        "The last 3 homework tasks were not done.",
    ]
    assert [[s.rule for s in row] for row in page.radar_rows] == [
        ["deterioration", "no_improvement", "attendance"],
        ["low_evaluation", "homework"],
    ]
    assert [label.objectName() for label in _lines(page.radar_lines)] == ["formError", "warning"]


def test_a_row_of_several_reasons_sets_any_one_of_them_aside(
    qtbot: QtBot, today: MainWindow
) -> None:
    page = today.today
    ada, _ben = _buttons(page.radar_lines)
    menu = ada.menu()
    assert menu is not None
    actions = menu.actions()
    assert [action.text() for action in actions] == [
        "Reliable deterioration…",
        "No reliable improvement…",
        "Missed sessions…",
    ]
    actions[1].trigger()
    assert page.dialog is not None
    assert (page.dialog.signal.client_id, page.dialog.signal.rule) == (ADA, "no_improvement")
    page.dialog.reject()


def test_a_row_of_one_reason_sets_it_aside_at_once(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcomes, "needs_attention", lambda *_args, **_kwargs: [RISK])
    page = main_window.today
    page.refresh()
    (button,) = _buttons(page.radar_lines)
    assert button.menu() is None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.signal.rule == "risk"
    page.dialog.reject()


def test_the_row_s_link_opens_the_client_from_the_keyboard(qtbot: QtBot, today: MainWindow) -> None:
    page = today.today
    opened: list[int] = []
    page.sig_open_client.connect(opened.append)
    label = next(iter(_lines(page.radar_lines)))
    assert isinstance(label, LinkLabel)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is label
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert opened == [ADA]
    assert today.clients.overview.name.text() == "Okafor, Ada"


def test_each_client_with_open_follow_ups_has_one_row(today: MainWindow) -> None:
    page = today.today
    lines = _lines(page.follow_lines)
    assert [label.text() for label in lines] == [
        '<a href="2">Baker, Ben</a>: Urges to self-harm rated above 0 · AUDIT-C positive',
        '<a href="1">Okafor, Ada</a>: PHQ-9 at or above 10 · GAD-7 at or above 8',
    ]
    assert [label.objectName() for label in lines] == ["formError", "warning"]
