"""Settings → Note templates: the shapes notes are written in (SOAP, DAP, BIRP … and your own).

A shipped template is never changed: editing one saves a copy under a new
name. A template in use is retired, not deleted, so old notes keep their shape.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import notes
from app.changes import Changed
from app.errors import RapportError
from app.models import NoteKind
from app.notes import NoteTemplateInfo, TemplateSection
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

KIND_LABELS = {
    NoteKind.PROGRESS: marked("Session note (part of the record)"),
    NoteKind.PSYCHOTHERAPY: marked("Process notes (private)"),
}


class TemplateDialog(QDialog):
    """A template's name, kind and sections (title and prompt each)."""

    def __init__(
        self,
        ctx: AppContext,
        template: NoteTemplateInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        copy = template is not None and template.builtin
        self.setWindowTitle(
            tr("New note template")
            if template is None
            else tr("Copy of {template}").format(template=template.name)
            if copy
            else tr("Edit {template}").format(template=template.name)
        )
        self.resize(640, 520)
        self.name = QLineEdit(
            ""
            if template is None
            else tr("{template} (mine)").format(template=template.name)
            if copy
            else template.name
        )
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), str(kind))
        if template is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(template.kind))))
        self.sections = QTableWidget(0, 2)
        self.sections.setHorizontalHeaderLabels(
            [tr("Section"), tr("Prompt (shown in the empty box)")]
        )
        self.sections.verticalHeader().setVisible(False)
        self.sections.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sections.setColumnWidth(0, 180)
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for section in template.sections if template else ():
            self._add_row(section.title, section.prompt, section.key)
        if template is None:
            self._add_row(tr("Notes"), "")
        add = QPushButton(tr("Add section"))
        remove = QPushButton(tr("Remove section"))
        up = QPushButton(tr("Move up"))
        down = QPushButton(tr("Move down"))
        add.clicked.connect(lambda: self._add_row("", ""))
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        row = QHBoxLayout()
        for button in (add, remove, up, down):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        if copy:
            layout.addWidget(
                text_label(tr("Shipped templates stay as they are: this saves your own copy."))
            )
        layout.addLayout(form)
        layout.addWidget(self.sections, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _add_row(self, title: str, prompt: str, key: str = "") -> None:
        row = self.sections.rowCount()
        self.sections.insertRow(row)
        item = QTableWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sections.setItem(row, 0, item)
        self.sections.setItem(row, 1, QTableWidgetItem(prompt))

    def _remove_row(self) -> None:
        row = self.sections.currentRow()
        if row >= 0:
            self.sections.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.sections.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sections.rowCount():
            return
        taken = [self.sections.takeItem(row, column) for column in range(2)]
        others = [self.sections.takeItem(target, column) for column in range(2)]
        for column in range(2):
            self.sections.setItem(target, column, taken[column])
            self.sections.setItem(row, column, others[column])
        self.sections.setCurrentCell(target, 0)

    def values(self) -> list[TemplateSection]:
        sections = []
        for row in range(self.sections.rowCount()):
            title_item = self.sections.item(row, 0)
            prompt_item = self.sections.item(row, 1)
            title = title_item.text() if title_item is not None else ""
            key = title_item.data(Qt.ItemDataRole.UserRole) if title_item is not None else ""
            prompt = prompt_item.text() if prompt_item is not None else ""
            sections.append(TemplateSection(str(key or ""), title, prompt))
        return sections

    def save(self) -> None:
        template = self.template
        own_id = template.id if template is not None and not template.builtin else None
        try:
            with self.ctx.vault.session() as session:
                notes.save_template(
                    session,
                    self.name.text(),
                    NoteKind(self.kind.currentData()),
                    self.values(),
                    own_id,
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.NOTES)


class NoteTemplatesSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: TemplateDialog | None = None
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.show_retired = QCheckBox(tr("Show retired templates"))
        self.show_retired.toggled.connect(lambda _on: self.load())
        self.new_button = QPushButton(tr("New template…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.retire_button = QPushButton(tr("Retire"))
        self.new_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.retire_button.clicked.connect(self.retire_or_restore)
        self.list.currentItemChanged.connect(lambda _a, _b: self._selected_changed())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)
        lists = QHBoxLayout()
        lists.addWidget(self.list, 1)
        lists.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "The sections a note is written in, each with a prompt shown in its empty "
                    "box. Shipped templates are kept as they are; editing one saves your own copy."
                )
            )
        )
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        ctx.bus.sig_changed.connect(
            lambda changed: self.load() if changed & Changed.NOTES else None
        )
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            self.templates = notes.templates(
                session, include_archived=self.show_retired.isChecked()
            )
        self.list.clear()
        for template in self.templates:
            label = template.name
            if template.kind == NoteKind.PSYCHOTHERAPY:
                label = tr("{template} — private").format(template=label)
            if template.builtin:
                label = tr("{template} (shipped)").format(template=label)
            if template.archived:
                label = tr("{template} (retired)").format(template=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        if self.templates:
            self.list.setCurrentRow(0)
        self._selected_changed()

    def selected(self) -> NoteTemplateInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        template_id = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == template_id), None)

    def _selected_changed(self) -> None:
        template = self.selected()
        self.edit_button.setEnabled(template is not None)
        self.retire_button.setEnabled(template is not None)
        if template is None:
            self.preview.clear()
            return
        self.edit_button.setText(tr("Copy and edit…") if template.builtin else tr("Edit…"))
        self.retire_button.setText(tr("Restore") if template.archived else tr("Retire"))
        self.preview.setText("\n\n".join(f"{s.title}\n    {s.prompt}" for s in template.sections))

    def add(self) -> TemplateDialog:
        self.dialog = TemplateDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit(self) -> TemplateDialog | None:
        template = self.selected()
        if template is None:
            return None
        self.dialog = TemplateDialog(self.ctx, template, self)
        self.dialog.open()
        return self.dialog

    def retire_or_restore(self) -> None:
        template = self.selected()
        if template is None:
            return
        with self.ctx.vault.session() as session:
            changed = notes.archive_template(session, template.id, not template.archived)
        self.ctx.bus.publish(changed | Changed.NOTES)
