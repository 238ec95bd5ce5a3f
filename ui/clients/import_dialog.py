"""Importing clients from a CSV file: the file, its columns with a preview, the dry run, the import.

The file is read into memory only (never copied); reading it, checking every
row and storing the clients run off the GUI thread. Nothing is stored before
the last step, and then every client is imported, or none.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.changes import Changed
from app.errors import RapportError
from app.interop import client_import
from app.interop.client_import import (
    DELIMITERS,
    ENCODINGS,
    FIELD_BY_KEY,
    FIELDS,
    IGNORE,
    PRESET_BY_KEY,
    PRESETS,
    DateOrder,
    ImportOptions,
    ImportPlan,
    ImportRules,
    RowResult,
    Table,
)
from app.words import Words, translated
from ui import style
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import marked, tr
from ui.widgets.labels import text_label
from ui.widgets.tables import read_only_table
from ui.widgets.tabs import tab_widget

Index = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 8
#: Rows of refused lines are made as tall as their messages up to this many (it reads each row).
MAX_ROWS_SIZED = 500
#: How long locking waits for an import being stopped to roll back.
LOCK_WAIT_MS = 10_000
STEPS = (marked("File"), marked("Columns"), marked("Check"), marked("Import"))


def _shown(text: str) -> str:
    """The core's marked words in the window's language; data (a file's or a program's own
    names) as it is, even where it reads like English the catalogue knows ("Status")."""
    return translated(text) if isinstance(text, Words) else text


def _problem(key: str, problem: str) -> str:
    """A row's problem after its field's label, in the window's language."""
    return f"{translated(client_import.field_label(key))}: {translated(problem)}"


def _problem_lines(problems: Mapping[str, str]) -> str:
    return "\n".join(_problem(k, v) for k, v in problems.items())


