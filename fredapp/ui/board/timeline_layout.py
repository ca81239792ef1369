"""The timeline's rows and time scale, worked out without painting anything.

Rows all have one height, so the rows a window shows are found by division, never by walking
the list: 2,000 measures cost their own rows' drawing only. From the top: the milestones of the
whole change (their titles in as many lanes as keep them apart), then one group per dimension or
level with its measures that have a date (by first date), then «Uten datoer»: measures with no
dates, listed so they can be chosen, opened and given dates (Shift+→ gives one a due date).
A measure with only a due date is a short mark ending at it; with only a start, one beginning at
it. Milestones of a measure are drawn on its row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from fredapp.core.calc.measures import DIMENSION_ORDER, LEVEL_ORDER
from fredapp.core.models import MeasureStatus

GROUP_DIMENSION = "dimension"
GROUP_LEVEL = "level"
GROUP_HEADER = "group"
MEASURE = "measure"
MILESTONES = "milestones"
MARK_DAYS = 7  # a measure with one date only: a mark this many days long
# Scales in pixels per day (on screen): quarters at the left end, months at the right.
ZOOMS = (0.7, 1.0, 1.4, 2.0, 3.0, 4.0, 6.0)


class MeasureRecord(Protocol):
    id: uuid.UUID
    code: str
    title: str
    dimension: str
    level: str
    status: str
    start_date: dt.date | None
    due_date: dt.date | None


class MilestoneRecord(Protocol):
    id: uuid.UUID
    title: str
    date: dt.date
    measure_id: uuid.UUID | None


@dataclass(frozen=True)
class Scale:
    """Dates across: ``first`` at x 0, ``per_day`` pixels a day."""

    first: dt.date
    last: dt.date
    per_day: float

    def x(self, date: dt.date) -> float:
        return (date - self.first).days * self.per_day

    def date_at(self, x: float) -> dt.date:
        return self.first + dt.timedelta(days=round(x / self.per_day))

    @property
    def width(self) -> float:
        return self.x(self.last + dt.timedelta(days=1))

    def with_per_day(self, per_day: float) -> Scale:
        return Scale(self.first, self.last, per_day)


@dataclass
class Row:
    kind: str  # GROUP_HEADER, MEASURE or MILESTONES
    text: str = ""
    measure: MeasureRecord | None = None
    marks: list[MilestoneRecord] = field(default_factory=list)
    late: bool = False


def bar_dates(measure: MeasureRecord) -> tuple[dt.date, dt.date] | None:
    """The first and last day a measure's bar covers; None without any date."""
    start, due = measure.start_date, measure.due_date
    if start is None and due is None:
        return None
    if start is None:
        assert due is not None
        return due - dt.timedelta(days=MARK_DAYS), due
    if due is None:
        return start, start + dt.timedelta(days=MARK_DAYS)
    return start, due


