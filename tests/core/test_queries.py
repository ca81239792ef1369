"""The read-only queries of fredapp.core.queries: each has one meaning, checked here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import SQLModel

from fredapp.core import queries
from fredapp.core.calc.sickleave import current_scenario_id
from fredapp.core.db import Database
from fredapp.core.models import (
    Benchmark,
    ChangeRecord,
    Goal,
    Measure,
    MeasureUnitLink,
    Scenario,
    SickLeaveFigure,
    SickLeaveTarget,
    SyncConflict,
    Unit,
)


def _add(database: Database, *records: SQLModel) -> None:
    with database.session() as session:
        session.add_all(records)
        session.commit()


def _scenario(name: str, order: int, *, current: bool = False, deleted: bool = False) -> Scenario:
    return Scenario(name=name, sort_order=order, is_current=current, deleted=deleted)


# -- the current scenario ------------------------------------------------------------------


def test_the_current_scenario_is_the_live_one_marked_current(empty_db: Database) -> None:
    first, marked = _scenario("A", 0), _scenario("B", 1, current=True)
    _add(empty_db, first, marked)
    assert queries.current_scenario(empty_db) == marked
    with empty_db.session() as session:
        assert queries.current_scenario(session) == marked  # the same rule inside a session
        assert current_scenario_id(session) == marked.id


def test_a_deleted_current_scenario_is_never_current(empty_db: Database) -> None:
    gone = _scenario("Gone", 0, current=True, deleted=True)
    later, first = _scenario("Later", 2), _scenario("First", 1)
    _add(empty_db, gone, later, first)
    current = queries.current_scenario(empty_db)
    assert current is not None and current.id == first.id  # the fallback, not the deleted one
    assert all(s.id != gone.id for s in queries.scenarios(empty_db))


def test_two_marked_current_the_first_in_order_wins(empty_db: Database) -> None:
    second = _scenario("Zeta", 1, current=True)
    first_b, first_a = _scenario("Beta", 0, current=True), _scenario("Alfa", 0, current=True)
    unmarked = _scenario("Before", -1)
    _add(empty_db, second, first_b, first_a, unmarked)
    current = queries.current_scenario(empty_db)
    assert current is not None and current.name == "Alfa"  # sort_order, then name


def test_none_marked_the_first_live_scenario_in_order(empty_db: Database) -> None:
    _add(empty_db, _scenario("B", 1), _scenario("C", 0, deleted=True), _scenario("A", 1))
    current = queries.current_scenario(empty_db)
    assert current is not None and current.name == "A"


def test_no_live_scenario_no_current_one(empty_db: Database) -> None:
    assert queries.current_scenario(empty_db) is None
    _add(empty_db, _scenario("Gone", 0, current=True, deleted=True))
    assert queries.current_scenario(empty_db) is None
    assert queries.current_units(empty_db) == []


def test_the_seed_has_one_current_scenario_everyone_agrees_on(seeded_db: Database) -> None:
    marked = [s for s in queries.scenarios(seeded_db) if s.is_current]
    assert len(marked) == 1
    assert queries.current_scenario(seeded_db) == marked[0]


# -- units and lineages --------------------------------------------------------------------


def _two_scenarios(database: Database) -> tuple[Scenario, Scenario, uuid.UUID]:
    today, plan = _scenario("I dag", 0, current=True), _scenario("Plan", 1)
    lineage = uuid.uuid4()
    _add(
        database,
        today,
        plan,
        Unit(scenario_id=plan.id, lineage_id=lineage, name="Nytt navn", sort_order=0),
        Unit(scenario_id=today.id, lineage_id=lineage, name="Gammelt navn", sort_order=0),
    )
    return today, plan, lineage


def test_lineage_names_take_the_current_scenarios_name(empty_db: Database) -> None:
    today, plan, lineage = _two_scenarios(empty_db)
    assert queries.lineage_names(empty_db)[lineage] == "Gammelt navn"
    assert queries.lineage_names(empty_db, today.id)[lineage] == "Gammelt navn"
    assert queries.lineage_names(empty_db, plan.id)[lineage] == "Nytt navn"


def test_lineage_names_fall_back_to_other_scenarios_then_deleted_units(
    empty_db: Database,
) -> None:
    today, plan, lineage = _two_scenarios(empty_db)
    elsewhere, gone = uuid.uuid4(), uuid.uuid4()
    deleted_here = Unit(scenario_id=today.id, lineage_id=elsewhere, name="Slettet", deleted=True)
    _add(
        empty_db,
        deleted_here,
        Unit(scenario_id=plan.id, lineage_id=elsewhere, name="Bare i plan"),
        Unit(scenario_id=today.id, lineage_id=gone, name="Nedlagt", deleted=True),
    )
    names = queries.lineage_names(empty_db)
    assert names[elsewhere] == "Bare i plan"  # a live unit elsewhere beats a deleted one here
    assert names[gone] == "Nedlagt"  # a unit that is gone is still named
    assert set(names) == {lineage, elsewhere, gone}


def test_units_of_a_scenario_and_of_the_current_one(empty_db: Database) -> None:
    today, plan, _lineage = _two_scenarios(empty_db)
    _add(
        empty_db,
        Unit(scenario_id=today.id, name="Borte", deleted=True),
        Unit(scenario_id=today.id, name="Andre", sort_order=0),
    )
    assert [u.name for u in queries.current_units(empty_db)] == ["Andre", "Gammelt navn"]
    assert {u.name for u in queries.scenario_units(empty_db, today.id)} == {
        "Andre",
        "Gammelt navn",
    }
    assert [u.name for u in queries.scenario_units(empty_db, plan.id)] == ["Nytt navn"]
    names = queries.unit_names(empty_db)
    assert "Borte" in names.values()  # a deleted unit still has a name (a measure's owner)


# -- records, measures, figures ------------------------------------------------------------


def test_records_live_by_id_and_one(empty_db: Database) -> None:
    live = Measure(code="B", title="b", dimension="S", level="stab", sort_order=2)
    first = Measure(code="A", title="a", dimension="S", level="stab", sort_order=1)
    gone = Measure(code="C", title="c", dimension="S", level="stab", deleted=True)
    _add(empty_db, live, first, gone)
    assert [m.code for m in queries.live_records(empty_db, Measure)] == ["A", "B"]
    assert [m.code for m in queries.live_records(empty_db, Measure, "code")] == ["A", "B"]
    found = queries.records_by_id(empty_db, Measure, [gone.id, live.id, uuid.uuid4()])
    assert set(found) == {gone.id, live.id}
    one = queries.record(empty_db, Measure, gone.id)
    assert one is not None and one.code == "C"
    assert queries.record(empty_db, Measure, uuid.uuid4()) is None


def test_measure_links_are_the_live_ones(empty_db: Database) -> None:
    measure = uuid.uuid4()
    a, b = uuid.uuid4(), uuid.uuid4()
    _add(
        empty_db,
        MeasureUnitLink(measure_id=measure, unit_lineage_id=a),
        MeasureUnitLink(measure_id=measure, unit_lineage_id=b, deleted=True),
    )
    assert queries.measure_links(empty_db) == {measure: [a]}
    assert [link.unit_lineage_id for link in queries.links_of(empty_db, measure)] == [a]
    assert queries.links_of(empty_db, uuid.uuid4()) == []


def test_figures_of_a_unit_newest_first_and_its_target(empty_db: Database) -> None:
    lineage, other = uuid.uuid4(), uuid.uuid4()

    def figure(lineage_id: uuid.UUID, month: str, deleted: bool = False) -> SickLeaveFigure:
        return SickLeaveFigure(
            unit_lineage_id=lineage_id,
            month=month,
            employees=3,
            total_pct=5.0,
            short_pct=2.0,
            long_pct=3.0,
            deleted=deleted,
        )

    _add(
        empty_db,
        figure(lineage, "2024-01"),
        figure(lineage, "2024-03"),
        figure(lineage, "2024-02", deleted=True),
        figure(other, "2024-01", deleted=True),
        SickLeaveTarget(unit_lineage_id=lineage, target_pct=6.0, stamp="1"),
        SickLeaveTarget(unit_lineage_id=lineage, target_pct=5.0, stamp="2"),
        SickLeaveTarget(unit_lineage_id=lineage, target_pct=4.0, stamp="3", deleted=True),
    )
    assert [f.month for f in queries.unit_figures(empty_db, lineage)] == ["2024-03", "2024-01"]
    assert queries.lineages_with_figures(empty_db) == {lineage}
    target = queries.sickleave_target(empty_db, lineage)
    assert target is not None and target.target_pct == 5.0  # the latest live one
    assert queries.sickleave_target(empty_db, other) is None


def test_goals_and_benchmarks(empty_db: Database) -> None:
    _add(
        empty_db,
        Goal(title="B", direction="reach", target=1, sort_order=0),
        Goal(title="A", direction="reach", target=1, sort_order=0),
        Goal(title="C", direction="reach", target=1, deleted=True),
        Benchmark(measure="x", municipality="Fredrikstad", value=1, period="2023"),
        Benchmark(measure="x", municipality="Sarpsborg", value=2, period="2024"),
        Benchmark(measure="a", municipality="Halden", value=2),
        Benchmark(measure="z", municipality="Moss", value=2, deleted=True),
    )
    assert [g.title for g in queries.goals(empty_db)] == ["A", "B"]
    assert queries.benchmark_measures(empty_db) == ["a", "x"]
    assert {b.municipality for b in queries.benchmarks(empty_db, "x")} == {
        "Fredrikstad",
        "Sarpsborg",
    }
    assert queries.benchmarks(empty_db, "z") == []
    assert queries.benchmarks(empty_db, None) == []


def test_unresolved_conflicts_and_history(empty_db: Database) -> None:
    record = uuid.uuid4()
    _add(
        empty_db,
        SyncConflict(table_name="unit", record_id=record, stamp_a="2"),
        SyncConflict(table_name="unit", record_id=record, stamp_a="1"),
        SyncConflict(table_name="unit", record_id=record, resolved=True),
        SyncConflict(table_name="unit", record_id=record, deleted=True),
    )
    assert [c.stamp_a for c in queries.unresolved_conflicts(empty_db)] == ["1", "2"]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    _add(
        empty_db,
        *(
            ChangeRecord(
                table_name="unit",
                record_id=record if n % 2 else uuid.uuid4(),
                field_name="name",
                stamp=f"{n:03d}",
                changed_at=now,
            )
            for n in range(6)
        ),
    )
    assert [c.stamp for c in queries.history(empty_db)] == [
        "005",
        "004",
        "003",
        "002",
        "001",
        "000",
    ]
    assert [c.stamp for c in queries.history(empty_db, record)] == ["005", "003", "001"]
    assert [c.stamp for c in queries.history(empty_db, limit=2)] == ["005", "004"]
