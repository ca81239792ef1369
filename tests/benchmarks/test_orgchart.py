"""The organisation chart at 10,000 units: first paint, a zoom step, a pan.

The units are the demo generator's (67 blocks of 150, as in ``test_organisation.py``), in a
scenario made current. The floor, measured in the same run, is a bare QGraphicsView over a
QGraphicsScene (its BSP index) holding one QGraphicsRectItem per unit at the chart's own box
positions, doing the same: build and draw, one zoom step, one pan.

- first paint: read the units, lay them out, fit to the window and draw it (the chart); create
  the 10,000 rectangles, fit and draw (the floor). Fitted, every box is in view: the chart
  draws them as plain rectangles (level of detail), the floor draws every item;
- a zoom step (×1.25) from the fitted view, drawn;
- a pan of 200 pixels at 100 %, where the chart draws boxes with their text.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView
from sqlalchemy import insert, update

from fredapp.core import demo, seed
from fredapp.core.db import open_database
from fredapp.core.models import Scenario, Unit
from fredapp.ui.app import open_context
from fredapp.ui.context import AppContext
from fredapp.ui.orgchart.edits import ChartUnits
from fredapp.ui.orgchart.view import ChartView

BLOCKS = 67  # 67 × 150 = 10,050 units
ROUNDS = 7
SIZE = (1200, 640)  # the chart's part of a 1366×768 window


@pytest.fixture(scope="module")
def chart_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("orgchart") / "org.sqlite"
    database = open_database(path, populate=seed.populate)
    scenario_id = demo.demo_scenario_id()
    units = []
    for block in range(BLOCKS):
        units.extend(demo._unit_row(u, p, o) for u, p, o in demo._units(block))
    stamp = {"stamp": seed.SEED_STAMP, "device": "bench", "deleted": False}
    with database.engine.begin() as conn:
        conn.execute(update(Scenario.__table__).values(is_current=False))  # type: ignore[attr-defined]
        conn.execute(
            insert(Scenario.__table__),  # type: ignore[attr-defined]
            [{**stamp, "id": scenario_id, "name": "Demo", "description": "", "is_current": True,
              "sort_order": 9}],
        )  # fmt: skip
        conn.execute(insert(Unit.__table__), [{**stamp, **row} for row in units])  # type: ignore[attr-defined]
    database.close()
    return path


@pytest.fixture
def context(chart_database: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = open_context(chart_database)
    yield ctx
    ctx.close()


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(2):
        app.processEvents()


def median_of(
    action: Callable[[], Any], rounds: int = ROUNDS, before: Callable[[], Any] = lambda: None
) -> float:
    times = []
    for _ in range(rounds):
        before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def chart(context: AppContext) -> ChartView:
    units = ChartUnits(context)
    units.load(demo.demo_scenario_id())
    view = ChartView(units)
    view.resize(*SIZE)
    view.show()
    view.show_units()
    view.fit()
    view.viewport().grab()
    return view


def bare(boxes: list[tuple[float, float, float, float]]) -> QGraphicsView:
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#6E6E6E")), QBrush(QColor("white"))
    for x, y, w, h in boxes:
        item = QGraphicsRectItem(x, y, w, h)
        item.setPen(pen)
        item.setBrush(brush)
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view.show()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().grab()
    view._scene = scene  # type: ignore[attr-defined]  # kept with its view
    return view


def close(view: QGraphicsView) -> None:
    view.close()
    view.deleteLater()
    settle()


def boxes_of(view: ChartView) -> list[tuple[float, float, float, float]]:
    return [(b.x, b.y, b.width, b.height) for b in view.chart_layout.boxes]


def test_first_paint(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    first = chart(context)
    boxes = boxes_of(first)
    assert len(boxes) == BLOCKS * 150
    close(first)
    shown: list[QGraphicsView] = []
    floor = median_of(lambda: shown.append(bare(boxes)), before=lambda: [close(v) for v in shown])
    [close(v) for v in shown]
    views: list[ChartView] = []

    def fredapp() -> None:
        views.append(chart(context))

    def close_all() -> None:
        for each in views:
            close(each)

    benchmark.pedantic(fredapp, setup=close_all, rounds=ROUNDS)
    print(f"\nlayout of {len(boxes)} boxes: {views[-1].layout_ms:.0f} ms; drawn: "
          f"{views[-1].item.painted} boxes")  # fmt: skip
    record_ratio("orgchart: first paint, 10,050 units", benchmark.stats.stats.median,
                 "bare QGraphicsView, rect items", floor)  # fmt: skip


def _zooms(view: QGraphicsView, zoom: Callable[[], None]) -> Callable[[], None]:
    def step() -> None:
        zoom()
        view.viewport().grab()

    return step


def test_zoom_step(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    view = chart(context)
    floor_view = bare(boxes_of(view))

    def refit_floor() -> None:
        floor_view.fitInView(floor_view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    floor = median_of(_zooms(floor_view, lambda: floor_view.scale(1.25, 1.25)), before=refit_floor)
    benchmark.pedantic(_zooms(view, view.zoom_in), setup=view.fit, rounds=ROUNDS)
    record_ratio("orgchart: zoom step from fitted", benchmark.stats.stats.median,
                 "bare QGraphicsView, rect items", floor)  # fmt: skip
    close(view)
    close(floor_view)


def test_pan(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    view = chart(context)
    floor_view = bare(boxes_of(view))
    for each in (view, floor_view):
        each.resetTransform()
        each.centerOn(QRectF(*boxes_of(view)[len(boxes_of(view)) // 2]).center())
        each.viewport().grab()

    def pan(target: QGraphicsView) -> Callable[[], None]:
        bar = target.horizontalScrollBar()
        steps = iter([200, -200] * 100)

        def step() -> None:
            bar.setValue(bar.value() + next(steps))
            target.viewport().grab()

        return step

    floor = median_of(pan(floor_view))
    benchmark.pedantic(pan(view), rounds=ROUNDS * 2)
    print(f"\npan at 100 %: the chart drew {view.item.painted} boxes with their text")
    record_ratio("orgchart: pan 200 px at 100 %", benchmark.stats.stats.median,
                 "bare QGraphicsView, rect items", floor)  # fmt: skip
    close(view)
    close(floor_view)
