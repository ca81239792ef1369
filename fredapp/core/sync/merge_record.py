"""Merging one record both sides edited, field by field, and keeping records a delete would lose.

Each field takes the value of its latest edit (hybrid-logical-clock stamp); a long text
edited on both sides keeps the other value in a conflict row; a delete meeting an edit the
deleting side never saw keeps the record, with a history row restoring it and a conflict
row saying so. The rules are described in :mod:`fredapp.core.sync.merge`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from fredapp.core import validation
from fredapp.core.models import ConflictKind
from fredapp.core.sync.merge_rows import (
    CREATED,
    MergeContext,
    conflict_row,
    insert,
    restore_history,
)
from fredapp.core.sync.tables import CONFLICT_TABLE, HISTORY_TABLE, long_text_fields

UNIT_TABLE = "unit"

Row = dict[str, Any]


@dataclass
class _Sides:
    """One record as each side holds it: its row, its fields' latest edits, its unseen edits."""

    ours: Row
    theirs: Row
    stamps_ours: dict[str, Any]
    stamps_theirs: dict[str, Any]
    mine: set[str]
    other: set[str]

    @property
    def newer(self) -> Row:
        return self.ours if self.ours["stamp"] > self.theirs["stamp"] else self.theirs


def field_stamps(conn: sqlite3.Connection, schema: str, table: str, record: str) -> dict[str, Any]:
    """Each field's latest edit stamp in ``schema``'s history of ``record``."""
    return dict(
        conn.execute(
            f'SELECT field_name, max(stamp) FROM "{schema}".{HISTORY_TABLE} '
            "WHERE table_name = ? AND record_id = ? GROUP BY field_name",
            (table, record),
        ).fetchall()
    )


def merge_record(
    ctx: MergeContext, table: str, cols: list[str], record: str, mine: set[str], other: set[str]
) -> None:
    """Merge ``record`` field by field and write the result into both sides."""
    conn = ctx.conn
    names = ", ".join(f'"{c}"' for c in cols)
    query = f'SELECT {names} FROM "{{}}"."{table}" WHERE id = ?'
    row_o = dict(zip(cols, conn.execute(query.format(ctx.ours), (record,)).fetchone(), strict=True))
    row_t = dict(
        zip(cols, conn.execute(query.format(ctx.theirs), (record,)).fetchone(), strict=True)
    )
    stamps_o = field_stamps(conn, ctx.ours, table, record)
    stamps_t = field_stamps(conn, ctx.theirs, table, record)
    sides = _Sides(row_o, row_t, stamps_o, stamps_t, mine, other)
    merged, conflicts = _pick_fields(table, cols, record, sides)
    new_stamp, new_device = _settled_stamp(ctx, merged, sides)
    history: list[Row] = []
    kept = _undelete(ctx, table, record, merged, sides)
    if kept is not None:
        entry, conflict = kept
        new_stamp, new_device = entry["stamp"], entry["device"]
        history.append(entry)
        conflicts.append(conflict)
    merged["stamp"], merged["device"] = new_stamp, new_device
    _write(ctx, table, merged, history, conflicts)


def _pick_fields(table: str, cols: list[str], record: str, sides: _Sides) -> tuple[Row, list[Row]]:
    """Each field's value by its latest edit; the conflict rows of long texts both edited."""
    row_o, row_t, newer_row = sides.ours, sides.theirs, sides.newer
    merged = dict(newer_row)
    conflicts: list[Row] = []
    long_fields = long_text_fields(table)
    for name in cols:
        if name in ("id", "stamp", "device"):
            continue
        s_o, s_t = sides.stamps_ours.get(name, ""), sides.stamps_theirs.get(name, "")
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
            and name in sides.mine
            and name in sides.other
            and winner[name] != loser[name]
            and isinstance(winner[name], str | None)
            and isinstance(loser[name], str | None)
        ):
            conflicts.append(
                conflict_row(
                    table, record, name, ConflictKind.TEXT, winner[name], loser[name], s_win, s_lose
                )
            )
    _keep_dates_in_order(table, merged, sides)
    return merged, conflicts


