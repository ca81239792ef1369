"""The kind ``sickleave``: units' monthly sick-leave figures as a table.

Columns ``unit, month, employees, total, short, long``: the unit by its name in the current
organisation scenario, the month as YYYY-MM, the percentages with a decimal comma or point.
Figures of a group smaller than five are exported with ``skjult (< 5)`` in place of the
percentages (never the numbers), and such rows are passed over on import. An import
checks every row before it writes anything, then writes all rows in one transaction; a row
for a unit and month already stored replaces that month's figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from fredapp.core.calc.sickleave import (
    ROUNDING_TOLERANCE,
    Problem,
    check_figure,
    current_scenario_id,
    parse_month,
)
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError, ValidationError
from fredapp.core.io.cancel import CancelCheck, checked
from fredapp.core.io.formats import parse_number, read_table, write_table
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import SickLeaveFigure, Unit
from fredapp.core.privacy import HIDDEN_TEXT, is_small_group
from fredapp.core.service import Change, DataService
from fredapp.core.vocabulary import (
    CODES,
    ENGLISH_AND_CODES,
    HIDDEN,
    SICKLEAVE_COLUMNS,
    Reading,
    Words,
)

COLUMNS = ["unit", "month", "employees", "total", "short", "long"]
_FIELDS = {"total": "total_pct", "short": "short_pct", "long": "long_pct"}


def unit_names(session: Session) -> dict[uuid.UUID, str]:
    """Lineage id → name: the current scenario's name first, else the name in another one."""
    current = current_scenario_id(session)
    names: dict[uuid.UUID, str] = {}
    rows = session.exec(
        select(Unit.lineage_id, Unit.name, Unit.scenario_id).where(col(Unit.deleted).is_(False))
    ).all()
    for lineage, name, scenario in rows:
        if scenario == current or lineage not in names:
            names[lineage] = name
    return names


def current_units_by_name(session: Session) -> dict[str, list[uuid.UUID]]:
    """Lower-cased name → lineage ids of the current scenario's units with that name."""
    current = current_scenario_id(session)
    found: dict[str, list[uuid.UUID]] = {}
    for lineage, name in session.exec(
        select(Unit.lineage_id, Unit.name).where(
            col(Unit.scenario_id) == current, col(Unit.deleted).is_(False)
        )
    ).all():
        found.setdefault(" ".join(name.split()).casefold(), []).append(lineage)
    return found


def export_sickleave(database: Database, path: Path, words: Words = CODES) -> int:
    with database.session() as session:
        names = unit_names(session)
        figures = list(
            session.exec(select(SickLeaveFigure).where(col(SickLeaveFigure.deleted).is_(False)))
        )
    figures.sort(key=lambda f: (names.get(f.unit_lineage_id, "").casefold(), f.month))
    return write_table(
        path,
        words.header(SICKLEAVE_COLUMNS, COLUMNS),
        _rows(figures, names, words.value(HIDDEN, HIDDEN_TEXT)),
        sheet=words.sheet("sickleave"),
        date_format=words.date_format,
    )


def _rows(
    figures: list[SickLeaveFigure], names: dict[uuid.UUID, str], hidden: str
) -> Iterator[list[Any]]:
    for figure in figures:
        name = names.get(figure.unit_lineage_id, str(figure.unit_lineage_id))
        if is_small_group(figure.employees):
            yield [name, figure.month, figure.employees, hidden, hidden, hidden]
        else:
            yield [
                name,
                figure.month,
                figure.employees,
                figure.total_pct,
                figure.short_pct,
                figure.long_pct,
            ]


def column_positions(header: list[str], wanted: list[str], path: Path) -> dict[str, int]:
    """Where each wanted column is (any order, any case); an error names the missing ones."""
    positions = {name.strip().casefold(): index for index, name in enumerate(header)}
    missing = [name for name in wanted if name not in positions]
    if missing:
        raise ImportExportError(
            QT_TR_NOOP("{file}: missing columns: {missing}; the columns are {columns}"),
            file=path.name,
            missing=", ".join(missing),
            columns=", ".join(wanted),
        )
    return {name: positions[name] for name in wanted}


