"""The merge engine: rules for records, fields, long texts, deletes; convergence by property."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel
from sync_helpers import Client, conflicts, make_template, row, snapshot

from fredapp.core import models
from fredapp.core.models import Measure
from fredapp.core.sync import merge_databases
from fredapp.core.sync.tables import LOCAL_ONLY_TABLES, synced_table_names


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def trio(tmp_path: Path, template: Path):  # type: ignore[no-untyped-def]
    """Two clients with clocks a day apart, and a hub."""
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    b = Client(tmp_path / "b.sqlite", template, "Bjørn", skew_ms=-86_400_000)
    hub = tmp_path / "hub.sqlite"
    shutil.copyfile(template, hub)
    yield a, b, hub
    a.close()
    b.close()


def sync(client: Client, hub: Path):  # type: ignore[no-untyped-def]
    return merge_databases(client.path, hub, client.service.clock)


def new_measure(client: Client, **values) -> uuid.UUID:  # type: ignore[no-untyped-def]
    fields = {"code": "X1", "title": "Tittel", "dimension": "S", "level": "stab", "notes": "Start"}
    return client.service.create(Measure, **{**fields, **values}).record_id


def shared(a: Client, b: Client, hub: Path) -> uuid.UUID:
    record = new_measure(a)
    sync(a, hub)
    sync(b, hub)
    return record


# -- coverage ------------------------------------------------------------------------------


def test_every_table_is_synced_or_named_local_only() -> None:
    tables = set(SQLModel.metadata.tables) | {"alembic_version"}
    synced = set(synced_table_names())
    assert synced | LOCAL_ONLY_TABLES == tables, "a table is neither synced nor local-only"
    assert not synced & LOCAL_ONLY_TABLES
    assert synced == {m.__tablename__ for m in models.SYNCED_TABLES}


def test_synced_tables_follow_the_models_not_a_list() -> None:
    # Every model deriving from Synced with a table is synced, whatever SYNCED_TABLES says.
    for model in models.Synced.__subclasses__():
        if hasattr(model, "__table__"):
            assert model.__tablename__ in synced_table_names()


# -- the rules -----------------------------------------------------------------------------


def test_edits_to_different_fields_both_survive(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.update(Measure, record, title="Ny tittel")
    b.service.update(Measure, record, status="pagar", effect=5)
    for client in (a, b, a):
        sync(client, hub)
    for path in (a.path, b.path, hub):
        found = row(path, "measure", record)
        assert found is not None
        assert (found["title"], found["status"], found["effect"]) == ("Ny tittel", "pagar", 5)
    assert snapshot(a.path) == snapshot(b.path) == snapshot(hub)


def test_same_short_field_is_decided_by_clock_and_loser_stays_in_history(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    # b's wall clock is a day behind; its edit still comes later by the hybrid clock
    # because it has seen a's stamps: a edits first, b edits after syncing.
    a.service.update(Measure, record, title="Fra Anne")
    b.service.update(Measure, record, title="Fra Bjørn")
    sync(b, hub)
    sync(a, hub)
    sync(b, hub)
    titles = {row(p, "measure", record)["title"] for p in (a.path, b.path, hub)}  # type: ignore[index]
    assert titles == {"Fra Anne"}  # a's stamp is higher (b's wall clock is behind)
    history = {h.new_value for h in b.service.history(record) if h.field_name == "title"}
    assert history == {"Fra Anne", "Fra Bjørn"}
    assert conflicts(hub) == []  # a short field: decided, not a conflict


def test_causally_later_edit_wins_despite_a_slow_wall_clock(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.update(Measure, record, title="Først")
    sync(a, hub)
    sync(b, hub)  # b sees a's edit, then edits with a clock a day slow
    b.service.update(Measure, record, title="Etterpå")
    sync(b, hub)
    sync(a, hub)
    assert row(a.path, "measure", record)["title"] == "Etterpå"  # type: ignore[index]


def test_concurrent_long_text_edits_are_both_kept_as_a_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.update(Measure, record, notes="Annes notat")
    b.service.update(Measure, record, notes="Bjørns notat")
    for client in (a, b, a):
        sync(client, hub)
    found = conflicts(hub)
    assert len(found) == 1
    conflict = found[0]
    assert conflict["field_name"] == "notes" and not conflict["resolved"]
    assert {conflict["value_a"], conflict["value_b"]} == {"Annes notat", "Bjørns notat"}
    assert row(hub, "measure", record)["notes"] == conflict["value_a"]  # type: ignore[index]
    assert snapshot(a.path) == snapshot(b.path) == snapshot(hub)


def test_resolving_a_conflict_syncs_like_an_edit(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.update(Measure, record, notes="A")
    b.service.update(Measure, record, notes="B")
    for client in (a, b, a):
        sync(client, hub)
    conflict_id = uuid.UUID(conflicts(a.path)[0]["id"])
    a.service.update(Measure, record, notes="A og B")
    a.service.update(models.SyncConflict, conflict_id, resolved=True)
    sync(a, hub)
    sync(b, hub)
    assert row(b.path, "measure", record)["notes"] == "A og B"  # type: ignore[index]
    assert conflicts(b.path)[0]["resolved"] == 1
    assert len(conflicts(b.path)) == 1  # no new conflict from the resolution


def test_delete_propagates_and_an_old_copy_does_not_bring_it_back(trio, template) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.delete(Measure, record)
    sync(a, hub)
    # b was offline for months and edited other things, not this record
    other = new_measure(b, code="X2")
    b.service.update(Measure, other, title="Annen")
    sync(b, hub)
    sync(a, hub)
    for path in (a.path, b.path, hub):
        assert row(path, "measure", record)["deleted"] == 1  # type: ignore[index]
    assert conflicts(hub) == []


def test_delete_concurrent_with_an_edit_keeps_the_edit_and_says_so(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    record = shared(a, b, hub)
    a.service.delete(Measure, record)
    b.service.update(Measure, record, title="Viktig endring")
    for client in (a, b, a):
        sync(client, hub)
    for path in (a.path, b.path, hub):
        found = row(path, "measure", record)
        assert found["deleted"] == 0 and found["title"] == "Viktig endring"  # type: ignore[index]
    [conflict] = conflicts(hub)
    assert conflict["kind"] == "delete"
    assert snapshot(a.path) == snapshot(b.path) == snapshot(hub)


def test_a_second_sync_changes_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, hub = trio
    shared(a, b, hub)
    new_measure(b, code="X9")
    sync(b, hub)
    sync(a, hub)
    before = snapshot(hub)
    counts = sync(a, hub)
    assert (counts.to_ours, counts.to_theirs, counts.conflicts) == (0, 0, 0)
    assert snapshot(hub) == before


def test_seed_rows_are_not_duplicated(tmp_path: Path) -> None:
    from fredapp.core import seed
    from fredapp.core.db import open_database

    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    open_database(one, populate=seed.populate).close()
    open_database(two, populate=seed.populate).close()
    from fredapp.core.sync.engine import local_clock

    counts = merge_databases(one, two, local_clock(one))
    assert (counts.to_ours, counts.to_theirs) == (0, 0)
    assert snapshot(one) == snapshot(two)


# -- convergence, by property ----------------------------------------------------------------

FIELDS = {"title": st.sampled_from(["a", "b", "c"]), "effect": st.integers(1, 5)}
LONG = st.sampled_from(["notat 1", "notat 2", "notat 3", "notat 4"])
operation = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2)),
    st.tuples(st.just("long"), st.integers(0, 2), st.integers(0, 9), LONG),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 9), st.sampled_from(list(FIELDS))),
    st.tuples(st.just("long"), st.integers(0, 2), st.integers(0, 9), LONG),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops=st.lists(operation, min_size=5, max_size=40),
    skews=st.tuples(*(st.integers(-3_600_000, 3_600_000) for _ in range(3))),
    data=st.data(),
)
def test_clients_converge_and_no_accepted_edit_vanishes(  # type: ignore[no-untyped-def]
    tmp_path_factory, template, ops, skews, data
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    clients = [Client(folder / f"c{i}.sqlite", template, f"c{i}", skews[i]) for i in range(3)]
    hub = folder / "hub.sqlite"
    shutil.copyfile(template, hub)
    # Three records every client has, so concurrent edits of one record are frequent.
    records = [new_measure(clients[0], code=f"S{i}") for i in range(3)]
    for client in clients:
        sync(client, hub)
    # (table, record, field, value, stamp, stamps of the record's history the editor had seen)
    edits: list[tuple[uuid.UUID, str, object, str, set[str]]] = []
    deletes: list[tuple[uuid.UUID, str, set[str]]] = []
    try:
        for op in ops:
            client = clients[op[1]]
            if op[0] == "create":
                records.append(new_measure(client, code=f"P{len(records)}"))
                continue
            if op[0] == "sync":
                sync(client, hub)
                continue
            visible = [r for r in records if _alive(client, r)]
            if not visible:
                continue
            record = visible[op[2] % len(visible)]
            seen = {h.stamp for h in client.service.history(record)}
            if op[0] == "delete":
                client.service.delete(Measure, record)
                deletes.append((record, client.service.clock.last.__str__(), seen))
                continue
            name, value = (op[3], data.draw(FIELDS[op[3]])) if op[0] == "edit" else ("notes", op[3])
            if client.service.update(Measure, record, **{name: value}) is not None:
                edits.append((record, name, value, str(client.service.clock.last), seen))
        for _round in range(2):
            for client in clients:
                sync(client, hub)
        first = snapshot(hub)
        for client in clients:
            assert snapshot(client.path) == first, "clients did not converge"
        for client in clients:
            counts = sync(client, hub)
            assert (counts.to_ours, counts.to_theirs) == (0, 0), "a second sync changed data"
        _check_no_edit_vanished(clients[0], hub, edits, deletes)
    finally:
        for client in clients:
            client.close()


def _alive(client: Client, record: uuid.UUID) -> bool:
    found = row(client.path, "measure", record)
    return found is not None and not found["deleted"]


def _check_no_edit_vanished(client: Client, hub: Path, edits, deletes) -> None:  # type: ignore[no-untyped-def]
    conflict_values = {
        (c["record_id"], c["field_name"], v)
        for c in conflicts(hub)
        for v in (c["value_a"], c["value_b"])
    }
    for record, name, value, stamp, _seen in edits:
        history = [h for h in client.service.history(record) if h.field_name == name]
        assert stamp in {h.stamp for h in history}, "an edit is missing from the history"
        current = row(hub, "measure", record)[name]  # type: ignore[index]
        latest = max(history, key=lambda h: h.stamp)
        assert str(current) == latest.new_value, "a field does not hold its latest edit"
        if name == "notes" and current != value:
            # A long-text edit that is not current was seen by a later editor, or is in a conflict.
            knowingly_replaced = any(
                stamp in other_seen
                for r, n, _v, _s, other_seen in edits
                if r == record and n == name
            )
            assert knowingly_replaced or (record.hex, name, value) in conflict_values
    for record in {r for r, *_ in edits}:
        if row(hub, "measure", record)["deleted"]:  # type: ignore[index]
            # Deleted in the end: every edit of the record was seen by someone who deleted it.
            seen_by_deleters = [d[2] for d in deletes if d[0] == record]
            for r, _n, _v, stamp, _seen in edits:
                if r == record:
                    assert any(stamp in seen for seen in seen_by_deleters), (
                        "a delete destroyed an edit it never saw"
                    )


def test_a_change_written_without_history_is_not_dropped(trio) -> None:  # type: ignore[no-untyped-def]
    import contextlib
    import sqlite3

    a, b, hub = trio
    record = shared(a, b, hub)
    b.service.update(Measure, record, status="pagar")  # recorded, older
    sync(b, hub)
    # a bulk-writes a field (a stamp, no history row), later than b's edit
    stamp = str(a.service.clock.now())
    with contextlib.closing(sqlite3.connect(a.path)) as conn:
        conn.execute(
            "UPDATE measure SET effort = 5, stamp = ?, device = ? WHERE id = ?",
            (stamp, a.service.device, record.hex),
        )
        conn.commit()
    sync(a, hub)
    sync(b, hub)
    for path in (a.path, b.path, hub):
        found = row(path, "measure", record)
        assert (found["status"], found["effort"]) == ("pagar", 5)  # type: ignore[index]
    assert snapshot(a.path) == snapshot(b.path) == snapshot(hub)
