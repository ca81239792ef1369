"""Helpers for fault tests: fail instead of hanging when a special file blocks a read."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def within(seconds: float) -> Iterator[None]:
    """Raise TimeoutError after ``seconds``: what the fault tests try used to block for ever."""

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still waiting after {seconds} s")

    if not hasattr(signal, "SIGALRM"):  # Windows: no alarm, the test just takes its time
        yield
        return
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
