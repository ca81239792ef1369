"""A hybrid logical clock: change stamps that order edits across devices.

Laptop wall clocks are wrong. A stamp combines the wall clock with a counter
and never goes backwards on one device, and a device that sees a stamp from
the future moves its own clock past it, so causally later edits always carry
larger stamps. Stamps are fixed-width strings, so they sort as text, and the
device id breaks ties, so every client decides a tie the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 13  # milliseconds since 1970 fit 13 digits until the year 2286
_COUNTER_DIGITS = 6
_COUNTER_LIMIT = 10**_COUNTER_DIGITS


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, device = text.split(".", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS:
            raise ValueError(f"not a change stamp: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridClock:
    def __init__(
        self,
        device: str,
        last: Stamp | None = None,
        wall_ms: Callable[[], int] | None = None,
    ) -> None:
        self.device = device
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = last or Stamp(0, 0, device)

    @property
    def last(self) -> Stamp:
        return self._last

    def now(self) -> Stamp:
        """A stamp larger than every stamp this clock has issued or seen."""
        wall = self._wall_ms()
        if wall > self._last.wall_ms:
            stamp = Stamp(wall, 0, self.device)
        elif self._last.counter + 1 < _COUNTER_LIMIT:
            stamp = Stamp(self._last.wall_ms, self._last.counter + 1, self.device)
        else:
            # The counter would outgrow its digits and break text order: borrow a millisecond.
            stamp = Stamp(self._last.wall_ms + 1, 0, self.device)
        self._last = stamp
        return stamp

    def observe(self, remote: Stamp) -> None:
        """Move past a stamp received from another device."""
        if (remote.wall_ms, remote.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(remote.wall_ms, remote.counter, self.device)
