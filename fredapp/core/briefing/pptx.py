"""The briefing as a 16:9 PowerPoint file (python-pptx): native tables and charts that open and
stay editable in PowerPoint and LibreOffice Impress, not pictures of them."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.chart import data as chart_data
from pptx.dml import color as dml_color
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from fredapp.core.briefing.model import (
    Briefing,
    Cell,
    Chart,
    ChartKind,
    Figure,
    Picture,
    Slide,
    Table,
    Translate,
    render,
    table_share,
)
from fredapp.core.messages import QT_TR_NOOP, message

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.6)
TITLE_POINTS, SUBTITLE_POINTS, BULLET_POINTS, FOOTER_POINTS = 28, 18, 16, 10
# python-pptx has no type hints for these two: called through Any so the core stays strict.
_CHART_DATA: Any = chart_data.CategoryChartData
_RGB: Any = dml_color.RGBColor
ACCENT = _RGB(0x00, 0x5A, 0x8C)  # Fredrikstad blue: titles, header rows, the home bar
HIGHLIGHT = _RGB(0xC8, 0x4B, 0x1E)
CHART_TYPES = {
    ChartKind.COLUMNS: XL_CHART_TYPE.COLUMN_CLUSTERED,
    ChartKind.STACKED: XL_CHART_TYPE.COLUMN_STACKED,
    ChartKind.BARS: XL_CHART_TYPE.BAR_CLUSTERED,
    ChartKind.LINES: XL_CHART_TYPE.LINE_MARKERS,
}
_BLANK_LAYOUT = 6
CELL_MARGIN = Inches(0.06)


def write_pptx(path: Path, briefing: Briefing, translate: Translate, language: str) -> int:
    """Write the briefing to ``path`` (beside it first, then moved: a failed write leaves the old
    file); returns the number of slides."""
    text = _Renderer(translate, language)
    deck: Any = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = text(briefing.title)
    deck.core_properties.author = "FredApp"
    total = len(briefing.slides)
    for number, slide in enumerate(briefing.slides, 1):
        page = deck.slides.add_slide(deck.slide_layouts[_BLANK_LAYOUT])
        if slide.key == "cover":
            _cover(page, slide, text)
        else:
            _content(page, slide, text)
        _footer(
            page,
            text(briefing.title),
            text(message(QT_TR_NOOP("Page {page} of {pages}"), page=number, pages=total)),
        )
    handle, temporary = tempfile.mkstemp(suffix=".pptx", dir=path.parent)
    os.close(handle)
    try:
        deck.save(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return total


class _Renderer:
    def __init__(self, translate: Translate, language: str) -> None:
        self.translate, self.language = translate, language

    def __call__(self, item: Cell) -> str:
        return render(item, self.translate, self.language)


def _textbox(
    page: Any,
    left: int,
    top: int,
    width: int,
    height: int,
    lines: list[str],
    points: float,
    *,
    bold: bool = False,
    color: Any = None,
    align: Any = None,
) -> Any:
    box = page.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size = Pt(points)
        paragraph.font.bold = bold
        if color is not None:
            paragraph.font.color.rgb = color
        if align is not None:
            paragraph.alignment = align
    return box


def _cover(page: Any, slide: Slide, text: _Renderer) -> None:
    width = WIDTH - 2 * MARGIN
    title = _textbox(
        page,
        MARGIN,
        Inches(2.0),
        width,
        Inches(1.6),
        [text(slide.title)],
        40,
        bold=True,
        color=ACCENT,
    )
    title.name = "Title"
    if slide.subtitle is not None:
        _textbox(page, MARGIN, Inches(3.7), width, Inches(0.7), [text(slide.subtitle)], 24)
    _textbox(page, MARGIN, Inches(4.6), width, Inches(1.6), [text(b) for b in slide.bullets], 18)


def _content(page: Any, slide: Slide, text: _Renderer) -> int:
    width = WIDTH - 2 * MARGIN
    heading = text(slide.title)
    title = _textbox(
        page,
        MARGIN,
        Inches(0.35),
        width,
        Inches(0.8),
        [heading],
        TITLE_POINTS if len(heading) <= 60 else TITLE_POINTS - 6,  # one line, not into the table
        bold=True,
        color=ACCENT,
    )
    title.name = "Title"
    top = int(Inches(1.2))
    if slide.subtitle is not None:
        _textbox(page, MARGIN, top, width, Inches(0.5), [text(slide.subtitle)], SUBTITLE_POINTS)
        top += Inches(0.55)
    if slide.bullets:
        height = Inches(0.42) * len(slide.bullets)
        _textbox(
            page, MARGIN, top, width, height, ["• " + text(b) for b in slide.bullets], BULLET_POINTS
        )
        top += height + Inches(0.1)
    bottom = HEIGHT - Inches(0.7)
    if slide.table is not None and slide.chart is not None:
        table_width = int(width * table_share(slide.table))
        _table(page, slide.table, text, MARGIN, top, table_width, bottom - top)
        gap = Inches(0.3)
        _chart(
            page,
            slide.chart,
            text,
            MARGIN + table_width + gap,
            top,
            width - table_width - gap,
            bottom - top,
        )
    elif slide.table is not None:
        _table(page, slide.table, text, MARGIN, top, width, bottom - top)
    elif slide.chart is not None:
        _chart(page, slide.chart, text, MARGIN, top, width, bottom - top)
    if slide.picture is not None:
        _picture(page, slide.picture, text, MARGIN, top, width, bottom - top)
    return top


def _picture(
    page: Any, picture: Picture, text: _Renderer, left: int, top: int, width: int, height: int
) -> None:
    """The picture as large as the area allows, its proportions kept, centred; its description
    as the alternative text a screen reader reads."""
    scale = min(width / max(picture.width, 1), height / max(picture.height, 1))
    shown_width, shown_height = int(picture.width * scale), int(picture.height * scale)
    shape = page.shapes.add_picture(
        io.BytesIO(picture.png),
        left + (width - shown_width) // 2,
        top + (height - shown_height) // 2,
        shown_width,
        shown_height,
    )
    shape.name = "Picture"
    shape._element.nvPicPr.cNvPr.set("descr", text(picture.description))


def _footer(page: Any, title: str, number: str) -> None:
    top, height = HEIGHT - Inches(0.5), Inches(0.35)
    half = (WIDTH - 2 * MARGIN) // 2
    _textbox(page, MARGIN, top, half, height, [title], FOOTER_POINTS)
    _textbox(page, MARGIN + half, top, half, height, [number], FOOTER_POINTS, align=PP_ALIGN.RIGHT)


def _table_points(table: Table) -> float:
    rows = len(table.rows) + 1
    return 14 if rows <= 7 else 12 if rows <= 11 else 11


def _table(
    page: Any, table: Table, text: _Renderer, left: int, top: int, width: int, height: int
) -> None:
    points = _table_points(table)
    count = len(table.rows) + 1
    row_height = min(Pt(points * 2.6), height // count)
    shape = page.shapes.add_table(count, len(table.columns), left, top, width, row_height * count)
    grid = shape.table
    widths = table.widths or (1.0,) * len(table.columns)
    # Straight into the XML: python-pptx's setters resize the whole frame after every one.
    for index, share in enumerate(widths):
        grid.columns[index]._gridCol.w = Emu(int(width * share / sum(widths)))
    for row in grid.rows:
        row._tr.h = Emu(row_height)
    numeric = [column > 0 and _numeric(table, column) for column in range(len(table.columns))]
    rows = (table.columns, *table.rows)
    first_total = len(rows) - table.totals
    # Row by row and cell by cell: grid.cell(r, c) searches the XML again for every cell.
    for row_index, (row, cells) in enumerate(zip(rows, grid.rows, strict=True)):
        bold = row_index == 0 or row_index >= first_total
        for column, (item, cell) in enumerate(zip(row, cells.cells, strict=True)):
            right = numeric[column] if row_index == 0 else isinstance(item, Figure)
            # Headings a little smaller, so a word such as "Unanswered" keeps to one line.
            size = max(10, points - 3) if row_index == 0 else points
            _cell(cell, text(item), size, bold=bold, right=right)


def _numeric(table: Table, column: int) -> bool:
    return bool(table.rows) and all(isinstance(row[column], Figure) for row in table.rows)


def _cell(cell: Any, value: str, points: float, *, bold: bool, right: bool) -> None:
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    cell.margin_left = cell.margin_right = CELL_MARGIN
    paragraph = cell.text_frame.paragraphs[0]
    run = paragraph.add_run()
    run.text = value
    run.font.size = Pt(points)
    if bold:
        run.font.bold = True
    if right:
        paragraph.alignment = PP_ALIGN.RIGHT


def _chart(
    page: Any, chart: Chart, text: _Renderer, left: int, top: int, width: int, height: int
) -> None:
    data = _CHART_DATA(number_format="0" if chart.decimals == 0 else "0." + "0" * chart.decimals)
    data.categories = [text(category) for category in chart.categories]
    for series in chart.series:
        data.add_series(text(series.name), series.values)
    frame = page.shapes.add_chart(CHART_TYPES[chart.kind], left, top, width, height, data)
    plot: Any = frame.chart
    plot.has_title = True
    plot.chart_title.text_frame.text = text(chart.title)
    plot.chart_title.text_frame.paragraphs[0].font.size = Pt(16)
    plot.has_legend = len(chart.series) > 1
    if plot.has_legend:
        plot.legend.position = XL_LEGEND_POSITION.BOTTOM
        plot.legend.include_in_layout = False  # the legend sits below the plot, never on it
        plot.legend.font.size = Pt(12)
    axis = plot.value_axis
    axis.has_title = True
    axis.axis_title.text_frame.text = text(chart.axis_title)
    axis.axis_title.text_frame.paragraphs[0].font.size = Pt(12)
    axis.tick_labels.font.size = Pt(12)
    plot.category_axis.tick_labels.font.size = Pt(11)
    if chart.highlight is not None and chart.kind in (ChartKind.COLUMNS, ChartKind.BARS):
        point = plot.plots[0].series[0].points[chart.highlight]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = HIGHLIGHT
