"""The lock file beside a shared file: one FredApp writes at a time; a crashed one's is taken over.

The lock holds pid, host, time and a token, and is refreshed while held. A lock whose
writer died, whose process ended, or that was not refreshed for a while is stale; its age
is measured by the file system's clock (and our own monotonic watch), never this laptop's
wall clock, which may be days off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.hub_interface import HubLocked, HubRefused, HubUnavailable, SyncError
from fredapp.core.sync.share_files import MAX_LOCK_BYTES, read_small, require_regular

_EMPTY_LOCK_GRACE = 10.0  # seconds an empty lock file may exist while its writer fills it


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _lock_info(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _probe_fs_clock(lock: Path) -> float | None:
    """The mtime the file system gives a file made now beside ``lock``; None if it cannot."""
    probe = lock.with_name(f".{lock.name}.clock-{uuid.uuid4().hex[:8]}")
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        # Stat after close: some network clients only settle the times when a file is closed.
        return os.stat(probe).st_mtime
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


# Locks as last seen, per path: (what the lock looked like, monotonic time first seen so).
# Kept across syncs in this process, so a lock that is never refreshed is recognised even
# when its mtime lies in the future (written by a clock far ahead).
_SEEN: dict[str, tuple[tuple[object, ...], float]] = {}
_SEEN_GUARD = threading.Lock()


def _unchanged_for(path: Path, status: os.stat_result, info: dict[str, Any]) -> float:
    """Seconds (monotonic) this lock has been seen without a heartbeat or a new holder."""
    looks = (status.st_ino, status.st_size, status.st_mtime_ns, info.get("token"))
    now = time.monotonic()
    with _SEEN_GUARD:
        seen = _SEEN.get(str(path))
        if seen is None or seen[0] != looks:
            _SEEN[str(path)] = (looks, now)
            return 0.0
        return now - seen[1]


@dataclass
class FileLock:
    """An exclusive lock file holding pid, host and time; refreshed while held."""

    path: Path
    timeout: float = 30.0
    stale_after: float = 120.0
    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    _stop: threading.Event = field(default_factory=threading.Event)
    _beat: threading.Thread | None = None
    _fs_offset: float | None = None  # the lock folder's file-system clock minus time.monotonic()

    def _content(self) -> bytes:
        return json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "token": self.token,
            }
        ).encode()

    def read(self) -> dict[str, Any] | None:
        """Who holds the lock; None if nobody, {} if unreadable. HubRefused if not a lock."""
        try:
            return _lock_info(read_small(self.path, str(self.path), MAX_LOCK_BYTES))
        except FileNotFoundError:
            return None
        except OSError:
            return {}

    def fs_now(self) -> float:
        """Now by the clock that stamps the lock's mtime: the kernel's, or the file server's.

        Measured once per lock with a probe file and carried on with the monotonic clock:
        this laptop's wall clock may be days off, and a lock's age must not depend on it.
        """
        if self._fs_offset is None:
            probed = _probe_fs_clock(self.path)
            if probed is None:
                return time.time()  # cannot write a probe here: the local clock is all we have
            self._fs_offset = probed - time.monotonic()
        return time.monotonic() + self._fs_offset

    def is_stale(self, info: dict[str, Any]) -> bool:
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            return False
        require_regular(status, str(self.path), MAX_LOCK_BYTES)
        # Either clock may show staleness: the file system's (a lock not refreshed) or our
        # own monotonic watch of it (a lock whose mtime came from a clock far ahead).
        age = max(self.fs_now() - status.st_mtime, _unchanged_for(self.path, status, info))
        if not info and age > _EMPTY_LOCK_GRACE:
            return True  # its writer died between creating it and writing who it is
        pid = info.get("pid")
        if (
            info.get("host") == socket.gethostname()
            and isinstance(pid, int)
            and not _pid_alive(pid)
        ):
            return True  # the process that made it has ended: it crashed
        return age > self.stale_after

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        self._fs_offset = None  # measured afresh when a lock is in the way
        while True:
            try:
                if self._create():
                    self._start_heartbeat()
                    return
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                info = self.read()
                out_of_time = time.monotonic() >= deadline
                if info is not None and self.is_stale(info) and not out_of_time:
                    # Bounded like the wait: a lock that keeps coming back stale (put back by
                    # _break, or made again) must not keep a sync spinning for ever.
                    self._break(info)
                    continue
                if out_of_time:
                    raise HubLocked(self._locked_message(info or {})) from None
                time.sleep(0.05 + 0.1 * (uuid.uuid4().int % 10) / 10)
                continue
            except PermissionError as exc:
                raise SyncError(
                    QT_TR_NOOP("the folder {folder} is read-only; cannot lock the shared file"),
                    folder=self.path.parent,
                ) from exc
            except FileNotFoundError as exc:
                raise HubUnavailable(
                    QT_TR_NOOP("the folder {folder} is not reachable"), folder=self.path.parent
                ) from exc
            try:
                os.write(fd, self._content())
                os.fsync(fd)
            finally:
                os.close(fd)
            self._start_heartbeat()
            return

    def _create(self) -> bool:
        """Create the lock with its content in one step (a hard link); False if links fail.

        Raises FileExistsError when another process holds the lock.
        """
        temp = self.path.with_name(f"{self.path.name}.{self.token[:8]}.tmp")
        try:
            with temp.open("wb") as handle:
                handle.write(self._content())
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temp, self.path)
            except FileExistsError:
                raise
            except OSError:
                return False  # no hard links here (some shares): fall back to O_EXCL
            return True
        finally:
            temp.unlink(missing_ok=True)

    def _locked_message(self, info: dict[str, Any]) -> Message:
        return message(
            QT_TR_NOOP(
                "the shared file is locked by {host} (process {pid}, since {time}); "
                "waited {seconds} s"
            ),
            host=info.get("host", "?"),
            pid=info.get("pid", "?"),
            time=info.get("time"),
            seconds=f"{self.timeout:g}",
        )

    def _break(self, info: dict[str, Any]) -> None:
        """Take a stale lock away, without ever removing a fresh lock someone just made."""
        aside = self.path.with_name(f"{self.path.name}.stale-{uuid.uuid4().hex[:8]}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return  # someone else broke it first
        try:
            taken = _lock_info(read_small(aside, str(self.path), MAX_LOCK_BYTES))
        except HubRefused:
            self._put_back(aside)  # swapped for something that is no lock: not ours to remove
            raise
        except OSError:
            taken = {}
        if info and taken.get("token") != info.get("token"):
            # A fresh lock replaced the stale one after we looked: put it back.
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        aside.unlink(missing_ok=True)

    def _put_back(self, aside: Path) -> None:
        with contextlib.suppress(OSError):
            os.link(aside, self.path)
        aside.unlink(missing_ok=True)

    def _start_heartbeat(self) -> None:
        self._stop.clear()

        def beat() -> None:
            while not self._stop.wait(self.stale_after / 4):
                with contextlib.suppress(OSError):
                    os.utime(self.path)

        self._beat = threading.Thread(target=beat, name="fredapp-sync-lock", daemon=True)
        self._beat.start()

    def held(self) -> bool:
        info = self.read()
        return bool(info) and info.get("token") == self.token  # type: ignore[union-attr]

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=5)
        with contextlib.suppress(SyncError):  # a lock swapped for a FIFO is not ours to remove
            if self.held():
                self.path.unlink(missing_ok=True)
