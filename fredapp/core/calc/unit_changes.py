"""What changed between two lists of units (two scenarios): moved, renamed, split, merged …

Units are matched across scenarios by their lineage id: the same unit keeps it in every
scenario. A unit's ``predecessors`` names the lineages it was split from or merged out of. From
these two facts alone the comparison tells, for every unit:

- *moved*: the same lineage under a different parent lineage;
- *renamed*: the same lineage under another name, or a new lineage that replaces exactly one
  old one (one predecessor, which has no other successor and does not continue);
- *relevelled*: the same lineage at another level (team → avdeling);
- *split*: an old lineage that continues in two or more units of the new scenario;
- *merged*: a new unit that continues two or more old lineages;
- *created*: a new lineage without predecessors;
- *removed*: an old lineage that neither continues nor has a successor.

Nothing is stored: every change comes from the two trees. The figures beside them are in
:mod:`fredapp.core.calc.scenarios`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fredapp.core.models import Unit
from fredapp.core.tree import UnitTree


class ChangeKind(StrEnum):
    MOVED = "moved"
    RENAMED = "renamed"
    SPLIT = "split"
    MERGED = "merged"
    CREATED = "created"
    REMOVED = "removed"
    RELEVELLED = "relevelled"


CHANGE_ORDER: tuple[ChangeKind, ...] = tuple(ChangeKind)


@dataclass(frozen=True)
class UnitChange:
    """One change between two scenarios.

    ``before`` names the units of the first scenario involved, ``after`` those of the second
    (a split has one before and several after; a merge the other way round). For a move,
    ``from_parent``/``to_parent`` name the parents; for a relevel, ``from_level``/``to_level``.
    """

    kind: ChangeKind
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    from_parent: str | None = None
    to_parent: str | None = None
    from_level: str | None = None
    to_level: str | None = None
    lineage_ids: tuple[uuid.UUID, ...] = ()

    @property
    def unit(self) -> str:
        """The name the change is listed under."""
        if self.kind in (ChangeKind.SPLIT, ChangeKind.REMOVED):
            return self.before[0]
        return self.after[0] if self.after else self.before[0]

    def describe(self) -> str:
        """An English sentence for logs and the command line."""
        parent_from = self.from_parent or "(top)"
        parent_to = self.to_parent or "(top)"
        match self.kind:
            case ChangeKind.MOVED:
                return f"{self.unit} moved from {parent_from} to {parent_to}"
            case ChangeKind.RENAMED:
                return f"{self.before[0]} renamed {self.after[0]}"
            case ChangeKind.SPLIT:
                return f"{self.before[0]} split into {_and(self.after)}"
            case ChangeKind.MERGED:
                return f"{_and(self.before)} merged into {self.after[0]}"
            case ChangeKind.CREATED:
                return f"{self.after[0]} created under {parent_to}"
            case ChangeKind.REMOVED:
                return f"{self.before[0]} removed from {parent_from}"
            case ChangeKind.RELEVELLED:
                return f"{self.unit} changed level from {self.from_level} to {self.to_level}"
        raise AssertionError(self.kind)  # pragma: no cover

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "unit": self.unit,
            "before": list(self.before),
            "after": list(self.after),
            "from_parent": self.from_parent,
            "to_parent": self.to_parent,
            "from_level": self.from_level,
            "to_level": self.to_level,
            "lineage_ids": [str(lineage) for lineage in self.lineage_ids],
            "text": self.describe(),
        }


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# -- the comparison of two lists of units ---------------------------------------------------


@dataclass(frozen=True)
class _Tree:
    """One scenario's units, indexed by lineage."""

    units: list[Unit]
    by_lineage: dict[uuid.UUID, Unit]
    tree: UnitTree[Unit]
    order: dict[uuid.UUID, int]  # lineage → position in a depth-first walk

    @classmethod
    def of(cls, units: Iterable[Unit]) -> _Tree:
        units = list(units)
        tree = UnitTree(units)
        by_lineage = {unit.lineage_id: unit for unit in units}
        return cls(units, by_lineage, tree, _depth_first_order(tree))

    def parent(self, unit: Unit) -> Unit | None:
        """The parent as the one tree places it: a cycle or a missing parent repaired."""
        return self.tree.parent(unit.id)

    def parent_name(self, unit: Unit) -> str | None:
        parent = self.parent(unit)
        return parent.name if parent else None

    def parent_lineage(self, unit: Unit) -> uuid.UUID | None:
        parent = self.parent(unit)
        return parent.lineage_id if parent else None


def _depth_first_order(tree: UnitTree[Unit]) -> dict[uuid.UUID, int]:
    """Lineage → position in the one tree's walk (fredapp.core.tree), damaged data repaired."""
    order: dict[uuid.UUID, int] = {}
    for unit in tree:
        order.setdefault(unit.lineage_id, len(order))
    return order


def predecessor_ids(unit: Unit) -> list[uuid.UUID]:
    """The lineage ids in ``unit.predecessors``; words that are not UUIDs are skipped."""
    found = []
    for word in unit.predecessors.split():
        try:
            found.append(uuid.UUID(word))
        except ValueError:
            continue
    return found


