"""The seed: the briefing's figures, computed from what lands in a new database."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import Session, select

from fredapp.core import seed
from fredapp.core.calc.leaders import leader_stats, percent_change
from fredapp.core.db import open_database
from fredapp.core.models import (
    SYNCED_TABLES,
    Benchmark,
    Dimension,
    Goal,
    KpiPoint,
    KpiSeries,
    Level,
    Measure,
    MeasureLevel,
    MeasureStatus,
    MeasureUnitLink,
    Scenario,
    ToolkitItem,
    Unit,
)

STAFF_CODES = [
    *(f"S-S{i}" for i in range(10)),
    *(f"S-RA{i}" for i in range(1, 5)),
    *(f"S-KK{i}" for i in range(1, 5)),
    *(f"S-A{i}" for i in range(1, 5)),
    "S-P1",
    "S-P2",
    "S-KKV1",
    "S-KKV2",
    "S-KKV3",
    "S-K1",
]
MUNICIPALITY_CODES = [
    *(f"S{i}" for i in range(1, 8)),
    "RA1",
    "RA2",
    "RA3",
    "KK1",
    "KK2",
    "A1",
    "A2",
    "P1",
    "KKV1",
    "KKV2",
    "K1",
]
IN_PROGRESS = {
    "S-KKV2", "S-S2", "S-KK2", "S-S7", "S-RA3", "S-S9", "S-RA4",
    "S-KK4", "S-KK3", "S-A2", "S-A4", "S-KKV1", "S-P2",
}  # fmt: skip


def expected_dimension(code: str) -> str:
    """The letters between an optional 'S-' and the number, written out by hand."""
    letters = code[2:] if code.startswith("S-") else code
    return letters.rstrip("0123456789")


@pytest.fixture
def session(seeded_db):
    with seeded_db.session() as session:
        yield session


def scenario(session: Session, name: str) -> Scenario:
    return session.exec(select(Scenario).where(Scenario.name == name)).one()


def units_of(session: Session, name: str) -> list[Unit]:
    scenario_id = scenario(session, name).id
    return list(session.exec(select(Unit).where(Unit.scenario_id == scenario_id)))


def series_points(session: Session, code: str) -> list[KpiPoint]:
    series = session.exec(select(KpiSeries).where(KpiSeries.code == code)).one()
    query = select(KpiPoint).where(KpiPoint.series_id == series.id).order_by(KpiPoint.sort_order)
    return list(session.exec(query))


# -- organisation ------------------------------------------------------------------------


def test_two_scenarios_exactly_one_current_and_it_is_til(session) -> None:
    scenarios = session.exec(select(Scenario).order_by(Scenario.sort_order)).all()
    assert [s.name for s in scenarios] == ["Fra", "Til"]
    assert [s.name for s in scenarios if s.is_current] == ["Til"]


def test_fra_has_11_virksomhet_and_17_team_leaders_density_6(session) -> None:
    stats = leader_stats(units_of(session, "Fra"))
    assert stats.leaders_by_level[Level.VIRKSOMHET] == 11
    assert stats.leaders_by_level[Level.TEAM] == 17
    assert stats.leaders_by_level[Level.AVDELING] == 0
    assert stats.leaders_by_level[Level.STAB] == 0
    assert stats.leaders == 28
    assert stats.density == pytest.approx(6.0)


def test_til_has_12_virksomhet_and_9_avdeling_leaders_density_10(session) -> None:
    stats = leader_stats(units_of(session, "Til"))
    assert stats.leaders_by_level[Level.VIRKSOMHET] == 12
    assert stats.leaders_by_level[Level.AVDELING] == 9
    assert stats.leaders_by_level[Level.TEAM] == 0
    assert stats.leaders == 21
    assert stats.density == pytest.approx(10.0)


def test_change_in_leaders_is_minus_25_percent(session) -> None:
    before = leader_stats(units_of(session, "Fra"))
    after = leader_stats(units_of(session, "Til"))
    assert percent_change(before.leaders, after.leaders) == pytest.approx(-25.0)
    assert percent_change(before.density, after.density) == pytest.approx(200 / 3)


def test_unit_trees_are_well_formed(session) -> None:
    for name in ("Fra", "Til"):
        units = units_of(session, name)
        by_id = {unit.id: unit for unit in units}
        roots = [unit for unit in units if unit.parent_id is None]
        assert {unit.level for unit in roots} == {Level.STAB}
        assert len(roots) == 2
        rank = {level.value: index for index, level in enumerate(Level)}
        for unit in units:
            if unit.parent_id is not None:
                parent = by_id[unit.parent_id]  # the parent is in the same scenario
                assert rank[parent.level] < rank[unit.level]
        lineages = [unit.lineage_id for unit in units]
        assert len(lineages) == len(set(lineages)), "a lineage appears once per scenario"


def test_anskaffelser_moves_from_innut_to_virok_keeping_its_lineage(session) -> None:
    found = {}
    for name in ("Fra", "Til"):
        units = units_of(session, name)
        by_id = {unit.id: unit for unit in units}
        (anskaffelser,) = [unit for unit in units if unit.name == "Anskaffelser"]
        found[name] = (anskaffelser, by_id[anskaffelser.parent_id])
    (fra_unit, fra_parent), (til_unit, til_parent) = found["Fra"], found["Til"]
    assert fra_parent.name == "Innovasjon og utvikling"
    assert til_parent.name == "Virksomhetsstyring og økonomi"
    assert fra_unit.lineage_id == til_unit.lineage_id
    assert fra_unit.id != til_unit.id


def test_kommunikasjon_og_service_is_split(session) -> None:
    fra = {unit.name: unit for unit in units_of(session, "Fra")}
    til = units_of(session, "Til")
    source = str(fra["Kommunikasjon og service"].lineage_id)
    successors = {unit.name for unit in til if source in unit.predecessors.split()}
    assert successors == {"Kommunikasjon", "Innbyggerdialog"}
    assert fra["Kommunikasjon og service"].lineage_id not in {unit.lineage_id for unit in til}


def test_predecessors_name_lineages_of_fra(session) -> None:
    fra_lineages = {str(unit.lineage_id) for unit in units_of(session, "Fra")}
    for unit in units_of(session, "Til"):
        for predecessor in unit.predecessors.split():
            assert predecessor in fra_lineages, (unit.name, predecessor)


# -- measures ----------------------------------------------------------------------------


def test_staff_measures_are_s_s0_to_s_k1(session) -> None:
    query = select(Measure).where(Measure.level == MeasureLevel.STAFF.value)
    measures = session.exec(query.order_by(Measure.sort_order)).all()
    assert [m.code for m in measures] == STAFF_CODES
    assert len(measures) == 28


def test_municipality_measures_are_s1_to_k1(session) -> None:
    query = select(Measure).where(Measure.level == MeasureLevel.MUNICIPALITY.value)
    measures = session.exec(query.order_by(Measure.sort_order)).all()
    assert [m.code for m in measures] == MUNICIPALITY_CODES
    assert len(measures) == 18


def test_measure_dimensions(session) -> None:
    measures = session.exec(select(Measure)).all()
    assert len(measures) == 46
    allowed = {"S", "RA", "KK", "A", "P", "KKV", "K"}
    assert {d.value for d in Dimension} == allowed
    for measure in measures:
        assert measure.dimension == expected_dimension(measure.code), measure.code
    for level in MeasureLevel:
        used = {m.dimension for m in measures if m.level == level.value}
        assert used == allowed, level
    by_code = {m.code: m.dimension for m in measures}
    assert by_code["S-KKV2"] == "KKV"
    assert by_code["S-KK3"] == "KK"
    assert by_code["S-K1"] == "K"
    assert by_code["KKV1"] == "KKV"
    assert by_code["K1"] == "K"
    assert by_code["S-S0"] == "S"
    assert by_code["S3"] == "S"


def test_in_progress_staff_measures(session) -> None:
    measures = session.exec(select(Measure)).all()
    in_progress = {m.code for m in measures if m.status == MeasureStatus.IN_PROGRESS.value}
    assert in_progress == IN_PROGRESS
    assert len(in_progress) == 13
    others = {m.status for m in measures if m.code not in IN_PROGRESS}
    assert others == {MeasureStatus.NOT_STARTED.value}


def test_measure_ratings_are_in_range_and_follow_the_effect_slide(session) -> None:
    measures = {m.code: m for m in session.exec(select(Measure))}
    for measure in measures.values():
        assert 1 <= measure.effect <= 5
        assert 1 <= measure.effort <= 5
    order = seed.load_json("measures.json")["effect_order_low_to_high"]
    ratings = [measures[code].effect for code in order]
    assert ratings == sorted(ratings)
    assert ratings[0] == 1 and ratings[-1] == 5


def test_measure_unit_links_point_at_existing_lineages(session) -> None:
    lineages = {unit.lineage_id for unit in session.exec(select(Unit))}
    measure_ids = {m.id for m in session.exec(select(Measure))}
    links = session.exec(select(MeasureUnitLink)).all()
    assert links
    for link in links:
        assert link.unit_lineage_id in lineages
        assert link.measure_id in measure_ids
    s4 = session.exec(select(Measure).where(Measure.code == "S-S4")).one()
    linked = {link.unit_lineage_id for link in links if link.measure_id == s4.id}
    assert seed.lineage_id("anskaffelser") in linked


# -- call centre, goals, benchmarks, toolkit ---------------------------------------------


@pytest.mark.parametrize("table", ["queue", "hour"])
def test_callcentre_rows_add_up_to_the_stated_totals(session, table) -> None:
    data = seed.load_json("kpi.json")["callcentre"]
    total = data[f"per_{table}_total"]
    rows = data[f"per_{table}"]
    calls = series_points(session, f"calls.{table}.calls")
    answered = series_points(session, f"calls.{table}.answered")
    unanswered = series_points(session, f"calls.{table}.unanswered")
    longest = series_points(session, f"calls.{table}.longest_s")
    for points in (calls, answered, unanswered, longest):
        assert [p.category for p in points] == [row[0] for row in rows]
    assert sum(p.value for p in calls) == total[1]
    assert sum(p.value for p in answered) == total[2]
    assert sum(p.value for p in unanswered) == total[3]
    assert max(p.value for p in longest) == seed.parse_duration(total[4])
    for c, a, u in zip(calls, answered, unanswered, strict=True):
        assert c.value == a.value + u.value, c.category


def test_callcentre_figures_from_the_briefing(session) -> None:
    calls = {p.category: p.value for p in series_points(session, "calls.queue.calls")}
    assert calls == {"Innbyggerdialog": 4737, "Førstelinjen miljø og byutviklingsetaten": 680}
    longest = series_points(session, "calls.queue.longest_s")
    assert longest[0].value == 42 * 60 + 48
    hours = series_points(session, "calls.hour.calls")
    assert next(p.category for p in hours) == "08:00-09:00"
    assert [p.category for p in hours][-1] == "15:00-16:00"
    assert len(hours) == 8


def test_parse_duration() -> None:
    assert seed.parse_duration("00:42:48") == 2568
    assert seed.parse_duration("01:00:01") == 3601
    assert seed.parse_duration("00:00:00") == 0


def test_eight_goals_and_missing_july_min_side_is_none(session) -> None:
    goals = session.exec(select(Goal).order_by(Goal.sort_order)).all()
    assert len(goals) == 8
    minside_jul = goals[-1]
    assert "Min side" in minside_jul.title and "juli" in minside_jul.title
    assert minside_jul.baseline is None
    assert minside_jul.outcome is None
    for goal in goals[:-1]:
        assert goal.baseline is not None and goal.baseline > 0
        assert goal.outcome is not None and goal.outcome > 0
    calls_apr = goals[0]
    assert (calls_apr.baseline, calls_apr.outcome, calls_apr.target) == (6925, 4852, 25)
    assert calls_apr.direction == "reduce_by"


def test_benchmarks_mark_fredrikstad_as_home(session) -> None:
    benchmarks = session.exec(select(Benchmark)).all()
    measures = {b.measure for b in benchmarks}
    assert measures == {"HR drift", "Lønn"}
    for measure in measures:
        rows = [b for b in benchmarks if b.measure == measure]
        home = [b for b in rows if b.is_home]
        assert [b.municipality for b in home] == ["Fredrikstad"]
        assert len(rows) >= 2
    assert all(b.is_home == (b.municipality == "Fredrikstad") for b in benchmarks)


def test_three_toolkit_items(session) -> None:
    items = session.exec(select(ToolkitItem).order_by(ToolkitItem.sort_order)).all()
    assert len(items) == 3
    assert "Frekit" in items[0].title
    assert all(item.title and item.description for item in items)
    assert not any(item.retired for item in items)


# -- identity and stamps -----------------------------------------------------------------


def all_ids(database) -> dict[str, set[uuid.UUID]]:
    with database.session() as session:
        return {
            model.__tablename__: {row.id for row in session.exec(select(model))}
            for model in SYNCED_TABLES
        }


def test_seed_ids_are_the_same_in_every_installation(seeded_db, tmp_path) -> None:
    other = open_database(tmp_path / "other.sqlite", populate=seed.populate)
    try:
        first, second = all_ids(seeded_db), all_ids(other)
    finally:
        other.close()
    assert first == second
    assert sum(len(ids) for ids in first.values()) > 100
    assert seed.seed_id("scenario", "til") in first["scenario"]


def test_every_seed_row_has_the_seed_stamp_and_is_not_deleted(session) -> None:
    count = 0
    for model in SYNCED_TABLES:
        for row in session.exec(select(model)):
            # the staff's measures got dates later, and a later seed stamp with them
            dated = model is Measure and row.code.startswith("S-")
            expected = seed.SEED_STAMP_DATED if dated else seed.SEED_STAMP
            assert row.stamp == expected, (model.__name__, row.id)
            assert row.device == seed.SEED_DEVICE
            assert row.deleted is False
            count += 1
    assert count > 100


def test_seed_stamp_is_older_than_any_real_stamp() -> None:
    from fredapp.core.clock import HybridClock, Stamp

    assert Stamp.parse(seed.SEED_STAMP) == Stamp(0, 0, "seed")
    assert str(HybridClock("abc").now()) > seed.SEED_STAMP_DATED > seed.SEED_STAMP
    assert Stamp.parse(seed.SEED_STAMP_DATED) == Stamp(1, 0, "seed")


def test_dimension_of() -> None:
    assert seed.dimension_of("S-KKV2") == "KKV"
    assert seed.dimension_of("KKV2") == "KKV"
    assert seed.dimension_of("S-S0") == "S"
    assert seed.dimension_of("S7") == "S"
    assert seed.dimension_of("RA3") == "RA"
    with pytest.raises(ValueError):
        seed.dimension_of("X9")
