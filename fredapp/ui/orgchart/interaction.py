"""The chart's mouse and its edits: select, open and close a branch, drag a box onto another,
rename in place, add and delete — the tree's own operations, through
:class:`fredapp.ui.orgchart.edits.ChartUnits`. A part of
:class:`fredapp.ui.orgchart.view.ChartView`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit, QToolTip

from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.ui.orgchart import changes
from fredapp.ui.orgchart.painting import leader_text, toggle_rect

if TYPE_CHECKING:
    from fredapp.core.tree import UnitTree
    from fredapp.ui.itemmodels.unitrecords import UnitRecord
    from fredapp.ui.orgchart.edits import ChartUnits
    from fredapp.ui.orgchart.layout import ChartLayout
    from fredapp.ui.orgchart.painting import ChartStyle


class ChartInteraction(QGraphicsView):
    """The mouse and the edits of the chart view (its content, zoom and keys: ChartView)."""

    units: ChartUnits
    chart_layout: ChartLayout
    chart_style: ChartStyle
    current: uuid.UUID | None
    editable: bool
    editor: QLineEdit | None
    _press: QPoint | None
    _dragging: bool
    _editing: uuid.UUID | None

    if TYPE_CHECKING:  # ChartView's own, used here

        @property
        def tree(self) -> UnitTree[UnitRecord]: ...
        def select(self, unit_id: uuid.UUID | None, scroll: bool = True) -> None: ...
        def toggle(self, unit_id: uuid.UUID) -> None: ...
        def ensure_shown(self, unit_id: uuid.UUID) -> None: ...
        def scale_now(self) -> float: ...

    # -- mouse ----------------------------------------------------------------------------------

    def box_at(self, position: QPoint) -> Any:
        point = self.mapToScene(position)
        return self.chart_layout.box_at(point.x(), point.y())

    def add_edit_actions(self) -> None:
        """The edits in the chart's context menu too (right-click on a box), with their keys
        shown: Rename (F2), Add a unit below (Insert), Delete (Del)."""
        for text, key, slot in (
            (QT_TRANSLATE_NOOP("ChartView", "Re&name unit"), "F2", self.start_rename),
            (QT_TRANSLATE_NOOP("ChartView", "&Add unit below"), "Ins", self.add_child),
            (QT_TRANSLATE_NOOP("ChartView", "&Delete unit"), "Del", self.delete_current),
        ):
            action = QAction(QCoreApplication.translate("ChartView", text), self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:  # the menu acts on the box clicked
            box = self.box_at(event.position().toPoint())
            if box is not None:
                self.select(box.unit_id, scroll=False)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        point = self.mapToScene(event.position().toPoint())
        near = self.chart_layout.boxes_in(
            point.x() - 10, point.y() - 10, point.x() + 10, point.y() + 10
        )
        for each in near:
            if each.children and toggle_rect(each, self.chart_style.orientation).contains(point):
                self.toggle(each.unit_id)
                event.accept()
                return
        box = self.chart_layout.box_at(point.x(), point.y())
        self.select(box.unit_id if box else None, scroll=False)
        self._press = event.position().toPoint() if box else None
        self._dragging = False
        if box is None:  # an empty spot: the chart is dragged around
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            super().mousePressEvent(event)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self.editable:
            super().mouseMoveEvent(event)
            return
        position = event.position().toPoint()
        if not self._dragging:
            distance = (position - self._press).manhattanLength()
            self._dragging = distance >= QApplication.startDragDistance()
        if self._dragging:
            target = self.box_at(position)
            self.chart_style.target = self._drop_target(target.unit_id if target else None)
            self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        dragging, self._dragging, self._press = self._dragging, False, None
        target, self.chart_style.target = self.chart_style.target, None
        if dragging and target is not None and self.current is not None:
            self.units.move([self.current], target)
        self.viewport().update()
        super().mouseReleaseEvent(event)

    def _drop_target(self, unit_id: uuid.UUID | None) -> uuid.UUID | None:
        """A box the current one may land on: not itself, nor one below it."""
        moving = self.current
        if unit_id is None or moving is None or unit_id == moving:
            return None
        if self.tree.is_below(unit_id, moving):
            return None
        return unit_id

    def viewportEvent(self, event: QEvent) -> bool:
        """A tooltip names the box under the mouse and says what happened to it: far out,
        where the boxes are too small for their text, that is how a person reads them."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.box_tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def box_tooltip(self, position: QPoint) -> str:
        box = self.box_at(position)
        return "\n".join(self.summary(box.unit_id)) if box is not None else ""

    def summary(self, unit_id: uuid.UUID | None) -> list[str]:
        """What a box says, in lines: name, leader, headcount, what happened, span mark."""
        unit = self.units.unit(unit_id)
        if unit is None:
            return []
        lines = [unit.name, leader_text(unit)]
        lines.append(QCoreApplication.translate("OrgChart", "%n employee(s)", "", unit.headcount))
        marks = self.chart_style.marks
        if marks is not None:
            kinds = marks.of(unit.lineage_id) or [changes.UNCHANGED]
            lines.append(", ".join(changes.kind_name(kind) for kind in kinds))
        if unit.id in self.chart_style.spans:
            lines.append(self.chart_style.spans[unit.id])
        return [line for line in lines if line]

    def announce(self) -> None:
        """The current unit in the viewport's accessible name: a screen reader says which box
        the arrows reached (the view keeps the chart's name)."""
        base = self.accessibleName()
        summary = ", ".join(self.summary(self.current))
        self.viewport().setAccessibleName(f"{base}: {summary}" if summary else base)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        box = self.box_at(event.position().toPoint())
        if box is not None and self.editable:
            self.select(box.unit_id, scroll=False)
            self.start_rename()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- edits: the tree's operations -------------------------------------------------------

    def start_rename(self) -> None:
        """An editor over the current box's name; Enter saves, Esc leaves it."""
        unit = self.units.unit(self.current)
        box = self.chart_layout.by_id.get(self.current) if self.current else None
        if unit is None or box is None:
            return
        self.ensure_shown(unit.id)
        editor = self.editor or self._make_editor()
        top_left = self.mapFromScene(QPointF(box.x, box.y))
        width = max(int(box.width * self.scale_now()), 160)
        editor.setGeometry(top_left.x(), top_left.y(), width, editor.sizeHint().height())
        editor.setText(unit.name)
        editor.selectAll()
        self._editing = unit.id
        editor.show()
        editor.setFocus()

    def _make_editor(self) -> QLineEdit:
        editor = QLineEdit(self.viewport())
        editor.setAccessibleName(QCoreApplication.translate("ChartView", "Unit name"))
        editor.returnPressed.connect(self.finish_rename)
        editor.installEventFilter(self)
        self.editor = editor
        return editor

    def eventFilter(self, watched: Any, event: Any) -> bool:
        escape = event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape
        if watched is self.editor and escape:
            self.cancel_rename()
            return True
        return super().eventFilter(watched, event)

    def finish_rename(self) -> bool:
        """Save the typed name; a refused one stays in the editor (the message says why)."""
        if self.editor is None or self._editing is None:
            return False
        unit_id, text = self._editing, self.editor.text()
        if not self.units.rename(unit_id, text):
            return False
        self.cancel_rename()
        return True

    def cancel_rename(self) -> None:
        self._editing = None
        if self.editor is not None:
            self.editor.hide()
        self.setFocus()

    def add_child(self) -> uuid.UUID | None:
        """Insert: a new unit below the current one, its name ready to type."""
        name = QCoreApplication.translate("ChartView", "New unit")
        unit_id = self.units.add_child(self.current, name)
        if unit_id is not None:
            self.pending_rename = unit_id
        return unit_id

    pending_rename: uuid.UUID | None = None  # a unit just added: renamed once it is drawn

    def delete_current(self) -> bool:
        if self.current is None:
            return False
        parent = self.tree.parent_id(self.current)
        deleted = self.units.delete(self.current)
        if deleted:
            self.current = parent  # type: ignore[assignment]
        return deleted

    def after_reload(self) -> None:
        """After the units were read again: a unit just added is selected and named."""
        added, self.pending_rename = self.pending_rename, None
        if added is not None and added in self.units.records:
            self.select(added)
            self.start_rename()
