"""Edits of the organisation tree, each one undo step: edit, add, delete and move units.

Each edit is planned with :mod:`fredapp.core.orgtree`'s rules against the one unit tree and
pushed on the undo stack as one operation (one transaction, one notification); a refused edit
emits the model's ``refused`` signal with the reason and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fredapp.core import orgtree
from fredapp.core.errors import FredAppError
from fredapp.core.models import Unit
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.ui.itemmodels.unitrecords import level_from_text, push_change
from fredapp.ui.messages import error_text
from fredapp.ui.undo import push_operation

if TYPE_CHECKING:
    from fredapp.ui.itemmodels.units import UnitTreeModel


def edit_unit(model: UnitTreeModel, unit_id: uuid.UUID, **values: Any) -> bool:
    """Set fields of a unit; a refused value emits ``refused`` and changes nothing."""
    unit = model.unit(unit_id)
    if unit is None:
        return False
    try:
        if "level" in values:
            values["level"] = level_from_text(str(values["level"]))
        cleaned = {name: orgtree.clean_value(name, value) for name, value in values.items()}
        change = model.context.service.plan_update(Unit, unit_id, "edit unit", **cleaned)
        if change is None:
            return True
        text = (
            QCoreApplication.translate("UnitTreeModel", "Rename %1")
            if set(cleaned) == {"name"}
            else QCoreApplication.translate("UnitTreeModel", "Edit %1")
        ).replace("%1", unit.name)
        push_change(model.context.undo_stack, model.context.service, change, text)
    except FredAppError as exc:
        model.refused.emit(error_text(exc))
        return False
    return True


def add_unit(model: UnitTreeModel, parent_id: uuid.UUID | None, name: str) -> uuid.UUID | None:
    """Add a unit as the last child of ``parent_id`` (None: at the top)."""
    if model.scenario_id is None:
        return None
    parent = model.unit(parent_id) if parent_id else None
    level = orgtree.child_level(parent.level if parent else None)
    try:
        name = orgtree.clean_value("name", name)
        change = model.context.service.plan_create(
            Unit,
            label="add unit",
            scenario_id=model.scenario_id,
            parent_id=parent_id,
            name=name,
            level=level,
            leader_title="",
            sort_order=model.last_child_order(parent_id),
        )
        push_change(
            model.context.undo_stack,
            model.context.service,
            change,
            QCoreApplication.translate("UnitTreeModel", "Add %1").replace("%1", name),
        )
    except FredAppError as exc:
        model.refused.emit(error_text(exc))
        return None
    return change.record_id


def delete_unit(model: UnitTreeModel, unit_id: uuid.UUID) -> bool:
    """Delete a unit and everything below it, as one undo step."""
    unit = model.unit(unit_id)
    if unit is None:
        return False
    changes = orgtree.plan_delete_subtree(model.context.service, model.tree(), unit_id)
    return _push_all(
        model,
        changes,
        QCoreApplication.translate("UnitTreeModel", "Delete %1").replace("%1", unit.name),
    )


def delete_units(model: UnitTreeModel, unit_ids: Iterable[uuid.UUID], text: str) -> bool:
    """Delete units and everything below them as ONE operation: one transaction (all or
    nothing), one undo step, one notification. A unit below another one deleted goes
    with it."""
    records = model.records
    ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id in records]
    tree = model.tree()
    ids = [
        unit_id
        for unit_id in ids
        if not any(
            other != unit_id and orgtree.is_in_subtree(tree, other, unit_id) for other in ids
        )
    ]
    service = model.context.service
    changes = [
        change for unit_id in ids for change in orgtree.plan_delete_subtree(service, tree, unit_id)
    ]
    return _push_all(model, changes, text)


def move_units(
    model: UnitTreeModel, unit_ids: Iterable[uuid.UUID], new_parent_id: uuid.UUID | None
) -> bool:
    """Move units to the end of ``new_parent_id``'s children, as one undo step.

    Moving a unit under itself or one of its descendants is refused with a message.
    """
    records = model.records
    ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id in records]
    # Only the units above the moving ones and the target: a tree of all 10,000 units
    # takes longer than the move itself.
    tree = orgtree.ancestry(records, [*ids, new_parent_id])
    # A unit whose ancestor also moves travels with it.
    ids = [
        unit_id
        for unit_id in ids
        if not any(
            other != unit_id and orgtree.is_in_subtree(tree, other, unit_id) for other in ids
        )
    ]
    if not ids:
        return False
    names = {
        unit_id: records[unit_id].name
        for unit_id in [*ids, new_parent_id]
        if unit_id is not None and unit_id in records
    }
    try:
        for unit_id in ids:
            orgtree.check_move(tree, unit_id, new_parent_id, names)
    except FredAppError as exc:
        model.refused.emit(error_text(exc))
        return False
    order = model.last_child_order(new_parent_id)
    changes = []
    for unit_id in ids:
        if tree.parent_id(unit_id) == new_parent_id:
            continue
        change = model.context.service.plan_update(
            Unit, unit_id, "move unit", parent_id=new_parent_id, sort_order=order
        )
        order += 1
        if change is not None:
            changes.append(change)
    if not changes:
        return False
    target = (
        names.get(new_parent_id, QCoreApplication.translate("UnitTreeModel", "the top level"))
        if new_parent_id
        else QCoreApplication.translate("UnitTreeModel", "the top level")
    )
    moved = (
        names[ids[0]]
        if len(ids) == 1
        else QCoreApplication.translate("UnitTreeModel", "%Ln unit(s)", None, len(ids))
    )
    text = (
        QCoreApplication.translate("UnitTreeModel", "Move %1 to %2")
        .replace("%1", moved)
        .replace("%2", target)
    )
    return _push_all(model, changes, text)


def _push_all(model: UnitTreeModel, changes: list[Change], text: str) -> bool:
    if not changes:
        return False
    stack = model.context.undo_stack
    service = model.context.service
    try:
        for change in changes:
            service.validate(change)
    except FredAppError as exc:
        model.refused.emit(error_text(exc))
        return False
    # One operation: one transaction, one undo step, one notification.
    push_operation(stack, service, Operation.named(text, changes))
    return True
