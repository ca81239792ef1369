"""Tombstone clean-up: deleted records leave the hub once every active device has seen them.

A deleted record stays on the hub as a tombstone (``deleted`` set) so that every desktop
learns of the delete. Each desktop tells the hub, at the start of a sync, how far its mirror
has pulled (``hub.device``). ``fredapp hub cleanup --database URL [--days N]`` removes the
tombstones below the place of every *active* device, one that synced within N days (default
90), and remembers that point (``cleaned_below``). A device further behind (away longer than
N days) is told to reload when it comes back (HTTP 410): it pulls everything again and removes
from its database the records it had from the hub, unchanged, that the hub no longer holds, so
a removed tombstone never brings its record back; what it changed or made since is kept and
pushed. History rows stay: they are the record's story.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from fredapp.server.pulls import parse_cursor
from fredapp.server.rights import NAMING_TABLES


@dataclass
class Cleanup:
    removed: int
    below: str  # the cursor below which tombstones are gone; "" when nothing could be done
    devices: int  # active devices that held it back


def cleanup(url: str, days: int = 90) -> Cleanup:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT d.txid::text AS txid_text, d.seq, count(*) OVER () FROM hub.device d "
            "WHERE d.seen > now() - make_interval(days => %s) ORDER BY d.txid, d.seq LIMIT 1",
            (days,),
        ).fetchone()
        if row is None:
            return Cleanup(0, "", 0)
        txid, seq, devices = str(row[0]), int(row[1]), int(row[2])
        removed = conn.execute(
            "DELETE FROM hub.record WHERE deleted AND NOT (tbl = ANY (%s)) "
            "AND (txid, seq) < (%s::xid8, %s::bigint)",
            (sorted(NAMING_TABLES), txid, seq),
        ).rowcount
        below = f"{txid}.{seq}"
        old = conn.execute("SELECT value FROM hub.meta WHERE key = 'cleaned_below'").fetchone()
        if old is None or parse_cursor(str(old[0])) < parse_cursor(below):
            conn.execute(
                "INSERT INTO hub.meta (key, value) VALUES ('cleaned_below', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (below,),
            )
    return Cleanup(removed, below, devices)
