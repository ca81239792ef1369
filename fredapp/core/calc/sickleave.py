"""Sick-leave statistics per unit: validation, trends, weighted roll-ups, checklist progress.

A unit's figure for a month covers the people placed directly in it (as its headcount does),
never a person. A figure over fewer than :data:`~fredapp.core.privacy.MIN_GROUP_SIZE` people is
a *small group*: it is stored, but never shown, exported or rolled up.

Why small groups are left out of roll-ups rather than folded in: a roll-up that included a
hidden figure could be taken apart again. If a virksomhet's roll-up covers three teams and two
of them are shown, the third is ``(rollup × all employees − the two shown × theirs) / its
employees``; nesting (avdeling inside virksomhet inside stab) gives more such differences. A
roll-up computed from shown figures only is a function of what is already visible, so no
combination of roll-ups can reveal a hidden figure. What is left out is said (the number of
employees and units), never its percentages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from sqlalchemy import text
from sqlmodel import Session, col, select

from fredapp.core.db import Database
from fredapp.core.models import (
    ItemStatus,
    SickLeaveFigure,
    SickLeaveTarget,
)
from fredapp.core.privacy import MIN_GROUP_SIZE, is_small_group
from fredapp.core.queries import current_scenario
from fredapp.core.queries import not_deleted as not_deleted
from fredapp.core.tree import UnitTree

ROUNDING_TOLERANCE = 0.1  # percentage points short + long may differ from the total
_MONTH = re.compile(r"(\d{4})-(\d{2})")


# -- months and validation -----------------------------------------------------------------


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month) for 'YYYY-MM' with a month 01–12; None for anything else."""
    match = _MONTH.fullmatch(text.strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 and year >= 1900 else None


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> dt.date:
    parsed = parse_month(month)
    if parsed is None:
        raise ValueError(f"'{month}' is not a month written YYYY-MM")
    return dt.date(parsed[0], parsed[1], 1)


def add_months(month: str, count: int) -> str:
    start = month_start(month)
    index = start.year * 12 + start.month - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Problem:
    """One refused value: the field it is in, a code the UI translates, and an English text."""

    field: str  # month, employees, total_pct, short_pct, long_pct
    code: str  # month_format, month_future, employees, percent_range, sum_mismatch
    message: str


def check_figure(
    month: str,
    employees: int,
    total_pct: float,
    short_pct: float,
    long_pct: float,
    today: dt.date,
) -> list[Problem]:
    """Every reason the figure would be refused; empty when it is sound."""
    problems: list[Problem] = []
    parsed = parse_month(month)
    if parsed is None:
        problems.append(Problem("month", "month_format", f"'{month}' is not a month YYYY-MM"))
    elif parsed > (today.year, today.month):
        problems.append(
            Problem(
                "month", "month_future", f"{month} is in the future; enter months that are over"
            )
        )
    if isinstance(employees, bool) or not isinstance(employees, int) or employees < 1:
        problems.append(
            Problem(
                "employees",
                "employees",
                f"the number of employees must be 1 or more, not {employees}",
            )
        )
    values = {"total_pct": total_pct, "short_pct": short_pct, "long_pct": long_pct}
    out_of_range = False
    for name, value in values.items():
        if not 0.0 <= value <= 100.0:
            out_of_range = True
            problems.append(
                Problem(name, "percent_range", f"{value:g} is not a percentage between 0 and 100")
            )
    if not out_of_range and abs(short_pct + long_pct - total_pct) > ROUNDING_TOLERANCE + 1e-9:
        problems.append(
            Problem(
                "total_pct",
                "sum_mismatch",
                f"short-term {short_pct:g} + long-term {long_pct:g} = {short_pct + long_pct:g}, "
                f"not the total {total_pct:g} (more than {ROUNDING_TOLERANCE:g} point apart)",
            )
        )
    return problems


# -- trends and roll-ups -------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    """One month of a unit's (or a roll-up's) sick leave as it may be shown.

    For a small group ``hidden`` is True and the three percentages are None.
    """

    month: str
    employees: int
    total_pct: float | None
    short_pct: float | None
    long_pct: float | None
    hidden: bool = False
    # Roll-ups only: what the figure covers and what was left out as small groups.
    units_included: int = 1
    units_hidden: int = 0
    employees_hidden: int = 0


def shown_point(
    month: str, employees: int, total_pct: float, short_pct: float, long_pct: float
) -> TrendPoint:
    """The point as it may be shown: a small group's percentages are dropped here, at the source."""
    if is_small_group(employees):
        return TrendPoint(
            month,
            employees,
            None,
            None,
            None,
            hidden=True,
            units_included=0,
            units_hidden=1,
            employees_hidden=employees,
        )
    return TrendPoint(month, employees, total_pct, short_pct, long_pct)


class FigureLike(Protocol):
    month: str
    employees: int
    total_pct: float
    short_pct: float
    long_pct: float


def roll_up(month: str, figures: Iterable[FigureLike]) -> TrendPoint:
    """The employee-weighted sick leave of ``figures`` (one month), small groups left out.

    Weighted, not a plain average: a team of 40 at 10 % and one of 10 at 0 % make 8 %, not 5 %.
    """
    employees = units = hidden_units = hidden_employees = 0
    total = short = long = 0.0
    for figure in figures:
        if is_small_group(figure.employees):
            hidden_units += 1
            hidden_employees += max(0, figure.employees)
            continue
        units += 1
        employees += figure.employees
        total += figure.total_pct * figure.employees
        short += figure.short_pct * figure.employees
        long += figure.long_pct * figure.employees
    return _rollup_point(
        month, employees, total, short, long, units, hidden_units, hidden_employees
    )


def _rollup_point(
    month: str,
    employees: int,
    total: float,
    short: float,
    long: float,
    units: int,
    hidden_units: int,
    hidden_employees: int,
) -> TrendPoint:
    if employees < MIN_GROUP_SIZE:  # nothing shown to roll up (shown groups have 5 or more)
        return TrendPoint(
            month, employees, None, None, None, True, units, hidden_units, hidden_employees
        )
    return TrendPoint(
        month,
        employees,
        total / employees,
        short / employees,
        long / employees,
        False,
        units,
        hidden_units,
        hidden_employees,
    )


def current_scenario_id(session: Session) -> uuid.UUID | None:
    """The id of :func:`fredapp.core.queries.current_scenario` (its rule), inside ``session``."""
    scenario = current_scenario(session)
    return scenario.id if scenario else None


# The current scenario's units as stored (ids in storage format: 32 hex digits; parsing
# 10,000 UUIDs in Python costs more than the whole roll-up).
_UNITS = """
SELECT id, parent_id, sort_order, lineage_id FROM unit
WHERE scenario_id = :scenario AND likely(deleted IS 0)
"""
_ROLLUP = """
SELECT f.month, f.employees < :minimum AS small, COUNT(*), SUM(f.employees),
       SUM(f.employees * f.total_pct), SUM(f.employees * f.short_pct),
       SUM(f.employees * f.long_pct)
FROM sickleavefigure AS f
WHERE f.unit_lineage_id IN (SELECT value FROM json_each(:lineages))
  AND likely(f.deleted IS 0)
GROUP BY f.month, small
"""


class _StoredUnit(NamedTuple):
    id: str
    parent_id: str | None
    sort_order: int
    lineage: str


def _subtree_hexes(session: Session, lineage_id: uuid.UUID) -> list[str]:
    """The unit's lineage and those of every unit below it, as the one tree walks them
    (fredapp.core.tree: a cycle or a missing parent is repaired as everywhere else)."""
    scenario = current_scenario_id(session)
    rows = session.connection().execute(
        text(_UNITS), {"scenario": scenario.hex if scenario else ""}
    )
    tree = UnitTree(_StoredUnit(*row) for row in rows)
    wanted = lineage_id.hex
    start = next((unit for unit in tree.units if unit.lineage == wanted), None)
    below = [unit.lineage for unit in tree.subtree(start.id)] if start is not None else []
    return [wanted, *dict.fromkeys(lineage for lineage in below if lineage != wanted)]


def subtree_lineages(session: Session, lineage_id: uuid.UUID) -> list[uuid.UUID]:
    """The lineage ids of the unit and every unit below it in the current scenario."""
    return [uuid.UUID(hex=lineage) for lineage in _subtree_hexes(session, lineage_id)]


def trend_points(database: Database, lineage_id: uuid.UUID) -> list[TrendPoint]:
    """A unit's months in order, small groups hidden: what a trend graph of the unit draws."""
    with database.session() as session:
        rows = session.exec(
            select(  # type: ignore[call-overload]  # sqlmodel types select() for up to 4 columns
                SickLeaveFigure.month,
                SickLeaveFigure.employees,
                SickLeaveFigure.total_pct,
                SickLeaveFigure.short_pct,
                SickLeaveFigure.long_pct,
            )
            .where(
                col(SickLeaveFigure.unit_lineage_id) == lineage_id,
                not_deleted(SickLeaveFigure.deleted),
            )
            .order_by(col(SickLeaveFigure.month))
        ).all()
    return [shown_point(*row) for row in rows]


def rollup_points(database: Database, lineage_id: uuid.UUID) -> list[TrendPoint]:
    """Per month, the weighted sick leave of the unit and all units below it.

    Summed by SQLite, small groups apart: the shown groups' weighted sums and the small
    groups' counts, so the work stays in the database however many units a stab has.
    """
    with database.session() as session:
        rows = (
            session.connection()
            .execute(
                text(_ROLLUP),
                {
                    "lineages": json.dumps(_subtree_hexes(session, lineage_id)),
                    "minimum": MIN_GROUP_SIZE,
                },
            )
            .all()
        )
    months: dict[str, list[float]] = {}
    for month, small, count, employees, total, short, long in rows:
        acc = months.setdefault(month, [0, 0.0, 0.0, 0.0, 0, 0, 0])
        if small:
            acc[5] += count
            acc[6] += employees or 0
        else:
            acc[0] += employees or 0
            acc[1] += total or 0.0
            acc[2] += short or 0.0
            acc[3] += long or 0.0
            acc[4] += count
    return [
        _rollup_point(month, int(a[0]), a[1], a[2], a[3], int(a[4]), int(a[5]), int(a[6]))
        for month, a in sorted(months.items())
    ]


def target_for(database: Database, lineage_id: uuid.UUID) -> float | None:
    with database.session() as session:
        return session.exec(
            select(SickLeaveTarget.target_pct)
            .where(
                col(SickLeaveTarget.unit_lineage_id) == lineage_id,
                not_deleted(SickLeaveTarget.deleted),
            )
            .order_by(col(SickLeaveTarget.stamp).desc())
        ).first()


# -- checklist progress and overdue items --------------------------------------------------


class ItemLike(Protocol):
    status: str
    due_date: dt.date | None


CLOSED_STATUSES = frozenset({ItemStatus.DONE.value, ItemStatus.NOT_RELEVANT.value})


def is_overdue(item: ItemLike, today: dt.date) -> bool:
    """Past its due date and neither done nor marked not relevant. Due today is not overdue."""
    return (
        item.due_date is not None and item.due_date < today and item.status not in CLOSED_STATUSES
    )


@dataclass(frozen=True)
class Progress:
    done: int
    relevant: int
    overdue: int = 0

    @property
    def fraction(self) -> float | None:
        return self.done / self.relevant if self.relevant else None


def progress(items: Sequence[ItemLike], today: dt.date | None = None) -> Progress:
    """Done of relevant items (those not marked not relevant), and how many are overdue."""
    relevant = [item for item in items if item.status != ItemStatus.NOT_RELEVANT.value]
    done = sum(1 for item in relevant if item.status == ItemStatus.DONE.value)
    overdue = sum(1 for item in items if today is not None and is_overdue(item, today))
    return Progress(done, len(relevant), overdue)
