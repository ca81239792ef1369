"""Faults between a desktop and the hub: a push whose answer is lost, dead database connections,
the network gone. Nothing is applied twice, nothing is lost, the desktop goes on offline."""

from __future__ import annotations

import http.server
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from server_thread import free_port, running_service
from sync_helpers import Client, make_template, row, snapshot

from fredapp.core.models import Measure
from fredapp.core.sync import HubUnavailable, sync
from fredapp.core.sync.remote import ServerHub, mirror_path


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

    @contextmanager
    def running(self) -> Iterator[str]:
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _forward(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
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
