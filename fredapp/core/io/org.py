"""The organisation (kind ``org``): one scenario's units as a table, out and in.

Columns: ``id, parent_id, name, level, leader_title, leader, headcount`` and an optional
``predecessors``. Export writes a unit's lineage id as its id, so a file exported from one
scenario and imported into another keeps the units comparable. On import an id may be any text
(``1``, ``1.2``, ``HR``): a UUID is taken as the lineage id, other text gives a lineage id
derived from it, so importing the same file twice gives the same lineages.

An import is validated whole before anything is written: a cycle, an unknown parent, a
duplicate id, a bad number, an unknown level or an empty name stops it with one message that
names every bad row, and nothing is imported. A valid file updates the scenario in one
transaction: units matched by lineage are updated, new ones created, missing ones deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from fredapp.core import privacy
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io.cancel import STOPPED_EXPORT, CancelCheck, checked
from fredapp.core.io.formats import parse_number, read_table, write_table
from fredapp.core.io.sheets import write_workbook as write_workbook  # the comparison's
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import LEVEL_ORDER, Level, Scenario, Unit
from fredapp.core.service import Change, DataService
from fredapp.core.tree import UnitTree
from fredapp.core.vocabulary import (
    CODES,
    ENGLISH_AND_CODES,
    ORG_COLUMNS,
    UNIT_LEVELS,
    Reading,
    Words,
)

COLUMNS = ["id", "parent_id", "name", "level", "leader_title", "leader", "headcount"]
OPTIONAL = ["predecessors"]
ORG_NAMESPACE = uuid.UUID("1d7a6a8e-2b7c-5d43-9a1f-0c5f0e6b7a11")
MAX_ERRORS = 25

# Headers as people write them, in English or Norwegian.
_ALIASES = {
    "id": ("id", "enhet_id", "enhetsid", "unit_id", "nr"),
    "parent_id": ("parent_id", "parent", "forelder", "overordnet", "overordnet_id", "parent id"),
    "name": ("name", "navn", "enhet", "unit"),
    "level": ("level", "nivå", "niva"),
    "leader_title": ("leader_title", "ledertittel", "leader title"),
    "leader": ("leader", "leader_name", "leder", "ledernavn"),
    "headcount": ("headcount", "ansatte", "antall_ansatte", "antall ansatte", "employees"),
    "predecessors": ("predecessors", "forgjengere"),
}
_LEVEL_WORDS = {
    "stab": Level.STAB,
    "staff": Level.STAB,
    "sektor": Level.STAB,
    "virksomhet": Level.VIRKSOMHET,
    "operating unit": Level.VIRKSOMHET,
    "avdeling": Level.AVDELING,
    "section": Level.AVDELING,
    "team": Level.TEAM,
}


# -- export ---------------------------------------------------------------------------------


def export_org(
    database: Database,
    path: Path,
    scenario: str | None = None,
    cancelled: CancelCheck | None = None,
    words: Words = CODES,
) -> int:
    """Write the scenario's units (the current scenario without a name), parents first.

    ``words`` names the columns and levels (the codes by default); ``cancelled()`` stops it;
    the file is written aside, so the old one stays then.
    """
    chosen = _scenario(database, scenario)
    rows = org_rows(database, chosen.id, words)
    return write_table(
        path,
        words.header(ORG_COLUMNS, COLUMNS + OPTIONAL),
        checked(rows, cancelled, STOPPED_EXPORT),
        sheet=words.sheet("org"),
        date_format=words.date_format,
    )


def org_rows(database: Database, scenario_id: uuid.UUID, words: Words = CODES) -> list[list[Any]]:
    from fredapp.core.calc.scenarios import scenario_units

    # The one tree (fredapp.core.tree): a cycle or a missing parent is repaired as everywhere
    # else, so every unit is written, parents before children.
    tree = UnitTree(scenario_units(database, scenario_id))
    rows: list[list[Any]] = []
    for unit in tree:
        parent = tree.parent(unit.id)
        rows.append(
            [
                str(unit.lineage_id),
                str(parent.lineage_id) if parent else "",
                unit.name,
                words.value(UNIT_LEVELS, unit.level),
                unit.leader_title,
                unit.leader_name,
                unit.headcount,
                unit.predecessors,
            ]
        )
    return rows


def _scenario(database: Database, name: str | None) -> Scenario:
    from fredapp.core.calc.scenarios import find_scenario
    from fredapp.core.queries import current_scenario

    if name:
        return find_scenario(database, name)
    current = current_scenario(database)
    if current is None:
        raise ImportExportError(QT_TR_NOOP("the database has no scenario"))
    return current


# -- import ---------------------------------------------------------------------------------


@dataclass
class ImportPlan:
    scenario_id: uuid.UUID
    scenario_name: str
    new_scenario: bool
    rows: int = 0
    changes: list[Change] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    deleted: int = 0


@dataclass
class _Row:
    number: int
    key: str
    parent_key: str
    name: str
    level: str
    leader_title: str
    leader: str
    headcount: int
    predecessors: list[str]


def import_org(
    service: DataService,
    path: Path,
    scenario: str | None = None,
    reading: Reading = ENGLISH_AND_CODES,
) -> int:
    """Import ``path`` into the scenario ``scenario`` (created if new); return the rows."""
    plan = plan_org_import(service, path, scenario, reading=reading)
    service.apply_many(plan.changes)
    return plan.rows


def plan_org_import(
    service: DataService,
    path: Path,
    scenario: str | None,
    cancelled: CancelCheck | None = None,
    reading: Reading = ENGLISH_AND_CODES,
) -> ImportPlan:
    """Validate the whole file and plan the changes; raise naming every bad row.

    Only reads (its own sessions), so it may run in a thread; ``cancelled()`` stops it.
    """
    if not scenario or not scenario.strip():
        raise ImportExportError(QT_TR_NOOP("name the scenario to import into (--scenario NAME)"))
    header, raw_rows = read_table(path)
    columns = _columns(reading.header(ORG_COLUMNS, header), path)
    errors: list[Message] = []
    rows: list[_Row] = []
    for raw in checked(raw_rows, cancelled):
        number = raw.number
        cells = {name: (raw[i].strip() if i < len(raw) else "") for name, i in columns.items()}
        if "level" in cells:
            cells["level"] = reading.code(UNIT_LEVELS, cells["level"])
        row = _parse_row(number, cells, errors)
        if row is not None:
            rows.append(row)
    if not rows and not errors:
        raise ImportExportError(QT_TR_NOOP("{file} has a header but no units"), file=path.name)
    by_key = _check_ids(rows, errors)
    _check_parents(rows, by_key, errors)
    if not errors:
        _check_cycles(rows, by_key, errors)
    if errors:
        shown = errors[:MAX_ERRORS]
        more = len(errors) - len(shown)
        if more:
            shown.append(message(QT_TR_NOOP("… and {count} more"), count=more))
        raise ImportExportError(
            QT_TR_NOOP("{file} was not imported; nothing changed:\n{rows}"),
            file=path.name,
            rows=shown,
        )
    return _plan(service, scenario.strip(), rows, by_key)


def _columns(header: list[str], path: Path) -> dict[str, int]:
    folded = [cell.strip().casefold().replace("-", "_") for cell in header]
    columns: dict[str, int] = {}
    for name, aliases in _ALIASES.items():
        for alias in aliases:
            key = alias.casefold().replace("-", "_")
            if key in folded:
                columns[name] = folded.index(key)
                break
    missing = [name for name in ("id", "parent_id", "name") if name not in columns]
    if missing:
        raise ImportExportError(
            QT_TR_NOOP("{file}: missing columns: {missing}; expected columns: {columns}"),
            file=path.name,
            missing=", ".join(missing),
            columns=", ".join(COLUMNS),
        )
    return columns


def _parse_row(number: int, cells: dict[str, str], errors: list[Message]) -> _Row | None:
    problems: list[Message] = []
    key = cells.get("id", "")
    if not key:
        problems.append(
            message(QT_TR_NOOP("row {row}, column '{column}': empty"), row=number, column="id")
        )
    name = cells.get("name", "")
    if not name:
        problems.append(
            message(
                QT_TR_NOOP("row {row}, column '{column}': empty; a unit needs a name"),
                row=number,
                column="name",
            )
        )
    level = ""
    level_text = cells.get("level", "")
    if level_text:
        found = _LEVEL_WORDS.get(level_text.casefold())
        if found is None:
            problems.append(
                message(
                    QT_TR_NOOP("row {row}, column '{column}': '{text}' is not a level ({levels})"),
                    row=number,
                    column="level",
                    text=level_text,
                    levels=", ".join(level.value for level in LEVEL_ORDER),
                )
            )
        else:
            level = found.value
    headcount = 0
    text = cells.get("headcount", "")
    if text:
        try:
            value = parse_number(text, row=number, column="headcount")
        except ImportExportError as exc:
            problems.append(exc.message)
        else:
            if not value.is_integer() or value < 0:
                problems.append(
                    message(
                        QT_TR_NOOP(
                            "row {row}, column '{column}': '{text}' is not a whole number "
                            "of 0 or more"
                        ),
                        row=number,
                        column="headcount",
                        text=text,
                    )
                )
            else:
                headcount = int(value)
    for column, cell_text in cells.items():
        if privacy.find_national_ids(cell_text):
            problems.append(
                message(
                    QT_TR_NOOP(
                        "row {row}, column '{column}': holds a national identity number; "
                        "remove it before importing"
                    ),
                    row=number,
                    column=column,
                )
            )
    if problems:
        errors.extend(problems)
        return None
    return _Row(
        number,
        key,
        cells.get("parent_id", ""),
        name,
        level,
        cells.get("leader_title", ""),
        cells.get("leader", ""),
        headcount,
        cells.get("predecessors", "").split(),
    )


def _check_ids(rows: list[_Row], errors: list[Message]) -> dict[str, _Row]:
    by_key: dict[str, _Row] = {}
    for row in rows:
        first = by_key.get(row.key)
        if first is not None:
            errors.append(
                message(
                    QT_TR_NOOP("rows {first} and {row}: duplicate id '{id}'"),
                    first=first.number,
                    row=row.number,
                    id=row.key,
                )
            )
            continue
        by_key[row.key] = row
    return by_key


def _check_parents(rows: list[_Row], by_key: dict[str, _Row], errors: list[Message]) -> None:
    for row in rows:
        if row.parent_key and row.parent_key not in by_key:
            errors.append(
                message(
                    QT_TR_NOOP(
                        "row {row}, column '{column}': unknown parent '{parent}' "
                        "(no row has that id)"
                    ),
                    row=row.number,
                    column="parent_id",
                    parent=row.parent_key,
                )
            )
        elif row.parent_key == row.key:
            errors.append(
                message(
                    QT_TR_NOOP("row {row}: the unit '{id}' is its own parent"),
                    row=row.number,
                    id=row.key,
                )
            )


def _check_cycles(rows: list[_Row], by_key: dict[str, _Row], errors: list[Message]) -> None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = known to reach the top
    reported: set[str] = set()
    for row in rows:
        path: list[_Row] = []
        current: _Row | None = row
        while current is not None and state.get(current.key) is None:
            state[current.key] = 1
            path.append(current)
            current = by_key.get(current.parent_key) if current.parent_key else None
        if current is not None and state.get(current.key) == 1:
            start = next(i for i, item in enumerate(path) if item.key == current.key)
            cycle = path[start:]
            if not any(item.key in reported for item in cycle):
                reported.update(item.key for item in cycle)
                numbers = ", ".join(
                    str(item.number) for item in sorted(cycle, key=lambda r: r.number)
                )
                chain = " → ".join(item.key for item in cycle) + f" → {cycle[0].key}"
                errors.append(
                    message(
                        QT_TR_NOOP("rows {rows}: the parents form a cycle ({chain})"),
                        rows=numbers,
                        chain=chain,
                    )
                )
        for item in path:
            state[item.key] = 2


def lineage_for(key: str) -> uuid.UUID:
    try:
        return uuid.UUID(key)
    except ValueError:
        return uuid.uuid5(ORG_NAMESPACE, key.strip())


def _depth(row: _Row, by_key: dict[str, _Row]) -> int:
    depth = 0
    current = row
    while current.parent_key:
        current = by_key[current.parent_key]
        depth += 1
    return depth


def _plan(service: DataService, name: str, rows: list[_Row], by_key: dict[str, _Row]) -> ImportPlan:
    from fredapp.core.calc.scenarios import scenarios

    folded = name.casefold()
    existing = [s for s in scenarios(service.database) if s.name.strip().casefold() == folded]
    if len(existing) > 1:
        raise ImportExportError(
            QT_TR_NOOP("more than one scenario is called '{name}' ({count}); rename one first"),
            count=len(existing),
            name=name,
        )
    changes: list[Change] = []
    if existing:
        scenario = existing[0]
        plan = ImportPlan(scenario.id, scenario.name, new_scenario=False, rows=len(rows))
        with service.database.session() as session:
            current = list(
                session.exec(
                    select(Unit).where(
                        col(Unit.scenario_id) == scenario.id, col(Unit.deleted).is_(False)
                    )
                )
            )
    else:
        order = max((s.sort_order for s in scenarios(service.database)), default=-1) + 1
        create = service.plan_create(
            Scenario, label=QT_TR_NOOP("import organisation"), name=name, sort_order=order
        )
        changes.append(create)
        plan = ImportPlan(create.record_id, name, new_scenario=True, rows=len(rows))
        current = []
    by_lineage = {unit.lineage_id: unit for unit in current}
    ids: dict[str, uuid.UUID] = {}
    for row in rows:
        found = by_lineage.get(lineage_for(row.key))
        ids[row.key] = found.id if found else uuid.uuid4()
    levels = [level.value for level in LEVEL_ORDER]
    sibling_order: dict[str, int] = {}
    # Parents before children, so a unit never points at one not yet written.
    for row in sorted(rows, key=lambda r: (_depth(r, by_key), r.number)):
        lineage = lineage_for(row.key)
        level = row.level or levels[min(_depth(row, by_key), len(levels) - 1)]
        order = sibling_order.get(row.parent_key, 0)
        sibling_order[row.parent_key] = order + 1
        values = {
            "scenario_id": plan.scenario_id,
            "parent_id": ids[row.parent_key] if row.parent_key else None,
            "lineage_id": lineage,
            "predecessors": " ".join(str(lineage_for(key)) for key in row.predecessors),
            "name": row.name,
            "level": level,
            "leader_title": row.leader_title,
            "leader_name": row.leader,
            "headcount": row.headcount,
            "sort_order": order,
        }
        found = by_lineage.pop(lineage, None)
        if found is None:
            changes.append(
                service.plan_create(
                    Unit, label=QT_TR_NOOP("import organisation"), id=ids[row.key], **values
                )
            )
            plan.created += 1
            continue
        differing = {key: value for key, value in values.items() if getattr(found, key) != value}
        if differing:
            before = {key: getattr(found, key) for key in differing}
            changes.append(
                Change(Unit, found.id, before, differing, QT_TR_NOOP("import organisation"))
            )
            plan.updated += 1
    for gone in by_lineage.values():
        changes.append(service.plan_delete(Unit, gone.id, QT_TR_NOOP("import organisation")))
        plan.deleted += 1
    plan.changes = changes
    return plan
