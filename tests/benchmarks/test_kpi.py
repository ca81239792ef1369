"""A KPI series of 1,000,000 points: load, show, pan — against the floor in the same run.

- load: FredApp's raw query into numpy (:func:`fredapp.core.calc.kpiseries.load_series`)
  against plain ``sqlite3`` fetching the same rows (what reading them costs at all);
- setData and the first full render: the Nøkkeltall tab's time-series view (date axis in
  bokmål, peak downsampling, clip to view, the table and summary beside it) against a bare
  pyqtgraph ``PlotWidget`` given the same numpy arrays — once with the same two speed settings,
  once with pyqtgraph's defaults;
- a pan: the visible fifth of the series moved by 5 %, then rendered, against the same on bare
  pyqtgraph with the same settings.

A render is ``QWidget.grab()``, which paints the whole widget into a picture. The floor's rounds
of the render and the pan alternate with FredApp's (timed in the benchmark's untimed setup), so
the load other programs put on the machine falls on both alike.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest

from fredapp.core.calc.kpiseries import load_series
from fredapp.ui.app import open_context
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.series_view import SeriesView

POINTS = 1_000_000
ROUNDS = 15  # renders take milliseconds on a busy machine: many rounds, the median
LOAD_ROUNDS = 5
SERIES_ID = uuid.UUID("00000000-0000-4000-8000-00000000b001")
SIZE = (1000, 600)


@pytest.fixture(scope="module")
def million_database(seed_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed database plus one series of a million daily points, written by raw sqlite3."""
    path = tmp_path_factory.mktemp("kpi") / "million.sqlite"
    shutil.copyfile(seed_database, path)
    connection = sqlite3.connect(path)
    connection.execute(
        'INSERT INTO kpiseries (id, stamp, device, deleted, code, title, unit, "group", '
        "source_note) VALUES (?, '0', 'bench', 0, 'bench.million', 'En million dager', 'stk', "
        "'bench', '')",
        (SERIES_ID.hex,),
    )
    start = dt.date(1000, 1, 1).toordinal()
    values = np.cumsum(np.random.default_rng(8).normal(size=POINTS)) + 500.0
    rows = (
        (
            uuid.UUID(int=(1 << 100) + i).hex,
            SERIES_ID.hex,
            dt.date.fromordinal(start + i).isoformat(),
            float(values[i]),
            i,
        )
        for i in range(POINTS)
    )
    connection.executemany(
        "INSERT INTO kpipoint (id, stamp, device, deleted, series_id, period, category, value, "
        "sort_order) VALUES (?, '0', 'bench', 0, ?, ?, '', ?, ?)",
        rows,
    )
    connection.commit()
    connection.close()
    return path


