"""The practice's letterhead details as a form (setup wizard and Settings → Practice)."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.practice import ProfileInput, time_zones
from ui.i18n import tr
from ui.widgets.forms import FieldErrors, set_lines_high


def _country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory)
    return name if name and name != "Default" else code


class ProfileForm(QWidget):
    """Name, credentials and contact details of the practice."""

    sig_edited = Signal()
    """Any field was edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()

        self.practice_name = QLineEdit()
        self.practice_name.setPlaceholderText(tr("e.g. Harbour Light Counselling"))
        self.clinician_name = QLineEdit()
        self.clinician_name.setPlaceholderText(tr("As it should appear on forms"))
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText(tr("e.g. PsyD, Licensed Psychologist"))
        self.licence_number = QLineEdit()
        self.address = QPlainTextEdit()
        set_lines_high(self.address, 4.5)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.country = QComboBox()
        for code in sorted(phonenumbers.SUPPORTED_REGIONS, key=_country_name):
            self.country.addItem(_country_name(code), code)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(sorted(time_zones()))
        completer = self.time_zone.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        who = QGroupBox(tr("Practice and clinician"))
        who_form = QFormLayout(who)
        self.errors.add_row(who_form, tr("Practice name *"), "practice_name", self.practice_name)
        self.errors.add_row(who_form, tr("Clinician *"), "clinician_name", self.clinician_name)
        self.errors.add_row(who_form, tr("Credentials"), "credentials", self.credentials)
        self.errors.add_row(who_form, tr("Licence number"), "licence_number", self.licence_number)
        self.errors.add_row(who_form, tr("Country"), "country", self.country)
        self.errors.add_row(who_form, tr("Time zone"), "time_zone", self.time_zone)

        contact = QGroupBox(tr("Contact details for letterheads"))
        contact_form = QFormLayout(contact)
        self.errors.add_row(contact_form, tr("Address"), "address", self.address)
        self.errors.add_row(contact_form, tr("Phone"), "phone", self.phone)
        self.errors.add_row(contact_form, tr("E-mail"), "email", self.email)
        self.errors.add_row(contact_form, tr("Website"), "website", self.website)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (who, contact):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)

        for line in (
            self.practice_name,
            self.clinician_name,
            self.credentials,
            self.licence_number,
            self.phone,
            self.email,
            self.website,
        ):
            line.textEdited.connect(self.sig_edited)
        self.address.textChanged.connect(self.sig_edited)
        self.country.currentIndexChanged.connect(self.sig_edited)
        self.time_zone.currentTextChanged.connect(self.sig_edited)

    def value(self) -> ProfileInput:
        return ProfileInput(
            practice_name=self.practice_name.text(),
            clinician_name=self.clinician_name.text(),
            credentials=self.credentials.text(),
            licence_number=self.licence_number.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            country=str(self.country.currentData() or ""),
            time_zone=self.time_zone.currentText(),
        )

    def set_value(self, profile: ProfileInput) -> None:
        self.practice_name.setText(profile.practice_name)
        self.clinician_name.setText(profile.clinician_name)
        self.credentials.setText(profile.credentials)
        self.licence_number.setText(profile.licence_number)
        self.address.setPlainText(profile.address)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.website.setText(profile.website)
        index = self.country.findData(profile.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        self.time_zone.setCurrentText(profile.time_zone)
        self.errors.clear()
