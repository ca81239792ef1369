"""Sync processes killed at random moments, and several processes syncing at once."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fredapp.core.db import SCHEMA_HEAD, open_database
from fredapp.core.sync import FileHub, sync, verify_database
from fredapp.core.sync.engine import local_clock

WORKER = Path(__file__).with_name("sync_worker.py")


def start(local: Path, shared: Path, name: str, rounds: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(local), str(shared), name, str(rounds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def codes(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT code FROM measure WHERE NOT deleted")}


def assert_sound(shared: Path) -> None:
    if shared.exists():
        assert verify_database(shared, "shared") == SCHEMA_HEAD
        with contextlib.closing(sqlite3.connect(f"{shared.as_uri()}?mode=ro", uri=True)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sync_killed_at_random_moments_never_damages_or_loses(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shared = share / "fredapp.sqlite"
    local = tmp_path / "local.sqlite"
    open_database(local).close()
    rng = random.Random(6)
    created: set[str] = set()
    deadline = time.monotonic() + 45
    kills = 0
    while kills < 25 and (kills < 6 or time.monotonic() < deadline):
        worker = start(local, shared, f"K{kills}", 0)
        # Let it get past its imports, then kill it somewhere inside its edit-sync loop.
        line = worker.stdout.readline()  # type: ignore[union-attr]
        if not line.startswith("created"):
            worker.kill()
            _out, err = worker.communicate()
            pytest.fail(f"worker {kills} did not start: {line!r} {err}")
        created.add(line.split()[1])
        time.sleep(rng.uniform(0.0, 0.4))
        worker.send_signal(signal.SIGKILL)
        out, _err = worker.communicate()
        created |= {ln.split()[1] for ln in out.splitlines() if ln.startswith("created")}
        kills += 1
        assert_sound(shared)
    assert kills >= 6
    # A later sync completes (the dead process's lock is stale) and loses nothing.
    result = sync(local, FileHub(shared, lock_timeout=10), clock=local_clock(local))
    assert_sound(shared)
    assert created <= codes(local)
    assert created <= codes(shared)
    assert result.open_conflicts == 0
    if not result.nothing_to_do:  # a sync that took the lock cleaned up after the dead ones
        assert not list(share.glob(".*.new")) and not list(share.glob("*.lock"))
    # Whatever the last kill left, the next writer gets in.
    measure_count = len(codes(local))
    with contextlib.closing(sqlite3.connect(local)) as conn:
        conn.execute("UPDATE localsetting SET value = '' WHERE key = 'sync_fingerprint'")
        conn.commit()
    result = sync(local, FileHub(shared, lock_timeout=10), clock=local_clock(local))
    assert not list(share.glob(".*.new")) and not list(share.glob("*.lock"))
    assert len(codes(shared)) == measure_count


def test_several_processes_syncing_at_once_lose_nothing(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shared = share / "fredapp.sqlite"
    locals_ = [tmp_path / f"c{i}.sqlite" for i in range(3)]
    for path in locals_:
        open_database(path).close()
    workers = [start(path, shared, f"P{i}", 6) for i, path in enumerate(locals_)]
    for worker in workers:
        _out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
    expected = {f"P{i}-{n}" for i in range(3) for n in range(1, 7)}
    assert expected <= codes(shared), "a change was lost"
    for path in locals_:
        sync(path, FileHub(shared), clock=local_clock(path))
    for path in locals_:
        assert expected <= codes(path)
    assert_sound(shared)
    assert os.listdir(share).count("fredapp.sqlite.lock") == 0
