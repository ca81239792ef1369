"""The measures (tiltak) as a table: export (all, or the board's filtered cards) and import.

An import is validated whole before anything is written: every bad row is named in one
:class:`ImportExportError` and nothing changes. A row whose code exists updates only the fields
that differ; a new code adds a measure. The import is written in one transaction, stamped and
recorded in the history the way :class:`~fredapp.core.service.DataService` does it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from fredapp.core.calc.measures import (
    DIMENSION_ORDER,
    LEVEL_ORDER,
    STAFF_PREFIX,
    STATUS_ORDER,
    normalise_code,
)
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError, ImportExportError
from fredapp.core.io.cancel import STOPPED_EXPORT, CancelCheck, checked
from fredapp.core.io.formats import parse_number, read_table, write_table
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import Measure, Unit
from fredapp.core.queries import current_scenario
from fredapp.core.service import Change, DataService
from fredapp.core.vocabulary import (
    CODES,
    DIMENSIONS,
    ENGLISH_AND_CODES,
    MEASURE_COLUMNS,
    MEASURE_LEVELS,
    MEASURE_STATUSES,
    Reading,
    Words,
)

COLUMNS = [
    "code",
    "title",
    "dimension",
    "level",
    "status",
    "owner",
    "start",
    "due",
    "effect",
    "effort",
    "notes",
]


def export_measures(
    database: Database,
    path: Path,
    only: Collection[uuid.UUID] | None = None,
    cancelled: CancelCheck | None = None,
    words: Words = CODES,
) -> int:
    """Write every measure that is not deleted (or those in ``only``), in board order.

    ``words`` names the columns and coded values (the codes by default); ``cancelled()``
    stops it; the file is written aside, so the old one stays then.
    """
    with database.session() as session:
        measures = list(
            session.exec(
                select(Measure)
                .where(col(Measure.deleted).is_(False))
                .order_by(col(Measure.sort_order), col(Measure.code))
            )
        )
        if only is not None:
            wanted = set(only)
            measures = [m for m in measures if m.id in wanted]
        owners = _owner_names(session, {m.owner_unit_id for m in measures if m.owner_unit_id})
    return write_table(
        path,
        words.header(MEASURE_COLUMNS, COLUMNS),
        checked(_rows(measures, owners, words), cancelled, STOPPED_EXPORT),
        sheet=words.sheet("measures"),
        date_format=words.date_format,
    )


def _owner_names(session: Session, unit_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    # A deleted owner unit still names the owner: the measure was assigned to it.
    units = session.exec(select(Unit.id, Unit.name).where(col(Unit.id).in_(unit_ids)))
    return dict(units.all())


def _rows(
    measures: list[Measure], owners: dict[uuid.UUID, str], words: Words
) -> Iterator[list[Any]]:
    for measure in measures:
        owner = owners.get(measure.owner_unit_id, "") if measure.owner_unit_id else ""
        yield [
            measure.code,
            measure.title,
            words.value(DIMENSIONS, measure.dimension),
            words.value(MEASURE_LEVELS, measure.level),
            words.value(MEASURE_STATUSES, measure.status),
            owner,
            measure.start_date,
            measure.due_date,  # a date: text YYYY-MM-DD in CSV, a real date cell in Excel
            measure.effect,
            measure.effort,
            measure.notes,
        ]


# -- import --------------------------------------------------------------------------------

REQUIRED = ("code",)
_RATING_RANGE = range(1, 6)
_DIMENSION_NAMES = {
    "struktur": "S",
    "roller og ansvar": "RA",
    "kompetanse og kapasitet": "KK",
    "arbeidsprosesser": "A",
    "prestasjonsmåling": "P",
    "kommunikasjon, koordinering og verktøy": "KKV",
    "kultur": "K",
}
_LEVEL_NAMES = {
    "stab": "stab",
    "staff": "stab",
    "sentrale staber": "stab",
    "kommune": "kommune",
    "municipality": "kommune",
    "hele kommunen": "kommune",
}
_STATUS_NAMES = {
    "ikke startet": "ikke_startet",
    "not started": "ikke_startet",
    "pågår": "pagar",
    "in progress": "pagar",
    "fullført": "fullfort",
    "done": "fullfort",
    "stilt i bero": "stilt_i_bero",
    "on hold": "stilt_i_bero",
}


@dataclass
class ImportPlan:
    """The changes an import would make, and how many rows add, update or leave a measure."""

    changes: list[Change] = field(default_factory=list)
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def import_measures(service: DataService, path: Path, reading: Reading = ENGLISH_AND_CODES) -> int:
    """Import ``path`` (.csv or .xlsx) in one transaction; return the rows read.

    ``reading`` knows the names of columns and coded values a file may use besides the codes.
    """
    plan = plan_measure_import(service, path, reading=reading)
    apply_changes(service, plan.changes)
    return plan.rows


def plan_measure_import(
    service: DataService,
    path: Path,
    cancelled: CancelCheck | None = None,
    reading: Reading = ENGLISH_AND_CODES,
) -> ImportPlan:
    """Validate the whole file and return the changes; raise naming every bad row.

    Only reads (its own sessions), so it may run in a thread; ``cancelled()`` stops it.
    """
    header, rows = read_table(path)
    columns = _columns(reading.header(MEASURE_COLUMNS, header), path)
    with service.database.session() as session:
        existing = {
            normalise_code(m.code): m
            for m in session.exec(select(Measure).where(col(Measure.deleted).is_(False)))
        }
        units = list(session.exec(select(Unit).where(col(Unit.deleted).is_(False))))
        current = current_scenario(session)
        current_ids = {current.id} if current else set()
        all_names = _owner_names(
            session, {m.owner_unit_id for m in existing.values() if m.owner_unit_id}
        )
    owners = _owner_lookup(units, current_ids)
    next_order = max((m.sort_order for m in existing.values()), default=-1) + 1
    plan = ImportPlan()
    # One entry per bad row; a row with several bad cells is a list, shown one a line.
    errors: list[Message | list[Message]] = []
    seen: dict[str, int] = {}
    for raw in checked(rows, cancelled):
        row_no = raw.number
        cells = {name: (raw[i].strip() if i < len(raw) else "") for name, i in columns.items()}
        problems: list[Message] = []
        values = _row_values(cells, row_no, owners, problems, reading)
        if problems:
            errors.append(problems)
            continue
        key = normalise_code(values["code"])
        if key in seen:
            errors.append(
                message(
                    QT_TR_NOOP("row {row}: code '{code}' is also in row {first}"),
                    row=row_no,
                    code=values["code"],
                    first=seen[key],
                )
            )
            continue
        seen[key] = row_no
        measure = existing.get(key)
        try:
            change = _row_change(service, measure, values, all_names, row_no, next_order)
        except ImportExportError as exc:
            errors.append(exc.message)
            continue
        plan.rows += 1
        if change is None:
            plan.unchanged += 1
            continue
        try:
            service.validate(change)
        except FredAppError as exc:
            errors.append(message(QT_TR_NOOP("row {row}: {problem}"), row=row_no, problem=exc))
            continue
        if measure is None:
            plan.created += 1
            next_order += 1
        else:
            plan.updated += 1
        plan.changes.append(change)
    if errors:
        shown = errors[:20]
        if len(errors) > 20:
            shown.append(message(QT_TR_NOOP("… and {count} more"), count=len(errors) - 20))
        raise ImportExportError(
            QT_TR_NOOP("{file}: nothing was imported; rows refused: {count}\n{rows}"),
            file=path.name,
            count=len(errors),
            rows=shown,
        )
    return plan


def apply_changes(service: DataService, changes: list[Change]) -> None:
    """Write ``changes`` in one transaction through the service (all or nothing)."""
    if changes:
        service.apply_many(changes)


def _columns(header: list[str], path: Path) -> dict[str, int]:
    names = [name.strip().lower() for name in header]
    unknown = [name for name in names if name and name not in COLUMNS]
    if unknown:
        raise ImportExportError(
            QT_TR_NOOP("{file}: unknown columns {unknown}; the columns are {columns}"),
            file=path.name,
            unknown=", ".join(unknown),
            columns=", ".join(COLUMNS),
        )
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise ImportExportError(
            QT_TR_NOOP("{file}: the column '{column}' is missing"),
            file=path.name,
            column=missing[0],
        )
    doubled = sorted({name for name in names if name and names.count(name) > 1})
    if doubled:
        raise ImportExportError(
            QT_TR_NOOP("{file}: the column '{column}' appears twice"),
            file=path.name,
            column=doubled[0],
        )
    return {name: index for index, name in enumerate(names) if name}


def _owner_lookup(units: list[Unit], current: set[uuid.UUID]) -> dict[str, uuid.UUID]:
    """Unit names (case-insensitive) to ids; the current scenario's unit wins a shared name."""
    lookup: dict[str, uuid.UUID] = {}
    for unit in sorted(units, key=lambda u: u.scenario_id in current):
        lookup[unit.name.strip().casefold()] = unit.id
    return lookup


