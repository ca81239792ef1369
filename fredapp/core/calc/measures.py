"""Rules of the measure board: codes, overdue measures and the board's filters.

A measure's code names its level and dimension: the central staffs' measures are ``S-`` and
the dimension's letters and a number (``S-KK3``), the whole municipality's are the letters and
a number (``KK3``). A new measure gets the next free number of its dimension and level, and
two measures that are not deleted never share a code.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from fredapp.core.models import Dimension, MeasureLevel, MeasureStatus

STATUS_ORDER: tuple[str, ...] = tuple(status.value for status in MeasureStatus)
DIMENSION_ORDER: tuple[str, ...] = tuple(dimension.value for dimension in Dimension)
LEVEL_ORDER: tuple[str, ...] = tuple(level.value for level in MeasureLevel)
STAFF_PREFIX = "S-"


class MeasureLike(Protocol):
    id: uuid.UUID
    code: str
    title: str
    dimension: str
    level: str
    status: str
    owner_unit_id: uuid.UUID | None
    due_date: dt.date | None
    notes: str


def code_prefix(dimension: str, level: str) -> str:
    """'S-KK' for a staff measure of dimension KK, 'KK' for a municipality measure."""
    return (STAFF_PREFIX if level == MeasureLevel.STAFF.value else "") + dimension


def code_number(code: str, dimension: str, level: str) -> int | None:
    """The running number of ``code`` if it is a code of ``dimension`` and ``level``."""
    match = re.fullmatch(re.escape(code_prefix(dimension, level)) + r"(\d+)\*?", code.strip())
    return int(match.group(1)) if match else None


def next_free_code(codes: Iterable[str], dimension: str, level: str) -> str:
    """One more than the highest number in use for this dimension and level (1 when none).

    Gaps are not refilled: a code that was deleted may come back with an undo.
    """
    numbers = [n for code in codes if (n := code_number(code, dimension, level)) is not None]
    return f"{code_prefix(dimension, level)}{max(numbers, default=0) + 1}"


def normalise_code(code: str) -> str:
    return code.strip().upper()


def is_duplicate_code(
    code: str, taken: Iterable[tuple[uuid.UUID, str]], own_id: uuid.UUID | None = None
) -> bool:
    """Whether another measure (not ``own_id``) already has ``code``, ignoring case and spaces."""
    wanted = normalise_code(code)
    return any(normalise_code(other) == wanted and mid != own_id for mid, other in taken)


def is_overdue(measure: MeasureLike, today: dt.date | None = None) -> bool:
    """A measure is overdue when its due date has passed and it is not done."""
    if measure.due_date is None or measure.status == MeasureStatus.DONE.value:
        return False
    return measure.due_date < (today or dt.date.today())


@dataclass(frozen=True)
class MeasureFilter:
    """What the board shows; an empty set lets every value through."""

    dimensions: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    owners: frozenset[uuid.UUID] = field(default_factory=frozenset)
    text: str = ""

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The free text's words, worked out once per filter, not once per measure."""
        return tuple(self.text.casefold().split())

    @property
    def is_empty(self) -> bool:
        return not (self.dimensions or self.levels or self.statuses or self.owners or self.text)

    def matches(self, measure: MeasureLike, owner_name: str = "", extra_text: str = "") -> bool:
        if self.dimensions and measure.dimension not in self.dimensions:
            return False
        if self.levels and measure.level not in self.levels:
            return False
        if self.statuses and measure.status not in self.statuses:
            return False
        if self.owners and measure.owner_unit_id not in self.owners:
            return False
        words = self.words
        if words:
            haystack = " ".join(
                (measure.code, measure.title, measure.notes, owner_name, extra_text)
            ).casefold()
            return all(word in haystack for word in words)
        return True


def filter_measures(
    measures: Iterable[MeasureLike],
    measure_filter: MeasureFilter,
    owner_names: dict[uuid.UUID, str] | None = None,
) -> list[MeasureLike]:
    names = owner_names or {}
    return [
        m
        for m in measures
        if measure_filter.matches(m, names.get(m.owner_unit_id, "") if m.owner_unit_id else "")
    ]
