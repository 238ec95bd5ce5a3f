"""Help → Getting started: the first steps with Rapport, inside the app (F1).

The page is part of the program, so it is there without a network; links in
it move to an area of the app (``rapport:Clients``), never to a web address.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.areas import AREA_NAMES

#: The areas a link of the page may open (``rapport:<area>``).
AREA_LINKS = AREA_NAMES

GETTING_STARTED = """
<h2>Getting started with Rapport</h2>
<p>Rapport keeps your whole practice in one encrypted file on this computer.
Nothing is sent anywhere. These are the first steps, in the order most clinicians
take them.</p>

<h3>1. Your practice file and your passphrase</h3>
<p>You made your practice when Rapport first opened: its details, a passphrase of at
least 12 characters, and a recovery code. Every time Rapport opens, or after it has
locked itself (after 10 minutes without activity, or at once with <b>Ctrl+L</b>), it
asks for the passphrase. Change it, or the time before locking, in
<a href="rapport:Settings">Settings → Security</a>.</p>

<h3>2. Keep the recovery code safe</h3>
<p>The recovery code is the only way in if the passphrase is forgotten: nobody else,
not even the makers of Rapport, can open your records without one of the two.
Print the <i>emergency access kit</i> and keep it away from the computer (a locked
drawer). If it was lost or seen, make a new one in
<a href="rapport:Settings">Settings → Security</a>.</p>

<h3>3. Backups</h3>
<p>Rapport backs the practice up by itself every day and when you quit. Add a second
folder — an external drive — in <a href="rapport:Settings">Settings → Backups</a>, so
that a lost or broken laptop does not take your records with it. A backup opens
with the passphrase the practice had when it was made.</p>

<h3>4. Your first client</h3>
<p>An enquiry starts in <a href="rapport:Prospects">Prospects</a>
(<b>Ctrl+4</b>, then <b>Ctrl+N</b>): record the call and <i>Book the free
consultation…</i>. When they decide to start, <i>Start the intake…</i> makes them a
client. Or add a client directly in <a href="rapport:Clients">Clients</a>
(<b>Ctrl+3</b>, then <b>Ctrl+N</b>). The intake asks what you need for the record,
then goes on to the consent form, which the client reads and signs on the
screen.</p>

<h3>5. Your first session</h3>
<p>Book it in the <a href="rapport:Calendar">Calendar</a> (<b>Ctrl+2</b>; double-click
a time, or <b>Ctrl+N</b>). On the day it is on <a href="rapport:Today">Today</a>
(<b>Ctrl+1</b>): <i>Start session</i> opens the note beside the client's chart. Hand
the laptop over for the check-in questionnaire if the measurement plan asks for one;
the client's window shows nothing else and closes only with your passphrase. The
note is saved as you type; sign it when it is finished — a signed note cannot be
changed, only added to.</p>

<h3>6. Is therapy working?</h3>
<p>Each client's <i>Chart</i> shows every questionnaire over time, with what counts
as reliable change. <a href="rapport:Today">Today</a> lists the clients who need
attention — not improving, getting worse, a low rating of the session — and
<a href="rapport:Outcomes">Outcomes</a> (<b>Ctrl+6</b>) shows the whole practice.</p>

<h3>7. Billing</h3>
<p>Attended sessions, late cancellations and no-shows are charged by themselves at
the fees in <a href="rapport:Settings">Settings → Billing</a>. Invoices, payments and
receipts are on the client's <i>Billing</i> tab and in
<a href="rapport:Billing">Billing</a> (<b>Ctrl+7</b>).</p>

<p>Everything is described in more detail in the README that comes with Rapport.</p>
"""


class GettingStarted(QDialog):
    """The first steps, with links that open the areas they name."""

    def __init__(self, open_area: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Getting started — Rapport")
        self.resize(720, 680)
        self.open_area = open_area
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName("Getting started")
        self.text.setHtml(GETTING_STARTED)
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
