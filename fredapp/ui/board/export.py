"""The board as a picture for the workshop's minutes: PDF (A4 or A3 landscape) and PNG.

A board of the same columns, swimlanes and filter is laid out off screen with every card
visible (no scrolling), and drawn under a heading that names the filter and the date. A PDF
page takes the board scaled to the page's width; a taller board runs over several pages, each
with "Page x of y" at its foot; each column of a swimlane goes on by itself, a card never cut
(:mod:`fredapp.ui.board.pdf_pages`), and every page repeats the column headers. For a PDF
the board is laid out as wide as makes the cards' text print at the body size in points
(:func:`pdf_board_width`), not scaled down from a screen-wide board (which printed it at
5.8 pt on A4).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QRegion,
)
from PySide6.QtWidgets import QApplication, QListView, QWidget

from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import check_target, write_aside
from fredapp.core.messages import QT_TR_NOOP
from fredapp.ui import formatting
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.board.pdf_pages import paginate, paint_segment
from fredapp.ui.board.view import Axis, BoardGrid
from fredapp.ui.document_page import BODY_POINTS, footer_height, paint_footer, pdf_writer

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PAGE_MARGIN_MM = 10.0
BOARD_WIDTH = 1600  # board pixels of a PNG
STRIP_HEIGHT = 1200  # board pixels drawn between two looks at the event loop for a PNG
# Told (done, total) after each page or strip; it keeps the window alive and may raise
# Cancelled to stop (the caller writes aside, so the old file stays).
Progress = Callable[[int, int], None]


def pdf_board_width(page: str) -> int:
    """Board pixels across a landscape ``page`` so that the cards' text (the application's
    font, in pixels on the board) prints at :data:`BODY_POINTS`."""
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[page]),
        QPageLayout.Orientation.Landscape,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    printable = layout.paintRect(QPageLayout.Unit.Point).width()
    text_pixels = max(1, QFontInfo(QApplication.font()).pixelSize())
    return int(printable * text_pixels / BODY_POINTS)


def _static_board(
    model: MeasureTableModel,
    columns: Axis,
    lanes: Axis,
    measure_filter: MeasureFilter,
    width: int = BOARD_WIDTH,
) -> BoardGrid:
    grid = BoardGrid(model, columns, lanes, measure_filter)
    grid.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    grid.setStyleSheet("QWidget { background: white; color: black; }")
    grid.resize(width, 400)
    grid.show()
    for view in grid.views.values():
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A printed board is painted at once: every card laid out now, not in batches.
        view.setLayoutMode(QListView.LayoutMode.SinglePass)
    grid.grid_layout.activate()
    # The lanes as tall as their fullest cell, so every card shows.
    for lane in range(len(lanes.values)):
        views = [grid.views[(c, lane)] for c in range(len(columns.values))]
        height = max(view.content_height() for view in views)
        for view in views:
            view.setFixedHeight(height)
    grid.grid_layout.activate()
    grid.resize(width, grid.grid_layout.sizeHint().height())
    grid.grid_layout.activate()
    return grid


class StaticBoard:
    """A board laid out off screen with every card visible; use as a context manager."""

    HEADING = 48
    MARGIN = 16

    def __init__(
        self,
        model: MeasureTableModel,
        columns: Axis,
        lanes: Axis,
        measure_filter: MeasureFilter,
        heading: str,
        width: int = BOARD_WIDTH,
    ) -> None:
        self.grid = _static_board(model, columns, lanes, measure_filter, width)
        self.heading = heading

    def __enter__(self) -> StaticBoard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.grid.close()
        self.grid.deleteLater()

    def size(self) -> QSize:
        return QSize(
            self.grid.width() + 2 * self.MARGIN, self.grid.height() + self.HEADING + 2 * self.MARGIN
        )

    def paint(self, painter: QPainter, area: QRect | None = None) -> None:
        """Draw the heading and the board at the painter's origin, in board pixels.

        With ``area`` (board pixels) only the cards there are drawn: a page or a strip of a
        large board then costs its own share, not the whole board clipped away each time.
        """
        heading = QRect(self.MARGIN, 8, self.grid.width(), self.HEADING)
        if area is None or area.intersects(heading):
            _draw_heading(painter, heading, self.heading)
        offset = self.offset()
        source = self.grid.rect()
        if area is not None:
            source = source.intersected(area.translated(-offset))
            if source.isEmpty():
                return
        self.grid.render(
            painter, offset + source.topLeft(), QRegion(source), QWidget.RenderFlag.DrawChildren
        )

    def offset(self) -> QPoint:
        """Where the grid's origin is in board pixels."""
        return QPoint(self.MARGIN, self.HEADING + self.MARGIN)

    def header_band(self) -> QRect:
        """The row of column headers (grid pixels), repeated at the top of every page."""
        bottom = max((h.geometry().bottom() for h in self.grid.column_headers), default=0)
        return QRect(0, 0, self.grid.width(), bottom + 1 + self.grid.grid_layout.spacing())

    def paint_headers(self, painter: QPainter, y: int = 0) -> int:
        """Draw the column headers at board pixel ``y`` (the painter in board pixels), for
        the top of a page; return their height."""
        band = self.header_band()
        painter.save()
        painter.setClipRect(band.translated(self.MARGIN, y), Qt.ClipOperation.IntersectClip)
        self.grid.render(
            painter, QPoint(self.MARGIN, y), QRegion(band), QWidget.RenderFlag.DrawChildren
        )
        painter.restore()
        return band.height()

    def paint_lane_name(self, painter: QPainter, lane: int, top: int) -> None:
        """Draw swimlane ``lane``'s name in the lane column at board pixel ``top``, as its
        header has it, for a lane that goes on from the page before."""
        header = self.grid.lane_headers[lane]
        font = QFont(header.font())
        font.setPixelSize(QFontInfo(header.font()).pixelSize())  # board pixels, as rendered
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("black"))
        rect = QRect(self.MARGIN + header.x(), top, header.width(), header.height())
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
        painter.drawText(rect, flags | Qt.TextFlag.TextWordWrap, header.text())
        painter.restore()

    def image(self, progress: Progress | None = None) -> QImage:
        """The board as a picture, drawn in strips with ``progress(done, total)`` between."""
        size = self.size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        strips = max(1, math.ceil(size.height() / STRIP_HEIGHT))
        painter = QPainter(image)
        try:
            for strip in range(strips):
                area = QRect(0, strip * STRIP_HEIGHT, size.width(), STRIP_HEIGHT)
                painter.save()
                painter.setClipRect(area)
                self.paint(painter, area)
                painter.restore()
                if progress is not None:
                    progress(strip + 1, strips)
        finally:
            painter.end()
        return image


