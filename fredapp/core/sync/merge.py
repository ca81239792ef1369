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
import sqlite3
from collections.abc import Callable, Iterable

from fredapp.core.clock import HybridClock, Stamp, wall_limit_ms
from fredapp.core.sync.merge_checks import KeyCheck, check_incoming
from fredapp.core.sync.merge_record import UNIT_TABLE, keep_parents_of_live_units, merge_record
from fredapp.core.sync.merge_rows import (
    CREATED,
    RECEIVED_IDS_LIMIT,
    SYNC_AUTHOR,
    MergeContext,
    MergeCounts,
    columns,
    tables_in,
)
from fredapp.core.sync.tables import HISTORY_TABLE, synced_table_names

__all__ = [
    "CREATED",
    "RECEIVED_IDS_LIMIT",
    "SYNC_AUTHOR",
    "UNIT_TABLE",
    "MergeCounts",
    "Progress",
    "columns",
    "max_stamp",
    "merge",
    "tables_in",
]

Progress = Callable[[int, int], None]
Unknown = dict[tuple[str, str], set[str]]
# A record both sides hold with different stamps: (id, our stamp, their stamp).
Differing = list[tuple[str, str, str]]


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
    context = MergeContext(conn, clock, ours, theirs, counts, check)
    for done, table in enumerate(tables):
        received, sent = _merge_table(context, table, unknown_ours, unknown_theirs)
        if received or sent:
            counts.tables[table] = (received, sent)
        counts.to_ours += received
        counts.to_theirs += sent
        if progress is not None:
            progress(done + 1, len(tables))
    if UNIT_TABLE in tables:
        keep_parents_of_live_units(context)
    counts.max_stamp = max_stamp(conn, ours, tables)
    return counts


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
    ctx: MergeContext, table: str, unknown_ours: Unknown, unknown_theirs: Unknown
) -> tuple[int, int]:
    conn, ours, theirs = ctx.conn, ctx.ours, ctx.theirs
    cols = columns(conn, ours, table)
    only_ours, only_theirs, differing = _compare_stamps(ctx, table)
    take_theirs, take_ours, by_field = _sort_differing(
        table, differing, unknown_ours, unknown_theirs
    )
    if ctx.check:
        incoming = take_theirs + only_theirs + [record for record, _m, _o in by_field]
        check_incoming(ctx, table, incoming)
    received = _copy(conn, theirs, ours, table, cols, take_theirs + only_theirs)
    sent = _copy(conn, ours, theirs, table, cols, take_ours + only_ours)
    if table != HISTORY_TABLE:
        ctx.counts.note_received(table, take_theirs)
        ctx.counts.note_received(table, only_theirs)
        ctx.counts.note_received(table, (record for record, _m, _o in by_field))
    for record, mine, other in by_field:
        merge_record(ctx, table, cols, record, mine, other)
    return received + len(by_field), sent + len(by_field)


def _compare_stamps(ctx: MergeContext, table: str) -> tuple[list[str], list[str], Differing]:
    """The ids only we hold, those only they hold, and those whose stamps differ.

    With ``ctx.check``, every (id, stamp) pair that could be taken into ours is checked.
    """
    conn = ctx.conn
    # One sequential pass over each side's (id, stamp) beats a million index lookups in SQL.
    # Lengths are capped, so a hostile file cannot make this hold more than ~100 bytes a row.
    pairs = f'SELECT substr(id, 1, 36), substr(stamp, 1, 64) FROM "{{}}"."{table}"'
    stamps_ours: dict[str, str] = dict(conn.execute(pairs.format(ctx.ours)))
    only_theirs: list[str] = []
    differing: Differing = []
    stamps_only: list[str] = []
    for record, stamp_theirs in conn.execute(pairs.format(ctx.theirs)):
        stamp_ours = stamps_ours.pop(record, None)
        if stamp_ours is None:
            only_theirs.append(record)
            stamps_only.append(stamp_theirs)
        elif stamp_ours != stamp_theirs:
            differing.append((record, stamp_ours, stamp_theirs))
    if ctx.check:
        # Only what could be taken in: a row equal to ours, stamp and all, is ours.
        keys = KeyCheck(table, wall_limit_ms(ctx.clock.wall()))
        keys.check_all(only_theirs, stamps_only)
        keys.check_each((record, stamp) for record, _ours, stamp in differing)
    return list(stamps_ours), only_theirs, differing


def _sort_differing(
    table: str, differing: Differing, unknown_ours: Unknown, unknown_theirs: Unknown
) -> tuple[list[str], list[str], list[tuple[str, set[str], set[str]]]]:
    """Which differing records take their row, which take ours, which merge field by field."""
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
    return take_theirs, take_ours, by_field


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