class TextRowsModel(QAbstractTableModel):
    """Rows of text under headers; cells may be marked as faulty, with a tooltip saying why."""

    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, multiline: bool = False
    ) -> None:
        super().__init__(parent)
        self._multiline = multiline
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._faults: list[dict[int, str]] = []

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        faults: Sequence[dict[int, str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [tuple(row) for row in rows]
        self._faults = list(faults) if faults is not None else [{} for _ in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        fault = self._faults[row].get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._rows[row][column].replace("\r\n", "\n")
            # One line per cell unless asked: a value over several lines shows its breaks as ⏎.
            return text if self._multiline else text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return fault or self._rows[row][column] or None
        if role == Qt.ItemDataRole.BackgroundRole and fault is not None:
            return style.brush("problem_row")
        if role == Qt.ItemDataRole.ForegroundRole and fault is not None:
            return style.brush("danger")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]


class _Progress(QObject):
    """Lives on the GUI thread; a worker reports how far it got through it."""

    sig_step = Signal(int, int)
    """Rows done, of how many."""


class ColumnsStep(QWidget):
    """Step 2: how the file is read, which field each column fills, and a live preview."""

    sig_read_again = Signal(str, str)
    """Read the file again with this character set and separator."""

    sig_changed = Signal()
    """A choice changed: what is still missing may have changed too."""

    def __init__(
        self, rules: ImportRules, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.today = today
        self.table: Table | None = None
        self.missing: list[str] = [tr("Choose a file.")]
        self.file_summary = QLabel()
        self.file_summary.setObjectName("cardTitle")
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(tr("Character set"))
        for key, label in ENCODINGS.items():
            self.encoding.addItem(translated(label), key)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(tr("Separator"))
        for key, label in DELIMITERS.items():
            self.delimiter.addItem(translated(label), key)
        # The format of the file: columns matched by their usual names, or the
        # documented export of a known program, which fills in the choices below.
        self.preset = QComboBox()
        self.preset.setAccessibleName(tr("Format"))
        for preset in PRESETS:
            # A program's name is shown as written; the words around it are translated.
            self.preset.addItem(_shown(preset.name), preset.key)
            self.preset.setItemData(
                self.preset.count() - 1, _shown(preset.source), Qt.ItemDataRole.ToolTipRole
            )
        self.preset_hint = text_label("")
        self.preset_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset_hint.hide()
        self.encoding.activated.connect(lambda _i: self._read_again())
        self.delimiter.activated.connect(lambda _i: self._read_again())
        self.preset.activated.connect(lambda _i: self._apply_preset())
        reading = QHBoxLayout()
        for caption, combo in (
            (tr("Characters"), self.encoding),
            (tr("Separator"), self.delimiter),
            (tr("Format"), self.preset),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(combo)
            reading.addWidget(caption_label)
            reading.addWidget(combo)
            reading.addSpacing(12)
        reading.addStretch(1)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [tr("Column in the file"), tr("First value"), tr("Goes into")]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping.setColumnWidth(2, 260)
        self.mapping.verticalHeader().setDefaultSectionSize(38)

        self.date_order = QComboBox()
        self.date_order.setAccessibleName(tr("How dates of birth are written"))
        self.date_order.addItem(tr("Choose…"), None)
        self.date_order.addItem(tr("Day first: 03/04/2001 is 3 April 2001"), DateOrder.DAY_FIRST)
        self.date_order.addItem(
            tr("Month first: 03/04/2001 is March 4, 2001"), DateOrder.MONTH_FIRST
        )
        self.date_order.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_hint = text_label("")
        self.guardians_consent = QCheckBox(
            tr("The parents and guardians named in the file may consent to treatment")
        )
        self.guardians_consent.toggled.connect(lambda _on: self.refresh())
        self.date_row = QWidget()
        date_layout = QHBoxLayout(self.date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(QLabel(tr("Dates of birth like 03/04/2001 are written")))
        date_layout.addWidget(self.date_order)
        date_layout.addWidget(self.date_hint, 1)

        self.preview_model = TextRowsModel([], self)
        self.preview = read_only_table(self.preview_model)
        self.preview.setAccessibleName(tr("Preview"))
        self.preview_title = QLabel()
        self.preview_title.setObjectName("hint")
        self.problem = text_label("", kind="warning")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.file_summary)
        layout.addLayout(reading)
        layout.addWidget(self.preset_hint)
        layout.addWidget(
            text_label(
                tr(
                    "Say what each column holds (fields marked * are needed). Columns left out "
                    "are not imported; several columns may fill the address, summary or tags."
                )
            )
        )
        layout.addWidget(self.mapping, 3)
        layout.addWidget(self.date_row)
        layout.addWidget(self.guardians_consent)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problem)

    # ------------------------------------------------------------------ the file

    def show_table(self, name: str, table: Table, keep_choices: bool) -> None:
        """Show a file just read; ``keep_choices`` when it is the same file read again."""
        same_shape = self.table is not None and len(self.table.headers) == len(table.headers)
        previous = self.mapping_choice() if keep_choices and same_shape else None
        self.table = table
        counts = [
            tr("%Ln row(s)", "", len(table.rows)),
            tr("%Ln column(s)", "", len(table.headers)),
        ]
        if table.blank:
            counts.append(tr("%Ln empty row(s) left out", "", table.blank))
        self.file_summary.setText(
            tr("{file}: {counts}").format(file=name, counts=", ".join(counts))
        )
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(table.encoding)))
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(table.delimiter)))
        if previous is None:
            previous = client_import.auto_mapping(table.headers, self.preset.currentData())
            # Another file: what was said about the last one does not hold for it.
            self.date_order.blockSignals(True)
            self.date_order.setCurrentIndex(self._preset_date_index())
            self.date_order.blockSignals(False)
            self.guardians_consent.blockSignals(True)
            self.guardians_consent.setChecked(False)
            self.guardians_consent.blockSignals(False)
        self._fill_mapping(table, previous)
        self.refresh()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def reading_choice(self) -> tuple[str, str]:
        """The character set and separator the file is read with."""
        return str(self.encoding.currentData()), str(self.delimiter.currentData())

    def _read_again(self) -> None:
        if self.table is not None:
            self.sig_read_again.emit(*self.reading_choice())

    def clear(self) -> None:
        """Forget the file and everything shown from it."""
        self.table = None
        self.missing = [tr("Choose a file.")]
        self.mapping.setRowCount(0)
        self.preview_model.set_rows([], [])

    # ------------------------------------------------------------------ the columns

    def _fill_mapping(self, table: Table, mapping: dict[int, str]) -> None:
        self.mapping.setRowCount(len(table.headers))
        for index, column in enumerate(table.headers):
            header = _shown(column)  # "Column 3" for one the file leaves unnamed
            sample = next((row[index].strip() for row in table.rows if row[index].strip()), "")
            self.mapping.setItem(index, 0, QTableWidgetItem(header))
            item = QTableWidgetItem(sample.replace("\n", " ⏎ "))
            item.setToolTip(sample)
            self.mapping.setItem(index, 1, item)
            combo = QComboBox()
            combo.setAccessibleName(tr("Field for the column {column}").format(column=header))
            combo.addItem(tr("— leave out —"), IGNORE)
            for spec in FIELDS:
                combo.addItem(translated(spec.label) + (" *" if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, IGNORE))))
            combo.activated.connect(lambda _i, column=index: self._field_chosen(column))
            self.mapping.setCellWidget(index, 2, combo)

    def field_combo(self, column: int) -> QComboBox:
        widget = self.mapping.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping_choice(self) -> dict[int, str]:
        """Which field each column of the file fills, as chosen on screen."""
        choice = {}
        for column in range(self.mapping.rowCount()):
            key = str(self.field_combo(column).currentData() or IGNORE)
            if key:
                choice[column] = key
        return choice

    def set_field(self, column: int, key: str) -> None:
        """Choose the field a column fills (what picking it in the list does)."""
        combo = self.field_combo(column)
        combo.setCurrentIndex(max(0, combo.findData(key)))
        self._field_chosen(column)

    def _field_chosen(self, column: int) -> None:
        key = str(self.field_combo(column).currentData() or IGNORE)
        spec = FIELD_BY_KEY.get(key)
        if spec is not None and not spec.join:
            # A field takes one column: choosing it here frees the column that had it.
            for other in range(self.mapping.rowCount()):
                if other != column and self.field_combo(other).currentData() == key:
                    self.field_combo(other).setCurrentIndex(0)
        self.refresh()

    def _chosen_preset(self) -> client_import.Preset:
        return PRESET_BY_KEY.get(str(self.preset.currentData()), PRESETS[0])

    def _preset_date_index(self) -> int:
        """Where the date order list stands for the chosen format: its own order, or "Choose…"."""
        order = self._chosen_preset().date_order
        return max(0, self.date_order.findData(order)) if order else 0

    def _apply_preset(self) -> None:
        """Fill in the choices a known format documents; each one may still be changed."""
        preset = self._chosen_preset()
        self.preset_hint.setText(_shown(preset.source))
        self.preset_hint.setVisible(bool(preset.addresses))
        if preset.date_order is not None:
            self.date_order.blockSignals(True)
            self.date_order.setCurrentIndex(self._preset_date_index())
            self.date_order.blockSignals(False)
        if self.table is not None:
            self._fill_mapping(
                self.table, client_import.auto_mapping(self.table.headers, preset.key)
            )
            self.refresh()

    # ------------------------------------------------------------------ options and preview

    def options(self) -> ImportOptions:
        order = self.date_order.currentData()
        return ImportOptions(
            date_order=DateOrder(order) if order else None,
            guardians_can_consent=self.guardians_consent.isChecked(),
            values=self._chosen_preset().values,
        )

    def _suggest_date_order(self, table: Table, mapping: dict[int, str]) -> None:
        """Show the choice of day/month order only when the file's dates need it."""
        orders = client_import.date_orders(client_import.dob_values(table, mapping))
        self.date_row.setVisible(orders is not None)
        if orders is None:
            return
        if len(orders) == 1:
            only = next(iter(orders))
            if self.date_order.currentData() is None:
                # The file itself shows the order (a 25/12/1990 somewhere): offered, visibly.
                self.date_order.blockSignals(True)
                self.date_order.setCurrentIndex(self.date_order.findData(only))
                self.date_order.blockSignals(False)
            self.date_hint.setText(
                tr("Some of the file's dates can only be read day first.")
                if only == DateOrder.DAY_FIRST
                else tr("Some of the file's dates can only be read month first.")
            )
        elif not orders:
            self.date_hint.setText(
                tr("The file writes dates both ways: rows that do not fit the choice are refused.")
            )
        else:
            self.date_hint.setText(
                tr("Every date in the file could be read either way: choose the order you know.")
            )

    def refresh(self) -> None:
        """The preview and what is still missing, after any choice."""
        table = self.table
        if table is None:
            return
        mapping = self.mapping_choice()
        self._suggest_date_order(table, mapping)
        keys = [spec.key for spec in FIELDS if spec.key in mapping.values()]
        self.guardians_consent.setVisible(any(k.startswith("guardian_") for k in keys))
        results = client_import.check_rows(
            table, mapping, self.options(), self.rules, self.today(), limit=PREVIEW_ROWS
        )
        headers = [tr("Line"), tr("Check"), *(translated(FIELD_BY_KEY[k].label) for k in keys)]
        rows, faults = [], []
        for raw, result in zip(table.rows, results, strict=False):
            rows.append([str(result.line), *_preview_cells(raw, mapping, keys, result)])
            faults.append(_preview_faults(keys, result))
        self.preview_model.set_rows(headers, rows, faults)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 240))
        shown = len(results)
        if shown < len(table.rows):
            title = tr("The first %Ln row(s) as they would be stored", "", shown)
        elif shown > 1:
            title = tr("Every row as it would be stored")
        else:
            title = tr("The row as it would be stored")
        self.preview_title.setText(title)
        self.missing = [
            translated(problem)
            for problem in client_import.mapping_problems(table, mapping, self.options())
        ]
        self.problem.setText(" ".join(self.missing))
        self.problem.setVisible(bool(self.missing))
        self.sig_changed.emit()


