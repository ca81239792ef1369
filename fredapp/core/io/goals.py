"""Goals with their baseline and outcome, as the kind ``goals``.

Columns: ``title, direction, target, unit, baseline_period, baseline, outcome_period, outcome``.
``direction`` is ``reduce_by`` / ``increase_by`` (target a relative change in per cent) or
``reach`` (target a level), also in Norwegian ("reduser med", "øk med", "nå"). An empty baseline
or outcome is missing, never zero.

The export adds ``change``, ``change_pct`` and ``reached`` (ja / nei, empty where a figure is
missing), computed by :mod:`fredapp.core.calc.goals`; an import ignores those three columns,
since FredApp computes them and never takes them from a file.

A goal is the same goal when its title and its two periods are the same: the database's goal is
then updated (with ``replace``) instead of doubled.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from fredapp.core.calc.goals import Attainment, goal_attainment
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io.cancel import CancelCheck, checked
from fredapp.core.io.formats import (
    cell_name,
    parse_number,
    parse_optional_number,
    read_table,
    write_table,
)
from fredapp.core.io.kpi_common import (
    ImportPlan,
    apply_changes,
    cell,
    columns,
    parse_period,
    refuse_duplicates,
)
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.core.models import Goal, GoalDirection
from fredapp.core.service import DataService
from fredapp.core.vocabulary import (
    CODES,
    ENGLISH_AND_CODES,
    GOAL_COLUMNS,
    GOAL_DIRECTIONS,
    YES_NO,
    Reading,
    Words,
)

FIELDS = (
    "title",
    "direction",
    "target",
    "unit",
    "baseline_period",
    "baseline",
    "outcome_period",
    "outcome",
)
COMPUTED = ("change", "change_pct", "reached")
COLUMNS = (*FIELDS, *COMPUTED)
REQUIRED = ("title", "direction", "target", "baseline", "outcome")
OPTIONAL = ("unit", "baseline_period", "outcome_period")
ALIASES = {
    "mål": "title",
    "tittel": "title",
    "retning": "direction",
    "målverdi": "target",
    "enhet": "unit",
    "periode før": "baseline_period",
    "utgangsperiode": "baseline_period",
    "utgangspunkt": "baseline",
    "utgangsverdi": "baseline",
    "periode etter": "outcome_period",
    "resultatperiode": "outcome_period",
    "resultat": "outcome",
    "endring": "change",
    "endring %": "change_pct",
    "endring_pct": "change_pct",
    "nådd": "reached",
}
DIRECTIONS = {
    "reduce_by": GoalDirection.REDUCE_BY,
    "reduce by": GoalDirection.REDUCE_BY,
    "reduser med": GoalDirection.REDUCE_BY,
    "redusere med": GoalDirection.REDUCE_BY,
    "nedgang": GoalDirection.REDUCE_BY,
    "increase_by": GoalDirection.INCREASE_BY,
    "increase by": GoalDirection.INCREASE_BY,
    "øk med": GoalDirection.INCREASE_BY,
    "øke med": GoalDirection.INCREASE_BY,
    "økning": GoalDirection.INCREASE_BY,
    "reach": GoalDirection.REACH,
    "nå": GoalDirection.REACH,
    "nå nivå": GoalDirection.REACH,
}


def goal_row(goal: Goal, result: Attainment | None = None, words: Words = CODES) -> list[Any]:
    result = result or goal_attainment(goal)
    pct = None if result.change_pct is None else round(result.change_pct, 1)
    return [
        goal.title,
        words.value(GOAL_DIRECTIONS, goal.direction),
        goal.target,
        goal.unit,
        goal.baseline_period,
        goal.baseline,
        goal.outcome_period,
        goal.outcome,
        result.change,
        pct,
        words.value(YES_NO, result.reached_text),
    ]


def export_goals(database: Database, path: Path, words: Words = CODES) -> int:
    with database.session() as session:
        goals = session.exec(
            select(Goal)
            .where(col(Goal.deleted).is_(False))
            .order_by(col(Goal.sort_order), col(Goal.title))
        ).all()
    return write_table(
        path,
        words.header(GOAL_COLUMNS, COLUMNS),
        [goal_row(goal, words=words) for goal in goals],
        sheet=words.sheet("goals"),
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
    known = reading.header(GOAL_COLUMNS, header)
    where = columns(known, REQUIRED, OPTIONAL, ALIASES, ignored=COMPUTED)
    parsed: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, str], int] = {}

    def name(column: str) -> str:
        return header[where[column]] if column in where else column

    for row in checked(rows, cancelled):
        number = row.number
        title = cell(row, where, "title")
        if not title:
            raise ImportExportError(
                QT_TR_NOOP("{cell} is empty"), cell=cell_name(number, name("title"))
            )
        direction_text = cell(row, where, "direction")
        direction = DIRECTIONS.get(reading.code(GOAL_DIRECTIONS, direction_text).lower())
        if direction is None:
            raise ImportExportError(
                QT_TR_NOOP(
                    "{cell}: '{text}' is not a direction; write reduce_by, increase_by or reach"
                ),
                cell=cell_name(number, name("direction")),
                text=direction_text,
            )
        values: dict[str, Any] = {
            "title": title,
            "direction": direction.value,
            "target": parse_number(cell(row, where, "target"), row=number, column=name("target")),
            "unit": cell(row, where, "unit"),
            "baseline_period": parse_period(
                cell(row, where, "baseline_period"),
                row=number,
                column=name("baseline_period"),
                required=False,
            ),
            "baseline": parse_optional_number(
                cell(row, where, "baseline"), row=number, column=name("baseline")
            ),
            "outcome_period": parse_period(
                cell(row, where, "outcome_period"),
                row=number,
                column=name("outcome_period"),
                required=False,
            ),
            "outcome": parse_optional_number(
                cell(row, where, "outcome"), row=number, column=name("outcome")
            ),
        }
        key = _key(values)
        if key in seen:
            raise ImportExportError(
                QT_TR_NOOP(
                    "row {row}: the goal '{title}' for {periods} appears twice; "
                    "the first is row {first}"
                ),
                row=number,
                title=title,
                periods=_periods(values),
                first=seen[key],
            )
        seen[key] = number
        parsed.append(values)
    if not parsed:
        raise ImportExportError(QT_TR_NOOP("{file} has a header but no rows"), file=path.name)

    with service.database.session() as session:
        existing = session.exec(select(Goal).where(col(Goal.deleted).is_(False))).all()
    held: dict[tuple[str, str, str], Goal] = {_key(goal.model_dump()): goal for goal in existing}
    # A goal held with exactly the file's values is no clash and needs no change: a file
    # exported from FredApp imports back without a question and changes nothing.
    clashes = [v for v in parsed if _key(v) in held and not _same(held[_key(v)], v)]
    if clashes and not replace:
        refuse_duplicates(
            (f"'{v['title']}' {_periods(v)}" for v in clashes), message(QT_TR_NOOP("goals"))
        )
    plan = ImportPlan(rows=len(parsed))
    plan.replaced = sorted(f"'{v['title']}' {_periods(v)}" for v in clashes)
    next_order = max((goal.sort_order for goal in existing), default=-1) + 1
    for values in parsed:
        goal = held.get(_key(values))
        if goal is not None:
            change = service.plan_update(Goal, goal.id, **values)
            if change is not None:
                plan.changes.append(change)
        else:
            plan.changes.append(
                service.plan_create(
                    Goal,
                    id=uuid.uuid4(),
                    sort_order=next_order,
                    source_note="Importert",
                    **values,
                )
            )
            next_order += 1
    return plan


def import_goals(
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


def _same(goal: Goal, values: dict[str, Any]) -> bool:
    return all(getattr(goal, name) == value for name, value in values.items())


def _key(values: dict[str, Any]) -> tuple[str, str, str]:
    return (
        str(values["title"]).strip().casefold(),
        values.get("baseline_period") or "",
        values.get("outcome_period") or "",
    )


def _periods(values: dict[str, Any]) -> str:
    return f"{values.get('baseline_period') or '–'} → {values.get('outcome_period') or '–'}"