def _row_values(
    cells: dict[str, str],
    row: int,
    owners: dict[str, uuid.UUID],
    problems: list[Message],
    reading: Reading,
) -> dict[str, Any]:
    """The row's cells as field values; only the columns the file has (blank code refused).

    Every refused cell is added to ``problems``; the values are of no use then.
    """
    code = cells.get("code", "")
    if not code:
        problems.append(_empty_cell(row, "code"))
        return {}
    values: dict[str, Any] = {"code": code}
    if "title" in cells:
        values["title"] = cells["title"]
    if "notes" in cells:
        values["notes"] = cells["notes"]
    parsers: list[tuple[str, str, Callable[[str], Any]]] = [
        (
            "dimension",
            "dimension",
            lambda t: _choice(
                reading.code(DIMENSIONS, t), DIMENSION_ORDER, _DIMENSION_NAMES, row, "dimension"
            ),
        ),
        (
            "level",
            "level",
            lambda t: _choice(
                reading.code(MEASURE_LEVELS, t), LEVEL_ORDER, _LEVEL_NAMES, row, "level"
            ),
        ),
        (
            "status",
            "status",
            lambda t: _choice(
                reading.code(MEASURE_STATUSES, t), STATUS_ORDER, _STATUS_NAMES, row, "status"
            ),
        ),
        ("effect", "effect", lambda t: _rating(t, row, "effect")),
        ("effort", "effort", lambda t: _rating(t, row, "effort")),
    ]
    for column, name, parse in parsers:
        if cells.get(column):  # blank: keep the measure's value, or the default for a new one
            try:
                values[name] = parse(cells[column])
            except ImportExportError as exc:
                problems.append(exc.message)
    for column, name, parse in (
        ("owner", "owner_unit_id", lambda t: _owner(t, owners, row)),
        ("start", "start_date", lambda t: _date(t, row, "start")),
        ("due", "due_date", lambda t: _date(t, row, "due")),
    ):
        # blank: no owner, no date; a file without the column (older) leaves the field alone
        if column in cells:
            try:
                values[name] = parse(cells[column])
            except ImportExportError as exc:
                problems.append(exc.message)
    return values


