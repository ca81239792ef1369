"""The generated demo data: sizes, determinism, a sound tree, and a seed left alone."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from fredapp.core import seed
from fredapp.core.calc.leaders import leader_stats
from fredapp.core.db import Database, check_database, open_database
from fredapp.core.demo import (
    DEMO_DEVICE,
    DEMO_STAMP,
    demo_id,
    demo_id_hex,
    demo_scenario_id,
    populate_scaled,
)
from fredapp.core.errors import ValidationError
from fredapp.core.models import (
    LEVEL_ORDER,
    SYNCED_TABLES,
    Dimension,
    ItemStatus,
    KpiPoint,
    MeasureLevel,
    MeasureStatus,
    Scenario,
    Unit,
)

ONE_SCALE = {
    "scenario": 1,
    "unit": 150,
    "measure": 50,
    "checklist": 100,
    "checklistitem": 2_000,
    "role": 50,
    "description": 200,
    "descriptionversion": 200,
    "sickleavefigure": 1_200,
    "sickleavetarget": 100,
    "kpiseries": 10,
    "kpipoint": 100_000,
}


def _demo_database(path: Path, scale: int) -> tuple[Database, dict[str, int]]:
    counts: dict[str, int] = {}

    def populate(database: Database) -> None:
        seed.populate(database)
        counts.update(populate_scaled(database, scale))

    return open_database(path, populate=populate), counts


@pytest.fixture(scope="module")
def scale_1(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    database, counts = _demo_database(tmp_path_factory.mktemp("demo1") / "f.sqlite", 1)
    yield database, counts
    database.close()


@pytest.fixture(scope="module")
def scale_2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    database, counts = _demo_database(tmp_path_factory.mktemp("demo2") / "f.sqlite", 2)
    yield database, counts
    database.close()


@pytest.fixture(scope="module")
def db(scale_1: tuple[Database, dict[str, int]]) -> Database:
    return scale_1[0]


def _rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _demo_counts(path: Path) -> dict[str, int]:
    """Rows the demo wrote, per table, counted in the file itself."""
    counts: dict[str, int] = {}
    for model in SYNCED_TABLES:
        table = str(model.__tablename__)
        (count,) = _rows(path, f"SELECT count(*) FROM {table} WHERE device = ?", DEMO_DEVICE)[0]
        if count:
            counts[table] = count
    return counts


# -- sizes ---------------------------------------------------------------------------------


def test_scale_1_has_one_municipality_of_data(scale_1: tuple[Database, dict[str, int]]) -> None:
    database, counts = scale_1
    assert counts == ONE_SCALE
    assert _demo_counts(database.path) == ONE_SCALE


def test_scale_2_doubles_everything_but_the_scenario(
    scale_2: tuple[Database, dict[str, int]],
) -> None:
    database, counts = scale_2
    expected = {table: 2 * n for table, n in ONE_SCALE.items()} | {"scenario": 1}
    assert counts == expected
    assert _demo_counts(database.path) == expected
    names = _rows(database.path, "SELECT name, is_current FROM scenario WHERE device = 'demo'")
    assert names == [("Demo ×2", 0)]


# -- determinism ---------------------------------------------------------------------------


def test_two_runs_give_identical_databases(db: Database, tmp_path: Path) -> None:
    again, _counts = _demo_database(tmp_path / "again.sqlite", 1)
    for model in SYNCED_TABLES:
        sql = f"SELECT * FROM {model.__tablename__} ORDER BY id"
        assert _rows(again.path, sql) == _rows(db.path, sql), model.__tablename__
    again.close()


def test_scale_2_starts_with_scale_1s_records(
    db: Database, scale_2: tuple[Database, dict[str, int]]
) -> None:
    # Records of the first block are the same at any scale, so demo databases can sync.
    for table in ("unit", "measure", "checklistitem", "description", "kpipoint"):
        sql = f"SELECT * FROM {table} WHERE device = 'demo'"
        small = set(_rows(db.path, sql))
        large = set(_rows(scale_2[0].path, sql))
        assert small < large, table


def test_demo_ids_are_uuid5_with_a_demo_prefix() -> None:
    assert demo_id("unit", "0:s0") == seed.seed_id("demo-unit", "0:s0")
    assert demo_id("unit", "0:s0") != seed.seed_id("unit", "0:s0")
    for key in ("demo.1.1.chat:0", "demo.3.7.ventetid:9999", "æøå"):
        assert demo_id_hex("kpi-point", key) == demo_id("kpi-point", key).hex


def test_every_demo_record_has_the_fixed_stamp(db: Database) -> None:
    for model in SYNCED_TABLES:
        table = model.__tablename__
        stamps = _rows(db.path, f"SELECT DISTINCT stamp FROM {table} WHERE device = 'demo'")
        assert stamps in ([], [(DEMO_STAMP,)]), table
        if table in ("unit", "measure", "checklistitem", "kpipoint"):  # demo rows there for sure
            assert stamps == [(DEMO_STAMP,)], table


# -- the organisation ----------------------------------------------------------------------


def _demo_units(database: Database) -> list[Unit]:
    with database.session() as session:
        query = select(Unit).where(Unit.scenario_id == demo_scenario_id())
        return list(session.exec(query))


def test_demo_units_form_a_proper_tree(db: Database) -> None:
    units = _demo_units(db)
    by_id = {unit.id: unit for unit in units}
    assert len(by_id) == 150
    assert len({unit.lineage_id for unit in units}) == 150
    levels = [level.value for level in LEVEL_ORDER]
    for unit in units:
        if unit.parent_id is None:
            assert unit.level == "stab"
            continue
        parent = by_id[unit.parent_id]  # the parent exists, in the same scenario
        assert levels.index(unit.level) == levels.index(parent.level) + 1
        assert unit.headcount > 0
    per_level = {level: sum(u.level == level for u in units) for level in levels}
    assert per_level == {"stab": 3, "virksomhet": 7, "avdeling": 28, "team": 112}


def test_demo_units_have_leaders_by_level(db: Database) -> None:
    units = _demo_units(db)
    titles = {unit.level: unit.leader_title for unit in units if unit.level != "stab"}
    assert titles == {
        "virksomhet": "Virksomhetsleder",
        "avdeling": "Avdelingsleder",
        "team": "Teamleder",
    }
    assert all(unit.leader_name for unit in units)
    stats = leader_stats(units)
    assert stats.leaders == 7 + 28 + 112
    assert stats.employees == sum(unit.headcount for unit in units)


def test_demo_leaves_the_seeds_current_scenario_alone(db: Database, tmp_path: Path) -> None:
    plain = open_database(tmp_path / "seed.sqlite", populate=seed.populate)
    for table in ("scenario", "unit", "measure", "toolkititem", "kpiseries", "kpipoint"):
        sql = f"SELECT * FROM {table} WHERE device = 'seed' ORDER BY id"
        assert _rows(db.path, sql) == _rows(plain.path, sql), table
    plain.close()
    with db.session() as session:
        current = list(session.exec(select(Scenario).where(col(Scenario.is_current))))
    assert [scenario.name for scenario in current] == ["Til"]
    assert check_database(db.path) == []


# -- measures, toolkit, descriptions, figures ----------------------------------------------


def test_demo_measures_are_valid(db: Database) -> None:
    rows = _rows(
        db.path,
        "SELECT code, dimension, level, status, effect, effort, due_date, owner_unit_id "
        "FROM measure WHERE device = 'demo'",
    )
    codes = [row[0] for row in rows]
    assert len(set(codes)) == 50
    all_codes = [row[0] for row in _rows(db.path, "SELECT code FROM measure")]
    assert len(set(all_codes)) == len(all_codes) == 46 + 50
    virksomheter = {u.id.hex for u in _demo_units(db) if u.level == "virksomhet"}
    for code, dimension, level, status, effect, effort, due, owner in rows:
        match = re.fullmatch(r"D-([A-Z]+)\d+", code)
        assert match and match.group(1) == dimension
        assert dimension in {d.value for d in Dimension}
        assert level in {m.value for m in MeasureLevel}
        assert status in {s.value for s in MeasureStatus}
        assert 1 <= effect <= 5 and 1 <= effort <= 5
        assert dt.date.fromisoformat(due).year in (2024, 2025, 2026)
        assert owner in virksomheter
    assert "D-S101" in codes
    assert len({row[1] for row in rows}) == 7  # every dimension occurs


def test_demo_checklists_belong_to_demo_units(db: Database) -> None:
    lineages = {unit.lineage_id.hex for unit in _demo_units(db)}
    checklists = _rows(db.path, "SELECT id, unit_lineage_id, period FROM checklist")
    assert {row[1] for row in checklists} <= lineages
    assert all(re.fullmatch(r"2024-(0[1-9]|1[0-2])", row[2]) for row in checklists)
    per_checklist = _rows(
        db.path, "SELECT checklist_id, count(*) FROM checklistitem GROUP BY checklist_id"
    )
    assert {row[0] for row in per_checklist} == {row[0] for row in checklists}
    assert {row[1] for row in per_checklist} == {20}
    toolkit = {row[0] for row in _rows(db.path, "SELECT id FROM toolkititem")}
    items = _rows(db.path, "SELECT toolkit_item_id, status, done_date FROM checklistitem")
    assert {row[0] for row in items} == toolkit
    assert {row[1] for row in items} == {s.value for s in ItemStatus}
    assert all((row[2] is not None) == (row[1] == ItemStatus.DONE.value) for row in items)


def test_demo_descriptions_are_about_2_kb_with_one_version(db: Database) -> None:
    rows = _rows(
        db.path,
        "SELECT d.kind, d.unit_lineage_id, d.role_id, d.body_html, v.version_no, v.body_html "
        "FROM description d JOIN descriptionversion v ON v.description_id = d.id",
    )
    assert len(rows) == 200
    lineages = {unit.lineage_id.hex for unit in _demo_units(db)}
    roles = {row[0] for row in _rows(db.path, "SELECT id FROM role")}
    for kind, lineage, role, body, version_no, version_body in rows:
        assert 2_000 <= len(body.encode()) <= 3_000
        assert body.startswith("<h1>") and "<p>" in body
        assert (version_no, version_body) == (1, body)
        assert (lineage in lineages) if kind == "function" else (role in roles)
    assert sorted({row[0] for row in rows}) == ["function", "role"]


def test_demo_sick_leave_covers_100_units_for_12_months(db: Database) -> None:
    rows = _rows(
        db.path,
        "SELECT unit_lineage_id, count(DISTINCT month), min(employees), "
        "max(abs(total_pct - short_pct - long_pct)) FROM sickleavefigure GROUP BY unit_lineage_id",
    )
    assert len(rows) == 100
    assert {row[1] for row in rows} == {12}
    assert min(row[2] for row in rows) >= 5  # groups under 5 people are never shown
    assert max(row[3] for row in rows) < 0.051  # total = short + long, up to rounding


def test_demo_kpi_points_are_daily_series(db: Database) -> None:
    rows = _rows(
        db.path,
        "SELECT s.code, count(*), min(p.period), max(p.period), min(p.value) "
        "FROM kpipoint p JOIN kpiseries s ON s.id = p.series_id "
        "WHERE p.device = 'demo' GROUP BY s.code",
    )
    assert len(rows) == 10
    last = (dt.date(2000, 1, 1) + dt.timedelta(days=9_999)).isoformat()
    assert {row[1:4] for row in rows} == {(10_000, "2000-01-01", last)}
    assert all(row[4] >= 0 for row in rows)


def test_raw_inserted_kpi_points_read_back_through_the_orm(db: Database) -> None:
    # KPI points bypass SQLAlchemy's type processing; the ORM must still read them.
    series_code = "demo.1.3.chat"
    point_id = demo_id("kpi-point", f"{series_code}:42")
    with db.session() as session:
        point = session.get(KpiPoint, point_id)
        assert point is not None
        query = select(KpiPoint).where(KpiPoint.series_id == point.series_id)
        assert len(list(session.exec(query))) == 10_000
    assert point.series_id == demo_id("kpi-series", series_code)
    assert point.period == "2000-02-12"
    assert point.deleted is False and point.stamp == DEMO_STAMP
    assert isinstance(point.value, float) and point.sort_order == 42


# -- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("scale", [0, -1, True, 1.5, "2"])
def test_a_bad_scale_is_refused(scale: Any, tmp_path: Path) -> None:
    database = open_database(tmp_path / "f.sqlite", populate=seed.populate)
    with pytest.raises(ValidationError, match="scale"):
        populate_scaled(database, scale)
    assert _demo_counts(database.path) == {}


def test_a_second_run_is_refused_and_changes_nothing(db: Database) -> None:
    before = _demo_counts(db.path)
    with pytest.raises(ValidationError, match="already holds demo data"):
        populate_scaled(db, 1)
    assert _demo_counts(db.path) == before
