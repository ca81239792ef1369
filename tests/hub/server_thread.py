"""The hub's service on a free port, in a thread (uvicorn) or as its own process, for clients
that speak real HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from fredapp.server.app import create_app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_service(conninfo: str, pool_size: int = 8) -> Iterator[str]:
    """Serve the hub at ``conninfo``; yields its URL; stops it afterwards."""
    port = free_port()
    config = uvicorn.Config(
        create_app(conninfo, pool_size=pool_size),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="hub-service", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the hub service did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def start_process(conninfo: str, port: int, *extra: str) -> subprocess.Popen[str]:
    """``fredapp hub serve`` as its own process on ``port``, once it answers; its log (stdout
    and stderr together) is read by the caller after it ends."""
    command = [sys.executable, "-m", "fredapp", "hub", "serve", "--database", conninfo]
    process = subprocess.Popen(
        [*command, "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/hello", timeout=5)
        except urllib.error.HTTPError:
            return process  # 401 without a token: it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log = process.communicate()[0]
                raise RuntimeError(f"fredapp hub serve did not start: {log}") from None
            time.sleep(0.1)