def _preview_cells(
    raw: Sequence[str], mapping: dict[int, str], keys: list[str], result: RowResult
) -> list[str]:
    if result.data is not None:
        stored = client_import.as_stored(result.data)
        return [tr("OK"), *(stored.get(k, "") for k in keys)]
    # A refused row shows what the file holds, and why it would be refused.
    cells = []
    for key in keys:
        values = [raw[i].strip() for i, k in sorted(mapping.items()) if k == key and raw[i]]
        cells.append((FIELD_BY_KEY[key].join or " ").join(values))
    problems = "; ".join(_problem(k, v) for k, v in result.problems.items())
    return [tr("Refused — {problems}").format(problems=problems), *cells]


def _preview_faults(keys: list[str], result: RowResult) -> dict[int, str]:
    if result.data is not None:
        return {}
    faults: dict[int, str] = {1: _problem_lines(result.problems)}
    for key, message in result.problems.items():
        # "guardians.0.phone" is the guardian's phone; "guardians" their being missing.
        field = key
        if key.startswith("guardians."):
            field = "guardian_" + key.rsplit(".", 1)[-1]
        elif key == "guardians":
            field = "guardian_name"
        if field in keys:
            faults[keys.index(field) + 2] = translated(message)
    return faults


REFUSED_HEADERS = [marked("Line"), marked("Name"), marked("What is wrong")]
DUPLICATE_HEADERS = [marked("Line"), marked("Name"), marked("May be the same person as")]


