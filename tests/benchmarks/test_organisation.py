"""The Organisasjon tab at 10,000 units: opening it, expanding all, a filter keystroke, a move.

The units are the demo generator's (67 blocks of 150, as ``fredapp demo --scale 67`` makes
them), each with a function description of about 2 KB, in a scenario made current so the tab
opens on it. Floors, measured in the same run:

- opening and expanding: a bare QTreeView over a QStandardItemModel with the same 10,000 rows
  and six columns, filled from raw sqlite3;
- a filter keystroke: a QSortFilterProxyModel with recursive filtering on that bare model
  (FredApp also searches the description texts, which the floor does not);
- a move: the same one-row UPDATE with raw sqlite3 and a commit (FredApp's move is a database
  write with stamp and history, then a view update).

A large scenario is built in steps between events, so opening it is measured twice: the
longest time the window is blocked (the longest gap between two ticks of a zero-interval probe
timer while the tab opens and builds its tree; the bare floor blocks for the whole of its
build), and the time until the tree is complete. Switching the tab from the seed's scenario to
the large one is measured the same way.

Every figure is also checked against the 100 ms a window may block, and the filter keystroke
against its 50 ms goal; the numbers are printed, not asserted.
"""

from __future__ import annotations

import itertools
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView
from sqlalchemy import insert, update

from fredapp.core import demo, seed
from fredapp.core.db import open_database
from fredapp.core.models import Description, DescriptionKind, Scenario, Unit
from fredapp.ui.app import open_context
from fredapp.ui.context import AppContext
from fredapp.ui.tabs.organisation import OrganisationTab

BLOCKS = 67  # 67 × 150 = 10,050 units
ROUNDS = 5
FILTER_WORD = "mottak"  # in about one team name in ten


@pytest.fixture(scope="module")
def org_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("org") / "org.sqlite"
    database = open_database(path, populate=seed.populate)
    scenario_id = demo.demo_scenario_id()
    units = []
    for block in range(BLOCKS):
        units.extend(demo._unit_row(u, p, o) for u, p, o in demo._units(block))
    stamp = {"stamp": seed.SEED_STAMP, "device": "bench", "deleted": False}
    import random

    rng = random.Random(7)
    descriptions = [
        {
            **stamp,
            "id": uuid.uuid4(),
            "kind": DescriptionKind.FUNCTION.value,
            "unit_lineage_id": row["lineage_id"],
            "role_id": None,
            "title": f"Funksjonsbeskrivelse: {row['name']}",
            "body_html": demo._html(rng, row["name"]),
        }
        for row in units
    ]
    with database.engine.begin() as conn:
        conn.execute(update(Scenario.__table__).values(is_current=False))  # type: ignore[attr-defined]
        conn.execute(
            insert(Scenario.__table__),  # type: ignore[attr-defined]
            [
                {
                    **stamp,
                    "id": scenario_id,
                    "name": "Demo",
                    "description": "",
                    "is_current": True,
                    "sort_order": 9,
                }
            ],
        )
        conn.execute(insert(Unit.__table__), [{**stamp, **row} for row in units])  # type: ignore[attr-defined]
        conn.execute(insert(Description.__table__), descriptions)  # type: ignore[attr-defined]
    database.close()
    return path


