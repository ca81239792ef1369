"""Saving a graph (any widget) as PNG or SVG.

PNG is the widget's own pixels (``QWidget.grab``). SVG renders the widget through
``QSvgGenerator``: pyqtgraph's own SVG exporter fails on Qt 6.12 (pyqtgraph issue #3495).
Both are written beside the target first and moved into place, so a failed export never leaves a
half-written file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import write_aside
from fredapp.core.messages import QT_TR_NOOP

GRAPH_SUFFIXES = (".png", ".svg")


def export_graph(widget: QWidget, path: str | Path, title: str = "") -> Path:
    """Write ``widget`` to ``path`` as PNG or SVG, chosen by the ending; return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not suffix:
        raise ImportExportError(QT_TR_NOOP("a graph file needs the ending .png or .svg"))
    if suffix not in GRAPH_SUFFIXES:
        raise ImportExportError(
            QT_TR_NOOP("unsupported graph file type '{suffix}'; use .png or .svg"), suffix=suffix
        )

    def write(temp: Path) -> None:
        written = _write_png(widget, temp) if suffix == ".png" else _write_svg(widget, temp, title)
        if not written:
            raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))

    write_aside(path, write, suffix)
    return path


def _size(widget: QWidget) -> QSize:
    size = widget.size()
    if size.width() < 50 or size.height() < 50:  # never shown: use what it would like to be
        size = widget.sizeHint().expandedTo(QSize(800, 500))
        widget.resize(size)
    return size


def _write_png(widget: QWidget, path: Path) -> bool:
    _size(widget)
    return widget.grab().save(str(path), "PNG")


def _write_svg(widget: QWidget, path: Path, title: str) -> bool:
    size = _size(widget)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or widget.accessibleName())
    generator.setDescription(widget.accessibleDescription() or widget.accessibleName())
    painter = QPainter()
    if not painter.begin(generator):
        return False
    try:
        if isinstance(widget, QGraphicsView):
            # The stub wants an offset after a painter, but QGraphicsView.render refuses one.
            widget.render(painter)  # type: ignore[call-overload]
        else:  # a widget around a plot (TrendPlot): its children paint through the painter
            widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return path.is_file() and path.stat().st_size > 0
