"""Editing an organisation tree: the rules and the planned changes, no Qt.

Every edit is planned as service :class:`~fredapp.core.service.Change` objects, so the UI can
push them on its undo stack. A scenario copy is the one bulk write: its units are inserted in
one transaction (the service's bulk path), and the scenario record itself is a normal
change, so undoing the copy hides the scenario and redoing it brings it back.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from sqlmodel import col, select

from fredapp.core.calc.scenarios import scenarios
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.core.models import LEVEL_ORDER, Level, Scenario, Unit
from fredapp.core.service import Change, DataService
from fredapp.core.tree import TreeUnit, UnitTree

EDITABLE_FIELDS = ("name", "level", "leader_title", "leader_name", "headcount")
MAX_HEADCOUNT = 1_000_000


def child_level(level: str | None) -> str:
    """The level a new unit gets under a unit of ``level`` (under nothing: a staff)."""
    if level is None:
        return Level.STAB.value
    levels = [item.value for item in LEVEL_ORDER]
    if level not in levels:
        return Level.TEAM.value
    return levels[min(levels.index(level) + 1, len(levels) - 1)]


def clean_value(field: str, value: Any) -> Any:
    """A unit field's value as stored, or ValidationError with a message naming the field."""
    if field not in EDITABLE_FIELDS:
        raise ValidationError(
            QT_TR_NOOP("'{field}' is not an editable field of a unit"), field=field
        )
    if field == "headcount":
        return clean_headcount(value)
    text = "" if value is None else str(value).strip()
    if field == "name" and not text:
        raise ValidationError(QT_TR_NOOP("a unit needs a name"))
    if field == "level" and text not in {level.value for level in Level}:
        known = ", ".join(level.value for level in LEVEL_ORDER)
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a level; levels: {known}"), text=text, known=known
        )
    return text


def clean_headcount(value: Any) -> int:
    if isinstance(value, bool):
        raise ValidationError(QT_TR_NOOP("headcount must be a whole number"))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if not text.lstrip("+-").isdigit():
            raise ValidationError(
                QT_TR_NOOP("headcount '{value}' is not a whole number"), value=value.strip()
            )
        value = int(text)
    if not isinstance(value, int):
        raise ValidationError(QT_TR_NOOP("headcount '{value}' is not a whole number"), value=value)
    if value < 0:
        raise ValidationError(QT_TR_NOOP("headcount cannot be negative ({value})"), value=value)
    if value > MAX_HEADCOUNT:
        raise ValidationError(QT_TR_NOOP("headcount {value} is not plausible"), value=value)
    return value


def is_in_subtree(tree: UnitTree[Any], root: uuid.UUID, candidate: uuid.UUID | None) -> bool:
    """Whether ``candidate`` is ``root`` itself or lies below it, as ``tree`` places them."""
    return candidate is not None and (candidate == root or tree.is_below(candidate, root))


def ancestry[U: TreeUnit](
    units: Mapping[Any, U], starts: Iterable[uuid.UUID | None]
) -> UnitTree[U]:
    """The tree of ``starts`` and every unit above them, out of ``units`` (id → unit).

    A unit's ancestors depend only on the units above it (a missing parent ends the way up,
    and a cycle met on the way up is the whole cycle), so this small tree places them as the
    tree of all ``units`` does: a move is checked without building a tree of 10,000 units.
    """
    found: dict[Hashable, U] = {}
    for start in starts:
        node = units.get(start) if start is not None else None
        while node is not None and node.id not in found:
            found[node.id] = node
            parent = node.parent_id
            node = units.get(parent) if parent is not None else None
    return UnitTree(found.values())


