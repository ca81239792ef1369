"""The milestones on the timeline view: which one is under the mouse, choosing it with a click,
its right-click menu (Edit …, Delete; elsewhere a new milestone on the day under the mouse),
and the Delete key kept from the tab's shortcut while a milestone is chosen.

The menu's actions only ask (the view's ``milestone_open``, ``milestone_delete`` and
``milestone_new`` signals); the panel's :class:`~fredapp.ui.board.milestone_dialog.MilestoneEditor`
writes each as one undoable operation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu

from fredapp.ui.board.timeline_input import choose_mark
from fredapp.ui.board.timeline_layout import MILESTONES, MilestoneRecord

if TYPE_CHECKING:
    from fredapp.ui.board.timeline import TimelineView


def mark_at(view: TimelineView, point: QPoint | QPointF) -> tuple[int, MilestoneRecord] | None:
    """The milestone under ``point`` (its diamond, or on a milestone row its title too)."""
    frame = view.frame()
    if point.y() < frame.header_height or point.x() < frame.label_width:
        return None
    index = int((point.y() - frame.header_height + frame.y_offset) // frame.row_height)
    if not 0 <= index < len(view.rows):
        return None
    row = view.rows[index]
    reach = frame.row_height * 0.45  # a little more than the diamond's half width
    painter = view.painter_for()
    under = []
    for mark in row.marks:
        x = frame.time_x(mark.date) + frame.scale.per_day / 2
        title = painter.mark_width(mark, frame.row_height) if row.kind == MILESTONES else 0.0
        if x - reach <= point.x() <= x + max(reach, title):
            under.append(mark)
    if not under:
        return None
    return index, max(under, key=lambda m: m.date)  # the later one's diamond is over a title


def mark_point(view: TimelineView, mark_id: uuid.UUID | None) -> QPoint | None:
    """The middle of a milestone's diamond in the viewport (for the keyboard's menu key)."""
    frame = view.frame()
    for index, row in enumerate(view.rows):
        for mark in row.marks:
            if mark.id == mark_id:
                x = frame.time_x(mark.date) + frame.scale.per_day / 2
                return QPoint(int(x), int(frame.row_top(index) + frame.row_height / 2))
    return None


def context_menu(view: TimelineView, point: QPoint) -> QMenu:
    """On a milestone: Edit …, Delete; elsewhere: a new milestone on the date under the
    mouse (of the row's measure, on a measure's row)."""
    menu = QMenu(view)
    found = mark_at(view, point)
    if found is not None:
        index, mark = found
        choose_mark(view, index, mark.id)
        edit = menu.addAction(QCoreApplication.translate("Timeline", "&Edit milestone …"))
        edit.triggered.connect(lambda: view.milestone_open.emit(mark.id))
        delete = menu.addAction(QCoreApplication.translate("Timeline", "&Delete milestone"))
        delete.triggered.connect(lambda: view.milestone_delete.emit(mark.id))
        return menu
    frame = view.frame()
    date = None
    if point.x() >= frame.label_width and point.y() >= frame.header_height:
        # the day whose column holds the mouse (Scale.date_at rounds to the nearest start)
        days = (point.x() - frame.label_width + frame.x_offset) // frame.scale.per_day
        date = frame.scale.first + dt.timedelta(days=int(days))
    row, _ = view.hit(point)
    measure = view.rows[row].measure if row is not None else None
    measure_id = measure.id if measure is not None else None
    new = menu.addAction(QCoreApplication.translate("Timeline", "&New milestone here …"))
    new.triggered.connect(lambda: view.milestone_new.emit(date, measure_id))
    return menu


def press_mark(view: TimelineView, point: QPointF) -> bool:
    """A press on a milestone (not on a bar) chooses it; False when none is there."""
    index, part = view.hit(point.toPoint())
    if index is not None and part is not None:
        return False  # the bar's: a drag
    found = mark_at(view, point)
    if found is None:
        return False
    choose_mark(view, found[0], found[1].id)
    return True


def show_menu(view: TimelineView, event: QContextMenuEvent) -> None:
    # A mouse's menu comes through the viewport (its coordinates); the menu key's goes to
    # the view itself and opens at the chosen milestone.
    point = event.pos()
    if event.reason() == QContextMenuEvent.Reason.Keyboard:
        point = mark_point(view, view.selected) or view.viewport().mapFrom(view, point)
    menu = context_menu(view, point)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(view.viewport().mapToGlobal(point))


def takes_key(view: TimelineView, event: QEvent) -> bool:
    """Delete on a chosen milestone is the view's, not the tab's shortcut (which deletes
    measures): accept the override so the key reaches the view."""
    if event.type() != QEvent.Type.ShortcutOverride or view.selected_mark() is None:
        return False
    assert isinstance(event, QKeyEvent)
    if event.key() == Qt.Key.Key_Delete and not event.modifiers():
        event.accept()
        return True
    return False


__all__ = ["context_menu", "mark_at", "mark_point", "press_mark", "show_menu", "takes_key"]
