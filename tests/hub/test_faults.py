"""Faults between a desktop and the hub, for real and simulated: the service process killed
(SIGKILL) in the middle of a push, PostgreSQL restarting during a sync (a crash restart), a
push's database connection dying, a push whose answer is lost, dead database connections, the
network gone before or during a sync. Nothing is applied twice, nothing is lost, the desktop
goes on offline and syncs later.

"In the middle" is made certain, not timed: once the desktop's first push has been applied,
the hub's owner holds ``hub.record`` against writes (``LOCK … IN EXCLUSIVE MODE``; reads go
on), and the fault strikes when PostgreSQL shows a push of the service waiting for that lock,
inside its transaction."""

from __future__ import annotations

import http.server
import json
import os
import signal
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hub_helpers import raw_rows
from server_thread import free_port, running_service, start_process
from sync_helpers import Client, make_template, row, snapshot

from fredapp.core.models import Measure
from fredapp.core.sync import HubRefused, HubUnavailable, SyncResult, sync
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.server.app import POOL_WAIT_S
from fredapp.server.users import token_hash


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


class Proxy:
    """Forwards to the hub; can lose the answer to a push, before or after the hub applied it."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.lose: str | None = None  # "before" or "after" the hub sees the push, once
        self.pushes: list[str] = []  # batch ids the hub saw
        self.down = False  # the network is gone: every request dropped unanswered
        self.cut_on_push = False  # the network goes when the first push is on its way

    @contextmanager
    def running(self) -> Iterator[str]:
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _forward(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if method == "POST" and proxy.cut_on_push:
                    proxy.down, proxy.cut_on_push = True, False
                if proxy.down:
                    self.close_connection = True
                    return
                if method == "POST" and proxy.lose == "before":
                    proxy.lose = None
                    self.close_connection = True  # the service died before it read the push
                    return
                request = urllib.request.Request(
                    proxy.target + self.path,
                    data=body,
                    method=method,
                    headers={k: v for k, v in self.headers.items() if k.lower() != "host"},
                )
                try:
                    with urllib.request.urlopen(request, timeout=60) as answer:
                        status, payload = answer.status, answer.read()
                except urllib.error.HTTPError as exc:
                    status, payload = exc.code, exc.read()
                if method == "POST":
                    proxy.pushes.append(body.decode()[:60] if body else "")
                    if proxy.lose == "after":
                        proxy.lose = None
                        self.close_connection = True  # applied, then the answer was lost
                        return
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._forward("GET")

            def do_POST(self) -> None:
                self._forward("POST")

        server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()


@pytest.fixture
def desks(hub_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    made = [Client(tmp_path / f"{n}.sqlite", template, n) for n in ("a", "b")]
    tokens = [hub_db.user(f"{n}-{uuid.uuid4().hex[:6]}", ["facilitator"])[1] for n in "ab"]
    yield list(zip(made, tokens, strict=True))
    for client in made:
        client.close()


def run(client: Client, token: str, url: str):  # type: ignore[no-untyped-def]
    hub = ServerHub(url, token, mirror=mirror_path(client.path, "hub", token), retries=3)
    return sync(client.path, hub, clock=client.service.clock)


def hub_rows(hub_db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with psycopg.connect(hub_db.owner) as conn:
        return conn.execute(
            "SELECT tbl, id, stamp, seq FROM hub.record ORDER BY tbl, id"
        ).fetchall()


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_push_whose_answer_is_lost_is_retried_and_applied_once(
    hub_db, service, desks, when
) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    record = a.service.create(
        Measure, code="F-1", title="Tapt svar", dimension="S", level="stab"
    ).record_id
    proxy = Proxy(service)
    with proxy.running() as url:
        proxy.lose = when
        result = run(a, token_a, url)
    assert result.sent > 0 and proxy.lose is None
    # The hub saw the push once ("before") or twice with one batch id ("after"): applied once.
    batches = {text.split('"batch": "')[1][:32] for text in proxy.pushes if '"batch"' in text}
    assert len(batches) == 1 and len(proxy.pushes) == (2 if when == "after" else 1)
    before = hub_rows(hub_db)
    run(b, token_b, service)
    assert row(b.path, "measure", record)["title"] == "Tapt svar"  # type: ignore[index]
    assert hub_rows(hub_db) == before  # b had nothing to send; a's records were written once
    run(a, token_a, service)
    assert snapshot(a.path) == snapshot(b.path)


def test_dead_database_connections_do_not_fail_a_sync(hub_db, service, desks) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    a.service.create(Measure, code="F-2", title="Etter omstart", dimension="S", level="stab")
    with psycopg.connect(hub_db.owner, autocommit=True) as conn:
        # What a PostgreSQL restart does to the service: every connection it holds is gone.
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (hub_db.role,),
        )
    assert run(a, token_a, service).sent > 0
    run(b, token_b, service)
    assert snapshot(a.path) == snapshot(b.path)


def test_without_network_the_desktop_goes_on_and_syncs_later(hub_db, service, desks) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    record = a.service.create(
        Measure, code="F-3", title="Frakoblet", dimension="S", level="stab"
    ).record_id
    before = snapshot(a.path)
    gone = f"http://127.0.0.1:{free_port()}"
    hub = ServerHub(gone, token_a, mirror=mirror_path(a.path, "hub", token_a), retries=1)
    with pytest.raises(HubUnavailable, match="not reachable"):
        sync(a.path, hub, clock=a.service.clock)
    assert snapshot(a.path) == before  # nothing changed offline
    a.service.update(Measure, record, title="Frakoblet, endret")
    run(a, token_a, service)
    run(b, token_b, service)
    assert row(b.path, "measure", record)["title"] == "Frakoblet, endret"  # type: ignore[index]


def many_measures(client: Client, count: int, prefix: str) -> list[str]:
    made = [
        client.service.create(
            Measure, code=f"{prefix}-{n}", title=f"{prefix} {n}", dimension="S", level="stab"
        ).record_id
        for n in range(count)
    ]
    return [record.hex for record in made]


class Syncing:
    """A desktop's sync in a thread, as the window runs it, with its result or error."""

    def __init__(self, client: Client, hub: ServerHub) -> None:
        self.result: SyncResult | None = None
        self.error: Exception | None = None

        def work() -> None:
            try:
                self.result = sync(client.path, hub, clock=client.service.clock)
            except Exception as exc:  # the test looks at what the desktop got
                self.error = exc

        self.thread = threading.Thread(target=work, daemon=True)
        self.thread.start()

    def wait(self) -> None:
        self.thread.join(timeout=180)
        assert not self.thread.is_alive(), "the sync did not end"


