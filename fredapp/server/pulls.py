"""The pull side of the hub's protocol: pages of records after a cursor, as the request's user.

The records changed after a cursor, in pages. The cursor is the pair
(transaction id, sequence number) the trigger stamped on the record's last write, and a pull
returns only rows written by transactions older than the oldest one still running
(``pg_snapshot_xmin(pg_current_snapshot())``). A sequence number alone is not enough: it is
taken when a row is written but becomes visible at commit, so a transaction that took number 5
and commits after another took 6 would be skipped by a reader already past 6. Every
transaction older than the snapshot's xmin has ended, and new ones get larger ids, so nothing
can appear later below the cursor: a change that commits late is returned late, never skipped.
The horizon and the rows are read by two statements of one READ COMMITTED transaction: every
transaction below the horizon had ended before the second statement's snapshot, which therefore
sees all they wrote. Cursors are ordered as numbers (``xid8``), never as text.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import psycopg

PAGE_MAX = 5000
_CURSOR = re.compile(r"(\d{1,20})\.(\d{1,20})")


def begin_as(conn: psycopg.Connection[Any], user_id: int) -> None:
    conn.execute("SELECT set_config('hub.user_id', %s, true)", (str(user_id),))


def parse_cursor(text: str) -> tuple[int, int]:
    """'txid.seq' → numbers; ValueError if it is not one ('' is the start)."""
    if text == "":
        return 0, 0
    found = _CURSOR.fullmatch(text)
    if not found:
        raise ValueError("not a hub cursor")
    return int(found.group(1)), int(found.group(2))


@dataclass
class Page:
    rows: list[dict[str, Any]]
    cursor: str
    more: bool


class Reload(Exception):
    """The cursor lies below tombstones removed since: the device must pull everything again."""

    status = 410


def pull(conn: psycopg.Connection[Any], user_id: int, after: str, limit: int) -> Page:
    txid, seq = parse_cursor(after)
    limit = max(1, min(limit, PAGE_MAX))
    with conn.transaction():
        begin_as(conn, user_id)
        cleaned = conn.execute("SELECT value FROM hub.meta WHERE key = 'cleaned_below'").fetchone()
        if after and cleaned and (txid, seq) < parse_cursor(str(cleaned[0])):
            raise Reload("deleted records this device never saw were cleaned up; pull all again")
        horizon_row = conn.execute(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
        ).fetchone()
        assert horizon_row is not None
        horizon = int(horizon_row[0])
        # Ordered by the table's xid8 column, qualified: an output column named txid (the
        # text sent back) would win over it in ORDER BY and sort '1003' before '729', so a
        # page's cursor would jump past rows not yet returned (the bug of issue 18).
        found = conn.execute(
            "SELECT r.tbl, r.data, r.txid::text AS txid_text, r.seq FROM hub.record r "
            "WHERE r.txid < %s::xid8 AND (r.txid, r.seq) > (%s::xid8, %s::bigint) "
            "ORDER BY r.txid, r.seq LIMIT %s",
            (str(horizon), str(txid), seq, limit),
        ).fetchall()
    rows = [{"table": tbl, "row": data} for tbl, data, _t, _s in found]
    if len(found) == limit:
        return Page(rows, f"{found[-1][2]}.{found[-1][3]}", True)
    # Everything below the horizon has been seen; never move a cursor backwards.
    end = max((horizon, 0), (txid, seq))
    return Page(rows, f"{end[0]}.{end[1]}", False)


def seen(conn: psycopg.Connection[Any], user_id: int, device: str, after: str) -> None:
    """Remember how far a device's mirror has come (what ``hello`` is asked after): tombstones
    below every active device's cursor may go (fredapp hub cleanup). Its own transaction:
    a pull stays a reader. A device at the same place seen within the hour is not written
    again, so a sync with nothing new writes nothing."""
    if not device or not after:
        return
    txid, seq = parse_cursor(after)
    with conn.transaction():
        begin_as(conn, user_id)
        conn.execute(
            "INSERT INTO hub.device AS d (user_id, device, txid, seq) "
            "VALUES (%s, %s, %s::xid8, %s) ON CONFLICT (user_id, device) DO UPDATE "
            "SET txid = EXCLUDED.txid, seq = EXCLUDED.seq, seen = now() "
            "WHERE (d.txid, d.seq) <> (EXCLUDED.txid, EXCLUDED.seq) "
            "OR d.seen < now() - interval '1 hour'",
            (user_id, device[:64], str(txid), seq),
        )


def news(conn: psycopg.Connection[Any], user_id: int, after: str) -> bool:
    """Whether a pull after ``after`` would return anything (the cheap no-op check), or be
    told to reload (tombstones below the cursor were cleaned up: the device must pull)."""
    txid, seq = parse_cursor(after)
    with conn.transaction():
        begin_as(conn, user_id)
        row = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM hub.record "
            "WHERE txid < pg_snapshot_xmin(pg_current_snapshot()) "
            "AND (txid, seq) > (%s::xid8, %s::bigint)), "
            "(SELECT value FROM hub.meta WHERE key = 'cleaned_below')",
            (str(txid), seq),
        ).fetchone()
    if row is None:
        return False
    behind = bool(after and row[1] and (txid, seq) < parse_cursor(str(row[1])))
    return bool(row[0]) or behind


def access(conn: psycopg.Connection[Any], user_id: int) -> dict[str, Any]:
    """What the user may see: roles, the unit lineages they lead, the tables private to units.

    The desktop removes private rows of other units (rows leave a laptop when access is lost)
    and pulls everything again when ``key`` changes (access gained).
    """
    with conn.transaction():
        begin_as(conn, user_id)
        row = conn.execute("SELECT hub.my_roles(), hub.my_lineages()").fetchone()
        private = conn.execute("SELECT tbl FROM hub.table_class WHERE private ORDER BY tbl")
        tables = [str(r[0]) for r in private.fetchall()]
    roles, lineages = (sorted(row[0]), sorted(row[1])) if row else ([], [])
    key = hashlib.sha256(json.dumps([roles, lineages, tables]).encode()).hexdigest()[:32]
    return {"key": key, "roles": roles, "lineages": lineages, "private": tables}
