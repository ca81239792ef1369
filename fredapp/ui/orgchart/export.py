"""The organisation chart as a file: SVG, PDF on A4 or A3 (several pages where needed), and a
PNG picture for the council briefing.

Charts are built from the database here (:func:`chart_sides`), so the window, ``fredapp export
orgchart`` and the briefing draw the same thing. A PDF page shows a tile of the chart at a scale
where the smallest text is 9 pt; a box belongs to the page its top left corner falls on and is
drawn whole there (the tile leaves room for it), so no name is ever cut between pages.
"""

from __future__ import annotations

import bisect
import math
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.tree import UnitTree
from fredapp.ui.document_page import font, footer_height, paint_footer, pdf_writer
from fredapp.ui.organisation.comparison import load_bands
from fredapp.ui.orgchart import changes
from fredapp.ui.orgchart.edits import ChartUnits
from fredapp.ui.orgchart.layout import TOP_DOWN, WIDTH, ChartLayout, lay_out
from fredapp.ui.orgchart.painting import ChartPainter, ChartStyle, box_lines
from fredapp.ui.orgchart.spans import span_marks, span_note

SUFFIXES = (".svg", ".pdf")
PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
TEXT_POINTS = 10.0  # the chart's small text (headcount, leader) on paper: body size
GAP = 80.0  # between the two charts of a pair
TITLE = 34.0  # a chart's title line above it, in scene units
Progress = Callable[[int, int], None]
FILLED = 0.6  # a page cut between columns is at least this full; else it is cut at its edge


@dataclass
class ChartSide:
    """One scenario's chart as it is drawn: its title, layout, units and marks."""

    title: str
    layout: ChartLayout
    units: Mapping[uuid.UUID, Any]
    style: ChartStyle
    offset: QPointF = field(default_factory=QPointF)


@dataclass
class Chart:
    """One chart or a pair side by side, with what a reader needs around it."""

    title: str
    sides: list[ChartSide]
    caption: str = ""
    stacked: bool = False  # the second side below the first (a slide), not beside it

    def __post_init__(self) -> None:
        x = y = 0.0
        for side in self.sides:
            side.offset = QPointF(x, y + TITLE)
            if self.stacked:
                y += TITLE + side.layout.height + GAP
            else:
                x += side.layout.width + GAP
        if self.stacked:
            self.width = max((side.layout.width for side in self.sides), default=0.0)
            self.height = max(y - GAP, 0.0)
        else:
            self.width = max(x - GAP, 0.0)
            self.height = TITLE + max((side.layout.height for side in self.sides), default=0.0)

    @property
    def compared(self) -> bool:
        return any(side.style.marks is not None for side in self.sides)

    def boxes(self) -> Iterator[tuple[ChartSide, Any]]:
        for side in self.sides:
            for box in side.layout.boxes:
                yield side, box

    def paint(self, painter: QPainter, area: QRectF, only: set[int] | None = None) -> None:
        """Draw what touches ``area`` (chart units): the side titles and each side's boxes
        (``only``: just the boxes with these ids, by ``id(box)``, for a page)."""
        for side in self.sides:
            painter.save()
            painter.translate(side.offset)
            local = area.translated(-side.offset)
            painter.setPen(QColor("black"))
            painter.setFont(font(14, bold=True))
            title = QRectF(0, -TITLE, max(side.layout.width, WIDTH), TITLE - 6)
            if local.contains(title.topLeft()):  # on the page where the side begins
                painter.drawText(title, int(Qt.AlignmentFlag.AlignBottom), side.title)
            layout = side.layout
            if only is not None:
                layout = _only(layout, only)
            ChartPainter(layout, side.units).paint(painter, local, side.style)
            painter.restore()


def _only(layout: ChartLayout, ids: set[int]) -> ChartLayout:
    """The layout with just some boxes (its lines all kept)."""
    part = ChartLayout([box for box in layout.boxes if id(box) in ids], list(layout.segments))
    part.index()
    return part


# -- charts from the database ---------------------------------------------------------------


def chart_sides(
    context: Any,
    first: tuple[uuid.UUID, str],
    second: tuple[uuid.UUID, str] | None = None,
    orientation: str = TOP_DOWN,
    max_boxes: int | None = None,
    stacked: bool = False,
) -> Chart:
    """The chart of scenario ``first`` (id, name), or of the pair ``first`` → ``second``
    coloured by the comparison; ``max_boxes``: branches closed until each side shows at most
    that many boxes (a picture for a slide)."""
    named = [first, *([second] if second else [])]
    units = []
    for scenario_id, _name in named:
        loaded = ChartUnits(context)
        loaded.load(scenario_id)
        units.append(loaded)
    pair = None
    caption = ""
    if second is not None:
        before, after = list(units[0].records.values()), list(units[1].records.values())
        pair = changes.compare_pair(before, after)
        caption = changes.caption(before, after, pair)
    sides = []
    bands = load_bands()  # the user's, read once for both sides
    for index, (loaded, (_id, name)) in enumerate(zip(units, named, strict=True)):
        marks = None if pair is None else (pair.before if index == 0 else pair.after)
        style = ChartStyle(orientation=orientation, marks=marks)
        style.spans = span_marks(loaded.records.values(), bands)
        sides.append(_side(name, loaded.records, style, max_boxes))
    title = QCoreApplication.translate("OrgChart", "Organisation chart: %1").replace(
        "%1", " → ".join(name for _id, name in named)
    )
    return Chart(title, sides, caption, stacked)


