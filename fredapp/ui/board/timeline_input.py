"""Choosing on the timeline and changing dates: dragging a bar or its ends, and the keyboard.

A press on a bar's end takes hold of that end (its start or due date), on its body the whole
bar; while dragging, the row shows the measure with its new dates (a :class:`Preview`), and
on release the view asks once for the new dates (``dates_requested``), which the panel writes
as one undoable operation or refuses with the core's message. Keys: ↑/↓ (Home/End) choose a
measure, Shift+←/→ move its due date a week, Alt+←/→ its start, Enter opens it, +/− zoom;
Insert asks for a new milestone, Enter and Delete on a chosen one to edit or delete it.
Tab is left to move on to the next control (no keyboard trap).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent

from fredapp.ui import formatting
from fredapp.ui.board.timeline_frame import Frame
from fredapp.ui.board.timeline_layout import (
    MEASURE,
    MILESTONES,
    MeasureRecord,
    MilestoneRecord,
    Row,
    moved_dates,
)

if TYPE_CHECKING:
    from fredapp.ui.board.model import MeasureTableModel
    from fredapp.ui.board.timeline import TimelineView

GRAB = 6  # pixels either side of a bar's end that take hold of the end
KEY_STEP_DAYS = 7
FAR = 2**31  # a step past either end: Home and End


@dataclass
class Preview:
    """A measure as it would be with other dates (drawn while a bar is dragged)."""

    id: uuid.UUID
    code: str
    title: str
    dimension: str
    level: str
    status: str
    start_date: dt.date | None
    due_date: dt.date | None


@dataclass
class Drag:
    measure: MeasureRecord
    row: int
    part: str  # "start", "due" or "both"
    x: float
    days: int = 0


def hit(
    frame: Frame, rows: Sequence[Row], point: QPoint | QPointF
) -> tuple[int | None, str | None]:
    """The row under ``point`` and the part of its bar ("start", "due", "both" or None)."""
    if point.y() < frame.header_height:
        return None, None
    index = int((point.y() - frame.header_height + frame.y_offset) // frame.row_height)
    if not 0 <= index < len(rows) or rows[index].kind != MEASURE:
        return None, None
    measure = rows[index].measure
    assert measure is not None
    rect = frame.bar_rect(measure, index)
    x = point.x()
    if rect is None or x < frame.label_width or not rect.left() - GRAB <= x <= rect.right() + GRAB:
        return index, None
    if abs(x - rect.right()) <= GRAB and measure.due_date is not None:
        return index, "due"
    if abs(x - rect.left()) <= GRAB and measure.start_date is not None:
        return index, "start"
    return index, "both"


CURSORS = {
    "start": Qt.CursorShape.SizeHorCursor,
    "due": Qt.CursorShape.SizeHorCursor,
    "both": Qt.CursorShape.OpenHandCursor,
    None: Qt.CursorShape.ArrowCursor,
}


class BarDragger:
    """The mouse on the view's bars: press, move (a preview of the new dates), release."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.drag: Drag | None = None

    def press(self, point: QPointF) -> None:
        view = self.view
        index, part = view.hit(point.toPoint())
        if index is None:
            return
        measure = view.rows[index].measure
        assert measure is not None
        view.select_measure(measure.id)
        if part is not None:
            self.drag = Drag(measure, index, part, point.x())

    def move(self, point: QPointF) -> None:
        view, drag = self.view, self.drag
        if drag is None:
            view.viewport().setCursor(CURSORS[view.hit(point.toPoint())[1]])
            return
        drag.days = round((point.x() - drag.x) / view.scale.per_day)
        start, due = moved_dates(drag.measure, drag.part, drag.days, view.today())
        row = _row_of(view, drag)
        if row is not None:
            row.measure = preview(drag.measure, start, due)
        view.viewport().update()

    def release(self) -> None:
        drag, self.drag = self.drag, None
        if drag is None:
            return
        view = self.view
        row = _row_of(view, drag)
        if row is not None:
            row.measure = drag.measure  # as stored, until the database says else
        view.viewport().update()
        if drag.days:
            start, due = moved_dates(drag.measure, drag.part, drag.days, view.today())
            view.dates_requested.emit(drag.measure.id, start, due)