@pytest.fixture
def context(org_database: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = open_context(org_database)
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


def _median(
    action: Callable[[], object], rounds: int = ROUNDS, setup: Callable[[], object] | None = None
) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def _blocking(start: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
    """Run ``start`` inside the event loop until ``done()``: (longest block, total seconds).

    A zero-interval probe timer ticks on every pass of the event loop; the longest gap between
    two ticks is the longest time the window could not answer (``start`` itself included).
    """
    stamps: list[float] = []
    loop = QEventLoop()
    probe = QTimer()
    probe.setInterval(0)
    finished = False

    def tick() -> None:
        nonlocal finished
        stamps.append(time.perf_counter())
        if finished and done():
            loop.quit()

    def begin() -> None:
        nonlocal finished
        start()
        finished = True

    probe.timeout.connect(tick)
    QTimer.singleShot(0, begin)
    started = time.perf_counter()
    stamps.append(started)
    probe.start()
    loop.exec()
    probe.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(stamps)]
    return max(gaps), stamps[-1] - started


def _loaded(tab: OrganisationTab) -> bool:
    return not tab.model.loading


def _open(context: AppContext) -> OrganisationTab:
    """The tab, shown, with its tree complete."""
    tab = OrganisationTab(context)
    tab.resize(1200, 800)
    tab.show()
    while tab.model.loading:
        QApplication.processEvents()
    QApplication.processEvents()
    return tab


def _delete_now() -> None:
    """Delete what deleteLater marked now, not in the next measured event loop."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _close(tab: OrganisationTab) -> None:
    tab.close()
    tab.deleteLater()
    _delete_now()


def _bare_view(path: Path, model: QSortFilterProxyModel | None = None) -> QTreeView:
    """A bare tree view owning its bare model (and proxy), so Qt frees them together."""
    view = QTreeView()
    view.setUniformRowHeights(True)
    source = _bare_model(path)
    source.setParent(view)
    if model is not None:
        model.setParent(view)
        model.setSourceModel(source)
        view.setModel(model)
    else:
        view.setModel(source)
    view.resize(1200, 800)
    view.show()
    return view


def _bare_model(path: Path) -> QStandardItemModel:
    """The floor's model: the same rows from raw sqlite3 into a QStandardItemModel."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, parent_id, name, level, leader_title, leader_name, headcount FROM unit "
            "WHERE scenario_id = ? AND deleted = 0 ORDER BY sort_order",
            (demo.demo_scenario_id().hex,),
        ).fetchall()
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Name", "Level", "Title", "Leader", "Headcount", "Below"])
    items: dict[str, QStandardItem] = {}
    pending = []
    for unit_id, parent_id, *values in rows:
        row = [QStandardItem(str(value)) for value in values] + [QStandardItem("0")]
        items[unit_id] = row[0]
        pending.append((parent_id, row))
    for parent_id, row in pending:
        parent = items.get(parent_id) if parent_id else None
        (parent or model.invisibleRootItem()).appendRow(row)
    return model


def _report(
    record_ratio,
    name: str,
    seconds: float,
    worst: float,
    floor: str,
    floor_s: float,
    blocking: bool = True,
) -> None:  # type: ignore[no-untyped-def]
    """Record and print a figure; a ``blocking`` one is checked against the 100 ms budget."""
    record_ratio(name, seconds, floor, floor_s)
    budget = f"100 ms budget {'kept' if worst < 0.1 else 'EXCEEDED'}" if blocking else "in steps"
    print(
        f"\n{name}: median {seconds * 1000:.1f} ms, worst {worst * 1000:.1f} ms ({budget}); "
        f"{floor}: {floor_s * 1000:.1f} ms"
    )


