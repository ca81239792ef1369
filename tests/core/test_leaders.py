"""Leaders per level, leader density and relative change."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from fredapp.core.calc.leaders import LeaderStats, leader_stats, percent_change
from fredapp.core.models import Level, Unit


@dataclass
class U:
    level: str
    leader_title: str
    headcount: int


def test_counts_units_with_a_leader_title_per_level() -> None:
    units = [
        U(Level.STAB, "", 2),
        U(Level.VIRKSOMHET, "Virksomhetsleder", 4),
        U(Level.VIRKSOMHET, "Virksomhetsleder", 6),
        U(Level.AVDELING, "Avdelingsleder", 10),
        U(Level.TEAM, "Teamleder", 5),
        U(Level.TEAM, "", 3),
        U(Level.TEAM, "   ", 1),  # a blank title is no leader
    ]
    stats = leader_stats(units)
    assert stats.leaders_by_level == {"stab": 0, "virksomhet": 2, "avdeling": 1, "team": 1}
    assert stats.leaders == 4
    assert stats.employees == 31
    assert stats.density == pytest.approx(31 / 4)


def test_every_level_is_present_even_without_units() -> None:
    stats = leader_stats([])
    assert stats.leaders_by_level == {level.value: 0 for level in Level}
    assert stats.leaders == 0 and stats.employees == 0


def test_density_is_none_without_leaders() -> None:
    assert leader_stats([U(Level.TEAM, "", 12)]).density is None
    assert leader_stats([]).density is None
    assert LeaderStats({"team": 0}, 50).density is None


def test_works_on_table_rows() -> None:
    units = [
        Unit(scenario_id=None, name="A", level="virksomhet", leader_title="Leder", headcount=9),
        Unit(scenario_id=None, name="B", level="team", leader_title="Teamleder", headcount=3),
    ]
    stats = leader_stats(units)
    assert stats.leaders == 2 and stats.density == pytest.approx(6.0)


def test_unknown_level_is_counted_not_dropped() -> None:
    stats = leader_stats([U("seksjon", "Seksjonsleder", 4)])
    assert stats.leaders == 1
    assert stats.leaders_by_level["seksjon"] == 1


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (28, 21, -25.0),
        (6, 10, 200 / 3),
        (10, 10, 0.0),
        (4, 0, -100.0),
        (-4, -2, -50.0),
    ],
)
def test_percent_change(before, after, expected) -> None:
    assert percent_change(before, after) == pytest.approx(expected)


@pytest.mark.parametrize(("before", "after"), [(0, 5), (0, 0), (None, 5), (5, None), (None, None)])
def test_percent_change_undefined(before, after) -> None:
    assert percent_change(before, after) is None
