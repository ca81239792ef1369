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

People write the number in many ways, and text pasted from elsewhere carries invisible
characters, so the text is normalised before it is searched: invisible format characters
(Unicode category Cf: zero-width spaces and joiners, the soft hyphen, the byte-order mark) are
dropped and the rest is NFKC-normalised, so full-width digits and no-break or thin spaces become
plain ones. Digits are then read in groups separated by at most one space, hyphen, dot or slash
(``150765-00565``, ``15.07.65 00565``); any consecutive groups holding 11 digits in all are a
candidate. A group is never split, so 11 digits inside a longer run of digits are not a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from fredapp.core.messages import QT_TR_NOOP, Message, message

NATIONAL_ID_DIGITS = 11
# Characters that may stand alone between two groups of digits, after NFKC normalisation
# (which turns no-break, thin and full-width spaces into plain ones). Dashes of every kind
# (Unicode category Pd) and all white space count too; see _is_separator.
_SEPARATORS = frozenset("./\u2212\u2215\u2044\u00b7")
# What can become a digit after normalisation: decimal digits of any script (\d), and
# superscript, subscript and circled digits. Text with fewer of these cannot hold a number.
_DIGIT_LIKE = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793]")
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
    """Every national identity number in ``text``, as written there (see the module's notes)."""
    if len(_DIGIT_LIKE.findall(text)) < NATIONAL_ID_DIGITS:
        return []  # the common case, decided without normalising
    normal, origin = _normalised(text)
    found = []
    for first, last in _candidates(normal):
        digits = "".join(char for char in normal[first:last] if _is_digit(char))
        if is_national_id(digits):
            found.append(text[origin[first] : origin[last - 1] + 1])
    return found


def _normalised(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without format characters, NFKC-normalised, with every digit in ASCII.

    Also the index in ``text`` each character of the result came from, so a hit can be
    returned as it was written.
    """
    if text.isascii():
        return text, range(len(text))  # nothing to normalise: the quick way for most text
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Cf":
            continue  # invisible: zero-width space, joiners, soft hyphen, byte-order mark
        # One character at a time, so each result character knows where it came from.
        for normal in unicodedata.normalize("NFKC", char):
            digit = unicodedata.decimal(normal, None)
            chars.append(normal if digit is None else str(digit))
            origin.append(index)
    return "".join(chars), origin


def _candidates(normal: str) -> Iterator[tuple[int, int]]:
    """Start and end of each run of consecutive digit groups holding 11 digits in all."""
    for run in _runs(normal):
        start = 0
        while start < len(run):
            total = 0
            for end in range(start, len(run)):
                total += run[end][1] - run[end][0]
                if total >= NATIONAL_ID_DIGITS:
                    break
            if total == NATIONAL_ID_DIGITS:
                yield run[start][0], run[end][1]
                start = end + 1  # a group belongs to one number at most
            else:
                start += 1


def _runs(normal: str) -> Iterator[list[tuple[int, int]]]:
    """The digit groups of ``normal`` (start, end), in runs joined by one separator each."""
    run: list[tuple[int, int]] = []
    index = 0
    while index < len(normal):
        if not _is_digit(normal[index]):
            index += 1
            continue
        start = index
        while index < len(normal) and _is_digit(normal[index]):
            index += 1
        joined = bool(run) and run[-1][1] == start - 1 and _is_separator(normal[start - 1])
        if run and not joined:
            yield run
            run = []
        run.append((start, index))
    if run:
        yield run


def _is_digit(char: str) -> bool:
    return "0" <= char <= "9"  # after _normalised; str.isdigit also takes '²' and '①'


def _is_separator(char: str) -> bool:
    return char in _SEPARATORS or char.isspace() or unicodedata.category(char) == "Pd"


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
