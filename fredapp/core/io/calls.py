"""Call-centre figures per queue and per hour of the day, as the kind ``calls``.

Columns: ``period, table, category, calls, answered, unanswered, longest`` — ``table`` is
``hour`` (category "08:00-09:00" …) or ``queue`` (category a queue's name); ``longest`` is the
longest call as hh:mm:ss. Each figure is a point of the KPI series ``calls.<table>.<metric>``.
An empty figure is imported as missing, never as zero.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from fredapp.core.calc.calls import METRICS, call_periods, call_rows, format_duration
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io.cancel import CancelCheck, checked
from fredapp.core.io.formats import cell_name, parse_optional_number, read_table, write_table
from fredapp.core.io.kpi_common import (
    ImportPlan,
    apply_changes,
    cell,
    columns,
    parse_duration,
    parse_period,
    refuse_duplicates,
)
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import KpiPoint, KpiSeries
from fredapp.core.seed import CALL_METRIC_TITLES, seed_id
from fredapp.core.service import DataService
from fredapp.core.vocabulary import (
    CALL_COLUMNS,
    CALL_TABLES,
    CODES,
    ENGLISH_AND_CODES,
    Reading,
    Words,
)

COLUMNS = ("period", "table", "category", "calls", "answered", "unanswered", "longest")
TABLES = ("hour", "queue")
TABLE_NAMES = {
    "hour": "hour",
    "time": "hour",
    "per hour": "hour",
    "per time": "hour",
    "queue": "queue",
    "kø": "queue",
    "ko": "queue",
    "per queue": "queue",
    "per kø": "queue",
}
ALIASES = {
    "periode": "period",
    "tabell": "table",
    "kategori": "category",
    "samtaler": "calls",
    "antall samtaler": "calls",
    "besvarte": "answered",
    "besvart": "answered",
    "ubesvarte": "unanswered",
    "ubesvart": "unanswered",
    "maks samtaletid": "longest",
    "lengste samtale": "longest",
    "longest call": "longest",
    "longest_s": "longest",
}
_COLUMN_METRIC = {
    "calls": "calls",
    "answered": "answered",
    "unanswered": "unanswered",
    "longest": "longest_s",
}


def export_calls(database: Database, path: Path, words: Words = CODES) -> int:
    with database.session() as session:
        rows = list(_export_rows(session, words))
    return write_table(
        path,
        words.header(CALL_COLUMNS, COLUMNS),
        rows,
        sheet=words.sheet("calls"),
        date_format=words.date_format,
    )


def _export_rows(session: Session, words: Words) -> Iterator[list[Any]]:
    for period in call_periods(session):
        for table in TABLES:
            for row in call_rows(session, table, period):
                yield [
                    period,
                    words.value(CALL_TABLES, table),
                    row.category,
                    row.calls,
                    row.answered,
                    row.unanswered,
                    longest_cell(row.longest_s, words),
                ]


def longest_cell(seconds: float | None, words: Words) -> str | dt.timedelta | None:
    """For people a duration cell (hh:mm:ss that sums); for scripts the text hh:mm:ss."""
    if not words.for_people:
        return format_duration(seconds)
    return None if seconds is None else dt.timedelta(seconds=round(seconds))


def plan_import(
    service: DataService,
    path: Path,
    *,
    replace: bool = False,
    cancelled: CancelCheck | None = None,
    reading: Reading = ENGLISH_AND_CODES,
) -> ImportPlan:
    """Read and check ``path``; only reads, so it may run in a thread; ``cancelled()`` stops it.

    ``reading`` knows the names of columns and coded values a file may use besides the codes.
    """
    header, rows = read_table(path)
    where = columns(reading.header(CALL_COLUMNS, header), COLUMNS, aliases=ALIASES)
    parsed: list[tuple[str, str, str, dict[str, float | None]]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in checked(rows, cancelled):
        number = row.number
        period = parse_period(
            cell(row, where, "period"), row=number, column=header[where["period"]]
        )
        table_text = cell(row, where, "table")
        table = TABLE_NAMES.get(reading.code(CALL_TABLES, table_text).lower())
        if table is None:
            raise ImportExportError(
                QT_TR_NOOP("{cell}: '{text}' is neither hour nor queue"),
                cell=cell_name(number, header[where["table"]]),
                text=table_text,
            )
        category = cell(row, where, "category")
        if not category:
            raise ImportExportError(
                QT_TR_NOOP("{cell} is empty"), cell=cell_name(number, header[where["category"]])
            )
        key = (period, table, category.casefold())
        if key in seen:
            raise ImportExportError(
                QT_TR_NOOP(
                    "row {row}: a second row for {category} ({table}) in the period {period}; "
                    "the first is row {first}"
                ),
                row=number,
                category=category,
                table=table,
                period=period,
                first=seen[key],
            )
        seen[key] = number
        values: dict[str, float | None] = {}
        for name in ("calls", "answered", "unanswered"):
            values[_COLUMN_METRIC[name]] = parse_optional_number(
                cell(row, where, name), row=number, column=header[where[name]]
            )
        values["longest_s"] = parse_duration(
            cell(row, where, "longest"), row=number, column=header[where["longest"]]
        )
        parsed.append((period, table, category, values))
    if not parsed:
        raise ImportExportError(QT_TR_NOOP("{file} has a header but no rows"), file=path.name)

    plan = ImportPlan(rows=len(parsed))
    wanted = {(period, table) for period, table, _c, _v in parsed}
    with service.database.session() as session:
        series = _series(session)
        held = _held_points(session, series, wanted)
        # A period held with exactly the file's figures is no clash and needs no change: a file
        # exported from FredApp imports back without a question and changes nothing.
        same = {key for key in held if _held_figures(session, *key) == _figures(parsed, *key)}
    parsed = [row for row in parsed if (row[0], row[1]) not in same]
    held = {key: ids for key, ids in held.items() if key not in same}
    if held and not replace:
        refuse_duplicates(
            [_describe(period, table) for period, table in held],
            message(QT_TR_NOOP("call figures")),
        )
    plan.replaced = sorted({str(_describe(period, table)) for period, table in held})
    for point_ids in held.values():
        plan.changes += [service.plan_delete(KpiPoint, point_id) for point_id in point_ids]
    order: dict[tuple[str, str], int] = {}
    for period, table, category, values in parsed:
        sort_order = order.get((period, table), 0)
        order[(period, table)] = sort_order + 1
        for metric in METRICS:
            code = f"calls.{table}.{metric}"
            if code not in series:
                series[code] = _new_series(service, plan, table, metric)
            plan.changes.append(
                service.plan_create(
                    KpiPoint,
                    series_id=series[code],
                    period=period,
                    category=category,
                    value=values[metric],
                    sort_order=sort_order,
                )
            )
    return plan


_Figures = list[tuple[str, dict[str, float | None]]]


def _figures(
    parsed: list[tuple[str, str, str, dict[str, float | None]]], period: str, table: str
) -> _Figures:
    return [(c, v) for p, t, c, v in parsed if (p, t) == (period, table)]


def _held_figures(session: Session, period: str, table: str) -> _Figures:
    return [
        (row.category, {metric: getattr(row, metric) for metric in METRICS})
        for row in call_rows(session, table, period)
    ]


def import_calls(
    service: DataService,
    path: Path,
    *,
    replace: bool = False,
    reading: Reading = ENGLISH_AND_CODES,
    **_options: Any,
) -> int:
    plan = plan_import(service, path, replace=replace, reading=reading)
    apply_changes(service, plan.changes)
    return plan.rows


def _describe(period: str, table: str) -> Message:
    if table == "hour":
        return message(QT_TR_NOOP("{period} (per hour)"), period=period)
    return message(QT_TR_NOOP("{period} (per queue)"), period=period)


def _series(session: Session) -> dict[str, uuid.UUID]:
    query = select(KpiSeries.code, KpiSeries.id).where(
        col(KpiSeries.deleted).is_(False),
        col(KpiSeries.group).in_(("calls.hour", "calls.queue")),
    )
    return dict(session.exec(query).all())


def _held_points(
    session: Session, series: dict[str, uuid.UUID], wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], list[uuid.UUID]]:
    table_of = {series_id: code.split(".")[1] for code, series_id in series.items()}
    if not table_of:
        return {}
    periods = {period for period, _table in wanted}
    query = select(KpiPoint.id, KpiPoint.series_id, KpiPoint.period).where(
        col(KpiPoint.deleted).is_(False),
        col(KpiPoint.series_id).in_(list(table_of)),
        col(KpiPoint.period).in_(periods),
    )
    held: dict[tuple[str, str], list[uuid.UUID]] = {}
    for point_id, series_id, period in session.exec(query):
        key = (period, table_of[series_id])
        if key in wanted:
            held.setdefault(key, []).append(point_id)
    return held


def _new_series(service: DataService, plan: ImportPlan, table: str, metric: str) -> uuid.UUID:
    code = f"calls.{table}.{metric}"
    with service.database.session() as session:
        # The seed's id where it is free, so two installations that import agree on it.
        taken = session.get(KpiSeries, seed_id("kpi-series", code)) is not None
    series_id = uuid.uuid4() if taken else seed_id("kpi-series", code)
    plan.changes.append(
        service.plan_create(
            KpiSeries,
            id=series_id,
            code=code,
            title=CALL_METRIC_TITLES[metric],
            unit="s" if metric == "longest_s" else "samtaler",
            group=f"calls.{table}",
            source_note="Importert",
        )
    )
    return series_id