def _empty_cell(row: int, column: str) -> Message:
    return message(QT_TR_NOOP("row {row}, column '{column}': is empty"), row=row, column=column)


def _row_change(
    service: DataService,
    measure: Measure | None,
    values: dict[str, Any],
    owner_names: dict[uuid.UUID, str],
    row: int,
    order: int,
) -> Change | None:
    if measure is None:
        if not values.get("title"):
            raise ImportExportError(
                QT_TR_NOOP("row {row}, column '{column}': a new measure needs a title"),
                row=row,
                column="title",
            )
        derived_level, derived_dimension = _level_and_dimension(values["code"])
        values.setdefault("level", derived_level)
        values.setdefault("dimension", derived_dimension)
        if values["dimension"] is None:
            raise ImportExportError(
                QT_TR_NOOP(
                    "row {row}, column '{column}': is empty and the code '{code}' "
                    "names no dimension"
                ),
                row=row,
                column="dimension",
                code=values["code"],
            )
        return service.plan_create(
            Measure, QT_TR_NOOP("import measures"), sort_order=order, **values
        )
    if "title" in values and not values["title"]:
        raise ImportExportError(_empty_cell(row, "title"))
    changed: dict[str, Any] = {}
    for name, value in values.items():
        if name == "code":
            continue  # the code found the measure; its spelling stays
        old = getattr(measure, name)
        if name == "owner_unit_id" and _same_unit_name(old, value, owner_names, service):
            continue  # the same unit by name (perhaps in another scenario)
        if old != value:
            changed[name] = value
    if not changed:
        return None
    before = {name: getattr(measure, name) for name in changed}
    return Change(Measure, measure.id, before, changed, QT_TR_NOOP("import measures"))


def _same_unit_name(
    old: uuid.UUID | None,
    new: uuid.UUID | None,
    owner_names: dict[uuid.UUID, str],
    service: DataService,
) -> bool:
    if old is None or new is None:
        return False
    return owner_names.get(old, "").casefold() == _name_of(new, service).casefold()


def _name_of(unit_id: uuid.UUID, service: DataService) -> str:
    with service.database.session() as session:
        unit = session.get(Unit, unit_id)
    return unit.name if unit else ""


def _level_and_dimension(code: str) -> tuple[str, str | None]:
    text = code.strip().upper()
    level = "stab" if text.startswith(STAFF_PREFIX) else "kommune"
    letters = text.removeprefix(STAFF_PREFIX).rstrip("0123456789*")
    return level, letters if letters in DIMENSION_ORDER else None


def _choice(text: str, codes: tuple[str, ...], names: dict[str, str], row: int, column: str) -> str:
    for code in codes:
        if text.casefold() == code.casefold():
            return code
    found = names.get(text.casefold())
    if found is None:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': '{text}' is not one of {choices}"),
            row=row,
            column=column,
            text=text,
            choices=", ".join(codes),
        )
    return found


def _owner(text: str, owners: dict[str, uuid.UUID], row: int) -> uuid.UUID | None:
    if not text:
        return None
    found = owners.get(text.casefold())
    if found is None:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': no unit is named '{text}'"),
            row=row,
            column="owner",
            text=text,
        )
    return found


def _date(text: str, row: int, column: str) -> dt.date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ImportExportError(
        QT_TR_NOOP(
            "row {row}, column '{column}': '{text}' is not a date (write 2024-06-30 or 30.06.2024)"
        ),
        row=row,
        column=column,
        text=text,
    )


def _rating(text: str, row: int, column: str) -> int:
    value = parse_number(text, row=row, column=column)
    if not value.is_integer() or int(value) not in _RATING_RANGE:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': '{text}' is not a whole number from 1 to 5"),
            row=row,
            column=column,
            text=text,
        )
    return int(value)
