"""One scenario's organisation chart on screen: a QGraphicsView over one item that paints the
boxes in view (see :mod:`fredapp.ui.orgchart.painting`), with zoom, fit, collapse and the
keyboard; the mouse and the tree's edits (rename, add, delete, drag onto another box) are in
:mod:`fredapp.ui.orgchart.interaction`."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QLineEdit,
    QStyleOptionGraphicsItem,
    QWidget,
)

from fredapp.core.tree import UnitTree
from fredapp.ui.itemmodels.unitrecords import UnitRecord
from fredapp.ui.orgchart import changes
from fredapp.ui.orgchart.edits import ChartUnits, Followed
from fredapp.ui.orgchart.interaction import ChartInteraction
from fredapp.ui.orgchart.layout import TOP_DOWN, ChartLayout, lay_out
from fredapp.ui.orgchart.painting import (
    ChartPainter,
    ChartStyle,
    box_lines,
)
from fredapp.ui.orgchart.spans import span_marks

MARGIN = 40.0
ZOOM_STEP = 1.25
MAX_SCALE = 4.0


class ChartItem(QGraphicsItem):
    """The whole chart as one item: it paints only the boxes in the exposed rectangle."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
        self._view = view
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.painted = 0  # boxes drawn in the last paint (for the benchmark and tests)

    def boundingRect(self) -> QRectF:
        layout = self._view.chart_layout
        return QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = self._view
        self.painted = ChartPainter(view.chart_layout, view.units.records).paint(
            painter,
            option.exposedRect,
            view.chart_style,
        )


