"""One refresh rule: a view hears once per operation or sync, and a large sync reaches all."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest

from fredapp.core.db import open_database
from fredapp.core.models import ChecklistItem, KpiPoint, KpiSeries, Measure, SickLeaveFigure
from fredapp.core.operations import Operation
from fredapp.core.seed import lineage_id
from fredapp.core.service import DataService, _put_setting
from fredapp.core.sync import FileHub, SyncResult, sync
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.refresh import subscribe

TODAY = dt.date(2024, 3, 10)
UNIT = lineage_id("personal")


def counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def months(count: int, first_year: int = 1950) -> list[str]:
    return [f"{first_year + n // 12}-{n % 12 + 1:02d}" for n in range(count)]


def test_twelve_figures_in_one_operation_redraw_the_graph_once(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.sickleave_tab
    tab.set_clock(lambda: TODAY)
    window.tabs.setCurrentWidget(tab)
    tab.choose_unit(UNIT)
    page = tab.figures_page
    plot = page.ensure_plot()
    graph = counted(monkeypatch, page, "refresh_graph")
    drawn = counted(monkeypatch, plot, "set_series")
    reloads = counted(monkeypatch, page.model, "reload")
    service = context.service
    creates = [
        service.plan_create(
            SickLeaveFigure,
            unit_lineage_id=UNIT,
            month=month,
            employees=14,
            total_pct=6.0,
            short_pct=2.0,
            long_pct=4.0,
        )
        for month in months(12, 2023)
    ]
    service.run(Operation("Tolv tall", tuple(creates)))
    assert (len(graph), len(drawn), len(reloads)) == (1, 1, 1)
    assert page.model.rowCount() >= 12


def test_a_later_subscription_hears_an_operation_and_a_sync_of_one_turn_once(
    qtbot, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    owner = QObject()
    heard: list[Operation] = []
    subscribe(context, [Measure], heard.append, owner, later=True)
    service = context.service
    first = service.create(Measure, code="R-1", title="En", dimension="S", level="stab")
    service.create(Measure, code="R-2", title="To", dimension="S", level="stab")
    # A sync landing in the same turn joins the same batch.
    received = SyncResult(received_ids={"measure": [first.record_id.hex]})
    received.received_counts = {"measure": 1}
    assert service.announce_received(received) is not None
    assert heard == []
    qtbot.waitUntil(lambda: len(heard) == 1)
    qtbot.wait(20)
    assert len(heard) == 1 and len(heard[0].changes) == 3
    assert heard[0].changes[0].record_id == first.record_id
    assert not heard[0].received and not heard[0].reload


def _other(tmp_path: Path, context: AppContext) -> DataService:
    """A colleague's database, copied from the window's seed, with its own device id."""
    path = tmp_path / "colleague.sqlite"
    shutil.copyfile(context.database.path, path)
    database = open_database(path)
    with database.session() as session:
        _put_setting(session, "device_id", "colleague01")
        session.commit()
    return DataService(database, author="Bjørn")


def test_a_sync_bringing_5000_records_reaches_every_open_view(
    qtbot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    colleague = _other(tmp_path, context)  # before the window writes: the seed only
    try:
        shared = tmp_path / "share" / "felles.sqlite"
        shared.parent.mkdir()
        # Open views: the board, the checklist and figures of one unit, the KPI series.
        board = window.measures_tab.model
        tab = window.sickleave_tab
        tab.set_clock(lambda: TODAY)
        window.tabs.setCurrentWidget(tab)
        tab.choose_unit(UNIT)
        tab.checklist_page.select_period("2024-03")
        assert tab.checklist_page.create_from_catalogue()
        checklist = tab.checklist_page.model
        checklist_id = checklist.checklist_id
        assert checklist_id is not None
        figures = tab.figures_page.model
        kpi = window.kpi_tab
        kpi.ensure_built()
        series_view = kpi.series
        before = (
            board.rowCount(),
            checklist.rowCount(),
            figures.rowCount(),
            series_view.points_model.rowCount(),
        )
        window.sync.set_shared_file(shared)
        qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=60_000)
        sync(colleague.database.path, FileHub(shared), clock=colleague.clock)  # the checklist

        plan = colleague.plan_create
        creates = [
            plan(Measure, code=f"SYNC-{n}", title=f"Fra Bjørn {n}", dimension="S", level="stab")
            for n in range(2000)
        ]
        creates += [
            plan(ChecklistItem, checklist_id=checklist_id, title=f"Punkt {n}", sort_order=100 + n)
            for n in range(1000)
        ]
        creates += [
            plan(
                SickLeaveFigure,
                unit_lineage_id=UNIT,
                month=month,
                employees=20,
                total_pct=5.0,
                short_pct=2.0,
                long_pct=3.0,
            )
            for month in months(1000)
        ]
        series = plan(KpiSeries, code="SYNC", title="Fra Bjørn")
        series_id = series.record_id
        creates.append(series)
        creates += [
            plan(KpiPoint, series_id=series_id, period=f"{month}-15", value=float(n))
            for n, month in enumerate(months(999, 1850))
        ]
        assert len(creates) == 5000
        colleague.run(Operation("Stor import", tuple(creates)), bulk=True)
        sync(colleague.database.path, FileHub(shared), clock=colleague.clock)

        landed: list[object] = []
        window.sync.synced.connect(landed.append)
        window.sync.sync_action.trigger()
        qtbot.waitUntil(lambda: bool(landed), timeout=60_000)
        qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=60_000)
        assert window.sync.last_result.received >= 5000
        assert board.rowCount() == before[0] + 2000
        assert checklist.rowCount() == before[1] + 1000
        assert figures.rowCount() == before[2] + 1000
        assert series_view.points_model.rowCount() == before[3] + 999
        titles = {board.index(row, 1).data() for row in range(board.rowCount())}
        assert "Fra Bjørn 1999" in titles
        items = {checklist.item(row).title for row in range(checklist.rowCount())}
        assert {"Punkt 0", "Punkt 999"} <= items
        assert uuid.UUID(str(series_view.series_box.currentData())) == series_id
    finally:
        colleague.database.close()
