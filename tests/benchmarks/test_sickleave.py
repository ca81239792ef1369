"""Sick-leave toolkit at size: 50,000 checklist items, 10,000 units × 36 months of figures.

``fredapp demo`` puts its units in a scenario that is not the current one and gives 12 months
of figures to 100 units per block, so this benchmark builds its own shape in the seed database
with SQLAlchemy Core bulk inserts: one "Kommune" unit in the current scenario with 100
virksomheter × 9 avdelinger × 10 teams under it (10,000 units), 36 months of figures for each
(every tenth unit a small group), and 2,500 checklists of 20 items.

Measured, each against a floor in the same run:
- opening a unit's checklist (find it, load its items into the Qt model) against raw sqlite3
  fetching the same rows into a bare QStandardItemModel;
- toggling an item done (service write with history, undo stack, the row refreshed) against a
  raw sqlite3 UPDATE and commit of that row;
- drawing a unit's trend (read, TrendPlot.set_series, render) against bare pyqtgraph drawing
  the same three arrays;
- the roll-up for a virksomhet (100 units) and for the whole Kommune (10,000 units) against
  raw sqlite3 summing the same rows, given the units' ids.

The floors' SQL carries the same planner hints as FredApp's (``likely(deleted IS 0)``): without
them SQLite walks the index on ``deleted``, i.e. the whole table, and the floor would be slow.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import insert
from sqlmodel import col, select

from fredapp.core import seed
from fredapp.core.calc.sickleave import rollup_points, subtree_lineages, trend_points
from fredapp.core.db import open_database
from fredapp.core.models import (
    Checklist,
    ChecklistItem,
    Scenario,
    SickLeaveFigure,
    SickLeaveTarget,
    Unit,
)

VIRKSOMHETER, AVDELINGER, TEAMS = 100, 9, 10
MONTHS = [f"{2022 + m // 12}-{m % 12 + 1:02d}" for m in range(36)]
CHECKLISTS, ITEMS = 2_500, 20
ROUNDS = 15
STAMP = f"{0:013d}.{0:06d}.bench"


def _floor(function: Callable[[], Any], rounds: int = ROUNDS) -> float:
    function()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _row(**values: Any) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "stamp": STAMP, "device": "bench", "deleted": False, **values}


def _units(scenario: uuid.UUID) -> Iterator[dict[str, Any]]:
    root = _row(
        scenario_id=scenario,
        parent_id=None,
        lineage_id=uuid.uuid4(),
        name="Kommune",
        level="stab",
        headcount=2,
        sort_order=99,
    )
    yield root
    for v in range(VIRKSOMHETER):
        virksomhet = _row(
            scenario_id=scenario,
            parent_id=root["id"],
            lineage_id=uuid.uuid4(),
            name=f"Virksomhet {v}",
            level="virksomhet",
            headcount=4,
            sort_order=v,
        )
        yield virksomhet
        for a in range(AVDELINGER):
            avdeling = _row(
                scenario_id=scenario,
                parent_id=virksomhet["id"],
                lineage_id=uuid.uuid4(),
                name=f"Avdeling {v}.{a}",
                level="avdeling",
                headcount=6,
                sort_order=a,
            )
            yield avdeling
            for t in range(TEAMS):
                yield _row(
                    scenario_id=scenario,
                    parent_id=avdeling["id"],
                    lineage_id=uuid.uuid4(),
                    name=f"Team {v}.{a}.{t}",
                    level="team",
                    headcount=12,
                    sort_order=t,
                )


def _figures(units: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    rng = random.Random(5)
    for n, unit in enumerate(units):
        employees = rng.randint(2, 4) if n % 10 == 9 else rng.randint(5, 60)
        for month in MONTHS:
            short = round(rng.uniform(1, 3), 1)
            long = round(rng.uniform(2, 7), 1)
            yield _row(
                unit_lineage_id=unit["lineage_id"],
                month=month,
                employees=employees,
                total_pct=round(short + long, 1),
                short_pct=short,
                long_pct=long,
            )


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("sickleave") / "big.sqlite"
    database = open_database(path, populate=seed.populate)
    with database.session() as session:
        scenario = session.exec(select(Scenario.id).where(col(Scenario.is_current))).one()
    units = list(_units(scenario))
    with database.engine.begin() as conn:
        conn.execute(insert(Unit.__table__), units)  # type: ignore[attr-defined]
        batch: list[dict[str, Any]] = []
        for row in _figures(units[1:]):
            batch.append(row)
            if len(batch) == 20_000:
                conn.execute(insert(SickLeaveFigure.__table__), batch)  # type: ignore[attr-defined]
                batch = []
        if batch:
            conn.execute(insert(SickLeaveFigure.__table__), batch)  # type: ignore[attr-defined]
        conn.execute(
            insert(SickLeaveTarget.__table__),  # type: ignore[attr-defined]
            [_row(unit_lineage_id=u["lineage_id"], target_pct=6.0) for u in units[1:101]],
        )
        checklists = [
            _row(unit_lineage_id=units[1 + n]["lineage_id"], period="2024-03")
            for n in range(CHECKLISTS)
        ]
        conn.execute(insert(Checklist.__table__), checklists)  # type: ignore[attr-defined]
        items = [
            _row(
                checklist_id=c["id"],
                toolkit_item_id=None,
                title=f"Punkt {i}",
                status="ikke_startet",
                responsible="",
                due_date=dt.date(2024, 3, 31),
                done_date=None,
                note="",
                sort_order=i,
            )
            for c in checklists
            for i in range(ITEMS)
        ]
        for start in range(0, len(items), 20_000):
            conn.execute(insert(ChecklistItem.__table__), items[start : start + 20_000])  # type: ignore[attr-defined]
    database.close()
    return {"path": path, "units": units}


@pytest.fixture
def context(big: dict[str, Any], qapp):  # type: ignore[no-untyped-def]
    from fredapp.ui.app import open_context

    ctx = open_context(big["path"])
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


def test_the_shape(big: dict[str, Any], context) -> None:  # type: ignore[no-untyped-def]
    with context.database.session() as session:
        assert len(subtree_lineages(session, big["units"][0]["lineage_id"])) == 10_001
        assert session.exec(select(ChecklistItem.id)).all().__len__() >= 50_000
        assert len(session.exec(select(SickLeaveFigure.id)).all()) >= 360_000


def test_open_a_units_checklist(benchmark, record_ratio, big, context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from fredapp.ui.sickleave.checklist_page import ChecklistPage

    page = ChecklistPage(context, today=lambda: dt.date(2024, 3, 10))
    unit = big["units"][1234]
    page.set_unit(unit["lineage_id"], unit["name"])

    def open_checklist() -> None:
        page.model.set_checklist(None)
        page.select_period("2024-03")
        page.load_checklist()
        assert page.model.rowCount() == ITEMS

    benchmark.pedantic(open_checklist, rounds=ROUNDS, warmup_rounds=1)
    connection = sqlite3.connect(big["path"])
    lineage = unit["lineage_id"].hex

    def bare() -> None:
        (checklist,) = connection.execute(
            "SELECT id FROM checklist WHERE unit_lineage_id = ? AND likely(period = ?) "
            "AND likely(deleted IS 0)",
            (lineage, "2024-03"),
        ).fetchone()
        rows = connection.execute(
            "SELECT title, status, responsible, due_date, done_date, note FROM checklistitem "
            "WHERE checklist_id = ? AND likely(deleted IS 0) ORDER BY sort_order",
            (checklist,),
        ).fetchall()
        model = QStandardItemModel(len(rows), 6)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        assert model.rowCount() == ITEMS

    floor = _floor(bare)
    connection.close()
    record_ratio(
        "open a unit's checklist",
        benchmark.stats.stats.median,
        "sqlite3 + QStandardItemModel",
        floor,
    )
    page.deleteLater()


def test_toggle_an_item(benchmark, record_ratio, big, context) -> None:  # type: ignore[no-untyped-def]
    from fredapp.ui.sickleave.checklist_page import ChecklistPage

    page = ChecklistPage(context, today=lambda: dt.date(2024, 3, 10))
    unit = big["units"][2000]
    page.set_unit(unit["lineage_id"], unit["name"])
    page.select_period("2024-03")
    assert page.model.rowCount() == ITEMS
    benchmark.pedantic(lambda: page.model.toggle_done(3), rounds=ROUNDS * 2, warmup_rounds=1)
    connection = sqlite3.connect(big["path"])
    item_id = page.model.item(4).id.hex
    state = {"done": False}

    def bare() -> None:
        state["done"] = not state["done"]
        connection.execute(
            "UPDATE checklistitem SET status = ?, done_date = ? WHERE id = ?",
            (
                "ferdig" if state["done"] else "ikke_startet",
                "2024-03-10" if state["done"] else None,
                item_id,
            ),
        )
        connection.commit()

    floor = _floor(bare, ROUNDS * 2)
    connection.close()
    record_ratio(
        "toggle a checklist item (undoable)",
        benchmark.stats.stats.median,
        "sqlite3 UPDATE + commit",
        floor,
    )
    page.deleteLater()


def test_draw_the_trend(benchmark, record_ratio, big, context) -> None:  # type: ignore[no-untyped-def]
    import numpy as np
    import pyqtgraph as pg

    from fredapp.core.calc.sickleave import target_for
    from fredapp.ui.widgets.trend_plot import TrendPlot

    unit = big["units"][51]["lineage_id"]  # not a small group
    plot = TrendPlot()
    plot.resize(800, 500)
    plot.show()

    def draw() -> None:
        plot.set_series(trend_points(context.database, unit), target_for(context.database, unit))
        plot.grab()

    benchmark.pedantic(draw, rounds=ROUNDS, warmup_rounds=1)
    points = trend_points(context.database, unit)
    x = np.arange(len(points), dtype=float)
    arrays = [
        np.array([getattr(p, f) or np.nan for p in points])
        for f in ("total_pct", "short_pct", "long_pct")
    ]
    bare_plot = pg.PlotWidget()
    bare_plot.resize(800, 500)
    bare_plot.show()
    curves = [bare_plot.plot() for _ in arrays]

    def bare() -> None:
        for curve, y in zip(curves, arrays, strict=True):
            curve.setData(x, y)
        bare_plot.grab()

    floor = _floor(bare)
    median = benchmark.stats.stats.median
    record_ratio("draw a unit's trend (36 months)", median, "bare pyqtgraph, same arrays", floor)
    # The same picture drawn with pyqtgraph alone: white, symbols, legend, a target line.
    same = pg.PlotWidget(background="w")
    same.resize(800, 500)
    same.show()
    same.addLegend()
    same_curves = [same.plot(symbol="o", symbolSize=5, name=f"s{i}") for i in range(3)]
    same.addItem(pg.InfiniteLine(6.0, angle=0, label="target"))

    def same_picture() -> None:
        for curve, y in zip(same_curves, arrays, strict=True):
            curve.setData(x, y, connect="finite")
        same.grab()

    record_ratio(
        "draw a unit's trend (36 months)", median, "pyqtgraph, same picture", _floor(same_picture)
    )
    same.deleteLater()
    plot.deleteLater()
    bare_plot.deleteLater()


@pytest.mark.parametrize("scope", ["virksomhet", "kommune"])
def test_roll_up(benchmark, record_ratio, big, context, scope: str) -> None:  # type: ignore[no-untyped-def]
    unit = big["units"][1] if scope == "virksomhet" else big["units"][0]
    lineage = unit["lineage_id"]
    with context.database.session() as session:
        lineages = [x.hex for x in subtree_lineages(session, lineage)]
    expected_units = 100 if scope == "virksomhet" else 10_000
    assert len(lineages) == (100 if scope == "virksomhet" else 10_001)  # the Kommune itself
    result = benchmark.pedantic(
        lambda: rollup_points(context.database, lineage), rounds=ROUNDS, warmup_rounds=1
    )
    assert len(result) == 36 and result[0].units_hidden > 0
    connection = sqlite3.connect(big["path"])

    def bare() -> None:
        out: dict[tuple[str, int], list[float]] = {}
        for start in range(0, len(lineages), 900):
            chunk = lineages[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for month, small, count, employees, total, short, long in connection.execute(
                "SELECT month, employees < 5 AS small, COUNT(*), SUM(employees), "
                "SUM(employees * total_pct), SUM(employees * short_pct), "
                "SUM(employees * long_pct) FROM sickleavefigure "
                f"WHERE unit_lineage_id IN ({marks}) AND likely(deleted IS 0) "
                "GROUP BY month, small",
                chunk,
            ):
                acc = out.setdefault((month, small), [0, 0, 0.0, 0.0, 0.0])
                for i, value in enumerate((count, employees, total, short, long)):
                    acc[i] += value
        assert len(out) == 72

    floor = _floor(bare)
    connection.close()
    record_ratio(
        f"roll-up, {scope} ({expected_units} units)",
        benchmark.stats.stats.median,
        "sqlite3 SUM of the same rows",
        floor,
    )
