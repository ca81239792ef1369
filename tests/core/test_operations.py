"""One user action is one operation: one transaction, one notification, an undo that checks."""

from __future__ import annotations

import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlmodel import func, select
from sync_helpers import Client, make_template

from fredapp.core import orgtree, seed
from fredapp.core.db import Database, open_database
from fredapp.core.models import ChangeRecord, Measure, Unit
from fredapp.core.operations import Operation, UndoConflict
from fredapp.core.service import Change, DataService
from fredapp.core.sync import FileHub, sync
from fredapp.core.tree import UnitTree

S_S4 = seed.seed_id("measure", "S-S4")


def get(service: DataService, model, record_id: uuid.UUID):  # type: ignore[no-untyped-def]
    with service.database.session() as session:
        return session.get(model, record_id)


def live_units(service: DataService) -> int:
    with service.database.session() as session:
        query = select(func.count()).select_from(Unit).where(Unit.deleted == False)  # noqa: E712
        return session.exec(query).one()


def history_count(service: DataService) -> int:
    with service.database.session() as session:
        return session.exec(select(func.count()).select_from(ChangeRecord)).one()


def a_subtree(service: DataService) -> tuple[uuid.UUID, list[Change]]:
    """A unit with units below it, and the changes deleting them all."""
    with service.database.session() as session:
        units = list(session.exec(select(Unit).where(Unit.deleted == False)))  # noqa: E712
    tree = UnitTree(units)
    root = max((unit.id for unit in units), key=lambda u: len(orgtree.subtree(tree, u)))
    return root, orgtree.plan_delete_subtree(service, tree, root)


def colleague(database: Database, name: str = "Ola Kollega") -> DataService:
    """A second writer on the same file, as if on another laptop (what a sync brings)."""
    other = DataService(database, author=name)
    other.device = "ola-laptop"
    return other


# -- one transaction, one notification ----------------------------------------------------