def check_move(
    tree: UnitTree[Any],
    unit_id: uuid.UUID,
    new_parent_id: uuid.UUID | None,
    names: Mapping[uuid.UUID, str] | None = None,
) -> None:
    """Refuse moving a unit under itself or under one of its own descendants."""
    if new_parent_id is None:
        return
    names = names or {}
    unit = names.get(unit_id) or message(QT_TR_NOOP("the unit"))
    if new_parent_id == unit_id:
        raise ValidationError(QT_TR_NOOP("'{unit}' cannot be moved under itself"), unit=unit)
    if is_in_subtree(tree, unit_id, new_parent_id):
        target = names.get(new_parent_id) or message(QT_TR_NOOP("the target"))
        raise ValidationError(
            QT_TR_NOOP("'{unit}' cannot be moved under '{target}', which lies below it"),
            unit=unit,
            target=target,
        )


def subtree(tree: UnitTree[Any], root: uuid.UUID) -> list[uuid.UUID]:
    """``root`` and every unit below it, parents before children."""
    return [unit.id for unit in tree.subtree(root)]


def plan_delete_subtree(service: DataService, tree: UnitTree[Any], root: uuid.UUID) -> list[Change]:
    """Delete a unit and everything below it, deepest first (undo restores parents first)."""
    return [
        service.plan_delete(Unit, unit_id, label=QT_TR_NOOP("delete unit"))
        for unit_id in reversed(subtree(tree, root))
    ]


# -- scenarios ------------------------------------------------------------------------------


def check_scenario_name(
    database_scenarios: Iterable[Scenario], name: str, exclude: uuid.UUID | None = None
) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(QT_TR_NOOP("a scenario needs a name"))
    for scenario in database_scenarios:
        if scenario.id != exclude and scenario.name.strip().casefold() == name.casefold():
            raise ValidationError(
                QT_TR_NOOP("a scenario called '{name}' exists already"), name=scenario.name
            )
    return name


def live_scenarios(service: DataService) -> list[Scenario]:
    return scenarios(service.database)


def copy_scenario(service: DataService, source_id: uuid.UUID, name: str) -> Change:
    """Copy a scenario's units under a new scenario; return the scenario's create change.

    The units are written now, in one transaction; the returned change (not yet applied)
    creates the scenario that shows them. Apply it, or push it on an undo stack.
    """
    existing = live_scenarios(service)
    name = check_scenario_name(existing, name)
    source = next((scenario for scenario in existing if scenario.id == source_id), None)
    if source is None:
        raise ValidationError(QT_TR_NOOP("the scenario to copy does not exist"))
    new_id = uuid.uuid4()
    with service.database.session() as session:
        units = list(
            session.exec(
                select(Unit).where(col(Unit.scenario_id) == source_id, col(Unit.deleted).is_(False))
            )
        )
    ids = {unit.id: uuid.uuid4() for unit in units}
    rows = [
        {
            "id": ids[unit.id],
            "scenario_id": new_id,
            "parent_id": ids.get(unit.parent_id) if unit.parent_id else None,
            "lineage_id": unit.lineage_id,
            "predecessors": "",  # a copy continues every unit: nothing split or merged yet
            "name": unit.name,
            "level": unit.level,
            "leader_title": unit.leader_title,
            "leader_name": unit.leader_name,
            "headcount": unit.headcount,
            "sort_order": unit.sort_order,
        }
        for unit in units
    ]
    bulk_create(service, Unit, rows, label=QT_TR_NOOP("copy scenario"))
    order = max((scenario.sort_order for scenario in existing), default=-1) + 1
    return service.plan_create(
        Scenario,
        label=QT_TR_NOOP("copy scenario"),
        id=new_id,
        name=name,
        description=source.description,
        is_current=False,
        sort_order=order,
    )


def bulk_create(
    service: DataService, model: type[Unit], rows: list[dict[str, Any]], label: str = ""
) -> int:
    """Insert many new records in one transaction, through the service's bulk path."""
    changes = [
        Change(model, row["id"], {"deleted": True}, {**_without_id(row), "deleted": False}, label)
        for row in rows
    ]
    if changes:
        service.apply_many(changes, bulk=True)
    return len(changes)


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    values = dict(row)
    del values["id"]
    return values