def _draw_heading(painter: QPainter, rect: QRect, heading: str) -> None:
    font = QFont(painter.font())
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)


def export_png(board: StaticBoard, path: Path, progress: Progress | None = None) -> QImage:
    check_target(path)
    image = board.image(progress)
    # The stub wants bytes for the format, but PySide6 6.12 refuses bytes and takes a str.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))
    return image


def export_pdf(board: StaticBoard, path: Path, page: str, progress: Progress | None = None) -> int:
    """Write the board to a landscape PDF of ``page`` size (A4 or A3); return the pages.

    The board is drawn as vectors and text, scaled to the page's width. A board taller than a
    page goes on over the next ones, each column of a swimlane by itself, a card never cut
    (:mod:`fredapp.ui.board.pdf_pages`); every page starts with the column headers, and a
    swimlane that goes on with its name again.
    """
    check_target(path)
    writer = pdf_writer(
        path, board.heading, page=PAGE_SIZES[page], landscape=True, margin_mm=PAGE_MARGIN_MM
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))
    try:
        target = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = target.width() / board.size().width()
        page_height = int((target.height() - footer_height(writer)) / scale)  # board pixels
        band = board.header_band().height()
        top = board.offset().y()  # below the heading, on the first page
        pages = paginate(board, page_height - top - band, page_height - band)
        for number, segments in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            y = top if number == 1 else 0
            if number == 1:
                _draw_heading(
                    painter,
                    QRect(board.MARGIN, 8, board.grid.width(), board.HEADING),
                    board.heading,
                )
            y += board.paint_headers(painter, y)
            for segment in segments:
                paint_segment(painter, board, segment, y)
                y += segment.height + board.grid.grid_layout.spacing()
            painter.restore()
            paint_footer(painter, board.heading, number, len(pages))
            if progress is not None:
                progress(number, len(pages))
    finally:
        painter.end()
    return len(pages)


def heading_text(filter_text: str, count: int, total: int) -> str:
    text = (
        QCoreApplication.translate("BoardExport", "Measures %1 – %2 of %3 shown")
        .replace("%1", formatting.date(dt.date.today()))
        .replace("%2", str(count))
        .replace("%3", str(total))
    )
    if filter_text:
        text += " – " + QCoreApplication.translate("BoardExport", "filter: %1").replace(
            "%1", filter_text
        )
    return text


def write_board(
    path: Path,
    model: MeasureTableModel,
    axes: tuple[Axis, Axis],
    measure_filter: MeasureFilter,
    heading: str,
    page: str = "A4",
    progress: Progress | None = None,
) -> int:
    """Write the board (``axes``: columns, swimlanes) as ``path``'s ending says, .pdf (``page``
    landscape) or .png, beside it and then into place; return the PDF's pages (1 for a PNG)."""
    pdf = path.suffix.lower() == ".pdf"
    width = pdf_board_width(page) if pdf else BOARD_WIDTH
    columns, lanes = axes
    with StaticBoard(model, columns, lanes, measure_filter, heading, width) as board:
        if pdf:
            return write_aside(path, lambda temp: export_pdf(board, temp, page, progress))
        write_aside(path, lambda temp: export_png(board, temp, progress))
        return 1