class ChartView(ChartInteraction):
    """A scenario's chart; ``units`` reads the scenario and makes the edits."""

    currentChanged = Signal(object)  # the current unit's id (or None)

    def __init__(self, units: ChartUnits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.chart_layout = ChartLayout()
        self.chart_style = ChartStyle()
        self.collapsed: set[uuid.UUID] = set()
        self.current: uuid.UUID | None = None
        self.editable = True
        self.layout_ms = 0.0
        self._tree: UnitTree[UnitRecord] = UnitTree([])
        self._press: QPoint | None = None
        self._dragging = False
        self.editor: QLineEdit | None = None
        self._editing: uuid.UUID | None = None
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # one item
        self.setScene(scene)
        self.item = ChartItem(self)
        scene.addItem(self.item)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.add_edit_actions()

    # -- content ------------------------------------------------------------------------------

    @property
    def tree(self) -> UnitTree[UnitRecord]:
        return self._tree

    def show_units(self, marks: changes.Marks | None = None) -> None:
        """Lay out the units read into ``units`` (marks: the colours of a compared pair)."""
        self.chart_style.marks = marks
        records = self.units.records
        self.collapsed &= set(records)
        if self.current not in records:
            self.current = None
        self._tree = UnitTree(records.values())  # once per reading; a collapse reuses it
        self.relayout()
        if self.fitted:  # not zoomed by the user: the whole chart stays in view
            self.fit()
        # The span marks follow one event later: the chart is on screen first.
        QTimer.singleShot(0, self, self.mark_spans)

    def follow(self, followed: Followed) -> None:
        """After ``units`` followed an edit: lay out again only if a box moved, came, went or
        changed height; mark spans again only if a leader or headcount changed."""
        if followed.shape:
            self.show_units(self.chart_style.marks)
            return
        self.chart_style.selected = {self.current} if self.current else set()
        self.viewport().update()
        if followed.spans:
            QTimer.singleShot(0, self, self.mark_spans)

    spansMarked = Signal()

    def mark_spans(self) -> None:
        self.chart_style.spans = span_marks(self.units.records.values())
        self.viewport().update()
        self.spansMarked.emit()

    def relayout(self) -> None:
        started = time.perf_counter()
        self.item.prepareGeometryChange()
        self.chart_layout = lay_out(
            self._tree, self.collapsed, box_lines, self.chart_style.orientation
        )
        rect = self.item.boundingRect()
        self.scene().setSceneRect(rect)
        self.chart_style.selected = {self.current} if self.current else set()
        self.layout_ms = (time.perf_counter() - started) * 1000
        self.viewport().update()

    def set_orientation(self, orientation: str) -> None:
        self.chart_style.orientation = orientation
        self.relayout()
        self.fit()

    # -- zoom ---------------------------------------------------------------------------------

    def scale_now(self) -> float:
        return self.transform().m11()

    fitted = True  # the chart follows the window's size until the user zooms

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def zoom_by(self, factor: float) -> None:
        self.fitted = False
        low = min(self.fit_scale(), 1.0) * 0.5
        target = max(low, min(MAX_SCALE, self.scale_now() * factor))
        if target != self.scale_now():
            self.scale(target / self.scale_now(), target / self.scale_now())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_scale(self) -> float:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0:
            return 1.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def fit(self) -> None:
        """The whole chart in the window (never larger than 100 %)."""
        self.fitted = True
        self.resetTransform()
        scale = min(self.fit_scale(), 1.0)
        self.scale(scale, scale)
        self.centerOn(self.sceneRect().center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- selection and collapse -----------------------------------------------------------------

    def select(self, unit_id: uuid.UUID | None, scroll: bool = True) -> None:
        """Make a unit current (its collapsed ancestors opened) and bring it into view."""
        if unit_id is not None and unit_id not in self.units.records:
            return
        if unit_id is not None:
            opened = False
            parent = self._tree.parent_id(unit_id)
            while parent is not None:
                if parent in self.collapsed:
                    self.collapsed.discard(parent)  # type: ignore[arg-type]
                    opened = True
                parent = self._tree.parent_id(parent)
            if opened:
                self.relayout()
        changed = unit_id != self.current
        self.current = unit_id
        self.chart_style.selected = {unit_id} if unit_id else set()
        if scroll and unit_id is not None:
            self.ensure_shown(unit_id)
        self.viewport().update()
        if changed:
            self.announce()
            self.currentChanged.emit(unit_id)

    def ensure_shown(self, unit_id: uuid.UUID) -> None:
        box = self.chart_layout.by_id.get(unit_id)
        if box is not None:
            self.ensureVisible(QRectF(box.x, box.y, box.width, box.height), 40, 40)

    def set_collapsed(self, unit_id: uuid.UUID, collapsed: bool) -> None:
        box = self.chart_layout.by_id.get(unit_id)
        if box is None or not box.children or (unit_id in self.collapsed) == collapsed:
            return
        # The box stays where it is on screen while its branch opens or closes.
        before = self.mapFromScene(QPointF(box.x, box.y))
        if collapsed:
            self.collapsed.add(unit_id)
        else:
            self.collapsed.discard(unit_id)
        self.relayout()
        after = self.chart_layout.by_id[unit_id]
        shift = self.mapFromScene(QPointF(after.x, after.y)) - before
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())

    def toggle(self, unit_id: uuid.UUID) -> None:
        self.set_collapsed(unit_id, unit_id not in self.collapsed)

    # -- keyboard -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif not ctrl and key in _MOVES:
            self._step(_MOVES[key])
        elif not ctrl and key in (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            if self.current is not None:
                wanted = {Qt.Key.Key_Plus: False, Qt.Key.Key_Minus: True}.get(Qt.Key(key))
                if wanted is None:
                    self.toggle(self.current)
                else:
                    self.set_collapsed(self.current, wanted)
        elif key == Qt.Key.Key_F2 and self.editable:
            self.start_rename()
        elif key == Qt.Key.Key_Insert and self.editable:
            self.add_child()
        elif key == Qt.Key.Key_Delete and self.editable:
            self.delete_current()
        elif key == Qt.Key.Key_Home:
            roots = self._tree.roots()
            self.select(roots[0].id if roots else None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, where: str) -> None:
        """Up/down the tree and across siblings; the arrows follow the orientation."""
        tree = self._tree
        if self.current is None:
            roots = tree.roots()
            self.select(roots[0].id if roots else None)
            return
        if self.chart_style.orientation != TOP_DOWN:  # left to right: the axes swap
            where = {"up": "prev", "down": "next", "prev": "up", "next": "down"}[where]
        unit_id = self.current
        if where == "up":
            self.select(tree.parent_id(unit_id))  # type: ignore[arg-type]
            return
        if where == "down":
            children = tree.children(unit_id)
            if children:
                self.set_collapsed(unit_id, False)
                self.select(children[0].id)
            return
        parent = tree.parent_id(unit_id)
        siblings = tree.children(parent) if parent is not None else tree.roots()
        ids = [unit.id for unit in siblings]
        index = ids.index(unit_id) + (1 if where == "next" else -1)
        if 0 <= index < len(ids):
            self.select(ids[index])


_MOVES: Mapping[int, str] = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "prev",
    Qt.Key.Key_Right: "next",
}