def _until(what: str, check, timeout: float = 90) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"waited in vain for {what}"
        time.sleep(0.01)


@dataclass
class Caught:
    applied: int  # pushes of the user applied before
    pid: int  # the server process of the push that waits


@contextmanager
def push_caught_inside_postgres(hub_db, token: str) -> Iterator[Caught]:  # type: ignore[no-untyped-def]
    """Once a push of ``token``'s user has been applied, hold hub.record against writes and
    yield (how many pushes were applied) when the next push waits for it inside its
    transaction; then let go."""
    with psycopg.connect(hub_db.owner, autocommit=True) as watch:
        user_id = watch.execute(
            "SELECT user_id FROM hub.token WHERE hash = %s", (token_hash(token),)
        ).fetchone()[0]

        def applied() -> int:
            query = "SELECT count(*) FROM hub.push_batch WHERE user_id = %s AND result IS NOT NULL"
            return int(watch.execute(query, (user_id,)).fetchone()[0])

        _until("the first push", applied)
        holder = psycopg.connect(hub_db.owner)
        holder.execute("LOCK TABLE hub.record IN EXCLUSIVE MODE")

        def waiting() -> int | None:
            query = (
                "SELECT pid FROM pg_stat_activity WHERE usename = %s "
                "AND wait_event_type = 'Lock' AND state = 'active'"
            )
            found = watch.execute(query, (hub_db.role,)).fetchone()
            return int(found[0]) if found else None

        try:
            _until("a push waiting inside PostgreSQL", waiting)
            yield Caught(applied(), waiting() or 0)
        finally:
            try:
                holder.rollback()
                holder.close()
            except psycopg.Error:
                pass  # a restarted server took it already


def pushes_applied(hub_db, token: str) -> int:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.owner) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM hub.push_batch b JOIN hub.token t USING (user_id) "
                "WHERE t.hash = %s AND b.result IS NOT NULL",
                (token_hash(token),),
            ).fetchone()[0]
        )


