"""Visible keyboard focus (WCAG 2.4.7) for widgets whose style draws none.

Item views draw a focus frame around their current cell, and the board's cards draw their own
(see ``CardDelegate``); a graph (a pyqtgraph ``PlotWidget``, which has no frame) takes the focus
for its arrow keys and readout but showed no sign of it. :func:`show_focus_frame` gives such a
view a frame in the highlight colour while it has the focus. The frame is always there, clear
when the view lacks the focus, so the graph does not shift by its width when it gets it.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea

FOCUS_FRAME_PX = 3  # thick enough to see at a glance; WCAG 2.4.11 asks for at least 2 px

_SHEET = (
    "QAbstractScrollArea {{ border: {px}px solid transparent; }}\n"
    "QAbstractScrollArea:focus {{ border: {px}px solid palette(highlight); }}"
)


def show_focus_frame(view: QAbstractScrollArea) -> None:
    view.setStyleSheet(_SHEET.format(px=FOCUS_FRAME_PX))


class FramedPlotWidget(pg.PlotWidget):
    """A pyqtgraph plot with the focus frame, its scene sized to the area inside the frame.

    pyqtgraph sizes the scene to the whole widget; inside a frame the bottom and right
    edges — the axis titles — were cut off by the frame's width.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        show_focus_frame(self)

    def resizeEvent(self, ev: QResizeEvent) -> None:
        if self.closed:
            return
        if self.autoPixelRange:
            inside = self.viewport().size()
            self.range = QRectF(0, 0, inside.width(), inside.height())
        pg.GraphicsView.setRange(self, self.range, padding=0, disableAutoPixel=False)
        self.updateMatrix()


__all__ = ["FOCUS_FRAME_PX", "FramedPlotWidget", "show_focus_frame"]
