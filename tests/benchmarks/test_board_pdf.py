"""The board PDF of 2,000 measures (the seed's 46 and 1,954 made through the service), A4.

Timed as the window and ``fredapp export board`` make it: the board laid out off screen with
every card, then written page by page (each column of a swimlane running on by itself). Its
floor is writing the same content's text, each card's code, title, status, dimension and level
under the heading, to a plain text file.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from fredapp.core.db import open_database
from fredapp.core.models import Measure
from fredapp.core.operations import Operation
from fredapp.core.service import DataService
from fredapp.ui.context import AppContext

MEASURES = 2000
ROUNDS = 3


@pytest.fixture(scope="module")
def context(
    seed_database: Path, tmp_path_factory: pytest.TempPathFactory, qapp: QApplication
) -> Iterator[AppContext]:
    path = tmp_path_factory.mktemp("board") / "tiltak.sqlite"
    shutil.copy(seed_database, path)
    database = open_database(path, create=False)
    service = DataService(database)
    statuses = ("ikke_startet", "pagar", "fullfort", "stilt_i_bero")
    creates = [
        service.plan_create(
            Measure,
            code=f"M-{n:04d}",
            title=f"Tiltak {n:04d} " + "med en tittel som brytes " * (n % 3),
            dimension=("S", "RA", "KK")[n % 3],
            level=("stab", "kommune")[n % 2],
            status=statuses[n % 4],
        )
        for n in range(MEASURES - 46)
    ]
    service.run(Operation("Mange tiltak", tuple(creates)))
    opened = AppContext(database, service)
    yield opened
    opened.close()


def median_seconds(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    action()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_board_pdf_of_2000_measures(  # type: ignore[no-untyped-def]
    benchmark: Any, record_ratio, context: AppContext, tmp_path: Path
) -> None:
    from fredapp.ui import labels
    from fredapp.ui.board.export import heading_text, write_board
    from fredapp.ui.board.model import MeasureTableModel
    from fredapp.ui.tabs.measures import level_lanes, status_columns

    model = MeasureTableModel(context)
    assert model.rowCount() == MEASURES
    heading = heading_text("", MEASURES, MEASURES)
    path = tmp_path / "tavle.pdf"
    axes = (status_columns(), level_lanes())

    def make() -> int:
        from fredapp.core.calc.measures import MeasureFilter

        return write_board(path, model, axes, MeasureFilter(), heading, "A4")

    pages = benchmark.pedantic(make, rounds=ROUNDS, warmup_rounds=1)
    assert pages > 50 and path.read_bytes().startswith(b"%PDF")
    measures = model.records()
    floor_path = tmp_path / "tavle.txt"

    def floor() -> None:
        lines = [heading]
        lines += [
            "\t".join(
                (
                    m.code,
                    m.title,
                    labels.measure_status(m.status),
                    labels.dimension(m.dimension),
                    labels.measure_level(m.level),
                )
            )
            for m in measures
        ]
        floor_path.write_text("\n".join(lines), encoding="utf-8")

    floor_seconds = median_seconds(floor)
    assert floor_path.read_text(encoding="utf-8").count("\n") == MEASURES
    record_ratio(
        f"board PDF, {MEASURES} measures ({pages} pages)",
        float(benchmark.stats.stats.median),
        "the same text to a file",
        floor_seconds,
    )
