"""The organisation tree and its tab follow one batch per operation or per sync."""

from __future__ import annotations

from typing import Any

import pytest
from ui_helpers import unit_id, with_eight_below

from fredapp.core.models import Unit
from fredapp.core.operations import Operation
from fredapp.core.service import DataService
from fredapp.core.sync.engine import SyncResult
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sync.controller import _VIEW_CHANGES_LIMIT
from fredapp.ui.tabs.organisation import OrganisationTab


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


def counted(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """Count the calls of ``owner.name`` (still calling it), with their first argument."""
    calls: list[Any] = []
    original = getattr(owner, name)

    def counting(*args: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(*args)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_deleting_a_unit_with_eight_below_is_one_batch(
    monkeypatch: pytest.MonkeyPatch, tab: OrganisationTab
) -> None:
    model = tab.model
    root, below = with_eight_below(tab)
    batches = counted(monkeypatch, model, "apply_batch")
    reloads = counted(monkeypatch, model, "reload")
    figures = counted(monkeypatch, tab, "_update_stats")
    assert model.delete_unit(root)
    assert len(batches) == 1
    assert len(batches[0].of(Unit)) == 9  # the unit and the eight below it
    assert not reloads  # followed record by record, no rebuild
    assert len(figures) == 1  # the leader figures once, not once per unit
    assert all(model.unit(unit) is None for unit in [root, *below])
    assert not model.index_of(root).isValid()


def test_a_large_sync_rebuilds_the_tree_once(
    monkeypatch: pytest.MonkeyPatch, tab: OrganisationTab, context: AppContext
) -> None:
    model = tab.model
    parent = model.unit(unit_id(tab, "Byarkivet"))
    assert parent is not None
    # A colleague's laptop adds more units than a sync names to the views.
    other = DataService(context.database, author="Ola Kollega")
    other.device = "ola-laptop"
    count = _VIEW_CHANGES_LIMIT + 20
    changes = [
        other.plan_create(
            Unit,
            scenario_id=model.scenario_id,
            parent_id=parent.id,
            name=f"Fra Ola {n}",
            level=parent.level,
            leader_title="",
            sort_order=1000 + n,
        )
        for n in range(count)
    ]
    other.run(Operation("", tuple(changes)))
    batches = counted(monkeypatch, model, "apply_batch")
    reloads = counted(monkeypatch, model, "reload")
    figures = counted(monkeypatch, tab, "_update_stats")
    ids = [change.record_id.hex for change in changes]
    table = str(Unit.__tablename__)
    context.service.announce_received(
        SyncResult(received_ids={table: ids}, received_counts={table: count}),
        "Sync",
        named_limit=_VIEW_CHANGES_LIMIT,
    )
    assert len(batches) == 1 and batches[0].reloads(Unit)
    assert len(reloads) == 1  # one rebuild, not one change after another
    assert len(figures) == 1
    model.finish_loading()
    assert sum(unit.name.startswith("Fra Ola") for unit in model.units) == count
    assert model.index_of(changes[-1].record_id).isValid()
