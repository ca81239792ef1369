"""Reading files on a share that may hold anything: regular files only, bounded, never blocking.

Nothing read from the share is trusted to be what its name says: a FIFO blocks its reader,
a device never ends, and a name may be pointed elsewhere between a check and an open.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.hub_interface import HubRefused

# Nothing read from the share is trusted to be what its name says: these bound what is read.
MAX_SHARED_BYTES = 4 * 1024**3  # a shared database (or conflict copy, backup) larger is refused
MAX_LOCK_BYTES = 4 * 1024  # FredApp writes about 150 bytes of JSON into a lock file
# O_NONBLOCK: opening a FIFO must not wait for a writer that never comes (absent on Windows).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)

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
        too_large(name, status.st_size, limit)


def too_large(name: str, size: int, limit: int) -> None:
    """Refuse ``name``: ``size`` bytes is more than the ``limit`` FredApp reads."""
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
        too_large(name, len(data), limit)
    return data
