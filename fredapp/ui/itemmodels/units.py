"""A tree model over one scenario's units: editable, movable by drag and drop, filterable.

The model follows the service's changes incrementally (a changed unit updates its row, a moved
one moves, a created or deleted one appears or disappears) instead of reloading, so an edit
stays quick in a tree of 10,000 units. Every edit goes through the undo stack.

A large scenario is built in short steps between events (top levels first), so opening it never
blocks the window for long; an action that needs the whole tree finishes the building at once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import html
import re
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack

from fredapp.core import orgtree, queries
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import LEVEL_ORDER, Description, Unit
from fredapp.core.operations import Operation
from fredapp.core.service import Change, DataService
from fredapp.core.tree import UnitTree
from fredapp.ui.context import AppContext
from fredapp.ui.messages import error_text
from fredapp.ui.undo import push_change as _push_change
from fredapp.ui.undo import push_operation

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-fredapp-unit-ids"
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # the level's code; the text shows its name
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 3  # SHOWN or HIDDEN by the filter
SHOWN, HIDDEN = "1", "0"
PRELOAD_ROWS = 400  # descriptions read per idle step (about 10 ms)
SYNC_UNITS = 1000  # a scenario this small is built at once (about 40 ms)
STEP_SECONDS = 0.03  # a larger one is built in steps of about this long between events
RECORD_CHUNK = 1000  # units read into records between two looks at the clock
SUBTREE_UNITS = 200  # a subtree this small is built detached and attached in one insert
_DISPLAY = Qt.ItemDataRole.DisplayRole
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

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


def relabel(change: Change, text: str) -> Change:
    """The change named in the user's language (the status bar shows the label)."""
    return dataclasses.replace(change, label=text)


def push_change(stack: QUndoStack, service: DataService, change: Change, text: str) -> None:
    """Push ``change`` on the undo stack, labelled with the translated ``text``."""
    _push_change(stack, service, relabel(change, text), text)


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


class UnitRecord:
    """A unit as the tree holds it: the fields of :class:`Unit`, read straight from SQLite."""

    __slots__ = (
        "headcount",
        "id",
        "leader_name",
        "leader_title",
        "level",
        "lineage_id",
        "name",
        "parent_id",
        "predecessors",
        "scenario_id",
        "sort_order",
    )
    id: uuid.UUID
    scenario_id: uuid.UUID
    parent_id: uuid.UUID | None
    lineage_id: uuid.UUID
    predecessors: str
    name: str
    level: str
    leader_title: str
    leader_name: str
    headcount: int
    sort_order: int

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name])

    @classmethod
    def from_row(cls, row: Any, scenario_id: uuid.UUID, parent_id: uuid.UUID | None) -> UnitRecord:
        """A record from a row of ``_LOAD_SQL`` (faster than keyword arguments)."""
        record = cls.__new__(cls)
        record.id = uuid.UUID(hex=row[0])
        record.scenario_id = scenario_id
        record.parent_id = parent_id
        record.lineage_id = uuid.UUID(hex=row[2])
        record.predecessors = row[3]
        record.name = row[4]
        record.level = row[5]
        record.leader_title = row[6]
        record.leader_name = row[7]
        record.headcount = row[8]
        record.sort_order = row[9]
        return record

    @classmethod
    def of(cls, unit: Unit) -> UnitRecord:
        return cls(**{name: getattr(unit, name) for name in cls.__slots__})