def import_sickleave(
    service: DataService,
    path: Path,
    today: Callable[[], dt.date] = dt.date.today,
    reading: Reading = ENGLISH_AND_CODES,
    **_options: Any,
) -> int:
    """Import figures; return how many rows were read. Nothing is written on any error."""
    changes, count = plan_sickleave_import(service, path, today, reading=reading)
    try:
        service.apply_many(changes)
    except ValidationError as exc:
        raise ImportExportError(
            QT_TR_NOOP("{file}: {problem}; nothing was imported"), file=path.name, problem=exc
        ) from exc
    return count


def plan_sickleave_import(
    service: DataService,
    path: Path,
    today: Callable[[], dt.date] = dt.date.today,
    cancelled: CancelCheck | None = None,
    reading: Reading = ENGLISH_AND_CODES,
) -> tuple[list[Change], int]:
    """The changes an import would make (checked, nothing written) and the rows it read.

    The UI applies them as one undoable step; every change passes the service's own check
    (identity numbers in text) before anything is written. Only reads, so it may run in a
    thread; ``cancelled()`` stops it.
    """
    header, rows = read_table(path)
    where = column_positions(reading.header(SICKLEAVE_COLUMNS, header), COLUMNS, path)
    errors: list[Message] = []
    planned: dict[tuple[uuid.UUID, str], dict[str, Any]] = {}
    with service.database.session() as session:
        by_name = current_units_by_name(session)
        for row in checked(rows, cancelled):
            number = row.number
            cells = {name: (row[i] if i < len(row) else "").strip() for name, i in where.items()}
            for name in _FIELDS:  # "hidden (< 5)" in any language is the small group's mark
                cells[name] = reading.code(HIDDEN, cells[name])
            try:
                parsed = _parse_row(cells, number, by_name, today())
            except ImportExportError as exc:
                errors.append(exc.message)
                continue
            if parsed is None:
                continue
            key = (parsed["unit_lineage_id"], parsed["month"])
            if key in planned:
                errors.append(
                    message(
                        QT_TR_NOOP("row {row}: {unit} {month} is in the file twice"),
                        row=number,
                        unit=cells["unit"],
                        month=parsed["month"],
                    )
                )
                continue
            planned[key] = parsed
        if errors:
            raise ImportExportError(refusal_summary(path, errors))
        existing = _existing(session, planned)
    changes = _changes(service, planned, existing)
    for change in checked(changes, cancelled):
        try:
            service.validate(change)
        except ValidationError as exc:
            raise ImportExportError(
                QT_TR_NOOP("{file}: {problem}; nothing was imported"), file=path.name, problem=exc
            ) from exc
    return changes, len(planned)


def refusal_summary(path: Path, errors: list[Message]) -> Message:
    """One message naming the refused rows, one a line (the first ten)."""
    shown: list[Message] = errors[:10]
    if len(errors) > 10:
        shown.append(message(QT_TR_NOOP("… and {count} more"), count=len(errors) - 10))
    return message(QT_TR_NOOP("{file}: nothing was imported:\n{rows}"), file=path.name, rows=shown)


def unit_lineage(cell: str, number: int, by_name: dict[str, list[uuid.UUID]]) -> uuid.UUID:
    """The unit a file names in row ``number``: exactly one of that name in the organisation."""
    name = " ".join(cell.split())
    lineages = by_name.get(name.casefold(), [])
    if not lineages:
        raise ImportExportError(
            QT_TR_NOOP(
                "row {row}, column '{column}': no unit '{name}' in the current organisation"
            ),
            row=number,
            column="unit",
            name=name,
        )
    if len(lineages) > 1:
        raise ImportExportError(
            QT_TR_NOOP(
                "row {row}, column '{column}': more than one unit is named '{name}' ({count})"
            ),
            row=number,
            column="unit",
            count=len(lineages),
            name=name,
        )
    return lineages[0]