def _row_of(view: TimelineView, drag: Drag) -> Row | None:
    """The dragged measure's row (a sync may have laid the rows out again meanwhile)."""
    if drag.row < len(view.rows):
        shown = view.rows[drag.row].measure
        if shown is not None and shown.id == drag.measure.id:
            return view.rows[drag.row]
    index = view.row_of(drag.measure.id)
    return None if index is None else view.rows[index]


def preview(measure: MeasureRecord, start: dt.date | None, due: dt.date | None) -> Preview:
    return Preview(
        measure.id,
        measure.code,
        measure.title,
        measure.dimension,
        measure.level,
        measure.status,
        start,
        due,
    )


def handle_key(view: TimelineView, event: QKeyEvent) -> bool:
    """Do what the key asks of the timeline; False for keys it leaves to the scroll area."""
    key, mods = event.key(), event.modifiers()
    horizontal = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
    sign = 1 if key == Qt.Key.Key_Right else -1
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
        view.step_selection(1 if key == Qt.Key.Key_Down else -1)
    elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and not mods:
        view.step_selection(-FAR if key == Qt.Key.Key_Home else FAR)
    elif horizontal and mods == Qt.KeyboardModifier.ShiftModifier:
        view.move_selected("due", sign * KEY_STEP_DAYS)
    elif horizontal and mods == Qt.KeyboardModifier.AltModifier:
        view.move_selected("start", sign * KEY_STEP_DAYS)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.selected_mark() is not None:
        view.milestone_open.emit(view.selected)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.selected is not None:
        view.open_requested.emit(view.selected)
    elif key == Qt.Key.Key_Delete and not mods and view.selected_mark() is not None:
        view.milestone_delete.emit(view.selected)
    elif key == Qt.Key.Key_Insert and not mods:
        view.milestone_new.emit(None, None)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_by(1)
    elif key == Qt.Key.Key_Minus:
        view.zoom_by(-1)
    else:
        return False
    return True


def step_choice(view: TimelineView, step: int) -> None:
    """Choose the measure or milestone ``step`` items from the chosen one (top down)."""
    found = items(view.rows)
    if not found:
        return
    ids = [item_id for _, item_id in found]
    # from the chosen one, or from just before the first (down) or after the last (up)
    before = -1 if step > 0 else len(ids)
    start = ids.index(view.selected) if view.selected in ids else before
    index, item_id = found[max(0, min(len(ids) - 1, start + step))]
    if view.rows[index].kind == MEASURE:
        view.select_measure(item_id)
    else:
        choose_mark(view, index, item_id)


def choose_mark(view: TimelineView, index: int, mark_id: uuid.UUID) -> None:
    """Choose a milestone of row ``index``: scrolled into view, spoken, ringed."""
    view.selected = mark_id
    (mark,) = [m for m in view.rows[index].marks if m.id == mark_id]
    scroll_to_row(view, index)
    frame = view.frame()
    if not frame.label_width <= frame.time_x(mark.date) <= frame.width - 40:
        view.scroll_to_date(mark.date)
    view.viewport().setAccessibleDescription(describe_mark(mark))
    view.viewport().update()


def scroll_to_row(view: TimelineView, index: int) -> None:
    """Row ``index`` in view (below a pinned group name), and its bar's start."""
    frame = view.frame()
    vertical = view.verticalScrollBar()
    top = index * frame.row_height
    room = frame.height - frame.header_height
    if top - frame.row_height < vertical.value():
        vertical.setValue(int(max(0.0, top - frame.row_height)))
    elif top + frame.row_height > vertical.value() + room:
        vertical.setValue(int(top + frame.row_height - room))
    measure = view.rows[index].measure
    rect = frame.bar_rect(measure, index) if measure is not None else None
    if rect is not None and not (frame.label_width <= rect.left() <= frame.width - 40):
        horizontal = view.horizontalScrollBar()
        horizontal.setValue(int(rect.left() - frame.label_width + frame.x_offset - 40))


