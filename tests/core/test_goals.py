"""Goal attainment arithmetic for every direction, missing figures and a zero baseline."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import col, select

from fredapp.core.calc.goals import attainment, goal_attainment, target_level
from fredapp.core.db import Database
from fredapp.core.models import Goal, GoalDirection

REDUCE, INCREASE, REACH = GoalDirection.REDUCE_BY, GoalDirection.INCREASE_BY, GoalDirection.REACH


def test_reduction_reached() -> None:
    result = attainment(REDUCE, 25, 6925, 4852)
    assert result.change == -2073
    assert result.change_pct == pytest.approx(-29.935, abs=1e-3)
    assert result.target_level == pytest.approx(5193.75)
    assert result.reached is True and result.reached_text == "ja"
    assert result.progress_pct == pytest.approx(2073 / 1731.25 * 100)


def test_reduction_not_reached() -> None:
    result = attainment(REDUCE, 25, 5457, 4353)
    assert result.change == -1104
    assert result.change_pct == pytest.approx(-20.231, abs=1e-3)
    assert result.reached is False and result.reached_text == "nei"


def test_reduction_exactly_at_the_target_is_reached_despite_float_error() -> None:
    # 0.7 of 0.3 is 0.21 in decimal, 0.21000000000000002 in binary floating point
    assert attainment(REDUCE, 30, 0.3, 0.21).reached is True
    assert attainment(REDUCE, 25, 100, 75).reached is True
    assert attainment(REDUCE, 25, 100, 75.01).reached is False


def test_increase() -> None:
    result = attainment(INCREASE, 25, 3134, 4703)
    assert result.change == 1569
    assert result.change_pct == pytest.approx(50.064, abs=1e-3)
    assert result.target_level == pytest.approx(3917.5)
    assert result.reached is True
    assert attainment(INCREASE, 25, 100, 125).reached is True
    assert attainment(INCREASE, 25, 100, 124.9).reached is False
    assert attainment(INCREASE, 25, 100, 90).reached is False


def test_reach_a_level() -> None:
    assert attainment(REACH, 20, 13, 23).reached is True
    assert attainment(REACH, 20, 15, 18).reached is False
    result = attainment(REACH, 95, 89, 89)
    assert result.reached is False and result.change == 0 and result.change_pct == 0
    assert result.progress_pct == 0
    assert attainment(REACH, 95, 87, 95).reached is True


def test_reach_needs_no_baseline() -> None:
    result = attainment(REACH, 95, None, 96)
    assert result.reached is True
    assert result.change is None and result.change_pct is None and result.progress_pct is None


@pytest.mark.parametrize("direction", list(GoalDirection))
def test_missing_outcome_stays_missing(direction: GoalDirection) -> None:
    result = attainment(direction, 25, 100, None)
    assert result.outcome is None
    assert result.change is None and result.change_pct is None
    assert result.reached is None and result.reached_text == ""
    assert result.progress_pct is None


@pytest.mark.parametrize("direction", [REDUCE, INCREASE])
def test_missing_baseline_of_a_relative_goal_stays_missing(direction: GoalDirection) -> None:
    result = attainment(direction, 25, None, 100)
    assert result.target_level is None and result.reached is None and result.change is None


def test_nan_counts_as_missing_not_as_a_number() -> None:
    result = attainment(REDUCE, 25, math.nan, 100)
    assert result.baseline is None and result.reached is None


def test_zero_baseline() -> None:
    reduce = attainment(REDUCE, 25, 0, 0)
    assert reduce.change == 0 and reduce.change_pct is None and reduce.reached is True
    assert attainment(REDUCE, 25, 0, 3).reached is False
    assert attainment(INCREASE, 25, 0, 0).reached is False
    rise = attainment(INCREASE, 25, 0, 10)
    assert rise.reached is True and rise.change == 10 and rise.change_pct is None
    assert rise.progress_pct is None  # the target level equals the baseline
    assert attainment(REACH, 0, 0, 0).reached is True


def test_negative_baseline_change_pct_keeps_the_sign_of_the_change() -> None:
    assert attainment(REACH, 0, -10, -5).change_pct == pytest.approx(50)


def test_unknown_direction_is_refused() -> None:
    with pytest.raises(ValueError):
        attainment("halve", 25, 100, 50)


def test_target_level() -> None:
    assert target_level(REDUCE, 25, 200) == 150
    assert target_level(INCREASE, 10, 200) == pytest.approx(220)
    assert target_level(REACH, 95, None) == 95


@given(
    baseline=st.floats(1, 1e6),
    target=st.floats(0, 99),
    outcome=st.floats(0, 2e6),
)
def test_reduction_reached_iff_relative_fall_is_at_least_target(
    baseline: float, target: float, outcome: float
) -> None:
    result = attainment(REDUCE, target, baseline, outcome)
    assert result.change_pct is not None
    fall = -result.change_pct
    if abs(fall - target) > 1e-6:
        assert result.reached is (fall >= target)


def test_seed_goals_computed_from_their_figures(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        goals = list(session.exec(select(Goal).order_by(col(Goal.sort_order))))
    reached = [goal_attainment(goal).reached for goal in goals]
    assert reached == [True, False, False, True, False, True, False, None]
    last = goal_attainment(goals[-1])
    assert last.baseline is None and last.outcome is None and last.change is None
