"""The hybrid logical clock that orders edits across devices with wrong wall clocks."""

from __future__ import annotations

import itertools
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fredapp.core.clock import HybridClock, Stamp


def scripted(*times: int):
    """A wall clock reading ``times`` in turn, then standing still at the last one."""
    values = iter(times)
    last = [times[-1]]

    def read() -> int:
        last[0] = next(values, last[0])
        return last[0]

    return read


def test_stamps_follow_the_wall_clock_when_it_moves_forward() -> None:
    clock = HybridClock("dev", wall_ms=scripted(1000, 2000))
    assert clock.now() == Stamp(1000, 0, "dev")
    assert clock.now() == Stamp(2000, 0, "dev")


def test_same_millisecond_increments_the_counter() -> None:
    clock = HybridClock("dev", wall_ms=lambda: 5000)
    stamps = [clock.now() for _ in range(3)]
    assert stamps == [Stamp(5000, 0, "dev"), Stamp(5000, 1, "dev"), Stamp(5000, 2, "dev")]


def test_monotonic_when_the_wall_clock_goes_backwards() -> None:
    clock = HybridClock("dev", wall_ms=scripted(10_000, 9_000, 1, 10_000, 10_001, 500))
    stamps = [clock.now() for _ in range(6)]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    texts = [str(s) for s in stamps]
    assert all(a < b for a, b in itertools.pairwise(texts))
    assert stamps[1] == Stamp(10_000, 1, "dev")  # held at the last wall time


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50))
def test_monotonic_for_any_wall_clock(times: list[int]) -> None:
    clock = HybridClock("dev", wall_ms=scripted(*times))
    stamps = [clock.now() for _ in times]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert all(str(a) < str(b) for a, b in itertools.pairwise(stamps))
    assert clock.last == stamps[-1]


def test_start_from_a_persisted_stamp() -> None:
    last = Stamp(9_000, 7, "dev")
    clock = HybridClock("dev", last, wall_ms=lambda: 1_000)
    assert clock.now() == Stamp(9_000, 8, "dev")


def test_observe_a_remote_future_stamp_moves_past_it() -> None:
    clock = HybridClock("local", wall_ms=lambda: 1_000)
    clock.now()
    remote = Stamp(50_000, 3, "remote")
    clock.observe(remote)
    stamp = clock.now()
    assert stamp > remote
    assert str(stamp) > str(remote)
    assert (stamp.wall_ms, stamp.counter) == (50_000, 4)
    assert stamp.device == "local"


def test_observe_a_remote_past_stamp_changes_nothing() -> None:
    clock = HybridClock("local", wall_ms=scripted(9_000, 9_000))
    first = clock.now()
    clock.observe(Stamp(100, 5, "remote"))
    assert clock.last == first
    assert clock.now() == Stamp(9_000, 1, "local")


def test_observe_an_equal_remote_stamp_still_moves_past_it() -> None:
    clock = HybridClock("aaa", wall_ms=lambda: 7_000)
    remote = Stamp(7_000, 2, "zzz")
    clock.observe(remote)
    assert clock.now() > remote


def test_counter_overflow_keeps_stamps_fixed_width_and_ordered() -> None:
    """Many edits while the wall clock lags behind (for instance after seeing a stamp from
    a laptop whose clock was a year ahead) must not overflow the six counter digits:
    a seven-digit counter would sort before a six-digit one as text."""
    clock = HybridClock("dev", Stamp(5_000, 999_998, "dev"), wall_ms=lambda: 1_000)
    previous = clock.last
    for _ in range(3):
        stamp = clock.now()
        assert stamp > previous
        assert str(stamp) > str(previous)
        assert Stamp.parse(str(stamp)) == stamp
        previous = stamp


def test_stamp_text_format() -> None:
    stamp = Stamp(1_700_000_000_123, 42, "abc123")
    assert str(stamp) == "1700000000123.000042.abc123"
    assert str(Stamp(0, 0, "seed")) == "0000000000000.000000.seed"


@pytest.mark.parametrize("text", ["", "123.000001.dev", "0000000000001.1.dev", "abc", "1.2"])
def test_parse_refuses_malformed_stamps(text) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


walls = st.integers(min_value=0, max_value=10**13 - 1)
counters = st.integers(min_value=0, max_value=10**6 - 1)
# A device id is 1–64 of letters, digits, '_' and '-' (Stamp.parse refuses anything else).
devices = st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=1, max_size=64)
stamps = st.builds(Stamp, walls, counters, devices)


@given(stamps)
def test_stamp_round_trips_through_text(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp


@given(stamps, stamps)
def test_text_order_equals_tuple_order(a: Stamp, b: Stamp) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)
    assert (a < b) == ((a.wall_ms, a.counter, a.device) < (b.wall_ms, b.counter, b.device))
