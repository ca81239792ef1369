"""The sync hub on PostgreSQL: 200 clients at once, a first sync at --scale 10, a no-op sync.

Run with the other benchmarks, inside pg_virtualenv (README, "Benchmarks"). The service runs
as its own process (``fredapp hub serve``), as deployed. Floors, measured in the same run:

- 200 clients: the same rows written into PostgreSQL with psycopg's COPY, in one transaction;
- the first sync at --scale 10: the first sync of the same database through a shared file;
- the no-op sync: one HTTP request to the service (what it costs: one round trip).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hub_databases import HubDatabase, drop_hub_database, make_hub_database
from psycopg.conninfo import make_conninfo
from server_thread import free_port
from sync_helpers import Client, make_template, snapshot

from fredapp.core.models import Measure
from fredapp.core.sync import FileHub, sync
from fredapp.core.sync.engine import local_clock
from fredapp.core.sync.remote import ServerHub

CLIENTS = 200
MEASURES_EACH = 3


@pytest.fixture(scope="module")
def hub_db() -> Iterator[HubDatabase]:
    admin = make_conninfo("", dbname=os.environ.get("PGDATABASE", "postgres"))
    hub = make_hub_database(admin)
    yield hub
    drop_hub_database(admin, hub)


@contextlib.contextmanager
def service_process(conninfo: str, pool: int = 10, workers: int = 2) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "fredapp", "hub", "serve", "--database", conninfo]
    command += ["--port", str(port), "--pool", str(pool), "--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/v1/hello", timeout=2)
            except urllib.error.HTTPError:
                break  # 401: it answers
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the hub service did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


class TimedHub(ServerHub):
    """Records every request: (kind, seconds)."""

    log: list[tuple[str, float]]

    def _call(self, method: str, path: str, body: Any = None, **query: object) -> Any:
        started = time.perf_counter()
        try:
            return super()._call(method, path, body, **query)
        finally:
            self.log.append((f"{method} {path}", time.perf_counter() - started))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def test_two_hundred_clients_at_once(benchmark, record_ratio, hub_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    clients = [Client(tmp_path / f"c{i}.sqlite", template, f"c{i}") for i in range(CLIENTS)]
    tokens = [
        hub_db.user(f"c{i}-{uuid.uuid4().hex[:6]}", ["facilitator"])[1] for i in range(CLIENTS)
    ]
    for i, client in enumerate(clients):
        for j in range(MEASURES_EACH):
            client.service.create(Measure, code=f"C{i}-{j}", title="T", dimension="S", level="stab")
        client.close()
    log: list[tuple[str, float]] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        hub = TimedHub(url, tokens[i], mirror=tmp_path / f"m{i}.sqlite")
        hub.log = []
        sync(clients[i].path, hub, clock=local_clock(clients[i].path))
        with lock:
            log.extend(hub.log)

    with service_process(hub_db.service) as url:
        walls = []
        for _round in range(3):  # push all, pull all, settle
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
                list(pool.map(one, range(CLIENTS)))
            walls.append(time.perf_counter() - started)
    wall = sum(walls)
    pushes = [s for kind, s in log if kind.startswith("POST")]
    pulls = [s for kind, s in log if kind == "GET /v1/pull"]
    first = snapshot(clients[0].path)
    converged = all(snapshot(c.path)["measure"] == first["measure"] for c in clients)
    assert converged and len(first["measure"]) >= CLIENTS * MEASURES_EACH
    with psycopg.connect(hub_db.owner) as conn:
        rows = conn.execute(
            "SELECT tbl, id, stamp, device, deleted, data FROM hub.record"
        ).fetchall()
        conn.execute(
            "CREATE TEMP TABLE floor (tbl text, id text, stamp text, device text, "
            "deleted boolean, data jsonb, PRIMARY KEY (tbl, id))"
        )
        started = time.perf_counter()
        with conn.cursor().copy("COPY floor FROM STDIN") as copy:
            for tbl, record, stamp, device, deleted, data in rows:
                copy.write_row((tbl, record, stamp, device, deleted, json.dumps(data)))
        conn.commit()
        floor = time.perf_counter() - started
    benchmark.pedantic(lambda: None, rounds=1)
    record_ratio(f"{CLIENTS} clients, 3 syncs each", wall, "COPY of the same rows", floor)
    print(
        f"\n{CLIENTS} clients x 3 syncs in {wall:.1f} s"
        f" (rounds {', '.join(f'{w:.1f}' for w in walls)}):"
        f" {len(pushes) / wall:.1f} pushes/s, {len(pulls) / wall:.1f} pulls/s,"
        f" {len(log) / wall:.1f} requests/s; p95 latency push {p95(pushes) * 1000:.0f} ms,"
        f" pull {p95(pulls) * 1000:.0f} ms; {len(rows)} rows on the hub, converged: {converged};"
        f" floor: COPY of the same {len(rows)} rows {floor * 1000:.0f} ms"
    )


def _measure_rows(client: int, stamp_ms: int) -> list[dict[str, Any]]:
    rows = []
    for j in range(MEASURES_EACH):
        stamp = f"{stamp_ms + j:013d}.000000.sim{client}"
        rows.append(
            {
                "table": "measure",
                "base": None,
                "row": {
                    "id": uuid.uuid4().hex,
                    "stamp": stamp,
                    "device": f"sim{client}",
                    "deleted": 0,
                    "code": f"L{client}-{j}",
                    "title": "Last",
                    "dimension": "S",
                    "level": "stab",
                    "status": "ikke_startet",
                    "owner_unit_id": None,
                    "due_date": None,
                    "effect": 3,
                    "effort": 3,
                    "progress": 0,
                    "notes": "",
                    "sort_order": 0,
                },
            }
        )
    return rows


def _request(url: str, token: str, body: Any = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=120) as answer:
        return json.loads(answer.read())


def test_two_hundred_clients_on_the_protocol(benchmark, record_ratio, hub_db) -> None:  # type: ignore[no-untyped-def]
    """The service alone: 200 clients push their records and pull everything, all at once."""
    from fredapp.core.clock import wall_now_ms

    tokens = [
        hub_db.user(f"p{i}-{uuid.uuid4().hex[:6]}", ["facilitator"])[1] for i in range(CLIENTS)
    ]
    bodies = [
        {"batch": uuid.uuid4().hex, "device": f"sim{i}", "rows": _measure_rows(i, wall_now_ms())}
        for i in range(CLIENTS)
    ]
    pushes: list[float] = []
    pulls: list[float] = []
    cursors: list[str] = [""] * CLIENTS

    def client(i: int, url: str) -> None:
        started = time.perf_counter()
        answer = _request(f"{url}/v1/push", tokens[i], bodies[i])
        pushes.append(time.perf_counter() - started)
        assert answer["applied"] == MEASURES_EACH, answer
        while True:
            started = time.perf_counter()
            page = _request(f"{url}/v1/pull?after={cursors[i]}&limit=2000", tokens[i])
            pulls.append(time.perf_counter() - started)
            cursors[i] = page["cursor"]
            if not page["more"]:
                break

    with service_process(hub_db.service) as url:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            list(pool.map(lambda i: client(i, url), range(CLIENTS)))
        wall = time.perf_counter() - started
        for i in range(CLIENTS):  # everyone pulls what came after its first pull: converged
            client_pull = _request(f"{url}/v1/pull?after={cursors[i]}&limit=2000", tokens[i])
            cursors[i] = client_pull["cursor"]
    with psycopg.connect(hub_db.owner) as conn:
        rows = conn.execute(
            "SELECT tbl, id, stamp, device, deleted, data FROM hub.record WHERE tbl = 'measure' "
            "AND data->>'code' LIKE 'L%%'"
        ).fetchall()
        conn.execute(
            "CREATE TEMP TABLE floor (tbl text, id text, stamp text, device text, "
            "deleted boolean, data jsonb, PRIMARY KEY (tbl, id))"
        )
        floor_started = time.perf_counter()
        with conn.cursor().copy("COPY floor FROM STDIN") as copy:
            for tbl, record, stamp, device, deleted, data in rows:
                copy.write_row((tbl, record, stamp, device, deleted, json.dumps(data)))
        conn.commit()
        floor = time.perf_counter() - floor_started
    assert len(rows) == CLIENTS * MEASURES_EACH
    benchmark.pedantic(lambda: None, rounds=1)
    record_ratio(f"{CLIENTS} clients push + pull (service)", wall, "COPY of the same rows", floor)
    print(
        f"\n{CLIENTS} clients at once on the protocol: {wall:.2f} s, "
        f"{len(pushes) / wall:.0f} pushes/s, {len(pulls) / wall:.0f} pulls/s; p95 latency "
        f"push {p95(pushes) * 1000:.0f} ms, pull {p95(pulls) * 1000:.0f} ms; "
        f"{len(rows)} rows; floor: COPY of the same rows {floor * 1000:.1f} ms"
    )


def _leader_units(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        query = "SELECT DISTINCT lineage_id FROM unit WHERE parent_id IS NULL AND NOT deleted"
        return [r[0] for r in conn.execute(query)]


def test_first_sync_at_scale_10_and_a_no_op_sync(  # type: ignore[no-untyped-def]
    benchmark, record_ratio, hub_db, scale10_database, tmp_path
) -> None:
    through_file = tmp_path / "file.sqlite"
    shutil.copyfile(scale10_database, through_file)
    started = time.perf_counter()
    (tmp_path / "share").mkdir()
    sync(through_file, FileHub(tmp_path / "share" / "shared.sqlite"))
    file_seconds = time.perf_counter() - started
    local = tmp_path / "hub.sqlite"
    shutil.copyfile(scale10_database, local)
    roles = ["leader", "hr", "facilitator"]
    token = hub_db.user(f"alle-{uuid.uuid4().hex[:6]}", roles, _leader_units(local))[1]
    with service_process(hub_db.service) as url:
        hub = TimedHub(url, token, mirror=tmp_path / "mirror.sqlite")
        hub.log = []
        started = time.perf_counter()
        first = sync(local, hub)
        hub_seconds = time.perf_counter() - started
        assert not first.warnings, [str(w) for w in first.warnings]
        for _ in range(3):
            if sync(local, hub).nothing_to_do:
                break
        requests = []
        times = []
        for _ in range(5):
            hub.log = []
            mtime = local.stat().st_mtime_ns
            started = time.perf_counter()
            result = sync(local, hub)
            times.append(time.perf_counter() - started)
            assert result.nothing_to_do and local.stat().st_mtime_ns == mtime
            requests.append(len(hub.log))
        noop = statistics.median(times)
        hello = []
        for _ in range(5):
            request = urllib.request.Request(
                f"{url}/v1/hello", headers={"Authorization": f"Bearer {token}"}
            )
            started = time.perf_counter()
            urllib.request.urlopen(request).read()
            hello.append(time.perf_counter() - started)
    with psycopg.connect(hub_db.owner) as conn:
        held = conn.execute("SELECT count(*) FROM hub.record").fetchone()[0]
    benchmark.pedantic(lambda: None, rounds=1)
    record_ratio(
        "first sync via hub (scale 10)", hub_seconds, "first sync via shared file", file_seconds
    )
    record_ratio(
        "no-op sync via hub (scale 10)", noop, "one request to the hub", statistics.median(hello)
    )
    assert requests == [1] * 5  # one round trip, nothing written on either side
    print(
        f"\nfirst sync at scale 10: hub {hub_seconds:.1f} s"
        f" ({first.sent} rows sent, {held} on the hub),"
        f" shared file {file_seconds:.1f} s; no-op sync via hub {noop * 1000:.1f} ms"
        f" ({requests[0]} request), one /v1/hello {statistics.median(hello) * 1000:.1f} ms"
    )
