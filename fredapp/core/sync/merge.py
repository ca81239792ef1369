"""The merge engine: two FredApp databases in, two equal databases out.

Both databases are schemas of one SQLite connection (``main`` and an attached
one). After :func:`merge` every synced table holds the same rows in both.

The rules, per record (same UUID on both sides):

- A record only one side has is copied to the other.
- Records with equal stamps are equal: nothing to do.
- The history (``changerecord``) is append-only and merged by union. It says
  which edits each side has not seen yet ("unknown" edits). When only one
  side has unknown edits, that side has seen everything the other has: its
  row is taken whole (fast, in SQL) — unless the other side's row is the
  newer one, which means it changed without history (a bulk write); then the
  record is merged field by field, the row stamps deciding fields no history
  names.
- When both sides have unknown edits of the record, the edits were
  concurrent and the record is merged field by field: each field takes the
  value of its latest edit by hybrid-logical-clock stamp, so edits to
  different fields both survive, and a tie on one field is decided the same
  way everywhere. The losing value stays in the history.
- A long text (description, notes …) edited concurrently on both sides keeps
  the later value in the record and the other one in a
  :class:`~fredapp.core.models.SyncConflict` row that a person resolves.
- A delete meeting an edit the deleting side never saw keeps the record: the
  merge writes a history row that restores it, and a conflict row that says so.

Every rule depends only on the union of the two sides' histories, so clients
that merge in any order and any number of times end up equal.

These rules are the only ones, for both hubs. Through a shared file the other
side is a copy of that file. Through the hub on PostgreSQL
(:mod:`fredapp.core.sync.remote`) the other side is a SQLite snapshot of what
the hub holds for this user (the hub's rows, pulled into FredApp's schema), and
what this merge writes into the snapshot is pushed back; the server decides no
merge, it only takes a record whose stamp is still the one this merge saw
(compare and swap) and otherwise makes the desktop pull and merge again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from fredapp.core import validation
from fredapp.core.clock import HybridClock, Stamp, wall_limit_ms
from fredapp.core.models import ConflictKind
from fredapp.core.sync.tables import (
    CONFLICT_TABLE,
    HISTORY_TABLE,
    long_text_fields,
    synced_table_names,
)

CREATED = "(created)"  # the history's field name for a created record (see service.py)
SYNC_AUTHOR = "FredApp sync"
_CONFLICT_NAMESPACE = uuid.UUID("5f0c3a52-8d0b-4e3c-9c5e-6b7f2f7c1a11")
RECEIVED_IDS_LIMIT = 1000

Progress = Callable[[int, int], None]


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


def columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def tables_in(conn: sqlite3.Connection, schema: str) -> set[str]:
    query = f"SELECT name FROM \"{schema}\".sqlite_master WHERE type = 'table'"
    return {row[0] for row in conn.execute(query)}


def merge(
    conn: sqlite3.Connection,
    clock: HybridClock,
    *,
    ours: str = "main",
    theirs: str = "hub",
    progress: Progress | None = None,
    check: bool = True,
) -> MergeCounts:
    """Merge schemas ``ours`` and ``theirs`` of ``conn`` in both directions.

    Runs inside the caller's transaction; the caller commits or rolls back. With ``check``
    every row taken into ``ours`` is first held to the rules of a local write
    (fredapp.core.validation); one that breaks them raises RejectedData, naming it.
    """
    counts = MergeCounts()
    present = tables_in(conn, ours) & tables_in(conn, theirs)
    # The history goes last: field merges read each side's own history, before the union.
    tables = sorted(
        (name for name in synced_table_names() if name in present),
        key=lambda name: name == HISTORY_TABLE,
    )
    # Stamps a merge makes must sort after everything either side has seen. A stamp beyond
    # the clock bound is not looked at here: the check of the rows names it.
    below = f"{wall_limit_ms(clock.wall()) + 1:013d}"
    for schema in (ours, theirs):
        seen = max_stamp(conn, schema, tables, below=below)
        if seen:
            with contextlib.suppress(ValueError):
                clock.observe(Stamp.parse(seen))
    unknown_ours = _unknown_edits(conn, ours, theirs)
    unknown_theirs = _unknown_edits(conn, theirs, ours)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_ids (id PRIMARY KEY)")
    context = _Context(conn, clock, ours, theirs, counts, check)
    for done, table in enumerate(tables):
        received, sent = _merge_table(context, table, unknown_ours, unknown_theirs)
        if received or sent:
            counts.tables[table] = (received, sent)
        counts.to_ours += received
        counts.to_theirs += sent
        if progress is not None:
            progress(done + 1, len(tables))
    if UNIT_TABLE in tables:
        _keep_parents_of_live_units(context)
    counts.max_stamp = max_stamp(conn, ours, tables)
    return counts


UNIT_TABLE = "unit"


def _keep_parents_of_live_units(ctx: _Context) -> None:
    """A unit deleted on one device while a unit was added or moved under it on another is kept.

    Left deleted, the live unit below it would silently become a top-level unit. Instead the
    deleted unit (and any deleted unit above it) is restored, and a conflict records why, for
    a person to decide. Runs after the units are merged, so both sides decide alike.
    """
    conn = ctx.conn
    query = (
        f'SELECT p.id, p.stamp, min(c.stamp) FROM "{ctx.ours}".unit p '
        f'JOIN "{ctx.ours}".unit c ON c.parent_id = p.id '
        "WHERE p.deleted AND NOT c.deleted GROUP BY p.id ORDER BY p.id"
    )
    for _round in range(64):  # each round restores one more level above; trees are not deeper
        found = conn.execute(query).fetchall()
        if not found:
            return
        for parent, parent_stamp, child_stamp in found:
            _restore_parent(ctx, parent, parent_stamp, child_stamp)


def _restore_parent(ctx: _Context, parent: str, parent_stamp: str, child_stamp: str) -> None:
    stamp, device = str(ctx.clock.now()), ctx.clock.device
    entry = _restore_history(UNIT_TABLE, parent, stamp, device)
    conflict = _conflict_row(
        UNIT_TABLE, parent, "deleted", ConflictKind.DELETE, None, None, parent_stamp, child_stamp
    )
    conflict["stamp"], conflict["device"] = stamp, device
    fresh = False
    for schema in (ctx.ours, ctx.theirs):
        ctx.conn.execute(
            f'UPDATE "{schema}".unit SET deleted = 0, stamp = ?, device = ? WHERE id = ?',
            (stamp, device, parent),
        )
        _insert(ctx.conn, schema, HISTORY_TABLE, entry)
        fresh = _insert(ctx.conn, schema, CONFLICT_TABLE, conflict, ignore=True) or fresh
    ctx.counts.conflicts += int(fresh)
    ctx.counts.restored += 1
    ctx.counts.to_ours += 1
    ctx.counts.to_theirs += 1
    ctx.counts.note_received(UNIT_TABLE, [parent])


def max_stamp(
    conn: sqlite3.Connection,
    schema: str,
    tables: Iterable[str] | None = None,
    *,
    below: str = "\U0010ffff",
) -> str:
    """The highest change stamp in ``schema`` lower than ``below`` (indexed: fast at any size)."""
    names = tables if tables is not None else synced_table_names()
    present = tables_in(conn, schema)
    best = ""
    for table in names:
        if table in present:
            row = conn.execute(
                f'SELECT max(stamp) FROM "{schema}"."{table}" WHERE stamp < ?', (below,)
            ).fetchone()
            if row[0] and row[0] > best:
                best = row[0]
    return best


@dataclass
class _Context:
    conn: sqlite3.Connection
    clock: HybridClock
    ours: str
    theirs: str
    counts: MergeCounts
    check: bool = True


Unknown = dict[tuple[str, str], set[str]]


def _unknown_edits(conn: sqlite3.Connection, a: str, b: str) -> Unknown:
    """(table, record id) → fields edited in history rows that ``a`` has and ``b`` lacks."""
    query = (
        f'SELECT x.table_name, x.record_id, x.field_name FROM "{a}".{HISTORY_TABLE} x '
        f'WHERE NOT EXISTS (SELECT 1 FROM "{b}".{HISTORY_TABLE} y WHERE y.id = x.id)'
    )
    unknown: Unknown = {}
    for table, record, name in conn.execute(query):
        unknown.setdefault((table, record), set()).add(name)
    return unknown


def _merge_table(
    ctx: _Context, table: str, unknown_ours: Unknown, unknown_theirs: Unknown
) -> tuple[int, int]:
    conn, ours, theirs = ctx.conn, ctx.ours, ctx.theirs
    cols = columns(conn, ours, table)
    # One sequential pass over each side's (id, stamp) beats a million index lookups in SQL.
    # Lengths are capped, so a hostile file cannot make this hold more than ~100 bytes a row.
    pairs = f'SELECT substr(id, 1, 36), substr(stamp, 1, 64) FROM "{{}}"."{table}"'
    stamps_ours: dict[str, str] = dict(conn.execute(pairs.format(ours)))
    only_theirs: list[str] = []
    differing: list[tuple[str, str, str]] = []
    stamps_only: list[str] = []
    for record, stamp_theirs in conn.execute(pairs.format(theirs)):
        stamp_ours = stamps_ours.pop(record, None)
        if stamp_ours is None:
            only_theirs.append(record)
            stamps_only.append(stamp_theirs)
        elif stamp_ours != stamp_theirs:
            differing.append((record, stamp_ours, stamp_theirs))
    if ctx.check:
        # Only what could be taken in: a row equal to ours, stamp and all, is ours.
        keys = _KeyCheck(table, wall_limit_ms(ctx.clock.wall()))
        keys.check_all(only_theirs, stamps_only)
        keys.check_each((record, stamp) for record, _ours, stamp in differing)
    del stamps_only
    only_ours = list(stamps_ours)
    del stamps_ours
    take_theirs: list[str] = []
    take_ours: list[str] = []
    by_field: list[tuple[str, set[str], set[str]]] = []
    for record, stamp_ours, stamp_theirs in differing:
        mine = unknown_ours.get((table, record), set())
        other = unknown_theirs.get((table, record), set())
        if mine and other:
            by_field.append((record, mine, other))
        elif other:
            # Their side has edits we never saw. If our row is still newer, it was changed
            # without history (a bulk write): merge field by field rather than drop it.
            if stamp_ours > stamp_theirs:
                by_field.append((record, mine, other))
            else:
                take_theirs.append(record)
        elif mine:
            if stamp_theirs > stamp_ours:
                by_field.append((record, mine, other))
            else:
                take_ours.append(record)
        elif stamp_theirs > stamp_ours:
            take_theirs.append(record)
        else:
            take_ours.append(record)
    if ctx.check:
        incoming = take_theirs + only_theirs + [record for record, _m, _o in by_field]
        _check_incoming(ctx, table, incoming)
    received = _copy(conn, theirs, ours, table, cols, take_theirs + only_theirs)
    sent = _copy(conn, ours, theirs, table, cols, take_ours + only_ours)
    if table != HISTORY_TABLE:
        ctx.counts.note_received(table, take_theirs)
        ctx.counts.note_received(table, only_theirs)
        ctx.counts.note_received(table, (record for record, _m, _o in by_field))
    for record, mine, other in by_field:
        _merge_record(ctx, table, cols, record, mine, other)
    return received + len(by_field), sent + len(by_field)


class _KeyCheck:
    """Checks each incoming (id, stamp) pair in the pass merge makes over them anyway."""

    def __init__(self, table: str, limit_ms: int) -> None:
        self.table = table
        self.limit = f"{limit_ms:013d}"

    def check_all(self, records: list[str], stamps: list[str]) -> None:
        """Check many pairs at once: a first full pull brings a million of them.

        Joined, the ids must be hex digits only and the stamps whole stamps only (one regex
        over all of them in C); only when that fails is each pair looked at, to name it.
        """
        try:
            ids = "".join(records).encode("ascii")
            stamp_lines = ("\n".join(stamps) + "\n").encode("ascii")
            sound = (
                not ids.translate(None, b"0123456789abcdef")
                and set(map(len, records)) <= {32}
                and not _STAMP_LINE.sub(b"", stamp_lines).strip(b"\n")
                and (not stamps or max(stamps)[:13] <= self.limit)
            )
        except (TypeError, UnicodeEncodeError):  # not text, or not ASCII: not sound
            sound = False
        if not sound:
            self.check_each(zip(records, stamps, strict=True))

    def check_each(self, pairs: Iterable[tuple[object, object]]) -> None:
        for record, stamp in pairs:
            self.check(record, stamp)

    def check(self, record: object, stamp: object) -> None:
        if not (isinstance(record, str) and _HEX32.fullmatch(record)):
            self._refuse(record, "id", validation.Rule("id", validation.Kind.UUID), record)
        if not (isinstance(stamp, str) and (stamp == "" or _STAMP.fullmatch(stamp))):
            rule = validation.Rule("stamp", validation.Kind.STAMP)
            self._refuse(record, "stamp", rule, stamp)
        if stamp[:13] > self.limit:  # type: ignore[index]
            rule = validation.Rule("stamp", validation.Kind.STAMP)
            self._refuse(record, "stamp", rule, stamp)

    def _refuse(self, record: object, column: str, rule: validation.Rule, value: object) -> None:
        problem = validation.stored_problem(rule, value, self.limit)
        raise validation.RejectedData(
            validation.Violation(self.table, str(record)[:40], column, problem).message()
        )


_HEX32 = re.compile(r"[0-9a-f]{32}")
_STAMP_LINE = re.compile(rb"\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,64}\n")
_STAMP = re.compile(r"\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,64}", re.ASCII)


def _check_incoming(ctx: _Context, table: str, incoming: list[str]) -> None:
    """Refuse the merge if a row about to be taken into ``ours`` breaks a rule."""
    if not incoming:
        return
    conn = ctx.conn
    total = conn.execute(f'SELECT count(*) FROM "{ctx.theirs}"."{table}"').fetchone()[0]
    only = None
    if len(incoming) != total:
        conn.execute("DELETE FROM temp.sync_ids")
        conn.executemany("INSERT INTO temp.sync_ids VALUES (?)", ((i,) for i in incoming))
        only = "temp.sync_ids"
    found = validation.find_violations(
        conn, ctx.theirs, table, only_ids=only, limit=1, now_ms=ctx.clock.wall(), keys=False
    )
    if found:
        raise validation.RejectedData(found[0].message())


def _copy(
    conn: sqlite3.Connection, src: str, dst: str, table: str, cols: list[str], ids: list[str]
) -> int:
    if not ids:
        return 0
    names = ", ".join(f'"{c}"' for c in cols)
    total = conn.execute(f'SELECT count(*) FROM "{src}"."{table}"').fetchone()[0]
    if len(ids) == total:  # everything (a first sync): no need to name the rows
        empty = conn.execute(f'SELECT 1 FROM "{dst}"."{table}" LIMIT 1').fetchone() is None
        # SELECT * copies by position: only when both tables have their columns in one order
        # (a file with reordered columns would otherwise put employees into a percentage).
        same_order = columns(conn, dst, table) == cols == columns(conn, src, table)
        if empty and same_order:
            # SQLite's transfer optimisation copies whole pages of rows and indexes at once.
            conn.execute(f'INSERT INTO "{dst}"."{table}" SELECT * FROM "{src}"."{table}"')
            return len(ids)
        conn.execute(
            f'INSERT OR REPLACE INTO "{dst}"."{table}" ({names}) SELECT {names} '
            f'FROM "{src}"."{table}"'
        )
        return len(ids)
    conn.execute("DELETE FROM temp.sync_ids")
    conn.executemany("INSERT INTO temp.sync_ids VALUES (?)", ((i,) for i in ids))
    conn.execute(
        f'INSERT OR REPLACE INTO "{dst}"."{table}" ({names}) SELECT {names} '
        f'FROM "{src}"."{table}" WHERE id IN (SELECT id FROM temp.sync_ids)'
    )
    return len(ids)


def _field_stamps(conn: sqlite3.Connection, schema: str, table: str, record: str) -> dict[str, Any]:
    return dict(
        conn.execute(
            f'SELECT field_name, max(stamp) FROM "{schema}".{HISTORY_TABLE} '
            "WHERE table_name = ? AND record_id = ? GROUP BY field_name",
            (table, record),
        ).fetchall()
    )


def _merge_record(
    ctx: _Context, table: str, cols: list[str], record: str, mine: set[str], other: set[str]
) -> None:
    conn = ctx.conn
    names = ", ".join(f'"{c}"' for c in cols)
    query = f'SELECT {names} FROM "{{}}"."{table}" WHERE id = ?'
    row_o = dict(zip(cols, conn.execute(query.format(ctx.ours), (record,)).fetchone(), strict=True))
    row_t = dict(
        zip(cols, conn.execute(query.format(ctx.theirs), (record,)).fetchone(), strict=True)
    )
    stamps_o = _field_stamps(conn, ctx.ours, table, record)
    stamps_t = _field_stamps(conn, ctx.theirs, table, record)
    newer_row = row_o if row_o["stamp"] > row_t["stamp"] else row_t
    merged = dict(newer_row)
    conflicts: list[dict[str, Any]] = []
    long_fields = long_text_fields(table)
    for name in cols:
        if name in ("id", "stamp", "device"):
            continue
        s_o, s_t = stamps_o.get(name, ""), stamps_t.get(name, "")
        if s_o > s_t:
            winner, loser, s_win, s_lose = row_o, row_t, s_o, s_t
        elif s_t > s_o:
            winner, loser, s_win, s_lose = row_t, row_o, s_t, s_o
        else:
            merged[name] = row_o[name] if row_o[name] == row_t[name] else newer_row[name]
            continue
        merged[name] = winner[name]
        if (
            name in long_fields
            and name in mine
            and name in other
            and winner[name] != loser[name]
            and isinstance(winner[name], str | None)
            and isinstance(loser[name], str | None)
        ):
            conflicts.append(
                _conflict_row(
                    table, record, name, ConflictKind.TEXT, winner[name], loser[name], s_win, s_lose
                )
            )
    # Rows with equal stamps must be equal everywhere: a merged row that differs from both
    # sides gets a stamp of its own.
    content = {k: v for k, v in merged.items() if k not in ("stamp", "device")}
    for row in (newer_row, row_o, row_t):
        if all(row[k] == v for k, v in content.items()):
            new_stamp, new_device = row["stamp"], row["device"]
            break
    else:
        new_stamp, new_device = str(ctx.clock.now()), ctx.clock.device
    history: list[dict[str, Any]] = []
    if merged["deleted"]:
        for row, edits in ((row_o, mine), (row_t, other)):
            if not row["deleted"] and edits - {"deleted", CREATED}:
                stamp = str(ctx.clock.now())
                new_stamp, new_device = stamp, ctx.clock.device
                merged["deleted"] = 0
                history.append(_restore_history(table, record, stamp, ctx.clock.device))
                delete_stamp = max(stamps_o.get("deleted", ""), stamps_t.get("deleted", ""))
                conflicts.append(
                    _conflict_row(
                        table,
                        record,
                        "deleted",
                        ConflictKind.DELETE,
                        None,
                        None,
                        delete_stamp,
                        row["stamp"],
                    )
                )
                ctx.counts.restored += 1
                break
    merged["stamp"], merged["device"] = new_stamp, new_device
    for schema in (ctx.ours, ctx.theirs):
        _insert(conn, schema, table, merged, replace=True)
        for entry in history:
            _insert(conn, schema, HISTORY_TABLE, entry)
    for conflict in conflicts:
        conflict["stamp"], conflict["device"] = new_stamp, new_device
        fresh = False
        for schema in (ctx.ours, ctx.theirs):
            fresh = _insert(conn, schema, CONFLICT_TABLE, conflict, ignore=True) or fresh
        ctx.counts.conflicts += int(fresh)


def _insert(
    conn: sqlite3.Connection,
    schema: str,
    table: str,
    row: dict[str, Any],
    *,
    replace: bool = False,
    ignore: bool = False,
) -> bool:
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


def _conflict_row(
    table: str,
    record: str,
    name: str,
    kind: ConflictKind,
    value_a: object,
    value_b: object,
    stamp_a: str,
    stamp_b: str,
) -> dict[str, Any]:
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


def _restore_history(table: str, record: str, stamp: str, device: str) -> dict[str, Any]:
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
