"""The effect matrix: the measures placed by effect (up) against effort (across), as in the
briefing's "Effekt" figure, with pyqtgraph.

Every measure is drawn at its true ratings. A cell of the matrix (one effort, one effect)
is one marker: a measure alone is a dot in its dimension's colour with its code; several
measures sharing a cell are one larger white marker with their number in it (the count
badge), the first codes beside it, a tooltip naming each, and the cell list beside the plot
(click a cell, or choose it with the keyboard) listing them all. The four quadrants are
named (see QUADRANTS). Dragging a marker to another spot sets the measure's effect and
effort (one undo step); for a shared cell, the measure chosen in the list is the one moved.
"""

from __future__ import annotations

import uuid
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Measure
from fredapp.ui import labels
from fredapp.ui.a11y import describe_graph
from fredapp.ui.board.actions import BoardActions
from fredapp.ui.board.colors import AXIS_COLOR, dimension_color
from fredapp.ui.board.matrix_cells import Cell, CellList, cell_name, cell_tip, cells_of
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.focus import FramedPlotWidget

LOW, HIGH = 0.3, 5.7  # the plot's range on both axes: room for the quadrant names
MIDDLE = 3  # ratings of 3 lie on the dividing lines, in no quadrant
DIVIDER_COLOR = "#767676"  # 4.5:1 on white
SHARED_BRUSH = "#FFFFFF"
# (name, left or right, top or bottom). Low effort is left, high effect is up. Chosen for
# the facilitator's usual words: worth doing at once, worth planning, small, not worth it.
QUADRANTS = (
    (QT_TRANSLATE_NOOP("EffectMatrix", "Quick wins"), "left", "top"),
    (QT_TRANSLATE_NOOP("EffectMatrix", "Major projects"), "right", "top"),
    (QT_TRANSLATE_NOOP("EffectMatrix", "Fill-ins"), "left", "bottom"),
    (QT_TRANSLATE_NOOP("EffectMatrix", "Thankless tasks"), "right", "bottom"),
)
CODES_BESIDE = 3  # a shared cell names this many codes beside its badge, then "+n"


def tr(text: str) -> str:
    return QCoreApplication.translate("EffectMatrix", text)


def rating(value: float) -> int:
    return max(1, min(5, round(value)))


