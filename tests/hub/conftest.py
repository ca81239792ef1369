"""Fixtures for the hub's tests: a real PostgreSQL, a fresh database per test module.

The server comes from the PG* environment variables, as ``pg_virtualenv`` (Debian's
``postgresql`` package) sets them: ``pg_virtualenv .venv/bin/python -m pytest``. Without a
reachable server the hub's tests fail and say so; they never skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from fredapp.server.schema import init_database
from fredapp.server.users import add_user

HOW_TO_RUN = (
    "the hub's tests need a PostgreSQL server (found through PGHOST, PGPORT, PGUSER, "
    "PGPASSWORD). Run the tests inside pg_virtualenv (Debian's postgresql package): "
    "pg_virtualenv .venv/bin/python -m pytest"
)


@dataclass
class HubDatabase:
    owner: str  # conninfo of the owner (the role that ran hub init)
    service: str  # conninfo of the service role
    role: str
    hub_id: str
    name: str

    def user(self, name: str, roles: list[str], units: list[str] | None = None) -> tuple[int, str]:
        made = add_user(self.owner, name, roles, units or [])
        return made.user_id, made.token


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


def make_hub_database(admin: str) -> HubDatabase:
    suffix = uuid.uuid4().hex[:10]
    name, role = f"fredapp_test_{suffix}", f"fredapp_hub_{suffix}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    owner = make_conninfo("", dbname=name)
    result = init_database(owner, service_role=role)
    assert result.service_conninfo is not None
    return HubDatabase(owner, result.service_conninfo, role, result.hub_id, name)


def drop_hub_database(admin: str, hub: HubDatabase) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{hub.name}" WITH (FORCE)')
        conn.execute(f'DROP ROLE IF EXISTS "{hub.role}"')


@pytest.fixture(scope="module")
def hub_db(pg_server: str) -> Iterator[HubDatabase]:
    hub = make_hub_database(pg_server)
    yield hub
    drop_hub_database(pg_server, hub)
