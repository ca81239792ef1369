"""One way to set up a page for a document the window writes as PDF or prints.

Sizes on paper are set in the paper's own units: the page and its margins in millimetres, fonts
in points (``QFont.setPointSizeF``), and a QTextDocument laid out against the device itself, so
a point is a point whatever the device's resolution. Text drawn at 0.7–5.8 pt came from mixing
the two: a document laid out at the screen's resolution, or a font given in pixels, drawn on a
300 or 1200 dpi page. Body text is :data:`BODY_POINTS`; nothing is under :data:`FOOTER_POINTS`.
Every page gets a footer: the document's title on the left, "Page x of y" on the right.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

BODY_POINTS = 10.5  # body text; headings in the HTML are relative to it
FOOTER_POINTS = 9.0  # the smallest text on a page
# Device pixels per inch of a written PDF. Lengths the HTML gives in pixels (cell padding,
# borders) come out at 150 dpi about as on screen; text and page are in points and millimetres.
RESOLUTION = 150
# Told (done, total) between pages; it may raise Cancelled (the caller writes aside).
Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    pass


def pdf_writer(
    path: Path,
    title: str,
    *,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    landscape: bool = False,
    margin_mm: float = 20.0,
) -> QPdfWriter:
    """A PDF writer with the page, its margins (mm) and the resolution set."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("FredApp")
    writer.setResolution(RESOLUTION)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(QPageSize(page), orientation, margins, QPageLayout.Unit.Millimeter)
    )
    return writer


def font(points: float = BODY_POINTS, *, bold: bool = False) -> QFont:
    """The application's font family at ``points`` points."""
    result = QFont()
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


def page_text(page: int, pages: int) -> str:
    return (
        QCoreApplication.translate("DocumentPage", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )


def footer_height(device: QPagedPaintDevice) -> float:
    """Device pixels kept free at the foot of every page for :func:`paint_footer`."""
    return QFontMetricsF(font(FOOTER_POINTS), device).height() * 2.0


def paint_footer(painter: QPainter, title: str, page: int, pages: int) -> None:
    """The title and "Page x of y" at the foot of the page's printable area."""
    device = painter.device()
    painter.save()
    painter.resetTransform()
    painter.setClipping(False)
    painter.setFont(font(FOOTER_POINTS))
    painter.setPen(QColor("black"))
    height = footer_height(device)  # type: ignore[arg-type]
    rect = QRectF(0, device.height() - height, device.width(), height)
    bottom = Qt.AlignmentFlag.AlignBottom
    text = page_text(page, pages)
    right = QFontMetricsF(painter.font(), device).horizontalAdvance(text) * 1.2
    left = QRectF(rect.left(), rect.top(), max(0.0, rect.width() - right), rect.height())
    shown = QFontMetricsF(painter.font(), device).elidedText(
        title, Qt.TextElideMode.ElideRight, left.width()
    )
    painter.drawText(left, Qt.AlignmentFlag.AlignLeft | bottom, shown)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | bottom, text)
    painter.restore()


def print_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    title: str = "",
    progress: Progress = _no_progress,
) -> int:
    """Lay ``document`` out on ``device``'s printable area and draw it page by page.

    The layout measures fonts on the device, so a font of 10 pt is 10 pt on paper; the text
    fills the printable width; ``progress(done, total)`` is called between pages. Returns the
    number of pages.
    """
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    try:
        document.setDefaultFont(font())
        document.setDocumentMargin(0)
        page = QSizeF(device.width(), device.height() - footer_height(device))
        document.setPageSize(page)
        pages = document.pageCount()  # lays the whole document out
        progress(0, pages)
        painter = QPainter()
        if not painter.begin(device):
            return 0
        try:
            for index in range(pages):
                if index:
                    device.newPage()
                view = QRectF(0, index * page.height(), page.width(), page.height())
                painter.save()
                painter.translate(0, -view.top())
                painter.setClipRect(view)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = view
                context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
                layout.draw(painter, context)
                painter.restore()
                paint_footer(painter, title, index + 1, pages)
                progress(index + 1, pages)
        finally:
            painter.end()
        return pages
    finally:
        layout.setPaintDevice(None)  # type: ignore[arg-type]


__all__ = [
    "BODY_POINTS",
    "FOOTER_POINTS",
    "RESOLUTION",
    "font",
    "footer_height",
    "page_text",
    "paint_footer",
    "pdf_writer",
    "print_document",
]