def _keep_dates_in_order(table: str, merged: Row, sides: _Sides) -> None:
    """Dates that must stay in order (a measure's start and due) merge as a pair.

    Field by field, one side's start could meet the other side's due date and make a row
    every sync refuses. When it would, both dates come from the side that edited either
    last: each side's own pair passed the rules.
    """
    pair = validation.DATE_PAIRS.get(table)
    if pair is None or not all(name in merged for name in pair):
        return
    start, due = (merged[name] for name in pair)
    if not (isinstance(start, str) and isinstance(due, str) and start > due):
        return
    last_o = max(sides.stamps_ours.get(name, "") for name in pair)
    last_t = max(sides.stamps_theirs.get(name, "") for name in pair)
    # The later edit's side; on a tie, the newer row's (as for any other field).
    later = sides.ours if last_o > last_t else sides.theirs
    source = sides.newer if last_o == last_t else later
    for name in pair:
        merged[name] = source[name]


def _settled_stamp(ctx: MergeContext, merged: Row, sides: _Sides) -> tuple[str, str]:
    """The merged row's stamp and device.

    Rows with equal stamps must be equal everywhere: a merged row that differs from both
    sides gets a stamp of its own.
    """
    content = {k: v for k, v in merged.items() if k not in ("stamp", "device")}
    for row in (sides.newer, sides.ours, sides.theirs):
        if all(row[k] == v for k, v in content.items()):
            return row["stamp"], row["device"]
    return str(ctx.clock.now()), ctx.clock.device


def _undelete(
    ctx: MergeContext, table: str, record: str, merged: Row, sides: _Sides
) -> tuple[Row, Row] | None:
    """Keep a deleted record a side edited unseen: (history row restoring it, conflict row)."""
    if not merged["deleted"]:
        return None
    for row, edits in ((sides.ours, sides.mine), (sides.theirs, sides.other)):
        if not row["deleted"] and edits - {"deleted", CREATED}:
            stamp = str(ctx.clock.now())
            merged["deleted"] = 0
            entry = restore_history(table, record, stamp, ctx.clock.device)
            deleted_o = sides.stamps_ours.get("deleted", "")
            delete_stamp = max(deleted_o, sides.stamps_theirs.get("deleted", ""))
            conflict = conflict_row(
                table,
                record,
                "deleted",
                ConflictKind.DELETE,
                None,
                None,
                delete_stamp,
                row["stamp"],
            )
            ctx.counts.restored += 1
            return entry, conflict
    return None


def _write(
    ctx: MergeContext, table: str, merged: Row, history: list[Row], conflicts: list[Row]
) -> None:
    """Write the merged row and its history into both sides; count conflicts new to them."""
    for schema in (ctx.ours, ctx.theirs):
        insert(ctx.conn, schema, table, merged, replace=True)
        for entry in history:
            insert(ctx.conn, schema, HISTORY_TABLE, entry)
    for conflict in conflicts:
        conflict["stamp"], conflict["device"] = merged["stamp"], merged["device"]
        fresh = False
        for schema in (ctx.ours, ctx.theirs):
            fresh = insert(ctx.conn, schema, CONFLICT_TABLE, conflict, ignore=True) or fresh
        ctx.counts.conflicts += int(fresh)


def keep_parents_of_live_units(ctx: MergeContext) -> None:
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


def _restore_parent(ctx: MergeContext, parent: str, parent_stamp: str, child_stamp: str) -> None:
    stamp, device = str(ctx.clock.now()), ctx.clock.device
    entry = restore_history(UNIT_TABLE, parent, stamp, device)
    conflict = conflict_row(
        UNIT_TABLE, parent, "deleted", ConflictKind.DELETE, None, None, parent_stamp, child_stamp
    )
    conflict["stamp"], conflict["device"] = stamp, device
    fresh = False
    for schema in (ctx.ours, ctx.theirs):
        ctx.conn.execute(
            f'UPDATE "{schema}".unit SET deleted = 0, stamp = ?, device = ? WHERE id = ?',
            (stamp, device, parent),
        )
        insert(ctx.conn, schema, HISTORY_TABLE, entry)
        fresh = insert(ctx.conn, schema, CONFLICT_TABLE, conflict, ignore=True) or fresh
    ctx.counts.conflicts += int(fresh)
    ctx.counts.restored += 1
    ctx.counts.to_ours += 1
    ctx.counts.to_theirs += 1
    ctx.counts.note_received(UNIT_TABLE, [parent])
