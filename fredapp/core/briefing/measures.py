"""The briefing's measure slides: per dimension and status (done, under way, late = past its
due date, not started, on hold), then every measure with its code and title."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from fredapp.core.briefing.model import Cell, Chart, ChartKind, Figure, Series, Slide, Table
from fredapp.core.calc.measures import DIMENSION_ORDER, is_overdue
from fredapp.core.db import Database
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import Measure, MeasureStatus
from fredapp.core.queries import live_records

MEASURES_PER_SLIDE = 10

DIMENSION_NAMES = {
    "S": QT_TR_NOOP("Structure"),
    "RA": QT_TR_NOOP("Roles and responsibilities"),
    "KK": QT_TR_NOOP("Competence and capacity"),
    "A": QT_TR_NOOP("Work processes"),
    "P": QT_TR_NOOP("Performance measurement"),
    "KKV": QT_TR_NOOP("Communication, coordination and tools"),
    "K": QT_TR_NOOP("Culture"),
}
# Where a measure stands: late (past its due date, not done) before its own status.
STATES = {
    "done": QT_TR_NOOP("Done"),
    "under_way": QT_TR_NOOP("Under way"),
    "late": QT_TR_NOOP("Late"),
    "not_started": QT_TR_NOOP("Not started"),
    "on_hold": QT_TR_NOOP("On hold"),
}
LEVELS = {"stab": QT_TR_NOOP("Central staffs"), "kommune": QT_TR_NOOP("Whole municipality")}


def _name(table: dict[str, str], code: str) -> Message | str:
    template = table.get(code)
    return message(template) if template else code


def measure_state(measure: Measure, today: dt.date) -> str:
    if measure.status == MeasureStatus.DONE.value:
        return "done"
    if is_overdue(measure, today):
        return "late"
    return {
        MeasureStatus.IN_PROGRESS.value: "under_way",
        MeasureStatus.ON_HOLD.value: "on_hold",
    }.get(measure.status, "not_started")


def measure_slides(database: Database, today: dt.date) -> list[Slide]:
    measures = live_records(database, Measure, "sort_order")
    state = {m.id: measure_state(m, today) for m in measures}
    dimensions = [d for d in DIMENSION_ORDER if any(m.dimension == d for m in measures)]
    dimensions += sorted({m.dimension for m in measures} - set(dimensions))
    counts = {d: {s: 0 for s in STATES} for d in dimensions}
    for m in measures:
        counts[m.dimension][state[m.id]] += 1
    slides = [_measure_overview(measures, dimensions, counts, state)]
    for dimension in dimensions:
        own = [m for m in measures if m.dimension == dimension]
        pages = [own[i : i + MEASURES_PER_SLIDE] for i in range(0, len(own), MEASURES_PER_SLIDE)]
        for number, page in enumerate(pages, 1):
            slides.append(_measure_page(dimension, page, state, number, len(pages)))
    return slides


def _measure_overview(
    measures: list[Measure],
    dimensions: list[str],
    counts: dict[str, dict[str, int]],
    state: dict[uuid.UUID, str],
) -> Slide:
    rows: list[tuple[Cell, ...]] = [
        (
            _name(DIMENSION_NAMES, d),
            *(Figure(counts[d][s]) for s in STATES),
            Figure(sum(counts[d].values())),
        )
        for d in dimensions
    ]
    totals = {s: sum(1 for m in measures if state[m.id] == s) for s in STATES}
    rows.append(
        (message(QT_TR_NOOP("Total")), *(Figure(n) for n in totals.values()), Figure(len(measures)))
    )
    columns = (
        message(QT_TR_NOOP("Dimension")),
        *(message(t) for t in STATES.values()),
        message(QT_TR_NOOP("Total")),
    )
    chart = Chart(
        ChartKind.STACKED,
        message(QT_TR_NOOP("Measures per dimension and status")),
        tuple(d for d in dimensions),
        tuple(
            Series(message(t), tuple(float(counts[d][s]) for d in dimensions))
            for s, t in STATES.items()
        ),
        message(QT_TR_NOOP("Measures")),
    )
    title = message(
        QT_TR_NOOP("The measures: {done} of {total} done, {late} late"),
        done=Figure(totals["done"]),
        total=Figure(len(measures)),
        late=Figure(totals["late"]),
    )
    table = Table(columns, tuple(rows), totals=1, widths=(2.6, 1.1, 1, 1.1, 1.1, 1, 1))
    return Slide("measures", title, None, (), table, chart)


def _measure_page(
    dimension: str, page: Sequence[Measure], state: dict[uuid.UUID, str], number: int, pages: int
) -> Slide:
    rows = tuple(
        (
            m.code,
            m.title,
            _name(LEVELS, m.level),
            _name(STATES, state[m.id]),
            m.due_date if m.due_date else "",
        )
        for m in page
    )
    columns = tuple(
        message(t)
        for t in (
            QT_TR_NOOP("Code"),
            QT_TR_NOOP("Measure"),
            QT_TR_NOOP("Level"),
            QT_TR_NOOP("Status"),
            QT_TR_NOOP("Due"),
        )
    )
    title = message(
        QT_TR_NOOP("Measures: {dimension} ({page} of {pages})"),
        dimension=_name(DIMENSION_NAMES, dimension),
        page=number,
        pages=pages,
    )
    return Slide("measure-list", title, table=Table(columns, rows, widths=(0.9, 5, 1.6, 1.2, 1.1)))
