"""The "Why isn't therapy working?" review of one client: every signal, and a worksheet.

The checklist shows, in order, consent, the screens, the outcome trend, how
the client rates the sessions, homework and attendance — each with its facts
and a way to the place where it can be acted on. The worksheet on the right
holds prompts to explore with the client what keeps things as they are; it is
saved to the client's record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import review
from app.changes import Changed
from app.errors import RapportError
from app.review import ClientReview, ReviewItem
from app.words import translated
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

LOOKS = {
    "ok": (marked("Looks fine"), "ok"),
    "concern": (marked("Worth a look"), "formError"),
    "unknown": (marked("Not known yet"), "hint"),
}
#: Where an item is acted on: the overview's tab (its English title) and the button to it.
PLACES = {
    "consent": ("Consent", marked("Open Consent")),
    "screening": ("Screening", marked("Open Screening")),
    "chart": ("Chart", marked("Open Chart")),
    "notes": ("Notes", marked("Open Notes")),
    "calendar": ("Appointments", marked("Open Appointments")),
}


class ReviewWindow(QWidget):
    """One client's review; ``sig_show_tab`` asks the overview to show a tab (its English title)."""

    sig_show_tab = Signal(str)

    def __init__(
        self, ctx: AppContext, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.client_id = client_id
        self.setObjectName("page")
        self.setWindowTitle(tr("Why isn't therapy working?"))
        self.resize(1200, 780)
        with ctx.vault.session() as session:
            self.review: ClientReview = review.review(
                session, client_id, ctx.today(), ctx.instruments().instruments
            )
        title = QLabel(tr("Why isn't therapy working? — {name}").format(name=client_name))
        title.setObjectName("pageTitle")
        intro = text_label(
            tr(
                "Every signal at once, in the order worth asking about: is there real agreement, "
                "what the screens found, what the scores say, how the client rates the sessions, "
                "homework, attendance. Tick what you have looked at."
            )
        )
        self.looked: dict[str, QCheckBox] = {}
        checklist = QWidget()
        items_layout = QVBoxLayout(checklist)
        previous = self.review.worksheets[0].reviewed if self.review.worksheets else ()
        for item in self.review.items:
            items_layout.addWidget(self._item_card(item, item.key in previous))
        items_layout.addStretch(1)
        left = QScrollArea()
        left.setWidget(checklist)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what the cards hold

        self.answers: dict[str, QPlainTextEdit] = {}
        sheet = QWidget()
        sheet_layout = QVBoxLayout(sheet)
        heading = QLabel(tr("Worksheet to explore with the client"))
        heading.setObjectName("cardTitle")
        sheet_layout.addWidget(heading)
        sheet_layout.addWidget(
            text_label(
                tr(
                    "Conversation starters, not a questionnaire: write down what the client says "
                    "in their words."
                )
            )
        )
        for prompt in review.WORKSHEET:
            question = translated(prompt.text)
            sheet_layout.addWidget(text_label(question, ""))
            edit = QPlainTextEdit()
            edit.setMaximumHeight(80)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(question)
            self.answers[prompt.key] = edit
            sheet_layout.addWidget(edit)
        self.save_button = QPushButton(tr("Save to the client's record"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        sheet_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        sheet_layout.addWidget(self.message)
        for worksheet in self.review.worksheets[:3]:
            filled = sum(1 for text in worksheet.answers.values() if text)
            sheet_layout.addWidget(
                text_label(
                    tr("Saved on {date}: {answers}, {items} reviewed.").format(
                        date=format_date(worksheet.written_on),
                        answers=tr("%n answer(s)", "", filled),
                        items=tr("%n item(s)", "", len(worksheet.reviewed)),
                    )
                )
            )
        sheet_layout.addStretch(1)
        right = QScrollArea()
        right.setWidget(sheet)
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        body = QHBoxLayout()
        body.addWidget(left, 3)
        body.addWidget(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

    def _item_card(self, item: ReviewItem, looked: bool) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        title = QLabel(translated(item.title))
        title.setObjectName("cardTitle")
        words, kind = LOOKS[item.look]
        badge = QLabel(tr(words))
        badge.setObjectName(kind)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(badge)
        layout.addLayout(top)
        for fact in item.facts:
            layout.addWidget(text_label(translated(fact), ""))
        bottom = QHBoxLayout()
        box = QCheckBox(tr("Looked at"))
        box.setChecked(looked)
        self.looked[item.key] = box
        bottom.addWidget(box)
        bottom.addStretch(1)
        place = PLACES.get(item.act_in)
        if place is not None:
            tab, button = place
            go = QPushButton(tr(button))
            go.setObjectName("link")
            go.clicked.connect(lambda _=False, t=tab: self.sig_show_tab.emit(t))
            bottom.addWidget(go)
        layout.addLayout(bottom)
        return card

    def save(self) -> int | None:
        answers = {key: edit.toPlainText() for key, edit in self.answers.items()}
        reviewed = [key for key, box in self.looked.items() if box.isChecked()]
        try:
            with self.ctx.vault.session() as session:
                saved = review.save_worksheet(
                    session, self.client_id, answers, reviewed, self.ctx.today()
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return None
        self.message.setText(tr("Saved to the client's record."))
        self.ctx.bus.publish(Changed.OUTCOMES)
        return saved
