"""The Clients area: search-as-you-type list, filters, new client, and the client's record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import clients
from app.changes import Changed
from app.clients import ClientInput, ClientQuery, ClientRow, SortKey
from app.models import ClientStatus
from ui import style
from ui.clients.client_form import ClientDialog
from ui.clients.import_dialog import ClientImportDialog, open_import_dialog
from ui.clients.labels import CLIENT_STATUS, format_date
from ui.clients.list_model import LazyRowsModel, list_view
from ui.clients.overview import ClientOverview
from ui.context import AppContext
from ui.i18n import marked, tr

COLUMNS = [
    marked("Name"),
    marked("Code"),
    marked("Age"),
    marked("Status"),
    marked("Phone"),
    marked("E-mail"),
    marked("Last session"),
    marked("Tags"),
]

FILTERS: list[tuple[str, frozenset[str]]] = [
    (
        marked("Current clients"),
        frozenset({ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.DISCHARGED}),
    ),
    (marked("Active"), frozenset({ClientStatus.ACTIVE})),
    (marked("Paused"), frozenset({ClientStatus.PAUSED})),
    (marked("Discharged"), frozenset({ClientStatus.DISCHARGED})),
    (marked("Archived"), frozenset({ClientStatus.ARCHIVED})),
    (marked("Everyone, archived too"), frozenset()),
]
SORTS = [
    (marked("Sort by name"), SortKey.NAME),
    (marked("Sort by last session"), SortKey.LAST_SESSION),
]


def _cell(row: ClientRow, column: int, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        values = [
            row.name,
            row.code,
            tr("{age} (minor)").format(age=row.age) if row.is_minor else str(row.age),
            CLIENT_STATUS.get(ClientStatus(row.status), row.status),
            row.phone,
            row.email,
            format_date(row.last_service_on) if row.last_service_on else "",
            row.tags,
        ]
        return values[column]
    if role == Qt.ItemDataRole.ForegroundRole and row.status == ClientStatus.ARCHIVED:
        return style.brush("text_faint")
    if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.is_minor:
        return tr("A minor: guardians consent and usually pay.")
    return None


class ClientSearch:
    """The client list's rows for one search, read from the vault a window at a time."""

    def __init__(self, ctx: AppContext, query: ClientQuery) -> None:
        self.ctx = ctx
        self.query = query

    def page(self, offset: int, limit: int) -> list[ClientRow]:
        with self.ctx.vault.session() as session:
            ids = clients.search_page(session, self.query, offset, limit)
            return clients.rows(session, ids, self.ctx.today())


class ClientsPage(QWidget):
    sig_start_intake = Signal()
    """The clinician wants to do an intake for someone new."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self._query = ClientQuery()
        self.model: LazyRowsModel[ClientRow] = LazyRowsModel(
            [tr(column) for column in COLUMNS], _cell, self
        )

        title = QLabel(tr("Clients"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, code, phone or e-mail   (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # Room to type in, whatever the size of the system's font and of the window.
        self.search.setMinimumWidth(style.scaled(160))
        self.filter = QComboBox()
        for label, _statuses in FILTERS:
            self.filter.addItem(tr(label))
        self.tag = QComboBox()
        self.sort = QComboBox()
        for label, key in SORTS:
            self.sort.addItem(tr(label), key)
        self.intake_button = QPushButton(tr("New intake…"))
        self.intake_button.setToolTip(tr("A new client through the intake: history and screening"))
        self.intake_button.clicked.connect(self.sig_start_intake)
        self.import_button = QPushButton(tr("Import clients…"))
        self.import_button.setToolTip(tr("Import clients from a CSV file, with a check before"))
        self.import_button.clicked.connect(lambda: self.import_clients())
        self.new_button = QPushButton(tr("New client"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(tr("New client (Ctrl+N)"))
        self.count = QLabel()
        self.count.setObjectName("hint")

        self.view = list_view(self.model, [64, 84, 84, 120, 170, 100, 120])

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter)
        bar.addWidget(self.tag)
        bar.addWidget(self.sort)
        bar.addWidget(self.import_button)
        bar.addWidget(self.intake_button)
        bar.addWidget(self.new_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(24, 20, 24, 12)
        list_layout.addWidget(title)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.count)

        self.overview = ClientOverview(ctx)
        self.overview.sig_back.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.search.textChanged.connect(self.run_search)
        self.filter.currentIndexChanged.connect(self.run_search)
        self.tag.currentIndexChanged.connect(self.run_search)
        self.sort.currentIndexChanged.connect(self.run_search)
        self.new_button.clicked.connect(self.new_client)
        self.view.activated.connect(self._activated)
        self.search.returnPressed.connect(self._open_first)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_client)
        ctx.bus.sig_changed.connect(self._on_changed)
        self._reload_tags()
        self.run_search()

    # -------------------------------------------------------------- search

    def query(self) -> ClientQuery:
        _label, statuses = FILTERS[self.filter.currentIndex()]
        return ClientQuery(
            text=self.search.text(),
            statuses=statuses,
            tag=str(self.tag.currentData() or ""),
            sort=SortKey(self.sort.currentData() or SortKey.NAME),
        )

    def run_search(self) -> None:
        query = self.query()
        self._query = query
        self.model.set_source(ClientSearch(self.ctx, query))
        if self.model.complete:
            self._show_count(query, self.model.rowCount())
            return
        # A broad search: the first page is shown at once; counting every match
        # reads the whole list, so it runs off the GUI thread.
        self.count.setText(tr("More than %Ln client(s)", "", self.model.rowCount()))
        vault = self.ctx.vault

        def count() -> tuple[ClientQuery, int]:
            with vault.session() as session:
                return query, clients.count(session, query)

        self.ctx.tasks.run(count, lambda result: self._show_count(*result), lambda _exc: None)

    def _show_count(self, query: ClientQuery, total: int) -> None:
        if query != self._query:
            return  # a later keystroke has a newer search
        self.count.setText(
            tr("%Ln client(s) found", "", total)
            if query.text.strip()
            else tr("%Ln client(s)", "", total)
        )

    def _reload_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("All tags"), "")
        with self.ctx.vault.session() as session:
            for name in clients.all_tags(session):
                self.tag.addItem(name, name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _on_changed(self, changed: Changed) -> None:
        if Changed.CLIENTS in changed:
            self._reload_tags()
            self.run_search()

    # ---------------------------------------------------------- navigation

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.id_at(index.row())
        if client_id is not None:
            self.open_client(client_id)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            client_id = self.model.id_at(0)
            if client_id is not None:
                self.open_client(client_id)
        elif self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def open_client(self, client_id: int) -> None:
        self.overview.show_client(client_id)
        self.stack.setCurrentWidget(self.overview)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.search.setFocus()

    def new_client(self, data: ClientInput | None = None) -> ClientDialog:
        today = self.ctx.today()

        def save(session: object, value: ClientInput) -> int:
            client_id, _changed = clients.create_client(session, value, today)  # type: ignore[arg-type]
            return client_id

        dialog = ClientDialog(
            self.ctx,
            tr("New client"),
            data or ClientInput(legal_first_name="", legal_last_name="", date_of_birth=None),
            save,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_clients(self) -> ClientImportDialog:
        """Clients from a CSV file: columns, preview and a dry run first, then all or nothing."""
        self.import_dialog = open_import_dialog(self.ctx, self)
        return self.import_dialog

    def _created(self, dialog: ClientDialog) -> None:
        self.ctx.bus.publish(Changed.CLIENTS)
        if dialog.saved_id is not None:
            self.open_client(dialog.saved_id)
