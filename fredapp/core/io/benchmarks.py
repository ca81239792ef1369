"""Staffing benchmarks against comparison municipalities, as the kind ``benchmarks``.

Columns: ``measure, municipality, value, unit, period, home``. ``home`` (ja / nei) marks the
municipality the graphs highlight; without the column, or with the cell empty, it is Fredrikstad.

A measure's figures for one period come as a set: when the database already holds the measure
for that period, the import stops, or (with ``replace``) the held set is replaced by the file's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io.cancel import CancelCheck, checked
from fredapp.core.io.formats import cell_name, parse_number, read_table, write_table
from fredapp.core.io.kpi_common import (
    ImportPlan,
    apply_changes,
    cell,
    columns,
    parse_period,
    parse_yes_no,
    refuse_duplicates,
)
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.core.models import Benchmark
from fredapp.core.service import DataService
from fredapp.core.vocabulary import (
    BENCHMARK_COLUMNS,
    CODES,
    ENGLISH_AND_CODES,
    YES_NO,
    Reading,
    Words,
)

HOME_MUNICIPALITY = "Fredrikstad"
COLUMNS = ("measure", "municipality", "value", "unit", "period", "home")
REQUIRED = ("measure", "municipality", "value")
OPTIONAL = ("unit", "period", "home")
ALIASES = {
    "måltall": "measure",
    "nøkkeltall": "measure",
    "kommune": "municipality",
    "verdi": "value",
    "enhet": "unit",
    "periode": "period",
    "år": "period",
    "hjemkommune": "home",
    "egen kommune": "home",
}


def benchmark_row(benchmark: Benchmark, words: Words = CODES) -> list[Any]:
    return [
        benchmark.measure,
        benchmark.municipality,
        benchmark.value,
        benchmark.unit,
        benchmark.period,
        words.value(YES_NO, "ja" if benchmark.is_home else "nei"),
    ]


def export_benchmarks(database: Database, path: Path, words: Words = CODES) -> int:
    with database.session() as session:
        rows = session.exec(select(Benchmark).where(col(Benchmark.deleted).is_(False))).all()
    rows = sorted(rows, key=lambda b: (b.measure, b.period, b.value, b.municipality))
    return write_table(
        path,
        words.header(BENCHMARK_COLUMNS, COLUMNS),
        [benchmark_row(row, words) for row in rows],
        sheet=words.sheet("benchmarks"),
        date_format=words.date_format,
    )


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
    where = columns(reading.header(BENCHMARK_COLUMNS, header), REQUIRED, OPTIONAL, ALIASES)

    def name(column: str) -> str:
        return header[where[column]] if column in where else column

    parsed: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in checked(rows, cancelled):
        number = row.number
        measure = cell(row, where, "measure")
        municipality = cell(row, where, "municipality")
        for column, text in (("measure", measure), ("municipality", municipality)):
            if not text:
                raise ImportExportError(
                    QT_TR_NOOP("{cell} is empty"), cell=cell_name(number, name(column))
                )
        period = parse_period(
            cell(row, where, "period"), row=number, column=name("period"), required=False
        )
        key = (measure.casefold(), municipality.casefold(), period)
        if key in seen:
            if not period:
                raise ImportExportError(
                    QT_TR_NOOP(
                        "row {row}: {municipality} appears twice for {measure} without a period; "
                        "the first is row {first}"
                    ),
                    row=number,
                    municipality=municipality,
                    measure=measure,
                    first=seen[key],
                )
            raise ImportExportError(
                QT_TR_NOOP(
                    "row {row}: {municipality} appears twice for {measure} in the period "
                    "{period}; the first is row {first}"
                ),
                row=number,
                municipality=municipality,
                measure=measure,
                period=period,
                first=seen[key],
            )
        seen[key] = number
        parsed.append(
            {
                "measure": measure,
                "municipality": municipality,
                "value": parse_number(cell(row, where, "value"), row=number, column=name("value")),
                "unit": cell(row, where, "unit"),
                "period": period,
                "is_home": parse_yes_no(
                    reading.code(YES_NO, cell(row, where, "home")),
                    row=number,
                    column=name("home"),
                    default=municipality.casefold() == HOME_MUNICIPALITY.casefold(),
                ),
                "source_note": "Importert",
            }
        )
    if not parsed:
        raise ImportExportError(QT_TR_NOOP("{file} has a header but no rows"), file=path.name)

    sets = {(values["measure"].casefold(), values["period"]) for values in parsed}
    with service.database.session() as session:
        existing = session.exec(select(Benchmark).where(col(Benchmark.deleted).is_(False))).all()
    held = [b for b in existing if (b.measure.casefold(), b.period) in sets]
    # A set held with exactly the file's figures is no clash and needs no change: a file
    # exported from FredApp imports back without a question and changes nothing.
    read = len(parsed)
    same = {key for key in sets if _figures(held, key) == _figures(parsed, key)}
    held = [b for b in held if (b.measure.casefold(), b.period) not in same]
    parsed = [v for v in parsed if (v["measure"].casefold(), v["period"]) not in same]
    described = sorted({f"{b.measure} {b.period}".strip() for b in held})
    if held and not replace:
        refuse_duplicates(described, message(QT_TR_NOOP("benchmarks")))
    plan = ImportPlan(rows=read, replaced=described)
    plan.changes += [service.plan_delete(Benchmark, b.id) for b in held]
    plan.changes += [service.plan_create(Benchmark, **values) for values in parsed]
    return plan


def _figures(
    rows: Sequence[Benchmark | dict[str, Any]], key: tuple[str, str]
) -> list[tuple[Any, ...]]:
    """The figures of one measure and period, in an order that does not depend on the rows'."""
    found = []
    for row in rows:
        values = row if isinstance(row, dict) else row.model_dump()
        if (values["measure"].casefold(), values["period"]) == key:
            fields = ("measure", "municipality", "value", "unit", "is_home")
            found.append(tuple(values[name] for name in fields))
    return sorted(found, key=repr)


def import_benchmarks(
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
