"""What a server hub's user may hold: rows leave a laptop when access is lost.

The hub tells the desktop the tables private to units and the unit lineages its user leads
(``/v1/hello``). Before each merge, :func:`withdraw` deletes from the local database

- the private rows of every other unit (sick-leave figures, targets, checklists and their
  items), with the history and conflicts naming them, and
- the records the hub refused at the last push, put back as the hub holds them (or removed
  when the hub has none), with the local history of the refused edits,

so that afterwards the laptop holds what the user's rights allow, equal to the hub's view.
These are local deletes, not tombstones: the records stay on the hub for those who may see them.

Only rows this database has synced with this hub go that way (stamps up to the last sync's
watermark). Rows written here since, and every row before the first sync with this hub, are
pushed first: the hub may not know yet the units they belong to (a first sync brings the units
in the same push), and what it refuses is undone with a warning naming it, never lost unseen.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from fredapp.core import clockstate
from fredapp.core.sync.engine import STATE_HUB, STATE_WATERMARK
from fredapp.core.sync.hub import expected_columns
from fredapp.core.sync.tables import CONFLICT_TABLE, HISTORY_TABLE

# How a private table names its unit (mirrors fredapp/server/rights.py; a test holds them equal):
# by a unit lineage column, or through the record it belongs to.
UNIT_COLUMN = "unit_lineage_id"
BELONGS_TO = {"checklistitem": ("checklist_id", "checklist")}
_NAMING = (HISTORY_TABLE, CONFLICT_TABLE)


def withdraw(
    database: Path,
    mirror: Path,
    private: Iterable[str],
    lineages: Iterable[str],
    refused: Iterable[tuple[str, str]],
    hub: str,
) -> int:
    """Remove what the user may no longer hold from ``database``; how many rows went.

    ``hub``: the hub's address, as the sync state names it (rows synced with it may go)."""
    known = expected_columns()
    private = [t for t in private if t in known]
    removed = 0
    conn = sqlite3.connect(str(database), isolation_level=None, timeout=30)
    with contextlib.closing(conn):
        conn.execute("ATTACH DATABASE ? AS hubview", (str(mirror),))
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS hub_units (lineage TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM temp.hub_units")
            conn.executemany(
                "INSERT OR IGNORE INTO temp.hub_units VALUES (?)", ((x,) for x in lineages)
            )
            synced = clockstate.setting(conn, STATE_HUB) == hub
            watermark = clockstate.setting(conn, STATE_WATERMARK) if synced else None
            if watermark is not None:
                removed += _other_units(conn, private, known, watermark)
            removed += _refused(conn, list(refused), known)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return removed


def _other_units(
    conn: sqlite3.Connection, private: list[str], known: dict[str, set[str]], watermark: str
) -> int:
    removed = 0
    direct = [t for t in private if UNIT_COLUMN in known[t]]
    for table in direct:
        removed += conn.execute(
            f'DELETE FROM main."{table}" WHERE {UNIT_COLUMN} NOT IN '
            "(SELECT lineage FROM temp.hub_units) AND stamp <= ?",
            (watermark,),
        ).rowcount
    for table in private:
        if table in BELONGS_TO:
            column, parent = BELONGS_TO[table]
            removed += conn.execute(
                f'DELETE FROM main."{table}" WHERE {column} NOT IN (SELECT id FROM main."{parent}")'
            ).rowcount
    for naming in _NAMING:
        for table in private:
            removed += conn.execute(
                f'DELETE FROM main."{naming}" WHERE table_name = ? '
                f'AND record_id NOT IN (SELECT id FROM main."{table}")',
                (table,),
            ).rowcount
    return removed


def _refused(
    conn: sqlite3.Connection,
    refused: list[tuple[str, str]],
    known: dict[str, set[str]],
) -> int:
    """Put refused records back as the hub (``hubview``, the mirror) holds them."""
    removed = 0
    for table, record in refused:
        if table not in known:
            continue
        names = ", ".join(f'"{c}"' for c in sorted(known[table]))
        removed += conn.execute(f'DELETE FROM main."{table}" WHERE id = ?', (record,)).rowcount
        conn.execute(
            f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM hubview."{table}" '
            "WHERE id = ?",
            (record,),
        )
        for naming in _NAMING:
            removed += conn.execute(
                f'DELETE FROM main."{naming}" WHERE table_name = ? AND record_id = ? '
                f'AND id NOT IN (SELECT id FROM hubview."{naming}" '
                "WHERE table_name = ? AND record_id = ?)",
                (table, record, table, record),
            ).rowcount
    return removed


def purge_cleaned(database: Path, old_mirror: Path, new_mirror: Path) -> int:
    """After a reload: remove the records this database had from the hub, unchanged since
    (same id and stamp as in the old mirror), that the hub no longer holds (the new mirror).

    Those are the tombstones the hub cleaned up, and the live copies of records deleted and
    cleaned up while this device was away. A record changed here since keeps its change and
    goes to the hub as a new one: an edit the delete never saw wins, as in every merge.
    """
    removed = 0
    conn = sqlite3.connect(str(database), isolation_level=None, timeout=30)
    with contextlib.closing(conn):
        conn.execute("ATTACH DATABASE ? AS oldview", (str(old_mirror),))
        conn.execute("ATTACH DATABASE ? AS hubview", (str(new_mirror),))
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in expected_columns():
                removed += conn.execute(
                    f'DELETE FROM main."{table}" WHERE (id, stamp) IN '
                    f'(SELECT o.id, o.stamp FROM oldview."{table}" o WHERE NOT EXISTS '
                    f'(SELECT 1 FROM hubview."{table}" n WHERE n.id = o.id))'
                ).rowcount
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return removed
