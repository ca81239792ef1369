"""A leader's own checklist task and a checklist deleted by mistake: planned, undone, synced."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sync_helpers import Client, make_template, row

from fredapp.core import queries
from fredapp.core.checklists import plan_add_item, plan_delete_checklist
from fredapp.core.errors import ValidationError
from fredapp.core.models import Checklist
from fredapp.core.operations import Operation
from fredapp.core.sync import FileHub, sync

UNIT = uuid.UUID(int=7)


def make_checklist(client: Client) -> uuid.UUID:
    change = client.service.plan_create(Checklist, unit_lineage_id=UNIT, period="2024-Q1")
    client.service.run(Operation("new checklist", (change,)))
    return change.record_id


@pytest.fixture
def clients(tmp_path: Path):  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    a = Client(tmp_path / "a.sqlite", template, "Kari")
    b = Client(tmp_path / "b.sqlite", template, "Ola")
    yield a, b
    a.close()
    b.close()


def test_an_own_task_is_added_last_due_at_the_period_end_and_synced(clients, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = clients
    checklist = make_checklist(a)
    first = plan_add_item(a.service, checklist, "  Ring   verneombudet ")
    a.service.run(Operation("add", (first,)))
    second = plan_add_item(a.service, checklist, "Følg opp")
    a.service.run(Operation("add", (second,)))
    items = queries.checklist_items(a.database, checklist)
    assert [(i.title, i.sort_order, i.due_date, i.toolkit_item_id) for i in items] == [
        ("Ring verneombudet", 0, dt.date(2024, 3, 31), None),
        ("Følg opp", 1, dt.date(2024, 3, 31), None),
    ]
    with pytest.raises(ValidationError):
        plan_add_item(a.service, checklist, "   ")
    (tmp_path / "share").mkdir()
    shared = tmp_path / "share" / "fredapp.sqlite"
    sync(a.path, FileHub(shared), clock=a.service.clock)
    sync(b.path, FileHub(shared), clock=b.service.clock)
    assert [i.title for i in queries.checklist_items(b.database, checklist)] == [
        "Ring verneombudet",
        "Følg opp",
    ]


def test_a_checklist_deleted_by_mistake_goes_with_its_items_and_comes_back_in_one_undo(
    clients, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    a, b = clients
    checklist = make_checklist(a)
    for title in ("En", "To"):
        a.service.run(Operation("add", (plan_add_item(a.service, checklist, title),)))
    operation = Operation("delete", tuple(plan_delete_checklist(a.service, checklist)))
    assert len(operation) == 3
    a.service.run(operation)
    assert queries.checklist_for(a.database, UNIT, "2024-Q1") is None
    assert queries.checklist_items(a.database, checklist) == []
    (tmp_path / "share").mkdir()
    shared = tmp_path / "share" / "fredapp.sqlite"
    sync(a.path, FileHub(shared), clock=a.service.clock)
    sync(b.path, FileHub(shared), clock=b.service.clock)
    stored = row(b.path, "checklist", checklist)
    assert stored is not None and stored["deleted"] == 1
    a.service.run(operation.inverse(), check=True)
    assert [i.title for i in queries.checklist_items(a.database, checklist)] == ["En", "To"]
    with pytest.raises(ValidationError):
        plan_delete_checklist(b.service, checklist)  # already gone there
