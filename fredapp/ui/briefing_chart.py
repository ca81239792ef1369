"""A briefing chart drawn with QPainter for the PDF: the same series the PPTX's native chart
holds, with its title, value-axis title, legend below the plot and category labels."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QTextOption

from fredapp.core.briefing.model import Cell, Chart, ChartKind, Figure, Style, format_figure
from fredapp.ui.document_page import FOOTER_POINTS, font

# The PPTX's default palette order, so the two documents colour a series alike.
COLOURS = ("#4472C4", "#C0504D", "#9BBB59", "#8064A2", "#4BACC6", "#F79646")
HIGHLIGHT = "#C84B1E"
LABEL_POINTS = FOOTER_POINTS  # the smallest text of the document
TITLE_POINTS = 12.0


def nice_step(top: float) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) that divides 0…top into about five."""
    if top <= 0:
        return 1.0
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _top(chart: Chart) -> float:
    if chart.kind is ChartKind.STACKED:
        sums = [sum(s.values[i] or 0.0 for s in chart.series) for i in range(len(chart.categories))]
        return max(sums, default=0.0)
    return max((v for s in chart.series for v in s.values if v is not None), default=0.0)


def draw_chart(
    painter: QPainter, rect: QRectF, chart: Chart, text: Callable[[Cell], str], language: str
) -> None:
    device = painter.device()
    label = font(LABEL_POINTS)
    line = QFontMetricsF(label, device).height()
    painter.save()
    painter.setPen(QColor("black"))
    painter.setFont(font(TITLE_POINTS, bold=True))
    title_height = QFontMetricsF(painter.font(), device).height() * 2.2
    wrap = QTextOption(Qt.AlignmentFlag.AlignCenter)
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_height), text(chart.title), wrap
    )
    legend_height = line * 1.6 if len(chart.series) > 1 else 0.0
    plot = QRectF(
        rect.left() + line * 5.5,
        rect.top() + title_height + line * 2,
        rect.width() - line * 6,
        rect.height() - title_height - legend_height - line * 5.5,
    )
    painter.setFont(label)
    step = nice_step(_top(chart))
    if chart.decimals == 0:
        step = max(step, 1.0)
    top = step * max(1, math.ceil(_top(chart) / step))
    _axes(painter, plot, chart, top, step, text, language, line)
    _series(painter, plot, chart, top)
    _categories(painter, plot, chart, text, line)
    if legend_height:
        _legend(
            painter,
            QRectF(rect.left(), rect.bottom() - legend_height, rect.width(), legend_height),
            chart,
            text,
            line,
        )
    painter.restore()


def _y(plot: QRectF, value: float, top: float) -> float:
    return plot.bottom() - plot.height() * value / top


def _axes(
    painter: QPainter,
    plot: QRectF,
    chart: Chart,
    top: float,
    step: float,
    text: Callable[[Cell], str],
    language: str,
    line: float,
) -> None:
    decimals = 0 if step == int(step) else 1
    painter.setPen(QPen(QColor("#BBBBBB"), 1))
    ticks = round(top / step)
    for n in range(ticks + 1):
        y = _y(plot, n * step, top)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QColor("black"))
    for n in range(ticks + 1):
        y = _y(plot, n * step, top)
        value = format_figure(Figure(n * step, Style.DECIMAL, decimals), language)
        box = QRectF(plot.left() - line * 4, y - line / 2, line * 3.7, line)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), value
        )
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    # The value axis's title stands level above the axis: turned text is hard to read, and
    # PDF readers (and the readability tests) take its size from its turned outline.
    box = QRectF(plot.left() - line * 5.2, plot.top() - line * 1.6, plot.width(), line * 1.2)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(box, flags, text(chart.axis_title))


def _series(painter: QPainter, plot: QRectF, chart: Chart, top: float) -> None:
    count = max(1, len(chart.categories))
    slot = plot.width() / count
    painter.setPen(Qt.PenStyle.NoPen)
    if chart.kind is ChartKind.LINES:
        _lines(painter, plot, chart, top, slot)
        return
    stacked = chart.kind is ChartKind.STACKED
    bars = 1 if stacked else max(1, len(chart.series))
    width = slot * 0.7 / bars
    for index in range(count):
        base = 0.0
        for number, series in enumerate(chart.series):
            value = series.values[index]
            if value is None:
                continue
            colour = COLOURS[number % len(COLOURS)]
            if chart.highlight == index and number == 0 and not stacked:
                colour = HIGHLIGHT
            left = plot.left() + slot * index + slot * 0.15 + (0 if stacked else number * width)
            y0, y1 = _y(plot, base, top), _y(plot, base + value, top)
            painter.fillRect(QRectF(left, y1, width, y0 - y1), QColor(colour))
            if stacked:
                base += value


def _lines(painter: QPainter, plot: QRectF, chart: Chart, top: float, slot: float) -> None:
    for number, series in enumerate(chart.series):
        colour = QColor(COLOURS[number % len(COLOURS)])
        path = QPainterPath()
        drawing = False  # a missing month breaks the line: nothing is drawn through it
        for index, value in enumerate(series.values):
            if value is None:
                drawing = False
                continue
            point = QPointF(plot.left() + slot * (index + 0.5), _y(plot, value, top))
            path.lineTo(point) if drawing else path.moveTo(point)
            drawing = True
            painter.setBrush(colour)
            painter.drawEllipse(point, slot * 0.06 + 2, slot * 0.06 + 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3))
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)


def _categories(
    painter: QPainter, plot: QRectF, chart: Chart, text: Callable[[Cell], str], line: float
) -> None:
    """Names under their columns, every one, wrapped at spaces (within a word where one is too
    wide); on a time axis, months too wide for their place every second or third, whole."""
    painter.setPen(QColor("black"))
    labels = [text(category) for category in chart.categories]
    slot = plot.width() / max(1, len(labels))
    metrics = QFontMetricsF(painter.font(), painter.device())
    widest_word = max((metrics.horizontalAdvance(w) for t in labels for w in t.split()), default=0)
    every = 1
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if chart.kind is ChartKind.LINES:  # a time axis: every month need not be named
        every = max(1, math.ceil(widest_word / (slot * 0.95)))
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    for index, label in enumerate(labels):
        if index % every:
            continue
        width = slot * every
        left = plot.left() + slot * (index + 0.5) - width / 2
        box = QRectF(left, plot.bottom() + line * 0.3, width, line * 3.2)
        painter.drawText(box, label, option)


def _legend(
    painter: QPainter, rect: QRectF, chart: Chart, text: Callable[[Cell], str], line: float
) -> None:
    metrics = QFontMetricsF(painter.font(), painter.device())
    names = [text(series.name) for series in chart.series]
    width = sum(metrics.horizontalAdvance(name) + line * 2.2 for name in names)
    x = rect.center().x() - width / 2
    for number, name in enumerate(names):
        painter.fillRect(
            QRectF(x, rect.center().y() - line * 0.35, line * 0.7, line * 0.7),
            QColor(COLOURS[number % len(COLOURS)]),
        )
        painter.drawText(QPointF(x + line, rect.center().y() + metrics.ascent() / 2.5), name)
        x += metrics.horizontalAdvance(name) + line * 2.2
