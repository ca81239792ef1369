"""Errors the user can act on carry a message meant for people.

Raise them with a ``QT_TR_NOOP`` template and its values, so the window can show the
message in the user's language::

    raise ValidationError(QT_TR_NOOP("headcount cannot be negative ({value})"), value=value)

``str(error)`` is the English text (CLI, log); ``error.message`` keeps template and values.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from fredapp.core.messages import QT_TR_NOOP, Message


class FredAppError(Exception):
    """A known failure with a message that names what is wrong."""

    def __init__(self, template: str | Message = "", /, **values: Any) -> None:
        self.message = template if isinstance(template, Message) else Message(template, values)
        super().__init__(self.message.render())


class DatabaseError(FredAppError):
    """The database file cannot be used: not SQLite, not FredApp's, too new, unreadable."""


class ImportExportError(FredAppError):
    """A file could not be imported or exported; nothing was changed."""


class ValidationError(FredAppError):
    """A value a user entered is refused."""


class Cancelled(FredAppError):
    """The user stopped long work; whatever it was writing was discarded."""


class DiskFullError(FredAppError):
    """A write stopped because its disk is full; SQLite or the temporary file undid it."""


# SQLite's primary result code for "database or disk is full". SQLite reports a full disk
# with this code and no errno, whichever of its files (database, journal, temp) hit it.
_SQLITE_FULL = 13
_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)


def disk_full_error(error: BaseException, *folders: str | Path) -> DiskFullError | None:
    """``error`` as a DiskFullError when a full disk caused it, else None.

    Recognises SQLite's SQLITE_FULL (sqlite3's error or SQLAlchemy's wrapper of it) and
    OSError ENOSPC/EDQUOT, also when another error wraps them (``raise … from``). The
    folder named is the one the OSError was writing to; SQLite does not say which file it
    was writing, so then it is whichever of ``folders`` (the places the caller writes)
    has the least free space.
    """
    cause = _full_disk_cause(error)
    if cause is None:
        return None
    if isinstance(cause, DiskFullError):
        return cause
    folder = _written_folder(cause) or _fullest(folders)
    if folder is None:
        full = DiskFullError(QT_TR_NOOP("the disk is full; nothing was changed"))
    else:
        full = DiskFullError(
            QT_TR_NOOP("the disk holding {folder} is full; nothing was changed"), folder=folder
        )
    full.__cause__ = cause
    return full


def _full_disk_cause(error: BaseException) -> BaseException | None:
    """The full-disk failure inside ``error``'s chain of causes, if there is one."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, DiskFullError) or _is_full(current):
            return current
        # SQLAlchemy keeps the driver's exception in ``orig``; core errors chain with ``from``.
        for linked in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(linked, BaseException):
                pending.append(linked)
    return None


def _is_full(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return bool(code & 0xFF == _SQLITE_FULL)  # the primary code under any extended one
        return "database or disk is full" in str(error)
    return isinstance(error, OSError) and error.errno in _FULL_ERRNOS


def _written_folder(error: BaseException) -> Path | None:
    if not isinstance(error, OSError):
        return None
    # shutil's copies name the source in ``filename`` and the file being written in
    # ``filename2``; a plain write names only the file it wrote.
    target = error.filename2 or error.filename
    if not target or isinstance(target, int):
        return None
    path = Path(os.fsdecode(target))
    return path if path.is_dir() else path.parent


def _fullest(folders: tuple[str | Path, ...]) -> Path | None:
    """The first of ``folders`` on the disk with the least free space."""
    candidates = [Path(folder) for folder in folders]
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    free: dict[int, int] = {}  # per device, asked once: folders on one disk tie exactly
    chosen: tuple[int, Path] | None = None
    for folder in candidates:
        try:
            device = folder.stat().st_dev
            if device not in free:
                free[device] = shutil.disk_usage(folder).free
        except OSError:
            continue  # gone or unreadable: not where the write went
        if chosen is None or free[device] < chosen[0]:
            chosen = (free[device], folder)
    return chosen[1] if chosen is not None else candidates[0]
