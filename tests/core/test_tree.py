"""The one unit tree: its walk, and one rule for damaged data that every walk shares."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fredapp.cli import main as cli_main
from fredapp.core.calc.scenarios import compare_scenarios, scenario_units
from fredapp.core.calc.sickleave import rollup_points, subtree_lineages
from fredapp.core.db import open_database
from fredapp.core.io.formats import read_table
from fredapp.core.io.org import export_org
from fredapp.core.models import SickLeaveFigure
from fredapp.core.queries import current_scenario
from fredapp.core.service import DataService
from fredapp.core.tree import CYCLE, MISSING_PARENT, UnitTree


@dataclass(frozen=True)
class Node:
    id: int
    parent_id: int | None
    sort_order: int = 0


def test_preorder_depth_subtree_and_is_below() -> None:
    tree = UnitTree([Node(1, None), Node(2, 1, 1), Node(3, 1, 0), Node(4, 2), Node(5, None, 1)])
    assert [n.id for n in tree.preorder()] == [1, 3, 2, 4, 5]
    assert [tree.depth(i) for i in (1, 3, 2, 4, 5)] == [0, 1, 1, 2, 0]
    assert [n.id for n in tree.subtree(2)] == [2, 4]
    assert tree.is_below(4, 1) and not tree.is_below(1, 4) and not tree.is_below(1, 1)
    assert tree.repairs == []


def test_a_missing_parent_and_a_cycle_are_repaired_and_reported() -> None:
    tree = UnitTree([Node(1, None), Node(2, 3), Node(3, 2, 5), Node(4, 3), Node(6, 99)])
    assert sorted(n.id for n in tree) == [1, 2, 3, 4, 6]  # nobody dropped
    kinds = {(r.unit_id, r.kind) for r in tree.repairs}
    assert kinds == {(6, MISSING_PARENT), (2, CYCLE)}  # the cycle breaks at its first unit
    assert tree.parent_id(2) is None and tree.parent_id(3) == 2
    assert [n.id for n in tree.subtree(2)] == [2, 3, 4]


parents = st.lists(st.one_of(st.none(), st.integers(0, 30)), min_size=1, max_size=30)


@given(parents)
def test_any_parent_links_give_every_unit_once_parents_first(links: list[int | None]) -> None:
    tree = UnitTree([Node(i, parent) for i, parent in enumerate(links)])
    order = [n.id for n in tree.preorder()]
    assert sorted(order) == list(range(len(links)))
    position = {unit: i for i, unit in enumerate(order)}
    for unit in order:
        parent = tree.parent_id(unit)
        assert parent is None or position[parent] < position[unit]
        assert tree.depth(unit) == (0 if parent is None else tree.depth(parent) + 1)


@pytest.fixture
def cycled(tmp_path: Path) -> Path:
    """The seed, with two units of the current scenario made each other's parent."""
    path = tmp_path / "db.sqlite"
    assert cli_main(["demo", "--db", str(path)]) == 0
    database = open_database(path, create=False)
    scenario = current_scenario(database)
    assert scenario is not None
    units = scenario_units(database, scenario.id)
    database.close()
    leaf = next(u for u in units if u.parent_id and not any(c.parent_id == u.id for c in units))
    parent = next(u for u in units if u.id == leaf.parent_id)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (leaf.id.hex, parent.id.hex))
        conn.commit()
    return path


def test_a_cycle_in_the_database_is_repaired_alike_by_every_walk(
    cycled: Path, tmp_path: Path
) -> None:
    database = open_database(cycled, create=False)
    try:
        scenario = current_scenario(database)
        assert scenario is not None
        units = scenario_units(database, scenario.id)
        tree = UnitTree(units)
        assert [r.kind for r in tree.repairs] == [CYCLE]
        broken = tree.by_id[tree.repairs[0].unit_id]
        # The organisation export writes every unit, the repaired one at the top.
        out = tmp_path / "org.csv"
        export_org(database, out)
        _header, rows = read_table(out)
        assert len(rows) == len(units)
        by_id = {row[0]: row[1] for row in rows}
        assert by_id[str(broken.lineage_id)] == ""
        # The comparison counts every unit, and sees no change from the repair itself.
        comparison = compare_scenarios(database, scenario.name, scenario.name)
        assert comparison.before.employees == sum(unit.headcount for unit in units)
        assert comparison.changes == []
        # The sick-leave roll-up walks the same subtree.
        other = tree.children(broken.id)[0]
        service = DataService(database)
        for unit, pct in ((broken, 4.0), (other, 8.0)):
            service.create(
                SickLeaveFigure,
                unit_lineage_id=unit.lineage_id,
                month="2024-01",
                employees=10,
                total_pct=pct,
                short_pct=pct,
                long_pct=0.0,
            )
        with database.session() as session:
            assert subtree_lineages(session, broken.lineage_id) == [
                u.lineage_id for u in tree.subtree(broken.id)
            ]
            assert subtree_lineages(session, other.lineage_id) == [other.lineage_id]
        assert rollup_points(database, broken.lineage_id)[0].total_pct == pytest.approx(6.0)
        assert rollup_points(database, other.lineage_id)[0].total_pct == pytest.approx(8.0)
    finally:
        database.close()
