"""Goal attainment, computed from a goal's baseline, outcome, target and direction.

FredApp never copies a change or an attainment from a source document: it computes both from the
figures here. A missing figure stays missing (None), never zero. The directions
(:class:`~fredapp.core.models.GoalDirection`):

- ``reduce_by`` T: the outcome must be at most the baseline less T per cent of it;
- ``increase_by`` T: the outcome must be at least the baseline plus T per cent of it;
- ``reach`` T: the outcome must reach the level T or exceed it.

A zero baseline has no relative change (the per cent is None); its target level for a relative
goal is zero too, so a reduction is reached at zero or below and an increase by more than 0 %
only by an outcome above zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fredapp.core.models import Goal, GoalDirection

# Figures are read from spreadsheets: 0.1 + 0.2 must still equal 0.3 when compared to a target.
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Attainment:
    direction: GoalDirection
    target: float
    baseline: float | None
    outcome: float | None
    change: float | None  # outcome − baseline
    change_pct: float | None  # change in per cent of the baseline; None for a zero baseline
    target_level: float | None  # the outcome that just reaches the goal
    progress_pct: float | None  # how far from the baseline to the target level, in per cent
    reached: bool | None  # None when a figure is missing

    @property
    def reached_text(self) -> str:
        """'ja', 'nei', or '' where a figure is missing (the export's column)."""
        return "" if self.reached is None else ("ja" if self.reached else "nei")


def attainment(
    direction: GoalDirection | str,
    target: float,
    baseline: float | None,
    outcome: float | None,
) -> Attainment:
    """Compute change and attainment for one goal; see the module's description."""
    direction = GoalDirection(direction)
    if not _is_number(target):
        raise ValueError(f"a goal's target must be a number, not {target!r}")
    baseline = baseline if _is_number(baseline) else None
    outcome = outcome if _is_number(outcome) else None
    change = None if baseline is None or outcome is None else outcome - baseline
    change_pct = None
    if change is not None and baseline:
        change_pct = change / abs(baseline) * 100.0
    level = target_level(direction, target, baseline)
    reached = None
    if outcome is not None and level is not None:
        reached = _is_reached(direction, target, level, baseline, outcome)
    progress = None
    if outcome is not None and baseline is not None and level is not None and level != baseline:
        progress = (outcome - baseline) / (level - baseline) * 100.0
    return Attainment(
        direction, target, baseline, outcome, change, change_pct, level, progress, reached
    )


def goal_attainment(goal: Goal) -> Attainment:
    return attainment(goal.direction, goal.target, goal.baseline, goal.outcome)


def target_level(
    direction: GoalDirection | str, target: float, baseline: float | None
) -> float | None:
    """The outcome that just reaches the goal; None when it depends on a missing baseline."""
    direction = GoalDirection(direction)
    if direction is GoalDirection.REACH:
        return float(target)
    if baseline is None:
        return None
    factor = 1.0 - target / 100.0 if direction is GoalDirection.REDUCE_BY else 1.0 + target / 100.0
    return baseline * factor


def _is_reached(
    direction: GoalDirection, target: float, level: float, baseline: float | None, outcome: float
) -> bool:
    if direction is GoalDirection.REDUCE_BY:
        return outcome <= level + _TOLERANCE
    if direction is GoalDirection.INCREASE_BY and baseline == 0 and target > 0:
        return outcome > 0  # any rise from nothing is an increase by more than any per cent
    return outcome >= level - _TOLERANCE


def _is_number(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
