"""The timeline with 2,000 measures: its first paint, a scroll step and a zoom step.

The floor is bare Qt drawing the same number of bars: a QGraphicsView over a QGraphicsScene of
2,000 QGraphicsRectItems (one per measure, at its dates, 2 px a day, one row each), in a view
of the same size. FredApp's first paint includes laying out its rows (grouping, sorting by
date, placing the milestones' titles in lanes); each later paint draws only the rows in view.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
from sqlalchemy import insert

from fredapp.core import seed
from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.db import open_database
from fredapp.core.models import Dimension, Measure, MeasureLevel, MeasureStatus, Milestone
from fredapp.ui.app import open_context
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.board.timeline import TimelineView
from fredapp.ui.context import AppContext

MEASURES = 2000
ROUNDS = 7
SIZE = (1366, 640)
FIRST = dt.date(2023, 1, 1)


@pytest.fixture(scope="module")
def timeline_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and generated measures with start and due dates, 2,000 in all."""
    path = tmp_path_factory.mktemp("timeline") / "timeline.sqlite"
    database = open_database(path, populate=seed.populate)
    rng = random.Random(9)
    dimensions = [d.value for d in Dimension]
    stamp = {"stamp": seed.SEED_STAMP, "device": "bench", "deleted": False}
    rows = []
    for n in range(MEASURES - 46):
        start = FIRST + dt.timedelta(days=rng.randrange(900))
        rows.append(
            {
                **stamp,
                "id": uuid.uuid4(),
                "code": f"B-{dimensions[n % 7]}{n}",
                "title": f"Generert tiltak nummer {n} om kapasitet og samhandling",
                "dimension": dimensions[n % 7],
                "level": rng.choice([level.value for level in MeasureLevel]),
                "status": rng.choice([s.value for s in MeasureStatus]),
                "owner_unit_id": None,
                "start_date": start,
                "due_date": start + dt.timedelta(days=rng.randrange(30, 400)),
                "effect": 3,
                "effort": 3,
                "progress": 0,
                "notes": "",
                "sort_order": 100 + n,
            }
        )
    milestones = [
        {
            **stamp,
            "id": uuid.uuid4(),
            "title": f"Milepæl {n}",
            "date": FIRST + dt.timedelta(days=rng.randrange(1000)),
            "measure_id": rows[n * 20]["id"] if n % 2 else None,
            "notes": "",
            "sort_order": n,
        }
        for n in range(60)
    ]
    with database.engine.begin() as conn:
        conn.execute(insert(Measure.__table__), rows)  # type: ignore[attr-defined]
        conn.execute(insert(Milestone.__table__), milestones)  # type: ignore[attr-defined]
    database.close()
    return path


@pytest.fixture
def context(timeline_database: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = open_context(timeline_database)
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


def median_of(action: Callable[[], Any], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare_view(bars: list[tuple[dt.date, dt.date]]) -> QGraphicsView:
    scene = QGraphicsScene()
    for row, (start, due) in enumerate(bars):
        left = (start - FIRST).days * 2.0
        scene.addRect(QRectF(left, row * 24, (due - start).days * 2.0, 16))
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view._scene = scene  # type: ignore[attr-defined]  # kept alive with the view
    return view


def bars_of(model: MeasureTableModel) -> list[tuple[dt.date, dt.date]]:
    return [
        (m.start_date or m.due_date or FIRST, m.due_date or FIRST)
        for m in model.records()
        if m.start_date or m.due_date
    ]


def timeline(model: MeasureTableModel) -> TimelineView:
    view = TimelineView(model, MeasureFilter())
    view.resize(*SIZE)
    return view


def test_first_paint(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MeasureTableModel(context)
    assert model.rowCount() == MEASURES
    bars = bars_of(model)

    def bare() -> None:
        view = bare_view(bars)
        view.show()
        view.grab()
        view.close()
        view.deleteLater()

    def fredapp() -> None:
        view = timeline(model)
        view.show()
        view.grab()
        assert sum(row.measure is not None for row in view.rows) == MEASURES
        view.close()
        view.deleteLater()

    bare()
    floor = median_of(bare)
    benchmark.pedantic(fredapp, rounds=ROUNDS, warmup_rounds=1)
    record_ratio(
        "timeline: first paint, 2,000 measures",
        benchmark.stats.stats.median,
        "bare QGraphicsView, 2,000 rects",
        floor,
    )


def test_scroll_step(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MeasureTableModel(context)
    bare = bare_view(bars_of(model))
    bare.show()
    view = timeline(model)
    view.show()
    steps = iter([3, -3] * 200)

    def bare_step() -> None:
        bar = bare.verticalScrollBar()
        bar.setValue(bar.value() + next(steps) * bar.singleStep())
        bare.grab()

    def fredapp() -> None:
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + next(steps) * bar.singleStep())
        view.grab()

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    bare.verticalScrollBar().setValue(bare.verticalScrollBar().maximum() // 2)
    floor = median_of(bare_step, ROUNDS * 3)
    benchmark.pedantic(fredapp, rounds=ROUNDS * 3)
    record_ratio(
        "timeline: one scroll step (3 rows)",
        benchmark.stats.stats.median,
        "bare QGraphicsView scroll",
        floor,
    )
    bare.close()
    view.close()


def test_zoom_step(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MeasureTableModel(context)
    bare = bare_view(bars_of(model))
    bare.show()
    view = timeline(model)
    view.show()
    zooms = iter([1, -1] * 200)

    def bare_step() -> None:
        factor = 1.5 if next(zooms) > 0 else 1 / 1.5
        bare.scale(factor, 1.0)
        bare.grab()

    def fredapp() -> None:
        view.zoom_by(next(zooms))
        view.grab()

    floor = median_of(bare_step, ROUNDS * 2)
    benchmark.pedantic(fredapp, rounds=ROUNDS * 2)
    record_ratio(
        "timeline: one zoom step (relayout + paint)",
        benchmark.stats.stats.median,
        "bare QGraphicsView scale",
        floor,
    )
    bare.close()
    view.close()