def _side(
    name: str, records: Mapping[uuid.UUID, Any], style: ChartStyle, max_boxes: int | None
) -> ChartSide:
    tree = UnitTree(records.values())
    collapsed: set[Any] = set()
    if max_boxes is not None:
        depth = max((tree.depth(unit.id) for unit in tree), default=0)
        while depth > 0 and sum(1 for u in tree if tree.depth(u.id) <= depth) > max_boxes:
            depth -= 1
        collapsed = {u.id for u in tree if tree.depth(u.id) == depth and tree.children(u.id)}
    layout = lay_out(tree, collapsed, box_lines, style.orientation)
    return ChartSide(name, layout, records, style)


# -- legend -----------------------------------------------------------------------------------


def paint_legend(painter: QPainter, left: float, top: float, width: float) -> float:
    """The colours and letters of a compared pair in one or more rows; returns its height."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    line = metrics.height()
    x, y = left, top
    for kind in changes.PRIORITY:
        label = changes.kind_name(kind)
        mark = changes.letter(kind)
        text = f"{mark} {label}" if mark else label
        needed = line * 1.6 + metrics.horizontalAdvance(text) + line
        if x + needed > left + width and x > left:
            x, y = left, y + line * 1.4
        swatch = QRectF(x, y + line * 0.1, line * 1.2, line * 0.9)
        painter.setPen(QPen(changes.edge(kind), max(1.0, line / 12)))
        painter.setBrush(changes.fill(kind))
        painter.drawRect(swatch)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x + line * 1.6, y, needed, line), text)
        x += needed
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return y - top + line * 1.4


# -- files ------------------------------------------------------------------------------------


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise FredAppError(
            QT_TR_NOOP("unsupported file type '{suffix}' for the chart; use {endings}"),
            suffix=path.suffix or path.name,
            endings=" or ".join(SUFFIXES),
        )


def write_chart(
    path: Path, chart: Chart, page: str = "A4", progress: Progress | None = None
) -> int:
    """Write ``chart`` to ``path`` (.svg or .pdf, beside it first, then moved); returns the
    number of pages (1 for SVG). ``progress(done, total)`` is told after each page and may
    raise Cancelled: then nothing is written."""
    check_suffix(path)
    if page not in PAGES:
        raise FredAppError(QT_TR_NOOP("unknown page size '{page}'; use A4 or A3"), page=page)
    handle, temporary = tempfile.mkstemp(suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        if path.suffix.lower() == ".svg":
            count = _write_svg(Path(temporary), chart)
        else:
            count = _write_pdf(Path(temporary), chart, PAGES[page], progress)
        os.replace(temporary, path)
        return count
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _header(painter: Any, chart: Chart, width: float, first: bool) -> float:
    """Title, the caption on the first page, the legend of a pair; returns the height used."""
    painter.setPen(QColor("black"))
    painter.setFont(font(14, bold=True))
    metrics = QFontMetricsF(painter.font(), painter.device())
    y = metrics.height() * 1.3
    painter.drawText(QRectF(0, 0, width, y), chart.title)
    painter.setFont(font(TEXT_POINTS + 1))
    if first and chart.caption:
        flags = int(Qt.TextFlag.TextWordWrap)
        box = painter.boundingRect(QRectF(0, y, width, 1e6), flags, chart.caption)
        painter.drawText(QRectF(0, y, width, box.height()), flags, chart.caption)
        y += box.height() + metrics.height() * 0.3
    if chart.compared:
        y += paint_legend(painter, 0, y, width)
    if any(side.style.spans for side in chart.sides):
        note = span_note()
        painter.drawText(QRectF(0, y, width, metrics.height() * 1.2), note)
        y += metrics.height() * 1.2
    return y + metrics.height() * 0.4


def _write_svg(path: Path, chart: Chart) -> int:
    margin = 20.0
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setTitle(chart.title)
    generator.setDescription(chart.caption)
    generator.setResolution(96)
    header = 140.0
    size = QSize(int(chart.width + 2 * margin), int(chart.height + header + 2 * margin))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    painter = QPainter()
    if not painter.begin(generator):
        raise FredAppError(QT_TR_NOOP("{path} could not be written"), path=path)
    try:
        painter.translate(margin, margin)
        used = _header(painter, chart, chart.width, first=True)
        painter.translate(0, used)
        chart.paint(painter, QRectF(-GAP, -TITLE, chart.width + 2 * GAP, chart.height + TITLE))
    finally:
        painter.end()
    return 1


def _write_pdf(
    path: Path, chart: Chart, page: QPageSize.PageSizeId, progress: Progress | None
) -> int:
    writer = pdf_writer(path, chart.title, page=page, landscape=True, margin_mm=12)
    painter = QPainter()
    if not painter.begin(writer):
        raise FredAppError(QT_TR_NOOP("{path} could not be written"), path=path)
    try:
        return paint_pages(painter, writer, chart, progress)
    finally:
        painter.end()


def paint_pages(
    painter: QPainter, device: QPagedPaintDevice, chart: Chart, progress: Progress | None
) -> int:
    """The chart on ``device``'s pages (a PDF or a printer), the painter begun on it; returns
    the number of pages."""
    # Scene units to device pixels: the chart's 11 px text comes out at TEXT_POINTS.
    scale = TEXT_POINTS / 72 * device.logicalDpiY() / 11
    width, height = device.width(), device.height() - footer_height(device)
    probe = _header(_Null(painter), chart, width, first=True)
    tiles = list(_tiles(chart, width / scale, (height - probe) / scale))
    for number, (tile, boxes) in enumerate(tiles, 1):
        if number > 1:
            device.newPage()
        top = _header(painter, chart, width, first=number == 1)
        painter.save()
        painter.translate(0, top)
        painter.scale(scale, scale)
        painter.translate(-tile.left(), -tile.top())
        painter.setClipRect(tile)  # lines to boxes on other pages stop at this part's edge
        chart.paint(painter, tile, boxes)
        painter.restore()
        paint_footer(painter, chart.title, number, len(tiles))
        if progress is not None:
            progress(number, len(tiles))
    return len(tiles)


class _Null:
    """A painter stand-in that measures the header without drawing it (same fonts, device)."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter

    def __getattr__(self, name: str) -> Any:
        if name.startswith("draw"):
            return lambda *args, **kwargs: None
        return getattr(self._painter, name)