def test_an_operation_is_one_transaction_a_failure_half_way_writes_nothing(
    service: DataService, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, changes = a_subtree(service)
    assert len(changes) > 4
    before_units, before_history = live_units(service), history_count(service)
    real_write = DataService._write
    written: list[Change] = []

    def crash_half_way(self, session, change, stamp):  # type: ignore[no-untyped-def]
        if len(written) == len(changes) // 2:
            raise OSError("the laptop lost power")
        written.append(change)
        real_write(self, session, change, stamp)

    monkeypatch.setattr(DataService, "_write", crash_half_way)
    heard: list[object] = []
    service.listeners.append(heard.append)
    service.operation_listeners.append(heard.append)
    with pytest.raises(OSError):
        service.run(Operation("delete", tuple(changes)))
    assert written, "the crash came after some changes were written in the transaction"
    assert live_units(service) == before_units
    assert history_count(service) == before_history
    assert get(service, Unit, root).deleted is False
    assert heard == []


def test_an_operation_notifies_once_with_every_change(service: DataService) -> None:
    _root, changes = a_subtree(service)
    per_change: list[Change] = []
    operations: list[Operation] = []
    bursts: list[bool] = []
    service.listeners.append(per_change.append)
    service.operation_listeners.append(operations.append)
    service.burst_listeners.append(bursts.append)
    operation = Operation.named("Slett", changes)
    service.run(operation)
    assert operations == [operation]
    assert len(operations[0]) == len(changes) > 4
    assert [c.record_id for c in per_change] == [c.record_id for c in changes]
    assert bursts == [True, False]
    assert all(change.label == "Slett" for change in operation.changes)


def test_the_inverse_restores_everything_in_one_operation(service: DataService) -> None:
    root, changes = a_subtree(service)
    before = live_units(service)
    operation = Operation("delete", tuple(changes))
    service.run(operation)
    assert live_units(service) == before - len(changes)
    operations: list[Operation] = []
    service.operation_listeners.append(operations.append)
    inverse = service.undo(operation)
    assert live_units(service) == before
    assert operations == [inverse]
    # Parents come back first: the inverse is the changes' inverses, the last first.
    assert inverse.changes[0].record_id == changes[-1].record_id == root
    service.redo(operation)
    assert live_units(service) == before - len(changes)


def test_bulk_creates_are_stamped_and_in_the_history(service: DataService) -> None:
    changes = [
        service.plan_create(Measure, code=f"B-{n}", title=f"B {n}", dimension="S", level="stab")
        for n in range(50)
    ]
    heard: list[Operation] = []
    service.operation_listeners.append(heard.append)
    service.apply_many(changes, bulk=True)
    assert len(heard) == 1 and len(heard[0]) == 50
    record = get(service, Measure, changes[-1].record_id)
    assert record.title == "B 49" and record.device == service.device and not record.deleted
    history = service.history(changes[0].record_id)
    assert [(h.field_name, h.author) for h in history] == [("(created)", "Kari Tester")]


# -- undo that respects others ------------------------------------------------------------


def test_undo_after_a_colleague_changed_the_value_names_the_colleague(
    service: DataService,
) -> None:
    change = service.plan_update(Measure, S_S4, title="Min tittel")
    assert change is not None
    operation = Operation("Rediger", (change,))
    service.run(operation)
    colleague(service.database).update(Measure, S_S4, title="Kollegaens tittel")
    before = history_count(service)
    with pytest.raises(UndoConflict) as raised:
        service.undo(operation)
    (newer,) = raised.value.newer
    assert (newer.field, newer.current, newer.expected) == (
        "title",
        "Kollegaens tittel",
        "Min tittel",
    )
    assert (newer.author, newer.device) == ("Ola Kollega", "ola-laptop")
    assert newer.changed_at is not None
    assert "Ola Kollega" in str(raised.value)
    assert get(service, Measure, S_S4).title == "Kollegaens tittel"  # nothing written
    assert history_count(service) == before
    # The user chose "use my earlier value": written anyway.
    service.undo(operation, force=True)
    assert get(service, Measure, S_S4).title == change.before["title"]


def test_undo_of_a_create_the_colleague_deleted_and_a_field_they_did_not_touch(
    service: DataService,
) -> None:
    create = service.plan_create(Measure, code="U-1", title="Ny", dimension="S", level="stab")
    created = Operation("Ny", (create,))
    service.run(created)
    edit = service.plan_update(Measure, S_S4, effect=1)
    assert edit is not None
    edited = Operation("Effekt", (edit,))
    service.run(edited)
    other = colleague(service.database)
    other.update(Measure, S_S4, title="Bare tittelen")  # another field: no conflict
    service.undo(edited)
    assert get(service, Measure, S_S4).title == "Bare tittelen"
    other.update(Measure, create.record_id, title="Omdøpt")  # renamed, still there: fine
    service.undo(created)
    assert get(service, Measure, create.record_id).deleted is True
    service.redo(created)  # "deleted" is yes or no: either what undo left or what redo wants
    assert get(service, Measure, create.record_id).deleted is False


def test_own_writes_outside_the_undo_stack_are_no_conflict(service: DataService) -> None:
    change = service.plan_update(Measure, S_S4, title="Først")
    assert change is not None
    operation = Operation("Rediger", (change,))
    service.run(operation)
    service.update(Measure, S_S4, title="Lagret automatisk")
    service.undo(operation)
    assert get(service, Measure, S_S4).title == change.before["title"]


def test_undo_after_a_real_sync_brought_a_colleagues_value(tmp_path: Path) -> None:
    template = make_template(tmp_path)
    (tmp_path / "share").mkdir()
    anne = Client(tmp_path / "a.sqlite", template, "Anne")
    bjorn = Client(tmp_path / "b.sqlite", template, "Bjørn")
    shared = tmp_path / "share" / "fredapp.sqlite"
    try:
        create = anne.service.plan_create(
            Measure, code="M-1", title="Første", dimension="S", level="stab"
        )
        anne.service.run(Operation("Ny", (create,)))
        edit = anne.service.plan_update(Measure, create.record_id, title="Annes")
        assert edit is not None
        operation = Operation("Rediger", (edit,))
        anne.service.run(operation)
        sync(anne.path, FileHub(shared), clock=anne.service.clock)
        sync(bjorn.path, FileHub(shared), clock=bjorn.service.clock)
        bjorn.service.update(Measure, create.record_id, title="Bjørns")
        sync(bjorn.path, FileHub(shared), clock=bjorn.service.clock)
        sync(anne.path, FileHub(shared), clock=anne.service.clock)
        with pytest.raises(UndoConflict) as raised:
            anne.service.undo(operation)
        (newer,) = raised.value.newer
        assert (newer.author, newer.current, newer.device) == (
            "Bjørn",
            "Bjørns",
            bjorn.service.device,
        )
        assert get(anne.service, Measure, create.record_id).title == "Bjørns"
    finally:
        anne.close()
        bjorn.close()


def test_a_check_sees_the_operations_own_earlier_changes(service: DataService) -> None:
    first = service.plan_update(Measure, S_S4, title="En")
    assert first is not None
    second = Change(Measure, S_S4, {"title": "En"}, {"title": "To"})
    operation = Operation("To steg", (first, second))
    service.run(operation)
    colleague(service.database)  # present, but writes nothing
    service.undo(operation)
    assert get(service, Measure, S_S4).title == first.before["title"]
    service.redo(operation)
    assert get(service, Measure, S_S4).title == "To"


KILLED_WORKER = """
import sys, time
from sqlmodel import select
from fredapp.core import orgtree
from fredapp.core.db import open_database
from fredapp.core.models import Unit
from fredapp.core.operations import Operation
from fredapp.core.service import DataService
from fredapp.core.tree import UnitTree

service = DataService(open_database(sys.argv[1]))
with service.database.session() as session:
    units = list(session.exec(select(Unit).where(Unit.deleted == False)))
tree = UnitTree(units)
root = max((unit.id for unit in units), key=lambda u: len(orgtree.subtree(tree, u)))
changes = orgtree.plan_delete_subtree(service, tree, root)
real_write, written = DataService._write, []

def write_then_hang(self, session, change, stamp):
    real_write(self, session, change, stamp)
    written.append(change)
    if len(written) == len(changes) // 2:
        session.flush()  # half of the deletes are in the file's pages now
        print("half", root.hex, len(changes), flush=True)
        time.sleep(120)

DataService._write = write_then_hang
service.run(Operation("delete", tuple(changes)))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_process_killed_half_way_through_a_subtree_delete_deletes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fredapp.sqlite"
    database = open_database(path, populate=seed.populate)
    service = DataService(database)
    before_units, before_history = live_units(service), history_count(service)
    database.close()
    worker = subprocess.Popen(
        [sys.executable, "-c", KILLED_WORKER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = worker.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("half"), worker.stderr.read()  # type: ignore[union-attr]
        _, root_hex, planned = line.split()
        assert int(planned) > 4
        worker.send_signal(signal.SIGKILL)
    finally:
        worker.kill()
        worker.communicate()
    database = open_database(path)
    service = DataService(database)
    try:
        assert live_units(service) == before_units
        assert history_count(service) == before_history
        assert get(service, Unit, uuid.UUID(hex=root_hex)).deleted is False
        # And the whole delete, run again to its end, takes all of it.
        _root, changes = a_subtree(service)
        service.run(Operation("delete", tuple(changes)))
        assert live_units(service) == before_units - len(changes)
    finally:
        database.close()
