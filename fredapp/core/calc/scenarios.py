"""Scenarios side by side: leader figures and spans of control of each, the change between them,
and what moved (the units' changes: :mod:`fredapp.core.calc.unit_changes`, named here too).

Nothing is stored: every figure comes from the two trees.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from fredapp.core.calc.leaders import LeaderStats, leader_stats, percent_change
from fredapp.core.calc.spans import DEFAULT_BANDS, SpanBands, SpanStats, span_stats

# The units' changes live in unit_changes; named here as well, where callers have found them.
from fredapp.core.calc.unit_changes import CHANGE_ORDER as CHANGE_ORDER
from fredapp.core.calc.unit_changes import ChangeKind as ChangeKind
from fredapp.core.calc.unit_changes import UnitChange as UnitChange
from fredapp.core.calc.unit_changes import compare_units as compare_units
from fredapp.core.calc.unit_changes import predecessor_ids as predecessor_ids
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.core.models import LEVEL_ORDER, Scenario, Unit

# The scenarios and their units are read by fredapp.core.queries; named here as well because
# the command line, the importers and the tests have long found them in this module.
from fredapp.core.queries import measures_by_lineage
from fredapp.core.queries import scenario_units as scenario_units
from fredapp.core.queries import scenarios as scenarios


@dataclass(frozen=True)
class FigureRow:
    """One compared figure: a level's leaders, all leaders, employees or density."""

    key: str
    before: float | None
    after: float | None

    @property
    def difference(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def percent(self) -> float | None:
        return percent_change(self.before, self.after)

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "difference": self.difference,
            "percent": self.percent,
        }


@dataclass(frozen=True)
class Comparison:
    from_name: str
    to_name: str
    before: LeaderStats
    after: LeaderStats
    changes: list[UnitChange] = field(default_factory=list)
    before_spans: SpanStats | None = None
    after_spans: SpanStats | None = None
    # The codes of the measures linked (MeasureUnitLink) to each unit lineage.
    measure_codes: dict[uuid.UUID, tuple[str, ...]] = field(default_factory=dict)

    def measures_of(self, change: UnitChange) -> tuple[str, ...]:
        """The codes of the measures behind ``change``: linked to any unit it involves."""
        found: dict[str, None] = {}
        for lineage in change.lineage_ids:
            found.update(dict.fromkeys(self.measure_codes.get(lineage, ())))
        return tuple(found)

    def span_rows(self) -> list[FigureRow]:
        """Spans of control: mean, largest, smallest, leaders per band, leader levels."""
        before, after = self.before_spans, self.after_spans
        if before is None or after is None:
            return []
        rows = [
            FigureRow("span_mean", before.mean, after.mean),
            FigureRow("span_max", _span(before.largest), _span(after.largest)),
            FigureRow("span_min", _span(before.smallest), _span(after.smallest)),
        ]
        labels = after.bands.labels()
        for label, old, new in zip(labels, before.band_counts(), after.band_counts(), strict=True):
            rows.append(FigureRow(f"band:{label}", old, new))
        rows.append(FigureRow("leader_levels", before.leader_levels, after.leader_levels))
        return rows

    def level_rows(self) -> list[FigureRow]:
        """Leaders per level, levels without leaders in both scenarios left out."""
        levels = [level.value for level in LEVEL_ORDER]
        levels += sorted(
            (set(self.before.leaders_by_level) | set(self.after.leaders_by_level)) - set(levels)
        )
        rows = []
        for level in levels:
            before = self.before.leaders_by_level.get(level, 0)
            after = self.after.leaders_by_level.get(level, 0)
            if before or after:
                rows.append(FigureRow(level, before, after))
        return rows

    def total_rows(self) -> list[FigureRow]:
        """Leaders in total, employees, and employees per leader."""
        return [
            FigureRow("leaders", self.before.leaders, self.after.leaders),
            FigureRow("employees", self.before.employees, self.after.employees),
            FigureRow("density", self.before.density, self.after.density),
        ]

    def rows(self) -> list[FigureRow]:
        return self.level_rows() + self.total_rows() + self.span_rows()

    def to_dict(self) -> dict[str, Any]:
        """The figures and changes as plain data (``fredapp compare --json``)."""
        return {
            "from": self.from_name,
            "to": self.to_name,
            "leaders_by_level": {row.key: row.to_dict() for row in self.level_rows()},
            **{row.key: row.to_dict() for row in self.total_rows()},
            "spans": {row.key: row.to_dict() for row in self.span_rows()},
            "changes": [
                {**change.to_dict(), "measures": list(self.measures_of(change))}
                for change in self.changes
            ],
        }


def _span(leader: Any) -> int | None:
    return None if leader is None else int(leader.span)


def compare(
    before: Sequence[Unit],
    after: Sequence[Unit],
    from_name: str = "",
    to_name: str = "",
    *,
    bands: SpanBands = DEFAULT_BANDS,
    measure_codes: dict[uuid.UUID, tuple[str, ...]] | None = None,
) -> Comparison:
    return Comparison(
        from_name,
        to_name,
        leader_stats(before),
        leader_stats(after),
        compare_units(before, after),
        span_stats(before, bands),
        span_stats(after, bands),
        measure_codes or {},
    )


# -- scenarios in the database --------------------------------------------------------------


def find_scenario(database: Database, name: str) -> Scenario:
    """The scenario the user calls ``name``: exactly, or else ignoring case and spaces."""
    known = scenarios(database)
    exact = [scenario for scenario in known if scenario.name == name]
    if not exact:
        folded = name.strip().casefold()
        exact = [scenario for scenario in known if scenario.name.strip().casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    if not exact:
        names = ", ".join(f"'{scenario.name}'" for scenario in known) or message(QT_TR_NOOP("none"))
        raise FredAppError(
            QT_TR_NOOP("no scenario is called '{name}'; scenarios: {names}"), name=name, names=names
        )
    raise FredAppError(
        QT_TR_NOOP("more than one scenario is called '{name}' ({count}); rename one first"),
        count=len(exact),
        name=name,
    )


def compare_scenarios(
    database: Database, from_name: str, to_name: str, bands: SpanBands = DEFAULT_BANDS
) -> Comparison:
    """Compare two scenarios named as the user named them."""
    first = find_scenario(database, from_name)
    second = find_scenario(database, to_name)
    return compare_scenario_ids(database, first, second, bands)


def compare_scenario_ids(
    database: Database, first: Scenario, second: Scenario, bands: SpanBands = DEFAULT_BANDS
) -> Comparison:
    linked = measures_by_lineage(database)
    return compare(
        scenario_units(database, first.id),
        scenario_units(database, second.id),
        first.name,
        second.name,
        bands=bands,
        measure_codes={
            lineage: tuple(m.code for m in measures) for lineage, measures in linked.items()
        },
    )