def _tiles(chart: Chart, width: float, height: float) -> Iterator[tuple[QRectF, set[int]]]:
    """Pages of at most ``width`` x ``height`` chart units, cut between rows of boxes and then,
    in each row band, between columns, where no box is cut; each box belongs to one page and is
    whole on it. Yields the part of the chart each page shows and its boxes (by ``id``)."""
    placed = [
        (box.x + side.offset.x(), box.y + side.offset.y() - TITLE, box.width, box.height, id(box))
        for side, box in chart.boxes()
    ]
    for top, bottom in _bands([(y, y + h) for _x, y, _w, h, _k in placed], height - TITLE - 8):
        band = [p for p in placed if top <= p[1] < bottom]
        for left, right in _bands([(x, x + w) for x, _y, w, _h, _k in band], width - 8):
            boxes = [p for p in band if left <= p[0] < right]
            if boxes:
                shown_w = max(x + w for x, _y, w, _h, _k in boxes) - left + 8
                shown_h = max(y + h for _x, y, _w, h, _k in boxes) - top + TITLE + 8
                yield QRectF(left, top, shown_w, shown_h), {p[4] for p in boxes}


def _bands(spans: list[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    """Cut one axis into bands of at most ``size``: at a point no span crosses where one can
    (between columns or rows of boxes) and the band is still FILLED, else ``size`` less the
    longest span along (so a span that starts in a band still ends on its page). A span
    belongs to the band it starts in."""
    if not spans:
        return []
    longest = max(end - start for start, end in spans)
    cuts: list[float] = []  # where a run of overlapping spans begins: nothing crosses it
    reach = -math.inf
    for start, end in sorted(spans):
        if start >= reach:
            cuts.append(start)
        reach = max(reach, end)
    bands = []
    begin = cuts[0]
    while begin < reach:
        limit = begin + size
        at = bisect.bisect_right(cuts, limit) - 1
        if cuts[at] > begin + size * FILLED and reach > limit:
            end = cuts[at]  # a clean cut that still fills most of the page
        elif reach <= limit:
            end = reach + 1
        else:
            end = begin + max(size - longest, size / 2)
        bands.append((begin, end))
        begin = end
    return bands


# -- a picture, for the briefing ----------------------------------------------------------------


def chart_png(chart: Chart, longest: int = 4000) -> tuple[bytes, int, int]:
    """The chart with its legend as PNG bytes, at most ``longest`` pixels on its long side
    (and at least at a scale where its text is drawn)."""
    header = 90.0 if chart.compared else 10.0
    scale = min(longest / max(chart.width, 1.0), longest / max(chart.height + header, 1.0), 2.0)
    scale = max(scale, 0.5)
    size = QSize(int((chart.width + 40) * scale), int((chart.height + header + 40) * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(20, 20)
    if chart.compared:
        painter.setFont(font(10))
        header = paint_legend(painter, 0, 0, chart.width) + 10
    painter.translate(0, header)
    chart.paint(painter, QRectF(-GAP, -TITLE, chart.width + 2 * GAP, chart.height + TITLE))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    return bytes(buffer.data().data()), size.width(), size.height()
