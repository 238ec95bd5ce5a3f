"""Table models for long lists: they read rows a page at a time, as the view scrolls.

A *source* gives any window of its rows. The model reads the first page when
the source is set and further pages when the view asks (Qt's fetchMore), so a
search matching 25,000 clients costs what one screenful costs. A list whose ids
are all known can be given them (:class:`IdListSource`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui import style

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

PAGE = 100


class HasId(Protocol):
    id: int


class RowSource(Protocol[Row]):
    def page(self, offset: int, limit: int) -> list[Row]: ...


class IdListSource(Generic[Row]):
    """Rows for a list of ids known in full; ``fetch`` reads the rows of some of them."""

    def __init__(self, ids: Sequence[int], fetch: Callable[[list[int]], list[Row]]) -> None:
        self.ids = list(ids)
        self._fetch = fetch

    def page(self, offset: int, limit: int) -> list[Row]:
        return self._fetch(self.ids[offset : offset + limit])


class EmptySource(Generic[Row]):
    def page(self, offset: int, limit: int) -> list[Row]:
        return []


class LazyRowsModel(QAbstractTableModel, Generic[Row]):
    """Shows a source's rows: the first ``PAGE`` at once, more as the view scrolls (fetchMore)."""

    def __init__(
        self,
        headers: Sequence[str],
        cell: Callable[[Row, int, int], Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cell = cell
        self._source: RowSource[Row] = EmptySource()
        self._rows: list[Row] = []
        self._exhausted = True

    @property
    def source(self) -> RowSource[Row]:
        return self._source

    @property
    def complete(self) -> bool:
        """True once every row of the source has been read."""
        return self._exhausted

    def set_source(self, source: RowSource[Row]) -> None:
        self.beginResetModel()
        self._source = source
        self._rows = source.page(0, PAGE)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], fetch: Callable[[list[int]], list[Row]]) -> None:
        self.set_source(IdListSource(ids, fetch))

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_data(row)
        return None if item is None else int(item.id)  # type: ignore[attr-defined]

    def row_of(self, item_id: int) -> int:
        """The row showing ``item_id`` among the rows read so far, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == item_id:  # type: ignore[attr-defined]
                return row
        return -1

    def fetched_pages(self) -> int:
        return -(-len(self._rows) // PAGE)

    # Qt overrides

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._source.page(len(self._rows), PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_data(index.row())
        if item is None:
            return None
        return self._cell(item, index.column(), role)


def list_view(model: QAbstractTableModel, widths: Sequence[int]) -> QTableView:
    """A read-only, one-row-at-a-time table for a long list.

    The first column stretches; the others get fixed ``widths`` (sizing columns
    to their contents would read every row of a long list), in pixels at the reference
    font size: a larger system font widens them (ui.style.scaled).
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(max(28, view.fontMetrics().height() + 10))
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths, start=1):
        header.resizeSection(column, style.scaled(width))
    return view