def marker_size(count: int) -> int:
    """The marker's diameter in pixels: a dot alone, a larger badge for a shared cell."""
    return 18 if count == 1 else min(44, 26 + 3 * count // 2)


def codes_beside(measures: list[Measure]) -> str:
    codes = [m.code for m in measures[:CODES_BESIDE]]
    rest = len(measures) - len(codes)
    return ", ".join(codes) + (f" +{rest}" if rest else "")


class DraggableScatter(pg.ScatterPlotItem):
    """A scatter whose markers (cells) can be dragged; reports where one was let go."""

    def __init__(self, matrix: EffectMatrix, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._matrix = matrix
        self._dragged: uuid.UUID | None = None

    def mouseDragEvent(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            points = self.pointsAt(ev.buttonDownPos())
            if len(points) == 0:
                ev.ignore()
                return
            self._dragged = self._matrix.drag_candidate(tuple(points[0].data()))
        if self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        pos = ev.pos()
        self._matrix.show_drag(self._dragged, pos.x(), pos.y())
        if ev.isFinish():
            measure_id, self._dragged = self._dragged, None
            self._matrix.drop_point(measure_id, pos.x(), pos.y())


class EffectMatrix(QWidget):
    open_requested = Signal(object)  # a measure id, from the cell list

    def __init__(
        self,
        model: MeasureTableModel,
        actions: BoardActions,
        measure_filter: MeasureFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.board_actions = actions  # not `actions`: that would hide QWidget.actions()
        self.measure_filter = measure_filter
        self.setAccessibleName(QCoreApplication.translate("EffectMatrix", "Effect matrix"))
        self.plot = FramedPlotWidget(background="w")
        describe_graph(
            self.plot,
            QCoreApplication.translate("EffectMatrix", "Effect against effort"),
            QCoreApplication.translate(
                "EffectMatrix",
                "Each measure is placed by its effort and effect; a number says how many"
                " share a spot. The cell list beside names them; the Table tab lists the"
                " same ratings.",
            ),
        )
        self._build_plot()
        self.cell_list = CellList()
        self.cell_list.cell_chosen.connect(self._cell_chosen)
        self.cell_list.measure_chosen.connect(self._measure_chosen)
        self.cell_list.open_requested.connect(self.open_requested)
        self.hover_label = QLabel(
            QCoreApplication.translate(
                "EffectMatrix", "Point at a measure to see its title; drag it to rate it."
            )
        )
        self.hover_label.setAccessibleName(
            QCoreApplication.translate("EffectMatrix", "Measure under the pointer")
        )
        self.hover_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.plot, 1)
        left.addWidget(self.hover_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.cell_list, 1)
        self.positions: dict[uuid.UUID, tuple[float, float]] = {}
        self.cells: dict[Cell, list[Measure]] = {}
        self.badges: dict[Cell, pg.TextItem] = {}
        self.labels: list[pg.TextItem] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (model.dataChanged, model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._refresh_timer.start)
        self.refresh()

    def _build_plot(self) -> None:
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        for axis, text in (
            ("bottom", QCoreApplication.translate("EffectMatrix", "Effort (1 low – 5 high)")),
            ("left", QCoreApplication.translate("EffectMatrix", "Effect (1 low – 5 high)")),
        ):
            item.getAxis(axis).setPen(AXIS_COLOR)  # pyqtgraph's grey is 2.9:1 on white
            item.getAxis(axis).setTextPen(AXIS_COLOR)
            item.setLabel(axis, text)
            item.getAxis(axis).setTicks([[(v, str(v)) for v in range(1, 6)]])
        item.setXRange(LOW, HIGH, padding=0)
        item.setYRange(LOW, HIGH, padding=0)
        pen = pg.mkPen(DIVIDER_COLOR, width=1, style=Qt.PenStyle.DashLine)
        for angle in (90, 0):
            item.addItem(pg.InfiniteLine(MIDDLE, angle=angle, pen=pen, movable=False))
        self.quadrant_labels: list[pg.TextItem] = []
        bold = QFont()
        bold.setBold(True)
        for name, side, end in QUADRANTS:
            label = pg.TextItem(
                tr(name),
                color=AXIS_COLOR,
                anchor=(0 if side == "left" else 1, 0 if end == "top" else 1),
            )
            label.setFont(bold)
            label.setPos(
                LOW + 0.05 if side == "left" else HIGH - 0.05, HIGH if end == "top" else LOW
            )
            item.addItem(label)
            self.quadrant_labels.append(label)
        self.scatter = DraggableScatter(
            self, pen=pg.mkPen(AXIS_COLOR, width=1), hoverable=True, tip=self._tip
        )
        self.scatter.sigHovered.connect(self._hovered)
        self.scatter.sigClicked.connect(self._clicked)
        item.addItem(self.scatter)
        self.ghost = pg.ScatterPlotItem(size=24, pen=pg.mkPen(AXIS_COLOR, width=2), brush=None)
        item.addItem(self.ghost)

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        self.measure_filter = measure_filter
        self.refresh()

    def shown(self) -> list[Measure]:
        return [
            m
            for m in self.model.records()
            if self.measure_filter.matches(
                m, self.model.owner_name(m), labels.dimension(m.dimension)
            )
        ]

    # -- drawing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        measures = self.shown()
        self.positions = {m.id: (float(m.effort), float(m.effect)) for m in measures}
        self.cells = cells_of(measures)
        self.scatter.setData([self._spot(cell, group) for cell, group in self.cells.items()])
        item = self.plot.getPlotItem()
        for label in [*self.labels, *self.badges.values()]:
            item.removeItem(label)
        self.labels, self.badges = [], {}
        for cell, group in self.cells.items():
            self._label_cell(cell, group)
        self.ghost.setData([])
        self.cell_list.set_cells(self.cells)

    def _spot(self, cell: Cell, group: list[Measure]) -> dict[str, Any]:
        shared = len(group) > 1
        brush = SHARED_BRUSH if shared else dimension_color(group[0].dimension)
        return {
            "pos": cell,
            "data": cell,
            "size": marker_size(len(group)),
            "brush": pg.mkBrush(brush),
            "pen": pg.mkPen(AXIS_COLOR, width=2 if shared else 1),
            "symbol": "o",
        }

    def _label_cell(self, cell: Cell, group: list[Measure]) -> None:
        item = self.plot.getPlotItem()
        radius = marker_size(len(group)) // 2
        if len(group) > 1:
            badge = pg.TextItem(str(len(group)), color=AXIS_COLOR, anchor=(0.5, 0.5))
            font = QFont()
            font.setBold(True)
            badge.setFont(font)
            badge.setPos(*cell)
            item.addItem(badge)
            self.badges[cell] = badge
        # beside the marker, not on it: the text starts a marker's radius to the right
        pad = "\u00a0" * (radius // 4 + 1)
        label = pg.TextItem(pad + codes_beside(group), color=AXIS_COLOR, anchor=(0, 0.5))
        label.setPos(*cell)
        item.addItem(label)
        self.labels.append(label)

    # -- pointing and choosing -------------------------------------------------------------

    def measure(self, measure_id: uuid.UUID) -> Measure | None:
        row = self.model.row_of(measure_id)
        return self.model.record(row) if row is not None else None

    def _tip(self, x: float, y: float, data: Any) -> str:
        cell = tuple(data)
        return cell_tip(cell, self.cells[cell]) if cell in self.cells else ""  # type: ignore[index]

    def _hovered(self, item: Any, points: Any, ev: Any) -> None:
        if len(points) == 0:
            return
        cell: Cell = tuple(points[0].data())  # type: ignore[assignment]
        group = self.cells.get(cell, [])
        if len(group) == 1:
            self.show_title(group[0].id)
        elif group:
            self.hover_label.setText(cell_name(cell, len(group)))

    def _clicked(self, item: Any, points: Any, ev: Any) -> None:
        if len(points):
            self.cell_list.choose(tuple(points[0].data()))  # type: ignore[arg-type]

    def _cell_chosen(self, cell: Cell | None) -> None:
        group = self.cells.get(cell, []) if cell is not None else []
        if cell is not None and len(group) == 1:
            self.cell_list.choose(cell, group[0].id)

    def _measure_chosen(self, measure_id: uuid.UUID | None) -> None:
        if measure_id is not None:
            self.show_title(measure_id)

    def show_title(self, measure_id: uuid.UUID) -> None:
        measure = self.measure(measure_id)
        if measure is not None:
            self.hover_label.setText(
                QCoreApplication.translate("EffectMatrix", "%1: %2 – effect %3, effort %4")
                .replace("%1", measure.code)
                .replace("%2", measure.title)
                .replace("%3", str(measure.effect))
                .replace("%4", str(measure.effort))
            )

    # -- dragging --------------------------------------------------------------------------

    def drag_candidate(self, cell: Cell) -> uuid.UUID | None:
        """The measure a drag from ``cell`` moves: its only one, or the one chosen in the list."""
        group = self.cells.get(cell, [])
        if len(group) == 1:
            return group[0].id
        chosen = self.cell_list.current_measure()
        if chosen is not None and any(m.id == chosen for m in group):
            return chosen
        self.cell_list.choose(cell)
        self.hover_label.setText(
            QCoreApplication.translate(
                "EffectMatrix",
                "Several measures share this spot: choose one in the list, then drag it.",
            )
        )
        return None

    def show_drag(self, measure_id: uuid.UUID, x: float, y: float) -> None:
        self.ghost.setData([{"pos": (rating(x), rating(y))}])
        self.show_title(measure_id)

    def drop_point(self, measure_id: uuid.UUID, x: float, y: float) -> bool:
        """A marker let go at (x, y): the nearest effort (x) and effect (y) become its ratings."""
        self.ghost.setData([])
        changed = self.board_actions.set_ratings(measure_id, effect=rating(y), effort=rating(x))
        self.refresh()
        return changed

    def point_position(self, measure_id: uuid.UUID) -> QPointF:
        x, y = self.positions[measure_id]
        return QPointF(x, y)
