"""A tree model over one scenario's units: editable, movable by drag and drop, filterable.

The model follows the service's changes incrementally (a changed unit updates its row, a moved
one moves, a created or deleted one appears or disappears) instead of reloading, so an edit
stays instant in a tree of 10,000 units. Every edit goes through the undo stack.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from sqlmodel import col, select

from fredapp.core import orgtree
from fredapp.core.errors import FredAppError
from fredapp.core.models import LEVEL_ORDER, Description, DescriptionKind, Unit
from fredapp.core.service import Change
from fredapp.ui.context import AppContext
from fredapp.ui.undo import push_change

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-fredapp-unit-ids"
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

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
FIELDS = ("name", "level", "leader_title", "leader_name", "headcount")
BELOW_COLUMN = 5
_TAGS = re.compile(r"<[^>]*>")


def level_name(level: str) -> str:
    return QCoreApplication.translate("UnitTreeModel", LEVEL_NAMES.get(level, level))


def level_from_text(text: str) -> str:
    """A level code from its code or its shown name, in either language."""
    folded = text.strip().casefold()
    for level in LEVEL_ORDER:
        names = {level.value, LEVEL_NAMES[level.value].casefold(), level_name(level.value)}
        if folded in {name.casefold() for name in names}:
            return level.value
    return text.strip()


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitTreeModel", text)


def plain_text(body_html: str) -> str:
    """The words of a description's HTML, for searching."""
    body = body_html.split("<body", 1)[-1]
    return html.unescape(_TAGS.sub(" ", body))


@dataclass(eq=False)
class _Node:
    unit: Unit | None  # None for the invisible root
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    descendants: int = 0


