"""Leaders per level and leader density (ledertetthet) of an organisation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from fredapp.core.models import LEVEL_ORDER


class UnitLike(Protocol):
    level: str
    leader_title: str
    headcount: int


@dataclass(frozen=True)
class LeaderStats:
    leaders_by_level: dict[str, int]
    employees: int

    @property
    def leaders(self) -> int:
        return sum(self.leaders_by_level.values())

    @property
    def density(self) -> float | None:
        """Employees per leader; None for an organisation without leaders."""
        return self.employees / self.leaders if self.leaders else None


def leader_stats(units: Iterable[UnitLike]) -> LeaderStats:
    """A unit with a leader title has one leader; headcount counts everyone placed in it."""
    by_level = {level.value: 0 for level in LEVEL_ORDER}
    employees = 0
    for unit in units:
        employees += unit.headcount
        if unit.leader_title.strip():
            by_level[unit.level] = by_level.get(unit.level, 0) + 1
    return LeaderStats(by_level, employees)


def percent_change(before: float | None, after: float | None) -> float | None:
    """Relative change in per cent; None where it is undefined (missing or zero base)."""
    if before is None or after is None or before == 0:
        return None
    return (after - before) / before * 100.0
