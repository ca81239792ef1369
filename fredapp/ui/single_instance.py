"""One running FredApp per database: a second start on the same file says so and stops.

Two windows writing one SQLite file would each keep its own undo stack and
clock and step on each other's edits. QLockFile records the owner's process
id, so a lock left by a crashed FredApp is recognised as stale and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(f"{database.name}.lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def acquire(self) -> bool:
        return self._lock.tryLock(200)

    def is_held_elsewhere(self) -> bool:
        """True when another live process holds the lock (not a folder we cannot write)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def owner(self) -> str:
        info = self._lock.getLockInfo()  # PySide6 returns (pid, host, app), or a falsy value
        if not info or len(info) != 3 or not info[0]:
            return "another FredApp"
        pid, host, app = info
        return f"{app or 'FredApp'} (process {pid} on {host})"

    def release(self) -> None:
        self._lock.unlock()