def items(rows: Sequence[Row]) -> list[tuple[int, uuid.UUID]]:
    """What the keyboard steps through, top down: each milestone of the milestone rows (by
    date within a row) and each measure, with its row."""
    found: list[tuple[int, uuid.UUID]] = []
    for index, row in enumerate(rows):
        if row.kind == MEASURE and row.measure is not None:
            found.append((index, row.measure.id))
        elif row.kind == MILESTONES:
            found.extend((index, mark.id) for mark in row.marks)
    return found


def help_text() -> str:
    """The view's description for screen readers: what it shows, its keys, where else."""
    return (
        QCoreApplication.translate(
            "Timeline",
            "Milestones and measures as marks and bars from start to due date. Up and down"
            " arrows choose one; Shift+Left or Right moves its due date a week, Alt+Left or"
            " Right its start; Enter opens a measure. The Table tab lists the same measures.",
        )
        + " "
        + QCoreApplication.translate(
            "Timeline",
            "Insert adds a milestone; Enter edits the chosen milestone and Delete removes it.",
        )
    )


def describe_measure(model: MeasureTableModel, rows: Sequence[Row], index: int | None) -> str:
    """What a screen reader says for the bar of row ``index``: the card's words, the start
    date and the measure's milestones."""
    if index is None or rows[index].measure is None:
        return ""
    row = rows[index]
    measure = row.measure
    assert measure is not None
    record = model.record(model.row_of(measure.id) or 0)
    parts = [model.card_text(record)]
    if measure.start_date is not None:
        parts.append(
            QCoreApplication.translate("Timeline", "starts %1").replace(
                "%1", formatting.date(measure.start_date)
            )
        )
    if measure.start_date is None and measure.due_date is None:
        parts.append(QCoreApplication.translate("Timeline", "no dates"))
    parts.extend(m.title + " " + formatting.date(m.date) for m in row.marks)
    return ", ".join(parts)


def mark_of(rows: Sequence[Row], mark_id: uuid.UUID | None) -> MilestoneRecord | None:
    """The milestone with ``mark_id`` (of the milestone rows or a measure's row), if shown."""
    for row in rows:
        for mark in row.marks:
            if mark.id == mark_id:
                return mark
    return None


def describe_mark(mark: MilestoneRecord) -> str:
    """What a screen reader says for a milestone."""
    return (
        QCoreApplication.translate("Timeline", "Milestone %1, %2")
        .replace("%1", mark.title)
        .replace("%2", formatting.date(mark.date))
    )


def tooltip_text(view: TimelineView, point: QPoint) -> str:
    """A bar's words, or the milestone under ``point`` with its date ("" for neither)."""
    frame = view.frame()
    if point.y() < frame.header_height:
        return ""
    pinned = view.pinned()
    if pinned is not None and point.y() < frame.header_height + frame.row_height:
        return view.rows[pinned].text  # the pinned group name, not the row under it
    index = int((point.y() - frame.header_height + frame.y_offset) // frame.row_height)
    if not 0 <= index < len(view.rows):
        return ""
    row = view.rows[index]
    if row.measure is not None:
        return view.describe(row.measure.id)
    reach = frame.row_height / 2
    under = [m for m in row.marks if frame.time_x(m.date) - reach <= point.x()]
    if not under:
        return ""
    milestone = max(under, key=lambda m: m.date)
    return f"{milestone.title} – {formatting.date(milestone.date)}"


__all__ = [
    "BarDragger",
    "Drag",
    "Preview",
    "choose_mark",
    "describe_mark",
    "describe_measure",
    "handle_key",
    "help_text",
    "hit",
    "items",
    "mark_of",
    "scroll_to_row",
    "step_choice",
    "tooltip_text",
]
