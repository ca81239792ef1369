"""Building the unit tree's rows in short steps between events, and deleting old ones likewise.

A large scenario is built top levels first in steps of about ``STEP_SECONDS``, so opening it
never blocks the window for long; an action that needs the whole tree finishes the building at
once. The shape is the one unit tree's (:class:`~fredapp.core.tree.UnitTree`): damaged data is
repaired as every other walk repairs it. The rows of a large tree left behind are deleted in
steps too (deleting 60,000 items at once takes over 100 ms).
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QStandardItem

from fredapp.core.tree import UnitTree
from fredapp.ui.itemmodels.unitrecords import BELOW_COLUMN, DISPLAY, UnitRecord, uuid_or_none

if TYPE_CHECKING:
    from fredapp.ui.itemmodels.units import UnitTreeModel

SYNC_UNITS = 1000  # a scenario this small is built at once (about 40 ms)
STEP_SECONDS = 0.03  # a larger one is built in steps of about this long between events
RECORD_CHUNK = 1000  # units read into records between two looks at the clock
SUBTREE_UNITS = 200  # a subtree this small is built detached and attached in one insert


class _Node(NamedTuple):
    """A unit as the plan's tree holds it."""

    id: str
    parent_id: str | None
    sort_order: int


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
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


class TreeBuilding(QObject):
    """The building of one model's rows: the rows read, the plan, and what is left to build."""

    def __init__(self, model: UnitTreeModel) -> None:
        super().__init__(model)
        self._model = model
        self.loading = False
        self.units_ready = True
        self.rows: list[Any] = []
        self._records: list[UnitRecord] = []
        # The plan is keyed by each unit's id as hex text (hashed far quicker than a UUID).
        self._by_key: dict[str, UnitRecord] = {}
        self._queue: deque[str] = deque()
        self._parent: dict[str, str | None] = {}
        self._children: dict[str | None, list[str]] = {}
        self._counts: dict[str, int] = {}
        self._order: list[str] = []
        self._position: dict[str, int] = {}
        self._built = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        # The rows left behind wait under an item outside the model.
        self.graveyard = QStandardItem()
        self._bury_timer = QTimer(self)
        self._bury_timer.setInterval(0)
        self._bury_timer.timeout.connect(self._bury_step)

    def stop(self) -> None:
        self._timer.stop()

    def start(self, rows: list[Any], old_items: int) -> None:
        """Within a reset: put the old rows away, then build a small tree at once."""
        self.bury(old_items)
        self.rows, self._records = rows, []
        self._queue = deque()
        self._built = 0
        self.units_ready = False
        self.loading = True
        if len(rows) <= SYNC_UNITS:
            self.ensure_units()
            self._build_steps(None)
            self.loading = False
            self._forget()

    def resume(self) -> None:
        """After the reset: build the rest of a large tree in steps between events."""
        if self.loading:
            self._timer.start()

    def bury(self, old_items: int) -> None:
        """Take the rows out of the model (signals held back, within a reset)."""
        root = self._model.invisibleRootItem()
        if old_items <= SYNC_UNITS:
            self._model.removeRows(0, self._model.rowCount())
            return
        for row in reversed(range(root.rowCount())):
            self.graveyard.appendRow(root.takeRow(row))
        self._bury_timer.start()

    def _bury_step(self) -> None:
        """Delete a few of the rows left behind; a large subtree's children are split off."""
        deadline = time.perf_counter() + STEP_SECONDS / 2
        graveyard = self.graveyard
        while graveyard.rowCount():
            last = graveyard.rowCount() - 1
            below = graveyard.child(last, BELOW_COLUMN)
            if below is not None and int(below.data(DISPLAY) or 0) > SUBTREE_UNITS:
                first = graveyard.child(last, 0)
                for row in reversed(range(first.rowCount())):
                    graveyard.appendRow(first.takeRow(row))
            graveyard.removeRow(last)
            if time.perf_counter() > deadline:
                return
        self._bury_timer.stop()

    def finish(self) -> None:
        """Build the rest of the tree now (an action needs the whole of it)."""
        if self.loading:
            with long_lived():
                self.ensure_units()
                self._build_steps(None)
            self._done()

    def _step(self) -> None:
        deadline = time.perf_counter() + STEP_SECONDS
        with long_lived():
            if self.ensure_units(deadline) and time.perf_counter() < deadline:
                self._build_steps(deadline)
        if self.units_ready and not self._queue:
            self._done()
        else:
            self._model.loadProgress.emit(self._built, len(self.rows))

    def _done(self) -> None:
        self._timer.stop()
        if not self.loading:
            return
        total = len(self.rows)
        self.loading = False
        self._forget()
        self._model.loadProgress.emit(total, total)
        self._model.loaded.emit()

    def _forget(self) -> None:
        self.rows, self._records = [], []
        self._by_key, self._parent, self._children = {}, {}, {}
        self._counts, self._order, self._position = {}, [], {}

    def ensure_units(self, deadline: float | None = None) -> bool:
        """Turn the rows read into records (in chunks until ``deadline``), then plan the tree.

        True once every unit is known (the items may still be being built)."""
        if self.units_ready:
            return True
        rows, records = self.rows, self._records
        scenario = self._model.scenario_id
        assert scenario is not None or not rows
        made = False
        while len(records) < len(rows):
            made = True
            chunk = rows[len(records) : len(records) + RECORD_CHUNK]
            records.extend(
                UnitRecord.from_row(row, scenario, uuid_or_none(row[1]))  # type: ignore[arg-type]
                for row in chunk
            )
            if deadline is not None and time.perf_counter() > deadline:
                return False
        if made and deadline is not None:
            return False  # the plan takes a step of its own
        self._plan(records)
        return True

    def _plan(self, units: list[UnitRecord]) -> None:
        """Parents, children in order and subtree sizes; the building starts at the top."""
        # The rows' id texts are the ids' hex (as SQLAlchemy stores a UUID): no UUID is hashed.
        rows = self.rows
        by_key = {row[0]: unit for row, unit in zip(rows, units, strict=True)}
        nodes = [_Node(row[0], row[1] or None, row[9]) for row in rows]
        # Parent ids as the records' own id objects: equal, and cheaper to hash again.
        for node, unit in zip(nodes, units, strict=True):
            parent = by_key.get(node.parent_id) if node.parent_id else None
            if parent is not None:
                unit.parent_id = parent.id
        # The one tree's shape, damaged data repaired as every walk repairs it. Its nodes are
        # keyed by hex text, which sorts as the UUIDs' text does: the same repairs as a tree of
        # the records, in half the time.
        tree = UnitTree(nodes)
        order = [node.id for node in tree]
        parents: dict[str, str | None] = {}
        children: dict[str | None, list[str]] = {}
        for node in nodes:  # in sort order, as the tree orders siblings
            parent_key = parents[node.id] = cast("str | None", tree.parent_id(node.id))
            children.setdefault(parent_key, []).append(node.id)
        counts: dict[str, int] = {}
        for key in reversed(order):
            kids = children.get(key)
            counts[key] = sum(1 + counts[child] for child in kids) if kids else 0
        self._by_key, self._parent, self._children = by_key, parents, children
        self._counts, self._order = counts, order
        self._position = {key: row for row, key in enumerate(order)}
        self._queue = deque(children.get(None, []))
        self.units_ready = True
        self._model.planned({unit.id: unit for unit in units})

    def _build_steps(self, deadline: float | None) -> None:
        """Put units into the tree, top levels first, until ``deadline`` (None: all).

        A top-level unit or a large subtree comes in as its own row, its children queued; a
        small subtree is built detached and attached in one insert."""
        queue, counts, order = self._queue, self._counts, self._order
        by_key, parents = self._by_key, self._parent
        model = self._model
        root = model.invisibleRootItem()
        while queue:
            key = queue.popleft()
            parent_key = parents.get(key)
            parent_item = model.item_of(by_key[parent_key].id) if parent_key is not None else root
            size = 1 + counts[key]
            if parent_key is None or size > SUBTREE_UNITS:
                row = model.make_row(by_key[key].id, counts[key])
                parent_item.appendRow(row)
                queue.extend(self._children.get(key, ()))
                self._built += 1
            else:
                start = self._position[key]
                top = model.make_row(by_key[key].id, counts[key])
                rows = {key: top[0]}
                for member in order[start + 1 : start + size]:  # parents before children
                    row = model.make_row(by_key[member].id, counts[member])
                    rows[parents[member]].appendRow(row)  # type: ignore[index]
                    rows[member] = row[0]
                parent_item.appendRow(top)
                self._built += size
            if deadline is not None and time.perf_counter() > deadline:
                return
