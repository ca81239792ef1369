"""Fresh hub databases on the test PostgreSQL server (one per test module)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from psycopg.conninfo import make_conninfo

from fredapp.server.schema import init_database
from fredapp.server.users import add_user


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


def make_hub_database(admin: str) -> HubDatabase:
    suffix = uuid.uuid4().hex[:10]
    name, role = f"fredapp_test_{suffix}", f"fredapp_hub_{suffix}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    owner = make_conninfo("", dbname=name)
    result = init_database(owner, service_role=role)
    with psycopg.connect(owner) as conn:
        # Autovacuum's ANALYZE writes (pg_statistic) and so holds pulls back while it runs
        # (README: pulls wait for the oldest writing transaction); tests that compare a
        # desktop with the hub right after a sync would depend on its timing.
        for table in ("record", "push_batch", "device"):
            if conn.execute("SELECT to_regclass(%s)", (f"hub.{table}",)).fetchone() != (None,):
                conn.execute(f"ALTER TABLE hub.{table} SET (autovacuum_enabled = false)")
    assert result.service_conninfo is not None
    return HubDatabase(owner, result.service_conninfo, role, result.hub_id, name)


def drop_hub_database(admin: str, hub: HubDatabase) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{hub.name}" WITH (FORCE)')
        conn.execute(f'DROP ROLE IF EXISTS "{hub.role}"')
