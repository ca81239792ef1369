"""A large scenario is built in steps: complete and correct afterwards, safe to use meanwhile."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from fredapp.core import seed
from fredapp.core.models import Scenario, Unit
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.units import BELOW_COLUMN, SYNC_UNITS, UNIT_ID_ROLE
from fredapp.ui.tabs.organisation import OrganisationTab

STABS, VIRKSOMHETER, AVDELINGER, TEAMS = 30, 4, 4, 5  # 30 × 101 = 3,030 units
VIRKSOMHET_SIZE = 1 + AVDELINGER * (1 + TEAMS)
SIZE = STABS * (1 + VIRKSOMHETER * VIRKSOMHET_SIZE)


def _large_scenario(context: AppContext) -> uuid.UUID:
    """A scenario of 3,030 units written in one go (not through the service: quick)."""
    from sqlalchemy import insert

    scenario_id = uuid.uuid4()
    stamp = {"stamp": seed.SEED_STAMP, "device": "test", "deleted": False}
    rows = []

    def add(name: str, level: str, parent: uuid.UUID | None, order: int) -> uuid.UUID:
        unit_id = uuid.uuid4()
        rows.append(
            {
                **stamp,
                "id": unit_id,
                "scenario_id": scenario_id,
                "parent_id": parent,
                "lineage_id": uuid.uuid4(),
                "predecessors": "",
                "name": name,
                "level": level,
                "leader_title": "Leder",
                "leader_name": f"Leder for {name}",
                "headcount": 3,
                "sort_order": order,
            }
        )
        return unit_id

    # Written deepest first, so the rows' storage order is not the tree's order.
    for s in reversed(range(STABS)):
        stab = add(f"Stab {s}", "stab", None, s)
        for v in range(VIRKSOMHETER):
            virksomhet = add(f"Virksomhet {s}.{v}", "virksomhet", stab, v)
            for a in range(AVDELINGER):
                avdeling = add(f"Avdeling {s}.{v}.{a}", "avdeling", virksomhet, a)
                for t in range(TEAMS):
                    add(f"Team {s}.{v}.{a}.{t}", "team", avdeling, t)
    with context.database.engine.begin() as conn:
        conn.execute(
            insert(Scenario.__table__),  # type: ignore[attr-defined]
            [
                {
                    **stamp,
                    "id": scenario_id,
                    "name": "Stor",
                    "description": "",
                    "is_current": False,
                    "sort_order": 9,
                }
            ],
        )
        conn.execute(insert(Unit.__table__), rows)  # type: ignore[attr-defined]
    return scenario_id


def _check_tree(tab: OrganisationTab) -> None:
    """Every unit once, under its parent, in order, with the right count below it."""
    model = tab.model
    units = {unit.id: unit for unit in model.units}
    assert len(units) == SIZE
    seen: dict[uuid.UUID, uuid.UUID | None] = {}

    def walk(parent: QModelIndex, parent_id: uuid.UUID | None) -> int:
        orders = []
        total = 0
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            unit_id = uuid.UUID(index.data(UNIT_ID_ROLE))
            assert unit_id not in seen
            seen[unit_id] = parent_id
            unit = units[unit_id]
            assert index.data() == unit.name
            orders.append(unit.sort_order)
            below = walk(index, unit_id)
            assert model.index(row, BELOW_COLUMN, parent).data() == below, unit.name
            total += 1 + below
        assert orders == sorted(orders)
        return total

    assert walk(QModelIndex(), None) == SIZE
    assert seen == {unit_id: unit.parent_id for unit_id, unit in units.items()}
    assert model.rowCount() == STABS


def _unit(tab: OrganisationTab, name: str) -> uuid.UUID:
    return next(unit.id for unit in tab.model.units if unit.name == name)


@pytest.fixture
def tab(qtbot, context: AppContext) -> OrganisationTab:  # type: ignore[no-untyped-def]
    _large_scenario(context)
    widget = OrganisationTab(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    assert not widget.model.loading  # the seed's small scenario is built at once
    return widget


def test_a_large_scenario_loads_in_steps_and_is_complete(
    qtbot, tab: OrganisationTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert SIZE > SYNC_UNITS
    # Short steps, so the build is spread over several events on a fast machine too.
    monkeypatch.setattr("fredapp.ui.itemmodels.unitbuild.STEP_SECONDS", 0.002)
    steps = []
    tab.model.loadProgress.connect(lambda built, total: steps.append((built, total)))
    tab.choose_scenario("Stor")
    assert tab.model.loading
    assert tab.model.unit_count == SIZE
    assert "3" in tab.stats_label.text() and "Leaders" not in tab.stats_label.text()
    with qtbot.waitSignal(tab.model.loaded, timeout=20000):
        pass
    assert not tab.model.loading
    assert len(steps) > 2  # the work was spread over several events
    assert steps[-1] == (SIZE, SIZE)
    assert [built for built, _ in steps] == sorted(built for built, _ in steps)
    _check_tree(tab)
    # The top levels are expanded, the figures are the whole scenario's.
    assert tab.tree.isExpanded(tab.proxy.index(0, 0))
    figures = "".join(ch for ch in tab.stats_label.text() if ch.isdigit() or ch == ":")
    assert figures.startswith(f":{SIZE}")  # leaders: every generated unit has one
    assert f":{3 * SIZE}:" in figures  # employees
    # Back to the small scenario and again: the large tree's rows are cleared in steps.
    tab.choose_scenario("Fra")
    assert not tab.model.loading
    assert {unit.scenario_id for unit in tab.model.units} == {tab.model.scenario_id}
    qtbot.waitUntil(lambda: tab.model.building.graveyard.rowCount() == 0, timeout=20000)
    tab.choose_scenario("Stor")
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=20000)
    _check_tree(tab)


def test_an_edit_during_loading_is_safe_and_undoable(  # type: ignore[no-untyped-def]
    qtbot, tab: OrganisationTab, context: AppContext
) -> None:
    tab.choose_scenario("Stor")
    qtbot.wait(1)  # a step or so, not the whole tree
    assert tab.model.loading
    last_team = _unit(tab, f"Team {STABS - 1}.3.3.4")
    moving = _unit(tab, f"Virksomhet {STABS - 1}.2")
    target = _unit(tab, "Stab 0")
    assert last_team not in tab.model._items  # not in the tree yet
    # A rename of a unit possibly not in the tree yet, and a move: the building finishes first.
    assert tab.model.edit_unit(last_team, name="Siste team")
    assert not tab.model.loading
    assert tab.model.move_units([moving], target)
    assert tab.model.index_of(last_team).data() == "Siste team"
    moved = tab.model.index_of(moving)
    assert uuid.UUID(moved.parent().data(UNIT_ID_ROLE)) == target
    assert tab.model.index_of(target, BELOW_COLUMN).data() == (VIRKSOMHETER + 1) * VIRKSOMHET_SIZE
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert tab.model.index_of(last_team).data() == f"Team {STABS - 1}.3.3.4"
    _check_tree(tab)


def test_filter_typed_during_loading_covers_units_built_later(  # type: ignore[no-untyped-def]
    qtbot, tab: OrganisationTab
) -> None:
    tab.choose_scenario("Stor")
    qtbot.wait(1)
    assert tab.model.loading
    tab.filter_edit.setText(f"Team {STABS - 1}.3.3")  # among the last units built
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=20000)
    shown = []

    def walk(proxy: QSortFilterProxyModel, parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            shown.append(index.data())
            walk(proxy, index)

    walk(tab.proxy, QModelIndex())
    expected = [f"Stab {STABS - 1}", f"Virksomhet {STABS - 1}.3", f"Avdeling {STABS - 1}.3.3"]
    expected += [f"Team {STABS - 1}.3.3.{t}" for t in range(TEAMS)]
    assert shown == expected
    assert tab.tree.isExpanded(tab.proxy.index(0, 0))
    tab.filter_edit.clear()
    assert tab.proxy.rowCount() == STABS


def test_modeltester_on_a_tree_built_in_steps(qtbot, tab: OrganisationTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab.choose_scenario("Stor")
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=20000)
    qtmodeltester.check(tab.model, force_py=True)


def test_expand_all_during_loading_expands_the_whole_tree(qtbot, tab: OrganisationTab) -> None:  # type: ignore[no-untyped-def]
    tab.choose_scenario("Stor")
    assert tab.model.loading
    tab.expand_action.trigger()
    assert not tab.model.loading
    last = tab.proxy.mapFromSource(tab.model.index_of(_unit(tab, f"Avdeling {STABS - 1}.3.3")))
    assert tab.tree.isExpanded(last)
