"""A tree model over one scenario's units."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlmodel import select

from fredapp.core.models import Unit
from fredapp.core.service import Change
from fredapp.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex

LEVEL_NAMES = {
    "stab": QT_TRANSLATE_NOOP("UnitTreeModel", "Staff"),
    "virksomhet": QT_TRANSLATE_NOOP("UnitTreeModel", "Operating unit"),
    "avdeling": QT_TRANSLATE_NOOP("UnitTreeModel", "Section"),
    "team": QT_TRANSLATE_NOOP("UnitTreeModel", "Team"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("UnitTreeModel", "Name"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Level"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Leader title"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Leader"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Headcount"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Units below"),
)


def level_name(level: str) -> str:
    return QCoreApplication.translate("UnitTreeModel", LEVEL_NAMES.get(level, level))


@dataclass(eq=False)
class _Node:
    unit: Unit | None  # None for the invisible root
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    descendants: int = 0


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, context: AppContext, scenario_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self._context = context
        self._scenario_id = scenario_id
        self._root = _Node(None)
        self._units: list[Unit] = []
        context.changes.changed.connect(self._on_change)
        self.reload()

    @property
    def units(self) -> list[Unit]:
        return list(self._units)

    def set_scenario(self, scenario_id: uuid.UUID) -> None:
        self._scenario_id = scenario_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._units = self._load()
        self._root = _build_tree(self._units)
        self.endResetModel()

    def _load(self) -> list[Unit]:
        if self._scenario_id is None:
            return []
        with self._context.database.session() as session:
            query = (
                select(Unit)
                .where(Unit.scenario_id == self._scenario_id, Unit.deleted == False)  # noqa: E712
                .order_by(Unit.sort_order)  # type: ignore[arg-type]
            )
            return list(session.exec(query))

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UnitTreeModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        unit = node.unit
        assert unit is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, unit, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return unit
        return None

    @staticmethod
    def _display(node: _Node, unit: Unit, column: int) -> Any:
        values = (
            unit.name,
            level_name(unit.level),
            unit.leader_title,
            unit.leader_name,
            unit.headcount,
            node.descendants,
        )
        return values[column]

    def _on_change(self, change: Change) -> None:
        if change.model is Unit:
            self.reload()


def _build_tree(units: list[Unit]) -> _Node:
    root = _Node(None)
    nodes = {unit.id: _Node(unit) for unit in units}
    for unit in units:
        node = nodes[unit.id]
        # A unit whose parent is missing is shown at the top rather than lost.
        parent = nodes.get(unit.parent_id) if unit.parent_id else None
        node.parent = parent or root
        node.row = len(node.parent.children)
        node.parent.children.append(node)
    _count_descendants(root)
    return root


def _count_descendants(root: _Node) -> None:
    # Iterative post-order walk: deep trees must not hit Python's recursion limit.
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        node.descendants = sum(1 + child.descendants for child in node.children)
