"""Units as the organisation tree holds them: records read straight from SQLite, and their columns.

The item roles, the column headers, the levels' shown names (both ways) and the undo helper
that labels a change in the user's language live here, shared by the tree model, its search
and the organisation tab.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import LEVEL_ORDER, Unit
from fredapp.core.service import Change, DataService
from fredapp.ui.undo import push_change as _push_change

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-fredapp-unit-ids"
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # the level's code; the text shows its name
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 3  # SHOWN or HIDDEN by the filter
SHOWN, HIDDEN = "1", "0"
DISPLAY = Qt.ItemDataRole.DisplayRole
READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

LEVEL_NAMES = {
    "stab": QT_TRANSLATE_NOOP("UnitTreeModel", "Staff"),
    "virksomhet": QT_TRANSLATE_NOOP("UnitTreeModel", "Operating unit"),
    "avdeling": QT_TRANSLATE_NOOP("UnitTreeModel", "Section"),
    "team": QT_TRANSLATE_NOOP("UnitTreeModel", "Team"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("UnitTreeModel", "Name"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Level"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Leader title"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Leader"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Headcount"),
    QT_TRANSLATE_NOOP("UnitTreeModel", "Units below"),
)
FIELDS = ("name", "level", "leader_title", "leader_name", "headcount")
BELOW_COLUMN = 5


def relabel(change: Change, text: str) -> Change:
    """The change named in the user's language (the status bar shows the label)."""
    return dataclasses.replace(change, label=text)


def push_change(stack: QUndoStack, service: DataService, change: Change, text: str) -> None:
    """Push ``change`` on the undo stack, labelled with the translated ``text``."""
    _push_change(stack, service, relabel(change, text), text)


def level_name(level: str) -> str:
    return QCoreApplication.translate("UnitTreeModel", LEVEL_NAMES.get(level, level))


def level_from_text(text: str) -> str:
    """A level code from its code or its shown name, in either language."""
    folded = text.strip().casefold()
    for level in LEVEL_ORDER:
        names = {level.value, LEVEL_NAMES[level.value].casefold(), level_name(level.value)}
        if folded in {name.casefold() for name in names}:
            return level.value
    return text.strip()


def tr(text: str) -> str:
    return QCoreApplication.translate("UnitTreeModel", text)


class UnitRecord:
    """A unit as the tree holds it: the fields of :class:`Unit`, read straight from SQLite."""

    __slots__ = (
        "headcount",
        "id",
        "leader_name",
        "leader_title",
        "level",
        "lineage_id",
        "name",
        "parent_id",
        "predecessors",
        "scenario_id",
        "sort_order",
    )
    id: uuid.UUID
    scenario_id: uuid.UUID
    parent_id: uuid.UUID | None
    lineage_id: uuid.UUID
    predecessors: str
    name: str
    level: str
    leader_title: str
    leader_name: str
    headcount: int
    sort_order: int

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name])

    @classmethod
    def from_row(cls, row: Any, scenario_id: uuid.UUID, parent_id: uuid.UUID | None) -> UnitRecord:
        """A record from a row of :func:`fredapp.core.queries.unit_rows` (faster than keyword
        arguments)."""
        record = cls.__new__(cls)
        record.id = uuid.UUID(hex=row[0])
        record.scenario_id = scenario_id
        record.parent_id = parent_id
        record.lineage_id = uuid.UUID(hex=row[2])
        record.predecessors = row[3]
        record.name = row[4]
        record.level = row[5]
        record.leader_title = row[6]
        record.leader_name = row[7]
        record.headcount = row[8]
        record.sort_order = row[9]
        return record

    @classmethod
    def of(cls, unit: Unit) -> UnitRecord:
        return cls(**{name: getattr(unit, name) for name in cls.__slots__})


def uuid_or_none(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(hex=text) if text else None