class UnitTreeModel(QAbstractItemModel):
    refused = Signal(str)  # an edit or move was refused; the message says why

    def __init__(self, context: AppContext, scenario_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self._context = context
        self._scenario_id = scenario_id
        self._root = _Node(None)
        self._nodes: dict[uuid.UUID, _Node] = {}
        self._description_text: dict[uuid.UUID, str] | None = None
        context.changes.changed.connect(self._on_change)
        self.reload()

    # -- content ---------------------------------------------------------------------------

    @property
    def units(self) -> list[Unit]:
        return [node.unit for node in self._nodes.values() if node.unit is not None]

    @property
    def scenario_id(self) -> uuid.UUID | None:
        return self._scenario_id

    def set_scenario(self, scenario_id: uuid.UUID | None) -> None:
        self._scenario_id = scenario_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        units = self._load()
        self._root, self._nodes = _build_tree(units)
        self._description_text = None
        self.endResetModel()

    def _load(self) -> list[Unit]:
        if self._scenario_id is None:
            return []
        with self._context.database.session() as session:
            query = (
                select(Unit)
                .where(col(Unit.scenario_id) == self._scenario_id, col(Unit.deleted).is_(False))
                .order_by(col(Unit.sort_order))
            )
            return list(session.exec(query))

    def unit_at(self, index: Index) -> Unit | None:
        return self._node(index).unit if index.isValid() else None

    def unit(self, unit_id: uuid.UUID) -> Unit | None:
        node = self._nodes.get(unit_id)
        return node.unit if node else None

    def index_of(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        node = self._nodes.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def parents(self) -> dict[uuid.UUID, uuid.UUID | None]:
        return {
            unit_id: node.parent.unit.id if node.parent and node.parent.unit else None
            for unit_id, node in self._nodes.items()
        }

    def children_map(self) -> dict[uuid.UUID | None, list[uuid.UUID]]:
        result: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        for unit_id, node in self._nodes.items():
            result[unit_id] = [child.unit.id for child in node.children if child.unit]
        result[None] = [child.unit.id for child in self._root.children if child.unit]
        return result

    def names(self) -> dict[uuid.UUID, str]:
        return {unit_id: node.unit.name for unit_id, node in self._nodes.items() if node.unit}

    def last_child_order(self, parent_id: uuid.UUID | None) -> int:
        node = self._nodes.get(parent_id) if parent_id else self._root
        if node is None or not node.children:
            return 0
        return max(child.unit.sort_order for child in node.children if child.unit) + 1

    # -- Qt model interface ----------------------------------------------------------------

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
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        unit = node.unit
        assert unit is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, unit, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == 1:
                return unit.level
            return self._display(node, unit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return unit
        if role == UNIT_ID_ROLE:
            return str(unit.id)
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # a drop on empty space: to the top level
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() < BELOW_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.unit_at(index)
        if unit is None or index.column() >= BELOW_COLUMN:
            return False
        return self.edit_unit(unit.id, **{FIELDS[index.column()]: value})

    # -- edits (all through the undo stack) ------------------------------------------------

    def edit_unit(self, unit_id: uuid.UUID, **values: Any) -> bool:
        """Set fields of a unit; a refused value emits ``refused`` and changes nothing."""
        unit = self.unit(unit_id)
        if unit is None:
            return False
        try:
            if "level" in values:
                values["level"] = level_from_text(str(values["level"]))
            cleaned = {name: orgtree.clean_value(name, value) for name, value in values.items()}
            change = self._context.service.plan_update(Unit, unit_id, "edit unit", **cleaned)
            if change is None:
                return True
            text = (
                QCoreApplication.translate("UnitTreeModel", "Rename %1")
                if set(cleaned) == {"name"}
                else QCoreApplication.translate("UnitTreeModel", "Edit %1")
            ).replace("%1", unit.name)
            push_change(self._context.undo_stack, self._context.service, change, text)
        except FredAppError as exc:
            self.refused.emit(str(exc))
            return False
        return True

    def add_unit(self, parent_id: uuid.UUID | None, name: str) -> uuid.UUID | None:
        """Add a unit as the last child of ``parent_id`` (None: at the top)."""
        if self._scenario_id is None:
            return None
        parent = self.unit(parent_id) if parent_id else None
        level = orgtree.child_level(parent.level if parent else None)
        try:
            name = orgtree.clean_value("name", name)
            change = self._context.service.plan_create(
                Unit,
                label="add unit",
                scenario_id=self._scenario_id,
                parent_id=parent_id,
                name=name,
                level=level,
                leader_title="",
                sort_order=self.last_child_order(parent_id),
            )
            push_change(
                self._context.undo_stack,
                self._context.service,
                change,
                QCoreApplication.translate("UnitTreeModel", "Add %1").replace("%1", name),
            )
        except FredAppError as exc:
            self.refused.emit(str(exc))
            return None
        return change.record_id

    def delete_unit(self, unit_id: uuid.UUID) -> bool:
        """Delete a unit and everything below it, as one undo step."""
        unit = self.unit(unit_id)
        if unit is None:
            return False
        changes = orgtree.plan_delete_subtree(self._context.service, self.children_map(), unit_id)
        return self._push_all(
            changes,
            QCoreApplication.translate("UnitTreeModel", "Delete %1").replace("%1", unit.name),
        )

    def move_units(self, unit_ids: Iterable[uuid.UUID], new_parent_id: uuid.UUID | None) -> bool:
        """Move units to the end of ``new_parent_id``'s children, as one undo step.

        Moving a unit under itself or one of its descendants is refused with a message.
        """
        ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id in self._nodes]
        parents = self.parents()
        # A unit whose ancestor also moves travels with it.
        ids = [
            unit_id
            for unit_id in ids
            if not any(
                other != unit_id and orgtree.is_in_subtree(parents, other, unit_id) for other in ids
            )
        ]
        if not ids:
            return False
        names = self.names()
        try:
            for unit_id in ids:
                orgtree.check_move(parents, unit_id, new_parent_id, names)
        except FredAppError as exc:
            self.refused.emit(str(exc))
            return False
        order = self.last_child_order(new_parent_id)
        changes = []
        for unit_id in ids:
            if parents.get(unit_id) == new_parent_id:
                continue
            change = self._context.service.plan_update(
                Unit, unit_id, "move unit", parent_id=new_parent_id, sort_order=order
            )
            order += 1
            if change is not None:
                changes.append(change)
        if not changes:
            return False
        target = (
            names.get(new_parent_id, QCoreApplication.translate("UnitTreeModel", "the top level"))
            if new_parent_id
            else QCoreApplication.translate("UnitTreeModel", "the top level")
        )
        moved = (
            names[ids[0]]
            if len(ids) == 1
            else QCoreApplication.translate("UnitTreeModel", "%1 units").replace(
                "%1", str(len(ids))
            )
        )
        text = (
            QCoreApplication.translate("UnitTreeModel", "Move %1 to %2")
            .replace("%1", moved)
            .replace("%2", target)
        )
        return self._push_all(changes, text)

    def _push_all(self, changes: list[Change], text: str) -> bool:
        if not changes:
            return False
        stack = self._context.undo_stack
        service = self._context.service
        try:
            for change in changes:
                service.validate(change)
        except FredAppError as exc:
            self.refused.emit(str(exc))
            return False
        if len(changes) == 1:
            push_change(stack, service, changes[0], text)
            return True
        stack.beginMacro(text)
        try:
            for change in changes:
                push_change(stack, service, change, text)
        finally:
            stack.endMacro()
        return True

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = dict.fromkeys(str(self._node(i).unit.id) for i in indexes if i.isValid())  # type: ignore[union-attr]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(" ".join(ids).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = unit_ids_from_mime(data)
        target = self.unit_at(parent)
        self.move_units(ids, target.id if target else None)
        # The move shows through the change signal; False keeps the view from removing rows.
        return False

    # -- filtering -------------------------------------------------------------------------

    def matching(self, query: str) -> set[int] | None:
        """ids (Python ``id``) of the nodes to show for ``query``: matches and their ancestors."""
        words = query.casefold().split()
        if not words:
            return None
        descriptions = self._descriptions()
        visible: set[int] = set()
        for node in self._nodes.values():
            unit = node.unit
            assert unit is not None
            text = f"{unit.name}\n{unit.leader_name}\n{unit.leader_title}".casefold()
            extra = descriptions.get(unit.lineage_id, "")
            if all(word in text or word in extra for word in words):
                walker: _Node | None = node
                while walker is not None and id(walker) not in visible:
                    visible.add(id(walker))
                    walker = walker.parent
        return visible

    def _descriptions(self) -> dict[uuid.UUID, str]:
        """Function descriptions' words per unit lineage, read once and kept until a change."""
        if self._description_text is None:
            lineages = {node.unit.lineage_id for node in self._nodes.values() if node.unit}
            with self._context.database.session() as session:
                rows = session.exec(
                    select(Description.unit_lineage_id, Description.body_html).where(
                        col(Description.kind) == DescriptionKind.FUNCTION.value,
                        col(Description.deleted).is_(False),
                        col(Description.unit_lineage_id).is_not(None),
                    )
                ).all()
            self._description_text = {
                lineage: plain_text(body).casefold()
                for lineage, body in rows
                if lineage in lineages
            }
        return self._description_text

    def node_key(self, parent: Index, row: int) -> int:
        return id(self._node(parent).children[row])

    # -- following the service's changes ---------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.model is Description:
            self._description_text = None
            return
        if change.model is not Unit or self._scenario_id is None:
            return
        node = self._nodes.get(change.record_id)
        if node is None:
            if change.after.get("deleted") is False:
                self._appear(change.record_id)
            return
        if change.after.get("deleted") is True:
            self._disappear(node)
            return
        assert node.unit is not None
        with self._context.database.session() as session:
            fresh = session.get(Unit, change.record_id)
        if fresh is None or fresh.scenario_id != self._scenario_id:
            self._disappear(node)
            return
        old_parent = node.unit.parent_id
        old_order = node.unit.sort_order
        node.unit = fresh
        if fresh.parent_id != old_parent or fresh.sort_order != old_order:
            self._relocate(node)
        self.dataChanged.emit(
            self.createIndex(node.row, 0, node),
            self.createIndex(node.row, len(HEADERS) - 1, node),
        )

    def _appear(self, unit_id: uuid.UUID) -> None:
        with self._context.database.session() as session:
            unit = session.get(Unit, unit_id)
        if unit is None or unit.deleted or unit.scenario_id != self._scenario_id:
            return
        parent = self._nodes.get(unit.parent_id) if unit.parent_id else None
        parent = parent or self._root
        node = _Node(unit)
        row = _insert_position(parent, unit.sort_order)
        self.beginInsertRows(self._index_of_node(parent), row, row)
        _attach(parent, node, row)
        self._nodes[unit_id] = node
        self.endInsertRows()
        self._add_descendants(parent, 1)

    def _disappear(self, node: _Node) -> None:
        parent = node.parent
        assert parent is not None
        size = 1 + node.descendants
        self.beginRemoveRows(self._index_of_node(parent), node.row, node.row)
        _detach(node)
        for gone in _walk(node):
            if gone.unit is not None:
                self._nodes.pop(gone.unit.id, None)
        self.endRemoveRows()
        self._add_descendants(parent, -size)

    def _relocate(self, node: _Node) -> None:
        unit = node.unit
        assert unit is not None and node.parent is not None
        old_parent = node.parent
        new_parent = (self._nodes.get(unit.parent_id) if unit.parent_id else None) or self._root
        if new_parent is node or _is_below(new_parent, node):
            return  # damaged data: keep the node where it is rather than lose it
        siblings = [child for child in new_parent.children if child is not node]
        target = len(siblings)
        for position, child in enumerate(siblings):
            if child.unit is not None and child.unit.sort_order > unit.sort_order:
                target = position
                break
        destination = target
        if old_parent is new_parent and target >= node.row:
            destination = target + 1
        if old_parent is new_parent and destination in (node.row, node.row + 1):
            return
        size = 1 + node.descendants
        if not self.beginMoveRows(
            self._index_of_node(old_parent),
            node.row,
            node.row,
            self._index_of_node(new_parent),
            destination,
        ):
            return
        _detach(node)
        _attach(new_parent, node, target)
        self.endMoveRows()
        if old_parent is not new_parent:
            self._add_descendants(old_parent, -size)
            self._add_descendants(new_parent, size)

    def _index_of_node(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def _add_descendants(self, node: _Node | None, amount: int) -> None:
        while node is not None and node is not self._root:
            node.descendants += amount
            index = self.createIndex(node.row, BELOW_COLUMN, node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            node = node.parent
        self._root.descendants += amount


def unit_ids_from_mime(data: QMimeData) -> list[uuid.UUID]:
    ids = []
    for word in bytes(data.data(MIME_TYPE).data()).decode(errors="replace").split():
        try:
            ids.append(uuid.UUID(word))
        except ValueError:
            continue
    return ids


class UnitFilterProxy(QSortFilterProxyModel):
    """Shows units matching every word of a query (name, leader, description) and their ancestors.

    The matching runs once per query over the source's nodes; ``filterAcceptsRow`` only looks
    the row up in the result, so a keystroke costs one pass in Python, not one per row and
    column.
    """

    def __init__(self, source: UnitTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._visible: set[int] | None = None
        self._query = ""
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(False)
        self.setDynamicSortFilter(False)
        source.modelReset.connect(self._recompute)
        source.rowsInserted.connect(self._recompute_later)
        source.rowsMoved.connect(self._recompute_later)
        source.dataChanged.connect(self._text_changed)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query
        self.beginFilterChange()
        self._visible = self._source.matching(query)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self) -> None:
        self._visible = self._source.matching(self._query)

    def _recompute_later(self, *args: Any) -> None:
        if self._query:
            self.set_query(self._query)

    def _text_changed(self, top_left: QModelIndex, *args: Any) -> None:
        if top_left.column() < BELOW_COLUMN:  # not a mere count of units below
            self._recompute_later()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._visible is None:
            return True
        return self._source.node_key(source_parent, source_row) in self._visible


# -- tree helpers ---------------------------------------------------------------------------


def _build_tree(units: list[Unit]) -> tuple[_Node, dict[uuid.UUID, _Node]]:
    root = _Node(None)
    nodes = {unit.id: _Node(unit) for unit in units}
    for unit in units:
        node = nodes[unit.id]
        # A unit whose parent is missing is shown at the top rather than lost.
        parent = nodes.get(unit.parent_id) if unit.parent_id else None
        if parent is not None and _would_cycle(nodes, unit):
            parent = None
        node.parent = parent or root
        node.row = len(node.parent.children)
        node.parent.children.append(node)
    _count_descendants(root)
    return root, nodes


def _would_cycle(nodes: dict[uuid.UUID, _Node], unit: Unit) -> bool:
    seen = {unit.id}
    current = unit.parent_id
    while current is not None and current in nodes:
        if current in seen:
            return True
        seen.add(current)
        parent_unit = nodes[current].unit
        current = parent_unit.parent_id if parent_unit else None
    return False


def _count_descendants(root: _Node) -> None:
    # Iterative post-order walk: deep trees must not hit Python's recursion limit.
    order = list(_walk(root))
    for node in reversed(order):
        node.descendants = sum(1 + child.descendants for child in node.children)


def _walk(root: _Node) -> Iterable[_Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def _insert_position(parent: _Node, sort_order: int) -> int:
    for position, child in enumerate(parent.children):
        if child.unit is not None and child.unit.sort_order > sort_order:
            return position
    return len(parent.children)


def _attach(parent: _Node, node: _Node, row: int) -> None:
    node.parent = parent
    parent.children.insert(row, node)
    for position in range(row, len(parent.children)):
        parent.children[position].row = position


def _detach(node: _Node) -> None:
    parent = node.parent
    assert parent is not None
    del parent.children[node.row]
    for position in range(node.row, len(parent.children)):
        parent.children[position].row = position
    node.parent = None


def _is_below(node: _Node, ancestor: _Node) -> bool:
    walker = node.parent
    while walker is not None:
        if walker is ancestor:
            return True
        walker = walker.parent
    return False
