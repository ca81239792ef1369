"""The timeline view: the board's measures as bars from start to due date, months along the top.

A scroll area that paints only the rows in view (all rows one height, so they are found by
division). Rows come from :mod:`fredapp.ui.board.timeline_layout`, drawing from
:mod:`fredapp.ui.board.timeline_paint` (shared with the PDF and PNG), scrolling and zoom from
:mod:`fredapp.ui.board.timeline_geometry`. It shows the board's
model through the board's filter, and the milestones of the database.

Changing dates: drag a bar's ends or the whole bar (the new dates show while dragging; one
``dates_requested`` on release), or choose a bar with ↑/↓ and move its due date a week with
Shift+←/→, its start with Alt+←/→; Enter opens the measure. Milestones: Insert, a double
click or Enter, Delete and the context menu ask to add, edit and remove them. The panel turns
a request into one undoable operation (:mod:`fredapp.ui.board.timeline_panel`,
:mod:`fredapp.ui.board.milestone_dialog`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from fredapp.core import queries
from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.models import Milestone
from fredapp.ui import labels
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.board.timeline_frame import Frame, group_name, row_metrics, section_text
from fredapp.ui.board.timeline_geometry import (
    scroll_to_date,
    scroll_to_first,
    update_scrollbars,
    view_frame,
    visible_rows,
    zoom_by,
)
from fredapp.ui.board.timeline_input import (
    BarDragger,
    choose_mark,
    describe_measure,
    handle_key,
    help_text,
    hit,
    items,
    mark_of,
    scroll_to_row,
    step_choice,
    tooltip_text,
)
from fredapp.ui.board.timeline_layout import (
    GROUP_DIMENSION,
    ZOOMS,
    MeasureRecord,
    MilestoneRecord,
    Row,
    Scale,
    date_range,
    measure_section,
    milestone_rows,
    moved_dates,
    pinned_group,
    spread_in_lanes,
)
from fredapp.ui.board.timeline_marks import mark_at, press_mark, show_menu, takes_key
from fredapp.ui.board.timeline_paint import TimelinePainter
from fredapp.ui.refresh import Batch, subscribe

LABEL_WIDTH_CHARS = 40  # the label column: about this many average characters
DEFAULT_ZOOM = ZOOMS.index(2.0)  # about 18 months across a laptop screen


def milestones_of(model: MeasureTableModel) -> list[MilestoneRecord]:
    return list(queries.milestone_rows(model.context.database))


class TimelineView(QAbstractScrollArea):
    open_requested = Signal(object)  # a measure id
    dates_requested = Signal(object, object, object)  # id, new start, new due
    milestone_requested = Signal(object, object)  # a milestone's id, its new date
    milestone_open = Signal(object)  # a milestone's id: edit it
    milestone_delete = Signal(object)  # a milestone's id
    milestone_new = Signal(object, object)  # a proposed date and measure id (or None)

    def __init__(
        self,
        model: MeasureTableModel,
        measure_filter: MeasureFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.measure_filter = measure_filter
        self.group = GROUP_DIMENSION
        self.zoom = DEFAULT_ZOOM
        self.today: Callable[[], dt.date] = lambda: model.today()
        self.rows: list[Row] = []
        self.selected: uuid.UUID | None = None
        self.milestones = milestones_of(model)
        self.dragger = BarDragger(self)
        self.all_titles = True  # every milestone's whole title, in as many rows as needed
        self._placed = False  # scrolled to the plan's beginning when first shown
        self._painter: TimelinePainter | None = None
        self._painter_key: tuple[str, dt.date] | None = None
        self._body: list[Row] = []  # the measures' rows; a zoom keeps them
        self.scale = Scale(dt.date.today(), dt.date.today(), ZOOMS[self.zoom])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline"))
        for widget in (self, self.viewport()):
            widget.setAccessibleDescription(help_text())
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(self.relayout)
        subscribe(model.context, [Milestone], self._on_milestones, self)
        self.relayout()

    # -- layout ------------------------------------------------------------------------------

    def row_height(self) -> float:
        return row_metrics(self.font())[0]

    def header_height(self) -> float:
        return row_metrics(self.font())[1]

    def label_width(self) -> float:
        return float(self.fontMetrics().averageCharWidth() * LABEL_WIDTH_CHARS)

    def painter_for(self) -> TimelinePainter:
        """The painter for the view's font and today (kept: it remembers text widths)."""
        key = (self.font().key(), self.today())
        if self._painter is None or self._painter_key != key:
            self._painter = TimelinePainter(self.font(), key[1])
            self._painter_key = key
        return self._painter

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        self.measure_filter = measure_filter
        self.relayout()

    def set_all_titles(self, on: bool) -> None:
        self.all_titles = on
        self.compose()

    def set_group(self, group: str) -> None:
        self.group = group
        self.relayout()

    def shown_measures(self) -> list[MeasureRecord]:
        """The measures the board's filter lets through, in board order."""
        model, chosen = self.model, self.measure_filter
        if chosen.is_empty:
            return list(model.records())
        if not chosen.words:
            return [m for m in model.records() if chosen.matches(m)]
        return [
            m
            for m in model.records()
            if chosen.matches(m, model.owner_name(m), labels.dimension(m.dimension))
        ]

    def relayout(self, *args: object) -> None:
        """Rows and time span again, after a change of data, filter or grouping."""
        measures = self.shown_measures()
        first, last = date_range(measures, self.milestones, self.today())
        self.scale = Scale(first, last, ZOOMS[self.zoom])
        self._body = measure_section(
            measures,
            self.milestones,
            self.group,
            lambda key: group_name(self.group, key),
            section_text,
            self.today(),
        )
        self.compose()

    def compose(self) -> None:
        """The milestone lanes for the scale (their titles' room depends on it) above the
        measures' rows."""
        painter = self.painter_for()
        height = self.row_height()
        lanes = milestone_rows(
            self.milestones,
            section_text,
            lambda marks: (
                spread_in_lanes(marks, self.scale, lambda m: painter.mark_width(m, height))
                if self.all_titles
                else [marks]
            ),  # one row: the titles cut short where the next mark begins
        )
        self.rows = lanes + self._body
        if self.selected is not None and self.selected not in {i for _, i in items(self.rows)}:
            self.selected = None  # gone, or filtered out
        self._update_scrollbars()
        self.viewport().update()

    def _on_milestones(self, batch: Batch) -> None:
        self.milestones = milestones_of(self.model)
        self.relayout()

    def _update_scrollbars(self) -> None:
        update_scrollbars(self)

    def frame(self) -> Frame:
        return view_frame(self)

    def visible_rows(self) -> tuple[int, int]:
        return visible_rows(self)

    def row_of(self, measure_id: uuid.UUID) -> int | None:
        for index, row in enumerate(self.rows):
            if row.measure is not None and row.measure.id == measure_id:
                return index
        return None

    def bar_rect(self, measure_id: uuid.UUID) -> QRectF | None:
        """Where the measure's bar is in the viewport now (None if it has no dates)."""
        index = self.row_of(measure_id)
        if index is None:
            return None
        measure = self.rows[index].measure
        assert measure is not None
        return self.frame().bar_rect(measure, index)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.viewport().rect(), Qt.GlobalColor.white)
        first, last = self.visible_rows()
        pinned = self.pinned()
        self.painter_for().paint(
            painter,
            self.frame(),
            self.rows,
            first,
            last,
            self.selected,
            None if pinned is None else self.rows[pinned],
        )
        if self.hasFocus() and self.selected is None:  # where the keyboard is, before a choice
            painter.setPen(Qt.PenStyle.DotLine)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        if not self._placed and self.isVisible():
            self._placed = True
            self.scroll_to_first()

    def scroll_to_first(self) -> None:
        """Where the plan begins (today when nothing has a date)."""
        scroll_to_first(self)

    # -- choosing ----------------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        """The chosen measure (a chosen milestone is none)."""
        if self.selected is None or self.row_of(self.selected) is None:
            return []
        return [self.selected]

    def select_measure(self, measure_id: uuid.UUID | None) -> None:
        self.selected = measure_id
        index = None if measure_id is None else self.row_of(measure_id)
        if index is not None:
            self._scroll_to(index)
        text = self.describe(measure_id) if measure_id is not None else help_text()
        self.viewport().setAccessibleDescription(text)
        self.viewport().update()

    def _scroll_to(self, index: int) -> None:
        scroll_to_row(self, index)

    def describe(self, measure_id: uuid.UUID) -> str:
        """What a screen reader says for a bar (and its tooltip)."""
        return describe_measure(self.model, self.rows, self.row_of(measure_id))

    def step_selection(self, step: int) -> None:
        """Choose the measure or milestone ``step`` items from the chosen one (top down)."""
        step_choice(self, step)

    def select_mark(self, index: int, mark_id: uuid.UUID) -> None:
        """Choose a milestone of the milestone rows (the keyboard's way to them)."""
        choose_mark(self, index, mark_id)

    def selected_mark(self) -> MilestoneRecord | None:
        return mark_of(self.rows, self.selected)

    # -- keyboard and mouse (fredapp.ui.board.timeline_input) ----------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if handle_key(self, event):
            event.accept()
        else:
            super().keyPressEvent(event)  # plain arrows and Page keys scroll

    def move_selected(self, part: str, days: int) -> None:
        mark = self.selected_mark()
        if mark is not None:  # a milestone has one date: either key moves it
            self.milestone_requested.emit(mark.id, mark.date + dt.timedelta(days=days))
            return
        index = self.row_of(self.selected) if self.selected is not None else None
        if index is None:
            return
        measure = self.rows[index].measure
        assert measure is not None
        start, due = moved_dates(measure, part, days, self.today())
        self.dates_requested.emit(measure.id, start, due)

    # -- zoom --------------------------------------------------------------------------------

    def zoom_by(self, steps: int, anchor: float | None = None) -> None:
        """Zoom keeping the date under ``anchor`` (viewport x; the middle when None) in place."""
        zoom_by(self, steps, anchor)

    def scroll_to_date(self, date: dt.date) -> None:
        scroll_to_date(self, date)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def pinned(self) -> int | None:
        """The group row drawn pinned over the top row, if its own is scrolled away."""
        return pinned_group(self.rows, self.visible_rows()[0])

    def hit(self, point: QPoint) -> tuple[int | None, str | None]:
        """The row under ``point`` and the part of its bar ("start", "due", "both" or None);
        nothing under a pinned group name."""
        frame = self.frame()
        band = frame.header_height <= point.y() < frame.header_height + frame.row_height
        if band and self.pinned() is not None:
            return None, None
        return hit(frame, self.rows, point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if not press_mark(self, event.position()):
            self.dragger.press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.dragger.move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.dragger.release()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = mark_at(self, event.position())
        if found is not None:
            self.milestone_open.emit(found[1].id)
            return
        index, _ = self.hit(event.position().toPoint())
        if index is not None and self.rows[index].measure is not None:
            self.open_requested.emit(self.rows[index].measure.id)  # type: ignore[union-attr]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu(self, event)

    def event(self, event: QEvent) -> bool:
        return takes_key(self, event) or super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = tooltip_text(self, event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


__all__ = ["TimelineView"]
