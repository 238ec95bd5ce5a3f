"""Help → Getting started: the first steps with Rapport, inside the app (F1).

The page is part of the program, so it is there without a network; links in
it move to an area of the app (``rapport:Clients``), never to a web address.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.areas import AREA_NAMES
from ui.i18n import marked, tr

#: The areas a link of the page may open (``rapport:<area>``).
AREA_LINKS = AREA_NAMES

#: The page, a heading or a paragraph at a time; GETTING_STARTED is the page in English.
GETTING_STARTED_PARTS = (
    marked("<h2>Getting started with Rapport</h2>"),
    marked(
        "<p>Rapport keeps your whole practice in one encrypted file on this computer. "
        "Nothing is sent anywhere. These are the first steps, in the order most clinicians "
        "take them.</p>"
    ),
    marked("<h3>1. Your practice file and your passphrase</h3>"),
    marked(
        "<p>You made your practice when Rapport first opened: its details, a passphrase of "
        "at least 12 characters, and a recovery code. Every time Rapport opens, or after it "
        "has locked itself (after 10 minutes without activity, or at once with "
        "<b>Ctrl+L</b>), it asks for the passphrase. Change it, or the time before locking, "
        'in <a href="rapport:Settings">Settings → Security</a>.</p>'
    ),
    marked("<h3>2. Keep the recovery code safe</h3>"),
    marked(
        "<p>The recovery code is the only way in if the passphrase is forgotten: nobody "
        "else, not even the makers of Rapport, can open your records without one of the "
        "two. Print the <i>emergency access kit</i> and keep it away from the computer (a "
        "locked drawer). If it was lost or seen, make a new one in "
        '<a href="rapport:Settings">Settings → Security</a>.</p>'
    ),
    marked("<h3>3. Backups</h3>"),
    marked(
        "<p>Rapport backs the practice up by itself every day and when you quit. Add a "
        "second folder — an external drive — in "
        '<a href="rapport:Settings">Settings → Backups</a>, so that a lost or broken laptop '
        "does not take your records with it. A backup opens with the passphrase the "
        "practice had when it was made.</p>"
    ),
    marked("<h3>4. Your first client</h3>"),
    marked(
        '<p>An enquiry starts in <a href="rapport:Prospects">Prospects</a> (<b>Ctrl+4</b>, '
        "then <b>Ctrl+N</b>): record the call and <i>Book the free consultation…</i>. When "
        "they decide to start, <i>Start the intake…</i> makes them a client. Or add a "
        'client directly in <a href="rapport:Clients">Clients</a> (<b>Ctrl+3</b>, then '
        "<b>Ctrl+N</b>). The intake asks what you need for the record, then goes on to the "
        "consent form, which the client reads and signs on the screen.</p>"
    ),
    marked("<h3>5. Your first session</h3>"),
    marked(
        '<p>Book it in the <a href="rapport:Calendar">Calendar</a> (<b>Ctrl+2</b>; '
        "double-click a time, or <b>Ctrl+N</b>). On the day it is on "
        '<a href="rapport:Today">Today</a> (<b>Ctrl+1</b>): <i>Start session</i> opens the '
        "note beside the client's chart. Hand the laptop over for the check-in "
        "questionnaire if the measurement plan asks for one; the client's window shows "
        "nothing else and closes only with your passphrase. The note is saved as you type; "
        "sign it when it is finished — a signed note cannot be changed, only added to.</p>"
    ),
    marked("<h3>6. Is therapy working?</h3>"),
    marked(
        "<p>Each client's <i>Chart</i> shows every questionnaire over time, with what "
        'counts as reliable change. <a href="rapport:Today">Today</a> lists the clients who '
        "need attention — not improving, getting worse, a low rating of the session — and "
        '<a href="rapport:Outcomes">Outcomes</a> (<b>Ctrl+6</b>) shows the whole '
        "practice.</p>"
    ),
    marked("<h3>7. Billing</h3>"),
    marked(
        "<p>Attended sessions, late cancellations and no-shows are charged by themselves at "
        'the fees in <a href="rapport:Settings">Settings → Billing</a>. Invoices, payments '
        "and receipts are on the client's <i>Billing</i> tab and in "
        '<a href="rapport:Billing">Billing</a> (<b>Ctrl+7</b>).</p>'
    ),
    marked("<p>Everything is described in more detail in the README that comes with Rapport.</p>"),
)
GETTING_STARTED = "\n".join(GETTING_STARTED_PARTS)


def getting_started_html() -> str:
    """The page in the window's language."""
    return "\n".join(tr(part) for part in GETTING_STARTED_PARTS)


class GettingStarted(QDialog):
    """The first steps, with links that open the areas they name."""

    def __init__(self, open_area: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Getting started — Rapport"))
        self.resize(720, 680)
        self.open_area = open_area
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(tr("Getting started"))
        self.text.setHtml(getting_started_html())
        self.text.anchorClicked.connect(self._link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _link(self, url: QUrl) -> None:
        area = url.path()
        if url.scheme() == "rapport" and area in AREA_LINKS:
            self.open_area(area)
