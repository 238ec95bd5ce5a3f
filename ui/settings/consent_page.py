"""Settings → Consent: the fees and policies the form quotes, and its versioned templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import consent
from app.changes import Changed
from app.consent import PLACEHOLDERS, Section, TemplateVersion
from app.errors import ValidationError
from app.models import ConsentAudience
from app.practice import FeePolicyInput, fee_policy, set_fee_policy
from ui import style
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.forms import FieldErrors
from ui.widgets.labels import text_label

AUDIENCES = {
    ConsentAudience.ADULT: marked("Adult clients"),
    ConsentAudience.GUARDIAN: marked("A parent or guardian, for a minor"),
}
#: How each kind of change between two versions is headed.
CHANGE_LABELS = {
    "added": marked("Added: {section}"),
    "removed": marked("Removed: {section}"),
    "changed": marked("Changed: {section}"),
}


def _day(moment: datetime) -> str:
    """``05 Mar 2027``, in the window's language."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy")


def _money_text(value: object) -> str:
    return "" if value is None else f"{value}"


class FeesBox(QGroupBox):
    """Fees and the cancellation policy, as the consent form quotes them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Fees and policies quoted in the consent form"))
        self.ctx = ctx
        self.errors = FieldErrors()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, caption, hint in (
            ("fee_individual", tr("Individual session fee"), tr("e.g. 150.00")),
            ("fee_couples", tr("Couples session fee"), tr("e.g. 180.00")),
            ("late_cancel_hours", tr("Late cancellation: notice under (hours)"), tr("e.g. 24")),
            ("late_cancel_fee", tr("Late cancellation fee"), tr("e.g. 75.00")),
            ("no_show_fee", tr("Missed session fee"), tr("e.g. 150.00")),
            ("free_consultation_minutes", tr("Free first consultation (minutes)"), tr("e.g. 30")),
            ("currency_symbol", tr("Currency symbol"), "$, €, £ …"),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(180)
            self.fields[name] = edit
            self.errors.add_row(form, caption, name, edit)
        self.save_button = QPushButton(tr("Save fees and policies"))
        self.save_button.setObjectName("primary")
        self.status = QLabel()
        self.status.setObjectName("hint")
        form.addRow(self.save_button, self.status)
        self.save_button.clicked.connect(self.save)
        # The session fees and the consultation's length are the services' own.
        ctx.bus.sig_changed.connect(
            lambda changed: self.load() if changed & Changed.CALENDAR else None
        )
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            policy = fee_policy(session)
        for name, edit in self.fields.items():
            edit.setText(_money_text(getattr(policy, name)))

    def value(self) -> FeePolicyInput:
        return FeePolicyInput(**{name: edit.text() for name, edit in self.fields.items()})

    def save(self) -> None:
        try:
            policy = self.value().cleaned(self.ctx.money_locale())
            with self.ctx.vault.session() as session:
                changed = set_fee_policy(session, policy)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            self.status.setText(tr("Nothing was saved: please correct the fields marked in red."))
            return
        self.errors.clear()
        self.status.setText(tr("Saved. The consent text below uses the new values."))
        self.ctx.bus.publish(changed | Changed.CALENDAR)
        self.load()


def _preview_html(sections: list[consent.RenderedSection]) -> str:
    parts = []
    accent = style.current().accent_text
    for title, text, needs_initials in sections:
        body = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
        heading = (
            tr("{title} <span style='color:{colour}'>[initials]</span>").format(
                title=escape(title), colour=accent
            )
            if needs_initials
            else escape(title)
        )
        parts.append(f"<h3>{heading}</h3>{body}")
    return "".join(parts)


class TemplateEditor(QDialog):
    """Edit a template; saving makes a new version (the old one stays, as signed)."""

    def __init__(
        self, ctx: AppContext, template: TemplateVersion, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.setWindowTitle(
            tr("Edit consent template — new version after {version}").format(
                version=template.version
            )
        )
        self.resize(920, 640)
        self.sections = list(template.sections)
        self.list = QListWidget()
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.needs_initials = QCheckBox(tr("The client initials this section"))
        self.add_button = QPushButton(tr("Add section"))
        self.remove_button = QPushButton(tr("Remove section"))
        self.up_button = QPushButton(tr("Move up"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        help_text = tr("Placeholders, filled from Settings: {placeholders}").format(
            placeholders=", ".join("{" + name + "}" for name in PLACEHOLDERS)
        )
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        right = QFormLayout()
        right.addRow(tr("Title"), self.title)
        right.addRow(self.body)
        right.addRow(self.needs_initials)
        right.addRow(text_label(help_text))
        left_box, right_box = QWidget(), QWidget()
        left_box.setLayout(left)
        right_box.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save as new version"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.current = -1
        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(self.move_up)
        self._refill(0)

    def _refill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for section in self.sections:
            self.list.addItem(section.title or tr("(untitled)"))
        self.list.blockSignals(False)
        self.current = -1
        if self.sections:
            self.list.setCurrentRow(max(0, min(row, len(self.sections) - 1)))

    def _store(self) -> None:
        if 0 <= self.current < len(self.sections):
            self.sections[self.current] = replace(
                self.sections[self.current],
                title=self.title.text(),
                body=self.body.toPlainText(),
                needs_initials=self.needs_initials.isChecked(),
            )
            item = self.list.item(self.current)
            if item is not None:
                item.setText(self.title.text() or tr("(untitled)"))

    def _select(self, row: int) -> None:
        self._store()
        self.current = row
        if 0 <= row < len(self.sections):
            section = self.sections[row]
            self.title.setText(section.title)
            self.body.setPlainText(section.body)
            self.needs_initials.setChecked(section.needs_initials)

    def add_section(self) -> None:
        self._store()
        self.sections.append(Section(key="", title=tr("New section"), body=""))
        self._refill(len(self.sections) - 1)

    def remove_section(self) -> None:
        if 0 <= self.current < len(self.sections):
            del self.sections[self.current]
            self._refill(self.current)

    def move_up(self) -> None:
        self._store()
        row = self.current
        if row > 0:
            self.sections[row - 1], self.sections[row] = self.sections[row], self.sections[row - 1]
            self._refill(row - 1)

    def submit(self) -> None:
        self._store()
        try:
            with self.ctx.vault.session() as session:
                consent.save_new_version(
                    session, self.template.audience, self.template.name, self.sections
                )
        except ValidationError as exc:
            problems = " ".join(exc.problems.values())
            self.message.setText(tr("Not saved: {problems}").format(problems=problems))
            return
        self.accept()


class CompareDialog(QDialog):
    """What changed between two versions of a template."""

    def __init__(
        self, ctx: AppContext, versions: list[TemplateVersion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What changed"))
        self.resize(820, 600)
        self.versions = sorted(versions, key=lambda v: v.version)
        versions = self.versions
        self.old = QComboBox()
        self.new = QComboBox()
        for v in versions:
            label = tr("Version {number} — {date}").format(
                number=v.version, date=_day(v.created_at)
            )
            self.old.addItem(label, v.id)
            self.new.addItem(label, v.id)
        self.old.setCurrentIndex(max(0, len(versions) - 2))
        self.new.setCurrentIndex(len(versions) - 1)
        self.view = QTextBrowser()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("From")))
        row.addWidget(self.old)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.new)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.old.currentIndexChanged.connect(self.show_changes)
        self.new.currentIndexChanged.connect(self.show_changes)
        self.show_changes()

    def show_changes(self) -> None:
        by_id = {v.id: v for v in self.versions}
        old, new = by_id[self.old.currentData()], by_id[self.new.currentData()]
        parts = []
        theme = style.current()
        for change in consent.diff(old.sections, new.sections):
            if change.kind == "unchanged":
                continue
            colour = {"added": theme.ok, "removed": theme.danger}.get(change.kind, theme.warning)
            heading = tr(CHANGE_LABELS[change.kind]).format(
                section=escape(change.title or change.old_title)
            )
            parts.append(f"<h3 style='color:{colour}'>{heading}</h3>")
            lines = [
                line
                for line in change.lines
                if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
            ]
            for line in lines:
                colour = theme.ok if line.startswith("+") else theme.danger
                parts.append(f"<div style='color:{colour}'>{escape(line)}</div>")
        self.view.setHtml("".join(parts) or tr("<p>No differences.</p>"))


class ConsentSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fees = FeesBox(ctx)
        templates = QGroupBox(tr("Consent template"))
        self.audience = QComboBox()
        for value, label in AUDIENCES.items():
            self.audience.addItem(tr(label), str(value))
        self.version = QLabel()
        self.version.setObjectName("hint")
        self.preview = QTextBrowser()
        self.edit_button = QPushButton(tr("Edit (saves a new version)…"))
        self.compare_button = QPushButton(tr("What changed…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Template for")))
        top.addWidget(self.audience)
        top.addWidget(self.version, 1)
        top.addWidget(self.compare_button)
        top.addWidget(self.edit_button)
        inner = QVBoxLayout(templates)
        inner.addLayout(top)
        inner.addWidget(
            text_label(
                tr(
                    "This is a starting point written for Rapport, not legal advice: read every "
                    "section and check it against the rules of your jurisdiction before use. "
                    "Signed consents keep the exact version they were signed on."
                )
            )
        )
        inner.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fees)
        layout.addWidget(templates, 1)
        self.audience.currentIndexChanged.connect(self.load)
        self.edit_button.clicked.connect(self.edit)
        self.compare_button.clicked.connect(self.compare)
        ctx.bus.sig_changed.connect(lambda _changed: self.load())
        self.load()

    def _versions(self) -> list[TemplateVersion]:
        audience = str(self.audience.currentData())
        with self.ctx.vault.session() as session:
            return [t for t in consent.templates(session) if t.audience == audience]

    def load(self) -> None:
        audience = str(self.audience.currentData())
        with self.ctx.vault.session() as session:
            current = consent.current_template(session, audience)
            sections = consent.rendered_sections(session, current.id) if current else []
        if current is None:
            self.version.setText(tr("No template yet."))
            self.preview.clear()
            return
        self.version.setText(
            tr("{template}, version {number} ({date})").format(
                template=current.name, number=current.version, date=_day(current.created_at)
            )
        )
        self.preview.setHtml(_preview_html(sections))
        self.compare_button.setEnabled(len(self._versions()) > 1)

    def edit(self) -> TemplateEditor | None:
        audience = str(self.audience.currentData())
        with self.ctx.vault.session() as session:
            current = consent.current_template(session, audience)
        if current is None:
            return None
        self.editor = TemplateEditor(self.ctx, current, self)
        self.editor.accepted.connect(self.load)
        self.editor.open()
        return self.editor

    def compare(self) -> None:
        self.compare_dialog = CompareDialog(self.ctx, self._versions(), self)
        self.compare_dialog.open()
