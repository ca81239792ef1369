"""The unit tree model: one scenario's units as standard items, editable, movable, filterable.

The model follows the service's changes incrementally (a changed unit updates its row, a moved
one moves, a created or deleted one appears or disappears) instead of reloading, so an edit
stays quick in a tree of 10,000 units. Every edit goes through the undo stack
(:mod:`~fredapp.ui.itemmodels.unitedits`). A large scenario is built in short steps between
events (:mod:`~fredapp.ui.itemmodels.unitbuild`); the search's words and the filter proxy are
in :mod:`~fredapp.ui.itemmodels.unitsearch`, records, roles and columns in
:mod:`~fredapp.ui.itemmodels.unitrecords`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from fredapp.core import orgtree, queries
from fredapp.core.models import Description, Unit
from fredapp.core.service import Change
from fredapp.core.tree import UnitTree
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels import unitedits, unitrows
from fredapp.ui.itemmodels.unitbuild import SYNC_UNITS, TreeBuilding
from fredapp.ui.itemmodels.unitrecords import (
    BELOW_COLUMN,
    DISPLAY,
    FIELDS,
    HEADERS,
    HIDDEN,
    LEVEL_NAMES,
    LEVEL_ROLE,
    MIME_TYPE,
    SHOWN,
    SHOWN_ROLE,
    UNIT_ID_ROLE,
    Index,
    UnitRecord,
    level_from_text,
    level_name,
    push_change,
    relabel,
    tr,
)
from fredapp.ui.itemmodels.unitsearch import UnitFilterProxy, UnitSearch, plain_text
from fredapp.ui.refresh import Batch, subscribe

__all__ = [  # the names the tab, the other views and the tests import from here
    "BELOW_COLUMN",
    "FIELDS",
    "HEADERS",
    "LEVEL_NAMES",
    "LEVEL_ROLE",
    "MIME_TYPE",
    "SHOWN_ROLE",
    "SYNC_UNITS",
    "UNIT_ID_ROLE",
    "UnitFilterProxy",
    "UnitRecord",
    "UnitTreeModel",
    "level_from_text",
    "level_name",
    "plain_text",
    "push_change",
    "relabel",
    "unit_ids_from_mime",
]


class UnitTreeModel(QStandardItemModel):
    """The units of one scenario as a tree of standard items.

    Qt's own item model answers the view's many structural questions in C++, so opening,
    expanding and filtering 10,000 units cost about what bare Qt costs; Python runs only for
    edits and for following the service's changes, one row at a time.
    """

    refused = Signal(str)  # an edit or move was refused; the message says why
    loadProgress = Signal(int, int)  # units in the tree so far, units in the scenario
    loaded = Signal()  # a scenario built in steps is complete

    def __init__(self, context: AppContext, scenario_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self._context = context
        self._scenario_id = scenario_id
        self._units: dict[uuid.UUID, UnitRecord] = {}
        self._items: dict[uuid.UUID, QStandardItem] = {}
        self._by_lineage: dict[uuid.UUID, uuid.UUID] = {}
        self._hidden: set[uuid.UUID] = set()
        self._visible: set[uuid.UUID] | None = None  # the filter's shown units; None: all
        self.search = UnitSearch(
            context.database, lambda: self._units, lambda: self._by_lineage, self
        )
        self.building = TreeBuilding(self)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)
        self._set_headers()
        # One batch per operation or sync (a lambda, so a test can count apply_batch).
        subscribe(context, (Unit, Description), lambda batch: self.apply_batch(batch), self)
        self.reload()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([tr(text) for text in HEADERS])

    # -- content ---------------------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def units(self) -> list[UnitRecord]:
        return list(self.records.values())

    @property
    def records(self) -> Mapping[uuid.UUID, UnitRecord]:
        """Every unit of the scenario by id (read, though maybe not all in the tree yet)."""
        self.building.ensure_units()
        return self._units

    @property
    def scenario_id(self) -> uuid.UUID | None:
        return self._scenario_id

    @property
    def loading(self) -> bool:
        """Whether the tree is still being built in steps (the records are read first)."""
        return self.building.loading

    @property
    def unit_count(self) -> int:
        """The number of units in the scenario, known as soon as loading begins."""
        return len(self.building.rows) if self.building.loading else len(self._units)

    def set_scenario(self, scenario_id: uuid.UUID | None) -> None:
        self._scenario_id = scenario_id
        self.reload()

    def reload(self) -> None:
        """Read the scenario's units in one query; build a small tree at once, a large one in
        steps between events (``loadProgress``, then ``loaded``)."""
        self.building.stop()
        rows = self._fetch()
        self.beginResetModel()
        self.blockSignals(True)
        try:
            old_items = len(self._items)
            self._units = {}
            self._by_lineage = {}
            self._items = {}
            self._hidden = set()
            self._visible = None
            self.search.reset()
            self.building.start(rows, old_items)
        finally:
            self.blockSignals(False)
            self.endResetModel()
        self.building.resume()

    def finish_loading(self) -> None:
        """Build the rest of the tree now (an action needs the whole of it)."""
        self.building.finish()

    def _fetch(self) -> list[Any]:
        if self._scenario_id is None:
            return []
        return queries.unit_rows(self._context.database, self._scenario_id)

    def planned(self, units: dict[uuid.UUID, UnitRecord]) -> None:
        """Every unit is read (the building calls this before it builds the rows)."""
        self._units = units
        self._by_lineage = {unit.lineage_id: unit.id for unit in units.values()}
        self.search.start_preload()

    def item_of(self, unit_id: uuid.UUID) -> QStandardItem:
        return self._items[unit_id]

    def make_row(self, unit_id: uuid.UUID, below: int) -> list[QStandardItem]:
        """A unit's row with ``below`` units below it, marked as the filter shows it."""
        row = unitrows.row_items(self._units[unit_id])
        row[BELOW_COLUMN].setData(below, DISPLAY)
        visible = self._visible
        if visible is not None and unit_id not in visible:
            row[0].setData(HIDDEN, SHOWN_ROLE)
            self._hidden.add(unit_id)
        self._items[unit_id] = row[0]
        return row

    def unit_at(self, index: Index) -> UnitRecord | None:
        if not index.isValid():
            return None
        value = index.sibling(index.row(), 0).data(UNIT_ID_ROLE)
        return self._units.get(uuid.UUID(value)) if value else None

    def unit(self, unit_id: uuid.UUID | None) -> UnitRecord | None:
        return self.records.get(unit_id) if unit_id else None

    def index_of(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        item = self._items.get(unit_id)
        if item is None and self.building.loading:
            self.finish_loading()  # the unit may not be in the tree yet
            item = self._items.get(unit_id)
        if item is None:
            return QModelIndex()
        index = item.index()
        return index.siblingAtColumn(column) if column else index

    def tree(self) -> UnitTree[UnitRecord]:
        """The scenario's units as the one unit tree (damaged data repaired as it is shown)."""
        return UnitTree(self.records.values())

    def names(self) -> dict[uuid.UUID, str]:
        return {unit_id: unit.name for unit_id, unit in self.records.items()}

    def _parent_item(self, parent_id: uuid.UUID | None) -> QStandardItem:
        item = self._items.get(parent_id) if parent_id else None
        return item or self.invisibleRootItem()

    def _children_of(self, item: QStandardItem) -> list[UnitRecord]:
        found = []
        for row in range(item.rowCount()):
            unit_id = unitrows.unit_id_of(item.child(row, 0))
            unit = self._units.get(unit_id) if unit_id else None
            if unit is not None:
                found.append(unit)
        return found

    def last_child_order(self, parent_id: uuid.UUID | None) -> int:
        self.finish_loading()  # counts the children in the tree
        children = self._children_of(self._parent_item(parent_id))
        return max((child.sort_order for child in children), default=-1) + 1

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edits from a view go through the undo stack; the change then updates the item."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.unit_at(index)
        if unit is None or index.column() >= BELOW_COLUMN:
            return False
        return self.edit_unit(unit.id, **{FIELDS[index.column()]: value})

    # -- edits (all through the undo stack, see unitedits) ---------------------------------

    def edit_unit(self, unit_id: uuid.UUID, **values: Any) -> bool:
        """Set fields of a unit; a refused value emits ``refused`` and changes nothing."""
        return unitedits.edit_unit(self, unit_id, **values)

    def add_unit(self, parent_id: uuid.UUID | None, name: str) -> uuid.UUID | None:
        """Add a unit as the last child of ``parent_id`` (None: at the top)."""
        return unitedits.add_unit(self, parent_id, name)

    def delete_unit(self, unit_id: uuid.UUID) -> bool:
        """Delete a unit and everything below it, as one undo step."""
        return unitedits.delete_unit(self, unit_id)

    def delete_units(self, unit_ids: Iterable[uuid.UUID], text: str) -> bool:
        """Delete units and everything below them as ONE operation (one undo step)."""
        return unitedits.delete_units(self, unit_ids, text)

    def move_units(self, unit_ids: Iterable[uuid.UUID], new_parent_id: uuid.UUID | None) -> bool:
        """Move units to the end of ``new_parent_id``'s children, as one undo step; moving a
        unit under itself or one of its descendants is refused with a message."""
        return unitedits.move_units(self, unit_ids, new_parent_id)

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = dict.fromkeys(
            str(unit.id) for index in indexes if (unit := self.unit_at(index)) is not None
        )
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

    # -- search ----------------------------------------------------------------------------

    def matching(self, query: str) -> set[uuid.UUID] | None:
        """Ids of the units to show for ``query``: matches and their ancestors (see
        :meth:`UnitSearch.matching`); None means no filter."""
        self.building.ensure_units()
        return self.search.matching(query)

    def mark_shown(self, visible: set[uuid.UUID] | None) -> None:
        """Mark the units that change between shown and hidden (signals held back: the proxy
        re-filters once afterwards)."""
        self._visible = visible  # units built later are marked as they come in
        hidden = set() if visible is None else set(self._items) - visible
        to_hide = hidden - self._hidden
        to_show = self._hidden - hidden
        self.blockSignals(True)
        try:
            for unit_id in to_hide:
                self._items[unit_id].setData(HIDDEN, SHOWN_ROLE)
            for unit_id in to_show:
                item = self._items.get(unit_id)
                if item is not None:
                    item.setData(SHOWN, SHOWN_ROLE)
        finally:
            self.blockSignals(False)
        self._hidden = hidden

    # -- following the service's changes ---------------------------------------------------

    def apply_batch(self, batch: Batch) -> None:
        """Follow one operation or sync: its unit and description changes record by record,
        or one rebuild when it brought more of them than it names."""
        if batch.reloads(Unit, Description):
            self.reload()
            return
        # A colleague's units arriving by sync are filtered as usual; this window's own
        # (added, moved, brought back) stay in view (see UnitFilterProxy).
        self.applying_received = batch.received
        try:
            for change in batch.of(Unit, Description):
                self._apply_change(change)
        finally:
            self.applying_received = False

    def _apply_change(self, change: Change) -> None:
        if change.model is Description:
            unit_id = self.search.description_changed(change.record_id)
            item = self._items.get(unit_id) if unit_id is not None else None
            if item is not None:  # let a filter showing it look again (one built later reads it)
                index = item.index()
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            return
        if change.model is not Unit or self._scenario_id is None:
            return
        self.finish_loading()  # the change is followed in the whole tree
        unit = self._units.get(change.record_id)
        if unit is None:
            scenario = change.after.get("scenario_id", self._scenario_id)
            if change.after.get("deleted") is False and scenario == self._scenario_id:
                self._appear(change.record_id)
            return
        if change.after.get("deleted") is True:
            self._disappear(unit.id)
            return
        fresh = queries.record(self._context.database, Unit, change.record_id)
        if fresh is None or fresh.scenario_id != self._scenario_id:
            self._disappear(unit.id)
            return
        record = UnitRecord.of(fresh)
        self._units[record.id] = record
        self._by_lineage[record.lineage_id] = record.id
        self.search.forget(record.id)
        item = self._items[record.id]
        parent_item = item.parent() or self.invisibleRootItem()
        row_items = [parent_item.child(item.row(), column) for column in range(len(HEADERS))]
        unitrows.fill(row_items, record)
        if record.parent_id != unit.parent_id or record.sort_order != unit.sort_order:
            self._relocate(record, unit.parent_id)

    def _appear(self, unit_id: uuid.UUID) -> None:
        fresh = queries.record(self._context.database, Unit, unit_id)
        if fresh is None or fresh.deleted or fresh.scenario_id != self._scenario_id:
            return
        unit = UnitRecord.of(fresh)
        self._units[unit.id] = unit  # read by _shown_parent; stays if the row goes in
        parent_item = self._parent_item(self._shown_parent(unit.id))
        row = self._insert_position(parent_item, unit)
        items = unitrows.row_items(unit)
        items[BELOW_COLUMN].setData(0, Qt.ItemDataRole.DisplayRole)
        self._units[unit.id] = unit
        self._by_lineage[unit.lineage_id] = unit.id
        self._items[unit.id] = items[0]
        self.search.forget(unit.id)
        parent_item.insertRow(row, items)
        unitrows.add_below(self.invisibleRootItem(), parent_item, 1)

    def _disappear(self, unit_id: uuid.UUID) -> None:
        item = self._items.get(unit_id)
        if item is None:
            return
        parent_item = item.parent() or self.invisibleRootItem()
        size = 1 + unitrows.below(self.invisibleRootItem(), item)
        for gone in unitrows.subtree_ids(item):
            self._items.pop(gone, None)
            unit = self._units.pop(gone, None)
            if unit is not None and self._by_lineage.get(unit.lineage_id) == gone:
                del self._by_lineage[unit.lineage_id]
        parent_item.removeRow(item.row())
        unitrows.add_below(self.invisibleRootItem(), parent_item, -size)
        self.search.forget(None)

    def _relocate(self, unit: UnitRecord, old_parent_id: uuid.UUID | None) -> None:
        item = self._items[unit.id]
        old_parent = item.parent() or self.invisibleRootItem()
        new_parent = self._parent_item(self._shown_parent(unit.id))
        if new_parent is item or unitrows.is_below(new_parent, item):
            return  # damaged data: keep the unit where it is rather than lose it
        size = 1 + unitrows.below(self.invisibleRootItem(), item)
        row_items = old_parent.takeRow(item.row())
        row = self._insert_position(new_parent, unit)
        new_parent.insertRow(row, row_items)
        if old_parent is not new_parent:
            unitrows.add_below(self.invisibleRootItem(), old_parent, -size)
            unitrows.add_below(self.invisibleRootItem(), new_parent, size)

    applying_received = False  # while a batch received by sync is applied

    def _shown_parent(self, unit_id: uuid.UUID) -> uuid.UUID | None:
        """The unit's parent in the one unit tree (a cycle or a missing parent repaired as
        everywhere else), from only the units above it: no tree of every unit per change."""
        parent = orgtree.ancestry(self._units, [unit_id]).parent_id(unit_id)
        return parent if isinstance(parent, uuid.UUID) else None

    def _insert_position(self, parent_item: QStandardItem, unit: UnitRecord) -> int:
        for row, child in enumerate(self._children_of(parent_item)):
            if child.id != unit.id and child.sort_order > unit.sort_order:
                return row
        return parent_item.rowCount()


def unit_ids_from_mime(data: QMimeData) -> list[uuid.UUID]:
    ids = []
    for word in bytes(data.data(MIME_TYPE).data()).decode(errors="replace").split():
        try:
            ids.append(uuid.UUID(word))
        except ValueError:
            continue
    return ids
