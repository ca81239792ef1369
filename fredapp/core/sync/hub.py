"""Where the shared data lives: the hub interface and the shared-file hub.

The merge engine only needs a hub that hands out a verified local SQLite copy
of the shared data and takes a merged copy back, failing when someone else
published in between. :class:`FileHub` does that for one FredApp database on a
network share or in a cloud-synced folder; :class:`~fredapp.core.sync.remote.ServerHub`
does it for the hub on PostgreSQL (``fredapp hub serve``), through the same merge.

The shared file is never opened in place (SQLite's locking does not work on
network shares): it is copied, the copy verified, the merged result written
beside the share under a temporary name, verified again, and moved over the
shared file atomically, only if the shared file did not change since it was
read. A lock file keeps two FredApps apart; one left by a crashed process is
recognised as stale and taken over. The last few versions stay as backups.
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import glob
import hashlib
import json
import os
import re
import shutil
import socket
import sqlite3
import stat
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fredapp.core.db import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    create_database,
    known_revisions,
    upgrade_database,
)
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.tables import synced_models

_SQLITE_HEADER = b"SQLite format 3\x00"
_HEAD_BYTES = 65536  # hashed again just before publishing: page 1 holds SQLite's change counter
_FULL_CHECK_LIMIT = 64 * 1024 * 1024  # above this, PRAGMA quick_check instead of integrity_check
_MAX_VALUE_BYTES = 64 * 1024 * 1024  # a single text or blob larger than this is refused
_COPY_CHUNK = 1024 * 1024
_EMPTY_LOCK_GRACE = 10.0  # seconds an empty lock file may exist while its writer fills it
# Nothing read from the share is trusted to be what its name says: these bound what is read.
MAX_SHARED_BYTES = 4 * 1024**3  # a shared database (or conflict copy, backup) larger is refused
MAX_LOCK_BYTES = 4 * 1024  # FredApp writes about 150 bytes of JSON into a lock file
_LEFTOVER_AGE = 60.0  # seconds (file-system clock) before a crashed writer's scrap is removed
# O_NONBLOCK: opening a FIFO must not wait for a writer that never comes (absent on Windows).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class SyncError(FredAppError):
    """Sync could not run; the message says why in one line. Nothing was changed."""


class HubUnavailable(SyncError):
    """The shared file is not reachable (offline, share not mounted)."""


class HubLocked(SyncError):
    """Another FredApp held the lock for longer than we waited."""


class HubRefused(SyncError):
    """The shared file is damaged, not FredApp's, or from a newer FredApp."""


class HubChanged(Exception):
    """The shared file changed since it was read: merge again."""


# -- reading files on the share -------------------------------------------------------------

_KINDS = (
    (stat.S_ISFIFO, QT_TR_NOOP("a FIFO")),
    (stat.S_ISCHR, QT_TR_NOOP("a character device")),
    (stat.S_ISBLK, QT_TR_NOOP("a block device")),
    (stat.S_ISSOCK, QT_TR_NOOP("a socket")),
    (stat.S_ISDIR, QT_TR_NOOP("a folder")),
)


def _kind(mode: int) -> Message:
    for test, name in _KINDS:
        if test(mode):
            return message(name)
    return message(QT_TR_NOOP("an unknown kind of file"))


def require_regular(status: os.stat_result, name: str, limit: int) -> None:
    """Refuse anything but a regular file of at most ``limit`` bytes.

    A FIFO blocks its reader and a device never ends (``/dev/zero``), so neither may be
    opened as if it were a database or a lock.
    """
    if not stat.S_ISREG(status.st_mode):
        raise HubRefused(
            QT_TR_NOOP("{name} is not a regular file ({kind}); it was left as it is"),
            name=name,
            kind=_kind(status.st_mode),
        )
    if status.st_size > limit:
        _too_large(name, status.st_size, limit)


def _too_large(name: str, size: int, limit: int) -> None:
    raise HubRefused(
        QT_TR_NOOP(
            "{name} is larger than FredApp accepts ({size} bytes; at most {limit}); "
            "it was left as it is"
        ),
        name=name,
        size=size,
        limit=limit,
    )


@contextlib.contextmanager
def open_regular(path: Path, name: str, limit: int) -> Iterator[BinaryIO]:
    """Open ``path`` for reading if it is a regular file within ``limit``; never blocks.

    Checked before opening (opening some devices has effects) and again on the open
    descriptor, since the name may be pointed at something else in between. A symlink to
    a regular file is fine.
    """
    require_regular(os.stat(path), name, limit)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        require_regular(os.fstat(fd), name, limit)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        yield handle


