"""The shared-file protocol: copies, verification, lock, atomic replace, refusals, copies."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import time
import uuid
from pathlib import Path

import pytest
from sync_helpers import Client, make_template, row, snapshot

from fredapp.cli import main as cli_main
from fredapp.core.clock import wall_now_ms
from fredapp.core.db import SCHEMA_HEAD
from fredapp.core.models import Measure
from fredapp.core.sync import FileHub, HubLocked, HubRefused, HubUnavailable, SyncError, sync
from fredapp.core.sync import hub as hub_module


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def clients(tmp_path: Path, template: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "share").mkdir()
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    b = Client(tmp_path / "b.sqlite", template, "Bjørn", skew_ms=-3_600_000)
    yield a, b, tmp_path / "share" / "fredapp.sqlite"
    a.close()
    b.close()


def run(client: Client, shared: Path, **options):  # type: ignore[no-untyped-def]
    return sync(client.path, FileHub(shared, **options), clock=client.service.clock)


def measure(client: Client, code: str):  # type: ignore[no-untyped-def]
    return client.service.create(
        Measure, code=code, title=code, dimension="S", level="stab"
    ).record_id


def file_state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_two_clients_exchange_edits_through_the_file(clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    first = measure(a, "A-1")
    result = run(a, shared)
    assert shared.exists() and result.published and result.sent > 0
    run(b, shared)
    assert row(b.path, "measure", first)["code"] == "A-1"  # type: ignore[index]
    b.service.update(Measure, first, title="endret av B")
    run(b, shared)
    result = run(a, shared)
    assert result.received > 0
    assert row(a.path, "measure", first)["title"] == "endret av B"  # type: ignore[index]
    assert snapshot(a.path) == snapshot(b.path) == snapshot(shared)
    assert not list(shared.parent.glob("*.lock")) and not list(shared.parent.glob(".*.new"))


def test_sync_with_nothing_new_writes_nothing(clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    run(b, shared)
    before = file_state(shared)
    time.sleep(0.01)
    assert run(a, shared).nothing_to_do  # fast path: nothing read or written
    # b has not seen a's last publish fingerprint? It has: still nothing to do.
    assert run(b, shared).nothing_to_do
    assert file_state(shared) == before
    # The shared file changed by someone else, but holds nothing new for b: read, not written.
    measure(a, "A-2")
    run(a, shared)
    run(b, shared)
    published = file_state(shared)
    result = run(a, shared)
    assert not result.published and result.sent == 0
    assert file_state(shared) == published


def test_later_local_edits_sort_after_synced_ones(clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    record = measure(a, "A-1")
    run(a, shared)
    run(b, shared)  # b's wall clock is an hour behind, but it observed a's stamps
    b.service.update(Measure, record, title="senere")
    assert row(b.path, "measure", record)["stamp"] > row(a.path, "measure", record)["stamp"]  # type: ignore[index]


def _bad_files(shared: Path, template: Path) -> dict[str, callable]:  # type: ignore[valid-type]
    def truncated() -> None:
        shutil.copyfile(template, shared)
        data = shared.read_bytes()
        shared.write_bytes(data[: len(data) // 2 + 100])

    def garbage() -> None:
        shared.write_bytes(os.urandom(8192))

    def empty() -> None:
        shared.write_bytes(b"")

    def foreign() -> None:
        with contextlib.closing(sqlite3.connect(shared)) as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.commit()

    def newer() -> None:
        shutil.copyfile(template, shared)
        with contextlib.closing(sqlite3.connect(shared)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()

    def hostile() -> None:
        shutil.copyfile(template, shared)
        with contextlib.closing(sqlite3.connect(shared)) as conn:
            conn.execute("CREATE TRIGGER t AFTER INSERT ON measure BEGIN DELETE FROM measure; END")
            conn.commit()

    def damaged() -> None:
        shutil.copyfile(template, shared)
        data = bytearray(shared.read_bytes())
        data[4096 * 3 : 4096 * 3 + 2000] = os.urandom(2000)
        shared.write_bytes(bytes(data))

    return {
        "truncated": truncated,
        "garbage": garbage,
        "empty": empty,
        "foreign": foreign,
        "newer": newer,
        "hostile": hostile,
        "damaged": damaged,
    }


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("truncated", "truncated"),
        ("garbage", "not a FredApp database"),
        ("empty", "empty"),
        ("foreign", "not FredApp's"),
        ("newer", "newer FredApp"),
        ("hostile", "triggers"),
        ("damaged", "damaged"),
    ],
)
def test_a_bad_shared_file_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    clients, template, kind, words
) -> None:
    a, _b, shared = clients
    measure(a, "A-1")
    _bad_files(shared, template)[kind]()
    local_before, shared_before = a.path.read_bytes(), file_state(shared)
    with pytest.raises(HubRefused, match=words):
        run(a, shared)
    assert a.path.read_bytes() == local_before
    assert file_state(shared) == shared_before
    assert not list(shared.parent.glob("*.lock")) and not list(shared.parent.glob(".*.new"))
    # Local work goes on.
    measure(a, "A-2")


def test_an_older_shared_file_is_upgraded_on_a_copy_and_published(clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(b, "B-1")
    run(b, shared)
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute("DROP TABLE syncconflict")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.commit()
    result = run(a, shared)
    assert result.published and result.received > 0
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_offline_share_says_so_and_changes_nothing(clients, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, _b, _shared = clients
    before = a.path.read_bytes()
    with pytest.raises(HubUnavailable, match="not reachable"):
        run(a, tmp_path / "not-mounted" / "fredapp.sqlite")
    assert a.path.read_bytes() == before


def test_read_only_folder_is_refused_and_nothing_changes(clients, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(b, "B-1")
    run(b, shared)
    measure(a, "A-1")
    before_local, before_shared = a.path.read_bytes(), file_state(shared)
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == shared.parent and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(hub_module.os, "access", access)
    with pytest.raises(SyncError, match="read-only"):
        run(a, shared)
    assert a.path.read_bytes() == before_local
    assert file_state(shared) == before_shared


def test_a_stale_lock_from_a_crashed_process_is_taken_over(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    lock = shared.with_name(shared.name + ".lock")
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    lock.write_text(json.dumps({"pid": dead, "host": socket.gethostname(), "token": "x"}))
    measure(a, "A-2")
    assert run(a, shared, lock_timeout=2).published
    assert not lock.exists()


def test_an_old_lock_from_another_host_is_taken_over(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    lock.write_text(json.dumps({"pid": 1, "host": "LAPTOP-12", "token": "x"}))
    old = time.time() - 600
    os.utime(lock, (old, old))
    assert run(a, shared, lock_timeout=2, stale_after=120).published


def test_a_live_lock_keeps_us_out_and_says_who_holds_it(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    lock.write_text(json.dumps({"pid": 4242, "host": "LAPTOP-12", "token": "x"}))
    before = a.path.read_bytes()
    with pytest.raises(HubLocked, match="LAPTOP-12"):
        run(a, shared, lock_timeout=0.5)
    assert lock.exists() and a.path.read_bytes() == before


def test_a_change_between_read_and_replace_makes_it_merge_again(clients, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    measure(b, "B-1")
    run(b, shared)
    measure(a, "A-2")
    # Another writer (a cloud client) replaces the file while a merges: publish must notice.
    real_merge = hub_module.FileHub.publish
    calls = []

    def publish(self, snapshot, merged):  # type: ignore[no-untyped-def]
        if not calls:
            measure(b, "B-2")
            other = shared.with_name("other.sqlite")
            shutil.copyfile(shared, other)
            with contextlib.closing(sqlite3.connect(other)) as conn:
                conn.execute("UPDATE measure SET title = 'skrevet under' WHERE code = 'B-1'")
                conn.commit()
            os.replace(other, shared)
        calls.append(1)
        return real_merge(self, snapshot, merged)

    monkeypatch.setattr(hub_module.FileHub, "publish", publish)
    result = run(a, shared)
    assert len(calls) == 2 and result.published
    codes = {r[4] for r in snapshot(shared)["measure"]}
    titles = {r[5] for r in snapshot(shared)["measure"]}
    assert {"A-1", "A-2", "B-1"} <= codes and "skrevet under" in titles


def test_backups_keep_the_last_versions(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    for number in range(6):
        measure(a, f"A-{number}")
        run(a, shared, keep_backups=3)
    backups = list((shared.parent / ".fredapp-backups").glob("fredapp-*.sqlite"))
    assert len(backups) == 3
    for backup in backups:
        assert hub_module.verify_database(backup, backup.name) == SCHEMA_HEAD


@pytest.mark.parametrize(
    "name",
    [
        "fredapp (1).sqlite",
        "fredapp-LAPTOP-12.sqlite",
        "fredapp (Kari's conflicted copy 2026-11-29).sqlite",
        "fredapp.sync-conflict-20261129-101010-ABCDEFG.sqlite",
    ],
)
def test_cloud_conflict_copies_are_merged_then_set_aside(clients, name) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    run(b, shared)
    older = shared.read_bytes()
    stranded = measure(b, "B-stranded")
    run(b, shared)
    # The cloud client kept b's version as a copy and put the older one back in place.
    os.replace(shared, shared.with_name(name))
    shared.write_bytes(older)
    measure(a, "A-2")
    result = run(a, shared)
    copy = shared.with_name(name)
    assert not copy.exists(), "the conflict copy was not set aside"
    assert any(p.name.endswith(name) for p in result.merged_copies)
    assert row(a.path, "measure", stranded)["code"] == "B-stranded"  # type: ignore[index]
    assert row(shared, "measure", stranded)["code"] == "B-stranded"  # type: ignore[index]


def test_unrelated_files_beside_the_share_are_left_alone(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    other = shared.with_name("notes.sqlite")
    other.write_bytes(b"not ours")
    measure(a, "A-1")
    run(a, shared)
    assert other.read_bytes() == b"not ours"


def test_cli_sync_exit_codes(clients, capsys) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    a.close()
    assert cli_main(["sync", "--db", str(a.path), "--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "received" in out and "sent" in out and "conflicts" in out
    shared.write_bytes(b"garbage" * 100)
    assert cli_main(["sync", "--db", str(a.path), "--shared", str(shared)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("fredapp: error:") and "not a FredApp" in err[0]


def test_an_oversized_value_in_the_shared_file_is_refused_not_loaded(clients, template) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    shutil.copyfile(template, shared)
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute(
            "INSERT INTO measure (id, stamp, device, deleted, code, title, dimension, level, "
            "status, effect, effort, progress, notes, sort_order) VALUES "
            "(?, ?, 'evil', 0, 'X', 'X', 'S', 'stab', 'pagar', 3, 3, "
            "0, zeroblob(70 * 1024 * 1024), 0)",
            (uuid.uuid4().hex, f"{wall_now_ms():013d}.000000.evil"),
        )
        conn.commit()
    measure(a, "A-1")
    before_local, before_shared = a.path.read_bytes(), file_state(shared)
    with pytest.raises(SyncError, match=r"changed nothing|damaged|refused"):
        run(a, shared)
    assert a.path.read_bytes() == before_local
    assert file_state(shared) == before_shared


def test_an_empty_lock_left_by_a_writer_killed_while_making_it_is_stale(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    lock.write_bytes(b"")
    old = time.time() - 30
    os.utime(lock, (old, old))
    assert run(a, shared, lock_timeout=2).published
    assert not lock.exists()


def test_the_lock_file_is_never_seen_empty(clients, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lock = hub_module.FileLock(tmp_path / "x.lock", timeout=1)
    lock.acquire()
    try:
        info = json.loads((tmp_path / "x.lock").read_text())
        assert info["pid"] == os.getpid() and info["host"] == socket.gethostname()
        assert lock.held()
        assert not list(tmp_path.glob("*.tmp"))
    finally:
        lock.release()
    assert not (tmp_path / "x.lock").exists()


def test_an_edit_during_a_long_merge_waits_for_it_instead_of_failing(clients) -> None:  # type: ignore[no-untyped-def]
    import threading

    a, _b, _shared = clients
    record = measure(a, "A-1")
    locked, release = threading.Event(), threading.Event()

    def merging() -> None:  # holds the write lock as a long merge does, past SQLite's 5 s
        with contextlib.closing(sqlite3.connect(a.path, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            locked.set()
            release.wait(6)
            conn.execute("COMMIT")

    worker = threading.Thread(target=merging)
    worker.start()
    locked.wait(5)
    started = time.monotonic()
    a.service.update(Measure, record, title="etter synkroniseringen")
    assert time.monotonic() - started >= 5
    worker.join()
    assert row(a.path, "measure", record)["title"] == "etter synkroniseringen"  # type: ignore[index]
