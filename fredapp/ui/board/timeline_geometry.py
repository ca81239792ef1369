"""The timeline view's geometry: the frame in view, the rows it shows, its scroll bars, zoom
and scrolling to a date.

Functions of a :class:`~fredapp.ui.board.timeline.TimelineView`, which keeps its methods of
the same names (the panel, the input handling and the tests call those).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fredapp.ui.board.timeline_frame import Frame
from fredapp.ui.board.timeline_layout import ZOOMS, plan_start

if TYPE_CHECKING:
    from fredapp.ui.board.timeline import TimelineView


def view_frame(view: TimelineView) -> Frame:
    """Where the label column, the month header, the rows and the scrolled time are now."""
    viewport = view.viewport()
    return Frame(
        width=viewport.width(),
        height=viewport.height(),
        label_width=view.label_width(),
        header_height=view.header_height(),
        row_height=view.row_height(),
        scale=view.scale,
        x_offset=view.horizontalScrollBar().value(),
        y_offset=view.verticalScrollBar().value(),
    )


def visible_rows(view: TimelineView) -> tuple[int, int]:
    """The first row in view and the one after the last (all rows one height)."""
    frame = view.frame()
    first = int(frame.y_offset // frame.row_height)
    count = int((frame.height - frame.header_height) // frame.row_height) + 2
    return first, min(len(view.rows), first + count)


def update_scrollbars(view: TimelineView) -> None:
    """The scroll bars' ranges for the time span and rows beside the label column and header."""
    viewport = view.viewport()
    time_room = viewport.width() - view.label_width()
    rows_room = viewport.height() - view.header_height()
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    horizontal.setRange(0, max(0, int(view.scale.width - time_room)))
    horizontal.setPageStep(max(1, int(time_room)))
    horizontal.setSingleStep(max(1, int(view.scale.per_day * 7)))
    vertical.setRange(0, max(0, int(len(view.rows) * view.row_height() - rows_room)))
    vertical.setPageStep(max(1, int(rows_room)))
    vertical.setSingleStep(max(1, int(view.row_height())))


def zoom_by(view: TimelineView, steps: int, anchor: float | None = None) -> None:
    """Zoom keeping the date under ``anchor`` (viewport x; the middle when None) in place."""
    zoom = max(0, min(len(ZOOMS) - 1, view.zoom + steps))
    if zoom == view.zoom:
        return
    frame = view.frame()
    x = (frame.label_width + frame.width) / 2 if anchor is None else anchor
    date = view.scale.date_at(x - frame.label_width + frame.x_offset)
    view.zoom = zoom
    view.scale = view.scale.with_per_day(ZOOMS[zoom])
    view.compose()
    value = view.scale.x(date) - (x - frame.label_width)
    view.horizontalScrollBar().setValue(int(value))


def scroll_to_date(view: TimelineView, date: dt.date) -> None:
    """Put ``date`` in the middle of the time room."""
    frame = view.frame()
    middle = (frame.width - frame.label_width) / 2
    view.horizontalScrollBar().setValue(int(view.scale.x(date) - middle))


def scroll_to_first(view: TimelineView) -> None:
    """Where the plan begins: the first milestone or bar at the left (what people look at
    first), or today when nothing has a date."""
    first = plan_start(view.rows, view.milestones)
    if first is None:
        view.scroll_to_date(view.today())
    else:
        view.horizontalScrollBar().setValue(int(view.scale.x(first)))
