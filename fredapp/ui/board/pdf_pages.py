"""The board on PDF pages: each column of a swimlane runs on from page to page by itself.

One cut across the whole board must dodge every card of every column; with cards of different
heights side by side, dodging one card lands inside another, and the cut crept up until a page
held little or nothing. Here each column of a lane takes as many whole cards as the page has
room for, and goes on at the top of the next page; the lane goes on there under the column
headers, with its name again. A page is then only short by what keeping a card whole needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QRegion
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from fredapp.ui.board.export import StaticBoard

PAD = 3  # board pixels kept above and below a card: its border and shadow


@dataclass(frozen=True)
class Slice:
    """Part of one column's cell: grid pixels ``top`` to ``bottom``."""

    column: int
    top: int
    bottom: int


@dataclass
class Segment:
    """The part of a swimlane on one page."""

    lane: int
    first: bool  # the lane begins here: its header is drawn, not just its name
    slices: list[Slice] = field(default_factory=list)
    height: int = 0


@dataclass
class _Lane:
    top: int
    bottom: int
    cards: list[list[tuple[int, int]]]  # per column, each card's (top, bottom) in grid pixels


def _lanes(board: StaticBoard) -> list[_Lane]:
    grid = board.grid
    lanes = []
    for lane, header in enumerate(grid.lane_headers):
        views = [grid.views[(c, lane)] for c in range(len(grid.column_headers))]
        top = min([header.geometry().top()] + [v.geometry().top() for v in views])
        bottom = max([header.geometry().bottom()] + [v.geometry().bottom() for v in views]) + 1
        cards = []
        for view in views:
            spans = []
            for row in range(view.proxy.rowCount()):
                rect = view.visualRect(view.proxy.index(row, 0))
                if not rect.isEmpty():
                    y = view.viewport().mapTo(grid, rect.topLeft()).y()
                    spans.append((y, y + rect.height()))
            cards.append(sorted(spans))
        lanes.append(_Lane(top, bottom, cards))
    return lanes


def paginate(board: StaticBoard, first_room: int, room: int) -> list[list[Segment]]:
    """The board's lanes cut into pages with ``first_room`` then ``room`` board pixels below the
    column headers; a card is never cut unless it is taller than a page."""
    gap = board.grid.grid_layout.spacing()
    pages: list[list[Segment]] = [[]]
    free = first_room
    for number, lane in enumerate(_lanes(board)):
        done = [0] * len(lane.cards)
        first = True
        while first or any(d < len(c) for d, c in zip(done, lane.cards, strict=True)):
            segment = _segment(number, lane, done, first, free)
            if segment is None:
                if pages[-1]:
                    pages.append([])
                    free = room
                    continue
                segment = _forced(number, lane, done, first, free)
            pages[-1].append(segment)
            free -= segment.height + gap
            first = False
            if any(d < len(c) for d, c in zip(done, lane.cards, strict=True)):
                pages.append([])
                free = room
    return [page for page in pages if page]


def _segment(number: int, lane: _Lane, done: list[int], first: bool, free: int) -> Segment | None:
    """As many whole cards of each column as fit in ``free``; None if not one fits."""
    segment = Segment(number, first)
    if first and not any(lane.cards):  # an empty lane: its row as it is
        height = lane.bottom - lane.top
        if height > free:
            return None
        segment.slices = [Slice(c, lane.top, lane.bottom) for c in range(len(lane.cards))]
        segment.height = height
        return segment
    for column, cards in enumerate(lane.cards):
        start = done[column]
        if start >= len(cards):
            continue
        top = lane.top if first else max(cards[start][0] - PAD, _bottom(cards, start - 1))
        end = start
        while end < len(cards) and _below(cards, end) - top <= free:
            end += 1
        if end > start:
            segment.slices.append(Slice(column, top, _below(cards, end - 1)))
            done[column] = end
    if not segment.slices:
        return None
    segment.height = max(s.bottom - s.top for s in segment.slices)
    if first:  # the cells without cards are drawn too, as empty as they are
        shown = {s.column for s in segment.slices}
        segment.slices += [
            Slice(c, lane.top, lane.top + segment.height)
            for c in range(len(lane.cards))
            if c not in shown and not lane.cards[c]
        ]
    return segment


def _below(cards: list[tuple[int, int]], index: int) -> int:
    """Where a slice ending with card ``index`` ends: a little below it, short of the next
    card (a card the slice touches is drawn whole on a PDF, and its text read twice)."""
    bottom = cards[index][1] + PAD
    return min(bottom, cards[index + 1][0]) if index + 1 < len(cards) else bottom


def _bottom(cards: list[tuple[int, int]], index: int) -> int:
    return cards[index][1] if index >= 0 else 0


def _forced(number: int, lane: _Lane, done: list[int], first: bool, free: int) -> Segment:
    """A card taller than a whole page: its top part, as much as the page holds."""
    column = next(c for c, cards in enumerate(lane.cards) if done[c] < len(cards))
    card = lane.cards[column][done[column]]
    top = lane.top if first else card[0] - PAD
    done[column] += 1
    return Segment(number, first, [Slice(column, top, top + free)], free)


def paint_segment(painter: QPainter, board: StaticBoard, segment: Segment, y: int) -> None:
    """Draw ``segment`` with its top at board pixel ``y`` (the painter in board pixels)."""
    grid = board.grid
    for piece in segment.slices:
        view = grid.views[(piece.column, segment.lane)]
        _render(
            painter, board, QRect(view.x(), piece.top, view.width(), piece.bottom - piece.top), y
        )
    header = grid.lane_headers[segment.lane]
    if segment.first:
        top = min([header.y()] + [s.top for s in segment.slices])
        _render(painter, board, QRect(header.x(), top, header.width(), segment.height), y)
    else:
        board.paint_lane_name(painter, segment.lane, y)


def _render(painter: QPainter, board: StaticBoard, source: QRect, y: int) -> None:
    """The grid's ``source`` (grid pixels) with its top at board pixel ``y``. Clipped here:
    on a PDF writer, render() draws a child list whole, not only its part in the region."""
    target = QPoint(board.MARGIN + source.x(), y)
    painter.save()
    painter.setClipRect(QRect(target, source.size()), Qt.ClipOperation.IntersectClip)
    board.grid.render(painter, target, QRegion(source), QWidget.RenderFlag.DrawChildren)
    painter.restore()


__all__ = ["Segment", "Slice", "paginate", "paint_segment"]
