"""National identity numbers (fødselsnummer, D-nummer) are found in free text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fredapp.core.privacy import (
    MIN_GROUP_SIZE,
    find_national_ids,
    is_national_id,
    refusal_message,
)

# Written out independently of fredapp.core.privacy: the mod-11 weights with the check
# digit itself weighted 1, so a valid number's weighted sum is divisible by 11.
K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def weighted_sum_ok(digits: str, weights: tuple[int, ...]) -> bool:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def check_digits(prefix: str) -> str | None:
    """The two check digits that make ``prefix`` (9 digits) valid, found by search."""
    assert len(prefix) == 9 and prefix.isdigit()
    for k1 in "0123456789":
        if not weighted_sum_ok(prefix + k1, K1_WEIGHTS):
            continue
        for k2 in "0123456789":
            if weighted_sum_ok(prefix + k1 + k2, K2_WEIGHTS):
                return k1 + k2
    return None


def first_valid(prefixes) -> str:
    for prefix in prefixes:
        if check_digits(prefix) is not None:
            return prefix + check_digits(prefix)
    raise AssertionError("no valid number among the prefixes")


def test_known_valid_number() -> None:
    assert check_digits("150765005") == "65"
    assert is_national_id("15076500565")
    assert find_national_ids("15076500565") == ["15076500565"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("15076500565", ["15076500565"]),
        ("150765 00565", ["150765 00565"]),
        ("150765\u00a000565", ["150765\u00a000565"]),
        ("fnr: 15076500565.", ["15076500565"]),
        ("(150765 00565)", ["150765 00565"]),
        ("A 15076500565 og B 150765 00565", ["15076500565", "150765 00565"]),
        ("linje\n15076500565\n", ["15076500565"]),
    ],
)
def test_valid_numbers_are_found(text, found) -> None:
    assert find_national_ids(text) == found


def test_d_numbers_are_found() -> None:
    # A D-number adds 4 to the first digit of the day: 15 July 1965 becomes 55.
    d_number = first_valid(f"550765{serial:03d}" for serial in range(1000))
    assert d_number.startswith("550765")
    assert is_national_id(d_number)
    assert find_national_ids(f"D-nr {d_number}") == [d_number]
    spaced = f"{d_number[:6]} {d_number[6:]}"
    assert find_national_ids(spaced) == [spaced]
    # Other days: 01 → 41, 31 → 71.
    for day in ("41", "71", "62"):
        number = first_valid(f"{day}0190{serial:03d}" for serial in range(1000))
        assert find_national_ids(f"x {number} y") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "15076500566",  # wrong second check digit
        "15076500575",  # wrong first check digit
        "150765 00566",
        "12345678901",
        "00000000001",
    ],
)
def test_wrong_check_digits_are_accepted(text) -> None:
    assert find_national_ids(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "150765005651",  # 12 digits
        "915076500565",  # 12 digits, the valid 11 at the end
        "1507650056512",
        "150765 005651",
        "9150765 00565",
        "1507650056",  # 10 digits
        "150765  00565",  # two spaces
        "150765-00565",
    ],
)
def test_longer_shorter_or_oddly_split_runs_are_not_matched(text) -> None:
    assert find_national_ids(text) == []


def test_is_national_id_requires_exactly_eleven_digits() -> None:
    assert not is_national_id("150765 00565")
    assert not is_national_id("1507650056")
    assert not is_national_id("150765005650")
    assert not is_national_id("1507650056a")
    assert not is_national_id("")


def test_no_number_in_plain_text() -> None:
    assert find_national_ids("") == []
    assert find_national_ids("Sykefravær 6,2 % i 2023, mål 5,5 %") == []


def test_refusal_message_names_the_field() -> None:
    message = str(refusal_message("notes"))
    assert "'notes'" in message
    assert "fødselsnummer" in message


def test_min_group_size_is_statistics_norway_rule() -> None:
    assert MIN_GROUP_SIZE == 5


@given(st.integers(min_value=0, max_value=999_999_999))
def test_valid_numbers_are_found_and_a_changed_last_digit_is_not(value: int) -> None:
    prefix = f"{value:09d}"
    digits = check_digits(prefix)
    if digits is None:
        # No number valid by today's rule has this prefix (the 2032 rule is tested in
        # tests/core/test_sickleave_privacy.py).
        assert not any(
            is_national_id(f"{prefix}{n:02d}", allow_2032_rule=False) for n in range(100)
        )
        return
    number = prefix + digits
    assert find_national_ids(f"tekst {number} tekst") == [number]
    spaced = f"{number[:6]} {number[6:]}"
    assert find_national_ids(spaced) == [spaced]
    for other in "0123456789":
        if other != number[-1]:
            changed = number[:-1] + other
            assert find_national_ids(changed) == []
            assert not is_national_id(changed)
