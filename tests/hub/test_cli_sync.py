"""fredapp sync --hub: the command line through the server hub (exit codes as for --shared)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import psycopg
import pytest
from server_thread import free_port, running_service
from sync_helpers import Client, make_template

from fredapp.cli import main as cli_main
from fredapp.core.models import Measure


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


def measures(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT code FROM measure WHERE NOT deleted")}


def test_two_desktops_sync_through_the_hub_on_the_command_line(
    hub_db, service, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    a.service.create(Measure, code="CLI-1", title="Fra Anne", dimension="S", level="stab")
    a.close()
    b = Client(tmp_path / "b.sqlite", template, "Bjørn")
    b.close()
    token_a = hub_db.user("Anne CLI", ["facilitator"])[1]
    token_b = hub_db.user("Bjørn CLI", ["facilitator"])[1]
    assert cli_main(["sync", "--db", str(a.path), "--hub", service, "--token", token_a]) == 0
    out = capsys.readouterr()
    assert "sent" in out.out and token_a not in out.out + out.err
    assert cli_main(["sync", "--db", str(b.path), "--hub", service, "--token", token_b]) == 0
    assert "received" in capsys.readouterr().out
    assert "CLI-1" in measures(b.path)


def test_a_wrong_token_and_a_missing_hub_give_one_line_and_exit_2(
    hub_db, service, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    a.close()
    forged = f"fh1.{hub_db.hub_id}.{'x' * 43}"
    assert cli_main(["sync", "--db", str(a.path), "--hub", service, "--token", forged]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused the sign-in" in err[0] and forged not in err[0]
    gone = f"http://127.0.0.1:{free_port()}"
    assert cli_main(["sync", "--db", str(a.path), "--hub", gone, "--token", forged]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not reachable" in err[0]
    monkeypatch.delenv("FREDAPP_HUB_TOKEN", raising=False)
    assert cli_main(["sync", "--db", str(a.path), "--hub", service]) == 2
    assert "--hub needs your token" in capsys.readouterr().err


def _start(conninfo: str, *extra: str):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    port = free_port()
    command = [sys.executable, "-m", "fredapp", "hub", "serve", "--database", conninfo]
    process = subprocess.Popen(
        [*command, "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return process, f"http://127.0.0.1:{port}"


def test_hub_serve_runs_as_the_service_role_and_refuses_the_owner(hub_db) -> None:  # type: ignore[no-untyped-def]
    import time
    import urllib.request

    token = hub_db.user("Serve", ["hr"])[1]
    process, url = _start(hub_db.service, "--workers", "2")
    try:
        deadline = time.monotonic() + 60
        while True:
            request = urllib.request.Request(
                f"{url}/v1/hello", headers={"Authorization": f"Bearer {token}"}
            )
            try:
                with urllib.request.urlopen(request, timeout=5) as answer:
                    assert answer.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.2)
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert token not in output  # the log holds request lines, never a token
    owner, _url = _start(hub_db.owner)
    output = owner.communicate(timeout=60)[0]
    assert owner.returncode != 0 and "not as the tables' owner" in output


def test_hub_serve_that_cannot_start_says_why_in_one_line(hub_db, pg_server) -> None:  # type: ignore[no-untyped-def]
    import socket
    import subprocess
    import sys

    from psycopg.conninfo import make_conninfo

    stranger = f"fredapp_stranger_{free_port()}"
    with psycopg.connect(hub_db.owner, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD 'fremmed'")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    busy = taken.getsockname()[1]
    cases = {
        "no server": (f"host=127.0.0.1 port={free_port()} dbname=x", [], "not reachable"),
        "not a URL": ("nonsense here", [], 'not reachable: missing "="'),
        "no database": (make_conninfo(hub_db.service, dbname="finnes_ikke"), [], "does not exist"),
        "no hub there": (pg_server, [], "the database has no hub; run fredapp hub init"),
        "the owner": (hub_db.owner, [], "not as the tables' owner or a superuser"),
        "another role": (
            make_conninfo(hub_db.service, user=stranger, password="fremmed"),
            [],
            "this role may not read the hub (permission denied",
        ),
        "port in use": (
            hub_db.service,
            ["--port", str(busy)],
            f"cannot listen on 127.0.0.1:{busy}",
        ),
        "not a port": (hub_db.service, ["--port", "70000"], "--port 70000 is not a port"),
    }
    started = {
        case: subprocess.Popen(
            [sys.executable, "-m", "fredapp", "hub", "serve", "--database", url, *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for case, (url, extra, _problem) in cases.items()
    }
    try:
        for case, process in started.items():
            out, err = process.communicate(timeout=60)
            lines = err.strip().splitlines()
            assert process.returncode == 2 and out == "", (case, out, err)
            assert len(lines) == 1 and lines[0].startswith("fredapp: error: "), (case, err)
            assert cases[case][2] in lines[0], (case, lines[0])
    finally:
        taken.close()
        for process in started.values():
            if process.poll() is None:
                process.kill()
        with psycopg.connect(hub_db.owner, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {stranger}")