def read_small(path: Path, name: str, limit: int) -> bytes:
    """All of a small regular file; HubRefused if it is anything else or grew past ``limit``."""
    with open_regular(path, name, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        _too_large(name, len(data), limit)
    return data


@dataclass
class Snapshot:
    """A verified local copy of shared data, ready to merge."""

    path: Path
    # What the source looked like when read; None: it did not exist.
    token: tuple[object, ...] | None = None
    source: Path | None = None
    created: bool = False  # the hub had no data yet
    upgraded: bool = False  # the copy was upgraded from an older schema


class Hub(abc.ABC):
    """The shared end of sync, wherever it lives."""

    @abc.abstractmethod
    def describe(self) -> str:
        """A stable name for this hub (remembered with the sync state)."""

    @abc.abstractmethod
    def fingerprint(self) -> str:
        """Cheap: changes whenever the shared data may have changed. Raises HubUnavailable."""

    @abc.abstractmethod
    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the hub's write lock."""

    @abc.abstractmethod
    def pull(self, workdir: Path) -> Snapshot:
        """A verified copy of the shared data in ``workdir``."""

    def extra_sources(self, workdir: Path) -> tuple[list[Snapshot], list[Message]]:
        """Other copies to merge in (cloud conflict copies), and warnings about unusable ones."""
        return [], []

    @abc.abstractmethod
    def publish(self, snapshot: Snapshot, merged: Path) -> None:
        """Replace the shared data with ``merged``; HubChanged if it changed since ``pull``."""

    def set_aside(self, extras: list[Snapshot]) -> list[Path]:
        return []

    def settled_fingerprint(self, snapshot: Snapshot) -> str:
        """The fingerprint to remember after a sync that pulled ``snapshot``.

        A shared file is read again under the lock; a server hub answers with the cursor the
        snapshot was pulled at, since others may publish while the lock-free sync ends.
        """
        return self.fingerprint()

    def take_warnings(self) -> list[Message]:
        """What publishing left to tell (records a server hub refused); emptied by reading."""
        return []

    def withdraw(self, database: Path) -> int:
        """Before merging: take out of the local ``database`` what the hub no longer lets its
        user hold (a server hub: other units' private rows, records it refused). How many."""
        return 0


# -- verifying a database file --------------------------------------------------------------


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _MAX_VALUE_BYTES)
    return conn


