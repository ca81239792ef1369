"""The council briefing as PDF: the core's slide model drawn with QPainter on landscape A4.

One page per slide; a table too long for its page goes on over the next with its header row
again, a row never split. Sizes follow fredapp/ui/document_page.py: titles 20 pt, body 10.5 pt,
nothing under 9 pt, "Side x av y" at the foot. The words are the PPTX's own (the same
templates, translated by :func:`translator_for`), and so are the numbers (the core's
``format_figure``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QTextOption,
)

from fredapp.core.briefing.model import (
    Briefing,
    Cell,
    Figure,
    Picture,
    Slide,
    Table,
    Translate,
    render,
    table_share,
)
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.ui.briefing_chart import draw_chart
from fredapp.ui.document_page import BODY_POINTS, FOOTER_POINTS, font, pdf_writer
from fredapp.ui.i18n import normalise, translations_dir

TITLE_POINTS, SUBTITLE_POINTS, BULLET_POINTS = 20.0, 14.0, 12.0
ACCENT = QColor("#005A8C")
STRIPE = QColor("#E9EEF5")
HEADER_POINTS = 9.5  # a table's heading row: long words such as "Forsinket" keep whole
PAD = 0.35  # cell padding, in lines of body text
Progress = Callable[[int, int], None]


def translator_for(language: str) -> Translate:
    """The briefing's words in ``language`` from the app's .qm files, whatever the window's
    language is (the briefing may be made in the other one)."""
    translator = QTranslator()
    loaded = translator.load(f"fredapp_{normalise(language)}", translations_dir())

    def translate(text: str) -> str:
        return (translator.translate("", text) if loaded else "") or text

    return translate


@dataclass(frozen=True)
class _Part:
    """What one page shows: a slide, the rows of its table from first to last, its chart."""

    slide: Slide
    first: int
    last: int
    chart: bool


def write_pdf(
    path: Path,
    briefing: Briefing,
    translate: Translate,
    language: str,
    progress: Progress | None = None,
) -> int:
    """Write the briefing as PDF (beside ``path`` first, then moved); returns the page count."""

    def text(item: Cell) -> str:
        return render(item, translate, language)

    handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = pdf_writer(Path(temporary), text(briefing.title), landscape=True, margin_mm=15)
        painter = QPainter()
        if not painter.begin(writer):
            raise FredAppError(QT_TR_NOOP("{path} could not be written"), path=path)
        try:
            pages = _Pages(painter, writer, text, language)
            parts = [part for slide in briefing.slides for part in pages.plan(slide)]
            for number, part in enumerate(parts, 1):
                if number > 1:
                    writer.newPage()
                pages.draw(part)
                pages.footer(text(briefing.title), number, len(parts))
                if progress is not None:
                    progress(number, len(parts))
        finally:
            painter.end()
        os.replace(temporary, path)
        return len(parts)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


class _Pages:
    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        text: Callable[[Cell], str],
        language: str,
    ) -> None:
        self.painter, self.device, self.text, self.language = painter, device, text, language
        self.line = self.metrics(font()).height()
        self.footer_height = self.metrics(font(FOOTER_POINTS)).height() * 2
        self.height = device.height() - self.footer_height
        self.width = float(device.width())
        self.numeric: list[bool] = []  # the drawn table's columns that hold only numbers

    def metrics(self, which: QFont) -> QFontMetricsF:
        return QFontMetricsF(which, self.device)

    # -- planning: which rows go on which page --------------------------------------------

    def header_height(self, slide: Slide) -> float:
        height = self.metrics(font(TITLE_POINTS, bold=True)).height() * 1.6
        if slide.subtitle is not None:
            height += self.metrics(font(SUBTITLE_POINTS)).height() * 1.5
        height += self.metrics(font(BULLET_POINTS)).height() * 1.4 * len(slide.bullets)
        return height

    def table_width(self, slide: Slide) -> float:
        if slide.chart is None or slide.table is None:
            return self.width
        return self.width * table_share(slide.table)

    def column_widths(self, table: Table, width: float) -> list[float]:
        shares = table.widths or (1.0,) * len(table.columns)
        return [width * share / sum(shares) for share in shares]

    def row_height(
        self, cells: tuple[Cell, ...], widths: list[float], bold: bool, header: bool = False
    ) -> float:
        metrics = self.metrics(font(HEADER_POINTS if header else BODY_POINTS, bold=bold))
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            metrics.boundingRect(
                QRectF(0, 0, w - self.line * PAD, 1e6), flags, self.text(c)
            ).height()
            for c, w in zip(cells, widths, strict=True)
        )
        return tallest + self.line * PAD * 2

    def plan(self, slide: Slide) -> list[_Part]:
        table = slide.table
        if table is None or not table.rows:
            return [_Part(slide, 0, 0, slide.chart is not None)]
        widths = self.column_widths(table, self.table_width(slide))
        room = (
            self.height
            - self.header_height(slide)
            - self.row_height(table.columns, widths, True, header=True)
        )
        parts: list[_Part] = []
        first, used = 0, 0.0
        for index, row in enumerate(table.rows):
            height = self.row_height(row, widths, index >= len(table.rows) - table.totals)
            if used + height > room and index > first:
                parts.append(_Part(slide, first, index, not parts and slide.chart is not None))
                first, used = index, 0.0
            used += height
        parts.append(_Part(slide, first, len(table.rows), not parts and slide.chart is not None))
        return parts

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, part: _Part) -> None:
        slide, painter = part.slide, self.painter
        top = self.header(slide)
        if slide.key == "cover":
            return
        if slide.table is not None and slide.table.rows:
            self.table(slide.table, part, top)
        if part.chart and slide.chart is not None:
            left = self.table_width(slide) + self.line if slide.table is not None else 0.0
            area = QRectF(left, top, self.width - left, self.height - top)
            draw_chart(painter, area, slide.chart, self.text, self.language)
        if slide.picture is not None:
            self.picture(slide.picture, QRectF(0, top, self.width, self.height - top))

    def picture(self, picture: Picture, area: QRectF) -> None:
        """The picture as large as ``area`` allows, proportions kept, centred."""
        image = QImage.fromData(picture.png)
        if image.isNull():
            return
        scale = min(area.width() / image.width(), area.height() / image.height())
        size = QSizeF(image.width() * scale, image.height() * scale)
        corner = area.center() - QPointF(size.width() / 2, size.height() / 2)
        self.painter.drawImage(QRectF(corner, size), image)

    def header(self, slide: Slide) -> float:
        painter, y = self.painter, 0.0
        cover = slide.key == "cover"
        if cover:
            y = self.height * 0.28
        title_font = font(TITLE_POINTS * (1.5 if cover else 1), bold=True)
        painter.setFont(title_font)
        painter.setPen(ACCENT)
        height = self.metrics(title_font).height() * (2.6 if cover else 1.6)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(QRectF(0, y, self.width, height), self.text(slide.title), option)
        y += height
        painter.setPen(QColor("black"))
        if slide.subtitle is not None:
            painter.setFont(font(SUBTITLE_POINTS))
            step = self.metrics(painter.font()).height() * 1.5
            painter.drawText(QRectF(0, y, self.width, step), self.text(slide.subtitle))
            y += step
        painter.setFont(font(BULLET_POINTS))
        step = self.metrics(painter.font()).height() * 1.4
        for bullet in slide.bullets:
            mark = "" if cover else "• "
            painter.drawText(QRectF(0, y, self.width, step), mark + self.text(bullet))
            y += step
        return y

    def table(self, table: Table, part: _Part, top: float) -> None:
        widths = self.column_widths(table, self.table_width(part.slide))
        self.numeric = [
            all(isinstance(row[column], Figure) for row in table.rows)
            for column in range(len(table.columns))
        ]
        y = top + self.cells(table.columns, widths, top, bold=True, header=True)
        first_total = len(table.rows) - table.totals
        for index in range(part.first, part.last):
            shade = index % 2 == 1
            y += self.cells(table.rows[index], widths, y, bold=index >= first_total, shade=shade)

    def cells(
        self,
        cells: tuple[Cell, ...],
        widths: list[float],
        y: float,
        *,
        bold: bool,
        header: bool = False,
        shade: bool = False,
    ) -> float:
        painter, pad = self.painter, self.line * PAD
        height = self.row_height(cells, widths, bold, header)
        total = sum(widths)
        if header or shade:
            painter.fillRect(QRectF(0, y, total, height), ACCENT if header else STRIPE)
        painter.setFont(font(HEADER_POINTS if header else BODY_POINTS, bold=bold))
        painter.setPen(QColor("white") if header else QColor("black"))
        x = 0.0
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            numeric = isinstance(cell, Figure) or (header and self.numeric[column])
            align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            box = QRectF(x + pad / 2, y + pad, width - pad, height - pad * 2)
            painter.drawText(box, flags, self.text(cell))
            x += width
        painter.setPen(QColor("#BBBBBB"))
        painter.drawLine(0, int(y + height), int(total), int(y + height))
        return height

    def footer(self, title: str, page: int, pages: int) -> None:
        painter = self.painter
        painter.setFont(font(FOOTER_POINTS))
        painter.setPen(QColor("black"))
        box = QRectF(0, self.height, self.width, self.footer_height)
        bottom = Qt.AlignmentFlag.AlignBottom
        number = self.text(message(QT_TR_NOOP("Page {page} of {pages}"), page=page, pages=pages))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | bottom), title)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | bottom), number)
