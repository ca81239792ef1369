"""The briefing's slides after the organisation and the measures: call centre, goals, staffing
benchmarks, sick leave and the data sources, each gathered from the database."""

from __future__ import annotations

from collections.abc import Iterable

from fredapp.core.briefing.model import Cell, Chart, ChartKind, Figure, Series, Slide, Style, Table
from fredapp.core.briefing.sources import (
    MonthFigure,
    call_periods,
    sickleave_figures,
    source_states,
)
from fredapp.core.calc.calls import CallRow, call_rows, calls_total
from fredapp.core.calc.goals import goal_attainment
from fredapp.core.calc.sickleave import TrendPoint, roll_up
from fredapp.core.db import Database
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import Scenario
from fredapp.core.queries import (
    benchmark_measures,
    benchmarks,
    goals,
    scenario_units,
)

SICKLEAVE_MONTHS = 12  # without a period: the last year of figures held

SOURCES = {
    "organisation": QT_TR_NOOP("Organisation (units and scenarios)"),
    "measures": QT_TR_NOOP("Measures"),
    "calls": QT_TR_NOOP("Call-centre figures"),
    "goals": QT_TR_NOOP("Goals and outcomes"),
    "benchmarks": QT_TR_NOOP("Staffing benchmarks"),
    "sickleave": QT_TR_NOOP("Sick leave"),
}


def in_period(text: str, period: str | None) -> bool:
    """Whether a stored period or month lies in ``period`` (a year holds its months)."""
    return period is None or text == period or text.startswith(period + "-")


# -- call centre ---------------------------------------------------------------------------


def call_slides(database: Database, period: str | None) -> list[Slide]:
    held = call_periods(database)
    with database.session() as session:
        chosen = [p for p in held if in_period(p, period)] if period else held[-1:]
        tables = {
            table: _summed([call_rows(session, table, p) for p in chosen])
            for table in ("queue", "hour")
        }
    shown = ", ".join(chosen) or (period or "")
    if not chosen:
        return [
            Slide(
                "calls",
                message(QT_TR_NOOP("Call centre")),
                bullets=(message(QT_TR_NOOP("No call-centre figures for {period}"), period=shown),),
            )
        ]
    return [
        _call_slide(
            "calls-queue",
            message(QT_TR_NOOP("Calls per queue ({period})"), period=shown),
            QT_TR_NOOP("Queue"),
            tables["queue"],
        ),
        _call_slide(
            "calls-hour",
            message(QT_TR_NOOP("Calls per hour ({period})"), period=shown),
            QT_TR_NOOP("Hour"),
            tables["hour"],
        ),
    ]