def _moved_or_renamed(
    old: _Tree, new: _Tree, was: Unit, unit: Unit, lineage_ids: tuple[uuid.UUID, ...]
) -> list[UnitChange]:
    """A unit that carries on from ``was``: moved to another parent, renamed, or both."""
    changes = []
    if old.parent_lineage(was) != new.parent_lineage(unit):
        changes.append(
            UnitChange(
                ChangeKind.MOVED,
                (was.name,),
                (unit.name,),
                from_parent=old.parent_name(was),
                to_parent=new.parent_name(unit),
                lineage_ids=lineage_ids,
            )
        )
    if was.name != unit.name:
        changes.append(
            UnitChange(ChangeKind.RENAMED, (was.name,), (unit.name,), lineage_ids=lineage_ids)
        )
    return changes


def compare_units(before: Iterable[Unit], after: Iterable[Unit]) -> list[UnitChange]:
    """What changed from the units ``before`` to the units ``after``, in a stable order."""
    old = _Tree.of(before)
    new = _Tree.of(after)
    changes: list[tuple[int, int, UnitChange]] = []

    def add(change: UnitChange, position: int) -> None:
        changes.append((CHANGE_ORDER.index(change.kind), position, change))

    # Successors of each old lineage among the new units that name it as predecessor.
    successors: dict[uuid.UUID, list[Unit]] = {}
    predecessors: dict[uuid.UUID, list[uuid.UUID]] = {}
    for unit in new.units:
        known = [p for p in predecessor_ids(unit) if p in old.by_lineage and p != unit.lineage_id]
        if known:
            predecessors[unit.lineage_id] = known
            for lineage in known:
                successors.setdefault(lineage, []).append(unit)

    # Continuing lineages: moved, renamed, relevelled.
    for unit in new.units:
        was = old.by_lineage.get(unit.lineage_id)
        if was is None:
            continue
        position = new.order[unit.lineage_id]
        lineage_ids = (unit.lineage_id,)
        for change in _moved_or_renamed(old, new, was, unit, lineage_ids):
            add(change, position)
        if was.level != unit.level:
            relevel = UnitChange(
                ChangeKind.RELEVELLED,
                (was.name,),
                (unit.name,),
                from_level=was.level,
                to_level=unit.level,
                lineage_ids=lineage_ids,
            )
            add(relevel, position)

    # Splits: an old lineage with two or more units after it (itself, if it continues, counts).
    for lineage, units in successors.items():
        continuing = new.by_lineage.get(lineage)
        heirs = ([continuing] if continuing else []) + units
        if len(heirs) < 2:
            continue
        heirs.sort(key=lambda unit: new.order[unit.lineage_id])
        was = old.by_lineage[lineage]
        split = UnitChange(
            ChangeKind.SPLIT,
            (was.name,),
            tuple(unit.name for unit in heirs),
            from_parent=old.parent_name(was),
            lineage_ids=(lineage, *(unit.lineage_id for unit in heirs)),
        )
        add(split, old.order[lineage])

    # Merges, one-to-one replacements and created units: new lineages and their sources.
    for unit in new.units:
        sources = list(predecessors.get(unit.lineage_id, []))
        if unit.lineage_id in old.by_lineage:
            sources.insert(0, unit.lineage_id)
        position = new.order[unit.lineage_id]
        if len(sources) >= 2:
            sources.sort(key=lambda lineage: old.order[lineage])
            merge = UnitChange(
                ChangeKind.MERGED,
                tuple(old.by_lineage[lineage].name for lineage in sources),
                (unit.name,),
                to_parent=new.parent_name(unit),
                lineage_ids=(*sources, unit.lineage_id),
            )
            add(merge, position)
        elif unit.lineage_id in old.by_lineage:
            continue
        elif sources:
            source = sources[0]
            sole_heir = len(successors[source]) == 1 and source not in new.by_lineage
            was = old.by_lineage[source]
            if sole_heir:
                # A new lineage that simply replaces one old unit: a rename, maybe a move too.
                for change in _moved_or_renamed(old, new, was, unit, (source, unit.lineage_id)):
                    add(change, position)
        else:
            created = UnitChange(
                ChangeKind.CREATED,
                (),
                (unit.name,),
                to_parent=new.parent_name(unit),
                lineage_ids=(unit.lineage_id,),
            )
            add(created, position)

    # Removed: old lineages that neither continue nor have a successor.
    for unit in old.units:
        if unit.lineage_id in new.by_lineage or unit.lineage_id in successors:
            continue
        removed = UnitChange(
            ChangeKind.REMOVED,
            (unit.name,),
            (),
            from_parent=old.parent_name(unit),
            lineage_ids=(unit.lineage_id,),
        )
        add(removed, old.order[unit.lineage_id])

    changes.sort(key=lambda item: (item[0], item[1]))
    return [change for _kind, _position, change in changes]