@pytest.fixture(scope="module")
def context(million_database: Path, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = open_context(million_database)
    yield ctx
    ctx.close()


def median_seconds(
    action: Callable[[], object],
    setup: Callable[[], object] | None = None,
    rounds: int = ROUNDS,
) -> float:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def fredapp_median(benchmark) -> float:  # type: ignore[no-untyped-def]
    return float(benchmark.stats.stats.median)


def bare_plot(fast: bool) -> tuple[pg.PlotWidget, pg.PlotDataItem]:
    plot = pg.PlotWidget(background="w")
    if fast:
        plot.getPlotItem().setDownsampling(auto=True, mode="peak")
        plot.getPlotItem().setClipToView(True)
    curve = plot.plot(pen="b")
    plot.resize(*SIZE)
    plot.show()
    return plot, curve


def test_load_a_million_points(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    times, values = benchmark.pedantic(
        load_series, args=(context.database, SERIES_ID), rounds=LOAD_ROUNDS, warmup_rounds=1
    )
    assert times.size == POINTS and np.all(np.diff(times) > 0) and values[0] == values[0]

    def raw() -> list[tuple[str, float]]:
        connection = sqlite3.connect(context.database.path)
        rows = connection.execute(
            "SELECT period, value FROM kpipoint WHERE series_id = ? AND deleted = 0",
            (SERIES_ID.hex,),
        ).fetchall()
        connection.close()
        return rows

    assert len(raw()) == POINTS
    record_ratio(
        "KPI 1M: load into numpy",
        fredapp_median(benchmark),
        "raw sqlite3 fetchall",
        median_seconds(raw, rounds=LOAD_ROUNDS),
    )


class Interleaved:
    """Times a floor action inside the benchmark's untimed setup, so FredApp's rounds and the
    floor's alternate and a busy machine slows both alike."""

    def __init__(self, action: Callable[[], object], reset: Callable[[], object]) -> None:
        self.action = action
        self.reset = reset
        self.times: list[float] = []

    def setup(self, then: Callable[[], object] | None = None) -> None:
        self.reset()
        started = time.perf_counter()
        self.action()
        self.times.append(time.perf_counter() - started)
        if then is not None:
            then()

    @property
    def median(self) -> float:
        return statistics.median(self.times[1:])  # the first is the warm-up


def test_set_data_and_first_render(  # type: ignore[no-untyped-def]
    benchmark, record_ratio, context: AppContext, qapp
) -> None:
    times, values = load_series(context.database, SERIES_ID)
    view = SeriesView(context)
    view.resize(1400, 700)
    view.show()
    view.plot.resize(*SIZE)
    qapp.processEvents()
    empty = np.empty(0)

    def fredapp_show() -> None:
        view.show_arrays(times, values)
        view.plot.grab()

    plot, curve = bare_plot(True)

    def bare_show() -> None:
        curve.setData(times, values)
        plot.grab()

    floor = Interleaved(bare_show, lambda: curve.setData(empty, empty))
    # Between rounds the view shows another, short series, as when a person picks another
    # one: an empty series would put «Ingen data» up and take it down again each round.
    benchmark.pedantic(
        fredapp_show,
        setup=lambda: floor.setup(then=lambda: view.show_arrays(times[:1000], values[:1000])),
        rounds=ROUNDS,
        warmup_rounds=1,
    )
    assert view.points_model.rowCount() == POINTS
    x, _y = view.curve.getData()  # what is drawn: downsampled to the width of the plot
    assert 0 < x.size < 20_000
    plot.close()

    plain, plain_curve = bare_plot(False)

    def plain_show() -> None:
        plain_curve.setData(times, values)
        plain.grab()

    plain_show()  # warm up, as the benchmark does
    plain_floor = median_seconds(plain_show, setup=lambda: plain_curve.setData(empty, empty))
    plain.close()
    record_ratio(
        "KPI 1M: setData + first render",
        fredapp_median(benchmark),
        "bare pyqtgraph, same settings",
        floor.median,
    )
    record_ratio(
        "KPI 1M: setData + first render",
        fredapp_median(benchmark),
        "bare pyqtgraph, defaults",
        plain_floor,
    )
    view.close()


def test_pan(benchmark, record_ratio, context: AppContext, qapp) -> None:  # type: ignore[no-untyped-def]
    times, values = load_series(context.database, SERIES_ID)
    span = times[-1] - times[0]
    start = times[0] + 0.4 * span
    view = SeriesView(context)
    view.show()
    view.plot.resize(*SIZE)
    view.show_arrays(times, values)
    plot, curve = bare_plot(True)
    curve.setData(times, values)

    def panner(widget: pg.PlotWidget) -> Callable[[], None]:
        state = {"left": start}

        def pan() -> None:
            state["left"] += 0.05 * 0.2 * span
            widget.setXRange(state["left"], state["left"] + 0.2 * span, padding=0)
            widget.grab()

        widget.setXRange(start, start + 0.2 * span, padding=0)
        widget.grab()
        return pan

    floor = Interleaved(panner(plot), lambda: None)
    benchmark.pedantic(panner(view.plot), setup=floor.setup, rounds=ROUNDS, warmup_rounds=1)
    record_ratio(
        "KPI 1M: pan 5 % and render",
        fredapp_median(benchmark),
        "bare pyqtgraph, same settings",
        floor.median,
    )
    plot.close()
    view.close()
