"""Saving and printing PDFs made in memory: no plain copy is left in a temporary folder.

Printing draws each PDF page, rendered by PDFium at the printer's resolution,
onto the printer chosen in the print dialog. Saving writes only where the
clinician chose. Qt's own file dialog is used, because the desktop's native one
may add the file to a "recent files" list outside Rapport's control.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.paths import atomic_write

FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def save_pdf(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Ask where to save ``data`` and write it there; returns the path, or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "Save PDF",
        str(Path(folder) / suggested_name),
        "PDF documents (*.pdf)",
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
        QMessageBox.warning(parent, "Not saved", f"The PDF could not be saved there.\n\n{exc}")
        return None
    return path


def render_page_images(data: bytes, dpi: int) -> list[QImage]:
    """Each page of the PDF as an image at ``dpi``."""
    images = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=True)
            width, height = bitmap.width, bitmap.height
            image = QImage(
                bytes(bitmap.buffer), width, height, bitmap.stride, QImage.Format.Format_RGBA8888
            ).copy()
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
    dialog.setWindowTitle(f"Print {title}")
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
