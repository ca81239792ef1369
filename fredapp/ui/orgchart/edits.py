"""The chart's units of one scenario, and its edits: the tree's own operations.

Rename, add, delete and move call :mod:`fredapp.ui.itemmodels.unitedits` — the functions the
unit tree calls — so an edit on the chart is the same operation (one transaction, one undo
step, one notice) as in the tree, and both views follow it through ``fredapp.ui.refresh``.
Those functions ask their model for a few things (the context, the scenario, the records, the
one tree, the next sort order, a ``refused`` signal); this object answers them for any
scenario, also one the tree does not show.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from fredapp.core import queries
from fredapp.core.models import Unit
from fredapp.core.service import Change
from fredapp.core.tree import UnitTree
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels import unitedits
from fredapp.ui.itemmodels.unitrecords import UnitRecord, uuid_or_none

if TYPE_CHECKING:
    from fredapp.ui.itemmodels.units import UnitTreeModel


FOLLOWED = 200  # unit changes followed one by one; a larger batch reads the scenario again


@dataclass
class Followed:
    """What the followed changes changed: the boxes' places, or the span marks (if neither,
    only what a box says: a repaint)."""

    shape: bool = False
    spans: bool = False


class ChartUnits(QObject):
    """One scenario's units as the chart reads and edits them."""

    refused = Signal(str)  # an edit was refused; the message says why

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._scenario_id: uuid.UUID | None = None
        self._records: dict[uuid.UUID, UnitRecord] = {}

    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def scenario_id(self) -> uuid.UUID | None:
        return self._scenario_id

    @property
    def records(self) -> Mapping[uuid.UUID, UnitRecord]:
        return self._records

    def load(self, scenario_id: uuid.UUID | None) -> None:
        """Read the scenario's units (one query of plain rows, as the tree reads them)."""
        self._scenario_id = scenario_id
        rows = [] if scenario_id is None else queries.unit_rows(self._context.database, scenario_id)
        self._records = {}
        collecting = gc.isenabled()
        gc.disable()  # 10,000 records at once: no collector passes over them half-way
        try:
            for row in rows:
                record = UnitRecord.from_row(row, scenario_id, uuid_or_none(row[1]))  # type: ignore[arg-type]
                self._records[record.id] = record
        finally:
            if collecting:
                gc.enable()

    def apply(self, changes: Sequence[Change], lines: Callable[[str], int]) -> Followed | None:
        """Follow an operation's unit changes record by record (an edit in a 10,000-unit
        scenario reads one row, not all) and say what they changed for the chart (``lines``:
        how many lines a name takes in a box); None when reading the scenario again is
        better."""
        if self._scenario_id is None or len(changes) > FOLLOWED:
            return None
        fresh = queries.records_by_id(
            self._context.database, Unit, [change.record_id for change in changes]
        )
        followed = Followed()
        for change in changes:
            unit = fresh.get(change.record_id)
            old = self._records.pop(change.record_id, None)
            if unit is None or unit.deleted or unit.scenario_id != self._scenario_id:
                followed.shape |= old is not None
                continue
            new = self._records[unit.id] = UnitRecord.of(unit)
            followed.shape |= (
                old is None
                or (old.parent_id, old.sort_order) != (new.parent_id, new.sort_order)
                or lines(old.name) != lines(new.name)
            )
            followed.spans |= old is None or (old.headcount, old.leader_title) != (
                new.headcount,
                new.leader_title,
            )
        followed.spans |= followed.shape
        return followed

    def unit(self, unit_id: uuid.UUID | None) -> UnitRecord | None:
        return self._records.get(unit_id) if unit_id else None

    def tree(self) -> UnitTree[UnitRecord]:
        return UnitTree(self._records.values())

    def last_child_order(self, parent_id: uuid.UUID | None) -> int:
        """One past the largest sort order among the parent's children."""
        orders = [unit.sort_order for unit in self._records.values() if unit.parent_id == parent_id]
        return max(orders, default=-1) + 1

    # -- the tree's edits, one operation each ------------------------------------------------

    def _model(self) -> UnitTreeModel:
        # The edit functions read only what this object offers (see the module's docstring).
        return cast("UnitTreeModel", self)

    def rename(self, unit_id: uuid.UUID, name: str) -> bool:
        return unitedits.edit_unit(self._model(), unit_id, name=name)

    def add_child(self, parent_id: uuid.UUID | None, name: str) -> uuid.UUID | None:
        return unitedits.add_unit(self._model(), parent_id, name)

    def delete(self, unit_id: uuid.UUID) -> bool:
        return unitedits.delete_unit(self._model(), unit_id)

    def move(self, unit_ids: list[uuid.UUID], parent_id: uuid.UUID | None) -> bool:
        return unitedits.move_units(self._model(), unit_ids, parent_id)
