"""Rules for editing the organisation tree and copying scenarios (no Qt)."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from fredapp.core import orgtree
from fredapp.core.calc.scenarios import compare_scenarios, find_scenario, scenario_units
from fredapp.core.errors import ValidationError
from fredapp.core.models import ChangeRecord, Scenario, Unit
from fredapp.core.service import DataService


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


def test_move_under_descendant_is_refused() -> None:
    a, b, c, d = (uuid.uuid4() for _ in range(4))
    parents = {a: None, b: a, c: b, d: None}
    names = {a: "A", b: "B", c: "C", d: "D"}
    orgtree.check_move(parents, b, d, names)
    orgtree.check_move(parents, c, None, names)
    with pytest.raises(ValidationError, match="'A' cannot be moved under 'C', which lies below it"):
        orgtree.check_move(parents, a, c, names)
    with pytest.raises(ValidationError, match="under itself"):
        orgtree.check_move(parents, b, b, names)


def test_subtree_and_planned_delete_deepest_first(service: DataService) -> None:
    a, b, c = (uuid.uuid4() for _ in range(3))
    children = {None: [a], a: [b], b: [c], c: []}
    assert orgtree.subtree(children, a) == [a, b, c]
    changes = orgtree.plan_delete_subtree(service, children, a)
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
