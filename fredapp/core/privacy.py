"""Privacy rules: no national identity numbers in free text, no small groups shown.

A Norwegian national identity number (fødselsnummer, and the D-nummer given to people who are
not registered as residents, whose first digit is raised by 4) is 11 digits: a date, three
individual digits and two mod-11 check digits. For numbers issued from 1 January 2032 the first
check digit follows a wider rule: the weighted sum including the check digit may leave the
remainder 0, 1, 2 or 3 when divided by 11, where today's rule allows 0 only (Skatteetaten,
"Nytt fødselsnummer fra 2032"). The second check digit keeps today's rule. Both rules are
accepted here, since numbers of both kinds will be in use side by side.

The check is on the digits alone, not on the date: a number that passes it is refused even if
its date is odd (H-numbers and FH-numbers are written that way too).
"""

from __future__ import annotations

import re

from fredapp.core.messages import QT_TR_NOOP, Message, message

# 11 digits, optionally written 6 + 5 with one space, not part of a longer number.
_CANDIDATE = re.compile(r"(?<!\d)(\d{6})[ \u00a0]?(\d{5})(?!\d)")
_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)  # the first check digit itself weighs 1
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)  # the second check digit itself weighs 1
# Remainders of the first weighted sum each rule accepts.
CLASSIC_REMAINDERS = frozenset({0})
FROM_2032_REMAINDERS = frozenset({0, 1, 2, 3})
MIN_GROUP_SIZE = 5  # Statistics Norway's rule: figures for fewer people are not shown
HIDDEN_TEXT = "skjult (< 5)"  # what is shown in place of a small group's figure


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


def is_national_id(number: str, *, allow_2032_rule: bool = True) -> bool:
    """True for 11 digits whose two mod-11 check digits are valid (fødselsnummer, D-nummer).

    With ``allow_2032_rule`` (the default) the first check digit may follow either today's rule
    or the rule for numbers issued from 2032; without it, only today's rule.
    """
    if len(number) != 11 or not number.isascii() or not number.isdigit():
        return False
    remainders = FROM_2032_REMAINDERS if allow_2032_rule else CLASSIC_REMAINDERS
    if _weighted(number[:10], _WEIGHTS_1) not in remainders:
        return False
    return _weighted(number, _WEIGHTS_2) == 0


def is_d_number(number: str) -> bool:
    """A valid number whose day is raised by 40 (41–71): a D-nummer."""
    return is_national_id(number) and 41 <= int(number[:2]) <= 71


def find_national_ids(text: str) -> list[str]:
    """Every national identity number in ``text``, as written there."""
    return [
        match.group(0)
        for match in _CANDIDATE.finditer(text)
        if is_national_id(match.group(1) + match.group(2))
    ]


def refusal_message(field_name: str) -> Message:
    return message(
        QT_TR_NOOP(
            "The field '{field}' contains what looks like a national identity number "
            "(fødselsnummer or D-nummer). FredApp does not store personal identity numbers: "
            "remove it and save again."
        ),
        field=field_name,
    )


def is_small_group(employees: int | None) -> bool:
    """True when a figure over ``employees`` people must not be shown (fewer than 5)."""
    return employees is None or employees < MIN_GROUP_SIZE
