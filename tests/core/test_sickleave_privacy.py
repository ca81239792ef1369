"""The identity-number check against python-stdnum, the 2032 rule, D-numbers, small groups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fredapp.core.privacy import (
    HIDDEN_TEXT,
    find_national_ids,
    is_d_number,
    is_national_id,
    is_small_group,
)

stdnum_fnr = pytest.importorskip("stdnum.no.fodselsnummer")
from stdnum.exceptions import InvalidChecksum  # noqa: E402

K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def remainder(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


def stdnum_checksum_ok(number: str) -> bool:
    """python-stdnum's verdict on the check digits alone (it also checks the birth date)."""
    try:
        stdnum_fnr.validate(number)
    except InvalidChecksum:
        return False
    except Exception:  # a date stdnum dislikes: the check digits passed
        return True
    return True


# Skatteetaten's own examples for numbers issued from 2032 ("Nytt fødselsnummer fra 2032").
NEW_RULE_EXAMPLES = ["02013299997", "30108299920", "30108299939", "02013299903"]


@pytest.mark.parametrize("number", NEW_RULE_EXAMPLES)
def test_numbers_issued_from_2032_are_refused(number: str) -> None:
    assert is_national_id(number)
    assert find_national_ids(f"notat {number[:6]} {number[6:]}") == [f"{number[:6]} {number[6:]}"]


def test_the_2032_rule_widens_only_the_first_check_digit() -> None:
    # 30108299939: remainder 1 for the first check digit, so today's rule says no.
    assert remainder("3010829993", K1) == 1
    assert not is_national_id("30108299939", allow_2032_rule=False)
    assert not stdnum_checksum_ok("30108299939")
    assert is_national_id("30108299939")
    # The second check digit keeps today's rule: every other last digit is accepted as text.
    for last in "012345678":
        assert not is_national_id("3010829993" + last)
        assert find_national_ids("3010829993" + last) == []


def test_remainder_four_is_not_a_number_under_either_rule() -> None:
    for value in range(0, 200_000, 7):
        prefix = f"{value:09d}"
        for k1 in "0123456789":
            if remainder(prefix + k1, K1) not in (4, 5, 6, 7, 8, 9, 10):
                continue
            for k2 in "0123456789":
                assert not is_national_id(prefix + k1 + k2)
            break


@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_todays_rule_agrees_with_python_stdnum(value: int) -> None:
    number = f"{value:011d}"
    assert is_national_id(number, allow_2032_rule=False) == stdnum_checksum_ok(number)
    if stdnum_checksum_ok(number):
        assert is_national_id(number)  # what today's rule accepts, both rules accept


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=999),
)
def test_valid_numbers_stdnum_accepts_are_found(
    day: int, month: int, year: int, serial: int
) -> None:
    prefix = f"{day:02d}{month:02d}{year:02d}{serial:03d}"
    for k1 in "0123456789":
        for k2 in "0123456789":
            number = prefix + k1 + k2
            if stdnum_fnr.is_valid(number):
                assert find_national_ids(f"Ring {number} i dag") == [number]
                d_number = str(day + 40) + number[2:]
                # Moving the day into the D-number range changes the check digits, so find
                # the D-number's own valid pair.
                for a in "0123456789":
                    for b in "0123456789":
                        candidate = d_number[:9] + a + b
                        if is_national_id(candidate, allow_2032_rule=False):
                            assert is_d_number(candidate)
                            assert find_national_ids(candidate) == [candidate]


@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_both_rules_exactly(value: int) -> None:
    number = f"{value:011d}"
    expected = remainder(number[:10], K1) in (0, 1, 2, 3) and remainder(number, K2) == 0
    assert is_national_id(number) == expected
    assert (find_national_ids(number) == [number]) == expected


def test_random_eleven_digit_numbers_mostly_pass_and_are_accepted() -> None:
    # A phone number with country code or an account number is not refused when its
    # check digits fail.
    assert find_national_ids("Kontonr 12345678901, tlf 69 30 60 00") == []
    assert not is_national_id("12345678901")


def test_small_group_rule() -> None:
    assert HIDDEN_TEXT == "skjult (< 5)"
    assert is_small_group(0) and is_small_group(4) and is_small_group(None)
    assert not is_small_group(5) and not is_small_group(500)
