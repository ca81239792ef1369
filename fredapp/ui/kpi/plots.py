"""What every KPI graph shares: colours, a plot widget, a date axis in the UI's language, hover.

Colours are the Okabe–Ito palette, which stays distinct for the common kinds of colour-blindness;
no graph tells two things apart by colour alone (bars also differ by pattern or by a label).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, QPointF, Qt, QTimeZone
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import QLabel, QToolTip

from fredapp.ui.focus import FramedPlotWidget
from fredapp.ui.kpi.chart import NumberAxis, add_outside_legend

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"


def pattern_brush(colour: str, style: Qt.BrushStyle = Qt.BrushStyle.BDiagPattern) -> QBrush:
    return QBrush(QColor(colour), style)


def new_plot(
    accessible_name: str, axis_items: dict[str, Any] | None = None, grid: bool = True
) -> pg.PlotWidget:
    """A white plot with black axes, numbers in the UI's language, a legend under the x axis
    and no right-click menu (its texts are English).

    The grid costs about 30 ms a render at 1000 × 600: long series go without it.
    """
    plot = FramedPlotWidget(background="w", axisItems={"left": NumberAxis(), **(axis_items or {})})
    plot.setAccessibleName(accessible_name)
    plot.setMenuEnabled(False)
    plot.getPlotItem().hideButtons()
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setPen("k")
        plot.getAxis(axis).setTextPen("k")
    add_outside_legend(plot.getPlotItem())
    if grid:
        plot.showGrid(y=True, alpha=0.3)
    return plot


def target_pen() -> Any:
    return pg.mkPen(BLACK, width=2, style=Qt.PenStyle.DashLine)


# strftime formats of pyqtgraph's DateAxisItem → the same fields in Qt's date format syntax.
_QT_FORMATS = {
    "%Y": "yyyy",
    "%b": "MMM yyyy",
    "%d": "d. MMM",
    "%a %d": "ddd d.",
    "%H:%M": "HH:mm",
    "%H:%M:%S": "HH:mm:ss",
    "%S.%f": "ss.zzz",
}


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with month and day names in the UI's language (it prints English).

    Ticks are placed by pyqtgraph; only their text is ours, through ``QLocale``. Times are UTC,
    which is how FredApp stores dates on a time axis (midnight UTC of each day).
    """

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        qt_format = _QT_FORMATS.get(spec.format if spec else "", "yyyy-MM-dd")
        locale = QLocale()
        utc = QTimeZone.utc()
        texts = []
        for value in values:
            moment = QDateTime.fromMSecsSinceEpoch(round(value * 1000), utc)
            texts.append(locale.toString(moment, qt_format) if moment.isValid() else "")
        return texts


def elide(text: str, length: int = 22) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class HoverReadout:
    """Shows the exact figures under the mouse, as a tooltip and in a label beside the graph.

    ``describe(x)`` turns a position on the x axis (data coordinates) into the text to show, or
    None where there is nothing. The label keeps the last text so screen readers can reach it.
    """

    def __init__(
        self, plot: pg.PlotWidget, label: QLabel, describe: Callable[[float], str | None]
    ) -> None:
        self.plot = plot
        self.label = label
        self.describe = describe
        plot.scene().sigMouseMoved.connect(self._moved)

    def _moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        text = self.show_at(point.x())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def show_at(self, x: float) -> str | None:
        text = self.describe(x)
        if text:
            self.label.setText(text)
        return text


def bar_index(x: float, count: int, width: float = 0.8) -> int | None:
    """The bar under ``x`` when bars stand at 0, 1, … count − 1; None between bars."""
    index = round(x)
    if 0 <= index < count and abs(x - index) <= width / 2:
        return index
    return None