def _translated(headers: list[str]) -> list[str]:
    return [tr(header) for header in headers]


class CheckStep(QWidget):
    """Step 3: the dry run's answer — rows refused and why, possible duplicates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.text = text_label("", kind="")
        self.refused_model = TextRowsModel(_translated(REFUSED_HEADERS), self, multiline=True)
        self.refused_view = read_only_table(self.refused_model)
        self.refused_view.setWordWrap(True)
        self.duplicates_model = TextRowsModel(_translated(DUPLICATE_HEADERS), self)
        self.duplicates_view = read_only_table(self.duplicates_model)
        self.tabs = tab_widget()
        self.tabs.addTab(self.refused_view, tr("Refused"))
        self.tabs.addTab(self.duplicates_view, tr("Possible duplicates"))
        self.reread_button = QPushButton(tr("Read the corrected file again"))
        self.reread_button.setToolTip(tr("After correcting the file: read it again, same choices"))
        self.leave_out = QCheckBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.leave_out)
        again = QHBoxLayout()
        again.addWidget(self.reread_button)
        again.addStretch(1)
        layout.addLayout(again)

    def show_checking(self) -> None:
        self.title.setText(tr("Checking every row…"))
        self.text.setText(tr("Nothing is stored while the rows are checked."))
        self.clear()

    def show_failure(self, message: str) -> None:
        self.title.setText(tr("The rows could not be checked"))
        self.text.setText(message)

    def clear(self) -> None:
        self.refused_model.set_rows(_translated(REFUSED_HEADERS), [])
        self.duplicates_model.set_rows(_translated(DUPLICATE_HEADERS), [])
        self.leave_out.hide()
        self.reread_button.hide()

    def show_plan(self, plan: ImportPlan, can_read_again: bool) -> None:
        refused, duplicates = len(plan.refused), len(plan.duplicates)
        if plan.refused:
            self.title.setText(tr("%Ln row(s) cannot be imported, so nothing will be", "", refused))
            self.text.setText(
                tr(
                    "%Ln client(s) could be imported, but an import is all or nothing. Correct "
                    "the rows below in the file (or leave their column out), then read it "
                    "again. The line numbers are those of the file.",
                    "",
                    len(plan.rows),
                )
            )
        else:
            self.title.setText(tr("%Ln client(s) will be imported", "", len(plan.rows)))
            self.text.setText(
                tr(
                    "Nothing has been stored yet. Each client gets a client code and is "
                    "recorded in the audit log, as if typed in. %Ln row(s) may be clients you "
                    "already have: see “Possible duplicates”.",
                    "",
                    duplicates,
                )
                if duplicates
                else tr(
                    "Nothing has been stored yet. Each client gets a client code and is "
                    "recorded in the audit log, as if typed in."
                )
            )
        self.refused_model.set_rows(
            _translated(REFUSED_HEADERS),
            [(str(r.line), r.name or "—", _problem_lines(r.problems)) for r in plan.refused],
            [{2: _problem_lines(r.problems)} for r in plan.refused],
        )
        if refused <= MAX_ROWS_SIZED:
            self.refused_view.resizeRowsToContents()
        self.duplicates_model.set_rows(
            _translated(DUPLICATE_HEADERS),
            [(str(d.line), d.name, translated(d.describe())) for d in plan.duplicates],
        )
        for view in (self.refused_view, self.duplicates_view):
            view.setColumnWidth(0, 60)
            view.setColumnWidth(1, 220)
        self.tabs.setTabText(0, tr("Refused ({count})").format(count=QLocale().toString(refused)))
        self.tabs.setTabText(
            1, tr("Possible duplicates ({count})").format(count=QLocale().toString(duplicates))
        )
        self.tabs.setCurrentIndex(0 if refused or not duplicates else 1)
        self.leave_out.setText(
            tr(
                "Leave out the %Ln possible duplicate(s) (import only the other clients)",
                "",
                duplicates,
            )
        )
        self.leave_out.setChecked(False)
        self.leave_out.setVisible(bool(duplicates) and not refused)
        self.reread_button.setVisible(bool(refused) and can_read_again)


class ClientImportDialog(QDialog):
    """File → columns and preview → dry run → import, all or nothing."""

    sig_read = Signal()
    """The file was read (or read again with another character set or separator)."""

    sig_checked = Signal(object)
    """The dry run is done: the :class:`ImportPlan`."""

    sig_imported = Signal(object)
    """The clients were imported: their ids."""

    sig_failed = Signal(str)
    """A step failed; the message shown."""

    sig_progress = Signal(int, int)
    """How many rows of how many the dry run or the import has done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import clients"))
        self.resize(1080, 720)
        with ctx.vault.session() as session:
            rules = client_import.import_rules(session)
        self.path: Path | None = None
        self._data: bytes | None = None
        self.plan: ImportPlan | None = None
        self.imported: list[int] = []
        self._busy = False
        self._generation = 0
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.sig_step.connect(self._show_progress)

        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.columns = ColumnsStep(rules, ctx.today)
        self.columns.sig_read_again.connect(lambda encoding, sep: self._read(encoding, sep))
        self.columns.sig_changed.connect(self._update_buttons)
        self.checking = CheckStep()
        self.checking.reread_button.clicked.connect(lambda: self.read_again_from_disk())
        self.checking.leave_out.toggled.connect(lambda _on: self._update_buttons())
        self.stack = QStackedWidget()
        for page in (self._file_page(), self.columns, self.checking, self._done_page()):
            self.stack.addWidget(page)

        self.progress = QProgressBar()
        self.progress.hide()
        self.back_button = QPushButton(tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.close_button = QPushButton(tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        ctx.bus.sig_about_to_lock.connect(self._before_lock)
        self._show_step(0)

    def _file_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(tr("Import clients from a CSV file"))
        title.setObjectName("cardTitle")
        intro = text_label(
            tr(
                "Export the client list of your previous program or spreadsheet as a CSV file "
                "(comma-separated values). Rapport reads it, lets you say which column holds "
                "what, and shows what it would import before anything is stored. Then every "
                "client is imported, or none: a row that cannot be imported stops the import "
                "until it is corrected in the file."
            ),
            kind="",
        )
        rules = text_label(
            tr(
                "Each client is checked like one typed in: legal first and last name and date "
                "of birth are needed, phone numbers and e-mail addresses must be valid, and a "
                "minor needs a parent or guardian who can consent. Existing clients are never "
                "changed."
            ),
        )
        self.choose_button = QPushButton(tr("Choose a CSV file…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(lambda: self.open_file())
        self.file_status = text_label("", kind="formError")
        self.file_status.hide()
        choose = QHBoxLayout()
        choose.addWidget(self.choose_button)
        choose.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(rules)
        layout.addLayout(choose)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel()
        self.done_title.setObjectName("cardTitle")
        self.done_text = text_label("", kind="")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ steps

    def step(self) -> int:
        return self.stack.currentIndex()

    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        faint = style.current().text_faint
        parts = []
        for i, name in enumerate(STEPS):
            text = f"{i + 1}&nbsp;&nbsp;{tr(name)}"
            parts.append(
                f"<b>{text}</b>" if i == index else f"<span style='color:{faint}'>{text}</span>"
            )
        self.step_label.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index, busy = self.step(), self._busy
        failed = index == 3 and not busy and not self.imported
        self.back_button.setVisible(index in (1, 2) or failed)
        self.back_button.setEnabled(not busy or index == 2)
        self.next_button.setVisible(index in (1, 2))
        self.close_button.setEnabled(True)
        if index == 3:
            self.close_button.setText(tr("Stop") if busy else tr("Close"))
        else:
            self.close_button.setText(tr("Cancel"))
        if index == 1:
            self.next_button.setText(tr("Check every row"))
            self.next_button.setEnabled(not busy and not self.columns.missing)
        elif index == 2:
            plan = self.plan
            count = self._to_import()
            can = plan is not None and plan.can_import and count > 0
            self.next_button.setText(tr("Import %Ln client(s)", "", count) if can else tr("Import"))
            self.next_button.setEnabled(can and not busy)

    def _to_import(self) -> int:
        if self.plan is None:
            return 0
        left_out = len(self.plan.duplicates) if self.checking.leave_out.isChecked() else 0
        return len(self.plan.rows) - left_out

    def go_next(self) -> None:
        if self.step() == 1:
            self.check()
        elif self.step() == 2:
            self.run()

    def go_back(self) -> None:
        self._generation += 1  # a dry run still running is no longer wanted
        self._set_busy(False)
        self._show_step(max(0, self.step() - 1))

    def _set_busy(self, busy: bool, maximum: int = 0) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, maximum)
        self.progress.setValue(0)
        self.choose_button.setEnabled(not busy)
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if self._busy:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(
                tr("{done} of %Ln row(s)", "", total).format(done=QLocale().toString(done))
            )
        self.sig_progress.emit(done, total)

    # ------------------------------------------------------------------ reading

    def open_file(self, path: Path | None = None) -> bool:
        """Read a CSV file chosen by the clinician (or ``path``); False if none was chosen."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("Import clients"),
                "",
                tr("CSV files (*.csv *.txt *.tsv);;All files (*)"),
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return False
            path = Path(name)
        self.path = path
        self._data = None
        self._read(None, None)
        return True

    def read_again_from_disk(self) -> None:
        """Read the file again (corrected meanwhile), keeping the choices made for its columns."""
        if self.path is not None and not self._busy:
            self._data = None
            self._read(*self.columns.reading_choice())

    def _read(self, encoding: str | None, delimiter: str | None) -> None:
        """Read the file (its bytes already in memory, or from disk) off the GUI thread."""
        data, path = self._data, self.path
        if data is None and path is None:
            return
        self._generation += 1
        generation = self._generation
        self._set_busy(True)

        def read() -> tuple[bytes, Table]:
            content = data
            if content is None:
                assert path is not None
                # One byte past the limit is enough for the core to refuse a file too large.
                with path.open("rb") as stream:
                    content = stream.read(client_import.MAX_IMPORT_BYTES + 1)
            return content, client_import.read_table(content, encoding, delimiter)

        def done(result: tuple[bytes, Table]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._set_busy(False)
            self._data, table = result
            self.file_status.hide()
            name = path.name if path is not None else tr("The file")
            self.columns.show_table(name, table, keep_choices=encoding is not None)
            self._show_step(1)
            self.sig_read.emit()

        def failed(exc: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._set_busy(False)
            if not isinstance(exc, (OSError, RapportError)):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            reason = exc.message if isinstance(exc, RapportError) else str(exc)
            if path is not None:
                message = tr("{file} cannot be imported. {reason}").format(
                    file=path.name, reason=reason
                )
            else:
                message = tr("The file cannot be imported. {reason}").format(reason=reason)
            if self.step() == 0:
                self.file_status.setText(message)
                self.file_status.show()
            else:
                self.columns.show_problem(message)
            self.sig_failed.emit(message)

        self.ctx.tasks.run(read, done, failed)

    # ------------------------------------------------------------------ the dry run

    def check(self) -> None:
        """Check every row off the GUI thread (the dry run); stores nothing."""
        table = self.columns.table
        if table is None or self._busy or self.columns.missing:
            return
        mapping, options = self.columns.mapping_choice(), self.columns.options()
        vault, today, step = self.ctx.vault, self.ctx.today(), self._progress.sig_step.emit
        self.plan = None
        self._generation += 1
        generation = self._generation
        self.checking.show_checking()
        self._show_step(2)
        self._set_busy(True, len(table.rows))

        def plan() -> ImportPlan:
            with vault.session() as session:
                return client_import.plan_import(session, table, mapping, today, options, step)

        def done(result: ImportPlan) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.plan = result
            self.checking.show_plan(result, can_read_again=self.path is not None)
            self._set_busy(False)
            self.sig_checked.emit(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._set_busy(False)
            if not isinstance(exc, RapportError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            self.checking.show_failure(exc.message)
            self.sig_failed.emit(exc.message)

        self.ctx.tasks.run(plan, done, failed)

    # ------------------------------------------------------------------ the import

    def run(self) -> None:
        """Store the clients of the dry run, all or nothing, off the GUI thread."""
        plan = self.plan
        if plan is None or not plan.can_import or self._busy:
            return
        vault, today, step = self.ctx.vault, self.ctx.today(), self._progress.sig_step.emit
        leave_out = self.checking.leave_out.isChecked()
        stop = self._stop
        stop.clear()
        total = self._to_import()
        self._show_step(3)
        self.done_title.setText(tr("Importing %Ln client(s)…", "", total))
        self.done_text.setText(
            tr(
                "Stop to leave the practice as it was: until the last client is stored, "
                "nothing is kept."
            )
        )
        self._set_busy(True, total)

        def store() -> tuple[list[int], Changed]:
            with vault.session() as session:
                return client_import.run_import(
                    session,
                    plan,
                    today,
                    leave_out_duplicates=leave_out,
                    progress=step,
                    should_stop=stop.is_set,
                )

        def done(result: tuple[list[int], Changed]) -> None:
            ids, changed = result
            self.ctx.bus.publish(changed)
            if not isValid(self):
                return
            self.imported = ids
            self._set_busy(False)
            self.done_title.setText(tr("%Ln client(s) imported", "", len(ids)))
            self.done_text.setText(
                tr(
                    "They are in the client list now, each with a client code. The import is "
                    "recorded in the audit log. The CSV file was not changed: delete it if it "
                    "should not stay on this computer."
                )
            )
            self.sig_imported.emit(ids)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            if not isinstance(exc, RapportError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            self.done_title.setText(tr("Nothing was imported"))
            self.done_text.setText(exc.message)
            self.sig_failed.emit(exc.message)

        self.ctx.tasks.run(store, done, failed)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self._busy and self.step() == 3:
            self._stop.set()  # the import raises, and its transaction is rolled back
            self.close_button.setEnabled(False)
            self.close_button.setText(tr("Stopping…"))
            return
        self._forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy and self.step() == 3:
            self._stop.set()
            event.ignore()
            return
        self._forget()
        super().closeEvent(event)

    def _before_lock(self) -> None:
        self._stop.set()
        if self._busy and self.step() == 3:
            # The import stops at its next row and rolls back; the key must outlive it.
            self.ctx.tasks.wait(LOCK_WAIT_MS)
        self._forget()

    def _forget(self) -> None:
        """Drop the file's contents and everything shown from it."""
        self._generation += 1
        self._data = None
        self.plan = None
        if isValid(self):
            self.columns.clear()
            self.checking.clear()


def open_import_dialog(ctx: AppContext, parent: QWidget | None) -> ClientImportDialog:
    """Show the import dialog (window-modal)."""
    dialog = ClientImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