def expected_columns() -> dict[str, set[str]]:
    return {
        str(model.__tablename__): {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
        for model in synced_models()
    }


def verify_database(path: Path, name: str, *, allow_older: bool = True) -> str:
    """Check that ``path`` is a sound FredApp database; return its schema revision.

    ``name`` is how messages call the file. Raises HubRefused with a one-line reason.
    """
    size = path.stat().st_size
    if size == 0:
        raise HubRefused(QT_TR_NOOP("{name} is empty (0 bytes); it was left as it is"), name=name)
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_SQLITE_HEADER):
        raise HubRefused(
            QT_TR_NOOP("{name} is not a FredApp database (not a SQLite file); left as it is"),
            name=name,
        )
    if len(header) < 100 or size % 512:
        raise HubRefused(
            QT_TR_NOOP("{name} is truncated ({size} bytes); it was left as it is"),
            name=name,
            size=size,
        )
    try:
        with contextlib.closing(_connect_ro(path)) as conn:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            page_count = int.from_bytes(header[28:32], "big")
            if page_count and page_count * page_size > size:
                raise HubRefused(
                    QT_TR_NOOP("{name} is truncated ({size} bytes); it was left as it is"),
                    name=name,
                    size=size,
                )
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            names = {row[0]: row[1] for row in conn.execute("SELECT name, type FROM sqlite_master")}
            if app_id != APPLICATION_ID:
                raise HubRefused(
                    QT_TR_NOOP("{name} is a SQLite database, but not FredApp's; left as it is"),
                    name=name,
                )
            if "alembic_version" not in names:
                raise HubRefused(
                    QT_TR_NOOP("{name} has no schema version; it is damaged or not FredApp's"),
                    name=name,
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            if revision != SCHEMA_HEAD and revision not in known_revisions():
                raise HubRefused(
                    QT_TR_NOOP(
                        "{name} was written by a newer FredApp (schema {revision}; this FredApp "
                        "knows up to {head}); update FredApp to sync with it"
                    ),
                    name=name,
                    revision=revision,
                    head=SCHEMA_HEAD,
                )
            if revision != SCHEMA_HEAD and not allow_older:
                raise HubRefused(
                    QT_TR_NOOP("{name} has the older schema {revision}"),
                    name=name,
                    revision=revision,
                )
            active = [n for n, kind in names.items() if kind in ("trigger", "view")]
            if active:
                raise HubRefused(
                    QT_TR_NOOP(
                        "{name} holds triggers or views FredApp never writes ({what}); refused"
                    ),
                    name=name,
                    what=active[0],
                )
            check = "integrity_check" if size <= _FULL_CHECK_LIMIT else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {check}(5)")]
            if rows != ["ok"]:
                raise HubRefused(
                    QT_TR_NOOP("{name} is damaged (SQLite: {problem}); it was left as it is"),
                    name=name,
                    problem=rows[0],
                )
            if revision == SCHEMA_HEAD:
                _check_columns(conn, name)
    except sqlite3.DatabaseError as exc:
        raise HubRefused(
            QT_TR_NOOP("{name} is damaged and cannot be read ({reason}); left as it is"),
            name=name,
            reason=exc,
        ) from exc
    return str(revision)


def _check_columns(conn: sqlite3.Connection, name: str) -> None:
    for table, wanted in expected_columns().items():
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if have != wanted:
            raise HubRefused(
                QT_TR_NOOP("{name} does not have FredApp's table {table} as expected; refused"),
                name=name,
                table=table,
            )


# -- the lock file --------------------------------------------------------------------------


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


# -- the shared-file hub --------------------------------------------------------------------


# What cloud clients add to NAME.ext when two versions meet, and nothing else: a file that
# merely starts with NAME (another team's NAME-hr.ext, NAME_old.ext, NAME copy.ext) is not
# ours to merge or move. OneDrive appends the Windows computer name, which Windows keeps in
# upper case (NetBIOS: letters, digits, hyphens, at most 15, not all digits); that part is
# matched case-sensitively, because a lower-case suffix (NAME-hr, NAME-backup) is a name a
# person chose. An upper-case one (NAME-HR) cannot be told apart from a computer name.
_CONFLICT_MARKS = (
    r" ?\(\d+\)",  # Google Drive, Windows: NAME (1)
    r"-(?-i:(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,14})",  # OneDrive: NAME-LAPTOP-12
    # Dropbox, Nextcloud: NAME (Kari's conflicted copy 2026-11-29), … (… 2026-11-29 (1)),
    # … (conflicted copy 2026-11-29 120000), optionally followed by (1)
    r" \([^()]*\bconflicted copy\b[^()]*(?:\(\d+\)[^()]*)?\)(?: \(\d+\))?",
    r" \(conflict\b[^()]*\)",  # Nextcloud: NAME (conflict …)
    r"_conflict-\d{8}-\d{6}",  # ownCloud, Nextcloud: NAME_conflict-20261129-120000
    r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}",  # Syncthing: NAME.sync-conflict-DATE-TIME-ID
)


