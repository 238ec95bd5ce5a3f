"""The Notes area: search every note, and the notes still to sign.

Typing searches the text of every note (inside the encrypted practice file)
and shows the matching passage with the words marked; filters narrow it to
one client (by code or name), a period, or the private process notes; archived clients are left
out unless asked. With nothing typed, the page lists the notes to sign.
Double-click (or Enter) opens a note.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clients, notes
from app.changes import Changed
from app.clients import ClientQuery
from app.models import NoteKind
from app.notes import NoteRow, SearchHit
from ui import style
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.date_edit import DateEdit

KINDS = (
    (marked("All notes"), None),
    (marked("Session notes"), NoteKind.PROGRESS),
    (marked("Process notes"), NoteKind.PSYCHOTHERAPY),
)
#: Typing pauses this long before the search runs.
SEARCH_DELAY_MS = 150


def _snippet_html(snippet: str) -> str:
    theme = style.current()
    mark = f"<b style='background:{theme.search_hit}; color:{theme.on_search_hit}'>"
    return escape(snippet).replace("\x02", mark).replace("\x03", "</b>")


class NotesPage(QWidget):
    sig_open_note = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        title = QLabel(tr("Notes"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search every note: words, or the start of a word"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        for label, kind in KINDS:
            self.kind.addItem(tr(label), kind)
        self.since = DateEdit()
        self.since.setCalendarPopup(True)
        self.since.setSpecialValueText(tr("any date"))
        self.since.setMinimumDate(QDate(1900, 1, 1))
        self.since.setDate(self.since.minimumDate())
        self.client = QLineEdit()
        self.client.setPlaceholderText(tr("Client code or name"))
        self.client.setClearButtonEnabled(True)
        self.client.setMaximumWidth(200)
        self.archived = QCheckBox(tr("Include archived clients"))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemDoubleClicked.connect(self._open)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.client)
        filters.addWidget(self.kind)
        filters.addWidget(QLabel(tr("since", "notes written since a date")))
        filters.addWidget(self.since)
        filters.addWidget(self.archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.sig_about_to_lock.connect(self._timer.stop)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.client.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.archived.toggled.connect(lambda _on: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.bus.sig_changed.connect(
            lambda changed: self.refresh() if changed & Changed.NOTES else None
        )
        self.refresh()

    def _since(self) -> date | None:
        if self.since.date() == self.since.minimumDate():
            return None
        picked = self.since.date()
        return date(picked.year(), picked.month(), picked.day())

    def refresh(self) -> None:
        if not self.ctx.vault.is_unlocked:  # a search typed just before locking
            return
        text = self.search.text().strip()
        with self.ctx.vault.session() as session:
            client_id = None
            who = self.client.text().strip()
            if who:
                statuses = frozenset() if self.archived.isChecked() else ClientQuery().statuses
                matches = clients.search_page(session, ClientQuery(who, statuses), 0, 2)
                if len(matches) != 1:
                    self.results.clear()
                    self.summary.setText(
                        tr("No client matches that.")
                        if not matches
                        else tr("Several clients match: type more of the name, or the code.")
                    )
                    return
                client_id = matches[0]
            if text:
                hits = notes.search(
                    session,
                    text,
                    client_id=client_id,
                    since=self._since(),
                    include_archived=self.archived.isChecked(),
                    kind=self.kind.currentData(),
                )
                self._show_hits(hits)
            else:
                self._show_unsigned(notes.unsigned_notes(session))

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        if not hits:
            self.summary.setText(tr("Nothing found."))
        elif len(hits) >= 50:
            self.summary.setText(tr("%n note(s) found (the 50 most recent)", "", len(hits)))
        else:
            self.summary.setText(tr("%n note(s) found", "", len(hits)))
        for hit in hits:
            facts = [format_date(hit.session_date)]
            if hit.kind == NoteKind.PSYCHOTHERAPY:
                facts.append(tr("private"))
            if hit.status != "signed":
                facts.append(tr("not signed"))
            item = QListWidgetItem()
            label = QLabel(
                tr("<b>{name}</b> ({code}) · {facts}<br>{snippet}").format(
                    name=escape(hit.client_name),
                    code=escape(hit.client_code),
                    facts=escape(" · ".join(facts)),
                    snippet=_snippet_html(hit.snippet),
                )
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item.setData(Qt.ItemDataRole.UserRole, hit.note_id)
            width = max(200, self.results.viewport().width() - 16)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)

    def _show_unsigned(self, rows: list[NoteRow]) -> None:
        self.results.clear()
        self.summary.setText(
            tr("%n note(s) to sign", "", len(rows))
            if rows
            else tr("Every note is signed. Type to search all notes.")
        )
        for row in rows:
            kind = tr("Process notes") if row.kind == NoteKind.PSYCHOTHERAPY else row.template_name
            item = QListWidgetItem(
                f"{format_date(row.session_date)} · {row.client_name} ({row.client_code}) · {kind}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(note_id, int):
            self.sig_open_note.emit(note_id)
