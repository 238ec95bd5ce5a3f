"""Read-only tables of rows: one look for every list a dialog shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_table(
    model: QAbstractTableModel, name: str = "", *, stretch_last: bool = True
) -> QTableView:
    """A table of whole rows that are selected, never edited, one line high each."""
    view = QTableView()
    view.setModel(model)
    if name:
        view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view
