"""Ctrl+P in the Organisasjon tab: the unit tree, or the comparison, as text on A4 pages.

The tree is painted row by row rather than laid out as one rich-text table: a scenario of
10,000 units then prints in about a second, every page repeats the column headings, and the
footer can say "page 3 of 40". Every unit is printed (expanded), indented by its depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QWidget

# name, level, leader title, leader, headcount: the tree's columns except the count of units
# below, which repeats what the indentation shows.
PRINT_COLUMNS = (0, 1, 2, 3, 4)
COLUMN_SHARES = (0.4, 0.13, 0.17, 0.18, 0.12)  # of the page width
RIGHT_ALIGNED = frozenset({4})  # numbers line up on the right, as on screen
BODY_POINTS = 10.0  # body text 10 pt or larger, as every printed document
TITLE_POINTS = 14.0
RULE_COLOUR = QColor("#BBBBBB")  # thin lines between rows; text itself is black


@dataclass(frozen=True)
class TreeRow:
    depth: int  # 0 for a top-level unit
    cells: tuple[str, ...]


@dataclass(frozen=True)
class TreePrintout:
    """What a tree print says; the caller has translated every text."""

    title: str
    subtitle: str  # the date, and the filter when one is set
    headers: tuple[str, ...]
    rows: Sequence[TreeRow]
    page_template: str  # "Page %1 of %2"


def tree_rows(model: QAbstractItemModel, columns: Sequence[int] = PRINT_COLUMNS) -> list[TreeRow]:
    """Every row of ``model`` in display order, whether expanded in the view or not."""
    rows: list[TreeRow] = []
    # An explicit stack: a deep tree must not hit Python's recursion limit.
    stack: list[tuple[QModelIndex, int]] = [
        (model.index(row, 0), 0) for row in reversed(range(model.rowCount()))
    ]
    while stack:
        index, depth = stack.pop()
        cells = tuple(_text(model, index.siblingAtColumn(column)) for column in columns)
        rows.append(TreeRow(depth, cells))
        children = model.rowCount(index)
        stack.extend((model.index(row, 0, index), depth + 1) for row in reversed(range(children)))
    return rows


def _text(model: QAbstractItemModel, index: QModelIndex) -> str:
    value = model.data(index, Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def headers_of(
    model: QAbstractItemModel, columns: Sequence[int] = PRINT_COLUMNS
) -> tuple[str, ...]:
    return tuple(
        str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns
    )


# -- the printer ---------------------------------------------------------------------------------


def ask_printer(parent: QWidget, title: str) -> QPagedPaintDevice | None:
    """The system's print dialog, set to A4 portrait; None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded on first print only

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


