"""The measure board with 2,000 measures: drawing it, applying a filter, one drag.

The floor is bare Qt doing the same visible work: eight QListViews (four statuses × two levels)
over QSortFilterProxyModels of one QStandardItemModel with 2,000 items and the default
delegate. For the drag, the floor also writes the one row with raw sqlite3, since FredApp's
drag is a database write (stamp, history) as well as a view update.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QGridLayout, QListView, QWidget
from sqlalchemy import insert

from fredapp.core import seed
from fredapp.core.db import open_database
from fredapp.core.models import Dimension, Measure, MeasureLevel, MeasureStatus
from fredapp.ui.app import open_context
from fredapp.ui.board.view import encode_ids
from fredapp.ui.context import AppContext
from fredapp.ui.tabs.measures import MeasuresTab

MEASURES = 2000
ROUNDS = 7
STATUSES = [s.value for s in MeasureStatus]
LEVELS = [level.value for level in MeasureLevel]
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2


@pytest.fixture(scope="module")
def board_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and generated measures, 2,000 in all."""
    path = tmp_path_factory.mktemp("board") / "board.sqlite"
    database = open_database(path, populate=seed.populate)
    rng = random.Random(4)
    dimensions = [d.value for d in Dimension]
    rows = [
        {
            "id": uuid.uuid4(),
            "stamp": seed.SEED_STAMP,
            "device": "bench",
            "deleted": False,
            "code": f"B-{dimensions[n % 7]}{n}",
            "title": f"Generert tiltak nummer {n} om kapasitet og samhandling",
            "dimension": dimensions[n % 7],
            "level": rng.choice(LEVELS),
            "status": rng.choice(STATUSES),
            "owner_unit_id": None,
            "due_date": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(900)),
            "effect": rng.randint(1, 5),
            "effort": rng.randint(1, 5),
            "progress": rng.randrange(0, 100, 10),
            "notes": "",
            "sort_order": 100 + n,
        }
        for n in range(MEASURES - 46)
    ]
    with database.engine.begin() as conn:
        conn.execute(insert(Measure.__table__), rows)  # type: ignore[attr-defined]
    database.close()
    return path


@pytest.fixture
def context(board_database: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = open_context(board_database)
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(2):
        app.processEvents()


def median_of(action: Callable[[], Any], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# -- the bare Qt floor ---------------------------------------------------------------------


class BareBoard(QWidget):
    def __init__(self, records: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.model = QStandardItemModel()
        for code, title, status, level in records:
            item = QStandardItem(f"{code}\n{title}")
            item.setData(status, STATUS_ROLE)
            item.setData(level, LEVEL_ROLE)
            self.model.appendRow(item)
        grid = QGridLayout(self)
        self.proxies: list[QSortFilterProxyModel] = []
        for lane, level in enumerate(LEVELS):
            by_level = QSortFilterProxyModel(self)
            by_level.setSourceModel(self.model)
            by_level.setFilterRole(LEVEL_ROLE)
            by_level.setFilterFixedString(level)
            for column, status in enumerate(STATUSES):
                proxy = QSortFilterProxyModel(self)
                proxy.setSourceModel(by_level)
                proxy.setFilterRole(STATUS_ROLE)
                proxy.setFilterFixedString(status)
                self.proxies.append(proxy)
                view = QListView()
                view.setUniformItemSizes(True)
                view.setModel(proxy)
                grid.addWidget(view, lane, column)
        self.resize(1280, 800)


def bare_records(context: AppContext) -> list[tuple[str, str, str, str]]:
    with context.database.session() as session:
        from sqlmodel import select

        return [
            (m.code, m.title, m.status, m.level)
            for m in session.exec(select(Measure).order_by(Measure.sort_order))
        ]


# -- the benchmarks ------------------------------------------------------------------------


def test_draw_board(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    records = bare_records(context)

    def bare() -> None:
        board = BareBoard(records)
        board.show()
        settle()
        board.grab()
        board.close()
        board.deleteLater()

    def fredapp() -> None:
        tab = MeasuresTab(context)
        tab.resize(1280, 800)
        tab.show()
        settle()
        tab.grab()
        assert tab.board.card_count() == MEASURES
        tab.close()
        tab.deleteLater()

    bare()
    floor = median_of(bare)
    benchmark.pedantic(fredapp, rounds=ROUNDS, warmup_rounds=1)
    record_ratio(
        "board: build and draw 2,000 cards",
        benchmark.stats.stats.median,
        "bare QListViews + proxies",
        floor,
    )


def test_apply_filter(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    records = bare_records(context)
    bare_board = BareBoard(records)
    bare_board.show()
    settle()
    texts = iter(["kapasitet", "", "samhandling 17", ""] * 100)

    def bare() -> None:
        text = next(texts)
        for proxy in bare_board.proxies:
            proxy.setFilterRole(Qt.ItemDataRole.DisplayRole)
            proxy.setFilterFixedString(text)
        settle()

    tab = MeasuresTab(context)
    tab.resize(1280, 800)
    tab.show()
    settle()

    def fredapp() -> None:
        tab.filter_edit.setText(next(texts))
        settle()

    floor = median_of(bare, ROUNDS * 2)
    benchmark.pedantic(fredapp, rounds=ROUNDS * 2)
    record_ratio(
        "board: apply a text filter",
        benchmark.stats.stats.median,
        "bare proxies setFilterFixedString",
        floor,
    )
    tab.filter_edit.setText("samhandling 17")
    assert 0 < tab.board.card_count() < MEASURES
    tab.close()
    bare_board.close()


def test_one_drag(benchmark, record_ratio, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    records = bare_records(context)
    bare_board = BareBoard(records)
    bare_board.show()
    settle()
    raw = sqlite3.connect(str(context.database.path))
    statuses = iter(STATUSES * 100)

    def bare() -> None:
        status = next(statuses)
        item = bare_board.model.item(7)
        item.setData(status, STATUS_ROLE)
        raw.execute("UPDATE measure SET status = ? WHERE code = ?", (status, records[7][0]))
        raw.commit()
        settle()

    tab = MeasuresTab(context)
    tab.resize(1280, 800)
    tab.show()
    settle()
    measure_id = tab.model.record(7).id
    targets = iter([(c, lane) for c in range(4) for lane in range(2)] * 100)

    def fredapp() -> None:
        view = tab.board.views[next(targets)]
        data: QMimeData = encode_ids([measure_id])
        args = (
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        point = QPointF(view.viewport().rect().center())
        QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, *args))
        QApplication.sendEvent(view.viewport(), QDropEvent(point, *args))
        settle()

    floor = median_of(bare, ROUNDS * 2)
    benchmark.pedantic(fredapp, rounds=ROUNDS * 2)
    record_ratio(
        "board: one drag (write + undo + views)",
        benchmark.stats.stats.median,
        "bare setData + sqlite3 UPDATE",
        floor,
    )
    assert context.undo_stack.count() >= ROUNDS
    raw.close()
    tab.close()
    bare_board.close()
