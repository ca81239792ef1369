"""Saving a graph (any widget) as PNG or SVG.

PNG is the widget's own pixels (``QWidget.grab``). SVG renders the widget through
``QSvgGenerator``: pyqtgraph's own SVG exporter fails on Qt 6.12 (pyqtgraph issue #3495).
Both are written beside the target first and moved into place, so a failed export never leaves a
half-written file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from fredapp.core.errors import ImportExportError

GRAPH_SUFFIXES = (".png", ".svg")


def export_graph(widget: QWidget, path: str | Path, title: str = "") -> Path:
    """Write ``widget`` to ``path`` as PNG or SVG, chosen by the ending; return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in GRAPH_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "without an ending"
        raise ImportExportError(f"unsupported graph file type {shown}; use .png or .svg")
    if not path.parent.is_dir():
        raise ImportExportError(f"the folder {path.parent} does not exist")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{suffix}")
    try:
        if suffix == ".png":
            _write_png(widget, temp)
        else:
            _write_svg(widget, temp, title)
        os.replace(temp, path)
    except OSError as exc:
        raise ImportExportError(f"could not write {path}: {exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return path


def _size(widget: QWidget) -> QSize:
    size = widget.size()
    if size.width() < 50 or size.height() < 50:  # never shown: use what it would like to be
        size = widget.sizeHint().expandedTo(QSize(800, 500))
        widget.resize(size)
    return size


def _write_png(widget: QWidget, path: Path) -> None:
    _size(widget)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Qt could not save the picture as {path.name}")


def _write_svg(widget: QWidget, path: Path, title: str) -> None:
    size = _size(widget)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or widget.accessibleName())
    generator.setDescription(widget.accessibleDescription() or widget.accessibleName())
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"Qt could not write {path.name}")
    try:
        widget.render(painter)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"Qt could not write {path.name}")
