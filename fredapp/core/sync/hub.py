"""The shared-file hub: the shared data as one FredApp database on a share or in a cloud folder.

:class:`FileHub` implements the hub interface (:mod:`fredapp.core.sync.hub_interface`) for
one FredApp database on a network share or in a cloud-synced folder. The shared file is
never opened in place (SQLite's locking does not work on network shares): it is copied,
the copy verified (:mod:`fredapp.core.sync.verify`), the merged result written beside the
share under a temporary name, verified again, and moved over the shared file atomically,
only if the shared file did not change since it was read. A lock file
(:mod:`fredapp.core.sync.filelock`) keeps two FredApps apart. The last few versions stay as
backups. What this module held before its split stays importable from here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import os
import re
import shutil
import stat
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from fredapp.core.db import SCHEMA_HEAD, create_database, upgrade_database
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.filelock import FileLock
from fredapp.core.sync.hub_interface import (
    Hub,
    HubChanged,
    HubLocked,
    HubRefused,
    HubUnavailable,
    Snapshot,
    SyncError,
)
from fredapp.core.sync.share_files import (
    MAX_LOCK_BYTES,
    MAX_SHARED_BYTES,
    open_regular,
    read_small,
    require_regular,
    too_large,
)
from fredapp.core.sync.verify import expected_columns, verify_database

__all__ = [
    "MAX_LOCK_BYTES",
    "MAX_SHARED_BYTES",
    "FileHub",
    "FileLock",
    "Hub",
    "HubChanged",
    "HubLocked",
    "HubRefused",
    "HubUnavailable",
    "Snapshot",
    "SyncError",
    "expected_columns",
    "open_regular",
    "read_small",
    "require_regular",
    "verify_database",
]

_HEAD_BYTES = 65536  # hashed again just before publishing: page 1 holds SQLite's change counter
_COPY_CHUNK = 1024 * 1024
_LEFTOVER_AGE = 60.0  # seconds (file-system clock) before a crashed writer's scrap is removed


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
                too_large(str(src), read, MAX_SHARED_BYTES)
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
