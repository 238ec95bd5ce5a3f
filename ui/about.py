"""Help → About: what Rapport is, which version, and where the practice is kept."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import __version__
from ui.i18n import marked, tr
from ui.style import icon

DESCRIPTION = marked("Offline, encrypted practice software for solo psychotherapists.")
PRIVACY = marked(
    "<b>Nothing leaves this computer: Rapport never connects to the internet, and the "
    "practice is kept in one encrypted file.</b>"
)
#: The licence declared in pyproject.toml (a test keeps the two in step).
LICENCE = "GPL-3.0-or-later"
LICENCE_NAME = marked("GNU General Public License, version 3 or later")


class AboutDialog(QDialog):
    """Name, version, a line on what it is and on privacy, the data folder, the licence."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Rapport"))
        self.setObjectName("aboutDialog")

        logo = QLabel()
        logo.setPixmap(icon("rapport").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title = QLabel(tr("<h2>Rapport {version}</h2>").format(version=escape(__version__)))
        self.description = QLabel(tr(DESCRIPTION))
        self.privacy = QLabel(tr(PRIVACY))
        self.privacy.setWordWrap(True)
        self.data_folder = QLabel(tr("Data folder: {folder}").format(folder=escape(str(data_dir))))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        self.licence = QLabel(
            tr("Licence: {licence} ({identifier}).").format(
                licence=tr(LICENCE_NAME), identifier=LICENCE
            )
        )
        self.licence.setWordWrap(True)

        text = QVBoxLayout()
        for label in (self.title, self.description, self.privacy, self.data_folder, self.licence):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