_LOAD_SQL = (
    "SELECT id, parent_id, lineage_id, predecessors, name, level, leader_title, leader_name, "
    "headcount, sort_order FROM unit WHERE scenario_id = ? AND deleted = 0 ORDER BY sort_order"
)


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(hex=text) if text else None


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """Build objects that live as long as the tree without Python's full garbage collection.

    Tens of thousands of items, records and ids would make a full collection take 70-150 ms,
    halting the window mid-load and now and then afterwards. Within a step the collector
    waits; after it, young garbage is collected and the survivors are frozen: the collector
    never scans them again (they are still freed when no longer referenced).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.collect(1)
            gc.freeze()
            gc.enable()


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
        self._description_text: dict[uuid.UUID, str] | None = None
        self._haystack: dict[uuid.UUID, str] | None = None
        self._hidden: set[uuid.UUID] = set()
        self._last_query = ""
        self._last_matches: set[uuid.UUID] | None = None
        # Description texts are read in small steps while the window is idle, so the first
        # filter keystroke finds them ready instead of reading 10,000 at once.
        self._preload_texts: dict[uuid.UUID, str] = {}
        self._preload_after = -1  # the last description rowid read; -1 when not preloading
        self._preload_timer = QTimer(self)
        self._preload_timer.setInterval(0)
        self._preload_timer.timeout.connect(self._preload_step)
        # A large scenario is built in steps (see reload).
        self._visible: set[uuid.UUID] | None = None  # the filter's shown units; None: all
        self._loading = False
        self._units_ready = True
        self._rows: list[Any] = []
        self._records: list[UnitRecord] = []
        self._queue: deque[uuid.UUID] = deque()
        self._tree_parent: dict[uuid.UUID, uuid.UUID | None] = {}
        self._tree_children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        self._counts: dict[uuid.UUID, int] = {}
        self._order: list[uuid.UUID] = []
        self._position: dict[uuid.UUID, int] = {}
        self._built = 0
        self._load_timer = QTimer(self)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_step)
        # The rows of a large tree left behind are deleted in steps too (deleting 60,000 items
        # at once takes over 100 ms): they wait under an item outside the model.
        self._graveyard = QStandardItem()
        self._bury_timer = QTimer(self)
        self._bury_timer.setInterval(0)
        self._bury_timer.timeout.connect(self._bury_step)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)
        self._set_headers()
        context.changes.changed.connect(self._on_change)
        context.changes.stale.connect(self.reload)
        self.reload()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([_tr(text) for text in HEADERS])

    # -- content ---------------------------------------------------------------------------

    @property
    def units(self) -> list[UnitRecord]:
        self._ensure_units()
        return list(self._units.values())

    @property
    def scenario_id(self) -> uuid.UUID | None:
        return self._scenario_id

    @property
    def loading(self) -> bool:
        """Whether the tree is still being built in steps (the records are read first)."""
        return self._loading

    @property
    def unit_count(self) -> int:
        """The number of units in the scenario, known as soon as loading begins."""
        return len(self._rows) if self._loading else len(self._units)

    def set_scenario(self, scenario_id: uuid.UUID | None) -> None:
        self._scenario_id = scenario_id
        self.reload()

    def reload(self) -> None:
        """Read the scenario's units in one query; build a small tree at once, a large one in
        steps between events (``loadProgress``, then ``loaded``)."""
        self._load_timer.stop()
        rows = self._fetch()
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self._bury()
            self._units = {}
            self._by_lineage = {}
            self._items = {}
            self._description_text = None
            self._haystack = None
            self._hidden = set()
            self._visible = None
            self._last_query, self._last_matches = "", None
            self._preload_after = -1
            self._preload_timer.stop()
            self._rows, self._records = rows, []
            self._queue = deque()
            self._built = 0
            self._units_ready = False
            self._loading = True
            if len(rows) <= SYNC_UNITS:
                self._ensure_units()
                self._build_steps(None)
                self._loading = False
                self._forget_loading()
        finally:
            self.blockSignals(False)
            self.endResetModel()
        if self._loading:
            self._load_timer.start()

    def _bury(self) -> None:
        """Take the rows out of the model (signals held back, within a reset)."""
        root = self.invisibleRootItem()
        if len(self._items) <= SYNC_UNITS:
            self.removeRows(0, self.rowCount())
            return
        for row in reversed(range(root.rowCount())):
            self._graveyard.appendRow(root.takeRow(row))
        self._bury_timer.start()

    def _bury_step(self) -> None:
        """Delete a few of the rows left behind; a large subtree's children are split off."""
        deadline = time.perf_counter() + STEP_SECONDS / 2
        graveyard = self._graveyard
        while graveyard.rowCount():
            last = graveyard.rowCount() - 1
            below = graveyard.child(last, BELOW_COLUMN)
            if below is not None and int(below.data(_DISPLAY) or 0) > SUBTREE_UNITS:
                first = graveyard.child(last, 0)
                for row in reversed(range(first.rowCount())):
                    graveyard.appendRow(first.takeRow(row))
            graveyard.removeRow(last)
            if time.perf_counter() > deadline:
                return
        self._bury_timer.stop()

    def finish_loading(self) -> None:
        """Build the rest of the tree now (an action needs the whole of it)."""
        if self._loading:
            with _long_lived():
                self._ensure_units()
                self._build_steps(None)
            self._done_loading()

    def _load_step(self) -> None:
        deadline = time.perf_counter() + STEP_SECONDS
        with _long_lived():
            if self._ensure_units(deadline) and time.perf_counter() < deadline:
                self._build_steps(deadline)
        if self._units_ready and not self._queue:
            self._done_loading()
        else:
            self.loadProgress.emit(self._built, len(self._rows))

    def _done_loading(self) -> None:
        self._load_timer.stop()
        if not self._loading:
            return
        total = len(self._rows)
        self._loading = False
        self._forget_loading()
        self.loadProgress.emit(total, total)
        self.loaded.emit()

    def _forget_loading(self) -> None:
        self._rows, self._records = [], []
        self._tree_parent, self._tree_children = {}, {}
        self._counts, self._order, self._position = {}, [], {}

    def _fetch(self) -> list[Any]:
        if self._scenario_id is None:
            return []
        with self._context.database.engine.connect() as conn:
            return list(conn.exec_driver_sql(_LOAD_SQL, (self._scenario_id.hex,)).fetchall())

    def _ensure_units(self, deadline: float | None = None) -> bool:
        """Turn the rows read into records (in chunks until ``deadline``), then plan the tree.

        True once every unit is known (the items may still be being built)."""
        if self._units_ready:
            return True
        rows, records = self._rows, self._records
        scenario = self._scenario_id
        assert scenario is not None or not rows
        while len(records) < len(rows):
            chunk = rows[len(records) : len(records) + RECORD_CHUNK]
            records.extend(
                UnitRecord.from_row(row, scenario, _uuid(row[1]))  # type: ignore[arg-type]
                for row in chunk
            )
            if deadline is not None and time.perf_counter() > deadline:
                return False
        self._plan(records)
        return True

    def _plan(self, units: list[UnitRecord]) -> None:
        """Parents, children in order and subtree sizes; the building starts at the top."""
        self._units = {unit.id: unit for unit in units}
        self._by_lineage = {unit.lineage_id: unit.id for unit in units}
        # Parent ids as the records' own id objects: equal, and cheaper to hash again.
        for unit in units:
            parent = self._units.get(unit.parent_id) if unit.parent_id else None
            if parent is not None:
                unit.parent_id = parent.id
        # The one tree's shape, damaged data repaired as every walk repairs it.
        tree = UnitTree(units)
        order = [unit.id for unit in tree]
        parents: dict[uuid.UUID, uuid.UUID | None] = {}
        children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        for unit in units:  # in sort order, as the tree orders siblings
            above = tree.parent(unit.id)
            parent_id = parents[unit.id] = above.id if above is not None else None
            children.setdefault(parent_id, []).append(unit.id)
        counts: dict[uuid.UUID, int] = {}
        for unit_id in reversed(order):
            kids = children.get(unit_id)
            counts[unit_id] = sum(1 + counts[child] for child in kids) if kids else 0
        self._tree_parent, self._tree_children = parents, children
        self._counts, self._order = counts, order
        self._position = {unit_id: row for row, unit_id in enumerate(order)}
        self._queue = deque(children.get(None, []))
        self._units_ready = True
        self._start_preload()

    def _build_steps(self, deadline: float | None) -> None:
        """Put units into the tree, top levels first, until ``deadline`` (None: all).

        A top-level unit or a large subtree comes in as its own row, its children queued; a
        small subtree is built detached and attached in one insert."""
        queue, counts, order = self._queue, self._counts, self._order
        root = self.invisibleRootItem()
        while queue:
            unit_id = queue.popleft()
            parent_id = self._tree_parent.get(unit_id)
            parent_item = self._items[parent_id] if parent_id is not None else root
            size = 1 + counts[unit_id]
            if parent_id is None or size > SUBTREE_UNITS:
                row = self._make_row(unit_id)
                parent_item.appendRow(row)
                queue.extend(self._tree_children.get(unit_id, ()))
                self._built += 1
            else:
                start = self._position[unit_id]
                top = self._make_row(unit_id)
                rows = {unit_id: top[0]}
                for member in order[start + 1 : start + size]:  # parents before children
                    row = self._make_row(member)
                    rows[self._tree_parent[member]].appendRow(row)  # type: ignore[index]
                    rows[member] = row[0]
                parent_item.appendRow(top)
                self._built += size
            if deadline is not None and time.perf_counter() > deadline:
                return

    def _make_row(self, unit_id: uuid.UUID) -> list[QStandardItem]:
        row = self._row_items(self._units[unit_id])
        row[BELOW_COLUMN].setData(self._counts[unit_id], _DISPLAY)
        visible = self._visible
        if visible is not None and unit_id not in visible:
            row[0].setData(HIDDEN, SHOWN_ROLE)
            self._hidden.add(unit_id)
        self._items[unit_id] = row[0]
        return row

    def _row_items(self, unit: UnitRecord) -> list[QStandardItem]:
        level = QStandardItem(level_name(unit.level))
        level.setData(unit.level, LEVEL_ROLE)
        headcount = QStandardItem()
        headcount.setData(unit.headcount, _DISPLAY)
        below = QStandardItem()
        below.setTextAlignment(_RIGHT)
        items = [
            QStandardItem(unit.name),
            level,
            QStandardItem(unit.leader_title),
            QStandardItem(unit.leader_name),
            headcount,
            below,
        ]
        # A new QStandardItem's flags are already _EDITABLE: only the count is read-only.
        below.setFlags(_READ_ONLY)
        headcount.setTextAlignment(_RIGHT)
        first = items[0]
        first.setData(str(unit.id), UNIT_ID_ROLE)
        first.setData(SHOWN, SHOWN_ROLE)
        return items

    def _fill(self, items: list[QStandardItem], unit: UnitRecord) -> None:
        items[0].setText(unit.name)
        items[1].setText(level_name(unit.level))
        items[1].setData(unit.level, LEVEL_ROLE)
        items[2].setText(unit.leader_title)
        items[3].setText(unit.leader_name)
        items[4].setData(unit.headcount, Qt.ItemDataRole.DisplayRole)

    def unit_at(self, index: Index) -> UnitRecord | None:
        if not index.isValid():
            return None
        value = index.sibling(index.row(), 0).data(UNIT_ID_ROLE)
        return self._units.get(uuid.UUID(value)) if value else None

    def unit(self, unit_id: uuid.UUID | None) -> UnitRecord | None:
        self._ensure_units()
        return self._units.get(unit_id) if unit_id else None

    def index_of(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        item = self._items.get(unit_id)
        if item is None and self._loading:
            self.finish_loading()  # the unit may not be in the tree yet
            item = self._items.get(unit_id)
        if item is None:
            return QModelIndex()
        index = item.index()
        return index.siblingAtColumn(column) if column else index

    def tree(self) -> UnitTree[UnitRecord]:
        """The scenario's units as the one unit tree (damaged data repaired as it is shown)."""
        self._ensure_units()
        return UnitTree(self._units.values())

    def names(self) -> dict[uuid.UUID, str]:
        self._ensure_units()
        return {unit_id: unit.name for unit_id, unit in self._units.items()}

    def _parent_item(self, parent_id: uuid.UUID | None) -> QStandardItem:
        item = self._items.get(parent_id) if parent_id else None
        return item or self.invisibleRootItem()

    def _children_of(self, item: QStandardItem) -> list[UnitRecord]:
        found = []
        for row in range(item.rowCount()):
            child = item.child(row, 0)
            unit = self._units.get(uuid.UUID(child.data(UNIT_ID_ROLE))) if child else None
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
            self.refused.emit(error_text(exc))
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
            self.refused.emit(error_text(exc))
            return None
        return change.record_id

    def delete_unit(self, unit_id: uuid.UUID) -> bool:
        """Delete a unit and everything below it, as one undo step."""
        unit = self.unit(unit_id)
        if unit is None:
            return False
        changes = orgtree.plan_delete_subtree(self._context.service, self.tree(), unit_id)
        return self._push_all(
            changes,
            QCoreApplication.translate("UnitTreeModel", "Delete %1").replace("%1", unit.name),
        )

    def delete_units(self, unit_ids: Iterable[uuid.UUID], text: str) -> bool:
        """Delete units and everything below them as ONE operation: one transaction (all or
        nothing), one undo step, one notification. A unit below another one deleted goes
        with it."""
        self._ensure_units()
        ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id in self._units]
        tree = self.tree()
        ids = [
            unit_id
            for unit_id in ids
            if not any(
                other != unit_id and orgtree.is_in_subtree(tree, other, unit_id) for other in ids
            )
        ]
        service = self._context.service
        changes = [
            change
            for unit_id in ids
            for change in orgtree.plan_delete_subtree(service, tree, unit_id)
        ]
        return self._push_all(changes, text)

    def move_units(self, unit_ids: Iterable[uuid.UUID], new_parent_id: uuid.UUID | None) -> bool:
        """Move units to the end of ``new_parent_id``'s children, as one undo step.

        Moving a unit under itself or one of its descendants is refused with a message.
        """
        self._ensure_units()
        ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id in self._units]
        # Only the units above the moving ones and the target: a tree of all 10,000 units
        # takes longer than the move itself.
        tree = orgtree.ancestry(self._units, [*ids, new_parent_id])
        # A unit whose ancestor also moves travels with it.
        ids = [
            unit_id
            for unit_id in ids
            if not any(
                other != unit_id and orgtree.is_in_subtree(tree, other, unit_id) for other in ids
            )
        ]
        if not ids:
            return False
        names = {
            unit_id: self._units[unit_id].name
            for unit_id in [*ids, new_parent_id]
            if unit_id is not None and unit_id in self._units
        }
        try:
            for unit_id in ids:
                orgtree.check_move(tree, unit_id, new_parent_id, names)
        except FredAppError as exc:
            self.refused.emit(error_text(exc))
            return False
        order = self.last_child_order(new_parent_id)
        changes = []
        for unit_id in ids:
            if tree.parent_id(unit_id) == new_parent_id:
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
            self.refused.emit(error_text(exc))
            return False
        # One operation: one transaction, one undo step, one notification.
        push_operation(stack, service, Operation.named(text, changes))
        return True

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
        """Ids of the units to show for ``query``: matches and their ancestors.

        A unit matches when every word is in its name, leader, leader title or function
        description, case ignored; None means no filter. A query that extends the previous one
        (the user typed on) is looked for only among the previous matches.
        """
        self._ensure_units()
        folded = query.casefold()
        words = folded.split()
        if not words:
            self._last_query, self._last_matches = "", None
            return None
        haystacks = self._haystacks()
        candidates: Iterable[uuid.UUID] = haystacks
        last = self._last_matches
        if last is not None and self._last_query and folded.startswith(self._last_query):
            candidates = last
        matches = {
            unit_id
            for unit_id in candidates
            if all(word in haystacks.get(unit_id, "") for word in words)
        }
        self._last_query, self._last_matches = folded, matches
        visible: set[uuid.UUID] = set()
        units = self._units
        for unit_id in matches:
            walker = units.get(unit_id)
            while walker is not None and walker.id not in visible:
                visible.add(walker.id)
                walker = units.get(walker.parent_id) if walker.parent_id else None
        return visible

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

    def _haystacks(self) -> dict[uuid.UUID, str]:
        """Each unit's searchable words, case folded: kept until the unit or its text changes."""
        if self._haystack is None:
            descriptions = self._descriptions()
            self._haystack = {
                unit.id: self._haystack_of(unit, descriptions) for unit in self._units.values()
            }
        return self._haystack

    @staticmethod
    def _haystack_of(unit: UnitRecord, descriptions: dict[uuid.UUID, str]) -> str:
        text = f"{unit.name}\n{unit.leader_name}\n{unit.leader_title}".casefold()
        extra = descriptions.get(unit.lineage_id)
        return f"{text}\n{extra}" if extra else text

    def _forget_search(self, unit_id: uuid.UUID | None = None) -> None:
        self._last_query, self._last_matches = "", None
        if self._haystack is not None:
            if unit_id is None:
                self._haystack = None
            else:
                unit = self._units.get(unit_id)
                if unit is None:
                    self._haystack.pop(unit_id, None)
                else:
                    self._haystack[unit_id] = self._haystack_of(unit, self._descriptions())

    def _descriptions(self) -> dict[uuid.UUID, str]:
        """Function descriptions' words per lineage, read once and kept up to date."""
        if self._description_text is None:
            while self._preload_after >= 0:  # finish what the idle steps began
                self._preload_step(PRELOAD_ROWS * 100)
            if self._description_text is None:
                self._description_text = self._read_descriptions(None)
        return self._description_text

    def _start_preload(self) -> None:
        self._preload_texts = {}
        self._preload_after = 0 if self._units else -1
        if self._units:
            self._preload_timer.start()
        else:
            self._preload_timer.stop()

    def _preload_step(self, rows: int = 0) -> None:
        """Read the next few descriptions (by rowid, so each step is one short query)."""
        if self._preload_after < 0 or self._description_text is not None:
            self._preload_after = -1
            self._preload_timer.stop()
            return
        query = (
            "SELECT rowid, unit_lineage_id, body_html FROM description "
            "WHERE rowid > ? AND kind = 'function' AND deleted = 0 "
            "AND unit_lineage_id IS NOT NULL ORDER BY rowid LIMIT ?"
        )
        with self._context.database.engine.connect() as conn:
            found = conn.exec_driver_sql(query, (self._preload_after, rows or PRELOAD_ROWS))
            batch = found.fetchall()
        for rowid, lineage, body in batch:
            self._preload_after = rowid
            key = uuid.UUID(hex=lineage)
            if key in self._by_lineage:
                self._preload_texts[key] = plain_text(body).casefold()
        if len(batch) < (rows or PRELOAD_ROWS):
            self._description_text = self._preload_texts
            self._preload_texts = {}
            self._preload_after = -1
            self._preload_timer.stop()

    def _read_descriptions(self, lineage_id: uuid.UUID | None) -> dict[uuid.UUID, str]:
        query = (
            "SELECT unit_lineage_id, body_html FROM description "
            "WHERE kind = 'function' AND deleted = 0 AND unit_lineage_id IS NOT NULL"
        )
        parameters: tuple[str, ...] = ()
        if lineage_id is not None:
            query += " AND unit_lineage_id = ?"
            parameters = (lineage_id.hex,)
        with self._context.database.engine.connect() as conn:
            rows = conn.exec_driver_sql(query, parameters).fetchall()
        texts: dict[uuid.UUID, str] = {}
        for lineage, body in rows:
            key = uuid.UUID(hex=lineage)
            if key in self._by_lineage:
                texts[key] = plain_text(body).casefold()
        return texts

    # -- following the service's changes ---------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.model is Description:
            if self._description_text is not None:
                self._refresh_description(change.record_id)
            elif self._preload_after >= 0:
                self._start_preload()  # a text already read may have changed: start over
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
        self._forget_search(record.id)
        item = self._items[record.id]
        parent_item = item.parent() or self.invisibleRootItem()
        row_items = [parent_item.child(item.row(), column) for column in range(len(HEADERS))]
        self._fill(row_items, record)
        if record.parent_id != unit.parent_id or record.sort_order != unit.sort_order:
            self._relocate(record, unit.parent_id)

    def _refresh_description(self, description_id: uuid.UUID) -> None:
        description = queries.record(self._context.database, Description, description_id)
        if description is None or description.unit_lineage_id is None:
            return
        if self._description_text is None or description.unit_lineage_id not in self._by_lineage:
            return
        text = "" if description.deleted else plain_text(description.body_html).casefold()
        self._description_text[description.unit_lineage_id] = text
        self._forget_search(self._by_lineage[description.unit_lineage_id])
        item = self._items.get(self._by_lineage[description.unit_lineage_id])
        if item is not None:  # let a filter showing it look again (one built later reads it)
            index = item.index()
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _appear(self, unit_id: uuid.UUID) -> None:
        fresh = queries.record(self._context.database, Unit, unit_id)
        if fresh is None or fresh.deleted or fresh.scenario_id != self._scenario_id:
            return
        unit = UnitRecord.of(fresh)
        parent_item = self._parent_item(unit.parent_id)
        row = self._insert_position(parent_item, unit)
        items = self._row_items(unit)
        items[BELOW_COLUMN].setData(0, Qt.ItemDataRole.DisplayRole)
        self._units[unit.id] = unit
        self._by_lineage[unit.lineage_id] = unit.id
        self._items[unit.id] = items[0]
        self._forget_search(unit.id)
        parent_item.insertRow(row, items)
        self._add_below(parent_item, 1)

    def _disappear(self, unit_id: uuid.UUID) -> None:
        item = self._items.get(unit_id)
        if item is None:
            return
        parent_item = item.parent() or self.invisibleRootItem()
        size = 1 + self._below(item)
        for gone in self._subtree_ids(item):
            self._items.pop(gone, None)
            unit = self._units.pop(gone, None)
            if unit is not None and self._by_lineage.get(unit.lineage_id) == gone:
                del self._by_lineage[unit.lineage_id]
        parent_item.removeRow(item.row())
        self._add_below(parent_item, -size)
        self._forget_search(None)

    def _relocate(self, unit: UnitRecord, old_parent_id: uuid.UUID | None) -> None:
        item = self._items[unit.id]
        old_parent = item.parent() or self.invisibleRootItem()
        new_parent = self._parent_item(unit.parent_id)
        if new_parent is item or self._is_below(new_parent, item):
            return  # damaged data: keep the unit where it is rather than lose it
        size = 1 + self._below(item)
        row_items = old_parent.takeRow(item.row())
        row = self._insert_position(new_parent, unit)
        new_parent.insertRow(row, row_items)
        if old_parent is not new_parent:
            self._add_below(old_parent, -size)
            self._add_below(new_parent, size)

    def _insert_position(self, parent_item: QStandardItem, unit: UnitRecord) -> int:
        for row, child in enumerate(self._children_of(parent_item)):
            if child.id != unit.id and child.sort_order > unit.sort_order:
                return row
        return parent_item.rowCount()

    def _below(self, item: QStandardItem) -> int:
        parent_item = item.parent() or self.invisibleRootItem()
        return int(
            parent_item.child(item.row(), BELOW_COLUMN).data(Qt.ItemDataRole.DisplayRole) or 0
        )

    def _add_below(self, item: QStandardItem | None, amount: int) -> None:
        root = self.invisibleRootItem()
        while item is not None and item is not root:
            parent_item = item.parent() or root
            cell = parent_item.child(item.row(), BELOW_COLUMN)
            count = int(cell.data(Qt.ItemDataRole.DisplayRole) or 0)
            cell.setData(count + amount, Qt.ItemDataRole.DisplayRole)
            item = item.parent()

    def _subtree_ids(self, item: QStandardItem) -> list[uuid.UUID]:
        found = []
        stack = [item]
        while stack:
            current = stack.pop()
            value = current.data(UNIT_ID_ROLE)
            if value:
                found.append(uuid.UUID(value))
            stack.extend(current.child(row, 0) for row in range(current.rowCount()))
        return found

    @staticmethod
    def _is_below(item: QStandardItem, ancestor: QStandardItem) -> bool:
        walker = item.parent()
        while walker is not None:
            if walker is ancestor:
                return True
            walker = walker.parent()
        return False