def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _max(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _summed(periods: list[list[CallRow]]) -> list[CallRow]:
    """Each category over the chosen periods: counts added, the longest call the longest."""
    order: dict[str, list[CallRow]] = {}
    for rows in periods:
        for row in rows:
            order.setdefault(row.category, []).append(row)
    return [
        CallRow(
            category,
            _sum(r.calls for r in rows),
            _sum(r.answered for r in rows),
            _sum(r.unanswered for r in rows),
            _max(r.longest_s for r in rows),
        )
        for category, rows in order.items()
    ]


def _call_cells(name: Cell, row: CallRow) -> tuple[Cell, ...]:
    return (
        name,
        Figure(row.calls),
        Figure(row.answered),
        Figure(row.unanswered),
        Figure(row.longest_s, Style.DURATION),
    )


def _call_slide(key: str, title: Message, first_column: str, rows: list[CallRow]) -> Slide:
    body = [_call_cells(r.category, r) for r in rows]
    # The window's Totalt row: a figure missing in any row leaves its total missing.
    total = calls_total(rows)
    if total is not None:
        body.append(_call_cells(message(QT_TR_NOOP("Total")), total))
    columns = tuple(
        message(t)
        for t in (
            first_column,
            QT_TR_NOOP("Calls"),
            QT_TR_NOOP("Answered"),
            QT_TR_NOOP("Unanswered"),
            QT_TR_NOOP("Longest call"),
        )
    )
    chart = Chart(
        ChartKind.STACKED,
        message(QT_TR_NOOP("Answered and unanswered calls")),
        tuple(r.category for r in rows),
        (
            Series(message(QT_TR_NOOP("Answered")), tuple(r.answered for r in rows)),
            Series(message(QT_TR_NOOP("Unanswered")), tuple(r.unanswered for r in rows)),
        ),
        message(QT_TR_NOOP("Calls")),
    )
    table = Table(columns, tuple(body), totals=1, widths=(2.1, 1.1, 1.1, 1.25, 1.25))
    return Slide(key, title, None, (), table, chart)


# -- goals ---------------------------------------------------------------------------------


def goal_slides(database: Database, period: str | None) -> list[Slide]:
    chosen = [
        g
        for g in goals(database)
        if in_period(g.outcome_period, period) or in_period(g.baseline_period, period)
    ]
    rows = []
    for goal in chosen:
        result = goal_attainment(goal)
        share = goal.unit.strip() == "%"
        style = Style.PERCENT if share else Style.COUNT
        rows.append(
            (
                goal.title,
                goal.baseline_period,
                Figure(goal.baseline, style),
                goal.outcome_period,
                Figure(goal.outcome, style),
                Figure(result.change, Style.CHANGE_POINTS if share else Style.CHANGE),
                Figure(result.change_pct, Style.CHANGE_PERCENT),
                _reached(result.reached),
            )
        )
    columns = tuple(
        message(t)
        for t in (
            QT_TR_NOOP("Goal"),
            QT_TR_NOOP("Baseline period"),
            QT_TR_NOOP("Baseline"),
            QT_TR_NOOP("Outcome period"),
            QT_TR_NOOP("Outcome"),
            QT_TR_NOOP("Change"),
            QT_TR_NOOP("Change in per cent"),
            QT_TR_NOOP("Reached"),
        )
    )
    reached = sum(1 for g in chosen if goal_attainment(g).reached)
    title = message(
        QT_TR_NOOP("Goals against outcomes: {reached} of {count} reached"),
        reached=Figure(reached),
        count=Figure(len(chosen)),
    )
    table = Table(columns, tuple(rows), widths=(2.7, 1.3, 1.3, 1.3, 1, 1.3, 1.1, 0.8))
    bullets = () if rows else (message(QT_TR_NOOP("No goals for this period")),)
    return [Slide("goals", title, None, bullets, table if rows else None)]


def _reached(reached: bool | None) -> Message | str:
    if reached is None:
        return "–"  # a missing figure leaves attainment unknown, not failed
    return message(QT_TR_NOOP("Yes")) if reached else message(QT_TR_NOOP("No"))


# -- staffing benchmarks -------------------------------------------------------------------


def benchmark_slides(database: Database, period: str | None) -> list[Slide]:
    slides = []
    for measure in benchmark_measures(database):
        held = [b for b in benchmarks(database, measure) if in_period(b.period, period)]
        if not held:
            continue
        latest = max(b.period for b in held)
        shown = sorted(
            (b for b in held if b.period == latest), key=lambda b: (not b.is_home, b.value)
        )
        unit = next((b.unit for b in shown if b.unit), "")
        axis = (
            message(QT_TR_NOOP("Value ({unit})"), unit=unit)
            if unit
            else message(QT_TR_NOOP("Value"))
        )
        chart = Chart(
            ChartKind.COLUMNS,
            message(QT_TR_NOOP("{home} first, then lowest to highest"), home=shown[0].municipality),
            tuple(b.municipality for b in shown),
            (Series(measure, tuple(b.value for b in shown)),),
            axis,
            decimals=1,
            highlight=next((i for i, b in enumerate(shown) if b.is_home), None),
        )
        table = Table(
            (message(QT_TR_NOOP("Municipality")), axis),
            tuple((b.municipality, Figure(b.value, Style.DECIMAL, 1)) for b in shown),
            widths=(3, 1),
        )
        title = message(
            QT_TR_NOOP("Staffing benchmark: {measure} ({period})"),
            measure=measure,
            period=latest,
        )
        slides.append(Slide("benchmarks", title, None, (), table, chart))
    return slides


# -- sick leave ----------------------------------------------------------------------------


def sickleave_slides(database: Database, scenario: Scenario, period: str | None) -> list[Slide]:
    """The organisation's weighted sick leave per month; small groups left out (and counted)."""
    lineages = [unit.lineage_id for unit in scenario_units(database, scenario.id)]
    by_month: dict[str, list[MonthFigure]] = {}
    for figure in sickleave_figures(database, lineages):
        if in_period(figure.month, period):
            by_month.setdefault(figure.month, []).append(figure)
    months = sorted(by_month)
    if period is None:
        months = months[-SICKLEAVE_MONTHS:]
    title = message(
        QT_TR_NOOP("Sick leave in the organisation ({scenario})"), scenario=scenario.name
    )
    if not months:
        return [
            Slide(
                "sickleave",
                title,
                bullets=(message(QT_TR_NOOP("No sick-leave figures for this period")),),
            )
        ]
    points = [roll_up(month, by_month[month]) for month in months]
    return [_sickleave_slide(title, points)]


def _sickleave_slide(title: Message, points: list[TrendPoint]) -> Slide:
    rows = tuple(
        (
            p.month,
            Figure(p.employees),
            Figure(p.total_pct, Style.PERCENT, 1),
            Figure(p.short_pct, Style.PERCENT, 1),
            Figure(p.long_pct, Style.PERCENT, 1),
            Figure(p.units_hidden),
        )
        for p in points
    )
    columns = tuple(
        message(t)
        for t in (
            QT_TR_NOOP("Month"),
            QT_TR_NOOP("Employees covered"),
            QT_TR_NOOP("Total"),
            QT_TR_NOOP("Short-term"),
            QT_TR_NOOP("Long-term"),
            QT_TR_NOOP("Groups under 5 left out"),
        )
    )
    chart = Chart(
        ChartKind.LINES,
        message(QT_TR_NOOP("Sick leave per month")),
        tuple(p.month for p in points),
        (
            Series(message(QT_TR_NOOP("Total")), tuple(p.total_pct for p in points)),
            Series(message(QT_TR_NOOP("Short-term")), tuple(p.short_pct for p in points)),
            Series(message(QT_TR_NOOP("Long-term")), tuple(p.long_pct for p in points)),
        ),
        message(QT_TR_NOOP("Sick leave (%)")),
        decimals=1,
    )
    bullets = (
        message(
            QT_TR_NOOP("Weighted by employees; groups of fewer than 5 employees are never shown")
        ),
    )
    table = Table(columns, rows, widths=(1, 1.2, 1, 1, 1, 1.4))
    return Slide("sickleave", title, None, bullets, table, chart)


# -- data sources --------------------------------------------------------------------------


def source_slides(database: Database) -> list[Slide]:
    rows = tuple(
        (
            message(SOURCES[state.key]),
            Figure(state.records),
            state.changed.date() if state.changed else message(QT_TR_NOOP("as installed")),
            first_sentence(state.note),
        )
        for state in source_states(database)
    )
    columns = tuple(
        message(t)
        for t in (
            QT_TR_NOOP("Data"),
            QT_TR_NOOP("Records"),
            QT_TR_NOOP("Last updated"),
            QT_TR_NOOP("Source"),
        )
    )
    return [
        Slide(
            "sources",
            message(QT_TR_NOOP("Data sources")),
            message(QT_TR_NOOP("Every figure in this briefing comes from FredApp's database")),
            table=Table(columns, rows, widths=(2.2, 0.9, 1.2, 5)),
        )
    ]


def first_sentence(text: str, limit: int = 140) -> str:
    sentence = text.strip().split(". ", 1)[0].strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