# -- painting the tree ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Sizes in the device's pixels, measured with the device's own font metrics."""

    width: float
    height: float
    row_height: float
    indent: float
    padding: float
    title_height: float
    footer_height: float
    column_x: tuple[float, ...]
    column_width: tuple[float, ...]

    def rows_on_page(self, first: bool) -> int:
        # The title block is on the first page only; the headings are on every page.
        space = self.height - self.footer_height - self.row_height * 1.5
        if first:
            space -= self.title_height
        return max(1, int(space // self.row_height))

    def page_count(self, rows: int) -> int:
        first = self.rows_on_page(True)
        if rows <= first:
            return 1
        rest = self.rows_on_page(False)
        return 1 + -(-(rows - first) // rest)


def _fonts(device: QPagedPaintDevice) -> tuple[QFont, QFont, QFont]:
    body = QFont()
    body.setPointSizeF(BODY_POINTS)
    bold = QFont(body)
    bold.setBold(True)
    title = QFont(body)
    title.setPointSizeF(TITLE_POINTS)
    title.setBold(True)
    return body, bold, title


def _layout(device: QPagedPaintDevice, body: QFont, title: QFont) -> _Layout:
    metrics = QFontMetricsF(body, device)
    title_metrics = QFontMetricsF(title, device)
    width, height = float(device.width()), float(device.height())
    widths = tuple(width * share for share in COLUMN_SHARES)
    xs = tuple(sum(widths[:i]) for i in range(len(widths)))
    return _Layout(
        width=width,
        height=height,
        row_height=metrics.height() * 1.4,
        indent=metrics.horizontalAdvance("M") * 1.5,
        padding=metrics.horizontalAdvance(" "),
        title_height=title_metrics.height() * 1.3 + metrics.height() * 2.2,
        footer_height=metrics.height() * 2,
        column_x=xs,
        column_width=widths,
    )


def paint_tree(device: QPagedPaintDevice, printout: TreePrintout) -> int:
    """Paint ``printout`` on ``device`` (a printer or PDF writer); returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        body, bold, title = _fonts(device)
        layout = _layout(device, body, title)
        pages = layout.page_count(len(printout.rows))
        metrics = QFontMetricsF(body, device)
        position = 0
        for page in range(pages):
            if page:
                device.newPage()
            y = _paint_title(painter, layout, printout, title, body) if page == 0 else 0.0
            y = _paint_headers(painter, layout, printout.headers, bold, y)
            count = layout.rows_on_page(page == 0)
            painter.setFont(body)
            for row in printout.rows[position : position + count]:
                _paint_row(painter, layout, metrics, row, y)
                y += layout.row_height
            position += count
            _paint_footer(painter, layout, printout, body, page + 1, pages)
    finally:
        painter.end()
    return pages


def _paint_title(
    painter: QPainter, layout: _Layout, printout: TreePrintout, title: QFont, body: QFont
) -> float:
    painter.setPen(QColor("black"))
    painter.setFont(title)
    title_height = QFontMetricsF(title, painter.device()).height() * 1.3
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(0, 0, layout.width, title_height), flags, printout.title)
    painter.setFont(body)
    subtitle = QRectF(0, title_height, layout.width, layout.row_height)
    painter.drawText(subtitle, flags, printout.subtitle)
    return layout.title_height


def _paint_headers(
    painter: QPainter, layout: _Layout, headers: Sequence[str], bold: QFont, y: float
) -> float:
    painter.setFont(bold)
    painter.setPen(QColor("black"))
    metrics = QFontMetricsF(bold, painter.device())
    for column, text in enumerate(headers):
        _cell(painter, layout, metrics, column, y, text, 0.0)
    bottom = y + layout.row_height
    painter.drawLine(QPointF(0, bottom), QPointF(layout.width, bottom))
    return bottom + layout.row_height * 0.5


def _paint_row(
    painter: QPainter, layout: _Layout, metrics: QFontMetricsF, row: TreeRow, y: float
) -> None:
    painter.setPen(QColor("black"))
    for column, text in enumerate(row.cells):
        indent = layout.indent * row.depth if column == 0 else 0.0
        _cell(painter, layout, metrics, column, y, text, indent)
    painter.setPen(QPen(RULE_COLOUR, 0))  # cosmetic: one device pixel, however fine the printer
    bottom = y + layout.row_height
    painter.drawLine(QPointF(0, bottom), QPointF(layout.width, bottom))


def _cell(
    painter: QPainter,
    layout: _Layout,
    metrics: QFontMetricsF,
    column: int,
    y: float,
    text: str,
    indent: float,
) -> None:
    x = layout.column_x[column] + layout.padding + indent
    width = max(0.0, layout.column_width[column] - 2 * layout.padding - indent)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    align = Qt.AlignmentFlag.AlignRight if column in RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft
    painter.drawText(
        QRectF(x, y, width, layout.row_height), align | Qt.AlignmentFlag.AlignVCenter, shown
    )


def _paint_footer(
    painter: QPainter, layout: _Layout, printout: TreePrintout, body: QFont, page: int, pages: int
) -> None:
    painter.setFont(body)
    painter.setPen(QColor("black"))
    rect = QRectF(0, layout.height - layout.footer_height, layout.width, layout.footer_height)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | bottom, printout.title)
    text = printout.page_template.replace("%1", str(page)).replace("%2", str(pages))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | bottom, text)


__all__ = [
    "TreePrintout",
    "TreeRow",
    "ask_printer",
    "headers_of",
    "paint_tree",
    "tree_rows",
]