def unit_ids_from_mime(data: QMimeData) -> list[uuid.UUID]:
    ids = []
    for word in bytes(data.data(MIME_TYPE).data()).decode(errors="replace").split():
        try:
            ids.append(uuid.UUID(word))
        except ValueError:
            continue
    return ids


class UnitFilterProxy(QSortFilterProxyModel):
    """Shows units whose name, leader or description holds every word, and their ancestors.

    The words are matched once per query in Python over plain strings
    (:meth:`UnitTreeModel.matching`, which narrows the previous result while the user types
    on); the model marks the units that change between shown and hidden, and Qt's own
    filtering on that mark does the rest in C++, without calling Python for each row.
    """

    def __init__(self, source: UnitTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ""
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(False)  # the ancestors are in the matching set
        self.setFilterRole(SHOWN_ROLE)
        self.setFilterKeyColumn(0)
        source.rowsInserted.connect(self._recompute_if_filtered)
        source.dataChanged.connect(self._text_changed)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query
        visible = self._source.matching(query)
        self.beginFilterChange()
        self._source.mark_shown(visible)
        pattern = "" if visible is None else SHOWN
        if self.filterRegularExpression().pattern() != pattern:
            self.setFilterFixedString(pattern)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute_if_filtered(self, *args: Any) -> None:
        # While a tree is being built, units coming in are marked by the filter already.
        if self._query.strip() and not self._source.loading:
            self.set_query(self._query)

    def _text_changed(self, top_left: QModelIndex, *args: Any, **kwargs: Any) -> None:
        if top_left.column() in (0, 2, 3):  # a name or leader: what the filter looks at
            self._recompute_if_filtered()
