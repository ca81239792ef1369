"""The rows a merge writes, and what it counts: records, history rows, conflict rows.

Shared by the merge of whole tables (:mod:`fredapp.core.sync.merge`) and of single records
(:mod:`fredapp.core.sync.merge_record`): both write the same rows into both sides.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fredapp.core.clock import HybridClock
from fredapp.core.models import ConflictKind

CREATED = "(created)"  # the history's field name for a created record (see service.py)
SYNC_AUTHOR = "FredApp sync"
_CONFLICT_NAMESPACE = uuid.UUID("5f0c3a52-8d0b-4e3c-9c5e-6b7f2f7c1a11")
RECEIVED_IDS_LIMIT = 1000


@dataclass
class MergeCounts:
    to_ours: int = 0  # rows written into our side (received)
    to_theirs: int = 0  # rows written into their side (sent)
    conflicts: int = 0  # new conflicts recorded
    restored: int = 0  # records kept because a delete met an edit made elsewhere
    max_stamp: str = ""
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Some of the records written into our side, per table (at most RECEIVED_IDS_LIMIT in all),
    # so a window can tell its views what changed.
    received_ids: dict[str, list[str]] = field(default_factory=dict)

    def note_received(self, table: str, ids: Iterable[str]) -> None:
        room = RECEIVED_IDS_LIMIT - sum(len(v) for v in self.received_ids.values())
        if room > 0:
            self.received_ids.setdefault(table, []).extend(list(ids)[:room])

    @property
    def changed(self) -> bool:
        return bool(self.to_ours or self.to_theirs)


@dataclass
class MergeContext:
    """One merge: the connection, its clock, the two schemas, and what it has counted."""

    conn: sqlite3.Connection
    clock: HybridClock
    ours: str
    theirs: str
    counts: MergeCounts
    check: bool = True


def columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def tables_in(conn: sqlite3.Connection, schema: str) -> set[str]:
    query = f"SELECT name FROM \"{schema}\".sqlite_master WHERE type = 'table'"
    return {row[0] for row in conn.execute(query)}


def insert(
    conn: sqlite3.Connection,
    schema: str,
    table: str,
    row: dict[str, Any],
    *,
    replace: bool = False,
    ignore: bool = False,
) -> bool:
    """Insert ``row`` into ``schema``.``table``; whether a row was written."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE" if ignore else "INSERT"
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(
        f'{verb} INTO "{schema}"."{table}" ({names}) VALUES ({marks})', tuple(row.values())
    )
    return cursor.rowcount > 0


def _device_of(stamp: str) -> str:
    parts = stamp.split(".", 2)
    return parts[2] if len(parts) == 3 else ""


def conflict_row(
    table: str,
    record: str,
    name: str,
    kind: ConflictKind,
    value_a: object,
    value_b: object,
    stamp_a: str,
    stamp_b: str,
) -> dict[str, Any]:
    """A conflict row; its id depends only on what met, so every merge makes the same one."""
    low, high = sorted((stamp_a, stamp_b))
    key = uuid.uuid5(_CONFLICT_NAMESPACE, f"{table}/{record}/{name}/{low}/{high}")
    return {
        "id": key.hex,
        "stamp": "",
        "device": "",
        "deleted": 0,
        "table_name": table,
        "record_id": record,
        "field_name": name,
        "kind": kind.value,
        "value_a": value_a,
        "value_b": value_b,
        "stamp_a": stamp_a,
        "stamp_b": stamp_b,
        "device_a": _device_of(stamp_a),
        "device_b": _device_of(stamp_b),
        "resolved": 0,
    }


def restore_history(table: str, record: str, stamp: str, device: str) -> dict[str, Any]:
    """The history row saying the merge undid a record's delete."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return {
        "id": uuid.uuid4().hex,
        "stamp": stamp,
        "device": device,
        "deleted": 0,
        "table_name": table,
        "record_id": record,
        "field_name": "deleted",
        "old_value": "true",
        "new_value": "false",
        "author": SYNC_AUTHOR,
        "changed_at": now.strftime("%Y-%m-%d %H:%M:%S.%f"),
    }
