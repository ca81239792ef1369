"""One sync: merge the local database with a hub, in both directions.

:func:`sync` is what the window's "Sync now", the automatic sync and
``fredapp sync`` all run. It never changes the local database before the
shared data has been read and verified, and it writes nothing anywhere when
neither side has anything new.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fredapp.core import clockstate
from fredapp.core.clock import HybridClock, Stamp
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.hub import Hub, HubChanged, HubRefused, Snapshot, SyncError
from fredapp.core.sync.merge import MergeCounts, max_stamp, merge
from fredapp.core.sync.tables import HISTORY_TABLE
from fredapp.core.validation import RejectedData

STATE_HUB = "sync_hub"
STATE_FINGERPRINT = "sync_fingerprint"
STATE_WATERMARK = "sync_watermark"
STATE_LAST = "sync_last"  # ISO time of the last completed sync
# The history's highest row number at the end of the last sync: every local write adds history
# rows, so a local change is seen even if its stamp sorts below the watermark.
STATE_HISTORY = "sync_history_mark"
_ATTEMPTS = 5

# progress(stage, done, total): stage is "read", "merge", "write"
Progress = Callable[[str, int, int], None]


@dataclass
class SyncResult:
    received: int = 0
    sent: int = 0
    conflicts: int = 0  # new conflicts recorded by this sync
    open_conflicts: int = 0  # unresolved conflicts in the database after it
    restored: int = 0
    withdrawn: int = 0  # local records taken out because the hub no longer lets us hold them
    merged_copies: list[Path] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    published: bool = False
    nothing_to_do: bool = False
    max_stamp: str = ""
    seconds: float = 0.0
    received_ids: dict[str, list[str]] = field(default_factory=dict)
    # Records received per table (the ids above stop at RECEIVED_IDS_LIMIT in all).
    received_counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        if self.nothing_to_do:
            return f"synced: nothing new; {self.open_conflicts} open conflicts"
        parts = [
            f"synced: {self.received} received",
            f"{self.sent} sent",
            f"{self.conflicts} new conflicts",
            f"{self.open_conflicts} open conflicts",
        ]
        if self.restored:
            parts.append(f"{self.restored} deleted records kept because of edits elsewhere")
        if self.withdrawn:
            parts.append(f"{self.withdrawn} records no longer yours removed from this computer")
        if self.merged_copies:
            parts.append(f"{len(self.merged_copies)} conflict copies merged and set aside")
        return ", ".join(parts)


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection for merging; autocommit, so transactions are explicit."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024)
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: large merges stay in memory
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def local_clock(path: Path) -> HybridClock:
    """The local database's clock, as its DataService starts it: a fresh database gets its
    device id and clock state here, so its first act may be a sync."""
    with contextlib.closing(connect(path)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            clock = clockstate.load_clock(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return clock


def history_mark(conn: sqlite3.Connection) -> str:
    row = conn.execute(f"SELECT max(rowid) FROM main.{HISTORY_TABLE}").fetchone()
    return str(row[0] or 0)


def merge_databases(
    ours: Path,
    theirs: Path,
    clock: HybridClock,
    progress: Callable[[int, int], None] | None = None,
    *,
    scratch: bool = False,
    check: bool = True,
) -> MergeCounts:
    """Merge two database files in both directions in one transaction; both end equal.

    ``scratch``: ``theirs`` is a private copy that is discarded on failure (a hub snapshot).
    """
    with contextlib.closing(connect(ours)) as conn:
        conn.execute("ATTACH DATABASE ? AS hub", (str(theirs),))
        conn.execute("PRAGMA hub.cache_size = -262144")
        if scratch:
            # A private copy that is thrown away if anything fails: no journal needed.
            conn.execute("PRAGMA hub.journal_mode = OFF")
            conn.execute("PRAGMA hub.synchronous = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            counts = merge(conn, clock, progress=progress, check=check)
            if counts.max_stamp:
                clock.observe(Stamp.parse(counts.max_stamp))
            if (clockstate.setting(conn, clockstate.DEVICE_KEY) or "") == clock.device:
                clockstate.save_clock(conn, clock)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE hub")
    return counts


def open_conflicts(path: Path) -> int:
    with contextlib.closing(connect(path)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM syncconflict WHERE NOT resolved AND NOT deleted"
        ).fetchone()
    return int(row[0])


def pending_changes(path: Path) -> bool:
    """True when the local database has changes the last sync did not carry."""
    with contextlib.closing(connect(path)) as conn:
        watermark = clockstate.setting(conn, STATE_WATERMARK)
        if watermark is None or max_stamp(conn, "main") > watermark:
            return True
        return clockstate.setting(conn, STATE_HISTORY) != history_mark(conn)


def sync(
    db_path: str | Path,
    hub: Hub,
    *,
    clock: HybridClock | None = None,
    progress: Progress | None = None,
    workdir: Path | None = None,
    check: bool = True,
) -> SyncResult:
    """Merge the local database at ``db_path`` with ``hub``; raise SyncError if it cannot.

    ``check=False`` skips the rules on incoming rows: only for benchmarks measuring their cost.
    """
    started = time.perf_counter()
    db_path = Path(db_path)
    clock = clock or local_clock(db_path)
    fingerprint = hub.fingerprint()  # HubUnavailable when offline
    with contextlib.closing(connect(db_path)) as conn:
        local_max = max_stamp(conn, "main")
        mark = history_mark(conn)
        keys = (STATE_HUB, STATE_FINGERPRINT, STATE_WATERMARK, STATE_HISTORY)
        state = {key: clockstate.setting(conn, key) for key in keys}
    if (
        state[STATE_HUB] == hub.describe()
        and state[STATE_FINGERPRINT] == fingerprint
        and (watermark := state[STATE_WATERMARK]) is not None
        and local_max <= watermark
        and state[STATE_HISTORY] == mark
    ):
        result = SyncResult(nothing_to_do=True, max_stamp=local_max)
        result.open_conflicts = open_conflicts(db_path)
        result.seconds = time.perf_counter() - started
        return result
    with hub.locked():
        for _attempt in range(_ATTEMPTS):
            with tempfile.TemporaryDirectory(prefix="fredapp-sync-", dir=workdir) as temp:
                try:
                    result = _sync_once(db_path, hub, clock, progress, Path(temp), check)
                except HubChanged:
                    continue
                except RejectedData as exc:
                    raise HubRefused(
                        QT_TR_NOOP("{hub} was refused and nothing of it applied: {problem}"),
                        hub=hub.describe(),
                        problem=exc.message,
                    ) from exc
                except sqlite3.Error as exc:
                    # The local transaction was rolled back and nothing was published.
                    raise SyncError(
                        QT_TR_NOOP("sync stopped and changed nothing: {reason} ({hub})"),
                        reason=exc,
                        hub=hub.describe(),
                    ) from exc
            result.open_conflicts = open_conflicts(db_path)
            result.seconds = time.perf_counter() - started
            return result
    raise SyncError(QT_TR_NOOP("the shared file kept changing while syncing; try again later"))


def _sync_once(
    db_path: Path,
    hub: Hub,
    clock: HybridClock,
    progress: Progress | None,
    work: Path,
    check: bool = True,
) -> SyncResult:
    def stage(name: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(name, done, total)

    if progress:
        progress("read", 0, 1)
    snapshot: Snapshot = hub.pull(work)
    withdrawn = hub.withdraw(db_path)
    extras, warnings = hub.extra_sources(work)
    if progress:
        progress("read", 1, 1)
    hub_dirty = snapshot.created or snapshot.upgraded
    merged_extras = []
    for extra in extras:
        try:
            merge_databases(snapshot.path, extra.path, clock, scratch=True, check=check)
        except RejectedData as exc:
            name = extra.source.name if extra.source else extra.path.name
            warnings.append(
                message(
                    QT_TR_NOOP("conflict copy {name} was not merged: {reason}"),
                    name=name,
                    reason=exc.message,
                )
            )
            continue
        merged_extras.append(extra)
        hub_dirty = True
    counts = merge_databases(
        db_path, snapshot.path, clock, stage("merge"), scratch=True, check=check
    )
    result = SyncResult(
        received=counts.to_ours,
        sent=counts.to_theirs,
        conflicts=counts.conflicts,
        restored=counts.restored,
        withdrawn=withdrawn,
        warnings=warnings,
        max_stamp=counts.max_stamp,
        received_ids=counts.received_ids,
        received_counts={
            table: received
            for table, (received, _sent) in counts.tables.items()
            if received and table != HISTORY_TABLE
        },
    )
    if counts.to_theirs or hub_dirty:
        if progress:
            progress("write", 0, 1)
        hub.publish(snapshot, snapshot.path)
        result.published = True
        result.warnings.extend(hub.take_warnings())
        result.withdrawn += hub.withdraw(db_path)  # what the hub refused, put back as it is there
        if progress:
            progress("write", 1, 1)
    result.merged_copies = hub.set_aside(merged_extras)
    fingerprint = hub.settled_fingerprint(snapshot)
    with contextlib.closing(connect(db_path)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        clockstate.put_setting(conn, STATE_HUB, hub.describe())
        clockstate.put_setting(conn, STATE_FINGERPRINT, fingerprint)
        clockstate.put_setting(conn, STATE_WATERMARK, max_stamp(conn, "main"))
        clockstate.put_setting(conn, STATE_HISTORY, history_mark(conn))
        clockstate.put_setting(conn, STATE_LAST, time.strftime("%Y-%m-%dT%H:%M:%S%z"))
        conn.execute("COMMIT")
    return result
