"""Privacy rules: no national identity numbers in free text, no small groups shown."""

from __future__ import annotations

import re

# 11 digits, optionally written 6 + 5 with one space, not part of a longer number.
_CANDIDATE = re.compile(r"(?<!\d)(\d{6})[ \u00a0]?(\d{5})(?!\d)")
_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
MIN_GROUP_SIZE = 5  # Statistics Norway's rule: figures for fewer people are not shown


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    check = (11 - remainder) % 11
    return None if check == 10 else check


def is_national_id(number: str) -> bool:
    """True for 11 digits whose two mod-11 check digits are valid (fødselsnummer, D-nummer)."""
    if len(number) != 11 or not number.isdigit():
        return False
    digits = [int(c) for c in number]
    first = _check_digit(digits[:9], _WEIGHTS_1)
    if first is None or first != digits[9]:
        return False
    second = _check_digit(digits[:10], _WEIGHTS_2)
    return second is not None and second == digits[10]


def find_national_ids(text: str) -> list[str]:
    """Every national identity number in ``text``, as written there."""
    return [
        match.group(0)
        for match in _CANDIDATE.finditer(text)
        if is_national_id(match.group(1) + match.group(2))
    ]


def refusal_message(field_name: str) -> str:
    return (
        f"The field '{field_name}' contains what looks like a national identity number "
        "(fødselsnummer or D-nummer). FredApp does not store personal identity numbers: "
        "remove it and save again."
    )
