"""Fixtures for the hub's tests: a real PostgreSQL, a fresh database per test module.

The server comes from the PG* environment variables, as ``pg_virtualenv`` (Debian's
``postgresql`` package) sets them: ``pg_virtualenv .venv/bin/python -m pytest``. Without a
reachable server the hub's tests fail and say so; they never skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from hub_databases import HubDatabase, drop_hub_database, make_hub_database
from psycopg.conninfo import make_conninfo

HOW_TO_RUN = (
    "the hub's tests need a PostgreSQL server (found through PGHOST, PGPORT, PGUSER, "
    "PGPASSWORD). Run the tests inside pg_virtualenv (Debian's postgresql package): "
    "pg_virtualenv .venv/bin/python -m pytest"
)


@pytest.fixture(scope="session")
def pg_server() -> str:
    admin = make_conninfo("", dbname=os.environ.get("PGDATABASE", "postgres"))
    try:
        with psycopg.connect(admin, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        pytest.fail(f"no PostgreSQL server reachable ({reason}); {HOW_TO_RUN}", pytrace=False)
    return admin


@pytest.fixture(scope="module")
def hub_db(pg_server: str) -> Iterator[HubDatabase]:
    hub = make_hub_database(pg_server)
    yield hub
    drop_hub_database(pg_server, hub)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """A hub test never passes by being skipped: a skip here is reported as a failure."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and "tests/hub" in str(item.path):
        report.outcome = "failed"
        report.longrepr = f"the hub's tests must run, not skip ({report.longrepr}); {HOW_TO_RUN}"
