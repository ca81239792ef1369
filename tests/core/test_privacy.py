"""National identity numbers (fødselsnummer, D-nummer) are found in free text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

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
        "150765  00565",  # two separators in a row
        "150765 - 00565",
        "150765-\n00565",
        "91507650056 5",  # the valid 11 digits begin inside a group
        "1234567890123",
        "150765 00565​1",  # an invisible character does not end a run of digits
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


# -- the number as people write it ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "150765-00565",
        "150765\u201100565",  # non-breaking hyphen
        "150765\u201300565",  # en dash
        "15.07.65 00565",
        "15 07 65 00565",
        "15/07/65 00565",
        "150765\u200900565",  # thin space
        "150765\u202f00565",  # narrow no-break space
        "150765\u300000565",  # ideographic space
        "１５０７６５００５６５",  # full-width digits
        "１５０７６５－００５６５",  # full-width hyphen-minus
        "1507\u200b6500565",  # zero-width space
        "15\u200c07\u200d65\u2060005\ufeff65",  # joiners, word joiner, byte-order mark
        "150765\u00ad00565",  # soft hyphen
        "\u0661\u0665\u0660\u0667\u0666\u0665\u0660\u0660\u0665\u0666\u0665",  # Arabic-Indic
    ],
)
def test_separated_full_width_and_invisible_spellings_are_found_as_written(text: str) -> None:
    assert find_national_ids(f"Ansatt {text}, ring") == [text]


def test_consecutive_groups_holding_eleven_digits_are_found_in_a_longer_run() -> None:
    assert find_national_ids("150765 00565 12") == ["150765 00565"]
    assert find_national_ids("12 150765 00565") == ["150765 00565"]
    assert find_national_ids("1 2 15076500565 3") == ["15076500565"]


def test_text_without_enough_digits_is_not_searched() -> None:
    assert find_national_ids("Tlf 69 30 60 00, org.nr. 940 039 541") == []
    assert find_national_ids("år 2023–2024: 6,2 %") == []


def valid_numbers() -> st.SearchStrategy[str]:
    """Valid numbers by today's rule, built from the check-digit rule of this file."""
    prefixes = st.integers(min_value=0, max_value=999_999_999).map(lambda n: f"{n:09d}")
    return prefixes.filter(lambda p: check_digits(p) is not None).map(
        lambda p: p + str(check_digits(p))
    )


SEPARATORS = ["", " ", "-", ".", "/", "\u00a0", "\u2009", "\u202f", "\u2010", "\u2013", "\uff0f"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]


@st.composite
def disguised(draw: st.DrawFn, number: str) -> str:
    """``number`` with random separators between digits, full-width digits and invisibles."""
    out = []
    for index, digit in enumerate(number):
        if index:
            out.append(draw(st.sampled_from(SEPARATORS)))
        if index and draw(st.booleans()):  # inside the number: one before it is not part of it
            out.append(draw(st.sampled_from(INVISIBLE)))
        out.append(chr(ord(digit) + 0xFEE0) if draw(st.booleans()) else digit)
    return "".join(out)


@st.composite
def stdnum_numbers(draw: st.DrawFn) -> str:
    """A valid number built by python-stdnum's check-digit functions, with a real date."""
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2039, 12, 31)))
    # The individual number's range tells the century (Skatteetaten's table).
    ranges = {18: (500, 749), 19: (0, 499), 20: (500, 999)}
    low, high = ranges[born.year // 100]
    day = born.day + (40 if draw(st.booleans()) else 0)  # D-nummer: day + 40
    prefix = f"{day:02d}{born.month:02d}{born.year % 100:02d}"
    prefix += f"{draw(st.integers(min_value=low, max_value=high)):03d}"
    first = fodselsnummer.calc_check_digit1(prefix)
    number = prefix + first + fodselsnummer.calc_check_digit2(prefix + first)
    assume(fodselsnummer.is_valid(number))  # some prefixes have no valid check digits
    return number


@given(st.data(), stdnum_numbers())
def test_every_valid_number_is_found_however_it_is_written(
    data: st.DataObject, number: str
) -> None:
    written = data.draw(disguised(number))
    assert find_national_ids(f"notat: {written} !") == [written]


@given(st.data(), stdnum_numbers(), st.integers(min_value=1, max_value=9))
def test_a_wrong_check_digit_is_never_found(data: st.DataObject, number: str, shift: int) -> None:
    wrong = number[:-1] + str((int(number[-1]) + shift) % 10)
    assert not fodselsnummer.is_valid(wrong)
    written = data.draw(disguised(wrong))
    assert find_national_ids(f"notat: {written} !") == []


@given(st.text(alphabet="0123456789 -.", max_size=40))
def test_what_is_found_is_eleven_valid_digits_as_written(text: str) -> None:
    for hit in find_national_ids(text):
        assert hit in text
        digits = "".join(char for char in hit if char.isdigit())
        assert len(digits) == 11 and is_national_id(digits)


@given(st.data(), stdnum_numbers(), st.text(max_size=30))
def test_the_quick_first_look_never_hides_a_number_the_guard_finds(
    data: st.DataObject, number: str, around: str
) -> None:
    """fredapp.core.validation looks cheaply before it calls the guard (a million rows on a
    full sync): whatever the guard finds, that first look must let through."""
    from fredapp.core.validation import may_hold_national_id

    text = f"{around} {data.draw(disguised(number))} {around}"
    if find_national_ids(text):
        assert may_hold_national_id(text)
