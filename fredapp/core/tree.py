"""One unit tree: pre-order, depth, subtree and is-below, with one rule for damaged data.

Units come from the database, and sync can damage their shape: two concurrent moves, merged
field by field, can make two units each other's parent, and a parent can be missing. Every
walk over units uses this type, so the tree view, the comparison, the organisation export and
the sick-leave roll-up agree on the same shape. The one rule:

- a unit whose parent is not among the units is a top-level unit;
- a cycle is broken at the unit of the cycle that sorts first (sort order, then id), which
  becomes a top-level unit;

each repair is reported in :attr:`UnitTree.repairs`, and no unit is ever dropped.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

MISSING_PARENT = "missing parent"
CYCLE = "cycle"


class TreeUnit(Protocol):
    @property
    def id(self) -> Hashable: ...

    @property
    def parent_id(self) -> Hashable | None: ...

    @property
    def sort_order(self) -> int: ...


@dataclass(frozen=True)
class Repair:
    """A unit placed at the top because its parent is missing or it closed a cycle."""

    unit_id: Hashable
    stored_parent_id: Hashable | None
    kind: str  # MISSING_PARENT or CYCLE


class UnitTree[U: TreeUnit]:
    """The units of one scenario as a tree; build it with ``UnitTree(units)``."""

    def __init__(self, units: Iterable[U]) -> None:
        self.units: list[U] = list(units)
        self.by_id: dict[Hashable, U] = {unit.id: unit for unit in self.units}
        self.repairs: list[Repair] = []
        self._parent: dict[Hashable, Hashable | None] = {}
        for unit in self.units:
            parent = unit.parent_id
            if parent is not None and parent not in self.by_id:
                self.repairs.append(Repair(unit.id, parent, MISSING_PARENT))
                parent = None
            self._parent[unit.id] = parent
        self._children = self._children_of()
        self._break_cycles()
        self._order = self._walk()

    # -- building ---------------------------------------------------------------------------

    def _children_of(self) -> dict[Hashable | None, list[U]]:
        children: dict[Hashable | None, list[U]] = {}
        for unit in self.units:
            children.setdefault(self._parent[unit.id], []).append(unit)
        for siblings in children.values():
            siblings.sort(key=lambda unit: unit.sort_order)  # stable: stored order breaks ties
        return children

    def _reachable(self) -> set[Hashable]:
        seen: set[Hashable] = set()
        stack = [unit.id for unit in self._children.get(None, [])]
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(child.id for child in self._children.get(node, []))
        return seen

    def _break_cycles(self) -> None:
        """Every unit not reached from the top hangs in or below a cycle: break each cycle."""
        reached = self._reachable()
        if len(reached) == len(self.by_id):
            return  # the usual case: no cycle, and no need to sort every unit
        for unit in sorted(self.units, key=_sort_key):
            if unit.id in reached:
                continue
            cycle = self._cycle_above(unit.id)
            first = min((self.by_id[node] for node in cycle), key=_sort_key)
            self.repairs.append(Repair(first.id, self._parent[first.id], CYCLE))
            self._parent[first.id] = None
            self._children = self._children_of()
            reached = self._reachable()

    def _cycle_above(self, start: Hashable) -> list[Hashable]:
        path: list[Hashable] = []
        index: dict[Hashable, int] = {}
        node: Hashable | None = start
        while node is not None and node not in index:
            index[node] = len(path)
            path.append(node)
            node = self._parent[node]
        assert node is not None, "a unit not reached from the top has a cycle above it"
        return path[index[node] :]

    def _walk(self) -> list[U]:
        order: list[U] = []
        self._depth: dict[Hashable, int] = {}
        stack = [(unit, 0) for unit in reversed(self._children.get(None, []))]
        while stack:
            unit, depth = stack.pop()
            self._depth[unit.id] = depth
            order.append(unit)
            stack.extend((child, depth + 1) for child in reversed(self._children.get(unit.id, [])))
        return order

    # -- reading ------------------------------------------------------------------------------

    def preorder(self) -> list[U]:
        """Every unit, parents before children, siblings by sort order."""
        return list(self._order)

    def __iter__(self) -> Iterator[U]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def roots(self) -> list[U]:
        return list(self._children.get(None, []))

    def children(self, unit_id: Hashable | None) -> list[U]:
        return list(self._children.get(unit_id, []))

    def parent_id(self, unit_id: Hashable) -> Hashable | None:
        """The parent as the tree places it (after repairs)."""
        return self._parent.get(unit_id)

    def parent(self, unit_id: Hashable) -> U | None:
        parent = self._parent.get(unit_id)
        return self.by_id.get(parent) if parent is not None else None

    def depth(self, unit_id: Hashable) -> int:
        return self._depth[unit_id]

    def subtree(self, unit_id: Hashable) -> list[U]:
        """``unit_id`` and every unit below it, parents before children."""
        found: list[U] = []
        if unit_id not in self.by_id:
            return found
        stack = [self.by_id[unit_id]]
        while stack:
            unit = stack.pop()
            found.append(unit)
            stack.extend(reversed(self._children.get(unit.id, [])))
        return found

    def is_below(self, unit_id: Hashable, ancestor_id: Hashable) -> bool:
        """Whether ``unit_id`` lies strictly below ``ancestor_id``."""
        node = self._parent.get(unit_id)
        while node is not None:
            if node == ancestor_id:
                return True
            node = self._parent.get(node)
        return False


def _sort_key(unit: TreeUnit) -> tuple[int, str]:
    return (unit.sort_order, str(unit.id))
