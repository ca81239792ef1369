"""The timeline on paper and as a picture: PDF (A4 or A3 landscape) and PNG.

The whole time span fits the page's width; the rows run over as many pages as they need, each
page holding whole rows under the month header again, so a row is never cut. Text is set in
points on the PDF device (:data:`PRINT_POINTS`, never under 8 pt), the heading names the filter
and the date, every page has "Page x of y" at its foot. The PNG is the same drawing at
:data:`PNG_WIDTH` pixels across in the window's font.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintDevice, QPainter
from PySide6.QtWidgets import QApplication

from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import check_target, write_aside
from fredapp.core.messages import QT_TR_NOOP
from fredapp.ui import formatting
from fredapp.ui.board.export import PAGE_MARGIN_MM, PAGE_SIZES
from fredapp.ui.board.timeline_frame import (
    Frame,
    font_metrics,
    group_name,
    row_metrics,
    section_text,
)
from fredapp.ui.board.timeline_layout import (
    GROUP_HEADER,
    MeasureRecord,
    MilestoneRecord,
    Row,
    Scale,
    build_rows,
    date_range,
    spread_in_lanes,
)
from fredapp.ui.board.timeline_paint import TimelinePainter
from fredapp.ui.document_page import font, footer_height, paint_footer, pdf_writer

PRINT_POINTS = 10.0  # rows, header and labels on paper (the body size of printed tables)
HEADING_POINTS = 13.0
PNG_WIDTH = 1800
LABEL_SHARE = 0.27  # of the width: the codes and titles
Progress = Callable[[int, int], None]


def heading_text(filter_text: str, count: int, total: int) -> str:
    text = (
        QCoreApplication.translate(
            "TimelineExport", "Timeline %1 – %2 of %n measure(s) shown", "", total
        )
        .replace("%1", formatting.date(dt.date.today()))
        .replace("%2", str(count))
    )
    if filter_text:
        text += " – " + QCoreApplication.translate("TimelineExport", "filter: %1").replace(
            "%1", filter_text
        )
    return text


class TimelineDrawing:
    """The timeline's rows laid out for a width, a font and a device."""

    def __init__(
        self,
        measures: Sequence[MeasureRecord],
        milestones: Sequence[MilestoneRecord],
        group: str,
        today: dt.date,
        width: float,
        text_font: QFont,
        device: QPaintDevice | None = None,
        *,
        with_today: bool = True,
    ) -> None:
        self.painter = TimelinePainter(text_font, today, device)
        self.row_height, self.header_height = row_metrics(text_font, device)
        self.width = width
        self.label_width = width * LABEL_SHARE
        first, last = date_range(measures, milestones, today if with_today else None)
        # room on the right for the words after the last bars and milestones (a page cannot
        # be scrolled): a sixth more
        last += dt.timedelta(days=max(60, (last - first).days // 6))
        days = (last - first).days + 1
        self.scale = Scale(first, last, (width - self.label_width) / days)
        self.rows: list[Row] = build_rows(
            measures,
            milestones,
            group,
            lambda key: group_name(group, key),
            section_text,
            today,
            lambda marks: spread_in_lanes(
                marks, self.scale, lambda m: self.painter.mark_width(m, self.row_height)
            ),
        )

    def frame(self, first: int, count: int) -> Frame:
        """Rows ``first`` to ``first + count`` under the header, from y 0."""
        return Frame(
            width=self.width,
            height=self.header_height + count * self.row_height,
            label_width=self.label_width,
            header_height=self.header_height,
            row_height=self.row_height,
            scale=self.scale,
            y_offset=first * self.row_height,
        )

    def paint(self, painter: QPainter, first: int, count: int) -> None:
        self.painter.paint(painter, self.frame(first, count), self.rows, first, first + count)

    def paint_rows(self, painter: QPainter, rows: Sequence[Row]) -> None:
        """``rows`` (a page's) under the header, from y 0."""
        self.painter.paint(painter, self.frame(0, len(rows)), rows, 0, len(rows))


def _heading(painter: QPainter, heading: str, width: float, heading_font: QFont) -> float:
    """Draw the heading at the top; return the height it took."""
    height = font_metrics(heading_font, painter.device()).height() * 1.6
    painter.save()
    painter.setFont(heading_font)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, heading
    )
    painter.restore()
    return height


def export_pdf(
    path: Path,
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    group: str,
    today: dt.date,
    heading: str,
    page: str = "A4",
    progress: Progress | None = None,
) -> int:
    """Write the timeline to a landscape PDF of ``page`` size; return the pages."""
    check_target(path)
    writer = pdf_writer(
        path, heading, page=PAGE_SIZES[page], landscape=True, margin_mm=PAGE_MARGIN_MM
    )
    target = writer.pageLayout().paintRectPixels(writer.resolution())
    drawing = TimelineDrawing(
        measures, milestones, group, today, target.width(), font(PRINT_POINTS), writer
    )
    heading_font = font(HEADING_POINTS, bold=True)
    heading_height = font_metrics(heading_font, writer).height() * 1.6
    room = target.height() - footer_height(writer) - drawing.header_height
    per_page = max(2, int(room // drawing.row_height))
    first_page = max(2, int((room - heading_height) // drawing.row_height))
    pages = paginate(drawing.rows, first_page, per_page)
    painter = QPainter()
    if not painter.begin(writer):
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))
    try:
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            painter.save()
            if number == 1:
                painter.translate(0, _heading(painter, heading, target.width(), heading_font))
            drawing.paint_rows(painter, rows)
            painter.restore()
            paint_footer(painter, heading, number, len(pages))
            if progress is not None:
                progress(number, len(pages))
    finally:
        painter.end()
    return len(pages)


def paginate(rows: Sequence[Row], first_room: int, room: int) -> list[list[Row]]:
    """The rows on pages of ``first_room`` then ``room`` rows. A row is never cut; a group's
    name is never last on a page; a page that goes on with a group starts with its name
    again, marked «(forts.)»."""
    pages: list[list[Row]] = [[]]
    free = first_room
    group: Row | None = None
    for row in rows:
        heading = row.kind == GROUP_HEADER
        if heading:
            group = row
        if free < (2 if heading else 1):
            pages.append([])
            free = room
            if not heading and group is not None:
                pages[-1].append(Row(GROUP_HEADER, continued(group.text)))
                free -= 1
        pages[-1].append(row)
        free -= 1
    return [page for page in pages if page]


def continued(text: str) -> str:
    return QCoreApplication.translate("TimelineExport", "%1 (continued)").replace("%1", text)


def export_png(
    path: Path,
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    group: str,
    today: dt.date,
    heading: str,
) -> QImage:
    check_target(path)
    text_font = QApplication.font()
    drawing = TimelineDrawing(measures, milestones, group, today, PNG_WIDTH - 32, text_font)
    heading_font = QFont(text_font)
    heading_font.setPixelSize(22)
    heading_font.setBold(True)
    heading_height = font_metrics(heading_font).height() * 1.6
    height = heading_height + drawing.header_height + len(drawing.rows) * drawing.row_height
    image = QImage(PNG_WIDTH, int(height) + 32, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(16, 16)
        painter.translate(0, _heading(painter, heading, drawing.width, heading_font))
        drawing.paint(painter, 0, len(drawing.rows))
    finally:
        painter.end()
    # The stub wants bytes for the format, but PySide6 6.12 refuses bytes and takes a str.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))
    return image


def write_timeline(
    path: Path,
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    group: str,
    today: dt.date,
    heading: str,
    page: str = "A4",
    progress: Progress | None = None,
) -> int:
    """Write the timeline as ``path``'s ending says (.pdf or .png), beside it and then into
    place; return the PDF's pages (1 for a PNG)."""
    if path.suffix.lower() == ".pdf":
        return write_aside(
            path,
            lambda temp: export_pdf(
                temp, measures, milestones, group, today, heading, page, progress
            ),
        )
    if path.suffix.lower() != ".png":
        raise ImportExportError(
            QT_TR_NOOP("unsupported file type '{suffix}' for timeline; use .pdf or .png"),
            suffix=path.suffix or path.name,
        )
    write_aside(path, lambda temp: export_png(temp, measures, milestones, group, today, heading))
    return 1


__all__ = [
    "TimelineDrawing",
    "export_pdf",
    "export_png",
    "heading_text",
    "paginate",
    "write_timeline",
]
