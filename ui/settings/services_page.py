"""Settings → Services: what the practice offers, and the working week.

A service in use is retired rather than deleted, so past appointments keep it.
The individual and couples fees and the consultation length here are the ones
the consent form quotes.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import calendar
from app.calendar import SchedulePolicy, ServiceInfo, ServiceInput
from app.changes import Changed
from app.errors import RapportError, ValidationError
from app.models import ServiceKind
from app.money import parse_money
from app.words import said
from ui import style
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

KIND_LABELS = {
    ServiceKind.CONSULTATION: marked("Free consultation (enquiries)"),
    ServiceKind.INTAKE: marked("Intake assessment"),
    ServiceKind.INDIVIDUAL: marked("Individual session"),
    ServiceKind.COUPLES: marked("Couples session"),
    ServiceKind.OTHER: marked("Other"),
}


def _fee_text(service: ServiceInfo) -> str:
    if not service.billable:
        return tr("no charge")
    return tr("not set") if service.fee is None else f"{service.fee:.2f}"


class ServiceDialog(QDialog):
    """Add or edit one service."""

    def __init__(
        self, ctx: AppContext, service: ServiceInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.setWindowTitle(tr("New service") if service is None else tr("Edit service"))
        self.name = QLineEdit(service.name if service else "")
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), str(kind))
        self.duration = QSpinBox()
        self.duration.setRange(calendar.MIN_DURATION, calendar.MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(tr(" min"))
        self.duration.setValue(service.duration_minutes if service else 50)
        self.fee = QLineEdit("" if service is None or service.fee is None else f"{service.fee:.2f}")
        self.fee.setPlaceholderText(tr("e.g. 150.00 — leave empty if not set yet"))
        self.billable = QCheckBox(tr("Billable (charged and invoiced)"))
        self.billable.setChecked(service.billable if service else True)
        self.code = QLineEdit(service.procedure_code if service else "")
        self.code.setPlaceholderText(tr("e.g. 90834 (optional)"))
        self.code.setMaxLength(20)
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 120)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(tr(" min"))
        self.buffer.setValue(service.buffer_after_minutes if service else 10)
        self.colour = service.colour if service else "#4f7cac"
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(tr("Colour"))
        self.colour_button.clicked.connect(self.choose_colour)
        self._show_colour()
        if service is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(service.kind))))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Length"), self.duration)
        form.addRow(tr("Fee"), self.fee)
        form.addRow("", self.billable)
        form.addRow(tr("Procedure code"), self.code)
        form.addRow(tr("Buffer after"), self.buffer)
        form.addRow(tr("Colour"), self.colour_button)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        # Its own background hides the style's focus frame: a border in the focus colour
        # shows where the keyboard is instead.
        self.colour_button.setStyleSheet(
            f"QPushButton {{ background: {self.colour}; color: white; padding: 4px 12px;"
            f" border: 2px solid {self.colour}; border-radius: 4px; }}"
            f"QPushButton:focus {{ border-color: {style.current().focus}; }}"
        )

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, tr("Colour in the calendar"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def data(self) -> ServiceInput:
        text = self.fee.text().strip()
        try:
            fee = parse_money(text, self.ctx.money_locale()) if text else None
        except ValueError as exc:
            raise ValidationError({"fee": said(exc)}) from None
        return ServiceInput(
            name=self.name.text(),
            duration_minutes=self.duration.value(),
            fee=fee,
            billable=self.billable.isChecked(),
            kind=ServiceKind(self.kind.currentData()),
            procedure_code=self.code.text(),
            colour=self.colour,
            buffer_after_minutes=self.buffer.value(),
        )

    def save(self) -> None:
        try:
            data = self.data()
            with self.ctx.vault.session() as session:
                if self.service is None:
                    calendar.create_service(session, data)
                else:
                    calendar.update_service(session, self.service.id, data)
        except ValidationError as exc:
            self.message.setText(" ".join(exc.problems.values()))
            return
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.CALENDAR | Changed.SETTINGS | Changed.CONSENT)


class HoursBox(QGroupBox):
    """Working hours per weekday and the minimum gap between appointments."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Working hours"))
        self.ctx = ctx
        grid = QGridLayout()
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for row, name in enumerate(calendar.DAY_NAMES):
            works = QCheckBox(tr(name))
            start, end = QTimeEdit(), QTimeEdit()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            works.toggled.connect(start.setEnabled)
            works.toggled.connect(end.setEnabled)
            grid.addWidget(works, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(QLabel(tr("to")), row, 2)
            grid.addWidget(end, row, 3)
            self.days.append((works, start, end))
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 120)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(tr(" min"))
        self.save_button = QPushButton(tr("Save working hours"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        gap = QHBoxLayout()
        gap.addWidget(QLabel(tr("At least")))
        gap.addWidget(self.buffer)
        gap.addWidget(QLabel(tr("between appointments")))
        gap.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(gap)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            policy = calendar.schedule_policy(session)
        for (works, start, end), hours in zip(self.days, policy.hours, strict=True):
            works.setChecked(hours is not None)
            first, last = hours or (time(9), time(17))
            start.setTime(QTime(first.hour, first.minute))
            end.setTime(QTime(last.hour, last.minute))
            start.setEnabled(hours is not None)
            end.setEnabled(hours is not None)
        self.buffer.setValue(policy.min_buffer_minutes)

    def policy(self) -> SchedulePolicy:
        hours = []
        for works, start, end in self.days:
            first, last = start.time(), end.time()
            hours.append(
                (time(first.hour(), first.minute()), time(last.hour(), last.minute()))
                if works.isChecked()
                else None
            )
        return SchedulePolicy(tuple(hours), self.buffer.value())

    def save(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                changed = calendar.set_schedule_policy(session, self.policy())
        except ValidationError as exc:
            self.status.setText(" ".join(exc.problems.values()))
            self.status.setObjectName("formError")
            self.status.setStyle(self.status.style())
            return
        self.status.setObjectName("hint")
        self.status.setStyle(self.status.style())
        self.status.setText(tr("Saved."))
        self.ctx.bus.publish(changed | Changed.CALENDAR)


class ServicesSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ServiceDialog | None = None
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [tr("Service"), tr("Length"), tr("Fee"), tr("Code", "procedure code"), tr("Buffer"), ""]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit())  # Enter, double-click
        self.show_retired = QCheckBox(tr("Show retired services"))
        self.show_retired.toggled.connect(lambda _on: self.load())
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.retire_button = QPushButton(tr("Retire"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.retire_button.clicked.connect(self.retire_or_restore)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        services = QGroupBox(tr("Services"))
        box = QVBoxLayout(services)
        box.addWidget(
            text_label(
                tr(
                    "What you offer, how long it takes and what it costs. The individual and "
                    "couples fees and the consultation length are also what the consent form "
                    "quotes. A free consultation is the only service an enquiry can be booked for."
                )
            )
        )
        box.addWidget(self.table, 1)
        button_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            button_row.addWidget(button)
        button_row.addStretch(1)
        button_row.addWidget(self.show_retired)
        box.addLayout(button_row)
        self.hours = HoursBox(ctx)
        layout = QHBoxLayout(self)
        layout.addWidget(services, 3)
        layout.addWidget(self.hours, 2)
        ctx.bus.sig_changed.connect(
            lambda changed: self.load() if changed & Changed.CALENDAR else None
        )
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            self.services = calendar.services(
                session, include_archived=self.show_retired.isChecked()
            )
        self.table.setRowCount(len(self.services))
        for row, service in enumerate(self.services):
            name = (
                tr("{service} (retired)").format(service=service.name)
                if service.archived
                else service.name
            )
            values = [
                name,
                tr("{minutes} min").format(minutes=service.duration_minutes),
                _fee_text(service),
                service.procedure_code or "—",
                tr("{minutes} min").format(minutes=service.buffer_after_minutes),
                "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, service.id)
                if column == 5:
                    item.setBackground(QColor(service.colour))
                    item.setToolTip(
                        tr("Colour in the calendar: {colour}").format(colour=service.colour)
                    )
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> ServiceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.services[rows[0].row()]

    def _update_buttons(self) -> None:
        service = self.selected()
        self.edit_button.setEnabled(service is not None)
        self.retire_button.setEnabled(service is not None)
        self.retire_button.setText(tr("Restore") if service and service.archived else tr("Retire"))

    def add(self) -> ServiceDialog:
        self.dialog = ServiceDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit(self) -> ServiceDialog | None:
        service = self.selected()
        if service is None:
            return None
        self.dialog = ServiceDialog(self.ctx, service, self)
        self.dialog.open()
        return self.dialog

    def retire_or_restore(self) -> None:
        service = self.selected()
        if service is None:
            return
        with self.ctx.vault.session() as session:
            changed = calendar.archive_service(session, service.id, not service.archived)
        self.ctx.bus.publish(changed | Changed.CALENDAR)