def date_range(
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    today: dt.date | None,
) -> tuple[dt.date, dt.date]:
    """From the first of the month before the earliest date to the end of the month after the
    latest (``today`` included when given, so its line is always there)."""
    dates = ([today] if today is not None else []) + [m.date for m in milestones]
    for measure in measures:
        span = bar_dates(measure)
        if span is not None:
            dates.extend(span)
    if not dates:
        dates = [dt.date.today()]
    low, high = min(dates), max(dates)
    first = dt.date(low.year - (low.month == 1), (low.month - 2) % 12 + 1, 1)
    after = _month_after(_month_after(dt.date(high.year, high.month, 1)))
    return first, after - dt.timedelta(days=1)


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from ``first``'s to ``last``'s."""
    months = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = _month_after(day)
    return months


def build_rows(
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    group: str,
    group_name: Callable[[str], str],
    texts: Callable[[str], str],
    today: dt.date,
    lanes: Callable[[list[MilestoneRecord]], list[list[MilestoneRecord]]],
) -> list[Row]:
    """The rows from the top. ``measures``: those the filter lets through, in board order;
    ``texts(key)`` words the section names ("milestones", "undated"); ``lanes`` spreads the
    general milestones over rows so their titles do not overlap."""
    return milestone_rows(milestones, texts, lanes) + measure_section(
        measures, milestones, group, group_name, texts, today
    )


def milestone_rows(
    milestones: Sequence[MilestoneRecord],
    texts: Callable[[str], str],
    lanes: Callable[[list[MilestoneRecord]], list[list[MilestoneRecord]]],
) -> list[Row]:
    """The top section: the milestones of no measure, in lanes (the only rows a zoom changes)."""
    everyone = [m for m in milestones if m.measure_id is None]
    if not everyone:
        return []
    return [Row(GROUP_HEADER, texts("milestones"))] + [
        Row(MILESTONES, marks=lane) for lane in lanes(everyone)
    ]


def measure_section(
    measures: Sequence[MeasureRecord],
    milestones: Sequence[MilestoneRecord],
    group: str,
    group_name: Callable[[str], str],
    texts: Callable[[str], str],
    today: dt.date,
) -> list[Row]:
    """The groups of dated measures by first date, then «Uten datoer». Each stored field is
    read once per measure (a mapped attribute costs a lookup every time)."""
    own: dict[uuid.UUID, list[MilestoneRecord]] = {}
    for milestone in milestones:
        if milestone.measure_id is not None:
            own.setdefault(milestone.measure_id, []).append(milestone)
    done = MeasureStatus.DONE.value
    groups: dict[str, list[tuple[dt.date, dt.date, str, Row]]] = {}
    undated: list[Row] = []
    for measure in measures:
        start, due = measure.start_date, measure.due_date
        marks = own.get(measure.id)
        late = due is not None and due < today and measure.status != done
        marks = sorted(marks, key=_date) if marks else []
        row = Row(MEASURE, measure=measure, marks=marks, late=late)
        if start is None and due is None:
            undated.append(row)
            continue
        if start is not None:
            first = start
        else:
            assert due is not None
            first = due - dt.timedelta(days=MARK_DAYS)
        entry = (first, due or dt.date.max, measure.code, row)
        groups.setdefault(getattr(measure, group), []).append(entry)
    order = DIMENSION_ORDER if group == GROUP_DIMENSION else LEVEL_ORDER
    rows: list[Row] = []
    for key in list(order) + sorted(set(groups) - set(order)):
        members = groups.get(key)
        if members:
            rows.append(Row(GROUP_HEADER, group_name(key)))
            members.sort(key=lambda entry: entry[:3])
            rows.extend(entry[3] for entry in members)
    if undated:
        rows.append(Row(GROUP_HEADER, texts("undated")))
        rows.extend(undated)
    return rows


def _date(milestone: MilestoneRecord) -> dt.date:
    return milestone.date


def spread_in_lanes(
    milestones: list[MilestoneRecord],
    scale: Scale,
    width_of: Callable[[MilestoneRecord], float],
) -> list[list[MilestoneRecord]]:
    """Milestones by date, each in the first lane where its mark and title (``width_of``
    pixels from its date) clear the one before."""
    ends: list[float] = []
    lanes: list[list[MilestoneRecord]] = []
    for milestone in sorted(milestones, key=lambda m: (m.date, m.title)):
        x = scale.x(milestone.date)
        for number, end in enumerate(ends):
            if end <= x:
                lanes[number].append(milestone)
                ends[number] = x + width_of(milestone)
                break
        else:
            lanes.append([milestone])
            ends.append(x + width_of(milestone))
    return lanes


def plan_start(rows: Sequence[Row], milestones: Sequence[MilestoneRecord]) -> dt.date | None:
    """Two weeks before the first milestone or bar (None when nothing has a date)."""
    starts = [m.date for m in milestones] + [
        span[0]
        for row in rows
        if row.measure is not None and (span := bar_dates(row.measure)) is not None
    ]
    return min(starts) - dt.timedelta(days=14) if starts else None


def pinned_group(rows: Sequence[Row], first: int) -> int | None:
    """The group whose name is scrolled away above row ``first`` (drawn pinned at the top of
    the rows on screen, so a reader knows whose rows these are); None when in view."""
    if not 0 < first < len(rows) or rows[first].kind == GROUP_HEADER:
        return None
    if first + 1 < len(rows) and rows[first + 1].kind == GROUP_HEADER:
        return None  # the next group's name is coming up under it: never cover that
    for index in range(first - 1, -1, -1):
        if rows[index].kind == GROUP_HEADER:
            return index
    return None


def measure_rows(rows: Sequence[Row]) -> list[int]:
    """The indexes of the rows that hold a measure (what the keyboard moves between)."""
    return [i for i, row in enumerate(rows) if row.kind == MEASURE]


def moved_dates(
    measure: MeasureRecord, part: str, days: int, today: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """The start and due after moving ``part`` ("start", "due" or "both") by ``days``.

    A missing date counts from the other one (or today), so the first move gives it one."""
    start, due = measure.start_date, measure.due_date
    step = dt.timedelta(days=days)
    if part in ("start", "both"):
        start = (start or due or today) + step
    if part in ("due", "both"):
        due = (due or measure.start_date or today) + step
    if part == "both" and measure.start_date is None:
        start = None  # moving a mark: keep what the measure has
    if part == "both" and measure.due_date is None:
        due = None
    return start, due


__all__ = [
    "GROUP_DIMENSION",
    "GROUP_HEADER",
    "GROUP_LEVEL",
    "MEASURE",
    "MILESTONES",
    "ZOOMS",
    "Row",
    "Scale",
    "bar_dates",
    "build_rows",
    "date_range",
    "measure_rows",
    "measure_section",
    "milestone_rows",
    "month_starts",
    "moved_dates",
    "pinned_group",
    "plan_start",
    "spread_in_lanes",
]
