"""The effect matrix: the measures placed by effect (up) against effort (across), as in the
briefing's "Effekt" figure, with pyqtgraph.

Each measure is a point in its dimension's colour, labelled with its code; measures with the
same ratings are spread in a small grid around their spot so none hides another. Dragging a
point to another spot sets the measure's effect and effort (one undo step); hovering over a
point shows its title. The table view lists the same ratings for screen readers.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.models import Measure
from fredapp.ui import labels
from fredapp.ui.a11y import describe_graph
from fredapp.ui.board.actions import BoardActions
from fredapp.ui.board.colors import AXIS_COLOR, dimension_color
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.focus import FramedPlotWidget

SPREAD = 0.44  # how far measures sharing one spot fan out, in rating units


def spread_positions(measures: list[Measure]) -> dict[uuid.UUID, tuple[float, float]]:
    """(effort, effect) per measure, those sharing a spot spread over a small square grid."""
    spots: dict[tuple[int, int], list[Measure]] = {}
    for measure in measures:
        spots.setdefault((measure.effort, measure.effect), []).append(measure)
    positions: dict[uuid.UUID, tuple[float, float]] = {}
    for (effort, effect), group in spots.items():
        side = math.ceil(math.sqrt(len(group)))
        step = 2 * SPREAD / max(1, side - 1) if side > 1 else 0.0
        for n, measure in enumerate(group):
            row, column = divmod(n, side)
            dx = -SPREAD + column * step if side > 1 else 0.0
            dy = SPREAD - row * step if side > 1 else 0.0
            positions[measure.id] = (effort + dx, effect + dy)
    return positions


def rating(value: float) -> int:
    return max(1, min(5, round(value)))


class DraggableScatter(pg.ScatterPlotItem):
    """A scatter whose points can be dragged; reports where a point was let go."""

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
            self._dragged = points[0].data()
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
                "Each measure is a point placed by its effort and effect."
                " The Table tab lists the same ratings.",
            ),
        )
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
        item.setXRange(0.4, 5.6, padding=0)
        item.setYRange(0.4, 5.6, padding=0)
        self.scatter = DraggableScatter(
            self, size=18, pen=pg.mkPen("k", width=1), hoverable=True, tip=self._tip
        )
        self.scatter.sigHovered.connect(self._hovered)
        item.addItem(self.scatter)
        self.ghost = pg.ScatterPlotItem(size=22, pen=pg.mkPen("k", width=2), brush=None)
        item.addItem(self.ghost)
        self.labels: list[pg.TextItem] = []
        self.hover_label = QLabel(
            QCoreApplication.translate(
                "EffectMatrix", "Point at a measure to see its title; drag it to rate it."
            )
        )
        self.hover_label.setAccessibleName(
            QCoreApplication.translate("EffectMatrix", "Measure under the pointer")
        )
        self.hover_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover_label)
        self.positions: dict[uuid.UUID, tuple[float, float]] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (model.dataChanged, model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._refresh_timer.start)
        self.refresh()

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

    def refresh(self) -> None:
        measures = self.shown()
        self.positions = spread_positions(measures)
        spots = [
            {
                "pos": self.positions[m.id],
                "data": m.id,
                "brush": pg.mkBrush(dimension_color(m.dimension)),
                "symbol": "o",
            }
            for m in measures
        ]
        self.scatter.setData(spots)
        item = self.plot.getPlotItem()
        for label in self.labels:
            item.removeItem(label)
        self.labels = []
        for m in measures:
            label = pg.TextItem(m.code, color="k", anchor=(0, 1))
            label.setPos(*self.positions[m.id])
            item.addItem(label)
            self.labels.append(label)
        self.ghost.setData([])

    def measure(self, measure_id: uuid.UUID) -> Measure | None:
        row = self.model.row_of(measure_id)
        return self.model.record(row) if row is not None else None

    def _tip(self, x: float, y: float, data: Any) -> str:
        measure = self.measure(data)
        if measure is None:
            return ""
        return f"{measure.code}: {measure.title}"

    def _hovered(self, item: Any, points: Any, ev: Any) -> None:
        if len(points) == 0:
            return
        self.show_title(points[0].data())

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

    def show_drag(self, measure_id: uuid.UUID, x: float, y: float) -> None:
        self.ghost.setData([{"pos": (rating(x), rating(y))}])
        self.show_title(measure_id)

    def drop_point(self, measure_id: uuid.UUID, x: float, y: float) -> bool:
        """A point let go at (x, y): the nearest effort (x) and effect (y) become its ratings."""
        self.ghost.setData([])
        changed = self.board_actions.set_ratings(measure_id, effect=rating(y), effort=rating(x))
        self.refresh()
        return changed

    def point_position(self, measure_id: uuid.UUID) -> QPointF:
        x, y = self.positions[measure_id]
        return QPointF(x, y)
