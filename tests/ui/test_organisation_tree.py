"""The organisation tree shows the one unit tree's shape, damaged data included."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex

from fredapp.core.calc.scenarios import scenario_units
from fredapp.core.queries import current_scenario
from fredapp.core.tree import CYCLE, MISSING_PARENT, UnitTree
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.units import UNIT_ID_ROLE, UnitTreeModel


def _rows(model: UnitTreeModel) -> list[tuple[uuid.UUID, uuid.UUID | None]]:
    """Every row of the model as (unit, the unit of its parent row), parents first."""
    found: list[tuple[uuid.UUID, uuid.UUID | None]] = []
    stack: list[tuple[QModelIndex, uuid.UUID | None]] = [(QModelIndex(), None)]
    while stack:
        parent, parent_id = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            unit_id = uuid.UUID(index.data(UNIT_ID_ROLE))
            found.append((unit_id, parent_id))
            stack.append((index, unit_id))
    return found


def test_a_cycle_and_a_missing_parent_show_as_the_unit_tree_places_them(
    qtbot, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    database = context.database
    scenario = current_scenario(database)
    assert scenario is not None
    units = scenario_units(database, scenario.id)
    leaf = next(u for u in units if u.parent_id and not any(c.parent_id == u.id for c in units))
    parent = next(u for u in units if u.id == leaf.parent_id)
    orphan = next(u for u in units if u.parent_id and u.id not in (leaf.id, parent.id))
    with database.engine.begin() as conn:  # damaged as a merge of two moves can damage it
        conn.exec_driver_sql(
            "UPDATE unit SET parent_id = ? WHERE id = ?", (leaf.id.hex, parent.id.hex)
        )
        conn.exec_driver_sql(
            "UPDATE unit SET parent_id = ? WHERE id = ?", (uuid.uuid4().hex, orphan.id.hex)
        )
    tree = UnitTree(scenario_units(database, scenario.id))
    assert sorted(repair.kind for repair in tree.repairs) == [CYCLE, MISSING_PARENT]

    model = UnitTreeModel(context, scenario.id)
    rows = _rows(model)
    shown = [unit_id for unit_id, _parent in rows]
    assert sorted(shown) == sorted(unit.id for unit in units)  # every unit, once
    assert dict(rows) == {unit.id: tree.parent_id(unit.id) for unit in tree}
    broken = next(repair.unit_id for repair in tree.repairs if repair.kind == CYCLE)
    assert broken in {leaf.id, parent.id} and dict(rows)[broken] is None
    assert dict(rows)[orphan.id] is None
    # A move of the cycle's top unit under the unit below it is refused, as the tree shows.
    below = next(unit_id for unit_id, parent_id in rows if parent_id == broken)
    refused: list[str] = []
    model.refused.connect(refused.append)
    assert not model.move_units([broken], below)  # type: ignore[arg-type]
    assert refused and "lies below it" in refused[0]