def test_open_the_tab(
    benchmark, record_ratio, context: AppContext, org_database: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tabs: list[OrganisationTab] = []

    def open_tab() -> None:
        tab = OrganisationTab(context)
        tab.resize(1200, 800)
        tab.show()
        tabs.append(tab)

    def close_tabs() -> None:
        while tabs:
            tab = tabs.pop()
            tab.close()
            tab.deleteLater()
        _delete_now()

    blocks, totals = [], []
    for _ in range(ROUNDS):
        close_tabs()
        block, total = _blocking(open_tab, lambda: _loaded(tabs[-1]))
        blocks.append(block)
        totals.append(total)
        assert tabs[-1].model.rowCount() == 3 * BLOCKS
        assert len(tabs[-1].model.units) == 150 * BLOCKS
        assert tabs[-1].model.index_of(tabs[-1].model.units[-1].id).isValid()
    close_tabs()

    views: list[QTreeView] = []

    def open_bare() -> None:
        view = _bare_view(org_database)
        view.expandToDepth(0)  # as the tab opens a tree this large
        views.append(view)

    def close_views() -> None:
        while views:
            views.pop().deleteLater()
        _delete_now()

    floor, _ = _median(open_bare, setup=close_views)
    close_views()
    floor_name = "QStandardItemModel from sqlite3"
    _report(
        record_ratio,
        "organisation: open tab, longest block",
        statistics.median(blocks),
        max(blocks),
        floor_name,
        floor,
    )
    _report(
        record_ratio,
        "organisation: open tab until complete",
        statistics.median(totals),
        max(totals),
        floor_name,
        floor,
        blocking=False,
    )
    print(
        f"open tab, 10,050 units: longest block per round "
        f"{', '.join(f'{block * 1000:.0f}' for block in blocks)} ms; complete after "
        f"{', '.join(f'{total * 1000:.0f}' for total in totals)} ms"
    )

    # Switching from the seed's small scenario to the large one, in an open tab.
    tab = _open(context)
    rows = range(tab.scenario_box.count())
    demo_row = next(
        row for row in rows if tab.scenario_box.itemData(row) == demo.demo_scenario_id()
    )
    small_row = next(row for row in rows if row != demo_row)
    switch_blocks, switch_totals, away_blocks = [], [], []
    for _ in range(ROUNDS):
        away, _ = _blocking(  # until the large tree's rows are deleted
            lambda: tab.scenario_box.setCurrentIndex(small_row),
            lambda: tab.model.building.graveyard.rowCount() == 0,
        )
        away_blocks.append(away)
        QApplication.processEvents()
        block, total = _blocking(
            lambda: tab.scenario_box.setCurrentIndex(demo_row), lambda: _loaded(tab)
        )
        switch_blocks.append(block)
        switch_totals.append(total)
        assert len(tab.model.units) == 150 * BLOCKS
    _report(
        record_ratio,
        "organisation: switch scenario, longest block",
        statistics.median(switch_blocks),
        max(switch_blocks),
        floor_name,
        floor,
    )
    print(
        f"switch scenario until complete: median {statistics.median(switch_totals) * 1000:.0f} ms"
        f"; longest block per round {', '.join(f'{block * 1000:.0f}' for block in switch_blocks)}"
        f"; switching away {', '.join(f'{block * 1000:.0f}' for block in away_blocks)} ms"
    )
    _report(
        record_ratio,
        "organisation: switch away from it, block",
        statistics.median(away_blocks),
        max(away_blocks),
        floor_name,
        floor,
    )
    _close(tab)
    benchmark.pedantic(
        lambda: _blocking(open_tab, lambda: _loaded(tabs[-1])), rounds=1, iterations=1
    )
    close_tabs()


def test_expand_all(benchmark, record_ratio, context: AppContext, org_database: Path) -> None:  # type: ignore[no-untyped-def]
    tab = _open(context)
    seconds, worst = _median(tab.tree.expandAll, setup=tab.tree.collapseAll)
    view = _bare_view(org_database)
    floor, _ = _median(view.expandAll, setup=view.collapseAll)
    view.deleteLater()
    _report(
        record_ratio, "organisation: expand all", seconds, worst, "bare QTreeView expandAll", floor
    )
    benchmark.pedantic(tab.tree.expandAll, setup=tab.tree.collapseAll, rounds=1, iterations=1)
    _close(tab)


def test_filter_keystroke(benchmark, record_ratio, context: AppContext, org_database: Path) -> None:  # type: ignore[no-untyped-def]
    tab = _open(context)
    # The description texts are read in small steps while the window is idle.
    started = time.perf_counter()
    steps, worst_step = 0, 0.0
    while tab.model.search.description_text is None:
        step = time.perf_counter()
        QApplication.processEvents()
        worst_step = max(worst_step, time.perf_counter() - step)
        steps += 1
    print(
        f"\ndescriptions read while idle: {(time.perf_counter() - started) * 1000:.0f} ms "
        f"in {steps} steps, longest step {worst_step * 1000:.1f} ms"
    )
    started = time.perf_counter()
    tab.filter_edit.setText(FILTER_WORD[0])
    QApplication.processEvents()
    first = time.perf_counter() - started
    print(f"first keystroke ('m', shows nearly every unit): {first * 1000:.1f} ms")

    def keystroke() -> None:
        tab.filter_edit.setText(FILTER_WORD)

    def reset() -> None:
        tab.filter_edit.setText(FILTER_WORD[:-1])
        QApplication.processEvents()

    seconds, worst = _median(keystroke, setup=reset)
    shown = tab.proxy.rowCount()
    assert 0 < shown <= 3 * BLOCKS
    matches = sum(1 for unit in tab.model.units if FILTER_WORD in unit.name.casefold())
    assert matches > 0

    proxy = QSortFilterProxyModel()
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    view = _bare_view(org_database, proxy)

    def bare_keystroke() -> None:
        proxy.setFilterFixedString(FILTER_WORD)
        view.expandAll()

    floor, _ = _median(
        bare_keystroke,
        setup=lambda: (proxy.setFilterFixedString(FILTER_WORD[:-1]), QApplication.processEvents()),
    )
    _report(
        record_ratio,
        "organisation: filter keystroke",
        seconds,
        worst,
        "QSortFilterProxyModel recursive",
        floor,
    )
    print(f"filter keystroke goal 50 ms: {'met' if seconds < 0.05 else 'MISSED'}")
    benchmark.pedantic(keystroke, setup=reset, rounds=1, iterations=1)
    view.deleteLater()
    _close(tab)


def test_move_a_unit(benchmark, record_ratio, context: AppContext, org_database: Path) -> None:  # type: ignore[no-untyped-def]
    tab = _open(context)
    tab.tree.expandAll()
    # The descriptions' words are read in idle steps after opening; the move is timed
    # once they are, so it is the move that is measured, not the reading beside it.
    while tab.model.search.reading:
        QApplication.processEvents()
    QApplication.processEvents()
    units = tab.model.units
    virksomheter = [unit for unit in units if unit.level == "virksomhet"]
    stabs = [unit for unit in units if unit.level == "stab"]
    moving = virksomheter[5]
    targets = iter(stabs[10:])

    def move() -> None:
        assert tab.model.move_units([moving.id], next(targets).id)

    seconds, worst = _median(move)
    assert tab.model.unit(moving.id).parent_id == stabs[10 + ROUNDS - 1].id  # type: ignore[union-attr]
    undo_seconds, undo_worst = _median(context.undo_stack.undo)

    conn = sqlite3.connect(org_database)
    conn.execute("PRAGMA synchronous = NORMAL")  # FredApp's own setting (fredapp/core/db.py)
    stab_ids = [stab.id.hex for stab in stabs[40:]]

    targets_raw = iter(stab_ids)

    def raw_move(target: Iterator[str] = targets_raw) -> None:
        conn.execute(
            "UPDATE unit SET parent_id = ?, stamp = ? WHERE id = ?",
            (next(target), "x", moving.id.hex),
        )
        conn.commit()

    floor, _ = _median(raw_move)
    conn.close()
    _report(
        record_ratio,
        "organisation: move a unit (with undo entry)",
        seconds,
        worst,
        "raw sqlite3 UPDATE + commit",
        floor,
    )
    _report(
        record_ratio,
        "organisation: undo a move",
        undo_seconds,
        undo_worst,
        "raw sqlite3 UPDATE + commit",
        floor,
    )
    benchmark.pedantic(move, rounds=1, iterations=1)
    _close(tab)
