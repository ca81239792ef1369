"""Helpers for the hub's tests: realistic rows made by FredApp itself, and a signed client."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import psycopg
from fastapi.testclient import TestClient
from sync_helpers import Client


def raw_rows(path: Path, table: str, record_id: uuid.UUID | None = None) -> list[dict[str, Any]]:
    """Rows as the desktop's SQLite holds them (what a push carries)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        if record_id is None:
            found = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        else:
            found = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id.hex,))
        return [dict(r) for r in found]


def history_of(path: Path, record_id: uuid.UUID) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM changerecord WHERE record_id = ?", (record_id.hex,))
        return [dict(r) for r in found]


def push_body(rows: list[tuple[str, dict[str, Any]]], base: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    base = base or {}
    return {
        "batch": uuid.uuid4().hex,
        "device": "testdevice",
        "rows": [{"table": t, "base": base.get(r["id"]), "row": r} for t, r in rows],
    }


def record_with_history(client: Client, table: str, record_id: uuid.UUID) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    rows = [(table, r) for r in raw_rows(client.path, table, record_id)]
    return rows + [("changerecord", r) for r in history_of(client.path, record_id)]


class Signed:
    """A TestClient with one user's token."""

    def __init__(self, http: TestClient, token: str) -> None:
        self.http = http
        self.headers = {"Authorization": f"Bearer {token}"}

    def push(self, body: dict):  # type: ignore[no-untyped-def, type-arg]
        return self.http.post("/v1/push", json=body, headers=self.headers)

    def pull_all(self, after: str = "", limit: int = 1000) -> tuple[list[dict], str]:  # type: ignore[type-arg]
        rows: list[dict] = []  # type: ignore[type-arg]
        while True:
            answer = self.http.get(
                "/v1/pull", params={"after": after, "limit": limit}, headers=self.headers
            )
            assert answer.status_code == 200, answer.text
            page = answer.json()
            rows += page["rows"]
            after = page["cursor"]
            if not page["more"]:
                return rows, after


def current_txid(conninfo: str) -> int:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        found = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
    assert found is not None
    return int(found[0])


def txids_gain_a_digit(conninfo: str, short_of: int = 0, most: int = 2_000_000) -> int:
    """Use up transaction ids until the next one has one digit more (999 → 1000), or until
    ``short_of`` ids before that (nothing when already there, or more than ``most`` away:
    about 4 s a million); returns the last used.

    Transaction ids compared as text sort 1000 before 999: what broke the pulls of issue 18.
    """
    now = current_txid(conninfo)
    target = 10 ** len(str(now)) - short_of
    with psycopg.connect(conninfo) as conn:
        # One transaction whose subtransactions each take an id: one commit, however many
        # (a commit per id waits for the disk: 50 ids a second on a busy machine).
        conn.execute("CREATE TEMP TABLE burn (n int)")
        count = max(0, target - now) if target - now <= most else 0
        conn.execute(
            f"DO $$ BEGIN FOR i IN 1..{count} LOOP "
            "BEGIN INSERT INTO burn VALUES (i); RAISE EXCEPTION 'next'; "
            "EXCEPTION WHEN raise_exception THEN NULL; END; END LOOP; END $$"
        )
    return current_txid(conninfo)
