"""The council briefing's content, gathered from the database: cover, the organisation before
and after, what changed, then the sections of :mod:`fredapp.core.briefing.sections`.

Every figure comes from the core's own calculations (the scenario comparison, leader density,
goal attainment, the sick-leave roll-up), so the briefing says what the window says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fredapp.core.briefing import measures, sections
from fredapp.core.briefing.model import (
    Briefing,
    Chart,
    ChartKind,
    Figure,
    Series,
    Slide,
    Style,
    Table,
)
from fredapp.core.calc.scenarios import (
    ChangeKind,
    Comparison,
    FigureRow,
    UnitChange,
    compare_scenario_ids,
    find_scenario,
)
from fredapp.core.db import Database
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import Scenario
from fredapp.core.queries import current_scenario, scenarios

CHANGES_PER_SLIDE = 12
# Created and removed units are listed one by one only up to this many; beyond it (a whole new
# organisation) the count says it and the slides stay for what moved, split and merged.
MAX_LISTED_NEW_OR_GONE = 24
_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")

LEVEL_LEADERS = {
    "stab": QT_TR_NOOP("Staff leaders"),
    "virksomhet": QT_TR_NOOP("Business unit leaders"),
    "avdeling": QT_TR_NOOP("Department leaders"),
    "team": QT_TR_NOOP("Team leaders"),
}
LEVEL_NAMES = {
    "stab": QT_TR_NOOP("staff"),
    "virksomhet": QT_TR_NOOP("business unit"),
    "avdeling": QT_TR_NOOP("department"),
    "team": QT_TR_NOOP("team"),
}
KIND_NAMES = {
    ChangeKind.MOVED: QT_TR_NOOP("Moved"),
    ChangeKind.RENAMED: QT_TR_NOOP("Renamed"),
    ChangeKind.SPLIT: QT_TR_NOOP("Split"),
    ChangeKind.MERGED: QT_TR_NOOP("Merged"),
    ChangeKind.CREATED: QT_TR_NOOP("Created"),
    ChangeKind.REMOVED: QT_TR_NOOP("Removed"),
    ChangeKind.RELEVELLED: QT_TR_NOOP("Changed level"),
}
# Told (done, total) between steps; it may raise Cancelled.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BriefingOptions:
    from_scenario: str | None = None  # by name; default: the first scenario that is not current
    to_scenario: str | None = None  # by name; default: the current scenario
    period: str | None = None  # YYYY or YYYY-MM; default: the latest figures held
    today: dt.date | None = None  # the briefing's date, and what "late" is measured against


def _no_progress(done: int, total: int) -> None:
    pass


def build_briefing(
    database: Database, options: BriefingOptions | None = None, progress: Progress = _no_progress
) -> Briefing:
    """The whole briefing; bad options raise a ValidationError naming what is wrong."""
    options = options or BriefingOptions()
    period = check_period(options.period)
    today = options.today or dt.date.today()
    first, second = chosen_scenarios(database, options)
    steps: list[Callable[[], list[Slide]]] = [
        lambda: organisation_slides(database, first, second),
        lambda: measures.measure_slides(database, today),
        lambda: sections.call_slides(database, period),
        lambda: sections.goal_slides(database, period),
        lambda: sections.benchmark_slides(database, period),
        lambda: sections.sickleave_slides(database, second, period),
        lambda: sections.source_slides(database),
    ]
    slides: list[Slide] = []
    for done, step in enumerate(steps):
        progress(done, len(steps))
        slides.extend(step())
    progress(len(steps), len(steps))
    period_text: Message | str = period or message(QT_TR_NOOP("the latest figures held"))
    cover = cover_slide(today, period_text, first, second)
    title = message(QT_TR_NOOP("The shared services and central cross-cutting processes"))
    return Briefing(title, today, period_text, (cover, *slides))


def check_period(period: str | None) -> str | None:
    if period is None or not period.strip():
        return None
    if not _PERIOD.fullmatch(period.strip()):
        raise ValidationError(
            QT_TR_NOOP("the period '{period}' is not a year (2023) or a month (2023-04)"),
            period=period,
        )
    return period.strip()


def chosen_scenarios(database: Database, options: BriefingOptions) -> tuple[Scenario, Scenario]:
    """The two scenarios: as named, else as the window's comparison picks them (the current
    one after, the first other one before)."""
    known = scenarios(database)
    if len(known) < 1:
        raise ValidationError(QT_TR_NOOP("the database holds no organisation scenario"))
    current = current_scenario(database) or known[0]
    other = next((s for s in known if s.id != current.id), current)
    first = find_scenario(database, options.from_scenario) if options.from_scenario else other
    second = find_scenario(database, options.to_scenario) if options.to_scenario else current
    return first, second


def cover_slide(today: dt.date, period: Message | str, first: Scenario, second: Scenario) -> Slide:
    return Slide(
        "cover",
        message(QT_TR_NOOP("The shared services and central cross-cutting processes")),
        message(QT_TR_NOOP("Briefing for the city council")),
        (
            message(QT_TR_NOOP("Date: {date}"), date=today),
            message(QT_TR_NOOP("Period: {period}"), period=period),
            message(
                QT_TR_NOOP("Organisation: {first} → {second}"), first=first.name, second=second.name
            ),
        ),
    )


# -- the organisation before and after ------------------------------------------------------


def organisation_slides(database: Database, first: Scenario, second: Scenario) -> list[Slide]:
    comparison = compare_scenario_ids(database, first, second)
    return [figures_slide(comparison), *change_slides(comparison)]


def figures_slide(comparison: Comparison) -> Slide:
    leaders, employees, density = comparison.total_rows()
    levels = comparison.level_rows()
    rows = [(_level_label(row.key), *_figure_cells(row, 0)) for row in levels]
    rows.append((message(QT_TR_NOOP("Leaders in total")), *_figure_cells(leaders, 0)))
    rows.append((message(QT_TR_NOOP("Employees")), *_figure_cells(employees, 0)))
    rows.append((message(QT_TR_NOOP("Employees per leader")), *_figure_cells(density, 1)))
    table = Table(
        (
            message(QT_TR_NOOP("Figure")),
            comparison.from_name,
            comparison.to_name,
            message(QT_TR_NOOP("Change")),
            message(QT_TR_NOOP("Change in per cent")),
        ),
        tuple(rows),
        totals=3,
        widths=(2.2, 1, 1, 1.1, 1.4),
    )
    chart = Chart(
        ChartKind.COLUMNS,
        message(QT_TR_NOOP("Leaders per level")),
        tuple(_level_label(row.key) for row in levels),
        (
            Series(comparison.from_name, tuple(row.before for row in levels)),
            Series(comparison.to_name, tuple(row.after for row in levels)),
        ),
        message(QT_TR_NOOP("Leaders")),
    )
    bullets = (
        message(
            QT_TR_NOOP("Leaders: {before} → {after} ({percent})"),
            before=Figure(leaders.before),
            after=Figure(leaders.after),
            percent=Figure(leaders.percent, Style.CHANGE_PERCENT),
        ),
        message(
            QT_TR_NOOP("Employees per leader: {before} → {after} ({percent})"),
            before=Figure(density.before),
            after=Figure(density.after),
            percent=Figure(density.percent, Style.CHANGE_PERCENT),
        ),
    )
    title = message(
        QT_TR_NOOP("The organisation before and after: {first} → {second}"),
        first=comparison.from_name,
        second=comparison.to_name,
    )
    return Slide("organisation", title, None, bullets, table, chart)


def _level_label(level: str) -> Message | str:
    template = LEVEL_LEADERS.get(level)
    return message(template) if template else level


def _figure_cells(row: FigureRow, decimals: int) -> tuple[Figure, Figure, Figure, Figure]:
    style = Style.DECIMAL if decimals else Style.COUNT
    return (
        Figure(row.before, style, decimals),
        Figure(row.after, style, decimals),
        Figure(row.difference, Style.CHANGE, decimals),
        Figure(row.percent, Style.CHANGE_PERCENT, 1),
    )


def change_slides(comparison: Comparison) -> list[Slide]:
    """What changed between the scenarios, moved, split and merged first; a count per kind."""
    changes = comparison.changes
    plain = (ChangeKind.CREATED, ChangeKind.REMOVED)
    new_or_gone = [c for c in changes if c.kind in plain]
    listed = [
        c for c in changes if len(new_or_gone) <= MAX_LISTED_NEW_OR_GONE or c.kind not in plain
    ]
    counts = [
        (message(KIND_NAMES[kind]), Figure(sum(1 for c in changes if c.kind is kind)))
        for kind in ChangeKind
    ]
    bullets: tuple[Message, ...] = ()
    if len(listed) < len(changes):
        bullets = (
            message(
                QT_TR_NOOP(
                    "units created or removed: {count} (counted, not listed: "
                    "the comparison in FredApp shows them)"
                ),
                count=Figure(len(new_or_gone)),
            ),
        )
    summary = Slide(
        "changes",
        message(QT_TR_NOOP("Units moved, split and merged")),
        message(QT_TR_NOOP("changes in all: {count}"), count=Figure(len(changes))),
        bullets,
        Table(
            (message(QT_TR_NOOP("Change")), message(QT_TR_NOOP("Units"))),
            (*counts, (message(QT_TR_NOOP("Total")), Figure(len(changes)))),
            totals=1,
            widths=(2, 1),
        ),
    )
    pages = _pages(listed, CHANGES_PER_SLIDE)
    return [summary, *(_change_page(page, n, len(pages)) for n, page in enumerate(pages, 1))]


def _change_page(changes: Sequence[UnitChange], number: int, pages: int) -> Slide:
    rows = tuple((message(KIND_NAMES[c.kind]), describe_change(c)) for c in changes)
    return Slide(
        "change-list",
        message(QT_TR_NOOP("What changed ({page} of {pages})"), page=number, pages=pages),
        table=Table(
            (message(QT_TR_NOOP("Change")), message(QT_TR_NOOP("What"))), rows, widths=(1, 5)
        ),
    )


def describe_change(change: UnitChange) -> Message:
    """The change as a sentence whose words translate and whose names stay as they are."""
    top = message(QT_TR_NOOP("(top)"))
    from_parent = change.from_parent or top
    to_parent = change.to_parent or top
    match change.kind:
        case ChangeKind.MOVED:
            return message(
                QT_TR_NOOP("{unit} moved from {from_parent} to {to_parent}"),
                unit=change.unit,
                from_parent=from_parent,
                to_parent=to_parent,
            )
        case ChangeKind.RENAMED:
            return message(
                QT_TR_NOOP("{before} renamed {after}"),
                before=change.before[0],
                after=change.after[0],
            )
        case ChangeKind.SPLIT:
            return message(
                QT_TR_NOOP("{before} split into {after}"),
                before=change.before[0],
                after=_and(change.after),
            )
        case ChangeKind.MERGED:
            return message(
                QT_TR_NOOP("{before} merged into {after}"),
                before=_and(change.before),
                after=change.after[0],
            )
        case ChangeKind.CREATED:
            return message(
                QT_TR_NOOP("{unit} created under {parent}"), unit=change.unit, parent=to_parent
            )
        case ChangeKind.REMOVED:
            return message(
                QT_TR_NOOP("{unit} removed from {parent}"), unit=change.unit, parent=from_parent
            )
    return message(
        QT_TR_NOOP("{unit} changed level from {from_level} to {to_level}"),
        unit=change.unit,
        from_level=_level_name(change.from_level),
        to_level=_level_name(change.to_level),
    )


def _level_name(level: str | None) -> Message | str:
    template = LEVEL_NAMES.get(level or "")
    return message(template) if template else level or ""


def _and(names: Sequence[str]) -> Message | str:
    if len(names) == 1:
        return names[0]
    return message(QT_TR_NOOP("{first} and {last}"), first=", ".join(names[:-1]), last=names[-1])


def _pages[T](items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


__all__ = ["BriefingOptions", "build_briefing", "check_period", "chosen_scenarios"]
