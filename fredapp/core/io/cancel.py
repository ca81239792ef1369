"""Stopping a long import while it only reads: a callable the caller may pass in.

The window runs an import's reading and checking (or an export) in a thread and hands the planner a
``cancelled()`` that turns true when the user presses Cancel. The planner looks at it between
rows and raises :class:`~fredapp.core.errors.Cancelled`; it has written nothing by then, so
stopping changes nothing (an export writes aside and drops its temporary file). The core
never imports Qt: the callable is all it knows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from fredapp.core.errors import Cancelled
from fredapp.core.messages import QT_TR_NOOP

CancelCheck = Callable[[], bool]
CHECK_EVERY = 200  # rows between looks: often enough to stop quickly, rare enough to cost nothing
STOPPED_IMPORT = QT_TR_NOOP("Stopped; nothing was imported.")
STOPPED_EXPORT = QT_TR_NOOP("Stopped; the file was not written.")


def check_cancelled(cancelled: CancelCheck | None, stopped: str = STOPPED_IMPORT) -> None:
    """Raise Cancelled (saying ``stopped``) if the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled(stopped)


def checked[T](
    rows: Iterable[T], cancelled: CancelCheck | None, stopped: str = STOPPED_IMPORT
) -> Iterator[T]:
    """Pass ``rows`` on, raising Cancelled soon after ``cancelled()`` turns true."""
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0:
            check_cancelled(cancelled, stopped)
        yield row
