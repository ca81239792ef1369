"""What a sync received is announced through the core, once, like a local operation."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import Client, make_template

from fredapp.core.models import KpiPoint, KpiSeries, Measure
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.core.sync import FileHub, sync
from fredapp.core.sync.merge import RECEIVED_IDS_LIMIT


def _pair(tmp_path: Path) -> tuple[Client, Client, Path]:
    template = make_template(tmp_path)
    (tmp_path / "share").mkdir()
    anne = Client(tmp_path / "a.sqlite", template, "Anne")
    bjorn = Client(tmp_path / "b.sqlite", template, "Bjørn")
    return anne, bjorn, tmp_path / "share" / "fredapp.sqlite"


def test_a_sync_is_announced_once_with_every_record_it_names(tmp_path: Path) -> None:
    anne, bjorn, shared = _pair(tmp_path)
    try:
        creates = [
            anne.service.plan_create(
                Measure, code=f"M-{n}", title=f"Tiltak {n}", dimension="S", level="stab"
            )
            for n in range(3)
        ]
        anne.service.run(Operation("Nye", tuple(creates)))
        sync(anne.path, FileHub(shared), clock=anne.service.clock)
        result = sync(bjorn.path, FileHub(shared), clock=bjorn.service.clock)
        operations: list[Operation] = []
        per_change: list[Change] = []
        bursts: list[bool] = []
        bjorn.service.operation_listeners.append(operations.append)
        bjorn.service.listeners.append(per_change.append)
        bjorn.service.burst_listeners.append(bursts.append)
        announced = bjorn.service.announce_received(result, "Sync")
        assert operations == [announced]
        assert announced is not None and announced.received and announced.label == "Sync"
        assert announced.reload == frozenset()
        assert announced.touches("measure") and not announced.touches("unit")
        assert {c.record_id for c in announced.changes} >= {c.record_id for c in creates}
        assert {c.after["title"] for c in announced.changes if c.model is Measure} >= {
            "Tiltak 0",
            "Tiltak 1",
            "Tiltak 2",
        }
        assert len(per_change) == len(announced.changes)
        assert bursts == [True, False]
    finally:
        anne.close()
        bjorn.close()


def test_a_sync_beyond_the_listed_ids_asks_for_a_reload(tmp_path: Path) -> None:
    anne, bjorn, shared = _pair(tmp_path)
    try:
        series = anne.service.create(KpiSeries, code="K-1", title="Mange")
        points = [
            anne.service.plan_create(
                KpiPoint, series_id=series.record_id, period=f"P{n}", value=float(n)
            )
            for n in range(RECEIVED_IDS_LIMIT + 200)
        ]
        anne.service.run(Operation("Import", tuple(points)), bulk=True)
        sync(anne.path, FileHub(shared), clock=anne.service.clock)
        result = sync(bjorn.path, FileHub(shared), clock=bjorn.service.clock)
        assert result.received_counts["kpipoint"] == len(points)
        operations: list[Operation] = []
        bjorn.service.operation_listeners.append(operations.append)
        announced = bjorn.service.announce_received(result)
        assert operations == [announced]
        assert announced is not None
        assert announced.reloads("kpipoint") and announced.touches("kpipoint")
        assert len(announced.changes) <= RECEIVED_IDS_LIMIT
        # Above a view's limit: one record per table named, every table reloads.
        few = bjorn.service.announce_received(result, named_limit=300)
        assert few is not None and few.reloads("kpipoint", "kpiseries")
        assert len([c for c in few.changes if c.model is KpiPoint]) == 1
    finally:
        anne.close()
        bjorn.close()


def test_a_sync_that_brought_nothing_is_not_announced(tmp_path: Path) -> None:
    anne, bjorn, shared = _pair(tmp_path)
    try:
        sync(anne.path, FileHub(shared), clock=anne.service.clock)
        result = sync(anne.path, FileHub(shared), clock=anne.service.clock)
        heard: list[Operation] = []
        anne.service.operation_listeners.append(heard.append)
        assert anne.service.announce_received(result) is None
        assert heard == []
    finally:
        anne.close()
        bjorn.close()
