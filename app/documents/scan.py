"""A scanned image (PNG or JPEG) as a one-page PDF, to preview and print like any form."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.documents.layout import PAGE_SIZE

#: Space left around the scan on the page, in points (about 10 mm).
MARGIN = 28


def image_as_pdf(image: bytes, title: str) -> bytes:
    """``image`` scaled to fit one page (turned to landscape when it is wider than tall)."""
    reader = ImageReader(io.BytesIO(image))
    width, height = reader.getSize()
    page_w, page_h = PAGE_SIZE
    if width > height:
        page_w, page_h = page_h, page_w
    scale = min((page_w - 2 * MARGIN) / width, (page_h - 2 * MARGIN) / height)
    shown_w, shown_h = width * scale, height * scale
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w, page_h), invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.drawImage(
        reader, (page_w - shown_w) / 2, (page_h - shown_h) / 2, width=shown_w, height=shown_h
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