def assert_hub_holds_exactly(hub_db, client: Client, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Each record on the hub once, as the desktop holds it, and the same history rows."""
    with psycopg.connect(hub_db.owner) as conn:
        records = conn.execute(
            "SELECT id, data FROM hub.record WHERE tbl = 'measure' AND id = ANY(%s)", (ids,)
        ).fetchall()
        history = conn.execute(
            "SELECT id, data FROM hub.record WHERE tbl = 'changerecord' "
            "AND data->>'record_id' = ANY(%s)",
            (ids,),
        ).fetchall()
    desktop = {r["id"]: r for r in raw_rows(client.path, "measure") if r["id"] in set(ids)}
    assert len(records) == len(ids) == len(desktop)
    assert {i: data for i, data in records} == desktop
    mine = [r for r in raw_rows(client.path, "changerecord") if r["record_id"] in set(ids)]
    assert len(history) == len(mine) > 0
    assert {i: data for i, data in history} == {r["id"]: r for r in mine}


def test_the_service_killed_in_the_middle_of_a_push_loses_nothing_and_applies_nothing_twice(
    hub_db, service, desks
) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    ids = many_measures(a, 300, "Drept")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_process(hub_db.service, port)
    logs = []
    try:
        # Pushes of 100 records (and their history); retries as a desktop on a bad line would.
        hub = ServerHub(url, token_a, mirror=mirror_path(a.path, url, token_a), push_size=100)
        hub.retries = 8  # 0.2 s doubling: ~50 s for the service to come back
        syncing = Syncing(a, hub)
        with push_caught_inside_postgres(hub_db, token_a) as caught:
            process.kill()  # SIGKILL: no shutdown, no answer, the push's transaction open
            logs.append(process.communicate(timeout=30)[0])
        process = start_process(hub_db.service, port)  # the same address, as systemd would
        syncing.wait()
    finally:
        process.terminate()
        logs.append(process.communicate(timeout=30)[0])
    assert syncing.error is None, syncing.error
    assert syncing.result is not None and syncing.result.sent >= len(ids)
    # Pushes were applied before the kill and after it: it struck in the middle.
    assert 0 < caught.applied < pushes_applied(hub_db, token_a)
    assert_hub_holds_exactly(hub_db, a, ids)
    assert run(a, token_a, service).sent == 0  # nothing left behind on the desktop
    run(b, token_b, service)
    assert snapshot(a.path) == snapshot(b.path)
    assert all(token_a not in log for log in logs)


def crash_restart_postgresql(pid: int) -> None:
    """PostgreSQL restarts: one of its server processes is killed (SIGKILL, as the kernel's
    out-of-memory killer does), so the postmaster ends every connection and every open
    transaction, starts its processes again and recovers from its log before it takes
    connections again. (A stop and start with pg_ctlcluster does the same to the clients but
    frees the port for a moment; on a machine running other throwaway clusters one of them
    took it, and the restart failed, about once in eight runs.)"""
    with psycopg.connect("", dbname=os.environ.get("PGDATABASE", "postgres")) as sentinel:
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(psycopg.OperationalError):
            for _ in range(600):  # the postmaster ends the sentinel's connection too
                sentinel.execute("SELECT 1")
                time.sleep(0.01)


def test_postgresql_restarted_during_a_sync_then_the_next_sync_completes(
    hub_db, service, desks
) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    ids = many_measures(a, 300, "Omstart")
    hub = ServerHub(service, token_a, mirror=mirror_path(a.path, service, token_a), push_size=100)
    syncing = Syncing(a, hub)  # the desktop's own retries (4, about 3 s)
    with push_caught_inside_postgres(hub_db, token_a) as caught:
        crash_restart_postgresql(caught.pid)
    syncing.wait()
    assert caught.applied > 0  # restarted in the middle of the sync
    if syncing.error is not None:
        # Completed or refused with a clear message, never a half-applied push.
        assert isinstance(syncing.error, HubUnavailable | HubRefused), repr(syncing.error)
        shown = str(syncing.error)
        assert "not reachable" in shown and "Traceback" not in shown and token_a not in shown
    # The same service, not restarted: its pool replaced the dead connections by itself.
    again = run(a, token_a, service)
    assert again.warnings == []
    assert_hub_holds_exactly(hub_db, a, ids)
    assert run(a, token_a, service).sent == 0
    run(b, token_b, service)
    assert snapshot(a.path) == snapshot(b.path)


def test_the_network_lost_in_the_middle_of_a_sync_loses_nothing_when_it_is_back(
    hub_db, service, desks
) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), (b, token_b) = desks
    theirs = b.service.create(
        Measure, code="N-B", title="Fra B", dimension="S", level="stab"
    ).record_id
    run(b, token_b, service)
    mine = [
        a.service.create(Measure, code=f"N-{n}", title=f"Fra A {n}", dimension="S", level="stab")
        for n in range(3)
    ]
    proxy = Proxy(service)
    with proxy.running() as url:
        mirror = mirror_path(a.path, "hub", token_a)  # the mirror run() uses: one hub
        proxy.cut_on_push = True  # pulled, merged, then the line goes as the push leaves
        with pytest.raises(HubUnavailable, match="not reachable"):
            sync(a.path, ServerHub(url, token_a, mirror=mirror, retries=1), clock=a.service.clock)
        assert proxy.down and proxy.pushes == []  # the hub never saw a push
        # The desktop goes on offline: its records are there and it takes new edits.
        assert row(a.path, "measure", mine[0].record_id)["title"] == "Fra A 0"  # type: ignore[index]
        a.service.update(Measure, mine[0].record_id, title="Endret uten nett")
        proxy.down = False
        result = sync(a.path, ServerHub(url, token_a, mirror=mirror), clock=a.service.clock)
    assert result.sent > 0 and result.warnings == []
    assert row(a.path, "measure", theirs)["title"] == "Fra B"  # type: ignore[index]
    run(b, token_b, service)
    assert row(b.path, "measure", mine[0].record_id)["title"] == "Endret uten nett"  # type: ignore[index]
    assert snapshot(a.path) == snapshot(b.path)


def test_a_push_whose_database_connection_dies_is_a_503_and_applies_on_retry(
    hub_db, service, desks
) -> None:  # type: ignore[no-untyped-def]
    (a, token_a), _b = desks
    record = a.service.create(
        Measure, code="F-503", title="Forbindelsen brøt", dimension="S", level="stab"
    ).record_id
    rows = [("measure", r) for r in raw_rows(a.path, "measure", record)]
    body = {
        "batch": uuid.uuid4().hex,
        "device": "testdevice",
        "rows": [{"table": t, "base": None, "row": r} for t, r in rows],
    }

    def push() -> tuple[int, dict, Any]:  # type: ignore[type-arg]
        request = urllib.request.Request(
            f"{service}/v1/push",
            data=json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {token_a}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, json.loads(answer.read()), answer.headers
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read()), exc.headers

    answers: list[tuple[int, dict, Any]] = []  # type: ignore[type-arg]
    before = hub_rows(hub_db)
    with (
        psycopg.connect(hub_db.owner, autocommit=True) as watch,
        psycopg.connect(hub_db.owner) as holder,
    ):
        holder.execute("LOCK TABLE hub.record IN EXCLUSIVE MODE")
        pushing = threading.Thread(target=lambda: answers.append(push()))
        pushing.start()
        waiting = "SELECT pid FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'"
        _until(
            "the push inside PostgreSQL",
            lambda: watch.execute(waiting, (hub_db.role,)).fetchone(),
        )
        pid = watch.execute(waiting, (hub_db.role,)).fetchone()[0]
        watch.execute("SELECT pg_terminate_backend(%s)", (pid,))
        pushing.join(timeout=60)
    status, detail, headers = answers[0]
    assert (
        status == 503
        and detail["detail"] == "the hub's database is not reachable just now; try again"
    )
    assert headers.get("Retry-After") == "1"
    assert hub_rows(hub_db) == before  # nothing of it applied, the batch id not taken
    status, result, _headers = push()  # the desktop's retry: the same batch
    assert status == 200 and result["applied"] == len(rows) and result["replayed"] is False
    assert push()[1]["replayed"] is True


def test_a_service_whose_database_is_gone_says_so_and_recovers_by_itself(hub_db, service) -> None:  # type: ignore[no-untyped-def]
    """The service's role cannot connect (as with PostgreSQL gone): each request waits for a
    connection at most POOL_WAIT_S and is a 503 saying why; once it can, the same service
    answers again without a restart."""
    _uid, token = hub_db.user(f"borte-{uuid.uuid4().hex[:6]}", ["hr"])
    hello = urllib.request.Request(
        f"{service}/v1/hello", headers={"Authorization": f"Bearer {token}"}
    )
    with psycopg.connect(hub_db.owner, autocommit=True) as owner:
        owner.execute(f'ALTER ROLE "{hub_db.role}" NOLOGIN')
        owner.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (hub_db.role,),
        )
        try:
            started = time.monotonic()
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(hello, timeout=60)
            waited = time.monotonic() - started
            assert refused.value.code == 503 and waited < POOL_WAIT_S + 5
            assert "not reachable just now" in json.loads(refused.value.read())["detail"]
        finally:
            owner.execute(f'ALTER ROLE "{hub_db.role}" LOGIN')
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(hello, timeout=60) as answer:
                assert answer.status == 200
                break
        except urllib.error.HTTPError as exc:
            assert exc.code == 503 and time.monotonic() < deadline
            time.sleep(0.5)
