"""A document of parts laid out one after another on pages: a table row or a block is never split.

QTextDocument breaks a table row across a page (a checklist item's title on one page, its note
on the next) and repeats a table's header only sometimes. Here every part (a heading, a
paragraph, a table's header row, each table row, a signature block) is a small QTextDocument laid
out on the device at the page's width (:mod:`fredapp.ui.document_page`: points are points); the
parts are then put on pages whole. A part that does not fit moves to the next page, taking along
a heading or header before it (``keep_with_next``) or the part before it when it asks to
(``keep_with_previous``: a signature block is never alone on its page); a page that continues a
table starts with its header row. Only a part taller than a whole page is cut, between pages.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from fredapp.ui.document_page import Progress, font, footer_height, paint_footer

HEADER_BACKGROUND = "#E8E8E8"
RULE = QColor("#9A9A9A")  # the line under a table row; the header's is black


@dataclass(frozen=True)
class Column:
    header: str  # plain text
    share: float  # of the page's width, in per cent
    align: str = "left"


@dataclass
class _Part:
    html: str
    table: int | None = None  # the table whose row this is
    header: bool = False  # the table's header row (repeated on a continued page)
    keep_with_next: bool = False
    keep_with_previous: bool = False
    space_before: float = 0.0  # points of white above (a block's own top margin is not kept)
    rule: QColor | None = None  # a line under the part


@dataclass
class _Laid:
    document: QTextDocument
    height: float  # with the space above
    space: float = 0.0  # device pixels of white above the text


@dataclass
class FlowDocument:
    """Parts added in reading order, then :meth:`write` to a PDF writer or printer."""

    title: str
    parts: list[_Part] = field(default_factory=list)
    headers: list[int] = field(default_factory=list)  # per table: its header part

    def heading(self, text: str, level: int = 1) -> None:
        """A heading kept on the page of what follows it."""
        fragment = f"<h{level}>{html.escape(text)}</h{level}>"
        space = 12.0 if level > 1 else 0.0  # apart from what was before
        self.parts.append(_Part(fragment, keep_with_next=True, space_before=space))

    def block(
        self, fragment: str, *, keep_with_previous: bool = False, space_before: float = 0.0
    ) -> None:
        """Rich text (HTML) kept whole on one page, ``space_before`` points below the last."""
        self.parts.append(
            _Part(fragment, keep_with_previous=keep_with_previous, space_before=space_before)
        )

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        backgrounds: Sequence[str | None] = (),
    ) -> None:
        """A table: ``rows`` of cells in HTML, one row never split, the header on every page
        the table runs onto; ``backgrounds[n]`` shades row n."""
        number = len(self.headers)
        self.headers.append(len(self.parts))
        head = "".join(
            f'<th width="{c.share:g}%" align="{c.align}" bgcolor="{HEADER_BACKGROUND}">'
            f"{html.escape(c.header)}</th>"
            for c in columns
        )
        self.parts.append(
            _Part(_row_table(head), number, True, keep_with_next=True, rule=QColor("black"))
        )
        for index, cells in enumerate(rows):
            shade = backgrounds[index] if index < len(backgrounds) else None
            colour = f' style="background-color:{shade}"' if shade else ""
            row = "".join(
                f'<td width="{c.share:g}%" align="{c.align}" valign="top"{colour}>{cell}</td>'
                for c, cell in zip(columns, cells, strict=True)
            )
            self.parts.append(_Part(_row_table(row), number, rule=RULE))

    def write(self, device: QPagedPaintDevice, progress: Progress | None = None) -> int:
        """Lay the parts out on ``device`` and draw them page by page; return the pages."""
        laid = [_lay_out(part.html, device, part.space_before) for part in self.parts]
        usable = device.height() - footer_height(device)
        pages = _paginate(self.parts, [p.height for p in laid], self._repeat_height(laid), usable)
        painter = QPainter()
        if not painter.begin(device):
            return 0
        try:
            for number, entries in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                self._paint_page(painter, laid, entries, usable)
                paint_footer(painter, self.title, number, len(pages))
                if progress is not None:
                    progress(number, len(pages))
        finally:
            painter.end()
        return len(pages)

    def _repeat_height(self, laid: list[_Laid]) -> list[float]:
        """Per part: the header height a page starting with it begins with."""
        return [
            laid[self.headers[part.table]].height
            if part.table is not None and not part.header
            else 0.0
            for part in self.parts
        ]

    def _paint_page(
        self, painter: QPainter, laid: list[_Laid], entries: list[tuple[int, float]], usable: float
    ) -> None:
        y = 0.0
        first = self.parts[entries[0][0]]
        if first.table is not None and not first.header and entries[0][1] == 0:
            header = self.headers[first.table]
            y = _paint(painter, laid[header], self.parts[header], y, 0.0, usable)
        for index, offset in entries:
            y = _paint(painter, laid[index], self.parts[index], y, offset, usable)


def _row_table(cells: str) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="5"><tr>{cells}</tr></table>'


def _lay_out(fragment: str, device: QPagedPaintDevice, space_before: float) -> _Laid:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # fonts measured on the paper
    document.setDefaultFont(font())
    document.setDocumentMargin(0)
    document.setHtml(fragment)
    document.setTextWidth(device.width())
    space = space_before * device.logicalDpiY() / 72
    return _Laid(document, document.size().height() + space, space)


def _paint(
    painter: QPainter, laid: _Laid, part: _Part, y: float, offset: float, usable: float
) -> float:
    """Draw ``laid`` from its own ``offset`` down at page height ``y``; return the new y."""
    shown = min(laid.height - offset, usable - y)
    width = laid.document.textWidth()
    painter.save()
    painter.translate(0, y - offset + laid.space)
    clip = QRectF(0, offset - laid.space, width, shown)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    laid.document.documentLayout().draw(painter, context)
    painter.restore()
    if part.rule is not None and offset + shown >= laid.height:
        painter.save()
        painter.setPen(QPen(part.rule, 1))
        bottom = y + shown - 0.5
        painter.drawLine(QPointF(0, bottom), QPointF(width, bottom))
        painter.restore()
    return y + shown


def _paginate(
    parts: Sequence[_Part], heights: Sequence[float], repeat: Sequence[float], usable: float
) -> list[list[tuple[int, float]]]:
    """Each page's parts as (index, offset into the part); offset > 0 only for a part taller
    than a page, which is the one thing cut."""
    pages: list[list[tuple[int, float]]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        page = pages[-1]
        if not page:
            used = repeat[index]
        if used + height <= usable or not page:
            page.append((index, 0.0))
            used += height
        else:
            carry = _carried(parts, page, index)
            carried_height = sum(heights[i] for i in carry) + height
            if repeat[(carry or [index])[0]] + carried_height > usable:  # too much: just this
                carry = []
            del page[len(page) - len(carry) :]
            used = repeat[carry[0] if carry else index] + sum(heights[i] for i in carry)
            pages.append([(i, 0.0) for i in carry] + [(index, 0.0)])
            used += height
        offset = 0.0
        while used > usable:  # a part taller than a page goes on, cut, onto the next
            offset += usable - (used - (height - offset))
            pages.append([(index, offset)])
            used = height - offset
    return pages


def _carried(parts: Sequence[_Part], page: list[tuple[int, float]], index: int) -> list[int]:
    """The parts at the end of ``page`` that go to the next page with part ``index``; at least
    one part stays behind."""
    carry: list[int] = []
    position = len(page) - 1
    follower = index
    while position > 0:
        before = page[position][0]
        if page[position][1] or not (
            parts[before].keep_with_next or parts[follower].keep_with_previous
        ):
            break
        carry.insert(0, before)
        follower = before
        position -= 1
    return carry


__all__ = ["Column", "FlowDocument"]