def _parse_row(
    cells: dict[str, str],
    number: int,
    by_name: dict[str, list[uuid.UUID]],
    today: dt.date,
) -> dict[str, Any] | None:
    if all(cells[name].casefold() == HIDDEN_TEXT.casefold() for name in _FIELDS):
        return None  # a small group as FredApp exports it: nothing to import
    lineage = unit_lineage(cells["unit"], number, by_name)
    month = _month(cells["month"], number)
    employees_value = parse_number(cells["employees"], row=number, column="employees")
    if not employees_value.is_integer():
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': '{text}' is not a whole number"),
            row=number,
            column="employees",
            text=cells["employees"],
        )
    values = {
        field: parse_number(cells[column], row=number, column=column)
        for column, field in _FIELDS.items()
    }
    employees = int(employees_value)
    problems = check_figure(month, employees, **values, today=today)
    if problems:
        column = {v: k for k, v in _FIELDS.items()}.get(problems[0].field, problems[0].field)
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': {problem}"),
            row=number,
            column=column,
            problem=_reason(problems[0], month, employees, values),
        )
    return {"unit_lineage_id": lineage, "month": month, "employees": employees, **values}


def _reason(
    problem: Problem, month: str, employees: int, values: dict[str, float]
) -> Message | str:
    """The calc layer's reason as a message, by its code: its ``message`` is English text."""
    if problem.code == "month_format":
        return message(QT_TR_NOOP("'{month}' is not a month YYYY-MM"), month=month)
    if problem.code == "month_future":
        return message(
            QT_TR_NOOP("{month} is in the future; enter months that are over"), month=month
        )
    if problem.code == "employees":
        return message(
            QT_TR_NOOP("the number of employees must be 1 or more, not {employees}"),
            employees=employees,
        )
    if problem.code == "percent_range" and problem.field in values:
        return message(
            QT_TR_NOOP("{value} is not a percentage between 0 and 100"),
            value=f"{values[problem.field]:g}",
        )
    if problem.code == "sum_mismatch":
        short, long, total = values["short_pct"], values["long_pct"], values["total_pct"]
        return message(
            QT_TR_NOOP(
                "short-term {short} + long-term {long} = {sum}, not the total {total} "
                "(more than {tolerance} point apart)"
            ),
            short=f"{short:g}",
            long=f"{long:g}",
            sum=f"{short + long:g}",
            total=f"{total:g}",
            tolerance=f"{ROUNDING_TOLERANCE:g}",
        )
    return problem.message


def _month(text: str, number: int) -> str:
    candidate = text[:7] if len(text) == 10 and text[4] == "-" and text[7] == "-" else text
    if parse_month(candidate) is None:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': '{text}' is not a month written YYYY-MM"),
            row=number,
            column="month",
            text=text,
        )
    return candidate


def _existing(
    session: Session, planned: dict[tuple[uuid.UUID, str], dict[str, Any]]
) -> dict[tuple[uuid.UUID, str], SickLeaveFigure]:
    lineages = list({lineage for lineage, _month in planned})
    found: dict[tuple[uuid.UUID, str], SickLeaveFigure] = {}
    for start in range(0, len(lineages), 900):
        for figure in session.exec(
            select(SickLeaveFigure).where(
                col(SickLeaveFigure.unit_lineage_id).in_(lineages[start : start + 900]),
                col(SickLeaveFigure.deleted).is_(False),
            )
        ):
            found[(figure.unit_lineage_id, figure.month)] = figure
    return found


def _changes(
    service: DataService,
    planned: dict[tuple[uuid.UUID, str], dict[str, Any]],
    existing: dict[tuple[uuid.UUID, str], SickLeaveFigure],
) -> list[Change]:
    changes: list[Change] = []
    for key, values in planned.items():
        old = existing.get(key)
        if old is None:
            changes.append(service.plan_create(SickLeaveFigure, **values))
            continue
        differing = {k: v for k, v in values.items() if getattr(old, k) != v}
        if differing:
            before = {k: getattr(old, k) for k in differing}
            changes.append(Change(SickLeaveFigure, old.id, before, differing))
    return changes
