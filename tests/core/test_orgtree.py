"""Rules for editing the organisation tree and copying scenarios (no Qt)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlmodel import select

from fredapp.core import orgtree
from fredapp.core.calc.scenarios import compare_scenarios, find_scenario, scenario_units
from fredapp.core.errors import ValidationError
from fredapp.core.models import ChangeRecord, Scenario, Unit
from fredapp.core.service import DataService
from fredapp.core.tree import UnitTree


def test_child_level() -> None:
    assert orgtree.child_level(None) == "stab"
    assert orgtree.child_level("stab") == "virksomhet"
    assert orgtree.child_level("avdeling") == "team"
    assert orgtree.child_level("team") == "team"


@pytest.mark.parametrize(
    ("value", "expected"), [("12", 12), (" 1 200 ", 1200), (7, 7), (3.0, 3), ("0", 0)]
)
def test_headcount_accepts_whole_numbers(value: object, expected: int) -> None:
    assert orgtree.clean_value("headcount", value) == expected


@pytest.mark.parametrize("value", ["mange", "-1", "2,5", True, 2.5, None, "99999999"])
def test_headcount_refuses_the_rest(value: object) -> None:
    with pytest.raises(ValidationError, match="headcount"):
        orgtree.clean_value("headcount", value)


def test_name_and_level_rules() -> None:
    assert orgtree.clean_value("name", "  HR  ") == "HR"
    with pytest.raises(ValidationError, match="needs a name"):
        orgtree.clean_value("name", " ")
    with pytest.raises(ValidationError, match="'seksjon' is not a level"):
        orgtree.clean_value("level", "seksjon")
    with pytest.raises(ValidationError, match="not an editable field"):
        orgtree.clean_value("scenario_id", "x")


@dataclass(frozen=True)
class Node:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    sort_order: int = 0


def test_move_under_descendant_is_refused() -> None:
    a, b, c, d = (uuid.uuid4() for _ in range(4))
    tree = UnitTree([Node(a, None), Node(b, a), Node(c, b), Node(d, None)])
    names = {a: "A", b: "B", c: "C", d: "D"}
    orgtree.check_move(tree, b, d, names)
    orgtree.check_move(tree, c, None, names)
    with pytest.raises(ValidationError, match="'A' cannot be moved under 'C', which lies below it"):
        orgtree.check_move(tree, a, c, names)
    with pytest.raises(ValidationError, match="under itself"):
        orgtree.check_move(tree, b, b, names)


def test_the_units_above_are_placed_as_the_whole_tree_places_them() -> None:
    """ancestry(): a cycle above a unit is broken where the whole tree breaks it."""
    a, b, c, d, e = sorted((uuid.uuid4() for _ in range(5)), key=str)
    units = [Node(a, c), Node(b, a), Node(c, b), Node(d, c), Node(e, uuid.uuid4())]
    by_id = {unit.id: unit for unit in units}
    whole = UnitTree(units)
    for start in by_id:
        above = orgtree.ancestry(by_id, [start])
        for unit in above:
            assert above.parent_id(unit.id) == whole.parent_id(unit.id)
    assert whole.parent_id(a) is None  # the cycle a → c → b → a breaks at a
    assert orgtree.is_in_subtree(orgtree.ancestry(by_id, [d]), a, d)
    assert not orgtree.is_in_subtree(orgtree.ancestry(by_id, [a]), d, a)


def test_subtree_and_planned_delete_deepest_first(service: DataService) -> None:
    a, b, c = (uuid.uuid4() for _ in range(3))
    tree = UnitTree([Node(a, None), Node(b, a), Node(c, b)])
    assert orgtree.subtree(tree, a) == [a, b, c]
    changes = orgtree.plan_delete_subtree(service, tree, a)
    assert [change.record_id for change in changes] == [c, b, a]
    assert all(change.after == {"deleted": True} for change in changes)


def test_copy_scenario_keeps_lineages_and_stamps(service: DataService) -> None:
    til = find_scenario(service.database, "Til")
    change = orgtree.copy_scenario(service, til.id, "Til 2025")
    # Units are written at once; the scenario only when the change is applied.
    units = scenario_units(service.database, change.record_id)
    assert len(units) == 23
    assert all(unit.device == service.device and unit.stamp > "0" for unit in units)
    ids = {unit.id for unit in units}
    assert all(unit.parent_id is None or unit.parent_id in ids for unit in units)
    with pytest.raises(Exception, match="no scenario"):
        find_scenario(service.database, "Til 2025")
    service.apply(change)
    comparison = compare_scenarios(service.database, "Til", "Til 2025")
    assert comparison.changes == []
    assert comparison.after.leaders == 21
    with service.database.session() as session:
        history = session.exec(
            select(ChangeRecord).where(ChangeRecord.record_id == units[0].id)
        ).all()
        assert history and history[0].author == "Kari Tester"
        stored = session.get(Scenario, change.record_id)
        assert stored is not None and stored.name == "Til 2025"
    # the clock moved on: the next service write is newer than every copied unit
    later = service.update(Unit, units[0].id, name="Ny")
    assert later is not None
    with service.database.session() as session:
        renamed = session.get(Unit, units[0].id)
        assert renamed is not None and renamed.stamp > max(unit.stamp for unit in units)


def test_scenario_names_must_be_unique_and_present(service: DataService) -> None:
    til = find_scenario(service.database, "Til")
    with pytest.raises(ValidationError, match="exists already"):
        orgtree.copy_scenario(service, til.id, " fra ")
    with pytest.raises(ValidationError, match="needs a name"):
        orgtree.copy_scenario(service, til.id, "  ")
    assert orgtree.check_scenario_name(orgtree.live_scenarios(service), "Til", til.id) == "Til"
