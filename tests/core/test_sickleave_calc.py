"""Sick-leave figures: validation, the weighted roll-up, the small-group rule, trends."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from fredapp.core.calc.sickleave import (
    TrendPoint,
    add_months,
    check_figure,
    is_overdue,
    progress,
    roll_up,
    rollup_points,
    subtree_lineages,
    target_for,
    trend_points,
)
from fredapp.core.db import Database
from fredapp.core.models import ItemStatus, SickLeaveFigure, SickLeaveTarget, Unit
from fredapp.core.seed import lineage_id
from fredapp.core.service import DataService

TODAY = dt.date(2024, 6, 15)


@dataclass
class Fig:
    month: str
    employees: int
    total_pct: float
    short_pct: float
    long_pct: float


def fig(employees: int, total: float, short: float | None = None) -> Fig:
    short = total / 2 if short is None else short
    return Fig("2024-01", employees, total, short, total - short)


# -- validation ----------------------------------------------------------------------------


def test_a_sound_figure_passes() -> None:
    assert check_figure("2024-06", 12, 6.2, 2.1, 4.1, TODAY) == []
    assert check_figure("2024-05", 5, 0.0, 0.0, 0.0, TODAY) == []
    assert check_figure("2024-05", 5, 100.0, 40.0, 60.0, TODAY) == []


@pytest.mark.parametrize(
    ("args", "field", "code"),
    [
        (("2024-07", 12, 6.0, 2.0, 4.0), "month", "month_future"),
        (("2025-01", 12, 6.0, 2.0, 4.0), "month", "month_future"),
        (("2024-13", 12, 6.0, 2.0, 4.0), "month", "month_format"),
        (("24-01", 12, 6.0, 2.0, 4.0), "month", "month_format"),
        (("2024-01", 0, 6.0, 2.0, 4.0), "employees", "employees"),
        (("2024-01", 12, 100.5, 50.0, 50.5), "total_pct", "percent_range"),
        (("2024-01", 12, 6.0, -0.1, 6.1), "short_pct", "percent_range"),
        (("2024-01", 12, 6.0, 2.0, 104.0), "long_pct", "percent_range"),
        (("2024-01", 12, 6.0, 2.0, 4.2), "total_pct", "sum_mismatch"),
        (("2024-01", 12, 6.0, 2.0, 3.85), "total_pct", "sum_mismatch"),
    ],
)
def test_bad_figures_are_refused_naming_the_field(args, field: str, code: str) -> None:  # type: ignore[no-untyped-def]
    problems = check_figure(*args, TODAY)
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    assert problems[0].message


def test_rounding_of_a_tenth_is_accepted() -> None:
    assert check_figure("2024-01", 12, 6.0, 2.0, 4.1, TODAY) == []
    assert check_figure("2024-01", 12, 6.0, 2.0, 3.9, TODAY) == []
    assert check_figure("2024-01", 12, 6.3, 2.15, 4.05, TODAY) == []


def test_add_months() -> None:
    assert add_months("2024-01", -1) == "2023-12"
    assert add_months("2023-12", 1) == "2024-01"
    assert add_months("2024-06", 36) == "2027-06"


# -- roll-up -------------------------------------------------------------------------------


def test_roll_up_is_weighted_by_employees_not_a_plain_average() -> None:
    point = roll_up("2024-01", [fig(40, 10.0, 4.0), fig(10, 0.0, 0.0)])
    assert point.total_pct == pytest.approx(8.0)  # a plain average would say 5.0
    assert point.short_pct == pytest.approx(3.2)
    assert point.long_pct == pytest.approx(4.8)
    assert point.employees == 50 and point.units_included == 2 and not point.hidden


def test_small_groups_are_left_out_of_the_roll_up_and_said_so() -> None:
    point = roll_up("2024-01", [fig(20, 5.0), fig(3, 40.0), fig(10, 8.0)])
    assert point.total_pct == pytest.approx((20 * 5.0 + 10 * 8.0) / 30)
    assert point.employees == 30
    assert point.units_hidden == 1 and point.employees_hidden == 3


def test_a_roll_up_of_only_small_groups_is_hidden() -> None:
    point = roll_up("2024-01", [fig(3, 10.0), fig(4, 20.0)])
    assert point.hidden and point.total_pct is None and point.short_pct is None
    assert point.units_hidden == 2 and point.employees_hidden == 7


@given(
    shown=st.lists(
        st.tuples(st.integers(5, 200), st.floats(0, 100, allow_nan=False)), min_size=0, max_size=6
    ),
    hidden_a=st.floats(0, 100, allow_nan=False),
    hidden_b=st.floats(0, 100, allow_nan=False),
    hidden_size=st.integers(1, 4),
)
def test_no_roll_up_reveals_a_hidden_figure(shown, hidden_a, hidden_b, hidden_size) -> None:  # type: ignore[no-untyped-def]
    """Two worlds that differ only in a small group's figure give identical roll-ups, for
    every subset of the units: no difference of roll-ups can subtract the hidden one out."""
    world_a = [fig(n, t) for n, t in shown] + [fig(hidden_size, hidden_a)]
    world_b = [fig(n, t) for n, t in shown] + [fig(hidden_size, hidden_b)]
    for size in range(len(world_a) + 1):
        for chosen in itertools.combinations(range(len(world_a)), size):
            a = roll_up("2024-01", [world_a[i] for i in chosen])
            b = roll_up("2024-01", [world_b[i] for i in chosen])
            assert a == b


def test_subtracting_the_shown_teams_from_the_roll_up_gives_nothing_hidden() -> None:
    teams = [fig(12, 6.0), fig(8, 9.0), fig(3, 50.0)]  # the third team is a small group
    point = roll_up("2024-01", teams)
    assert point.total_pct is not None
    # The attack: everyone's total minus the shown teams' shares, over the small team.
    everyone = point.employees + point.employees_hidden
    derived = (point.total_pct * everyone - 12 * 6.0 - 8 * 9.0) / 3
    assert derived != pytest.approx(50.0)
    # What the roll-up covers is exactly the shown teams: nothing is left over to attribute.
    assert point.total_pct * point.employees == pytest.approx(12 * 6.0 + 8 * 9.0)


# -- from the database ---------------------------------------------------------------------


def add_figure(
    service: DataService, lineage: uuid.UUID, month: str, employees: int, total: float
) -> None:
    service.create(
        SickLeaveFigure,
        unit_lineage_id=lineage,
        month=month,
        employees=employees,
        total_pct=total,
        short_pct=round(total / 3, 4),
        long_pct=round(total - total / 3, 4),
    )


def test_subtree_follows_the_current_scenario(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        lineages = subtree_lineages(session, lineage_id("personal-lonn"))
    assert set(lineages) == {
        lineage_id("personal-lonn"),
        lineage_id("personal"),
        lineage_id("lonn"),
    }
    with seeded_db.session() as session:
        assert len(subtree_lineages(session, lineage_id("innut"))) == 1 + 7 + 6


def test_trend_hides_small_groups_at_the_source(service: DataService) -> None:
    unit = lineage_id("personal")
    add_figure(service, unit, "2024-02", 14, 6.0)
    add_figure(service, unit, "2024-01", 4, 9.0)
    points = trend_points(service.database, unit)
    assert [p.month for p in points] == ["2024-01", "2024-02"]
    assert points[0].hidden and points[0].total_pct is None and points[0].long_pct is None
    assert points[1] == TrendPoint("2024-02", 14, 6.0, 2.0, 4.0)


def test_rollup_points_from_the_teams_of_a_virksomhet(service: DataService) -> None:
    add_figure(service, lineage_id("personal"), "2024-01", 14, 6.0)
    add_figure(service, lineage_id("lonn"), "2024-01", 16, 9.0)
    add_figure(service, lineage_id("personal-lonn"), "2024-01", 4, 30.0)  # small: left out
    add_figure(service, lineage_id("lonn"), "2024-02", 3, 12.0)  # small: the month is hidden
    add_figure(service, lineage_id("digital-drift"), "2024-01", 12, 50.0)  # another virksomhet
    points = rollup_points(service.database, lineage_id("personal-lonn"))
    assert [p.month for p in points] == ["2024-01", "2024-02"]
    january, february = points
    assert january.total_pct == pytest.approx((14 * 6.0 + 16 * 9.0) / 30)
    assert january.employees == 30 and january.units_included == 2
    assert january.units_hidden == 1 and january.employees_hidden == 4
    assert february.hidden and february.total_pct is None
    # The same as the pure roll-up over the same figures.
    with service.database.session() as session:
        rows = session.exec(select(SickLeaveFigure).where(SickLeaveFigure.month == "2024-01")).all()
        lineages = set(subtree_lineages(session, lineage_id("personal-lonn")))
    expected = roll_up("2024-01", [r for r in rows if r.unit_lineage_id in lineages])
    assert january == expected


def test_deleted_figures_and_other_scenarios_do_not_count(service: DataService) -> None:
    add_figure(service, lineage_id("personal"), "2024-01", 14, 6.0)
    with service.database.session() as session:
        figure_id = session.exec(select(SickLeaveFigure.id)).one()
        # A unit of the "Fra" scenario only (HMS og sykefravær) is not below Personal og lønn.
        fra_only = session.exec(select(Unit).where(Unit.name == "HMS og sykefravær")).one()
    add_figure(service, fra_only.lineage_id, "2024-01", 20, 40.0)
    assert rollup_points(service.database, lineage_id("personal-lonn"))[0].total_pct == 6.0
    service.delete(SickLeaveFigure, figure_id)
    assert rollup_points(service.database, lineage_id("personal-lonn")) == []


def test_target(service: DataService) -> None:
    assert target_for(service.database, lineage_id("personal")) is None
    service.create(SickLeaveTarget, unit_lineage_id=lineage_id("personal"), target_pct=5.5)
    assert target_for(service.database, lineage_id("personal")) == 5.5


# -- overdue and progress ------------------------------------------------------------------


@dataclass
class Item:
    status: str
    due_date: dt.date | None


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        (ItemStatus.NOT_STARTED, dt.date(2024, 6, 14), True),
        (ItemStatus.IN_PROGRESS, dt.date(2024, 1, 1), True),
        (ItemStatus.NOT_STARTED, TODAY, False),  # due today is not overdue yet
        (ItemStatus.NOT_STARTED, dt.date(2024, 6, 16), False),
        (ItemStatus.DONE, dt.date(2024, 1, 1), False),
        (ItemStatus.NOT_RELEVANT, dt.date(2024, 1, 1), False),
        (ItemStatus.NOT_STARTED, None, False),
    ],
)
def test_overdue_with_a_fixed_clock(status: ItemStatus, due: dt.date | None, overdue: bool) -> None:
    assert is_overdue(Item(status.value, due), TODAY) is overdue


def test_progress_counts_done_of_relevant() -> None:
    items = [
        Item(ItemStatus.DONE.value, None),
        Item(ItemStatus.DONE.value, dt.date(2024, 1, 1)),
        Item(ItemStatus.NOT_RELEVANT.value, dt.date(2024, 1, 1)),
        Item(ItemStatus.IN_PROGRESS.value, dt.date(2024, 1, 1)),
        Item(ItemStatus.NOT_STARTED.value, None),
    ]
    result = progress(items, TODAY)
    assert (result.done, result.relevant, result.overdue) == (2, 4, 1)
    assert result.fraction == 0.5
    assert progress([], TODAY).fraction is None
