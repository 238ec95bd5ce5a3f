"""Showing, saving and printing PDFs made in memory: no plain copy is left in a temporary folder.

Printing draws each PDF page, rendered by PDFium at the printer's resolution,
onto the printer chosen in the print dialog. Saving writes only where the
clinician chose. Qt's own file dialog is used, because the desktop's native one
may add the file to a "recent files" list outside Rapport's control.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.paths import atomic_write
from ui.i18n import tr

FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def save_pdf(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Ask where to save ``data`` and write it there; returns the path, or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save PDF"),
        str(Path(folder) / suggested_name),
        tr("PDF documents (*.pdf)"),
        options=FILE_DIALOG_OPTIONS,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        atomic_write(path, data)
    except Exception as exc:
        QMessageBox.warning(
            parent,
            tr("Not saved"),
            tr("The PDF could not be saved there.\n\n{reason}").format(reason=exc),
        )
        return None
    return path


#: QImage formats for PDFium's bitmaps (with ``rev_byteorder``), by channel count.
_PIXEL_LAYOUTS = {
    3: QImage.Format.Format_RGB888,
    4: QImage.Format.Format_RGBA8888,
}


def render_page_images(data: bytes, dpi: int) -> list[QImage]:
    """Each page of the PDF as an image at ``dpi``."""
    import pypdfium2  # loaded for the first preview or print

    images = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=True)
            # PDFium draws an opaque page as RGB, one with transparency as RGBA.
            layout = _PIXEL_LAYOUTS[bitmap.n_channels]
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, layout
            ).copy()
            if image.isNull():
                raise ValueError(f"Page {index + 1} of the PDF could not be drawn.")
            images.append(image)
            with contextlib.suppress(Exception):
                bitmap.close()
                page.close()
    finally:
        pdf.close()
    return images


def print_pdf(parent: QWidget | None, data: bytes, title: str) -> bool:
    """Show the print dialog and print ``data``; True if it was sent to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print {title}").format(title=title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, data)
    return True


def paint_pdf(printer: QPrinter, data: bytes) -> None:
    """Draw every page of ``data`` onto ``printer``, each scaled to fit its page."""
    dpi = min(300, max(150, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for number, image in enumerate(render_page_images(data, dpi)):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()


#: Preview pages are drawn at this many dots per inch (times the screen's pixel ratio).
PREVIEW_DPI = 80


def preview_images(data: bytes, pixel_ratio: float = 1.0) -> list[QImage]:
    """The PDF's pages as the preview shows them."""
    images = render_page_images(data, round(PREVIEW_DPI * pixel_ratio))
    for image in images:
        image.setDevicePixelRatio(pixel_ratio)
    return images


class DocumentPreview(QDialog):
    """A PDF's pages on screen, with Print (Ctrl+P) and Save as PDF (Ctrl+S)."""

    def __init__(
        self, data: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.title = title
        self.file_name = file_name
        self.setWindowTitle(title)
        self.resize(780, 900)
        pages = QWidget()
        pages.setObjectName("previewPages")  # its backdrop: ui.style
        column = QVBoxLayout(pages)
        column.setSpacing(16)
        column.setContentsMargins(16, 16, 16, 16)
        ratio = self.devicePixelRatioF()
        self.pages = preview_images(data, ratio)
        for number, image in enumerate(self.pages, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(
                tr("Page {number} of {count}").format(number=number, count=len(self.pages))
            )
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.setToolTip(tr("Print (Ctrl+P)"))
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.save_button.setToolTip(tr("Save a copy where you choose (Ctrl+S)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_document)
        count = len(self.pages)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("%n page(s)", "", count)))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def print_document(self) -> bool:
        return print_pdf(self, self.data, self.title)

    def save_document(self) -> Path | None:
        return save_pdf(self, self.data, self.file_name)