def _conflict_copy_pattern(path: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(path.stem), re.escape(path.suffix)
    middle = "|".join(_CONFLICT_MARKS)
    # Case-insensitive elsewhere: Windows and macOS folders do not tell NAME from name.
    return re.compile(rf"^{stem}(?:{middle}){suffix}$", re.IGNORECASE)


def _stat_token(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _head_hash(path: Path) -> str:
    with open_regular(path, str(path), MAX_SHARED_BYTES) as handle:
        return hashlib.sha1(handle.read(_HEAD_BYTES)).hexdigest()


def _copy_hashing(src: Path, dst: Path, *, mode: str = "wb") -> tuple[int, int, str, str]:
    """Copy ``src`` to ``dst``; (size, mtime_ns, head hash, full hash) of what was read.

    Refuses anything but a regular file, and stops once more than MAX_SHARED_BYTES came.
    """
    with open_regular(src, str(src), MAX_SHARED_BYTES) as reader, dst.open(mode) as writer:
        before = os.fstat(reader.fileno())
        full = hashlib.sha1()
        head = hashlib.sha1()
        read = 0
        while chunk := reader.read(_COPY_CHUNK):
            full.update(chunk)
            if read < _HEAD_BYTES:
                head.update(chunk[: _HEAD_BYTES - read])
            read += len(chunk)
            if read > MAX_SHARED_BYTES:
                _too_large(str(src), read, MAX_SHARED_BYTES)
            writer.write(chunk)
        after = os.fstat(reader.fileno())
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
        read != after.st_size
    ):
        raise HubChanged()
    return after.st_size, after.st_mtime_ns, head.hexdigest(), full.hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _follow_link(path: Path) -> Path:
    """The file a symlink names, so that lock, backups and the replaced file sit beside it.

    Users link to the file in their cloud folder; replacing the link itself would take the
    shared file out of that folder. A link to anything but a regular file (or to nothing
    yet) is kept as it is, and refused by name when read.
    """
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    try:
        regular = stat.S_ISREG(os.stat(target).st_mode)
    except FileNotFoundError:
        regular = True  # the file the link names is made by the first sync
    except OSError:
        regular = False
    return target if regular else path


class FileHub(Hub):
    def __init__(
        self,
        path: str | Path,
        *,
        lock_timeout: float = 30.0,
        stale_after: float = 120.0,
        keep_backups: int = 3,
    ) -> None:
        self.given = Path(path).absolute()
        self.path = _follow_link(self.given)
        self.lock_timeout = lock_timeout
        self.stale_after = stale_after
        self.keep_backups = keep_backups
        self._lock: FileLock | None = None

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def lock_path(self) -> Path:
        return self.folder / f"{self.path.name}.lock"

    @property
    def backup_dir(self) -> Path:
        return self.folder / f".{self.path.stem}-backups"

    def describe(self) -> str:
        return str(self.given)

    def _require_folder(self) -> None:
        if not self.folder.is_dir():
            raise HubUnavailable(
                QT_TR_NOOP("the folder {folder} is not reachable"), folder=self.folder
            )
        if self.path.is_dir():
            raise HubRefused(QT_TR_NOOP("{path} is a folder, not a file"), path=self.path)

    def conflict_copies(self) -> list[Path]:
        pattern = _conflict_copy_pattern(self.path)
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return []
        # Special files are listed too (not read): extra_sources warns about them.
        return [
            self.folder / name
            for name in names
            if name != self.path.name and pattern.match(name) and not (self.folder / name).is_dir()
        ]

    def fingerprint(self) -> str:
        self._require_folder()
        copies = ",".join(p.name for p in self.conflict_copies())
        try:
            size, mtime = _stat_token(self.path)
            head = _head_hash(self.path)
        except FileNotFoundError:
            return f"absent|{copies}"
        except PermissionError as exc:
            raise HubRefused(
                QT_TR_NOOP("{path} cannot be read: permission denied"), path=self.path
            ) from exc
        return f"{size}:{mtime}:{head}|{copies}"

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self._require_folder()
        if not os.access(self.folder, os.W_OK):
            raise SyncError(
                QT_TR_NOOP("the folder {folder} is read-only; cannot write the shared file"),
                folder=self.folder,
            )
        lock = FileLock(self.lock_path, self.lock_timeout, self.stale_after)
        lock.acquire()
        self._lock = lock
        try:
            self._remove_leftovers()
            yield
        finally:
            self._lock = None
            lock.release()

    def _remove_leftovers(self) -> None:
        """Half-written files of a writer that crashed; only the lock holder may remove them."""
        for leftover in self.folder.glob(f".{glob.escape(self.path.name)}.*.new"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        lock = glob.escape(self.lock_path.name)
        scraps = [
            *self.folder.glob(f"{lock}.*.tmp"),
            *self.folder.glob(f"{lock}.stale-*"),
            *self.folder.glob(f".{lock}.clock-*"),
        ]
        if not scraps:
            return  # no probe of the file system's clock needed
        # Aged by the file system's clock, not ours: a laptop days ahead must not remove the
        # lock file another FredApp is making right now.
        now = self._lock.fs_now() if self._lock is not None else time.time()
        for leftover in scraps:
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > _LEFTOVER_AGE:
                    leftover.unlink()

    def _pull_file(self, source: Path, workdir: Path, name: str) -> Snapshot:
        target = workdir / name
        try:
            size, mtime, head, _full = _copy_hashing(source, target)
        except PermissionError as exc:
            raise HubRefused(
                QT_TR_NOOP("{path} cannot be read: permission denied"), path=source
            ) from exc
        revision = verify_database(target, str(source))
        snapshot = Snapshot(target, (size, mtime, head), source)
        if revision != SCHEMA_HEAD:
            upgrade_database(target)
            verify_database(target, str(source), allow_older=False)
            snapshot.upgraded = True
        return snapshot

    def pull(self, workdir: Path) -> Snapshot:
        self._require_folder()
        if not self.path.exists():
            target = workdir / "hub.sqlite"
            create_database(target)
            return Snapshot(target, None, self.path, created=True)
        return self._pull_file(self.path, workdir, "hub.sqlite")

    def extra_sources(self, workdir: Path) -> tuple[list[Snapshot], list[Message]]:
        extras: list[Snapshot] = []
        warnings: list[Message] = []
        for number, path in enumerate(self.conflict_copies()):
            try:
                extras.append(self._pull_file(path, workdir, f"copy-{number}.sqlite"))
            except (SyncError, HubChanged, OSError) as exc:
                warnings.append(
                    message(
                        QT_TR_NOOP("conflict copy {name} was not merged: {reason}"),
                        name=path.name,
                        reason=exc,
                    )
                )
        return extras, warnings

    def publish(self, snapshot: Snapshot, merged: Path) -> None:
        if self._lock is not None and not self._lock.held():
            raise HubChanged()  # our lock was taken as stale: start over
        temp = self.folder / f".{self.path.name}.{uuid.uuid4().hex[:8]}.new"
        try:
            with merged.open("rb") as reader, temp.open("wb") as writer:
                shutil.copyfileobj(reader, writer, _COPY_CHUNK)
                writer.flush()
                os.fsync(writer.fileno())
            verify_database(temp, str(self.path), allow_older=False)
            self._require_unchanged(snapshot)
            if snapshot.token is not None:
                self._backup()
            os.replace(temp, self.path)
            _fsync_dir(self.folder)
        except PermissionError as exc:
            raise SyncError(
                QT_TR_NOOP("the folder {folder} is read-only; cannot write the shared file"),
                folder=self.folder,
            ) from exc
        finally:
            temp.unlink(missing_ok=True)

    def _require_unchanged(self, snapshot: Snapshot) -> None:
        if snapshot.token is None:
            if self.path.exists():
                raise HubChanged()
            return
        try:
            now = (*_stat_token(self.path), _head_hash(self.path))
        except FileNotFoundError:
            raise HubChanged() from None
        if now != snapshot.token:
            raise HubChanged()

    def _backup_folder(self) -> None:
        if self.backup_dir.exists() and not self.backup_dir.is_dir():
            raise HubRefused(
                QT_TR_NOOP(
                    "{folder} is not a folder; FredApp keeps the shared file's backups there"
                ),
                folder=self.backup_dir,
            )
        self.backup_dir.mkdir(exist_ok=True)

    def _backup(self) -> None:
        self._backup_folder()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"{self.path.stem}-{stamp}{self.path.suffix}"
        try:
            os.link(self.path, target)  # the old file stays as it is: a link costs nothing
        except OSError:
            self._copy_backup(target)
        self._prune_backups()

    def _copy_backup(self, target: Path) -> None:
        try:
            _copy_hashing(self.path, target, mode="xb")  # bounded, and never into a FIFO
            shutil.copystat(self.path, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def _prune_backups(self) -> None:
        # Oldest first by mtime (the file system's clock when that version was published),
        # not by the name's stamp, which comes from whichever laptop made the backup.
        def age(path: Path) -> tuple[int, str]:
            try:
                return path.stat().st_mtime_ns, path.name
            except OSError:
                return 0, path.name

        backups = sorted(self.backup_dir.glob(f"{self.path.stem}-*{self.path.suffix}"), key=age)
        for old in backups[: max(0, len(backups) - self.keep_backups)]:
            old.unlink(missing_ok=True)

    def set_aside(self, extras: list[Snapshot]) -> list[Path]:
        moved = []
        for extra in extras:
            source = extra.source
            if source is None or extra.token is None:
                continue
            try:
                if (*_stat_token(source), _head_hash(source)) != extra.token:
                    continue  # changed since merged (still being synced): next time
                self._backup_folder()
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                target = self.backup_dir / f"merged-{stamp}-{source.name}"
                os.replace(source, target)
                moved.append(target)
            except (OSError, SyncError):
                continue
        return moved
