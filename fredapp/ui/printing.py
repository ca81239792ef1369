"""Ctrl+P: print what a tab shows, through the system's print dialog.

A tab that can print has ``print_view() -> bool``; :func:`print_widget` prints a widget as it
is drawn on screen, scaled to fit one landscape page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtWidgets import QWidget


def print_widget(widget: QWidget, parent: QWidget | None = None, title: str = "") -> bool:
    """Ask for a printer and print ``widget``; False when the user cancels or printing fails."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded on first print only

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent or widget)
    dialog.setWindowTitle(title or QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return render_to(printer, widget)


def render_to(printer: object, widget: QWidget) -> bool:
    """Draw ``widget`` on ``printer`` (any QPagedPaintDevice), as large as fits the page."""
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):  # type: ignore[arg-type]
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)  # type: ignore[attr-defined]
        size = widget.size()
        scale = min(page.width() / max(1, size.width()), page.height() / max(1, size.height()))
        painter.scale(scale, scale)
        QWidget.render(widget, painter, QPoint(0, 0))  # not QGraphicsView.render (scene)
    finally:
        painter.end()
    return True


__all__ = ["print_widget", "render_to"]
