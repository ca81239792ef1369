"""A table model over a list of records of one synced table.

Rows hold the records themselves; edits go through the service and the undo
stack, and the model follows the service's change notices, so an undo seen
anywhere updates the row it touched and nothing else.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fredapp.core import queries
from fredapp.core.errors import ValidationError
from fredapp.core.models import Synced
from fredapp.ui.context import AppContext
from fredapp.ui.messages import error_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.undo import push_change

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str  # marked with QT_TRANSLATE_NOOP in the model's context
    field: str
    display: Callable[[Any], str] | None = None
    editable: bool = False
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    context_name = "RecordTableModel"

    def __init__(
        self,
        context: AppContext,
        model: type[Synced],
        columns: Sequence[Column],
        order_by: str = "sort_order",
    ) -> None:
        super().__init__()
        self._context = context
        self._model = model
        self._columns = list(columns)
        self._order_by = order_by
        self._records: list[Any] = []
        self._rows: dict[uuid.UUID, int] = {}
        self.error_handler: Callable[[str], None] = lambda message: None
        subscribe(context, self.tables(), self._on_batch, self)
        self.reload()

    def tables(self) -> list[type[Synced]]:
        """The tables whose batches this model hears of."""
        return [self._model]

    def reload(self) -> None:
        self.beginResetModel()
        self._records = queries.live_records(self._context.database, self._model, self._order_by)
        self._rows = {record.id: row for row, record in enumerate(self._records)}
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context_name, self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(record, column.field)
            return column.display(value) if column.display else ("" if value is None else value)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(record, column.field)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        record = self._records[index.row()]
        service = self._context.service
        change = service.plan_update(self._model, record.id, **{column.field: value})
        if change is None:
            return False
        text = QCoreApplication.translate("RecordTableModel", "Edit %1").replace(
            "%1", QCoreApplication.translate(self.context_name, column.title)
        )
        try:
            push_change(self._context.undo_stack, service, change, text)
        except ValidationError as exc:
            self.error_handler(error_text(exc))
            return False
        return True

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync: the one row it edited, or one reload."""
        changes = batch.of(self._model)
        if not changes and not batch.reloads(self._model):
            return
        change = changes[0] if len(changes) == 1 and not batch.reloads(self._model) else None
        row = None if change is None else self._rows.get(change.record_id)
        if change is None or row is None or change.after.get("deleted") is not None:
            self.reload()  # rows move (or many change at once): rebuild, once
            return
        fresh = queries.record(self._context.database, self._model, change.record_id)
        if fresh is not None:
            self._records[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
