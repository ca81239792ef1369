"""A hybrid logical clock: change stamps that order edits across devices.

Laptop wall clocks are wrong. A stamp combines the wall clock with a counter
and never goes backwards on one device, and a device that sees a stamp from
the future moves its own clock past it, so causally later edits always carry
larger stamps. Stamps are fixed-width strings, so they sort as text, and the
device id breaks ties, so every client decides a tie the same way.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP

WALL_DIGITS = 13  # milliseconds since 1970 fit 13 digits until the year 2286
COUNTER_DIGITS = 6
_COUNTER_LIMIT: int = 10**COUNTER_DIGITS
_WALL_MAX: int = 10**WALL_DIGITS - 1
# How far ahead of this computer's clock a stamp may be. Laptops' clocks are wrong by minutes,
# hours, sometimes days (a wrong date typed in, a flat BIOS battery), and their work must still
# merge, so the bound is far wider than Anki's 300 s. But a stamp far ahead (a clock set to 2300,
# a crafted 9999999999999) would drag every clock that sees it along, make later edits lose to
# it for years, and overflow the stamp's 13 digits: such a stamp is damaged input. 30 days keeps
# a month's wrong date working and limits what one bad clock can do to a month.
MAX_DRIFT_DAYS = 30
MAX_DRIFT_MS = MAX_DRIFT_DAYS * 24 * 3600 * 1000
_DEVICE = re.compile(r"[A-Za-z0-9_-]{1,64}")


class ClockError(ValidationError):
    """A stamp or a clock beyond the bound: damaged input, or a computer's clock set wrong."""


def wall_now_ms() -> int:
    return int(time.time_ns() // 1_000_000)


def wall_limit_ms(now_ms: int | None = None) -> int:
    """The latest wall time a stamp may carry, seen from a clock that reads ``now_ms``."""
    now = wall_now_ms() if now_ms is None else now_ms
    return min(now + MAX_DRIFT_MS, _WALL_MAX)


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        parts = text.split(".", 2)
        if (
            len(parts) != 3
            or len(parts[0]) != WALL_DIGITS
            or len(parts[1]) != COUNTER_DIGITS
            or not (parts[0] + parts[1]).isascii()
            or not (parts[0] + parts[1]).isdigit()
            or not _DEVICE.fullmatch(parts[2])
        ):
            raise ValueError(f"not a change stamp: {text[:100]!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])

    def beyond_bound(self, now_ms: int | None = None) -> bool:
        return self.wall_ms > wall_limit_ms(now_ms)


class HybridClock:
    def __init__(
        self,
        device: str,
        last: Stamp | None = None,
        wall_ms: Callable[[], int] | None = None,
    ) -> None:
        self.device = device
        self._wall_ms = wall_ms or wall_now_ms
        self._last = last or Stamp(0, 0, device)

    def wall(self) -> int:
        """This clock's wall time in milliseconds (what the bound is measured from)."""
        return self._wall_ms()

    @property
    def last(self) -> Stamp:
        return self._last

    def now(self) -> Stamp:
        """A stamp larger than every stamp this clock has issued or seen."""
        wall = self._wall_ms()
        if wall >= _WALL_MAX - MAX_DRIFT_MS:
            raise ClockError(
                QT_TR_NOOP(
                    "this computer's clock says {when}; set the date and time right, "
                    "then try again (nothing was changed)"
                ),
                when=time.strftime("%Y-%m-%d", time.gmtime(min(wall // 1000, 2**40))),
            )
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
        """Move past a stamp received from another device; ClockError beyond the bound."""
        if remote.beyond_bound(self._wall_ms()):
            raise ClockError(
                QT_TR_NOOP(
                    "the change stamp {stamp} lies more than {days} days ahead of this "
                    "computer's clock; it is damaged or made by a computer whose clock is wrong"
                ),
                stamp=str(remote)[:40],
                days=MAX_DRIFT_DAYS,
            )
        if (remote.wall_ms, remote.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(remote.wall_ms, remote.counter, self.device)
