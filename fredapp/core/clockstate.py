"""A database's own device id and hybrid-clock state, kept in its local settings.

Every writer of a database — the service behind the window, an import, a sync — starts its
clock from here and saves it back here, so a sync run by the command line while the window
is open, or a sync that is a fresh database's very first act, still leaves a clock that has
seen every stamp the database holds. A database that holds stamps beyond the clock bound (a
shared file once brought them in, or a clock was set to 2300) is repaired here: those records
get a fresh stamp from this device, so they sync on as this device's edits, and the clock
starts again from the wall clock.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

from fredapp.core.clock import HybridClock, Stamp, wall_limit_ms, wall_now_ms

DEVICE_KEY = "device_id"
CLOCK_KEY = "hlc_last"


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM main.localsetting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO main.localsetting (key, value) VALUES (?, ?)", (key, value)
    )


def parsed_stamp(text: str | None) -> Stamp | None:
    """A saved stamp, or None when it is missing or unreadable."""
    if not text:
        return None
    try:
        return Stamp.parse(text)
    except ValueError:
        return None


def saved_stamp(text: str | None, now_ms: int | None = None) -> Stamp | None:
    """The saved clock state, or None when it is missing, unreadable or beyond the bound."""
    stamp = parsed_stamp(text)
    return None if stamp is None or stamp.beyond_bound(now_ms) else stamp


def device_id(conn: sqlite3.Connection, *, persist: bool) -> str:
    """This database's device id, made (and saved, if ``persist``) on first use."""
    device = setting(conn, DEVICE_KEY)
    if device is None:
        device = uuid.uuid4().hex[:12]
        if persist:
            put_setting(conn, DEVICE_KEY, device)
    return device


def load_clock(
    conn: sqlite3.Connection,
    *,
    persist: bool = True,
    wall_ms: Callable[[], int] | None = None,
) -> HybridClock:
    """The database's clock, past every stamp it holds; repairs stamps beyond the bound.

    With ``persist`` the device id, the repair and the clock state are written (the caller
    commits); without it (a read-only database) nothing is.
    """
    now = (wall_ms or wall_now_ms)()
    device = device_id(conn, persist=persist)
    clock = HybridClock(device, saved_stamp(setting(conn, CLOCK_KEY), now), wall_ms)
    if persist:
        repair_future_stamps(conn, clock, now)
    highest = highest_stamp(conn, now)
    if highest is not None:
        clock.observe(highest)
    if persist:
        save_clock(conn, clock)
    return clock


def save_clock(conn: sqlite3.Connection, clock: HybridClock) -> None:
    """Save the clock's state unless the saved one is already later (another writer's)."""
    current = saved_stamp(setting(conn, CLOCK_KEY))
    if current is None or clock.last > current:
        put_setting(conn, CLOCK_KEY, str(clock.last))


def _stamped_tables(conn: sqlite3.Connection) -> list[str]:
    from fredapp.core.sync.tables import synced_table_names

    present = {
        row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
    }
    return [name for name in synced_table_names() if name in present]


def highest_stamp(conn: sqlite3.Connection, now_ms: int | None = None) -> Stamp | None:
    """The highest stamp within the bound the database holds (indexed: fast at any size)."""
    limit = f"{wall_limit_ms(now_ms) + 1:013d}"
    best: Stamp | None = None
    for table in _stamped_tables(conn):
        row = conn.execute(
            f'SELECT max(stamp) FROM main."{table}" WHERE stamp < ?', (limit,)
        ).fetchone()
        if row[0]:
            try:
                stamp = Stamp.parse(row[0])
            except ValueError:
                continue
            if best is None or stamp > best:
                best = stamp
    return best


def repair_future_stamps(conn: sqlite3.Connection, clock: HybridClock, now_ms: int) -> int:
    """Give records whose stamp lies beyond the bound a fresh stamp; return how many."""
    limit = f"{wall_limit_ms(now_ms) + 1:013d}"
    repaired = 0
    fresh = ""
    for table in _stamped_tables(conn):
        count = conn.execute(
            f'SELECT count(*) FROM main."{table}" WHERE stamp >= ?', (limit,)
        ).fetchone()[0]
        if not count:
            continue
        if not fresh:
            highest = highest_stamp(conn, now_ms)
            if highest is not None:
                clock.observe(highest)
            fresh = str(clock.now())
        conn.execute(
            f'UPDATE main."{table}" SET stamp = ?, device = ? WHERE stamp >= ?',
            (fresh, clock.device, limit),
        )
        repaired += count
    return repaired
