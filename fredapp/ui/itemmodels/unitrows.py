"""The rows of the unit tree: a unit's items, and the units-below count kept along its parents.

Plain functions over standard items, shared by the tree model (following the service's
changes one row at a time) and its step-wise building (which sets the counts it planned).
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QStandardItem

from fredapp.ui.itemmodels.unitrecords import (
    BELOW_COLUMN,
    DISPLAY,
    LEVEL_ROLE,
    READ_ONLY,
    RIGHT,
    SHOWN,
    SHOWN_ROLE,
    UNIT_ID_ROLE,
    UnitRecord,
    level_name,
)


def row_items(unit: UnitRecord) -> list[QStandardItem]:
    """The items of a unit's row, its count of units below left empty."""
    level = QStandardItem(level_name(unit.level))
    level.setData(unit.level, LEVEL_ROLE)
    headcount = QStandardItem()
    headcount.setData(unit.headcount, DISPLAY)
    below = QStandardItem()
    below.setTextAlignment(RIGHT)
    items = [
        QStandardItem(unit.name),
        level,
        QStandardItem(unit.leader_title),
        QStandardItem(unit.leader_name),
        headcount,
        below,
    ]
    # A new QStandardItem's flags are already EDITABLE: only the count is read-only.
    below.setFlags(READ_ONLY)
    headcount.setTextAlignment(RIGHT)
    first = items[0]
    first.setData(str(unit.id), UNIT_ID_ROLE)
    first.setData(SHOWN, SHOWN_ROLE)
    return items


def fill(items: list[QStandardItem], unit: UnitRecord) -> None:
    """Show ``unit``'s fields in the items of its row."""
    items[0].setText(unit.name)
    items[1].setText(level_name(unit.level))
    items[1].setData(unit.level, LEVEL_ROLE)
    items[2].setText(unit.leader_title)
    items[3].setText(unit.leader_name)
    items[4].setData(unit.headcount, DISPLAY)


def unit_id_of(item: QStandardItem | None) -> uuid.UUID | None:
    value = item.data(UNIT_ID_ROLE) if item is not None else None
    return uuid.UUID(value) if value else None


def below(root: QStandardItem, item: QStandardItem) -> int:
    """The number of units below ``item``'s unit, as its row shows it."""
    parent_item = item.parent() or root
    return int(parent_item.child(item.row(), BELOW_COLUMN).data(DISPLAY) or 0)


def add_below(root: QStandardItem, item: QStandardItem | None, amount: int) -> None:
    """Add ``amount`` to the units-below count of ``item`` and of every row above it."""
    while item is not None and item is not root:
        parent_item = item.parent() or root
        cell = parent_item.child(item.row(), BELOW_COLUMN)
        count = int(cell.data(DISPLAY) or 0)
        cell.setData(count + amount, DISPLAY)
        item = item.parent()


def subtree_ids(item: QStandardItem) -> list[uuid.UUID]:
    """The units of ``item``'s row and of every row below it."""
    found = []
    stack = [item]
    while stack:
        current = stack.pop()
        value = current.data(UNIT_ID_ROLE)
        if value:
            found.append(uuid.UUID(value))
        stack.extend(current.child(row, 0) for row in range(current.rowCount()))
    return found


def is_below(item: QStandardItem, ancestor: QStandardItem) -> bool:
    """Whether ``item``'s row lies below ``ancestor``'s."""
    walker = item.parent()
    while walker is not None:
        if walker is ancestor:
            return True
        walker = walker.parent()
    return False
