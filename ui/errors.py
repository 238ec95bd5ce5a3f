"""Unexpected errors: a calm message for the clinician, a scrubbed report in the log."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app import logs
from ui.i18n import tr


class ErrorReporter:
    """Installed as ``sys.excepthook`` while the GUI runs."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False
        self.shown = 0
        self.box: QMessageBox | None = None

    def _closed(self) -> None:
        self._showing = False
        self.box = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        logs.log_exception(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        self.shown += 1
        try:
            advice = tr(
                "What you had saved is safe. The last action may not have finished; please "
                "check it and try again."
            )
            if self.log_path:
                where = tr(
                    "A technical report (without any client data) was written to:\n{path}"
                ).format(path=self.log_path)
                advice = f"{advice}\n\n{where}"
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("Something went wrong"))
            box.setText(tr("Rapport ran into an unexpected problem."))
            box.setInformativeText(advice)
            box.finished.connect(self._closed)
            box.open()
            self.box = box
        except Exception:
            self._showing = False
